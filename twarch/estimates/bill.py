"""The monthly bill of a recommended design: every product it contains, priced line by line from sourced figures.

:func:`bill` turns a design (a Recommendation or its answers) and its :class:`~twarch.io.reading.Volumes` into a
:class:`Bill`: one :class:`Line` per billable unit (quantity x unit price = monthly cost, rounded to the cent like an
invoice), the lines with no sourced price kept apart (``unpriced``: their quantity, not a guessed cost), the
alternative readings where sources disagree (``readings``: the total under the other figure) and the billing traps
(``warnings``, each with its cost). Every line names its source, the date its figure is as of and the date it was
checked. What-ifs over a bill (the tornado, break-even) are in :mod:`twarch.estimates.whatif`. Standard library only.

The quantities, in words (the formulas are also printed on each line):

* call minutes = calls x minutes per call, split by direction (``outbound_share``) and number type
  (``toll_free_share``); recording = minutes x ``recorded_share``; storage = recorded minutes x retention months,
  less the free 10,000;
* ConversationRelay (or Media Streams) = call minutes; STT = minutes x ``stt_billed_share``; TTS characters = minutes
  x characters per minute x ``agent_talk_share``;
* LLM: a call has T = turns per minute x minutes turns; request k sends the instructions (P tokens), the k caller
  turns and the k-1 agent turns so far, so a call sends T*P + u*T(T+1)/2 + a*T(T-1)/2 input tokens and T*a output
  tokens (u, a = tokens per caller and agent turn, from characters per minute, talk shares and characters per token);
* speech-to-speech: the same accumulation in audio tokens (600 a minute of caller speech, 1,200 of model speech);
* text conversations an AI answers: T turns a conversation (your ``text_turns_per_conversation``, else SMS segments
  and WhatsApp messages / SMS-WhatsApp conversations / 2), the same accumulation with u = a = 160 characters a
  message / characters per token; chat (counted in users, not messages) is listed uncounted until you set T;
* messaging per channel (web chat by its active-user tiers), Flex per active user, and for products without a sourced
  rate (TaskRouter, Intelligence, Memory, Media Streams, Meta's WhatsApp fee, ``<Pay>`` transactions = calls x
  ``payment_share``) the quantity only.

>>> b = bill({"channels": ["voice"], "llm": "openai", "stt_provider": "deepgram", "tts_provider": "elevenlabs"},
...          {"calls_per_month": 1000, "minutes_per_call": 3})
>>> b.total, [line.id for line in b.lines][:3]
(339.68, ['voice_inbound_local', 'conversation_relay', 'stt'])
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..errors import AnswerError
from ..knowledge.prices import Price, price, priced_in, readings_of
from ..knowledge.providers import Provider, load_providers
from ..knowledge.speech import OWN
from .inputs import Inputs, conversations, resolve
from .lines import LINE_IDS, UNCOUNTED
from .stack import Stack, default_row
from .tokens import accumulated, llm_tokens
from .volumes import S2S_MODELS, Volumes
from .volumes import figure as _g

CENT = Decimal("0.01")
PROVIDER_STATUS = "list price"
#: The status of a line for a part the customer runs itself (``own``) or an LLM twarch holds no row for: not priced.
OWN_STATUS = "yours, not priced"
#: The status of a line for calls, texts or numbers in a country twarch holds no rate for (not priced).
NO_PRICE_HELD = "no price held for the country"
#: What a priced line in the total says of itself when its rate is a third party's, not Twilio's or the vendor's.
UNVERIFIED_RATE = " (unverified third-party rate)"


def cents(value: float) -> Decimal:
    """An amount rounded to the cent, half up (as an invoice would), from its shortest decimal form."""
    return Decimal(repr(float(value))).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Line:
    """One line of the bill. ``unit_price`` and ``monthly_cost`` are ``None`` when no sourced price exists."""

    id: str
    line: str
    product: str
    quantity: float | None
    unit: str
    unit_price: float | None
    monthly_cost: Decimal | None
    formula: str
    source: str
    as_of: str
    checked: str
    status: str
    note: str = ""
    once: bool = False  #: a one-time fee: ``monthly_cost`` holds what it costs once, and the JSON says one_time_cost

    @property
    def cost(self) -> Decimal:
        """The monthly cost of a priced line (every line of :attr:`Bill.lines` is one)."""
        assert self.monthly_cost is not None, f"bill line {self.id!r} is unpriced: it has no cost"
        return self.monthly_cost

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "line": self.line, "product": self.product,
                "quantity": None if self.quantity is None else round(self.quantity, 6), "unit": self.unit,
                "unit_price": self.unit_price,
                "one_time_cost" if self.once else "monthly_cost":
                    None if self.monthly_cost is None else float(self.monthly_cost),
                "source": self.source, "as_of": self.as_of, "checked": self.checked, "status": self.status,
                "formula": self.formula, **({"note": self.note} if self.note else {})}


@dataclass(frozen=True)
class Reading:
    """The total under the other figure where sources disagree."""

    id: str
    text: str
    total: Decimal

    def to_dict(self, base: Decimal) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "total_monthly": float(self.total),
                "difference": float(self.total - base)}


@dataclass(frozen=True)
class Trap:
    """A billing trap the design can fall into, with what it costs (``None`` when no rate is sourced)."""

    id: str
    text: str
    monthly_cost: Decimal | None = None
    high: Decimal | None = None  #: the top of a range, when the rate is a range

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "text": self.text,
                               "monthly_cost": None if self.monthly_cost is None else float(self.monthly_cost)}
        if self.high is not None:
            out["monthly_cost_high"] = float(self.high)
        return out


@dataclass(frozen=True)
class Bill:
    """A design's monthly bill: priced lines, unpriced quantities, other readings, traps and the inputs used."""

    stack: Stack
    inputs: Inputs
    lines: tuple[Line, ...]
    unpriced: tuple[Line, ...]
    readings: tuple[Reading, ...]
    traps: tuple[Trap, ...]
    notes: tuple[str, ...]
    #: one-time fees the design creates (A2P 10DLC registration...), priced or not: never in the monthly total
    one_time: tuple[Line, ...] = ()

    @property
    def one_time_total(self) -> float:
        """What the one-time fees with a sourced price cost, once: the sum of their lines (each rounded to the cent)."""
        return float(sum((line.monthly_cost for line in self.one_time if line.monthly_cost is not None),
                         Decimal("0.00")))

    @property
    def total_decimal(self) -> Decimal:
        return sum((line.cost for line in self.lines), Decimal("0.00"))

    @property
    def total(self) -> float:
        """The monthly total in USD: the sum of the priced lines (each rounded to the cent)."""
        return float(self.total_decimal)

    @property
    def minutes(self) -> float:
        calls = self.inputs.calls_per_month or 0.0
        return calls * self.inputs.minutes_per_call if self.stack.voice else 0.0

    # A cost per call, minute or resolved conversation needs at least one of them in the month: under one, the
    # division would make the total of a fraction of a call astronomically large (and too long to round to the cent).

    @property
    def per_call(self) -> float | None:
        calls = self.inputs.calls_per_month
        return float(cents(self.total / calls)) if calls and calls >= 1 and self.stack.voice else None

    @property
    def per_minute(self) -> float | None:
        return round(self.total / self.minutes, 4) if self.minutes >= 1 else None

    @property
    def resolved(self) -> float | None:
        """Conversations the AI resolves without a human: the conversations counted x (1 - escalation share)."""
        found, share = conversations(self.stack, self.inputs.values), self.inputs.escalation_share
        if not found.count or share is None:
            return None
        return found.count * (1 - share)

    @property
    def per_resolved(self) -> float | None:
        resolved = self.resolved
        return float(cents(self.total / resolved)) if resolved and resolved >= 1 else None

    def line(self, line_id: str) -> Line:
        return next(line for line in (*self.lines, *self.unpriced) if line.id == line_id)

    def by_product(self) -> dict[str, float]:
        out: dict[str, Decimal] = {}
        for line in self.lines:
            out[line.product] = out.get(line.product, Decimal("0")) + line.cost
        return {k: float(v) for k, v in out.items()}

    def used(self) -> tuple[str, ...]:
        """The inputs this design's lines read, in :data:`USED` order."""
        st, i = self.stack, self.inputs
        skip: set[str] = set()
        if not st.voice:
            skip |= set(USED[:6]) | _SPEECH | _S2S | {"orchestrator_voice_capture"}
        elif st.assist:  # no AI turns: only the operators read the transcript's characters
            skip |= (_SPEECH - _TRANSCRIPT) | _S2S | (set() if st.has("conversation_intelligence") else _TRANSCRIPT)
        elif st.speech_to_speech:
            skip |= {"stt_product", "tts_product", "llm_product", "stt_billed_share", "relay_bundles_speech"}
        else:
            skip |= _S2S | ({"relay_bundles_speech"} if not st.relay else set())
        if not i.recorded_share:
            skip.add("recording_retention_months")
        if not st.has("conversation_intelligence"):
            skip |= {"intelligence_sample_share", "intelligence_operators"}
        if not (st.voice and st.has("conversation_orchestrator")) or st.google_voice:
            skip.add("orchestrator_voice_capture")
        if not (st.has("taskrouter") or st.has("flex") or st.transfers):
            skip.add("escalation_share")
        if not st.has("flex"):
            skip.add("seats")
        if not st.transfers:
            skip.add("handle_minutes")
        if not any(st.has(p) for p in ("taskrouter", "flex", "conversation_orchestrator", "conversation_memory")):
            skip.add("messaging_conversations_per_month")
        for channel, names in (("sms", ("sms_per_month",)), ("chat", ("chat_users_per_month",)),
                               ("whatsapp", ("whatsapp_per_month", "whatsapp_templates_per_month"))):
            if channel not in st.channels:
                skip |= set(names)
        if not {"sms", "whatsapp"} & set(st.channels):
            skip.add("messaging_conversations_per_month")
        if not {"voice", "sms"} & set(st.channels):
            skip.add("phone_numbers")
        if not any(line.id.startswith("a2p_") for line in self.one_time):
            skip |= {"a2p_brands", "a2p_brand_type"}
        if not i.prices:
            skip.add("prices")
        texts = {line.id for line in (*self.lines, *self.unpriced) if line.id.startswith("llm_text_")}
        if {"llm_text_input"} & texts:  # the text turns read the prompt, token and row inputs too
            skip -= {"system_prompt_tokens", "chars_per_token", "llm_product", "messaging_conversations_per_month"}
        else:
            skip.add("chars_per_text_message")
        if not texts:
            skip.add("text_turns_per_conversation")
        if not st.payments:
            skip.add("payment_share")
        return tuple(name for name in USED if name not in skip)

    def assumed(self) -> tuple[str, ...]:
        """The inputs this bill took from defaults or rules rather than from you."""
        return tuple(name for name in self.used()
                     if self.inputs.get(name).origin != "yours" and self.inputs.get(name).value is not None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: lines, total_monthly (the sum of their monthly_cost), per_call, assumptions..."""
        base = self.total_decimal
        return {
            "stack": self.stack.label(),
            "lines": [line.to_dict() for line in self.lines],
            "total_monthly": float(base),
            "per_call": self.per_call,
            "per_minute": self.per_minute,
            "per_resolved_conversation": self.per_resolved,
            "unpriced": [line.to_dict() for line in self.unpriced],
            "total_excludes_own": [line.id for line in self.unpriced if line.status == OWN_STATUS],
            "readings": [r.to_dict(base) for r in self.readings],
            "one_time": [line.to_dict() for line in self.one_time],
            "one_time_total": self.one_time_total,
            "warnings": [t.to_dict() for t in self.traps],
            "notes": list(self.notes),
            "assumptions": {name: self.inputs.get(name).to_dict() for name in self.used()
                            if self.inputs.get(name).value is not None},
            "assumed": list(self.assumed()),
        }


#: The inputs a bill reads (the assumptions block lists these).
USED = ("calls_per_month", "minutes_per_call", "outbound_share", "toll_free_share", "recorded_share",
        "recording_retention_months", "sms_per_month", "whatsapp_per_month", "whatsapp_templates_per_month",
        "chat_users_per_month", "messaging_conversations_per_month", "escalation_share", "handle_minutes", "seats",
        "intelligence_sample_share", "intelligence_operators",
        "phone_numbers", "a2p_brands", "a2p_brand_type", "chars_per_minute", "agent_talk_share", "caller_talk_share",
        "stt_billed_share",
        "turns_per_minute", "system_prompt_tokens", "chars_per_token", "realtime_user_tokens_per_minute",
        "realtime_assistant_tokens_per_minute", "stt_product", "tts_product", "llm_product", "s2s_model",
        "relay_bundles_speech", "orchestrator_voice_capture", "text_turns_per_conversation", "chars_per_text_message",
        "payment_share", "prices")


_SPEECH = frozenset({"chars_per_minute", "agent_talk_share", "caller_talk_share", "stt_billed_share",
                     "turns_per_minute",
                     "system_prompt_tokens", "chars_per_token", "stt_product", "tts_product", "llm_product",
                     "relay_bundles_speech"})
_S2S = frozenset({"realtime_user_tokens_per_minute", "realtime_assistant_tokens_per_minute", "s2s_model"})
#: The inputs that size a call's transcript (Conversation Intelligence's characters).
_TRANSCRIPT = frozenset({"chars_per_minute", "agent_talk_share", "caller_talk_share"})


# ------------------------------------------------------------------------------------------------ building lines

class _Lines:
    """Collects lines, applying your price overrides."""

    def __init__(self, overrides: Mapping[str, float]) -> None:
        self.overrides = dict(overrides)
        self.priced: list[Line] = []
        self.unpriced: list[Line] = []
        self.one_time: list[Line] = []

    def add(self, line_id: str, label: str, product: str, quantity: float | None, unit: str, unit_price: float | None,
            formula: str, source: str, as_of: str, checked: str, status: str, note: str = "",
            once: bool = False) -> None:
        if line_id not in LINE_IDS and line_id not in UNCOUNTED:
            raise ValueError(f"bill line {line_id!r} is not declared: add it to prices.csv or estimates/lines.py")
        if line_id in self.overrides:
            unit_price, source, as_of, checked, status = self.overrides[line_id], "your value", "-", "-", "yours"
        if unit_price is None or quantity is None:
            (self.one_time if once else self.unpriced).append(Line(line_id, label, product, quantity, unit, None,
                                                                   None, formula, source, as_of, checked, status,
                                                                   note, once))
            return
        cost = (Decimal(repr(float(quantity))) * Decimal(repr(float(unit_price)))).quantize(CENT, ROUND_HALF_UP)
        if status == "unverified":  # a priced row that is unverified holds a third-party figure (prices.csv)
            label += UNVERIFIED_RATE
        (self.one_time if once else self.priced).append(Line(line_id, label, product, quantity, unit, unit_price,
                                                             cost, formula, source, as_of, checked, status, note,
                                                             once))

    def twilio(self, price_id: str, label: str, quantity: float | None, formula: str, note: str = "",
               once: bool = False) -> None:
        p: Price = price(price_id)
        self.add(price_id, label, p.product, quantity, p.per, p.price, formula, p.source_url, p.as_of, p.checked,
                 p.status, note or ("" if p.price is not None else p.notes), once)

    def provider(self, line_id: str, label: str, row: Provider, quantity: float, unit: str,
                 unit_price: float | None, formula: str, note: str = "") -> None:
        self.add(line_id, label, row.label, quantity, unit, unit_price, formula, row.source_url, row.as_of,
                 row.checked, PROVIDER_STATUS, note)


def _billed_minutes(calls: float, i: Inputs) -> tuple[float, str]:
    """Twilio's per-minute lines bill every call at least a whole minute: the minutes and how they were counted."""
    if 0 < i.minutes_per_call < 1:
        return calls, (f"{_g(calls)} calls x 1 min (each call billed at least a minute; {_g(i.minutes_per_call)} "
                       "on average)")
    return calls * i.minutes_per_call, f"{_g(calls)} calls x {_g(i.minutes_per_call)} min"


def _voice_lines(out: _Lines, stack: Stack, i: Inputs, calls: float) -> None:
    minutes, base = _billed_minutes(calls, i)
    inbound = minutes * (1 - i.outbound_share)
    toll_free = _toll_free(stack, i)
    local = {place: (1 - share) / len(toll_free) for place, share in toll_free.items()}
    free = {place: share / len(toll_free) for place, share in toll_free.items()}
    if inbound * sum(local.values()):
        _legs(out, stack, "voice_inbound_local", "Voice minutes, inbound to local numbers", inbound, local,
              f"{base} x (1 - {_g(i.outbound_share)} outbound) x (1 - {_g(i.toll_free_share)} toll-free)",
              "calls to local numbers from")
    if inbound * sum(free.values()):
        _legs(out, stack, "voice_inbound_toll_free", "Voice minutes, inbound to toll-free numbers", inbound, free,
              f"{base} x (1 - {_g(i.outbound_share)} outbound) x {_g(i.toll_free_share)} toll-free",
              "calls to toll-free numbers from")
    if minutes * i.outbound_share:
        _legs(out, stack, "voice_outbound", "Voice minutes, outbound", minutes * i.outbound_share, _even(stack),
              f"{base} x {_g(i.outbound_share)} outbound", "outbound calls to")
        if stack.answering_machine_detection:
            out.twilio("amd_call", "Answering machine detection", calls * i.outbound_share,
                       f"{_g(calls)} calls x {_g(i.outbound_share)} outbound share: AMD on every outbound call, as the "
                       "design recommends")
    if stack.payments and i.payment_share:
        yours = i.get("payment_share").origin == "yours"
        share = (f"payment_share {_g(i.payment_share)}, yours" if yours else
                 "payment_share 1, assumed: every call pays, an upper bound (set yours)")
        out.twilio("pay_transaction", "<Pay> transactions", calls * i.payment_share,
                   f"{_g(calls)} calls x {_g(i.payment_share)} payment share ({share}): each card <Pay> captures is "
                   "one Pay Connector transaction", f"Quantity from {_g(calls)} calls x {share}. "
                   + price("pay_transaction").notes)
    recorded = minutes * i.recorded_share
    if recorded:
        out.twilio("recording", "Call recording", recorded, f"{base} x {_g(i.recorded_share)} recorded",
                   "Record with <Start><Recording> before <Connect>: ConversationRelay does not record by itself."
                   if stack.relay else "")
        store = price("recording_storage")
        stored = recorded * i.recording_retention_months
        out.twilio("recording_storage", "Recording storage", max(0.0, stored - store.free_per_month),
                   f"{_g(recorded)} recorded min x {_g(i.recording_retention_months)} months kept - "
                   f"{_g(store.free_per_month)} free", "Within the free 10,000 stored minutes."
                   if stored <= store.free_per_month else "")


def _even(stack: Stack) -> dict[str, float]:
    """Each place the design serves as an even share (no sourced split of calls between countries)."""
    return dict.fromkeys(stack.places, 1 / len(stack.places))


def _toll_free(stack: Stack, i: Inputs) -> dict[str, float]:
    """The share of each place's inbound calls made to toll-free numbers: your toll_free_share everywhere, else all of
    them in the countries where callers reach only toll-free numbers and none elsewhere (the default's rule)."""
    if i.get("toll_free_share").origin == "yours":
        return dict.fromkeys(stack.places, i.toll_free_share)
    return {place: float(place in stack.toll_free_only) for place in stack.places}


def _legs(out: _Lines, stack: Stack, row_id: str, label: str, total: float, weights: Mapping[str, float],
          formula: str, what: str, note: str = "", line_id: str = "", whole: bool = False) -> None:
    """One leg of the bill, country by country: ``total`` x each place's weight (its share of the quantity). The
    places ``row_id``'s rate prices (its country column) are billed on ``line_id`` (the row's own by default); the rest
    go on ``line_id``_abroad, listed without a price and out of the total: twarch never bills one country's calls,
    texts or numbers at another's rate. ``whole`` rounds each place's quantity up (numbers). A design in one place
    shows ``formula`` unchanged."""
    line_id = line_id or row_id
    served = [p for p in stack.places if weights.get(p)]
    priced = [p for p in served if priced_in(row_id, p)]
    for group, held in ((priced, True), ([p for p in served if p not in priced], False)):
        if not group:
            continue
        share = sum(weights[p] for p in group)
        quantity = sum(math.ceil(total * weights[p]) for p in group) if whole else total * share
        shown = formula if len(stack.places) == 1 else (
            f"{formula}; {', '.join(group)}: {_g(round(share / sum(weights[p] for p in served), 4))} of it (each of "
            f"the {len(stack.places)} places served, {', '.join(stack.places)}, an even share)")
        row = price(row_id)
        if held:
            out.add(line_id, label, row.product, quantity, row.per, row.price, shown, row.source_url, row.as_of,
                    row.checked, row.status, note or ("" if row.price is not None else row.notes))
            continue
        where = ", ".join("the EU" if p == "EU" else p for p in group)
        out.add(f"{line_id}_abroad", f"{label}, {where}", row.product, quantity, row.per, None, shown, "", "",
                "", NO_PRICE_HELD, f"Not in the total: twarch holds no price for {what} {where} (its {row_id} rate "
                f"is for {row.country} only)." + (f" {note}" if note else ""))


def _number_lines(out: _Lines, stack: Stack, i: Inputs) -> None:
    """The phone numbers the design rents in each place it serves: local ones, and toll-free ones for its toll-free
    share of calls (at least one of each type it uses), priced where prices.csv holds the country's rate."""
    if not {"voice", "sms"} & set(stack.channels):
        return
    numbers = i.phone_numbers
    toll_free = _toll_free(stack, i) if stack.voice else dict.fromkeys(stack.places, 0.0)
    basis = i.get("phone_numbers")
    why = "yours" if basis.origin == "yours" else basis.basis
    overall = i.toll_free_share if stack.voice else 0.0
    for line_id, label, toll, words in (("phone_number_local", "Phone numbers, local", False, "local"),
                                        ("phone_number_toll_free", "Phone numbers, toll-free", True, "toll-free")):
        weights = {p: (share if toll else 1 - share) / len(toll_free) for p, share in toll_free.items()}
        share = overall if toll else 1 - overall
        if numbers and sum(weights.values()):
            rented = f"{_g(numbers)} number{'s' if numbers != 1 else ''} ({why})"
            _legs(out, stack, line_id, label, numbers, weights, f"{rented}, all {words}" if share == 1 else
                  f"{rented} x {_g(share)} {words}, rounded up to whole numbers", f"{words} numbers in",
                  whole=True)


def _registration_lines(out: _Lines, stack: Stack, i: Inputs) -> None:
    """Texting the US creates fees the messages do not show: from local numbers, A2P 10DLC registration of each brand
    (one per tenant for an ISV), one campaign each, with the one-time brand, secondary vetting (Standard brands),
    campaign verification fees (and T-Mobile's activation fee, unpriced: its sources disagree whether it is still
    charged) and the monthly campaign fee; from toll-free numbers,
    toll-free verification (no fee found). The one-time lines stay out of the monthly total."""
    if "sms" not in stack.channels or not stack.serves_us:
        return
    toll_free = i.toll_free_share if stack.voice else 0.0
    brands = math.ceil(i.a2p_brands or 0)
    if brands and toll_free < 1:
        basis = i.get("a2p_brands")
        who = f"{_g(brands)} brand{'s' if brands != 1 else ''} ({'yours' if basis.origin == 'yours' else basis.basis})"
        standard = i.a2p_brand_type == "standard"
        kind = "Standard brands" if standard else "Low-Volume Standard brands"
        out.twilio("a2p_brand_registration", "A2P 10DLC brand registration", brands, f"{who} x once",
                   _other_reading(out, "a2p_brand_registration", brands), once=True)
        if standard:
            out.twilio("a2p_secondary_vetting", "A2P 10DLC secondary vetting", brands, f"{who}, {kind}, x once",
                       _other_reading(out, "a2p_secondary_vetting", brands), once=True)
        out.twilio("a2p_campaign_vetting", "A2P 10DLC campaign verification", brands,
                   f"{_g(brands)} campaign{'s' if brands != 1 else ''}, one per brand, each verified once (again if "
                   "resubmitted)", once=True)
        out.twilio("tmobile_campaign_activation", "T-Mobile campaign service activation", brands,
                   f"{_g(brands)} campaign{'s' if brands != 1 else ''} x once", once=True)
        monthly = "a2p_campaign_monthly" if standard else "a2p_campaign_monthly_low_volume"
        out.twilio(monthly, "A2P 10DLC campaign fee" + ("" if standard else " (Low-Volume Mixed)"), brands,
                   f"{_g(brands)} campaign{'s' if brands != 1 else ''} ({kind}), one per brand, every month")
    numbers = math.ceil((i.phone_numbers or 0) * toll_free)
    if numbers:
        out.twilio("toll_free_verification", "Toll-free verification", numbers,
                   f"{_g(numbers)} toll-free number{'s' if numbers != 1 else ''} that text, each verified once",
                   once=True)


def _edition_line(out: _Lines, stack: Stack) -> None:
    """A HIPAA design's account must be a HIPAA Account, which only Twilio's Security or Enterprise Edition includes:
    a line of its own, priced on request, so it stays out of the total (review round 1, HIPAA-01)."""
    if stack.hipaa:
        out.twilio("twilio_edition_hipaa", "Twilio Security or Enterprise Edition (HIPAA Accounts)", 1,
                   "1 edition for the account that carries PHI: price on request from Twilio")


def _other_reading(out: _Lines, line_id: str, quantity: float) -> str:
    """The line's cost under each conflicting figure prices.csv holds for it (its other readings), in words ("" when
    you set its price or it has none)."""
    mine = price(line_id)
    if line_id in out.overrides or mine.price is None:
        return ""
    return " ".join(f"Sources disagree: third parties give ${other.price:.2f} from {other.as_of} (row {other.id}), "
                    f"which makes it ${quantity * other.price:,.2f} ({quantity * (other.price - mine.price):+,.2f}), "
                    "once." for other in readings_of(line_id) if other.price is not None)


def _assist_lines(out: _Lines, stack: Stack, i: Inputs, calls: float, notes: list[str]) -> None:
    """Agent assist: each call is transcribed live for the assist (by <Start><Transcription>, or by Orchestrator's
    voice capture when the design has it, priced there); no ConversationRelay, speech vendors or LLM turns."""
    if not stack.has("conversation_orchestrator"):
        minutes, formula = _billed_minutes(calls, i)
        out.twilio("twilio_transcription", "Real-Time Transcription (each agent's call, for the assist)", minutes,
                   f"{formula} transcribed live")
    notes.append("Agent assist: people answer every call, so there is no ConversationRelay, text-to-speech or AI-turn "
                 "LLM line. Not priced: the assist's own LLM calls (how often it asks your model depends on your "
                 "plugin; no sourced figure), and Agent Copilot, whose price was not found in the stored sources.")


def _transport_lines(out: _Lines, stack: Stack, i: Inputs, calls: float) -> None:
    minutes, formula = _billed_minutes(calls, i)
    if stack.relay:
        out.twilio("conversation_relay", "ConversationRelay", minutes, formula)
    else:
        out.twilio("media_streams", "Media Streams", minutes, formula)


def _speech_lines(out: _Lines, stack: Stack, i: Inputs, calls: float, notes: list[str]) -> None:
    minutes = calls * i.minutes_per_call
    if stack.relay and i.relay_bundles_speech:
        notes.append("Speech-to-text and text-to-speech treated as included in ConversationRelay's fee (reading B, "
                     "your setting).")
    else:
        bundle = ("Reading A: billed on top of ConversationRelay's fee (an upper bound: sources conflict on whether "
                  "the fee includes speech)." if stack.relay else "")
        minutes_billed = minutes * i.stt_billed_share
        chars = minutes * i.chars_per_minute * i.agent_talk_share
        for kind, label, quantity, unit, formula in (
                ("stt", "Speech-to-text", minutes_billed, "audio minute",
                 f"{_g(minutes)} call min x {_g(i.stt_billed_share)} billed share"),
                ("tts", "Text-to-speech", chars / 1e6, "1M characters",
                 f"{_g(minutes)} call min x {_g(i.chars_per_minute)} chars/min x {_g(i.agent_talk_share)} agent "
                 f"talk share")):
            row = getattr(stack, kind)
            if row is None and stack.unmodelled(kind):
                _own_line(out, stack, kind, label, quantity, unit, formula)
                continue
            if row is None:
                _not_offered(out, stack, kind, label, quantity, unit, formula)
                continue
            out.provider(kind, f"{label}: {row.label}", row, quantity, unit, row.comparable_price, formula,
                         bundle or ("" if row.unit_price is not None else "no sourced price for this product"))
    llm = stack.llm
    turns, caller, agent, prompt = llm_tokens(i, i.minutes_per_call)
    tokens_in = turns * prompt + accumulated(turns, caller, agent)
    tokens_out = turns * agent
    shape = (f"T = {_g(i.turns_per_minute)} turns/min x {_g(i.minutes_per_call)} min = {_g(turns)} turns; "
             f"u = a = {_g(caller)} tokens/turn" if caller == agent else
             f"T = {_g(turns)} turns; caller {_g(caller)}, agent {_g(agent)} tokens/turn")
    if llm is None:  # your own LLM, or one twarch holds no row for: its tokens are counted, never priced
        _own_line(out, stack, "llm_input", "LLM input tokens", calls * tokens_in / 1e6, "1M tokens",
                  f"{_g(calls)} calls x {_g(tokens_in)} tokens; {shape}")
        _own_line(out, stack, "llm_output", "LLM output tokens", calls * tokens_out / 1e6, "1M tokens",
                  f"{_g(calls)} calls x {_g(tokens_out)} tokens")
        return
    out.provider("llm_input", f"LLM input tokens: {llm.label}", llm, calls * tokens_in / 1e6, "1M tokens",
                 llm.unit_price, f"{_g(calls)} calls x (T x {_g(prompt)} + u x T(T+1)/2 + a x T(T-1)/2) = "
                 f"{_g(calls)} x {_g(tokens_in)} tokens; {shape}",
                 "Prompt caching (cheaper repeated prefixes) is not modelled: an upper bound.")
    out.provider("llm_output", f"LLM output tokens: {llm.label}", llm, calls * tokens_out / 1e6, "1M tokens",
                 llm.output_price, f"{_g(calls)} calls x T x a = {_g(calls)} x {_g(tokens_out)} tokens")


def _not_offered(out: _Lines, stack: Stack, kind: str, label: str, quantity: float, unit: str,
                 formula: str) -> None:
    """An unpriced line for a vendor the transport does not offer (sourced by the vendor's own row), else an error."""
    vendor = getattr(stack, f"{kind}_vendor")
    row = default_row(kind, vendor, relay=False)
    offered = ", ".join(p.id for p in load_providers() if p.kind == kind and p.live
                        and (p.in_conversation_relay or not stack.relay))
    if row is None:
        raise AnswerError(f"{kind}_product", f"no priced {label.lower()} row for {vendor!r}: name one", offered)
    out.add(kind, f"{label}: {row.label}", row.label, quantity, unit, None, formula, row.source_url, row.as_of,
            row.checked, PROVIDER_STATUS,
            f"ConversationRelay does not offer {vendor}'s {label.lower()} (providers.csv), so it is not priced here: "
            f"set {kind}_product to one it offers ({offered}).")


def _own_line(out: _Lines, stack: Stack, line_id: str, label: str, quantity: float, unit: str,
              formula: str) -> None:
    """An unpriced line for a part the customer runs itself (or an LLM twarch holds no row for): counted, not priced."""
    kind = line_id.split("_")[0]
    what = stack.unmodelled(kind)
    why = ("you run it yourself, so twarch picks no vendor and assumes no price" if getattr(stack, f"{kind}_vendor")
           == OWN else "twarch holds no price for an LLM answered as other and assumes none")
    out.add(line_id, f"{label}: {what}", what, quantity, unit, None, formula, "", "", "", OWN_STATUS,
            f"Not priced: {why}; the total excludes it.")


def _s2s_lines(out: _Lines, stack: Stack, i: Inputs, calls: float) -> None:
    assert stack.s2s_model is not None, "a speech-to-speech stack names its model (estimates/stack.py)"
    prefix = S2S_MODELS[stack.s2s_model]
    turns, _, agent_text, prompt = llm_tokens(i, i.minutes_per_call)
    user = i.caller_talk_share * i.minutes_per_call * i.realtime_user_tokens_per_minute / turns
    model = i.agent_talk_share * i.minutes_per_call * i.realtime_assistant_tokens_per_minute / turns
    audio_in = accumulated(turns, user, model)
    # each response's new caller audio and the previous reply (a call shorter than a turn re-sends nothing)
    fresh = min(audio_in, turns * user + max(turns - 1, 0) * model)
    first = min(turns, 1.0)  # the responses whose instructions are not yet cached (a call shorter than a turn: part)
    shape = f"T = {_g(turns)} turns; caller {_g(user)}, model {_g(model)} audio tokens/turn"
    rows = (
        ("s2s_audio_in", "new audio input tokens", "audio_in", fresh,
         f"{_g(calls)} calls x (T x u + (T-1) x m) = {_g(calls)} x {_g(fresh)}; {shape}",
         "Each response sends the caller's new audio and the previous reply uncached."),
        ("s2s_audio_cached", "cached audio input tokens", "audio_cached", audio_in - fresh,
         f"{_g(calls)} calls x (u x T(T+1)/2 + m x T(T-1)/2 - new) = {_g(calls)} x {_g(audio_in - fresh)}",
         "The rest of the conversation, re-sent with every response, at the cached-input price; if your sessions "
         "miss the cache it costs the new-input price (an upper bound of 80x this line)."),
        ("s2s_text_in", "instruction tokens, first response", "text_in", first * prompt,
         f"{_g(calls)} calls x {_g(first)} x {_g(prompt)} = {_g(calls)} x {_g(first * prompt)}",
         "The first response of a call sends the instructions uncached."),
        ("s2s_text_cached", "cached instruction tokens", "text_cached", (turns - first) * prompt,
         f"{_g(calls)} calls x (T - {_g(first)}) x {_g(prompt)} = {_g(calls)} x {_g((turns - first) * prompt)}",
         "Every later response re-sends the same instructions, a cached prefix, at the cached text-input price "
         "(like the re-sent audio above); if your sessions miss the cache they cost the text-input price."),
        ("s2s_audio_out", "audio output tokens", "audio_out", turns * model,
         f"{_g(calls)} calls x T x m = {_g(calls)} x {_g(turns * model)}", ""),
        ("s2s_text_out", "transcript output tokens", "text_out", turns * agent_text,
         f"{_g(calls)} calls x T x {_g(agent_text)} = {_g(calls)} x {_g(turns * agent_text)}", ""),
    )
    stand_in = " (a stand-in for Gemini)" if stack.s2s_stand_in() else ""
    for line_id, what, suffix, per_call, formula, note in rows:
        p = price(f"{prefix}_{suffix}")
        out.add(line_id, f"{p.product}{stand_in}: {what}", p.product, calls * per_call / 1e6, p.per, p.price, formula,
                p.source_url, p.as_of, p.checked, p.status, note)


def _orchestration_lines(out: _Lines, stack: Stack, i: Inputs, calls: float, traps: list[Trap]) -> None:
    minutes = calls * i.minutes_per_call
    if not (stack.voice and stack.has("conversation_orchestrator")) or stack.google_voice:
        return  # CX Agent Studio's speech-to-speech voice channel joins no Orchestrator conversation
    low, high = price("twilio_transcription").price, price("twilio_transcription_high").price
    capture = i.orchestrator_voice_capture
    if capture in ("passive", "both") or not (stack.relay or stack.own_transcript):
        out.twilio("twilio_transcription", "Orchestrator voice transcription" + (
                   " (each agent's call, for Intelligence and the assist)" if stack.assist else ""), minutes,
                   f"{_g(minutes)} call min transcribed for Orchestrator ({capture} capture)")
    if not stack.relay and not stack.assist and capture == "active":  # your own transcript, as the report advises
        traps.append(Trap(
            "capture_alternative",
            "Not in the total: Orchestrator's passive voice capture instead of writing your own transcript into the "
            "conversation would add the Orchestrator voice transcription line (Twilio transcribing each call a "
            "second time). Costed at the unverified third-party range of $0.05-0.10 per transcribed minute.",
            cents(minutes * low), cents(minutes * high)))
    elif not stack.relay and not stack.assist:  # your STT or the realtime model already makes a transcript
        traps.append(Trap(
            "capture_alternative",
            "Passive capture transcribes calls that your own speech recognition (or the realtime model) already "
            "transcribes: writing that transcript into the Orchestrator conversation as Communications instead "
            "(verify that Intelligence's operators run on them) would take the Orchestrator voice transcription line "
            "off the bill. Costed at the unverified third-party range of $0.05-0.10 per transcribed minute.",
            cents(minutes * low), cents(minutes * high)))
    if stack.relay:
        twice = capture in ("passive", "both")
        traps.append(Trap(
            "double_stt",
            ("Speech-to-text is billed twice: passive voice capture rules run Real-Time Transcription while "
             "ConversationRelay runs its own STT. Join calls actively through <ConversationRelay> (its "
             "conversationConfiguration, or the conversation id Agent Connect 2.7.0+ creates before the call) and "
             "use no voice capture rules." if twice else
             "Join calls to the Orchestrator actively, through <ConversationRelay> (its conversationConfiguration, or "
             "the conversation id Agent Connect 2.7.0+ creates before the call): adding "
             "passive voice capture rules as well would bill speech-to-text twice (Real-Time Transcription on top of "
             "ConversationRelay's STT).")
            + " Costed at the unverified third-party range of $0.05-0.10 per transcribed minute.",
            cents(minutes * low), cents(minutes * high)))


def _intelligence_lines(out: _Lines, stack: Stack, i: Inputs, calls: float, traps: list[Trap]) -> None:
    if not stack.has("conversation_intelligence"):
        return
    if not stack.voice or stack.google_voice:  # CX Agent Studio's calls never reach Intelligence: text only
        out.twilio("intelligence_chars", "Conversation Intelligence operators", None,
                   "characters of messaging conversations: no volume of characters answered"
                   + ("; calls on CX Agent Studio's voice channel are not analysed" if stack.google_voice else ""))
        return
    talk = i.agent_talk_share + i.caller_talk_share
    per_call = i.minutes_per_call * i.chars_per_minute * talk
    analysed = calls * i.intelligence_sample_share
    chars = analysed * per_call * i.intelligence_operators
    out.twilio("intelligence_chars", "Conversation Intelligence operators", chars / 1000,
               f"{_g(calls)} calls x {_g(i.intelligence_sample_share)} analysed x {_g(per_call)} transcript chars x "
               f"{_g(i.intelligence_operators)} operators / 1,000",
               "Transcript input characters only: each operator's static prompt and its output add to them.")
    every = calls * per_call * i.intelligence_operators
    saved = every * 0.1 / 1000
    rate = out.overrides.get("intelligence_chars")
    traps.append(Trap(
        "intelligence_every_conversation",
        f"Operators billed per character on {'every' if i.intelligence_sample_share == 1 else 'a share of every'} "
        f"conversation ({_g(every / 1e6)}M transcript characters a month on all calls): each 10% of calls you "
        f"sample away saves {_g(saved)}k characters"
        + (f" (${_g(saved * rate)} at your rate)." if rate is not None else
           "; Twilio's per-1,000-character rates are not in the stored sources (pass a price to cost it)."),
        cents(saved * rate) if rate is not None else None))


def _people_lines(out: _Lines, stack: Stack, i: Inputs) -> None:
    found = conversations(stack, i.values)
    counted = found.count or None
    # Calls on CX Agent Studio's voice channel join no Orchestrator conversation and reach no Memory profile.
    joined = conversations(stack, i.values, text_only=True) if stack.google_voice else found
    if stack.has("conversation_orchestrator"):
        out.twilio("orchestrator_conversation", "Conversation Orchestrator conversations", joined.count or None,
                   f"{joined.text()}, at most one conversation each")
    if stack.has("conversation_memory"):
        out.twilio("memory_profile_day", "Conversation Memory daily utilized profiles", joined.count or None,
                   f"at most one profile-day per conversation: {joined.text()}")
    if stack.transfers:
        _transfer_line(out, stack, i, "your contact centre" if stack.transfer_handoff and not stack.team_handoff
                       else "your team's phone line" if stack.team_handoff else "your phone line")
    if stack.has("taskrouter"):
        share = i.escalation_share
        tasks = None if share is None or counted is None else found.count * share
        out.twilio("taskrouter_task", "TaskRouter tasks (escalations)", tasks,
                   f"{found.text()} x {_g(share)} escalated" if tasks is not None else
                   "needs escalation_share" if share is None else f"needs {' or '.join(found.missing)}")
    if stack.has("flex"):
        seats, how = i.seats, "seats you answered"
        if seats is None:
            from .capacity import human_agents, staffing_basis, tenant_teams

            staffing, teams = human_agents(i), tenant_teams(stack, i)
            if teams is not None:
                seats, how = float(teams[0]), (
                    f"per-tenant teams: {_g(i.tenants)} tenants x {_g(max(1, teams[1].agents))} Erlang C agent(s) "
                    f"each ({_g(teams[1].per_hour)} escalations/h x {_g(teams[1].handle_minutes)} min per tenant, at "
                    "least one on duty per tenant): a lower bound once shifts and absence are counted")
            elif staffing is not None:
                seats, how = float(staffing.agents), (
                    f"Erlang C agents for {staffing_basis(stack, i)} ({_g(staffing.per_hour)} escalations/h x "
                    f"{_g(staffing.handle_minutes)} min, {_g(staffing.target * 100)}% in {_g(staffing.seconds)} s): "
                    "a lower bound once shifts and absence are counted"
                    + (f", and while {', '.join(found.missing)} is unanswered"
                       if found.missing and i.get("escalations_per_hour").origin != "yours" else ""))
        if seats is None:
            out.twilio("flex_active_user", "Flex active users", None,
                       "needs seats, or escalation_share (or escalations_per_hour) and handle_minutes")
        else:
            out.twilio("flex_active_user", "Flex active users", seats,
                       f"{_g(seats)} user{'' if seats == 1 else 's'}: {how}",
                       "The User + Usage model: for accounts that add Flex now, and required for Flex in subaccounts; "
                       "accounts on the Named User or Active User Hour models pay by those (rates not found).")


def _transfer_line(out: _Lines, stack: Stack, i: Inputs, where: str) -> None:
    """A hand-off to a phone line or a contact centre Flex cannot serve puts the caller through on a new outbound leg
    (Connect Call To or <Dial>), billed per minute while the person talks; the AI's call leg is already in the voice
    minutes. Each country served takes an even share of the transfers, to a line in that country, priced at that
    country's outbound rate where prices.csv holds one and listed without a price elsewhere."""
    calls, share, handle = i.calls_per_month, i.escalation_share, i.handle_minutes
    minutes = None if None in (calls, share, handle) else calls * share * math.ceil(handle)
    formula = (f"{_g(calls)} calls x {_g(share)} escalated x {_g(math.ceil(handle))} min handle time (each leg "
               "billed in whole minutes)"
               if minutes is not None else "needs calls_per_month, escalation_share and handle_minutes")
    sip = (" A transfer to the contact centre's SIP address instead is a SIP leg, billed at Twilio's SIP rate, which "
           "twarch does not hold." if stack.transfer_handoff and not stack.team_handoff else "")
    note = (f"Each transfer dials {where} on a new leg, an outbound minute to a phone number in the country served "
            f"(a Voice SDK client is billed differently).{sip} The caller's own leg stays billed as voice minutes for "
            "the whole call: make sure minutes_per_call includes the time with the person."
            + _escalation_assumed(i, minutes))
    label = f"Transferred calls: the leg to {where}"
    if minutes is None:
        p = price("voice_outbound")
        out.add("voice_transfer_leg", label, p.product, None, p.per, p.price, formula, p.source_url, p.as_of,
                p.checked, p.status, note)
        return
    _legs(out, stack, "voice_outbound", label, minutes, _even(stack), formula, "outbound calls to", note,
          line_id="voice_transfer_leg")


def _escalation_assumed(i: Inputs, minutes: float | None) -> str:
    """What the transfer leg's quantity rests on that you did not answer, and the answers that change it."""
    why = {"escalation_share": "measured on voice AI answering customer support" + (
               "; twarch holds no sourced rate for outbound reminders or notifications" if i.outbound_share else ""),
           "handle_minutes": "a contact centre's median phone handle time"}
    assumed = [name for name in why if i.get(name).origin != "yours"]
    if not assumed or minutes is None:
        return ""
    ai_minutes = (i.calls_per_month or 0.0) * i.minutes_per_call
    more = (f" These transfers bill {_g(minutes)} minutes, more than the AI's own calls ({_g(ai_minutes)})."
            if minutes > ai_minutes else "")
    return (" An assumption, not your answer: " + "; ".join(f"{name} {_g(i.get(name).value)} ({why[name]})"
                                                             for name in assumed)
            + f".{more} Answer {' and '.join(assumed)} to change it.")


def _messaging_lines(out: _Lines, stack: Stack, i: Inputs, notes: list[str]) -> None:
    channels = stack.channels
    volumes = (("sms", "sms_per_month"), ("whatsapp", "whatsapp_per_month"), ("whatsapp",
                                                                              "whatsapp_templates_per_month"),
               ("chat", "chat_users_per_month"))
    for channel, name in volumes:
        value = getattr(i, name)
        if value and channel not in channels:
            notes.append(f"{name} = {_g(value)} ignored: {channel} is not among the design's channels.")
    for channel, name in volumes:
        if channel in channels and i.get(name).origin == "rule" and name != "whatsapp_templates_per_month":
            notes.append(f"{channel} is in the design but {name} is unanswered: no {channel} line (answer it to "
                         "price the channel).")
    if "sms" in channels and i.sms_per_month:
        _legs(out, stack, "sms_segment", "SMS segments", i.sms_per_month, _even(stack),
              f"{_g(i.sms_per_month)} segments in and out", "SMS to and from")
    if "whatsapp" in channels:
        if i.whatsapp_per_month:
            out.twilio("whatsapp_message", "WhatsApp messages (Twilio fee)", i.whatsapp_per_month,
                       f"{_g(i.whatsapp_per_month)} messages in and out")
        if i.whatsapp_templates_per_month:
            out.twilio("whatsapp_template_meta", "WhatsApp template messages (Meta fee)",
                       i.whatsapp_templates_per_month, f"{_g(i.whatsapp_templates_per_month)} template messages")
    if "chat" in channels and i.chat_users_per_month:
        _chat_lines(out, i.chat_users_per_month)
    if "rcs" in channels:
        out.twilio("rcs_message", "RCS messages", None, "no RCS volume or rate")


#: Web chat's monthly-active-user tiers: (price row, first user it prices); the base row's free users come first.
CHAT_TIERS = (("chat_active_user", 1), ("chat_active_user_5001", 5001), ("chat_active_user_10001", 10001))


def _chat_lines(out: _Lines, users: float) -> None:
    """Web chat per monthly active user, tier by tier (the first 200 free; $0.05 to 5,000, $0.0475 to 10,000, $0.045
    above): one line per tier the users reach. A price you set for chat_active_user alone applies to every user."""
    free = price("chat_active_user").free_per_month
    if "chat_active_user" in out.overrides and not any(t in out.overrides for t, _ in CHAT_TIERS[1:]):
        out.twilio("chat_active_user", "Web chat active users", max(0.0, users - free),
                   f"{_g(users)} users - {_g(free)} free")
        return
    for k, (price_id, first) in enumerate(CHAT_TIERS):
        last = CHAT_TIERS[k + 1][1] - 1 if k + 1 < len(CHAT_TIERS) else None
        low = max(first, free + 1)
        high = users if last is None else min(users, last)
        if high < low:
            continue
        span = f"users {_g(low)}-{_g(high)}" if last is not None or high != low else f"user {_g(low)}"
        label = "Web chat active users" + (f", {_g(first)}+" if first > 1 else "")
        out.twilio(price_id, label, high - low + 1,
                   f"{span} of {_g(users)} ({_g(free)} free; tiers from the 5,001st and 10,001st user)")


def _text_llm_lines(out: _Lines, stack: Stack, i: Inputs) -> None:
    """LLM tokens of the text conversations an AI answers: T turns a conversation (your figure, else your SMS/WhatsApp
    messages / conversations / 2), each request sending the instructions, every message so far and the new one (the
    voice formula, with u = a = chars_per_text_message / chars_per_token tokens a message). Conversations without a
    turn count are listed, not priced."""
    if not stack.text:
        return
    found = conversations(stack, i.values)
    turns, basis = i.text_turns_per_conversation, i.get("text_turns_per_conversation")
    groups = []  # (what, conversations or None, priced)
    if {"sms", "whatsapp", "rcs"} & set(stack.text):
        threads = i.get("messaging_conversations_per_month").value
        what = "/".join(w for c, w in (("sms", "SMS"), ("whatsapp", "WhatsApp"), ("rcs", "RCS")) if c in stack.text)
        groups.append((f"{what} conversations", threads, turns is not None and threads is not None))
    if "chat" in stack.text:
        users = None if "chat_users_per_month" in found.missing else i.chat_users_per_month
        groups.append(("chat conversations", users, turns is not None and users is not None
                       and basis.origin == "yours"))
    priced = [(w, n) for w, n, ok in groups if ok and n]
    for what, count, ok in groups:
        if ok or (count == 0 and count is not None):
            continue
        why = ("messaging_conversations_per_month unanswered" if count is None and what != "chat conversations"
               else "chat_users_per_month unanswered" if count is None else
               f"{_g(count)} chat users, one conversation each; chat volumes count users, not messages"
               if what == "chat conversations" else f"{_g(count)} conversations; turns: {basis.basis}")
        row = stack.text_llm
        out.add(f"llm_text_{'chat' if what == 'chat conversations' else 'messaging'}",
                f"LLM tokens for {_g(count) + ' ' if count is not None else 'the '}{what}",
                row.label if row else stack.llm_vendor or "LLM", count, "conversations", None, why,
                row.source_url if row else "", row.as_of if row else "", row.checked if row else "",
                PROVIDER_STATUS if row else "unverified",
                "The AI answers these conversations, but no turns per conversation are known, so their tokens are "
                "not counted: pass them with `twarch cost --set text_turns_per_conversation=N` (or answer the "
                "channel's message volume).")
    if not priced or not turns:
        return
    count = sum(n for _, n in priced)
    per = i.chars_per_text_message / i.chars_per_token
    prompt = i.system_prompt_tokens
    tokens_in = turns * prompt + accumulated(turns, per, per)
    tokens_out = turns * per
    convs = " + ".join(f"{_g(n)} {w}" for w, n in priced)
    convs = f"({convs})" if len(priced) > 1 else convs
    shape = (f"T = {_g(turns)} turns ({'yours' if basis.origin == 'yours' else basis.basis}); u = a = "
             f"{_g(i.chars_per_text_message)} chars / {_g(i.chars_per_token)} = {_g(per)} tokens a message"
             + ("; RCS messages have no volume input, so T counts the SMS/WhatsApp ones" if "rcs" in stack.text
                and basis.origin != "yours" else ""))
    llm = stack.text_llm
    if llm is None:  # your own LLM, or one twarch holds no row for
        what = "your own LLM" if stack.llm_vendor == OWN else "your LLM (other: no model named)"
        why = ("you run it yourself, so twarch picks no vendor and assumes no price" if stack.llm_vendor == OWN
               else "twarch holds no price for an LLM answered as other and assumes none")
        for line_id, label, tokens in (("llm_text_input", "LLM input tokens, text", tokens_in),
                                       ("llm_text_output", "LLM output tokens, text", tokens_out)):
            out.add(line_id, f"{label}: {what}", what, count * tokens / 1e6, "1M tokens", None,
                    f"{convs} x {_g(tokens)} tokens; {shape}", "", "", "", OWN_STATUS,
                    f"Not priced: {why}; the total excludes it.")
        return
    out.provider("llm_text_input", f"LLM input tokens, text conversations: {llm.label}", llm, count * tokens_in / 1e6,
                 "1M tokens", llm.unit_price, f"{convs} x (T x {_g(prompt)} + u x T(T+1)/2 + a x T(T-1)/2) = "
                 f"{_g(count)} x {_g(tokens_in)} tokens; {shape}",
                 "Prompt caching is not modelled (an upper bound); tool calls and retrieved context add to it.")
    out.provider("llm_text_output", f"LLM output tokens, text conversations: {llm.label}", llm,
                 count * tokens_out / 1e6, "1M tokens", llm.output_price,
                 f"{_g(count)} conversations x T x a = {_g(count)} x {_g(tokens_out)} tokens")


def _lines(stack: Stack, i: Inputs) -> tuple[_Lines, list[Trap], list[str]]:
    out = _Lines(i.prices)
    traps: list[Trap] = []
    notes: list[str] = []
    calls = i.calls_per_month
    if stack.voice and calls is None:
        raise AnswerError("calls_per_month", "needed to price a voice design: answer calls_per_month or pass "
                                             "--calls-per-month N", "a whole number >= 0")
    calls = calls or 0.0
    if stack.voice and calls and i.minutes_per_call and stack.assist:
        _voice_lines(out, stack, i, calls)
        _assist_lines(out, stack, i, calls, notes)
        _orchestration_lines(out, stack, i, calls, traps)
    elif stack.voice and calls and i.minutes_per_call:
        _voice_lines(out, stack, i, calls)
        _transport_lines(out, stack, i, calls)
        if stack.speech_to_speech:
            _s2s_lines(out, stack, i, calls)
        else:
            _speech_lines(out, stack, i, calls, notes)
        _orchestration_lines(out, stack, i, calls, traps)
    _number_lines(out, stack, i)
    _registration_lines(out, stack, i)
    _edition_line(out, stack)
    _intelligence_lines(out, stack, i, calls, traps)
    _people_lines(out, stack, i)
    _messaging_lines(out, stack, i, notes)
    _text_llm_lines(out, stack, i)
    if stack.voice and calls and i.minutes_per_call:
        rates: list[tuple[float, float]] = []
        for line in out.priced:
            if line.id.startswith("voice_"):
                assert line.quantity is not None and line.unit_price is not None, "a priced line has both"
                rates.append((line.quantity, line.unit_price))
        minutes = sum(q for q, _ in rates)
        if minutes:
            per_minute = sum(q * p for q, p in rates) / minutes
            if i.minutes_per_call >= 1:  # shorter calls are already billed as whole minutes above
                traps.append(Trap("minute_rounding", f"Twilio rounds every call up to the whole minute (Voice, Media "
                                                     f"Streams): up to {_g(calls)} more billed minutes a month, at "
                                                     f"most this much at the design's average voice rate.",
                                  cents(calls * per_minute)))
    abroad = sorted({line.id for line in out.unpriced if line.status == NO_PRICE_HELD})
    if abroad:
        where = ", ".join("the EU" if p == "EU" else p for p in stack.abroad)
        notes.append(f"Calls, texts and numbers in {where} are listed without a price and left out of the total: "
                     "twarch holds Twilio's rates for the US only and never bills another country's at them. Set "
                     "yours with --price (" + ", ".join(f"{line_id}=RATE" for line_id in abroad) + ").")
    stand_in = stack.llm_stand_in()
    if stand_in and any(line.id.startswith("llm_") for line in out.priced):
        notes.append(stand_in)
    if stack.s2s_stand_in() and any(line.id.startswith("s2s_") for line in out.priced):
        notes.append(stack.s2s_stand_in())
    notes.append("List prices, no free tiers or volume discounts beyond those named; taxes and carriers' per-message "
                 "fees excluded.")
    return out, traps, notes


# ------------------------------------------------------------------------------------------------ the bill

def _design(design: Any) -> Any:
    from ..engine import as_recommendation

    return as_recommendation(design, "design")


def bill(design: Any, volumes: Volumes | Mapping[str, Any] | None = None, **overrides: Any) -> Bill:
    """The monthly bill of a design (a Recommendation, Answers or an answers mapping) at its volumes.

    ``volumes`` (a :class:`Volumes` or a mapping) and keyword ``overrides`` set inputs on top of the design's
    Volumes-step answers; anything left unset takes its sourced default. A voice design needs ``calls_per_month``.
    """
    rec = _design(design)
    v = Volumes.from_mapping(volumes)
    if overrides:
        v = v.replace(**overrides)
    return _bill(rec, v, readings=True)


def _bill(rec: Any, v: Volumes, readings: bool) -> Bill:
    stack, inputs = resolve(rec, v)
    out, traps, notes = _lines(stack, inputs)
    made = Bill(stack, inputs, tuple(out.priced), tuple(out.unpriced), (), tuple(traps), tuple(notes),
                tuple(out.one_time))
    if not readings:
        return made
    return dataclasses.replace(made, readings=tuple(_readings(rec, v, made)))


def _priced_from(stack: Stack) -> dict[str, str]:
    """The lines not named after the row their price comes from: line id -> that row (of prices.csv or
    providers.csv), for the other readings of its price."""
    rows = {"stt": stack.stt, "tts": stack.tts, "llm_input": stack.llm, "llm_text_input": stack.text_llm}
    return {"voice_transfer_leg": "voice_outbound", **{line_id: row.id for line_id, row in rows.items() if row}}


def _readings(rec: Any, v: Volumes, made: Bill) -> Iterable[Reading]:
    ids = {line.id for line in made.lines}
    mine = dict(v.prices)
    if made.stack.relay and not made.stack.speech_to_speech and made.stack.voice and made.minutes:
        other = not made.inputs.relay_bundles_speech
        alt = _bill(rec, v.replace(relay_bundles_speech=other), readings=False)
        yield Reading("relay_bundles_speech",
                      "Reading B: ConversationRelay's fee includes speech-to-text and text-to-speech" if other else
                      "Reading A: speech vendors billed on top of ConversationRelay's fee", alt.total_decimal)
    by_row: dict[str, list[Line]] = {}  # the row each line is priced from -> its lines (not those you priced)
    rows = _priced_from(made.stack)
    for line in made.lines:
        if line.id not in mine:
            by_row.setdefault(rows.get(line.id, line.id), []).append(line)
    for row_id, lines in by_row.items():
        first = lines[0]
        for reading in readings_of(row_id):
            assert reading.price is not None and first.unit_price is not None, "a reading and a priced line have prices"
            alt = _bill(rec, v.replace(prices={**mine, **dict.fromkeys((line.id for line in lines), reading.price)}),
                        readings=False)
            label = " and ".join(line.line.removesuffix(UNVERIFIED_RATE) for line in lines)
            yield Reading(reading.id, f"{label} at ${reading.price:g} per {first.unit} instead of "
                                      f"${first.unit_price:g} (the other reading: row {reading.id} of prices.csv)",
                          alt.total_decimal)
    if "s2s_text_cached" in ids and "s2s_text_cached" not in mine:
        assert made.stack.s2s_model is not None, "a speech-to-speech line comes from a stack that names its model"
        uncached = price(f"{S2S_MODELS[made.stack.s2s_model]}_text_in").price
        alt = _bill(rec, v.replace(prices={**mine, "s2s_text_cached": uncached}), readings=False)
        yield Reading("s2s_instructions_uncached", f"Instructions re-sent uncached with every response (${uncached:g} "
                                                   "per 1M instead of the cached price): an upper bound",
                      alt.total_decimal)


__all__ = ["OWN_STATUS", "Bill", "Line", "Reading", "Trap", "USED", "accumulated", "bill", "cents"]
