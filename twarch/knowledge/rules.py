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
from dataclasses import dataclass
from typing import Any

from ..conditions import Condition
from .facts import FACTS, condition_problem, stage_index
from .limits import CALLBACKS_PER_CALL, FUNCTIONS_CONCURRENCY, FUNCTIONS_TIMEOUT_S, MEMORY_STORES_PER_ACCOUNT
from .playbook import SECTIONS
from .products import PRODUCTS as PRODUCT_IDS
from .regimes import REGIMES
from .skills import SKILLS
from .sources import Source


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


def rule(id: str, value: Any, when: Condition, section: str, text: str = "", note: str = "",
         value_from: str = "", **details: Any) -> Rule:
    """A rule; keyword ``details`` (``status=``, ``sources=``, ``playbook=`` ...) travel with its item."""
    return Rule(id, value, when, section, text, note, value_from, tuple(details.items()))


def src(label: str, url: str, as_of: str) -> tuple[Source, ...]:
    """One source for a rule's ``sources`` detail (the report prints it as a link with its date)."""
    return (Source(label, url, as_of),)


COVAL = src("Coval TTS/STT benchmark (30-day window)",
            "https://github.com/openbenchmarks-labs/tts-stt-benchmarks-by-coval", "2026-08-22")
HIPAA_ELIGIBLE = src("Twilio HIPAA Eligible Services",
                     "https://twilio.com/content/dam/twilio-com/global/en/other/hipaa/pdf/HIPAA-Eligible-Services.pdf",
                     "2024-12-11")
MEMORY_NOTICE = src("Twilio Conversation Memory API notice", "https://www.twilio.com/docs/api/memory/profile",
                    "2026-11-24")
PCI_WORKFLOWS = src("Twilio PCI Programmable Voice workflows", "https://static0.twilio.com/docs/voice/pci-workflows",
                    "2026-11-24")


def answered(key: str) -> Condition:
    """A condition true when ``key`` has an answer."""
    return {"not": {key: None}}


VOICE = {"voice": True}
RELAY = {"voice_transport": "conversation_relay"}
TAC = {"path": "tac_sdk"}
MANUAL = {"path": "manual"}
INTELLIGENCE = {"intelligence": ["realtime", "post_call"]}

# ---------------------------------------------------------------- first-match decisions

LEVEL = (
    rule("level.handoff", 4, {"handoff": True}, "step3.level4", note="a human hand-off is the top rung"),
    rule("level.intelligence", 3, INTELLIGENCE, "step3.level3", note="supervision or analytics is rung 3"),
    rule("level.memory", 2, {"memory": True}, "step3.level2", note="remembering customers is rung 2"),
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
    rule("entry.hybrid", "hybrid", {"handoff": True}, "step4.entry_point",
      note="AI takes tier 1, people take the rest: design the escalation contract early, it shapes everything"),
    rule("entry.pure_ai", "pure_ai", {"handoff": False}, "step4.entry_point",
      note="no humans in the loop: Levels 1-3 are the whole design space"),
)

TRANSPORT = (
    rule("transport.media_streams", "media_streams", {"voice": True, "needs_raw_audio": True}, "rules.transport",
      note="raw audio access, your own STT/TTS or audio processing need Media Streams"),
    rule("transport.conversation_relay", "conversation_relay", VOICE, "rules.transport",
      note="managed STT/TTS over a JSON text protocol: the default for most voice AI"),
    rule("transport.none", None, {"voice": False}, "step2.channels",
      note="messaging only: no ConversationRelay needed"),
)

PATH = (
    rule("path.raw_audio", "manual", {"needs_raw_audio": True}, "rules.sdk_vs_manual",
      note="raw audio means Media Streams, which the Agent Connect SDK does not drive"),
    rule("path.low_level_control", "manual", {"needs_low_level_control": True}, "rules.sdk_vs_manual",
      note="full control of the WebSocket lifecycle and raw protocol events"),
    rule("path.existing_websocket", "manual", {"existing_websocket_server": True}, "rules.sdk_vs_manual",
      note="integrating into WebSocket infrastructure you already run"),
    rule("path.team_language", "manual", {"team_language": "other"}, "rules.sdk_vs_manual",
      note="the SDK exists for Python and TypeScript only"),
    rule("path.sdk", "tac_sdk", {}, "rules.sdk_vs_manual",
      note="a new agent: fastest time to value, several channels from one codebase, memory built in"),
)

