"""Sourced facts about Twilio's products, each with its sources and the date it was last checked at them.

A rule that states something about a product cites the claims it rests on (``claims=("relay.reconnect",)``);
the report prints their sources, the date each was checked and, where sources disagree or could not be
confirmed, says so. ``status`` is ``confirmed`` (checked at a primary source), ``conflict`` (primary sources
disagree: ``text`` gives both readings), ``unverified`` (only a secondary source, or none could be found) or
``playbook`` (the May 2026 playbook's claim, not contradicted by a newer source).

Freshness is machinery: :data:`REVIEWED` is the date this knowledge was last reviewed as a whole, and a claim
checked more than :data:`FRESH_DAYS` before it is flagged in reports; ``twarch facts --older-than DAYS``
lists every sourced fact by the date it was checked, oldest first, against today's date. A claim's ``quote``
(the few words of its first source it rests on) lets ``twarch facts verify`` check that the source still says so.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .sources import Source, quote_problem

#: The date the knowledge base was last reviewed as a whole (reports measure freshness against it).
REVIEWED = "2026-11-27"
#: A claim checked longer ago than this, before :data:`REVIEWED`, is flagged as due for a check.
FRESH_DAYS = 90
STATUSES = ("confirmed", "conflict", "unverified", "playbook")

AI_REPO = "https://github.com/twilio/ai/blob/aa67a6d476107d6742f31a53d68b10749552930f/skills/twilio"
PLAYBOOK = Source("Twilio skill twilio-ai-agent-architect (the playbook), github.com/twilio/ai c7d7739",
                  "https://github.com/twilio/ai/blob/c7d7739/skills/twilio/twilio-ai-agent-architect/SKILL.md",
                  "2026-05-06")


def skill(name: str, label: str = "") -> Source:
    """Twilio's own skill ``name`` at the pinned commit of github.com/twilio/ai."""
    return Source(label or f"Twilio skill {name} (github.com/twilio/ai aa67a6d)", f"{AI_REPO}/{name}/SKILL.md",
                  "2026-06-29")


def docs(path: str, label: str, as_of: str = "2026-11-27") -> Source:
    return Source(label, f"https://www.twilio.com/docs/{path}", as_of)


TAC_GA = Source("Twilio changelog: Twilio Agent Connect is now generally available",
                "https://www.twilio.com/en-us/changelog/twilio-agent-connect-is-now-generally-available", "2026-05-06")
TAC_PY = Source("twilio-agent-connect 2.5.0 on PyPI", "https://pypi.org/project/twilio-agent-connect/2.5.0/",
                "2026-11-27")
TAC_PY_SCALING = Source("twilio-agent-connect-python docs/horizontal-scaling.md (released in 2.6.0)",
                        "https://github.com/twilio/twilio-agent-connect-python/blob/"
                        "2081f9fa1c366953ce9be68a8f3749eb804dbc30/docs/horizontal-scaling.md", "2026-12-07")
TAC_PY_260 = Source("twilio-agent-connect 2.6.0 on PyPI (multi-sender, horizontal scaling)",
                    "https://pypi.org/project/twilio-agent-connect/2.6.0/", "2026-12-07")
TAC_PY_270 = Source("twilio-agent-connect-python release v2.7.0: upgrade notes",
                    "https://github.com/twilio/twilio-agent-connect-python/releases/tag/v2.7.0", "2026-12-03")
TAC_LOGGING = Source("Twilio changelog: updated error logging in the Agent Connect SDKs (2.7.0, security)",
                     "https://www.twilio.com/en-us/changelog/twilio-agent-connect-error-logging", "2026-12-03")
TAC_PY_CONFIG = Source("twilio-agent-connect-python src/tac/core/config.py (TACConfig)",
                       "https://github.com/twilio/twilio-agent-connect-python/blob/"
                       "137efd4303bb2bb58688ff57847530f9773bd99e/src/tac/core/config.py", "2026-12-07")
TAC_TS_README = Source("twilio-agent-connect-typescript README (Get Started: npm install twilio-agent-connect)",
                       "https://github.com/twilio/twilio-agent-connect-typescript/blob/main/README.md", "2026-12-07")
TAC_TS_RELEASES = Source("twilio-agent-connect-typescript release procedure (one version in package.json, release "
                         "tags vMAJOR.MINOR.PATCH)", "https://github.com/twilio/twilio-agent-connect-typescript/blob/"
                         "da173965e62fd28485da7f781a44acd6a953c5e5/.claude/skills/create-release-pr/SKILL.md",
                         "2026-12-07")
TAC_TS_PACKAGE = Source("twilio-agent-connect-typescript package.json (engines: node >= 22.13.0)",
                        "https://github.com/twilio/twilio-agent-connect-typescript/blob/"
                        "09c2aeb9b5484424e69f2b74194d20a4aa338dde/package.json", "2026-11-27")
TAC_TS_PROVIDER = Source("twilio-agent-connect-typescript ConversationRelay provider (memory passed to onPrompt)",
                         "https://github.com/twilio/twilio-agent-connect-typescript/blob/"
                         "252f34bfcca3b9d683133e66ffa83e454c7ec1ed/packages/core/src/channels/voice/"
                         "conversation-relay/provider.ts", "2026-11-27")
TAC_TS_CONFIG = Source("twilio-agent-connect-typescript config.ts (TWILIO_CONVERSATION_CONFIGURATION_ID)",
                       "https://github.com/twilio/twilio-agent-connect-typescript/blob/"
                       "04677501a4e3d0155a4e4096e1300fe5a4eb8237/packages/core/src/lib/config.ts", "2026-11-27")
TAC_MEDIA_STREAMS = Source("Agent Connect Python 2.5.0 API: Media Streams providers (GPT-Live, OpenAI Realtime)",
                           "https://twilio.github.io/twilio-agent-connect-python/2.5.0/api/media_streams/",
                           "2026-11-27")
TAC_MICROSOFT = Source("twilio-agent-connect-microsoft 2.0.0 on PyPI (tac_microsoft, VoiceLiveConnector)",
                       "https://pypi.org/project/twilio-agent-connect-microsoft/2.0.0/", "2026-11-27")
TAC_GOOGLE = Source("twilio-agent-connect-google 1.0.0 on PyPI (Python 3.10-3.11)",
                    "https://pypi.org/project/twilio-agent-connect-google/", "2026-11-27")
TAC_DOCS = Source("Twilio docs: Twilio Agent Connect (TAC) overview, legal notice",
                  "https://www.twilio.com/docs/conversations/agent-connect", "2026-11-27")
FLEX_COPILOT = docs("flex/admin-guide/setup/copilot/limitations",
                    "Agent Copilot: known issues and limitations (public beta)", "2026-08-13")
FLEX_HANDOFF_BLUEPRINT = docs("conversations/solution-blueprints/ai-to-human-handoff",
                              "Solution blueprint: AI to human handoff (Agent Connect, Studio template, Flex)",
                              "2026-12-07")
VIRTUAL_AGENT = docs("voice/twiml/connect/virtualagent", "TwiML <VirtualAgent> (Dialogflow CX): Twilio Regions notice",
                     "2026-12-07")
COPILOT_KNOWLEDGE = docs("flex/admin-guide/setup/copilot/knowledge.md", "Knowledge for Agent Copilot (public beta)")
COPILOT_LANGUAGES = docs("flex/admin-guide/setup/copilot/languages",
                         "Agent Copilot: enable additional languages for wrap-up notes (public beta)", "2026-07-17")
COPILOT_NOTES = docs("flex/end-user-guide/copilot/wrapupnotes", "Agent Copilot: wrap-up notes (public beta)")
RTT_TWIML = docs("voice/twiml/transcription", "TwiML <Transcription> (Real-Time Transcription), public-beta notice")
RTT_BLOG = Source("Twilio blog: Using Twilio's Real-Time Transcriptions service in Node.js (GA; Google or Deepgram)",
                  "https://www.twilio.com/en-us/blog/developers/tutorials/product/"
                  "twilio-real-time-transcriptions-service-nodejs", "2025-08-29")
RTT_CHANGELOG = Source("Twilio changelog: Real-Time Transcriptions adds Deepgram Nova-3 and HIPAA eligibility in "
                       "Persisted Transcripts", "https://www.twilio.com/en-us/changelog?navigMW=mm&page=16",
                       "2025-10-23")
ORCH_QUICKSTART = docs("conversations/orchestrator/quickstart", "Conversation Orchestrator quickstart (transcription "
                       "fees)")
ORCH_COMMUNICATIONS = docs("api/conversations/v2/Communication", "Conversations API (v2): Communication endpoints "
                           "(POST /v2/Conversations/{ConversationSid}/Communications)")
VOICE_LIVE = Source("Azure AI VoiceLive client library for Python (azure-ai-voicelive)",
                    "https://learn.microsoft.com/python/api/overview/azure/ai-voicelive-readme", "2026-11-27")
WHATSAPP_POLICY = Source("WhatsApp Business Messaging Policy", "https://www.whatsapp.com/legal/business-policy",
                         "2026-11-27")
TAC_AWS = Source("twilio-agent-connect-aws 2.0.0 on PyPI", "https://pypi.org/project/twilio-agent-connect-aws/2.0.0/",
                 "2026-11-27")
RELAY_DYNAMIC = Source("Twilio changelog: ConversationRelay dynamic configuration and application reconnect",
                       "https://www.twilio.com/en-us/changelog/conversation-relay--dynamic-configuration--application"
                       "-reconnect", "2026-10-28")
RELAY_FAILOVER = Source("Twilio changelog: ConversationRelay speech-to-text and text-to-speech failover",
                        "https://www.twilio.com/en-us/changelog/conversation-relay-now-supports-speech-to-text-and-"
                        "text-to-speec", "2026-11-18")
