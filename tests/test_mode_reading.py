"""The request reader as an architect reads a request (issue 20): it never invents a number, reads what changes the
architecture, lists the words it did not understand and lets a user turn a reading down.

Each case below stands for a family of phrasings (written for the family, not for one sentence); the issue's own
sentences are among them.
"""

from __future__ import annotations

import json

import pytest

from twarch.answers import Answers
from twarch.engine import recommend
from twarch.errors import AnswerError
from twarch.reader.request import detect_mode, prefill, read, read_request, unread_words
from twarch.render.reports import UNREAD_SHOWN, to_markdown
from twarch.workshop.sessions import Session


def read_value(text: str, field: str):
    return prefill(text).get(field, (None,))[0]


# ---- numbers: a count is seats only when it counts the people who answer ------------------------------------------

@pytest.mark.parametrize("text", [
    "An IT helpdesk voice bot for our 5,000 employees",  # the people served, who call
    "a clinic with 12 staff wants an AI receptionist",  # people, not said to answer anything
    "We're a hospital with 900 nurses and want a bot for patients",
    "our 40 real estate agents need an AI that qualifies leads",  # agents who sell houses
    "our 3 AI agents answer the phones",  # the AI itself
    "a gym with 20,000 members who call about classes",
    "We have 250 employees and 12 offices",
    "a restaurant with 120 seats wants an AI to take bookings",  # seats at tables
])
def test_a_count_of_people_served_or_employed_is_no_seats(text):
    assert read_value(text, "seats") is None
    assert read_value(text, "calls_per_month") is None


@pytest.mark.parametrize("text, seats", [
    ("a team of 25 agents takes the escalations", 25),
    ("we have 150 customer service reps", 150),
    ("with 30 contact centre staff", 30),
    ("our 40 claims adjusters in Flex get the hand-offs", 40),
    ("we have 12 nurses who take the transfers", 12),
    ("our 8 receptionists who answer the phones", 8),
    ("60 Flex seats", 60),
    ("we employ 300 human agents", 300),
    ("a utility with 1.2 million customers and a call centre of 200 agents", 200),
])
def test_the_people_who_answer_conversations_are_seats(text, seats):
    assert read_value(text, "seats") == seats


def test_a_volume_is_read_only_when_the_words_say_it_is_one():
    assert read_value("our 20,000 patients make about 4,000 calls a month", "calls_per_month") == 4000
    assert read_value("our 20,000 patients", "calls_per_month") is None


# ---- "our own X model" is the LLM only when X converses ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We want raw call audio for our own emotion model",
    "the transcripts feed our own fraud detection model",
    "our in-house intent model routes the calls",
    "we score every call with our own sentiment model",
])
def test_a_model_of_their_own_for_another_task_is_not_the_llm(text):
    assert read_value(text, "llm") is None


def test_raw_audio_for_a_model_of_their_own_is_still_raw_audio():
    assert read_value("We want raw call audio for our own emotion model", "needs_raw_audio") is True


@pytest.mark.parametrize("text", [
    "the agent runs on our own LLM", "we host our own fine-tuned model", "a self-hosted Llama 3 70B model",
    "our in-house language model",
])
def test_a_model_of_their_own_that_converses_is_the_llm(text):
    assert read_value(text, "llm") == "own"


# ---- tenants: businesses counted, in an ISV's request -----------------------------------------------------------

@pytest.mark.parametrize("text, tenants", [
    ("We're a booking platform for hair salons: 400 salons use it, and the AI transfers to the salon's front desk",
     400),
    ("We're a practice-management SaaS; our 60 client clinics want an AI receptionist", 60),
    ("We're an ISV rolling out an AI that answers the phones for 30 of our customers", 30),
    ("We sell an AI receptionist to dental practices, each practice gets its own number. We start with 50 practices.",
     50),
    ("We're an ISV with 25 tenants", 25),
    ("For our multi-tenant setup with 30 clients, one memory store per client?", 30),
])
def test_businesses_counted_in_an_isvs_request_are_tenants(text, tenants):
    found = prefill(text)
    assert found["customer_profile"][0] == "isv" and found["tenants"][0] == tenants


