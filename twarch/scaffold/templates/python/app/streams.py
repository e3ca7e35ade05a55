"""A bidirectional Media Stream (<Connect><Stream>): Twilio sends the caller's audio as base64 mu-law 8 kHz
``media`` messages (and ``start``, ``dtmf``, ``mark``, ``stop``); the server sends the reply's audio back the same
way, a ``mark`` after each reply to learn when it has been played, and ``clear`` to stop playing when the caller
talks over it. Speech recognition and the voice are the two functions of app.speech.

To hand the call on, the agent says why, waits for that sentence's mark (Twilio has played it), and closes the
stream: Twilio then asks the <Connect action> URL what to do next (app.web, /connect-action).
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging

from aiohttp import WSMsgType, web

from .agent import AskLlm, Conversation, intent
from .config import GOODBYE_SENTENCE, GREETING, HANDOFF, HANDOFF_SENTENCE, PAYMENT_SENTENCE
from .security import call_token
from .speech import SpeechToText, TextToSpeech

log = logging.getLogger(__name__)

#: Why each call's stream was closed, for the <Connect action> handler (keep it in a shared store, such as
#: Redis, when several server instances answer calls: the action request may reach another instance).
pending_handoffs: dict[str, str] = {}
#: The name of the mark sent after the sentence that ends the call's stream.
LAST_MARK = "last"


class StreamSession:
    def __init__(self, ws: web.WebSocketResponse, ask_llm: AskLlm, stt: SpeechToText, tts: TextToSpeech) -> None:
        self.ws, self.ask_llm, self.stt, self.tts = ws, ask_llm, stt, tts
        self.conversation = Conversation(call_sid="")
        self.stream_sid = ""
        self.speaking: asyncio.Task[None] | None = None
        self.marks = 0  # replies sent whose mark has not come back: the caller is still hearing them
        self.closing = False  # the last sentence is playing: the stream closes when its mark comes back

    async def handle(self, message: dict) -> bool:
        event = message.get("event")
        if event == "start":
            start = message["start"]
            if start.get("customParameters", {}).get("callToken") != call_token(start.get("callSid", "")):
                log.warning("refused a stream whose call token does not match call %s", start.get("callSid"))
                return False
            self.stream_sid, self.conversation.call_sid = start["streamSid"], start["callSid"]
            await self.speak(GREETING)
        elif event == "media":
            for heard in await self.stt.listen(base64.b64decode(message["media"]["payload"])):
                if self.closing:
                    break
                if heard.started and self.marks:
                    await self.barge_in()
                if heard.text:
                    await self.on_caller(heard.text)
        elif event == "mark":
            self.marks = max(0, self.marks - 1)
            return not (self.closing and message["mark"].get("name") == LAST_MARK)
        elif event == "dtmf":
            if message["dtmf"].get("digit") == "0" and HANDOFF and not self.closing:
                await self.hand_off("human")
        elif event == "stop":
            return False
        return True

    async def on_caller(self, text: str) -> None:
        wanted = intent(text)
        if wanted:
            await self.hand_off(wanted)
            return
        self.conversation.add_caller(text)
        self.speaking = asyncio.create_task(self.reply())

    async def reply(self) -> None:
        words = [token async for token in self.ask_llm(self.conversation.messages())]
        self.conversation.add_agent("".join(words))
        await self.speak("".join(words))

    async def speak(self, text: str, mark: str = "") -> None:
        async for audio in self.tts.speak(text):
            payload = base64.b64encode(audio).decode()
            await self.ws.send_json({"event": "media", "streamSid": self.stream_sid, "media": {"payload": payload}})
        self.marks += 1
        await self.ws.send_json({"event": "mark", "streamSid": self.stream_sid,
                                 "mark": {"name": mark or f"reply-{self.marks}"}})

    async def barge_in(self) -> None:
        """The caller talks over the agent: stop the reply and drop the audio Twilio still holds."""
        if self.speaking is not None:
            self.speaking.cancel()
            self.speaking = None
        self.marks = 0
        await self.ws.send_json({"event": "clear", "streamSid": self.stream_sid})

    async def hand_off(self, reason: str) -> None:
        """Say why; the stream closes once Twilio has played it (its mark comes back)."""
        sentences = {"human": HANDOFF_SENTENCE, "payment": PAYMENT_SENTENCE, "goodbye": GOODBYE_SENTENCE}
        self.closing = True
        pending_handoffs[self.conversation.call_sid] = json.dumps({"reason": reason})
        await self.speak(sentences[reason], LAST_MARK)


async def serve(ws: web.WebSocketResponse, ask_llm: AskLlm, stt: SpeechToText, tts: TextToSpeech) -> None:
    session = StreamSession(ws, ask_llm, stt, tts)
    async with stt:
        async for msg in ws:
            if msg.type != WSMsgType.TEXT or not await session.handle(json.loads(msg.data)):
                break
    if session.speaking is not None:
        session.speaking.cancel()
    await ws.close()
