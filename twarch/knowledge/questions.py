"""The qualification, as data: every question, its choices and why it matters.

The answers-file keys are the question ids; they are a public contract (add, never rename).
``kind`` says how a value is shaped:

* ``text``: free text       * ``choice``: one choice id   * ``multi``: a list of choice ids
* ``bool``: true / false    * ``count``: a whole number >= ``minimum``
* ``tags``: a list of BCP-47 language tags  * ``countries``: a list of ISO 3166-1 alpha-2 codes
* ``number``: a decimal number between ``minimum`` and ``maximum`` (shares are 0..1)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, cast

from ..io.bounds import MAX_CALL_MINUTES, MAX_COUNT, MAX_MONTHLY_VOLUME
from .channels import CHANNELS
from .products import REGIONS, VOICE_PIPELINES
from .regimes import REGIMES
from .speech import providers
from .stack import CLOUDS, LLMS, TEAM_LANGUAGES


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    help: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    step: str
    kind: str
    title: str
    help: str
    section: str
    choices: tuple[Choice, ...] = ()
    min_items: int = 0
    visible_if: tuple[tuple[str, object], ...] = ()
    minimum: int = 0  #: the smallest ``count`` or ``number`` allowed
    maximum: float | None = None  #: the largest ``count`` or ``number`` allowed (``None``: twarch.io.bounds.MAX_COUNT)
    optional: bool = False  #: unanswered is a fine answer: the Wizard's next-question guidance passes it by

    @property
    def largest(self) -> float:
        """The largest ``count`` or ``number`` allowed: :attr:`maximum`, else ``twarch.io.bounds.MAX_COUNT``."""
        return self.maximum if self.maximum is not None else MAX_COUNT

    @cached_property
    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)

    def label(self, choice_id: str) -> str:
        """The label of one of this question's choices (the id itself if unknown)."""
        return next((c.label for c in self.choices if c.id == choice_id), choice_id)

    def describe(self, value: object) -> str:
        """An answer in words: ``Yes``, a choice's label, labels or country names joined by commas.

        >>> from twarch.knowledge.questions import BY_ID
        >>> BY_ID["countries"].describe(("GB", "DE")), BY_ID["direction"].describe("outbound")
        ('Britain (UK) · GB, Germany · DE', 'We contact customers')
        >>> BY_ID["calls_per_month"].describe(40000), BY_ID["minutes_per_call"].describe(8.0)
        ('40,000', '8')
        """
        if self.kind == "bool":
            return "Yes" if value else "No"
        if self.kind == "choice":
            return self.label(str(value))
        # A multi, countries or tags answer is a tuple of ids (Answers checks it); the kind says so, not the type.
        if self.kind == "multi":
            return ", ".join(self.label(v) for v in cast(Iterable[str], value))
        if self.kind == "countries":
            from .geography import country_name

            return ", ".join(f"{country_name(code)} · {code}" for code in cast(Iterable[str], value))
        if self.kind == "tags":
            return ", ".join(cast(Iterable[str], value))
        if self.kind in ("count", "number") and isinstance(value, (int, float)):
            return f"{value:,.6g}" if isinstance(value, float) and not value.is_integer() else f"{int(value):,}"
        return str(value)


YES_NO = (Choice("true", "Yes"), Choice("false", "No"))


@dataclass(frozen=True)
class Step:
    """A step of the qualification: its questions are those whose ``step`` is its id."""

    id: str
    title: str
    tab: str  #: the short title on the Wizard's tab


STEPS: dict[str, Step] = {s.id: s for s in (
    Step("request", "Request", "1 · Request"),
    Step("essential", "The five essential questions", "2 · Essentials"),
    Step("context", "Context: entry point, customer, regulations", "3 · Context"),
    Step("stack", "Tech stack", "4 · Stack"),
    Step("voice", "Voice: languages and providers", "5 · Voice"),
    Step("volumes", "Volumes: calls, messages, people", "6 · Volumes"),
)}


def _choices(table: Iterable[Any]) -> tuple[Choice, ...]:
    """A question's choices from a vocabulary table (rows with ``id``, ``label`` and optional ``help``)."""
    return tuple(Choice(row.id, row.label, getattr(row, "help", "")) for row in table)

