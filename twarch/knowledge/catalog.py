"""Names and descriptions: products, ladder rungs, transports, providers, skills, regimes.

Plain data, written in twarch's own words from the playbook (``section``) and the research
sheets (``sources``: URL and the date the figure was read or published).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    label: str
    url: str
    as_of: str


@dataclass(frozen=True)
class Product:
    id: str
    name: str
    role: str
    owner: str = "twilio"


PRODUCTS: dict[str, Product] = {p.id: p for p in (
    Product("conversation_relay", "ConversationRelay",
            "managed speech-to-text and text-to-speech; your server talks JSON text over a WebSocket"),
    Product("media_streams", "Media Streams",
            "raw call audio (mulaw 8 kHz) over a WebSocket; you run your own STT/TTS"),
    Product("conversation_orchestrator", "Conversation Orchestrator",
            "one conversation across messaging channels (and voice), routed to your LLM"),
    Product("conversation_memory", "Conversation Memory",
            "customer profiles, observations, summaries and semantic Recall across sessions"),
    Product("conversation_intelligence", "Conversation Intelligence",
            "Language Operators run on every conversation and fire webhooks on signals"),
    Product("taskrouter", "TaskRouter", "routes escalations to the right human by skills"),
    Product("flex", "Flex", "the human agent's desktop, showing the customer's memory profile"),
)}


@dataclass(frozen=True)
class Level:
    number: int
    name: str
    architecture: str
    adds: str


LEVELS: dict[int, Level] = {lv.number: lv for lv in (
    Level(1, "Basic Voice AI Agent", "ConversationRelay + WebSocket server + LLM API",
          "The call is transcribed by Twilio, your WebSocket server asks the LLM, and Twilio speaks the reply."),
    Level(2, "+ Customer Memory", "Level 1 + Conversation Memory",
          "Before answering, the agent looks up the caller's profile and recalls relevant past interactions."),
    Level(3, "+ Real-Time Intelligence", "Level 2 + Conversation Intelligence v3",
          "Operators listen to every conversation in parallel and fire webhooks your backend acts on."),
    Level(4, "+ Human Escalation", "Level 3 + TaskRouter + Flex",
          "The AI hands off with a structured payload; TaskRouter routes it; the human sees the profile in Flex."),
)}

CHANNEL_MIXES: dict[str, str] = {
    "voice_only": "Voice only: ConversationRelay",
    "voice_plus_messaging": "Voice + messaging: ConversationRelay + Conversation Orchestrator for cross-channel",
    "messaging_only": "Messaging only: Conversation Orchestrator + your LLM, no ConversationRelay",
    "omnichannel": "Omnichannel: the full Twilio Conversations stack",
}

MESSAGING_CHANNELS = ("sms", "whatsapp", "rcs", "chat")

TRANSPORTS: dict[str, str] = {
    "conversation_relay": "ConversationRelay",
    "media_streams": "Media Streams",
}

PATHS: dict[str, str] = {
    "tac_sdk": "Twilio Agent Connect SDK (fast path)",
    "manual": "Manual integration (custom path)",
}

TAC_PACKAGES: dict[str, str] = {
    "twilio-agent-connect": "core SDK, cloud-agnostic; OpenAI or Anthropic directly",
    "twilio-agent-connect-microsoft": "Microsoft Agent Framework (Foundry, Azure OpenAI), Voice Live connector",
    "twilio-agent-connect-aws": "Strands SDK, Bedrock Agents and Bedrock AgentCore connectors",
}

#: The voice providers ConversationRelay offers, with the playbook's one-line verdict.
VOICE_PROVIDERS: dict[str, str] = {
    "deepgram": "Deepgram: best real-time accuracy and lowest latency (nova-3-general); the default STT",
    "google": "Google: widest language coverage",
    "elevenlabs": "ElevenLabs: best voice quality and naturalness; needs account enablement",
    "amazon_polly": "Amazon Polly: cost-effective at high volume, fewer voices",
}

#: A representative row of providers.csv for each ``llm`` answer, used by the latency and cost views.
#: Azure OpenAI and Bedrock use the model maker's own row: their resold prices and latencies were not sourced.
LLM_ROWS: dict[str, str] = {
    "openai": "openai-gpt-4o-mini",
    "anthropic": "anthropic-claude-haiku-4-5",
    "google": "google-gemini-2-5-flash",
    "azure_openai": "openai-gpt-4o-mini",
    "bedrock": "anthropic-claude-haiku-4-5",
}

#: The playbook's skill names, with what each is for (Output Format).
SKILLS: dict[str, str] = {
    "twilio-agent-connect": "Agent Connect SDK: Voice, SMS, RCS, WhatsApp and Chat from one codebase",
    "twilio-voice-conversation-relay": "voice AI with your own WebSocket server for ConversationRelay",
    "twilio-voice-twiml": "the TwiML that connects calls (`<Connect>`, `<Start><Recording>`, action URLs)",
    "twilio-media-streams": "raw audio streaming for your own STT/TTS pipeline",
    "twilio-customer-memory": "Conversation Memory API integration by hand",
    "twilio-conversation-orchestrator": "Conversation Orchestrator by hand",
    "twilio-conversation-intelligence": "Conversation Intelligence operators and webhook processing",
    "twilio-taskrouter-routing": "human escalation routing",
    "twilio-sendgrid-email-send": "post-interaction email summaries",
    "twilio-account-setup": "account and project set-up",
    "twilio-iam-auth-setup": "API keys and auth",
    "twilio-numbers-senders": "phone numbers and messaging senders",
    "twilio-webhook-architecture": "webhook hosting (tunnel alternatives for production)",
    "twilio-security-hardening": "security hardening (always)",
    "twilio-debugging-observability": "error triage, Event Streams, Voice Insights (always)",
    "twilio-reliability-patterns": "reliability patterns for production",
}

#: Status-callback invocations per concurrent call: the playbook's 50 calls -> 300 invocations.
CALLBACKS_PER_CALL = 6
FUNCTIONS_CONCURRENCY = 30
FUNCTIONS_TIMEOUT_S = 10
MEMORY_STORES_PER_ACCOUNT = 15


@dataclass(frozen=True)
class Regime:
    """A regulation, with what the playbook says and what the research found."""

    id: str
    name: str
    sourced: str
    playbook: str = ""
    differs: str = ""
    sources: tuple[Source, ...] = ()


_FCC_24_17 = Source("FCC Declaratory Ruling 24-17 (summary)",
                    "https://natlawreview.com/article/telephone-and-texting-compliance-news-regulatory-update-fcc-confirms-tcpa-bars-ai",
                    "2024-02-08")
_HIPAA_ELIGIBLE = Source("Twilio HIPAA Eligible Services",
                         "https://twilio.com/content/dam/twilio-com/global/en/other/hipaa/pdf/HIPAA-Eligible-Services.pdf",
                         "2024-12-11")
_MEMORY_NOTICE = Source("Twilio Conversation Memory API notice", "https://www.twilio.com/docs/api/memory/profile",
                        "2026-11-24")

REGIMES: dict[str, Regime] = {r.id: r for r in (
    Regime(
        "tcpa", "TCPA (US)",
        "AI-generated voices count as artificial or prerecorded voice: outbound AI calls need prior express "
        "consent (written consent for telemarketing), an in-call opt-out, and telemarketing stays inside "
        "8 a.m.-9 p.m. in the called party's local time.",
        playbook="Outbound AI calls require prior express consent; quiet hours 8am-9pm recipient local time.",
        differs="The research agrees and adds that the FCC confirmed AI voices are covered (Feb 2024) and that "
                "the federal calling window is written for telephone solicitations.",
        sources=(_FCC_24_17,),
    ),
    Regime(
        "hipaa", "HIPAA (US health data)",
        "Sign Twilio's BAA (Security or Enterprise Edition) and BAAs with every AI vendor that sees PHI; build PHI "
        "flows only from HIPAA-eligible services. Conversation Memory and Conversation Orchestrator are not "
        "HIPAA eligible; encryption is an 'addressable' safeguard today (a 2025 proposal would make it mandatory).",
        playbook="BAA with Twilio required. Recording encryption mandatory. Minimise PHI in TTS. Rotate API keys.",
        differs="The playbook does not say that newer products (Memory, Orchestrator) are outside Twilio's "
                "HIPAA-eligible list, and calls encryption mandatory where the rule text makes it addressable.",
        sources=(_HIPAA_ELIGIBLE, _MEMORY_NOTICE),
    ),
    Regime(
        "pci_dss", "PCI DSS (card payments)",
        "Take card data only through `<Pay>` in PCI Mode, which cannot be turned off for an account: run payments in "
        "a dedicated subaccount. Keep card numbers out of the LLM, transcripts, logs and memory.",
        playbook="Use `<Pay>`. Never let the LLM process or log card numbers. PCI Mode is irreversible and account-wide.",
        differs="Agrees; the research adds the dedicated-subaccount advice and that Memory and Orchestrator are "
                "not PCI compliant.",
        sources=(Source("Twilio PCI workflows", "https://static0.twilio.com/docs/voice/pci-workflows", "2026-11-24"),),
    ),
    Regime(
        "gdpr", "GDPR (EU)",
        "Choose and document a lawful basis per purpose: consent is one option, legitimate interest or contract "
        "can also cover call recording. Give a notice at the start of each call and erase on request across "
        "recordings, transcripts, Memory observations and vendor logs within one month.",
        playbook="EU call recording requires explicit consent. Right to deletion covers recordings, transcripts "
                 "and Memory observations.",
        differs="GDPR does not make consent the only basis for recording; national telecom laws may still require "
                "it, so the lawful basis is a decision to document, not a fixed consent prompt.",
        sources=(Source("CooperBurnett on recording calls under GDPR",
                        "https://cooperburnett.com/blog/news-story/2019/02/25/data-protection-and-recording-telephone-calls/",
                        "2019-02-25"),),
    ),
    Regime(
        "fdcpa", "FDCPA / Regulation F (debt collection)",
        "Say the Mini-Miranda in the first communication and that each later one is from a debt collector. "
        "Calls are presumed harassing above 7 in 7 days per debt, or within 7 days after a conversation about it. "
        "Twilio enforces none of this.",
        playbook="Mini-Miranda disclosure. Max 7 attempts per debt per 7-day window. Developer must enforce.",
        differs="The playbook omits the second prong: no call within 7 days after a conversation about that debt.",
        sources=(Source("CFPB 12 CFR 1006.14", "https://www.consumerfinance.gov/rules-policy/regulations/1006/14/",
                        "2026-11-24"),),
    ),
    Regime(
        "recording_consent", "US call-recording consent",
        "Some US states require every party's consent to record; play a recording and AI-processing notice at "
        "the start of every call.",
        sources=(Source("RecordPhoneCall: one-party vs all-party", "https://recordphonecall.com/resources/one-party-vs-all-party/",
                        "2026-11-24"),),
    ),
    Regime(
        "ai_disclosure", "US bot and AI-disclosure laws",
        "California, Utah and Colorado require or reward telling people they are talking to an AI; say so in the "
        "first sentence and answer truthfully when asked.",
        sources=(Source("California SB 1001", "https://leginfo.legislature.ca.gov/faces/billCompareClient.xhtml?bill_id=201720180SB1001",
                        "2018-09-28"),),
    ),
    Regime(
        "eu_ai_act", "EU AI Act, Article 50",
        "Since 2 Aug 2026 an AI system that talks to people in the EU must tell them it is an AI, at the latest at "
        "the first interaction.",
        sources=(Source("PowerQuant: Article 50 transparency", "https://powerquant.dk/en/article-50-transparency", "2026"),),
    ),
    Regime(
        "ccpa", "CCPA / CPRA (California)",
        "Notice at collection, deletion within 45 days, and automated-decision rules from 1 Jan 2027 for "
        "significant decisions.",
        sources=(Source("myRHC CCPA overview", "https://myrhc.com/resources/ccpa", "2026-11-24"),),
    ),
    Regime(
        "a2p_10dlc", "A2P 10DLC and toll-free registration (US SMS)",
        "Every US 10DLC number needs a registered brand and campaign; unregistered traffic has been blocked since "
        "Sep 2023, unverified toll-free since Jan 2024.",
        sources=(Source("Twilio: shutdown of unregistered 10DLC messaging",
                        "https://support.twilio.com/hc/en-us/articles/14910496447771-Shutdown-of-Unregistered-10DLC-Messaging-FAQ",
                        "2023"),),
    ),
    Regime(
        "stir_shaken", "STIR/SHAKEN caller-ID attestation",
        "Outbound US calls get 'A' attestation only with an approved Business Profile and SHAKEN/STIR Trust Product "
        "assigned to each calling number.",
        sources=(Source("Twilio SHAKEN/STIR onboarding",
                        "https://www.twilio.com/docs/voice/trusted-calling-with-shakenstir/shakenstir-onboarding",
                        "2026-11-24"),),
    ),
    Regime(
        "whatsapp_policy", "WhatsApp Business policy",
        "Since 15 Jan 2026 WhatsApp bars general-purpose AI assistants as a primary function; business-specific "
        "bots (support, bookings, order status) remain allowed. Opt-in first, a path to a human, templates "
        "outside the 24-hour window.",
        playbook="Lists WhatsApp among the channels with no caveat.",
        differs="The playbook predates WhatsApp's ban on general-purpose AI assistants (in force 15 Jan 2026).",
        sources=(Source("Particle News: WhatsApp bars general-purpose AI chatbots",
                        "https://particle.news/story/whatsapp-bars-general-purpose-ai-chatbots-from-business-api-effective-jan-15-2026",
                        "2025-10"),),
    ),
    Regime(
        "canada_crtc_casl", "Canada: CRTC telemarketing rules and CASL",
        "Treat an AI voice as an automatic dialing-announcing device: consent for solicitation, identification, "
        "calling hours; SMS under CASL needs consent and an unsubscribe.",
        sources=(Source("CRTC key rules", "https://crtc.gc.ca/eng/phone/telemarketing/tobligations/rules-regles.htm",
                        "2026-11-24"),),
    ),
)}