RELAY_TWIML = docs("voice/twiml/connect/conversationrelay.md", "TwiML <ConversationRelay> reference")
RELAY_BEST = docs("voice/conversationrelay/best-practices", "Twilio ConversationRelay best practices")
CONNECT = docs("voice/twiml/connect", "TwiML <Connect> reference (action URL)")
STUDIO_CONNECT_CALL = docs("studio/widget-library/connect-call", "Studio widget library: Connect Call To")
STUDIO_SEND_MESSAGE = docs("studio/widget-library/send-message", "Studio widget library: Send Message")
TWIML_DIAL = docs("voice/twiml/dial", "TwiML <Dial> reference")
DEEPGRAM_REGIONS = Source("Deepgram: regional endpoints", "https://developers.deepgram.com/reference/regional-endpoints",
                          "2026-12-07")
TWIML_SIP = docs("voice/twiml/sip", "TwiML <Sip> noun reference (custom SIP headers, UUI)", "2026-12-07")
RECEIVING_SIP = docs("voice/api/receiving-sip", "Outbound: receiving SIP from Twilio (custom headers on the INVITE)",
                     "2026-12-07")
TWIML_NUMBER = docs("voice/twiml/number", "TwiML <Number> reference (url: TwiML for the called party)")
REGIONS_PAGE = docs("global-infrastructure/regional-product-and-feature-availability",
                    "Twilio regional product and feature availability")
TASKROUTER_REGIONS = docs("global-infrastructure/taskrouter-with-twilio-regions", "TaskRouter with Twilio Regions",
                          "2026-10-06")
STUDIO_REGIONS = docs("global-infrastructure/studio-with-twilio-regions", "Studio with Twilio Regions", "2026-10-06")
CONVERSATIONS_REGIONS = docs("global-infrastructure/conversations-api-with-twilio-regions.md",
                             "Conversations API with Twilio Regions")
MEDIA_STREAMS = docs("voice/media-streams", "Twilio Media Streams overview")
ORCH_CORE = docs("conversations/orchestrator/concepts/core", "Conversation Orchestrator: core concepts")
ORCH_DOCS = docs("conversations/orchestrator.md", "Conversation Orchestrator overview (HIPAA/PCI notice)")
INTEL_BILLING = docs("conversations/intelligence/understanding-billing", "Conversation Intelligence: billing")
INTEL_CREATE = docs("api/intelligence/v3/configurations/create-configuration",
                    "Conversation Intelligence v3: create a configuration")
MEMORY_LIMITS = docs("conversations/memory/limits", "Conversation Memory limits")
MEMORY_API = docs("api/memory", "Conversation Memory API (HIPAA/PCI notice)")
SEGMENT_MEMORY = Source("Twilio changelog: Segment Conversation Memory integration GA (5 Oct 2026)",
                        "https://twilio.com/en-us/changelog?page=3&product=studio", "2026-10-05")
FUNCTIONS_FLOW = docs("serverless/functions-assets/functions/request-flow", "Twilio Functions request flow")
FUNCTIONS_FAQ = docs("runtime/functions/faq", "Twilio Functions FAQ (10-second limit)")
HIPAA_PDF = Source("Twilio HIPAA Eligible Services (PDF)",
                   "https://www.twilio.com/content/dam/twilio-com/global/en/other/hipaa/pdf/HIPAA-Eligible-Services.pdf",
                   "2024-12-11")
PCI_WORKFLOWS = docs("voice/pci-workflows.md", "Twilio PCI workflows (PCI Mode)")
CFPB_1006_100 = Source("12 CFR 1006.100 (record retention), eCFR text",
                       "https://lexbuild.dev/ecfr/title-12/chapter-X/part-1006/section-1006.100", "2026-11-27")
PCI_SSC_CVV = Source("PCI SSC FAQ: audio recordings and sensitive authentication data",
                     "https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/"
                     "Are-audio-voice-recordings-permitted-to-contain-sensitive-authentication-data", "2025-06-11")
PCI_SSC_FAQ = Source("PCI SSC FAQ: unencrypted PANs over e-mail, instant messaging, SMS or chat",
                     "https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/"
                     "Can-unencrypted-PANs-be-sent-over-e-mail-instant-messaging-SMS-or-chat/", "2022-08")
WHATSAPP_BAN = Source("Particle News: WhatsApp bars general-purpose AI chatbots",
                      "https://particle.news/story/whatsapp-bars-general-purpose-ai-chatbots-from-business-api-"
                      "effective-jan-15-2026", "2025-10")
FORBIDDEN_SMS = Source("Twilio: forbidden message categories for SMS and MMS in the US and Canada",
                       "https://support.twilio.com/hc/en-us/articles/360045004974-Forbidden-message-categories-for-"
                       "SMS-and-MMS-in-the-US-and-Canada", "undated")
COVAL = Source("Coval TTS/STT benchmark (30-day window)",
               "https://github.com/openbenchmarks-labs/tts-stt-benchmarks-by-coval", "2026-08-22")
EU_AI_ACT = Source("Regulation (EU) 2024/1689 (AI Act), Art. 3(39) and Art. 50", "https://eur-lex.europa.eu/eli/reg/"
                   "2024/1689/oj", "2024-07-12")


TODAY = "2026-12-07"
MESSAGING_REGIONS = docs("global-infrastructure/messaging-api-with-twilio-regions", "Messaging API with Twilio Regions "
                         "(IE1: SMS, public beta, API only)")
FUNCTIONS_REGIONS = docs("global-infrastructure/functions-and-assets-with-twilio-regions",
                         "Functions and Assets with Twilio Regions")
REGIONS_UNDERSTANDING = docs("global-infrastructure/understanding-twilio-regions", "Understanding Twilio Regions")
REGIONS_MIGRATING = docs("global-infrastructure/migrating-your-application-to-a-new-region",
                         "Migrating your application to a new Twilio Region")
DOMAIN_CHANGE = Source("Twilio changelog: deprecation of region-specific Twilio API domain patterns",
                       "https://www.twilio.com/en-us/changelog/deprecation-of-region-specific-twilio-api-domain-"
                       "patterns", "2026-02-04")
PAY_TWIML = docs("voice/twiml/pay", "TwiML <Pay> reference (IE1 and AU1 connectors)", "2026-06-22")
PAY_CONNECTORS = Source("Twilio Pay Connectors", "https://twilio.com/pay", "undated")
INTEL_API = docs("api/intelligence", "Conversation Intelligence API (HIPAA/PCI notice)")
MEMORY_DOCS = docs("conversations/memory", "Conversation Memory overview (HIPAA/PCI notice)")
STREAM_TWIML = docs("voice/twiml/stream", "TwiML <Stream> reference (<Start><Stream> forks, <Connect><Stream>)",
                    "2026-06-22")
VIRTUAL_AGENT = docs("voice/twiml/connect/virtualagent.md", "TwiML <VirtualAgent> (US1 only)")
CONVERSATIONS_GA = Source("Twilio changelog: Conversations API is generally available (HIPAA for chat and SMS)",
                          "https://twilio.com/en-us/changelog/conversations-api-is-now-generally-available-",
                          "2020-09-28")
HANDOFF_BLUEPRINT = docs("conversations/solution-blueprints/ai-to-human-handoff.md",
                         "Solution blueprint: AI-to-human handoff (Flex UI 2.17.1 or later)")
SEND_TO_FLEX = docs("studio/widget-library/send-flex", "Studio widget library: Send to Flex")
TAC_HANDOFF_CODE = Source("twilio-agent-connect-python src/tac/tools/handoff.py (Studio hand-off tool)",
                          "https://github.com/twilio/twilio-agent-connect-python/blob/"
                          "4e6b6760dedfaefb7129e7ab462e4a5fda28f274/src/tac/tools/handoff.py", TODAY)
TAC_CONFIG_CODE = Source("twilio-agent-connect-python src/tac/core/config.py (ConversationRelay-only mode, region)",
                         "https://github.com/twilio/twilio-agent-connect-python/blob/"
                         "137efd4303bb2bb58688ff57847530f9773bd99e/src/tac/core/config.py", TODAY)
TAC_REALTIME_CODE = Source("twilio-agent-connect-python OpenAI Realtime provider (Media Streams)",
                           "https://github.com/twilio/twilio-agent-connect-python/blob/"
                           "264b9b79f4e35e399a76c380faa1ae5aea034365/src/tac/channels/voice/media_streams/"
                           "openai_realtime/provider.py", TODAY)
TAC_GPT_LIVE_CODE = Source("twilio-agent-connect-python GPT-Live provider (Media Streams)",
                           "https://github.com/twilio/twilio-agent-connect-python/blob/"
                           "137efd4303bb2bb58688ff57847530f9773bd99e/src/tac/channels/voice/media_streams/gpt_live/"
                           "provider.py", TODAY)
TAC_VOICE_LIVE_README = Source("twilio-agent-connect-microsoft deploy/voice_live_container_apps/README.md",
                               "https://github.com/twilio/twilio-agent-connect-microsoft/blob/"
                               "1d7f44423fdfce7d1b278c65501dd5c63abe836a/deploy/voice_live_container_apps/README.md",
                               TODAY)
OPENAI_RESIDENCY = Source("OpenAI API docs: data residency (regions, regional processing, Realtime)",
                          "https://developers.openai.com/api/docs/guides/data-residency", "2026")
AZURE_DEPLOYMENT_TYPES = Source("Microsoft Foundry: deployment types (Global, Data Zone, Standard)",
                                "https://learn.microsoft.com/en-us/azure/foundry/foundry-models/concepts/"
                                "deployment-types", "2025-08-15")
