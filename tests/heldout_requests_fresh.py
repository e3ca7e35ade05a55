"""A second held-out set of requests for Step 1 and pre-fill, written blind (without reading the reader's patterns
or the first held-out set) after the reader was generalised, and never used to tune it. Same format as
tests/heldout_requests.py."""

CASES: tuple[tuple[str, str | None, dict], ...] = (
    # ---------------------------------------------------------------- discovery: outcomes, no product chosen
    ("We'd like an AI receptionist that answers our phones after hours and books appointments for the salon.",
     "discovery", {"channels": ["voice"], "direction": "inbound", "outcome": "autonomous_service"}),
    ("Thinking about a chatbot for our online store that can answer order questions on WhatsApp and on the website.",
     "discovery", {"channels": ["whatsapp", "chat"], "industry": "retail"}),
    ("Can Twilio help us build a voice assistant that calls patients to remind them of their appointments? "
     "We're a group of clinics in the UK.",
     "discovery", {"channels": ["voice"], "direction": "outbound", "industry": "healthcare", "countries": ["GB"],
                   "outcome": "outbound_calling"}),
    ("i want something that answers our phones so my guys stop getting interupted on jobs lol. we're a plumbing "
     "company",
     "discovery", {"channels": ["voice"], "direction": "inbound"}),
    ("Our bank wants to explore conversational AI for customers calling in about their cards; anything complex "
     "must still reach a person.",
     "discovery", {"channels": ["voice"], "direction": "inbound", "industry": "financial_services",
                   "handoff": True}),
    ("What would it take to have an AI agent ring our Dutch customers to chase overdue invoices?",
     "discovery", {"channels": ["voice"], "direction": "outbound", "countries": ["NL"],
                   "outcome": "outbound_calling"}),
    ("We're a SaaS platform for real estate agencies (about 250 of them) and want to offer each one a virtual "
     "assistant that calls and texts their leads back.",
     "discovery", {"customer_profile": "isv", "tenants": 250, "channels": ["voice", "sms"],
                   "direction": "outbound"}),
    ("Looking to automate our hotel's concierge over WhatsApp - guests message us for late checkout, restaurant "
     "tips, that sort of thing.",
     "discovery", {"channels": ["whatsapp"], "direction": "inbound"}),
    ("Our support team is drowning. Could an AI pick up the easy calls and text messages from customers across "
     "Mexico and pass the rest to humans?",
     "discovery", {"channels": ["voice", "sms"], "direction": "inbound", "countries": ["MX"], "handoff": True}),
    ("Is it feasible to have a bot that talks to callers in Switzerland in German and French for our insurance "
     "company?",
     "discovery", {"channels": ["voice"], "direction": "inbound", "countries": ["CH"]}),
    ("We want an internal voice copilot our field technicians can phone to look up repair manuals hands-free.",
     "discovery", {"channels": ["voice"], "outcome": "internal_tools"}),
    ("Brainstorming: an AI that phones customers for a satisfaction survey after each delivery. Where do we start?",
     "discovery", {"channels": ["voice"], "direction": "outbound", "outcome": "outbound_calling"}),
    ("We're a 3-person startup and want a simple AI chat on our website that remembers returning visitors.",
     "discovery", {"channels": ["chat"], "memory": True, "customer_profile": "smb"}),
    ("Customer data must stay in the EU. We're exploring an AI phone agent for our utility customers in Germany.",
     "discovery", {"channels": ["voice"], "region": "ie1", "countries": ["DE"]}),
    ("Could an AI handle upselling when customers call in to renew their subscriptions?",
     "discovery", {"channels": ["voice"], "direction": "inbound", "outcome": "conversational_commerce"}),
    ("We're a practice-management SaaS. Our 40 client clinics should each get their own AI receptionist answering "
     "their phones.",
     "discovery", {"customer_profile": "isv", "tenants": 40, "industry": "healthcare", "channels": ["voice"],
                   "direction": "inbound"}),
    ("Hey, we run an e-commerce brand and want a shopping assistant on WhatsApp and RCS that recommends products "
     "and closes sales.",
     "discovery", {"channels": ["whatsapp", "rcs"], "outcome": "conversational_commerce", "industry": "retail"}),
    ("Large airline here: we'd like an AI in our call centre that handles rebookings 24/7 for people calling from "
     "Canada and the US, and we have to record the calls.",
     "discovery", {"customer_profile": "enterprise", "channels": ["voice"], "direction": "inbound",
                   "countries": ["CA", "US"], "records_calls": True}),
    ("whats the best way to get an ai agent answering the phones at our law firm? it must never pretend to be human",
     "discovery", {"channels": ["voice"], "direction": "inbound"}),

    # ---------------------------------------------------------------- validation: products named, check them
    ("We're planning ConversationRelay plus Conversation Memory for inbound support calls. Does that combination "
     "make sense?",
     "validation", {"channels": ["voice"], "direction": "inbound", "memory": True}),
    ("Is <Connect><Stream> to the OpenAI Realtime API a good fit for our UK pharmacy's hotline, or should we go "
     "with ConversationRelay?",
     "validation", {"channels": ["voice"], "llm": "openai", "countries": ["GB"], "industry": "healthcare",
                    "direction": "inbound"}),
    ("Our proposed architecture: ConversationRelay with Deepgram STT and ElevenLabs TTS, Claude as the LLM, "
     "TaskRouter into Flex for escalation. Any gaps?",
     "validation", {"channels": ["voice"], "stt_provider": "deepgram", "tts_provider": "elevenlabs",
                    "llm": "anthropic", "handoff": True, "voice_pipeline": "cascaded"}),
    ("We picked Conversation Orchestrator for SMS and WhatsApp with GPT-4o behind it. Do we also need "
     "Conversation Intelligence?",
     "validation", {"channels": ["sms", "whatsapp"], "llm": "openai"}),
    ("Sanity check: Agent Connect SDK on Azure with Azure OpenAI for a voice agent that calls Dutch customers about "
     "missed payments.",
     "validation", {"channels": ["voice"], "direction": "outbound", "countries": ["NL"], "cloud": "azure",
                    "llm": "azure_openai"}),
    ("Please validate: Twilio Media Streams into our own Whisper + Amazon Polly pipeline, because we need the raw "
     "audio for our noise suppression.",
     "validation", {"channels": ["voice"], "needs_raw_audio": True, "stt_provider": "openai",
                    "tts_provider": "amazon_polly", "voice_pipeline": "cascaded"}),
    ("For our multi-tenant ISV setup with 30 clients, is one Conversation Memory store per client OK given the "
     "account limits?",
     "validation", {"customer_profile": "isv", "tenants": 30, "memory": True}),
    ("We intend to run ConversationRelay in the IE1 region for callers in France who ring our helpline. Is "
     "ConversationRelay even available there?",
     "validation", {"channels": ["voice"], "region": "ie1", "countries": ["FR"], "direction": "inbound"}),
    ("Does Conversation Intelligence post-call analysis work alongside a ConversationRelay voice agent for our "
     "retail chain?",
     "validation", {"channels": ["voice"], "intelligence": "post_call", "industry": "retail"}),
    ("Thinking of <ConversationRelay> with Google STT and Google TTS so we can cover Hindi and Tamil for customers "
     "in India. Does that hold up?",
     "validation", {"channels": ["voice"], "countries": ["IN"], "stt_provider": "google", "tts_provider": "google",
                    "voice_pipeline": "cascaded"}),
    ("We chose Twilio Functions for the status callbacks of our AI voice agent; peak is around 80 concurrent calls. "
     "Will that scale?",
     "validation", {"channels": ["voice"], "uses_twilio_functions": True, "peak_concurrent_calls": 80}),
    ("Checking our plan: <Pay> inside a ConversationRelay bot so it can take card payments for utility bills. "
     "Is PCI mode going to be a problem?",
     "validation", {"channels": ["voice"], "takes_payments": True}),
    ("Our design is WhatsApp through Conversation Orchestrator, escalation to Flex agents, and Conversation Memory "
     "for order history. Are we missing anything?",
     "validation", {"channels": ["whatsapp"], "handoff": True, "memory": True}),
    ("Is the TAC SDK the right choice for our AI agent if we already run our own WebSocket server?",
     "validation", {"existing_websocket_server": True}),
    ("We plan speech-to-speech with gpt-realtime over Media Streams for an outbound sales campaign in Brazil. "
     "Good call vs ConversationRelay?",
     "validation", {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "llm": "openai",
                    "direction": "outbound", "countries": ["BR"]}),
    ("Bedrock + Agent Connect on AWS for a HIPAA-covered telehealth voice assistant: are we missing a BAA or "
     "anything else?",
     "validation", {"channels": ["voice"], "llm": "bedrock", "cloud": "aws", "industry": "healthcare",
                    "regulations": ["hipaa"]}),
    ("we went with conversationrelay + gemini for the restaurant's reservations line, do we even need conversation "
     "intelligence??",
     "validation", {"channels": ["voice"], "llm": "google", "direction": "inbound"}),

    # ---------------------------------------------------------------- build: implementation detail or an order
    ("Implement a WebSocket handler for ConversationRelay in FastAPI that streams Claude's response token by token.",
     "build", {"channels": ["voice"], "llm": "anthropic", "team_language": "python"}),
    ("Write the TwiML for <Connect><ConversationRelay> with an ElevenLabs voice, Deepgram transcription and a "
     "welcomeGreeting.",
     "build", {"channels": ["voice"], "stt_provider": "deepgram", "tts_provider": "elevenlabs",
               "voice_pipeline": "cascaded"}),
    ("Wire <Connect><Stream> to the OpenAI Realtime API in Node.js so people who call our number talk to the model "
     "speech-to-speech.",
     "build", {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "llm": "openai",
               "team_language": "typescript", "direction": "inbound"}),
    ("Deploy our ConversationRelay WebSocket server to AWS ECS behind an ALB, with Redis for session state.",
     "build", {"channels": ["voice"], "cloud": "aws"}),
    ("Add a live-agent handoff to our voice bot: when the caller says 'speak to a human', send the end message with "
     "a handoff payload and enqueue the call into TaskRouter.",
     "build", {"channels": ["voice"], "handoff": True}),
    ("Handle the interrupt event in our Python ConversationRelay server so the bot stops talking when the caller "
     "barges in.",
     "build", {"channels": ["voice"], "team_language": "python"}),
    ("Create an outbound call with the REST API that connects to our AI agent over ConversationRelay, with AMD "
     "enabled, for appointment reminders to patients in Ontario.",
     "build", {"channels": ["voice"], "direction": "outbound", "countries": ["CA"], "industry": "healthcare",
               "outcome": "outbound_calling"}),
    ("Code a Twilio Function that receives the ConversationRelay action callback and dials our support queue when "
     "the AI hands off.",
     "build", {"channels": ["voice"], "uses_twilio_functions": True, "handoff": True}),
    ("Set up the Agent Connect TypeScript SDK with OpenAI for SMS and WhatsApp and give me the server code.",
     "build", {"channels": ["sms", "whatsapp"], "llm": "openai", "team_language": "typescript"}),
    ("Add <Start><Recording> before <Connect> in our AI agent's TwiML so every call is recorded, and post the "
     "recording URL to our webhook.",
     "build", {"channels": ["voice"], "records_calls": True}),
    ("Implement per-tenant Memory Store selection in our ISV bot backend: 12 customers, each on its own subaccount.",
     "build", {"customer_profile": "isv", "tenants": 12, "memory": True}),
    ("pls write the express.js code for a whatsapp chatbot using gemini that replies thru twilio",
     "build", {"channels": ["whatsapp"], "llm": "google", "team_language": "typescript"}),
    ("Build the webhook that feeds real-time Conversation Intelligence operator results into our voice agent so it "
     "softens its tone when the caller gets angry.",
     "build", {"channels": ["voice"], "intelligence": "realtime"}),
    ("Configure our voice agent to run in the AU1 region with the sydney edge; give me the env vars and the client "
     "setup code.",
     "build", {"channels": ["voice"], "region": "au1"}),
    ("Write a Python script that calls our customers in Spain with a ConversationRelay agent that reads out their "
     "delivery window, using Amazon Polly voices.",
     "build", {"channels": ["voice"], "direction": "outbound", "countries": ["ES"], "team_language": "python",
               "tts_provider": "amazon_polly"}),
    ("Implement the payment step in our AI phone agent: when the customer wants to pay, hand the call to <Pay> and "
     "return to ConversationRelay afterwards.",
     "build", {"channels": ["voice"], "takes_payments": True}),
    ("Wire a web chat widget to our Bedrock agent through Conversation Orchestrator and deploy it on Lambda.",
     "build", {"channels": ["chat"], "llm": "bedrock", "cloud": "aws"}),

    # ---------------------------------------------------------------- None: not about an AI agent at all
    ("How do I send a bulk SMS campaign to 10k opted-in subscribers with a Twilio Messaging Service?", None, {}),
    ("Buy a local London phone number through the API and point its voice URL at my webhook.", None, {}),
    ("Set up Twilio Verify so users get a one-time passcode by SMS when they log in.", None, {}),
    ("Build a phone menu with <Gather>: press 1 for sales, 2 for billing, 3 to leave a voicemail.", None, {}),
    ("Forward calls from our Twilio number to my mobile outside office hours.", None, {}),
    ("What documents do we need for A2P 10DLC brand registration?", None, {}),
    ("Why do my outbound SMS to Germany fail with error 30007?", None, {}),
    ("Record our sales team's conference calls and save the recordings to S3.", None, {}),
    ("how long does porting our numbers from Vonage to Twilio usually take?", None, {}),
    ("Send a WhatsApp template message to customers when their order ships.", None, {}),
    ("Route incoming calls to our human support reps by skill using TaskRouter and Flex.", None, {}),
    ("Set up Elastic SIP Trunking between Twilio and our on-prem Avaya PBX.", None, {}),
    ("Schedule appointment reminder texts 24 hours before each booking, pulling bookings from our Postgres database.",
     None, {}),
    ("Mask drivers' and riders' phone numbers so they can call each other without seeing the real numbers.",
     None, {}),
    ("What's the difference between a TwiML Bin and a Twilio Function?", None, {}),
    ("Help me write a SQL query that finds duplicate customer emails.", None, {}),
)
