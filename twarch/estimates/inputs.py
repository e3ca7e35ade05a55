"""What the cost, latency and capacity models start from: a design's stack, volumes and assumptions.

:class:`Volumes` is the typed, frozen inputs object. Every field is optional: ``None`` means *use the default*,
and :func:`resolve` fills each default from its source (an answer, a sourced row of
``knowledge/assumptions.csv``, or a rule stated in words) and records where every value came from
(:class:`Value`), so a report can say which figures are yours and which are assumed.

The answers-file keys of the *Volumes* step (``calls_per_month``, ``minutes_per_call``...) are fields of the same
name: a saved design carries its volumes (:meth:`Volumes.from_answers`). The other fields are assumptions an
architect may override (``Volumes(turns_per_minute=8)``, ``twarch cost --set turns_per_minute=8``).

:class:`Stack` is the product rows a design runs on: the STT, TTS and LLM rows of ``providers.csv`` standing for
the recommended vendors (each overridable), or the realtime model of a speech-to-speech design.

Standard library only.

>>> v = Volumes(calls_per_month=1000)
>>> v.replace(minutes_per_call=3).minutes_per_call
3.0
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from ..answers import did_you_mean
from ..errors import AnswerError
from ..io.bounds import MAX_COUNT
from ..knowledge.prices import assumption, load_prices
from ..knowledge.providers import Provider, covers, load_providers
from ..knowledge.speech import OWN
from ..knowledge.stack import INSTALLS, LLMS

#: Hours in an average month of an always-open line (365 x 24 / 12): spreads a month's volume over its hours.
HOURS_PER_MONTH = 365 * 24 / 12
DEFAULT_LLM = "openai-gpt-4o-mini"
#: Speech-to-speech models twarch prices (row prefixes of ``prices.csv``).
S2S_MODELS: dict[str, str] = {"gpt-realtime": "openai_realtime", "gpt-realtime-mini": "openai_realtime_mini"}
CAPTURE_MODES = ("active", "passive", "both")
#: The channels whose conversations are typed, not spoken: an AI answering them sends each turn to the LLM.
TEXT_CHANNELS = ("sms", "whatsapp", "rcs", "chat")

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
    "escalation_share": Spec(_SHARE, "share", "share of conversations (calls, chats, threads) handed to a human",
                             "escalation_share"),
    "escalations_per_hour": Spec(_NUMBER, "escalations/hour", "escalations in the busiest hour"),
    "handle_minutes": Spec(_NUMBER, "minutes", "human handle time per escalation", "handle_minutes"),
    "service_level": Spec(_SHARE, "share", "share of escalations answered within the answer time", "service_level"),
    "answer_seconds": Spec(_NUMBER, "seconds", "answer time of the service level", "answer_seconds"),
    "seats": Spec(_COUNT, "users", "human agents who log in to Flex per month"),
    "intelligence_sample_share": Spec(_SHARE, "share", "share of conversations Intelligence analyses"),
    "peak_concurrent_calls": Spec(_COUNT, "calls", "peak concurrent calls"),
    "tenants": Spec(_COUNT, "tenants", "end customers (tenants) served"),
    "phone_numbers": Spec(_COUNT, "numbers", "phone numbers rented for the design's calls and texts"),
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
        raise AnswerError(name, "expected a mapping of line id to unit price", "e.g. {'taskrouter_task': 0.005}") from None
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
    escalation_share: float | None = None
    escalations_per_hour: float | None = None
    handle_minutes: float | None = None
    service_level: float | None = None
    answer_seconds: float | None = None
    seats: float | None = None
    intelligence_sample_share: float | None = None
    peak_concurrent_calls: float | None = None
    tenants: float | None = None
    phone_numbers: float | None = None
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
        if self.chars_per_token == 0 or self.turns_per_minute == 0 or self.calls_per_instance == 0:
            name = next(n for n in ("chars_per_token", "turns_per_minute", "calls_per_instance")
                        if getattr(self, n) == 0)
            raise AnswerError(name, "0 would divide by zero", "a number > 0")

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


# ------------------------------------------------------------------------------------------------ the stack

@dataclass(frozen=True)
class Stack:
    """The products a design's voice runs on: transport, pipeline and the provider rows (or realtime model)."""

    voice: bool
    transport: str | None
    pipeline: str
    stt: Provider | None
    tts: Provider | None
    llm: Provider | None
    s2s_model: str | None
    products: tuple[str, ...]
    channels: tuple[str, ...]
    answering_machine_detection: bool = False  #: the design runs AMD on its outbound calls (a consideration says so)
    stt_vendor: str | None = None  #: the recommended vendors (the rows above are None where none is offered)
    tts_vendor: str | None = None
    abroad: tuple[str, ...] = ()  #: where the design's people are, outside the US (countries, or "EU" for eu_users)
    llm_vendor: str | None = None  #: the ``llm`` answer (``llm`` above is None for ``own`` and ``other``)
    assist: bool = False  #: agent assist: people answer every conversation; no AI voice transport, speech or LLM turns
    #: Google CX Agent Studio's speech-to-speech voice channel (install google_voice): calls join no Orchestrator
    #: conversation (so no voice capture), and its model is Google's, not the gpt-realtime the bill stands in with
    google_voice: bool = False
    text_llm: Provider | None = None  #: the LLM row answering text conversations (None: own, other, or no text)
    payments: bool = False  #: a voice design that takes card payments (through <Pay>)
    serves_us: bool = True  #: the US is among the countries served (or countries are unanswered)
    #: an AI's hand-off goes to a phone, a team line or an on-call person (handoff_target phone_line): no TaskRouter,
    #: Flex or Erlang C team; a call is put through to the line on a new outbound leg
    phone_handoff: bool = False

    @property
    def text(self) -> tuple[str, ...]:
        """The text channels an AI answers (SMS, WhatsApp, RCS, chat); none in agent assist, where people answer."""
        return () if self.assist else tuple(c for c in self.channels if c in TEXT_CHANNELS)

    @property
    def speech_to_speech(self) -> bool:
        return self.pipeline == "speech_to_speech"

    @property
    def relay(self) -> bool:
        return self.transport == "conversation_relay"

    def has(self, product: str) -> bool:
        return product in self.products

    def unmodelled(self, kind: str) -> str:
        """How the bill and the latency budget name a part with no row because the customer runs it (``own``) or
        twarch holds none for it (``llm: other``); "" for a part with a row, or absent."""
        row, vendor = getattr(self, kind), getattr(self, f"{kind}_vendor")
        if row is not None or not self.voice or self.speech_to_speech:
            return ""
        if vendor == OWN:
            return {"stt": "your own speech recognition", "tts": "your own voice", "llm": "your own LLM"}[kind]
        return "your LLM (other: no model named)" if kind == "llm" and vendor == "other" else ""

    def llm_stand_in(self) -> str:
        """Why the LLM's row is not the cloud the design named (Azure OpenAI, Bedrock), in words; "" otherwise."""
        chosen, row = LLMS.get(self.llm_vendor or ""), self.llm or self.text_llm
        if chosen is None or not chosen.stand_in or row is None or row.id != chosen.row:
            return ""
        return (f"{chosen.label} is priced and timed as {row.label} on its maker's own API: "
                f"{chosen.label}'s resold prices and latency were not sourced, and your deployment's differ.")

    def s2s_stand_in(self, timed: bool = False) -> str:
        """Why a speech-to-speech design with Google's model (``llm: google``) is priced (or, ``timed``, timed) as
        OpenAI's realtime model, in words; "" otherwise."""
        if not (self.speech_to_speech and self.llm_vendor == "google"):
            return ""
        where = "CX Agent Studio's voice channel" if self.google_voice else "your Media Streams bridge"
        if timed:
            return f"a stand-in for Gemini in {where}, whose latency is not sourced: measure yours"
        return (f"Gemini in {where} has no sourced price or latency: the speech-to-speech lines are OpenAI "
                f"{self.s2s_model}'s, a stand-in, not Google's; pass yours with --price (s2s_audio_in, s2s_audio_out, "
                "...) and s2s_ms.")

    def label(self) -> str:
        if not self.voice:
            return "no voice"
        if self.speech_to_speech:
            return f"{self.s2s_model} over Media Streams" + (
                ", standing in for Gemini (no sourced price or latency)" if self.s2s_stand_in() else "")
        if self.assist:
            return "people answering in Flex, with live transcription for the assist (no AI voice agent)"
        parts = [p.id if p is not None else self.unmodelled(kind) for kind, p in
                 (("stt", self.stt), ("llm", self.llm), ("tts", self.tts))]
        return " + ".join(p for p in parts if p) + f" via {self.transport}"


