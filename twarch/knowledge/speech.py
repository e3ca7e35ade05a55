"""Speech-to-text and text-to-speech providers: one row per provider and kind.

A provider id is the ``vendor_id`` of its products in ``providers.csv`` and a choice of the ``stt_provider`` /
``tts_provider`` questions. ``relay`` says whether ConversationRelay offers it: ``offered``, ``not_offered``
(run it yourself over Media Streams) or ``conflict`` (Twilio's own sources disagree; ``relay_note`` says how).
Every provider can sit behind Media Streams, where you run the speech pipeline yourself.
"""

from __future__ import annotations

from dataclasses import dataclass

from .sources import Source

RELAY_STATES = ("offered", "not_offered", "conflict")

RELAY_BEST_PRACTICES = Source("Twilio ConversationRelay best practices",
                              "https://www.twilio.com/docs/voice/conversationrelay/best-practices", "2026-11-27")
RELAY_SKILL = Source("Twilio skill twilio-voice-conversation-relay (github.com/twilio/ai aa67a6d)",
                     "https://github.com/twilio/ai/blob/aa67a6d476107d6742f31a53d68b10749552930f/skills/twilio/"
                     "twilio-voice-conversation-relay/SKILL.md", "2026-06-29")


@dataclass(frozen=True)
class SpeechProvider:
    id: str
    kind: str  #: ``stt`` or ``tts``
    name: str
    relay: str
    relay_note: str = ""
    verdict: str = ""  #: the playbook's one-line reason to pick it, where it gives one
    sources: tuple[Source, ...] = ()

    @property
    def on_relay(self) -> bool:
        """Usable on ConversationRelay: offered, or claimed by one of Twilio's sources (see ``relay_note``)."""
        return self.relay != "not_offered"


SPEECH_PROVIDERS: dict[tuple[str, str], SpeechProvider] = {(p.kind, p.id): p for p in (
    SpeechProvider("deepgram", "stt", "Deepgram", "offered",
                   verdict="best real-time accuracy and lowest latency (nova-3-general); the default STT",
                   sources=(RELAY_BEST_PRACTICES,)),
    SpeechProvider("google", "stt", "Google", "offered", verdict="widest language coverage",
                   sources=(RELAY_BEST_PRACTICES,)),
    SpeechProvider("amazon_transcribe", "stt", "Amazon Transcribe", "not_offered",
                   "no Twilio source lists Amazon Transcribe among ConversationRelay's speech-to-text providers",
                   sources=(RELAY_BEST_PRACTICES,)),
    SpeechProvider("azure", "stt", "Microsoft Azure Speech", "not_offered"),
    SpeechProvider("assemblyai", "stt", "AssemblyAI", "not_offered"),
    SpeechProvider("openai", "stt", "OpenAI", "not_offered"),
    SpeechProvider("elevenlabs", "tts", "ElevenLabs", "offered",
                   verdict="best voice quality and naturalness", sources=(RELAY_SKILL,)),
    SpeechProvider("google", "tts", "Google", "offered", verdict="widest language coverage",
                   sources=(RELAY_SKILL,)),
    SpeechProvider("amazon_polly", "tts", "Amazon Polly", "offered",
                   verdict="cost-effective at high volume, fewer voices", sources=(RELAY_SKILL,)),
    SpeechProvider("deepgram", "tts", "Deepgram Aura", "conflict",
                   "Twilio's ConversationRelay skill lists Deepgram among the voices while Twilio's docs page "
                   "description omits it: confirm with Twilio before you rely on it",
                   sources=(RELAY_SKILL, RELAY_BEST_PRACTICES)),
    SpeechProvider("azure", "tts", "Microsoft Azure Speech", "not_offered"),
    SpeechProvider("cartesia", "tts", "Cartesia", "not_offered"),
    SpeechProvider("openai", "tts", "OpenAI", "not_offered"),
)}


def providers(kind: str) -> tuple[SpeechProvider, ...]:
    """The providers of one kind, in table order."""
    return tuple(p for (k, _), p in SPEECH_PROVIDERS.items() if k == kind)


def provider(kind: str, provider_id: str) -> SpeechProvider:
    """One provider (KeyError naming the kind and id when there is none)."""
    return SPEECH_PROVIDERS[(kind, provider_id)]


def relay_providers(kind: str) -> tuple[str, ...]:
    """The ids ConversationRelay offers (or is claimed to offer) for ``kind``."""
    return tuple(p.id for p in providers(kind) if p.on_relay)
