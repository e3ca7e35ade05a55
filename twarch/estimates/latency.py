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
so only ``max(0, time to final - endpointing)`` adds). It shows each segment's p95 beside its p50 where the
benchmark publishes one (their sum is a pessimistic bound: percentiles do not add), compares ConversationRelay's
share with Twilio's measured median and p95 (491 / 713 ms), gives speech-to-speech its own route, and says which
segment to attack first. Standard library only.

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


@dataclass(frozen=True)
class LatencyBudget:
    """A turn gap: its segments, their totals and how they compare with Twilio's budget."""

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
        """The sum of the segments with a figure (see :attr:`complete`)."""
        return float(sum(s.ms for s in self.segments if s.ms is not None))

    @property
    def p95_ms(self) -> float:
        """A pessimistic p95: each segment's p95 where published, else its p50, summed (percentiles do not add)."""
        return float(sum((s.p95 if s.p95 is not None else s.ms) for s in self.segments if s.ms is not None))

    @property
    def platform_ms(self) -> float:
        inside = {sid for sid, _, inside in TWILIO_SEGMENTS if inside}
        return float(sum(s.ms for s in self.segments if s.twilio in inside and s.ms is not None))

    @property
    def relay_side_ms(self) -> float:
        return float(sum(s.ms for s in self.segments if s.id in RELAY_SIDE and s.ms is not None))

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
        return _verdict(self.total_ms if self.complete else None, _fact("mouth_to_ear_target_ms").value,
                        _fact("mouth_to_ear_limit_ms").value)

    @property
    def meets_800(self) -> bool | None:
        """Inside the 800 ms class of targets (Pipecat voice-to-voice, Retell); ``None`` when incomplete."""
        return self.total_ms <= _fact("pipecat_target_ms").value if self.complete else None

    def attack_first(self) -> str:
        """Which segment to work on first: the largest overshoot of a Twilio target, then its largest part."""
        if not self.complete:
            own = [s.id for s in self.segments if s.ms is None and s.own]
            unsourced = [m for m in self.missing if m not in own]
            return ("Measure first: " + "; ".join(
                part for part in ((f"your own {', '.join(own)}" if own else ""),
                                  (f"no sourced figure for {', '.join(unsourced)}" if unsourced else "")) if part)
                    + f" (pass {', '.join(m + '_ms' for m in self.missing)}).")
        over = sorted((c for c in self.compared() if c.over > 0), key=lambda c: (-c.over, c.id))
        if over:
            worst = over[0]
            part = max((self.segment(p) for p in worst.parts), key=lambda s: (s.ms, s.id))
            if len(worst.parts) == 1:
                return (f"Attack {part.label} first: {part.ms:.0f} ms against Twilio's {worst.target:.0f} ms target "
                        f"({worst.over:+.0f} ms).")
            return (f"Attack {part.label} first: {part.ms:.0f} of the {worst.ms:.0f} ms spent in Twilio's "
                    f"'{worst.label}' segment, whose target is {worst.target:.0f} ms ({worst.over:+.0f} ms).")
        biggest = max((s for s in self.segments if s.id not in ("network_in", "network_out", "playout")),
                      key=lambda s: (s.ms, s.id))
        return (f"Every segment is within Twilio's targets; the largest you control is {biggest.label} "
                f"({biggest.ms:.0f} ms).")

    def relay_check(self) -> str:
        """ConversationRelay's share of the gap against Twilio's measured median and p95 ('' for other routes)."""
        if self.route != "conversation_relay":
            return ""
        p50, p95 = _fact("relay_p50_ms").value, _fact("relay_p95_ms").value
        unknown = [s.id for s in self.segments if s.id in RELAY_SIDE and s.ms is None]
        if unknown:
            return (f"Cross-check pending: Twilio measured its side of ConversationRelay at {p50:.0f} ms median and "
                    f"{p95:.0f} ms p95; the budget lacks {', '.join(unknown)} to compare.")
        side = self.relay_side_ms
        verdict = ("consistent with" if side <= p95 else "above") + " Twilio's measurement"
        end = self.segment("endpointing")
        fixed = not end.overridden and end.basis.startswith("fixed-silence")
        return (f"Cross-check: the segments ConversationRelay runs (end of turn, STT, TTS, orchestration, decoding) "
                f"add up to {side:.0f} ms; Twilio measured its side of ConversationRelay at {p50:.0f} ms median and "
                f"{p95:.0f} ms p95 (internal benchmark), so this is {verdict}"
                + (f". The fixed {end.ms:.0f} ms end-of-turn silence is likely pessimistic for ConversationRelay: "
                   "measure yours and pass endpointing_ms." if side > p95 and fixed else "."))

    def to_dict(self) -> dict[str, Any]:
        return {
            "route": self.route, "stack": self.stack, "complete": self.complete, "missing": list(self.missing),
            "total_ms": self.total_ms, "p95_ms": self.p95_ms, "platform_ms": self.platform_ms,
            "verdict": self.verdict, "meets_800": self.meets_800,
            "target_ms": _fact("mouth_to_ear_target_ms").value, "limit_ms": _fact("mouth_to_ear_limit_ms").value,
            "attack_first": self.attack_first(), "relay_check": self.relay_check(),
            "segments": [s.to_dict() for s in self.segments],
            "twilio_segments": [c.to_dict() for c in self.compared()],
            "notes": list(self.notes),
        }

    def __repr__(self) -> str:
        lines = [f"LatencyBudget {self.stack} ({self.route}):"]
        for s in self.segments:
            ms = "   n/a" if s.ms is None else f"{s.ms:>6.0f}"
            p95 = "" if s.p95 is None else f"  p95 {s.p95:.0f}"
            lines.append(f"  {s.label:<48} {ms} ms{p95}")
        state = "" if self.complete else f" (incomplete: {', '.join(self.missing)})"
        lines.append(f"  {'Mouth-to-ear total':<48} {self.total_ms:>6.0f} ms{state}  {VERDICT_TEXT[self.verdict]}; "
                     f"pessimistic p95 {self.p95_ms:.0f} ms")
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
        return Segment(sid, label, twilio, None, None, f"{name}: no sourced latency figure", "", "", "")
    return Segment(sid, label, twilio, float(row.latency_ms), None if row.latency_p95_ms is None else
                   float(row.latency_p95_ms), f"{row.label}: {row.latency_metric}", row.latency_source,
                   row.latency_as_of, row.checked)


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


__all__ = ["DESIGN_SEGMENTS", "LatencyBudget", "Segment", "TWILIO_SEGMENTS", "default_row", "latency",
           "latency_budget", "twilio_reference"]
