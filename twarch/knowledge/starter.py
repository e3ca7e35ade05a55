"""What a generated starter project is built from: pinned packages, each LLM's SDK and settings, the environment
variables with where to find each one, and the speech vendors the Media Streams code is written for.

Versions were read from PyPI and the npm registry on :data:`CHECKED` (the npm client's ``npm view``). Agent
Connect's own install line, with its 2.7.0 security floor, is the engine's (``rec.install``, from
:data:`twarch.knowledge.stack.INSTALLS`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .sources import Source

CHECKED = "2026-12-07"
SERVER_LANGUAGES = ("python", "typescript")


@dataclass(frozen=True)
class Pin:
    name: str
    version: str  #: an exact version (``==``), or a floor for Agent Connect
    source: Source


def _pypi(name: str, version: str) -> Pin:
    return Pin(name, version, Source(f"{name} on PyPI", f"https://pypi.org/project/{name}/{version}/", CHECKED))


#: The Python starter's packages (``==`` pins in requirements.txt).
PYTHON_PINS: dict[str, Pin] = {p.name: p for p in (
    _pypi("aiohttp", "3.14.5"), _pypi("twilio", "9.13.0"), _pypi("pytest", "9.2.0"), _pypi("openai", "3.63.0"),
    _pypi("anthropic", "2.17.0"), _pypi("google-genai", "3.6.1"), _pypi("boto3", "1.44.18"),
    # openai's realtime client needs it (its "realtime" extra: websockets>=13,<18)
    _pypi("websockets", "17.4"),
)}

def _npm(name: str, version: str) -> Pin:
    return Pin(name, version, Source(f"{name} on the npm registry", f"https://www.npmjs.com/package/{name}/v/{version}",
                                     CHECKED))


#: The TypeScript starter's packages (exact versions in package.json): the server's, then the build's.
NODE_PINS: dict[str, Pin] = {p.name: p for p in (
    _npm("twilio", "6.3.1"), _npm("ws", "8.23.1"), _npm("openai", "7.60.0"), _npm("@anthropic-ai/sdk", "1.17.0"),
    _npm("@google/genai", "3.6.1"), _npm("@aws-sdk/client-bedrock-runtime", "3.1178.0"),
    _npm("typescript", "7.0.2"), _npm("@types/node", "20.19.43"), _npm("@types/ws", "8.18.2"),
)}
#: The build's packages (devDependencies); the rest are the server's (dependencies).
NODE_BUILD = ("typescript", "@types/node", "@types/ws")
#: Node releases each pinned package declares it needs (its package.json ``engines``), where it says.
NODE_ENGINES = {"openai": ">=22", "@google/genai": ">=22", "twilio": ">=20",
                "@aws-sdk/client-bedrock-runtime": ">=20"}


@dataclass(frozen=True)
class Variable:
    name: str
    where: str  #: where to find or choose the value (the Console page, the vendor's dashboard)
    example: str = ""  #: a value that is safe to show (never a secret)


def _var(name: str, where: str, example: str = "") -> Variable:
    return Variable(name, where, example)


VARIABLES: dict[str, Variable] = {v.name: v for v in (
    _var("PUBLIC_HOST", "the host name Twilio reaches your server at, without https:// (your tunnel's while you "
                        "develop, e.g. from ngrok)", "agent.example.com"),
    _var("PORT", "the local port the server listens on", "8080"),
    _var("TWILIO_AUTH_TOKEN", "Twilio Console > Account Info > Auth Token (of the account, or the region, that "
                              "owns the number): checks Twilio's webhook signatures"),
    _var("TWILIO_WORKFLOW_SID", "Twilio Console > TaskRouter > Workspaces > your Flex workspace > Workflows "
                                "(WW...): where a hand-off is queued for your agents"),
    _var("HANDOFF_PHONE_NUMBER", "the number (E.164, +1555...) of the person, team line or contact centre a call is "
                                 "handed to"),
    _var("PAY_CONNECTOR", "Twilio Console > Voice > Pay Connectors: the unique name of your Pay Connector (PCI "
                          "Mode on, in the account that takes payments)"),
    _var("OPENAI_API_KEY", "platform.openai.com > API keys"),
    _var("ANTHROPIC_API_KEY", "console.anthropic.com > API Keys"),
    _var("GEMINI_API_KEY", "Google AI Studio > Get API key"),
    _var("AZURE_OPENAI_API_KEY", "Azure portal > your Azure OpenAI resource > Keys and Endpoint"),
    _var("AZURE_OPENAI_ENDPOINT", "Azure portal > your Azure OpenAI resource > Keys and Endpoint",
         "https://your-resource.openai.azure.com"),
    _var("AZURE_OPENAI_API_VERSION", "Azure OpenAI's API version lifecycle page: the GA data-plane version you use"),
    _var("AWS_REGION", "the AWS region where Bedrock serves your model", "us-east-1"),
    _var("LLM_BASE_URL", "your model server's OpenAI-compatible endpoint", "http://localhost:8000/v1"),
    _var("LLM_API_KEY", "your model server's key (any value if it takes none)"),
    _var("LLM_MODEL", "the model (or deployment, inference profile) to call"),
    _var("DEEPGRAM_API_KEY", "console.deepgram.com > API Keys"),
    _var("ELEVENLABS_API_KEY", "elevenlabs.io > Settings > API Keys"),
    _var("ELEVENLABS_VOICE_ID", "elevenlabs.io > Voices: the voice's ID"),
    _var("ELEVENLABS_MODEL_ID", "ElevenLabs' models page: a streaming model that offers your languages"),
    _var("TWILIO_ACCOUNT_SID", "Twilio Console > Account Info > Account SID (AC...)"),
    _var("TWILIO_API_KEY", "Twilio Console > Account > API keys & tokens (SK...)"),
    _var("TWILIO_API_SECRET", "shown once when you create the API key"),
    _var("TWILIO_PHONE_NUMBER", "Twilio Console > Phone Numbers > Active numbers (E.164)"),
    _var("TWILIO_WHATSAPP_NUMBER", "Twilio Console > Messaging > Senders > WhatsApp senders",
         "whatsapp:+15550100000"),
    _var("TWILIO_RCS_SENDER_ID", "Twilio Console > Messaging > Senders > RCS senders"),
    _var("TWILIO_CONVERSATIONS_SERVICE_SID", "Twilio Console > Conversations > Services (IS...)"),
    _var("TWILIO_CONVERSATION_CONFIGURATION_ID", "Twilio Console > Conversation Orchestrator > Configurations"),
    _var("TWILIO_VOICE_PUBLIC_DOMAIN", "your server's public domain, without https:// (Agent Connect builds its "
                                       "TwiML and WebSocket URLs from it)", "agent.example.com"),
    _var("TWILIO_STUDIO_HANDOFF_FLOW_SID", "Twilio Console > Studio > Flows: the imported hand-off flow (FW...)"),
    _var("TWILIO_REGION", "the Twilio region that holds your data (ie1, au1); leave it out for us1", "ie1"),
)}


@dataclass(frozen=True)
class LlmRoute:
    """How the starter calls one LLM answer: its SDK (PyPI, npm) and the variables it reads."""

    llm: str
    python_package: str
    node_package: str
    variables: tuple[str, ...]
    model: str  #: the model the starter names (twarch's priced row), '' when the variable LLM_MODEL gives it
    source: Source


LLM_ROUTES: dict[str, LlmRoute] = {r.llm: r for r in (
    LlmRoute("openai", "openai", "openai", ("OPENAI_API_KEY",), "gpt-4o-mini",
             Source("OpenAI Python library", "https://github.com/openai/openai-python", CHECKED)),
    LlmRoute("azure_openai", "openai", "openai",
             ("AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_VERSION", "LLM_MODEL"), "",
             Source("OpenAI Python library: Azure OpenAI", "https://github.com/openai/openai-python#microsoft-azure-"
                    "openai", CHECKED)),
    LlmRoute("anthropic", "anthropic", "@anthropic-ai/sdk", ("ANTHROPIC_API_KEY",), "claude-haiku-4-5",
             Source("Anthropic Python SDK", "https://github.com/anthropics/anthropic-sdk-python", CHECKED)),
    LlmRoute("google", "google-genai", "@google/genai", ("GEMINI_API_KEY",), "gemini-2.5-flash",
             Source("Google Gen AI SDK", "https://github.com/googleapis/python-genai", CHECKED)),
    LlmRoute("bedrock", "boto3", "@aws-sdk/client-bedrock-runtime", ("AWS_REGION", "LLM_MODEL"), "",
             Source("Amazon Bedrock Converse API", "https://docs.aws.amazon.com/bedrock/latest/APIReference/"
                    "API_runtime_ConverseStream.html", CHECKED)),
    LlmRoute("own", "openai", "openai", ("LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL"), "",
             Source("OpenAI Python library (any OpenAI-compatible server)", "https://github.com/openai/openai-python",
                    CHECKED)),
    LlmRoute("other", "openai", "openai", ("LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL"), "",
             Source("OpenAI Python library (any OpenAI-compatible server)", "https://github.com/openai/openai-python",
                    CHECKED)),
)}

#: The speech vendors the Media Streams starter's two speech functions are written for: both take and give mu-law
#: 8 kHz, so no audio is converted.
MEDIA_STREAMS_SPEECH = {"stt_provider": "deepgram", "tts_provider": "elevenlabs"}
MEDIA_STREAMS_SPEECH_SOURCES = (
    Source("Deepgram: encoding (mulaw) for live audio", "https://developers.deepgram.com/docs/encoding", CHECKED),
    Source("ElevenLabs: text-to-speech stream, output_format ulaw_8000",
           "https://elevenlabs.io/docs/api-reference/text-to-speech/stream", CHECKED),
)

#: Blockers (by item id) that say the drawn design cannot run as drawn, so no starter is written for it: the speech
#: providers the TwiML would name do not speak a language of the design, or Twilio cannot carry its calls. Other
#: blockers (a BAA to sign, a policy to follow) are work the README's checklist hands the developer.
UNBUILDABLE_BLOCKERS = ("language_gap", "telephony_blocked")
