"""What the cost, latency and capacity models start from: every input of a design resolved to a value and its origin.

:func:`resolve` takes a Recommendation and its :class:`~twarch.estimates.volumes.Volumes` and gives the
:class:`~twarch.estimates.stack.Stack` and the :class:`Inputs`: each field yours where set (the answers, then the
volumes), else its default from its source (a sourced row of ``knowledge/assumptions.csv``, or a rule on the design
stated in words, :data:`DEFAULTS`), recording where every value came from (:class:`Value`) so a report can say which
figures are yours and which are assumed. Standard library only.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..io.bounds import MAX_COUNT
from ..knowledge.prices import assumption
from ..knowledge.stack import DEFAULT_LLM_ROW
from .stack import Stack, stack_of
from .volumes import SPECS, Volumes, figure

#: Weeks in an average month (365 / 12 / 7): a line open D days a week is open D x 4.345 days a month.
WEEKS_PER_MONTH = 365 / 12 / 7


#: What a month's conversations are made of: (the channels that have them, the input counting them, its words).
#: Each call, chat user and SMS or WhatsApp thread counts as one conversation.
CONVERSATION_INPUTS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("voice",), "calls_per_month", "calls"),
    (("chat",), "chat_users_per_month", "chat users"),
    (("sms", "whatsapp"), "messaging_conversations_per_month", "SMS/WhatsApp conversations"),
)


@dataclass(frozen=True)
class Conversations:
    """A month's conversations on the design's channels: those counted, how, and the inputs still missing."""

    count: float
    formula: str
    missing: tuple[str, ...]  #: inputs of the design's channels left unanswered: ``count`` is then a lower bound

    @property
    def sum(self) -> str:
        """``(100 calls + 50 chat users)``: the formula, bracketed when it adds."""
        return f"({self.formula})" if " + " in self.formula else self.formula

    def text(self) -> str:
        """The sum with what it does not count."""
        return self.sum + (f" (not counted: {', '.join(self.missing)} unanswered)" if self.missing else "")


def conversations(stack: Stack, values: Mapping[str, Value], text_only: bool = False) -> Conversations:
    """The conversations a month brings on the design's channels, from resolved inputs (a chat-user count is
    yours or missing: its default of none means *unanswered*, not *no chats*); the text channels' alone with
    ``text_only``."""
    count, parts, missing = 0.0, [], []
    for channels, name, words in CONVERSATION_INPUTS:
        voice = channels == ("voice",)
        if not any(c in stack.channels for c in channels) or (voice and (text_only or not stack.voice)):
            continue
        given = values[name]
        if given.value is None or (given.origin == "rule" and name == "chat_users_per_month"):
            missing.append(name)
            continue
        count += given.value
        parts.append(f"{figure(given.value)} {words}")
    return Conversations(count, " + ".join(parts) or "no conversations counted", tuple(missing))


def open_days(values: Mapping[str, Value]) -> float:
    """Days a month the line is open: open_days_per_week x 365 / 12 / 7."""
    return values["open_days_per_week"].value * WEEKS_PER_MONTH


def busy_hour(values: Mapping[str, Value], monthly: float) -> float:
    """A month's volume in the busiest hour of an open day: monthly / open days a month x busy_hour_share."""
    return monthly / open_days(values) * values["busy_hour_share"].value


def busy_hour_words(values: Mapping[str, Value]) -> str:
    """How the busy hour was found, in words: ``/ (5 days a week x 4.345 = 21.73 open days a month) x 0.1``."""
    days, share = values["open_days_per_week"].value, values["busy_hour_share"].value
    return (f"/ ({figure(days)} open days a week x {WEEKS_PER_MONTH:.3f} = {figure(round(open_days(values), 2))} open "
            f"days a month) x busy_hour_share {figure(round(share, 4))}")


def average_escalations(stack: Stack, values: Mapping[str, Value]) -> float | None:
    """Escalations in the average open hour: conversations x escalation_share / the open hours of a month."""
    share, found = values["escalation_share"].value, conversations(stack, values)
    hours = open_days(values) * values["open_hours_per_day"].value
    return None if share is None or not found.count else found.count * share / hours


