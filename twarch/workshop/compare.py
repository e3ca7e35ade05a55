"""Workshop helpers: what differs between two designs, and every team's design side by side.

Pure functions over the engine (no widgets); pandas is imported only by the functions that build tables.

>>> c = compare({"channels": ["voice"]}, {"channels": ["voice"], "memory": True}, names=("team A", "team B"))
>>> [row["aspect"] for row in c.rows]
['level', 'products', 'warnings', 'ga_gaps']
>>> c.row("products")["only_b"]
['conversation_orchestrator', 'conversation_memory']

A design is answers (a dict or :class:`~twarch.Answers`) or a :class:`~twarch.Recommendation`.
The aspects compared, in order: level, products, implementation path, Agent Connect package, voice
transport, STT / TTS providers, warnings, GA gaps, regulations and checklist items (list aspects by id).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..answers import Answers
from ..engine import Design, as_recommendation
from ..errors import AnswerError
from ..knowledge.questions import QUESTIONS
from ..recommendation import Recommendation

__all__ = ["ASPECTS", "Comparison", "answer_diff", "compare", "compare_many", "design_values", "scorecard"]


@dataclass(frozen=True)
class Aspect:
    id: str
    title: str
    kind: str  # "value": one value; "ids": a list of ids
    read: Callable[[Recommendation], Any]


def _providers(rec: Recommendation) -> list[str]:
    return [f"{kind}: {vendor}" for kind, vendor in (("stt", rec.stt_provider), ("tts", rec.tts_provider)) if vendor]


#: What a comparison looks at, in display order.
ASPECTS: tuple[Aspect, ...] = (
    Aspect("level", "Capability level", "value", lambda r: r.level_name),
    Aspect("products", "Products", "ids", lambda r: list(r.product_ids)),
    Aspect("path", "Implementation path", "value", lambda r: r.implementation_path),
    Aspect("package", "Agent Connect package", "value", lambda r: r.tac_package),
    Aspect("transport", "Voice transport", "value", lambda r: r.voice_transport),
    Aspect("providers", "STT / TTS providers", "ids", _providers),
    Aspect("warnings", "Warnings", "ids", lambda r: [i.id for i in r.warnings]),
    Aspect("ga_gaps", "GA gaps", "ids", lambda r: [i.id for i in r.ga_gaps]),
    Aspect("regulations", "Regulations", "ids", lambda r: list(r.regulation_ids)),
    Aspect("checklist", "Checklist items", "ids", lambda r: [i.id for i in r.checklist]),
)
_BY_ID = {a.id: a for a in ASPECTS}


def design_values(design: Design, name: str = "design") -> dict[str, Any]:
    """One design's value for every aspect (plain data: ints, strings, None, lists of ids)."""
    rec = as_recommendation(design, name)
    return {a.id: a.read(rec) for a in ASPECTS}


def show(aspect_id: str, value: Any) -> str:
    """An aspect's value as display text: ``—`` for none, ids joined with ", "."""
    if value is None or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class Comparison:
    """What differs between two designs. ``rows`` holds the differing aspects only, as plain dicts:
    ``aspect``, ``title``, ``a``, ``b`` and, for list aspects, ``only_a`` / ``only_b`` (ids in one design only;
    empty lists for single values). ``all_rows`` has every aspect with a ``same`` flag."""

    def __init__(self, a: dict[str, Any], b: dict[str, Any], names: tuple[str, str] = ("a", "b")) -> None:
        self.names = names
        self.all_rows: list[dict[str, Any]] = []
        for aspect in ASPECTS:
            va, vb = a[aspect.id], b[aspect.id]
            only_a = [x for x in va if x not in vb] if aspect.kind == "ids" else []
            only_b = [x for x in vb if x not in va] if aspect.kind == "ids" else []
            same = (not only_a and not only_b) if aspect.kind == "ids" else va == vb
            self.all_rows.append({"aspect": aspect.id, "title": aspect.title, "a": va, "b": vb,
                                  "only_a": only_a, "only_b": only_b, "same": same})
        self.rows: list[dict[str, Any]] = [{k: v for k, v in r.items() if k != "same"}
                                           for r in self.all_rows if not r["same"]]

    @property
    def same(self) -> bool:
        """True when no aspect differs."""
        return not self.rows

    @property
    def aspects(self) -> list[str]:
        """The ids of the aspects that differ."""
        return [r["aspect"] for r in self.rows]

    def row(self, aspect: str) -> dict[str, Any]:
        """The row of one aspect (differing or not)."""
        if aspect not in _BY_ID:
            raise AnswerError("aspect", f"{aspect!r} is not an aspect", ", ".join(_BY_ID))
        return next(r for r in self.all_rows if r["aspect"] == aspect)

    def __len__(self) -> int:
        return len(self.rows)

    def cells(self, row: dict[str, Any]) -> list[str]:
        aspect = row["aspect"]
        return [show(aspect, row["a"]), show(aspect, row["b"]),
                ", ".join(row["only_a"]) or "", ", ".join(row["only_b"]) or ""]

    def columns(self) -> list[str]:
        a, b = self.names
        return [a, b, f"only in {a}", f"only in {b}"]

    def to_frame(self) -> Any:
        """The differing aspects as a DataFrame: index = aspect title, columns = both designs and the ids
        only one of them has."""
        import pandas as pd

        frame = pd.DataFrame([self.cells(r) for r in self.rows], columns=self.columns(),
                             index=pd.Index([r["title"] for r in self.rows], name="aspect"))
        return frame

    def __repr__(self) -> str:
        return f"<Comparison {self.names[0]!r} vs {self.names[1]!r}: differs in {self.aspects}>"

    def __str__(self) -> str:
        """One line per differing aspect: the ids one side lacks, or the two values."""
        a, b = self.names
        lines = [f"{b}: {len(self)} aspect(s) differ from the {a}"]
        for row in self.rows:
            if row["only_a"] or row["only_b"]:
                lines.append(f"  {row['title']}: only in {a} {row['only_a']}; only in {b} {row['only_b']}")
            else:
                lines.append(f"  {row['title']}: {a} {row['a']!r}, {b} {row['b']!r}")
        return "\n".join(lines)


