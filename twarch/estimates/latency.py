"""The mouth-to-ear turn gap of a design, segment by segment, against Twilio's own targets.

Twilio's guide to latency in cascaded voice agents (2025-11-17) gives targets for speech-to-text (350 ms), LLM
time to first token (375 ms), TTS time to first byte (100 ms), the turn gap inside the platform (885 ms) and the
mouth-to-ear gap (1,115 ms), and sizes for the device-to-edge network (about 40 ms), orchestration and buffering
(30-70 ms) and decoding (about 25 ms). Two segments make those targets add up, and twarch derives them instead of
guessing them: orchestration = 885 - (350 + 375 + 100 + 25) = 35 ms (inside Twilio's 30-70 ms range), and the
part outside the platform not itemised by the guide (jitter buffer, device playout, carrier legs) = 1,115 - 885 -
2 x 40 = 150 ms. :func:`twilio_reference` is that budget; its segments sum to Twilio's 1,115 ms exactly.

A design's budget (:func:`latency`) splits Twilio's speech-to-text segment in two, so end-of-turn detection is
never confused with transcription: **endpointing** (the silence or model that decides the caller has finished) and
**STT time to final** still outstanding once the turn has ended (the transcript streams while the caller speaks,
so only ``max(0, time to final - endpointing)`` adds). It gives speech-to-speech its own route and says which part to
attack first.

**Two readings, one verdict.** The *component sum* adds every segment's median (``components``): on
ConversationRelay it counts a fixed 500 ms end-of-turn silence Twilio's guide calls the common default to improve
on, so it is the pessimistic reading. On ConversationRelay the verdict uses Twilio's *measured* figure for its own
side instead (``measured``: 491 ms median, 713 ms p95, an internal benchmark as reported by third parties; what it
covers is unverified, read as the end of the caller's speech to the reply's first audio without your LLM), plus the
caller's network legs, your LLM and the playout; never less than the chosen voice's own time to first byte plus
orchestration and decoding (a measurement cannot include a slower voice than it ran). Your own measurement of a
segment ConversationRelay runs (``endpointing_ms``, ``tts_ms``...) makes the component sum the better-supported
reading. :attr:`LatencyBudget.reading` names the reading the verdict used; :meth:`LatencyBudget.readings` gives both.

**The p95 column.** Each reading also sums the segments' p95 where a benchmark publishes one (else their median). That
sum is **not** the p95 of the total, and not a guaranteed bound either (percentiles do not add: with n segments, only
the sum of each segment's (100 - 5/n)th percentile bounds the total's p95); it is shown as the *sum of per-segment
p95s*, a pessimistic figure for comparison. Standard library only.

>>> ref = twilio_reference()
>>> ref.total_ms, ref.platform_ms
(1115.0, 885.0)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..errors import AnswerError
from ..knowledge.providers import Provider, VoiceFact, fact, get_provider
from ..text import preview
from .stack import Stack, default_row, stack_of
from .volumes import Volumes

#: Twilio's segments of the cascaded turn gap, in the order audio flows: (id, label, inside the platform).
TWILIO_SEGMENTS: tuple[tuple[str, str, bool], ...] = (
    ("network_in", "Caller to Twilio edge (network)", False),
    ("speech_to_text", "Speech-to-text, end of turn included", True),
    ("llm", "LLM time to first token", True),
    ("tts", "TTS time to first byte", True),
    ("orchestration", "Orchestration and buffering", True),
    ("decoding", "Audio decoding", True),
    ("network_out", "Twilio edge to caller (network)", False),
    ("playout", "Jitter buffer, playout and carrier legs", False),
)
#: Twilio segment -> (target fact, upper-limit fact) where Twilio publishes them.
TARGETS = {"speech_to_text": ("stt_target_ms", "stt_limit_ms"), "llm": ("llm_target_ms", "llm_limit_ms"),
           "tts": ("tts_target_ms", "tts_limit_ms")}
#: A design's segments: (id, label, the Twilio segment it counts toward).
DESIGN_SEGMENTS: tuple[tuple[str, str, str], ...] = (
    ("network_in", "Caller to Twilio edge (network)", "network_in"),
    ("endpointing", "End-of-turn detection (endpointing)", "speech_to_text"),
    ("stt", "STT time to final, beyond the end of turn", "speech_to_text"),
    ("llm", "LLM time to first token", "llm"),
    ("tts", "TTS time to first byte", "tts"),
    ("s2s", "Speech-to-speech model, time to first audio", "llm"),
    ("orchestration", "Orchestration and buffering", "orchestration"),
    ("decoding", "Audio decoding", "decoding"),
    ("network_out", "Twilio edge to caller (network)", "network_out"),
    ("playout", "Jitter buffer, playout and carrier legs", "playout"),
)
OVERRIDES = tuple(f"{sid}_ms" for sid, _, _ in DESIGN_SEGMENTS)
#: The longest a measured segment may be: a minute, far beyond any live turn (a budget in seconds is a typo).
MAX_SEGMENT_MS = 60_000
#: ConversationRelay's share of the gap: what runs on Twilio's side (everything inside the platform but the LLM).
RELAY_SIDE = ("endpointing", "stt", "tts", "orchestration", "decoding")


@dataclass(frozen=True)
class Segment:
    """One piece of the turn gap. ``ms`` is ``None`` when no figure is sourced (pass ``<id>_ms``)."""

    id: str
    label: str
    twilio: str
    ms: float | None
    p95: float | None
    basis: str
    source: str
    as_of: str
    checked: str
    overridden: bool = False
    own: bool = False  #: the customer's own engine (or an LLM answered as other): its figure is theirs, not sourced
    vendor: str = ""  #: the provider row's label, where a vendor's figure (or its absence) is the segment

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "twilio_segment": self.twilio, "ms": self.ms, "p95_ms": self.p95,
                "basis": self.basis, "source": self.source, "as_of": self.as_of, "checked": self.checked,
                "overridden": self.overridden, "own": self.own}


def _verdict(ms: float | None, target: float | None, limit: float | None) -> str:
    if ms is None:
        return "unknown"
    if target is None and limit is None:
        return "no_target"
    if target is not None and ms <= target:
        return "within_target"
    if limit is not None and ms <= limit:
        return "within_limit"
    return "over_limit" if limit is not None else "over_target"


VERDICT_TEXT = {"within_target": "within Twilio's target", "within_limit": "over Twilio's target, within its limit",
                "over_limit": "over Twilio's upper limit", "over_target": "over Twilio's target",
                "no_target": "no published target", "unknown": "no sourced figure"}


def _fact(fact_id: str) -> VoiceFact:
    return fact(fact_id)


@dataclass(frozen=True)
class Compared:
    """A Twilio segment: the design's time in it against Twilio's target and limit."""

    id: str
    label: str
    ms: float | None
    target: float
    limit: float | None
    parts: tuple[str, ...]

    @property
    def verdict(self) -> str:
        return _verdict(self.ms, self.target, self.limit)

    @property
    def over(self) -> float:
        return 0.0 if self.ms is None else self.ms - self.target

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "ms": self.ms, "target_ms": self.target, "limit_ms": self.limit,
                "verdict": self.verdict, "over_target_ms": self.over, "segments": list(self.parts)}


#: What the sum of per-segment p95s is, in words (it is not the p95 of the total).
SUM_P95_TEXT = "sum of per-segment p95s (pessimistic; not the p95 of the total)"
#: The segments outside ConversationRelay's own side that the measured reading adds to Twilio's figure.
MEASURED_PARTS = ("network_in", "llm", "network_out", "playout")
#: The parts of ConversationRelay's side a voice cannot go below: its time to first byte, orchestration, decoding.
VOICE_FLOOR = ("tts", "orchestration", "decoding")


@dataclass(frozen=True)
class Reading:
    """One way to total the turn gap: ``components`` (every segment's median, summed) or ``measured`` (Twilio's
    measured figure for its side of ConversationRelay, plus the parts outside it). ``ms`` is ``None`` while a part
    has no figure; ``parts`` lists (label, ms, p95) in the order audio flows."""

    id: str
    label: str
    parts: tuple[tuple[str, float | None, float | None], ...]
    basis: str

    @property
    def ms(self) -> float | None:
        known = [ms for _, ms, _ in self.parts if ms is not None]
        return float(sum(known)) if len(known) == len(self.parts) else None

    @property
    def known_ms(self) -> float:
        """The sum of the parts with a figure (a floor while :attr:`ms` is ``None``)."""
        return float(sum(ms for _, ms, _ in self.parts if ms is not None))

    @property
    def sum_p95_ms(self) -> float:
        """Each part's p95 where published, else its median, summed: NOT the p95 of the total (see the module)."""
        return float(sum(p95 if p95 is not None else ms for _, ms, p95 in self.parts if ms is not None))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "ms": self.ms, "known_ms": self.known_ms,
                "sum_p95_ms": self.sum_p95_ms, "sum_p95_is": SUM_P95_TEXT, "basis": self.basis,
                "parts": [{"label": label, "ms": ms, "p95_ms": p95} for label, ms, p95 in self.parts]}