def escalations_from_peak(stack: Stack, peak: Value | None, escalations: Value) -> bool:
    """Whether the busy hour's escalations come from your peak concurrency (no escalations_per_hour answered)."""
    return (stack.voice and peak is not None and peak.origin == "yours" and escalations.origin != "yours"
            and escalations.value is not None)


# ------------------------------------------------------------------------------------------------ resolution

@dataclass(frozen=True)
class Value:
    """A resolved input: its value and where it came from."""

    name: str
    value: Any
    unit: str
    meaning: str
    origin: str  #: ``yours`` (set in answers or overrides), ``default`` (a sourced row), ``rule`` (stated in words)
    basis: str = ""  #: for a default, the source's meaning; for a rule, the rule in words
    source: str = ""
    as_of: str = ""
    checked: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in dataclasses.asdict(self).items() if v not in ("", None) or k == "value"}


@dataclass(frozen=True)
class Inputs:
    """Every input of the models, resolved to a value (or ``None`` where no default exists)."""

    values: dict[str, Value] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        values = self.__dict__.get("values", {})
        if name in values:
            return values[name].value
        raise AttributeError(name)

    def get(self, name: str) -> Value:
        return self.values[name]

    def to_dict(self) -> dict[str, Any]:
        return {name: v.to_dict() for name, v in self.values.items() if v.value is not None}


@cache
def _from_row(name: str) -> Value:
    spec = SPECS[name]
    row = assumption(spec.assumption)
    return Value(name, row.value, spec.unit, spec.meaning, "default", row.meaning, row.source_url, row.as_of,
                 row.checked)


def _rule(name: str, value: Any, basis: str) -> Value:
    spec = SPECS[name]
    return Value(name, value, spec.unit, spec.meaning, "rule", basis)


@dataclass(frozen=True)
class Design:
    """What a default may read: the recommendation, its stack, the inputs resolved so far and the volumes given."""

    rec: Any
    stack: Stack
    done: dict[str, Value]
    given: Volumes

    @property
    def answers(self) -> Any:
        return self.rec.answers


#: How each field without a sourced row gets its default: a rule on the design, stated in words (``_rule``), or
#: ``None`` (no default). Filled by :func:`default`; every field of :data:`SPECS` has a row or a rule here.
Default = Callable[[str, "Design"], "Value"]
DEFAULTS: dict[str, Default] = {}


def default(*names: str) -> Callable[[Default], Default]:
    """Register the function that makes the default of ``names``; it is called with the field's name and the design."""
    def register(fn: Default) -> Default:
        for name in names:
            DEFAULTS[name] = fn
        return fn
    return register


def resolve(rec: Any, volumes: Volumes | None = None) -> tuple[Stack, Inputs]:
    """The stack and every input of a design: yours where set (answers, then ``volumes``), else its default: the
    rule :data:`OVERRIDES` sets for this design, else the sourced row of ``assumptions.csv``, else
    :data:`DEFAULTS`' rule."""
    v = Volumes.from_answers(rec.answers).merged(volumes or Volumes())
    design = Design(rec, stack_of(rec, v), {}, v)
    for name, spec in SPECS.items():
        given = getattr(v, name)
        if name == "prices":
            design.done[name] = Value(name, dict(given), spec.unit, spec.meaning, "yours" if given else "rule",
                                      "" if given else "no price overrides")
        elif given is not None:
            design.done[name] = Value(name, given, spec.unit, spec.meaning, "yours")
        else:
            design.done[name] = _override(name, design) or (_from_row(name) if spec.assumption
                                                             else DEFAULTS[name](name, design))
    return design.stack, Inputs(design.done)


