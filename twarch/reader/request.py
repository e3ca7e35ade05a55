"""Step 1 from the user's own words: does the advisor activate, in which mode, and what did they already answer?

>>> r = detect_mode("Set up a WebSocket handler for ConversationRelay with Deepgram")
>>> r.activates, r.mode, r.signals
(True, 'build', ('Set up', 'WebSocket handler', 'ConversationRelay', 'Deepgram'))
>>> detect_mode("I need ConversationRelay with customer memory").mode
'validation'
>>> detect_mode("I want to build an AI voice agent for customer support").mode
'discovery'
>>> detect_mode("what's the weather in Lisbon?").activates
False
>>> answers_from_text("A phone agent for our clinic, no human handoff").to_dict()["handoff"]
False
>>> a = answers_from_text("About 40,000 calls a month, 4 minutes each; 15% go to a licensed adviser")
>>> a.calls_per_month, a.minutes_per_call, a.escalation_share, a.handoff
(40000, 4.0, 0.15, True)

How the mode is scored (tables and thresholds in :mod:`twarch.knowledge.signals`):

1. **Activation.** Any activating signal ("chatbot", "voice bot", "ConversationRelay",
   "conversational AI" ...), or a combination: an LLM (OpenAI, Claude, Gemini ...) or "AI"/"bot"
   named together with a phone or Twilio channel.
2. **Scores.** Each distinct signal label counts once and adds its weights: named products push
   toward *validation*, implementation detail (WebSocket handler, TwiML, env vars, code, a set-up
   verb ...) toward *build*, outcome-level wording toward *discovery* (which starts at
   ``DISCOVERY_BASE``).
3. **Mode.** The most specific mode whose evidence is enough: *build* when build >= ``BUILD_AT``,
   or build >= ``BUILD_WITH_PRODUCT_AT`` aimed at a named product (validation >= ``VALIDATION_AT``);
   else *validation* when validation >= ``VALIDATION_AT``; else *discovery*.

Matching is case-insensitive, at word boundaries, leftmost-longest (a longer phrase hides the
shorter ones inside it), and deterministic. Pre-fill phrases are negated by a negator shortly
before them in the same clause ("no human handoff", "doesn't need to remember") or a denial
after them ("memory is not needed"), and skipped after a hedge ("not sure whether ...").
A single answer whose values both appear anywhere in the request may be left open on purpose
(:data:`~twarch.knowledge.signals.OPEN_TOGETHER`: calls that sell are outbound and commerce at once), a phrase may
answer only when another answer is absent (:class:`~twarch.knowledge.signals.Absent`: Flex is where assisted people
work, not who takes a hand-off), and a request that denies the agent and activates nothing ("No AI involved", "we
don't use Twilio") pre-fills nothing (:data:`~twarch.knowledge.signals.DENIALS`).

Numbers (volumes, call lengths, shares, counts) are read with one grammar
(:func:`twarch.knowledge.signals.amount`, :data:`~twarch.knowledge.signals.SHARE`): "9,000", "9k", "1.5M",
"1.5 million", "forty thousand", "a million"; a range reads as its midpoint ("8-10k" is 9,000) and a bound as
its number ("up to 10,000"); "15%", "15 percent" and "1 in 5" are shares. A volume written per week or per
year is converted to a month (x 52/12, / 12), seconds to minutes, and a containment rate to the escalation
share (1 - containment), each named in :data:`~twarch.knowledge.signals.CONVERSIONS`; a volume per day or per
hour is left unread, because the days and hours a month a line is open are not in the words. A number is kept
only when it answers its question (a whole count no larger than the largest count twarch takes, a share from 0
to 1), and an estimate ("maybe 9,000 calls a month") is still an answer. A price ("$9,000 a month"), a length
of something else ("30-minute appointments"), a year ("since 2015"), a phone number ("0800 123 4567"), a
"9.000" (thousands or decimal point?), a volume per customer or per tenant ("each of our 40 clinics gets 500
calls a month") and two volumes of one kind ("5,000 inbound and 2,000 outbound calls") are never read as a
volume.
Regexes compile on first use, so importing twarch stays fast, and are parsed once per installation
(:mod:`twarch.reader.patterns`). The text is checked before any
scan (:func:`twarch.text.check_text`: at most ``MAX_TEXT`` characters, no control characters), and
no pattern backtracks more than a bounded distance from any position, so the work is linear in the
text (``benchmarks/bench_hostile.py`` times the worst inputs found at the maximum length).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

from ..answers import Answers, normalise_tag, validate
from ..errors import AnswerError
from ..knowledge import signals as cues
from ..knowledge.facts import MODES
from ..knowledge.questions import BY_ID
from ..knowledge.stakes import STAKES
from ..text import check_text
from .patterns import compile_all

__all__ = ["ModeResult", "PrefillMatch", "SignalMatch", "answers_from_text", "detect_mode", "prefill",
           "prefill_matches", "read", "read_request", "rejected_ids", "stakes_named", "unread_words"]

MODE_TITLES = {"discovery": "Discovery", "validation": "Validation", "build": "Build"}
MODE_ACTIONS = {
    "discovery": "qualify the needs first (the five essential questions, the ladder, the context) before recommending",
    "validation": "check the named combination makes sense and look for gaps (intelligence? escalation?)",
    "build": "proceed to implementation after a quick context check (account, auth, phone number, CANNOT constraints)",
}


@dataclass(frozen=True)
class SignalMatch:
    """One signal found in the text: its label, the words as written and where they are."""

    label: str
    text: str
    start: int
    end: int
    activates: bool
    weights: tuple[tuple[str, float], ...]
    group: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "text": self.text, "start": self.start, "end": self.end,
                "activates": self.activates, "weights": dict(self.weights), "group": self.group}


@dataclass(frozen=True)
class ModeResult:
    """What Step 1 makes of a request: whether the advisor activates, the mode, and why."""

    activates: bool
    mode: str | None
    signals: tuple[str, ...] = ()
    activated_by: tuple[str, ...] = ()
    scores: Mapping[str, float] = field(default_factory=dict)
    matches: tuple[SignalMatch, ...] = ()
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"activates": self.activates, "mode": self.mode, "signals": list(self.signals),
                "activated_by": list(self.activated_by), "scores": dict(self.scores),
                "matches": [m.to_dict() for m in self.matches], "why": self.why}

    def __str__(self) -> str:
        if not self.activates:
            return f"not activated: {self.why}"
        scores = ", ".join(f"{m} {self.scores.get(m, 0.0):g}" for m in MODES)
        return f"{self.mode} mode ({scores}): {self.why}"



@dataclass(frozen=True)
class PrefillMatch:
    """One pre-fill phrase found: the answer it implies (``None`` when negated away) and why."""

    field: str
    value: Any
    phrase: str
    start: int
    end: int
    priority: int
    negated: bool = False
    hedged: bool = False
    #: What the rest of the request must say for these words to answer
    #: (:attr:`twarch.knowledge.signals.Phrase.requires`).
    requires: tuple[tuple[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        return {"field": self.field, "value": value, "phrase": self.phrase, "start": self.start, "end": self.end,
                "priority": self.priority, "negated": self.negated, "hedged": self.hedged,
                "requires": {field: str(value) if isinstance(value, cues.Absent) else value
                             for field, value in self.requires}}


# --- compiled tables (once per installation: twarch.reader.patterns) ----------------------------

_SEPARATOR = r"[\s\-]"


def _spaced(source: str) -> str:
    """A pattern in the tables' syntax as ``re`` reads it: spaces and ``~`` become separators."""
    return source.replace(" ?", _SEPARATOR + "*").replace(" ", _SEPARATOR + "+").replace("~", _SEPARATOR + "*")