@pytest.mark.parametrize("text", [
    "We run 400 salons; the AI books appointments and transfers to the salon's front desk",
    "Our chain has 40 stores and wants a voice bot",
    "we serve 2 million customers and want an AI on the phones",  # customers served, not an ISV's tenants
    "A housing association with 20,000 tenants. Tenants ring about repairs.",  # a landlord's tenants
    "a law firm with 300 clients wants an AI receptionist",
    "We own 3 restaurants and want an AI to take orders",
])
def test_businesses_a_company_runs_itself_are_not_tenants(text):
    assert read_value(text, "tenants") is None and read_value(text, "customer_profile") != "isv"


def test_a_given_isv_answer_lets_the_request_count_tenants_and_a_rejected_one_does_not():
    request = {"request": "An AI receptionist for 400 salons"}
    answers, words = read_request(Answers.from_dict({**request, "customer_profile": "isv"}))
    assert answers.tenants == 400 and words["tenants"] == "400 salons"
    text = "We're a booking platform for hair salons: 400 salons use it"
    assert read_request(Answers.from_dict({"request": text}))[0].tenants == 400
    answers, words = read_request(Answers.from_dict({"request": text}), ["customer_profile"])
    assert answers.customer_profile is None and answers.tenants is None and "tenants" not in words


# ---- hand-offs to a phone line, and the voice they imply ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the AI books appointments and transfers to the salon's front desk",
    "AI answering for our plumbing firm that puts urgent jobs through to the engineer's mobile",
    "it forwards the call to the owner's cell if the caller is angry",
    "the bot patches emergencies through to the duty phone",
    "anything urgent goes to the on-call vet",
    "after hours it transfers emergencies to the on-call mobile",
])
def test_a_call_passed_to_a_desk_or_someones_phone_is_a_phone_line_handoff(text):
    found = prefill(text)
    assert found["handoff"][0] is True and found["handoff_target"][0] == "phone_line"


@pytest.mark.parametrize("text", [
    "AI answering for our plumbing firm that puts urgent jobs through to the engineer's mobile",
    "we need an AI answering service for after-hours",
    "call answering for a busy dental practice, with an AI",
])
def test_answering_is_the_phone(text):
    assert "voice" in read_value(text, "channels")
    assert detect_mode(text).activates


@pytest.mark.parametrize("text", [
    "the bot sends a summary to the owner's mobile",
    "the reminder goes to the patient's mobile",
    "it forwards the voicemail to the owner's mobile",
    "transfers the call to the customer's mobile",
    "the chatbot emails the details to the manager",
    "an AI feature in our mobile app",
])
def test_something_sent_to_a_phone_is_no_handoff(text):
    assert read_value(text, "handoff_target") is None and read_value(text, "handoff") is None


# ---- platforms named -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("We want Azure Voice Live for our phone agent", {"cloud": "azure", "voice_pipeline": "speech_to_speech",
                                                       "llm": "azure_openai"}),
    ("Voice Live with GPT-4o on our support line", {"cloud": "azure", "llm": "azure_openai"}),
    ("Our Dialogflow CX agent should answer the phone", {"cloud": "gcp", "llm": "google"}),
    ("Dialogflow CX with Claude as the LLM, on the phone", {"cloud": "gcp", "llm": "anthropic"}),
    ("We use Amazon Lex today for our IVR and want an LLM", {"cloud": "aws"}),
    ("Port our Dialogflow phone bot to ConversationRelay + OpenAI", {"cloud": None, "llm": "openai"}),
    ("We're moving off Amazon Lex to an AI agent on Twilio", {"cloud": None}),
])
def test_a_platform_named_says_where_the_agent_runs_unless_it_is_being_left(text, expected):
    assert {field: read_value(text, field) for field in expected} == expected


