"""Provider data as pandas tables and plotly figures (imported lazily: pandas and plotly load here).

Figures are deterministic: ``template="none"``, fixed size, plain Python lists, no random ids.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from ..answers import Answers
from ..errors import AnswerError
from ..estimates.latency import DESIGN_SEGMENTS, latency_budget
from ..knowledge.providers import PROVIDER_QUOTES, fact, load_providers
from ..knowledge.stack import DEFAULT_LLM_ROW

WIDTH, HEIGHT = 900, 500
BEST = "background-color: #d9f2d9; font-weight: bold"
FLAG = "color: #a61b1b"
RECOMMENDED = "★ recommended vendor"

#: Column header -> (row kind it applies to, how to read the value; None = all kinds).
STT_PRICE = "STT price (USD / audio min)"
TTS_PRICE = "TTS price (USD / 1M chars)"
LLM_IN = "LLM input (USD / 1M tokens)"
LLM_OUT = "LLM output (USD / 1M tokens)"
LATENCY = "Latency (ms)"
LANG_COUNT = "Languages (count)"
#: Lower is better for these, higher for the language count; best is taken within each kind.
NUMERIC = {STT_PRICE: min, TTS_PRICE: min, LLM_IN: min, LLM_OUT: min, LATENCY: min, LANG_COUNT: max}


def providers() -> pd.DataFrame:
    """Every row of ``providers.csv``, one column per field (languages space-separated, missing = None), and
    ``in_conversation_relay`` (ConversationRelay offers the row's vendor and the row runs live). The verification
    quotes are left out: they are check strings for ``twarch facts verify``, not text to show."""
    records = []
    for p in load_providers():
        record = {k: v for k, v in vars(p).items() if k not in PROVIDER_QUOTES}
        record["languages"] = None if p.languages is None else " ".join(p.languages)
        record["in_conversation_relay"] = p.in_conversation_relay
        records.append(record)
    return pd.DataFrame.from_records(records).set_index("id", drop=False)




def _or_nan(value: float | None) -> float:
    return math.nan if value is None else value


def _table_frame(answers: Answers | None) -> tuple[pd.DataFrame, dict[str, bool | None]]:
    picks = _picks(answers)
    bases = _bases(answers)
    rows, serves = [], {}
    for p in load_providers():
        check = ""
        if bases and p.kind in ("stt", "tts"):
            said = {b: p.speaks(b) for b in bases}
            missing = [b for b, v in said.items() if v is False]
            serves[p.id] = False if missing else (None if None in said.values() else True)
            check = {False: "✗ missing " + ", ".join(missing),
                     None: "? not in its partial list" if p.languages_partial else "? no language list",
                     True: "✓ all"}[serves[p.id]]
        rows.append({
            "id": p.id,
            "Kind": p.kind.upper(),
            "Product": p.label,
            "Pick": RECOMMENDED if picks.get(p.kind) == p.vendor_id and p.in_conversation_relay else "",
            STT_PRICE: _or_nan(p.comparable_price) if p.kind == "stt" else math.nan,
            TTS_PRICE: _or_nan(p.unit_price) if p.kind == "tts" else math.nan,
            LLM_IN: p.unit_price if p.kind == "llm" else math.nan,
            LLM_OUT: p.output_price if p.kind == "llm" else math.nan,
            LATENCY: math.nan if p.latency_ms is None else float(p.latency_ms),
            "Latency metric": p.latency_metric,
            LANG_COUNT: math.nan if p.language_count is None else float(p.language_count),
            "Serves your languages": check,
            "mu-law 8 kHz": (p.telephony or "unknown") if p.kind != "llm" else "",
            "ConversationRelay": "yes" if p.in_conversation_relay else ("" if p.kind == "llm" else "no"),
            "Price as of": p.as_of,
        })
    frame = pd.DataFrame.from_records(rows).set_index("id")
    if not bases:
        frame = frame.drop(columns=["Serves your languages"])
    return frame, serves


def _answers(answers: Answers | Mapping[str, Any] | None) -> Answers | None:
    if answers is None or isinstance(answers, Answers):
        return answers
    return Answers.from_dict(answers)


def _picks(answers: Answers | None) -> dict[str, str]:
    if answers is None:
        return {}
    from ..engine import recommend

    rec = recommend(answers)
    return {k: v for k, v in (("stt", rec.stt_provider), ("tts", rec.tts_provider)) if v}


def _bases(answers: Answers | None) -> tuple[str, ...]:
    from ..knowledge.providers import base_language

    out: list[str] = []
    for tag in (answers.languages or ()) if answers else ():
        base = base_language(tag)
        if base not in out:
            out.append(base)
    return tuple(out)


def provider_table(answers: Answers | Mapping[str, Any] | None = None) -> pd.io.formats.style.Styler:
    """All providers with units in the headers, the best value per column (within each kind) highlighted,
    the recommended vendors marked and, when ``answers.languages`` is set, rows that cannot serve them flagged."""
    answers = _answers(answers)
    frame, serves = _table_frame(answers)
    kinds = frame["Kind"]

    def best(column: pd.Series) -> list[str]:
        pick = NUMERIC[column.name]
        out = []
        for row_id, value in column.items():
            same = column[(kinds == kinds[row_id]) & column.notna()]
            out.append(BEST if not math.isnan(value) and len(same) and value == pick(same) else "")
        return out

    def flagged(row: pd.Series) -> list[str]:
        return [FLAG if serves.get(row.name) is False else ""] * len(row)

    styler = (frame.style.set_uuid("twarch-providers")
              .apply(flagged, axis=1)
              .apply(best, subset=list(NUMERIC), axis=0)
              .format({STT_PRICE: "{:.4f}", TTS_PRICE: "{:g}", LLM_IN: "{:g}", LLM_OUT: "{:g}",
                       LATENCY: "{:.0f}", LANG_COUNT: "{:.0f}"}, na_rep="—")
              .set_caption("Speech and LLM providers: best value per column within each kind in green"
                           + ("; rows in red cannot serve every requested language" if serves else "")))
    return styler


# ---------------------------------------------------------------- figures

def llm_for(llm_answer: str | None) -> str:
    """The providers.csv row standing for an ``llm`` answer (the default row when unanswered or ``other``)."""
    from ..knowledge.stack import LLMS

    llm = LLMS.get(llm_answer or "")
    return llm.row if llm is not None and llm.row else DEFAULT_LLM_ROW


def _layout(fig: go.Figure, title: str, xaxis: str, yaxis: str) -> go.Figure:
    fig.update_layout(template="none", width=WIDTH, height=HEIGHT, title={"text": title},
                      xaxis={"title": {"text": xaxis}}, yaxis={"title": {"text": yaxis}},
                      margin={"l": 70, "r": 30, "t": 60, "b": 110}, legend={"orientation": "h", "y": -0.25})
    return fig


def _known_latency(kind: str, relay_only: bool) -> list[str]:
    return [p.id for p in load_providers()
            if p.kind == kind and p.latency_ms is not None and (p.in_conversation_relay or not relay_only)]


def default_combinations(llm: str = DEFAULT_LLM_ROW, transport: str = "conversation_relay") -> list[tuple[str, str,
                                                                                                          str]]:
    """(stt, llm, tts) for every STT and TTS row with a sourced latency that the transport can run."""
    relay = transport == "conversation_relay"
    return [(s, llm, t) for s in _known_latency("stt", relay) for t in _known_latency("tts", relay)]


_TARGET_LINES = (("pipecat_target_ms", "800 ms class (Pipecat, Retell)", "dot"),
                 ("mouth_to_ear_target_ms", "Twilio target", "dash"),
                 ("mouth_to_ear_limit_ms", "Twilio upper limit", "solid"))


def latency_budget_figure(combinations: Sequence[tuple[str, str, str]] | None = None,
                          transport: str = "conversation_relay", **overrides: float) -> go.Figure:
    """Stacked mouth-to-ear budget per (stt, llm, tts) combination, with the published targets as lines."""
    combos = list(combinations) if combinations is not None else default_combinations(transport=transport)
    budgets = [latency_budget(stt, llm, tts, transport, **overrides) for stt, llm, tts in combos]
    labels = [f"{stt}<br>{llm}<br>{tts}" for stt, llm, tts in combos]
    fig = go.Figure()
    for sid, label, _ in DESIGN_SEGMENTS:
        if sid == "s2s":
            continue
        fig.add_trace(go.Bar(name=label, x=labels, y=[b.segment(sid).ms for b in budgets],
                             hovertemplate="%{x}<br>" + label + ": %{y:.0f} ms<extra></extra>"))
    for fid, label, dash in _TARGET_LINES:
        value = fact(fid).value
        fig.add_hline(y=value, line={"dash": dash, "width": 1.5, "color": "#444"},
                      annotation={"text": f"{label} {value:.0f} ms", "xanchor": "left"}, annotation_position="top left")
    fig.update_layout(barmode="stack")
    return _layout(fig, f"Mouth-to-ear latency budget via {transport}", "STT + LLM + TTS", "milliseconds")


def _pareto(points: list[tuple[float, float]]) -> list[int]:
    """Indices of points no other point beats on both axes (lower is better), sorted by x."""
    front = [i for i, (x, y) in enumerate(points)
             if not any(x2 <= x and y2 <= y and (x2 < x or y2 < y) for x2, y2 in points)]
    return sorted(front, key=lambda i: points[i])


#: Calls per month the per-minute comparison is priced at (large enough that cent rounding does not show).
REFERENCE_CALLS = 10_000


def per_minute_cost(stt: str, tts: str, llm: str = DEFAULT_LLM_ROW, route: str = "conversation_relay",
                    **volumes: Any) -> float:
    """USD per call minute of a voice-only design on ``route`` with these provider rows, from the monthly bill at
    :data:`REFERENCE_CALLS` calls (voice, transport, STT, TTS and LLM lines; a Media Streams fee has no sourced rate
    and is not included)."""
    from ..estimates.bill import bill

    answers = {"channels": ["voice"], **({"needs_raw_audio": True} if route == "media_streams" else {})}
    volumes = {"calls_per_month": REFERENCE_CALLS, **volumes, "stt_product": stt, "tts_product": tts,
               "llm_product": llm}
    b = bill(answers, volumes)
    if not b.minutes:
        raise AnswerError("minutes_per_call", "0 minutes a call make no cost per minute", "a call length above 0")
    return round(b.total / b.minutes, 6)


def cost_latency_figure(stt: Iterable[str] | None = None, tts: Iterable[str] | None = None, llm: str = DEFAULT_LLM_ROW,
                        route: str = "conversation_relay", **volumes: Any) -> go.Figure:
    """Cost per call minute against mouth-to-ear latency for each STT x TTS pair, efficient front marked.

    Cost per minute comes from the monthly bill (:func:`per_minute_cost`: voice, transport, speech and the LLM's
    tokens at the sourced turn and prompt defaults; ``volumes`` overrides any of them); latency from the design's
    budget (:func:`twarch.latency_budget`), so pairs without a sourced latency are left out. The pairs are compared
    on the component sum (they differ only in STT and TTS); an LLM row without a sourced latency is left out of every
    pair's total alike, and the axis says so.
    """
    relay = route == "conversation_relay"
    stts = list(stt) if stt is not None else _known_latency("stt", relay)
    ttss = list(tts) if tts is not None else _known_latency("tts", relay)
    labels, points, untimed = [], [], False
    for s in stts:
        for t in ttss:
            budget = latency_budget(s, llm, t, route)
            untimed = budget.missing == ("llm",)
            if not budget.complete and not untimed:
                continue
            labels.append(f"{s} + {t}")
            points.append((budget.total_ms, per_minute_cost(s, t, llm, route, **volumes)))
    front = _pareto(points)
    fig = go.Figure()
    fig.add_trace(go.Scatter(name="STT + TTS pair", mode="markers", x=[p[0] for p in points],
                             y=[p[1] for p in points], text=labels, marker={"size": 9, "color": "#7a8ca3"},
                             hovertemplate="%{text}<br>%{x:.0f} ms, %{y:.4f} USD/min<extra></extra>"))
    fig.add_trace(go.Scatter(name="efficient front", mode="lines+markers", x=[points[i][0] for i in front],
                             y=[points[i][1] for i in front], text=[labels[i] for i in front],
                             marker={"size": 11, "color": "#c0392b"}, line={"color": "#c0392b"},
                             hovertemplate="%{text}<br>%{x:.0f} ms, %{y:.4f} USD/min<extra></extra>"))
    fig.add_vline(x=fact("mouth_to_ear_target_ms").value, line={"dash": "dash", "width": 1, "color": "#444"},
                  annotation={"text": "Twilio target"})
    fee = "" if relay else "; Media Streams fee not sourced, not included"
    title = f"Cost vs latency via {route} (LLM {llm}{fee})"
    axis = ("mouth-to-ear latency without the LLM (ms; no sourced figure for it)" if untimed else
            "mouth-to-ear latency (ms)")
    return _layout(fig, title, axis + ", the component sum", "USD per call minute")
