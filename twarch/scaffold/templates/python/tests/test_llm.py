"""The LLM function imports against the pinned SDK (no call leaves the machine)."""

from __future__ import annotations

import inspect

from app.llm import ask_llm


def test_the_llm_is_one_streaming_function():
    assert inspect.isasyncgenfunction(ask_llm)
