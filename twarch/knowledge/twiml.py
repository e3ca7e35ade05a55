"""The TwiML elements and attributes a starter project may write, each as Twilio's docs list it, with its source.

:mod:`twarch.scaffold` writes TwiML only from this table: an element or attribute that is not here cannot be
written (the scaffold's TwiML tree refuses it when built), and the tests parse every generated document against it.
An attribute is listed only when Twilio's reference page for the element lists it, the page was read on
:data:`CHECKED`, and Twilio's helper libraries accept it under the same name (Python's ``twilio`` turns
``tts_provider`` into ``ttsProvider``; the tests check that every name here survives that round trip).

``parents`` are the elements an element may sit in (``Response`` for a verb). ``text`` says whether the element
takes text content (``<Say>`` the words, ``<Task>`` its JSON attributes, ``<Number>`` the number).

``helper`` says whether the helper library the starter pins (``twilio`` 9.13.0) has a builder for the element.
``<ConversationRelay>``'s ``<Failover>`` (18 Nov 2026) has none yet, so the generated code adds it with the library's
generic ``add_child`` (the tests check that the pin still lacks a builder, so the day it gains one is noticed). The
pages twarch read name the element and its place (inside ``<ConversationRelay>``) but not the attributes or children
that name a backup, and say a language whose backup is omitted gets Twilio's default backup: twarch writes it bare
and the starter's README says where to name backups.

>>> TWIML["Recording"].parents, "channels" in TWIML["Recording"].attributes
(('Start',), True)
"""

from __future__ import annotations

from dataclasses import dataclass

from .sources import Source

#: The date every row below was last checked at its source.
CHECKED = "2026-12-07"


def _page(path: str, label: str, as_of: str) -> Source:
    return Source(label, f"https://www.twilio.com/docs/voice/{path}", as_of)


@dataclass(frozen=True)
class TwimlElement:
    name: str
    parents: tuple[str, ...]
    attributes: tuple[str, ...]
    source: Source
    text: bool = False
    helper: bool = True


TWIML: dict[str, TwimlElement] = {e.name: e for e in (
    TwimlElement("Response", (), (), _page("twiml", "TwiML for Programmable Voice", "undated")),
    TwimlElement("Say", ("Response",), ("voice", "language", "loop"),
                 _page("twiml/say", "TwiML <Say> reference", "undated"), text=True),
    TwimlElement("Start", ("Response",), ("action", "method"),
                 _page("twiml/start", "TwiML <Start> reference", "undated")),
    TwimlElement("Recording", ("Start",),
                 ("recordingStatusCallback", "recordingStatusCallbackMethod", "recordingStatusCallbackEvent", "trim",
                  "track", "channels"),
                 _page("twiml/recording", "TwiML <Recording> reference (<Start><Recording>)", "2026-06-22")),
    TwimlElement("Connect", ("Response",), ("action", "method"),
                 _page("twiml/connect", "TwiML <Connect> reference (action URL)", "undated")),
    TwimlElement("ConversationRelay", ("Connect",),
                 ("url", "welcomeGreeting", "welcomeGreetingInterruptible", "language", "ttsLanguage",
                  "transcriptionLanguage", "ttsProvider", "voice", "transcriptionProvider", "speechModel",
                  "interruptible", "dtmfDetection", "hints", "partialPrompts", "profanityFilter", "preemptible",
                  "reportInputDuringAgentSpeech", "intelligenceService"),
                 _page("twiml/connect/conversationrelay", "TwiML <ConversationRelay> reference", "undated")),
    TwimlElement("Language", ("ConversationRelay",),
                 ("code", "ttsProvider", "voice", "transcriptionProvider", "speechModel"),
                 _page("twiml/connect/conversationrelay", "TwiML <ConversationRelay> reference (<Language>)",
                       "undated")),
    TwimlElement("Failover", ("ConversationRelay",), (),
                 _page("conversationrelay/provider-failover", "Provider failover for Conversation Relay (<Failover>: "
                       "backups per language, Twilio's default where one is omitted)", "2026-11-18"), helper=False),
    TwimlElement("Parameter", ("ConversationRelay", "Stream"), ("name", "value"),
                 _page("twiml/connect/conversationrelay", "TwiML <ConversationRelay> reference (<Parameter>)",
                       "undated")),
    TwimlElement("Stream", ("Connect",), ("url", "name", "track", "statusCallback", "statusCallbackMethod"),
                 _page("twiml/stream", "TwiML <Stream> reference", "2026-06-22")),
    TwimlElement("Pay", ("Response",),
                 ("input", "action", "statusCallback", "statusCallbackMethod", "timeout", "maxAttempts",
                  "securityCode", "postalCode", "minPostalCodeLength", "paymentConnector", "paymentMethod",
                  "tokenType", "chargeAmount", "currency", "description", "validCardTypes", "language"),
                 _page("twiml/pay", "TwiML <Pay> reference", "2026-06-22")),
    TwimlElement("Enqueue", ("Response",),
                 ("action", "method", "waitUrl", "waitUrlMethod", "workflowSid", "maxQueueSize"),
                 _page("twiml/enqueue", "TwiML <Enqueue> reference (workflowSid: TaskRouter)", "undated"),
                 text=True),
    TwimlElement("Task", ("Enqueue",), ("priority", "timeout"),
                 _page("twiml/enqueue", "TwiML <Enqueue> reference (<Task>: the task's attributes as JSON)",
                       "undated"), text=True),
    TwimlElement("Dial", ("Response",), ("action", "method", "timeout", "callerId", "timeLimit", "record"),
                 _page("twiml/dial", "TwiML <Dial> reference", "undated"), text=True),
    TwimlElement("Number", ("Dial",), ("url", "method", "sendDigits"),
                 _page("twiml/number", "TwiML <Number> reference", "undated"), text=True),
    TwimlElement("Hangup", ("Response",), (), _page("twiml/hangup", "TwiML <Hangup> reference", "undated")),
)}


def problem(name: str, parent: str | None, attributes: tuple[str, ...]) -> str:
    """Why an element cannot be written as given ('' when the table allows it)."""
    element = TWIML.get(name)
    if element is None:
        return f"<{name}> is not in twarch's TwiML table"
    allowed = parent in element.parents if parent else not element.parents
    if not allowed:
        return f"<{name}> may sit in {', '.join(element.parents) or 'nothing'}, not in {parent or 'nothing'}"
    unknown = [a for a in attributes if a not in element.attributes]
    if unknown:
        return f"<{name}> has no documented attribute {', '.join(unknown)}"
    return ""


#: ``transcriptionProvider`` and ``ttsProvider`` values, by twarch's provider id (Twilio's voice-configuration
#: guide and best practices; Deepgram's voices are not on the guide's list, so twarch writes none).
RELAY_STT: dict[str, str] = {"deepgram": "Deepgram", "google": "Google"}
RELAY_TTS: dict[str, str] = {"elevenlabs": "ElevenLabs", "google": "Google", "amazon_polly": "Amazon"}
RELAY_PROVIDER_SOURCES = (
    _page("conversationrelay/voice-configuration", "ConversationRelay: picking a voice (ttsProvider values)",
          "2026-08-10"),
    _page("conversationrelay/best-practices", "ConversationRelay best practices (transcriptionProvider values)",
          "undated"),
)
