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
from ..io.bounds import MAX_COUNT
from ..knowledge.providers import load_providers
from ..knowledge.questions import BY_ID
from ..text import preview
from .lines import LINE_IDS

#: Speech-to-speech models twarch prices (row prefixes of ``prices.csv``): OpenAI's two full realtime models (the
#: reasoning gpt-realtime-2 differs only in its text-output price) and the mini.
S2S_MODELS: dict[str, str] = {"gpt-realtime-1.5": "openai_realtime_1_5", "gpt-realtime-2": "openai_realtime_2",
                              "gpt-realtime-mini": "openai_realtime_mini"}
#: The model a speech-to-speech design is priced with unless ``s2s_model`` says otherwise: OpenAI's main audio model
#: for voice agents (its model page, checked 2026-12-07), without gpt-realtime-2's reasoning latency and dearer text.
DEFAULT_S2S_MODEL = "gpt-realtime-1.5"
CAPTURE_MODES = ("active", "passive", "both")
#: A2P 10DLC brand types: a Standard brand pays secondary vetting and a standard use case's campaign fee; a
#: Low-Volume Standard brand skips vetting and runs a Low-Volume Mixed campaign (under 6,000 messages a month).
A2P_BRAND_TYPES = ("standard", "low_volume_standard")

#: Field kinds: how a value is checked.
_SHARE, _COUNT, _NUMBER = "share", "count", "number"
NUMERIC = (_SHARE, _COUNT, _NUMBER)
#: The smallest number above 0 a volume or assumption may be (prices excepted): the reports show 4 decimals, so a
#: smaller one would print as 0, and the models divide by some inputs (calls, conversations, call length), where a
#: tiny one would make a figure astronomically large or infinite.
SMALLEST = 0.0001


@dataclass(frozen=True)
class Spec:
    """How one :class:`Volumes` field is read and defaulted, and the range a number must fall in."""

    kind: str  #: share (0..1), count (a number of things), number, choice, bool, prices
    unit: str
    meaning: str
    assumption: str = ""  #: the ``assumptions.csv`` row its default comes from ("" when a rule or an answer does)
    choices: tuple[str, ...] = ()
    low: float = 0.0  #: the smallest number allowed (above 0 for a number the models divide by)
    high: float = 1.0  #: the largest number allowed (a share's is 1); for ``prices``, the largest unit price

    @property
    def smallest(self) -> float:
        """The smallest number above 0 allowed: :attr:`low`, else :data:`SMALLEST` (prices: any)."""
        return self.low or (SMALLEST if self.kind in NUMERIC else 0.0)

    @property
    def allowed(self) -> str:
        """The range in words: ``0 or a share from 0.0001 to 1``, ``a number from 0.1 to 60``."""
        what = "a share" if self.kind == _SHARE else "a price in USD" if self.kind == "prices" else "a number"
        zero = "0 or " if not self.low and self.smallest else ""
        return f"{zero}{what} from {figure(self.smallest)} to {figure(self.high)}"

    def nearest(self, value: float) -> float:
        """The allowed number nearest ``value`` (a what-if's +/-50% kept in range)."""
        return 0.0 if value <= 0 and not self.low else min(max(value, self.smallest), self.high)


def asked(question_id: str) -> float:
    """The largest value the Volumes-step question of that id allows (an answer and an override share one range)."""
    return BY_ID[question_id].largest


