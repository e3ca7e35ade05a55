"""What each speech and model vendor offers for a HIPAA Business Associate Agreement (BAA), as data.

Every vendor that hears or reads PHI needs a BAA (claim ``hipaa.speech``); this table says, vendor by vendor, what
each one offers. An entry names the choices it covers (``stt`` / ``tts`` providers of
:mod:`twarch.knowledge.speech`, ``llm`` answers, and the realtime model of a speech-to-speech design), the advice
a HIPAA design gets when it uses the vendor, and the claim (:mod:`twarch.knowledge.claims`, ``baa.<vendor>``) that
holds the vendor's statement with its sources, check date, status and quote. The rules turn every entry into one
warning (``warn.hipaa_baa_<vendor>``).

To add a vendor: its claim in ``claims.py``, an entry here, and its case in ``tests/test_rules.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .claims import CLAIMS


@dataclass(frozen=True)
class VendorBaa:
    id: str  #: the vendor, as in the warning's id (``warn.hipaa_baa_<id>``)
    when: tuple[dict[str, Any], ...]  #: the design uses the vendor when any of these conditions holds
    advice: str  #: what a HIPAA design using the vendor must do, in twarch's words
    claim: str  #: the claim with the vendor's own statement and its sources

    def __post_init__(self) -> None:
        if self.claim not in CLAIMS:
            raise ValueError(f"BAA entry {self.id!r}: unknown claim {self.claim!r}")


#: A speech-to-speech design's realtime model is OpenAI's unless Google's model answers (CX Agent Studio).
_OPENAI_REALTIME = {"speech_to_speech": True, "not": {"llm": "google"}}

VENDOR_BAAS: tuple[VendorBaa, ...] = (
    VendorBaa("deepgram", ({"stt": "deepgram"}, {"tts": "deepgram"}),
              "Deepgram hears your callers (or speaks your replies): its own BAA terms were not found in the pages "
              "twarch read, though third parties list it as usable under HIPAA; get a BAA signed by Deepgram before "
              "PHI reaches it.", "baa.deepgram"),
    VendorBaa("google", ({"stt": "google"}, {"tts": "google"}, {"speech_to_speech": True, "llm": "google"}),
              "Google's speech services hear or speak PHI: Google Cloud's BAA covers only the services on its HIPAA "
              "list, and sources disagree on whether Speech-to-Text and Text-to-Speech are on it; check the list and "
              "accept the BAA in the Cloud console before PHI reaches them.", "baa.google"),
    VendorBaa("elevenlabs", ({"tts": "elevenlabs"},),
              "ElevenLabs speaks your replies: it signs a BAA only on its Enterprise plan, and PHI then needs its Zero "
              "Retention Mode (Enterprise too); confirm with ElevenLabs that its BAA covers the way your calls reach "
              "its voices (through Twilio or directly).", "baa.elevenlabs"),
    VendorBaa("amazon", ({"stt": "amazon_transcribe"}, {"tts": "amazon_polly"}),
              "Amazon's speech services hear or speak PHI: AWS's BAA covers its HIPAA-eligible services (Transcribe "
              "among them, with PHI encrypted at rest and in transit); Polly's voices are on Twilio's HIPAA list, "
              "while AWS's own list was not read for Polly.", "baa.amazon"),
    VendorBaa("azure", ({"stt": "azure"}, {"tts": "azure"}),
              "Azure AI Speech hears or speaks PHI: Microsoft's BAA is expected to cover it, but no Microsoft page "
              "twarch read says so; confirm it in Microsoft's Product Terms before PHI reaches it.", "baa.azure"),
    VendorBaa("assemblyai", ({"stt": "assemblyai"},),
              "AssemblyAI hears your callers: sign its BAA yourself in its dashboard's Data Controls, at no extra "
              "cost on any paid plan (a free account cannot).", "baa.assemblyai"),
    VendorBaa("cartesia", ({"tts": "cartesia"},),
              "Cartesia speaks your replies: it offers a BAA only as an option of an enterprise contract.",
              "baa.cartesia"),
    VendorBaa("openai", ({"stt": "openai"}, {"tts": "openai"}, {"llm": "openai"}, _OPENAI_REALTIME),
              "OpenAI's models hear or read PHI: request its API BAA (baa@openai.com, reviewed case by case) and keep "
              "PHI to the services it covers, which exclude a few listed ones.", "baa.openai"),
)