BEDROCK_PROFILES = Source("AWS CDK: Bedrock cross-Region inference profile regions (EU, AU, APAC, US, GLOBAL)",
                          "https://docs.aws.amazon.com/cdk/api/v2/docs/@aws-cdk_aws-bedrock-alpha."
                          "CrossRegionInferenceProfileRegion.html", "2026")
ANTHROPIC_GEO = Source("Claude API docs: rate limits (inference_geo us or global)",
                       "https://platform.claude.com/docs/en/api/rate-limits", "2026")
VERTEX_RESIDENCY = Source("Vertex AI generative AI: data residency (US and EU multi-regions)",
                          "https://docs.cloud.google.com/vertex-ai/generative-ai/docs/learn/data-residency", "2026")


@dataclass(frozen=True)
class Claim:
    id: str
    text: str  #: the fact in twarch's own words
    sources: tuple[Source, ...]
    checked: str  #: YYYY-MM-DD, when it was last checked at its sources
    status: str = "confirmed"
    playbook: str = ""  #: what the playbook says, where it says otherwise
    note: str = ""
    quote: str = ""  #: the words of its first source it rests on, for ``twarch facts verify`` (never shown)

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"claim {self.id!r}: status {self.status!r} is not one of {', '.join(STATUSES)}")
        datetime.date.fromisoformat(self.checked)
        if not self.sources:
            raise ValueError(f"claim {self.id!r}: no source")
        if quote_problem(self.quote):
            raise ValueError(f"claim {self.id!r}: quote {quote_problem(self.quote)}")

    @property
    def age_days(self) -> int:
        """Days between this claim's check and :data:`REVIEWED`."""
        return (datetime.date.fromisoformat(REVIEWED) - datetime.date.fromisoformat(self.checked)).days

    @property
    def stale(self) -> bool:
        return self.age_days > FRESH_DAYS


def _claims(*claims: Claim) -> dict[str, Claim]:
    out: dict[str, Claim] = {}
    for c in claims:
        if c.id in out:
            raise ValueError(f"claim {c.id!r} declared twice")
        out[c.id] = c
    return out


CHECKED = "2026-11-27"
#: The December 2026 check of the facts issue 24 names (Agent Connect 2.6.0 and 2.7.0, providers, limits).
DECEMBER = "2026-12-07"

