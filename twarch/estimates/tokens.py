"""The LLM tokens of a conversation, shared by the bill and the throughput check: how many turns a call has, how many
tokens each caller and agent turn holds, and how the conversation so far is re-sent with every request.

A call of M minutes has T = turns per minute x M turns; a caller turn holds u = characters per minute x the caller's
talk share / characters per token / turns per minute tokens (the agent's a, alike); request k sends the instructions,
the k caller turns and the k-1 agent turns so far. Standard library only.

>>> accumulated(3, 10, 20)  # 10 x (1 + 2 + 3) + 20 x (0 + 1 + 2)
120.0
"""

from __future__ import annotations

from typing import Any


def llm_tokens(i: Any, speech_minutes: float) -> tuple[float, float, float, float]:
    """(turns per call, caller tokens per turn, agent tokens per turn, instruction tokens) for one call of resolved
    inputs ``i``."""
    turns = i.turns_per_minute * speech_minutes
    caller = i.chars_per_minute * i.caller_talk_share / i.chars_per_token / i.turns_per_minute
    agent = i.chars_per_minute * i.agent_talk_share / i.chars_per_token / i.turns_per_minute
    return turns, caller, agent, i.system_prompt_tokens


def accumulated(turns: float, first: float, second: float) -> float:
    """Tokens sent over a call whose request k re-sends k turns of ``first`` and k-1 turns of ``second``."""
    return first * turns * (turns + 1) / 2 + second * turns * (turns - 1) / 2


__all__ = ["accumulated", "llm_tokens"]