def default_row(kind: str, vendor: str | None, relay: bool, languages: tuple[str, ...] = ()) -> Provider | None:
    """The providers.csv row standing for a vendor: its first live row with a sourced latency (else its first live
    row); on ConversationRelay only rows ConversationRelay offers; with ``languages``, only rows whose language list
    does not exclude one of them (Polly's Standard engine has no Catalan voice, its Neural engine has)."""
    if vendor is None:
        return None
    rows = [p for p in load_providers() if p.kind == kind and p.vendor_id == vendor and p.live
            and (p.in_conversation_relay or not relay)]
    if languages:
        rows = [p for p in rows if covers(p.id, kind, languages) is not False] or rows
    return next((p for p in rows if p.latency_ms is not None), rows[0] if rows else None)


def _row(kind: str, row_id: str, relay: bool) -> Provider:
    row = next(p for p in load_providers() if p.id == row_id)
    if relay and kind != "llm" and not row.in_conversation_relay:
        offered = ", ".join(p.id for p in load_providers() if p.kind == kind and p.in_conversation_relay)
        raise AnswerError(f"{kind}_product", f"{row_id!r} is not offered by ConversationRelay", offered)
    return row


def stack_of(rec: Any, volumes: Volumes | None = None) -> Stack:
    """The stack a recommendation runs on, with the product rows volumes may override."""
    v = volumes or Volumes()
    answers = rec.answers
    assist, voice, s2s = bool(rec.facts.agent_assist), bool(rec.facts.voice), bool(rec.facts.speech_to_speech)
    transport = ("media_streams" if s2s else rec.voice_transport) if voice else None
    relay = transport == "conversation_relay"
    stt = tts = llm = None
    if voice and not s2s and not assist:
        spoken = answers.languages or ()
        stt = _row("stt", v.stt_product, relay) if v.stt_product else default_row("stt", rec.stt_provider, relay,
                                                                                   spoken)
        tts = _row("tts", v.tts_product, relay) if v.tts_product else default_row("tts", rec.tts_provider, relay,
                                                                                   spoken)
        llm = _llm_row(answers, v, relay)
    text = not assist and any(c in TEXT_CHANNELS for c in (answers.channels or ()))
    amd = any(item.id == "answering_machine_detection" for item in rec.considerations)
    countries = answers.countries or ()
    return Stack(voice, transport, "speech_to_speech" if s2s else "cascaded", stt, tts, llm,
                 (v.s2s_model or "gpt-realtime") if s2s else None, tuple(rec.product_ids), answers.channels or (),
                 voice and amd, rec.stt_provider, rec.tts_provider, _abroad(answers), answers.llm, assist,
                 s2s and rec.install == INSTALLS["google_voice"].command,
                 _llm_row(answers, v, False) if text else None, voice and bool(answers.takes_payments),
                 not countries or "US" in countries,
                 bool(rec.facts.phone_handoff))