@dataclass(frozen=True)
class LatencyBudget:
    """A turn gap: its segments, the readings that total them and how the one used compares with Twilio's budget."""

    route: str | None  #: the voice transport or speech_to_speech; None for agent assist (no AI voice transport)
    stack: str
    segments: tuple[Segment, ...]
    notes: tuple[str, ...] = ()

    def segment(self, segment_id: str) -> Segment:
        return next(s for s in self.segments if s.id == segment_id)

    @property
    def complete(self) -> bool:
        return all(s.ms is not None for s in self.segments)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.segments if s.ms is None)

    @property
    def total_ms(self) -> float:
        """The component sum: every segment with a figure, summed (see :attr:`complete`)."""
        return float(sum(s.ms for s in self.segments if s.ms is not None))

    @property
    def platform_ms(self) -> float:
        inside = {sid for sid, _, inside in TWILIO_SEGMENTS if inside}
        return float(sum(s.ms for s in self.segments if s.twilio in inside and s.ms is not None))

    @property
    def relay_side_ms(self) -> float:
        return float(sum(s.ms for s in self.segments if s.id in RELAY_SIDE and s.ms is not None))

    # ------------------------------------------------------------------------------------------- the readings

    def components(self) -> Reading:
        """Every segment's median, summed: the pessimistic reading on ConversationRelay (a fixed 500 ms silence)."""
        fixed = self._fixed_silence()
        basis = ("every segment's figure, summed" + (
            f": pessimistic, since it counts the fixed {fixed:.0f} ms end-of-turn silence Twilio's guide calls the "
            "common default to improve on" if fixed is not None else ""))
        return Reading("components", "the component sum", tuple((s.label, s.ms, s.p95) for s in self.segments),
                       basis)

    def measured(self) -> Reading | None:
        """On ConversationRelay: Twilio's measured median (and p95) for its own side, never below the chosen voice's
        time to first byte plus orchestration and decoding, with the caller's network legs, your LLM and the playout
        added; ``None`` on other routes."""
        if self.route != "conversation_relay":
            return None
        p50, p95 = _fact("relay_p50_ms").value, _fact("relay_p95_ms").value
        floor = [self.segment(sid) for sid in VOICE_FLOOR if self.segment(sid).ms is not None]
        low = float(sum(s.ms or 0.0 for s in floor))
        low95 = float(sum(s.p95 if s.p95 is not None else s.ms or 0.0 for s in floor))
        voice = self.segment("tts")
        side, side95 = max(p50, low), max(p95, low95)
        slower = low > p50
        label = "Twilio's side of ConversationRelay" + (" (your voice's floor)" if slower else " (measured median)")
        parts = [(self.segment(sid).label, self.segment(sid).ms, self.segment(sid).p95) for sid in MEASURED_PARTS]
        parts.insert(1, (label, side, side95))
        basis = (f"Twilio's internal benchmark of its own side of ConversationRelay, {p50:.0f} ms median and {p95:.0f} "
                 "ms p95 as reported by third parties (what it covers is unverified: read as the end of the caller's "
                 "speech to the reply's first audio, without your LLM)"
                 + (f"; your voice alone takes {voice.ms:.0f} ms to its first byte, so the side is at least "
                    f"{low:.0f} ms with orchestration and decoding" if slower else "")
                 + "; plus the caller's network legs, your LLM and the playout")
        return Reading("measured", "Twilio's measured figure for ConversationRelay", tuple(parts), basis)

    def readings(self) -> tuple[Reading, ...]:
        """The readings of this budget, the one the verdict uses first."""
        other = self.measured()
        both = (self.components(),) if other is None else (other, self.components())
        return tuple(sorted(both, key=lambda r: r.id != self.reading.id))

    @property
    def reading(self) -> Reading:
        """The best-supported reading, the one the verdict uses: Twilio's measured figure on ConversationRelay,
        unless you measured a segment ConversationRelay runs (then the component sum, with your figures)."""
        measured = self.measured()
        mine = any(s.overridden for s in self.segments if s.id in RELAY_SIDE)
        return measured if measured is not None and not mine else self.components()

    @property
    def sum_p95_ms(self) -> float:
        """The used reading's sum of per-segment p95s: a pessimistic comparison figure, NOT the total's p95."""
        return self.reading.sum_p95_ms

    def compared(self) -> tuple[Compared, ...]:
        """Each of Twilio's segments: the design's time in it against Twilio's target (and limit, where published)."""
        reference = {s.id: s for s in twilio_reference().segments}
        out = []
        for sid, label, _ in TWILIO_SEGMENTS:
            parts = [s for s in self.segments if s.twilio == sid]
            if not parts:
                continue
            known = [s.ms for s in parts if s.ms is not None]
            ms = float(sum(known)) if len(known) == len(parts) else None
            limit = _fact(TARGETS[sid][1]).value if sid in TARGETS else None
            target = reference[sid].ms
            assert target is not None, f"Twilio's reference budget gives {sid} a figure"
            out.append(Compared(sid, label, ms, target, limit, tuple(s.id for s in parts)))
        return tuple(out)

    @property
    def verdict(self) -> str:
        return _verdict(self.reading.ms, _fact("mouth_to_ear_target_ms").value, _fact("mouth_to_ear_limit_ms").value)

    @property
    def meets_800(self) -> bool | None:
        """Inside the 800 ms class of targets (Pipecat voice-to-voice, Retell) on the reading used; ``None`` when a
        part has no figure."""
        ms = self.reading.ms
        return None if ms is None else ms <= _fact("pipecat_target_ms").value

    def allowance(self) -> tuple[float, float] | None:
        """What Twilio's target and limit leave for the parts without a figure, on the reading used: (to the target,
        to the limit) in ms; ``None`` when every part has one."""
        reading = self.reading
        if reading.ms is not None:
            return None
        known = reading.known_ms
        return (_fact("mouth_to_ear_target_ms").value - known, _fact("mouth_to_ear_limit_ms").value - known)

    # ------------------------------------------------------------------------------------------- the advice

    def attack_first(self) -> str:
        """What to work on first, on the reading the verdict used: what to measure while a part has no figure;
        the part furthest over its own target when the total is over Twilio's; else the margin, blaming nothing."""
        if self.reading.ms is None:
            return self._measure_first()
        target = _fact("mouth_to_ear_target_ms").value
        ms = float(self.reading.ms)
        if ms <= target:
            return self._margin(ms, target)
        if self.reading.id == "measured":
            return self._attack_measured(ms, target)
        over = sorted((c for c in self.compared() if c.over > 0), key=lambda c: (-c.over, c.id))
        worst = over[0]
        part = max((self.segment(p) for p in worst.parts), key=lambda s: (s.ms, s.id))
        if len(worst.parts) == 1:
            return (f"Attack {part.label} first: {part.ms:.0f} ms against Twilio's {worst.target:.0f} ms target "
                    f"({worst.over:+.0f} ms).")
        return (f"Attack {part.label} first: {part.ms:.0f} of the {worst.ms:.0f} ms spent in Twilio's "
                f"'{worst.label}' segment, whose target is {worst.target:.0f} ms ({worst.over:+.0f} ms).")

    def over_limit(self) -> str:
        """A warning when the reading the verdict uses is over Twilio's upper limit on twarch's own figures (while a
        part has no figure, when the parts with one already are): it names the vendor part that takes longest, so a
        stack twarch drew is never left over the limit unsaid (review round 3, class G); '' otherwise."""
        limit = _fact("mouth_to_ear_limit_ms").value
        r = self.reading
        floor = r.ms if r.ms is not None else r.known_ms
        if floor <= limit:
            return ""
        counted = ("stt", "llm", "tts", "s2s") if r.id == "components" else ("llm", "tts")
        vendors = [s for s in self.segments if s.id in counted and s.ms is not None and s.vendor]
        text = (f"Over Twilio's {limit:,.0f} ms upper limit on twarch's own figures: {r.label} is "
                + (f"{floor:.0f} ms" if r.ms is not None else
                   f"at least {floor:.0f} ms before {', '.join(self.missing)} is counted"))
        if not vendors:
            return text + "."
        worst = max(vendors, key=lambda s: (s.ms, s.id))
        return (text + f". The slowest vendor part is {worst.vendor} ({worst.label}, {worst.ms:.0f} ms): pick a "
                f"faster one or measure yours (pass {worst.id}_ms) before building on this stack.")

    def _measure_first(self) -> str:
        missing = [s for s in self.segments if s.ms is None and (self.reading.id == "components"
                                                                 or s.id not in RELAY_SIDE)]
        own = [s.id for s in missing if s.own]
        unsourced = [s.id for s in missing if not s.own]
        left = self.allowance()
        room = ""
        if left is not None:
            target, limit = left
            room = (f" On {self.reading.label}, Twilio's {_fact('mouth_to_ear_target_ms').value:,.0f} ms target leaves "
                    f"{max(target, 0):.0f} ms for {', '.join(s.id for s in missing)} "
                    f"({max(limit, 0):.0f} ms to its {_fact('mouth_to_ear_limit_ms').value:,.0f} ms limit).")
        return ("Measure first: " + "; ".join(
            part for part in ((f"your own {', '.join(own)}" if own else ""),
                              (f"no sourced figure for {', '.join(unsourced)}" if unsourced else "")) if part)
                + f" (pass {', '.join(s.id + '_ms' for s in missing)})." + room)

    def _margin(self, ms: float, target: float) -> str:
        """Within the target: the margin and the largest part you control; nothing is blamed."""
        controlled = [s for s in self.segments if s.id not in ("network_in", "network_out", "playout")
                      and s.ms is not None and (self.reading.id == "components" or s.id not in RELAY_SIDE)]
        biggest = max(controlled, key=lambda s: (s.ms, s.id))
        return (f"Within Twilio's {target:,.0f} ms target on {self.reading.label} ({ms:.0f} ms, {target - ms:.0f} ms "
                f"to spare): nothing to attack; the largest part you control is {biggest.label} ({biggest.ms:.0f} ms).")

    def _attack_measured(self, ms: float, target: float) -> str:
        """Over the target on the measured reading: the LLM against its target, or a voice slower than Twilio's
        measurement against that measurement, whichever is further over."""
        llm = self.segment("llm")
        llm_ms = llm.ms or 0.0  # the measured reading has every part's figure
        side = self.reading.parts[1][1] or 0.0
        p50 = _fact("relay_p50_ms").value
        llm_target = _fact("llm_target_ms").value
        over = sorted(((llm_ms - llm_target, f"Attack {llm.label} first: {llm_ms:.0f} ms against Twilio's "
                                             f"{llm_target:.0f} ms target ({llm_ms - llm_target:+.0f} ms)"),
                       (side - p50, f"Attack {self.segment('tts').label} first: the voice takes Twilio's side of "
                                    f"ConversationRelay to {side:.0f} ms against the {p50:.0f} ms Twilio measured "
                                    f"({side - p50:+.0f} ms)")), key=lambda x: -x[0])
        if over[0][0] > 0:
            return f"{over[0][1]}; the total is {ms:.0f} ms against Twilio's {target:,.0f} ms target."
        return (f"Over Twilio's {target:,.0f} ms target at {ms:.0f} ms on {self.reading.label}, with no part over its "
                "own target: the network legs and playout are the caller's; measure the real turn gap per call.")

    def _fixed_silence(self) -> float | None:
        """The fixed-silence end of turn the component sum counts (``None`` when yours, a model's, or absent)."""
        end = next((s for s in self.segments if s.id == "endpointing"), None)
        if end is None or end.overridden or not end.basis.startswith("fixed-silence"):
            return None
        return end.ms

    def relay_check(self) -> str:
        """On ConversationRelay, the two readings side by side, saying which one the verdict used ('' elsewhere)."""
        measured = self.measured()
        if measured is None:
            return ""
        p50, p95 = _fact("relay_p50_ms").value, _fact("relay_p95_ms").value
        comp = self.components()

        def total(r: Reading) -> str:
            return f"{r.ms:.0f} ms" if r.ms is not None else f"at least {r.known_ms:.0f} ms"
        if self.reading.id == "measured":
            fixed = self._fixed_silence()
            return (f"The verdict uses Twilio's measured figure for its own side of ConversationRelay ({p50:.0f} ms "
                    f"median, {p95:.0f} ms p95; an internal benchmark as reported, its scope unverified): "
                    f"{total(measured)} in all. The component sum, {total(comp)}, is the pessimistic reading"
                    + (f": its fixed {fixed:.0f} ms end-of-turn silence is Twilio's example of a default to improve "
                       "on. Measure your own turn gap (Conversation Relay Insights) and pass endpointing_ms."
                       if fixed is not None else "."))
        return (f"The verdict uses your measurements: the component sum, {total(comp)}. On Twilio's measured figure "
                f"for its side of ConversationRelay ({p50:.0f} ms median, {p95:.0f} ms p95; scope unverified) it "
                f"would be {total(measured)}.")

    def to_dict(self) -> dict[str, Any]:
        return {
            "route": self.route, "stack": self.stack, "complete": self.complete, "missing": list(self.missing),
            "total_ms": self.total_ms, "platform_ms": self.platform_ms,
            "reading": self.reading.id, "reading_ms": self.reading.ms, "sum_p95_ms": self.sum_p95_ms,
            "sum_p95_is": SUM_P95_TEXT, "readings": [r.to_dict() for r in self.readings()],
            "verdict": self.verdict, "meets_800": self.meets_800,
            "target_ms": _fact("mouth_to_ear_target_ms").value, "limit_ms": _fact("mouth_to_ear_limit_ms").value,
            "allowance_ms": None if (allowance := self.allowance()) is None
            else dict(zip(("to_target", "to_limit"), allowance)),
            "attack_first": self.attack_first(), "over_limit": self.over_limit(), "relay_check": self.relay_check(),
            "segments": [s.to_dict() for s in self.segments],
            "twilio_segments": [c.to_dict() for c in self.compared()],
            "notes": list(self.notes),
        }

    def headline(self) -> str:
        """The one line a report gives: the reading used, its total and verdict, the other reading and the sum of
        per-segment p95s, or the floor and what is missing."""
        r = self.reading
        other = next((x for x in self.readings() if x.id != r.id), None)
        if r.ms is None:
            return (f"at least {r.known_ms:.0f} ms on {r.label}, a floor: no figure for "
                    f"{', '.join(m for m in self.missing if r.id == 'components' or m not in RELAY_SIDE)}")
        beside = "" if other is None else (f"; {other.label} {other.ms:.0f} ms" if other.ms is not None else
                                           f"; {other.label} at least {other.known_ms:.0f} ms")
        return (f"{r.ms:.0f} ms on {r.label}, {VERDICT_TEXT[self.verdict]}{beside}; {SUM_P95_TEXT}: "
                f"{r.sum_p95_ms:.0f} ms")

    def __repr__(self) -> str:
        lines = [f"LatencyBudget {self.stack} ({self.route}):"]
        for s in self.segments:
            ms = "   n/a" if s.ms is None else f"{s.ms:>6.0f}"
            p95 = "" if s.p95 is None else f"  p95 {s.p95:.0f}"
            lines.append(f"  {s.label:<48} {ms} ms{p95}")
        lines.append(f"  {'Mouth-to-ear':<48} {self.headline()}")
        lines.append(f"  {self.attack_first()}")
        if self.relay_check():
            lines.append(f"  {self.relay_check()}")
        return "\n".join(lines)



