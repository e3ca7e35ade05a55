"""Latency budget and cost model for a voice agent, from the sourced provider data.

Every number comes from ``knowledge/providers.csv`` or ``knowledge/voice_facts.csv`` and carries its
source; every assumption is a named keyword you can override. Standard library only.

>>> b = latency_budget(stt="deepgram-nova-3", llm="openai-gpt-4o-mini", tts="elevenlabs-flash-v2-5")
>>> b.total_ms, b.verdict
(897.0, 'within_target')
>>> round(cost_per_minute(stt="deepgram-nova-3", tts="elevenlabs-flash-v2-5").total, 4)
0.1103
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from typing import Any

from .errors import AnswerError
from .knowledge.providers import Provider, fact, get_provider, load_providers

TRANSPORTS = ("conversation_relay", "media_streams")
ROUTES = TRANSPORTS
_MS = "a number of milliseconds >= 0"
_NUM = "a number >= 0"


# ---------------------------------------------------------------- helpers

def _number(name: str, value: Any, allowed: str = _NUM, *, share: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AnswerError(name, f"expected a number, got {type(value).__name__}", allowed)
    if math.isnan(value) or math.isinf(value):
        raise AnswerError(name, f"{value} is not a finite number", allowed)
    if value < 0:
        raise AnswerError(name, f"{value} is negative", allowed)
    if share and value > 1:
        raise AnswerError(name, f"{value} is above 1", "a share between 0 and 1")
    return float(value)


def _choice(name: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise AnswerError(name, f"{value!r} is not allowed", ", ".join(allowed))
    return value


def _relay_check(p: Provider, field: str) -> None:
    """ConversationRelay only runs the STT/TTS vendors it offers."""
    if not p.in_conversation_relay:
        ids = ", ".join(q.id for q in load_providers() if q.kind == p.kind and q.in_conversation_relay)
        raise AnswerError(field, f"{p.id!r} is not offered by ConversationRelay (use transport/route "
                                 f"'media_streams' to run it yourself)", ids)


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:g}"


def _table(caption: str, head: tuple[str, ...], rows: list[tuple[str, ...]], foot: tuple[str, ...] | None = None) -> str:
    th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    tf = "<tfoot><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in foot) + "</tr></tfoot>" if foot else ""
    return (f"<table class='twarch-voice'><caption>{html.escape(caption)}</caption><thead><tr>{th}</tr></thead>"
            f"<tbody>{body}</tbody>{tf}</table>")


# ---------------------------------------------------------------- latency budget

@dataclass(frozen=True)
class Segment:
    """One piece of the mouth-to-ear turn gap."""

    id: str
    label: str
    ms: float
    basis: str
    source: str
    as_of: str
    target_ms: float | None = None
    limit_ms: float | None = None
    overridden: bool = False

    @property
    def verdict(self) -> str:
        return _verdict(self.ms, self.target_ms, self.limit_ms)


@dataclass(frozen=True)
class Target:
    id: str
    label: str
    ms: float
    source: str
    as_of: str


def _verdict(ms: float, target: float | None, limit: float | None) -> str:
    if target is None and limit is None:
        return "no_target"
    if target is not None and ms <= target:
        return "within_target"
    if limit is not None and ms <= limit:
        return "within_limit"
    return "over_limit"


VERDICT_TEXT = {
    "within_target": "within Twilio's target",
    "within_limit": "over Twilio's target, within its upper limit",
    "over_limit": "over Twilio's upper limit",
    "no_target": "no published target",
}

#: Segments in the order audio flows; (id, label, where the default comes from).
SEGMENTS: tuple[tuple[str, str, str], ...] = (
    ("network_in", "Caller to Twilio edge (network)", "device_to_edge_ms"),
    ("stt", "Endpointing + STT final transcript", "stt"),
    ("llm", "LLM time to first token", "llm"),
    ("tts", "TTS time to first byte", "tts"),
    ("orchestration", "Orchestration and buffering", "orchestration"),
    ("decoding", "Audio decoding", "decoding_ms"),
    ("network_out", "Twilio edge to caller (network)", "device_to_edge_ms"),
)
#: Segments inside the platform (everything but the two network legs): compared with Twilio's platform gap.
PLATFORM_SEGMENTS = ("stt", "llm", "tts", "orchestration", "decoding")
#: Per-segment Twilio targets / upper limits (fact ids).
SEGMENT_TARGETS = {"stt": ("stt_target_ms", "stt_limit_ms"), "llm": ("llm_target_ms", "llm_limit_ms"),
                   "tts": ("tts_target_ms", "tts_limit_ms")}
OVERRIDES = tuple(f"{sid}_ms" for sid, _, _ in SEGMENTS)


@dataclass(frozen=True)
class LatencyBudget:
    """The mouth-to-ear turn gap, segment by segment, against the published targets."""

    transport: str
    stt: str
    llm: str
    tts: str
    segments: tuple[Segment, ...]
    targets: tuple[Target, ...]
    notes: tuple[str, ...] = ()

    @property
    def total_ms(self) -> float:
        return sum(s.ms for s in self.segments)

    @property
    def platform_ms(self) -> float:
        return sum(s.ms for s in self.segments if s.id in PLATFORM_SEGMENTS)

    def target(self, target_id: str) -> Target:
        return next(t for t in self.targets if t.id == target_id)

    def segment(self, segment_id: str) -> Segment:
        return next(s for s in self.segments if s.id == segment_id)

    @property
    def verdict(self) -> str:
        """Total against Twilio's 1,115 ms target and 1,400 ms upper limit."""
        return _verdict(self.total_ms, self.target("mouth_to_ear_target").ms, self.target("mouth_to_ear_limit").ms)

    @property
    def platform_verdict(self) -> str:
        return _verdict(self.platform_ms, self.target("platform_target").ms, self.target("platform_limit").ms)

    @property
    def meets_800(self) -> bool:
        """Inside the 800 ms class of targets (Pipecat voice-to-voice, Retell)."""
        return self.total_ms <= self.target("pipecat_target").ms

    def to_dict(self) -> dict[str, Any]:
        return {
            "transport": self.transport, "stt": self.stt, "llm": self.llm, "tts": self.tts,
            "total_ms": self.total_ms, "verdict": self.verdict, "platform_ms": self.platform_ms,
            "platform_verdict": self.platform_verdict, "meets_800": self.meets_800,
            "segments": [{"id": s.id, "label": s.label, "ms": s.ms, "basis": s.basis, "source": s.source,
                          "as_of": s.as_of, "target_ms": s.target_ms, "limit_ms": s.limit_ms,
                          "verdict": s.verdict, "overridden": s.overridden} for s in self.segments],
            "targets": [{"id": t.id, "label": t.label, "ms": t.ms, "source": t.source, "as_of": t.as_of}
                        for t in self.targets],
            "notes": list(self.notes),
        }

    def _rows(self) -> list[tuple[str, ...]]:
        return [(s.label, _fmt(s.ms), "" if s.target_ms is None else f"{_fmt(s.target_ms)} / {_fmt(s.limit_ms)}",
                 VERDICT_TEXT[s.verdict], s.basis + (" (your value)" if s.overridden else ""),
                 f"{s.source} ({s.as_of})") for s in self.segments]

    def __repr__(self) -> str:
        lines = [f"LatencyBudget {self.stt} + {self.llm} + {self.tts} via {self.transport}:"]
        for s in self.segments:
            lines.append(f"  {s.label:<36} {_fmt(s.ms):>6} ms  {VERDICT_TEXT[s.verdict] if s.target_ms else ''}")
        lines.append(f"  {'Mouth-to-ear total':<36} {_fmt(self.total_ms):>6} ms  {VERDICT_TEXT[self.verdict]} "
                     f"(target {_fmt(self.target('mouth_to_ear_target').ms)}, limit "
                     f"{_fmt(self.target('mouth_to_ear_limit').ms)}); 800 ms class: "
                     f"{'yes' if self.meets_800 else 'no'}")
        lines += [f"  note: {n}" for n in self.notes]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        foot = ("Mouth-to-ear total", _fmt(self.total_ms),
                f"{_fmt(self.target('mouth_to_ear_target').ms)} / {_fmt(self.target('mouth_to_ear_limit').ms)}",
                VERDICT_TEXT[self.verdict],
                (f"800 ms class: {'yes' if self.meets_800 else 'no'}; platform "
                 f"{_fmt(self.platform_ms)} ms ({VERDICT_TEXT[self.platform_verdict]})"), "")
        table = _table(f"Latency budget: {self.stt} + {self.llm} + {self.tts} via {self.transport}",
                       ("Segment", "ms", "Target / limit", "Verdict", "Basis", "Source"), self._rows(), foot)
        notes = "".join(f"<li>{html.escape(n)}</li>" for n in self.notes)
        return table + (f"<ul class='twarch-notes'>{notes}</ul>" if notes else "")


