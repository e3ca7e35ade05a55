"""A third held-out set of requests for Step 1 and pre-fill, written blind (without reading the reader's patterns
or the earlier sets) and measured once, never used to tune the reader. Same format as tests/heldout_requests.py."""

CASES: tuple[tuple[str, str | None, dict], ...] = (
    # --- discovery: outcome-level wishes, no product chosen, little implementation detail ---
    (
        ("hi, i own 3 pizza places in chicago and the phones ring nonstop on friday nights. can an AI pick "
         "up and take the orders?? we lose sales every time nobody answers"),
        "discovery", {"channels": ["voice"], "countries": ["US"], "direction": "inbound"},
    ),
    (
        ("We're a mid-sized insurance brokerage in Manchester. Could an AI assistant deal with first-line "
         "policy questions when clients ring us, and pass the awkward ones to our staff? Not sure where to "
         "begin."),
        "discovery", {"channels": ["voice"], "countries": ["GB"], "direction": "inbound", "handoff": True},
    ),
    (
        ("want to automate our phone line. basically a virtual receptionist for our vet clinic in ontario "
         "- book appts, answer 'r u open sunday' type stuff"),
        "discovery", {"channels": ["voice"], "countries": ["CA"], "direction": "inbound"},
    ),
    (
        ("Could an AI reply to customers who message us on WhatsApp asking where their order is? We're a "
         "small online shoe shop in Madrid."),
        "discovery", {
            "channels": ["whatsapp"], "countries": ["ES"], "direction": "inbound", "industry": "retail",
            "customer_profile": "smb",
        },
    ),
    (
        ("I'd like a bot on our website and over text that helps people choose the right mobile plan. "
         "Nothing's built yet, just seeing what's possible."),
        "discovery", {"channels": ["sms", "chat"]},
    ),
    (
        ("Our clinics (HIPAA applies, obviously) want an AI that rings patients the day before to confirm "
         "or move their appointment. What would you recommend?"),
        "discovery", {
            "channels": ["voice"], "direction": "outbound", "industry": "healthcare", "regulations": ["hipaa"],
            "outcome": "outbound_calling",
        },
    ),
    (
        ("Thinking about an AI concierge for guests staying at our boutique hotels in Lisbon and Porto: "
         "they could phone it or WhatsApp it for late checkout, dinner tips and so on. Has to handle "
         "Portuguese, English and Spanish."),
        "discovery", {
            "channels": ["voice", "whatsapp"], "countries": ["PT"], "direction": "inbound",
            "languages": ["pt", "en", "es"],
        },
    ),
    (
        ("can twilio do an AI voice that handles our debt recovery calls? we're a collections agency in "
         "Texas, about 20k accounts a month to work through. a supervisor would need to be alerted live if "
         "the AI says something non-compliant"),
        "discovery", {
            "channels": ["voice"], "countries": ["US"], "direction": "outbound", "industry": "debt_collection",
            "outcome": "outbound_calling", "intelligence": "realtime",
        },
    ),
    (
        ("What would it take to have conversational AI answer our customer service line around the clock "
         "in German and French? We're a Zurich-based company serving Swiss customers."),
        "discovery", {"channels": ["voice"], "countries": ["CH"], "direction": "inbound", "languages": ["de", "fr"]},
    ),
    (
        ("My startup wants to give small landscaping businesses an AI that picks up their missed calls and "
         "texts the caller back. How would you structure something like that?"),
        "discovery", {"channels": ["voice", "sms"], "customer_profile": "isv", "direction": "inbound"},
    ),
    (
        ("we sell solar. want an AI to phone leads within 5 minutes of them filling in the web form, "
         "qualify them and book a site survey. mostly California and Arizona homeowners. we know TCPA is a "
         "thing"),
        "discovery", {"channels": ["voice"], "countries": ["US"], "direction": "outbound", "regulations": ["tcpa"]},
    ),
    (
        ("Is it possible to have a voice assistant on our bank's lost-card hotline that remembers a "
         "customer's previous call? Australian customers only, and the data has to stay in Australia."),
        "discovery", {
            "channels": ["voice"], "countries": ["AU"], "direction": "inbound", "memory": True, "region": "au1",
            "industry": "financial_services",
        },
    ),
    (
        ("looking for advice: chatbot for our university admissions office, on the website and WhatsApp. "
         "applicants are mostly from India and Nigeria"),
        "discovery", {"channels": ["whatsapp", "chat"], "countries": ["IN", "NG"], "direction": "inbound"},
    ),
    (
        ("We're an electricity supplier in Ireland and storm outages swamp our call centre. Could an AI "
         "agent take the 'is my power out?' calls and escalate anything safety-related to a person?"),
        "discovery", {"channels": ["voice"], "countries": ["IE"], "direction": "inbound", "handoff": True},
    ),
    (
        ("I'd love something like a smart receptionist for my dental practice. I'm not technical at all. "
         "Patients call, it books them in, and it takes the deposit by card."),
        "discovery", {
            "channels": ["voice"], "direction": "inbound", "takes_payments": True, "industry": "healthcare",
        },
    ),
    (
        ("Our sales reps want an AI sidekick that listens in on their calls and suggests what to say in "
         "the moment. No idea what Twilio has for this."),
        "discovery", {"channels": ["voice"], "wants": ["ai_copilot"], "outcome": "internal_tools"},
    ),
    (
        ("Exploring a multilingual AI helpline for refugees in Poland, Ukrainian and Polish speakers. "
         "We're a non-profit on a shoestring, so cost matters more than anything."),
        "discovery", {
            "channels": ["voice"], "countries": ["PL"], "direction": "inbound", "languages": ["uk", "pl"],
            "priority": "cost",
        },
    ),
    (
        ("Could we have an AI call our members in Québec to renew their gym memberships? Everything must "
         "be in French."),
        "discovery", {"channels": ["voice"], "countries": ["CA"], "direction": "outbound", "languages": ["fr"]},
    ),
    (
        ("We're a SaaS company serving roughly 120 property management firms. They want an AI leasing "
         "assistant that answers prospects by text and phone. How should we think about it multi-tenant?"),
        "discovery", {
            "channels": ["voice", "sms"], "customer_profile": "isv", "tenants": 120, "direction": "inbound",
        },
    ),
    (
        ("Big retail chain here, UK and Ireland. The board wants 'AI in the contact centre' this year: "
         "calls, web chat, WhatsApp. It has to hand over to people and we need analytics after every "
         "conversation. What's the right shape for this?"),
        "discovery", {
            "channels": ["voice", "whatsapp", "chat"], "countries": ["GB", "IE"], "handoff": True,
            "intelligence": "post_call", "industry": "retail", "customer_profile": "enterprise",
        },
    ),
    (
        ("hey is there a way to let ppl just talk to our FAQ on the phone instead of pressing buttons? "
         "like an actual convo with an AI"),
        "discovery", {"channels": ["voice"], "direction": "inbound"},
    ),
    (
        ("We'd like a friendly AI to call customers after their delivery and ask a few survey questions, "
         "across the US and Canada, no human involvement at all."),
        "discovery", {
            "channels": ["voice"], "direction": "outbound", "countries": ["US", "CA"], "handoff": False,
            "outcome": "outbound_calling",
        },
    ),

    # --- validation: named products or components, or a choice made, and a request to check it ---
    (
        ("Plan is ConversationRelay for the calls, Conversation Memory so it recognises repeat callers, "
         "and Flex for escalations. Anything missing before we commit?"),
        "validation", {"channels": ["voice"], "memory": True, "handoff": True},
    ),
    (
        ("We picked the OpenAI Realtime API over Media Streams rather than ConversationRelay for our voice "
         "agent (speech-to-speech). Is that sound for a US insurance claims line where every call must be "
         "recorded?"),
        "validation", {
            "channels": ["voice"], "voice_pipeline": "speech_to_speech", "llm": "openai", "countries": ["US"],
            "records_calls": True,
        },
    ),
    (
        ("Does this stack hold up? Twilio Messaging + Conversation Orchestrator + Claude on Bedrock, for a "
         "support bot on WhatsApp and SMS, everything deployed in AWS."),
        "validation", {"channels": ["sms", "whatsapp"], "llm": "bedrock", "cloud": "aws"},
    ),
    (
        ("Sanity check: we're an ISV with 14 clients and the plan is one Conversation Memory store per "
         "client, all in one Twilio account, voice over ConversationRelay. Does that scale?"),
        "validation", {"customer_profile": "isv", "tenants": 14, "memory": True, "channels": ["voice"]},
    ),
    (
        ("Our architecture for EU patients: ConversationRelay using Google for both STT and TTS, data kept "
         "in Twilio's Ireland region, Conversation Intelligence for QA after each call. Is all of that "
         "available there?"),
        "validation", {
            "channels": ["voice"], "region": "ie1", "stt_provider": "google", "tts_provider": "google",
            "voice_pipeline": "cascaded", "intelligence": "post_call", "industry": "healthcare", "eu_users": True,
        },
    ),
    (
        ("We're running Deepgram STT and ElevenLabs TTS inside ConversationRelay with GPT-4o as the brain. "
         "Callers are in Mexico and speak Spanish. Will that combination handle Mexican Spanish well?"),
        "validation", {
            "channels": ["voice"], "countries": ["MX"], "direction": "inbound", "languages": ["es-MX"],
            "stt_provider": "deepgram", "tts_provider": "elevenlabs", "llm": "openai", "voice_pipeline": "cascaded",
        },
    ),
    (
        ("Architect review please. Outbound AI calls reminding customers their car-loan payment is due: "
         "Programmable Voice calls API -> ConversationRelay -> our Node backend -> Anthropic, with AMD on. "
         "Borrowers are in Florida and Georgia. What compliance pieces are we missing?"),
        "validation", {
            "channels": ["voice"], "direction": "outbound", "countries": ["US"], "llm": "anthropic",
            "team_language": "typescript", "outcome": "outbound_calling",
        },
    ),
    (
        ("We chose Media Streams over ConversationRelay because we run our own noise suppression on the "
         "raw audio before it hits Whisper. Does that reasoning hold up, or would ConversationRelay do?"),
        "validation", {"channels": ["voice"], "needs_raw_audio": True},
    ),
    (
        ("Is Twilio Agent Connect the right call versus hand-rolling the ConversationRelay websocket? Our "
         "team writes Python, we want voice and SMS from one codebase, and returning customers should be "
         "recognised."),
        "validation", {"channels": ["voice", "sms"], "team_language": "python", "memory": True},
    ),
    (
        ("We already operate a large WebSocket cluster for our app. Thinking of plugging ConversationRelay "
         "straight into it instead of using the TAC SDK. Good idea or not?"),
        "validation", {"channels": ["voice"], "existing_websocket_server": True},
    ),
    (
        ("Our AI voice agent uses Twilio Functions for the status callbacks, and we expect around 80 "
         "simultaneous calls at peak. Will Functions keep up?"),
        "validation", {"channels": ["voice"], "uses_twilio_functions": True, "peak_concurrent_calls": 80},
    ),
    (
        ("Proposal: the AI call switches to <Pay> for card capture, the LLM never sees the digits, PCI "
         "mode on the account. Bot itself is on ConversationRelay. Anything that could bite us?"),
        "validation", {"channels": ["voice"], "takes_payments": True},
    ),
    (
        ("Design: Azure OpenAI with tac-azure on Container Apps, ConversationRelay for calls, Azure Speech "
         "for STT and TTS. Customers in Germany and Austria, GDPR is a must. Is it coherent?"),
        "validation", {
            "channels": ["voice"], "cloud": "azure", "llm": "azure_openai", "stt_provider": "azure",
            "tts_provider": "azure", "voice_pipeline": "cascaded", "countries": ["DE", "AT"],
            "regulations": ["gdpr"],
        },
    ),
    (
        ("Want to double-check something: can the AI pass a call to a human in Flex and then get it back "
         "once the human is done? That's central to our design with ConversationRelay + TaskRouter."),
        "validation", {"channels": ["voice"], "handoff": True, "wants": ["boomerang_handback"]},
    ),
    (
        ("We're going with Conversation Orchestrator for web chat and RCS, Gemini as the model, hosted on "
         "GCP. Does Orchestrator support RCS at GA?"),
        "validation", {"channels": ["rcs", "chat"], "llm": "google", "cloud": "gcp"},
    ),
    (
        ("HIPAA telehealth triage line: BAA signed, ConversationRelay, recordings via <Start><Recording> "
         "ahead of <Connect>, encrypted at rest. Is that enough on the Twilio side or are we missing "
         "something?"),
        "validation", {
            "channels": ["voice"], "industry": "healthcare", "regulations": ["hipaa"], "records_calls": True,
        },
    ),
    (
        ("Sydney fintech here. Planning ConversationRelay plus Conversation Memory in AU1 for data "
         "residency. Are both products actually available in AU1?"),
        "validation", {
            "channels": ["voice"], "countries": ["AU"], "region": "au1", "memory": True,
            "industry": "financial_services",
        },
    ),
    (
        ("We've settled on speech-to-speech (gpt-realtime over Media Streams) because latency is "
         "everything. Does that rule out ConversationRelay's language switching, and what's the fallback "
         "if the realtime model goes down?"),
        "validation", {
            "channels": ["voice"], "voice_pipeline": "speech_to_speech", "llm": "openai", "priority": "latency",
        },
    ),
    (
        ("we went w/ conversationrelay + elevenlabs voices for our little spa's booking line. does that "
         "make sense or is it overkill for a small biz?"),
        "validation", {
            "channels": ["voice"], "tts_provider": "elevenlabs", "customer_profile": "smb", "direction": "inbound",
        },
    ),
    (
        ("Current setup: our ConversationRelay server gets `prompt` events, streams gpt-4o-mini tokens "
         "back with `last: false` and a final `last: true`, and on `interrupt` we cancel the OpenAI "
         "stream. Session state lives in process memory on a single VM. Before we go to production, does "
         "that hold up?"),
        "validation", {"channels": ["voice"], "llm": "openai", "production": True},
    ),

    # --- build: implementation detail, or an order to write / wire / deploy / debug code ---
    (
        ("Write a FastAPI websocket endpoint that handles ConversationRelay `setup`, `prompt` and "
         "`interrupt` messages and streams GPT-4o replies back token by token."),
        "build", {"channels": ["voice"], "team_language": "python", "llm": "openai"},
    ),
    (
        ("call connects, greeting plays, then it just hangs up. node server logs show nothing. twiml:\n"
         '<Response><Connect><ConversationRelay url="wss://bot.example.com/relay" '
         'transcriptionProvider="Deepgram" ttsProvider="ElevenLabs" language="en-GB" welcomeGreeting="Hi, '
         'how can I help?"/></Connect></Response>'),
        "build", {
            "channels": ["voice"], "team_language": "typescript", "stt_provider": "deepgram",
            "tts_provider": "elevenlabs", "voice_pipeline": "cascaded", "languages": ["en-GB"],
        },
    ),
    (
        ("Traceback from the relay server:\n"
         '  File "app/relay.py", line 88, in on_prompt\n'
         "    reply = await claude.messages.create(model=MODEL, messages=history)\n"
         "anthropic.APITimeoutError: Request timed out.\n"
         "When this happens the caller just hears silence and Twilio drops the call. Add a retry and a "
         "canned fallback line."),
        "build", {"channels": ["voice"], "team_language": "python", "llm": "anthropic"},
    ),
    (
        ("Deploy our Node ConversationRelay agent to Cloud Run: min instances 1, session affinity, "
         "websocket timeout at the max. Give me the Dockerfile and the gcloud commands."),
        "build", {"channels": ["voice"], "team_language": "typescript", "cloud": "gcp"},
    ),
    (
        ("env has TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, OPENAI_API_KEY and TWILIO_EDGE=dublin. Need a "
         "script that reads leads.csv, places an outbound call to each and connects our AI agent when a "
         "human answers (AMD on)."),
        "build", {"channels": ["voice"], "direction": "outbound", "llm": "openai"},
    ),
    (
        ("Wire Twilio Media Streams to the OpenAI Realtime API in TypeScript: bidirectional g711 mu-law "
         "audio, and on `input_audio_buffer.speech_started` send a `clear` to Twilio so barge-in works."),
        "build", {
            "channels": ["voice"], "voice_pipeline": "speech_to_speech", "llm": "openai",
            "team_language": "typescript",
        },
    ),
    (
        ("Implement escalation: when the model calls the `transfer_to_agent` tool, end the "
         "ConversationRelay session with handoffData and enqueue the call into our TaskRouter workflow for "
         "Flex. Python please."),
        "build", {"channels": ["voice"], "handoff": True, "team_language": "python"},
    ),
    (
        ("debugging: TAC SDK agent in TypeScript, userMemory comes through as undefined on voice calls but "
         "SMS works fine. memory store is configured. why??"),
        "build", {"channels": ["voice", "sms"], "team_language": "typescript", "memory": True},
    ),
    (
        ("Set up an AWS Lambda behind API Gateway websockets for ConversationRelay with Claude 3.5 Sonnet "
         "on Bedrock as the model. Terraform preferred."),
        "build", {"channels": ["voice"], "cloud": "aws", "llm": "bedrock"},
    ),
    (
        ("Add DTMF handling to my ConversationRelay server so callers can key in their 8-digit policy "
         "number instead of saying it. Current handler:\n"
         "ws.on('message', (raw) => {\n"
         "  const msg = JSON.parse(raw);\n"
         "  if (msg.type === 'prompt') return handlePrompt(msg.voicePrompt);\n"
         "});"),
        "build", {"channels": ["voice"], "team_language": "typescript"},
    ),
    (
        ("Code a WhatsApp support bot on Twilio Messaging webhooks in Flask; keep each chat's history in "
         "Redis and generate the replies with Gemini."),
        "build", {"channels": ["whatsapp"], "team_language": "python", "llm": "google"},
    ),
    (
        ("Build the SMS side: inbound texts hit our Express webhook, we pass them to Claude and reply with "
         "TwiML <Message>. Must handle STOP/HELP properly."),
        "build", {"channels": ["sms"], "direction": "inbound", "team_language": "typescript", "llm": "anthropic"},
    ),
    (
        ("Our ConversationRelay agent has to switch from English to Spanish mid-call when the caller asks. "
         "Show me the `language` message to send over the websocket and the <Language> elements the TwiML "
         "needs."),
        "build", {"channels": ["voice"], "languages": ["en", "es"]},
    ),
    (
        ("Record the AI calls: put <Start><Recording> ahead of <Connect><ConversationRelay> in my TwiML, "
         "dual-channel, with recordingStatusCallback posting to /recordings."),
        "build", {"channels": ["voice"], "records_calls": True},
    ),
    (
        ("k8s: the voice agent's websockets drop after exactly 60s behind ingress-nginx, ConversationRelay "
         'calls die mid-sentence. annotations: proxy-read-timeout: "60", proxy-send-timeout: "60". fix the '
         "ingress yaml"),
        "build", {"channels": ["voice"]},
    ),
    (
        ("Port our Dialogflow phone bot to ConversationRelay + OpenAI. Callers are Canadians speaking "
         "English or French. Node. Start me off with the server skeleton."),
        "build", {
            "channels": ["voice"], "countries": ["CA"], "direction": "inbound", "languages": ["en", "fr"],
            "llm": "openai", "team_language": "typescript",
        },
    ),
    (
        ("Write the provisioning script for our 35 clinic customers: a subaccount per tenant, each with "
         "its own phone number, ConversationRelay webhook and Memory store. Python."),
        "build", {
            "customer_profile": "isv", "tenants": 35, "team_language": "python", "memory": True,
            "channels": ["voice"], "industry": "healthcare",
        },
    ),
    (
        ("Implement the payment step in C#: when the AI agent reaches checkout, redirect the live call to "
         "<Pay> with our Stripe connector, then bring the caller back into a new ConversationRelay "
         "session."),
        "build", {"channels": ["voice"], "takes_payments": True, "team_language": "other"},
    ),
    (
        ("Our AI receptionist for Aussie tradies runs on AU1. Python: `Client(sid, token, region='au1', "
         "edge='sydney').calls.create(...)` for callbacks fails with a 20003 auth error. Fix it."),
        "build", {"channels": ["voice"], "countries": ["AU"], "region": "au1", "team_language": "python"},
    ),

    # --- None: not about an AI agent at all (hard negatives: Twilio, phones, SMS, WhatsApp, calls) ---
    (
        ("How do I send 50,000 promo SMS next Tuesday without carriers filtering them? Our 10DLC campaign "
         "is already approved."),
        None, {},
    ),
    (
        ("Need to buy 20 local numbers in Leeds and Birmingham for our sales team. Which documents does "
         "Twilio want for the UK regulatory bundle?"),
        None, {},
    ),
    (
        ("Verify OTP codes aren't arriving on Indian numbers over SMS. Should I fall back to the WhatsApp "
         "channel?"),
        None, {},
    ),
    (
        ('Building a plain IVR with <Gather numDigits="1">: press 1 for sales, 2 for support, 3 for '
         "accounts. How do I replay the menu if they don't press anything?"),
        None, {},
    ),
    (
        ("how do i forward calls from my twilio number to my mobile after 6pm, and send them to voicemail "
         "at weekends?"),
        None, {},
    ),
    (
        "Why did our Twilio bill go from $300 to $1,900 this month? Can I set a usage trigger to warn me?",
        None, {},
    ),
    (
        ("We've got a Flex contact centre with 40 human agents. How do I route Spanish-speaking callers to "
         "agents with a spanish skill in TaskRouter?"),
        None, {},
    ),
    (
        ("Our WhatsApp template for shipping updates got categorised as MARKETING. How do we get it "
         "approved as UTILITY?"),
        None, {},
    ),
    (
        ("Porting our toll-free numbers from Verizon to Twilio: how long does it take and will calls drop "
         "during the cutover?"),
        None, {},
    ),
    (
        ("Elastic SIP Trunking to our on-prem Avaya keeps returning 403 Forbidden on INVITE. What's "
         "misconfigured?"),
        None, {},
    ),
    (
        ("Our fraud model flags suspicious card transactions. I want Twilio to text the cardholder an "
         "alert with the amount. Simplest way in Python?"),
        None, {},
    ),
    (
        "Can Twilio transcribe voicemails left on our main number and email the text to office@?",
        None, {},
    ),
    (
        ("Our Studio flow sends appointment reminder texts at 9am but the times are off for customers in "
         "Hawaii."),
        None, {},
    ),
    (
        ("Our Slack bot posts a message every time a Twilio call fails. Can we get failed-call events from "
         "Event Streams instead of polling the API?"),
        None, {},
    ),
    (
        ("ChatGPT wrote me this Twilio function to send an SMS but it errors with 21211 invalid 'To' "
         "number. what's wrong?\n"
         "exports.handler = (ctx, event, cb) => ctx.getTwilioClient().messages.create({to: event.phone, "
         "from: ctx.FROM, body: 'hi'}).then(() => cb(null))"),
        None, {},
    ),
    (
        ("Building a browser softphone for our support reps with the Twilio Voice JavaScript SDK; Chrome "
         "keeps forgetting the mic permission."),
        None, {},
    ),
    (
        ("Order-confirmation texts from our toll-free number keep failing with error 30032. How do we get "
         "the number verified?"),
        None, {},
    ),
)