def _override(name: str, d: Design) -> Value | None:
    """A rule of the design that beats a field's sourced row (Regulation F's retention, agent assist's escalations
    and handle time, a design that hands nothing to people)."""
    if name == "recording_retention_months" and "fdcpa" in d.rec.regulation_ids:
        return _rule(name, 36.0, "Regulation F (12 CFR 1006.100) keeps each call recording three years: the bill "
                                 "prices storage at that steady state")
    if name == "escalation_share" and d.stack.assist:
        return _rule(name, 1.0, "agent assist: people answer every conversation")
    minutes = d.done["minutes_per_call"] if "minutes_per_call" in d.done else None
    if name == "handle_minutes" and d.stack.assist and d.stack.voice and minutes is not None and minutes.value:
        # review round 3, class F (designs 04, 18): people answer every call, so a call lasts as long as they handle it
        return _rule(name, minutes.value, f"agent assist: people answer every call, so they handle it for the whole "
                                          f"call, minutes_per_call {figure(minutes.value)} ({minutes.basis or 'yours'})"
                                          "; add after-call work by answering handle_minutes")
    if name == "escalation_share" and not _handoff(d.stack):
        if d.answers.handoff is None:
            return _rule(name, None, "handoff is unanswered: no human team is assumed or sized until you answer it")
        return _rule(name, 0.0, "no human handoff in the design")
    return None


def _handoff(stack: Stack) -> bool:
    return stack.has("taskrouter") or stack.has("flex") or stack.phone_handoff or stack.transfer_handoff


@default("outbound_share")
def _outbound_share(name: str, d: Design) -> Value:
    a = d.answers
    if a.direction is None and a.outcome == "outbound_calling":
        return _rule(name, 1.0, "direction unanswered; the outcome is outbound calling: outbound assumed")
    share = {"inbound": 0.0, "outbound": 1.0, "both": 0.5}.get(a.direction or "", 0.0)
    basis = {"inbound": "direction is inbound", "outbound": "direction is outbound",
             "both": "direction is both: an even split is assumed"}.get(a.direction or "",
                                                                        "direction unanswered: inbound assumed")
    return _rule(name, share, basis)


@default("toll_free_share")
def _toll_free_share(name: str, d: Design) -> Value:
    only = d.rec.facts.inbound_toll_free_countries or ()
    if not only:
        return _rule(name, 0.0, "local numbers assumed")
    countries = d.answers.countries or only
    return _rule(name, len(only) / len(countries),
                 f"{', '.join(only)}: callers there reach only toll-free numbers (Twilio offers no local ones), "
                 f"{len(only)} of the {len(countries)} countries answered, each taken as an even share of the calls")


@default("recorded_share")
def _recorded_share(name: str, d: Design) -> Value:
    recorded = bool(d.answers.records_calls)
    return _rule(name, 1.0 if recorded else 0.0,
                 "records_calls is yes: every call" if recorded else "records_calls is not yes: none")


@default("sms_per_month", "whatsapp_per_month", "whatsapp_templates_per_month", "chat_users_per_month")
def _no_messages(name: str, d: Design) -> Value:
    return _rule(name, 0.0, "not answered: none")


@default("messaging_conversations_per_month")
def _threads(name: str, _d: Design) -> Value:
    return _rule(name, None, "no default: a conversation is a thread of several "
                 "messages and twarch holds no sourced messages-per-conversation figure; set it")


@default("busy_hour_share")
def _busy_hour_share(name: str, d: Design) -> Value:
    hours = d.done["open_hours_per_day"].value
    return _rule(name, 1 / hours, f"1 / {figure(hours)} open hours a day: an even spread, the least the busiest hour "
                                  "can carry (no sourced norm: measure yours from your call system's interval data; "
                                  "illustrations run from 10% to 20% of a 10-hour day)")


@default("escalations_per_hour")
def _escalations_per_hour(name: str, d: Design) -> Value:
    """The busy hour's escalations: from your peak concurrency when answered, else the busiest hour of an open day."""
    share, stack, done = d.done["escalation_share"], d.stack, d.done
    if share.value is None:
        return _rule(name, None, f"no default: escalation_share has none ({share.basis})")
    found = conversations(stack, done)
    peak, minutes = d.given.peak_concurrent_calls, done["minutes_per_call"].value
    if stack.voice and peak is not None and minutes:
        calls = done["calls_per_month"].value or 0.0
        others = busy_hour(done, found.count - calls) * share.value
        missing = tuple(m for m in found.missing if m != "calls_per_month")
        return _rule(name, peak * 60 / minutes * share.value + others,
                     f"peak_concurrent_calls x 60 / minutes_per_call x escalation_share = {figure(peak)} x 60 / "
                     f"{figure(minutes)} x {figure(share.value)}: the PEAK hour's calls"
                     + (f", + the other conversations' busy hour ({figure(round(others, 4))})" if others else "")
                     + _lower_bound(missing))
    if not found.count:
        inputs = (*found.missing, *(("peak_concurrent_calls",) if stack.voice else ()))
        wanted = " or ".join(inputs) or "a conversation volume"
        return _rule(name, None, f"no default: needs {wanted} (with escalation_share), or answer it")
    return _rule(name, busy_hour(done, found.count) * share.value,
                 f"{found.sum} {busy_hour_words(done)} x escalation_share {figure(share.value)}: the BUSY HOUR of an "
                 "open day (opening hours and busy_hour_share assumed unless yours)" + _lower_bound(found.missing))


