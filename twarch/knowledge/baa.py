"""What each speech and model vendor the customer contracts with offers for a HIPAA Business Associate Agreement (BAA),
as data.

Two cases (review round 1, class F). On ConversationRelay Twilio runs the speech vendors under its own contracts:
the customer signs no BAA with them and asks Twilio whether its BAA covers them (the rules' ``warn.hipaa_relay_speech``,
claim ``hipaa.relay_speech``). A vendor the customer calls itself needs the customer's own BAA with it: the speech
vendors of a Media Streams design, the realtime model of a speech-to-speech design, and the LLM always. This table
says, vendor by vendor, what each of those offers. An entry names the choices it covers (``stt`` / ``tts`` providers of
:mod:`twarch.knowledge.speech` on Media Streams, ``llm`` answers, and the realtime model of a speech-to-speech design),
the advice a HIPAA design gets when it uses the vendor, and the claim (:mod:`twarch.knowledge.claims`,
``baa.<vendor>``) that holds the vendor's statement with its sources, check date, status and quote. The rules turn
every entry into one warning (``warn.hipaa_baa_<vendor>``).

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


def _streams(kind: str, vendor: str) -> dict[str, Any]:
    """The design runs ``vendor`` for ``kind`` itself, on Media Streams (on ConversationRelay Twilio runs it)."""
    return {kind: vendor, "voice_transport": "media_streams"}


VENDOR_BAAS: tuple[VendorBaa, ...] = (
    VendorBaa("deepgram", (_streams("stt", "deepgram"), _streams("tts", "deepgram")),
              "Deepgram hears your callers (or speaks your replies) through your own Media Streams integration, under "
              "your own contract: its BAA terms were not found in the pages twarch read, though third parties list it "
              "as usable under HIPAA; get a BAA signed by Deepgram before PHI reaches it.", "baa.deepgram"),
    VendorBaa("google", (_streams("stt", "google"), _streams("tts", "google")),
              "Google's speech services hear or speak PHI through your own Media Streams integration: Google Cloud's "
              "BAA covers only the services on its HIPAA list, and sources disagree on whether Speech-to-Text and "
              "Text-to-Speech are on it; check the list and accept the BAA in the Cloud console before PHI reaches "
              "them.", "baa.google"),
    VendorBaa("elevenlabs", (_streams("tts", "elevenlabs"),),
              "ElevenLabs speaks your replies through your own Media Streams integration: it signs a BAA only on its "
              "Enterprise plan, and PHI then needs its Zero Retention Mode (Enterprise too).", "baa.elevenlabs"),
    VendorBaa("amazon", (_streams("stt", "amazon_transcribe"), _streams("tts", "amazon_polly")),
              "Amazon's speech services hear or speak PHI under your own AWS account: AWS's BAA covers its "
              "HIPAA-eligible services (Transcribe among them, with PHI encrypted at rest and in transit; AWS's own "
              "list was not read for Polly): accept AWS's BAA and keep PHI to its eligible services.", "baa.amazon"),
    VendorBaa("azure", (_streams("stt", "azure"), _streams("tts", "azure")),
              "Azure AI Speech hears or speaks PHI: Microsoft's BAA is expected to cover it, but no Microsoft page "
              "twarch read says so; confirm it in Microsoft's Product Terms before PHI reaches it.", "baa.azure"),
    VendorBaa("assemblyai", (_streams("stt", "assemblyai"),),
              "AssemblyAI hears your callers: sign its BAA yourself in its dashboard's Data Controls, at no extra "
              "cost on any paid plan (a free account cannot).", "baa.assemblyai"),
    VendorBaa("cartesia", (_streams("tts", "cartesia"),),
              "Cartesia speaks your replies through your own Media Streams integration: it offers a BAA only as an "
              "option of an enterprise contract, so sign that contract and its BAA before PHI reaches it.",
              "baa.cartesia"),
    VendorBaa("openai", (_streams("stt", "openai"), _streams("tts", "openai"), {"llm": "openai"}, _OPENAI_REALTIME),
              "OpenAI's models hear or read PHI: request its API BAA (baa@openai.com, reviewed case by case) and keep "
              "PHI to the services it covers, which exclude a few listed ones.", "baa.openai"),
    VendorBaa("anthropic", ({"llm": "anthropic"},),
              "Claude reads PHI through Anthropic's API: sign Anthropic's BAA for its HIPAA-ready API access, and keep "
              "to the features it covers (web search, for one, is not).", "baa.anthropic"),
    VendorBaa("gemini", ({"llm": "google"},),
              "Gemini reads PHI: reach it through Vertex AI (Gemini Enterprise Agent Platform) under Google Cloud's "
              "BAA, accepted in the Cloud console, and check that the Gemini API you call is on Google's "
              "covered-products list (the consumer Gemini app is not covered).", "baa.gemini"),
    VendorBaa("bedrock", ({"llm": "bedrock"},),
              "Your Bedrock model reads PHI under your own AWS account: accept AWS's BAA, confirm Bedrock and the "
              "model you pick are on AWS's HIPAA Eligible Services Reference (twarch read it only through third "
              "parties), and avoid models whose provider receives your prompts.", "baa.bedrock"),
    VendorBaa("azure_openai", ({"llm": "azure_openai"},),
              "Azure OpenAI reads PHI: Microsoft's BAA reaches it through your agreement's Data Protection Addendum, "
              "per answers on Microsoft's Q&A forum rather than its product pages; confirm with Microsoft that your "
              "deployment is covered, and send it text only.", "baa.azure_openai"),
)
