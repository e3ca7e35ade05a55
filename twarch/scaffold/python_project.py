"""The Python starter: an aiohttp server (webhooks and the session's WebSocket), TwiML built with ``twilio``, the
LLM behind one function, and offline tests that replay a call against the server on loopback."""

from __future__ import annotations

from ..estimates.volumes import DEFAULT_S2S_MODEL
from ..knowledge.starter import LLM_ROUTES, PYTHON_PINS
from .blocks import render
from .plan import Plan
from .texts import Texts
from .twiml import Document, python_function

#: The LLM function for each SDK, as Python source (``{model}`` is the model line).
_LLM_CODE = {
    "openai": '''from openai import AsyncOpenAI

from .config import env

{model}


async def ask_llm(messages: list[dict[str, str]]) -> AsyncIterator[str]:
    client = AsyncOpenAI(api_key=env("OPENAI_API_KEY"))
    stream = await client.chat.completions.create(model=MODEL, messages=messages, stream=True)
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content
''',
    "azure_openai": '''from openai import AsyncAzureOpenAI

from .config import env


async def ask_llm(messages: list[dict[str, str]]) -> AsyncIterator[str]:
    client = AsyncAzureOpenAI(api_key=env("AZURE_OPENAI_API_KEY"), azure_endpoint=env("AZURE_OPENAI_ENDPOINT"),
                              api_version=env("AZURE_OPENAI_API_VERSION"))
    stream = await client.chat.completions.create(model=env("LLM_MODEL"), messages=messages, stream=True)
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content
''',
    "compatible": '''from openai import AsyncOpenAI

from .config import env


async def ask_llm(messages: list[dict[str, str]]) -> AsyncIterator[str]:
    client = AsyncOpenAI(base_url=env("LLM_BASE_URL"), api_key=env("LLM_API_KEY"))
    stream = await client.chat.completions.create(model=env("LLM_MODEL"), messages=messages, stream=True)
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content
''',
    "anthropic": '''from anthropic import AsyncAnthropic

from .config import env

{model}


async def ask_llm(messages: list[dict[str, str]]) -> AsyncIterator[str]:
    client = AsyncAnthropic(api_key=env("ANTHROPIC_API_KEY"))
    system, history = messages[0]["content"], messages[1:]
    async with client.messages.stream(model=MODEL, max_tokens=1024, system=system, messages=history) as stream:
        async for text in stream.text_stream:
            yield text
''',
    "google": '''from google import genai
from google.genai import types

from .config import env

{model}


async def ask_llm(messages: list[dict[str, str]]) -> AsyncIterator[str]:
    client = genai.Client(api_key=env("GEMINI_API_KEY"))
    contents = [types.Content(role="model" if m["role"] == "assistant" else "user",
                              parts=[types.Part(text=m["content"])]) for m in messages[1:]]
    config = types.GenerateContentConfig(system_instruction=messages[0]["content"])
    async for chunk in await client.aio.models.generate_content_stream(model=MODEL, contents=contents, config=config):
        if chunk.text:
            yield chunk.text
''',
    "bedrock": '''import asyncio

import boto3

from .config import env


def _converse(messages: list[dict[str, str]]) -> list[str]:
    client = boto3.client("bedrock-runtime", region_name=env("AWS_REGION"))
    response = client.converse_stream(
        modelId=env("LLM_MODEL"), system=[{"text": messages[0]["content"]}],
        messages=[{"role": m["role"], "content": [{"text": m["content"]}]} for m in messages[1:]])
    return [event["contentBlockDelta"]["delta"]["text"] for event in response["stream"]
            if "text" in event.get("contentBlockDelta", {}).get("delta", {})]


async def ask_llm(messages: list[dict[str, str]]) -> AsyncIterator[str]:
    for piece in await asyncio.to_thread(_converse, messages):
        yield piece
''',
}


def _llm_code(plan: Plan) -> str:
    route = LLM_ROUTES[plan.llm]
    key = plan.llm if plan.llm in _LLM_CODE else "compatible"
    model = f'MODEL = "{route.model}"  # the model twarch priced for this design; change it here'
    head = (f'"""The LLM behind one function: {route.python_package}, streamed ({route.source.url})."""\n\n'
            "from __future__ import annotations\n\nfrom collections.abc import AsyncIterator\n\n")
    return head + _LLM_CODE[key].replace("{model}", model)


