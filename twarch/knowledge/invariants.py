"""What must hold of every recommendation, as data beside the rules, so a new rule is checked automatically.

* **Scopes.** A rule may declare what its item is about (``scope="relay"``); the item may then appear only
  where the scope's condition holds of the final facts. A rule whose text names a transport must declare it:
  the rule tables refuse to load otherwise (see :func:`scope_problem`).
* **Product names.** An item whose text names a product (by its name in :data:`~twarch.knowledge.products.
  PRODUCTS`) may appear only in a design that recommends that product, unless the rule lists it in
  ``names_absent`` (a warning that names the products it is about, say) or the item is in a table that talks about
  absent products by design (:data:`FREE_TABLES`).
* **The rest** (:data:`INVARIANTS`): no product is both recommended and skipped; voice with memory or intelligence
  has the Orchestrator; a speech provider is picked exactly when the design has a cascaded AI voice pipeline; an
  agent-assist design has no AI voice agent at all; every
  skill is in the pinned catalogue; every checklist item's regime applies where its people are and its condition
  holds.

The checker that applies all of this is :func:`twarch.engine.consistency.problems`; the tests run it over the
exhaustive answer sweep and over Hypothesis' arbitrary answers.
"""

from __future__ import annotations

import re

from .products import PRODUCTS

#: What an item can be about, and the condition (over the final facts) that must hold where it appears.
SCOPES: dict[str, dict] = {
    "voice": {"voice": True},
    "relay": {"voice_transport": "conversation_relay"},
    "media_streams": {"voice_transport": "media_streams"},
    "messaging": {"messaging_count": {"ge": 1}},
    "text_only": {"voice": False},
}

#: Words in a rule's text that require it to declare a scope (and which scopes satisfy them).
SCOPE_TERMS: dict[str, tuple[str, ...]] = {
    "<ConversationRelay": ("relay",),
    "applicationReconnect": ("relay",),
    "<Connect><Stream>": ("media_streams",),
}

#: Tables whose items talk about products the design does not have, by design.
FREE_TABLES = frozenset({"skipped", "regulations"})
#: The tables of lines written for the drawn design after feasibility (key decisions, GA lines, the customer profile,
#: tech stack, phases, warnings): none may name a product the final design does not use (round 2, class C: lines
#: keyed on the answers survived the feasibility decision that removed what they name).
REPORT_TABLES = frozenset({"key_decisions", "ga_gaps", "ga_works", "profile", "considerations", "phases", "warnings"})

#: A product's name as it appears in text (word-bounded).
PRODUCT_NAMES: dict[str, re.Pattern[str]] = {p.id: re.compile(rf"(?<![\w-]){re.escape(p.name)}(?![\w-])")
                                             for p in PRODUCTS.values()}

#: What a design already does to meet a sourced requirement: the claim a warning rests on -> the condition (over the
#: final facts) under which the design meets it. A Blocker says the drawn design cannot work or is not allowed as
#: drawn, so no blocker resting on one of these claims may appear where its condition holds: a reminder of what the
#: design already does is an operational note at most (review round 1, class A).
MET_BY: dict[str, dict] = {
    # the install line of every design on the SDK pins Agent Connect 2.7.0 or later, the security release
    "tac.security_logging": {"path": "tac_sdk"},
    # card payments already go through a hosted payment page, or are taken on the call (<Pay>), so no card number
    # enters a text conversation of the drawn design (round 2, class G)
    "pci.text": {"any": [{"card_capture_used": "payment_link"},
                         {"voice": True, "card_capture_used": ["pay_in_call", "pay_subaccount"]}]},
    # every inbound minute already goes to toll-free numbers, the only kind a toll-free-only country offers
    "telephony.toll_free_only": {"toll_free_share": {"ge": 1}},
    # every outcome twarch designs for is an agent for the customer's own business, which WhatsApp allows
    "whatsapp.ai": {},
    # Polly inside ConversationRelay is Twilio's Text to Speech, on Twilio's HIPAA list, not the customer's AWS
    "baa.amazon": {"voice_transport": "conversation_relay"},
}