def test_voice_live_read_from_the_request_brings_twarchs_voice_live_warning():
    rec = recommend(*read(Answers.from_dict({"request": "We want Azure Voice Live for our phone agent"})))
    assert "voice_live_not_speech_to_speech" in [w.id for w in rec.warnings]


# ---- languages --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, tags", [
    ("it must speak English and Irish", ["en", "ga"]),
    ("It must speak Irish and English", ["en", "ga"]),
    ("callers speak Welsh", ["cy"]),
    ("a bilingual English/Welsh line", ["cy", "en"]),
    ("an agent in Irish Gaelic", ["ga"]),
    ("Scottish Gaelic speakers on Skye", ["gd"]),
    ("support en-GB and ga-IE", ["en-GB", "ga-IE"]),
    ("English (en-GB) and Latin American Spanish", ["en-GB", "es-419"]),
    ("Callers speak Spanish; Mexican Spanish in particular", ["es-MX"]),
    ("a Welsh-language helpline", ["cy"]),
    ("it answers in Irish.", ["ga"]),
    ("Croatian, Serbian and Bosnian callers' languages: Croatian and Serbian", ["hr", "sr"]),
])
def test_language_names_and_tags(text, tags):
    assert sorted(read_value(text, "languages")) == tags


@pytest.mark.parametrize("text", [
    "We're an Irish company with a support line",
    "the Welsh Government wants a chatbot",
    "Irish customers call us about their bills",
    "we use a no-go list and a to-do app",  # not tags: the region of a tag is written in capitals
])
def test_a_nationality_or_an_ordinary_word_is_no_language(text):
    assert read_value(text, "languages") is None


# ---- build mode: a hand-written ConversationRelay handler with raw events takes the manual path -------------------

@pytest.mark.parametrize("text", [
    "Write a FastAPI WebSocket handler for ConversationRelay that handles interrupt and dtmf",
    "Handle DTMF and interrupt messages in the relay socket of my voice bot",
    "Parse the setup and prompt messages in our Node ConversationRelay server",
    "Add DTMF handling to my ConversationRelay server so callers can key in their number",
    "Wire up the interrupt events in my ConversationRelay handler so the LLM stops talking",
])
def test_conversationrelays_raw_events_in_code_need_low_level_control(text):
    assert detect_mode(text).mode == "build"
    assert read_value(text, "needs_low_level_control") is True


@pytest.mark.parametrize("text", [
    "an AI receptionist that handles interruptions naturally",
    "we need an IVR with DTMF menus in front of an AI agent",
    "the bot shows friendly error messages",
])
def test_talk_of_interruptions_or_keypads_is_not_the_protocol(text):
    assert read_value(text, "needs_low_level_control") is None


def test_the_issues_build_request_takes_the_manual_path_with_the_relay_and_twiml_skills():
    text = "Write a FastAPI WebSocket handler for ConversationRelay that handles interrupt and dtmf"
    rec = recommend(*read(Answers.from_dict({"request": text})))
    assert rec.mode == "build" and rec.implementation_path == "manual" and rec.tac_package is None
    assert {"twilio-voice-conversation-relay", "twilio-voice-twiml"} <= set(rec.skill_names())
    assert "twilio-agent-connect" not in rec.skill_names()
    assert dict(rec.inferred)["needs_low_level_control"] == "handles interrupt and dtmf"


# ---- an implied answer never overrides a given one --------------------------------------------------------------

def test_an_answer_implied_by_the_words_never_replaces_one_given():
    answers, words = read_request(Answers.from_dict({"request": "a phone agent with Deepgram",
                                                     "voice_pipeline": "speech_to_speech"}))
    assert answers.voice_pipeline == "speech_to_speech" and "voice_pipeline" not in words
    assert answers.stt_provider == "deepgram"