#: How the realtime starter reaches OpenAI's realtime model: directly, or as a deployment on Azure OpenAI.
_REALTIME_CLIENT = {
    "openai": ('AsyncOpenAI(api_key=env("OPENAI_API_KEY"))', "MODEL", "AsyncOpenAI"),
    "azure_openai": ('AsyncAzureOpenAI(api_key=env("AZURE_OPENAI_API_KEY"), '
                     'azure_endpoint=env("AZURE_OPENAI_ENDPOINT"),\n                              '
                     'api_version=env("AZURE_OPENAI_API_VERSION"))', 'env("LLM_MODEL")', "AsyncAzureOpenAI"),
}


def _realtime_code(plan: Plan) -> str:
    """``app/realtime.py``: the realtime model behind one function, ``open_realtime``, for the design's route."""
    client, model, name = _REALTIME_CLIENT[plan.llm]
    reasons = ["goodbye", *(["human"] if plan.handoff else []), *(["payment"] if plan.payments else [])]
    model_line = (f'MODEL = "{DEFAULT_S2S_MODEL}"  # the realtime model twarch priced for this design; change it '
                  "here\n\n\n" if plan.llm == "openai" else "")
    return f'''"""The realtime (speech-to-speech) model behind one function.

``open_realtime()`` opens a session with OpenAI's realtime model (the openai package's realtime client), set to
take and give mu-law 8 kHz (``audio/pcmu``) so Twilio's audio passes through unchanged, with one tool,
``end_call``, by which the model ends the call for a reason the <Connect action> handler acts on. The bridge
(app.bridge) sees only :class:`RealtimeModel` and :class:`ModelEvent`; the tests pass a fake ``open_realtime``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from openai import {name}

from .config import GREETING, SYSTEM_PROMPT, env

{model_line}#: Twilio's audio, as the realtime API names it: mu-law 8 kHz.
MULAW = {{"type": "audio/pcmu"}}
#: Why the model may end the call: the <Connect action> handler hands the call on for each.
REASONS = {reasons!r}
END_CALL = {{"type": "function", "name": "end_call",
            "description": "End the call: the caller said goodbye, or needs what the agent cannot do over voice.",
            "parameters": {{"type": "object", "properties": {{"reason": {{"type": "string", "enum": REASONS}}}},
                           "required": ["reason"]}}}}


@dataclass(frozen=True)
class ModelEvent:
    kind: str  #: ``audio`` (data: base64 mu-law), ``reply_done``, ``caller_started`` or ``end`` (data: the reason)
    data: str = ""


class RealtimeModel(Protocol):
    async def greet(self) -> None: ...
    async def send_audio(self, payload: str) -> None: ...
    def events(self) -> AsyncIterator[ModelEvent]: ...


OpenRealtime = Callable[[], AbstractAsyncContextManager[RealtimeModel]]


class OpenAIRealtime:
    def __init__(self, connection: Any) -> None:
        self.connection = connection

    async def greet(self) -> None:
        await self.connection.response.create(response={{"instructions": f"Greet the caller with: {{GREETING}}"}})

    async def send_audio(self, payload: str) -> None:
        await self.connection.input_audio_buffer.append(audio=payload)

    async def events(self) -> AsyncIterator[ModelEvent]:
        async for event in self.connection:
            if event.type == "response.output_audio.delta":
                yield ModelEvent("audio", event.delta)
            elif event.type == "response.done":
                yield ModelEvent("reply_done")
            elif event.type == "input_audio_buffer.speech_started":
                yield ModelEvent("caller_started")
            elif event.type == "response.function_call_arguments.done" and event.name == "end_call":
                yield ModelEvent("end", json.loads(event.arguments).get("reason", "goodbye"))


@asynccontextmanager
async def open_realtime() -> AsyncIterator[RealtimeModel]:
    client = {client}
    async with client.realtime.connect(model={model}) as connection:
        await connection.session.update(session={{
            "type": "realtime", "instructions": SYSTEM_PROMPT, "tools": [END_CALL],
            "audio": {{"input": {{"format": MULAW}}, "output": {{"format": MULAW}}}}}})
        yield OpenAIRealtime(connection)
'''


