"""ConversationRelay's WebSocket protocol: Twilio sends setup, prompt, interrupt, dtmf and error messages; the
server answers with text tokens (the last one marked ``last``) and, to hand the call on, an ``end`` message whose
``handoffData`` reaches the ``<Connect action>`` URL (app.web.connect_action).
"""

from __future__ import annotations

import asyncio
import json
import logging

from aiohttp import WSMsgType, web

from .agent import AskLlm, Conversation, intent
from .config import GOODBYE_SENTENCE, HANDOFF, HANDOFF_SENTENCE, PAYMENT_SENTENCE
from .security import call_token

log = logging.getLogger(__name__)


class RelaySession:
    """One call on ConversationRelay: its conversation, and the reply being spoken (cancelled on an interrupt)."""

    def __init__(self, ws: web.WebSocketResponse, ask_llm: AskLlm) -> None:
        self.ws = ws
        self.ask_llm = ask_llm
        self.conversation = Conversation(call_sid="")
        self.speaking: asyncio.Task[None] | None = None
        self.partial = ""

    async def handle(self, message: dict) -> bool:
        """Act on one message from Twilio; False once the session is over."""
        kind = message.get("type")
        if kind == "setup":
            call_sid = message.get("callSid", "")
            if message.get("customParameters", {}).get("callToken") != call_token(call_sid):
                log.warning("refused a session whose call token does not match call %s", call_sid)
                return False
            self.conversation.call_sid = call_sid
        elif kind == "prompt":
            self.partial += message.get("voicePrompt", "")
            if message.get("last", True):
                text, self.partial = self.partial, ""
                return await self.on_caller(text)
        elif kind == "interrupt":
            await self.stop_speaking()
            self.conversation.add_agent(message.get("utteranceUntilInterrupt", ""))
        elif kind == "dtmf":
            return await self.on_digit(message.get("digit", ""))
        elif kind == "error":
            log.warning("ConversationRelay error: %s", message.get("description"))
        return True

    async def on_caller(self, text: str) -> bool:
        await self.stop_speaking()
        wanted = intent(text)
        if wanted:
            await self.end(wanted)
            return False
        self.conversation.add_caller(text)
        self.speaking = asyncio.create_task(self.reply())
        return True

    async def on_digit(self, digit: str) -> bool:
        """Keypad digits never reach the model (a caller may key card digits): 0 asks for a person."""
        if digit == "0" and HANDOFF:
            await self.end("human")
            return False
        await self.say("Sorry, I can't use the keypad here. Please tell me what you need.")
        return True

    async def reply(self) -> None:
        spoken = []
        async for token in self.ask_llm(self.conversation.messages()):
            spoken.append(token)
            await self.ws.send_json({"type": "text", "token": token, "last": False})
        await self.ws.send_json({"type": "text", "token": "", "last": True})
        self.conversation.add_agent("".join(spoken))
        self.speaking = None

    async def say(self, sentence: str) -> None:
        await self.ws.send_json({"type": "text", "token": sentence, "last": True})

    async def stop_speaking(self) -> None:
        if self.speaking is not None:
            self.speaking.cancel()
            try:
                await self.speaking
            except asyncio.CancelledError:
                pass
            self.speaking = None

    async def end(self, reason: str) -> None:
        """Say why, then end the session: Twilio posts ``handoffData`` to the <Connect action> URL."""
        sentences = {"human": HANDOFF_SENTENCE, "payment": PAYMENT_SENTENCE, "goodbye": GOODBYE_SENTENCE}
        await self.say(sentences[reason])
        summary = " ".join(m["content"] for m in self.conversation.history if m["role"] == "user")[-500:]
        data = {"reason": reason, "callSid": self.conversation.call_sid, "summary": summary}
        await self.ws.send_json({"type": "end", "handoffData": json.dumps(data)})


async def serve(ws: web.WebSocketResponse, ask_llm: AskLlm) -> None:
    session = RelaySession(ws, ask_llm)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT or not await session.handle(json.loads(msg.data)):
            break
    await session.stop_speaking()
    await ws.close()