# ------------------------------------------------------------------------------------------------ Twilio's budget

def _twilio_segment(sid: str, label: str, ms: float, basis: str, source_fact: str) -> Segment:
    f = _fact(source_fact)
    return Segment(sid, label, sid, ms, None, basis, f.source_url, f.as_of, f.checked)


def twilio_reference() -> LatencyBudget:
    """Twilio's own cascaded budget at its targets, with the two derived segments that make it add up."""
    stt, llm, tts = (_fact(TARGETS[k][0]).value for k in ("speech_to_text", "llm", "tts"))
    decoding, edge = _fact("decoding_ms").value, _fact("device_to_edge_ms").value
    platform, total = _fact("platform_target_ms").value, _fact("mouth_to_ear_target_ms").value
    orchestration = platform - (stt + llm + tts + decoding)
    playout = total - platform - 2 * edge
    low, high = _fact("orchestration_min_ms").value, _fact("orchestration_max_ms").value
    if not low <= orchestration <= high or playout < 0:
        raise ValueError(f"voice_facts.csv: Twilio's targets no longer add up (orchestration {orchestration} ms "
                         f"outside {low}-{high}, or playout {playout} ms < 0)")
    labels = dict((sid, label) for sid, label, _ in TWILIO_SEGMENTS)
    segments = (
        _twilio_segment("network_in", labels["network_in"], edge, "Twilio: device to media edge, one way",
                        "device_to_edge_ms"),
        _twilio_segment("speech_to_text", labels["speech_to_text"], stt, "Twilio's speech-to-text target (covers "
                        "end-of-turn detection: Twilio does not split it)", "stt_target_ms"),
        _twilio_segment("llm", labels["llm"], llm, "Twilio's LLM time-to-first-token target", "llm_target_ms"),
        _twilio_segment("tts", labels["tts"], tts, "Twilio's TTS time-to-first-byte target", "tts_target_ms"),
        _twilio_segment("orchestration", labels["orchestration"], orchestration,
                        f"derived: platform {platform:.0f} - ({stt:.0f} + {llm:.0f} + {tts:.0f} + {decoding:.0f}) = "
                        f"{orchestration:.0f}, inside Twilio's {low:.0f}-{high:.0f} ms range", "platform_target_ms"),
        _twilio_segment("decoding", labels["decoding"], decoding, "Twilio: audio decoding", "decoding_ms"),
        _twilio_segment("network_out", labels["network_out"], edge, "the return leg, taken equal to the inbound leg",
                        "device_to_edge_ms"),
        _twilio_segment("playout", labels["playout"], playout,
                        f"derived: mouth-to-ear {total:.0f} - platform {platform:.0f} - 2 x {edge:.0f} network = "
                        f"{playout:.0f} (jitter buffer, device playout, carrier legs: not itemised by Twilio)",
                        "mouth_to_ear_target_ms"),
    )
    return LatencyBudget("twilio_targets", "Twilio's targets", segments,
                         ("Twilio's figures as transcribed by several third-party notes (the stored blog shows only "
                          "its introduction). Upper limits are not additive: 500 + 750 + 250 > 1,100.",))


