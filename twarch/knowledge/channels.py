"""The channels a customer reaches the agent on: one row each, everything else derived from it.

The ``channels`` question's choices, the words reports use ("SMS", "web chat"), which channels count
as messaging, and the diagram's entry boxes all come from :data:`CHANNELS`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Channel:
    id: str
    label: str  #: the question's choice label
    word: str  #: how a sentence names it ("web chat")
    messaging: bool  #: carried by Conversation Orchestrator rather than a voice transport
    entry: str  #: the diagram's box title
    entry_detail: str  #: the diagram's box subtitle
    protocol: str  #: the edge label from the customer
    help: str = ""


CHANNELS: dict[str, Channel] = {c.id: c for c in (
    Channel("voice", "Voice", "voice", False, "Phone number", "Twilio number", "PSTN / SIP",
            "phone calls over the PSTN"),
    Channel("sms", "SMS", "SMS", True, "SMS", "Twilio sender", "SMS"),
    Channel("whatsapp", "WhatsApp", "WhatsApp", True, "WhatsApp", "Business sender", "WhatsApp"),
    Channel("rcs", "RCS", "RCS", True, "RCS", "RCS sender", "RCS"),
    Channel("chat", "Web chat", "web chat", True, "Web chat", "widget on your site", "HTTPS / WebSocket"),
)}

MESSAGING_CHANNELS: tuple[str, ...] = tuple(c.id for c in CHANNELS.values() if c.messaging)


def in_words(channel_ids: tuple[str, ...]) -> str:
    """``('voice', 'sms', 'chat')`` -> ``'voice, SMS and web chat'``."""
    words = [CHANNELS[c].word for c in channel_ids]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]
