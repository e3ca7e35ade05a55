"""The words a workshop trips over, each explained in one plain sentence (shown as tooltips in the Wizard).

Products and regulations explain themselves from their own tables (:data:`~twarch.knowledge.products.PRODUCTS`'
``role``, :data:`~twarch.knowledge.regimes.REGIMES`' ``label``), so a renamed product or a new regime is
explained without an edit here; the other terms are written below. A term is matched as a whole word,
case-sensitively, longest first (``Conversation Orchestrator`` before ``Orchestrator``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .products import PRODUCTS
from .regimes import REGIMES


@dataclass(frozen=True)
class Term:
    term: str
    meaning: str


def _products() -> tuple[Term, ...]:
    terms = [Term(p.name, f"{p.name} (Twilio): {p.role}.") for p in PRODUCTS.values()]
    orchestrator = PRODUCTS["conversation_orchestrator"]
    terms.append(Term("Orchestrator", f"Short for {orchestrator.name}: {orchestrator.role}."))
    return tuple(terms)


def _regimes() -> tuple[Term, ...]:
    terms = []
    for regime in REGIMES.values():
        short = regime.name.split(" (", 1)[0]
        terms.append(Term(short, f"{regime.label}: one of the regulations twarch's checklist covers."))
    return tuple(terms)


_WRITTEN: tuple[Term, ...] = (
    Term("Agent Connect", "Twilio Agent Connect: Twilio's SDK (Python and TypeScript) that joins your agent to "
                          "ConversationRelay and the messaging channels from one codebase; Azure and AWS have "
                          "their own packages."),
    Term("GA", "Generally available: released for production use with support. Features announced but not yet "
               "GA may be missing or change."),
    Term("PHI", "Protected health information: health data that identifies a person. HIPAA governs who may "
                "hold it and how."),
    Term("BAA", "Business associate agreement: the contract HIPAA requires with every vendor that handles PHI "
                "for you, Twilio and each AI vendor included."),
    Term("STT", "Speech-to-text: turns the caller's audio into text for your agent."),
    Term("TTS", "Text-to-speech: turns your agent's reply into the voice the caller hears."),
    Term("LLM", "Large language model: the AI model (OpenAI, Anthropic, Gemini ...) that writes the agent's "
                "replies."),
    Term("ISV", "Independent software vendor: a company building the agent into a product it sells to many "
                "clients (tenants)."),
    Term("SMB", "Small or medium-sized business."),
    Term("WebSocket", "A long-lived two-way connection between Twilio and your server, over which a call's text "
                      "or audio flows."),
    Term("TwiML", "Twilio's XML instructions that tell a call what to do (connect, record, pay ...)."),
    Term("10DLC", "Ten-digit long code: US business texting from ordinary numbers, which needs a registered "
                  "brand and campaign."),
    Term("mu-law", "The 8 kHz telephone audio encoding a phone call carries."),
    Term("Voice Live", "Azure's realtime speech service, reachable through the Microsoft Agent Connect package."),
)

#: Every explained term, longest first (so the longer of two overlapping terms wins).
TERMS: tuple[Term, ...] = tuple(sorted({t.term: t for t in (*_products(), *_regimes(), *_WRITTEN)}.values(),
                                       key=lambda t: (-len(t.term), t.term)))
BY_TERM: dict[str, Term] = {t.term: t for t in TERMS}


def meaning(term: str) -> str:
    """The one-sentence explanation of a term (KeyError for a term not in the glossary)."""
    return BY_TERM[term].meaning
