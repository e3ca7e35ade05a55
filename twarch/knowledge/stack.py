"""The team's stack: where it deploys, which LLM it uses, its language, and the Agent Connect packages.

``cloud``, ``llm`` and ``team_language`` take their choices from :data:`CLOUDS`, :data:`LLMS` and
:data:`TEAM_LANGUAGES`; the Agent Connect packages the path can name are :data:`PACKAGES`, and the exact
commands that install them for a use are :data:`INSTALLS` (versions checked on PyPI and npm on 2026-12-07). Every
install line requires Agent Connect :data:`MIN_VERSION` or later.
"""

from __future__ import annotations

from dataclasses import dataclass

from .claims import TAC_AWS, TAC_GOOGLE, TAC_MEDIA_STREAMS, TAC_MICROSOFT, TAC_PY, TAC_TS_PACKAGE
from .sources import Source


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    help: str = ""


CLOUDS: dict[str, Choice] = {c.id: c for c in (
    Choice("any", "Any / cloud-agnostic"),
    Choice("azure", "Microsoft Azure"),
    Choice("aws", "AWS"),
    Choice("gcp", "Google Cloud"),
)}


@dataclass(frozen=True)
class Llm:
    id: str
    label: str
    #: the providers.csv row that stands for it in the latency and cost views ("" when there is none: ``own`` and
    #: ``other`` are neither priced nor timed, and the bill and latency budget say so instead of assuming a model)
    row: str = ""
    #: the row is the model maker's own API standing in for a cloud's resale of it (prices and latency unsourced)
    stand_in: bool = False


LLMS: dict[str, Llm] = {m.id: m for m in (
    Llm("openai", "OpenAI", "openai-gpt-5-4-mini"),
    Llm("anthropic", "Anthropic", "anthropic-claude-haiku-4-5"),
    Llm("google", "Google Gemini", "google-gemini-2-5-flash"),
    # Azure OpenAI and Bedrock use the model maker's own row: their resold prices and latencies were not sourced.
    Llm("azure_openai", "Azure OpenAI", "openai-gpt-4o-mini", stand_in=True),
    Llm("bedrock", "AWS Bedrock", "anthropic-claude-haiku-4-5", stand_in=True),
    Llm("own", "Your own / self-hosted"),
    Llm("other", "Other"),
)}
#: The providers.csv row that stands for an unanswered ``llm`` in the latency and cost views: OpenAI's.
DEFAULT_LLM_ROW = LLMS["openai"].row

TEAM_LANGUAGES: dict[str, Choice] = {c.id: c for c in (
    Choice("python", "Python"),
    Choice("typescript", "TypeScript / Node.js"),
    Choice("other", "Other"),
)}


@dataclass(frozen=True)
class Package:
    id: str  #: the name you install (for TypeScript: the repository you build)
    language: str  #: ``python`` or ``typescript``
    summary: str
    sources: tuple[Source, ...]


PACKAGES: dict[str, Package] = {p.id: p for p in (
    Package("twilio-agent-connect", "python", "core SDK, cloud-agnostic: OpenAI or Anthropic directly; OpenAI Realtime "
            "and GPT-Live speech-to-speech providers", (TAC_PY, TAC_MEDIA_STREAMS)),
    Package("twilio-agent-connect-microsoft", "python", "Microsoft Agent Framework (Foundry, Azure OpenAI) and Azure "
            "Voice Live connectors", (TAC_MICROSOFT,)),
    Package("twilio-agent-connect-aws", "python", "Strands, Bedrock Agents and Bedrock AgentCore connectors", (TAC_AWS,
                                                                                                               )),
    Package("twilio-agent-connect-google", "python", "Vertex AI Agent Platform, CX Agent Studio and Dialogflow CX "
            "connectors", (TAC_GOOGLE,)),
    Package("twilio-agent-connect-typescript", "typescript", "the TypeScript SDK (Voice, SMS, RCS, WhatsApp, Chat; "
            "OpenAI Realtime and GPT-Live speech-to-speech), built from its repository", (TAC_TS_PACKAGE,)),
)}


@dataclass(frozen=True)
class Install:
    """How to install a package for one use: the exact command, what it needs to run, and what else it offers."""

    id: str
    package: str
    command: str
    runtime: str
    note: str = ""


#: The first Agent Connect release that no longer writes secrets or personal data into application logs (claim
#: ``tac.security_logging``): every install line requires it, the cloud packages' lines by naming the core beside them.
MIN_VERSION = "2.7.0"
CORE = f'"twilio-agent-connect>={MIN_VERSION}"'

INSTALLS: dict[str, Install] = {i.id: i for i in (
    Install("core", "twilio-agent-connect", f'pip install "twilio-agent-connect[server]>={MIN_VERSION}"',
            "Python >= 3.10"),
    Install("core_realtime", "twilio-agent-connect",
            f'pip install "twilio-agent-connect[server,openai-realtime]>={MIN_VERSION}"', "Python >= 3.10",
            "or [server,gpt-live] for OpenAI GPT-Live"),
    Install("microsoft", "twilio-agent-connect-microsoft",
            f'pip install "twilio-agent-connect-microsoft[agent-framework,server]" {CORE}', "Python >= 3.10",
            "[voice-live] adds Azure Voice Live as a text-only session engine; [cosmos] a Cosmos DB session store; "
            "[hosted-agents] Foundry Hosted Agents"),
    Install("aws", "twilio-agent-connect-aws", f'pip install "twilio-agent-connect-aws[strands,server]" {CORE}',
            "Python >= 3.10", "[bedrock,server] for Bedrock Agents, [agentcore,server] for Bedrock AgentCore Runtime"),
    Install("aws_bedrock", "twilio-agent-connect-aws", f'pip install "twilio-agent-connect-aws[bedrock,server]" {CORE}',
            "Python >= 3.10", "[strands,server] for Strands agents, [agentcore,server] for AgentCore Runtime"),
    Install("google", "twilio-agent-connect-google",
            f'pip install "twilio-agent-connect-google[vertex-ai,server]" {CORE}', "Python 3.10 or 3.11",
            "[cx-agent-studio,server] for CX Agent Studio, [conversational-agents,server] for Dialogflow CX"),
    Install("google_voice", "twilio-agent-connect-google",
            f'pip install "twilio-agent-connect-google[cx-agent-studio,server]" {CORE}', "Python 3.10 or 3.11",
            "CX Agent Studio's speech-to-speech voice channel, without Orchestrator or Memory"),
    Install("typescript", "twilio-agent-connect-typescript",
            f"git clone --branch v{MIN_VERSION} https://github.com/twilio/twilio-agent-connect-typescript && "
            "cd twilio-agent-connect-typescript && npm install && npm run build", "Node.js >= 22.13",
            'depend on the build as "twilio-agent-connect": "file:../twilio-agent-connect-typescript"; where npm '
            "serves the package (its README says so, Twilio's skill says not yet), "
            f'"twilio-agent-connect@^{MIN_VERSION}" instead'),
)}

if not {i.package for i in INSTALLS.values()} <= set(PACKAGES):
    raise ValueError("every install names a package of PACKAGES")