TAC_PACKAGE = (
    rule("tac.azure_cloud", "twilio-agent-connect-microsoft", {**TAC, "cloud": "azure"}, "rules.cloud",
      note="deploying on Azure (App Service, Container Apps, AKS; Foundry, CosmosDB, Voice Live)"),
    rule("tac.aws_cloud", "twilio-agent-connect-aws", {**TAC, "cloud": "aws"}, "rules.cloud",
      note="deploying on AWS (ECS, Fargate, EKS, Lambda; Bedrock, Strands, AgentCore)"),
    rule("tac.azure_openai", "twilio-agent-connect-microsoft", {**TAC, "llm": "azure_openai"}, "rules.cloud",
      note="Azure OpenAI with Microsoft Agent Framework orchestration"),
    rule("tac.bedrock", "twilio-agent-connect-aws", {**TAC, "llm": "bedrock"}, "rules.cloud",
      note="Bedrock models with AWS-managed agent runtime"),
    rule("tac.core", "twilio-agent-connect", TAC, "rules.cloud",
      note="cloud-agnostic, OpenAI or Anthropic directly, maximum LLM flexibility"),
    rule("tac.none", None, MANUAL, "rules.cloud", note="no SDK on the manual path"),
)

STT = (
    rule("stt.chosen", None, {**VOICE, **answered("stt_provider")}, "rules.providers",
      value_from="stt_provider", note="the provider you chose"),
    rule("stt.languages_priority", "google", {**VOICE, "priority": "languages"}, "rules.providers",
      note="Google has the widest language coverage"),
    rule("stt.multilingual", "google", {**VOICE, "multilingual": True, "priority": None}, "rules.providers",
      note="several languages and no other priority: Google covers the most"),
    rule("stt.default", "deepgram", VOICE, "rules.providers",
      note="Deepgram: best real-time accuracy and lowest latency (nova-3-general), the default"),
    rule("stt.none", None, {"voice": False}, "rules.providers", note="no voice channel, no speech-to-text"),
)

TTS = (
    rule("tts.chosen", None, {**VOICE, **answered("tts_provider")}, "rules.providers",
      value_from="tts_provider", note="the provider you chose"),
    rule("tts.languages_priority", "google", {**VOICE, "priority": "languages"}, "rules.providers",
      note="Google has the widest language coverage"),
    rule("tts.quality", "elevenlabs", {**VOICE, "priority": "quality"}, "rules.providers",
      note="ElevenLabs has the best voice quality and naturalness"),
    rule("tts.cost", "amazon_polly", {**VOICE, "priority": "cost"}, "rules.providers",
      note="Amazon Polly is cost-effective at high volume"),
    rule("tts.latency", "elevenlabs", {**VOICE, "priority": "latency"}, "research",
      note="ElevenLabs Flash v2.5 has the lowest published time-to-first-audio of ConversationRelay's TTS "
           "(Coval p50 205 ms vs Google Chirp 3 HD 487 ms; Polly publishes none)", sources=COVAL),
    rule("tts.multilingual", "google", {**VOICE, "multilingual": True, "priority": None}, "rules.providers",
      note="several languages and no other priority: Google covers the most"),
    rule("tts.default", "google", VOICE, "rules.providers",
      note="no priority given: Google balances languages, price and voices; set a priority to choose otherwise"),
    rule("tts.none", None, {"voice": False}, "rules.providers", note="no voice channel, no text-to-speech"),
)

# ---------------------------------------------------------------- lists

PRODUCTS = (
    rule("product.conversation_relay", "conversation_relay", RELAY, "step3.level1",
      "ConversationRelay: Twilio transcribes the caller, sends text to your WebSocket and speaks your reply"),
    rule("product.media_streams", "media_streams", {"voice_transport": "media_streams"}, "rules.transport",
      "Media Streams: raw call audio to your server, your own STT/TTS pipeline"),
    rule("product.orchestrator", "conversation_orchestrator", {"messaging_count": {"ge": 1}}, "step2.channels",
      "Conversation Orchestrator: one conversation across {channels_text}"),
    rule("product.memory", "conversation_memory", {"memory": True}, "step3.level2",
      "Conversation Memory: profiles, observations and semantic Recall injected into the prompt"),
    rule("product.intelligence", "conversation_intelligence", INTELLIGENCE, "step3.level3",
      "Conversation Intelligence v3: Language Operators with {intelligence_text} webhook triggers"),
    rule("product.taskrouter", "taskrouter", {"handoff": True}, "step3.level4",
      "TaskRouter: skills-based routing of the AI's escalation payload"),
    rule("product.flex", "flex", {"handoff": True}, "step3.level4",
      "Flex: the human agent's desktop, showing the Memory profile summary"),
)