def _wrapped(source: str) -> str:
    """A signal's or phrase's pattern as matched: spaces become separators, bounded by word edges."""
    return rf"(?<!\w)(?:{_spaced(source)})(?!\w)"


_HELPERS = {
    "hedges": lambda: (rf"(?:^| )(?:{'|'.join(re.escape(w) for w in cues.HEDGES)})(?: |$)", 0),
    "after": lambda: (cues.NEGATED_AFTER, re.IGNORECASE),
    "hard_break": lambda: (r"[.;:!?,\n\r\t()\[\]{}|/]|\s-\s", 0),
    "words": lambda: (r"[\w']+", 0),
    # a word or a number as written ("5,000", "24/7" is two), and the ampersand that joins two
    "content": lambda: (r"\d[\d,.]*\d|\d|[^\W\d_][\w'-]*\w|[^\W\d_]|&", 0),
    "amount": lambda: (_spaced(cues.AMOUNT_PARTS), re.IGNORECASE),
    "number": lambda: (_spaced(cues.NUMBER_PARTS), re.IGNORECASE),
}


def _sources() -> list[tuple[str, int]]:
    """Every signal's, phrase's and helper's pattern and flags, in that order."""
    entries: tuple[cues.Signal | cues.Phrase, ...] = (*cues.SIGNALS, *cues.PHRASES)
    wrapped = [(_wrapped(entry.pattern), re.IGNORECASE) for entry in entries]
    stakes = [(_wrapped(stake.pattern), re.IGNORECASE) for stake in STAKES]
    return wrapped + [helper() for helper in _HELPERS.values()] + stakes


