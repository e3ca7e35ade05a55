"""A simulated Media Stream replays a call against the bridge on loopback, with the realtime model replaced by a fake:
the greeting, two turns whose audio passes through unchanged, the caller talking over a reply (clear), a keypad digit
that never reaches the model, and the model ending the call."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace

import aiohttp

from app import config
from app.realtime import REASONS, ModelEvent, OpenAIRealtime
from app.security import call_token
from app.web import make_app
from conftest import signature, start

CALL = "CA" + "0" * 32
STREAM = "MZ" + "0" * 32


class FakeModel:
    """Stands in for the realtime model: each chunk of caller audio is answered by a reply of its own, spoken in two
    chunks; the chunk "~" is the caller starting to talk; "bye-<reason>" makes the model end the call."""

    def __init__(self) -> None:
        self.heard: list[str] = []
        self.greeted = False
        self.queue: asyncio.Queue[ModelEvent] = asyncio.Queue()

    async def greet(self) -> None:
        self.greeted = True
        await self.reply("hello")

    async def reply(self, name: str) -> None:
        for part in ("1", "2"):
            await self.queue.put(ModelEvent("audio", f"{name}-{part}"))
        await self.queue.put(ModelEvent("reply_done"))

    async def send_audio(self, payload: str) -> None:
        self.heard.append(payload)
        if payload == "~":
            await self.queue.put(ModelEvent("caller_started"))
        elif payload.startswith("bye-"):
            await self.queue.put(ModelEvent("end", payload[4:]))
        else:
            await self.reply(f"re-{payload}")

    async def events(self) -> AsyncIterator[ModelEvent]:
        while True:
            yield await self.queue.get()


def media(payload: str) -> dict:
    return {"event": "media", "streamSid": STREAM, "media": {"track": "inbound", "payload": payload}}


async def spoken(ws: aiohttp.ClientWebSocketResponse) -> list[str]:
    """The audio of one reply, up to its mark."""
    chunks = []
    while True:
        message = await asyncio.wait_for(ws.receive_json(), 5)
        assert message["streamSid"] == STREAM
        if message["event"] == "mark":
            return chunks
        assert message["event"] == "media", message
        chunks.append(message["media"]["payload"])


async def call(reason: str) -> tuple[FakeModel, dict]:
    model = FakeModel()

    @asynccontextmanager
    async def open_fake() -> AsyncIterator[FakeModel]:
        yield model

    runner, base = await start(make_app(open_fake))
    seen: dict = {}
    try:
        async with aiohttp.ClientSession() as http:
            form = {"CallSid": CALL}
            async with http.post(base + "/voice", data=form,
                                 headers={"X-Twilio-Signature": signature("/voice", form)}) as r:
                answer = await r.text()
                assert r.status == 200 and config.NOTICE in answer and "<Stream" in answer
            async with http.ws_connect(base.replace("http", "ws") + "/session") as ws:
                await ws.send_json({"event": "connected", "protocol": "Call", "version": "1.0.0"})
                await ws.send_json({"event": "start", "streamSid": STREAM, "start": {
                    "streamSid": STREAM, "callSid": CALL, "tracks": ["inbound"],
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                    "customParameters": {"callToken": call_token(CALL)}}})
                seen["greeting"] = await spoken(ws)
                await ws.send_json(media("turn1"))
                seen["first"] = await spoken(ws)
                await ws.send_json({"event": "mark", "streamSid": STREAM, "mark": {"name": "reply-1"}})
                await ws.send_json({"event": "dtmf", "streamSid": STREAM, "dtmf": {"track": "inbound_track",
                                                                                   "digit": "4"}})
                await ws.send_json(media("~"))
                seen["clear"] = await asyncio.wait_for(ws.receive_json(), 5)
                await ws.send_json(media("turn2"))
                seen["second"] = await spoken(ws)
                await ws.send_json(media(f"bye-{reason}"))
                closing = await ws.receive()
                assert closing.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED), closing
            form = {"CallSid": CALL}
            async with http.post(base + "/connect-action", data=form,
                                 headers={"X-Twilio-Signature": signature("/connect-action", form)}) as r:
                seen["after"] = (r.status, await r.text())
    finally:
        await runner.cleanup()
    return model, seen


def test_the_bridge_passes_audio_through_and_the_model_ends_the_call():
    for reason in REASONS:
        model, seen = asyncio.run(call(reason))
        assert model.greeted and seen["greeting"] == ["hello-1", "hello-2"]
        assert seen["first"] == ["re-turn1-1", "re-turn1-2"] and seen["second"] == ["re-turn2-1", "re-turn2-2"]
        assert seen["clear"] == {"event": "clear", "streamSid": STREAM}
        assert model.heard == ["turn1", "~", "turn2", f"bye-{reason}"]  # the keypad digit never reached it
        assert seen["after"][0] == 200
        expected = {"goodbye": "<Hangup", "human": "<Enqueue" if config.HANDOFF == "flex" else "<Dial",
                    "payment": "<Pay"}[reason]
        assert expected in seen["after"][1], (reason, seen["after"][1])


class FakeConnection:
    """The SDK's realtime connection, as OpenAIRealtime uses it: events in, calls recorded."""

    def __init__(self, *events: SimpleNamespace) -> None:
        self.sent: list[tuple[str, dict]] = []
        self.events = events
        self.response = SimpleNamespace(create=self.record("response.create"))
        self.input_audio_buffer = SimpleNamespace(append=self.record("input_audio_buffer.append"))

    def record(self, name: str):
        async def call(**kwargs: object) -> None:
            self.sent.append((name, kwargs))
        return call

    async def __aiter__(self):
        for event in self.events:
            yield event


def test_the_sdk_s_events_become_the_bridge_s():
    connection = FakeConnection(
        SimpleNamespace(type="session.updated"),
        SimpleNamespace(type="response.output_audio.delta", delta="abc"),
        SimpleNamespace(type="response.done"),
        SimpleNamespace(type="input_audio_buffer.speech_started"),
        SimpleNamespace(type="response.function_call_arguments.done", name="end_call",
                        arguments=json.dumps({"reason": REASONS[-1]})))
    model = OpenAIRealtime(connection)

    async def run() -> list[ModelEvent]:
        await model.greet()
        await model.send_audio("payload")
        return [event async for event in model.events()]

    assert asyncio.run(run()) == [ModelEvent("audio", "abc"), ModelEvent("reply_done"), ModelEvent("caller_started"),
                                  ModelEvent("end", REASONS[-1])]
    assert connection.sent[0][0] == "response.create" and config.GREETING in str(connection.sent[0][1])
    assert connection.sent[1] == ("input_audio_buffer.append", {"audio": "payload"})