def _llm_row(answers: Any, v: Volumes, relay: bool) -> Provider | None:
    """The LLM row standing for the ``llm`` answer (or your llm_product); None for own and other, which have no row:
    neither priced nor timed as some other model."""
    if v.llm_product:
        return _row("llm", v.llm_product, relay)
    if answers.llm is None:
        return _row("llm", DEFAULT_LLM, relay)
    return _row("llm", LLMS[answers.llm].row, relay) if LLMS[answers.llm].row else None


def _abroad(answers: Any) -> tuple[str, ...]:
    """The countries outside the US the answers name ("EU" when only eu_users says so): US rates do not apply."""
    countries = tuple(c for c in (answers.countries or ()) if c != "US")
    return countries or (("EU",) if answers.eu_users else ())


# ------------------------------------------------------------------------------------------------ conversations

def figure(x: float) -> str:
    """A number for a formula: thousands separated, at most 4 decimals."""
    return f"{x:,.4f}".rstrip("0").rstrip(".") if x != int(x) else f"{int(x):,}"


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


def average_escalations(stack: Stack, values: Mapping[str, Value]) -> float | None:
    """Escalations in the month's average hour: conversations x escalation_share / hours in a month."""
    share, found = values["escalation_share"].value, conversations(stack, values)
    return None if share is None or not found.count else found.count * share / HOURS_PER_MONTH


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


