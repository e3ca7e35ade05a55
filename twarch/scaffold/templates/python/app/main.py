"""Run the agent's server: ``python -m app.main`` (PORT from the environment or .env)."""

from __future__ import annotations

import logging

from aiohttp import web

from .config import env
#[if relay]
from .llm import ask_llm
#[end]
#[if streams]
from .llm import ask_llm
#[end]
#[if realtime]
from .realtime import open_realtime
#[end]
#[if streams]
from .speech import SpeechToText, TextToSpeech
#[end]
from .web import make_app


def main() -> None:
    logging.basicConfig(level=logging.INFO)
#[if relay]
    web.run_app(make_app(ask_llm), port=int(env("PORT")))
#[end]
#[if streams]
    web.run_app(make_app(ask_llm, SpeechToText, TextToSpeech()), port=int(env("PORT")))
#[end]
#[if realtime]
    web.run_app(make_app(open_realtime), port=int(env("PORT")))
#[end]


if __name__ == "__main__":
    main()