@cache
def _compiled() -> Sequence[re.Pattern[str]]:
    """The patterns of :func:`_sources`, compiled on first use (so importing twarch never pays for them) and,
    through :mod:`twarch.reader.patterns`, parsed only once per installation."""
    return compile_all("mode", _sources())


@cache
def _table(name: str) -> Any:
    """The signals, paired with their patterns, or one helper pattern by name."""
    if name == "signals":
        return tuple((_compiled()[index], signal) for index, signal in enumerate(cues.SIGNALS))
    if name == "stakes":
        offset = len(cues.SIGNALS) + len(cues.PHRASES) + len(_HELPERS)
        return tuple((_compiled()[offset + index], stake) for index, stake in enumerate(STAKES))
    return _compiled()[len(cues.SIGNALS) + len(cues.PHRASES) + list(_HELPERS).index(name)]


@cache
def _phrases_for(fields: frozenset[str]) -> tuple[tuple[re.Pattern[str], cues.Phrase], ...]:
    """The phrases that answer (or hide) any of ``fields``, with their patterns: reading a request for the
    questions an answers file leaves open never scans the phrases of the ones it answers."""
    patterns, offset = _compiled(), len(cues.SIGNALS)
    return tuple((patterns[offset + index], phrase) for index, phrase in enumerate(cues.PHRASES)
                 if fields & ({field for field, _ in phrase.sets} | set(phrase.hides)))


_NORMALISE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                            "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-"})


def _text(text: Any) -> str:
    if not isinstance(text, str):
        kind = {type(None): "null", bool: "true/false", int: "a number", float: "a number", list: "a list",
                dict: "a mapping", bytes: "bytes"}.get(type(text), type(text).__name__)
        raise AnswerError("request", f"expected text, got {kind}")
    return check_text("request", text).translate(_NORMALISE)  # length and characters before any scan


def _select(hits: list[tuple[int, int, int, Any]]) -> list[tuple[int, int, int, Any]]:
    """Leftmost-longest, non-overlapping; entries with exactly the chosen span all stay."""
    hits.sort(key=lambda h: (h[0], h[0] - h[1], h[2]))
    chosen: list[tuple[int, int, int, Any]] = []
    span, end = (-1, -1), -1
    for hit in hits:
        if (hit[0], hit[1]) == span:
            chosen.append(hit)
        elif hit[0] >= end:
            chosen.append(hit)
            span, end = (hit[0], hit[1]), hit[1]
    return chosen


def _find_all(table: tuple[tuple[re.Pattern[str], Any], ...], text: str) -> list[tuple[int, int, int, Any]]:
    hits = []
    for index, (regex, entry) in enumerate(table):
        for m in regex.finditer(text):
            if m.end() > m.start():
                hits.append((m.start(), m.end(), index, (entry, m)))
    return hits


def _find(table: tuple[tuple[re.Pattern[str], Any], ...], text: str) -> list[tuple[int, int, int, Any]]:
    return _select(_find_all(table, text))


# --- mode -----------------------------------------------------------------------------------