CLAIMS: dict[str, Claim] = _claims(
    # ------------------------------------------------------------------ Agent Connect
    Claim("tac.ga", "Twilio Agent Connect (Python and TypeScript SDKs) is generally available since 6 May 2026.",
          (TAC_GA,), CHECKED, playbook="calls the SDK a public beta"),
    Claim("tac.python", "The core Agent Connect package needs Python 3.10 or newer.", (TAC_PY,), CHECKED,
          playbook="says Python 3.9+ in two places and 3.10+ in one"),
    Claim("tac.python_google", "The Google Agent Connect package needs Python 3.10 or 3.11.", (TAC_GOOGLE,), CHECKED,
          playbook="says Python 3.9+ in two places and 3.10+ in one"),
    Claim("tac.typescript", "Where the TypeScript SDK comes from is in conflict: its README installs it from npm "
          "(npm install twilio-agent-connect), Twilio's Agent Connect skill says it is not yet published to npm and "
          "builds it from github.com/twilio/twilio-agent-connect-typescript, and a registry lookup from twarch's "
          "build machine on 7 Dec 2026 found no twilio-agent-connect package (that machine's mirror also lags PyPI, "
          "so the gap may be the mirror's). Either way it needs Node.js 22.13 or "
          "newer, and releases are tagged vX.Y.Z in the repository. The cloud connector packages exist for Python "
          "only.", (TAC_TS_README, skill("twilio-agent-connect"), TAC_TS_RELEASES, TAC_TS_PACKAGE, TAC_PY), DECEMBER,
          status="conflict", quote="npm install twilio-agent-connect"),
    Claim("tac.security_logging", "Agent Connect 2.7.0 (3 Dec 2026, both SDKs) is a security release: up to 2.6.0 "
          "a failed request can write sensitive data into the application's own logs (nothing is sent to Twilio). "
          "TypeScript 1.0.0-2.6.0: the Twilio API key secret, the Authorization header and request details such as "
          "end users' phone numbers and Studio hand-off summaries; Python 1.0.1-2.6.0: request bodies, message "
          "text, phone numbers, e-mail addresses and Conversation Memory profile details (no credentials). Twilio "
          "asks every application to upgrade and redeploy, to review the logs of failed requests and delete them "
          "or restrict who can read them, and TypeScript users to rotate the API keys used with the SDK if those "
          "logs may have left the team (a log vendor, a support ticket).", (TAC_LOGGING,), DECEMBER,
          quote="Every application using an earlier version should be upgraded."),
    Claim("tac.release_2_7", "Agent Connect 2.7.0 also changes behaviour (Python upgrade notes): in orchestrated "
          "mode the Orchestrator conversation is created before a ConversationRelay call connects, and the TwiML "
          "carries its conversation_id (and a tacConversationId parameter) instead of setting the conversation "
          "configuration, falling back to the old way if the create fails or takes over 5 s; partial_prompts=True "
          "calls on_message_ready once per turn instead of once per partial prompt; outbound calls record the "
          "dialled number as the customer and the caller ID as the agent (earlier versions swapped them); a failed "
          "Recall falls back to the Orchestrator's communications; logs no longer carry request or response bodies.",
          (TAC_PY_270,), DECEMBER, note="the TypeScript SDK's 2.7.0 release notes were not found; Twilio's changelog "
          "confirms its logging fix only", quote="ConversationRelay creates the conversation before the call connects"),
    Claim("tac.not_hipaa_pci",
          "Twilio Agent Connect is not a HIPAA Eligible Service and not PCI compliant: Twilio says "
          "not to use it in workflows subject to HIPAA or PCI.", (TAC_DOCS,), CHECKED,
          playbook="recommends the Agent Connect SDK as the fast path for every new agent, healthcare included",
          quote="Twilio Agent Connect is not PCI compliant"),
    Claim("tac.aws_package", "twilio-agent-connect-aws 2.0.0 needs Python 3.10 or newer; its extras are strands, "
          "bedrock, agentcore and server.", (TAC_AWS,), CHECKED),
    Claim("tac.microsoft_package", "twilio-agent-connect-microsoft 2.0.0 imports as tac_microsoft and needs Python "
          "3.10 or newer; its extras are agent-framework, voice-live, cosmos, hosted-agents and server.",
          (TAC_MICROSOFT,), CHECKED),
    Claim("tac.handoff", "The SDKs include a human-handoff tool that hands the conversation to a Twilio Studio Flow "
          "(and from there to Flex): set TWILIO_STUDIO_HANDOFF_FLOW_SID.", (TAC_PY,), CHECKED,
          playbook="says handoff callbacks are not in the Python SDK yet"),
    Claim("studio.connect_call", "Studio's Connect Call To widget bridges a call in progress to one phone number, "
          "to several that ring together (the first to answer takes the call, the others stop ringing), to a Voice "
          "SDK client identity, a SIP endpoint or a Conference: a hand-off to a phone line needs no TaskRouter or "
          "Flex. Its Send Message widget can text any number you set, not only the contact.",
          (STUDIO_CONNECT_CALL, STUDIO_SEND_MESSAGE, TAC_PY), CHECKED,
          playbook="makes every human hand-off Level 4's TaskRouter + Flex",
          quote="allows you to bridge an in-progress call"),
    Claim("voice.sip_headers", "<Dial><Sip> sends a call to any SIP endpoint, such as the SIP trunk of a contact "
          "centre on another platform; custom X- headers added to the SIP URI's query travel in the INVITE, and so "
          "can UUI (User-to-User information), so the receiving platform can read the AI's context with the call.",
          (TWIML_SIP, RECEIVING_SIP), "2026-12-07",
          quote="custom SIP headers in the INVITE message"),
    Claim("handoff.cc_messaging", "<Dial> connects calls only: a text conversation reaches a contact centre on "
          "another platform through that platform's own messaging integration, such as Genesys Cloud's Open Messaging "
          "API, whose Inbound Message flow routes the conversation to a queue (it needs a Genesys digital licence).",
          (TWIML_DIAL, Source("Genesys Cloud: about Open Messaging",
                              "https://help.mypurecloud.com/articles/about-open-messaging/", "undated"),
           Source("Ada: Genesys hand-off, initial configuration (Open Messaging, Inbound Message flow)",
                  "https://docs.ada.cx/docs/handoffs/genesys/initial-configuration", "undated")), DECEMBER,
          status="unverified", note="other platforms (Five9, NICE CXone...) have their own digital-channel APIs, not "
          "held here"),
    Claim("streams.pay_round_trip", "<Pay> cannot run while <Connect><Stream> holds the call: the bidirectional stream "
          "ends when your server closes its WebSocket (then <Connect>'s action URL returns the next TwiML) or updates "
          "the call over the REST API with new TwiML; after <Pay>, its action URL can return a new <Connect><Stream>, "
          "which opens a new WebSocket and so a new model session.",
          (CONNECT, docs("voice/twiml/stream", "TwiML <Stream> reference", "2026-06-22"),
           docs("voice/api/call-resource", "Call resource (update a call in progress with new TwiML)"), PAY_TWIML),
          DECEMBER, status="unverified"),
    Claim("voice.dial", "TwiML <Dial> connects the caller to another party from a call in progress: up to ten "
          "<Number> nouns ring at once and the first to answer is connected; a <Number>'s url runs TwiML for the "
          "person who answers before the two are connected (a whisper); the dial ends when nobody answers or the line "
          "is busy, and its action URL then decides what the caller hears next.", (TWIML_DIAL, TWIML_NUMBER), CHECKED),
    Claim("tac.interrupts", "The Python SDK's ConversationRelay provider cancels in-flight work when the caller "
          "interrupts.", (TAC_PY,), CHECKED, playbook="says interrupt handling is not in the Python SDK yet"),
    Claim("tac.outbound", "The SDKs start outbound conversations on every channel; outbound calls take "
          "answering-machine detection and recording callbacks.", (TAC_PY,), CHECKED,
          playbook="lists outbound orchestration as not available at GA"),
    Claim("tac.speech_to_speech", "Speech-to-speech over Media Streams: the core SDK's OpenAI GPT-Live and OpenAI "
          "Realtime providers (Python extras gpt-live and openai-realtime; also in TypeScript), and Google CX Agent "
          "Studio's voice channel in twilio-agent-connect-google (without Orchestrator or Memory).",
          (TAC_MEDIA_STREAMS, TAC_GOOGLE), CHECKED, playbook="says Media Streams always means the manual path"),
    Claim("tac.voice_live", "Azure Voice Live through twilio-agent-connect-microsoft (Python only) runs text-only "
          "behind ConversationRelay, which still does the speech: it is an LLM back end, not a speech-to-speech path, "
          "and buys no latency.", (TAC_VOICE_LIVE_README, TAC_MICROSOFT), TODAY, quote="operating in text-only mode",
          note="corrects the research sheet, which listed Voice Live as a Media Streams speech-to-speech provider"),
    Claim("tac.ts_memory", "The TypeScript SDK's ConversationRelay provider retrieves memory and passes it to onPrompt "
          "(when the channel's memory mode enables it); the date of the fix was not found.", (TAC_TS_PROVIDER,),
          CHECKED, playbook="says TypeScript voice memory is hard-coded to undefined"),
    Claim("tac.memory_config", "The SDKs reach Memory through a Conversation Orchestrator configuration: set "
          "TWILIO_CONVERSATION_CONFIGURATION_ID. Without it they run ConversationRelay-only and memory retrieval "
          "returns nothing; no MEMORY_STORE_ID setting exists.", (TAC_PY, TAC_TS_CONFIG), CHECKED,
          playbook="says retrieval is automatic once MEMORY_STORE_ID is set"),
    Claim("tac.scaling", "Since Agent Connect 2.6.0 the SDK runs as several replicas behind an ordinary load "
          "balancer with no shared store: messaging is stateless (any replica answers), and a call stays on the "
          "process holding its WebSocket until it ends (no live migration). A call's out-of-band callbacks (status, "
          "answering machine, recording, the <Connect> action) reach that replica only if instance_public_domain "
          "gives every replica its own public hostname with a valid TLS certificate, which Cloud Run, App Runner, "
          "Azure Container Apps, Heroku and ECS behind an ALB cannot; otherwise route them by CallSid at the "
          "balancer or look the call up by CallSid. It is required for per-call OpenAI Realtime or GPT-Live session "
          "configs on more than one replica. Shutdown drains calls (30 s grace by default, then up to 5 s of "
          "teardown), and the webhook de-duplication cache is per process, so on_message_ready may run twice for "
          "one message across replicas.", (TAC_PY_SCALING, TAC_PY_260), DECEMBER,
          note="the Python SDK's guide; the TypeScript SDK's scaling behaviour was not checked",
          quote="Voice is pinned to one process, deliberately"),
    # ------------------------------------------------------------------ ConversationRelay
    Claim("relay.dynamic_config", "Since 28 Oct 2026 a ConversationRelay session can change its STT and TTS "
          "provider, speech model, voice, language and hints mid-call (config, hints and language messages).",
          (RELAY_DYNAMIC,), CHECKED, playbook="says voice and provider cannot change mid-session"),
    Claim("relay.reconnect", "With applicationReconnect=\"true\" Twilio buffers up to 500 events while your WebSocket "
          "reconnects and replays them (GA 28 Oct 2026); echo prompt filtering stops the agent interrupting itself.",
          (RELAY_DYNAMIC,), CHECKED, playbook="says a dropped WebSocket is not reconnected",
          quote="buffers up to 500 events"),
    Claim("relay.failover",
          "Since 18 Nov 2026 <ConversationRelay> takes a <Failover> for STT and for TTS: set in TwiML "
          "only, used once each per call; some languages have no default backup, so name one.", (RELAY_FAILOVER,),
          CHECKED, quote="Failover happens once for TTS and once for STT"),
    Claim("relay.recording",
          "ConversationRelay does not record; start <Start><Recording> before <Connect> (record=true "
          "on the Calls API is ignored with ConversationRelay).",
          (skill("twilio-call-recordings"), skill("twilio-voice-conversation-relay")), CHECKED),
    Claim("relay.action_url", "When <Connect> ends Twilio requests its action URL, which can return fallback TwiML.",
          (CONNECT,), CHECKED),
    Claim("relay.elevenlabs", "ElevenLabs voices on ConversationRelay need account enablement (error 64101 without it) "
          "and voice ids rather than names.", (skill("twilio-voice-conversation-relay"),), CHECKED,
          quote="ElevenLabs requires account enablement"),
    Claim("relay.pci",
          "ConversationRelay supports PCI workflows only with PCI-compliant speech providers, and card data "
          "must stay out of its greeting, hints, parameters and handoff data; older versions of the page said it was "
          "not PCI compliant.", (RELAY_TWIML,), CHECKED, status="conflict",
          quote="when configured with PCI-compliant TTS and transcription providers"),
    Claim("relay.hipaa",
          "ConversationRelay is a HIPAA Eligible Service when configured properly; the AI provider needs "
          "its own BAA, and it must not be used for clinical decision-making.",
          (RELAY_TWIML, skill("twilio-security-compliance-hipaa")), CHECKED),
    Claim("relay.multi", "ConversationRelay's 'multi' language auto-detection works with Deepgram STT and ElevenLabs "
          "TTS.", (docs("voice/conversationrelay/voice-configuration", "ConversationRelay voice configuration"),),
          CHECKED),
    Claim("relay.providers",
          "ConversationRelay's speech-to-text providers are Deepgram and Google; its voices come from "
          "Google, Amazon Polly and ElevenLabs, and Twilio's own skill also lists Deepgram.",
          (RELAY_BEST, skill("twilio-voice-conversation-relay")), CHECKED, status="conflict",
          quote="Google and Deepgram each offer unique strengths"),
    Claim("tac.one_account", "An Agent Connect configuration (TACConfig) holds one account's credentials and one "
          "Orchestrator configuration; since 2.6.0 it can hold several senders per channel (TWILIO_PHONE_NUMBERS, "
          "TWILIO_RCS_SENDER_IDS, TWILIO_WHATSAPP_NUMBERS, comma-separated; the first sends outbound).",
          (TAC_PY_260, TAC_PY_CONFIG), DECEMBER, quote="the first entry is the default sender for outbound"),
    Claim("tcpa.exemption_minute", "The FCC's consent-free exemptions for healthcare calls and for financial "
          "institutions' alerts cover voice calls of a minute or less (texts of 160 characters or fewer).",
          (Source("Lewis Rice: the FCC's TCPA exemptions for healthcare and financial communications",
                  "http://www.lewisrice.com/publications/the-silver-lining-in-the-fcc%E2%80%99s-tcpa-declaratory-ruling-"
                  "exemptions-for-certain-healthcare-and-financial-communications/", "2015-07-30"),
           Source("Technology Law Dispatch: the TCPA exemption for healthcare calls",
                  "https://www.technologylawdispatch.com/2015/09/privacy-data-protection/clarification-on-the-tcpas-"
                  "exemption-for-health-care-related-calls/", "2015-09")), CHECKED),
    Claim("streams.audio_format", "Media Streams carries the call's audio as 8 kHz mu-law (audio/x-mulaw), base64 in "
          "each media message, and takes the same format back.",
          (docs("voice/media-streams/websocket-messages", "Media Streams WebSocket messages"),), CHECKED),
    Claim("relay.no_mixing", "<Connect><Stream> and <Connect><ConversationRelay> cannot serve the same call.",
          (skill("twilio-voice-conversation-relay"),), CHECKED, quote="are mutually exclusive on the same call"),
    Claim("media_streams.regions", "Media Streams is available in IE1 and AU1.", (MEDIA_STREAMS,), CHECKED,
          quote="You can use Media Streams in the Ireland"),
    Claim("streams.own_speech", "A bidirectional stream (<Connect><Stream>) hands your WebSocket server the call's "
          "raw audio and plays the audio it sends back, so speech recognition and voices you run yourself can serve "
          "the call; ConversationRelay transcribes and speaks only through the speech providers Twilio offers.",
          (MEDIA_STREAMS, docs("voice/twiml/stream", "TwiML <Stream> reference", "2026-06-22"), RELAY_BEST), CHECKED),
    # ------------------------------------------------------------------ Conversations services
    Claim("orch.double_stt", "Passive voice capture in an Orchestrator configuration plus <ConversationRelay "
          "conversationConfiguration> runs speech-to-text twice and bills it twice.",
          (skill("twilio-conversation-orchestrator"),), CHECKED),
    Claim("orch.configurations", "Twilio's Orchestrator skill caps an account at 10 conversation configurations and "
          "100 capture rules per channel; the Orchestrator docs say to create as many configurations as you need.",
          (skill("twilio-conversation-orchestrator"), ORCH_CORE), DECEMBER, status="conflict",
          quote="Cannot exceed 10 Configurations per account"),
    Claim("orch.memory_store", "A Conversation Orchestrator configuration needs a Memory store id.",
          (skill("twilio-conversation-intelligence"),), CHECKED),
    Claim("orch.group_by", "GROUP_BY_PARTICIPANT_ADDRESSES on a Conversations service cannot be changed once set.",
          (PLAYBOOK,), CHECKED, status="playbook"),
    Claim("conversations.not_hipaa_pci", "Conversation Orchestrator, Memory and Intelligence (v3) are not HIPAA "
          "eligible and not PCI compliant.", (ORCH_DOCS, MEMORY_API, HIPAA_PDF), CHECKED,
          playbook="recommends Memory for returning customers without a HIPAA caveat",
          quote="Conversation Orchestrator is not a HIPAA Eligible Service"),
    Claim("intel.requires_orchestrator", "Conversation Intelligence (v3) runs on an Orchestrator configuration; it "
          "cannot run standalone.", (INTEL_CREATE,), CHECKED),
    Claim("intel.billing", "Conversation Intelligence bills each language-operator execution by characters; its "
          "transcription is billed as Voice.", (INTEL_BILLING,), CHECKED),
    Claim("intel.rules",
          "An Intelligence configuration holds at most 5 rules of 1-5 operators each (per Twilio's skill; "
          "not stated in the docs).", (skill("twilio-conversation-intelligence"),), CHECKED, status="unverified"),
    Claim("intel.configuration_put", "Twilio's Intelligence skill reports that a PUT on an Intelligence configuration "
          "creates an inactive version with no activation endpoint (delete and recreate instead); the docs use PUT to "
          "add rules.", (skill("twilio-conversation-intelligence"), INTEL_CREATE), CHECKED, status="conflict",
          playbook="puts the trap on operator updates"),
    Claim("intel.capture_rule", "Removing a Conversation Intelligence capture rule stops all capture for that service.",
          (PLAYBOOK,), CHECKED, status="playbook"),
    Claim("intel.operator_results", "OperatorResults may include other conversations' results: filter by "
          "conversation_id.", (PLAYBOOK,), CHECKED, status="playbook"),
    Claim("intel.dashboard", "Intelligence signals take 7-10 minutes to reach the console dashboard (the playbook's "
          "figure; no Twilio page found states it).", (PLAYBOOK,), CHECKED, status="unverified"),
    Claim("intel.classic_messaging", "Conversation Intelligence on messaging is not HIPAA eligible (only the voice "
          "channel of the classic product is).", (skill("twilio-security-compliance-hipaa"),), CHECKED),
    Claim("memory.not_sensitive", "Twilio says Conversation Memory is not designed for sensitive data: it is not "
          "HIPAA eligible or PCI compliant and screens special-category data only lightly.",
          (MEMORY_API, docs("api/memory/profile", "Conversation Memory profile API notice")), CHECKED),
    Claim("memory.stores", "Twilio's Memory skill allows 15 Memory stores per account; the Memory limits page says 5 "
          "(and 10,000 profiles per store), in wording still written for the private beta.",
          (skill("twilio-conversation-memory"), MEMORY_LIMITS), DECEMBER,
          status="conflict", playbook="says 15 stores per account", quote="Cannot exceed 15 Memory Stores per account"),
    Claim("memory.observations", "Memory takes at most 10 observations per batch request and 4,096 characters per "
          "observation; for low-latency voice read GET /Observations rather than semantic Recall.",
          (MEMORY_LIMITS, skill("twilio-conversation-memory")), CHECKED),
    Claim("memory.segment", "Segment's Conversation Memory integration (Memory Sync, Memory Destination) is GA since "
          "5 Oct 2026.", (SEGMENT_MEMORY,), CHECKED, playbook="calls it the Segment Bridge"),
    # ------------------------------------------------------------------ Functions, regions, compliance
    Claim("functions.http", "Twilio Functions answer HTTP requests only (GET, POST, OPTIONS) and run at most 10 "
          "seconds: they cannot host a ConversationRelay or Media Streams WebSocket.", (FUNCTIONS_FLOW, FUNCTIONS_FAQ),
          CHECKED),
    Claim("functions.concurrency", "Twilio's skills put a Functions service at 30 concurrent executions (not stated in "
          "the Functions docs).", (skill("twilio-reliability-patterns"), PLAYBOOK), CHECKED, status="unverified"),
    Claim("region.ie1", "In IE1 (EU data residency) Flex is not available, TaskRouter and Studio are in public beta "
          "(not PCI or HIPAA), Conversations carries chat only, and Conversation Memory, Orchestrator and Intelligence "
          "are not listed.", (REGIONS_PAGE, TASKROUTER_REGIONS, STUDIO_REGIONS, CONVERSATIONS_REGIONS), CHECKED),
    Claim("region.au1",
          "Twilio's regional page lists Programmable Voice, Media Streams and Elastic SIP Trunking in AU1; "
          "Flex, TaskRouter, Studio, Functions and the Conversations services are not listed there.", (REGIONS_PAGE,),
          CHECKED, status="unverified"),
    Claim("hipaa.speech", "Twilio's HIPAA Eligible Services list names Text to Speech (Basic and Amazon Polly) and "
          "Speech Recognition; every STT, TTS or LLM vendor that sees PHI needs its own BAA.",
          (HIPAA_PDF, skill("twilio-security-compliance-hipaa")), CHECKED),
    Claim("hipaa.whatsapp", "WhatsApp is not HIPAA eligible on any Twilio product: Meta signs no BAA.",
          (skill("twilio-security-compliance-hipaa"),), CHECKED, quote="Meta does not offer a BAA"),
    Claim("hipaa.baa_chain", "A covered entity needs a written BAA with each business associate that handles its PHI, "
          "and a business associate needs one with each subcontractor that does (45 CFR 164.502(e), 164.504(e)).",
          (Source("45 CFR 164.502(e): disclosures to business associates (HHS rule text)",
                  "https://www.brickergraydon.com/insights/resources/key/hipaa-privacy-regulations-general-rules-for-"
                  "uses-and-disclosures-of-protected-health-information-disclosures-to-business-associates-164-502-e",
                  "2013-01"),), CHECKED),
    # ------------------------------------------------------------------ vendors' own BAA terms (twarch.knowledge.baa)
    Claim("baa.deepgram", "Deepgram's own terms for signing a BAA were not found in the pages read (its trust pages "
          "list its compliance programmes without the text); third parties list Deepgram speech-to-text and voices "
          "as usable under HIPAA.",
          (Source("Deepgram trust and security pages (index)",
                  "https://developers.deepgram.com/trust-security/llms.txt", "2026-12-07"),
           Source("Vapi docs pull request 787: HIPAA-compliant providers (Deepgram for STT and TTS)",
                  "https://github.com/VapiAI/docs/pull/787", "2025-11-06")), DECEMBER, status="unverified"),
    Claim("baa.google", "Google Cloud signs a BAA (accepted in the Cloud console) that covers only the services on "
          "its HIPAA list; whether Speech-to-Text and Text-to-Speech are on that list is in conflict among third "
          "parties, and Google's list itself was not read.",
          (Source("Google Cloud: HIPAA compliance (BAA, covered products)", "https://cloud.google.com/security/"
                  "compliance/hipaa", "2026-12-07"),
           Source("Accountable: is Google Cloud Speech-to-Text HIPAA compliant (says it is covered)",
                  "https://www.accountablehq.com/post/is-google-cloud-speech-to-text-hipaa-compliant-in-2025-baa-"
                  "explained", "2025-09-03"),
           Source("The Neural Base: Google Speech-to-Text (says it is not HIPAA eligible)",
                  "https://theneuralbase.com/voice-ai/learn/beginner/google-speech-to-text/", "undated")), DECEMBER,
          status="conflict", quote="Google will enter into Business Associate Agreements with customers"),
    Claim("baa.elevenlabs", "ElevenLabs signs a BAA only for Enterprise-tier customers, and PHI then needs its Zero "
          "Retention Mode, Enterprise-only too; whether that BAA covers its voices when Twilio runs them inside "
          "ConversationRelay is not stated.",
          (Source("ElevenLabs docs: HIPAA (ElevenLabs Agents)", "https://elevenlabs.io/docs/eleven-agents/legal/hipaa",
                  "2026-12-07"),
           Source("ElevenLabs docs: Zero Retention Mode (Enterprise)",
                  "https://elevenlabs.io/docs/eleven-api/resources/zero-retention-mode", "2026-12-07"),
           Source("API Evangelist: ElevenLabs trust center extract (BAAs on the Enterprise tier of the pricing page)",
                  "https://raw.githubusercontent.com/api-evangelist/elevenlabs/refs/heads/main/security/"
                  "elevenlabs-trust-center.yml", "2026-09-17")), DECEMBER,
          quote="only available for Enterprise tier subscriptions"),
    Claim("baa.amazon", "AWS's BAA covers its HIPAA-eligible services, Amazon Transcribe among them (AWS asks BAA "
          "customers to encrypt PHI at rest and in transit); AWS's own list was not read for Polly, whose voices "
          "Twilio's HIPAA Eligible Services list names for Twilio's text-to-speech.",
          (Source("AWS: What is Amazon Transcribe? (HIPAA eligibility and BAA)",
                  "https://docs.aws.amazon.com/transcribe/latest/dg/what-is.html", "2026-12-07"), HIPAA_PDF), DECEMBER,
          quote="covered under AWS's HIPAA eligibility and BAA"),
    Claim("baa.azure", "Microsoft's BAA is expected to cover Azure AI Speech, but no Microsoft page saying so was "
          "read; third parties list Azure's speech-to-text and voices as usable under HIPAA.",
          (Source("Microsoft: HIPAA and the HITECH Act (Azure compliance offering)",
                  "https://learn.microsoft.com/en-us/azure/compliance/offerings/offering-hipaa-us", "undated"),
           Source("Vapi docs pull request 787: HIPAA-compliant providers (Azure for STT and TTS)",
                  "https://github.com/VapiAI/docs/pull/787", "2025-11-06")), DECEMBER, status="unverified"),
    Claim("baa.assemblyai", "AssemblyAI's BAA is self-serve at no extra cost on any paid plan (Data Controls in its "
          "dashboard, by an Owner or Admin); free accounts cannot sign one.",
          (Source("AssemblyAI docs: Data Controls (model-improvement opt-out, TTL, BAA)",
                  "https://www.assemblyai.com/docs/data-controls.md", "2026-12-07"),), DECEMBER,
          quote="self-serve at no additional cost"),
    Claim("baa.cartesia", "Cartesia offers a BAA (and an SLA) as options of its enterprise contracts.",
          (Source("Cartesia docs: self-hosted introduction (Japanese edition; BAA under enterprise contracts)",
                  "https://docs.cartesia.ai/ja-jp/self-hosted/introduction.md", "2026-12-07"),), DECEMBER,
          note="read in the Japanese edition of Cartesia's page", quote="BAA（Business Associate Agreement）"),
    Claim("baa.openai", "OpenAI signs a BAA for its API on request (baa@openai.com), reviewed case by case and "
          "approved for most customers; most API services are covered, with listed exceptions (third parties read "
          "the coverage as the endpoints eligible for Zero Data Retention).",
          (Source("OpenAI help: how can I get a BAA with OpenAI for the API services?",
                  "https://help.openai.com/en/articles/8660679-how-can-i-get-a-business-associate-agreement-baa-with-"
                  "openai-for-the-api-services", "2026-12-07"),
           Source("BAA Atlas: OpenAI (BAA limited to Zero Data Retention-eligible endpoints)",
                  "https://baa-atlas.vercel.app/vendors/openai", "2026-05-31")), DECEMBER,
          quote="email us at baa@openai.com with details about your company"),
    Claim("hipaa.relay_speech", "On ConversationRelay Twilio runs the speech vendors under its own contracts, so the "
          "customer holds no contract with them to sign a BAA under; Twilio publishes no statement on whether its BAA "
          "covers each vendor inside ConversationRelay. Twilio's HIPAA Eligible Services list (last updated 11 Dec "
          "2024, read 2026-12-07) names Speech Recognition and Text to Speech (Basic and Amazon Polly), and Twilio's "
          "HIPAA skill asks for a BAA with the customer's own AI provider only.",
          (HIPAA_PDF, skill("twilio-security-compliance-hipaa")), DECEMBER, status="unverified",
          quote="Text to Speech (Basic and Amazon"),
    Claim("baa.anthropic", "Anthropic offers HIPAA-ready access to its Claude API with a signed BAA, limited to its "
          "HIPAA-eligible services and subject to configuration requirements and feature limits (web search is not "
          "covered, for one); on Amazon Bedrock and Google Cloud the cloud provider processes the data instead.",
          (Source("Anthropic docs: API and data retention (ZDR and HIPAA readiness)",
                  "https://platform.claude.com/docs/en/manage-claude/api-and-data-retention.md", "2026-12-07"),
           Source("Anthropic privacy center: zero retention agreements and the BAA",
                  "https://privacy.claude.com/en/articles/8956058-i-have-a-zero-retention-agreement-with-anthropic-"
                  "what-products-does-it-apply-to", "2026-12-07")), DECEMBER,
          quote="HIPAA-ready API access with a signed Business Associate Agreement"),
    Claim("baa.gemini", "Google Cloud signs a BAA covering the services on its HIPAA covered-products list; third "
          "parties read Gemini on Vertex AI (renamed Gemini Enterprise Agent Platform in 2026) as covered and the "
          "consumer Gemini app as not; Google's list itself was not read for Gemini.",
          (Source("Google Cloud: HIPAA compliance (BAA, covered products)", "https://cloud.google.com/security/"
                  "compliance/hipaa", "2026-12-07"),
           Source("ibl.ai: is Gemini HIPAA compliant (Vertex AI under Google Cloud's BAA)",
                  "https://ibl.ai/blog/is-gemini-hipaa-compliant-2026", "2026")), DECEMBER, status="unverified",
          quote="Google will enter into Business Associate Agreements with customers"),
    Claim("baa.bedrock", "Third-party guides built from AWS's pages read Amazon Bedrock as on AWS's HIPAA Eligible "
          "Services Reference under AWS's BAA, with a caveat for models whose provider receives prompts; AWS's own "
          "reference page was not read.",
          (Source("Elliot Drel: AWS Bedrock signup guide for HIPAA (built from AWS documentation, 2026-06-12)",
                  "https://elliotdrel.com/aws-bedrock-hipaa", "2026-06-12"),
           Source("FactualMinds: HIPAA-compliant AI on AWS Bedrock",
                  "https://www.factualminds.com/blog/hipaa-compliant-ai-aws-bedrock.md", "2026-04-27")), DECEMBER,
          status="unverified"),
    Claim("baa.azure_openai", "Microsoft's BAA reaches Azure OpenAI through its Data Protection Addendum, according to "
          "answers on Microsoft's Q&A forum (not Microsoft's product pages), for text input; image and realtime audio "
          "input are not confirmed there.",
          (Source("Microsoft Q&A: is Azure OpenAI covered by a BAA (answer)",
                  "https://learn.microsoft.com/en-us/answers/a/12516606", "undated"),
           Source("Microsoft Q&A: Azure OpenAI HIPAA compliance status (answer)",
                  "https://learn.microsoft.com/en-us/answers/a/1864789", "2024-10-19")), DECEMBER,
          status="unverified"),
    Claim("hipaa.collection_agency", "Collecting a healthcare provider's patient accounts is a payment activity under "
          "the HIPAA Privacy Rule (45 CFR 164.501), which a covered entity may have a collection agency do for it "
          "through a business associate arrangement.",
          (Source("HHS FAQ on debt collection agencies and the Privacy Rule (copy of HHS's answer)",
                  "https://experts123.com/q/does-the-hipaa-privacy-rule-prevent-health-plans-and-providers-from-using-"
                  "debt-collection-agencies-does-the-privacy-rule-conflict-with-the-fair-debt-collection-practices-act"
                  ".html", "undated"),
           Source("HIPAA Answers: is it a HIPAA violation to send to collections (45 CFR 164.501 and 164.506)",
                  "https://hipaanswers.com/is-it-a-hipaa-violation-to-send-to-collections", "undated")), DECEMBER,
          note="HHS's own FAQ page was read through a copy", quote="Through a business associate arrangement"),
    Claim("verify.step_up", "Twilio Verify checks a person with factors bound to a device they registered: a push "
          "challenge to its app (Verify Push, whose own diagram shows password-reset approvals) or a time-based "
          "one-time password from an authenticator app (Verify TOTP).",
          (docs("verify/push/technical-overview", "Verify Push technical overview", "2026-07-20"),
           docs("verify/quickstarts/totp", "Verify TOTP quickstart", "2026-07-20")), DECEMBER,
          quote="password reset approvals"),
    Claim("isv.subaccounts", "Twilio's ISV guidance: one subaccount per customer, and each customer's own A2P 10DLC "
          "brand and campaign registered before its traffic flows.", (skill("twilio-sms-isv-setup"),), CHECKED),
    Claim("pci.mode", "PCI Mode is set per account, cannot be turned off, and PCI-Mode recordings are deleted one year "
          "after they are made unless you download them first.", (PCI_WORKFLOWS, skill("twilio-call-recordings")),
          CHECKED, quote="it cannot be disabled for that Account"),
    Claim("pci.text", "PCI DSS forbids sending unprotected card numbers over SMS, chat, instant messaging or e-mail.",
          (PCI_SSC_FAQ,), CHECKED),
    Claim("fdcpa.retention",
          "Debt collectors keep each call recording three years after the call (12 CFR 1006.100(b)).",
          (CFPB_1006_100,), CHECKED),
    Claim("fdcpa.sms", "Third-party debt collection is a forbidden SMS category on Twilio in the US and Canada: "
          "Twilio rejects the registration of a business that collects debts for others (error 30863), whatever the "
          "consent; a creditor texting its own customers about what they owe it is first-party billing.",
          (docs("api/errors/30863", "Twilio error 30863: verification rejected, third-party debt collection",
                "2026-12-07"), FORBIDDEN_SMS), DECEMBER),
    Claim("whatsapp.ai", "WhatsApp bars general-purpose AI assistants since 15 Jan 2026; business-specific bots remain "
          "allowed.", (WHATSAPP_BAN,), "2026-11-24", playbook="lists WhatsApp as an ordinary channel"),
    Claim("eu_ai_act.workplace", "The EU AI Act prohibits emotion-recognition systems in the workplace and in "
          "education (Art. 5(1)(f), applying since 2 Feb 2025); emotions read from voice are in scope, text sentiment "
          "is not.", (EU_AI_ACT,), CHECKED),
    Claim("whatsapp.human_path", "WhatsApp's Business Messaging Policy requires a clear way for people to reach a "
          "human (a handover, a phone number or an email address).", (WHATSAPP_POLICY,), CHECKED),
    Claim("flex.copilot", "Flex Agent Copilot is in public beta (no SLA) and is not a HIPAA Eligible Service or PCI "
          "compliant.", (FLEX_COPILOT,), CHECKED,
          playbook="lists an AI copilot inside the human agent's conversation as not existing at GA",
          quote="Agent Copilot is not a HIPAA Eligible Service"),
    Claim("flex.handoff_ui", "Twilio's AI-to-human hand-off blueprint (Agent Connect's packaged escalation tool "
          "hands the conversation with its context to a Studio flow built from the blueprint's Studio template, "
          "which brings in a Flex agent; the customer stays in the same call or chat and the agent gets an "
          "AI-written summary) needs Flex UI 2.17.1 or later.", (FLEX_HANDOFF_BLUEPRINT,), DECEMBER,
          quote="Flex UI version 2.17.1 or later"),
    Claim("voice.virtual_agent", "TwiML <Connect><VirtualAgent> (Google Dialogflow CX through the One-click "
          "telephony integration) works only in the default US1 region: not in IE1 or AU1.", (VIRTUAL_AGENT,),
          DECEMBER, quote="This is currently only supported with the default US1 region."),
    Claim("flex.copilot_languages", "Agent Copilot detects US English by default; Twilio's language page lets you "
          "turn on other languages for its wrap-up notes (summary and sentiment) and names no other language for "
          "its real-time assist.", (COPILOT_LANGUAGES,), DECEMBER),
    Claim("flex.copilot_assist", "Agent Copilot (public beta) answers agents from knowledge sources you upload "
          "during customer interactions and writes wrap-up notes (summary, sentiment, disposition) at the end; "
          "Twilio's agent-augmentation planning skill builds agent assist from Conversation Intelligence operators "
          "(Next Best Response, sentiment) and TaskRouter instead.",
          (COPILOT_KNOWLEDGE, COPILOT_NOTES, skill("twilio-agent-augmentation-architect")), CHECKED,
          note="Twilio's changelog of 12 Nov 2025 announced real-time assist features for Agent Copilot (public "
               "beta); which channels they cover is not stated in the stored pages."),
    Claim("voice.real_time_transcription", "Real-Time Transcription (<Start><Transcription>, or the call's "
          "Transcriptions API) transcribes a live call in near real time and sends the words to your webhook, with "
          "Google or Deepgram as the engine. Twilio's pages disagree on its status: its reference pages carry a "
          "public-beta notice saying it is neither HIPAA eligible nor PCI compliant, while Twilio's August 2025 "
          "tutorial calls it generally available, HIPAA eligible and PCI compliant, and the October 2025 changelog "
          "adds HIPAA eligibility for persisted transcripts.", (RTT_TWIML, RTT_BLOG, RTT_CHANGELOG), CHECKED,
          status="conflict", quote="Real-Time Transcription is currently available as a Public Beta"),
    Claim("orch.voice_capture", "Conversation Orchestrator's passive voice capture transcribes calls with Real-Time "
          "Transcription, and Twilio's quickstart says voice capture incurs transcription fees.",
          (skill("twilio-conversation-orchestrator"), ORCH_QUICKSTART), CHECKED),
    Claim("orch.communications_api", "The Conversations API (v2) creates a Communication, one event of a conversation "
          "such as a message or a voice utterance, in an Orchestrator conversation by POST to "
          "/v2/Conversations/{ConversationSid}/Communications: your own transcript can be written into the "
          "conversation that way.", (ORCH_COMMUNICATIONS,), CHECKED,
          note="whether Conversation Intelligence operators run on Communications written through the API was not "
               "confirmed at a Twilio source"),
    Claim("voice_live.speech_to_speech", "Azure AI Voice Live is a speech-to-speech service: its Python client "
          "(azure-ai-voicelive, GA) streams audio to it over a WebSocket and receives audio back.", (VOICE_LIVE,),
          CHECKED),
    Claim("region.au1_messaging", "Programmable Messaging is not listed for AU1 on Twilio's regional availability "
          "page.", (REGIONS_PAGE,), CHECKED),
    Claim("region.scope", "Twilio's regions govern where Twilio stores and processes data; LLM, realtime-model and "
          "speech vendors your server calls process the conversation where they run.", (REGIONS_PAGE,), CHECKED),
    Claim("eu_ai_act.emotion",
          "The EU AI Act's emotion-recognition duties concern emotions inferred from biometric data "
          "such as voice, not text sentiment.", (EU_AI_ACT,), CHECKED),
    Claim("tts.latency", "ElevenLabs Flash v2.5 has the lowest published time to first audio among ConversationRelay's "
          "voices (Coval p50 205 ms against Google Chirp 3 HD 487 ms; Polly publishes none).", (COVAL,), "2026-11-24"),
    # ------------------------------------------------------------------ what each component needs, where it may run
    Claim("region.ie1_products", "Twilio's IE1 region offers Programmable Voice (with listed exceptions), Elastic SIP "
          "Trunking, Media Streams, Conversations for chat only, Functions and Assets, Lookup, Segment and SendGrid. "
          "Flex, Conversation Orchestrator, Memory, Intelligence (v3), Agent Copilot, WhatsApp, RCS and Sync are not "
          "offered there; <Connect><VirtualAgent> is not supported.",
          (REGIONS_PAGE, CONVERSATIONS_REGIONS, FUNCTIONS_REGIONS), TODAY,
          quote="Use the following products in the IE1 Region"),
    Claim("region.ie1_beta",
          "SMS (API only), Studio and TaskRouter are in public beta in IE1, and Studio and TaskRouter "
          "are neither HIPAA eligible nor PCI compliant there; stored copies of Twilio's regional page disagree (one "
          "lists them as private beta, an older one not at all), while the dated product pages say public beta.",
          (MESSAGING_REGIONS, STUDIO_REGIONS, TASKROUTER_REGIONS, REGIONS_PAGE), TODAY, status="conflict",
          quote="Studio in IE1 is not PCI compliant"),
    Claim("region.au1_products", "Twilio's AU1 region offers Programmable Voice and Elastic SIP Trunking, with Media "
          "Streams and <Pay> (six Pay Connectors); no messaging, Studio, TaskRouter, Functions, Flex or Conversations "
          "service is offered there.", (REGIONS_PAGE, MEDIA_STREAMS, PAY_TWIML), TODAY,
          quote="Use the following products in the AU1 Region"),
    Claim("region.ie1_pay", "<Pay> and the Payment resource are available in IE1 (as in AU1) for six Pay Connectors: "
          "Base Commerce, Braintree, CardConnect, Chase Paymentech, Shuttle and the Generic connector.",
          (PAY_TWIML,), DECEMBER, quote="available in the Ireland (IE1) and Australia (AU1) Regions"),
    Claim("region.us1", "US1 is Twilio's default region: every product and channel is offered there.",
          (REGIONS_UNDERSTANDING, REGIONS_PAGE), TODAY),
    Claim("pci.products_unlisted", "Twilio documents PCI DSS conditions for <Pay>, PCI Mode and ConversationRelay; the "
          "responsibility matrix that lists which other services are in scope is not public.",
          (PCI_WORKFLOWS, PAY_TWIML), TODAY, status="unverified"),
    Claim("relay.vendor_location", "Deepgram and ElevenLabs keep audio in a region only when the caller uses their "
          "regional endpoints (Deepgram: EU, Australia, India and US hosts); with ConversationRelay Twilio calls the "
          "speech vendors itself, and neither its TwiML reference nor its regional pages say which endpoints serve an "
          "IE1 or AU1 call, so where that audio is processed is not published.",
          (DEEPGRAM_REGIONS, RELAY_TWIML, REGIONS_PAGE), "2026-12-07", status="unverified",
          quote="Deepgram offers regional endpoints"),
    Claim("region.relay_unstated", "Twilio's regional page neither lists ConversationRelay among the features "
          "unsupported in IE1 and AU1 nor says it is available there: confirm with Twilio before relying on it.",
          (REGIONS_PAGE,), TODAY, status="unverified"),
    Claim("region.isolated", "Twilio's regions run in isolation: each needs its own credentials and its own resources "
          "(TwiML apps, Studio flows, TaskRouter workspaces, Functions), a product missing from a region does not work "
          "there, and Twilio does not guarantee that all data stays in the chosen region. A design that keeps calls "
          "in IE1 and uses Flex or the Conversations services in US1 is two deployments, and the US1 part has no EU "
          "data residency.", (REGIONS_UNDERSTANDING, REGIONS_MIGRATING, TASKROUTER_REGIONS), TODAY,
          quote="Twilio does not guarantee that all data will remain"),
    Claim("region.hostnames", "The old api.ie1 and api.au1 hostnames processed requests in US1 and stopped working on "
          "28 Apr 2026; IE1 and AU1 processing is reached as api.{edge}.{region}.twilio.com (api.dublin.ie1, "
          "api.sydney.au1).", (DOMAIN_CHANGE,), TODAY, quote="These domains process all requests in US1 regardless"),
    Claim("tac.region_hosts", "The Agent Connect SDKs' TWILIO_REGION setting builds {product}.{region}.twilio.com "
          "hostnames, the pattern Twilio retired on 28 Apr 2026, and has no edge setting, so their regional mode does "
          "not reach IE1 or AU1 processing as Twilio documents it; the services orchestrated mode needs (Orchestrator, "
          "Memory) are not offered there either.", (TAC_CONFIG_CODE, DOMAIN_CHANGE, TAC_TS_CONFIG), TODAY,
          status="conflict", quote="Optional Twilio region (e.g., 'au1', 'ie1')"),
    Claim("eligibility.four_products", "Agent Connect, Conversation Orchestrator, Conversation Memory and Conversation "
          "Intelligence (v3) each carry the same notice: not PCI compliant and not a HIPAA Eligible Service, not to be "
          "used in workflows subject to HIPAA or PCI. No Twilio page carves out a workflow that keeps card data out of "
          "scope.", (TAC_DOCS, ORCH_DOCS, MEMORY_DOCS, INTEL_API), TODAY,
          quote="Conversation Orchestrator is not a HIPAA Eligible Service"),
    Claim("pci.descoped",
          "twarch's reading, not a Twilio statement: when card data never enters the AI's workflow (the "
          "call is handed to <Pay> in a separate PCI-Mode subaccount, or a hosted payment page link is sent by text), "
          "that workflow is not the one subject to PCI DSS, so the four products may serve it; the scoping is your "
          "QSA's "
          "call. Twilio captures the digits, sends them to a Pay Connector and returns a token to your application.",
          (PCI_WORKFLOWS, PAY_TWIML, PAY_CONNECTORS), TODAY, status="unverified",
          quote="without having to become PCI Compliant"),
    Claim("flex.channels",
          "Flex Conversations lists its channels as SMS/MMS, WhatsApp, chat, email and Facebook Messenger (public "
          "beta), plus custom channels you build; RCS is not among them (read by its absence).",
          (docs("flex/conversations", "Twilio docs: Get Started with Flex Conversations", "2026-12-07"),),
          DECEMBER, note="evidence by absence: no page says RCS is unsupported"),
    Claim("rcs.approval",
          "RCS business messages go out from an RCS sender that must be registered and approved by the carriers before "
          "production traffic: Twilio's onboarding guide asks for four to six weeks, longer across several countries, "
          "and Twilio gives no SLA or guarantee of carrier approval; a Messaging Service falls back to SMS or MMS "
          "where RCS is not delivered.",
          (docs("rcs/onboarding", "Twilio docs: Get started with branded RCS messaging", "2026-12-07"),
           Source("Twilio changelog: RCS Messaging is now generally available (carrier approval, no SLA)",
                  "https://www.twilio.com/en-us/changelog/rcs-messaging-is-now-generally-available", "2025-08-26")),
          DECEMBER),
    Claim("rcs.fallback",
          "When a Messaging Service's sender pool holds an RCS sender, Programmable Messaging tries RCS first and "
          "sends a message that cannot go over RCS as SMS or MMS from the other senders in the same pool; a fallback "
          "sender named per message must be an SMS- or MMS-capable sender (a number, an alphanumeric sender ID or a "
          "short code) of the same account.",
          (docs("rcs/send-an-rcs-message.md", "Twilio docs: Send and receive RCS messages (automatic fallback to "
                "SMS or MMS)", "2026-12-08"),
           docs("api/errors/21665", "Twilio error 21665: Invalid 'FallbackFrom' sender", "2026-12-08")),
          "2026-12-08"),
    Claim("pci.subaccount_recording",
          "A call recording is started and controlled per call in the account that runs the call: its status can be "
          "set to paused, stopped or in-progress while the call goes on; PCI DSS forbids keeping the card security "
          "code in a recording after authorization.",
          (docs("voice/api/recording.md", "Twilio docs: Recording resource (update the status of an in-progress "
                "recording)", "2026-12-07"), PCI_SSC_CVV, PCI_WORKFLOWS), DECEMBER),
    Claim("pci.intelligence_rejects", "With PCI Mode on, Conversational Intelligence rejects ConversationRelay "
          "transcripts; PCI Mode is per account and cannot be turned off.", (PCI_WORKFLOWS,), TODAY,
          quote="ConversationRelay transcripts will be rejected by Conversational Intelligence"),
    Claim("tac.handoff_requires",
          "The Agent Connect Studio hand-off tool refuses to build without a Studio Flow SID, a "
          "Conversation Orchestrator configuration and the Memory store it resolves; it is not available in "
          "ConversationRelay-only mode. Without them, set the session's pending hand-off data: ConversationRelay's end "
          "message carries it to your <Connect action> handler, which routes the call.", (TAC_HANDOFF_CODE,), TODAY,
          quote="Not available in ConversationRelay-only mode."),
    Claim("tac.relay_only", "Without TWILIO_CONVERSATION_CONFIGURATION_ID Agent Connect runs ConversationRelay-only: "
          "voice only, no SMS, WhatsApp, RCS or chat channel, and memory retrieval returns nothing.",
          (TAC_CONFIG_CODE,), TODAY, quote="TAC runs in ConversationRelay-only mode"),
    Claim("tac.realtime_limits", "Agent Connect's OpenAI Realtime and GPT-Live speech-to-speech providers connect to "
          "OpenAI's own API (api.openai.com, OPENAI_API_KEY; no Azure OpenAI endpoint), start every session with no "
          "Memory profile, independent of Orchestrator, and have no hand-off path like ConversationRelay's end "
          "message.",
          (TAC_REALTIME_CODE, TAC_GPT_LIVE_CODE), TODAY,
          quote="Session lifecycle is independent of Conversation Orchestrator"),
    Claim("relay.start_stream", "<Start><Stream> forks the call's audio one way to your WebSocket while the TwiML goes "
          "on; <Connect><Stream> and <Connect><ConversationRelay> each take the call over and cannot share it. "
          "Whether a "
          "<Start><Stream> fork keeps running during <Connect><ConversationRelay> is not documented: test it before a "
          "design relies on it.", (STREAM_TWIML, skill("twilio-voice-conversation-relay")), TODAY,
          status="unverified", quote="creates a unidirectional Stream"),
    Claim("hipaa.products", "Twilio's HIPAA Eligible Services list and its HIPAA skill name Programmable Voice, "
          "ConversationRelay, Media Streams, recordings, <Pay>, SMS, Conversations chat, Studio, Functions, Flex and "
          "TaskRouter as eligible (several with extra configuration); WhatsApp, Agent Copilot and email are not.",
          (HIPAA_PDF, skill("twilio-security-compliance-hipaa")), TODAY, quote="Last Updated: December 11, 2024"),
    Claim("conversations.chat_hipaa", "Conversations carries HIPAA workloads on chat and SMS, not WhatsApp.",
          (CONVERSATIONS_GA, skill("twilio-security-compliance-hipaa")), TODAY,
          quote="compliant healthcare use cases for chat and SMS channels"),
    Claim("virtual_agent.us1", "<Connect><VirtualAgent> (Dialogflow CX) runs in US1 only.", (VIRTUAL_AGENT,
          REGIONS_PAGE), TODAY),
    Claim("handoff.blueprint", "Twilio's AI-to-human hand-off blueprint goes Agent Connect, a Studio flow, then Flex "
          "(Flex UI 2.17.1 or later); Studio's Send to Flex widget enqueues a call, and for messages creates a "
          "TaskRouter task.", (HANDOFF_BLUEPRINT, SEND_TO_FLEX), TODAY, quote="Flex UI version 2.17.1 or later"),
    Claim("telephony.guidelines", "Twilio publishes per-country voice and SMS guidelines (numbers offered, inbound and "
          "outbound reach, caller-ID rules); twarch holds those of 15 countries (knowledge/telephony.csv, each row "
          "with its page and check date).", (Source("Twilio voice guidelines by country",
                                                    "https://www.twilio.com/en-us/guidelines/in/voice", "undated"),),
          TODAY, quote="can only be made from international (non-Indian) numbers"),
    Claim("crisis.988", "In the US, 988 reaches the Suicide & Crisis Lifeline, a national network of local crisis "
          "centres with trained counsellors, by call or text, around the clock; it became the Lifeline's short number "
          "on 16 July 2022 (its 1-800 number still works).",
          (Source("California CDCR (state agency): dial 988 for 24-hour emotional support",
                  "https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-resources/",
                  "2022-07-19"),
           Source("MCPHS: 988 Suicide and Crisis Lifeline (calls, texts, routing to a backup centre)",
                  "https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-"
                  "lifeline", "undated")),
          "2026-12-08"),
    Claim("au.app8", "Under Australia's Privacy Act, before an APP entity discloses personal information to a "
          "recipient outside Australia it must take reasonable steps so the recipient does not breach the "
          "Australian Privacy Principles (APP 8.1), and it stays accountable for the recipient's acts (s 16C), with "
          "exceptions.",
          (Source("OAIC: APP guidelines, chapter 8 (cross-border disclosure), version 1.2",
                  "https://www.oaic.gov.au/privacy/australian-privacy-principles/australian-privacy-principles-"
                  "guidelines/chapter-8-app-8-cross-border-disclosure-of-personal-information", "2019-07-22"),),
          "2026-12-08"),
    Claim("telephony.toll_free_only", "In some countries Twilio offers no local or mobile numbers, only toll-free "
          "ones, which callers reach only from inside the country (India: +91 800 numbers); twarch marks them "
          "inbound_numbers toll_free in knowledge/telephony.csv.",
          (Source("Twilio voice guidelines: India", "https://www.twilio.com/en-us/guidelines/in/voice", "undated"),),
          TODAY),
    Claim("llm.residency_openai", "OpenAI's API processes data in region only in the US and Europe (a per-project "
          "setting, with modified abuse monitoring or Zero Data Retention); elsewhere, Australia included, it stores "
          "data in region but processes it outside; its Realtime models run in the US and Europe only.",
          (OPENAI_RESIDENCY,), TODAY, status="unverified"),
    Claim("llm.residency_anthropic", "Anthropic's own API processes data in the US (inference_geo us) or globally; it "
          "offers no EU or Australian processing. Claude in a region is reached through Amazon Bedrock or Google "
          "Vertex AI.", (ANTHROPIC_GEO,), TODAY, status="unverified"),
    Claim("llm.residency_azure", "Azure OpenAI keeps processing in the EU or the US with a Data Zone deployment and in "
          "one region with a Standard (regional) deployment (Australia East for Australia); Global deployments may "
          "process anywhere.", (AZURE_DEPLOYMENT_TYPES,), TODAY, quote="within the Microsoft specified data zone"),
    Claim("llm.residency_bedrock", "Amazon Bedrock keeps inference in the EU or in Australia with its EU or AU "
          "cross-Region inference profiles (the APAC profile is wider than Australia), or in one Region.",
          (BEDROCK_PROFILES,), TODAY, quote="Cross-region Inference Identifier for the Australia area."),
    Claim("llm.residency_google", "Vertex AI serves Gemini from US and EU multi-region endpoints; Australian in-region "
          "processing was not confirmed.", (VERTEX_RESIDENCY,), TODAY, status="unverified"),
)


def claim(claim_id: str) -> Claim:
    """The claim with this id (KeyError when there is none)."""
    return CLAIMS[claim_id]