_TARGETS = (
    ("mouth_to_ear_target", "Twilio mouth-to-ear target", "mouth_to_ear_target_ms"),
    ("mouth_to_ear_limit", "Twilio mouth-to-ear upper limit", "mouth_to_ear_limit_ms"),
    ("platform_target", "Twilio platform turn-gap target", "platform_target_ms"),
    ("platform_limit", "Twilio platform turn-gap upper limit", "platform_limit_ms"),
    ("pipecat_target", "Pipecat voice-to-voice target", "pipecat_target_ms"),
    ("retell_target", "Retell production aim", "retell_target_ms"),
)


def published_targets() -> tuple[Target, ...]:
    """The published latency targets the budget is compared with."""
    out = []
    for tid, label, fid in _TARGETS:
        f = fact(fid)
        out.append(Target(tid, label, f.value, f.source_url, f.as_of))
    return tuple(out)


def latency_budget(stt: str, llm: str, tts: str, transport: str = "conversation_relay",
                   **overrides: float) -> LatencyBudget:
    """Break the mouth-to-ear turn gap into segments and compare it with the published targets.

    ``stt`` / ``llm`` / ``tts`` are row ids from ``providers.csv``. Override any segment with
    ``<segment>_ms=`` (``network_in_ms``, ``stt_ms``, ``llm_ms``, ``tts_ms``, ``orchestration_ms``,
    ``decoding_ms``, ``network_out_ms``); a provider without a sourced latency needs its override.
    """
    transport = _choice("transport", transport, TRANSPORTS)
    rows = {"stt": get_provider(stt, "stt"), "llm": get_provider(llm, "llm"), "tts": get_provider(tts, "tts")}
    if transport == "conversation_relay":
        _relay_check(rows["stt"], "stt")
        _relay_check(rows["tts"], "tts")
    for name in overrides:
        if name not in OVERRIDES:
            raise AnswerError(name, "unknown latency override", ", ".join(OVERRIDES))
    given = {name: _number(name, value, _MS) for name, value in overrides.items()}

    segments = []
    for sid, label, origin in SEGMENTS:
        basis, source, as_of = _segment_default(sid, origin, rows, transport)
        key = f"{sid}_ms"
        if key in given:
            ms = given[key]
        elif origin in rows:
            p = rows[origin]
            if p.latency_ms is None:
                raise AnswerError(key, f"no latency figure for {p.id!r} in the data (not found in the research); "
                                       f"pass {key}=<milliseconds>", _MS)
            ms = float(p.latency_ms)
        elif origin == "orchestration":
            ms = (fact("orchestration_min_ms").value + fact("orchestration_max_ms").value) / 2
        else:
            ms = fact(origin).value
        target = limit = None
        if sid in SEGMENT_TARGETS:
            target, limit = (fact(f).value for f in SEGMENT_TARGETS[sid])
        segments.append(Segment(sid, label, ms, basis, source, as_of, target, limit, key in given))
    return LatencyBudget(transport, stt, llm, tts, tuple(segments), published_targets(),
                         _budget_notes(rows, transport))


