"""Twilio's products, the capability ladder and the architectural choices, one table each.

Product names, ladder rungs, transports, implementation paths, channel mixes and entry points are declared
here once; reports, the diagram, the ladder and the rule tables read them from here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    id: str
    name: str
    role: str  #: what it does, in one line (the diagram's tooltip when no rule explains it)
    rung: int  #: the ladder rung that brings it in


PRODUCTS: dict[str, Product] = {p.id: p for p in (
    Product("conversation_relay", "ConversationRelay",
            "managed speech-to-text and text-to-speech; your server talks JSON text over a WebSocket", 1),
    Product("media_streams", "Media Streams",
            "raw call audio (mu-law 8 kHz) over a WebSocket; you run your own speech pipeline", 1),
    Product("conversation_orchestrator", "Conversation Orchestrator",
            "one conversation across channels, captured and routed to your agent", 1),
    Product("conversation_memory", "Conversation Memory",
            "customer profiles, observations, summaries and semantic Recall across sessions", 2),
    Product("conversation_intelligence", "Conversation Intelligence",
            "Language Operators run on conversations and fire webhooks on signals", 3),
    Product("pay_subaccount", "<Pay> in a PCI-Mode subaccount",
            "takes the card on the call in a separate PCI-Mode subaccount and sends it to your processor through a "
            "Pay Connector; only the token comes back", 1),
    Product("studio", "Twilio Studio", "a Studio Flow receives the Agent Connect handoff and sends it on to Flex", 4),
    Product("taskrouter", "TaskRouter", "routes escalations to the right human by skills", 4),
    Product("flex", "Flex",
            "the human agent's desktop: the escalation payload, and the memory profile when there is one", 4),
    Product("real_time_transcription", "Real-Time Transcription",
            "the live call's words as text (<Start><Transcription>), sent to your assist by webhook", 3),
    Product("agent_copilot", "Agent Copilot",
            "Flex's AI assistant in the agent's desktop (public beta): suggestions, knowledge answers, wrap-up notes",
            4),
)}


@dataclass(frozen=True)
class Level:
    number: int
    name: str  #: the playbook's name, for designs with a voice channel
    neutral_name: str  #: the same rung named for a design without voice
    architecture: str  #: what the rung is made of (rung 1) or adds to the rungs below
    adds: str


LEVELS: dict[int, Level] = {lv.number: lv for lv in (
    Level(1, "Basic Voice AI Agent", "Basic AI Agent", "a transport + your agent server + an LLM API",
          "The customer's words reach your agent as text; the LLM's reply goes back on the same channel."),
    Level(2, "+ Customer Memory", "+ Customer Memory", "adds Conversation Memory",
          "Before answering, the agent looks up the customer's profile and recalls relevant past interactions."),
    Level(3, "+ Real-Time Intelligence", "+ Real-Time Intelligence", "adds Conversation Intelligence",
          "Operators listen to conversations in parallel and fire webhooks your backend acts on."),
    Level(4, "+ Human Escalation", "+ Human Escalation", "adds TaskRouter + Flex",
          "The AI hands off with a structured payload; TaskRouter routes it; the human sees the profile in Flex."),
)}

#: What rungs 2 and 3 add under HIPAA, where Conversation Memory and Intelligence (v3) are not eligible services
#: (claim ``conversations.not_hipaa_pci``; the classic product's voice channel is: ``intel.classic_messaging``).
HIPAA_ADDS: dict[int, str] = {
    2: "adds customer memory, kept in a store your BAA covers: Conversation Memory is not HIPAA eligible",
    3: "adds analytics: of Twilio's, only the classic Conversational Intelligence for Voice, on recorded calls, is "
       "HIPAA eligible",
}

#: What rung 4 adds when the hand-off goes to a phone, a team line or an on-call person (``handoff_target``
#: ``phone_line``): a transfer, not a contact centre (claim ``studio.connect_call``; review 3, finding 5).
PHONE_HANDOFF_ADDS = "adds a transfer to your phone line: Studio's Connect Call To or <Dial>, no TaskRouter or Flex"
#: ... where the region or a regime rules Studio out (AU1): <Dial> alone.
PHONE_DIAL_ADDS = "adds a transfer to your phone line: <Dial>, no TaskRouter or Flex"
#: ... for a design that serves no calls: a text conversation cannot be put through to a phone (round 3, class A).
PHONE_TEXT_ADDS = "adds a hand-off to your phone line: the summary texted to the person there, no TaskRouter or Flex"

#: What rungs 2, 3 and 4 add when the region or a regime rules out the product they name (fact ``unavailable``):
#: the design's own store, its own analytics, a transfer to the contact centre the customer runs (``handoff_transfer``).
UNAVAILABLE_ADDS: dict[int, tuple[str, str]] = {
    2: ("conversation_memory", "adds customer memory in your own store, since Conversation Memory is ruled out for "
                               "this design"),
    3: ("conversation_intelligence", "adds analytics of your own, since Conversation Intelligence is ruled out for "
                                     "this design"),
    4: ("flex", "adds a transfer to your contact centre: <Dial> to its number or SIP address, no TaskRouter or Flex"),
}
#: What rung 4 adds for a hand-off Flex does not serve, by who takes it ("own": the customer's contact centre on
#: another platform; "team": the team Flex was to seat, where the region rules Flex out) and by the channels served
#: ("voice", "text", "both"): a text conversation cannot be put through with <Dial> (round 3, classes A and B).
TRANSFER_ADDS: dict[tuple[str, str], str] = {
    ("own", "voice"): UNAVAILABLE_ADDS[4][1],
    ("own", "text"): "adds a hand-off to your contact centre through its own messaging integration, no TaskRouter or "
                     "Flex",
    ("own", "both"): "adds a hand-off to your contact centre: calls by <Dial> to its number or SIP address, text "
                     "conversations through its own messaging integration, no TaskRouter or Flex",
    ("team", "voice"): "adds a transfer to your team's phone line: <Dial> to their numbers, no Flex",
    ("team", "text"): "adds a hand-off to your team in an agent UI of your own, no Flex",
    ("team", "both"): "adds a hand-off to your team without Flex: calls by <Dial> to their phone line, text "
                      "conversations in an agent UI of your own",
}


def rung_adds(number: int, *, hipaa: bool = False, phone_handoff: bool = False, transfer: bool = False,
              unavailable: tuple[str, ...] = (), voice: bool = True, text: bool = False, own_team: bool = False) -> str:
    """What a rung adds, in words, for a design under HIPAA, with a phone-line hand-off, with a transfer to a
    contact centre Flex does not serve (``handoff_transfer``: the customer's own, or any where the region lacks Flex),
    or without a product the region or a regime rules out: the one wording the report's level line and the diagram's
    ladder share."""
    if number == 4 and phone_handoff and not voice:
        return PHONE_TEXT_ADDS
    if number == 4 and phone_handoff:
        return PHONE_DIAL_ADDS if "studio" in unavailable else PHONE_HANDOFF_ADDS
    if number == 4 and transfer:
        return TRANSFER_ADDS["team" if own_team else "own", "both" if voice and text else "text" if text and not voice
                             else "voice"]
    if hipaa and number in HIPAA_ADDS:
        return HIPAA_ADDS[number]
    component, words = UNAVAILABLE_ADDS.get(number, ("", ""))
    return words if component and component in unavailable else LEVELS[number].architecture


#: Rung 3's name when the supervision asked for is after the call, not live.
POST_CALL_RUNG = "+ Post-Call Intelligence"

#: The name of an agent-assist design (entry point ``agent_assist``): people answer every conversation and the AI
#: assists them, so the rungs of an AI agent that answers do not describe it.
ASSIST_NAME = "Agent Assist: people answer, the AI listens and suggests"
ASSIST_ARCHITECTURE = "people answer in Flex; the call's words, transcribed live, feed an AI assist beside them"

#: What each part of a design adds, as the report's "Architecture" and "What it does" lines say it: the parts
#: a design has are joined in this order ("a transport + your agent server + an LLM API + Conversation Memory").
DESIGN_PARTS: dict[str, tuple[str, str]] = {
    "base": ("a transport + your agent server + an LLM API", LEVELS[1].adds),
    "base_own_llm": ("a transport + your agent server + your own LLM (self-hosted)",
                     "The customer's words reach your agent as text; your own model's reply goes back on the same "
                     "channel."),
    "base_media_streams": ("Media Streams + your agent server + speech recognition, an LLM and a voice of your "
                           "choosing",
                           "The call's audio reaches your server; your speech recognition turns it into text for the "
                           "LLM, and your text-to-speech speaks the reply."),
    "base_media_streams_own_llm": ("Media Streams + your agent server + speech recognition, your own LLM "
                                   "(self-hosted) and a voice",
                                   "The call's audio reaches your server; your speech recognition turns it into text "
                                   "for your own model, and your text-to-speech speaks its reply."),
    "base_speech_to_speech": ("Media Streams + your agent server + a realtime voice model",
                              "The caller's audio goes to a realtime voice model, which answers in speech: there "
                              "is no text step between them."),
    "memory": ("Conversation Memory", LEVELS[2].adds),
    "memory_text_only": ("Conversation Memory (text channels only)",
                         "Before answering a message, the agent looks up the customer's profile and recalls relevant "
                         "past interactions; calls on CX Agent Studio's speech-to-speech voice channel do not reach "
                         "Memory."),
    "intelligence_realtime": ("Conversation Intelligence (live)", LEVELS[3].adds),
    "intelligence_post_call": ("Conversation Intelligence (post-call)",
                               "Operators analyse each conversation after it ends and send the results to your "
                               "backend."),
    "handoff": ("TaskRouter + Flex", "The AI hands off with a structured payload; TaskRouter routes it; the human "
                                     "sees the payload in Flex."),
    "handoff_memory": ("TaskRouter + Flex", LEVELS[4].adds),
    "handoff_phone": ("a transfer to your phone line",
                      "The AI hands off by putting the call through to a person's phone (one number, several ringing "
                      "at once, or a conference) with a summary spoken or texted to them; a text conversation is "
                      "handed over by texting the person."),
    "assist": ("TaskRouter + Flex for your agents + live transcription + an AI assist (no AI answers)",
               "People answer every conversation in Flex; the conversation's words reach an AI assist as they are "
               "spoken, and it suggests next steps to the agent on screen. Nothing speaks to the customer for the AI."),
    "assist_text": ("TaskRouter + Flex for your agents + an AI assist reading the conversation (no AI answers)",
                    "People answer every conversation in Flex; an AI assist reads the messages as they arrive and "
                    "suggests replies to the agent on screen. Nothing writes to the customer for the AI."),
}

TRANSPORTS: dict[str, str] = {
    "conversation_relay": "ConversationRelay",
    "media_streams": "Media Streams",
}

#: How a voice call becomes words and back: the ``voice_pipeline`` answer.
VOICE_PIPELINES: dict[str, str] = {
    "cascaded": "Cascaded: speech-to-text, your LLM, text-to-speech",
    "speech_to_speech": "Speech-to-speech: a realtime voice model over Media Streams",
}

#: Twilio's data-residency regions: the ``region`` answer.
REGIONS: dict[str, str] = {
    "us1": "United States (US1)",
    "ie1": "Ireland, EU data residency (IE1)",
    "au1": "Australia (AU1)",
}

PATHS: dict[str, str] = {
    "tac_sdk": "Twilio Agent Connect SDK (fast path)",
    "manual": "Manual integration (custom path)",
}

CHANNEL_MIXES: dict[str, str] = {
    "voice_only": "Voice only: a voice transport, no messaging",
    "voice_plus_messaging": "Voice + messaging: a voice transport plus one text channel",
    "messaging_only": "Messaging only: text channels and your agent, no voice transport",
    "omnichannel": "Omnichannel: a voice transport plus several text channels",
}

ENTRY_POINTS: dict[str, str] = {
    "hybrid": "Hybrid: AI handles tier 1, people handle the rest",
    "pure_ai": "Pure AI: no humans in the loop",
    "agent_assist": "Agent assist: people answer every conversation, the AI listens and suggests",
}

#: The Conversations services that must be linked to each other in this order.
CONVERSATIONS_STACK: tuple[str, ...] = ("conversation_orchestrator", "conversation_memory", "conversation_intelligence")