# ------------------------------------------------------------------------------------------------ a design's budget

def _reference_segment(sid: str) -> Segment:
    return next(s for s in twilio_reference().segments if s.id == sid)


def _provider_segment(sid: str, label: str, twilio: str, row: Provider | None, own: str = "") -> Segment:
    if row is None and own:  # the customer's own engine (or an LLM answered as other): no vendor figure is invented
        return Segment(sid, label, twilio, None, None, f"{own}: your own figure, not a vendor's; measure it and pass "
                       f"{sid}_ms", "", "", "", own=True)
    if row is None or row.latency_ms is None:
        name = row.label if row else "the provider"
        return Segment(sid, label, twilio, None, None, f"{name}: no sourced latency figure", "", "", "",
                       vendor=row.label if row else "")
    return Segment(sid, label, twilio, float(row.latency_ms), None if row.latency_p95_ms is None else
                   float(row.latency_p95_ms), f"{row.label}: {row.latency_metric}", row.latency_source,
                   row.latency_as_of, row.checked, vendor=row.label)


def _fixed(sid: str, label: str, twilio: str, basis: str, fact_id: str, ms: float | None = None) -> Segment:
    f = _fact(fact_id)
    return Segment(sid, label, twilio, f.value if ms is None else ms, None, basis, f.source_url, f.as_of, f.checked)