def _segment_default(sid: str, origin: str, rows: dict[str, Provider], transport: str) -> tuple[str, str, str]:
    """(basis, source, as_of) of a segment's default value."""
    if origin in rows:
        p = rows[origin]
        return f"{p.label}: {p.latency_metric or 'no figure'}", p.latency_source, p.latency_as_of
    if origin == "orchestration":
        f = fact("orchestration_min_ms")
        basis = "midpoint of Twilio's 30-70 ms range"
        if transport == "media_streams":
            basis += "; with Media Streams this is your own server, assumed to perform alike (not measured)"
        return basis, f.source_url, f.as_of
    f = fact(origin)
    basis = f.meaning + ("; return leg assumed equal to the inbound leg" if sid == "network_out" else "")
    return basis, f.source_url, f.as_of


def _budget_notes(rows: dict[str, Provider], transport: str) -> tuple[str, ...]:
    notes = [("Provider latencies come from different benchmarks (see each segment's basis); compare within one "
              "benchmark where you can. None was measured on 8 kHz mu-law telephony audio.")]
    if transport == "media_streams":
        for kind in ("stt", "tts"):
            if rows[kind].telephony == "transcode":
                notes.append(f"{rows[kind].label} does not handle mu-law 8 kHz natively: your server must transcode "
                             f"(time not included).")
    return tuple(notes)