# ---- the words not understood ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, unread", [
    ("An IT helpdesk voice bot for our 5,000 employees", ("5,000 employees",)),
    ("We want raw call audio for our own emotion model", ("emotion model",)),
    ("We run 400 salons", ("400 salons",)),
    ("AI answering for our beekeeping firm that puts urgent jobs through to the engineer's mobile",
     ("beekeeping firm",)),
    ("Our head of product wants it in Salesforce and HubSpot. Salesforce again.",
     ("head of product", "Salesforce", "HubSpot")),
    ("Hi! Can you help us? Thanks so much.", ()),
    # one word is listed only when it stands out: a name mid-sentence, a term in capitals or with a hyphen
    ("Parents phone the office. We log it in Salesforce, then QA checks.", ("Salesforce", "QA checks")),
    ("Thoughts? The staff are great, and late check-out matters.", ("late check-out matters",)),
    ("An AI receptionist for our UK clinic", ()),
])
def test_the_words_no_pattern_used_are_listed_once_in_text_order(text, unread):
    assert unread_words(text) == unread


def test_filler_words_never_stand_alone_and_the_words_are_the_requests_own():
    text = "We would really like to know if it is possible to do this with the thing we have, please"
    assert unread_words(text) == ()
    text = "Our   bespoke\u00a0loyalty  scheme (Gold & Platinum tiers) matters"
    assert all(phrase in text.replace("\u00a0", " ") for phrase in unread_words(text))
    assert "Gold & Platinum tiers" in unread_words(text)


def test_the_report_and_the_json_list_the_words_not_understood(tmp_path):
    words = [f"zorblax{i} quux{i}" for i in range(UNREAD_SHOWN + 3)]
    request = "An AI voice agent. " + ". ".join(words) + "."
    rec = recommend(*read(Answers.from_dict({"request": request})))
    assert rec.unread == tuple(words) and rec.to_dict()["unread"] == words
    md = to_markdown(rec)
    line = next(line for line in md.splitlines() if line.startswith("- **Not understood**"))
    assert "`zorblax0 quux0`" in line and f"`zorblax{UNREAD_SHOWN} quux{UNREAD_SHOWN}`" not in line
    assert "and 3 more" in line
    assert json.loads(json.dumps(rec.to_dict()))["unread"] == words


def test_recommend_checks_the_words_it_is_given():
    with pytest.raises(AnswerError, match="unread"):
        recommend({"channels": ["voice"]}, unread=["a phrase with no request to come from"])
    with pytest.raises(AnswerError, match="unread"):
        recommend({"request": "voice bot"}, unread="not a list")
    assert recommend({"request": "voice bot"}).unread == ()


# ---- a reading turned down stays turned down --------------------------------------------------------------------

def test_read_request_never_fills_a_rejected_field_and_refuses_unknown_ids():
    answers = Answers.from_dict({"request": "An AI receptionist for our UK clinic"})
    filled, words = read_request(answers, ["countries"])
    assert filled.countries is None and "countries" not in words and filled.industry == "healthcare"
    for bad in (["nope"], ["request"], "countries", [3]):
        with pytest.raises(AnswerError, match="rejected"):
            read_request(answers, bad)


@pytest.mark.render  # the Wizard's model lives in twarch.widgets, which needs ipywidgets
def test_a_rejected_reading_stays_rejected_across_rereads_until_restored():
    from twarch.widgets.model import WizardModel

    model = WizardModel({"request": "An AI receptionist for our UK clinic"})
    assert model.answers.countries == ("GB",)
    model.reject("countries")
    assert model.answers.countries is None and "countries" not in model.prefilled
    assert model.rejected == ["countries"] and "countries" not in dict(model.recommendation.inferred)
    model.read_request("An AI receptionist for our UK clinic, and our clinic in Dublin")  # a re-read
    assert model.answers.countries is None and model.answers.industry == "healthcare"
    model.set(countries=["IE"])  # answering it yourself still works, and is no conflict with the request
    assert model.answers.countries == ("IE",) and "countries" not in model.conflicts
    model.set(countries=None)
    model.restore("countries")
    assert model.rejected == [] and model.answers.countries == ("GB", "IE")
    with pytest.raises(AnswerError, match="rejected"):
        model.reject("nope")