def _config(plan: Plan, texts: Texts) -> str:
    return f'''"""This design's settings, as twarch recommended them, and the environment the server reads.

Every variable the code reads goes through ``env``; .env.example lists them, with where to find each.
"""

from __future__ import annotations

import os
from pathlib import Path

LANGUAGES = {plan.languages!r}
HANDOFF = {plan.handoff!r}  # "flex": TaskRouter and Flex; "phone": your phone line; "": no hand-off
PAYMENTS = {plan.payments!r}  # card payments go through <Pay>, never through the model
GREETING = {texts.greeting!r}
NOTICE = {texts.notice!r}
HANDOFF_SENTENCE = {texts.handoff_sentence!r}
PAYMENT_SENTENCE = {texts.payment_sentence!r}
GOODBYE_SENTENCE = {texts.goodbye_sentence!r}
SYSTEM_PROMPT = {texts.system_prompt!r}


def _read_dotenv(path: Path) -> None:
    """NAME=value lines of .env, for what the environment does not already set."""
    if path.is_file():
        for line in path.read_text().splitlines():
            name, sep, value = line.partition("=")
            if sep and not line.lstrip().startswith("#"):
                os.environ.setdefault(name.strip(), value.strip())


_read_dotenv(Path(__file__).resolve().parent.parent / ".env")


def env(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        raise RuntimeError(f"set {{name}} in the environment or in .env (see .env.example)")
    return value
'''


def _twiml_module(plan: Plan, documents: tuple[Document, ...]) -> str:
    functions = "\n\n\n".join(python_function(d) for d in documents)
    names = {d.name for d in documents}
    dispatch = ['def after_session(host: str, handoff_data: str, token: str) -> str:',
                '    """What the call does when the agent session ends (the <Connect action> URL)."""',
                '    reason = json.loads(handoff_data).get("reason", "") if handoff_data else ""']
    if "to_person" in names:
        dispatch.append('    if reason == "human":\n        return to_person(host, handoff_data)')
    if "take_payment" in names:
        dispatch.append('    if reason == "payment":\n        return take_payment(host)')
    dispatch.append("    return hang_up(host)")
    extra = "\n".join(dispatch)
    if "take_payment" in names:
        extra += ('\n\n\ndef after_payment(host: str, result: str, token: str) -> str:\n'
                  '    """<Pay> reports its Result; say how it went and go back to the agent."""\n'
                  '    sentence = "Your payment went through." if result == "success" else '
                  '"Your payment did not go through."\n'
                  '    return resume(host, token, sentence)')
    return ('"""The TwiML this agent answers with, built with Twilio\'s helper library (twilio.twiml).\n\n'
            'tests/twiml/*.xml holds each document as twarch wrote it; tests/test_twiml.py checks they agree.\n"""\n\n'
            "from __future__ import annotations\n\nimport json\n\n"
            "from twilio.twiml.voice_response import VoiceResponse\n\n"
            f"from .config import env  # noqa: F401 (not every design's TwiML reads a variable)\n\n\n{functions}\n\n\n"
            f"{extra}\n")


def files(plan: Plan, texts: Texts, documents: tuple[Document, ...]) -> dict[str, str]:
    """The project's files but the shared ones (README, .env.example), by path."""
    features = plan.features
    server = ["app/security.py", "app/web.py", "app/main.py"]
    server += {"relay": ["app/agent.py", "app/relay.py"], "realtime": ["app/bridge.py"],
               "streams": ["app/agent.py", "app/streams.py", "app/speech.py"]}[plan.kind]
    out = {"app/__init__.py": '"""The voice agent twarch scaffolded."""\n', "app/config.py": _config(plan, texts),
           "app/twiml.py": _twiml_module(plan, documents)}
    if plan.kind == "realtime":
        out["app/realtime.py"] = _realtime_code(plan)
    else:
        out["app/llm.py"] = _llm_code(plan)
    out.update({path: render(f"python/{path}", features) for path in server})
    tests = ["tests/conftest.py", "tests/test_twiml.py", "tests/test_env.py",
             *({"relay": ["tests/test_llm.py", "tests/test_session.py"], "streams": ["tests/test_llm.py",
                "tests/test_stream.py"], "realtime": ["tests/test_bridge.py"]}[plan.kind])]
    out.update({path: render(f"python/{path}", features) for path in tests})
    out.update({f"tests/twiml/{d.name}.xml": d.xml() for d in documents})
    out["requirements.txt"] = requirements(plan)
    out["pytest.ini"] = "[pytest]\npythonpath = .\ntestpaths = tests\n"
    return out


def requirements(plan: Plan) -> str:
    names = ["aiohttp", "twilio", LLM_ROUTES[plan.llm].python_package,
             *(["websockets"] if plan.kind == "realtime" else []), "pytest"]
    return "".join(f"{n}=={PYTHON_PINS[n].version}\n" for n in dict.fromkeys(names))