# ---------------------------------------------------------------- cost model

@dataclass(frozen=True)
class CostLine:
    id: str
    label: str
    usd_per_minute: float
    formula: str
    source: str
    as_of: str


@dataclass(frozen=True)
class Assumption:
    name: str
    value: float
    unit: str
    meaning: str
    source: str
    as_of: str

    @property
    def yours(self) -> bool:
        return self.source == "your value"


@dataclass(frozen=True)
class CostBreakdown:
    """USD per call minute, line by line, with the assumptions behind each line."""

    route: str
    stt: str
    tts: str
    llm: str | None
    lines: tuple[CostLine, ...]
    assumptions: tuple[Assumption, ...]
    notes: tuple[str, ...] = ()

    @property
    def total(self) -> float:
        return sum(line.usd_per_minute for line in self.lines)

    def line(self, line_id: str) -> CostLine:
        return next(line for line in self.lines if line.id == line_id)

    def to_dict(self) -> dict[str, Any]:
        return {"route": self.route, "stt": self.stt, "tts": self.tts, "llm": self.llm, "total": self.total,
                "lines": [vars(line) for line in self.lines],
                "assumptions": [vars(a) for a in self.assumptions], "notes": list(self.notes)}

    def __repr__(self) -> str:
        lines = [f"CostBreakdown via {self.route} (USD per call minute):"]
        lines += [f"  {line.label:<40} {line.usd_per_minute:>9.5f}  {line.formula}" for line in self.lines]
        lines.append(f"  {'Total':<40} {self.total:>9.5f}")
        lines += [f"  note: {n}" for n in self.notes]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = [(line.label, f"{line.usd_per_minute:.5f}", line.formula, f"{line.source} ({line.as_of})")
                for line in self.lines]
        table = _table(f"Cost per call minute via {self.route}", ("Line", "USD / min", "Formula", "Source"), rows,
                       ("Total", f"{self.total:.5f}", "", ""))
        arows = [(a.name, f"{a.value:g}", a.unit, a.meaning, f"{a.source} ({a.as_of})") for a in self.assumptions]
        notes = "".join(f"<li>{html.escape(n)}</li>" for n in self.notes)
        return (table + _table("Assumptions", ("Parameter", "Value", "Unit", "Meaning", "Source"), arows)
                + (f"<ul class='twarch-notes'>{notes}</ul>" if notes else ""))


#: Keyword -> voice-fact id, for the assumptions that have a sourced default.
_ASSUMPTION_FACTS = {
    "voice_per_minute": "voice_inbound_price",
    "relay_per_minute": "conversation_relay_price",
    "chars_per_minute": "tts_chars_per_minute",
    "agent_talk_share": "agent_talk_share",
    "stt_billed_share": "stt_billed_share",
}
_UNIT_TEXT = {"usd_per_audio_minute": "USD/audio min", "usd_per_audio_hour": "USD/audio hour",
              "usd_per_session_hour": "USD/session hour", "usd_per_million_chars": "USD/1M chars"}
_MINUTES_PER_UNIT = {"usd_per_audio_minute": 1, "usd_per_audio_hour": 60, "usd_per_session_hour": 60}


def _assumption(name: str, value: Any, unit: str, *, share: bool = False) -> Assumption:
    f = fact(_ASSUMPTION_FACTS[name])
    v = f.value if value is None else _number(name, value, share=share)
    if value is None or v == f.value:
        return Assumption(name, v, unit, f.meaning, f.source_url, f.as_of)
    return Assumption(name, v, unit, f.meaning, "your value", "-")


