"""Buy versus build: a design's month priced at the list rates of all-in voice-agent platforms, beside the same
month built on Twilio.

:func:`compare_platforms` takes the design's monthly bill (:func:`twarch.estimates.bill.bill`) and prices its call
minutes (calls x minutes per call) on every platform of ``knowledge/platforms.csv``: minutes beyond the free ones x the
per-minute rate (both ends of a published range) + any monthly fee. The Twilio side is the bill's **voice-agent
lines** (voice minutes, ConversationRelay or Media Streams, speech-to-text, text-to-speech, the LLM or the realtime
model), the part a platform's rate stands against; the rest of the bill (messaging, Flex, Memory...) is the same
whichever agent answers and is shown apart. Every platform row says what its rate includes and excludes, with its
source, dates and status: these are **list-price comparisons**, not quotes, and a platform whose rate excludes
telephony or the LLM is cheaper on paper than on the invoice. Standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..errors import AnswerError
from ..knowledge.platforms import Platform, dollars, load_platforms
from .bill import Bill, bill, cents
from .volumes import Volumes
from .volumes import figure as _g

#: The bill lines that make the AI voice agent itself: what a platform's per-minute rate stands against.
AGENT_LINES = ("voice_inbound_local", "voice_inbound_toll_free", "voice_outbound", "conversation_relay",
               "media_streams", "stt", "tts", "llm_input", "llm_output", "s2s_audio_in", "s2s_audio_cached",
               "s2s_text_in", "s2s_text_cached", "s2s_audio_out", "s2s_text_out")
LABEL = ("List-price comparison: each platform's published per-minute rate x the design's call minutes, before "
         "volume discounts; read what each rate includes and excludes before comparing.")


@dataclass(frozen=True)
class PlatformMonth:
    """One platform's price for the design's month: ``low`` and ``high`` (equal unless the rate is a range)."""

    platform: Platform
    minutes: float

    def _at(self, rate: float) -> Decimal:
        billed = max(0.0, self.minutes - self.platform.free_minutes)
        return cents(billed * rate + self.platform.monthly_fee)

    @property
    def low(self) -> Decimal:
        return self._at(self.platform.rate_low)

    @property
    def high(self) -> Decimal:
        return self._at(self.platform.rate_high if self.platform.rate_high is not None else self.platform.rate_low)

    @property
    def formula(self) -> str:
        p = self.platform
        free = f"({_g(round(self.minutes, 2))} min - {_g(p.free_minutes)} free)" if p.free_minutes else \
            f"{_g(round(self.minutes, 2))} min"
        rate = f"${dollars(p.rate_low)}" + (f" to ${dollars(p.rate_high)}" if p.rate_high is not None else "")
        return f"{free} x {rate} a minute" + (f" + ${p.monthly_fee:,.2f} a month" if p.monthly_fee else "")

    def to_dict(self) -> dict[str, Any]:
        p = self.platform
        return {"id": p.id, "platform": p.platform, "rate": p.rate, "monthly_low": float(self.low),
                "monthly_high": float(self.high), "formula": self.formula, "includes": p.includes,
                "excludes": p.excludes, "status": p.status, "source": p.source_url, "as_of": p.as_of,
                "checked": p.checked}


@dataclass(frozen=True)
class Comparison:
    """A design's month on Twilio (its voice-agent lines) and on each platform, at list prices."""

    stack: str
    calls: float
    minutes: float
    build: Decimal  #: the bill's voice-agent lines with a sourced price
    build_lines: tuple[str, ...]
    build_unpriced: tuple[str, ...]  #: voice-agent lines the bill lists without a price (so ``build`` is a floor)
    rest: Decimal  #: the rest of the bill's monthly total (messaging, Flex, Memory...), the same either way
    platforms: tuple[PlatformMonth, ...]

    @property
    def build_per_minute(self) -> float | None:
        return round(float(self.build) / self.minutes, 4) if self.minutes else None

    def to_dict(self) -> dict[str, Any]:
        return {"label": LABEL, "stack": self.stack, "calls": self.calls, "minutes": self.minutes,
                "twilio_build": {"monthly": float(self.build), "per_minute": self.build_per_minute,
                                 "lines": list(self.build_lines), "unpriced": list(self.build_unpriced)},
                "rest_of_the_bill": float(self.rest), "platforms": [p.to_dict() for p in self.platforms]}


def comparison_of(b: Bill) -> Comparison:
    """The buy-versus-build comparison of a priced bill (a voice design with an AI agent on its calls)."""
    if not b.stack.voice or b.stack.assist:
        raise AnswerError("channels", "no AI voice agent on the calls, so nothing to buy instead" if b.stack.voice
                          else "no voice channel, so no call minutes to price on a voice-agent platform",
                          "a voice design whose AI answers the calls")
    lines = [line for line in b.lines if line.id in AGENT_LINES]
    build = sum((line.cost for line in lines), Decimal("0.00"))
    unpriced = tuple(line.id for line in b.unpriced if line.id in AGENT_LINES)
    rows = tuple(PlatformMonth(p, b.minutes) for p in load_platforms().values())
    return Comparison(b.stack.label(), b.inputs.calls_per_month or 0.0, b.minutes, build,
                      tuple(line.id for line in lines), unpriced, b.total_decimal - build,
                      tuple(sorted(rows, key=lambda r: (r.low, r.platform.id))))


def compare_platforms(design: Any, volumes: Volumes | Mapping[str, Any] | None = None,
                      **overrides: Any) -> Comparison:
    """Price a design's month (a Recommendation, Answers or answers mapping, at its volumes) on each all-in
    voice-agent platform, beside its voice-agent lines on Twilio."""
    return comparison_of(bill(design, volumes, **overrides))


__all__ = ["AGENT_LINES", "LABEL", "Comparison", "PlatformMonth", "compare_platforms", "comparison_of"]
