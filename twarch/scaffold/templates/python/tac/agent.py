"""The agent's reply, as Agent Connect calls it (on_message_ready): history per conversation, card data removed
before the model sees it. It imports nothing of the SDK, so it is tested offline."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable

from .config import SYSTEM_PROMPT

AskLlm = Callable[[list[dict[str, str]]], AsyncIterator[str]]
CARD_NUMBER = re.compile(r"(?:\d[ -]?){12,18}\d")


def redact_card_numbers(text: str) -> str:
    return CARD_NUMBER.sub("[card number removed]", text)


class Agent:
    def __init__(self, ask_llm: AskLlm) -> None:
        self.ask_llm = ask_llm
        self.histories: dict[str, list[dict[str, str]]] = {}

    async def reply(self, conversation_id: str, user_message: str) -> str:
        history = self.histories.setdefault(conversation_id, [])
        history.append({"role": "user", "content": redact_card_numbers(user_message)})
        messages = [{"role": "system", "content": SYSTEM_PROMPT}, *history]
        answer = "".join([token async for token in self.ask_llm(messages)])
        history.append({"role": "assistant", "content": answer})
        return answer
