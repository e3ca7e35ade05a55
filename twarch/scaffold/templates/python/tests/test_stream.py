"""A simulated Media Stream replays a call against the server on loopback: the greeting, two turns, the caller
talking over a reply (clear), a keypad digit and the end of the stream, with the LLM and both speech functions
replaced by fakes."""

from __future__ import annotations

import asyncio
import base64
import json

import aiohttp

from app import config
from app.security import call_token
from app.speech import Heard
from app.web import make_app
from conftest import FakeLlm, signature, start

CALL = "CA" + "0" * 32
STREAM = "MZ" + "0" * 32


class FakeStt:
    """Hears text sent as audio: b"~" is the caller starting to speak, a sentence ends at b"." """

    def __init__(self) -> None:
        self.buffer = b""

    async def __aenter__(self) -> FakeStt:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def listen(self, mulaw: bytes) -> list[Heard]:
        if mulaw == b"~":
            return [Heard(started=True)]
        self.buffer += mulaw
        if not self.buffer.endswith(b"."):
            return []
        text, self.buffer = self.buffer.decode(), b""
        return [Heard(text=text)]


class FakeTts:
    async def speak(self, text: str):
        for word in text.split(" "):
            yield (word + " ").encode()


def media(audio: bytes) -> dict:
    return {"event": "media", "streamSid": STREAM, "media": {"track": "inbound", "payload": base64.b64encode(audio).decode()}}


async def spoken(ws: aiohttp.ClientWebSocketResponse, echo: bool = False) -> str:
    """The audio of one reply, up to its mark, decoded by the fake voice; with ``echo``, the mark is sent back as
    Twilio does once it has played the audio."""
    audio = b""
    while True:
        message = await asyncio.wait_for(ws.receive_json(), 5)
        assert message["streamSid"] == STREAM
        if message["event"] == "mark":
            if echo:
                await ws.send_json({"event": "mark", "streamSid": STREAM, "mark": message["mark"]})
            return audio.decode().strip()
        assert message["event"] == "media", message
        audio += base64.b64decode(message["media"]["payload"])


async def call(llm: FakeLlm, last_words: bytes, digit: str) -> dict:
    runner, base = await start(make_app(llm, FakeStt, FakeTts()))
    seen: dict = {}
    try:
        async with aiohttp.ClientSession() as http:
            form = {"CallSid": CALL}
            async with http.post(base + "/voice", data=form, headers={"X-Twilio-Signature": signature("/voice", form)}) as r:
                assert r.status == 200 and config.NOTICE in await r.text()
            async with http.ws_connect(base.replace("http", "ws") + "/session") as ws:
                await ws.send_json({"event": "connected", "protocol": "Call", "version": "1.0.0"})
                await ws.send_json({"event": "start", "streamSid": STREAM, "start": {
                    "streamSid": STREAM, "callSid": CALL, "tracks": ["inbound"],
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                    "customParameters": {"callToken": call_token(CALL)}}})
                seen["greeting"] = await spoken(ws)
                await ws.send_json(media(b"~"))  # the caller talks over the greeting
                seen["clear"] = await asyncio.wait_for(ws.receive_json(), 5)
                await ws.send_json(media(b"Hi, when do you "))
                await ws.send_json(media(b"open."))
                seen["first"] = await spoken(ws)
                await ws.send_json({"event": "mark", "streamSid": STREAM, "mark": {"name": "reply-1"}})
                await ws.send_json(media(b"My account is 4111 1111 1111 1111."))
                seen["second"] = await spoken(ws)
                await ws.send_json({"event": "dtmf", "streamSid": STREAM, "dtmf": {"track": "inbound_track", "digit": digit}})
                if digit != "0":
                    await ws.send_json(media(last_words))
                seen["closing"] = await spoken(ws, echo=True)  # Twilio has played it: the stream closes
                assert (await ws.receive()).type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
            form = {"CallSid": CALL}
            async with http.post(base + "/connect-action", data=form,
                                 headers={"X-Twilio-Signature": signature("/connect-action", form)}) as r:
                seen["after"] = await r.text()
    finally:
        await runner.cleanup()
    return seen


def test_a_call_that_ends_with_goodbye():
    llm = FakeLlm(["We open ", "at nine."], ["Noted."])
    seen = asyncio.run(call(llm, b"Thanks, goodbye.", "5"))
    assert seen["greeting"] == config.GREETING
    assert seen["clear"] == {"event": "clear", "streamSid": STREAM}
    assert seen["first"] == "We open at nine." and seen["second"] == "Noted."
    assert [m["content"] for m in llm.asked[1][1:]] == [
        "Hi, when do you open.", "We open at nine.", "My account is [card number removed]."]
    assert seen["closing"] == config.GOODBYE_SENTENCE
    assert "<Hangup" in seen["after"]
#[if handoff]


def test_zero_on_the_keypad_hands_the_call_to_a_person():
    llm = FakeLlm(["We open ", "at nine."], ["Noted."])
    seen = asyncio.run(call(llm, b"", "0"))  # the keypad, not the words, ends this call
    assert seen["closing"] == config.HANDOFF_SENTENCE
#[end]
#[if flex]
    assert "<Enqueue" in seen["after"] and "test-twilio-workflow-sid" in seen["after"]
#[end]
#[if phone]
    assert "<Dial" in seen["after"] and "test-handoff-phone-number" in seen["after"]
#[end]
