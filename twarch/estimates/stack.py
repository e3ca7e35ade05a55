"""The products a design's voice and text run on: the STT, TTS and LLM rows of ``providers.csv`` standing for the
recommended vendors (each overridable through :class:`~twarch.estimates.volumes.Volumes`), or the realtime model of a
speech-to-speech design. Read from the Recommendation's decisions and facts; standard library only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import AnswerError
from ..knowledge.providers import Provider, covers, load_providers
from ..knowledge.speech import ENGINE_PREFERENCES, OWN
from ..knowledge.stack import DEFAULT_LLM_ROW, INSTALLS, LLMS
from .volumes import DEFAULT_S2S_MODEL, Volumes

#: The card-capture methods whose card digits are taken on the call by <Pay> (a payment link never reaches <Pay>).
PAY_CAPTURES = ("pay_in_call", "pay_subaccount")

#: The channels whose conversations are typed, not spoken: an AI answering them sends each turn to the LLM.
TEXT_CHANNELS = ("sms", "whatsapp", "rcs", "chat")


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
    #: conversation (so no voice capture), and its model is Google's, not the OpenAI realtime model the bill stands in
    #: with
    google_voice: bool = False
    text_llm: Provider | None = None  #: the LLM row answering text conversations (None: own, other, or no text)
    payments: bool = False  #: a voice design whose card payments go through <Pay> (in its account or a subaccount)
    #: the report advises writing your own transcript (your STT's, or the realtime model's) into the Orchestrator
    #: conversation and leaving passive voice capture off (warning streams_double_stt)
    own_transcript: bool = False
    #: card digits are taken by <Pay> in a PCI-Mode subaccount of each tenant's own (card_capture pay_subaccount)
    payment_subaccount: bool = False
    serves_us: bool = True  #: the US is among the countries served (or countries are unanswered)
    #: an AI's hand-off goes to a phone, a team line or an on-call person (handoff_target phone_line): no TaskRouter,
    #: Flex or Erlang C team; a call is put through to the line on a new outbound leg
    phone_handoff: bool = False
    #: an AI's hand-off goes to contact-centre agents Flex cannot serve in the region: the call is transferred to the
    #: contact centre's number or SIP address (a transfer leg, the people sized by Erlang C, no Flex seats)
    transfer_handoff: bool = False
    #: a HIPAA design: its account must be a HIPAA Account, which needs Twilio Security or Enterprise Edition
    hipaa: bool = False
    #: countries whose callers reach only toll-free numbers (Twilio offers no local ones there)
    toll_free_only: tuple[str, ...] = ()
    #: an ISV's hand-off in Flex: each tenant's escalations go to that tenant's own people, so the team is sized per
    #: tenant (at least one on duty each), never pooled across tenants (review round 3, class F, design 10)
    tenant_teams: bool = False
    #: the transfer_handoff goes to the customer's own team, Flex being ruled out by the region (handoff_own_team): no
    #: other contact centre, so calls ring the team's phone line and text conversations reach an agent UI of their own
    team_handoff: bool = False

    @property
    def places(self) -> tuple[str, ...]:
        """Where the design's calls, messages and numbers are: the US (when served, or countries are unanswered),
        then the countries abroad (``EU`` when only eu_users says so). The bill prices each where it holds a rate."""
        return (("US",) if self.serves_us else ()) + self.abroad

    @property
    def transfers(self) -> bool:
        """A voice design whose hand-off puts the call through on a new leg (a phone line, or a contact centre)."""
        return self.voice and (self.phone_handoff or self.transfer_handoff)

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


def default_row(kind: str, vendor: str | None, relay: bool, languages: tuple[str, ...] = (),
                priority: str | None = None) -> Provider | None:
    """The providers.csv row standing for a vendor: the first live row of the engines the ``priority`` favours
    (:data:`~twarch.knowledge.speech.ENGINE_PREFERENCES`: a quality priority never gets Polly's Standard engine), else
    its first live row with a sourced latency (else its first live row); on ConversationRelay only rows
    ConversationRelay offers; with ``languages``, the rows whose sourced list names them all, else those whose list
    does not exclude one (Polly's Standard engine has no Catalan voice, its Neural engine has; of Google's voices only
    the Standard list names Afrikaans)."""
    if vendor is None:
        return None
    rows = [p for p in load_providers() if p.kind == kind and p.vendor_id == vendor and p.live
            and (p.in_conversation_relay or not relay)]
    if languages:
        said = {p.id: covers(p.id, kind, languages) for p in rows}
        rows = [p for p in rows if said[p.id]] or [p for p in rows if said[p.id] is None] or rows
    favoured = ENGINE_PREFERENCES.get((vendor, priority or ""), ())
    preferred = sorted((p for p in rows if p.id in favoured), key=lambda p: favoured.index(p.id))
    if preferred:
        return preferred[0]
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
    route = rec.facts.llm_route  # the answered LLM, or the in-region route residency moved the design to
    assist, voice, s2s = bool(rec.facts.agent_assist), bool(rec.facts.voice), bool(rec.facts.speech_to_speech)
    transport = ("media_streams" if s2s else rec.voice_transport) if voice else None
    relay = transport == "conversation_relay"
    stt = tts = llm = None
    if voice and not s2s and not assist:
        spoken = answers.languages or ()
        stt = _row("stt", v.stt_product, relay) if v.stt_product else default_row("stt", rec.stt_provider, relay,
                                                                                   spoken, answers.priority)
        tts = _row("tts", v.tts_product, relay) if v.tts_product else default_row("tts", rec.tts_provider, relay,
                                                                                   spoken, answers.priority)
        llm = _llm_row(route, v, relay)
    served = tuple(rec.facts.served_channels or ())  # after feasibility: never a channel the design had to drop
    text = not assist and any(c in TEXT_CHANNELS for c in served)
    amd = any(item.id == "answering_machine_detection" for item in rec.considerations)
    own_transcript = any(item.id == "streams_double_stt" for item in rec.warnings)
    countries = answers.countries or ()
    return Stack(voice, transport, "speech_to_speech" if s2s else "cascaded", stt, tts, llm,
                 (v.s2s_model or DEFAULT_S2S_MODEL) if s2s else None, tuple(rec.product_ids), served,
                 voice and amd, rec.stt_provider, rec.tts_provider, _abroad(answers), route, assist,
                 s2s and rec.install == INSTALLS["google_voice"].command,
                 _llm_row(route, v, False) if text else None, voice and rec.facts.card_capture_used in PAY_CAPTURES,
                 own_transcript, voice and rec.facts.card_capture_used == "pay_subaccount",
                 not countries or "US" in countries,
                 bool(rec.facts.phone_handoff), bool(rec.facts.handoff_transfer), "hipaa" in rec.regulation_ids,
                 tuple(rec.facts.inbound_toll_free_countries or ()),
                 answers.customer_profile == "isv" and not assist and "flex" in rec.product_ids,
                 bool(rec.facts.handoff_own_team))


def _llm_row(route: str | None, v: Volumes, relay: bool) -> Provider | None:
    """The LLM row standing for the design's LLM route (or your llm_product); None for own and other, which have no
    row: neither priced nor timed as some other model."""
    if v.llm_product:
        return _row("llm", v.llm_product, relay)
    if route is None:
        return _row("llm", DEFAULT_LLM_ROW, relay)
    return _row("llm", LLMS[route].row, relay) if LLMS[route].row else None


def _abroad(answers: Any) -> tuple[str, ...]:
    """The countries outside the US the answers name ("EU" when only eu_users says so): US rates do not apply."""
    countries = tuple(c for c in (answers.countries or ()) if c != "US")
    return countries or (("EU",) if answers.eu_users else ())