def detect_mode(text: str) -> ModeResult:
    """Step 1: whether the advisor activates on ``text`` and in which mode (see the module docs)."""
    text = _text(text)
    found = [SignalMatch(sig.label, m.group(0), start, end, sig.activates, sig.weights, sig.group)
             for start, end, _, (sig, m) in _find(_table("signals"), text)]
    present = {m.group for m in found if m.group}
    combos = [c for c in cues.COMBINATIONS if all(g in present for g in c.groups)]
    combo_groups = {g for c in combos for g in c.groups}
    counted = tuple(m for m in found if not m.group or m.weights or m.group in combo_groups)

    activated_by = _unique([m.label for m in counted if m.activates] + [c.label for c in combos])
    totals = {mode: 0.0 for mode in MODES}
    totals["discovery"] = cues.DISCOVERY_BASE
    seen: set[str] = set()
    for m in counted:
        if m.label in seen:
            continue
        seen.add(m.label)
        for pushed, weight in m.weights:
            totals[pushed] += weight
    scores = MappingProxyType({mode: round(score, 2) for mode, score in totals.items()})

    activates = bool(activated_by) and not present & cues.STOPS
    mode = _decide(scores) if activates else None
    signals = _unique([m.text for m in counted], key=str.lower)
    why = _why(mode, activated_by, counted, scores)
    return ModeResult(activates, mode, signals, activated_by, scores, counted, why)


def _decide(scores: Mapping[str, float]) -> str:
    build, validation = scores["build"], scores["validation"]
    if build >= cues.BUILD_AT or (build >= cues.BUILD_WITH_PRODUCT_AT and validation >= cues.VALIDATION_AT):
        return "build"
    if validation >= cues.VALIDATION_AT:
        return "validation"
    return "discovery"


def _why(mode: str | None, activated_by: tuple[str, ...], counted: tuple[SignalMatch, ...],
         scores: Mapping[str, float]) -> str:
    if mode is None:
        return ("no activation signal: nothing about an AI agent, voice bot, chatbot, conversational AI, "
                "ConversationRelay or an LLM on a Twilio channel")

    def named(target: str) -> str:
        labels = _unique([m.label for m in counted if any(mo == target for mo, _ in m.weights)])
        return ", ".join(labels)

    head = f"activated by {', '.join(activated_by)}"
    if mode == "build":
        reason = f"implementation detail ({named('build')}; {scores['build']:g})"
        if scores["build"] < cues.BUILD_AT:
            reason += f" aimed at named products ({named('validation')})"
    elif mode == "validation":
        reason = f"products chosen ({named('validation')}; {scores['validation']:g}) but little implementation detail"
    else:
        outcome = named("discovery")
        reason = (f"outcome-level wording ({outcome})" if outcome else "a high-level request") + \
            " with no product chosen and little implementation detail"
    return f"{MODE_TITLES[mode]}: {head}; {reason}; {MODE_ACTIONS[mode]}."


def _unique(items: list[str], key: Any = None) -> tuple[str, ...]:
    out, seen = [], set()
    for item in items:
        k = key(item) if key else item
        if k not in seen:
            seen.add(k)
            out.append(item)
    return tuple(out)


# --- pre-fill -------------------------------------------------------------------------------

def prefill_matches(text: str, fields: Iterable[str] | None = None) -> tuple[PrefillMatch, ...]:
    """Every pre-fill phrase in ``text`` (for ``fields``, all by default), in text order, with negation and
    hedging marked.

    Phrases compete leftmost-longest only with phrases for the same answer: "outbound calls" answers
    ``channels`` and does not hide "outbound" from ``direction``; a phrase hides other answers only when it
    says so (:attr:`~twarch.knowledge.signals.Phrase.hides`).
    """
    return _matches(_text(text), frozenset(BY_ID if fields is None else fields))[0]


def _matches(text: str, wanted: frozenset[str]) -> tuple[tuple[PrefillMatch, ...], list[tuple[int, int, int, Any]]]:
    """:func:`prefill_matches` on checked text, and every phrase's hit (those that only hide answers too)."""
    hits = _find_all(_phrases_for(wanted), text)
    out = []
    for field_id in (q for q in BY_ID if q in wanted):
        mine = [hit for hit in hits if any(f == field_id for f, _ in hit[3][0].sets)]
        for start, end, _, (phrase, m) in _select(mine):
            value = dict(phrase.sets)[field_id]
            # "maybe 15 calls at once" is an estimate, still an answer; "maybe we need memory" is not.
            hedged, negated = value != cues.NUMBER and _hedged(text, start), _negated(text, start, end)
            if value == cues.NUMBER:
                value = _captured(m, field_id)
            elif value == cues.TAG:
                value = _tag(m)
            elif value == cues.GROUP:
                value = dict(phrase.groups)[m.lastgroup]
            if negated:
                value = _negate(field_id, value)
            out.append(PrefillMatch(field_id, value, m.group(0), start, end, phrase.priority_for(field_id), negated,
                                    hedged, phrase.requires))
    hidden = [(start, end, field_id) for start, end, _, (phrase, _m) in hits for field_id in phrase.hides]
    out = [m for m in out if not any(h_start <= m.start and m.end <= h_end and m.field == field_id
                                     for h_start, h_end, field_id in hidden)]
    out.sort(key=lambda match: (match.start, -match.end))
    return tuple(out), hits