@pytest.mark.render  # the Wizard's model lives in twarch.widgets, which needs ipywidgets
def test_a_wizard_model_opened_with_rejected_readings_and_a_session_keeps_them():
    from twarch.widgets.model import WizardModel

    model = WizardModel({"request": "An AI receptionist for our UK clinic"}, rejected=["industry"])
    assert model.answers.industry is None and model.answers.countries == ("GB",)
    session = Session("team", model.answers, {}, prefilled=model.prefilled, rejected=tuple(model.rejected))
    again = Session.from_dict(json.loads(session.to_json()))
    assert again.rejected == ("industry",) and again == session
    with pytest.raises(AnswerError, match="rejected"):
        Session.from_dict({**session.to_dict(), "rejected": ["nope"]})
    with pytest.raises(AnswerError, match="rejected"):
        Session.from_dict({**session.to_dict(), "rejected": "industry"})


@pytest.mark.render  # the Wizard's model lives in twarch.widgets, which needs ipywidgets
def test_the_model_lists_the_words_it_did_not_understand_and_the_recommendation_carries_them():
    from twarch.widgets.model import WizardModel

    model = WizardModel({"request": "An IT helpdesk voice bot for our 5,000 employees"})
    assert model.unread == ("5,000 employees",) and model.recommendation.unread == model.unread
    model.read_request("A voice bot for our emotion model")
    assert model.unread == ("emotion model",) and model.recommendation.unread == model.unread
    model.set(request=None)
    assert model.unread == () and model.recommendation.unread == ()


# ---- who contacts whom, and on which channel, in plainer words ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("We'd like an AI to answer one number so citizens can call and book an appointment",
     {"channels": ("voice",), "direction": "inbound"}),
    ("an assistant answering our main line", {"channels": ("voice",), "direction": "inbound"}),
    ("We miss a lot of calls from potential clients at night", {"direction": "inbound"}),
    ("Tenants text us maintenance problems", {"direction": "inbound"}),
    ("customers can text or message us on WhatsApp", {"channels": ("sms", "whatsapp")}),
    ("residents call in or use the chat on the city website", {"channels": ("voice", "chat"), "direction": "inbound"}),
])
def test_plain_words_for_channels_and_who_starts(text, expected):
    assert {field: read_value(text, field) for field in expected} == expected


# ---- who takes the hand-off: a contact centre the customer already runs elsewhere is not Flex (round 1, class I) ---

@pytest.mark.parametrize("text", [
    "it must transfer the call, with context, to our existing Genesys Cloud contact centre - we're not moving our "
    "agents to Flex",  # round 1, design 15
    "escalations go to our agents in NICE CXone",
    "hand off to our Five9 call center when it gets stuck",
    "when the bot can't help, transfer to Amazon Connect",
    "our current contact center on Avaya takes the escalations",
    "our existing call centre takes over",
    "we are not migrating to Flex: the humans stay where they are",
    "hand over to a person, without Twilio Flex",
])
def test_a_contact_centre_on_another_platform_is_the_customers_own(text):
    assert read_value(text, "handoff_target") == "own_contact_center"
    assert read_value(text, "handoff") is True


@pytest.mark.parametrize("text", [
    "hand the call to our Flex agents",
    "route escalations to the contact centre agents",
])
def test_flex_and_a_plain_contact_centre_stay_flex(text):
    assert read_value(text, "handoff_target") == "contact_center"


def test_a_named_platform_is_no_longer_left_unread():
    text = "transfer the call to our existing Genesys Cloud contact centre; we're not moving our agents to Flex"
    assert not any("Genesys" in words for words in unread_words(text))
    rec = recommend(Answers(**{f: v for f, (v, _) in prefill(text).items()}))
    assert not {"taskrouter", "flex"} & set(rec.product_ids) and rec.facts.handoff_transfer is True


# ---- requests that describe an agent without naming one, in English or another language --------------------------

