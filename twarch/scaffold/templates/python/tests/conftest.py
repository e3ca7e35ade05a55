"""Offline tests: every variable of .env.example gets a test value, the LLM and the speech vendors are fakes, and
the server runs on loopback."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
HOST = "agent.example.com"


def env_example() -> list[str]:
    return [line.split("=", 1)[0] for line in (ROOT / ".env.example").read_text().splitlines()
            if line and not line.startswith("#")]


def example_value(name: str) -> str:
    return "test-" + name.lower().replace("_", "-")


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in env_example():
        monkeypatch.setenv(name, example_value(name))
    monkeypatch.setenv("PUBLIC_HOST", HOST)


def signature(path: str, form: dict[str, str]) -> str:
    return RequestValidator(example_value("TWILIO_AUTH_TOKEN")).compute_signature(f"https://{HOST}{path}", form)


class FakeLlm:
    """Stands in for the LLM: answers from a script, and keeps what it was asked. ``None`` in the script waits
    until cancelled (a reply the caller interrupts)."""

    def __init__(self, *replies: list[str] | None) -> None:
        self.replies = list(replies)
        self.asked: list[list[dict[str, str]]] = []

    async def __call__(self, messages: list[dict[str, str]]) -> AsyncIterator[str]:
        self.asked.append([dict(m) for m in messages])
        reply = self.replies.pop(0)
        if reply is None:
            yield "Let me see"
            await asyncio.sleep(3600)
        for token in reply or []:
            yield token


async def start(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}"