def prefill(text: str, fields: Iterable[str] | None = None,
            given: Mapping[str, Any] | None = None) -> dict[str, tuple[Any, str]]:
    """Answers the text already gives: ``{field: (value, matched words)}``, in question order (only ``fields``
    when given).

    Lists (channels, countries, regulations, wants, languages) gather every mention and join their
    words with ", ". A single-valued field takes the value of its highest-priority phrases; when those
    disagree ("OpenAI or Claude") the field is left out, as unanswered, unless the values combine
    (inbound and outbound make ``both``: :data:`~twarch.knowledge.signals.COMBINED_VALUES`). Words that answer
    only in a context (:attr:`~twarch.knowledge.signals.Phrase.requires`: "400 salons" are tenants only in an
    ISV's request) count when the rest of the text, or ``given`` (answers the user gave, which outweigh the text;
    ``None`` for a reading the user turned down), says so. An answer read can imply another the text leaves open
    (:data:`~twarch.knowledge.signals.IMPLIED`: a share handed to a person says there is a hand-off).
    """
    wanted = frozenset(BY_ID if fields is None else fields)
    given = dict(given or {})
    if _denied(text):
        return {}
    usable = [m for m in prefill_matches(text, wanted | _required(wanted)) if m.value is not None and not m.hedged]
    out = _resolve(_answering(usable, given))
    for source, (target, value) in cues.IMPLIED.items():
        if source in out and out[source][0] and target not in out and not any(m.field == target for m in usable):
            out[target] = (value, out[source][1])
    return {q: out[q] for q in BY_ID if q in out and q in wanted}


def _denied(text: str) -> bool:
    """Whether the request denies the agent ("No AI involved", "we don't use Twilio for anything") and nothing in it
    activates the advisor: then its words describe no agent, and answer none of the design's questions."""
    checked = _text(text)
    groups = {sig.group for _, _, _, (sig, _m) in _find(_table("signals"), checked)}
    return bool(groups & cues.DENIALS) and not detect_mode(checked).activates


def _answering(usable: list[PrefillMatch], given: Mapping[str, Any]) -> list[PrefillMatch]:
    """The matches that answer: those that need no context, and those whose context (what the others read, or
    ``given``) holds."""
    plain = [m for m in usable if not m.requires]
    if len(plain) == len(usable):
        return plain
    known = {**{key: value for key, (value, _) in _resolve(plain).items()}, **given}
    return plain + [m for m in usable if m.requires and all(_holds(known.get(key), value) for key, value in m.requires)]


def _required(fields: frozenset[str]) -> frozenset[str]:
    """The fields the phrases for ``fields`` require to be read (scanned, then left out of the answer)."""
    return frozenset(key for phrase in cues.PHRASES if fields & {field for field, _ in phrase.sets}
                     for key, _ in phrase.requires)


def _holds(known: Any, required: Any) -> bool:
    if isinstance(required, cues.Absent):
        return required.value not in known if isinstance(known, tuple) else known != required.value
    if required == cues.ANY:
        return known is not None and known != ()
    return known == required