@lru_cache(maxsize=None)
def _from_row(name: str) -> Value:
    spec = SPECS[name]
    row = assumption(spec.assumption)
    return Value(name, row.value, spec.unit, spec.meaning, "default", row.meaning, row.source_url, row.as_of,
                 row.checked)


def _rule(name: str, value: Any, basis: str) -> Value:
    spec = SPECS[name]
    return Value(name, value, spec.unit, spec.meaning, "rule", basis)


def resolve(rec: Any, volumes: Volumes | None = None) -> tuple[Stack, Inputs]:
    """The stack and every input of a design: yours where set (answers, then ``volumes``), else its default."""
    answers = rec.answers
    v = Volumes.from_answers(answers).merged(volumes or Volumes())
    stack = stack_of(rec, v)
    out: dict[str, Value] = {}
    for name, spec in SPECS.items():
        given = getattr(v, name)
        if name == "prices":
            out[name] = Value(name, dict(given), spec.unit, spec.meaning, "yours" if given else "rule",
                              "" if given else "no price overrides")
        elif given is not None:
            out[name] = Value(name, given, spec.unit, spec.meaning, "yours")
        elif name == "recording_retention_months" and "fdcpa" in rec.regulation_ids:
            out[name] = _rule(name, 36.0, "Regulation F (12 CFR 1006.100) keeps each call recording three years: "
                                          "the bill prices storage at that steady state")
        elif name == "escalation_share" and stack.assist:
            out[name] = _rule(name, 1.0, "agent assist: people answer every conversation")
        elif spec.assumption and (name != "escalation_share" or _handoff(stack)):
            out[name] = _from_row(name)
        else:
            out[name] = _default(name, rec, stack, out, v)
    return stack, Inputs(out)


def _handoff(stack: Stack) -> bool:
    return stack.has("taskrouter") or stack.has("flex") or stack.phone_handoff


