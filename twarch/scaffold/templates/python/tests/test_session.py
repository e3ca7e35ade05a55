"""A simulated ConversationRelay replays a call against the server on loopback: the greeting, two turns, an
interrupt, a keypad digit and the end of the session, with the LLM replaced by a fake."""

from __future__ import annotations

import asyncio
import json

import aiohttp

from app import config
from app.security import call_token
from app.web import make_app
from conftest import FakeLlm, signature, start

CALL = "CA" + "0" * 32


async def post(http: aiohttp.ClientSession, base: str, path: str, form: dict[str, str]) -> tuple[int, str]:
    async with http.post(base + path, data=form, headers={"X-Twilio-Signature": signature(path, form)}) as r:
        return r.status, await r.text()


async def reply(ws: aiohttp.ClientWebSocketResponse) -> tuple[str, bool]:
    """The text tokens of one reply, up to the one marked last (or the first of a reply still being spoken)."""
    tokens = []
    while True:
        message = await asyncio.wait_for(ws.receive_json(), 5)
        assert message["type"] == "text", message
        tokens.append(message["token"])
        if message["last"]:
            return "".join(tokens), True


async def call(llm: FakeLlm, last_words: str) -> dict:
    runner, base = await start(make_app(llm))
    seen: dict = {}
    try:
        async with aiohttp.ClientSession() as http:
            status, answer = await post(http, base, "/voice", {"CallSid": CALL})
            assert status == 200 and config.GREETING in answer and config.NOTICE in answer
            forged = await http.post(base + "/voice", data={"CallSid": CALL}, headers={"X-Twilio-Signature": "x"})
            assert forged.status == 403
            async with http.ws_connect(base.replace("http", "ws") + "/session") as ws:
                await ws.send_json({"type": "setup", "callSid": CALL, "from": "+15550100", "to": "+15550101",
                                    "customParameters": {"callToken": call_token(CALL)}})
                await ws.send_json({"type": "prompt", "voicePrompt": "Hi, what are your opening hours?",
                                    "lang": "en-US", "last": True})
                seen["first"] = await reply(ws)
                await ws.send_json({"type": "prompt", "voicePrompt": "My account number is 4111 1111 1111 1111.",
                                    "lang": "en-US", "last": True})
                seen["second"] = await reply(ws)
                await ws.send_json({"type": "prompt", "voicePrompt": "And tomorrow?", "lang": "en-US", "last": True})
                first = await asyncio.wait_for(ws.receive_json(), 5)
                assert first == {"type": "text", "token": "Let me see", "last": False}
                await ws.send_json({"type": "interrupt", "utteranceUntilInterrupt": "Let me",
                                    "durationUntilInterruptMs": 700})
                await ws.send_json({"type": "dtmf", "digit": "5"})
                seen["digit"] = await reply(ws)
                await ws.send_json({"type": "prompt", "voicePrompt": "Sorry, go on.", "lang": "en-US", "last": True})
                seen["fourth"] = await reply(ws)
                await ws.send_json({"type": "error", "description": "a test error"})
                await ws.send_json({"type": "prompt", "voicePrompt": last_words, "lang": "en-US", "last": True})
                seen["closing"] = await reply(ws)
                seen["end"] = await asyncio.wait_for(ws.receive_json(), 5)
                assert (await ws.receive()).type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
            handoff = seen["end"].get("handoffData", "")
            seen["after"] = await post(http, base, "/connect-action", {"CallSid": CALL, "HandoffData": handoff})
#[if payments]
            seen["paid"] = await post(http, base, "/pay-action", {"CallSid": CALL, "Result": "success"})
#[end]
    finally:
        await runner.cleanup()
    return seen


def conversation_went_as_scripted(seen: dict, llm: FakeLlm) -> None:
    assert seen["first"] == ("We open at nine.", True)
    assert seen["second"] == ("Thanks, noted.", True)
    assert seen["digit"][1] and "keypad" in seen["digit"][0]
    assert seen["fourth"] == ("As I was saying.", True)
    history = llm.asked[3]
    assert history[0] == {"role": "system", "content": config.SYSTEM_PROMPT}
    assert [m["content"] for m in history[1:]] == [
        "Hi, what are your opening hours?", "We open at nine.", "My account number is [card number removed].",
        "Thanks, noted.", "And tomorrow?", "Let me", "Sorry, go on."]
    assert not any("4111" in m["content"] for asked in llm.asked for m in asked)


def script() -> FakeLlm:
    return FakeLlm(["We open ", "at nine."], ["Thanks, ", "noted."], None, ["As I was ", "saying."])


def test_a_call_that_ends_with_goodbye():
    llm = script()
    seen = asyncio.run(call(llm, "Thanks, goodbye."))
    conversation_went_as_scripted(seen, llm)
    assert seen["closing"] == (config.GOODBYE_SENTENCE, True)
    assert json.loads(seen["end"]["handoffData"])["reason"] == "goodbye"
    assert seen["after"][0] == 200 and "<Hangup" in seen["after"][1]
#[if handoff]


def test_a_call_handed_to_a_person():
    llm = script()
    seen = asyncio.run(call(llm, "Can I talk to a person please?"))
    conversation_went_as_scripted(seen, llm)
    assert seen["closing"] == (config.HANDOFF_SENTENCE, True)
    data = json.loads(seen["end"]["handoffData"])
    assert seen["end"]["type"] == "end" and data["reason"] == "human" and data["callSid"] == CALL
    assert "opening hours" in data["summary"] and "4111" not in data["summary"]
#[end]
#[if flex]
    assert "<Enqueue" in seen["after"][1] and "test-twilio-workflow-sid" in seen["after"][1]
#[end]
#[if phone]
    assert "<Dial" in seen["after"][1] and "test-handoff-phone-number" in seen["after"][1]
#[end]
#[if payments]


def test_a_caller_who_pays_is_taken_to_pay_and_back():
    llm = script()
    seen = asyncio.run(call(llm, "I would like to pay my bill."))
    conversation_went_as_scripted(seen, llm)
    assert seen["closing"] == (config.PAYMENT_SENTENCE, True)
    assert json.loads(seen["end"]["handoffData"])["reason"] == "payment"
    assert "<Pay" in seen["after"][1] and "test-pay-connector" in seen["after"][1]
    assert "went through" in seen["paid"][1] and "<ConversationRelay" in seen["paid"][1]
#[end]