@pytest.mark.parametrize("text", [
    "joinery workshop, just me and a van. need something that answers while i'm on site, and takes a message",
    "Vet practice: we want the phones answered when the front desk is slammed",
    "We'd like to phone customers after delivery to ask how it went",
    "I want to call and text our members before their renewal date",
    "Parcel returns line, 20,000 calls a month; maybe a third will need a human",
    "Outbound calls about scheduled maintenance, no human hand-off",
    "Our hotline has to handle Somali, Tigrinya and English",
    "Somos una clínica en Valencia y queremos un asistente virtual que atienda las llamadas",
    "Queremos um agente no WhatsApp para responder aos clientes da nossa loja",
    "Nous voulons un agent vocal pour les appels de nos clients",
    "Our plumbers text customers when they are on the way, and we'd like an AI to answer their replies",
])
def test_a_request_that_describes_an_agent_activates_discovery(text):
    assert detect_mode(text).mode == "discovery"


@pytest.mark.parametrize("text", [
    "Write a Node script that texts our 5k members a reminder from a Messaging Service. No AI involved.",
    "Send an SMS blast to our subscribers, no bots, just the message",
    "Route incoming calls to our human support reps by skill using TaskRouter and Flex.",
])
def test_ai_denied_or_people_routed_does_not_activate(text):
    assert not detect_mode(text).activates


# ---- build or validation: an order to write it, or a question about a plan ---------------------------------------

@pytest.mark.parametrize("text", [
    "Build our appointment-reminder dialer in Python and hand answered calls to ConversationRelay",
    "Build a Media Streams consumer in Rust that sends what the caller says to GPT-4o",
    "Show me how to send a language switch from our ConversationRelay server",
    "Our ConversationRelay agent talks over people. Show me how to stop it when the caller speaks. Python.",
])
def test_an_order_to_write_it_is_build(text):
    assert detect_mode(text).mode == "build"


@pytest.mark.parametrize("text", [
    "We picked ElevenLabs for TTS and Deepgram Nova-3 for STT on ConversationRelay. Any concerns?",
    "Our design uses Flex and TaskRouter behind a ConversationRelay agent. Anything wrong with that?",
    "Plan: an AI receptionist per tenant, calls transferred with <Dial> to each tenant's desk. Right call?",
    "Status callbacks go to Twilio Functions and we expect 300 concurrent ConversationRelay calls. Will we hit "
    "Functions limits?",
])
def test_a_question_about_a_plan_is_validation(text):
    assert detect_mode(text).mode == "validation"


# ---- industry: a business none of the regulated industries covers is general ------------------------------------

@pytest.mark.parametrize("text, industry", [
    ("A gas and electricity supplier wants an AI on its meter-reading line", "general"),
    ("We're a regional airline; rebooking calls swamp us", "general"),
    ("Borough council: residents ring about bin collections and council tax", "general"),  # bins are not debts
    ("a boutique hotel group wants a WhatsApp concierge", "general"),
    ("We are a charity running a support helpline", "general"),
    ("Fibre broadband provider, billing questions by phone", "general"),
    ("A retail bank wants an AI on its card line", "financial_services"),  # a bank, not a shop
    ("Independent wealth managers, clients call about their portfolios", "financial_services"),
    ("a fashion label selling online wants a shopping assistant", "retail"),
    ("A hotel group's card payments over the phone, through our bank", "financial_services"),  # named sector wins
])
def test_a_business_named_reads_its_industry_and_an_unregulated_one_is_general(text, industry):
    assert read_value(text, "industry") == industry


# ---- outcome: who contacts whom says what the agent is for, when nothing else does ------------------------------

@pytest.mark.parametrize("text, outcome", [
    ("Garden centre: customers phone us all day and we'd like an AI on the line", "autonomous_service"),
    ("An AI agent for incoming calls on our lost-luggage line", "autonomous_service"),
    ("We want an AI to phone our members when a class is cancelled", "outbound_calling"),
    ("Customers phone us and we'd like an AI to upsell extended warranties", "conversational_commerce"),  # said
])
def test_who_contacts_first_implies_the_outcome_when_none_is_said(text, outcome):
    assert read_value(text, "outcome") == outcome