def cost_per_minute(route: str = "conversation_relay", *, stt: str, tts: str, llm: str | None = None,
                    chars_per_minute: float | None = None, agent_talk_share: float | None = None,
                    stt_billed_share: float | None = None, voice_per_minute: float | None = None,
                    relay_per_minute: float | None = None, stream_price_per_minute: float | None = None,
                    relay_includes_speech: bool = False, llm_input_tokens_per_minute: float | None = None,
                    llm_output_tokens_per_minute: float | None = None, stt_price: float | None = None,
                    tts_price: float | None = None, llm_input_price: float | None = None,
                    llm_output_price: float | None = None, other_per_minute: float = 0.0) -> CostBreakdown:
    """USD per call minute for one route and provider choice.

    Defaults (``None``) come from ``voice_facts.csv``: 900 chars per minute of speech, agent talk share
    0.5, STT billed for the whole call (1.0), Programmable Voice inbound $0.013/min, ConversationRelay
    $0.07/min. Prices default to the provider rows; pass ``stt_price`` etc. (in the row's unit) to override.

    * ``route="media_streams"`` needs ``stream_price_per_minute``: no sourced Media Streams price was
      found in the research, so there is no default.
    * ``relay_includes_speech``: whether ConversationRelay's fee already covers the STT/TTS vendors was not
      found in the research; the default (False) adds their list prices, an upper bound.
    * ``llm`` needs ``llm_input_tokens_per_minute`` and ``llm_output_tokens_per_minute`` (no sourced figure;
      context grows with call length). Without ``llm`` the LLM is left out of the total.
    * Free tiers and volume tiers are not modelled.
    """
    route = _choice("route", route, ROUTES)
    s, t = get_provider(stt, "stt"), get_provider(tts, "tts")
    if route == "conversation_relay":
        _relay_check(s, "stt")
        _relay_check(t, "tts")
    if not isinstance(relay_includes_speech, bool):
        raise AnswerError("relay_includes_speech", f"{relay_includes_speech!r} is not allowed", "True, False")
    voice = _assumption("voice_per_minute", voice_per_minute, "usd_per_minute")
    chars = _assumption("chars_per_minute", chars_per_minute, "chars_per_minute")
    talk = _assumption("agent_talk_share", agent_talk_share, "share", share=True)
    billed = _assumption("stt_billed_share", stt_billed_share, "share", share=True)
    assumptions = [voice]
    lines = [CostLine("voice", "Programmable Voice (inbound)", voice.value, f"{voice.value:g} USD/min",
                      voice.source, voice.as_of)]
    notes: list[str] = []

    if route == "conversation_relay":
        relay = _assumption("relay_per_minute", relay_per_minute, "usd_per_minute")
        assumptions.append(relay)
        lines.append(CostLine("transport", "ConversationRelay", relay.value, f"{relay.value:g} USD/min",
                              relay.source, relay.as_of))
        speech = not relay_includes_speech
        notes.append("Speech vendors " + ("added at list price: whether ConversationRelay's fee covers them was "
                                          "not found in the research (upper bound)." if speech else
                                          "treated as included in ConversationRelay's fee (your setting)."))
    else:
        if relay_per_minute is not None:
            raise AnswerError("relay_per_minute", "only applies to route 'conversation_relay'", "omit it")
        if stream_price_per_minute is None:
            raise AnswerError("stream_price_per_minute", "required for route 'media_streams': no sourced Media "
                              "Streams price was found in the research", "USD per call minute, a number >= 0")
        price = _number("stream_price_per_minute", stream_price_per_minute)
        assumptions.append(Assumption("stream_price_per_minute", price, "usd_per_minute",
                                      "Media Streams fee per call minute", "your value", "-"))
        lines.append(CostLine("transport", "Media Streams", price, f"{price:g} USD/min", "your value", "-"))
        speech = True
        for p in (s, t):
            if p.telephony == "transcode":
                notes.append(f"{p.label} needs mu-law 8 kHz transcoding on your server (compute not costed).")

    if speech:
        sp = s.unit_price if stt_price is None else _number("stt_price", stt_price)
        per_min = sp / _MINUTES_PER_UNIT[s.price_unit]
        assumptions.append(billed)
        lines.append(CostLine("stt", f"STT: {s.label}", per_min * billed.value,
                              f"{sp:g} {_UNIT_TEXT[s.price_unit]} / {_MINUTES_PER_UNIT[s.price_unit]} x "
                              f"{billed.value:g} billed share",
                              s.source_url if stt_price is None else "your value", s.as_of if stt_price is None else "-"))
        tp = t.unit_price if tts_price is None else _number("tts_price", tts_price)
        assumptions += [chars, talk]
        lines.append(CostLine("tts", f"TTS: {t.label}", tp / 1e6 * chars.value * talk.value,
                              f"{tp:g} USD/1M chars x {chars.value:g} chars/min x {talk.value:g} talk share",
                              t.source_url if tts_price is None else "your value", t.as_of if tts_price is None else "-"))

    if llm is not None:
        m = get_provider(llm, "llm")
        for name, value in (("llm_input_tokens_per_minute", llm_input_tokens_per_minute),
                            ("llm_output_tokens_per_minute", llm_output_tokens_per_minute)):
            if value is None:
                raise AnswerError(name, "required when llm is given: the research has no sourced tokens-per-minute "
                                        "figure", "a number >= 0")
        tin = _number("llm_input_tokens_per_minute", llm_input_tokens_per_minute)
        tout = _number("llm_output_tokens_per_minute", llm_output_tokens_per_minute)
        pin = m.unit_price if llm_input_price is None else _number("llm_input_price", llm_input_price)
        pout = m.output_price if llm_output_price is None else _number("llm_output_price", llm_output_price)
        assumptions += [Assumption("llm_input_tokens_per_minute", tin, "tokens_per_minute",
                                   "LLM input tokens per call minute", "your value", "-"),
                        Assumption("llm_output_tokens_per_minute", tout, "tokens_per_minute",
                                   "LLM output tokens per call minute", "your value", "-")]
        mine = llm_input_price is not None or llm_output_price is not None
        lines.append(CostLine("llm", f"LLM: {m.label}", pin / 1e6 * tin + pout / 1e6 * tout,
                              f"{pin:g} USD/1M in x {tin:g} + {pout:g} USD/1M out x {tout:g} tokens/min",
                              "your value" if mine else m.source_url, "-" if mine else m.as_of))
    else:
        notes.append("No LLM given: its cost is not in the total.")

    other = _number("other_per_minute", other_per_minute)
    if other:
        lines.append(CostLine("other", "Other (hosting etc.)", other, f"{other:g} USD/min", "your value", "-"))
    notes.append("Free tiers and volume discounts are not modelled.")
    return CostBreakdown(route, stt, tts, llm, tuple(lines), tuple(assumptions), tuple(notes))