SKIPPED = (
    rule("skip.memory", "conversation_memory", {"memory": False}, "rules.memory",
      "Conversation Memory skipped: every session stands alone, and stateless is simpler"),
    rule("skip.intelligence", "conversation_intelligence", {"intelligence": "none"}, "rules.intelligence",
      "Conversation Intelligence skipped: no monitoring needed now; add it when you need analytics"),
    rule("skip.taskrouter", "taskrouter", {"handoff": False}, "step2.handoff",
      "TaskRouter and Flex skipped: the agent is fully autonomous"),
    rule("skip.relay_messaging", "conversation_relay", {"voice": False}, "step2.channels",
      "ConversationRelay skipped: it is voice only, and no voice channel was chosen"),
    rule("skip.relay_raw_audio", "conversation_relay", {"voice_transport": "media_streams"}, "rules.transport",
      "ConversationRelay replaced by Media Streams: a call uses one or the other, never both"),
    rule("skip.orchestrator", "conversation_orchestrator", {"channel_mix": "voice_only"}, "sdk_options",
      "Conversation Orchestrator skipped: voice only runs in ConversationRelay-only mode"),
)

SKILLS_TABLE = (
    rule("skill.agent_connect", "twilio-agent-connect", TAC, "output_format"),
    rule("skill.relay", "twilio-voice-conversation-relay", {**MANUAL, **RELAY}, "output_format"),
    rule("skill.media_streams_twiml", "twilio-voice-twiml", {"voice_transport": "media_streams"}, "research",
         note="upstream has no Media Streams skill (twilio-media-streams was an empty placeholder, deleted "
              "2026-05-04): the TwiML skill covers <Connect><Stream>, the Media Streams docs cover the protocol"),
    rule("skill.twiml", "twilio-voice-twiml", {**MANUAL, **VOICE}, "step3.level1"),
    rule("skill.memory", "twilio-conversation-memory", {**MANUAL, "memory": True}, "step3.level2",
         note="renamed from twilio-customer-memory upstream on 2026-06-29"),
    rule("skill.orchestrator", "twilio-conversation-orchestrator",
         {**MANUAL, "products": "conversation_orchestrator"}, "sdk_options"),
    rule("skill.intelligence", "twilio-conversation-intelligence", INTELLIGENCE, "step3.level3"),
    rule("skill.taskrouter", "twilio-taskrouter-routing", {"handoff": True}, "step3.level4"),
    rule("skill.email", "twilio-sendgrid-email-send", {"wants": "email_summaries"}, "output_format"),
    rule("skill.account", "twilio-account-setup", {}, "output_format"),
    rule("skill.iam", "twilio-iam-auth-setup", {}, "output_format"),
    rule("skill.numbers", "twilio-numbers-senders", {}, "output_format"),
    rule("skill.webhooks_enterprise", "twilio-webhook-architecture", {"customer_profile": "enterprise"},
         "step4.profile", note="enterprises need production-grade alternatives to tunnels"),
    rule("skill.webhooks", "twilio-webhook-architecture", {}, "output_format",
         note="every Twilio product here calls your webhooks"),
    rule("skill.security", "twilio-security-hardening", {}, "output_format",
         note="every Twilio implementation needs it"),
    rule("skill.debugging", "twilio-debugging-observability", {}, "sdk_options",
         note="always, alongside any Twilio Conversations implementation"),
    rule("skill.reliability", "twilio-reliability-patterns", {"production": True}, "output_format",
         note="for production deployment"),
)

