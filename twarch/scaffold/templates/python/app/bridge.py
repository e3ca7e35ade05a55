"""A bidirectional Media Stream (<Connect><Stream>) bridged to a realtime (speech-to-speech) model: Twilio sends the
caller's audio as base64 mu-law 8 kHz ``media`` messages (and ``start``, ``dtmf``, ``mark``, ``stop``), the model
takes and gives the same audio, so the payloads pass through unchanged. The model's speech goes back as ``media``
with a ``mark`` after each reply; when the caller talks over it, ``clear`` drops what Twilio still holds. The model
is the one function of app.realtime (``open_realtime``); keypad digits never reach it.
"""

from __future__ import annotations

import asyncio
import json
import logging

from aiohttp import WSMsgType, web

from .config import HANDOFF
from .realtime import ModelEvent, OpenRealtime, RealtimeModel
from .security import call_token

log = logging.getLogger(__name__)

#: Why each call's stream was closed, for the <Connect action> handler (keep it in a shared store, such as
#: Redis, when several server instances answer calls: the action request may reach another instance).
pending_handoffs: dict[str, str] = {}


class BridgeSession:
    def __init__(self, ws: web.WebSocketResponse, model: RealtimeModel) -> None:
        self.ws, self.model = ws, model
        self.stream_sid = self.call_sid = ""
        self.replies = 0

    async def from_twilio(self, message: dict) -> bool:
        """Act on one message from Twilio; False once the stream is over."""
        event = message.get("event")
        if event == "start":
            start = message["start"]
            if start.get("customParameters", {}).get("callToken") != call_token(start.get("callSid", "")):
                log.warning("refused a stream whose call token does not match call %s", start.get("callSid"))
                return False
            self.stream_sid, self.call_sid = start["streamSid"], start["callSid"]
            await self.model.greet()
        elif event == "media" and self.stream_sid:
            await self.model.send_audio(message["media"]["payload"])
        elif event == "dtmf":
            if message["dtmf"].get("digit") == "0" and HANDOFF:
                self.hand_off("human")
                return False
        elif event == "stop":
            return False
        return True

    async def from_model(self, event: ModelEvent) -> bool:
        """Pass one event of the model on to Twilio; False when the model ends the call."""
        if event.kind == "audio":
            await self.ws.send_json({"event": "media", "streamSid": self.stream_sid, "media": {"payload": event.data}})
        elif event.kind == "reply_done":
            self.replies += 1
            await self.ws.send_json({"event": "mark", "streamSid": self.stream_sid,
                                     "mark": {"name": f"reply-{self.replies}"}})
        elif event.kind == "caller_started":
            await self.ws.send_json({"event": "clear", "streamSid": self.stream_sid})
        elif event.kind == "end":
            self.hand_off(event.data)
            return False
        return True

    def hand_off(self, reason: str) -> None:
        """Close the stream: Twilio then asks the <Connect action> URL what to do next."""
        pending_handoffs[self.call_sid] = json.dumps({"reason": reason})


async def serve(ws: web.WebSocketResponse, open_realtime: OpenRealtime) -> None:
    async with open_realtime() as model:
        session = BridgeSession(ws, model)

        async def model_to_twilio() -> None:
            async for event in model.events():
                if not await session.from_model(event):
                    break

        relay = asyncio.create_task(model_to_twilio())
        twilio = asyncio.create_task(_twilio_to_model(ws, session))
        await asyncio.wait({relay, twilio}, return_when=asyncio.FIRST_COMPLETED)
        for task in (relay, twilio):
            task.cancel()
        await asyncio.gather(relay, twilio, return_exceptions=True)
    await ws.close()


async def _twilio_to_model(ws: web.WebSocketResponse, session: BridgeSession) -> None:
    async for msg in ws:
        if msg.type != WSMsgType.TEXT or not await session.from_twilio(json.loads(msg.data)):
            break
