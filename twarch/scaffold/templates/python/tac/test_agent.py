"""The agent's reply with the LLM replaced by a fake: history per conversation, card numbers never reach it;
and the SDK floor is the 2.7.0 security release."""

from __future__ import annotations

import asyncio
import re

from app.agent import Agent
from conftest import ROOT, FakeLlm


def test_each_conversation_keeps_its_own_history_without_card_numbers():
    llm = FakeLlm(["We open ", "at nine."], ["Noted."], ["Hello!"])
    agent = Agent(llm)
    assert asyncio.run(agent.reply("conv-1", "When do you open?")) == "We open at nine."
    assert asyncio.run(agent.reply("conv-1", "My card is 4111 1111 1111 1111")) == "Noted."
    assert asyncio.run(agent.reply("conv-2", "Hi")) == "Hello!"
    assert [m["content"] for m in llm.asked[1][1:]] == ["When do you open?", "We open at nine.",
                                                         "My card is [card number removed]"]
    assert [m["content"] for m in llm.asked[2][1:]] == ["Hi"]


def test_agent_connect_is_pinned_at_the_security_release_or_later():
    core = [line for line in (ROOT / "requirements.txt").read_text().splitlines()
            if re.match(r"twilio-agent-connect(\[[a-z,-]+\])?[=<>]", line)]
    assert core and all(line.endswith(">=2.7.0") for line in core)
    assert re.search(r"FLOOR = \(2, 7, 0\)", (ROOT / "app" / "main.py").read_text())