REGULATIONS = (
    rule("reg.tcpa_outbound", "tcpa", {"outcome": "outbound_calling"}, "step4.regulatory",
      note="outbound AI calls are artificial-voice calls"),
    rule("reg.tcpa_collections", "tcpa", {"industry": "debt_collection"}, "step4.regulatory",
      note="collection calls are outbound calls"),
    rule("reg.hipaa", "hipaa", {"industry": "healthcare"}, "step4.regulatory", note="the agent may handle PHI"),
    rule("reg.pci", "pci_dss", {"takes_payments": True}, "step4.regulatory", note="the agent collects card data"),
    rule("reg.gdpr", "gdpr", {"eu_users": True}, "step4.regulatory", note="EU data subjects"),
    rule("reg.fdcpa", "fdcpa", {"industry": "debt_collection"}, "step4.regulatory", note="debt collection"),
    rule("reg.recording", "recording_consent", {**VOICE, "records_calls": True}, "research",
      note="recorded or transcribed calls need every party's consent in some states"),
    rule("reg.ai_disclosure", "ai_disclosure",
      {"outcome": ["autonomous_service", "outbound_calling", "conversational_commerce"]}, "research",
      note="a customer-facing bot"),
    rule("reg.eu_ai_act", "eu_ai_act", {"eu_users": True}, "research", note="an AI system talking to people in the EU"),
    rule("reg.a2p_10dlc", "a2p_10dlc", {"channels": "sms"}, "research", note="SMS to US numbers"),
    rule("reg.stir_shaken", "stir_shaken", {**VOICE, "outcome": "outbound_calling"}, "research",
      note="outbound US calls"),
    rule("reg.whatsapp", "whatsapp_policy", {"channels": "whatsapp"}, "research", note="a WhatsApp sender"),
    rule("reg.named", None, answered("regulations"), "step4.regulatory", value_from="regulations",
      note="you named it"),
)