@dataclass(frozen=True)
class MonthlyCost:
    """Cost per call minute times monthly minutes."""

    minutes_per_month: float
    per_minute: CostBreakdown

    @property
    def total(self) -> float:
        return self.per_minute.total * self.minutes_per_month

    def by_line(self) -> dict[str, float]:
        return {line.id: line.usd_per_minute * self.minutes_per_month for line in self.per_minute.lines}

    def to_dict(self) -> dict[str, Any]:
        return {"minutes_per_month": self.minutes_per_month, "total": self.total, "by_line": self.by_line(),
                "per_minute": self.per_minute.to_dict()}

    def __repr__(self) -> str:
        return (f"MonthlyCost {self.minutes_per_month:,.0f} min x {self.per_minute.total:.5f} USD/min = "
                f"{self.total:,.2f} USD via {self.per_minute.route}")

    def _repr_html_(self) -> str:
        rows = [(line.label, f"{line.usd_per_minute * self.minutes_per_month:,.2f}") for line in self.per_minute.lines]
        return _table(f"Monthly cost for {self.minutes_per_month:,.0f} call minutes via {self.per_minute.route}",
                      ("Line", "USD / month"), rows, ("Total", f"{self.total:,.2f}")) + self.per_minute._repr_html_()


def monthly_cost(minutes_per_month: float, route: str = "conversation_relay", **kwargs: Any) -> MonthlyCost:
    """:func:`cost_per_minute` (same keywords) times ``minutes_per_month``."""
    minutes = _number("minutes_per_month", minutes_per_month)
    return MonthlyCost(minutes, cost_per_minute(route, **kwargs))