def _escalations_per_hour(stack: Stack, done: dict[str, Value], given: Volumes) -> Value:
    """The busy hour's escalations: from your peak concurrency when answered, else the month's average hour."""
    name, share = "escalations_per_hour", done["escalation_share"]
    if share.value is None:
        return _rule(name, None, f"no default: escalation_share has none ({share.basis})")
    found = conversations(stack, done)
    peak, minutes = given.peak_concurrent_calls, done["minutes_per_call"].value
    if stack.voice and peak is not None and minutes:
        calls = done["calls_per_month"].value or 0.0
        others = (found.count - calls) * share.value / HOURS_PER_MONTH
        missing = tuple(m for m in found.missing if m != "calls_per_month")
        return _rule(name, peak * 60 / minutes * share.value + others,
                     f"peak_concurrent_calls x 60 / minutes_per_call x escalation_share = {figure(peak)} x 60 / "
                     f"{figure(minutes)} x {figure(share.value)}: the PEAK hour's calls"
                     + (f", + the other conversations' average hour ({figure(others)})" if others else "")
                     + _lower_bound(missing))
    if not found.count:
        inputs = (*found.missing, *(("peak_concurrent_calls",) if stack.voice else ()))
        wanted = " or ".join(inputs) or "a conversation volume"
        return _rule(name, None, f"no default: needs {wanted} (with escalation_share), or answer it")
    return _rule(name, found.count * share.value / HOURS_PER_MONTH,
                 f"{found.sum} x escalation_share {figure(share.value)} / {HOURS_PER_MONTH:g} hours: the month's "
                 "average hour, not its peak" + _lower_bound(found.missing))


#: The message volume of each channel whose threads messaging_conversations_per_month counts.
_MESSAGES = (("sms", "sms_per_month", "SMS segments"), ("whatsapp", "whatsapp_per_month", "WhatsApp messages"))


def _text_turns(stack: Stack, done: dict[str, Value]) -> Value:
    """AI turns per SMS/WhatsApp conversation from your volumes: the messages of those channels (in and out) / the
    conversations / 2, each turn a customer message and the AI's reply; no default without both (nor for chat, whose
    volume counts users, not messages)."""
    name = "text_turns_per_conversation"
    threads = done["messaging_conversations_per_month"]
    used = [(key, words) for channel, key, words in _MESSAGES if channel in stack.text]
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


def _lower_bound(missing: tuple[str, ...]) -> str:
    if not missing:
        return ""
    return f"; a lower bound while {', '.join(missing)} {'is' if len(missing) == 1 else 'are'} unanswered"