WARNINGS = (
    rule("warn.silent_linkage", "silent_linkage_chain", {"conversations_stack": {"ge": 2}}, "warnings",
      "Orchestrator, Memory and Intelligence must be linked in that order; a broken link fails silently "
      "(memory not stored, intelligence not captured). This is the top debugging time sink."),
    rule("warn.group_by_one_way", "group_by_one_way_door", {"products": "conversation_orchestrator"}, "warnings",
      "`GROUP_BY_PARTICIPANT_ADDRESSES` on a Conversations Service cannot be changed once set: decide it first."),
    rule("warn.capture_rule", "capture_rule_removal", {"products": "conversation_intelligence"}, "warnings",
      "Removing a Conversation Intelligence capture rule stops ALL capture for that service."),
    rule("warn.operator_lifecycle", "operator_lifecycle", {"products": "conversation_intelligence"}, "warnings",
      "Updating an operator with PUT creates an inactive new version and there is no activation endpoint: "
      "delete and recreate it instead."),
    rule("warn.operator_results", "operator_results_filter", {"products": "conversation_intelligence"},
      "rules.intelligence",
      "`OperatorResults` may include other conversations' results: filter by conversation_id explicitly."),
    rule("warn.dashboard_latency", "dashboard_latency", {"products": "conversation_intelligence"}, "warnings",
      "Intelligence signals take 7-10 minutes to reach the console dashboard; act on webhooks for real time."),
    rule("warn.tunnels", "tunnel_reliability", {"any": [{"production": True}, {"customer_profile": "enterprise"}]},
      "warnings",
      "Dead ngrok tunnels drop webhooks silently: deploy to cloud infrastructure for production."),
    rule("warn.ts_voice_memory", "ts_voice_memory_bug",
      {**TAC, "team_language": "typescript", "memory": True, **VOICE}, "rules.memory",
      "TypeScript SDK bug: voice memory is hardcoded to undefined; call `retrieveMemory()` yourself "
      "(the Python SDK works)."),
    rule("warn.python_handoff", "python_handoff_callbacks", {**TAC, "team_language": "python", "handoff": True},
      "rules.sdk_vs_manual",
      "Handoff callbacks are not in the Python SDK yet: write them by hand or use the TypeScript SDK."),
    rule("warn.python_interrupts", "python_interrupt_handling", {**TAC, "team_language": "python", **VOICE},
      "rules.sdk_vs_manual",
      "Interrupt handling is not in the Python SDK yet: plan barge-in by hand or accept the SDK's behaviour."),
    rule("warn.sdk_versions", "sdk_runtime_versions", TAC, "sdk_options",
      "The Agent Connect SDK (public beta) needs Python 3.10+ or Node.js 22.13+.",
      playbook="Python 3.9+ in two places, Python 3.10+ in another",
      differs="the playbook disagrees with itself; twarch shows the stricter 3.10+"),
    rule("warn.elevenlabs", "elevenlabs_enablement", {"tts": "elevenlabs"}, "rules.providers",
      "ElevenLabs on ConversationRelay needs account enablement: ask Twilio before you commit to it."),
    rule("warn.relay_reconnect", "relay_no_reconnect", RELAY, "rules.transport",
      "ConversationRelay does not reconnect a dropped WebSocket: persist session state and set an action URL."),
    rule("warn.relay_recording", "relay_recording", {**RELAY, "records_calls": True}, "rules.transport",
      "ConversationRelay does not record: add `<Start><Recording>` before `<Connect>`."),
    rule("warn.relay_voice_fixed", "relay_voice_fixed", {**RELAY, "multilingual": True}, "rules.transport",
      "ConversationRelay can switch language mid-session but not voice: pick voices that cover every language."),
    rule("warn.relay_voice_only", "relay_voice_only", {**RELAY, "messaging_count": {"ge": 1}}, "rules.transport",
      "ConversationRelay handles voice only: messaging goes through Conversation Orchestrator."),
    rule("warn.no_mixing", "no_relay_media_streams_mix", {"voice_transport": "media_streams"}, "rules.transport",
      "A call cannot use ConversationRelay and Media Streams together: everything on it is your pipeline."),
    rule("warn.language_intersection", "language_intersection", {**VOICE, **answered("languages")},
      "rules.providers",
      "The languages you can serve are the intersection of the STT and TTS providers' sets: check {languages_text} "
      "against both before committing."),
    rule("warn.language_gap", "language_gap", {"language_pair": "missing"}, "rules.providers",
      "{stt_name} (STT) and {tts_name} (TTS) do not both list {language_missing_text} in their published language "
      "lists: choose a pair that covers every language (twarch.language_support shows which do)."),
    rule("warn.language_unknown", "language_unverified", {"language_pair": "unknown"}, "rules.providers",
      "No sourced language list covers {language_unknown_text} for {stt_name} (STT) and {tts_name} (TTS): "
      "verify with the providers before committing."),
    rule("warn.hipaa_memory", "hipaa_ineligible_products",
      {"regimes": "hipaa", "products": ["conversation_memory", "conversation_orchestrator"]}, "research",
      "Conversation Memory and Conversation Orchestrator are not HIPAA eligible: keep PHI out of them or "
      "drop them for PHI flows.",
      playbook="recommends Memory for returning customers without a HIPAA caveat",
      differs="Twilio's own API notices exclude these products from HIPAA eligibility (research HIPAA-04)",
      sources=HIPAA_ELIGIBLE + MEMORY_NOTICE),
    rule("warn.hipaa_whatsapp", "hipaa_whatsapp", {"regimes": "hipaa", "channels": "whatsapp"}, "research",
      "No PHI on WhatsApp: Meta signs no BAA.", sources=HIPAA_ELIGIBLE),
    rule("warn.pci_memory", "pci_ineligible_products",
      {"regimes": "pci_dss", "products": ["conversation_memory", "conversation_orchestrator"]}, "research",
      "Conversation Memory and Orchestrator are not PCI compliant: card data must never reach them.",
      sources=src("Twilio Conversation Memory API notice", "https://www.twilio.com/docs/api/memory", "2026-11-24")),
    rule("warn.pci_relay", "pci_relay_handoff", {"regimes": "pci_dss", **RELAY}, "research",
      "Hand the caller from ConversationRelay to `<Pay>` and back; never put card data in its greeting, hints, "
      "parameters or handoff data.",
      playbook="use `<Pay>`", differs="Twilio's pages disagree on ConversationRelay's PCI support (research PCI-04)",
      sources=src("TwiML <ConversationRelay> reference", "https://www.twilio.com/docs/voice/twiml/connect/conversationrelay.md",
                  "2026-11-24")),
    rule("warn.pci_intelligence", "pci_intelligence", {"regimes": "pci_dss", "products": "conversation_intelligence"},
      "research", "Conversational Intelligence is not PCI compliant and rejects PCI-Mode recordings.",
      sources=PCI_WORKFLOWS),
    rule("warn.fdcpa_sms", "fdcpa_sms_forbidden", {"industry": "debt_collection", "channels": "sms"}, "research",
      "Third-party debt collection is a forbidden SMS category on Twilio in the US and Canada.",
      sources=src("Twilio: forbidden message categories for SMS and MMS in the US and Canada",
                  "https://support.twilio.com/hc/en-us/articles/360045004974-Forbidden-message-categories-for-SMS-and-MMS-in-the-US-and-Canada",
                  "undated")),
    rule("warn.whatsapp_ai", "whatsapp_general_ai_ban", {"channels": "whatsapp"}, "research",
      "WhatsApp bars general-purpose AI assistants since 15 Jan 2026: keep the bot business-specific.",
      playbook="lists WhatsApp as an ordinary channel",
      differs="the ban took effect after the playbook was written (research WA-03)",
      sources=src("Particle News: WhatsApp bars general-purpose AI chatbots",
                  "https://particle.news/story/whatsapp-bars-general-purpose-ai-chatbots-from-business-api-effective-jan-15-2026",
                  "2025-10")),
    rule("warn.ie1_relay", "relay_eu_region", {"eu_users": True, **RELAY}, "research",
      "ConversationRelay availability in Twilio's IE1 (EU) region was not found: check before promising EU "
      "data residency.",
      sources=src("Twilio regional product and feature availability",
                  "https://www.twilio.com/docs/global-infrastructure/regional-product-and-feature-availability",
                  "undated")),
)

