"""What a starter project holds, read off a Recommendation: the kind of server, its LLM, speech, hand-off, payments.

The plan reads only the Recommendation: its decisions (``implementation_path``, ``voice_transport``, the speech
providers), its facts (``rec.facts.voice``, ``speech_to_speech``, ``phone_handoff``, ``agent_assist``,
``install``), its products, its checklist, and the answers it was given (languages, LLM, team language, recorded
calls). It derives no design fact. What twarch cannot assemble raises :class:`~twarch.errors.AnswerError` naming
the reason, so no broken project is ever written: a kind of design the starters do not cover (agent assist, a
manual design without voice), a component the starter runs on that the design cannot use (``rec.facts.unavailable``,
with the report's own line on what had to give), a blocker that says the drawn design cannot run as drawn
(:data:`~twarch.knowledge.starter.UNBUILDABLE_BLOCKERS`), or the engine's own feasibility invariants broken.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine.consistency import problems
from ..errors import AnswerError
from ..knowledge.components import COMPONENTS
from ..knowledge.stack import INSTALLS, Install
from ..knowledge.starter import MEDIA_STREAMS_SPEECH, SERVER_LANGUAGES, UNBUILDABLE_BLOCKERS
from ..knowledge.twiml import RELAY_STT, RELAY_TTS
from ..recommendation import Item, Recommendation

KINDS = ("relay", "streams", "realtime", "agent_connect")
#: The LLM routes whose realtime (speech-to-speech) model the realtime starter bridges to.
REALTIME_LLMS = ("openai", "azure_openai")


@dataclass(frozen=True)
class Plan:
    language: str  #: ``python`` or ``typescript``
    kind: str  #: ``relay`` (ConversationRelay), ``streams`` (Media Streams, cascaded), ``realtime`` (Media Streams
    #: bridged to a speech-to-speech model) or ``agent_connect``
    llm: str
    stt: str | None
    tts: str | None
    languages: tuple[str, ...]
    records: bool
    failover: bool  #: the TwiML declares ConversationRelay's speech <Failover> (the design's ``speech_failover`` item)
    payments: bool
    handoff: str  #: ``flex``, ``phone`` (a phone line, or the contact centre's number when Flex is ruled out) or ''
    transfer: bool  #: the phone hand-off is a transfer to the customer's own contact centre (``handoff_transfer``)
    studio: bool  #: the hand-off goes through a Studio Flow (Agent Connect's built-in hand-off)
    channels: tuple[str, ...]
    region: str | None
    install: Install | None
    your_items: tuple[Item, ...]  #: the checklist items a developer owns
    assumed: tuple[str, ...]  #: what the plan assumed, said in the README

    @property
    def components(self) -> tuple[str, ...]:
        """What the starter runs on (ids of :data:`twarch.knowledge.components.COMPONENTS`)."""
        runs_on = {"relay": ("voice", "conversation_relay"), "streams": ("voice", "media_streams"),
                   "realtime": ("voice", "media_streams"), "agent_connect": ("agent_connect",)}[self.kind]
        return (*runs_on, *(("taskrouter", "flex") if self.handoff == "flex" else ()),
                *(("studio",) if self.studio else ()))

    @property
    def features(self) -> frozenset[str]:
        """The template blocks this project keeps."""
        names = {self.kind, self.language}
        names |= {n for n, on in (("payments", self.payments), ("records", self.records), ("handoff", self.handoff),
                                  ("flex", self.handoff == "flex"), ("phone", self.handoff == "phone"),
                                  ("studio", self.studio), ("multilingual", len(self.languages) > 1),
                                  ("media_streams", self.kind in ("streams", "realtime")),
                                  ("text_llm", self.kind in ("relay", "streams"))) if on}
        return frozenset(names)


def plan(rec: Recommendation, language: str | None = None) -> Plan:
    """The starter project for ``rec``, in ``language`` (default: the team's answer; Python when unanswered)."""
    answers = rec.answers
    assumed = []
    if language is None:
        language = answers.team_language
        if language is None:
            language = "python"
            assumed.append("team_language is unanswered: the starter is in Python")
    if language not in SERVER_LANGUAGES:
        raise AnswerError("team_language", f"{language!r}: twarch scaffold writes Python or TypeScript",
                          "pass --language python or --language typescript")
    if rec.facts.agent_assist:
        raise AnswerError("design", "agent assist: people answer every call and no AI agent speaks, so there is no "
                                    "agent server to scaffold (the assist is Flex's Agent Copilot or a Flex plugin)")
    kind = _kind(rec)
    llm = rec.facts.llm_route or "openai"  # the route the design uses: residency may have moved the answered one
    if answers.llm is None:
        assumed.append("llm is unanswered: the starter calls OpenAI")
    elif llm != answers.llm:
        assumed.append(f"the design reaches the model through {llm}, not {answers.llm}, to keep the region's "
                       "residency (the report's What had to give says why)")
    if language == "typescript":
        _check_typescript(kind)
    languages = answers.languages or ("en-US",)
    if not answers.languages:
        assumed.append("languages are unanswered: the starter speaks en-US")
    if kind == "relay":
        _check_relay(rec)
    if kind == "streams":
        _check_streams(rec)
    if kind == "realtime" and llm not in REALTIME_LLMS:
        raise AnswerError("llm", f"{llm!r} for speech-to-speech: the realtime starter bridges to OpenAI's realtime "
                                 "model (directly or on Azure OpenAI) only so far", ", ".join(REALTIME_LLMS))
    transfer = bool(rec.facts.handoff_transfer)
    handoff = "phone" if rec.facts.phone_handoff or transfer else "flex" if "flex" in rec.product_ids else ""
    install = INSTALLS[rec.facts.install] if kind == "agent_connect" else None
    chosen = Plan(language=language, kind=kind, llm=llm, stt=rec.stt_provider, tts=rec.tts_provider,
                  languages=tuple(languages), records=bool(answers.records_calls),
                  failover=kind == "relay" and any(i.id == "speech_failover" for i in rec.items()),
                  payments=any(i.id == "PCI-01" for i in rec.checklist) and bool(rec.facts.voice),
                  handoff=handoff, transfer=transfer, studio="studio" in rec.product_ids and kind == "agent_connect",
                  channels=tuple(answers.channels or ()), region=answers.region, install=install,
                  your_items=tuple(i for i in rec.checklist if i.get("owner") == "you"), assumed=tuple(assumed))
    check_feasible(rec, chosen)
    return chosen


def check_feasible(rec: Recommendation, chosen: Plan) -> None:
    """Refuse a design the starter cannot assemble: what it runs on is ruled out, a blocker says the design cannot
    run as drawn, or the engine's feasibility invariants do not hold for it."""
    for component in chosen.components:
        if component in (rec.facts.unavailable or ()):
            said = next((t.text for t in rec.tradeoffs if t.why.rule == f"feasibility.{component}"), "")
            raise AnswerError("design", f"the starter runs on {COMPONENTS[component].name}, which this design "
                                        f"cannot use" + (f" ({said})" if said else ""))
    for item in rec.warnings:
        if item.get("severity") == "blocker" and item.id in UNBUILDABLE_BLOCKERS:
            raise AnswerError("design", f"blocker {item.id}: {item.text}")
    broken = [p for p in problems(rec) if p.startswith(("feasible:", "no_blocker_against_design:"))]
    if broken:
        raise AnswerError("design", "twarch's design is not feasible as drawn: " + "; ".join(broken))


def _kind(rec: Recommendation) -> str:
    if rec.implementation_path == "tac_sdk":
        return "agent_connect"
    if not rec.facts.voice:
        raise AnswerError("channels", "a manual design without voice: twarch scaffold writes voice agents on the "
                                      "manual path (ConversationRelay or Media Streams) and Agent Connect projects")
    if rec.facts.speech_to_speech:
        return "realtime"
    return "relay" if rec.voice_transport == "conversation_relay" else "streams"


#: What the TypeScript starter is written for so far (its llm.ts has code for every LLM route).
TYPESCRIPT_KINDS = ("relay", "streams", "realtime")


def _check_typescript(kind: str) -> None:
    if kind not in TYPESCRIPT_KINDS:
        raise AnswerError("team_language", "typescript: the design runs on Agent Connect, whose TypeScript SDK is "
                                           "built from its repository; twarch scaffold writes TypeScript starters for "
                                           "the manual path (ConversationRelay, Media Streams, a realtime model)",
                          "--language python")


def _check_relay(rec: Recommendation) -> None:
    if rec.stt_provider not in RELAY_STT:
        raise AnswerError("stt_provider", f"{rec.stt_provider!r} is not a transcriptionProvider Twilio's "
                                          "ConversationRelay docs list", ", ".join(RELAY_STT))
    if rec.tts_provider not in RELAY_TTS:
        raise AnswerError("tts_provider", f"{rec.tts_provider!r} is not a ttsProvider Twilio's ConversationRelay "
                                          "docs list (confirm it with Twilio first)", ", ".join(RELAY_TTS))


def _check_streams(rec: Recommendation) -> None:
    for field, chosen in (("stt_provider", rec.stt_provider), ("tts_provider", rec.tts_provider)):
        if chosen != MEDIA_STREAMS_SPEECH[field]:
            raise AnswerError(field, f"{chosen!r}: the starter's Media Streams speech code is written for "
                                     f"{MEDIA_STREAMS_SPEECH[field]} only", MEDIA_STREAMS_SPEECH[field])