def _segments(stack: Stack, overrides: Mapping[str, Any]) -> tuple[list[Segment], list[str]]:
    notes: list[str] = []
    labels = {sid: (label, tw) for sid, label, tw in DESIGN_SEGMENTS}

    def ref(sid: str, basis: str | None = None) -> Segment:
        r = _reference_segment(sid)
        return replace(r, id=sid, label=labels[sid][0], twilio=labels[sid][1], basis=basis or r.basis)

    own_server = "" if stack.relay else "; with Media Streams this is your own server, assumed to perform alike"
    out = [ref("network_in")]
    if stack.speech_to_speech:
        stand_in = f"; {stack.s2s_stand_in(timed=True)}" if stack.s2s_stand_in() else ""
        out.append(_fixed("endpointing", labels["endpointing"][0], "speech_to_text",
                          "OpenAI Realtime server VAD: 500 ms of silence ends the turn by default" + stand_in,
                          "openai_server_vad_silence_ms"))
        out.append(Segment("s2s", labels["s2s"][0], "llm", None, None,
                           f"{stack.s2s_model}: OpenAI publishes no time to first audio and no independent benchmark "
                           "was found" + stand_in, "", "", ""))
        notes.append("Speech-to-speech has no STT or TTS segment: the model hears and speaks. Its time to first audio "
                     "is not sourced: measure it and pass s2s_ms.")
    else:
        stt = stack.stt
        if stt is not None and "end-of-turn" in stt.latency_metric:
            # A conversational STT (Deepgram Flux) decides the end of turn itself: its figure is the endpointing.
            out.append(_provider_segment("endpointing", labels["endpointing"][0], "speech_to_text", stt))
            out.append(Segment("stt", labels["stt"][0], "speech_to_text", 0.0, None,
                               f"{stt.label} returns the transcript with its end-of-turn event", stt.latency_source,
                               stt.latency_as_of, stt.checked))
        else:
            whose = ("(ConversationRelay's own default is not published)" if stack.relay else
                     "(on Media Streams your own speech recognition or server decides the end of turn)")
            end = _fixed("endpointing", labels["endpointing"][0], "speech_to_text",
                         f"fixed-silence end-of-turn detection, the common default Twilio's guide says to improve on "
                         f"{whose}", "silence_end_of_turn_ms")
            if "endpointing_ms" in overrides:  # the STT remainder below is measured from your end of turn
                end = replace(end, ms=float(overrides["endpointing_ms"]), overridden=True)
            out.append(end)
            seg = _provider_segment("stt", labels["stt"][0], "speech_to_text", stt, stack.unmodelled("stt"))
            if seg.ms is not None:
                assert end.ms is not None, "the end-of-turn segment carries its fact's figure"
                rest = max(0.0, seg.ms - end.ms)
                rest95 = None if seg.p95 is None else max(0.0, seg.p95 - end.ms)
                seg = replace(seg, ms=rest, p95=rest95, basis=f"max(0, {seg.ms:.0f} ms time to final - {end.ms:.0f} "
                              f"ms end of turn); {seg.basis}")
            out.append(seg)
        llm = _provider_segment("llm", labels["llm"][0], "llm", stack.llm, stack.unmodelled("llm"))
        stand_in = stack.llm_stand_in()
        out.append(replace(llm, basis=f"{llm.basis}; {stand_in}") if stand_in else llm)
        out.append(_provider_segment("tts", labels["tts"][0], "tts", stack.tts, stack.unmodelled("tts")))
        if stack.tts is not None and stack.tts.latency_ms is None:
            notes.append(f"No sourced latency for {stack.tts.label}: pass tts_ms with your measurement.")
    out += [ref("orchestration", _reference_segment("orchestration").basis + own_server), ref("decoding"),
            ref("network_out"), ref("playout")]
    notes.append("Provider latencies come from different public benchmarks (see each basis), mostly on 16 kHz audio, "
                 "none on 8 kHz mu-law telephony: measure your own pipeline.")
    return out, notes