GA_GAPS = (
    rule("gap.cross_channel", "cross_channel_binding", {"channel_count": {"ge": 2}}, "ga",
      "Cross-channel binding: pass the ConversationId yourself; there is no automatic stitching.",
      status="custom_code"),
    rule("gap.subject", "subject_discrimination", {"products": "conversation_orchestrator"}, "ga",
      "Subject discrimination: normalise queries yourself; the Orchestrator cannot separate topics.",
      status="custom_code"),
    rule("gap.channel_switch", "channel_switching_context", {"channel_count": {"ge": 2}}, "ga",
      "Channel switching: hydrate context by hand through Conversation Memory Recall.", status="custom_code"),
    rule("gap.boomerang", "boomerang_handback", {"any": [{"handoff": True}, {"wants": "boomerang_handback"}]}, "ga",
      "Boomerang handback (human back to AI) does not exist at GA: a handed-off conversation stays human.",
      status="not_available"),
    rule("gap.copilot", "ai_copilot", {"any": [{"handoff": True}, {"wants": "ai_copilot"}]}, "ga",
      "AI copilot mode during a human conversation does not exist at GA.", status="not_available"),
    rule("gap.turn_taking", "turn_taking", {"wants": "turn_taking"}, "ga",
      "Primary channel governance and turn-taking do not exist at GA.", status="not_available"),
    rule("gap.scoped_tokens", "scoped_tokens", {"wants": "scoped_tokens"}, "ga",
      "Delegated authority and scoped tokens are planned, not at GA.", status="not_available"),
    rule("gap.outbound", "outbound_orchestration",
      {"any": [{"wants": "outbound_orchestration"}, {"outcome": "outbound_calling", "messaging_count": {"ge": 1}}]},
      "ga", "Outbound orchestration is planned, not at GA: start outbound conversations through the channel APIs.",
      status="not_available"),
    rule("gap.dashboards", "native_dashboards",
      {"any": [{"wants": "native_dashboards"}, {"products": "conversation_intelligence"}]}, "ga",
      "There are no native dashboards at GA: results are API-only, pipe them to your own BI tools.",
      status="not_available"),
)

GA_WORKS = (
    rule("works.relay", "conversation_relay", RELAY, "ga", "ConversationRelay: the full STT/TTS/WebSocket pipeline"),
    rule("works.memory", "conversation_memory", {"memory": True}, "ga",
      "Conversation Memory: profiles, observations, summaries, semantic Recall, identity resolution"),
    rule("works.intelligence", "conversation_intelligence", INTELLIGENCE, "ga",
      "Conversation Intelligence v3: real-time Language Operators and webhook triggers"),
    rule("works.escalation", "tac_escalation", {"handoff": True}, "ga",
      "Agent Connect escalation: a structured payload to TaskRouter"),
)

KEY_DECISIONS = (
    rule("decide.identity", "identity_resolution", {"memory": True}, "step3.level2",
      "Identity resolution: how do you know who is calling (phone number, email, account ID)?"),
    rule("decide.memory_scope", "memory_scope", {"memory": True}, "step3.level2",
      "Memory scope: which transactions, preferences, sentiment and style are worth remembering?"),
    rule("decide.retention", "memory_retention", {"memory": True}, "step3.level2",
      "Retention: what persists forever, and what is summarised over time?"),
    rule("decide.memory_tac", "memory_integration", {"memory": True, **TAC}, "step3.level2",
      "Memory with the SDK: retrieval is automatic once `TWILIO_CONVERSATION_CONFIGURATION_ID` is set."),
    rule("decide.memory_manual", "memory_integration", {"memory": True, **MANUAL}, "step3.level2",
      "Memory without the SDK: call the Conversation Memory API yourself (twilio-conversation-memory)."),
    rule("decide.operators", "operators", INTELLIGENCE, "step3.level3",
      "Operators: pre-built (Sentiment, Next Best Response, Script Adherence, Summary) or custom?"),
    rule("decide.timing_realtime", "operator_timing", {"intelligence": "realtime"}, "step3.level3",
      "Real time, to intervene mid-conversation: deliver signals by webhook."),
    rule("decide.timing_post_call", "operator_timing", {"intelligence": "post_call"}, "step3.level3",
      "Post-call, for analytics: batch results into your BI."),
    rule("decide.actions", "detection_actions", INTELLIGENCE, "step3.level3",
      "Actions on detection: webhook to your backend, a Twilio Function, or a log for review?"),
    rule("decide.escalation_triggers", "escalation_triggers", {"handoff": True}, "step3.level4",
      "Escalation triggers: explicit request, confidence threshold, sensitive topic, or an Intelligence signal?"),
    rule("decide.routing", "routing_strategy", {"handoff": True}, "step3.level4",
      "Routing: a FIFO queue, or skills-based targeting (VIP, language, department)?"),
    rule("decide.context_handoff", "context_handoff", {"handoff": True}, "step3.level4",
      "Context handoff: summary only at GA (conversation_id, profile_id, reason_code, routing_hints); "
      "the deep transcript comes after GA."),
)