@default("intelligence_sample_share")
def _sample(name: str, _d: Design) -> Value:
    return _rule(name, 1.0, "every conversation: operators run on each captured conversation "
                                                   "unless a rule narrows them")


@default("peak_concurrent_calls")
def _peak(name: str, d: Design) -> Value:
    done = d.done
    calls, minutes = done["calls_per_month"].value, done["minutes_per_call"].value
    busy, share = done.get("escalations_per_hour"), done.get("escalation_share")
    implied = (busy.value / share.value * minutes / 60 if busy is not None and busy.origin == "yours"
               and share is not None and share.value and minutes is not None else None)
    if implied is not None and math.isfinite(implied) and implied <= MAX_COUNT:
        return _rule(name, implied, "escalations_per_hour / escalation_share x minutes_per_call / 60: the BUSY HOUR's "
                                    "concurrency implied by your escalations per hour")
    if calls is None:
        return _rule(name, None, "no default: answer peak_concurrent_calls")
    return _rule(name, busy_hour(done, calls) * minutes / 60,
                 f"calls_per_month {busy_hour_words(done)} x minutes_per_call / 60: the BUSY HOUR's average "
                 "concurrency (opening hours and busy_hour_share assumed unless yours), which a burst within the "
                 "hour exceeds")


@default("tenants")
def _tenants(name: str, _d: Design) -> Value:
    return _rule(name, 1.0, "tenants unanswered: one")


#: The message volume of each channel whose threads messaging_conversations_per_month counts.
_MESSAGES = (("sms", "sms_per_month", "SMS segments"), ("whatsapp", "whatsapp_per_month", "WhatsApp messages"))


@default("text_turns_per_conversation")
def _text_turns(name: str, d: Design) -> Value:
    """AI turns per SMS/WhatsApp conversation from your volumes: the messages of those channels (in and out) / the
    conversations / 2, each turn a customer message and the AI's reply; no default without both (nor for chat, whose
    volume counts users, not messages)."""
    done = d.done
    threads = done["messaging_conversations_per_month"]
    used = [(key, words) for channel, key, words in _MESSAGES if channel in d.stack.text]
    if not used:
        return _rule(name, None, "no default: no message volume for these channels (chat counts users; RCS has no "
                                 "volume input): set it to price their turns")
    unanswered = [key for key, _ in used if done[key].origin != "yours" or not done[key].value]
    if threads.value is None or not threads.value or unanswered:
        wanted = ", ".join(([] if threads.value else ["messaging_conversations_per_month"]) + unanswered)
        return _rule(name, None, f"no default: needs {wanted} (messages and conversations), or set it")
    messages = sum(done[key].value for key, _ in used)
    words = " + ".join(f"{figure(done[key].value)} {w}" for key, w in used)
    return _rule(name, messages / threads.value / 2,
                 f"from your volumes: ({words}) / {figure(threads.value)} conversations / 2 (each turn one message "
                 "in and one reply out)")


@default("payment_share")
def _payment_share(name: str, d: Design) -> Value:
    pays = d.stack.payments
    return _rule(name, 1.0 if pays else None,
                 "assumed: every call takes a payment, an upper bound (no sourced share): set payment_share"
                 if pays else "the design takes no card payments by voice")


@default("phone_numbers")
def _phone_numbers(name: str, d: Design) -> Value:
    if d.answers.customer_profile == "isv":
        return _rule(name, d.done["tenants"].value, "one per tenant: each of an ISV's tenants calls and "
                                                               "texts from its own number")
    places = d.stack.places
    if len(places) > 1:
        return _rule(name, float(len(places)), f"one per place served ({', '.join(places)}): callers dial a number "
                                               "of their own country")
    return _rule(name, 1.0, "one number")