#: How lines name each component, beyond a product's full name ("Studio's Send Message", "Flex Agent Copilot",
#: "Sync", and what only it does: a "FIFO queue" is TaskRouter's, an "Intelligence signal" Conversation
#: Intelligence's): a line that names one the design cannot use (the fact ``unavailable``) contradicts the design, and
#: so does a line of :data:`REPORT_TABLES` that names a product the final design does not use; unless its rule lists
#: the component in ``without`` (the line says the design does without it: "no TaskRouter or Flex") or
#: ``names_absent``. Google's "CX Agent Studio" is not Twilio Studio.
MENTIONS: dict[str, re.Pattern[str]] = {cid: re.compile(pattern) for cid, pattern in {
    "studio": r"(?<![\w-])(?<!Agent )Studio(?![\w-])",
    "taskrouter": r"TaskRouter|FIFO queue|skills-based targeting",
    "flex": r"(?<![\w-])Flex(?![\w-])",
    "agent_copilot": r"Agent Copilot",
    "conversation_memory": r"Conversation Memory|Memory Recall|(?<![\w-])Recall(?![\w-])",
    "conversation_orchestrator": r"Orchestrator",
    "conversation_intelligence": r"Conversation Intelligence|Language Operators|Intelligence signal",
    "sync": r"(?<![\w-])Sync(?![\w-])",
    "whatsapp": r"WhatsApp",
    "rcs": r"(?<![\w-])RCS(?![\w-])",
}.items()}

INVARIANTS: dict[str, str] = {
    "scope": "every item appears only where its declared scope holds (so no ConversationRelay-only item on a Media "
             "Streams or text-only design, no voice-only item without voice)",
    "product_names": "no item names a product the design does not recommend (unless it says it may)",
    "recommended_not_skipped": "no product is both recommended and skipped",
    "orchestrator_with_voice_state": "voice with memory or intelligence always includes Conversation Orchestrator "
                                     "(outside HIPAA, where none of the Conversations products is eligible, and Google "
                                     "CX Agent Studio's speech-to-speech voice channel, which supports none of them)",
    "speech_providers": "STT and TTS are picked exactly when the design has a cascaded voice pipeline",
    "skills_in_catalogue": "every recommended skill is in the pinned catalogue",
    "checklist_applies": "every checklist item's regime is active, applies where the people are, and its condition "
                         "holds",
    "feasible": "no component the design uses is absent from its region, ineligible under a regime that restricts "
                "its workflow, or missing a component it requires (knowledge/components.py), and none is in the "
                "design's unavailable fact",
    "no_blocker_against_design": "no blocker says a component the design uses is unavailable, not offered, not listed "
                                 "or not eligible: the engine leaves such a component out and says what had to give",
    "no_blocker_already_met": "no blocker rests on a requirement the design already meets (MET_BY): a reminder of "
                              "what the drawn design does is not a blocker",
    "absent_named": "no line of the report tables (REPORT_TABLES) names, by its name or a mention (MENTIONS), a "
                    "product the final design does not use, and no 'Instead' of what had to give names one, unless "
                    "its rule says so (``without``, ``names_absent``): lines follow the design feasibility left, not "
                    "the answers",
    "unavailable_named": "no item names a component the design cannot use (absent from its region, not eligible under "
                         "a regime, or needing one of those), unless its rule says the design does without it "
                         "(``without``); what had to give is said once, in the feasibility lines",
    "studio_tool": "the SDK's Studio hand-off tool is offered only where the design has the Orchestrator "
                   "configuration and Memory store it needs (not under HIPAA, in IE1 or AU1, or on a voice-only "
                   "speech-to-speech channel); elsewhere the AI hands off itself",
    "sdk_memory": "no item tells the SDK to reach Memory through an Orchestrator configuration the design does not "
                  "have",
    "text_no_call_transfer": "a design that serves no calls never hands off by call transfer: no line (what had to "
                             "give included) names <Dial>, a SIP address or a transferred call; a text conversation "
                             "reaches people by their messaging, never a dial (round 3, class A)",
    "agent_assist": "an agent-assist design (people answer, the AI assists) has no AI voice agent: no "
                    "ConversationRelay, Media Streams, speech vendors, Agent Connect or Studio, and Flex, TaskRouter "
                    "and (with voice) Real-Time Transcription instead",
}


#: Words that say a hand-off is a call transfer: no line of a design without calls may say them (round 3, class A).
CALL_TRANSFER = re.compile(r"<Dial>|SIP address|call is transferred|transfer of the call|calls? (?:are )?transferred")


def components_named(text: str) -> tuple[str, ...]:
    """The ids of the components a text names (:data:`MENTIONS`)."""
    return tuple(cid for cid, pattern in MENTIONS.items() if pattern.search(text))


def products_named(text: str) -> tuple[str, ...]:
    """The ids of the products a text names."""
    return tuple(pid for pid, pattern in PRODUCT_NAMES.items() if pattern.search(text))


def scope_problem(text: str, scope: str | None) -> str:
    """Why a rule text with this scope cannot stand ('' when it can)."""
    if scope is not None and scope not in SCOPES:
        return f"unknown scope {scope!r}; allowed: {', '.join(SCOPES)}"
    for term, scopes in SCOPE_TERMS.items():
        if term in text and scope not in scopes:
            return f"its text names {term!r}, so it must declare scope one of {', '.join(scopes)}"
    return ""