def _resolve(usable: list[PrefillMatch]) -> dict[str, tuple[Any, str]]:
    """Each field's answer from the phrases found for it (see :func:`prefill`)."""
    out: dict[str, tuple[Any, str]] = {}
    for q in BY_ID.values():
        hits = sorted((m for m in usable if m.field == q.id), key=lambda m: (m.start, -m.end))
        if not hits:
            continue
        if q.kind in ("multi", "tags", "countries"):
            values = _unique([v for m in hits for v in m.value])
            if q.kind == "multi":
                values = tuple(c for c in q.choice_ids if c in values)
            elif q.kind == "tags":
                values = _without_bare_tags(values)
            out[q.id] = (values, ", ".join(_unique([m.phrase for m in hits], key=str.lower)))
            continue
        if any(pair <= {m.value for m in hits} for pair in cues.OPEN_TOGETHER.get(q.id, ())):
            continue
        top = max(m.priority for m in hits)
        best = [m for m in hits if m.priority == top]
        best_values = {m.value for m in best}
        combined = cues.COMBINED_VALUES.get(q.id, {}).get(frozenset(best_values))
        if combined:
            out[q.id] = (combined, ", ".join(_unique([m.phrase for m in best], key=str.lower)))
        elif len(best_values) == 1:
            out[q.id] = (best[0].value, best[0].phrase)
    return out


def _without_bare_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    """Language tags without a bare language another tag names with its region ("Spanish ... Mexican Spanish" is
    ``es-MX``, not ``es`` and ``es-MX``)."""
    regional = {tag.split("-")[0] for tag in tags if "-" in tag}
    return tuple(tag for tag in tags if "-" in tag or tag not in regional)


def read_request(answers: Answers, rejected: Iterable[str] = ()) -> tuple[Answers, dict[str, str]]:
    """Fill the questions ``answers.request`` answers and the answers leave open, as the Wizard does.

    Returns the answers and, for each field filled, the request's words it was read from. An answer
    given explicitly always wins over the text, so a wrong reading is corrected by answering the field;
    a field in ``rejected`` (question ids whose reading the user turned down) is never filled from the text,
    and says nothing to the readings that depend on it.

    >>> a, inferred = read_request(Answers.from_dict({"request": "An AI receptionist for our UK clinic",
    ...                                               "channels": ["sms"]}))
    >>> a.channels, a.countries, inferred["countries"]
    (('sms',), ('GB',), 'UK')
    >>> read_request(Answers.from_dict({"request": "An AI receptionist for our UK clinic"}), ["countries"])[1]
    {'outcome': 'receptionist', 'channels': 'AI receptionist', 'industry': 'clinic'}
    """
    turned_down = rejected_ids(rejected)
    if not answers.request:
        return answers, {}
    given = {key: getattr(answers, key) for key in BY_ID if key != "request" and answers.answered(key)}
    found = prefill(answers.request, [key for key in BY_ID if key != "request" and key not in given
                                      and key not in turned_down], {**dict.fromkeys(turned_down), **given})
    if not found:
        return answers, {}
    return answers.replace(**{key: value for key, (value, _) in found.items()}), \
        {key: words for key, (_, words) in found.items()}


def read(answers: Answers, rejected: Iterable[str] = ()) -> tuple[Answers, dict[str, str], tuple[str, ...]]:
    """All the CLI and the Wizard take from the request: :func:`read_request`'s answers and words, and the words it
    did not understand (:func:`unread_words`), in the order :func:`twarch.recommend` takes them:
    ``recommend(*read(answers))``."""
    filled, words = read_request(answers, rejected)
    return filled, words, unread_words(answers.request) if answers.request else ()


def rejected_ids(rejected: Iterable[str]) -> frozenset[str]:
    """``rejected`` checked: question ids (the request itself is not one), or an :class:`AnswerError`."""
    if isinstance(rejected, (str, bytes)) or not isinstance(rejected, Iterable):
        raise AnswerError("rejected", f"expected a list of question ids, got {type(rejected).__name__}",
                          "question ids")
    ids = tuple(rejected)
    for key in ids:
        if not isinstance(key, str) or key not in BY_ID or key == "request":
            raise AnswerError("rejected", f"{key!r} is not a question read from the request",
                              "question ids (twarch questions lists them)")
    return frozenset(ids)


