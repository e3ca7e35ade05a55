"""The server Twilio talks to: the voice webhook, the session's WebSocket and the callbacks, on one aiohttp app."""

from __future__ import annotations

import logging

from aiohttp import web

from . import twiml
#[if relay]
from .agent import AskLlm
#[end]
#[if streams]
from .agent import AskLlm
#[end]
#[if realtime]
from .bridge import pending_handoffs, serve
#[end]
from .config import env
#[if realtime]
from .realtime import OpenRealtime
#[end]
from .security import call_token, signed_by_twilio
#[if relay]
from .relay import serve
#[end]
#[if streams]
from collections.abc import Callable

from .speech import SpeechToText, TextToSpeech
from .streams import pending_handoffs, serve
#[end]

log = logging.getLogger(__name__)


async def twilio_form(request: web.Request) -> dict[str, str]:
    """The webhook's parameters, once its signature proves Twilio sent it (403 otherwise)."""
    form = {k: str(v) for k, v in (await request.post()).items()}
    url = f"https://{env('PUBLIC_HOST')}{request.path_qs}"
    if not signed_by_twilio(url, form, request.headers.get("X-Twilio-Signature", "")):
        raise web.HTTPForbidden(text="invalid Twilio signature")
    return form


def xml(document: str) -> web.Response:
    return web.Response(text=document, content_type="text/xml")


async def voice(request: web.Request) -> web.Response:
    """The phone number's voice webhook (A call comes in)."""
    form = await twilio_form(request)
    return xml(twiml.answer(env("PUBLIC_HOST"), call_token(form.get("CallSid", ""))))


async def connect_action(request: web.Request) -> web.Response:
    """Twilio asks what next when the session ends: hand the call on, or hang up."""
    form = await twilio_form(request)
#[if relay]
    handoff = form.get("HandoffData", "")
#[end]
#[if streams]
    handoff = pending_handoffs.pop(form.get("CallSid", ""), "")
#[end]
#[if realtime]
    handoff = pending_handoffs.pop(form.get("CallSid", ""), "")
#[end]
    return xml(twiml.after_session(env("PUBLIC_HOST"), handoff, call_token(form.get("CallSid", ""))))
#[if payments]


async def pay_action(request: web.Request) -> web.Response:
    """<Pay> is done: say how it went and go back to the agent. Card data never reaches this server."""
    form = await twilio_form(request)
    return xml(twiml.after_payment(env("PUBLIC_HOST"), form.get("Result", ""), call_token(form.get("CallSid", ""))))
#[end]
#[if records]


async def recording_status(request: web.Request) -> web.Response:
    form = await twilio_form(request)
    log.info("recording %s is %s", form.get("RecordingSid"), form.get("RecordingStatus"))
    return web.Response(status=204)
#[end]


#[if relay]
def make_app(ask_llm: AskLlm) -> web.Application:
    async def session(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await serve(ws, ask_llm)
        return ws

#[end]
#[if streams]
def make_app(ask_llm: AskLlm, stt: Callable[[], SpeechToText], tts: TextToSpeech) -> web.Application:
    async def session(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await serve(ws, ask_llm, stt(), tts)
        return ws

#[end]
#[if realtime]
def make_app(open_realtime: OpenRealtime) -> web.Application:
    async def session(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await serve(ws, open_realtime)
        return ws

#[end]
    app = web.Application()
    app.router.add_post("/voice", voice)
    app.router.add_post("/connect-action", connect_action)
#[if payments]
    app.router.add_post("/pay-action", pay_action)
#[end]
#[if records]
    app.router.add_post("/recording-status", recording_status)
#[end]
    app.router.add_get("/session", session)
    return app
