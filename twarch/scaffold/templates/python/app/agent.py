"""The agent's turn-taking, whatever carries the call: history per call, hand-off and payment intents, no card data.

The LLM is one function (``app.llm.ask_llm``); the transport handlers pass it in, so the tests pass a fake.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from .config import HANDOFF, PAYMENTS, SYSTEM_PROMPT

#: The LLM: given the conversation so far (system prompt first), yields the reply's text piece by piece.
AskLlm = Callable[[list[dict[str, str]]], AsyncIterator[str]]

#: A run of 12 to 19 digits, spaces or dashes allowed between them: what a card number looks like when spoken.
CARD_NUMBER = re.compile(r"(?:\d[ -]?){12,18}\d")
HUMAN_WORDS = re.compile(r"\b(human|person|agent|representative|someone real)\b", re.IGNORECASE)
PAYMENT_WORDS = re.compile(r"\b(pay|payment|card)\b", re.IGNORECASE)
GOODBYE_WORDS = re.compile(r"\b(bye|goodbye)\b", re.IGNORECASE)


def redact_card_numbers(text: str) -> str:
    """The text with anything shaped like a card number masked: card data never reaches the model or the logs."""
    return CARD_NUMBER.sub("[card number removed]", text)


@dataclass
class Conversation:
    """One call's conversation: what was said, in order, as the LLM sees it."""

    call_sid: str
    history: list[dict[str, str]] = field(default_factory=list)

    def add_caller(self, text: str) -> None:
        self.history.append({"role": "user", "content": redact_card_numbers(text)})

    def add_agent(self, text: str) -> None:
        if text:
            self.history.append({"role": "assistant", "content": text})

    def messages(self) -> list[dict[str, str]]:
        return [{"role": "system", "content": SYSTEM_PROMPT}, *self.history]


def intent(text: str) -> str:
    """'human', 'payment', 'goodbye' or '' (keep talking): a plain first cut; replace it with a tool call."""
    if HANDOFF and HUMAN_WORDS.search(text):
        return "human"
    if PAYMENTS and PAYMENT_WORDS.search(text):
        return "payment"
    if GOODBYE_WORDS.search(text):
        return "goodbye"
    return ""
