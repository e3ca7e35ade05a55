"""Step 1 from the user's own words: activation, mode, and answers pre-filled from the request."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import REFUSED, hostile_text, longest_requests, request_chars

from twarch.answers import Answers, validate
from twarch.errors import AnswerError
from twarch.knowledge import signals as cues
from twarch.knowledge.facts import MODES
from twarch.knowledge.questions import BY_ID
from twarch.reader.request import ModeResult, answers_from_text, detect_mode, prefill, prefill_matches
from twarch.render.views import mode_html

# --- modes -----------------------------------------------------------------------------------

DISCOVERY = [
    "We run a chain of dental clinics and want an AI receptionist that books appointments over the phone",
    "Looking for ideas: a chatbot on our website that answers questions about shipping",
    "Can you help me plan a conversational AI for our bank's support line?",
    "Our debt collection agency wants to automate reminder calls with AI, what do we need?",
    "we'd like to launch a virtual assistant that handles after-hours questions for our gym",
    "Thinking about a voicebot so patients can reschedule without waiting on hold",
    "What architecture would you recommend for AI customer service across phone and WhatsApp?",
    "Hook OpenAI up to a Twilio number so people can call it",
    "Our hotel wants an AI concierge guests can text",
    "I'd like to offer automated support for our SaaS product over SMS",
    "Help me design a phone bot that qualifies leads for our real estate agents",
    "Need an AI agent to take pizza orders by phone on Friday nights",
    # synonyms of an agent on a phone line (issue 10)
    "Our veterinary practice wants a digital receptionist for the phones",
    "an assistant that picks up the phone when our shop is closed would be great",
    "We'd love something that answers our calls while the crew is on a roof",
    "A concierge on web chat for our boutique hotel",
    "Give our dispatchers a voice copilot they can ring from the truck",
]

VALIDATION = [
    "I'm planning ConversationRelay with Conversation Memory so returning callers are recognised",
    ("Is ConversationRelay plus Conversation Intelligence enough for real-time sentiment on our AI agent calls, "
     "or do I also need TaskRouter?"),
    "We picked Media Streams and ElevenLabs for our voice bot because we need noise cancellation",
    "Does Agent Connect work with Conversation Orchestrator for WhatsApp and SMS?",
    "Our chatbot will use Conversation Orchestrator and hand off to Flex agents - any gaps?",
    "Voice AI agent on ConversationRelay with Deepgram and ElevenLabs, does that combination make sense?",
    "We want TAC with Conversation Memory for a multilingual voice agent",
    "Would Conversation Intelligence language operators catch compliance issues in our AI calls?",
    # products in TwiML form are named products; a question about a concrete plan asks for a check
    "We went with <Connect><ConversationRelay> and Claude for our booking line. Does it hold up?",
    "Our design is <Start><Stream> into a Cartesia pipeline with Flex behind it: anything missing?",
    "Is twilio-agent-connect-aws the right choice if our agents already live in Bedrock AgentCore?",
    "Sanity check: Conversation Memory store per tenant for our ISV bot, with sub-accounts",
]

BUILD = [
    "Write the TwiML <Connect><ConversationRelay> for my voice agent with ElevenLabs voices",
    "How do I configure MEMORY_STORE_ID for the TAC SDK in TypeScript?",
    "My ConversationRelay websocket server on ngrok keeps dropping, error 64105, help me debug",
    "Show me Python code for a FastAPI WebSocket endpoint that streams GPT-4o replies to ConversationRelay",
    "Call retrieveMemory() in the Agent Connect SDK for voice so the bot remembers callers",
    "Wire up the interrupt events in my ConversationRelay handler so the LLM stops talking",
    "npm install twilio-agent-connect and scaffold a chatbot for SMS with an OpenAI adapter",
    "Implement the escalation payload (conversation_id, reason_code) from our AI agent to TaskRouter",
    "Configure the Conversation Intelligence webhook for sentiment operators on our voice bot",
    "Add a status callback endpoint in server.js for my Twilio AI phone agent, using nova-3 on Deepgram",
    # imperatives to write or wire code
    "Pipe the caller's raw audio from <Connect><Stream> into AssemblyAI and back out through Cartesia",
    "Handle DTMF and interrupt messages in the relay socket of my voice bot",
    "Deploy our ConversationRelay app to Cloud Run with a Dockerfile and sticky sessions",
    "pls write a node script that creates an outbound call to my AI agent via the REST API",
    "Register the WhatsApp sender and the content templates for our AI chatbot",
]

NOT_ACTIVATED = [
    "what's the weather in Lisbon tomorrow?",
    "send a marketing email blast to our newsletter list",
    "Send SMS appointment reminders with Twilio",
    "Build an IVR menu: press 1 for sales, press 2 for support",
    "Translate this paragraph into French",
    "Set up TwiML to forward calls to my cell phone",
    "How do I rotate my Twilio auth token?",
    "Recommend a good pizza place nearby",
    "Our executive assistant answers the office phone, can Twilio forward calls to her?",
    "Port our main phone number from Verizon to Twilio",
    "Route inbound calls to the next free agent in our call center with TaskRouter",
    "",
]


@pytest.mark.parametrize("text", DISCOVERY)
def test_discovery(text):
    result = detect_mode(text)
    assert result.activates and result.mode == "discovery", result


@pytest.mark.parametrize("text", VALIDATION)
def test_validation(text):
    result = detect_mode(text)
    assert result.activates and result.mode == "validation", result


@pytest.mark.parametrize("text", BUILD)
def test_build(text):
    result = detect_mode(text)
    assert result.activates and result.mode == "build", result


@pytest.mark.parametrize("text", NOT_ACTIVATED)
def test_not_activated(text):
    result = detect_mode(text)
    assert not result.activates and result.mode is None, result
    assert result.activated_by == ()


def test_playbook_examples_still_hold():
    assert detect_mode("I want to build an AI voice agent for customer support").mode == "discovery"
    assert detect_mode("I need ConversationRelay with customer memory").mode == "validation"
    assert detect_mode("Set up a WebSocket handler for ConversationRelay with Deepgram").mode == "build"


@pytest.mark.parametrize("text, label", [
    ("we want a chat bot for WhatsApp", "chatbot"),
    ("A voice-bot for the front desk", "voice bot"),
    ("Our virtual assistant needs a phone line", "virtual assistant"),
    ("Connect Claude to our Twilio phone number", "LLM + phone"),
    ("Can Gemini answer calls?", "LLM + phone"),
    ("an AI that answers the phone at night", "AI + phone"),
    ("speech to text for our support hotline", "speech-to-text"),
    ("Natural text-to-speech for announcements", "text-to-speech"),
    ("real time voice conversations with customers", "real-time voice"),
    ("AI-powered customer service for a bakery", "AI customer service"),
    ("we want automated support for billing questions", "automated support"),
    ("Conversational AI for insurance claims", "conversational AI"),
    ("What does Conversation Orchestrator do?", "Conversation Orchestrator"),
    ("Agent Connect with Azure", "Agent Connect"),
    ("Is the TAC SDK stable?", "TAC"),
])
def test_activation_signals(text, label):
    result = detect_mode(text)
    assert result.activates and label in result.activated_by, result


def test_signals_are_the_users_words_in_text_order():
    text = "Set up a WebSocket handler for ConversationRelay with Deepgram"
    result = detect_mode(text)
    assert result.signals == ("Set up", "WebSocket handler", "ConversationRelay", "Deepgram")
    positions = [m.start for m in result.matches]
    assert positions == sorted(positions)
    for m in result.matches:
        assert text[m.start:m.end] == m.text


def test_longest_phrase_wins():
    result = detect_mode("Our AI agent uses Azure OpenAI")
    labels = [m.label for m in result.matches]
    assert "AI agent" in labels and "AI" not in labels


def test_case_and_punctuation_insensitive():
    a = detect_mode("SET UP A WEBSOCKET HANDLER FOR CONVERSATIONRELAY WITH DEEPGRAM")
    b = detect_mode("set-up a web socket handler for conversation relay with deepgram")
    assert a.mode == b.mode == "build"


def test_word_boundaries():
    # "tac" inside "contact", "ai" inside "said"/"chair", "flex" inside "flexible": nothing fires.
    assert not detect_mode("She said the chair at our contact center is flexible").activates


def test_scores_and_why():
    result = detect_mode("Set up a WebSocket handler for ConversationRelay with Deepgram")
    assert set(result.scores) == set(MODES)
    assert result.scores["build"] >= cues.BUILD_AT
    assert result.scores["discovery"] == cues.DISCOVERY_BASE
    assert result.why.startswith("Build:") and "ConversationRelay" in result.why
    assert "not activated" in str(detect_mode("hello there"))
    assert "validation mode" in str(detect_mode("I need ConversationRelay with customer memory"))


def test_scores_are_read_only():
    result = detect_mode("voice bot")
    with pytest.raises(TypeError):
        result.scores["build"] = 99.0


def test_each_signal_label_counts_once():
    once = detect_mode("ConversationRelay voice bot")
    twice = detect_mode("ConversationRelay voice bot, ConversationRelay again, conversation relay")
    assert once.scores == twice.scores
    assert twice.signals.count("ConversationRelay") == 1


def test_result_serialises():
    result = detect_mode("Set up a WebSocket handler for ConversationRelay with Deepgram")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["mode"] == "build" and data["signals"][0] == "Set up"
    html = mode_html(result)
    assert "Build mode" in html and "<code" in html
    escaped = mode_html(detect_mode("voice bot answering with <Connect> in TwiML"))
    assert "&lt;Connect&gt;" in escaped and "<Connect>" not in escaped
    assert "Not activated" in mode_html(detect_mode("hello"))


@pytest.mark.parametrize("bad", [None, 42, 3.5, b"voice bot", ["voice bot"], {"request": "x"}])
def test_non_text_raises_answer_error(bad):
    for fn in (detect_mode, answers_from_text, prefill, prefill_matches):
        with pytest.raises(AnswerError) as info:
            fn(bad)
        assert info.value.field == "request"


@pytest.mark.parametrize("read", [answers_from_text, detect_mode, prefill])
def test_too_long_request_is_an_answer_error(read):
    with pytest.raises(AnswerError, match="at most 4000") as info:
        read("chatbot " * 1000)
    assert info.value.field == "request"


# --- pre-fill --------------------------------------------------------------------------------

PREFILL = [
    # channels
    ("A voice agent that answers phone calls", "channels", ("voice",)),
    ("We send text messages to customers", "channels", ("sms",)),
    ("Support over WhatsApp and RCS", "channels", ("whatsapp", "rcs")),
    ("a chat widget on our website", "channels", ("chat",)),
    ("callers and SMS and web chat", "channels", ("voice", "sms", "chat")),
    ("omnichannel from day one", "channels", ("voice", "sms", "whatsapp", "rcs", "chat")),
    ("no phone calls, only WhatsApp", "channels", ("whatsapp",)),
    # outcome
    ("answer FAQs and book appointments", "outcome", "autonomous_service"),
    ("outbound reminder calls to patients", "outcome", "outbound_calling"),
    ("a copilot for our employees", "outcome", "internal_tools"),
    ("upsell premium plans to shoppers", "outcome", "conversational_commerce"),
    ("call our borrowers about collections", "outcome", "outbound_calling"),
    # memory
    ("it should remember returning customers", "memory", True),
    ("use their order history", "memory", True),
    ("doesn't need to remember anything", "memory", False),
    ("without memory", "memory", False),
    ("stateless: each call is independent", "memory", False),
    ("memory is not needed", "memory", False),
    ("the assistant must not forget past orders", "memory", True),
    ("it forgets everything after each call", "memory", False),
    # intelligence
    ("sentiment detection on calls", "intelligence", "realtime"),
    ("compliance monitoring for every agent", "intelligence", "realtime"),
    ("real-time analytics for supervisors", "intelligence", "realtime"),
    ("post-call analytics into our BI tools", "intelligence", "post_call"),
    ("post-call review even though we also track sentiment", "intelligence", "post_call"),
    ("no analytics needed", "intelligence", "none"),
    ("we don't need sentiment analysis", "intelligence", "none"),
    # handoff
    ("escalate to a human when stuck", "handoff", True),
    ("transfer to agent if the caller asks", "handoff", True),
    ("transfer the call to our billing team", "handoff", True),
    ("let them talk to a real person", "handoff", True),
    ("no human handoff", "handoff", False),
    ("never transfer to a person", "handoff", False),
    ("fully autonomous", "handoff", False),
    ("handoff: no", "handoff", False),
    ("customers don't like bots, so escalate quickly", "handoff", True),
    # who takes it (architect review 3, finding 5): a phone line, or a contact centre's agents
    ("emergencies go to the on-call technician", "handoff_target", "phone_line"),
    ("emergencies go to the on-call technician", "handoff", True),
    ("transfer the caller to the front desk", "handoff_target", "phone_line"),
    ("escalate to our contact centre agents in Flex", "handoff_target", "contact_center"),
    # profile and industry
    ("we are an ISV serving many brands", "customer_profile", "isv"),
    ("a Fortune 500 enterprise", "customer_profile", "enterprise"),
    ("a two-person startup", "customer_profile", "smb"),
    ("our clinic's patients", "industry", "healthcare"),
    # a text named by what it carries is SMS (architect review 4, finding 12); "the text of" a document is not
    ("and text the owner a confirmation", "channels", ("sms",)),
    ("send them a text when the order ships", "channels", ("sms",)),
    # HIPAA covers people's health information, not animals' (architect review 3, finding 25)
    ("a veterinary clinic booking our patients' check-ups", "industry", "general"),
    ("our animal hospital's after-hours line", "industry", "general"),
    ("collections for past-due accounts", "industry", "debt_collection"),
    ("a regional bank", "industry", "financial_services"),
    ("our online store", "industry", "retail"),
    ("the coffee shop down the road", "industry", "retail"),
    # payments, EU, recording, production
    ("take card payments by phone", "takes_payments", True),
    ("no payments are involved", "takes_payments", False),
    ("users across the EU", "eu_users", True),
    ("GDPR applies", "eu_users", True),
    ("US only for now", "eu_users", False),
    ("we record calls for training", "records_calls", True),
    ("we don't record anything", "records_calls", False),
    ("going to production in May", "production", True),
    ("it's a proof of concept", "production", False),
    ("not in production yet", "production", False),
    # stack
    ("deploy on Azure", "cloud", "azure"),
    ("running on AWS Fargate", "cloud", "aws"),
    ("Claude via Bedrock", "cloud", "aws"),
    ("we use OpenAI", "llm", "openai"),
    ("GPT-4o-mini for replies", "llm", "openai"),
    ("Claude Sonnet", "llm", "anthropic"),
    ("Anthropic models", "llm", "anthropic"),
    ("Gemini 1.5 Pro", "llm", "google"),
    ("Azure OpenAI deployment", "llm", "azure_openai"),
    ("Claude on Bedrock", "llm", "bedrock"),
    ("GPT-4o served through Azure OpenAI", "llm", "azure_openai"),
    ("our team writes Python", "team_language", "python"),
    ("a Node.js backend", "team_language", "typescript"),
    ("TypeScript everywhere", "team_language", "typescript"),
    ("raw audio for speaker diarization", "needs_raw_audio", True),
    ("noise cancellation matters", "needs_raw_audio", True),
    ("we don't need raw audio", "needs_raw_audio", False),
    ("we need low-level control of the protocol", "needs_low_level_control", True),
    ("we already run a WebSocket server", "existing_websocket_server", True),
    ("callbacks go to Twilio Functions", "uses_twilio_functions", True),
    ("about 300 concurrent calls at peak", "peak_concurrent_calls", 300),
    ("2k simultaneous calls", "peak_concurrent_calls", 2000),
    # voice
    ("lowest latency possible", "priority", "latency"),
    ("the most natural-sounding voice", "priority", "quality"),
    ("it must be multilingual", "priority", "languages"),
    ("transcription by Deepgram", "stt_provider", "deepgram"),
    ("Google speech-to-text", "stt_provider", "google"),
    ("ElevenLabs voices", "tts_provider", "elevenlabs"),
    ("Amazon Polly", "tts_provider", "amazon_polly"),
    ("Google TTS", "tts_provider", "google"),
    # languages and regulations
    ("callers speak Spanish and French", "languages", ("es", "fr")),
    ("Spanish-speaking patients, plus Mandarin", "languages", ("es", "zh")),
    ("German, Japanese and Brazilian Portuguese", "languages", ("de", "ja", "pt-BR")),  # a regional variant is a locale
    ("TCPA consent for outbound", "regulations", ("tcpa",)),
    ("HIPAA and PCI DSS", "regulations", ("hipaa", "pci_dss")),
    ("FDCPA and Reg F", "regulations", ("fdcpa",)),
    ("two-party consent states", "regulations", ("recording_consent",)),
    ("AI disclosure at the start of every call", "regulations", ("ai_disclosure",)),
    ("the EU AI Act", "regulations", ("eu_ai_act",)),
    ("CCPA requests", "regulations", ("ccpa",)),
    ("A2P 10DLC registration", "regulations", ("a2p_10dlc",)),
    ("STIR/SHAKEN attestation", "regulations", ("stir_shaken",)),
    ("WhatsApp Business policy", "regulations", ("whatsapp_policy",)),
    ("CASL for Canadian customers", "regulations", ("canada_crtc_casl",)),
    # GA wants
    ("hand it back to the AI after the human", "wants", ("boomerang_handback",)),
    ("an AI copilot for our human agents", "wants", ("ai_copilot",)),
    # agent assist: the AI listens to calls the business's own people take (architect review 3, finding 1)
    ("an AI copilot for our 40 claims adjusters in Flex", "wants", ("ai_copilot",)),
    ("an AI copilot for our 40 claims adjusters in Flex", "outcome", "internal_tools"),
    ("our sales reps want an AI that listens in on their calls and suggests what to say", "outcome",
     "internal_tools"),
    ("agent assist for our call centre reps", "wants", ("ai_copilot",)),
    ("the receptionist suggests a time slot to the caller", "outcome", "autonomous_service"),
    ("dashboards for managers", "wants", ("native_dashboards",)),
    ("email summaries after each chat", "wants", ("email_summaries",)),
    # direction, countries, region, pipeline, tenants (issue 10)
    ("we phone our members about lapsed policies", "direction", "outbound"),
    ("we phone our members about lapsed policies", "channels", ("voice",)),
    ("an assistant that texts new leads within a minute", "direction", "outbound"),
    ("patients ring our clinic line to book", "direction", "inbound"),
    ("it takes the overflow calls at lunchtime", "direction", "inbound"),
    ("customers can call us back any time", "direction", "inbound"),  # "call us back" is not calling them
    ("it answers inbound calls and also rings no-shows back", "direction", "both"),
    ("customers in the Netherlands and Belgium", "countries", ("NL", "BE")),
    ("Italian shoppers and people in Austria", "countries", ("IT", "AT")),
    ("our offices in Texas and Quebec", "countries", ("US", "CA")),
    ("we need IE1 for GDPR reasons", "region", "ie1"),
    ("data residency in Australia", "region", "au1"),
    ("a speech-to-speech model over Media Streams", "voice_pipeline", "speech_to_speech"),
    ("gpt-realtime on the phone line", "voice_pipeline", "speech_to_speech"),
    ("we serve 120 tenants", "tenants", 120),
    ("our 18 client agencies each get their own line", "tenants", 18),
    ("9 dealerships, each with its own number", "customer_profile", "isv"),
    ("We're a scheduling SaaS for salons", "customer_profile", "isv"),
    ("a national insurer with millions of members", "customer_profile", "enterprise"),
    ("the raw caller audio for our own diarization", "needs_raw_audio", True),
    ("whisper for transcription", "stt_provider", "openai"),
    ("pip install the core package", "team_language", "python"),
    ("the assistant rings homeowners about their quote", "direction", "outbound"),
    ("we call and text our members before renewal", "channels", ("voice", "sms")),
    ("bookings by phone and text", "channels", ("voice", "sms")),
    ("a Belgian logistics provider", "countries", ("BE",)),
    ("about 40 calls at once on Mondays", "peak_concurrent_calls", 40),
    ("it passes qualified callers to a sales rep", "handoff", True),
    ("we own three hair salons", "customer_profile", "smb"),
    ("it answers the after-hours calls and books jobs", "outcome", "autonomous_service"),
    # handoff to anyone named by a role, not a closed list of nouns (review 2, finding 3)
    ("it passes anything clinical to a receptionist", "handoff", True),
    ("transfer to a licensed adviser if they want to haggle", "handoff", True),
    ("escalates disputes to one of our underwriters", "handoff", True),
    ("routes urgent calls to the on-call dispatcher", "handoff", True),
    ("puts them through to a pharmacist", "handoff", True),
    ("connects callers with a nurse", "handoff", True),
    ("the caller can ask to speak to a mortgage broker", "handoff", True),
    ("hand billing questions over to our finance team", "handoff", True),
    ("gets one of our lawyers on the line", "handoff", True),
    ("a human collector takes over if the debtor disputes", "handoff", True),
    ("it never transfers to a human", "handoff", False),
    ("without passing anything to a doctor", "handoff", False),
    # volumes (review 2, finding 2)
    ("About 9,000 calls a month", "calls_per_month", 9000),
    ("About 40,000 calls a month, 4 minutes each", "calls_per_month", 40000),
    ("About 40,000 calls a month, 4 minutes each", "minutes_per_call", 4.0),
    ("an AI that calls 20,000 US consumers a month", "calls_per_month", 20000),
    ("runs a 6-minute customer-satisfaction survey", "minutes_per_call", 6.0),
    ("about 5,000 calls a month of 8 minutes", "calls_per_month", 5000),
    ("about 5,000 calls a month of 8 minutes", "minutes_per_call", 8.0),
    ("we take 9k calls per month", "calls_per_month", 9000),
    ("roughly 800k inbound calls monthly", "calls_per_month", 800_000),
    ("a million calls a month", "calls_per_month", 1_000_000),
    ("8-10k calls a month", "calls_per_month", 9000),  # a range reads as its midpoint
    ("between 8,000 and 10,000 calls each month", "calls_per_month", 9000),
    ("2,000 calls a week", "calls_per_month", 8667),  # 52 weeks in 12 months
    ("120,000 calls a year", "calls_per_month", 10_000),
    ("40,000 monthly calls", "calls_per_month", 40_000),
    ("our monthly call volume is about 40k", "calls_per_month", 40_000),
    ("we ring about 3,000 patients every month", "calls_per_month", 3000),
    ("40,000 calls and 10,000 texts a month", "calls_per_month", 40_000),
    ("40,000 calls and 10,000 texts a month", "sms_per_month", 10_000),
    ("calls last about 3-5 minutes", "minutes_per_call", 4.0),
    ("average call length: 4.5 minutes", "minutes_per_call", 4.5),
    ("90-second calls", "minutes_per_call", 1.5),
    ("three-minute calls", "minutes_per_call", 3.0),
    ("4 minutes per call", "minutes_per_call", 4.0),
    ("we send 50,000 SMS a month", "sms_per_month", 50_000),
    ("20k WhatsApp messages per month", "whatsapp_per_month", 20_000),
    ("about 50k messages a month on WhatsApp", "whatsapp_per_month", 50_000),
    ("12,000 web chat users a month", "chat_users_per_month", 12_000),
    ("15% of calls go to a person", "escalation_share", 0.15),
    ("about 15% of calls are escalated", "escalation_share", 0.15),
    ("an escalation rate of 15%", "escalation_share", 0.15),
    ("escalate about 1 in 5 calls", "escalation_share", 0.2),
    ("roughly 20 percent of callers will want to speak to a pharmacist", "escalation_share", 0.2),
    ("we expect 85% containment", "escalation_share", 0.15),  # the rest reach a person
    ("transfer 10-15% of calls to a human", "escalation_share", 0.125),
    ("maybe 15 calls at the same time", "peak_concurrent_calls", 15),
    # raw audio: an engine of your own, not a voice of your own (review 2, finding 4)
    ("run our own noise suppression and our own speech recognition model", "needs_raw_audio", True),
    ("we run our own ASR", "needs_raw_audio", True),
    ("our own text-to-speech engine", "needs_raw_audio", True),
    ("self-hosted Whisper-based ASR", "needs_raw_audio", True),
    ("a fine-tuned speech model", "needs_raw_audio", True),
    # and the engine is the customer's own: no vendor to pick (review 3, finding 2)
    ("We run our own speech recognition on our GPUs", "stt_provider", "own"),
    ("our in-house ASR", "stt_provider", "own"),
    ("our own TTS voice engine", "tts_provider", "own"),
    ("our own text-to-speech engine", "tts_provider", "own"),
    ("we run our own speech models on premises", "tts_provider", "own"),
    ("the LLM is self-hosted", "llm", "own"),
    ("an on-prem model answers", "llm", "own"),
    ("a self-hosted Llama model", "llm", "own"),
]


@pytest.mark.parametrize("text, key, value", PREFILL)
def test_prefill(text, key, value):
    filled = prefill(text)
    assert key in filled, filled
    got, phrase = filled[key]
    assert got == value
    assert phrase and phrase.split(", ")[0].lower() in text.lower()
    assert getattr(answers_from_text(text), key) == value


@pytest.mark.parametrize("text, key", [
    ("Google will host it", "stt_provider"),         # Google alone is ambiguous
    ("Google will host it", "tts_provider"),
    ("Google will host it", "llm"),
    ("We are choosing between OpenAI and Anthropic", "llm"),  # two at the same strength: leave it open
    ("I'm not sure whether we need memory", "memory"),         # a hedge is not an answer
    ("should we add WhatsApp?", "channels"),
    ("it should sound human", "handoff"),                       # "human" about the voice, not a person
    ("store the transcripts in our memory store", "industry"),  # "store" as a verb / product is not retail
    ("we have some technical debt", "industry"),
    ("it forgets everything after each call", "intelligence"),
    ("We're evaluating Deepgram vs Google for STT", "stt_provider"),
    ("call the OpenAI API", "channels"),
    ("express consent before calling", "team_language"),
    ("a two-step escalation isn't about payment reminders", "takes_payments"),
    ("callers from New South Wales", "countries"),          # an Australian state, not Wales
    ("our data must stay in the EU", "eu_users"),           # where data lives, not where the users are
    ("German-speaking staff", "countries"),                  # a language, not a country
    ("leads fill in the form on our website", "channels"),   # a web form is not a chat channel
    ("questions about billing", "takes_payments"),          # talking about bills is not taking a card
    # numbers that are no volume
    ("we were founded in 2015", "calls_per_month"),
    ("since 2015 calls a month have doubled", "calls_per_month"),  # a year
    ("call 0800 123 4567 for details", "calls_per_month"),       # a phone number
    ("a $9,000 a month budget", "calls_per_month"),               # a price
    ("9,000 USD of calls a month", "calls_per_month"),
    ("9,000 minutes of calls a month", "calls_per_month"),       # minutes, not calls
    ("500 calls a day", "calls_per_month"),                      # the days a month the line is open are unknown
    ("9.000 calls a month", "calls_per_month"),                   # a thousands point or a decimal point?
    ("3 calls a month per customer", "calls_per_month"),          # a volume per customer
    ("each of our 40 clinics gets about 500 calls a month", "calls_per_month"),  # per tenant
    ("5,000 inbound and 2,000 outbound calls a month", "calls_per_month"),  # two volumes, not one
    ("call volume grew from 5,000 to 10,000 calls", "calls_per_month"),
    ("books 30-minute appointments", "minutes_per_call"),         # the length of something else
    ("our 311 line has 40-minute waits", "minutes_per_call"),
    ("phone leads within 5 minutes of them filling in the form", "minutes_per_call"),
    ("50k messages a month", "whatsapp_per_month"),               # which channel?
    ("50k messages a month", "sms_per_month"),
    ("30% of our callers are doctors", "escalation_share"),       # a share of something else
    ("15% of the budget goes to staff", "escalation_share"),
    ("a 20% discount for callers", "escalation_share"),
    # a person's things, and the AI, are no person
    ("send the summary to the doctor", "handoff"),
    ("pass the transcript to our analytics team", "handoff"),
    ("connect the SDK to our Claude agent", "handoff"),
    ("refer to the doctor's notes", "handoff"),
    ("hand it to our GPT-4o agent", "handoff"),
    # a voice of your own is a persona a TTS provider can host, not an engine
    ("we want our own voice", "needs_raw_audio"),
    ("we want our own voice", "tts_provider"),
    ("our own brand voice on ElevenLabs TTS", "needs_raw_audio"),
    ("our own voice with TTS", "tts_provider"),
    ("our own speech recognition model before the LLM", "llm"),
    ("our own data model stays on-prem", "llm"),
    ("a custom voice for our brand", "needs_raw_audio"),
    ("a cloned voice of our founder", "needs_raw_audio"),
    ("custom audio prompts on hold", "needs_raw_audio"),
    ("our own LLM", "needs_raw_audio"),
    # a speech provider named says which engine, not which pipeline: the pipeline stays open (the engine's default)
    ("Deepgram for STT, any TTS", "voice_pipeline"),
    # a caller is whoever is on the line, whichever side dialled
    ("when the caller interrupts, stop talking", "direction"),
])
def test_not_prefilled(text, key):
    assert key not in prefill(text)


def test_negation_stays_in_its_clause():
    filled = prefill("It doesn't need to remember anything, but it should escalate to a human when stuck")
    assert filled["memory"] == (False, "remember")
    assert filled["handoff"] == (True, "escalate to a human")
    filled = prefill("Not only should it answer questions, it must remember returning customers")
    assert filled["memory"][0] is True


def test_prefill_matches_mark_negation_and_hedges():
    matches = prefill_matches("no human handoff. Maybe WhatsApp later.")
    handoff = next(m for m in matches if m.field == "handoff")
    assert handoff.negated and handoff.value is False and handoff.phrase == "handoff"
    whatsapp = next(m for m in matches if m.field == "channels")
    assert whatsapp.hedged
    assert all(json.dumps(m.to_dict()) for m in matches)


def test_one_phrase_sets_several_fields():
    filled = prefill("We use Azure OpenAI and must follow GDPR")
    assert filled["llm"] == ("azure_openai", "Azure OpenAI")
    assert filled["cloud"] == ("azure", "Azure OpenAI")
    assert filled["eu_users"] == (True, "GDPR")
    assert filled["regulations"] == (("gdpr",), "GDPR")


def test_answers_from_text_full_request():
    text = ("A phone agent for our clinic, no human handoff, it doesn't need to remember anything. "
            "Spanish and English. HIPAA applies. We use Azure OpenAI and Python, 200 concurrent calls.")
    a = answers_from_text(text)
    assert a.request == text
    assert a.channels == ("voice",) and a.handoff is False and a.memory is False
    assert a.industry == "healthcare" and a.regulations == ("hipaa",)
    assert a.languages == ("es", "en") and a.llm == "azure_openai" and a.cloud == "azure"
    assert a.team_language == "python" and a.peak_concurrent_calls == 200


def test_unrelated_text_only_sets_request():
    assert answers_from_text("what's the weather?").to_dict() == {"request": "what's the weather?"}


def test_deterministic():
    text = "Set up ConversationRelay with Deepgram for our bank's Spanish-speaking callers; escalate to Flex"
    assert detect_mode(text) == detect_mode(text)
    assert prefill(text) == prefill(text)
    assert answers_from_text(text) == answers_from_text(text)


# --- the tables themselves ------------------------------------------------------------------

def test_every_phrase_sets_valid_answers():
    for phrase in cues.PHRASES:
        assert phrase.sets or phrase.hides, phrase.pattern  # a phrase that sets nothing hides something
        assert set(phrase.hints) <= {key for key, _ in phrase.sets}, phrase.pattern
        for key, value in phrase.sets:
            assert key in BY_ID, key
            if value in (cues.NUMBER, cues.TAG):
                assert ("(?P<n>" if value == cues.NUMBER else "(?P<tag>") in phrase.pattern
                assert value != cues.NUMBER or BY_ID[key].kind in ("count", "number"), key
                continue
            if value == cues.GROUP:
                assert phrase.groups and all(f"(?P<{group}>" in phrase.pattern for group, _ in phrase.groups)
                for _, grouped in phrase.groups:
                    assert validate(BY_ID[key], list(grouped)) is not None
                continue
            assert key not in phrase.hides
            assert validate(BY_ID[key], list(value) if isinstance(value, tuple) else value) is not None


def test_every_signal_is_well_formed():
    for sig in cues.SIGNALS:
        assert sig.label and (sig.activates or sig.weights or sig.group), sig
        for mode, weight in sig.weights:
            assert mode in MODES and weight != 0
        assert not sig.weights or any(weight > 0 for _, weight in sig.weights), sig
    groups = {s.group for s in cues.SIGNALS if s.group}
    assert groups - {g for c in cues.COMBINATIONS for g in c.groups} == {"team tool", "no AI", "no Twilio"}  # masking
    assert {g for c in cues.COMBINATIONS for g in c.groups} <= groups


def test_negated_choices_are_valid():
    for key, value in cues.NEGATED_CHOICE.items():
        assert value in BY_ID[key].choice_ids


def test_regexes_compile_once():
    from twarch.reader import request as mode

    signals = mode._table("signals")
    detect_mode("voice bot")
    assert mode._table("signals") is signals and signals[0][0] is mode._table("signals")[0][0]
    memory = mode._phrases_for(frozenset({"memory"}))
    assert mode._phrases_for(frozenset({"memory"})) is memory and all(isinstance(rx, re.Pattern) for rx, _ in memory)
    assert {f for _, p in memory for f, _ in p.sets} >= {"memory"} and len(memory) < len(cues.PHRASES) / 5


def test_reading_only_some_fields_reads_them_as_reading_all_would():
    text = "We're a Dutch clinic: an AI receptionist that remembers callers, answers inbound calls and rings no-shows"
    everything = prefill(text)
    for fields in (["memory"], ["countries", "direction"], ["channels", "industry", "languages"]):
        assert prefill(text, fields) == {k: v for k, v in everything.items() if k in fields}


# --- properties ------------------------------------------------------------------------------

WORDS = st.sampled_from([
    "no", "not", "without", "voice", "bot", "AI", "ConversationRelay", "set up", "TwiML", "OpenAI", "Claude",
    "phone", "calls", "remember", "human", "escalate", "Spanish", "EU", "HIPAA", "k", "1,000", "concurrent",
    "payments", "sentiment", "post-call", ",", ".", ":", "-", "'", "\u2019", "maybe", "Deepgram", "()", "_ID",
])
TEXT = st.one_of(st.text(request_chars, max_size=300), st.lists(WORDS, max_size=40).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_text_gives_a_valid_mode_result(text):
    result = detect_mode(text)
    assert isinstance(result, ModeResult)
    assert result.mode in (None, *MODES)
    assert result.activates == (result.mode is not None) == bool(result.activated_by)
    assert all(isinstance(s, str) and s for s in result.signals)
    assert all(text[m.start:m.end] == m.text for m in result.matches) or any(
        c in text for c in "\u2018\u2019\u201c\u201d\u00a0\u2010\u2011\u2013\u2014")
    json.dumps(result.to_dict())
    str(result)
    mode_html(result)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_text_gives_valid_answers(text):
    answers = answers_from_text(text)
    assert isinstance(answers, Answers)
    assert answers.request == text
    assert Answers.from_dict(answers.to_dict()) == answers
    for key, (value, phrase) in prefill(text).items():
        assert getattr(answers, key) == value and phrase


@settings(max_examples=100, deadline=None)
@given(longest_requests)
def test_long_text_within_limit(text):
    assert answers_from_text(text).request == text


@settings(max_examples=200, deadline=None)
@given(hostile_text)
def test_text_with_a_refused_character_is_an_answer_error_before_any_scan(text):
    refused = REFUSED.search(text)
    for read in (detect_mode, prefill, answers_from_text):
        if refused:
            with pytest.raises(AnswerError, match=f"U\\+{ord(refused.group()):04X}") as info:
                read(text)
            assert info.value.field == "request"
        else:
            read(text)
