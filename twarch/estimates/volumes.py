"""The typed inputs of the cost, latency and capacity models: :class:`Volumes`, one field per volume or assumption.

Every field is optional: ``None`` means *use the default*, which :func:`twarch.estimates.inputs.resolve` fills from
its source (an answer, a sourced row of ``knowledge/assumptions.csv``, or a rule stated in words). :data:`SPECS`
declares each field once: its kind, unit, meaning and the assumptions row its default comes from.

The answers-file keys of the *Volumes* step (``calls_per_month``, ``minutes_per_call``...) are fields of the same
name: a saved design carries its volumes (:meth:`Volumes.from_answers`). The other fields are assumptions an
architect may override (``Volumes(turns_per_minute=8)``, ``twarch cost --set turns_per_minute=8``).
Standard library only.

>>> v = Volumes(calls_per_month=1000)
>>> v.replace(minutes_per_call=3).minutes_per_call
3.0
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from ..answers import did_you_mean
from ..errors import AnswerError
from ..knowledge.providers import load_providers
from .lines import LINE_IDS

#: Speech-to-speech models twarch prices (row prefixes of ``prices.csv``).
S2S_MODELS: dict[str, str] = {"gpt-realtime": "openai_realtime", "gpt-realtime-mini": "openai_realtime_mini"}
CAPTURE_MODES = ("active", "passive", "both")
#: A2P 10DLC brand types: a Standard brand pays secondary vetting and a standard use case's campaign fee; a
#: Low-Volume Standard brand skips vetting and runs a Low-Volume Mixed campaign (under 6,000 messages a month).
A2P_BRAND_TYPES = ("standard", "low_volume_standard")

#: Field kinds: how a value is checked.
_SHARE, _COUNT, _NUMBER = "share", "count", "number"


@dataclass(frozen=True)
class Spec:
    """How one :class:`Volumes` field is read and defaulted."""

    kind: str  #: share (0..1), count (a number >= 0), number (>= 0), choice, bool, prices
    unit: str
    meaning: str
    assumption: str = ""  #: the ``assumptions.csv`` row its default comes from ("" when a rule or an answer does)
    choices: tuple[str, ...] = ()


#: Every field of :class:`Volumes`, in order: the Volumes-step answers first, then the assumptions.
SPECS: dict[str, Spec] = {
    "calls_per_month": Spec(_COUNT, "calls", "calls per month"),
    "minutes_per_call": Spec(_NUMBER, "minutes", "average call length", "minutes_per_call"),
    "outbound_share": Spec(_SHARE, "share", "share of call minutes that are outbound"),
    "toll_free_share": Spec(_SHARE, "share", "share of inbound minutes to toll-free numbers"),
    "recorded_share": Spec(_SHARE, "share", "share of calls recorded"),
    "sms_per_month": Spec(_COUNT, "segments", "SMS segments per month, in and out"),
    "whatsapp_per_month": Spec(_COUNT, "messages", "WhatsApp messages per month, in and out"),
    "whatsapp_templates_per_month": Spec(_COUNT, "messages", "WhatsApp template messages Meta charges for"),
    "chat_users_per_month": Spec(_COUNT, "users", "web chat users per month"),
    "messaging_conversations_per_month": Spec(_COUNT, "conversations", "SMS and WhatsApp conversations per month "
                                              "(threads of messages, not messages)"),
    # The opening hours and the busy hour come before the escalations and the peak, whose defaults read them.
    "open_days_per_week": Spec(_NUMBER, "days/week", "days a week the line takes calls", "open_days_per_week"),
    "open_hours_per_day": Spec(_NUMBER, "hours/day", "hours an open day the line takes calls", "open_hours_per_day"),
    "busy_hour_share": Spec(_SHARE, "share", "share of an open day's conversations that arrive in its busiest hour"),
    "escalation_share": Spec(_SHARE, "share", "share of conversations (calls, chats, threads) handed to a human",
                             "escalation_share"),
    "escalations_per_hour": Spec(_NUMBER, "escalations/hour", "escalations in the busiest hour"),
    "handle_minutes": Spec(_NUMBER, "minutes", "human handle time per escalation", "handle_minutes"),
    "service_level": Spec(_SHARE, "share", "share of escalations answered within the answer time", "service_level"),
    "answer_seconds": Spec(_NUMBER, "seconds", "answer time of the service level", "answer_seconds"),
    "seats": Spec(_COUNT, "users", "human agents who log in to Flex per month"),
    "max_occupancy": Spec(_SHARE, "share", "highest occupancy (handling time / logged-in time) a team is planned at",
                          "max_occupancy"),
    "intelligence_sample_share": Spec(_SHARE, "share", "share of conversations Intelligence analyses"),
    "peak_concurrent_calls": Spec(_COUNT, "calls", "peak concurrent calls"),
    "tenants": Spec(_COUNT, "tenants", "end customers (tenants) served"),
    "phone_numbers": Spec(_COUNT, "numbers", "phone numbers rented for the design's calls and texts"),
    "a2p_brands": Spec(_COUNT, "brands", "A2P 10DLC brands registered to text the US from local numbers"),
    "a2p_brand_type": Spec("choice", "type", "the A2P 10DLC brands' type, which sets their vetting and campaign fees",
                           choices=A2P_BRAND_TYPES),
    "chars_per_minute": Spec(_NUMBER, "chars/minute", "characters per minute of speech", "tts_chars_per_minute"),
    "agent_talk_share": Spec(_SHARE, "share", "share of a call the agent speaks", "agent_talk_share"),
    "caller_talk_share": Spec(_SHARE, "share", "share of a call the caller speaks", "caller_talk_share"),
    "stt_billed_share": Spec(_SHARE, "share", "share of a call minute streaming STT bills", "stt_billed_share"),
    "turns_per_minute": Spec(_NUMBER, "turns/minute", "caller-agent exchanges per minute", "turns_per_minute"),
    "system_prompt_tokens": Spec(_NUMBER, "tokens", "instruction tokens sent with every LLM request",
                                 "system_prompt_tokens"),
    "chars_per_token": Spec(_NUMBER, "chars/token", "characters per LLM token", "chars_per_token"),
    "realtime_user_tokens_per_minute": Spec(_NUMBER, "tokens/minute", "realtime audio tokens per minute of caller "
                                            "speech", "realtime_user_tokens_per_minute"),
    "realtime_assistant_tokens_per_minute": Spec(_NUMBER, "tokens/minute", "realtime audio tokens per minute of "
                                                 "model speech", "realtime_assistant_tokens_per_minute"),
    "recording_retention_months": Spec(_NUMBER, "months", "months recordings stay on Twilio",
                                       "recording_retention_months"),
    "calls_per_instance": Spec(_NUMBER, "calls", "concurrent calls per WebSocket server instance",
                               "calls_per_instance"),
    "intelligence_operators": Spec(_NUMBER, "operators", "operators run on each analysed conversation",
                                   "intelligence_operators"),
    "text_turns_per_conversation": Spec(_NUMBER, "turns", "AI turns per text conversation (a customer message and "
                                        "the AI's reply, each one LLM request)"),
    "chars_per_text_message": Spec(_NUMBER, "chars/message", "characters of a text message (the customer's or the "
                                   "AI's)", "chars_per_text_message"),
    "payment_share": Spec(_SHARE, "share", "share of calls that take a card payment through <Pay>"),
    "stt_product": Spec("choice", "row", "the providers.csv STT row"),
    "tts_product": Spec("choice", "row", "the providers.csv TTS row"),
    "llm_product": Spec("choice", "row", "the providers.csv LLM row"),
    "s2s_model": Spec("choice", "model", "the speech-to-speech model", choices=tuple(S2S_MODELS)),
    "relay_bundles_speech": Spec("bool", "reading", "ConversationRelay's fee already covers the speech vendors"),
    "orchestrator_voice_capture": Spec("choice", "mode", "how Orchestrator captures voice", choices=CAPTURE_MODES),
    "prices": Spec("prices", "USD", "unit prices you set, by bill line id"),
}
#: The answers-file keys the Volumes step declares (and peak_concurrent_calls, tenants from earlier steps).
ANSWER_KEYS: tuple[str, ...] = ("calls_per_month", "minutes_per_call", "outbound_share", "toll_free_share",
                                "recorded_share", "sms_per_month", "whatsapp_per_month",
                                "whatsapp_templates_per_month", "chat_users_per_month",
                                "messaging_conversations_per_month", "escalation_share",
                                "escalations_per_hour", "handle_minutes", "service_level", "answer_seconds", "seats",
                                "intelligence_sample_share", "peak_concurrent_calls", "tenants")


def _check(name: str, value: Any) -> Any:
    """One field's value in canonical form (floats for numbers); AnswerError naming the field otherwise."""
    spec = SPECS[name]
    if spec.kind in (_SHARE, _COUNT, _NUMBER):
        allowed = "a share from 0 to 1" if spec.kind == _SHARE else "a number >= 0"
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise AnswerError(name, f"expected a number, got {type(value).__name__}", allowed)
        if not math.isfinite(value):
            raise AnswerError(name, f"{value} is not a finite number", allowed)
        if value < 0:
            raise AnswerError(name, f"{value:g} is negative", allowed)
        if spec.kind == _SHARE and value > 1:
            raise AnswerError(name, f"{value:g} is above 1", allowed)
        return float(value)
    if spec.kind == "bool":
        if not isinstance(value, bool):
            raise AnswerError(name, f"{value!r} is not allowed", "true, false")
        return value
    if spec.kind == "choice":
        allowed_ids = spec.choices or tuple(p.id for p in load_providers() if p.kind == name.split("_")[0])
        if value not in allowed_ids:
            raise AnswerError(name, f"{value!r} is not allowed", ", ".join(allowed_ids))
        return value
    # prices: a mapping of bill line id -> unit price
    items = value.items() if isinstance(value, Mapping) else value
    try:
        pairs = [(str(k), v) for k, v in items]
    except (TypeError, ValueError):
        raise AnswerError(name, "expected a mapping of line id to unit price",
                          "e.g. {'taskrouter_task': 0.005}") from None
    out = []
    for key, price in sorted(pairs):
        if key not in LINE_IDS:
            raise AnswerError(f"prices.{key}", "unknown bill line" + did_you_mean(key, LINE_IDS), ", ".join(LINE_IDS))
        if isinstance(price, bool) or not isinstance(price, (int, float)) or not math.isfinite(price) or price < 0:
            raise AnswerError(f"prices.{key}", f"{price!r} is not a price", "a number >= 0 (USD per unit)")
        out.append((key, float(price)))
    return tuple(out)