def unread_words(text: str) -> tuple[str, ...]:
    """The request's words no signal or phrase used, as short phrases in text order: what the reader did not
    understand, listed beside what it filled so a user sees what was left out.

    A phrase is a run of words no pattern matched, cut at punctuation, at words that did match and at
    :data:`~twarch.knowledge.signals.FILLER_WORDS` ("of" and "&" join the words either side). A phrase is listed
    when it says something: two words or more, a number (with the word after it: "5,000 employees"), or one word
    that stands out (a name in capitals, not at the start of a sentence; a hyphenated or code-like term); the same
    phrase twice is listed once.

    >>> unread_words("An IT helpdesk voice bot for our 5,000 employees, with raw call audio for our emotion model")
    ('5,000 employees', 'emotion model')
    >>> unread_words("We run 400 salons")  # tenants only in an ISV's request: here, not understood
    ('400 salons',)
    """
    text = _text(text)
    used = _understood(text)
    phrases: list[str] = []
    run: list[re.Match[str]] = []
    joiner: re.Match[str] | None = None  # "of" or "&" after the run, kept only if another word follows
    hit = previous_end = 0
    for word in _table("content").finditer(text):
        while hit < len(used) and used[hit][1] <= word.start():
            hit += 1
        matched = hit < len(used) and used[hit][0] < word.end()
        lower = word.group(0).lower()
        broken = bool(_table("hard_break").search(text, previous_end, word.start()))
        filler = lower in cues.FILLER_WORDS and lower not in JOINERS
        if run and (matched or broken or filler):
            # a number no pattern used is listed with the word it counts, understood or not
            counts = not broken and not filler and run[-1].group(0)[0].isdigit()
            _keep(phrases, text, run, word.end() if counts else run[-1].end())
            run, joiner = [], None
        if matched or lower in cues.FILLER_WORDS:
            joiner = word if run and lower in JOINERS else None
        else:
            run += [joiner, word] if joiner else [word]
            joiner = None
        previous_end = word.end()
    if run:
        _keep(phrases, text, run, run[-1].end())
    return _unique(phrases, key=str.lower)


def stakes_named(text: str) -> tuple[str, ...]:
    """The high-stakes terms (:data:`twarch.knowledge.stakes.STAKES`) the request names and does not negate, by id,
    in the table's order.

    >>> stakes_named("A voice agent that resets passwords and unlocks accounts for our staff")
    ('credential_resets',)
    >>> stakes_named("We collect past-due medical and utility accounts")
    ('medical_accounts',)
    >>> stakes_named("It never resets passwords")
    ()
    """
    text = _text(text)
    found = {stake.id for start, end, _, (stake, _m) in _find_all(_table("stakes"), text)
             if not _negated(text, start, end)}
    return tuple(stake.id for stake in STAKES if stake.id in found)


def _understood(text: str) -> list[tuple[int, int]]:
    """Where the words some pattern understood are: signals, phrases that answer (or were negated or hedged) and
    phrases that deliberately answer nothing (a volume per tenant). A phrase whose number is no answer, or whose
    context is missing ("400 salons" outside an ISV's request), understood nothing."""
    matches, hits = _matches(text, frozenset(BY_ID))
    answering = _answering([m for m in matches if m.value is not None and not m.hedged], {})
    return _merged([*((start, end) for start, end, _, _ in _find_all(_table("signals"), text)),
                    *((start, end) for start, end, _, _ in _find_all(_table("stakes"), text)),
                    *((start, end) for start, end, _, (phrase, _m) in hits if not phrase.sets),
                    *((m.start, m.end) for m in (*answering, *(m for m in matches if m.negated or m.hedged)))])


def _keep(phrases: list[str], text: str, run: list[re.Match[str]], end: int) -> None:
    """Add the phrase of ``run`` (up to ``end``) when it says something (see :func:`unread_words`)."""
    words = [w.group(0) for w in run if w.group(0).lower() not in JOINERS]
    if len(words) > 1 or end > run[-1].end() or any(c.isdigit() for c in words[0]) or _stands_out(
            words[0], text[:run[0].start()].rstrip()):
        phrases.append(text[run[0].start():end])


def _stands_out(word: str, before: str) -> bool:
    """A single word worth listing: hyphenated or code-like ("check-out", "max_tokens", "HubSpot", "QA"), or a name
    written in capitals where a sentence does not start ("we log it in Salesforce")."""
    if "-" in word or "_" in word or any(c.isupper() for c in word[1:]):
        return True
    return word[0].isupper() and bool(before) and before[-1] not in ".!?:;\"'(["