# ---- who starts: people contacting us, lines named for what they take, calls to people, both ---------------------

@pytest.mark.parametrize("text, direction", [
    ("Policyholders should also be able to WhatsApp us with questions", "inbound"),
    ("Guests message or call us about late check-in", "inbound"),
    ("Tenants ring about broken boilers", "inbound"),
    ("Residents report fly-tipping by phone", "inbound"),
    ("an AI for our repeat-prescription refill line", "inbound"),
    ("a Node handler for incoming WhatsApp that passes the text to the bot", "inbound"),
    ("the webhook receives customer messages and replies with Claude", "inbound"),
    ("An AI for our customer service in Quebec", "inbound"),
    ("Can an AI pick up when we're with a client?", "inbound"),
    ("an AI agent making calls to lapsed members", "outbound"),
    ("We'd like to ring each patient the day before", "outbound"),
    ("a predictive dialer with an AI on the answered calls", "outbound"),
    ("the assistant sends price-drop offers to subscribed shoppers", "outbound"),
    ("Customers call us to rebook, and we call them when the schedule moves", "both"),
    ("An AI for our calls in both directions", "both"),
    ("We exchange texts with customers (both ways); customers always text us first", "inbound"),  # texts, not calls
])
def test_who_starts_the_conversation(text, direction):
    assert read_value(text, "direction") == direction


# ---- hand-offs to someone's phone, and to the people who take what the AI cannot --------------------------------

@pytest.mark.parametrize("text", [
    "if a pipe bursts it should ring my mobile",
    "anything serious is put through to the on-call vet's mobile",
    "put callers with chest pain through to our triage nurse line",
    "urgent jobs are transferred with <Dial> to that branch's duty engineer's phone",
])
def test_a_call_put_through_to_a_persons_phone_is_a_phone_line_handoff(text):
    found = prefill(text)
    assert found["handoff_target"][0] == "phone_line" and found["handoff"][0] is True


@pytest.mark.parametrize("text", [
    "Our 20 advisers take whatever the AI can't handle in our contact centre",
    "Anything the bot cannot answer goes to the contact centre",
])
def test_what_the_ai_cannot_handle_is_handed_to_the_contact_centre(text):
    assert read_value(text, "handoff_target") == "contact_center"


def test_a_supervisor_taking_over_a_call_is_a_handoff_watched_live():
    found = prefill("Team leads must be able to watch live and take over the call when the AI struggles")
    assert found["handoff"][0] is True and found["intelligence"][0] == "realtime"


# ---- countries from cities and local names, languages listed or named in their own language ----------------------

@pytest.mark.parametrize("text, countries", [
    ("a dog groomer in Nashville", ["US"]),
    ("an NHS trust's outpatient clinics", ["GB"]),
    ("a physio practice in Sheffield", ["GB"]),
    ("una cadena de tiendas en México", ["MX"]),
    ("Somos uma loja do Brasil", ["BR"]),
    ("une assurance française", ["FR"]),
    ("a clinic in New Mexico", ["US"]),  # New Mexico is a US state
])
def test_countries_from_cities_and_local_names(text, countries):
    assert sorted(read_value(text, "countries")) == countries


@pytest.mark.parametrize("text, tags", [
    ("Mostly English, with Polish and Romanian on request", ["en", "pl", "ro"]),
    ("que hable en español", ["es"]),
    ("qui réponde en français", ["fr"]),
    ("um assistente em português do Brasil", ["pt-BR"]),
])
def test_languages_listed_or_named_in_their_own_language(text, tags):
    assert sorted(read_value(text, "languages")) == tags


def test_polishing_is_no_language():
    assert read_value("We polish the prompts every week", "languages") is None


