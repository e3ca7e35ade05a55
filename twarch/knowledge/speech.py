"""Speech-to-text and text-to-speech providers: one row per provider and kind.

A provider id is the ``vendor_id`` of its products in ``providers.csv`` and a choice of the ``stt_provider`` /
``tts_provider`` questions. ``relay`` says whether ConversationRelay offers it: ``offered``, ``not_offered``
(run it yourself over Media Streams) or ``conflict`` (Twilio's own sources disagree; ``relay_note`` says how).
Every provider can sit behind Media Streams, where you run the speech pipeline yourself.

:data:`OWN` (``own``, "Your own / self-hosted") is a choice of both questions but no vendor: the customer's own
engine, which only hears and speaks on the raw audio of Media Streams. It has no rows in ``providers.csv``, so
twarch neither prices it, times it, holds a limit for it nor checks its languages; :func:`vendors` leaves it out.
"""

from __future__ import annotations

from dataclasses import dataclass

from .claims import MEDIA_STREAMS, RELAY_BEST, skill
from .sources import Source

RELAY_STATES = ("offered", "not_offered", "conflict")

RELAY_BEST_PRACTICES = RELAY_BEST
RELAY_SKILL = skill("twilio-voice-conversation-relay")
#: The choice for a customer's own (self-hosted) speech engine: a choice of stt_provider and tts_provider, no vendor.
OWN = "own"
OWN_LABEL = "Your own / self-hosted"


@dataclass(frozen=True)
class SpeechProvider:
    id: str
    kind: str  #: ``stt`` or ``tts``
    name: str
    relay: str
    relay_note: str = ""
    sources: tuple[Source, ...] = ()

    @property
    def own(self) -> bool:
        """The customer's own engine, not a vendor twarch holds rows for."""
        return self.id == OWN

    @property
    def on_relay(self) -> bool:
        """Usable on ConversationRelay: offered, or claimed by one of Twilio's sources (see ``relay_note``)."""
        return self.relay != "not_offered"


SPEECH_PROVIDERS: dict[tuple[str, str], SpeechProvider] = {(p.kind, p.id): p for p in (
    SpeechProvider("deepgram", "stt", "Deepgram", "offered", sources=(RELAY_BEST_PRACTICES,)),
    SpeechProvider("google", "stt", "Google", "offered", sources=(RELAY_BEST_PRACTICES,)),
    SpeechProvider("amazon_transcribe", "stt", "Amazon Transcribe", "not_offered",
                   "no Twilio source lists Amazon Transcribe among ConversationRelay's speech-to-text providers",
                   sources=(RELAY_BEST_PRACTICES,)),
    SpeechProvider("azure", "stt", "Microsoft Azure Speech", "not_offered"),
    SpeechProvider("assemblyai", "stt", "AssemblyAI", "not_offered"),
    SpeechProvider("openai", "stt", "OpenAI", "not_offered"),
    SpeechProvider(OWN, "stt", OWN_LABEL, "not_offered",
                   "ConversationRelay transcribes with the providers Twilio offers: your own speech recognition hears "
                   "the raw call audio over Media Streams", sources=(RELAY_BEST_PRACTICES, MEDIA_STREAMS)),
    SpeechProvider("elevenlabs", "tts", "ElevenLabs", "offered", sources=(RELAY_SKILL,)),
    SpeechProvider("google", "tts", "Google", "offered", sources=(RELAY_SKILL,)),
    SpeechProvider("amazon_polly", "tts", "Amazon Polly", "offered", sources=(RELAY_SKILL,)),
    SpeechProvider("deepgram", "tts", "Deepgram Aura", "conflict",
                   "Twilio's ConversationRelay skill lists Deepgram among the voices while Twilio's docs page "
                   "description omits it: confirm with Twilio before you rely on it",
                   sources=(RELAY_SKILL, RELAY_BEST_PRACTICES)),
    SpeechProvider("azure", "tts", "Microsoft Azure Speech", "not_offered"),
    SpeechProvider("cartesia", "tts", "Cartesia", "not_offered"),
    SpeechProvider("openai", "tts", "OpenAI", "not_offered"),
    SpeechProvider(OWN, "tts", OWN_LABEL, "not_offered",
                   "ConversationRelay speaks with the voices Twilio offers: your own voice engine streams its audio "
                   "back over Media Streams", sources=(RELAY_SKILL, MEDIA_STREAMS)),
)}


def providers(kind: str) -> tuple[SpeechProvider, ...]:
    """The providers of one kind, in table order."""
    return tuple(p for (k, _), p in SPEECH_PROVIDERS.items() if k == kind)


def vendors(kind: str) -> tuple[SpeechProvider, ...]:
    """The vendors of one kind (every provider but :data:`OWN`), in table order: those twarch holds rows for."""
    return tuple(p for p in providers(kind) if not p.own)


def provider(kind: str, provider_id: str) -> SpeechProvider:
    """One provider (KeyError naming the kind and id when there is none)."""
    return SPEECH_PROVIDERS[(kind, provider_id)]


def relay_providers(kind: str) -> tuple[str, ...]:
    """The ids ConversationRelay offers (or is claimed to offer) for ``kind``."""
    return tuple(p.id for p in providers(kind) if p.on_relay)


#: Which providers a priority favours, first to last (the playbook: Deepgram for latency, ElevenLabs for quality,
#: Amazon Polly for cost); providers not named keep their table order after these.
PREFERENCES: dict[tuple[str, str], tuple[str, ...]] = {
    ("stt", "latency"): ("deepgram",),
    ("tts", "latency"): ("elevenlabs",),
    ("tts", "quality"): ("elevenlabs",),
    ("tts", "cost"): ("amazon_polly", "google"),
}


def preferred(candidates: list[SpeechProvider], kind: str, priority: str | None) -> list[SpeechProvider]:
    """``candidates`` with the priority's favourites first, the rest in table order."""
    first = PREFERENCES.get((kind, priority or ""), ())
    return sorted(candidates, key=lambda p: first.index(p.id) if p.id in first else len(first))


#: The engines (``providers.csv`` row ids) a priority favours for a vendor whose engines differ in voice quality, first
#: to last; the vendor's other rows keep their order after them (review round 1, class J). Polly's Standard engine is
#: its lowest-quality voice and its default row, so a quality priority takes its Neural engine ($16 per 1M characters
#: against Standard's $4), then its Generative one ($30).
ENGINE_PREFERENCES: dict[tuple[str, str], tuple[str, ...]] = {
    ("amazon_polly", "quality"): ("amazon-polly-neural", "amazon-polly-generative"),
}