def _check_overrides(overrides: Mapping[str, Any]) -> None:
    for name, value in overrides.items():
        if name not in OVERRIDES:
            raise AnswerError(name, "unknown latency override", ", ".join(OVERRIDES))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= MAX_SEGMENT_MS:
            raise AnswerError(name, f"{preview(value)} is not a duration",
                              f"a number of milliseconds from 0 to {MAX_SEGMENT_MS:,}")


def _apply(segments: list[Segment], overrides: Mapping[str, Any]) -> list[Segment]:
    out = []
    for s in segments:
        key = f"{s.id}_ms"
        out.append(replace(s, ms=float(overrides[key]), p95=None, overridden=True) if key in overrides else s)
    return out


def latency(design: Any, volumes: Volumes | Mapping[str, Any] | None = None, **overrides: float) -> LatencyBudget:
    """The mouth-to-ear budget of a design (a Recommendation, Answers or answers mapping) on its stack.

    ``volumes`` may pick other product rows (``stt_product``...); ``<segment>_ms`` keywords replace a segment with
    your measurement (``endpointing_ms``, ``stt_ms``, ``llm_ms``, ``tts_ms``, ``s2s_ms``, ``orchestration_ms``...).
    """
    from ..engine import as_recommendation

    rec = as_recommendation(design, "design")
    stack = stack_of(rec, Volumes.from_mapping(volumes))
    if not stack.voice:
        raise AnswerError("channels", "no voice channel, so no mouth-to-ear budget", "a design with voice")
    return _budget(stack, overrides)