@pytest.mark.parametrize("text, regulations", [
    ("we screen against the TPS and follow PECR", ("uk_gdpr_pecr",)),
    ("DORA applies to us as an investment firm", ("dora",)),
    ("dans le respect du RGPD", ("gdpr",)),
])
def test_regulations_named_in_other_words(text, regulations):
    assert read_value(text, "regulations") == regulations


# ---- numbers in other conventions, lengths after a count, and models named only to compare ----------------------

@pytest.mark.parametrize("text, field, value", [
    ("about 3 lakh calls a month from borrowers", "calls_per_month", 300_000),
    ("1.5 lakh reminder calls per month", "calls_per_month", 150_000),
    ("12,000 calls a month, ~4 min each.", "minutes_per_call", 4),
    ("30,000 calls a month, avg 2.5 minutes.", "minutes_per_call", 2.5),
    ("we expect 5,000 dials a month", "calls_per_month", 5000),
    ("2,400 calls per annum", "calls_per_month", 200),  # a year written out is divided by twelve
])
def test_numbers_as_written_in_other_conventions(text, field, value):
    assert read_value(text, field) == value


@pytest.mark.parametrize("text, llm", [
    ("We run our own fine-tuned Mistral 7B on our own servers; how does that compare versus using OpenAI?", "own"),
    ("a self-hosted Llama 3.1 behind ConversationRelay, rather than Claude", "own"),
    ("GPT-4o, as opposed to Gemini", "openai"),
])
def test_a_model_named_only_to_compare_answers_nothing(text, llm):
    assert read_value(text, "llm") == llm


@pytest.mark.parametrize("text, field, value", [
    ("Write the handler in Go", "team_language", "other"),
    ("using Google for transcription and ElevenLabs for the voice", "stt_provider", "google"),
    ("our nurses take the calls; an AI listening in that suggests follow-up questions", "wants", ("ai_copilot",)),
    ("our reps want live suggestions during calls", "wants", ("ai_copilot",)),
    ("Agent Copilot for our claims handlers", "wants", ("ai_copilot",)),
    ("email the caller a summary afterwards", "wants", ("email_summaries",)),
    ("it pays bills on the customer's behalf with scoped OAuth tokens", "wants", ("scoped_tokens",)),
])
def test_stack_and_feature_words(text, field, value):
    assert read_value(text, field) == value


def test_an_agent_listening_in_is_internal_tools():
    assert read_value("our agents answer every call; an AI listening in suggests the next step", "outcome") == \
        "internal_tools"


# ---- who is building: a handful of people, millions of customers, an ISV's businesses counted -------------------

@pytest.mark.parametrize("text, profile", [
    ("locksmith, one-man band, covering the whole county", "smb"),
    ("a family-run guesthouse by the sea", "smb"),
    ("an optician with 8 staff", "smb"),
    ("we're a 3-person agency", "smb"),
    ("a vet group with 4 clinics", "smb"),
    ("a water company with 2.5 million customers", "enterprise"),
    ("Our booking platform gives each of its 800 restaurants their own AI host", "isv"),
    ("We have 350 dental practices as customers and want to offer them an AI receptionist", "isv"),
])
def test_the_size_and_shape_of_the_business(text, profile):
    assert read_value(text, "customer_profile") == profile


@pytest.mark.parametrize("text, tenants", [
    ("Our booking platform gives each of its 800 restaurants their own AI host", 800),
    ("We have 350 dental practices as customers and want to offer them an AI receptionist", 350),
])
def test_an_isvs_businesses_counted_are_tenants(text, tenants):
    assert read_value(text, "tenants") == tenants


@pytest.mark.parametrize("text, channels", [
    ("The agent answers order calls and chats", ("voice", "chat")),
    ("Conversation Memory plus call recordings for the agent", ("voice",)),
    ("an AI receptionist product for barbers", ("voice",)),
    ("un agent vocal pour nos clients", ("voice",)),
])
def test_more_words_for_channels(text, channels):
    assert read_value(text, "channels") == channels


def test_notifications_and_warnings_sent_out_are_outbound():
    assert read_value("AI calls alerting residents to road closures", "outcome") == "outbound_calling"
