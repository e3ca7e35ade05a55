"""What drives a bill: :func:`sensitivity` varies each input and price by +/-50% (the tornado) and :func:`break_even`
finds where two stacks cost the same. Pure functions over :func:`twarch.estimates.bill.bill`; standard library only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import AnswerError
from .bill import USED, _bill, _design
from .inputs import resolve
from .volumes import S2S_MODELS, SPECS, Volumes, in_range

#: Inputs the tornado varies (numeric, set or defaulted); prices of the priced lines are varied too.
SWEPT = ("calls_per_month", "minutes_per_call", "outbound_share", "toll_free_share", "recorded_share",
         "sms_per_month", "whatsapp_per_month", "chat_users_per_month", "messaging_conversations_per_month",
         "escalation_share", "seats",
         "chars_per_minute", "agent_talk_share", "caller_talk_share", "stt_billed_share", "turns_per_minute",
         "system_prompt_tokens", "chars_per_token", "realtime_user_tokens_per_minute",
         "realtime_assistant_tokens_per_minute", "recording_retention_months", "text_turns_per_conversation",
         "chars_per_text_message")


@dataclass(frozen=True)
class Swing:
    """The total with one input at -x% and +x% (kept in the input's range: a share stops at 1)."""

    input: str
    kind: str  #: ``volume`` (an input) or ``price`` (a line's unit price)
    value: float
    low_value: float
    high_value: float
    low_total: float
    high_total: float

    @property
    def spread(self) -> float:
        return abs(self.high_total - self.low_total)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self) | {"spread": round(self.spread, 2)}


@dataclass(frozen=True)
class Sensitivity:
    """What drives the bill: each input's swing, largest first, around the base total."""

    base_total: float
    spread: float
    swings: tuple[Swing, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"base_total": self.base_total, "spread": self.spread, "swings": [s.to_dict() for s in self.swings]}


def sensitivity(design: Any, volumes: Volumes | Mapping[str, Any] | None = None, spread: float = 0.5) -> Sensitivity:
    """The monthly total with each input (and each priced line's unit price) at -/+ ``spread``, largest swing first."""
    if not 0 < spread < 1:
        raise AnswerError("spread", f"{spread!r} is not allowed", "a fraction between 0 and 1, e.g. 0.5")
    rec = _design(design)
    v = Volumes.from_mapping(volumes)
    base = _bill(rec, v, readings=False)
    swings = []
    for name in SWEPT:
        value = getattr(base.inputs, name)
        if not value or name not in USED:
            continue
        spec = SPECS[name]
        low, high = spec.nearest(value * (1 - spread)), spec.nearest(value * (1 + spread))
        totals = [_bill(rec, v.replace(**{name: x}), readings=False).total for x in (low, high)]
        swings.append(Swing(name, "volume", value, low, high, *totals))
    mine = dict(v.prices)
    prices = SPECS["prices"]
    for line in base.lines:
        if not line.unit_price:
            continue
        low, high = (prices.nearest(line.unit_price * f) for f in (1 - spread, 1 + spread))
        totals = [_bill(rec, v.replace(prices={**mine, line.id: x}), readings=False).total for x in (low, high)]
        swings.append(Swing(f"price: {line.id}", "price", line.unit_price, low, high, *totals))
    swings.sort(key=lambda s: (-s.spread, s.input))
    return Sensitivity(base.total, spread, tuple(swings))


# ------------------------------------------------------------------------------------------------ break-even

@dataclass(frozen=True)
class Candidate:
    """One stack to compare: a name and the volumes that select it."""

    name: str
    changes: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class BreakEven:
    """Where the two cheapest stacks cost the same, along one input (``None``: they do not cross in the range)."""

    variable: str
    cheapest: str
    runner_up: str
    cheapest_total: float
    runner_up_total: float
    at: float | None
    low: float
    high: float
    note: str
    totals: tuple[tuple[str, float], ...]

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self) | {"totals": dict(self.totals)}


def candidates(design: Any, volumes: Volumes | Mapping[str, Any] | None = None) -> tuple[Candidate, ...]:
    """The stacks a voice design could run on at its transport: each STT x TTS row pair with a sourced price that the
    transport can use (keeping the design's LLM), and the two speech-to-speech models."""
    from ..knowledge.providers import load_providers

    rec = _design(design)
    stack, _ = resolve(rec, Volumes.from_mapping(volumes))
    if not stack.voice:
        return ()
    relay = stack.transport == "conversation_relay" or stack.speech_to_speech
    rows = [p for p in load_providers()
            if p.live and p.unit_price is not None and (p.in_conversation_relay or not relay)]
    out = [Candidate(f"{s.id} + {t.id}", (("stt_product", s.id), ("tts_product", t.id)))
           for s in rows if s.kind == "stt" for t in rows if t.kind == "tts"]
    return tuple(out) + tuple(Candidate(f"speech-to-speech: {m}", (("s2s_model", m),)) for m in S2S_MODELS)