def compare(a: Design, b: Design, names: tuple[str, str] = ("a", "b")) -> Comparison:
    """What differs between two designs (answers dicts, Answers or Recommendations)."""
    if isinstance(names, str) or len(names) != 2 or not all(isinstance(n, str) for n in names):
        raise AnswerError("names", "expected two names, e.g. ('team A', 'team B')")
    names = (names[0], names[1])
    return Comparison(design_values(a, names[0]), design_values(b, names[1]), names)


def compare_many(designs: Mapping[str, Design], aspects: Iterable[str] | None = None,
                 only_differences: bool = False) -> Any:
    """Every team's design side by side: a DataFrame with one row per aspect and one column per team.

    ``aspects`` picks and orders the rows (ids of :data:`ASPECTS`); ``only_differences`` keeps only the
    rows where the teams do not all agree.
    """
    import pandas as pd

    if not isinstance(designs, Mapping):
        raise AnswerError("designs", f"expected a mapping of team name to answers, got {type(designs).__name__}")
    chosen = list(aspects) if aspects is not None else [a.id for a in ASPECTS]
    for aspect in chosen:
        if aspect not in _BY_ID:
            raise AnswerError("aspect", f"{aspect!r} is not an aspect", ", ".join(_BY_ID))
    values = {str(team): design_values(design, str(team)) for team, design in designs.items()}
    rows, titles = [], []
    for aspect in chosen:
        cells = [show(aspect, values[team][aspect]) for team in values]
        if only_differences and len(set(cells)) <= 1:
            continue
        rows.append(cells)
        titles.append(_BY_ID[aspect].title)
    return pd.DataFrame(rows, columns=pd.Index(list(values), name="team"),
                        index=pd.Index(titles, name="aspect"))


#: What :func:`answer_diff` shows for an answer equal to the reference's, and for an unanswered question.
SAME, UNANSWERED = "·", "(none)"


def answer_diff(reference: Answers, teams: Mapping[str, Answers]) -> Any:
    """The answers behind the differences: one row per question any side answered (the request left out),
    the reference's value and each team's value where it differs (``·`` the same, ``(none)`` unanswered)."""
    import pandas as pd

    ref = reference.to_dict()
    answered = [a.to_dict() for a in teams.values()]
    keys = [q.id for q in QUESTIONS if q.id != "request" and (q.id in ref or any(q.id in a for a in answered))]
    rows = {}
    for key in keys:
        row = {"reference": ref.get(key, UNANSWERED)}
        for team, answers in teams.items():
            value = answers.to_dict().get(key, UNANSWERED)
            row[team] = SAME if value == row["reference"] else value
        rows[key] = row
    return pd.DataFrame.from_dict(rows, orient="index", columns=["reference", *teams])


def scorecard(teams: Mapping[str, Design], scenario_of: Mapping[str, str],
              expected: Mapping[str, Mapping[str, Any]]) -> Any:
    """Did each team reach the key outcomes of its scenario's reference (``solutions/expected.json``)?

    One row per team: whether level, transport, path, package and regulations match, and the regulations
    and key warnings the team's design missed.
    """
    import pandas as pd

    rows = []
    for team, design in teams.items():
        goal, rec = expected[scenario_of[team]], as_recommendation(design, team)
        warnings = [w.id for w in rec.warnings]
        rows.append({
            "team": team, "scenario": scenario_of[team],
            "level": rec.level == goal["level"],
            "transport": rec.voice_transport == goal["voice_transport"],
            "path": rec.implementation_path == goal["implementation_path"],
            "package": rec.tac_package == goal["tac_package"],
            "regulations": sorted(rec.regulation_ids) == sorted(goal["regulations"]),
            "missed regulations": [r for r in goal["regulations"] if r not in rec.regulation_ids],
            "missed key warnings": [w for w in goal["key_warnings"] if w not in warnings],
        })
    return pd.DataFrame(rows).set_index("team")
