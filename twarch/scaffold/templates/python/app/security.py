"""Only Twilio gets answers: webhooks carry Twilio's signature, and each WebSocket session a per-call token.

Twilio signs every webhook with your Auth Token (the X-Twilio-Signature header). The TwiML that opens a session
passes a token derived from the call's SID and your Auth Token as a custom <Parameter>; the session checks it
in the first message, so nobody who only knows the WebSocket URL can talk to the agent.
"""

from __future__ import annotations

import hashlib
import hmac

from twilio.request_validator import RequestValidator

from .config import env


def call_token(call_sid: str) -> str:
    return hmac.new(env("TWILIO_AUTH_TOKEN").encode(), call_sid.encode(), hashlib.sha256).hexdigest()


def signed_by_twilio(url: str, params: dict[str, str], signature: str) -> bool:
    return RequestValidator(env("TWILIO_AUTH_TOKEN")).validate(url, params, signature)