def _budget(stack: Stack, overrides: Mapping[str, Any]) -> LatencyBudget:
    _check_overrides(overrides)
    segments, notes = _segments(stack, overrides)
    segments = _apply(segments, overrides)
    kept = {"s2s"} if stack.speech_to_speech else {"stt", "llm", "tts"}
    segments = [s for s in segments if s.id not in ({"s2s", "stt", "llm", "tts"} - kept)]
    route = "speech_to_speech" if stack.speech_to_speech else stack.transport
    return LatencyBudget(route, stack.label(), tuple(segments), tuple(notes))


def latency_budget(stt: str, llm: str, tts: str, transport: str = "conversation_relay",
                   **overrides: float) -> LatencyBudget:
    """The budget of an explicit cascaded stack: ``providers.csv`` row ids for STT, LLM and TTS on a transport."""
    if transport not in ("conversation_relay", "media_streams"):
        raise AnswerError("transport", f"{transport!r} is not allowed", "conversation_relay, media_streams")
    rows = {"stt": get_provider(stt, "stt"), "llm": get_provider(llm, "llm"), "tts": get_provider(tts, "tts")}
    if transport == "conversation_relay":
        for kind in ("stt", "tts"):
            if not rows[kind].in_conversation_relay:
                offered = ", ".join(p.id for p in _rows(kind) if p.in_conversation_relay)
                raise AnswerError(kind, f"{rows[kind].id!r} is not offered by ConversationRelay (use transport "
                                        "'media_streams' to run it yourself)", offered)
    stack = Stack(True, transport, "cascaded", rows["stt"], rows["tts"], rows["llm"], None, (), ("voice",))
    return _budget(stack, overrides)


def _rows(kind: str) -> tuple[Provider, ...]:
    from ..knowledge.providers import load_providers

    return tuple(p for p in load_providers() if p.kind == kind)


__all__ = ["DESIGN_SEGMENTS", "LatencyBudget", "Reading", "SUM_P95_TEXT", "Segment", "TWILIO_SEGMENTS", "default_row",
           "latency", "latency_budget", "twilio_reference"]
