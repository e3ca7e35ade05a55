"""The final held-out set of requests for Step 1 and pre-fill: written blind (without reading the reader's patterns
or any earlier set) after the last change to the reader, and measured once. Same format as tests/heldout_requests.py."""

CASES: tuple[tuple[str, str | None, dict], ...] = (
    # ------------------------------------------------------------------ discovery
    (
        "We're a regional electric utility. Every time there's a storm our call centre gets buried under outage "
        "calls. Could an AI answer those calls, tell people when their power should be back, and pass the "
        "tricky ones to a person?",
        "discovery",
        {"channels": ["voice"], "direction": "inbound", "handoff": True, "outcome": "autonomous_service"},
    ),
    (
        "I run a small family business, three car dealerships in Ohio. I'd love a virtual rep that picks up "
        "the phone after hours and books test drives and service appointments. Where do I even start?",
        "discovery",
        {"channels": ["voice"], "direction": "inbound", "countries": ["US"], "customer_profile": "smb",
         "outcome": "autonomous_service"},
    ),
    (
        "Our logistics company gets thousands of 'where is my delivery?' messages a day. We'd like an AI that "
        "customers can text or message on WhatsApp and that answers them on its own, without a dispatcher. "
        "Is that something Twilio can do?",
        "discovery",
        {"channels": ["sms", "whatsapp"], "direction": "inbound", "outcome": "autonomous_service"},
    ),
    (
        "I work for a school district. Parents phone the attendance line every morning to report absences and "
        "our office staff spend hours on it. Could an assistant take those calls and log them for us? "
        "What would that involve?",
        "discovery",
        {"channels": ["voice"], "direction": "inbound"},
    ),
    (
        "Our city's 311 line has 40-minute waits. Could some kind of conversational AI deal with the routine "
        "stuff (pothole reports, questions about bin collection days) when residents call in or use the chat on "
        "the city website? All our residents are in Toronto.",
        "discovery",
        {"channels": ["voice", "chat"], "direction": "inbound", "countries": ["CA"],
         "outcome": "autonomous_service"},
    ),
    (
        "We're an airline. When a flight is cancelled we want an AI to ring the affected passengers (mostly "
        "French and Belgian) and offer them rebooking options, and also let them call back in and talk to the "
        "same assistant. How would you approach it?",
        "discovery",
        {"channels": ["voice"], "direction": "both", "countries": ["FR", "BE"]},
    ),
    (
        "British mobile operator here. We want to cut churn: when customers contact us on WhatsApp or our web "
        "chat asking to cancel, a bot should talk to them and try to keep them with a better deal. "
        "Thoughts on how to approach this?",
        "discovery",
        {"channels": ["whatsapp", "chat"], "direction": "inbound", "countries": ["GB"]},
    ),
    (
        "We're a charity and want to phone donors to thank them after they give, and maybe ask whether they'd "
        "consider a monthly gift. Can an AI caller do that without sounding creepy? Our donors are mostly "
        "around Dublin and Cork.",
        "discovery",
        {"channels": ["voice"], "direction": "outbound", "countries": ["IE"]},
    ),
    (
        "We manage about 2,000 rental apartments. Tenants text us maintenance problems at all hours. I'd like "
        "something that understands the request, asks follow-up questions, books a contractor, and remembers "
        "each tenant's history with us.",
        "discovery",
        {"channels": ["sms"], "direction": "inbound", "memory": True, "outcome": "autonomous_service"},
    ),
    (
        "Personal injury law firm. We miss a lot of calls from potential clients at night. What are our "
        "options for an AI receptionist that does the intake and gets one of our lawyers on the line when a "
        "case looks strong?",
        "discovery",
        {"channels": ["voice"], "direction": "inbound", "handoff": True},
    ),
    (
        "Boutique hotel group with properties in Portugal and Spain. Guests message us on WhatsApp for late "
        "check-out, restaurant bookings, taxis and so on. We'd like a digital concierge that handles that and "
        "recognises returning guests. GDPR is a big deal for us.",
        "discovery",
        {"channels": ["whatsapp"], "direction": "inbound", "countries": ["PT", "ES"], "memory": True,
         "regulations": ["gdpr"], "outcome": "autonomous_service"},
    ),
    (
        "Is it possible to have an AI that calls our patients the day before their appointment to confirm or "
        "reschedule? We're a dental practice in Melbourne.",
        "discovery",
        {"channels": ["voice"], "direction": "outbound", "countries": ["AU"], "industry": "healthcare",
         "outcome": "outbound_calling"},
    ),
    (
        "We sell mattresses online, all over the US. When shoppers call us or open our website chat, we want an "
        "AI sales assistant to help them choose a mattress and suggest pillows and protectors to go with it. "
        "What do we need?",
        "discovery",
        {"channels": ["voice", "chat"], "direction": "inbound", "countries": ["US"], "industry": "retail",
         "outcome": "conversational_commerce"},
    ),
    (
        "We're a debt recovery agency based in Texas. Management wants to look into AI calling debtors to "
        "agree payment plans. What's realistic here, and which rules are going to bite us?",
        "discovery",
        {"channels": ["voice"], "direction": "outbound", "countries": ["US"], "industry": "debt_collection",
         "outcome": "outbound_calling"},
    ),
    (
        "Our support reps waste a lot of time looking things up while they're on calls. Could we get an AI "
        "that listens along to live calls and suggests answers to the rep as the conversation happens?",
        "discovery",
        {"channels": ["voice"], "outcome": "internal_tools", "wants": ["ai_copilot"]},
    ),
    (
        "Municipal government in Germany. We'd like an AI to answer one number so citizens can call and book an "
        "appointment at the registration office without waiting for a clerk. EU data residency is a must. "
        "Is this feasible?",
        "discovery",
        {"channels": ["voice"], "direction": "inbound", "countries": ["DE"], "region": "ie1",
         "outcome": "autonomous_service"},
    ),
    (
        "Startup founder here. We want to sell an AI phone receptionist to hair salons, where each salon gets its "
        "own number and its own booking rules, and it books appointments for callers. We're starting with around "
        "50 salons. How should we think about the architecture?",
        "discovery",
        {"channels": ["voice"], "direction": "inbound", "customer_profile": "isv", "tenants": 50,
         "outcome": "autonomous_service"},
    ),
    (
        "How would you approach an AI that phones customers after a service visit to run a short satisfaction "
        "survey, and then gives us sentiment analytics on those calls afterwards? We're a home-heating company.",
        "discovery",
        {"channels": ["voice"], "direction": "outbound", "outcome": "outbound_calling",
         "intelligence": "post_call"},
    ),
    (
        "We're a hospital system and want a voice assistant for our nurses' internal helpline: they call in to "
        "ask about policies and procedures and get an answer on the spot. HIPAA obviously applies.",
        "discovery",
        {"channels": ["voice"], "direction": "inbound", "industry": "healthcare", "regulations": ["hipaa"],
         "outcome": "internal_tools"},
    ),
    (
        "When customers message us about lost bags, we'd like a virtual agent on our website chat and SMS to "
        "handle the baggage claim end to end. If someone is clearly upset a human should take over, and "
        "supervisors should see that happening in real time. Airline, by the way.",
        "discovery",
        {"channels": ["sms", "chat"], "direction": "inbound", "handoff": True, "intelligence": "realtime",
         "outcome": "autonomous_service"},
    ),
    (
        "Property management firm in Sydney. Could an AI ring tenants whose rent is late, remind them, and take "
        "a card payment there and then if they want to pay? The data needs to stay in Australia.",
        "discovery",
        {"channels": ["voice"], "direction": "outbound", "countries": ["AU"], "takes_payments": True,
         "region": "au1", "outcome": "outbound_calling"},
    ),
    (
        "We're a mid-size bank in the Netherlands. We want a virtual assistant on the phone and on our website "
        "chat that answers customers' questions about balances and transfers and remembers earlier "
        "conversations. Where would we start?",
        "discovery",
        {"channels": ["voice", "chat"], "direction": "inbound", "countries": ["NL"],
         "industry": "financial_services", "memory": True, "outcome": "autonomous_service"},
    ),
    # ------------------------------------------------------------------ validation
    (
        "We picked ConversationRelay for the calls and Conversation Memory so returning callers get recognised. "
        "Is that enough for a pharmacy prescription-refill line, or are we missing a piece?",
        "validation",
        {"channels": ["voice"], "direction": "inbound", "memory": True, "industry": "healthcare",
         "outcome": "autonomous_service"},
    ),
    (
        "Architecture review please. ConversationRelay + OpenAI, TaskRouter/Flex for escalations to agents, "
        "Conversation Intelligence for real-time sentiment. Inbound calls only, US and Canada, ~300 concurrent "
        "calls at peak. Will this hold up?",
        "validation",
        {"channels": ["voice"], "llm": "openai", "handoff": True, "intelligence": "realtime",
         "direction": "inbound", "countries": ["US", "CA"], "peak_concurrent_calls": 300},
    ),
    (
        "We're an ISV with about 120 clients, all dental offices, and our AI answers their phone calls. Plan: one "
        "Twilio subaccount per client, a Conversation Memory store per client, one shared ConversationRelay "
        "WebSocket service. Does that survive the per-account limits?",
        "validation",
        {"customer_profile": "isv", "tenants": 120, "industry": "healthcare", "memory": True,
         "channels": ["voice"], "direction": "inbound"},
    ),
    (
        "For an outbound appointment-reminder campaign I'm planning Programmable Voice with answering machine "
        "detection and an LLM behind ConversationRelay. Patients are in California and Florida. Is there "
        "anything in that plan that gets us into TCPA trouble?",
        "validation",
        {"channels": ["voice"], "direction": "outbound", "outcome": "outbound_calling", "countries": ["US"],
         "industry": "healthcare", "regulations": ["tcpa"]},
    ),
    (
        "Our design: WhatsApp and SMS through Conversation Orchestrator, Claude via the Anthropic API as the "
        "brain, no voice at all. Customers always write to us first, never the other way round. Is "
        "Orchestrator the right piece here or is it overkill?",
        "validation",
        {"channels": ["sms", "whatsapp"], "llm": "anthropic", "direction": "inbound"},
    ),
    (
        "We went with speech-to-speech, OpenAI's realtime model over Media Streams, instead of ConversationRelay, "
        "because latency matters most to us. People call us from Japan. Does that trade-off make sense, and "
        "what do we give up?",
        "validation",
        {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "llm": "openai", "priority": "latency",
         "direction": "inbound", "countries": ["JP"]},
    ),
    (
        "Sanity check on our voice bot stack: Deepgram for STT and ElevenLabs for TTS inside ConversationRelay, "
        "the model served through Azure OpenAI, everything hosted on Azure. Is the Azure Agent Connect package "
        "the right SDK for a Python team?",
        "validation",
        {"channels": ["voice"], "stt_provider": "deepgram", "tts_provider": "elevenlabs",
         "llm": "azure_openai", "cloud": "azure", "team_language": "python"},
    ),
    (
        "Is Flex + TaskRouter the right way to pass calls from our AI voice agent to human agents? And can "
        "the human hand the caller back to the AI once they're done? We already use Flex in our contact centre.",
        "validation",
        {"channels": ["voice"], "handoff": True, "wants": ["boomerang_handback"]},
    ),
    (
        "We've settled on ConversationRelay with Google for both speech recognition and text-to-speech, "
        "because language coverage is what we care about most. Our callers are across the EU and our DPO "
        "insists on data residency in Ireland (IE1). Are ConversationRelay and Conversation Intelligence "
        "both available there?",
        "validation",
        {"channels": ["voice"], "stt_provider": "google", "tts_provider": "google", "priority": "languages",
         "region": "ie1", "eu_users": True},
    ),
    (
        "Our AI assistant will run over SMS only. 10DLC is already registered, and we're adding Conversation "
        "Memory so it knows each shopper's order history. US retail. Is there any reason to bring in "
        "Conversation Orchestrator as well?",
        "validation",
        {"channels": ["sms"], "regulations": ["a2p_10dlc"], "memory": True, "industry": "retail",
         "countries": ["US"]},
    ),
    (
        "Quick check before we ship to production. This is our TwiML: "
        "<Response><Connect action=\"/fallback\"><ConversationRelay url=\"wss://ai.example.com/ws\" "
        "welcomeGreeting=\"Hi, this is Ava from Northwind Energy\" /></Connect></Response>. "
        "We also need every call recorded. Is this setup right, or does recording need something extra?",
        "validation",
        {"channels": ["voice"], "records_calls": True, "production": True},
    ),
    (
        "We're planning to have Twilio Functions receive the status callbacks for our AI calling agent, with up "
        "to 80 concurrent calls. Will Functions cope with that, or should we put something else there?",
        "validation",
        {"channels": ["voice"], "uses_twilio_functions": True, "peak_concurrent_calls": 80},
    ),
    (
        "Enterprise bank, production rollout next quarter. The stack we've agreed: ConversationRelay for calls, "
        "Conversation Memory, Conversation Intelligence post-call for QA, Flex for escalation to humans, "
        "everything on AWS with Bedrock as the LLM. Anything you'd challenge?",
        "validation",
        {"customer_profile": "enterprise", "industry": "financial_services", "production": True,
         "channels": ["voice"], "memory": True, "intelligence": "post_call", "handoff": True, "cloud": "aws",
         "llm": "bedrock"},
    ),
    (
        "Does Media Streams make more sense than ConversationRelay for our voice agent if we need the raw call "
        "audio for our own speaker diarization? We already run our own WebSocket server for other things.",
        "validation",
        {"channels": ["voice"], "needs_raw_audio": True, "existing_websocket_server": True},
    ),
    (
        "Our AI agent places the first collections call and a human collector takes over if the debtor "
        "disputes. Conversation Intelligence flags compliance misses in real time. Does the Mini-Miranda "
        "belong in the agent prompt or in an Intelligence operator? Is the overall design sound?",
        "validation",
        {"channels": ["voice"], "direction": "outbound", "industry": "debt_collection",
         "outcome": "outbound_calling", "handoff": True, "intelligence": "realtime"},
    ),
    (
        "We're an ISV (contact-centre software) rolling out an AI that answers the phones for 30 of our "
        "customers. We've chosen the TypeScript Agent Connect SDK with OpenAI. Can TAC handle a separate prompt "
        "per tenant, or do we need the manual ConversationRelay route?",
        "validation",
        {"customer_profile": "isv", "tenants": 30, "team_language": "typescript", "llm": "openai",
         "channels": ["voice"], "direction": "inbound"},
    ),
    (
        "Voice agent for a UK retailer: we chose ConversationRelay with Amazon Polly to keep costs down at "
        "volume, and card payments through <Pay> so the LLM never sees a card number. We must stay PCI DSS "
        "compliant. Does <Pay> work in the middle of a ConversationRelay session?",
        "validation",
        {"channels": ["voice"], "countries": ["GB"], "industry": "retail", "tts_provider": "amazon_polly",
         "priority": "cost", "takes_payments": True, "regulations": ["pci_dss"]},
    ),
    (
        "Plan for a hotel chain's concierge on WhatsApp and voice: ConversationRelay for calls, Conversation "
        "Orchestrator for WhatsApp, one Conversation Memory store so a guest's preferences follow them across "
        "both channels. Does Memory really work across the two, or will they end up separate?",
        "validation",
        {"channels": ["voice", "whatsapp"], "memory": True},
    ),
    (
        "We've settled on Programmable Voice + ConversationRelay for an outbound AI sales agent that calls "
        "leads who filled in a web form, with STIR/SHAKEN A-attestation on our numbers. Is web-form consent "
        "enough for TCPA when the voice is AI? Is the setup otherwise fine?",
        "validation",
        {"channels": ["voice"], "direction": "outbound", "outcome": "conversational_commerce",
         "regulations": ["tcpa", "stir_shaken"]},
    ),
    # ------------------------------------------------------------------ build
    (
        "Write me a FastAPI WebSocket endpoint that handles ConversationRelay `prompt` messages and streams the "
        "OpenAI response back as `text` tokens, with `last: true` on the final one.",
        "build",
        {"channels": ["voice"], "team_language": "python", "llm": "openai"},
    ),
    (
        "relay server crashes on the first caller utterance:\n"
        "TypeError: Cannot read properties of undefined (reading 'voicePrompt')\n"
        "    at handleMessage (/srv/relay.js:42:31)\n"
        "    at WebSocket.<anonymous> (/srv/relay.js:17:5)\n"
        "node 20, express + ws, twiml is <Connect><ConversationRelay url=\"wss://bot.fly.dev/relay\"/></Connect>. "
        "what am I doing wrong?",
        "build",
        {"channels": ["voice"], "team_language": "typescript"},
    ),
    (
        "Debug this for me. Our Spring Boot controller returns new VoiceResponse.Builder().connect(new "
        "Connect.Builder().conversationRelay(new ConversationRelay.Builder().url(relayUrl).build()).build())"
        ".build().toXml(), and the Twilio debugger logs error 11200 on every call. Our Java AI agent never "
        "hears the caller.",
        "build",
        {"channels": ["voice"], "team_language": "other"},
    ),
    (
        "In our ASP.NET Core voice bot, how do I send the `end` message with `handoffData` over the "
        "ConversationRelay socket so the call goes to a human in a Flex queue? Show me the C# code.",
        "build",
        {"channels": ["voice"], "handoff": True, "team_language": "other"},
    ),
    (
        "Deploy our Go ConversationRelay server (gorilla/websocket) to Google Cloud Run behind a load balancer. "
        "Give me the Dockerfile and the service YAML.",
        "build",
        {"channels": ["voice"], "team_language": "other", "cloud": "gcp"},
    ),
    (
        "Implement the dialer: use the Twilio Python SDK, calls.create with machine_detection='DetectMessageEnd', "
        "and connect the call to our AI agent over ConversationRelay only when a human answers. All the numbers "
        "are UK mobiles.",
        "build",
        {"channels": ["voice"], "direction": "outbound", "team_language": "python", "countries": ["GB"]},
    ),
    (
        "Hook the OpenAI Realtime API up to a Twilio Media Streams websocket in Node: forward the mulaw 8kHz "
        "frames as input_audio_buffer.append and play response.audio.delta back to the caller. Pure "
        "speech-to-speech, no separate STT or TTS.",
        "build",
        {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "llm": "openai",
         "team_language": "typescript"},
    ),
    (
        "Our agent's TwiML has <ConversationRelay transcriptionProvider=\"Deepgram\" ttsProvider=\"ElevenLabs\" "
        "voice=\"xyz\" url=\"wss://…\"/>. Caller hears the first sentence and then silence. Server log: "
        "{\"type\":\"error\",\"description\":\"Invalid message received\"}. We send "
        "ws.send(JSON.stringify({type: 'text', token: chunk})) from our Node server. Fix it.",
        "build",
        {"channels": ["voice"], "stt_provider": "deepgram", "tts_provider": "elevenlabs",
         "team_language": "typescript"},
    ),
    (
        "Add Conversation Memory lookups to my Python voice agent: on the `setup` message, fetch the caller's "
        "profile by their `from` number and inject it into the system prompt. Use the Agent Connect SDK.",
        "build",
        {"channels": ["voice"], "memory": True, "team_language": "python"},
    ),
    (
        "Write the Terraform for a HIPAA build of our clinic voice agent: a Twilio subaccount per clinic, "
        "BAA-eligible products only, plus an ECS service on AWS for the agent's WebSocket server. Modules "
        "please.",
        "build",
        {"channels": ["voice"], "industry": "healthcare", "regulations": ["hipaa"], "cloud": "aws"},
    ),
    (
        "Wire Flex into our phone bot: when the LLM calls the transfer_to_human tool, create a TaskRouter task "
        "with the conversation summary in its attributes and <Enqueue> the call into workflow WWxxxxxxxx. "
        "Node please.",
        "build",
        {"channels": ["voice"], "handoff": True, "team_language": "typescript"},
    ),
    (
        "The SMS side of our assistant: write the Express webhook that receives inbound texts, keeps the "
        "history per phone number in Redis, calls Anthropic's Messages API and replies with TwiML <Message>.",
        "build",
        {"channels": ["sms"], "direction": "inbound", "team_language": "typescript", "llm": "anthropic"},
    ),
    (
        "Our WhatsApp bot blows up when sending the LLM's answer:\n"
        "Traceback (most recent call last):\n"
        "  File \"/app/bot.py\", line 88, in reply\n"
        "    client.messages.create(from_=\"whatsapp:+14155238886\", to=to, body=answer)\n"
        "twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: Twilio could not "
        "find a Channel with the specified From address\n"
        "The answer text is fine, only the send fails.",
        "build",
        {"channels": ["whatsapp"], "team_language": "python"},
    ),
    (
        "Set up recording for our AI calls: put <Start><Recording recordingStatusCallback=\"/rec\"/></Start> "
        "before the <Connect><ConversationRelay>, and write the Python callback handler that copies each "
        "recording into our storage bucket.",
        "build",
        {"channels": ["voice"], "records_calls": True, "team_language": "python"},
    ),
    (
        "We're an ISV with 400 customers on our multi-tenant voice agent, all in US1. Write a Python script "
        "that, for each new tenant, creates a subaccount, buys a local number and points its voice URL at our "
        "relay.",
        "build",
        {"customer_profile": "isv", "tenants": 400, "region": "us1", "team_language": "python",
         "channels": ["voice"]},
    ),
    (
        "The Twilio Function that receives our AI agent's call status callbacks keeps failing with "
        "'Runtime Application timed out' once we're at ~60 concurrent calls. Code: exports.handler = async "
        "(context, event, callback) => { await fetch(CRM_URL, { method: 'POST', body: JSON.stringify(event) }); "
        "callback(null); }. How do I fix it?",
        "build",
        {"channels": ["voice"], "uses_twilio_functions": True, "peak_concurrent_calls": 60,
         "team_language": "typescript"},
    ),
    (
        "Implement barge-in for our ConversationRelay server: when an `interrupt` message arrives, cancel the "
        "in-flight Gemini stream and drop any queued tokens. Python asyncio.",
        "build",
        {"channels": ["voice"], "llm": "google", "team_language": "python"},
    ),
    (
        "Write the Bicep to deploy our Agent Connect voice agent on Azure with Azure OpenAI in westeurope, and "
        "the script that points our Twilio number at it with the account in IE1.",
        "build",
        {"channels": ["voice"], "cloud": "azure", "llm": "azure_openai", "region": "ie1"},
    ),
    # ------------------------------------------------------------------ not about an AI agent
    (
        "How do I send bulk SMS appointment reminders with the Twilio Node SDK without hitting rate limits? "
        "Plain one-way texts, no replies needed.",
        None,
        {},
    ),
    (
        "Our fraud team trained an ML model that flags suspicious sign-ups. Can we call Twilio Lookup and "
        "Verify on the phone number before the model scores the account?",
        None,
        {},
    ),
    (
        "I had ChatGPT write the script for our new IVR greeting. Can you help me play it with <Say> and a "
        "Polly voice, and set up the press 1 for sales, press 2 for billing menu in TwiML?",
        None,
        {},
    ),
    (
        "We built a Slack bot for the ops team that posts whenever Twilio error rates spike. How do I pull "
        "error counts per hour from the Monitor Alerts API?",
        None,
        {},
    ),
    (
        "We're porting 200 phone numbers from Vonage to Twilio. What's the LOA process, and how long do ports "
        "take for Canadian numbers?",
        None,
        {},
    ),
    (
        "Our Discord moderation bot bans spammers automatically. Can Twilio text the on-call moderator each time "
        "it bans someone? Just need the simplest way to send the SMS from Python.",
        None,
        {},
    ),
    (
        "What's the cheapest way to get a UK freephone number for our call centre and forward the calls to our "
        "staff's mobiles?",
        None,
        {},
    ),
    (
        "We need two-factor codes over WhatsApp for our banking app. Does Verify support WhatsApp delivery in "
        "Brazil, and what happens if the user doesn't have WhatsApp?",
        None,
        {},
    ),
    (
        "Our call centre agents handle voice and web chat in Flex. How do I add a custom column to the "
        "real-time queue stats view?",
        None,
        {},
    ),
    (
        "We have to record every inbound call to our brokerage sales desk and keep the recordings for seven "
        "years. What's the best Twilio setup for storage and retrieval?",
        None,
        {},
    ),
    (
        "Can you explain the differences between the A2P 10DLC brand tiers? We send promotional texts for a "
        "chain of gyms.",
        None,
        {},
    ),
    (
        "Our data science team runs a sentiment model over product reviews, nothing to do with calls. Can "
        "Segment ingest those scores as user traits so marketing can use them?",
        None,
        {},
    ),
    (
        "Write a Python script that downloads all of last month's call logs from our Twilio account into a CSV.",
        None,
        {},
    ),
    (
        "How do I build a telehealth waiting room with Twilio Video? Patients join from a link in an email and "
        "the doctor admits them when ready.",
        None,
        {},
    ),
    (
        "We have a machine-learning model that predicts which subscribers are about to churn. Marketing wants "
        "to automatically text those people a discount code. How do we trigger Twilio messages from our "
        "Snowflake pipeline?",
        None,
        {},
    ),
    (
        "We're connecting our on-prem Avaya PBX through Elastic SIP Trunking. How many concurrent calls does a "
        "trunk allow, and how do we set up failover to a second data centre?",
        None,
        {},
    ),
    (
        "My TwiML Bin returns <Dial>+15125550143</Dial> to forward to our office, but callers just hear a busy "
        "tone. The call log shows SIP 486. What's going on?",
        None,
        {},
    ),
)