@dataclass(frozen=True)
class Volumes:
    """A design's volumes and the assumptions its cost, latency and capacity rest on (``None``: the default)."""

    calls_per_month: float | None = None
    minutes_per_call: float | None = None
    outbound_share: float | None = None
    toll_free_share: float | None = None
    recorded_share: float | None = None
    sms_per_month: float | None = None
    whatsapp_per_month: float | None = None
    whatsapp_templates_per_month: float | None = None
    chat_users_per_month: float | None = None
    messaging_conversations_per_month: float | None = None
    open_days_per_week: float | None = None
    open_hours_per_day: float | None = None
    busy_hour_share: float | None = None
    escalation_share: float | None = None
    escalations_per_hour: float | None = None
    handle_minutes: float | None = None
    service_level: float | None = None
    answer_seconds: float | None = None
    seats: float | None = None
    max_occupancy: float | None = None
    intelligence_sample_share: float | None = None
    peak_concurrent_calls: float | None = None
    tenants: float | None = None
    phone_numbers: float | None = None
    a2p_brands: float | None = None
    a2p_brand_type: str | None = None
    chars_per_minute: float | None = None
    agent_talk_share: float | None = None
    caller_talk_share: float | None = None
    stt_billed_share: float | None = None
    turns_per_minute: float | None = None
    system_prompt_tokens: float | None = None
    chars_per_token: float | None = None
    realtime_user_tokens_per_minute: float | None = None
    realtime_assistant_tokens_per_minute: float | None = None
    recording_retention_months: float | None = None
    calls_per_instance: float | None = None
    intelligence_operators: float | None = None
    text_turns_per_conversation: float | None = None
    chars_per_text_message: float | None = None
    payment_share: float | None = None
    stt_product: str | None = None
    tts_product: str | None = None
    llm_product: str | None = None
    s2s_model: str | None = None
    relay_bundles_speech: bool | None = None
    orchestrator_voice_capture: str | None = None
    prices: tuple[tuple[str, float], ...] = ()

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and (f.name != "prices" or value):
                object.__setattr__(self, f.name, _check(f.name, value))
        zero = ("chars_per_token", "turns_per_minute", "calls_per_instance", "open_days_per_week",
                "open_hours_per_day", "busy_hour_share", "max_occupancy")
        name = next((n for n in zero if getattr(self, n) == 0), None)
        if name:
            raise AnswerError(name, "0 would divide by zero", "a number > 0")
        for name, most in (("open_days_per_week", 7), ("open_hours_per_day", 24)):
            if (getattr(self, name) or 0) > most:
                raise AnswerError(name, f"{getattr(self, name):g} is more than a {name.split('_')[-1]} holds",
                                  f"a number > 0 and at most {most}")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | Volumes | None) -> Volumes:
        """Volumes from a mapping of field names (validated; unknown names are an AnswerError)."""
        if data is None:
            return cls()
        if isinstance(data, Volumes):
            return data
        if not isinstance(data, Mapping):
            raise AnswerError("volumes", f"expected a mapping or Volumes, got {type(data).__name__}")
        for key in data:
            _known(key)
        return cls(**{k: v for k, v in data.items() if v is not None})

    @classmethod
    def from_answers(cls, answers: Any) -> Volumes:
        """The volumes a saved design carries: its Volumes-step answers (and peak concurrency, tenants)."""
        return cls(**{k: getattr(answers, k) for k in ANSWER_KEYS if getattr(answers, k, None) is not None})

    def replace(self, **changes: Any) -> Volumes:
        """A copy with some fields changed (validated); ``None`` restores a field's default."""
        for key in changes:
            _known(key)
        return dataclasses.replace(self, **changes)

    def merged(self, other: Volumes) -> Volumes:
        """These volumes with every field ``other`` sets (prices merged, ``other`` winning)."""
        changes = {f.name: getattr(other, f.name) for f in fields(other)
                   if f.name != "prices" and getattr(other, f.name) is not None}
        prices = dict(self.prices) | dict(other.prices)
        return dataclasses.replace(self, **changes, prices=tuple(sorted(prices.items())))

    def to_dict(self) -> dict[str, Any]:
        """The fields that are set, as plain JSON types."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "prices":
                if value:
                    out["prices"] = dict(value)
            elif value is not None:
                out[f.name] = value
        return out


def _known(key: Any) -> None:
    if key not in SPECS:
        raise AnswerError(str(key), "unknown volume or assumption" + did_you_mean(str(key), SPECS), ", ".join(SPECS))


def figure(x: float) -> str:
    """A number for a formula: thousands separated, at most 4 decimals."""
    return f"{x:,.4f}".rstrip("0").rstrip(".") if x != int(x) else f"{int(x):,}"
