"""The playbook's decision rules, as ordered tables over declared facts.

Each :class:`Rule` reads facts through a condition (see :mod:`twarch.conditions`) and yields a value or an
item. :data:`TABLES` lists every table in the order the engine evaluates it: decision tables are first-match
and decide one fact (``level`` ... ``tts``); list tables keep every rule that holds, the first rule per item
winning. Facts are declared in :mod:`twarch.knowledge.facts`; texts may name facts in braces
(``{peak_concurrent_calls}``).

When this module loads, every rule is checked against those declarations: a condition or a text naming an
unknown fact, a fact that comes about later than the table, an impossible value or an item id outside its
vocabulary (products, skills, regimes) raises ``ValueError`` naming the rule.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, replace
from typing import Any

from ..conditions import Condition
from .baa import VENDOR_BAAS
from .claims import CLAIMS
from .facts import FACTS, condition_problem, stage_index
from .invariants import scope_problem
from .limits import CALLBACKS_PER_CALL, FUNCTIONS_CONCURRENCY, FUNCTIONS_TIMEOUT_S
from .playbook import SECTIONS
from .products import PRODUCTS as PRODUCT_IDS
from .regimes import REGIMES
from .skills import SKILLS


@dataclass(frozen=True)
class Rule:
    id: str
    value: Any
    when: Condition
    section: str
    text: str = ""
    note: str = ""
    value_from: str = ""
    details: tuple[tuple[str, Any], ...] = ()
    #: who a list rule is about (:data:`AUDIENCES`); "" takes its table's audience
    audience: str = ""


def rule(id: str, value: Any, when: Condition, section: str, text: str = "", note: str = "",
         value_from: str = "", audience: str = "", **details: Any) -> Rule:
    """A rule; keyword ``details`` travel with its item. Known details:

    * ``claims``: the ids of the sourced facts it rests on (:mod:`twarch.knowledge.claims`)
    * ``severity``: a warning's weight, one of :data:`SEVERITIES`
    * ``status``: a GA gap's status (``custom_code`` or ``not_available``)
    * ``playbook`` / ``differs``: what the playbook says, and why twarch says otherwise
    * ``scope``: what the item is about (:data:`twarch.knowledge.invariants.SCOPES`), checked on every design
    * ``names_absent``: products the text may name without the design having them
    * ``without``: components (knowledge/components.py) the text names only to say the design does without them
      ("no TaskRouter or Flex"): it may appear where they are unavailable (every other line may not)
    * ``region_gap``: a warning that the answered region lacks something the design uses (the diagram counts them
      on the Twilio clusters)
    * ``technical``: a manual-path rule whose condition is the team's own technical choice (one yes/no answer);
      without it the design could take the SDK, so the report shows that fast path beside it

    ``audience`` says who a list rule is about (:data:`AUDIENCES`): ``agent`` (an AI answers), ``assist`` (people
    answer and the AI assists them) or ``any``; a rule that does not say takes its table's audience.
    """
    return Rule(id, value, when, section, text, note, value_from, tuple(details.items()), audience)


#: How much a warning weighs, heaviest first.
@dataclass(frozen=True)
class Severity:
    """How much a warning weighs: the heading it is grouped under, and what that means for the design."""

    label: str
    meaning: str


#: Warning severities, most urgent first (the report and the Wizard group warnings by them).
SEVERITIES: dict[str, Severity] = {
    "blocker": Severity("Blocker", "stops the design working, or makes it unlawful, until solved"),
    "cost": Severity("Cost", "works, but costs more than it needs to or than you planned"),
    "operational": Severity("Operational", "works, but needs care to run well in production"),
    "info": Severity("Nice to know", "worth knowing; nothing to fix"),
}


def answered(key: str) -> Condition:
    """A condition true when ``key`` has an answer."""
    return {"not": {key: None}}


VOICE = {"voice": True}
RELAY = {"voice_transport": "conversation_relay"}
STREAMS = {"voice_transport": "media_streams"}
CASCADED = {"voice": True, "speech_to_speech": False}
TAC = {"path": "tac_sdk"}
MANUAL = {"path": "manual"}
INTELLIGENCE = {"intelligence": ["realtime", "post_call"]}
CONVERSATIONS = {"products": ["conversation_orchestrator", "conversation_memory", "conversation_intelligence"]}

def usable(*components: str) -> Condition:
    """A condition true when the design may use every one of ``components``: the region offers them, no active regime
    rules them out, and nothing they require is ruled out (knowledge/components.py; the fact ``unavailable``). It is
    a ``not`` condition: give a rule one of them, naming every component, and fold any other ``not`` into ``all``."""
    return {"not": {"unavailable": list(components)}}


def ruled_out(component: str) -> Condition:
    return {"unavailable": component}
US = {"geo_us": True}
#: Something of the design can run: at least one channel it asks for is left after feasibility (a plan of phases or
#: rungs has nothing to grow from otherwise).
SERVED = {"not": {"nothing_served": True}}
#: The customer runs its own speech recognition or voice (the ``own`` choice of stt_provider or tts_provider).
OWN_SPEECH = {"any": [{"stt_provider": "own"}, {"tts_provider": "own"}]}
#: Agent assist (a copilot): people answer every conversation and the AI assists them; AGENT: an AI answers. Decision
#: tables read them in their conditions (an assist rule goes first); list rules say ``audience=`` instead.
ASSIST = {"agent_assist": True}
AGENT = {"agent_assist": False}
#: Who a list rule is about, and the condition that says so. A list table declares its audience (the default of its
#: rules): ``agent`` where its items are about the AI that answers, so a new rule stays out of agent-assist reports
#: unless it says ``audience="any"`` or ``"assist"``.
AUDIENCES: dict[str, Condition] = {"agent": AGENT, "assist": ASSIST, "any": {}}
#: Who takes an AI's hand-off: a phone, a team line or an on-call person (no TaskRouter or Flex), or contact-centre
#: agents in Flex (the default while handoff_target is unanswered; review 3, finding 5), not a contact centre the call
#: is transferred to (the customer's own on another platform, or any where the region lacks Flex: round 1, class I).
PHONE = {"phone_handoff": True}
#: Neither HIPAA nor the region (IE1, AU1) already rules out Agent Connect, Orchestrator, Memory and Intelligence: only
#: then does a change of card capture bring them back (round 3, design 12).
NOT_EXCLUDED_ELSEWHERE = {"not": {"any": [{"regimes": "hipaa"}, {"region": ["ie1", "au1"]}]}}
CENTRE = {"phone_handoff": False, "handoff_transfer": False}
#: A hand-off Flex does not serve (``handoff_transfer``): to the customer's own contact centre on another platform,
#: or to the team Flex was to seat where the region rules Flex out (``handoff_own_team``: no other contact centre).
OWN_CENTRE = {"handoff_transfer": True, "handoff_own_team": False}
TEAM = {"handoff_own_team": True}
#: The design serves at least one text channel.
TEXT = {"messaging_count": {"ge": 1}}
#: Contact-centre agents, in Flex or reached by transfer: not a phone line.
NOT_PHONE = {"phone_handoff": False}
#: Google CX Agent Studio's speech-to-speech voice channel (twilio-agent-connect-google): it supports neither
#: Conversation Orchestrator nor Memory for voice, so calls stay outside the Conversations products.
GOOGLE_VOICE = {"install": "google_voice"}
#: ... and voice is the design's only channel: nothing joins an Orchestrator conversation.
GOOGLE_VOICE_ONLY = {"install": "google_voice", "messaging_count": 0}
#: The SDK's Studio hand-off tool can be built: it needs an Orchestrator configuration and the Memory store it links
#: (claim tac.handoff_requires), so the region and the regimes must allow it (HIPAA, IE1 and AU1 do not), and the
#: design must have an Orchestrator conversation (a text channel, or memory or intelligence on a call). A voice-only
#: speech-to-speech design has none: CX Agent Studio's voice channel and the SDK's OpenAI Realtime providers start
#: their sessions outside Orchestrator and Memory, so the AI hands off itself (round 1, design 16).
STUDIO_TOOL = {**TAC, "all": [usable("tac_handoff_tool"),
                              {"any": [{"messaging_count": {"ge": 1}},
                                       {"all": [{"any": [{"memory": True}, INTELLIGENCE]},
                                                {"not": GOOGLE_VOICE_ONLY}]}]},
                              {"not": {"speech_to_speech": True, "messaging_count": 0}}]}

# ---------------------------------------------------------------- regulations (read before any decision)

REGULATIONS = (
    rule("reg.tcpa", "tcpa", {"outbound": True, **US}, "step4.regulatory",
         note="you contact people in the US first: calls and texts to them fall under the TCPA"),
    rule("reg.hipaa", "hipaa", {"industry": "healthcare", **US}, "step4.regulatory",
         note="a US healthcare agent may handle PHI"),
    rule("reg.pci", "pci_dss", {"takes_payments": True}, "step4.regulatory", note="the agent collects card data"),
    rule("reg.gdpr", "gdpr", {"geo_eu": True}, "step4.regulatory", note="people in the EU/EEA"),
    rule("reg.uk", "uk_gdpr_pecr", {"geo_uk": True}, "research", note="people in the UK"),
    rule("reg.fdcpa", "fdcpa", {"industry": "debt_collection", **US}, "step4.regulatory",
         note="debt collection from people in the US"),
    rule("reg.recording", "recording_consent", {**VOICE, **US}, "research",
         note="a voice agent transcribes every US call live through an AI vendor, and some states need every party's "
              "consent to record a call or let a third party listen"),
    rule("reg.ai_disclosure", "ai_disclosure", {"not": {"outcome": "internal_tools"}, **US}, "research",
         note="a bot talking to people in the US (anything but an internal tool)"),
    rule("reg.eu_ai_act", "eu_ai_act", {"geo_eu": True}, "research",
         note="an AI system talking to people in the EU", audience="agent"),
    rule("reg.eu_ai_act_assist", "eu_ai_act", {"geo_eu": True, **VOICE, **INTELLIGENCE}, "research",
         note="agent assist whose operators may analyse EU callers' voices: the Act's emotion-recognition notice "
              "(no AI talks to the callers)", audience="assist"),
    rule("reg.a2p_10dlc", "a2p_10dlc", {"channels": "sms", **US}, "research", note="SMS to US numbers"),
    rule("reg.stir_shaken", "stir_shaken", {**VOICE, "outbound": True, **US}, "research", note="outbound US calls"),
    rule("reg.whatsapp", "whatsapp_policy", {"channels": "whatsapp"}, "research", note="a WhatsApp sender"),
    rule("reg.canada", "canada_crtc_casl",
         {"geo_ca": True, "any": [{"outbound": True}, {"channels": ["sms", "whatsapp", "rcs"]}]}, "research",
         note="calls you place, or texts, to people in Canada (an inbound line is no telemarketing)"),
    rule("reg.canada_collection", "canada_collection", {"industry": "debt_collection", "geo_ca": True}, "research",
         note="debt collection from people in Canada, which provincial law governs"),
    rule("reg.pipeda", "canada_pipeda", {**VOICE, "geo_ca": True}, "research",
         note="a voice agent records or transcribes the calls of people in Canada"),
    rule("reg.ca_health_privacy", "canada_health_privacy",
         {"geo_ca": True, "any": [{"industry": "healthcare"}, {"request_stakes": "law_phipa"}]}, "research",
         note="patient information of people in Canada, which provincial health-privacy law governs (PHIPA in "
              "Ontario, in PIPEDA's place for health custodians)"),
    rule("reg.quebec_privacy", "quebec_privacy",
         {"geo_ca": True, "any": [{"request_stakes": "law_quebec"}, {"request_stakes": "quebec_named"}]}, "research",
         note="your request names Quebec or its privacy law (Law 25): Quebec's private-sector act governs a business "
              "there"),
    rule("reg.welsh_language", "welsh_language", {"geo_uk": True, "language_bases": "cy"}, "research",
         note="a Welsh-speaking service for people in the UK: public bodies in Wales must offer Welsh to the standards "
              "their compliance notice sets"),
    rule("reg.dora", "dora", {"industry": "financial_services", "geo_eu": True}, "research",
         note="a financial firm serving people in the EU/EEA, with Twilio and AI vendors as ICT third parties"),
    rule("reg.stakes_hipaa", "hipaa", {"request_stakes": "medical_accounts", **US}, "research",
         note="your request names medical or patient accounts: billing or collecting them for a healthcare provider is "
              "a payment activity done as its business associate, so HIPAA applies",
         claims=("hipaa.collection_agency",)),
    rule("reg.named", None, answered("regulations"), "step4.regulatory", value_from="regulations",
         note="you named it"),
)

# ---------------------------------------------------------------- first-match decisions

LEVEL = (
    rule("level.nothing", 1, {"nothing_served": True}, "step3.level1",
         note="no channel of the design can run as asked, so no rung is built (the lowest is named, none claimed)"),
    rule("level.assist", 4, ASSIST, "research",
         note="agent assist: people answer every conversation in Flex (the top rung's TaskRouter + Flex), and the AI "
              "assists them instead of answering on the rungs below", claims=("flex.copilot_assist",)),
    rule("level.handoff", 4, {"handoff": True}, "step3.level4", note="a human hand-off is the top rung",
         names_absent=("taskrouter", "flex"), without=("taskrouter", "flex")),  # a phone line's rung needs neither
    rule("level.intelligence", 3, INTELLIGENCE, "step3.level3", note="supervision or analytics is rung 3",
         names_absent=("conversation_intelligence",),  # under HIPAA the rung says the product is not eligible
         without=("conversation_intelligence",)),
    rule("level.memory", 2, {"memory": True}, "step3.level2", note="remembering customers is rung 2",
         names_absent=("conversation_memory",), without=("conversation_memory",)),
    rule("level.basic", 1, {}, "step3.level1", note="no higher rung was asked for"),
)

CHANNEL_MIX = (
    rule("channels.omnichannel", "omnichannel", {"voice": True, "messaging_count": {"ge": 2}}, "step2.channels"),
    rule("channels.voice_plus_messaging", "voice_plus_messaging", {"voice": True, "messaging_count": {"ge": 1}},
         "step2.channels"),
    rule("channels.voice_only", "voice_only", {"voice": True}, "step2.channels"),
    rule("channels.messaging_only", "messaging_only", {"voice": False}, "step2.channels"),
)

ENTRY_POINT = (
    rule("entry.agent_assist", "agent_assist", ASSIST, "research",
         note="you want an AI copilot during human conversations as a tool for your own staff: people answer every "
              "conversation, the AI listens and suggests, and no AI answers a customer", claims=("flex.copilot",)),
    rule("entry.hybrid", "hybrid", {"handoff": True}, "step4.entry_point",
         note="AI takes tier 1, people take the rest: design the escalation contract early, it shapes everything"),
    rule("entry.pure_ai", "pure_ai", {"handoff": False}, "step4.entry_point",
         note="no humans in the loop: Levels 1-3 are the whole design space"),
)

TRANSPORT = (
    rule("transport.agent_assist", None, {**ASSIST, **VOICE}, "research",
         note="agent assist: people answer the calls, so no AI voice transport (ConversationRelay or Media Streams); "
              "Real-Time Transcription turns the call's words into text for the assist",
         claims=("voice.real_time_transcription",)),
    rule("transport.speech_to_speech", "media_streams", {"speech_to_speech": True}, "research",
         note="speech-to-speech streams the call's audio to a realtime voice model over Media Streams",
         claims=("tac.speech_to_speech",)),
    rule("transport.media_streams", "media_streams", {"voice": True, "needs_raw_audio": True}, "rules.transport",
         note="raw audio access, your own STT/TTS or audio processing need Media Streams"),
    rule("transport.own_speech", "media_streams", {**CASCADED, **ruled_out("conversation_relay")}, "research",
         note="speech ConversationRelay does not run (your own, or a vendor it does not offer) needs the call's raw "
              "audio: ConversationRelay speaks and listens only through Twilio's speech providers",
         claims=("streams.own_speech", "relay.providers")),
    rule("transport.conversation_relay", "conversation_relay", VOICE, "rules.transport",
         note="managed STT/TTS over a JSON text protocol: the default for most voice AI"),
    rule("transport.none", None, {"voice": False}, "step2.channels",
         note="messaging only: no voice transport needed"),
)

PATH = (
    rule("path.agent_assist", "manual", ASSIST, "research",
         note="agent assist: no AI agent answers, so there is no Agent Connect agent to build; the assist is Flex's "
              "Agent Copilot or your own Flex plugin, fed by the conversation's transcript",
         claims=("flex.copilot",)),
    rule("path.unavailable", "manual", ruled_out("agent_connect"), "research",
         note="Agent Connect cannot serve this design (what had to give says why: not for workflows subject to HIPAA "
              "or PCI DSS, or a region its settings do not reach): build on Twilio's voice and messaging products "
              "directly", claims=("eligibility.four_products", "tac.region_hosts")),
    rule("path.raw_audio", "manual", {"needs_raw_audio": True}, "rules.sdk_vs_manual",
         note="your own speech pipeline on raw audio: the SDK's Media Streams providers bridge audio to a realtime "
              "model, not to your pipeline", claims=("tac.speech_to_speech",), technical=True),
    rule("path.own_speech", "manual", {**CASCADED, **ruled_out("conversation_relay")}, "rules.sdk_vs_manual",
         note="speech ConversationRelay does not run (your own, or a vendor it does not offer) needs your own pipeline "
              "on raw audio: the SDK's Media Streams providers bridge audio to a realtime model, not to a speech "
              "vendor of your choice", claims=("tac.speech_to_speech", "streams.own_speech")),
    rule("path.realtime_limits", "manual",
         {"speech_to_speech": True, "not": {"cloud": "gcp"},
          "any": [{"memory": True}, {"handoff": True}, {"llm": "azure_openai"}, ruled_out("tac_realtime")]},
         "research",
         note="the SDK's OpenAI Realtime and GPT-Live providers reach OpenAI's own API only, load no Memory profile "
         "and "
              "have no hand-off path: your own Media Streams bridge to the realtime model does what this design asks",
         claims=("tac.realtime_limits",)),
    rule("path.low_level_control", "manual", {"needs_low_level_control": True}, "rules.sdk_vs_manual",
         note="full control of the WebSocket lifecycle and raw protocol events", technical=True),
    rule("path.existing_websocket", "manual", {"existing_websocket_server": True}, "rules.sdk_vs_manual",
         note="integrating into WebSocket infrastructure you already run", technical=True),
    rule("path.team_language", "manual", {"team_language": "other"}, "rules.sdk_vs_manual",
         note="the SDK exists for Python and TypeScript only"),
    rule("path.sdk", "tac_sdk", {}, "rules.sdk_vs_manual",
         note="a new agent: fastest time to value, several channels from one codebase, memory built in",
         claims=("tac.ga",)),
)

#: The answers that are a team's technical choice of the manual path (the ``technical`` path rules' conditions):
#: the report drops them to show the fast path the design would otherwise take.
TECHNICAL_CHOICES: tuple[str, ...] = tuple(key for r in PATH if dict(r.details).get("technical") for key in r.when)

TAC_PACKAGE = (
    rule("tac.typescript", "twilio-agent-connect-typescript", {**TAC, "team_language": "typescript"}, "research",
         note="a TypeScript team: the TypeScript SDK (the cloud connector packages are Python-only)",
         claims=("tac.typescript",)),
    rule("tac.gcp_voice", "twilio-agent-connect-google", {**TAC, "cloud": "gcp", "speech_to_speech": True},
         "research", note="speech-to-speech on Google Cloud: CX Agent Studio's voice channel",
         claims=("tac.speech_to_speech",)),
    rule("tac.speech_to_speech", "twilio-agent-connect", {**TAC, "speech_to_speech": True}, "research",
         note="speech-to-speech: the core SDK's OpenAI Realtime or GPT-Live provider over Media Streams",
         claims=("tac.speech_to_speech", "tac.voice_live")),
    rule("tac.direct_llm", "twilio-agent-connect", {**TAC, "llm": ["openai", "anthropic"]}, "rules.cloud",
         note="OpenAI or Anthropic called directly: the core SDK, on whichever cloud you deploy; the cloud packages "
              "serve their own model platforms (Bedrock, Azure OpenAI, Vertex AI)"),
    rule("tac.gcp", "twilio-agent-connect-google", {**TAC, "cloud": "gcp"}, "research",
         note="deploying on Google Cloud (Vertex AI Agent Platform, CX Agent Studio, Dialogflow CX; Twilio's own "
              "<VirtualAgent> noun for Dialogflow CX works in US1 only)",
         claims=("tac.python_google", "voice.virtual_agent")),
    rule("tac.azure_cloud", "twilio-agent-connect-microsoft", {**TAC, "cloud": "azure"}, "rules.cloud",
         note="deploying on Azure (App Service, Container Apps, AKS; Foundry, Cosmos DB, Voice Live)"),
    rule("tac.aws_cloud", "twilio-agent-connect-aws", {**TAC, "cloud": "aws"}, "rules.cloud",
         note="deploying on AWS (ECS, Fargate, EKS, Lambda; Bedrock, Strands, AgentCore)"),
    rule("tac.azure_openai", "twilio-agent-connect-microsoft", {**TAC, "llm": "azure_openai"}, "rules.cloud",
         note="Azure OpenAI with Microsoft Agent Framework orchestration"),
    rule("tac.bedrock", "twilio-agent-connect-aws", {**TAC, "llm": "bedrock"}, "rules.cloud",
         note="Bedrock models with an AWS-managed agent runtime"),
    rule("tac.core", "twilio-agent-connect", TAC, "rules.cloud",
         note="cloud-agnostic, OpenAI or Anthropic directly, maximum LLM flexibility"),
    rule("tac.none", None, MANUAL, "rules.cloud", note="no SDK on the manual path"),
)

INSTALL = (
    rule("install.typescript", "typescript", {"tac_package": "twilio-agent-connect-typescript"}, "research",
         claims=("tac.typescript", "tac.security_logging")),
    rule("install.google_voice", "google_voice", {"tac_package": "twilio-agent-connect-google",
                                                  "speech_to_speech": True}, "research",
         claims=("tac.speech_to_speech", "tac.security_logging")),
    rule("install.google", "google", {"tac_package": "twilio-agent-connect-google"}, "research",
         claims=("tac.python_google", "tac.security_logging")),
    rule("install.core_realtime", "core_realtime", {"tac_package": "twilio-agent-connect", "speech_to_speech": True},
         "research", claims=("tac.speech_to_speech", "tac.security_logging")),
    rule("install.core", "core", {"tac_package": "twilio-agent-connect"}, "research",
         claims=("tac.python", "tac.security_logging")),
    rule("install.microsoft", "microsoft", {"tac_package": "twilio-agent-connect-microsoft"}, "research",
         claims=("tac.microsoft_package", "tac.security_logging")),
    rule("install.aws_bedrock", "aws_bedrock", {"tac_package": "twilio-agent-connect-aws", "llm": "bedrock"},
         "research", claims=("tac.aws_package", "tac.security_logging")),
    rule("install.aws", "aws", {"tac_package": "twilio-agent-connect-aws"}, "research",
         claims=("tac.aws_package", "tac.security_logging")),
)

STT = (
    rule("stt.agent_assist", None, ASSIST, "research",
         note="agent assist: Twilio's Real-Time Transcription (Google or Deepgram engines) transcribes the call; there "
              "is no speech-to-text vendor of your own to pick", claims=("voice.real_time_transcription",)),
    rule("stt.speech_to_speech", None, {"speech_to_speech": True}, "research",
         note="speech-to-speech: the realtime model hears the caller, there is no separate speech-to-text"),
    rule("stt.chosen", None, {**VOICE, **answered("stt_provider")}, "rules.providers",
         value_from="stt_provider", note="the provider you chose"),
    rule("stt.languages", None, {**VOICE, **answered("covering_stt"),
                                 "any": [{"multilingual": True}, {"priority": "languages"}]}, "rules.providers",
         value_from="covering_stt",
         note="a provider whose sourced language list covers every language you named, the first of them in your "
              "priority's order: one your priority prefers that misses a language is passed over"),
    rule("stt.default", "deepgram", VOICE, "rules.providers",
         note="Deepgram: the playbook's pick for real-time accuracy and latency (nova-3-general), the default"),
    rule("stt.none", None, {"voice": False}, "rules.providers", note="no voice channel, no speech-to-text"),
)

TTS = (
    rule("tts.agent_assist", None, ASSIST, "research",
         note="agent assist: people speak to the caller; nothing speaks for the AI"),
    rule("tts.speech_to_speech", None, {"speech_to_speech": True}, "research",
         note="speech-to-speech: the realtime model speaks the reply, there is no separate text-to-speech"),
    rule("tts.chosen", None, {**VOICE, **answered("tts_provider")}, "rules.providers",
         value_from="tts_provider", note="the provider you chose"),
    rule("tts.hipaa_languages", "amazon_polly", {**VOICE, "regimes": "hipaa", "covering_tts": "amazon_polly",
                                                 "any": [{"multilingual": True}, {"priority": "languages"}]},
         "research", note="Twilio's HIPAA Eligible Services list names Amazon Polly voices (under your BAA with "
                          "Twilio on ConversationRelay, under AWS's on Media Streams), and Polly's sourced language "
                          "list covers every language you named", claims=("hipaa.speech", "baa.amazon")),
    rule("tts.languages", None, {**VOICE, **answered("covering_tts"),
                                 "any": [{"multilingual": True}, {"priority": "languages"}]}, "rules.providers",
         value_from="covering_tts",
         note="a provider whose sourced language list covers every language you named, the first of them in your "
              "priority's order: one your priority prefers that misses a language is passed over"),
    rule("tts.hipaa", "amazon_polly", {**VOICE, "regimes": "hipaa"}, "research",
         note="Twilio's HIPAA Eligible Services list names Amazon Polly voices (a voice that covers your languages "
         "comes first; under your BAA with Twilio on ConversationRelay, under AWS's on Media Streams)",
         claims=("hipaa.speech", "baa.amazon")),
    rule("tts.quality", "elevenlabs", {**VOICE, "priority": "quality"}, "rules.providers",
         note="ElevenLabs: the playbook's pick for voice quality and naturalness"),
    rule("tts.cost", "amazon_polly", {**VOICE, "priority": "cost"}, "rules.providers",
         note="Amazon Polly: the playbook's pick for cost at volume"),
    rule("tts.latency", "elevenlabs", {**VOICE, "priority": "latency"}, "research",
         note="ElevenLabs Flash v2.5 has the lowest published time to first audio of ConversationRelay's voices",
         claims=("tts.latency",)),
    rule("tts.default", "google", VOICE, "rules.providers",
         note="no priority given: Google's voices are a middle ground on price and choice; set a priority to "
              "choose otherwise"),
    rule("tts.none", None, {"voice": False}, "rules.providers", note="no voice channel, no text-to-speech"),
)

# ---------------------------------------------------------------- lists

PRODUCTS = (
    rule("product.conversation_relay", "conversation_relay", RELAY, "step3.level1",
         "ConversationRelay: Twilio transcribes the caller, sends text to your WebSocket and speaks your reply"),
    rule("product.media_streams_s2s", "media_streams", {**STREAMS, "speech_to_speech": True}, "research",
         "Media Streams: the call's audio, both ways, between Twilio and your realtime voice model",
         claims=("tac.speech_to_speech",)),
    rule("product.media_streams", "media_streams", STREAMS, "rules.transport",
         "Media Streams: raw call audio to your server, your own STT/TTS pipeline"),
    rule("product.pay_subaccount", "pay_subaccount", {**VOICE, "card_capture_used": "pay_subaccount"}, "research",
         "<Pay> in a PCI-Mode subaccount: the AI transfers the caller to a number of a separate subaccount in PCI "
         "Mode, whose TwiML runs <Pay> with a Pay Connector to your processor, and the call comes back with the "
         "payment token, never the digits", claims=("pci.descoped", "pci.mode")),
    rule("product.orchestrator_google_voice", "conversation_orchestrator",
         {"messaging_count": {"ge": 1}, **usable("conversation_orchestrator"), **GOOGLE_VOICE}, "research",
         "Conversation Orchestrator: one conversation across {messaging_text}; calls on CX Agent Studio's "
         "speech-to-speech voice channel do not join it", claims=("tac.speech_to_speech",)),
    rule("product.orchestrator_messaging", "conversation_orchestrator", {"messaging_count": {"ge": 1},
                                                                         **usable("conversation_orchestrator")},
         "step2.channels", "Conversation Orchestrator: one conversation across {channels_text}"),
    rule("product.orchestrator_memory_manual", "conversation_orchestrator",
         {"memory": True, **MANUAL, "all": [usable("conversation_orchestrator"), {"not": GOOGLE_VOICE_ONLY}]},
         "research",
         "Conversation Orchestrator: its configuration links the Memory store, which your server reads and writes "
         "through the Conversation Memory API", claims=("orch.memory_store",)),
    rule("product.orchestrator_memory", "conversation_orchestrator",
         {"memory": True, "all": [usable("conversation_orchestrator"), {"not": GOOGLE_VOICE_ONLY}]}, "research",
         "Conversation Orchestrator: its configuration links the Memory store; the SDK reaches Memory through it "
         "(TWILIO_CONVERSATION_CONFIGURATION_ID)", claims=("tac.memory_config", "orch.memory_store")),
    rule("product.orchestrator_intelligence", "conversation_orchestrator",
         {**INTELLIGENCE, "all": [usable("conversation_orchestrator"), {"not": GOOGLE_VOICE_ONLY}]}, "research",
         "Conversation Orchestrator: Conversation Intelligence runs on its configuration",
         claims=("intel.requires_orchestrator",)),
    rule("product.memory_google_voice", "conversation_memory",
         {"memory": True, "messaging_count": {"ge": 1}, **usable("conversation_memory"), **GOOGLE_VOICE}, "research",
         "Conversation Memory: profiles, observations and semantic Recall injected into the prompt of the "
         "{messaging_text} conversations; CX Agent Studio's speech-to-speech voice channel neither reads nor writes "
         "it", claims=("tac.speech_to_speech",)),
    rule("product.memory", "conversation_memory", {"memory": True, "all": [usable("conversation_memory"),
                                                                           {"not": GOOGLE_VOICE_ONLY}]},
         "step3.level2",
         "Conversation Memory: profiles, observations and semantic Recall injected into the prompt"),
    rule("product.intelligence_google_voice", "conversation_intelligence",
         {**INTELLIGENCE, **GOOGLE_VOICE, "all": [usable("conversation_intelligence"), {"not": GOOGLE_VOICE_ONLY}]},
         "research",
         "Conversation Intelligence: Language Operators with {intelligence_text} webhook triggers, on the "
         "{messaging_text} conversations only: calls on CX Agent Studio's voice channel are not analysed",
         claims=("tac.speech_to_speech",)),
    rule("product.intelligence", "conversation_intelligence",
         {**INTELLIGENCE, "all": [usable("conversation_intelligence"), {"not": GOOGLE_VOICE_ONLY}]}, "step3.level3",
         "Conversation Intelligence: Language Operators with {intelligence_text} webhook triggers"),
    rule("product.transcription_orchestrator", "real_time_transcription",
         {**VOICE, **INTELLIGENCE, **usable("conversation_orchestrator")}, "research",
         "Real-Time Transcription: Conversation Orchestrator's passive voice capture transcribes each agent's call as "
         "it happens, for Conversation Intelligence's operators and your assist",
         claims=("voice.real_time_transcription", "orch.voice_capture"), audience="assist"),
    rule("product.transcription", "real_time_transcription", {**VOICE}, "research",
         "Real-Time Transcription: <Start><Transcription> on each agent's call sends the call's words to your "
         "assist by webhook as they are spoken", claims=("voice.real_time_transcription",), audience="assist"),
    rule("product.agent_copilot", "agent_copilot",
         {"all": [usable("agent_copilot"), {"not": {"llm": "own"}}]}, "research",
         "Agent Copilot (Flex, public beta): real-time assist (suggested responses, knowledge answers) and wrap-up "
         "notes in the agent's desktop; check that its real-time assist covers your channels, or build your own Flex "
         "plugin on the transcript", claims=("flex.copilot", "flex.copilot_assist"), audience="assist"),
    rule("product.taskrouter_assist", "taskrouter", usable("taskrouter"), "research",
         "TaskRouter: routes every conversation to an available person by skills (no AI tier in front)",
         claims=("flex.copilot_assist",), audience="assist"),
    rule("product.flex_assist", "flex", usable("flex"), "research",
         "Flex: your agents' desktop, where they answer every conversation and see the assist's suggestions",
         claims=("flex.copilot_assist",), audience="assist"),
    rule("product.studio_phone_mixed", "studio", {"handoff": True, **STUDIO_TOOL, **PHONE, **VOICE,
                                                  "messaging_count": {"ge": 1}}, "research",
         "Twilio Studio: a Studio Flow receives the SDK's handoff; for a call its Connect Call To widget puts the "
         "caller through to your line (one number, several ringing at once, SIP or a Conference), and for "
         "hand-offs in {messaging_text} its Send Message widget texts the person there the summary and the customer's "
         "number. No TaskRouter or Flex", claims=("tac.handoff", "studio.connect_call"),
         names_absent=("taskrouter", "flex")),
    rule("product.studio_phone_voice", "studio", {"handoff": True, **STUDIO_TOOL, **PHONE, **VOICE},
         "research",
         "Twilio Studio: a Studio Flow receives the SDK's handoff and its Connect Call To widget puts the caller "
         "through to your line (one number, several ringing at once, SIP or a Conference). No TaskRouter or Flex",
         claims=("tac.handoff", "studio.connect_call"), names_absent=("taskrouter", "flex")),
    rule("product.studio_phone_text", "studio", {"handoff": True, **STUDIO_TOOL, **PHONE}, "research",
         "Twilio Studio: a Studio Flow receives the SDK's handoff and its Send Message widget texts the person on "
         "your line the summary and the customer's number (a text conversation cannot be put through to a phone). "
         "No TaskRouter or Flex", claims=("tac.handoff", "studio.connect_call"),
         names_absent=("taskrouter", "flex")),
    rule("product.studio", "studio", {"handoff": True, **STUDIO_TOOL, **CENTRE}, "research",
         "Twilio Studio: a Studio Flow receives the SDK's handoff and sends the conversation to Flex",
         claims=("tac.handoff",)),
    rule("product.taskrouter", "taskrouter", {**usable("taskrouter", "flex"), "handoff": True, **CENTRE},
         "step3.level4",
         "TaskRouter: skills-based routing of the AI's escalation payload"),
    rule("product.flex_memory_google_voice", "flex",
         {"handoff": True, **CENTRE, "memory": True, "messaging_count": {"ge": 1},
          **usable("flex", "conversation_memory"), **GOOGLE_VOICE},
         "research",
         "Flex: the human agent's desktop, showing the escalation payload, and for {messaging_text} hand-offs the "
         "Memory profile summary (calls from CX Agent Studio's voice channel bring none){handoff_assumed_text}",
         claims=("tac.speech_to_speech",)),
    rule("product.flex_memory", "flex",
         {"handoff": True, **CENTRE, "memory": True,
          "all": [usable("flex", "conversation_memory"), {"not": GOOGLE_VOICE}]}, "step3.level4",
         "Flex: the human agent's desktop, showing the escalation payload and the Memory profile "
         "summary{handoff_assumed_text}"),
    rule("product.flex", "flex", {**usable("flex"), "handoff": True, **CENTRE}, "step3.level4",
         "Flex: the human agent's desktop, showing the AI's escalation payload (summary, reason, what it "
         "tried){handoff_assumed_text}"),
)

SKIPPED = (
    rule("skip.relay_assist", "conversation_relay", {**VOICE}, "research",
         "ConversationRelay skipped: in agent assist people answer the calls; the AI reads a transcript and never "
         "speaks on the call", claims=("voice.real_time_transcription",), audience="assist"),
    rule("skip.google_voice_memory", "conversation_memory", {"memory": True, **GOOGLE_VOICE_ONLY}, "research",
         "Conversation Memory left out: CX Agent Studio's speech-to-speech voice channel supports neither Conversation "
         "Orchestrator nor Memory; keep returning callers' context in your own store, or answer a cascaded voice "
         "pipeline (ConversationRelay) to use Memory", claims=("tac.speech_to_speech",)),
    rule("skip.google_voice_intelligence", "conversation_intelligence", {**INTELLIGENCE, **GOOGLE_VOICE_ONLY},
         "research",
         "Conversation Intelligence left out: its operators run on Orchestrator conversations, which CX Agent "
         "Studio's speech-to-speech voice channel does not join; analyse the calls another way, or answer a cascaded "
         "voice pipeline (ConversationRelay)", claims=("tac.speech_to_speech", "intel.requires_orchestrator")),
    rule("skip.google_voice_orchestrator", "conversation_orchestrator",
         {"any": [{"memory": True}, INTELLIGENCE], **GOOGLE_VOICE_ONLY}, "research",
         "Conversation Orchestrator left out: CX Agent Studio's speech-to-speech voice channel does not join its "
         "conversations", claims=("tac.speech_to_speech",)),
    rule("skip.memory_store_only", "conversation_memory", {"memory": False, "products": "conversation_orchestrator"},
         "research", "Conversation Memory not used for recall: every session stands alone for the agent, but the "
         "Orchestrator configuration still needs a Memory store id, so create the store with it",
         claims=("orch.memory_store",)),
    rule("skip.memory", "conversation_memory", {"memory": False}, "rules.memory",
         "Conversation Memory skipped: every session stands alone, and stateless is simpler"),
    rule("skip.intelligence", "conversation_intelligence", {"intelligence": "none"}, "rules.intelligence",
         "Conversation Intelligence skipped: no monitoring needed now; add it when you need analytics"),
    rule("skip.taskrouter_phone", "taskrouter", PHONE, "research",
         "TaskRouter and Flex skipped: the hand-off goes to a phone line, not to contact-centre agents, so there is "
         "no routing engine, agent desktop or seat to pay for", claims=("studio.connect_call",),
         names_absent=("taskrouter", "flex")),
    rule("skip.taskrouter_transfer", "taskrouter", {"handoff_transfer": True, **usable("taskrouter", "flex")},
         "research",
         "TaskRouter and Flex skipped: the hand-off goes to the contact centre you already run on another platform, "
         "whose own routing and agents take it, so there is no Twilio routing engine, agent desktop or seat to pay "
         "for", claims=("voice.sip_headers",), names_absent=("taskrouter", "flex")),
    rule("skip.taskrouter", "taskrouter", {"handoff": False}, "step2.handoff",
         "TaskRouter and Flex skipped: the agent is fully autonomous", audience="agent"),
    rule("skip.relay_messaging", "conversation_relay", {"voice": False}, "step2.channels",
         "ConversationRelay skipped: it is voice only, and no voice channel was chosen"),
    rule("skip.relay_speech_to_speech", "conversation_relay", {**STREAMS, "speech_to_speech": True}, "research",
         "ConversationRelay skipped: speech-to-speech streams the audio to a realtime model over Media Streams "
         "instead", claims=("tac.speech_to_speech",)),
    rule("skip.relay_raw_audio", "conversation_relay", STREAMS, "rules.transport",
         "ConversationRelay replaced by Media Streams: a call uses one or the other, never both",
         claims=("relay.no_mixing",)),
    rule("skip.orchestrator", "conversation_orchestrator",
         {"channel_mix": "voice_only", "memory": False, "intelligence": "none"}, "sdk_options",
         "Conversation Orchestrator skipped: voice only, with no memory or intelligence, runs without it"),
)

SKILLS_TABLE = (
    rule("skill.agent_connect", "twilio-agent-connect", TAC, "output_format"),
    rule("skill.relay", "twilio-voice-conversation-relay", {**MANUAL, **RELAY}, "output_format"),
    rule("skill.media_streams_twiml", "twilio-voice-twiml", {**STREAMS, **MANUAL}, "research",
         note="upstream has no Media Streams skill (twilio-media-streams was an empty placeholder, deleted "
              "2026-05-04): the TwiML skill covers <Connect><Stream>, the Media Streams docs cover the protocol"),
    rule("skill.twiml_phone", "twilio-voice-twiml", {**MANUAL, **VOICE, **PHONE}, "research",
         note="the hand-off to your line: <Dial> with up to ten <Number>s ringing at once, a whisper in <Number url>",
         claims=("voice.dial",)),
    rule("skill.twiml", "twilio-voice-twiml", {**MANUAL, **VOICE}, "step3.level1"),
    rule("skill.memory", "twilio-conversation-memory", {**MANUAL, "products": "conversation_memory"}, "step3.level2",
         note="renamed from twilio-customer-memory upstream on 2026-06-29"),
    rule("skill.orchestrator", "twilio-conversation-orchestrator",
         {**MANUAL, "products": "conversation_orchestrator"}, "sdk_options"),
    rule("skill.intelligence", "twilio-conversation-intelligence", {"products": "conversation_intelligence"},
         "step3.level3"),
    rule("skill.taskrouter", "twilio-taskrouter-routing", {"handoff": True, **CENTRE, **usable("taskrouter", "flex")},
         "step3.level4"),
    rule("skill.taskrouter_assist", "twilio-taskrouter-routing", {}, "research",
         note="routing every conversation to a person", audience="assist"),
    rule("skill.studio", "twilio-studio-flows", {"products": "studio"}, "research",
         note="the SDK's handoff tool hands the conversation to a Studio Flow"),
    rule("skill.conference", "twilio-conference-calls", {**VOICE, "handoff": True}, "research",
         note="warm transfers and coaching when a call goes to a person"),
    rule("skill.recordings", "twilio-call-recordings", {**VOICE, "records_calls": True}, "research",
         note="recording calls correctly (and pausing for card data)"),
    rule("skill.outbound", "twilio-voice-outbound-calls", {**VOICE, "outbound": True}, "research",
         note="outbound calls with answering-machine detection"),
    rule("skill.whatsapp_send", "twilio-whatsapp-send-message", {"channels": "whatsapp"}, "research",
         note="WhatsApp templates and the 24-hour window"),
    rule("skill.whatsapp_senders", "twilio-whatsapp-manage-senders", {"channels": "whatsapp"}, "research",
         note="registering the WhatsApp Business sender"),
    rule("skill.rcs", "twilio-rcs-messaging", {"channels": "rcs"}, "research", note="RCS Business Messaging senders"),
    rule("skill.messaging_services", "twilio-messaging-services", {"channels": ["sms", "rcs"], "production": True},
         "research", note="sender pools, opt-out handling and compliance for production messaging"),
    rule("skill.send_message", "twilio-send-message", {**MANUAL, "channels": ["sms", "whatsapp", "rcs"]}, "research",
         note="sending messages yourself on the manual path",
         without=("whatsapp", "rcs")),  # the catalogue's description names every messaging channel
    rule("skill.conversations_chat", "twilio-conversations-classic-api",
         {**MANUAL, "channels": "chat", "not": {"products": "conversation_orchestrator"}}, "research",
         note="web chat through the Conversations API on the manual path (in IE1, Conversations serves chat only)",
         claims=("region.ie1_products",)),
    rule("skill.email_hipaa", "twilio-sendgrid-email-send", {"wants": "email_summaries", "regimes": "hipaa"},
         "research", note="email summaries without PHI only (send a link to a portal your BAA covers): SendGrid email "
                          "is not on Twilio's HIPAA-eligible list (HIPAA-04)"),
    rule("skill.email", "twilio-sendgrid-email-send", {"wants": "email_summaries"}, "output_format"),
    rule("skill.account", "twilio-account-setup", {"any": [{"customer_profile": ["isv", "smb"]}, {"mode": "build"}]},
         "output_format", note="upstream: when you need help with credentials or account structure"),
    rule("skill.iam", "twilio-iam-auth-setup",
         {"any": [{"wants": "scoped_tokens"}, {"regimes": ["hipaa", "pci_dss"]}, {"production": True}]},
         "output_format", note="upstream: for API-key scoping and security"),
    rule("skill.numbers", "twilio-numbers-senders",
         {"any": [{"voice": True}, {"channels": ["sms", "whatsapp", "rcs"]}]}, "output_format",
         note="upstream: when choosing local, toll-free or short-code numbers and senders"),
    rule("skill.webhooks_enterprise", "twilio-webhook-architecture", {"customer_profile": "enterprise"},
         "step4.profile", note="enterprises need production-grade alternatives to tunnels"),
    rule("skill.webhooks", "twilio-webhook-architecture",
         {"any": [{"production": True}, {"uses_twilio_functions": True}]}, "output_format",
         note="upstream: when designing and securing webhook endpoints"),
    rule("skill.compliance_onboarding", "twilio-compliance-onboarding",
         {"regimes": ["a2p_10dlc", "stir_shaken", "whatsapp_policy"]}, "research",
         note="registrations that must clear before traffic works"),
    rule("skill.regulatory_bundles", "twilio-regulatory-compliance-bundles",
         {"geo_assumed": False, "any": [{"geo_ca": True}, {"geo_eu": True}, {"geo_uk": True},
                                        answered("uncovered_countries_text")],
          "channels": ["voice", "sms"]}, "research", note="phone numbers outside the US need regulatory bundles"),
    rule("skill.isv_sms", "twilio-sms-isv-setup", {"customer_profile": "isv", "channels": "sms"}, "research",
         note="a 10DLC brand and campaign per tenant, subaccounts"),
    rule("skill.organizations", "twilio-organizations-setup", {"customer_profile": ["isv", "enterprise"]},
         "research", note="subaccounts per tenant or business unit, SSO"),
    rule("skill.hipaa", "twilio-security-compliance-hipaa", {"regimes": "hipaa"}, "research",
         note="BAA, HIPAA projects and the eligible-services list"),
    rule("skill.security", "twilio-security-hardening", {}, "output_format",
         note="every Twilio implementation needs it"),
    rule("skill.debugging", "twilio-debugging-observability", {}, "sdk_options",
         note="always, alongside any Twilio Conversations implementation"),
    rule("skill.reliability", "twilio-reliability-patterns", {"production": True}, "output_format",
         note="for production deployment"),
    rule("skill.compliance_traffic", "twilio-compliance-traffic",
         {"regimes": ["tcpa", "gdpr", "pci_dss", "hipaa", "fdcpa", "uk_gdpr_pecr", "canada_crtc_casl"]}, "research",
         note="the traffic rules of the regimes this design brings in"),
    rule("skill.identity", "twilio-identity-verification-advisor", {"industry": "financial_services"}, "research",
         note="an agent that acts on bank accounts must know who it is talking to before it acts"),
    rule("skill.identity_collections", "twilio-identity-verification-advisor", {"industry": "debt_collection"},
         "research", note="a debt collector must verify it has the right party before it mentions the debt"),
    rule("skill.identity_credentials", "twilio-identity-verification-advisor", {"request_stakes": "credential_resets"},
         "research", note="an agent that resets passwords, unlocks accounts or resets MFA must verify the person "
                          "before it acts", audience="any"),
    rule("skill.verify_credentials", "twilio-verify-send-otp", {"request_stakes": "credential_resets"}, "research",
         note="Verify checks the person before a reset (push or TOTP on a registered device; a one-time code only "
              "where nothing stronger is registered)", audience="any"),
    rule("skill.augmentation", "twilio-agent-augmentation-architect", {"wants": "ai_copilot"}, "research",
         note="plans AI assistance for human agents"),
    rule("skill.support_architect", "twilio-customer-support-architect", {"handoff": True, "voice": True, **NOT_PHONE},
         "research", note="plans the hybrid contact centre around the AI", audience="agent"),
)

WARNINGS = (
    # -- blockers: the design cannot work, or breaks a rule, as answered
    rule("warn.pci_text_on_call", "pci_text_payments",
         {"regimes": "pci_dss", "messaging_count": {"ge": 1}, **VOICE,
          "card_capture_used": ["pay_in_call", "pay_subaccount"]}, "research",
         "Cards are taken on the call: if someone asks to pay in {messaging_text}, send a hosted payment page or a "
         "payment link from your PCI provider, so a card number never enters the chat, the LLM, memory or logs.",
         claims=("pci.text",), severity="operational", scope="messaging"),
    rule("warn.pci_text", "pci_text_payments", {"regimes": "pci_dss", "messaging_count": {"ge": 1},
                                                "not": {"card_capture_used": "payment_link"}}, "research",
         "Take card payments in {messaging_text} through a hosted payment page or a payment link from your PCI "
         "provider: a card number must never enter the chat, the LLM, memory or logs.", claims=("pci.text",),
         severity="blocker", scope="messaging"),
    rule("warn.nothing_served_region", "nothing_served", {"nothing_served": True, "region": ["ie1", "au1"]},
         "research",
         "No part of this design can run in {region_text}: none of the channels it asks for is offered there (what "
         "had to give), so no Twilio product is drawn, billed or sized. Choose the nearest design shown beside, "
         "which gives up the region's data residency, or a design in {region_text} on voice, which the region "
         "offers.",
         claims=("region.au1_products", "region.ie1_products"), severity="blocker", region_gap=True),
    rule("warn.nothing_served_regime", "nothing_served", {"nothing_served": True, "not": {"region": ["ie1", "au1"]}},
         "research",
         "No part of this design can run as asked: none of the channels it asks for may carry these conversations "
         "under the active regime (what had to give), so no Twilio product is drawn, billed or sized. Choose "
         "channels that may: voice, SMS or web chat are HIPAA eligible.", claims=("hipaa.products",),
         severity="blocker"),
    rule("warn.pci_collections_retention", "pci_recording_retention",
         {"all": [{"regimes": "pci_dss"}, {"regimes": "fdcpa"}], **VOICE, "card_capture_used": "pay_in_call"},
         "research",
         "PCI Mode deletes recordings a year after the call, while a debt collector under Regulation F keeps each call "
         "recording three years: run PCI Mode on a dedicated payments subaccount and record collection calls in "
         "another, or export every recording before day 365.", claims=("pci.mode", "fdcpa.retention"),
         severity="blocker"),
    rule("warn.credential_resets", "caller_verification", {"request_stakes": "credential_resets"}, "research",
         "Password resets, account unlocks and MFA resets are what help-desk social engineers ask for: never reset a "
         "credential on caller ID or answers to knowledge questions alone. Step up first with Twilio Verify (a push "
         "challenge or a TOTP code from a device the person registered earlier) or hand the request to a person, and "
         "tell the account's owner on a channel already on file after every reset.",
         claims=("verify.step_up",), severity="blocker", audience="any"),
    rule("warn.tcpa_exemption_length", "tcpa_exemption_length",
         {"regimes": "tcpa", **VOICE, "industry": ["healthcare", "financial_services"],
          "minutes_per_call": {"gt": 1}}, "research",
         "The TCPA's consent-free exemptions for healthcare calls and bank alerts cover voice calls of a minute or "
         "less: at {minutes_per_call} minutes each, these calls need the person's prior express consent, or a "
         "shorter script.", claims=("tcpa.exemption_minute",), severity="operational"),
    rule("warn.memory_sensitive", "memory_sensitive_data",
         {"products": "conversation_memory", "industry": ["healthcare", "financial_services", "debt_collection"]},
         "research", "Conversation Memory is not designed for sensitive data: keep health and financial details out "
         "of its profiles and observations, or keep that context in a store of your own.",
         claims=("memory.not_sensitive",), severity="operational"),
    rule("warn.hipaa_relay_polly", "hipaa_relay_speech",
         {"regimes": "hipaa", **RELAY, "tts": "amazon_polly"}, "research",
         "Twilio runs {stt_name} inside ConversationRelay under its own contract, so you have no contract with it to "
         "sign a BAA under: ask Twilio whether your BAA with Twilio covers {stt_name} inside ConversationRelay before "
         "PHI reaches it (Twilio's HIPAA Eligible Services list names its Speech Recognition, and Amazon Polly voices, "
         "which speak here, under its Text to Speech). Your own BAAs are with the LLM vendors that read PHI.",
         claims=("hipaa.relay_speech",), severity="operational", scope="relay", audience="agent"),
    rule("warn.hipaa_relay_speech", "hipaa_relay_speech", {"regimes": "hipaa", **RELAY}, "research",
         "Twilio runs {stt_name} (speech recognition) and {tts_name} (voices) inside ConversationRelay under its own "
         "contracts, so you have no contract with them to sign a BAA under: ask Twilio whether your BAA with Twilio "
         "covers them inside ConversationRelay before PHI reaches them. Twilio's HIPAA Eligible Services list names "
         "its Speech Recognition and Amazon Polly voices, not {tts_name}: Amazon Polly is the voice to pick if Twilio "
         "cannot confirm {tts_name}. Your own BAAs are with the LLM vendors that read PHI.",
         claims=("hipaa.relay_speech",), severity="operational", scope="relay", audience="agent"),
    rule("warn.hipaa_own_tts", "hipaa_speech_providers", {"regimes": "hipaa", "speech_to_speech": False, "tts": "own",
                                                          "not": {"stt": "own"}}, "research",
         "Your own voice keeps spoken PHI on your side, but {stt_name} hears every caller: confirm it is covered "
         "and sign BAAs with it and every LLM vendor that reads PHI.", claims=("hipaa.speech",), severity="blocker",
         audience="agent"),
    rule("warn.hipaa_speech_to_speech", "hipaa_speech_to_speech", {"regimes": "hipaa", "speech_to_speech": True},
         "research", "A realtime voice model hears PHI: it needs its own BAA, and Twilio's HIPAA list says nothing "
         "of speech-to-speech providers.", claims=("hipaa.speech",), severity="blocker"),
    *(rule(f"warn.hipaa_baa_{b.id}", f"hipaa_baa_{b.id}", {"regimes": "hipaa", "any": list(b.when)}, "research",
           b.advice, claims=(b.claim,), severity="blocker") for b in VENDOR_BAAS),
    rule("warn.hipaa_clinical", "hipaa_no_clinical_decisions", {"regimes": "hipaa", **RELAY}, "research",
         "ConversationRelay must not be used for clinical decision-making, and the AI provider behind it needs its "
         "own BAA.", claims=("relay.hipaa",), severity="blocker", scope="relay"),
    rule("warn.copilot_languages", "copilot_languages",
         {"products": "agent_copilot", **answered("non_english_text")}, "research",
         "Agent Copilot detects US English by default: for {non_english_text}, Twilio's docs let you turn on other "
         "languages for its wrap-up notes only and name none for its real-time assist; confirm with Twilio before "
         "you rely on it, or build your own Flex plugin on Real-Time Transcription's transcript in those languages "
         "(check that its engine, Google or Deepgram, lists them).",
         claims=("flex.copilot_languages",), severity="operational", audience="assist",
         names_absent=("real_time_transcription",)),
    rule("warn.assist_transcription_regulated", "assist_transcription_regulated",
         {**VOICE, "regimes": ["hipaa", "pci_dss"]}, "research",
         "Twilio's own pages disagree on whether Real-Time Transcription is HIPAA eligible and PCI compliant: "
         "confirm it for your account before PHI or card data is transcribed, and keep card numbers out of the "
         "transcript (take them with <Pay>, not by voice to the agent).",
         claims=("voice.real_time_transcription",), severity="blocker", scope="voice", audience="assist"),
    rule("warn.pci_relay", "pci_relay_handoff", {"regimes": "pci_dss", "card_capture_used": "pay_in_call", **RELAY},
         "research",
         "Hand the caller from ConversationRelay to <Pay> and back, or configure PCI-compliant speech providers; "
         "never put card data in its greeting, hints, parameters or handoff data.", claims=("relay.pci",),
         severity="blocker", scope="relay", playbook="use <Pay>",
         differs="Twilio's pages disagree on ConversationRelay's PCI support over time"),
    rule("warn.pci_streams", "pci_streams_pay",
         {"regimes": "pci_dss", "card_capture_used": "pay_in_call", **STREAMS}, "research",
         "Take the card outside the stream: <Pay> cannot run while the bidirectional <Connect><Stream> holds the call. "
         "When the caller is ready to pay, end the stream (close your WebSocket, so <Connect>'s action URL returns "
         "the next TwiML, or update the call over the REST API with new TwiML) and run <Pay>; its action URL then "
         "returns a new <Connect><Stream>, which opens a new WebSocket and a new model session: re-prime it with the "
         "conversation so far (the order, who the caller is, the payment's result, never the card digits) before the "
         "caller speaks again.", claims=("streams.pay_round_trip",), severity="operational", scope="media_streams"),
    rule("warn.pci_isv_tenants", "pci_tenant_subaccounts",
         {"regimes": "pci_dss", "card_capture_used": "pay_in_call", "customer_profile": "isv", **VOICE,
          **answered("tenants_text")}, "research",
         "Every tenant subaccount whose calls run <Pay> goes into PCI Mode for good: with {tenants_text}, one "
         "subaccount each, that is as many PCI-Mode accounts. PCI Mode is set per account, cannot be turned off, and "
         "deletes its recordings after a year; switch it on as each tenant starts taking cards, and plan each "
         "tenant's account for it.",
         claims=("pci.mode", "isv.subaccounts"), severity="operational", scope="voice"),
    rule("warn.pci_subaccount", "pci_payment_subaccount", {"regimes": "pci_dss", "card_capture_used": "pay_subaccount",
                                                           **VOICE},
         "research",
         "Keep card data out of the AI's account: transfer the caller to a number of a separate subaccount in PCI Mode "
         "whose TwiML runs <Pay> (and back with the payment token, never the digits); the AI's account stays out of "
         "PCI Mode, which is permanent. Twilio documents no such carve-out for Agent Connect, Orchestrator, Memory or "
         "Intelligence: have your QSA confirm that the AI's workflow is out of scope.",
         claims=("pci.descoped", "pci.mode"), severity="operational", scope="voice",
         without=("conversation_orchestrator", "conversation_memory", "conversation_intelligence")),
    rule("warn.pci_subaccount_recording", "pci_subaccount_recording",
         {"regimes": "pci_dss", "card_capture_used": "pay_subaccount", **VOICE,
          "any": [{"records_calls": True}, {"products": "conversation_orchestrator"}]}, "research",
         "The recording you start on the call (and any Orchestrator voice capture) runs on the parent call in the AI's "
         "account and keeps running while the caller is put through to the payment subaccount and keys the card: "
         "pause or stop it before the <Dial> to that subaccount and resume it when the call comes back, or the card "
         "digits land in a recording outside PCI Mode.", claims=("pci.subaccount_recording",), severity="blocker",
         scope="voice", without=("conversation_orchestrator",)),
    rule("warn.pci_link", "pci_payment_link", {"regimes": "pci_dss", "card_capture_used": "payment_link"},
         "research",
         "Take payment through a hosted payment page: the agent sends its link and reads back only the processor's "
         "result, so no card number enters a call, a chat, the LLM, memory or logs. Twilio documents no carve-out "
         "for Agent Connect, Orchestrator, Memory or Intelligence: have your QSA confirm the AI's workflow is out of "
         "scope.",
         claims=("pci.descoped", "pci.text"), severity="operational",
         without=("conversation_orchestrator", "conversation_memory", "conversation_intelligence")),
    rule("warn.pci_in_call_products", "pci_products_left_out",
         {"regimes": "pci_dss", "card_capture_used": "pay_in_call", **VOICE, **NOT_EXCLUDED_ELSEWHERE,
          "any": [{"memory": True}, {"intelligence": ["realtime", "post_call"]}, {"messaging_count": {"ge": 1}}]},
         "research",
         "Card digits taken by <Pay> in the AI's own account put that account in PCI Mode, where Agent Connect, "
         "Orchestrator, Memory and Intelligence may not serve (what had to give). To keep them, take the payment in a "
         "separate PCI-Mode subaccount the call is transferred to, or send a payment link: answer card_capture.",
         claims=("eligibility.four_products", "pci.intelligence_rejects"), severity="cost",
         names_absent=("conversation_orchestrator", "conversation_memory", "conversation_intelligence"),
         without=("conversation_orchestrator", "conversation_memory", "conversation_intelligence")),
    rule("warn.whatsapp_ai", "whatsapp_general_ai_ban", {"channels": "whatsapp"}, "research",
         "WhatsApp bars general-purpose AI assistants since 15 Jan 2026; an agent for your own business, as designed "
         "here, is allowed: keep it to your business's tasks, not an open-ended assistant.",
         claims=("whatsapp.ai",), severity="operational", playbook="lists WhatsApp as an ordinary channel",
         differs="the ban took effect after the playbook was written"),
    rule("warn.functions_websocket", "functions_no_websocket", {"uses_twilio_functions": True, **VOICE},
         "research",
         "Twilio Functions answer HTTP only and run at most 10 seconds: the {transport_name} WebSocket server must "
         "run on your own compute (a container or VM); keep Functions for TwiML and status callbacks.",
         claims=("functions.http",), severity="operational", scope="voice", audience="agent"),
    # -- region
    rule("warn.eu_residency", "eu_data_residency", {"geo_eu": True, "region": None, "products": [
         "flex", "taskrouter", "conversation_orchestrator", "conversation_memory", "conversation_intelligence"]},
         "research",
         "Twilio's EU region (IE1) offers no Flex, Orchestrator, Memory or Intelligence, and TaskRouter and "
         "Studio only in beta: this design keeps its data in US1. Decide the region before promising EU residency "
         "(answer the region question to see the IE1 design).",
         claims=("region.ie1_products",), severity="operational",
         names_absent=("flex", "taskrouter", "conversation_orchestrator", "conversation_memory",
                       "conversation_intelligence"),
         without=("flex", "taskrouter", "studio", "conversation_orchestrator", "conversation_memory",
                  "conversation_intelligence")),
    # -- cost
    rule("warn.double_stt", "orchestrator_double_stt", {**RELAY, "products": "conversation_orchestrator"}, "research",
         "Join calls to the Orchestrator through <ConversationRelay> itself (its conversationConfiguration, or the "
         "conversation id Agent Connect 2.7.0+ creates before the call) and keep passive voice capture off for them: "
         "both together run speech-to-text twice and bill it twice.",
         claims=("orch.double_stt", "tac.release_2_7"), severity="cost", scope="relay"),
    rule("warn.s2s_double_stt", "streams_double_stt",
         {"speech_to_speech": True, "products": "conversation_orchestrator",
          "not": {"install": "google_voice"}, "any": [{"memory": True}, INTELLIGENCE]}, "research",
         "The realtime model already hears every call and returns a transcript, and Orchestrator's passive voice "
         "capture transcribes the call a second time, billed by the minute (the bill's Orchestrator voice "
         "transcription line): check whether your realtime bridge writes the conversation to the Orchestrator itself; "
         "if not, write the model's transcript into the Orchestrator conversation as Communications through the "
         "Conversations API (v2) (verify that Intelligence's operators run on Communications written that way) "
         "rather than paying for capture twice.",
         claims=("orch.voice_capture", "orch.communications_api"), severity="cost", scope="voice", audience="agent"),
    rule("warn.streams_double_stt", "streams_double_stt",
         {**STREAMS, **CASCADED, "products": "conversation_orchestrator",
          "any": [{"memory": True}, INTELLIGENCE]}, "research",
         "Your speech recognition on Media Streams (your own integration, not Twilio's) already transcribes every "
         "call, and Orchestrator's passive voice capture transcribes it a second time, billed by the minute (the "
         "bill's Orchestrator voice transcription line): instead, write your own transcript into the "
         "Orchestrator conversation as Communications through the Conversations API (v2) (verify that Intelligence's "
         "operators run on Communications written that way), and leave voice capture off.",
         claims=("orch.voice_capture", "orch.communications_api"), severity="cost", scope="media_streams",
         audience="agent"),
    rule("warn.intelligence_billing", "intelligence_billing", {"products": "conversation_intelligence"}, "research",
         "Conversation Intelligence bills every operator run by characters: sample conversations, or narrow the "
         "rules, rather than running every operator on every conversation.", claims=("intel.billing",),
         severity="cost"),
    # -- operational
    rule("warn.silent_linkage", "silent_linkage_chain", {"conversations_stack": {"ge": 2}}, "warnings",
         "Orchestrator, Memory and Intelligence must be linked in that order; a broken link fails silently "
         "(memory not stored, intelligence not captured). This is the top debugging time sink.",
         severity="operational"),
    rule("warn.group_by_one_way", "group_by_one_way_door", {"products": "conversation_orchestrator"}, "warnings",
         "`GROUP_BY_PARTICIPANT_ADDRESSES` on a Conversations Service cannot be changed once set: decide it first.",
         claims=("orch.group_by",), severity="operational"),
    rule("warn.orchestrator_configurations", "orchestrator_configuration_limit",
         {"products": "conversation_orchestrator", "customer_profile": "isv", "tenant_subaccounts": False}, "research",
         "Twilio's Orchestrator skill caps an account at 10 configurations (100 capture rules per channel) while its "
         "docs name no limit: plan one configuration per tenant and check the limit on your account.",
         claims=("orch.configurations",), severity="operational"),
    rule("warn.capture_rule", "capture_rule_removal", {"products": "conversation_intelligence"}, "warnings",
         "Removing a Conversation Intelligence capture rule stops ALL capture for that service.",
         claims=("intel.capture_rule",), severity="operational"),
    rule("warn.configuration_put", "intelligence_configuration_put", {"products": "conversation_intelligence"},
         "research", "Twilio's Intelligence skill reports that a PUT on an Intelligence configuration creates an "
         "inactive version with no activation endpoint: test rule changes before relying on them, and be ready to "
         "delete and recreate the configuration.", claims=("intel.configuration_put",), severity="operational",
         playbook="puts the PUT trap on operator updates",
         differs="Twilio's current skill puts it on the Intelligence configuration, and the docs use PUT to add rules"),
    rule("warn.operator_results", "operator_results_filter", {"products": "conversation_intelligence"},
         "rules.intelligence",
         "`OperatorResults` may include other conversations' results: filter by conversation_id explicitly.",
         claims=("intel.operator_results",), severity="operational"),
    rule("warn.dashboard_latency", "dashboard_latency", {"products": "conversation_intelligence"}, "warnings",
         "The playbook says Intelligence signals take 7-10 minutes to appear in the Console; no Twilio page states "
         "it, and there are no native dashboards at GA: act on the webhooks for anything real-time.",
         claims=("intel.dashboard",), severity="info"),
    rule("warn.tunnels", "tunnel_reliability", {"any": [{"production": True}, {"customer_profile": "enterprise"}]},
         "warnings", "Dead ngrok tunnels drop webhooks silently: deploy to cloud infrastructure for production.",
         severity="operational"),
    rule("warn.typescript_sdk", "typescript_sdk_install", {"tac_package": "twilio-agent-connect-typescript"},
         "research",
         "Twilio's sources disagree on whether the TypeScript SDK is on npm (its README says npm install; Twilio's "
         "skill and a registry lookup say not yet): build it from the v2.7.0 tag of "
         "github.com/twilio/twilio-agent-connect-typescript (Node.js 22.13+), or take version 2.7.0 or later from npm "
         "where it resolves. The cloud connector packages are Python-only: reach your cloud's models from TypeScript "
         "through its own SDK, or run the connector as a Python service.", claims=("tac.typescript",),
         severity="operational"),
    rule("warn.tac_logging", "agent_connect_2_7", TAC, "research",
         "Run Agent Connect 2.7.0 or later (twarch's install line pins it, so a new build starts there): up to 2.6.0 a "
         "failed request writes "
         "sensitive data into your application's logs, the Twilio API key secret and end users' details from the "
         "TypeScript SDK, message text, phone numbers, e-mail addresses and Memory profiles from the Python SDK. An "
         "existing deployment upgrades and redeploys every app that bundles it, reviews the logs of failed requests "
         "and deletes them or restricts who reads them, and rotates the API keys a TypeScript app used if those logs "
         "left the team. Re-test on upgrade: 2.7.0 creates an orchestrated call's conversation before the call "
         "(the TwiML carries its conversation_id), fires partial prompts once per turn and records the dialled "
         "number of an outbound call as the customer.", claims=("tac.security_logging", "tac.release_2_7"),
         severity="operational"),
    rule("warn.tac_scaling", "agent_connect_instances", {**TAC, "production": True}, "research",
         "Agent Connect 2.6.0+ (its Python SDK's scaling guide; the TypeScript SDK's was not checked) scales out "
         "with no shared store: messaging goes to any instance, but a call stays on "
         "the instance holding its WebSocket until it ends. Its status, answering-machine, recording and <Connect> "
         "action callbacks reach that instance only if `instance_public_domain` gives every instance its own public "
         "hostname with a valid TLS certificate (Cloud Run, App Runner, Azure Container Apps, Heroku and ECS behind "
         "an ALB cannot); otherwise route them by CallSid at the load balancer, and per-call OpenAI Realtime or "
         "GPT-Live session configs need it on more than one instance. Keep the shutdown drain (30 s by default) "
         "under your platform's termination grace, and make your message handler idempotent: a webhook retried on "
         "another instance runs it twice.", claims=("tac.scaling",), severity="operational"),
    rule("warn.voice_live_manual", "voice_live_not_speech_to_speech",
         {"speech_to_speech": True, "path": "manual", "any": [{"cloud": "azure"}, {"llm": "azure_openai"}]},
         "research", "Azure AI Voice Live is a speech-to-speech service you can bridge Media Streams to yourself on "
         "the manual path (its Python client is GA); twarch's latency and cost figures model OpenAI's realtime models "
         "instead (gpt-realtime-1.5 unless you pick another), and Agent Connect's Microsoft package runs Voice Live "
         "only as text over ConversationRelay.",
         claims=("voice_live.speech_to_speech", "tac.voice_live"), severity="info",
         names_absent=("conversation_relay",)),
    rule("warn.voice_live", "voice_live_not_speech_to_speech",
         {"speech_to_speech": True, "any": [{"cloud": "azure"}, {"llm": "azure_openai"}]}, "research",
         "Azure Voice Live in the Microsoft package runs text-only over ConversationRelay, not as speech-to-speech: "
         "speech-to-speech here uses the core SDK's OpenAI Realtime or GPT-Live provider.", claims=("tac.voice_live",),
         severity="operational", names_absent=("conversation_relay",)),
    rule("warn.google_voice_memory", "speech_to_speech_memory",
         {**GOOGLE_VOICE, "any": [{"memory": True}, INTELLIGENCE, {"messaging_count": {"ge": 1}}]}, "research",
         "CX Agent Studio's speech-to-speech voice channel supports neither Conversation Orchestrator nor Memory: "
         "calls get no Memory profile or Recall, no Intelligence operators and no place in the text channels' "
         "conversations; keep callers' context in your own store, or answer a cascaded voice pipeline "
         "(ConversationRelay) to bring calls into them.", claims=("tac.speech_to_speech",), severity="operational",
         names_absent=("conversation_relay", "conversation_memory", "conversation_intelligence",
                       "conversation_orchestrator")),
    rule("warn.speech_to_speech_memory", "speech_to_speech_memory",
         {"speech_to_speech": True, "products": ["conversation_memory", "conversation_intelligence"]}, "research",
         "Memory and Intelligence with a realtime voice model: Google's CX voice channel supports neither, and no "
         "source shows the OpenAI providers reading Memory: verify before you rely on it.",
         claims=("tac.speech_to_speech",), severity="operational"),
    rule("warn.elevenlabs", "elevenlabs_enablement", {**RELAY, "tts": "elevenlabs"}, "rules.providers",
         "ElevenLabs on ConversationRelay needs account enablement (error 64101 without it) and voice ids: ask Twilio "
         "before you commit to it.", claims=("relay.elevenlabs",), severity="operational", scope="relay"),
    rule("warn.deepgram_tts", "deepgram_voices_conflict", {**RELAY, "tts_relay_state": "conflict"}, "research",
         "{tts_name} on ConversationRelay: Twilio's own skill lists it while its voice docs do not: confirm with "
         "Twilio before you rely on it.", claims=("relay.providers",), severity="operational", scope="relay"),
    rule("warn.relay_recording", "relay_recording", {**RELAY, "records_calls": True}, "rules.transport",
         "ConversationRelay does not record: add `<Start><Recording>` before `<Connect>` (record=true on the Calls "
         "API is ignored).", claims=("relay.recording",), severity="operational", scope="relay"),
    rule("warn.relay_voice_only", "relay_voice_only",
         {**RELAY, "messaging_count": {"ge": 1}, "products": "conversation_orchestrator"}, "rules.transport",
         "ConversationRelay handles voice only: messaging goes through Conversation Orchestrator.",
         severity="info", scope="relay"),
    rule("warn.relay_voice_only_chat", "relay_voice_only",
         {**RELAY, "channels": "chat", "not": {"channels": ["sms", "whatsapp", "rcs"]}}, "research",
         "ConversationRelay handles voice only: web chat goes through the Conversations API beside it.",
         claims=("region.ie1_products",), severity="info", scope="relay"),
    rule("warn.relay_voice_only_messaging", "relay_voice_only", {**RELAY, "messaging_count": {"ge": 1}},
         "rules.transport", "ConversationRelay handles voice only: the text channels go through Programmable "
         "Messaging beside it.", severity="info", scope="relay"),
    rule("warn.no_mixing", "no_relay_media_streams_mix", STREAMS, "rules.transport",
         "A call cannot use ConversationRelay and Media Streams together: the speech on this call is handled over "
         "Media Streams, not by ConversationRelay.",
         claims=("relay.no_mixing",), severity="info", scope="media_streams", names_absent=("conversation_relay",)),
    rule("warn.language_intersection", "language_intersection", {**CASCADED, "language_pair": "covered"},
         "rules.providers",
         "The languages you can serve are the intersection of the STT and TTS providers' sets: {stt_name} (STT) and "
         "{tts_name} (TTS) both list {languages_text} in their published language lists. twarch compares base "
         "languages (es-MX counts as es; Cantonese and Mandarin are told apart), so confirm each accent and any "
         "switching between languages within a call on test calls before committing.", severity="info",
         scope="voice", audience="agent"),
    rule("warn.priority_passed_over", "priority_passed_over", answered("passed_over_text"), "rules.providers",
         "Your {priority} priority favours {passed_over_text}, whose sourced language lists do not show every one "
         "of {languages_text}: twarch chose a provider whose list covers them all instead, so expect its {priority} "
         "figures, not your favourite's.", severity="info", scope="voice"),
    rule("warn.language_gap", "language_gap", {"language_pair": "missing", **answered("covering_pair_text")},
         "rules.providers",
         "{stt_name} (STT) and {tts_name} (TTS) do not both list every language you named in their published "
         "language lists ({language_missing_text}): choose a pair that covers every language, such as "
         "{covering_pair_text} (twarch.language_support compares them all).", severity="blocker", scope="voice"),
    rule("warn.language_gap_uncovered", "language_gap", {"language_pair": "missing"}, "rules.providers",
         "{stt_name} (STT) and {tts_name} (TTS) do not both list every language you named in their published "
         "language lists ({language_missing_text}), and twarch knows of no STT and TTS pair on {transport_name} "
         "whose published lists cover every language: first check the vendors it holds no list for on their own "
         "language pages (over Media Streams, on the manual path, your server can run any speech vendor or your own "
         "engine), and only then serve those languages another way (a separate number or flow, a person).",
         severity="blocker", scope="voice", names_absent=("media_streams",)),
    rule("warn.language_unknown", "language_unverified", {"language_pair": "unknown"}, "rules.providers",
         "twarch holds no sourced language list that settles {language_unknown_text} for {stt_name} (STT) and "
         "{tts_name} (TTS): the gap is in twarch's data, not necessarily in the providers; check their language "
         "pages before committing.", severity="info", scope="voice"),
    rule("warn.own_speech", "own_speech", answered("own_speech_text"), "research",
         "Your own {own_speech_text} is yours to run: twarch picks no vendor for it and leaves it out of the bill, the "
         "latency budget and the vendor limits, and whether it serves {languages_text} is yours to confirm.",
         claims=("streams.own_speech",), severity="info", scope="voice"),
    rule("warn.own_speech_unused", "own_speech", {"speech_to_speech": True, **OWN_SPEECH}, "research",
         "Speech-to-speech: the realtime model hears and speaks to the caller itself, so your own speech recognition "
         "or voice is not used; answer a cascaded voice pipeline to run them over Media Streams.",
         claims=("tac.speech_to_speech",), severity="info", scope="voice"),
    rule("warn.geography_assumed", "geography_assumed", {"geo_assumed": True, **answered("us_regimes_text")},
         "research", "Countries are not answered, so twarch assumed US customers and applied {us_regimes_text}: "
         "answer the countries to get the rules of where your customers are.", severity="info"),
    rule("warn.countries_uncovered", "countries_uncovered", answered("uncovered_countries_text"), "step4.regulatory",
         "twarch holds no rules for the law of {uncovered_countries_text}: it checks US, Canadian, EU/EEA and UK rules "
         "only, so check consent, telemarketing, recording and privacy law there yourself.", severity="operational"),
    rule("warn.finance_uncovered", "financial_rules_uncovered", {"industry": "financial_services"},
         "step4.regulatory", "twarch holds no financial-sector rules (account security, disputes, lending, "
         "supervision): check them, and how the agent authenticates people before acting on an account, with your "
         "compliance team.", severity="operational"),
    rule("warn.unplaced_laws", "unplaced_laws", answered("named_laws_text"), "step4.regulatory",
         "Your request names {named_laws_text}: twarch holds no rules for it, so it cannot place it among the "
         "regulations or in the checklist, and nothing there covers it. Check what it requires of this design with "
         "counsel.", severity="operational"),
    rule("warn.au_cross_border", "au_cross_border", {"countries": "AU"}, "research",
         "Australia's Privacy Act: sending people's personal information to a vendor outside Australia (Twilio outside "
         "AU1, an LLM or speech vendor abroad) is a cross-border disclosure under APP 8. Before it, take reasonable "
         "steps, usually a contract, so the vendor handles the information as the Australian Privacy Principles "
         "require: you stay accountable for what it does with it.", claims=("au.app8",), severity="operational"),
    rule("warn.local_law_uncovered", "local_law_uncovered", answered("local_law_text"), "step4.regulatory",
         "Inside the countries it covers, twarch holds national, federal and EU rules and a few sector pointers, not "
         "the sub-national or sector law there as a whole: {local_law_text}. Check those with counsel where your "
         "customers are.",
         severity="operational"),
    rule("warn.collections_uncovered", "collections_uncovered",
         {"industry": "debt_collection", "geo_us": False, "geo_ca": False}, "step4.regulatory",
         "twarch's debt-collection rules are the US FDCPA and Regulation F and, for Canada, a pointer to provincial "
         "collection-agency law, which do not apply here: check the collection rules where your customers are "
         "yourself.", severity="operational"),
    rule("warn.eu_workplace_emotion", "eu_workplace_emotion", {"geo_eu": True, "outcome": "internal_tools",
                                                               "intelligence": "realtime", **VOICE}, "research",
         "Emotion recognition in the workplace is prohibited in the EU (AI Act Art. 5(1)(f), since 2 Feb 2025): keep "
         "sentiment and emotion operators off employees' voices; text sentiment is outside the ban.",
         claims=("eu_ai_act.workplace",), severity="blocker"),
    rule("warn.phone_handoff_text", "phone_handoff_text", {**PHONE, "messaging_count": {"ge": 1}}, "research",
         "A conversation in {messaging_text} cannot be put through to a phone: the hand-off texts the person on your "
         "line, so whoever holds it must answer texts (or call the customer back), and the customer should be told "
         "how soon to expect a reply.", claims=("studio.connect_call",), severity="operational", scope="messaging"),
    rule("warn.transfer_text", "handoff_text_route", {"handoff": True, **OWN_CENTRE, **TEXT}, "research",
         "A conversation in {messaging_text} is not a call, so it cannot be put through to your contact centre's "
         "number: hand it to the contact centre through its own messaging integration (for Genesys Cloud, its Open "
         "Messaging API), passing the AI's summary, or open a ticket there and have an agent call or text the "
         "customer back, telling the customer how soon to expect it.",
         claims=("handoff.cc_messaging",), severity="operational", scope="messaging"),
    rule("warn.team_text_ie1", "handoff_text_route",
         {"handoff": True, **TEAM, **TEXT, "region": "ie1", **usable("taskrouter")}, "research",
         "Flex is not offered in IE1, so a conversation in {messaging_text} reaches your team in an agent UI of your "
         "own: build it on what IE1 offers (Conversations for chat, the Messaging API for SMS in public beta), with "
         "TaskRouter (public beta in IE1, neither HIPAA eligible nor PCI compliant there) to route it, and pass the "
         "AI's summary into the conversation. That keeps the hand-off in IE1; keeping Flex means running the design "
         "in US1 (the nearest design) and giving up the residency.",
         claims=("region.ie1_products", "region.ie1_beta"), severity="operational", scope="messaging",
         names_absent=("taskrouter", "flex"), without=("flex",)),
    rule("warn.team_text_ie1_regulated", "handoff_text_route", {"handoff": True, **TEAM, **TEXT, "region": "ie1"},
         "research",
         "Flex is not offered in IE1, so a conversation in {messaging_text} reaches your team in an agent UI of your "
         "own: build it on what IE1 offers (Conversations for chat, the Messaging API for SMS in public beta) with "
         "routing of your own, since this design's regime rules IE1's beta routing engine out, and pass the AI's "
         "summary into the conversation. That keeps the hand-off in IE1; keeping Flex means running the design in "
         "US1 (the nearest design) and giving up the residency.",
         claims=("region.ie1_products", "region.ie1_beta"), severity="operational", scope="messaging",
         names_absent=("flex",), without=("flex", "taskrouter")),
    rule("warn.team_phone_line", "handoff_team_phone", {"handoff": True, **TEAM, **VOICE}, "research",
         "Flex is not offered in {region_text}, so your team takes calls on a phone line, which has no queue: when "
         "nobody answers or the line is busy the transfer ends, so ring several numbers at once and decide what the "
         "caller hears then (a second number, a callback, back to the AI). This keeps the calls in {region_text}; "
         "keeping Flex means running the design in US1 (the nearest design) and giving up the residency.",
         claims=("voice.dial", "region.isolated"), severity="operational", scope="voice",
         names_absent=("flex",), without=("flex", "taskrouter")),
    rule("warn.crisis_fallback_us", "phone_handoff_unanswered",
         {**PHONE, **VOICE, **US, "request_stakes": "crisis_calls"}, "research",
         "A phone line has no queue: when nobody answers or the line is busy the transfer ends. A caller in crisis "
         "must never end on voicemail or a promised callback: ring a second on-call person at once, then follow your "
         "clinic's crisis protocol, and give US callers 988, the Suicide & Crisis Lifeline (call or text, around the "
         "clock), before the call ends.", claims=("voice.dial", "crisis.988"), severity="operational", scope="voice"),
    rule("warn.crisis_fallback", "phone_handoff_unanswered", {**PHONE, **VOICE, "request_stakes": "crisis_calls"},
         "research",
         "A phone line has no queue: when nobody answers or the line is busy the transfer ends. A caller in crisis "
         "must never end on voicemail or a promised callback: ring a second on-call person at once, then follow your "
         "organisation's crisis protocol and give the caller the local crisis line before the call ends.",
         claims=("voice.dial",), severity="operational", scope="voice"),
    rule("warn.phone_handoff_unanswered", "phone_handoff_unanswered", {**PHONE, **VOICE}, "research",
         "A phone line has no queue: when nobody answers or the line is busy the transfer ends, so give it a fallback "
         "(voicemail, a callback, or back to the AI) and keep the people on the line reachable in the hours the "
         "agent hands off.", claims=("voice.dial",), severity="operational", scope="voice"),
    rule("warn.whatsapp_human_path", "whatsapp_human_path", {"channels": "whatsapp", "handoff": False}, "research",
         "WhatsApp's policy requires a clear way to reach a person: with no handoff, give a phone number or an email "
         "address in the conversation.", claims=("whatsapp.human_path",), severity="operational"),
    rule("warn.llm_residency", "llm_residency", {**answered("llm_residency_text")}, "research",
         "{llm_residency_text}: the region keeps Twilio's data, but each conversation leaves it at the LLM. Reach the "
         "model through a route that processes in the region (Azure OpenAI in a Data Zone or regional deployment, "
         "Amazon Bedrock's EU or AU profile, Vertex AI in the EU), or tell the customer where it is processed.",
         claims=("llm.residency_openai", "llm.residency_anthropic", "llm.residency_azure", "llm.residency_bedrock",
                 "llm.residency_google"), severity="blocker"),
    rule("warn.region_unconfirmed", "region_unconfirmed", {**answered("unconfirmed_text"), "region": ["ie1", "au1"]},
         "research",
         "Twilio's regional pages neither list {unconfirmed_text} among what {region_text} offers nor among what it "
         "lacks: "
         "confirm with Twilio before the design relies on it there.", claims=("region.relay_unstated",),
         severity="operational", names_absent=("conversation_relay", "real_time_transcription"), region_gap=True),
    rule("warn.region_vendors_relay", "residency_vendors", {"region": ["ie1", "au1"], **RELAY}, "research",
         "The region holds what Twilio stores and processes, not what its speech vendors do: ConversationRelay calls "
         "them itself, so you cannot pick their regional endpoints, and Twilio does not publish where they process "
         "the audio of a call in {region_text}. Confirm it with Twilio before promising residency, or run speech "
         "vendors in the region yourself over Media Streams (offered in IE1 and AU1). Your LLM processes the "
         "conversation where it runs: {llm_zone_text}.",
         claims=("region.scope", "relay.vendor_location", "media_streams.regions", "llm.residency_azure",
                 "llm.residency_bedrock"), severity="operational",
         scope="relay", names_absent=("media_streams",)),
    rule("warn.region_vendors", "residency_vendors", {"region": ["ie1", "au1"]}, "research",
         "The region holds what Twilio stores and processes; any speech vendor you run processes the conversation "
         "where it runs (pick its regional endpoint), and so does your LLM or realtime model: {llm_zone_text}.",
         claims=("region.scope", "llm.residency_azure", "llm.residency_bedrock"), severity="operational"),
    rule("warn.telephony_blocked", "telephony_blocked", {**VOICE, **answered("telephony_blocked_text")}, "research",
         "Twilio cannot carry these calls: {telephony_blocked_text}.", claims=("telephony.guidelines",),
         severity="blocker"),
    rule("warn.inbound_toll_free_planned", "inbound_local_numbers",
         {**VOICE, **answered("inbound_toll_free_text"), "toll_free_share": {"ge": 1}}, "research",
         "Callers in {inbound_toll_free_text} reach the agent only on that country's toll-free number, and only from "
         "inside the country (Twilio offers no local or mobile numbers there), which your toll-free plan already "
         "uses: callers abroad need a number of another country, dialled internationally.",
         claims=("telephony.toll_free_only",), severity="operational"),
    rule("warn.inbound_toll_free", "inbound_local_numbers", {**VOICE, **answered("inbound_toll_free_text")},
         "research",
         "No local number can be had for callers in {inbound_toll_free_text}: Twilio offers no local or mobile numbers "
         "there, so callers reach the agent only on that country's toll-free number (and only from inside the "
         "country) or on a number of another country, dialled internationally. Choose one of those before promising "
         "a local number; the bill prices these inbound calls and numbers as toll-free.",
         claims=("telephony.toll_free_only",), severity="blocker"),
    rule("warn.sales_calls", "sales_calls_numbers", {**VOICE, **answered("sales_calls_text")}, "research",
         "Outbound sales calls have a number rule of their own: {sales_calls_text}.",
         claims=("telephony.guidelines",), severity="blocker"),
    rule("warn.rcs_flex", "rcs_flex_handoff", {"channels": "rcs", "products": "flex"}, "research",
         "Flex Conversations does not list RCS among its channels, so an agent in Flex cannot answer inside the RCS "
         "thread: when an RCS conversation is handed to Flex, the agent continues it over SMS from the Messaging "
         "Service's sender (a separate SMS thread on the customer's phone), or you build a custom channel; confirm "
         "RCS support in Flex with Twilio before promising agents in the RCS thread.",
         claims=("flex.channels",), severity="operational"),
    rule("warn.rcs_approval", "rcs_sender_approval", {"channels": "rcs"}, "research",
         "Every RCS sender (one per brand) needs carrier approval before production traffic: plan four to six weeks, "
         "more across several countries, with no guaranteed date. Until a sender is approved, and for every phone "
         "that cannot take RCS, the Messaging Service sends SMS from the other senders in its pool: put an "
         "SMS-capable number in the pool (one that can take replies, where customers answer) and expect SMS rates for "
         "that share.", claims=("rcs.approval", "rcs.fallback"), severity="operational"),
    rule("warn.telephony_limits", "telephony_limits", {**VOICE, **answered("telephony_limits_text")}, "research",
         "Twilio's country rules shape the numbers and caller IDs: {telephony_limits_text}.",
         claims=("telephony.guidelines",), severity="operational"),
    rule("warn.direction_assumed", "direction_assumed", {"direction": None, "outbound": None,
                                                         "channel_count": {"ge": 1}}, "step4.regulatory",
         "Who contacts whom first is not answered, so twarch assumed your customers contact you (inbound): if the "
         "agent calls or texts people first, answer direction, which brings consent, do-not-call and caller-ID rules "
         "(TCPA and STIR/SHAKEN in the US) and answering-machine detection.", severity="info"),
)

GA_GAPS = (
    rule("gap.cross_channel", "cross_channel_binding",
         {"channel_count": {"ge": 2}, "products": "conversation_orchestrator"}, "ga",
         "Cross-channel binding: pass the ConversationId yourself; there is no automatic stitching.",
         status="custom_code"),
    rule("gap.subject", "subject_discrimination", {"products": "conversation_orchestrator"}, "ga",
         "Subject discrimination: normalise queries yourself; the Orchestrator cannot separate topics.",
         status="custom_code"),
    rule("gap.channel_switch_hipaa", "channel_switching_context", {"channel_count": {"ge": 2}, "regimes": "hipaa"},
         "research", "Channel switching: carry the context from one channel to the next yourself, from a store your "
         "BAA covers.", status="custom_code", claims=("conversations.not_hipaa_pci",)),
    rule("gap.channel_switch_own", "channel_switching_context",
         {"channel_count": {"ge": 2}, **ruled_out("conversation_memory")}, "research",
         "Channel switching: carry the context from one channel to the next yourself, from your own store (in your "
         "region, under your own agreements): Conversation Memory is not available to this design.",
         status="custom_code", claims=("region.ie1_products", "eligibility.four_products"),
         names_absent=("conversation_memory",), without=("conversation_memory",)),
    rule("gap.channel_switch", "channel_switching_context", {"channel_count": {"ge": 2}}, "ga",
         "Channel switching: hydrate context by hand through Conversation Memory Recall.", status="custom_code",
         names_absent=("conversation_memory",)),
    rule("gap.boomerang", "boomerang_handback",
         {"any": [{"handoff": True, **AGENT, "products": "flex"}, {"wants": "boomerang_handback"}]},
         "ga",
         "Boomerang handback (human back to AI) does not exist at GA: a handed-off conversation stays human.",
         status="not_available"),
    rule("gap.copilot_no_flex", "ai_copilot", {"wants": "ai_copilot", **ruled_out("flex")}, "research",
         "An AI copilot for the human agent: Flex is not available to this design, and so neither is its Agent "
         "Copilot; build the assistance into your own contact centre's agent desktop, fed by the conversation's "
         "transcript.", status="not_available", claims=("flex.copilot", "region.ie1_products"),
         names_absent=("flex", "agent_copilot"), without=("flex", "agent_copilot")),
    rule("gap.copilot_transcript", "ai_copilot", {"wants": "ai_copilot",
                                                  "not": {"products": "conversation_intelligence"}}, "research",
         "An AI copilot for the human agent is not GA: Flex Agent Copilot is in public beta (no SLA, not HIPAA "
         "eligible or PCI compliant); otherwise build the assistance as your own Flex plugin on the conversation's "
         "transcript (twilio-agent-augmentation-architect).", status="not_available", claims=("flex.copilot",),
         names_absent=("flex", "agent_copilot"), without=("agent_copilot",)),
    rule("gap.copilot", "ai_copilot", {"wants": "ai_copilot"}, "research",
         "An AI copilot for the human agent is not GA: Flex Agent Copilot is in public beta (no SLA, not HIPAA "
         "eligible or PCI compliant); otherwise plan agent assistance from Intelligence signals "
         "(twilio-agent-augmentation-architect).", status="not_available", claims=("flex.copilot",),
         names_absent=("conversation_intelligence", "flex", "agent_copilot"), without=("agent_copilot",)),
    rule("gap.turn_taking", "turn_taking", {"wants": "turn_taking"}, "ga",
         "Primary channel governance and turn-taking do not exist at GA.", status="not_available"),
    rule("gap.scoped_tokens", "scoped_tokens", {"wants": "scoped_tokens"}, "ga",
         "Delegated authority and scoped tokens are planned, not at GA.", status="not_available"),
    rule("gap.dashboards", "native_dashboards",
         {"any": [{"wants": "native_dashboards"}, {"products": "conversation_intelligence"}]}, "ga",
         "There are no native dashboards at GA: results are API-only, pipe them to your own BI tools.",
         status="not_available"),
)

GA_WORKS = (
    rule("works.agent_connect", "agent_connect", TAC, "research",
         "Agent Connect SDK (GA since 6 May 2026): Voice, SMS, RCS, WhatsApp and Chat from one codebase, a "
         "human-handoff tool, interrupt handling and outbound conversations.",
         claims=("tac.ga", "tac.handoff", "tac.interrupts", "tac.outbound"),
         playbook="calls the SDK a public beta without handoff callbacks or interrupt handling in Python",
         differs="Agent Connect reached GA on 6 May 2026 and the released SDKs include both"),
    rule("works.relay", "conversation_relay", RELAY, "ga",
         "ConversationRelay: the full STT/TTS/WebSocket pipeline, with mid-call configuration updates, WebSocket "
         "reconnection and provider failover.", claims=("relay.dynamic_config", "relay.reconnect", "relay.failover"),
         scope="relay", playbook="voice and provider cannot change mid-session; a dropped WebSocket is not reconnected",
         differs="both shipped on 28 Oct 2026"),
    rule("works.outbound", "outbound_conversations", {"any": [{"outbound": True},
                                                              {"wants": "outbound_orchestration"}]}, "research",
         "Outbound conversations work at GA: the SDK starts them on every channel (calls with answering-machine "
         "detection); without it use the Calls and Messages APIs.", claims=("tac.outbound",),
         playbook="lists outbound orchestration as not available at GA",
         differs="the released SDKs start outbound conversations on every channel"),
    rule("works.memory", "conversation_memory", {"products": "conversation_memory"}, "ga",
         "Conversation Memory: profiles, observations, summaries, semantic Recall, identity resolution."),
    rule("works.intelligence", "conversation_intelligence", {"products": "conversation_intelligence"}, "ga",
         "Conversation Intelligence: Language Operators with {intelligence_text} webhook triggers."),
    rule("works.escalation_sdk_phone", "tac_escalation", {"handoff": True, **STUDIO_TOOL, **PHONE}, "research",
         "Escalation with the SDK: its Studio handoff tool (TWILIO_STUDIO_HANDOFF_FLOW_SID) hands the conversation "
         "to a Studio Flow that puts a call through to your line (Connect Call To) and texts the person a text "
         "conversation's summary (Send Message).", claims=("tac.handoff", "studio.connect_call")),
    rule("works.escalation_phone_voice", "tac_escalation", {"handoff": True, **PHONE, **VOICE}, "research",
         "Escalation to your line: answer the call's next TwiML with <Dial> (up to ten numbers ring at once, the "
         "first to answer takes the call), or move the caller into a Conference and add the person for a warm "
         "transfer; text conversations are handed over by texting the person the summary.",
         claims=("voice.dial",)),
    rule("works.escalation_phone_text", "tac_escalation", {"handoff": True, **PHONE}, "research",
         "Escalation to your line: text the person there the summary and the customer's number with the Messaging "
         "API; a text conversation cannot be put through to a phone.", claims=("studio.connect_call",)),
    rule("works.escalation_sdk", "tac_escalation", {"handoff": True, **STUDIO_TOOL, **CENTRE}, "research",
         "Escalation with the SDK: its Studio handoff tool (TWILIO_STUDIO_HANDOFF_FLOW_SID) hands the conversation "
         "to a Studio Flow that sends it to Flex.", claims=("tac.handoff",)),
    rule("works.escalation", "tac_escalation", {"handoff": True, **CENTRE, **usable("taskrouter", "flex")}, "ga",
         "Escalation: a structured payload to TaskRouter.", audience="agent"),
)

KEY_DECISIONS = (
    rule("decide.identity", "identity_resolution", {"memory": True}, "step3.level2",
         "Identity resolution: how do you know who you are talking to (phone number, email, account ID)?"),
    rule("decide.memory_scope", "memory_scope", {"memory": True}, "step3.level2",
         "Memory scope: which transactions, preferences, sentiment and style are worth remembering?"),
    rule("decide.retention", "memory_retention", {"memory": True}, "step3.level2",
         "Retention: what persists forever, and what is summarised over time?"),
    rule("decide.memory_tac", "memory_integration", {"products": "conversation_memory", **TAC}, "research",
         "Memory with the SDK: set `TWILIO_CONVERSATION_CONFIGURATION_ID` to the Orchestrator configuration that "
         "links your Memory store; without it the SDK runs ConversationRelay-only and retrieves no memory.",
         claims=("tac.memory_config",), playbook="retrieval is automatic once MEMORY_STORE_ID is set",
         differs="the released SDKs read memory through the Orchestrator configuration; no MEMORY_STORE_ID exists"),
    rule("decide.memory_manual", "memory_integration", {"products": "conversation_memory", **MANUAL}, "step3.level2",
         "Memory without the SDK: call the Conversation Memory API yourself (twilio-conversation-memory); at most "
         "10 observations per write and 4,096 characters each, and read GET /Observations rather than Recall where "
         "latency matters.", claims=("memory.observations",)),
    rule("decide.operators", "operators", {"products": "conversation_intelligence"}, "step3.level3",
         "Operators: pre-built (Sentiment, Next Best Response, Script Adherence, Summary) or custom?"),
    rule("decide.timing_realtime", "operator_timing",
         {"intelligence": "realtime", "products": "conversation_intelligence"}, "step3.level3",
         "Real time, to intervene mid-conversation: deliver signals by webhook."),
    rule("decide.timing_post_call", "operator_timing",
         {"intelligence": "post_call", "products": "conversation_intelligence"}, "step3.level3",
         "Post-call, for analytics: batch results into your BI."),
    rule("decide.actions", "detection_actions", {"products": "conversation_intelligence"}, "step3.level3",
         "Actions on detection: webhook to your backend, a Twilio Function, or a log for review?"),
    rule("decide.assist_own_llm", "assist_build", {"llm": "own"}, "research",
         "The assist: your own Flex plugin that reads the transcript and asks your own model; Flex's Agent Copilot "
         "runs Twilio's model, not yours, so it is left out. It suggests to the agent and never speaks to the "
         "customer.", claims=("flex.copilot",), names_absent=("agent_copilot",), without=("agent_copilot",),
         audience="assist"),
    rule("decide.assist_own", "assist_build", ruled_out("agent_copilot"), "research",
         "The assist: your own Flex plugin that reads the transcript and asks your LLM (Flex's own copilot is not "
         "available to this design). It suggests to the agent and never speaks to the customer.",
         claims=("flex.copilot",), audience="assist"),
    rule("decide.assist", "assist_build", {}, "research",
         "The assist: Flex's Agent Copilot (public beta), or your own Flex plugin that reads the transcript and asks "
         "your LLM? Either way it suggests to the agent and never speaks to the customer.", claims=("flex.copilot",),
         names_absent=("agent_copilot",), audience="assist"),
    rule("decide.assist_signals", "assist_signals", {}, "research",
         "What the assist shows and when: suggested next questions, knowledge answers, a summary at wrap-up; and which "
         "signals (an upset caller, a missed disclosure) alert a supervisor rather than the agent?",
         claims=("flex.copilot_assist",), audience="assist"),
    rule("decide.escalation_triggers", "escalation_triggers",
         {"handoff": True, "products": "conversation_intelligence"}, "step3.level4",
         "Escalation triggers: explicit request, confidence threshold, sensitive topic, or an Intelligence signal?",
         audience="agent"),
    rule("decide.escalation_triggers_own", "escalation_triggers", {"handoff": True}, "step3.level4",
         "Escalation triggers: explicit request, confidence threshold, or a sensitive topic your agent detects?",
         audience="agent"),
    rule("decide.routing_phone", "routing_strategy", {"handoff": True, **PHONE}, "research",
         "Who answers: one number, several ringing at once (the first to answer takes it), or a rota of on-call "
         "numbers; and what happens when nobody answers (voicemail, a callback, back to the AI)?",
         claims=("voice.dial", "studio.connect_call")),
    rule("decide.routing_team_both", "routing_strategy", {"handoff": True, **TEAM, **VOICE, **TEXT}, "research",
         "Who takes the hand-offs without Flex: which number (or several ringing at once) your team answers for calls, "
         "and what happens when nobody answers; and which agent UI of your own your team answers {messaging_text} in?",
         claims=("voice.dial", "region.ie1_products"), names_absent=("flex",), without=("flex", "taskrouter")),

    rule("decide.routing_team_voice", "routing_strategy", {"handoff": True, **TEAM, **VOICE}, "research",
         "Who answers the calls without Flex: one number for your team, several ringing at once (the first to answer "
         "takes it), or a rota; and what happens when nobody answers (a callback, back to the AI)?",
         claims=("voice.dial",), names_absent=("flex",), without=("flex", "taskrouter")),

    rule("decide.routing_team_text", "routing_strategy", {"handoff": True, **TEAM, **TEXT}, "research",
         "Who answers the hand-offs without Flex: which agent UI of your own your team answers {messaging_text} in, "
         "how a conversation reaches the right person, and how soon the customer is told to expect a reply?",
         claims=("region.ie1_products", "region.ie1_beta"), names_absent=("flex",), without=("flex", "taskrouter")),

    rule("decide.routing_transfer_both", "routing_strategy", {"handoff": True, **OWN_CENTRE, **VOICE, **TEXT},
         "research",
         "Routing: which of your contact centre's numbers or SIP addresses each call escalation is transferred to (one "
         "per queue or skill), which queue its messaging integration puts each {messaging_text} escalation in, and "
         "what the AI passes for it to route on?", claims=("voice.sip_headers", "handoff.cc_messaging")),
    rule("decide.routing_transfer", "routing_strategy", {"handoff": True, **OWN_CENTRE, **VOICE}, "research",
         "Routing: which of your contact centre's numbers or SIP addresses each escalation is transferred to (one per "
         "queue or skill), so its own routing places the call, and what the AI passes for it to route on?",
         claims=("voice.sip_headers",)),
    rule("decide.routing_transfer_text", "routing_strategy", {"handoff": True, **OWN_CENTRE, **TEXT}, "research",
         "Routing: which queue your contact centre's messaging integration puts each {messaging_text} escalation in, "
         "and what the AI passes with it (the summary, the reason) for its own routing?",
         claims=("handoff.cc_messaging",)),
    rule("decide.routing", "routing_strategy", {"handoff": True, "products": "taskrouter"}, "step3.level4",
         "Routing: a FIFO queue, or skills-based targeting (VIP, language, department)?"),
    rule("decide.context_handoff_phone_dial", "context_handoff",
         {"handoff": True, **PHONE, **VOICE, **usable("sms"), "all": [{"not": {"products": "studio"}}]}, "research",
         "Context handoff: a person on a phone sees no screen: whisper the summary (a <Number url> plays it to "
         "whoever answers before the caller joins), text it to them with the Messaging API, or both?",
         claims=("voice.dial",)),
    rule("decide.context_handoff_phone_whisper", "context_handoff",
         {"handoff": True, **PHONE, **VOICE, "all": [{"not": {"products": "studio"}}, ruled_out("sms")]}, "research",
         "Context handoff: a person on a phone sees no screen and the region sends no texts: whisper the summary (a "
         "<Number url> plays it to whoever answers before the caller joins), or put it in your CRM for them?",
         claims=("voice.dial", "region.au1_products")),
    rule("decide.context_handoff_phone_voice", "context_handoff", {"handoff": True, **PHONE, **VOICE}, "research",
         "Context handoff: a person on a phone sees no screen: whisper the summary (a <Number url> plays it to "
         "whoever answers before the caller joins, on the manual path), text it to them (Studio's Send Message, or "
         "the Messaging API), or both?", claims=("voice.dial", "studio.connect_call")),
    rule("decide.context_handoff_phone_text", "context_handoff", {"handoff": True, **PHONE}, "research",
         "Context handoff: what the text to the person on your line carries (the summary, the reason, the customer's "
         "number) and how they answer: call the customer back, or reply from a number the customer already knows?",
         claims=("studio.connect_call",)),
    rule("decide.context_handoff", "context_handoff", {"handoff": True, "products": "conversation_memory"},
         "step3.level4", "Context handoff: summary only at GA (conversation_id, profile_id, reason_code, "
         "routing_hints); the deep transcript comes after GA.", audience="agent"),
    rule("decide.context_handoff_summary", "context_handoff", {"handoff": True}, "step3.level4",
         "Context handoff: what the person sees first (a summary, the reason, routing hints), and whether the "
         "transcript goes with it.", audience="agent"),
)

PROFILE = (
    rule("profile.isv_per_tenant", "isv_tenant_subaccounts",
         {"customer_profile": "isv", "tenant_subaccounts": True, "products": "conversation_orchestrator"}, "research",
         "A subaccount per tenant, as its own 10DLC brand or its own PHI boundary requires: each tenant's Memory "
         "store and Orchestrator configuration live in its subaccount, so the per-account limits (15 or 5 stores, "
         "10 configurations) never bind.", claims=("memory.stores", "orch.configurations", "isv.subaccounts")),
    rule("profile.isv_sdk_per_tenant", "isv_sdk_per_tenant", {"customer_profile": "isv", **TAC}, "research",
         "One Agent Connect configuration holds one account's credentials and one Orchestrator configuration (since "
         "2.6.0 it takes several senders per channel, the first sending outbound): build a configuration (and a TAC "
         "instance) per tenant and route each call or message to it by the number it reached.",
         claims=("tac.one_account",),
         names_absent=("conversation_orchestrator",)),  # the SDK's configuration has a place for one, used or not
    rule("profile.isv_stores", "isv_memory_stores",
         {"customer_profile": "isv", "products": "conversation_memory", "tenant_subaccounts": False}, "research",
         "A Memory store per client: {tenants_text} need {memory_subaccounts_text} (Twilio's sources disagree on "
         "the per-account limit): plan subaccounts per group of tenants.", claims=("memory.stores",)),
    rule("profile.isv_configurations", "isv_orchestrator_configurations",
         {"customer_profile": "isv", "products": "conversation_orchestrator", "tenant_subaccounts": False}, "research",
         "An Orchestrator configuration per client: {tenants_text} need {orchestrator_subaccounts_text}.",
         claims=("orch.configurations",)),
    rule("profile.isv_operators", "isv_operator_configs",
         {"customer_profile": "isv", "products": "conversation_intelligence"},
         "step4.profile", "Per-client Intelligence configurations, each holding at most 5 rules (per Twilio's skill).",
         claims=("intel.rules",)),
    rule("profile.isv_10dlc", "isv_10dlc_brands", {"customer_profile": "isv", "regimes": "a2p_10dlc"}, "research",
         "Each tenant that texts US numbers needs its own A2P 10DLC brand and campaign, registered before its "
         "traffic flows, in its own subaccount (twilio-sms-isv-setup).", claims=("isv.subaccounts",)),
    rule("profile.isv_baa", "isv_baa", {"customer_profile": "isv", "regimes": "hipaa"}, "research",
         "Healthcare tenants: a BAA with each covered-entity tenant as well as with Twilio, and each tenant's PHI in "
         "its own subaccount.", claims=("hipaa.baa_chain",)),
    rule("profile.isv_retention", "isv_retention", {"customer_profile": "isv"}, "step4.profile",
         "Each client may need its own retention policy."),
    rule("profile.isv_segment", "segment_integration", {"customer_profile": "isv", "products": "conversation_memory"},
         "research",
         "Segment's Conversation Memory integration (GA 5 Oct 2026) to reach each client's CRM.",
         claims=("memory.segment",), playbook="the Segment Bridge", differs="it shipped as the Segment Conversation "
         "Memory integration on 5 Oct 2026"),
    rule("profile.enterprise_tunnels", "no_ngrok", {"customer_profile": "enterprise"}, "step4.profile",
         "No ngrok: production-grade ingress or cloud deployment."),
    rule("profile.enterprise_compliance", "compliance_operators",
         {"customer_profile": "enterprise", "products": "conversation_intelligence"},
         "step4.profile", "Compliance operators (script adherence, regulatory monitoring) are likely required."),
    rule("profile.enterprise_segment", "segment_integration",
         {"customer_profile": "enterprise", "products": "conversation_memory"},
         "research", "Segment's Conversation Memory integration (GA 5 Oct 2026) for two-way sync with the existing "
         "CDP.", claims=("memory.segment",)),
    rule("profile.enterprise_operators", "custom_operators",
         {"customer_profile": "enterprise", "products": "conversation_intelligence"},
         "step4.profile", "Custom operators for enterprise-specific detection rules."),
    rule("profile.smb_start", "start_at_level_1", {"customer_profile": "smb", "level": 1}, "step4.profile",
         "Start at Level 1, prove value, then add rungs."),
    rule("profile.smb_rollout", "start_at_level_1", {"customer_profile": "smb"}, "step4.profile",
         "Roll out a rung at a time: prove Level 1 first, then add the rungs above it as the phased plan shows.",
         audience="agent"),
    rule("profile.smb_defaults", "managed_defaults", {"customer_profile": "smb"}, "step4.profile",
         "Use managed defaults before custom configuration: the products' own settings and the SDK's."),
    rule("profile.smb_quickstart", "quickstart", {"customer_profile": "smb", **TAC}, "step4.profile",
         "Quickstart: Agent Connect SDK + OpenAI gives a multi-channel demo in under an hour."),
    rule("profile.smb_wizard", "setup_wizard", {"customer_profile": "smb", **TAC, "memory": True}, "step4.profile",
         "Use the SDK repositories' setup wizard to create the Memory store and the Orchestrator configuration."),
)

CONSIDERATIONS = (
    rule("stack.narrowband_audio", "narrowband_audio", {**STREAMS, "speech_to_speech": False}, "research",
         "Media Streams delivers the call as 8 kHz mu-law audio and takes the same back: build or tune your own "
         "speech and noise models for narrowband telephone audio, and convert what you send.",
         claims=("streams.audio_format",), scope="media_streams"),
    rule("stack.load_balancer", "load_balancer", {**VOICE, "production": True}, "step4.tech_stack",
         "Run the {transport_name} WebSocket server on at least two instances behind a load balancer.",
         audience="agent"),
    rule("stack.action_fallback", "action_fallback", {**VOICE}, "step4.tech_stack",
         "Set the action URL on `<Connect>`: when the {transport_name} session ends unexpectedly, Twilio requests it "
         "and the call falls back to a DTMF IVR or a person.", claims=("relay.action_url",), audience="agent"),
    rule("stack.reconnect", "application_reconnect", RELAY, "research",
         "Set `applicationReconnect=\"true\"` on `<ConversationRelay>`: Twilio buffers up to 500 events while your "
         "WebSocket reconnects; turn on echo prompt filtering so the agent does not interrupt itself.",
         claims=("relay.reconnect",), scope="relay", playbook="ConversationRelay does not reconnect a dropped "
         "WebSocket", differs="application reconnect is GA since 28 Oct 2026"),
    rule("stack.failover", "speech_failover", {**RELAY, "production": True}, "research",
         "Declare a `<Failover>` for STT and for TTS in the TwiML (once each per call; some languages have no default "
         "backup, so name one).", claims=("relay.failover",), scope="relay"),
    rule("stack.multilingual", "mid_call_language", {**RELAY, "multilingual": True}, "research",
         "Switch language, voice and provider mid-call with `language` or `config` messages; 'multi' auto-detection "
         "needs Deepgram STT and ElevenLabs TTS.", claims=("relay.dynamic_config", "relay.multi"), scope="relay",
         playbook="ConversationRelay can switch language mid-session but not voice",
         differs="voice and provider changes mid-call are GA since 28 Oct 2026"),
    rule("stack.assist_fails_open", "assist_fails_open", {}, "step4.tech_stack",
         "Let the assist fail open: when transcription, your LLM or the plugin is slow or down, the conversation goes "
         "on untouched and the agent simply sees no suggestion; drop suggestions that arrive after the moment.",
         audience="assist"),
    rule("stack.flex_ui_version", "flex_ui_version", {"handoff": True, **TAC, "products": "flex",
                                                      "all": [{"products": "studio"}]}, "research",
         "Run Flex UI 2.17.1 or later: Twilio's AI-to-human hand-off blueprint (the SDK's escalation tool into a "
         "Studio flow built from its template, then a Flex agent) needs it for the seamless hand-off and the AI "
         "summary the agent sees.", claims=("flex.handoff_ui",), audience="agent"),
    rule("stack.llm_failover", "llm_failover", {"production": True}, "step4.tech_stack",
         "Detect LLM timeouts and fall back to a second provider or a scripted reply.", audience="agent"),
    rule("stack.session_state_own", "session_state", {**VOICE, "production": True, **ruled_out("sync")}, "research",
         "Persist conversation history in a store of your own in the region (Redis, DynamoDB or a database) so a "
         "reconnected or failed-over session resumes: Twilio Sync is not offered in {region_text}.",
         claims=("region.ie1_products", "region.au1_products"), audience="agent", without=("sync",)),
    rule("stack.session_state", "session_state", {**VOICE, "production": True}, "step4.tech_stack",
         "Persist conversation history (Sync, Redis or DynamoDB) so a reconnected or failed-over session resumes.",
         audience="agent"),
    rule("stack.amd", "answering_machine_detection", {**VOICE, "outbound": True}, "research",
         "Use answering-machine detection on outbound calls (machine_detection with async AMD) so the agent does not "
         "talk to voicemail.", claims=("tac.outbound",), scope="voice", audience="any"),
    rule("stack.functions_over", "functions_thin_receiver",
         {"uses_twilio_functions": True, "functions_invocations": {"gt": FUNCTIONS_CONCURRENCY}}, "step4.tech_stack",
         f"Up to {{peak_concurrent_calls}} calls x {CALLBACKS_PER_CALL} status callbacks = {{functions_invocations}} "
         f"invocations could overlap at peak (an upper bound), over the {FUNCTIONS_CONCURRENCY} concurrent executions "
         f"Twilio's skills give a Functions service ({FUNCTIONS_TIMEOUT_S} s limit each): put a thin receiver in "
         f"front, or use your own compute.", claims=("functions.concurrency", "functions.http")),
    rule("stack.functions_within", "functions_within_limit",
         {"uses_twilio_functions": True, "functions_invocations": {"le": FUNCTIONS_CONCURRENCY}}, "step4.tech_stack",
         f"Up to {{peak_concurrent_calls}} calls x {CALLBACKS_PER_CALL} status callbacks = {{functions_invocations}} "
         f"invocations at peak (an upper bound), within the {FUNCTIONS_CONCURRENCY} concurrent executions Twilio's "
         f"skills give a Functions service; keep each under the {FUNCTIONS_TIMEOUT_S} s limit.",
         claims=("functions.concurrency", "functions.http")),
    rule("stack.functions_unsized", "functions_unsized", {"uses_twilio_functions": True, "peak_concurrent_calls": None},
         "step4.tech_stack",
         f"Twilio's skills give a Functions service {FUNCTIONS_CONCURRENCY} concurrent executions, and each call "
         f"sends about {CALLBACKS_PER_CALL} status callbacks: answer peak concurrent calls to size it.",
         claims=("functions.concurrency",)),
    rule("stack.region", "twilio_region", {**SERVED, "region": ["ie1", "au1"]}, "research",
         "Run the design as a deployment of its own in {region_text}: credentials and resources (numbers, TwiML apps) "
         "made "
         "there, every API client pointed at the region's processing hostname (api.dublin.ie1.twilio.com, "
         "api.sydney.au1.twilio.com; the old api.ie1 and api.au1 hosts stopped working in April 2026), and your "
         "servers hosted next to it.", claims=("region.isolated", "region.hostnames"), audience="any"),
    rule("stack.handoff_team_phone", "handoff_transfer", {**TEAM, **VOICE}, "research",
         "Hand calls to your team on a phone line, since Flex is ruled out: when the AI escalates, your server "
         "answers the call's next TwiML (the <Connect action> handler, or a call update over the REST API) with "
         "<Dial> to the team's numbers: up to ten ring at once and the first to answer takes the call; a <Number url> "
         "whispers the summary before the caller joins. When nobody answers the dial ends and its action URL decides "
         "what the caller hears: a second number, a callback promise, or back to the AI.",
         claims=("voice.dial", "relay.action_url", "region.isolated"), audience="agent",
         names_absent=("flex", "taskrouter"), without=("flex", "taskrouter"), scope="voice"),
    rule("stack.handoff_transfer", "handoff_transfer", {**OWN_CENTRE, **RELAY}, "research",
         "Hand calls to your contact centre by transfer: when the AI escalates, ConversationRelay's end message "
         "(handoffData) reaches your <Connect action> handler, which returns <Dial> to the contact centre's number or "
         "SIP address (<Sip>). The summary travels in custom X- SIP headers or UUI only on a SIP dial: a dial to a "
         "phone number carries neither, so keep the summary in your CRM keyed on the caller's number for the contact "
         "centre to look up. Your contact centre's own routing and seats take it from there. Text conversations "
         "go through its own messaging integration instead (see the warnings).",
         claims=("region.isolated", "relay.action_url", "voice.sip_headers"), audience="agent",
         names_absent=("flex", "taskrouter"),
         scope="relay"),
    rule("stack.handoff_transfer_streams", "handoff_transfer", {**OWN_CENTRE, **STREAMS}, "research",
         "Hand calls to your contact centre by transfer: when the AI escalates, your server updates the call over the "
         "REST API with TwiML that <Dial>s the contact centre's number or SIP address (<Sip>). The summary travels in "
         "custom X- SIP headers or UUI only on a SIP dial; for a phone number, keep it in your CRM keyed on the "
         "caller's number for the contact centre to look up.", claims=("region.isolated", "voice.sip_headers"),
         audience="agent",
         names_absent=("flex", "taskrouter"),
         scope="media_streams"),
    rule("stack.raw_audio_copy", "raw_audio_copy", {"needs_raw_audio": True, **CASCADED, **STREAMS}, "research",
         "If the raw audio is only a copy (recording, analytics, an emotion model) and your speech otherwise fits "
         "ConversationRelay, a one-way <Start><Stream> fork sends the call's audio to your server while the TwiML goes "
         "on; whether a fork keeps running while ConversationRelay holds the call is not documented, so this design "
         "takes Media Streams, the documented way, until you have tested it.",
         claims=("relay.start_stream", "relay.no_mixing"), audience="agent", scope="media_streams",
         names_absent=("conversation_relay",)),
    rule("stack.handoff_tool", "handoff_tool",
         {"handoff": True, **TAC, "all": [{"products": "conversation_orchestrator"},
                                          {"products": "conversation_memory"},
                                          {"products": "studio"}]}, "research",
         "Hand off with the SDK's Studio hand-off tool (TWILIO_STUDIO_HANDOFF_FLOW_SID): it needs the Orchestrator "
         "configuration and Memory store this design has, and posts the conversation to the Studio Flow.",
         claims=("tac.handoff_requires",), audience="agent"),
    rule("stack.handoff_own", "handoff_own", {"handoff": True, **TAC, **RELAY, **CENTRE, "not": STUDIO_TOOL},
         "research",
         "Hand off without the SDK's Studio hand-off tool, which needs an Orchestrator configuration and a Memory "
         "store this design does not have (ConversationRelay-only mode): set the session's pending hand-off data, "
         "and ConversationRelay's end message carries it to your <Connect action> URL, which returns <Enqueue "
         "workflowSid> to TaskRouter (and so to Flex) with the summary as the task's attributes.",
         claims=("tac.handoff_requires", "tac.relay_only", "relay.action_url"), audience="agent", scope="relay",
         without=("studio", "conversation_orchestrator", "conversation_memory")),
    rule("stack.handoff_own_streams", "handoff_own", {"handoff": True, **TAC, **STREAMS, **CENTRE,
                                                      "not": STUDIO_TOOL}, "research",
         "Hand off without the SDK's Studio hand-off tool, which needs an Orchestrator configuration and a Memory "
         "store a speech-to-speech call does not have: when the AI escalates, your server closes the stream, and "
         "your <Connect action> URL returns <Enqueue workflowSid> to TaskRouter (and so to Flex), or your server "
         "updates the call over the REST API with that TwiML; the summary goes as the task's attributes.",
         claims=("tac.handoff_requires", "relay.action_url"), audience="agent", scope="media_streams",
         without=("studio", "conversation_orchestrator", "conversation_memory")),
    rule("stack.multi_region", "multi_region", {**VOICE, "any": [{"geo_eu": True}, {"production": True}]},
         "step4.tech_stack",
         "Twilio uses the closest edge; set `TWILIO_EDGE` for control and co-locate the WebSocket server with it.",
         audience="agent"),
)

PHASES = (
    rule("phase.1", "phase_1", {**SERVED, "customer_profile": "smb"}, "step4.profile",
         "Phase 1 - Level 1: a {channels_text} agent on managed defaults; prove value before adding rungs.",
         audience="agent"),
    rule("phase.2_hipaa", "phase_2",
         {**SERVED, "customer_profile": "smb", "memory": True, **ruled_out("conversation_memory")}, "research",
         "Phase 2 - add customer memory in a store of your own, once returning customers matter.",
         claims=("eligibility.four_products",), audience="agent"),
    rule("phase.2", "phase_2", {**SERVED, "customer_profile": "smb", "memory": True}, "step4.profile",
         "Phase 2 - add Conversation Memory once returning customers matter.", audience="agent"),
    rule("phase.3_hipaa", "phase_3", {**SERVED, "customer_profile": "smb", **INTELLIGENCE, "regimes": "hipaa",
                                      **ruled_out("conversation_intelligence")},
         "research",
         "Phase 3 - add call analytics with the classic Conversational Intelligence for Voice (on Twilio's HIPAA "
         "list) when you need supervision.", claims=("intel.classic_messaging",), audience="agent"),
    rule("phase.3_own", "phase_3", {**SERVED, "customer_profile": "smb", **INTELLIGENCE,
                                    **ruled_out("conversation_intelligence")},
         "research", "Phase 3 - add your own analysis of the transcripts when you need supervision or analytics.",
         claims=("eligibility.four_products",), audience="agent"),
    rule("phase.3", "phase_3", {**SERVED, "customer_profile": "smb", **INTELLIGENCE}, "step4.profile",
         "Phase 3 - add Conversation Intelligence when you need supervision or analytics.", audience="agent"),
    rule("phase.4_phone", "phase_4", {**SERVED, "customer_profile": "smb", "handoff": True, **PHONE}, "research",
         "Phase 4 - add the transfer to your phone line for human escalation.", claims=("studio.connect_call",)),
    rule("phase.4_team", "phase_4", {**SERVED, "customer_profile": "smb", "handoff": True, **TEAM}, "research",
         "Phase 4 - add the hand-off to your team without Flex for human escalation.",
         claims=("region.isolated",), audience="agent", names_absent=("flex",), without=("flex", "taskrouter")),

    rule("phase.4_transfer", "phase_4", {**SERVED, "customer_profile": "smb", "handoff": True, **OWN_CENTRE},
         "research", "Phase 4 - add the hand-off to your contact centre for human escalation.",
         claims=("region.isolated",), audience="agent"),
    rule("phase.4", "phase_4", {**SERVED, "customer_profile": "smb", "handoff": True}, "step4.profile",
         "Phase 4 - add TaskRouter and Flex for human escalation{handoff_assumed_text}.", audience="agent"),
)

NEXT_STEPS = (
    rule("next.discovery", "discovery", {"mode": "discovery", "open_count": {"ge": 1}}, "step1",
         "Discovery: answer the open questions before committing to products ({open_count} left)."),
    rule("next.discovery_answered", "discovery", {"mode": "discovery"}, "step1",
         "Discovery: the five essential questions are answered; confirm the context (customer, regulations, stack) "
         "with the customer, then validate the combination before building."),
    rule("next.validation", "validation", {"mode": "validation"}, "step1",
         "Validation: check the combination for gaps: is supervision needed, has escalation been considered?"),
    rule("next.build", "build", {"mode": "build"}, "step1",
         "Build: confirm the foundations (account, auth, phone number) and the CANNOT constraints, then implement."),
)


#: Warnings about what the regulatory checklist does not cover; the checklist repeats them at its top.
CHECKLIST_NOTICES: tuple[str, ...] = ("countries_uncovered", "geography_assumed", "collections_uncovered",
                                      "financial_rules_uncovered", "local_law_uncovered",
                                      "unplaced_laws")
if not set(CHECKLIST_NOTICES) <= {r.value for r in WARNINGS}:
    raise ValueError("CHECKLIST_NOTICES names a warning no rule gives")


# ---------------------------------------------------------------- the registry


@dataclass(frozen=True, eq=False)
class Table:
    """One rule table: what it fills, when it is evaluated and which ids its values may take.

    ``name`` is the fact a decision table decides, or the recommendation field a list table fills;
    ``item`` says how the engine turns a value into an item (``decision``, ``text``, ``skill``, ``regime``).
    Tables compare and hash by identity (each is declared once, here).
    """

    name: str
    title: str
    stage: str
    rules: tuple[Rule, ...]
    item: str = "text"
    vocabulary: tuple[Any, ...] = ()
    #: a list table's audience (:data:`AUDIENCES`): the default of its rules; decision tables have none
    audience: str = ""

    def __post_init__(self) -> None:
        if self.decision != (self.audience == ""):
            raise ValueError(f"table {self.name!r}: a list table declares its audience, a decision table none")
        if not self.decision:  # each rule's condition gains its audience's
            object.__setattr__(self, "rules", tuple(_scoped(r, self.audience) for r in self.rules))

    @property
    def decision(self) -> bool:
        return self.item == "decision"


def _scoped(r: Rule, default: str) -> Rule:
    """``r`` with its audience's condition added (its own audience, else the table's)."""
    audience = r.audience or default
    if audience not in AUDIENCES:
        raise ValueError(f"rule {r.id!r}: audience {audience!r} is not one of {', '.join(AUDIENCES)}")
    if "agent_assist" in r.when:
        raise ValueError(f"rule {r.id!r}: say who it is about with audience=, not agent_assist in its condition")
    return replace(r, when={**r.when, **AUDIENCES[audience]}, audience=audience) if AUDIENCES[audience] else \
        replace(r, audience=audience)


def _decision(name: str, title: str, rules: tuple[Rule, ...]) -> Table:
    return Table(name, title, name, rules, "decision", FACTS[name].values)


#: Every table, in the order the engine evaluates them.
TABLES: tuple[Table, ...] = (
    Table("regulations", "Regulations", "regulations", REGULATIONS, "regime", tuple(REGIMES), "any"),
    _decision("level", "Capability level", LEVEL),
    _decision("channel_mix", "Channel mix", CHANNEL_MIX),
    _decision("entry_point", "Entry point", ENTRY_POINT),
    _decision("voice_transport", "Voice transport", TRANSPORT),
    _decision("path", "Implementation path", PATH),
    _decision("tac_package", "Agent Connect package", TAC_PACKAGE),
    _decision("install", "Install", INSTALL),
    _decision("stt", "Speech-to-text", STT),
    _decision("tts", "Text-to-speech", TTS),
    Table("products", "Products", "products", PRODUCTS, vocabulary=tuple(PRODUCT_IDS), audience="any"),
    Table("skipped", "Skipped products", "report", SKIPPED, vocabulary=tuple(PRODUCT_IDS), audience="any"),
    Table("skills", "Skills", "report", SKILLS_TABLE, "skill", tuple(SKILLS), "any"),
    Table("warnings", "Warnings", "report", WARNINGS, audience="any"),
    Table("ga_gaps", "GA constraints", "report", GA_GAPS, audience="any"),
    Table("ga_works", "Works at GA", "report", GA_WORKS, audience="any"),
    Table("key_decisions", "Key decisions", "report", KEY_DECISIONS, audience="any"),
    Table("profile", "Customer profile", "report", PROFILE, audience="any"),
    Table("considerations", "Tech stack considerations", "report", CONSIDERATIONS, audience="agent"),
    Table("phases", "Phased plan", "report", PHASES, audience="agent"),
    Table("next_steps", "Next steps", "report", NEXT_STEPS, audience="any"),
)
BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
RULES: dict[str, Rule] = {r.id: r for t in TABLES for r in t.rules}

_FORMATTER = string.Formatter()


def text_facts(text: str) -> tuple[str, ...]:
    """The facts a text names in braces."""
    return tuple(name for _, name, _, _ in _FORMATTER.parse(text) if name)


def rule_problem(table: Table, r: Rule) -> str:
    """Why a rule cannot stand in its table ('' when it can)."""
    problem = condition_problem(r.when, before=table.stage)
    if problem:
        return problem
    if r.section not in SECTIONS:
        return f"unknown playbook section {r.section!r}"
    for name in text_facts(r.text) + ((r.value_from,) if r.value_from else ()):
        fact = FACTS.get(name)
        if fact is None:
            return f"names unknown fact {name!r}"
        if stage_index(fact.stage) >= stage_index(table.stage):
            return f"names {name!r}, which comes about at stage {fact.stage!r}, not before {table.stage!r}"
    if r.value_from:
        source = FACTS[r.value_from]
        if table.vocabulary and source.values and not set(source.values) <= set(table.vocabulary):
            return f"takes its value from {r.value_from!r}, whose values are not all in the table's vocabulary"
    elif r.value is not None and table.vocabulary and r.value not in table.vocabulary:
        return f"value {r.value!r} is not one of {', '.join(map(str, table.vocabulary))}"
    elif r.value is None and not table.decision:
        return "a list rule needs a value or value_from"
    return _details_problem(table, r)


def _details_problem(table: Table, r: Rule) -> str:
    details = dict(r.details)
    unknown = [c for c in details.get("claims", ()) if c not in CLAIMS]
    if unknown:
        return f"cites unknown claims {', '.join(unknown)}"
    severity = details.get("severity")
    if table.name == "warnings" and severity not in SEVERITIES:
        return f"a warning needs severity= one of {', '.join(SEVERITIES)}"
    if severity is not None and table.name != "warnings":
        return "only warnings have a severity"
    if bool(details.get("playbook")) != bool(details.get("differs")):
        return "'playbook' and 'differs' go together: say what the playbook claims and why twarch differs"
    one_answer = len(r.when) == 1 and list(r.when.values()) == [True] and FACTS[next(iter(r.when))].stage == "answers"
    if details.get("technical") and (table.name != "path" or r.value != "manual" or not one_answer):
        return "'technical' marks a manual-path rule whose condition is one yes/no answer"
    if details.get("region_gap") and (table.name != "warnings" or "region" not in r.when):
        return "'region_gap' marks a warning whose condition reads the region"
    absent = [p for p in details.get("names_absent", ()) if p not in PRODUCT_IDS]
    if absent:
        return f"names_absent lists unknown products {', '.join(absent)}"
    return scope_problem(r.text, details.get("scope"))


def _check() -> None:
    seen: set[str] = set()
    for table in TABLES:
        for r in table.rules:
            if r.id in seen:
                raise ValueError(f"rule {r.id!r}: duplicate id")
            seen.add(r.id)
            problem = rule_problem(table, r)
            if problem:
                raise ValueError(f"rule {r.id!r} in table {table.name!r}: {problem}")
    for regime in REGIMES.values():  # a regime worded per decision: a fact decided after the regimes, its values
        fact = FACTS.get(regime.keyed_on) if regime.keyed_on else None
        if regime.keyed_on and (fact is None or stage_index(fact.stage) <= stage_index("regulations")
                                or not {v for v, _ in regime.variants} <= set(fact.values)):
            raise ValueError(f"regime {regime.id!r}: keyed_on must name a fact decided after the regulations, and its "
                             "variants values of that fact")


_check()