@default("a2p_brands")
def _a2p_brands(name: str, d: Design) -> Value:
    if d.answers.customer_profile == "isv":
        return _rule(name, d.done["tenants"].value, "one per tenant: an ISV registers each tenant as its own brand "
                                                    "(a secondary customer profile), with its own campaign")
    return _rule(name, 1.0, "one brand, with one campaign")


@default("a2p_brand_type")
def _a2p_brand_type(name: str, _d: Design) -> Value:
    return _rule(name, "standard", "standard: secondary vetting and a standard use case's campaign fee, the upper "
                                   "bound; a Low-Volume Standard brand (under 6,000 messages a month) pays less: set "
                                   "a2p_brand_type=low_volume_standard")


@default("llm_product")
def _llm_product(name: str, d: Design) -> Value:
    row = d.stack.llm or d.stack.text_llm
    return _rule(name, row.id if row else None, "the row standing for the llm answer (knowledge/stack.py), "
                 f"{DEFAULT_LLM_ROW} when unanswered" if row else
                 f"no row: {d.stack.unmodelled('llm') or 'not used'}, not priced or timed")


@default("stt_product", "tts_product")
def _speech_product(name: str, d: Design) -> Value:
    kind = name.split("_")[0]
    row = getattr(d.stack, kind)
    return _rule(name, row.id if row else None, "the recommended vendor's first live row with a sourced latency"
                 + (" that ConversationRelay offers" if d.stack.relay else "") if row else
                 f"no row: {d.stack.unmodelled(kind) or 'not used'}")


@default("s2s_model")
def _s2s_model(name: str, d: Design) -> Value:
    stack = d.stack
    return _rule(name, stack.s2s_model, (f"{stack.s2s_model}, standing in for Gemini (no sourced price)"
                                         if stack.s2s_stand_in() else
                                         f"{stack.s2s_model}, OpenAI's realtime model for voice agents behind Agent "
                                         "Connect's speech-to-speech providers (gpt-realtime-2 reasons at a dearer "
                                         "text output)") if stack.s2s_model else "not used")


@default("relay_bundles_speech")
def _relay_bundles(name: str, _d: Design) -> Value:
    return _rule(name, False, "reading A: speech vendors billed on top of ConversationRelay's fee, "
                                                "an upper bound (sources conflict; the bill shows reading B too)")


@default("orchestrator_voice_capture")
def _capture(name: str, d: Design) -> Value:
    stack = d.stack
    if stack.google_voice:
        return _rule(name, None, "none: CX Agent Studio's speech-to-speech voice channel joins no Orchestrator "
                                 "conversation")
    if stack.assist:
        return _rule(name, "passive", "passive: agent assist has no ConversationRelay, so Twilio transcribes each "
                                      "agent's call for Orchestrator (Real-Time Transcription)")
    if stack.relay:
        return _rule(name, "active",
                     "active: ConversationRelay joins the conversation through conversationConfiguration (or the "
                     "conversation id Agent Connect 2.7.0+ creates before the call) and its own speech-to-text")
    if stack.own_transcript:
        return _rule(name, "active", "active: as the report advises, your own transcript (your speech recognition's "
                                     "or the realtime model's) is written into the Orchestrator conversation and "
                                     "voice capture stays off; passive capture is shown beside, not in the total")
    return _rule(name, "passive", "passive: Twilio transcribes the call for Orchestrator (no ConversationRelay)")


@default("calls_per_month", "seats")
def _none(name: str, d: Design) -> Value:
    return _rule(name, None, "no default")


def _lower_bound(missing: tuple[str, ...]) -> str:
    if not missing:
        return ""
    return f"; a lower bound while {', '.join(missing)} {'is' if len(missing) == 1 else 'are'} unanswered"


_LACKING = [name for name, spec in SPECS.items() if name != "prices" and not spec.assumption and name not in DEFAULTS]
if _LACKING:
    raise ValueError(f"estimates.inputs: no default rule for {', '.join(_LACKING)}")