#: Filler words that join the words either side into one phrase ("head of sales", "R&D").
JOINERS = frozenset({"of", "&"})


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans joined: sorted, disjoint."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def answers_from_text(text: str) -> Answers:
    """Validated :class:`Answers` pre-filled from ``text``, with ``request`` set to the text itself."""
    if not isinstance(text, str):
        _text(text)
    values: dict[str, Any] = {key: value for key, (value, _) in prefill(text).items()}
    values["request"] = text
    return Answers.from_dict(values)


def _captured(m: re.Match[str], field_id: str) -> int | float | None:
    """The number a phrase names for ``field_id`` (its ``n`` group), converted by the
    :data:`~twarch.knowledge.signals.CONVERSIONS` groups that matched, or None when it is no answer to the question
    (a count that is not a whole number, a share above 1, anything out of the question's range)."""
    groups = m.groupdict()
    number = _amount(groups.get("n") or "")
    if number is None:
        return None
    converted = False
    for name, convert in cues.CONVERSIONS.items():
        if groups.get(name):
            number, converted = convert(number), True
    question = BY_ID[field_id]
    if question.kind == "count":
        number = round(number) if converted else number
        if not float(number).is_integer():
            return None
        value: int | float = int(number)
    else:
        value = round(number, 4)
    try:
        return validate(question, value)
    except AnswerError:
        return None


def _amount(raw: str) -> float | None:
    """The number ``raw`` writes (:data:`~twarch.knowledge.signals.AMOUNT_PARTS`): a range is its midpoint, with a
    scale written once applying to both ends ("8-10k"); a ratio ("1 in 5") and a percentage are shares."""
    parts = _table("amount").fullmatch(raw.strip())
    if not parts:
        return None
    low = _one_number(parts["a"])
    if low is None:
        return None
    number = low[0]
    if parts["b"]:
        high = _one_number(parts["b"])
        if high is None:
            return None
        if parts["join"].lower().startswith(("in", "out")):  # "1 in 5", "one out of ten"
            if not high[0]:
                return None
            number = low[0] / high[0]
        else:
            if low[1] == 1 and high[1] > 1 and low[0] * high[1] <= high[0]:
                low = (low[0] * high[1], high[1])
            if low[0] > high[0]:
                return None
            number = (low[0] + high[0]) / 2
    return number / 100 if parts["percent"] else number


def _one_number(raw: str) -> tuple[float, int] | None:
    """One number and the scale written after it: ``"1.5M"`` -> ``(1500000.0, 1000000)``."""
    part = _table("number").fullmatch(raw.strip())
    if not part:
        return None
    scale = cues.SCALES[part["scale"].lower()] if part["scale"] else 1
    if part["article"]:
        number = 0.5 if part["half"] else 1.0
    elif part["figure"]:
        figure = part["figure"].replace(",", "")
        if not part["scale"] and re.fullmatch(r"\d+\.\d{3}", figure):
            return None  # "9.000": a thousands separator in much of Europe, a decimal point elsewhere
        number = float(figure)
    else:
        number = float(sum(cues.NUMBER_WORDS[word.lower()] for word in re.split(r"[\s-]+", part["words"]) if word))
    return number * scale, scale


def _tag(m: re.Match[str]) -> tuple[str, ...] | None:
    """The language tag a phrase names (``language="en-gb"`` -> ``("en-GB",)``)."""
    return (normalise_tag(m.group("tag")),)


def _negate(field_id: str, value: Any) -> Any:
    kind = BY_ID[field_id].kind
    if kind == "bool":
        return not value
    if kind == "choice":
        return cues.NEGATED_CHOICE.get(field_id)
    return None


def _clause_before(text: str, start: int) -> list[str]:
    before = text[max(0, start - 240):start]
    breaks = list(_table("hard_break").finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    return [w.lower() for w in _table("words").findall(before)]


def _hedged(text: str, start: int) -> bool:
    words = _clause_before(text, start)[-8:]
    return bool(_table("hedges").search(" ".join(words)))


def _negated(text: str, start: int, end: int) -> bool:
    words = _clause_before(text, start)
    for i in range(len(words) - 1, -1, -1):
        if words[i] in cues.CLAUSE_BREAKS:
            words = words[i + 1:]
            break
    words = words[-cues.NEGATION_WINDOW:]
    for i, word in enumerate(words):
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else word
        if word in cues.NEGATORS and pair not in cues.NOT_NEGATING:
            return True
    return bool(_table("after").search(text[end:end + 60]))