PROFILE = (
    rule("profile.isv_stores", "isv_memory_stores", {"customer_profile": "isv", "memory": True}, "step4.profile",
      f"Separate Memory Store per client: at most {MEMORY_STORES_PER_ACCOUNT} per account, so plan subaccounts "
      "beyond that."),
    rule("profile.isv_operators", "isv_operator_configs", {"customer_profile": "isv", **INTELLIGENCE}, "step4.profile",
      "Per-client Intelligence operator configurations."),
    rule("profile.isv_retention", "isv_retention", {"customer_profile": "isv"}, "step4.profile",
      "Each client may need its own retention policy."),
    rule("profile.isv_segment", "segment_bridge", {"customer_profile": "isv"}, "step4.profile",
      "Segment Bridge, likely, to reach each client's CRM."),
    rule("profile.enterprise_tunnels", "no_ngrok", {"customer_profile": "enterprise"}, "step4.profile",
      "No ngrok: production-grade ingress or cloud deployment."),
    rule("profile.enterprise_compliance", "compliance_operators", {"customer_profile": "enterprise"}, "step4.profile",
      "Compliance operators (script adherence, regulatory monitoring) are likely required."),
    rule("profile.enterprise_segment", "segment_bridge", {"customer_profile": "enterprise"}, "step4.profile",
      "Segment Bridge for two-way sync with the existing CDP."),
    rule("profile.enterprise_operators", "custom_operators", {"customer_profile": "enterprise"}, "step4.profile",
      "Custom operators for enterprise-specific detection rules."),
    rule("profile.smb_start", "start_at_level_1", {"customer_profile": "smb"}, "step4.profile",
      "Start at Level 1, prove value, then add rungs."),
    rule("profile.smb_defaults", "managed_defaults", {"customer_profile": "smb"}, "step4.profile",
      "Use managed defaults; do not over-engineer memory or intelligence up front."),
    rule("profile.smb_quickstart", "quickstart", {"customer_profile": "smb"}, "step4.profile",
      "Quickstart: Agent Connect SDK + OpenAI gives a multi-channel demo in under an hour."),
    rule("profile.smb_wizard", "setup_wizard", {"customer_profile": "smb"}, "step4.profile",
      "Use the SDK repositories' setup wizard to configure Memory and the Orchestrator."),
)