QUESTIONS: tuple[Question, ...] = (
    Question(
        "request", "request", "text", "What do you want to build?",
        "Describe it in your own words. twarch reads how specific you are to pick a mode "
        "(discovery, validation or build) and pre-fills what you name.",
        "step1",
    ),
    Question(
        "outcome", "essential", "choice", "What outcome are you trying to achieve?",
        "The outcome sets the ambition of the agent and which regulations wake up "
        "(outbound calling brings TCPA consent rules).",
        "step2.outcome",
        (
            Choice("autonomous_service", "Autonomous customer service", "ordering, FAQ, booking"),
            Choice("outbound_calling", "Outbound AI calling", "reminders, surveys, collections"),
            Choice("internal_tools", "Voice AI for internal tools", "agents, copilots"),
            Choice("conversational_commerce", "Conversational commerce", "sales, upsell"),
        ),
    ),
    Question(
        "channels", "essential", "multi", "Which channels?",
        "Channels decide the transport: voice needs ConversationRelay (or Media Streams), "
        "messaging needs Conversation Orchestrator, both need both.",
        "step2.channels",
        _choices(CHANNELS.values()),
        min_items=1,
    ),
    Question(
        "memory", "essential", "bool", "Should the agent remember customers across sessions?",
        "Returning customers, order history and preferences need Conversation Memory; "
        "independent calls (hotlines, one-off surveys) are simpler stateless.",
        "step2.memory", YES_NO,
    ),
    Question(
        "intelligence", "essential", "choice", "Do you need supervision or analytics?",
        "Compliance monitoring, sentiment and churn signals need Conversation Intelligence; "
        "real time lets you intervene, post-call feeds analytics.",
        "step2.intelligence",
        (
            Choice("none", "No"),
            Choice("realtime", "Yes, in real time", "intervene mid-conversation via webhooks"),
            Choice("post_call", "Yes, after the call", "analytics and review"),
        ),
    ),
    Question(
        "handoff", "essential", "bool", "Will the AI ever hand off to a human?",
        "Escalation to people needs an escalation payload designed early, and a place for it to go: "
        "contact-centre agents (TaskRouter and Flex) or a phone line (the next question). It shapes the architecture.",
        "step2.handoff", YES_NO,
    ),
    Question(
        "handoff_target", "essential", "choice", "Who takes the hand-off?",
        "Contact-centre agents need TaskRouter to route the hand-off and Flex as their desktop (seats, Erlang C "
        "staffing). A contact centre you already run on another platform (Genesys Cloud, NICE CXone, Five9, Amazon "
        "Connect, Avaya...) needs neither: the call is transferred to its number or SIP address (<Dial>), the "
        "context in SIP headers or your CRM, and its own routing and seats stay where they are. A phone, a team line "
        "or an on-call person needs neither either: the call is put through to their number (Studio's Connect Call "
        "To, or <Dial>). Unanswered: contact-centre agents in Flex.",
        "research",
        (
            Choice("contact_center", "Agents in a contact centre (Flex)", "routed by TaskRouter, answered in Flex"),
            Choice("own_contact_center", "Your existing contact centre on another platform (not Flex)",
                   "Genesys Cloud, NICE CXone, Five9, Amazon Connect, Avaya: reached by a SIP or phone transfer"),
            Choice("phone_line", "A phone, a team line or an on-call person",
                   "a front desk, a pharmacist's line, each tenant's on-call technician"),
        ),
        visible_if=(("handoff", True),), optional=True,
    ),
    Question(
        "customer_profile", "context", "choice", "Who are you building for?",
        "ISVs need multi-tenant separation, enterprises need production-grade hosting and "
        "compliance operators, SMBs should start small and climb.",
        "step4.profile",
        (
            Choice("isv", "ISV", "building for multiple clients"),
            Choice("enterprise", "Enterprise"),
            Choice("smb", "SMB / startup"),
        ),
    ),
    Question(
        "tenants", "context", "count", "How many end customers (tenants) will you serve?",
        "Per-account limits (Memory stores, Orchestrator configurations) and per-tenant obligations (10DLC brands, "
        "BAAs) turn a tenant count into a subaccount plan.",
        "step4.profile", visible_if=(("customer_profile", "isv"),), minimum=1,
    ),
    Question(
        "industry", "context", "choice", "Which industry?",
        "Healthcare brings HIPAA, debt collection brings FDCPA / Regulation F.",
        "step4.regulatory",
        (
            Choice("general", "General"),
            Choice("healthcare", "Healthcare"),
            Choice("financial_services", "Financial services"),
            Choice("debt_collection", "Debt collection"),
            Choice("retail", "Retail"),
        ),
    ),
    Question(
        "direction", "context", "choice", "Who calls or texts first?",
        "Outbound contact brings telemarketing rules (TCPA, Canada's CRTC and CASL), caller-ID attestation and "
        "answering-machine detection, whatever the outcome is.",
        "step4.regulatory",
        (
            Choice("inbound", "Customers contact us"),
            Choice("outbound", "We contact customers", "reminders, campaigns, collections, sales"),
            Choice("both", "Both"),
        ),
    ),
    Question(
        "countries", "context", "countries", "Where are the people the agent talks to?",
        "Countries decide the law: US rules (TCPA, 10DLC, STIR/SHAKEN, state recording and bot laws) only with US, "
        "CRTC and CASL with CA, GDPR and the EU AI Act with EU/EEA countries, UK GDPR and PECR with GB. "
        "ISO 3166-1 codes, e.g. US, CA, GB, DE.",
        "step4.regulatory",
    ),
    Question(
        "takes_payments", "context", "bool", "Will the agent take card payments?",
        "Card data brings PCI DSS: `<Pay>` with PCI Mode, which is irreversible and account-wide.",
        "step4.regulatory", YES_NO,
    ),
    Question(
        "card_capture", "context", "choice", "How are the card details taken?",
        "Agent Connect, Conversation Orchestrator, Memory and Intelligence are not for workflows subject to PCI DSS. "
        "Card digits taken by <Pay> in the AI's own account put that account in PCI Mode (for good), so the four are "
        "left out; taken in a separate PCI-Mode subaccount the call is handed to, or by a hosted payment page sent as "
        "a link, card data never reaches the AI's workflow and they may serve it (your QSA confirms the scoping). "
        "Unanswered: <Pay> in the AI's account for a voice design, a payment link for a text-only one.",
        "research",
        (
            Choice("pay_in_call", "<Pay> in the AI's own account", "the AI hands the caller to <Pay> on the same call"),
            Choice("pay_subaccount", "<Pay> in a separate PCI-Mode subaccount",
                   "the call is transferred to a number of a subaccount that runs <Pay>"),
            Choice("payment_link", "A hosted payment page sent as a link", "by SMS, WhatsApp or email; the card is "
                   "typed on the processor's page"),
        ),
        visible_if=(("takes_payments", True),), optional=True,
    ),
    Question(
        "eu_users", "context", "bool", "Will people in the EU use it?",
        "EU users bring GDPR (lawful basis, erasure across every store) and the EU AI Act's "
        "transparency rule. Answering the countries says the same and more; this stays for older answer files.",
        "step4.regulatory", YES_NO, optional=True,
    ),
    Question(
        "records_calls", "context", "bool", "Will you record or transcribe calls?",
        "Recording brings consent notices (all-party states) and, with ConversationRelay, a "
        "separate `<Start><Recording>` before `<Connect>`.",
        "step4.regulatory", YES_NO,
    ),
    Question(
        "production", "context", "bool", "Is this going to production?",
        "Production adds redundancy, fallback, failover and session-state persistence.",
        "step4.tech_stack", YES_NO,
    ),
    Question(
        "regulations", "context", "multi", "Regulations you already know apply",
        "Named regimes are added to those twarch infers from the other answers.",
        "step4.regulatory",
        tuple(Choice(r.id, r.label) for r in REGIMES.values()), optional=True,
    ),
    Question(
        "cloud", "stack", "choice", "Where will you deploy?",
        "Azure and AWS have their own Agent Connect packages; anything else uses the core SDK.",
        "rules.cloud",
        _choices(CLOUDS.values()),
    ),
    Question(
        "llm", "stack", "choice", "Which LLM provider?",
        "Azure OpenAI and Bedrock point to the cloud packages; OpenAI and Anthropic work with the core SDK.",
        "rules.cloud",
        _choices(LLMS.values()),
    ),
    Question(
        "team_language", "stack", "choice", "Your team's language?",
        "The Agent Connect SDK exists for Python and TypeScript only.",
        "rules.sdk_vs_manual",
        _choices(TEAM_LANGUAGES.values()),
    ),
    Question(
        "region", "stack", "choice", "Which Twilio region will hold your data?",
        "Data residency: not every product exists in IE1 (EU) or AU1; twarch warns about each recommended product "
        "that a region lacks.",
        "research",
        tuple(Choice(region_id, label) for region_id, label in REGIONS.items()),
    ),
    Question(
        "needs_raw_audio", "stack", "bool", "Do you need the raw audio?",
        "Raw audio (own STT/TTS, noise cancellation, diarization) needs Media Streams instead of "
        "ConversationRelay, and the manual path.",
        "rules.transport", YES_NO,
    ),
    Question(
        "needs_low_level_control", "stack", "bool",
        "Do you need low-level protocol control?",
        "Full control of the WebSocket lifecycle or raw ConversationRelay events points to manual integration.",
        "rules.sdk_vs_manual", YES_NO,
    ),
    Question(
        "existing_websocket_server", "stack", "bool", "Do you already run a WebSocket server?",
        "Integrating into existing WebSocket infrastructure points to manual integration.",
        "rules.sdk_vs_manual", YES_NO,
    ),
    Question(
        "uses_twilio_functions", "stack", "bool", "Will Twilio Functions receive callbacks?",
        "Functions allow 30 concurrent executions per service with a 10-second timeout.",
        "step4.tech_stack", YES_NO,
    ),
    Question(
        "peak_concurrent_calls", "stack", "count", "Peak concurrent calls",
        "Used for the Functions arithmetic: status callbacks per call against the concurrency limit.",
        "step4.tech_stack",
        visible_if=(("uses_twilio_functions", True),),
    ),
    Question(
        "wants", "stack", "multi", "Features you are counting on",
        "Some are not available at GA; twarch says which, and what to do instead.",
        "ga",
        (
            Choice("boomerang_handback", "Hand back from human to AI"),
            Choice("ai_copilot", "AI copilot during human conversations"),
            Choice("outbound_orchestration", "Outbound orchestration"),
            Choice("native_dashboards", "Native dashboards"),
            Choice("turn_taking", "Primary channel governance / turn-taking"),
            Choice("scoped_tokens", "Delegated authority / scoped tokens"),
            Choice("email_summaries", "Post-interaction email summaries"),
        ),
    ),
    Question(
        "voice_pipeline", "voice", "choice", "How should a call become words and back?",
        "Cascaded runs speech-to-text, your LLM and text-to-speech; speech-to-speech streams the call's audio to a "
        "realtime voice model over Media Streams (no STT/TTS to pick).",
        "research",
        tuple(Choice(pipeline_id, label) for pipeline_id, label in VOICE_PIPELINES.items()),
    ),
    Question(
        "languages", "voice", "tags", "Which languages must the agent speak?",
        "The languages you can serve are the intersection of what your STT and TTS providers support.",
        "rules.providers",
    ),
    Question(
        "priority", "voice", "choice", "What matters most in the voice?",
        "Deepgram for latency, ElevenLabs for quality, Amazon Polly for cost, Google for languages.",
        "rules.providers",
        (
            Choice("latency", "Latency"),
            Choice("quality", "Voice quality"),
            Choice("cost", "Cost at volume"),
            Choice("languages", "Language coverage"),
        ),
    ),
    Question(
        "stt_provider", "voice", "choice", "Speech-to-text provider you already chose",
        "Leave unanswered to let twarch pick from your priority.",
        "rules.providers",
        tuple(Choice(p.id, p.name) for p in providers("stt")), optional=True,
    ),
    Question(
        "tts_provider", "voice", "choice", "Text-to-speech provider you already chose",
        "Leave unanswered to let twarch pick from your priority.",
        "rules.providers",
        tuple(Choice(p.id, p.name) for p in providers("tts")), optional=True,
    ),
    # ---- Volumes: what the monthly bill, the capacity plan and the sensitivity start from (twarch/estimates/).
    Question(
        "calls_per_month", "volumes", "count", "Calls per month",
        "With the call length, the voice volume the monthly bill and the capacity plan start from. "
        "Without it twarch prices nothing.",
        "research", maximum=MAX_MONTHLY_VOLUME,
    ),
    Question(
        "minutes_per_call", "volumes", "number", "Average call length (minutes)",
        "Voice, ConversationRelay and speech are billed per minute; the LLM's context grows with every turn, so "
        "its cost grows faster than the call. Default 5 (two sourced cost models).",
        "research", maximum=MAX_CALL_MINUTES,
    ),
    Question(
        "outbound_share", "volumes", "number", "Share of call minutes that are outbound (0 to 1)",
        "Outbound minutes cost more than inbound ones. Default from who calls first: inbound 0, outbound 1, both 0.5.",
        "research", maximum=1,
    ),
    Question(
        "toll_free_share", "volumes", "number", "Share of inbound minutes to toll-free numbers (0 to 1)",
        "A toll-free inbound minute costs more than two local ones. Default 0 (local numbers).",
        "research", maximum=1,
    ),
    Question(
        "recorded_share", "volumes", "number", "Share of calls recorded (0 to 1)",
        "Recording is billed per minute, and stored minutes beyond 10,000 a month cost too. Default 1 when you "
        "record calls, 0 otherwise.",
        "research", maximum=1,
    ),
    Question(
        "sms_per_month", "volumes", "count", "SMS segments per month (in and out)",
        "Twilio bills every SMS segment, inbound as well as outbound.",
        "research", maximum=MAX_MONTHLY_VOLUME,
    ),
    Question(
        "whatsapp_per_month", "volumes", "count", "WhatsApp messages per month (in and out)",
        "Twilio's per-message fee applies to every WhatsApp message, both ways.",
        "research", maximum=MAX_MONTHLY_VOLUME,
    ),
    Question(
        "whatsapp_templates_per_month", "volumes", "count", "WhatsApp template messages Meta charges for, per month",
        "Marketing and authentication templates, and utility templates outside the 24-hour service window, carry "
        "Meta's per-template fee, which varies by country.",
        "research", maximum=MAX_MONTHLY_VOLUME,
    ),
    Question(
        "chat_users_per_month", "volumes", "count", "Web chat users per month",
        "Web chat runs on a Conversations service billed per monthly active user.",
        "research", maximum=MAX_MONTHLY_VOLUME,
    ),
    Question(
        "messaging_conversations_per_month", "volumes", "count", "SMS and WhatsApp conversations per month",
        "A conversation is a thread of messages with one person. Escalations come from conversations, not messages: "
        "without this, text escalations are counted from chat users and calls only, a lower bound.",
        "research", maximum=MAX_MONTHLY_VOLUME,
    ),
    Question(
        "escalation_share", "volumes", "number", "Share of conversations handed to a human (0 to 1)",
        "Escalations make TaskRouter tasks and the human agents Erlang C sizes (or transfers to your phone line); the "
        "rest are resolved by the AI. "
        "Unanswered: 0.2, the mature-deployment figure of a 2025 industry survey (about 0.45 at launch).",
        "research", maximum=1,
    ),
    Question(
        "escalations_per_hour", "volumes", "number", "Escalations in the busiest hour",
        "Sizes the human team for the peak (Erlang C). Default: the month's escalations spread evenly over its "
        "hours, which understates any peak.",
        "research",
    ),
    Question(
        "handle_minutes", "volumes", "number", "Human handle time per escalation (minutes)",
        "Talk, hold and wrap-up time of a human agent on an escalated conversation. Unanswered: 7.5, a published "
        "phone median; escalated calls tend to run longer.",
        "research", maximum=MAX_CALL_MINUTES,
    ),
    Question(
        "service_level", "volumes", "number", "Service level target (share answered in time, 0 to 1)",
        "Erlang C finds the fewest agents that answer this share of escalations within the answer time. "
        "Default 0.8 (the industry 80/20).",
        "research", maximum=1,
    ),
    Question(
        "answer_seconds", "volumes", "number", "Answer time for the service level (seconds)",
        "Default 20 (the industry 80/20).",
        "research",
    ),
    Question(
        "seats", "volumes", "count", "Human agents who log in to Flex per month",
        "Flex (User + Usage) is billed per monthly active user. Default: the agents Erlang C needs at the peak, a "
        "lower bound once shifts and absence are counted.",
        "research",
    ),
    Question(
        "intelligence_sample_share", "volumes", "number", "Share of conversations Intelligence analyses (0 to 1)",
        "Operators are billed per character on every conversation they run on; sampling cuts the bill. Default 1.",
        "research", maximum=1,
    ),
)

BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}

#: The five essential questions, in the playbook's order (Step 2).
ESSENTIAL: tuple[str, ...] = ("outcome", "channels", "memory", "intelligence", "handoff")