def _candidate_total(rec: Any, v: Volumes, c: Candidate) -> float:
    changes = dict(c.changes)
    if "s2s_model" in changes:
        from ..answers import Answers

        answers = Answers.from_dict({**rec.answers.to_dict(), "voice_pipeline": "speech_to_speech"})
        return _bill(_design(answers), v.replace(**changes), readings=False).total
    if rec.facts.speech_to_speech:
        from ..answers import Answers

        answers = Answers.from_dict({**rec.answers.to_dict(), "voice_pipeline": "cascaded"})
        return _bill(_design(answers), v.replace(**changes), readings=False).total
    return _bill(rec, v.replace(**changes), readings=False).total


def break_even(design: Any, volumes: Volumes | Mapping[str, Any] | None = None, variable: str = "minutes_per_call",
               low: float = 0.5, high: float = 60.0, stacks: tuple[str, str] | None = None) -> BreakEven:
    """The value of ``variable`` at which two candidate stacks cost the same (bisection on the difference of their
    totals over ``low``..``high``): by default the two cheapest stacks whose costs differ in shape (stacks that cost
    the same at every volume count as one). ``stacks`` names two :func:`candidates` to compare instead.
    Speech-to-speech totals carry no Media Streams fee (no sourced rate), so the comparison favours them by that fee."""
    if variable not in SWEPT:
        raise AnswerError("variable", f"{variable!r} is not allowed", ", ".join(SWEPT))
    spec = SPECS[variable]
    low, high = in_range("low", low, spec), in_range("high", high, spec)
    if not low < high:
        raise AnswerError("low", f"{low!r}..{high!r} is not a range", f"low < high, each {spec.allowed}")
    rec = _design(design)
    v = Volumes.from_mapping(volumes)
    pool = {c.name: c for c in candidates(rec, v)}
    if len(pool) < 2:
        raise AnswerError("design", "a break-even needs a voice design with at least two stacks to compare")

    def total(c: Candidate, x: float | None = None) -> float:
        return round(_candidate_total(rec, v if x is None else v.replace(**{variable: spec.nearest(x)}), c), 2)

    if stacks is not None:
        for name in stacks:
            if name not in pool:
                raise AnswerError("stacks", f"{name!r} is not a candidate", ", ".join(pool))
        chosen = [pool[n] for n in stacks]
        totals = tuple((c.name, total(c)) for c in chosen)
    else:
        shapes: dict[tuple[float, float, float], list[str]] = {}
        for c in pool.values():
            shapes.setdefault((total(c), total(c, low), total(c, high)), []).append(c.name)
        ranked = sorted(shapes.items(), key=lambda kv: (kv[0][0], kv[1][0]))
        chosen = [pool[names[0]] for _, names in ranked[:2]]
        totals = tuple((names[0] + (f" (same cost: {', '.join(names[1:])})" if names[1:] else ""), key[0])
                       for key, names in ranked)
    c1, c2 = chosen

    def gap(x: float) -> float:
        return total(c1, x) - total(c2, x)

    g_low, g_high = gap(low), gap(high)
    at = None
    if (g_low < 0) != (g_high < 0) and g_low != 0 and g_high != 0:
        lo, hi = low, high
        for _ in range(50):
            mid = (lo + hi) / 2
            if (gap(mid) < 0) == (g_low < 0):
                lo = mid
            else:
                hi = mid
        at = round((lo + hi) / 2, 3)
    n1, n2 = c1.name, c2.name
    if at is not None:
        note = f"{n1} and {n2} cost the same at {variable} = {at:g}"
    else:
        cheaper = n1 if g_low <= 0 and g_high <= 0 else (n2 if g_low >= 0 and g_high >= 0 else n1)
        note = f"no crossing for {variable} from {low:g} to {high:g}: {cheaper} stays cheaper"
    if any("speech-to-speech" in n for n in (n1, n2)):
        note += "; speech-to-speech totals exclude the Media Streams fee (no sourced rate)"
    return BreakEven(variable, n1, n2, total(c1), total(c2), at, low, high, note, totals)


__all__ = ["BreakEven", "Candidate", "Sensitivity", "Swing", "break_even", "candidates", "sensitivity"]