def _default(name: str, rec: Any, stack: Stack, done: dict[str, Value], given: Volumes) -> Value:
    """The default of a field without a sourced row: a rule on the answers, or ``None`` (no default)."""
    a = rec.answers
    if name == "outbound_share":
        if a.direction is None and a.outcome == "outbound_calling":
            return _rule(name, 1.0, "direction unanswered; the outcome is outbound calling: outbound assumed")
        share = {"inbound": 0.0, "outbound": 1.0, "both": 0.5}.get(a.direction or "", 0.0)
        basis = {"inbound": "direction is inbound", "outbound": "direction is outbound",
                 "both": "direction is both: an even split is assumed"}.get(a.direction or "",
                                                                            "direction unanswered: inbound assumed")
        return _rule(name, share, basis)
    if name == "toll_free_share":
        return _rule(name, 0.0, "local numbers assumed")
    if name == "recorded_share":
        return _rule(name, 1.0 if a.records_calls else 0.0,
                     "records_calls is yes: every call" if a.records_calls else "records_calls is not yes: none")
    if name in ("sms_per_month", "whatsapp_per_month", "whatsapp_templates_per_month", "chat_users_per_month"):
        return _rule(name, 0.0, "not answered: none")
    if name == "messaging_conversations_per_month":
        return _rule(name, None, "no default: a conversation is a thread of several messages and twarch holds no "
                                 "sourced messages-per-conversation figure; set it")
    if name == "escalation_share":
        if a.handoff is None:
            return _rule(name, None, "handoff is unanswered: no human team is assumed or sized until you answer it")
        return _rule(name, 0.0, "no human handoff in the design")
    if name == "escalations_per_hour":
        return _escalations_per_hour(stack, done, given)
    if name == "intelligence_sample_share":
        return _rule(name, 1.0, "every conversation: operators run on each captured conversation unless a rule "
                                "narrows them")
    if name == "peak_concurrent_calls":
        calls, minutes = done["calls_per_month"].value, done["minutes_per_call"].value
        busy, share = done.get("escalations_per_hour"), done.get("escalation_share")
        implied = (busy.value / share.value * minutes / 60 if busy is not None and busy.origin == "yours"
                   and share is not None and share.value and minutes is not None else None)
        if implied is not None and math.isfinite(implied) and implied <= MAX_COUNT:
            return _rule(name, implied,
                         "escalations_per_hour / escalation_share x minutes_per_call / 60: the BUSY HOUR's "
                         "concurrency implied by your escalations per hour")
        if calls is None:
            return _rule(name, None, "no default: answer peak_concurrent_calls")
        return _rule(name, calls * minutes / (HOURS_PER_MONTH * 60),
                     f"calls_per_month x minutes_per_call / ({HOURS_PER_MONTH:g} x 60): the month's AVERAGE "
                     "concurrency, which understates any peak")
    if name == "tenants":
        return _rule(name, 1.0, "tenants unanswered: one")
    if name == "text_turns_per_conversation":
        return _text_turns(stack, done)
    if name == "payment_share":
        return _rule(name, 1.0 if stack.payments else None,
                     "assumed: every call takes a payment, an upper bound (no sourced share): set payment_share"
                     if stack.payments else "the design takes no card payments by voice")
    if name == "phone_numbers":
        if a.customer_profile == "isv":
            return _rule(name, done["tenants"].value, "one per tenant: each of an ISV's tenants calls and texts from "
                                                      "its own number")
        return _rule(name, 1.0, "one number")
    if name == "llm_product":
        row = stack.llm or stack.text_llm
        return _rule(name, row.id if row else None, "the row standing for the llm answer (knowledge/stack.py), "
                     f"{DEFAULT_LLM} when unanswered" if row else
                     f"no row: {stack.unmodelled('llm') or 'not used'}, not priced or timed")
    if name in ("stt_product", "tts_product"):
        row = getattr(stack, name.split("_")[0])
        return _rule(name, row.id if row else None, "the recommended vendor's first live row with a sourced latency"
                     + (" that ConversationRelay offers" if stack.relay else "") if row else
                     f"no row: {stack.unmodelled(name.split('_')[0]) or 'not used'}")
    if name == "s2s_model":
        return _rule(name, stack.s2s_model, ("gpt-realtime, standing in for Gemini (no sourced price)"
                                             if stack.s2s_stand_in() else
                                             "gpt-realtime, OpenAI's realtime model behind Agent Connect's "
                                             "speech-to-speech providers") if stack.s2s_model else "not used")
    if name == "relay_bundles_speech":
        return _rule(name, False, "reading A: speech vendors billed on top of ConversationRelay's fee, an upper bound "
                                  "(sources conflict; the bill shows reading B too)")
    if name == "orchestrator_voice_capture":
        if stack.google_voice:
            return _rule(name, None, "none: CX Agent Studio's speech-to-speech voice channel joins no Orchestrator "
                                     "conversation")
        if stack.assist:
            return _rule(name, "passive", "passive: agent assist has no ConversationRelay, so Twilio transcribes each "
                                          "agent's call for Orchestrator (Real-Time Transcription)")
        mode = "active" if stack.relay else "passive"
        return _rule(name, mode, "active: ConversationRelay joins the conversation through conversationConfiguration "
                                 "and its own speech-to-text" if stack.relay else
                                 "passive: Twilio transcribes the call for Orchestrator (no ConversationRelay)")
    return _rule(name, None, "no default")  # calls_per_month, seats


#: Bill line ids a price override may name (twarch/estimates/costing.py prices these).
LINE_IDS: tuple[str, ...] = (
    *load_prices(),
    "stt", "tts", "llm_input", "llm_output", "llm_text_input", "llm_text_output", "voice_transfer_leg",
    "s2s_audio_in", "s2s_audio_cached", "s2s_text_in", "s2s_text_cached", "s2s_audio_out", "s2s_text_out",
)