#: Every field of :class:`Volumes`, in order: the Volumes-step answers first, then the assumptions. Every number has a
#: range (``low``..``high``), so no input can make a figure infinite, astronomically long or too large to round to the
#: cent: the answers' ranges are their questions' (``asked``: monthly volumes up to ``MAX_MONTHLY_VOLUME``, counts up to
#: ``MAX_COUNT``, call and handle times up to ``MAX_CALL_MINUTES``, shares up to 1); each assumption's is stated beside
#: it, far outside any real design and low enough that the largest bill stays a number that rounds to the
#: cent (about 2.4e20 USD with every input and price at its worst: benchmarks/bench_hostile.py).
SPECS: dict[str, Spec] = {
    "calls_per_month": Spec(_COUNT, "calls", "calls per month", high=asked("calls_per_month")),
    "minutes_per_call": Spec(_NUMBER, "minutes", "average call length", "minutes_per_call",
                             high=asked("minutes_per_call")),
    "outbound_share": Spec(_SHARE, "share", "share of call minutes that are outbound"),
    "toll_free_share": Spec(_SHARE, "share", "share of inbound minutes to toll-free numbers"),
    "recorded_share": Spec(_SHARE, "share", "share of calls recorded"),
    "sms_per_month": Spec(_COUNT, "segments", "SMS segments per month, in and out", high=asked("sms_per_month")),
    "whatsapp_per_month": Spec(_COUNT, "messages", "WhatsApp messages per month, in and out",
                               high=asked("whatsapp_per_month")),
    "whatsapp_templates_per_month": Spec(_COUNT, "messages", "WhatsApp template messages Meta charges for",
                                         high=asked("whatsapp_templates_per_month")),
    "chat_users_per_month": Spec(_COUNT, "users", "web chat users per month", high=asked("chat_users_per_month")),
    "messaging_conversations_per_month": Spec(_COUNT, "conversations", "SMS and WhatsApp conversations per month "
                                              "(threads of messages, not messages)",
                                              high=asked("messaging_conversations_per_month")),
    # The opening hours and the busy hour come before the escalations and the peak, whose defaults read them.
    # one day a week to every day, one hour a day to all 24 (the models divide by both)
    "open_days_per_week": Spec(_NUMBER, "days/week", "days a week the line takes calls", "open_days_per_week",
                               low=1, high=7),
    "open_hours_per_day": Spec(_NUMBER, "hours/day", "hours an open day the line takes calls", "open_hours_per_day",
                               low=1, high=24),
    # at least 1%; the busy hour's conversations are divided by it
    "busy_hour_share": Spec(_SHARE, "share", "share of an open day's conversations that arrive in its busiest hour",
                            low=0.01),
    "escalation_share": Spec(_SHARE, "share", "share of conversations (calls, chats, threads) handed to a human",
                             "escalation_share"),
    "escalations_per_hour": Spec(_NUMBER, "escalations/hour", "escalations in the busiest hour",
                                 high=asked("escalations_per_hour")),
    "handle_minutes": Spec(_NUMBER, "minutes", "human handle time per escalation", "handle_minutes",
                           high=asked("handle_minutes")),
    "service_level": Spec(_SHARE, "share", "share of escalations answered within the answer time", "service_level"),
    "answer_seconds": Spec(_NUMBER, "seconds", "answer time of the service level", "answer_seconds",
                           high=asked("answer_seconds")),
    "seats": Spec(_COUNT, "users", "human agents who log in to Flex per month", high=asked("seats")),
    # at least 1%; the team's handling hours are divided by it
    "max_occupancy": Spec(_SHARE, "share", "highest occupancy (handling time / logged-in time) a team is planned at",
                          "max_occupancy", low=0.01),
    "intelligence_sample_share": Spec(_SHARE, "share", "share of conversations Intelligence analyses"),
    "peak_concurrent_calls": Spec(_COUNT, "calls", "peak concurrent calls", high=asked("peak_concurrent_calls")),
    "tenants": Spec(_COUNT, "tenants", "end customers (tenants) served", high=asked("tenants")),
    # as many as the largest count an answer may give (MAX_COUNT)
    "phone_numbers": Spec(_COUNT, "numbers", "phone numbers rented for the design's calls and texts",
                          high=MAX_COUNT),
    # as many as the largest count an answer may give (MAX_COUNT): one per tenant at most in practice
    "a2p_brands": Spec(_COUNT, "brands", "A2P 10DLC brands registered to text the US from local numbers",
                       high=MAX_COUNT),
    "a2p_brand_type": Spec("choice", "type", "the A2P 10DLC brands' type, which sets their vetting and campaign fees",
                           choices=A2P_BRAND_TYPES),
    # ten times the fastest speech (the default is 900)
    "chars_per_minute": Spec(_NUMBER, "chars/minute", "characters per minute of speech", "tts_chars_per_minute",
                             high=10_000),
    "agent_talk_share": Spec(_SHARE, "share", "share of a call the agent speaks", "agent_talk_share"),
    "caller_talk_share": Spec(_SHARE, "share", "share of a call the caller speaks", "caller_talk_share"),
    "stt_billed_share": Spec(_SHARE, "share", "share of a call minute streaming STT bills", "stt_billed_share"),
    # one exchange in ten minutes to one a second; each turn's speech is divided by it
    "turns_per_minute": Spec(_NUMBER, "turns/minute", "caller-agent exchanges per minute", "turns_per_minute",
                             low=0.1, high=60),
    # beyond any LLM's context window; every turn re-sends them
    "system_prompt_tokens": Spec(_NUMBER, "tokens", "instruction tokens sent with every LLM request",
                                 "system_prompt_tokens", high=10_000_000),
    # a tenth of a character (scripts that spend several tokens on one) to a hundred; tokens are divided by it
    "chars_per_token": Spec(_NUMBER, "chars/token", "characters per LLM token", "chars_per_token", low=0.1, high=100),
    # about a hundred times the defaults (600 and 1,200)
    "realtime_user_tokens_per_minute": Spec(_NUMBER, "tokens/minute", "realtime audio tokens per minute of caller "
                                            "speech", "realtime_user_tokens_per_minute", high=100_000),
    "realtime_assistant_tokens_per_minute": Spec(_NUMBER, "tokens/minute", "realtime audio tokens per minute of "
                                                 "model speech", "realtime_assistant_tokens_per_minute",
                                                 high=100_000),
    # a century
    "recording_retention_months": Spec(_NUMBER, "months", "months recordings stay on Twilio",
                                       "recording_retention_months", high=1200),
    # a server holds at least one call, and no more than the largest peak (MAX_COUNT); the peak is divided by it
    "calls_per_instance": Spec(_NUMBER, "calls", "concurrent calls per WebSocket server instance",
                               "calls_per_instance", low=1, high=MAX_COUNT),
    # far more operators than anyone runs on one conversation
    "intelligence_operators": Spec(_NUMBER, "operators", "operators run on each analysed conversation",
                                   "intelligence_operators", high=1000),
    # ten thousand exchanges in one thread; the context re-sent grows with their square
    "text_turns_per_conversation": Spec(_NUMBER, "turns", "AI turns per text conversation (a customer message and "
                                        "the AI's reply, each one LLM request)", high=10_000),
    # longer than any SMS or WhatsApp message by far
    "chars_per_text_message": Spec(_NUMBER, "chars/message", "characters of a text message (the customer's or the "
                                   "AI's)", "chars_per_text_message", high=100_000),
    "payment_share": Spec(_SHARE, "share", "share of calls that take a card payment through <Pay>"),
    "stt_product": Spec("choice", "row", "the providers.csv STT row"),
    "tts_product": Spec("choice", "row", "the providers.csv TTS row"),
    "llm_product": Spec("choice", "row", "the providers.csv LLM row"),
    "s2s_model": Spec("choice", "model", "the speech-to-speech model", choices=tuple(S2S_MODELS)),
    "relay_bundles_speech": Spec("bool", "reading", "ConversationRelay's fee already covers the speech vendors"),
    "orchestrator_voice_capture": Spec("choice", "mode", "how Orchestrator captures voice", choices=CAPTURE_MODES),
    # a unit price (per minute, message, seat or million tokens) above $10,000 is a typo: twarch's dearest is tens
    "prices": Spec("prices", "USD", "unit prices you set, by bill line id", high=10_000),
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
    if spec.kind in NUMERIC:
        return in_range(name, value, spec)
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
            raise AnswerError(f"prices.{key}", "unknown bill line" + did_you_mean(key, LINE_IDS),
                              f"one of the {len(LINE_IDS)} bill line ids (twarch/estimates/lines.py lists them, the "
                              "line column of twarch cost --format csv a design's), e.g. voice_outbound")
        out.append((key, in_range(f"prices.{key}", price, spec)))
    return tuple(out)


def in_range(name: str, value: Any, spec: Spec) -> float:
    """``value`` as a float when it is a number in ``spec``'s range; else AnswerError naming ``name`` and the range.

    A Python int of any size is compared without being converted (``float(10**400)`` would raise)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AnswerError(name, f"expected a number, got {type(value).__name__}", spec.allowed)
    if isinstance(value, float) and not math.isfinite(value):
        raise AnswerError(name, f"{value} is not a finite number", spec.allowed)
    shown = f"{value:g}" if isinstance(value, float) else preview(value)
    if value < 0:
        raise AnswerError(name, f"{shown} is negative", spec.allowed)
    if value < spec.low or 0 < value < spec.smallest:
        raise AnswerError(name, f"{shown} is below {figure(spec.smallest)}", spec.allowed)
    if value > spec.high:
        raise AnswerError(name, f"{shown} is above {figure(spec.high)}", spec.allowed)
    return float(value)


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
