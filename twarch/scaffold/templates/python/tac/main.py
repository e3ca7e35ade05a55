"""Agent Connect's quick start for this design: ``python -m app.main`` serves /twiml, /ws and /webhook."""

from __future__ import annotations

from importlib.metadata import version

from tac import TAC, TACConfig
#[if sms]
from tac.channels.sms import SMSChannel
#[end]
from tac.channels.voice import VoiceChannel
from tac.server import TACFastAPIServer

from .agent import Agent
from .llm import ask_llm

FLOOR = (2, 7, 0)  # 2.7.0, 2026-12-03: earlier versions may write secrets and personal data to your logs


def main() -> None:
    installed = tuple(int(part) for part in version("twilio-agent-connect").split(".")[:3])
    if installed < FLOOR:
        raise SystemExit(f"twilio-agent-connect {installed} is older than the 2.7.0 security release: upgrade")
    tac = TAC(config=TACConfig.from_env())
    agent = Agent(ask_llm)

    async def handle_message_ready(user_message, context, memory_response):
        return await agent.reply(context.conversation_id, user_message)

    tac.on_message_ready(handle_message_ready)
#[if sms]
    TACFastAPIServer(tac=tac, voice_channel=VoiceChannel(tac), messaging_channels=[SMSChannel(tac)]).start()
#[end]
#[if not_sms]
    TACFastAPIServer(tac=tac, voice_channel=VoiceChannel(tac)).start()
#[end]


if __name__ == "__main__":
    main()