CONSIDERATIONS = (
    rule("stack.load_balancer", "load_balancer", {**RELAY, "production": True}, "step4.tech_stack",
      "Run the ConversationRelay WebSocket server behind a load balancer for redundancy."),
    rule("stack.action_fallback", "action_fallback", RELAY, "step4.tech_stack",
      "Set the action URL on `<Connect>` so a dropped WebSocket falls back to a DTMF IVR."),
    rule("stack.llm_failover", "llm_failover", {"production": True}, "step4.tech_stack",
      "Detect LLM timeouts and fall back to a second provider or a scripted reply."),
    rule("stack.session_state", "session_state", {**VOICE, "production": True}, "step4.tech_stack",
      "Persist conversation history (Sync, Redis or DynamoDB) so a reconnect resumes the session."),
    rule("stack.functions_over", "functions_thin_receiver",
      {"uses_twilio_functions": True, "functions_invocations": {"gt": FUNCTIONS_CONCURRENCY}}, "step4.tech_stack",
      f"{{peak_concurrent_calls}} concurrent calls x {CALLBACKS_PER_CALL} status callbacks = "
      f"{{functions_invocations}} invocations, over Functions' {FUNCTIONS_CONCURRENCY} concurrent executions "
      f"per service ({FUNCTIONS_TIMEOUT_S} s timeout): put a thin receiver in front, or use external compute."),
    rule("stack.functions_within", "functions_within_limit",
      {"uses_twilio_functions": True, "functions_invocations": {"le": FUNCTIONS_CONCURRENCY}}, "step4.tech_stack",
      f"{{peak_concurrent_calls}} concurrent calls x {CALLBACKS_PER_CALL} status callbacks = "
      f"{{functions_invocations}} invocations, within Functions' {FUNCTIONS_CONCURRENCY} concurrent executions; "
      f"keep each under the {FUNCTIONS_TIMEOUT_S} s timeout."),
    rule("stack.functions_unsized", "functions_unsized", {"uses_twilio_functions": True, "peak_concurrent_calls": None},
      "step4.tech_stack",
      f"Functions allow {FUNCTIONS_CONCURRENCY} concurrent executions per service and each call sends about "
      f"{CALLBACKS_PER_CALL} status callbacks: answer peak concurrent calls to size it."),
    rule("stack.multi_region", "multi_region", {**VOICE, "any": [{"eu_users": True}, {"production": True}]},
      "step4.tech_stack",
      "Twilio uses the closest region; set `TWILIO_EDGE` for control and co-locate the WebSocket server with it."),
)

PHASES = (
    rule("phase.1", "phase_1", {"customer_profile": "smb"}, "step4.profile",
      "Phase 1 - Level 1: a {channels_text} agent on managed defaults; prove value before adding rungs."),
    rule("phase.2", "phase_2", {"customer_profile": "smb", "memory": True}, "step4.profile",
      "Phase 2 - add Conversation Memory once returning customers matter."),
    rule("phase.3", "phase_3", {"customer_profile": "smb", **INTELLIGENCE}, "step4.profile",
      "Phase 3 - add Conversation Intelligence when you need supervision or analytics."),
    rule("phase.4", "phase_4", {"customer_profile": "smb", "handoff": True}, "step4.profile",
      "Phase 4 - add TaskRouter and Flex for human escalation."),
)

NEXT_STEPS = (
    rule("next.discovery", "discovery", {"mode": "discovery"}, "step1",
      "Discovery: answer the open questions before committing to products ({open_count} left)."),
    rule("next.validation", "validation", {"mode": "validation"}, "step1",
      "Validation: check the combination for gaps: is supervision needed, has escalation been considered?"),
    rule("next.build", "build", {"mode": "build"}, "step1",
      "Build: confirm the foundations (account, auth, phone number) and the CANNOT constraints, then implement."),
)


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

    @property
    def decision(self) -> bool:
        return self.item == "decision"


def _decision(name: str, title: str, rules: tuple[Rule, ...]) -> Table:
    return Table(name, title, name, rules, "decision", FACTS[name].values)


#: Every table, in the order the engine evaluates them.
TABLES: tuple[Table, ...] = (
    _decision("level", "Capability level", LEVEL),
    _decision("channel_mix", "Channel mix", CHANNEL_MIX),
    _decision("entry_point", "Entry point", ENTRY_POINT),
    _decision("voice_transport", "Voice transport", TRANSPORT),
    _decision("path", "Implementation path", PATH),
    _decision("tac_package", "Agent Connect package", TAC_PACKAGE),
    _decision("stt", "Speech-to-text", STT),
    _decision("tts", "Text-to-speech", TTS),
    Table("products", "Products", "products", PRODUCTS, vocabulary=tuple(PRODUCT_IDS)),
    Table("regulations", "Regulations", "regulations", REGULATIONS, "regime", tuple(REGIMES)),
    Table("skipped", "Skipped products", "report", SKIPPED, vocabulary=tuple(PRODUCT_IDS)),
    Table("skills", "Skills", "report", SKILLS_TABLE, "skill", tuple(SKILLS)),
    Table("warnings", "Warnings", "report", WARNINGS),
    Table("ga_gaps", "GA constraints", "report", GA_GAPS),
    Table("ga_works", "Works at GA", "report", GA_WORKS),
    Table("key_decisions", "Key decisions", "report", KEY_DECISIONS),
    Table("profile", "Customer profile", "report", PROFILE),
    Table("considerations", "Tech stack considerations", "report", CONSIDERATIONS),
    Table("phases", "Phased plan", "report", PHASES),
    Table("next_steps", "Next steps", "report", NEXT_STEPS),
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
    return ""


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


_check()
