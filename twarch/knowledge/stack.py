"""The team's stack: where it deploys, which LLM it uses, its language, and the Agent Connect packages.

``cloud``, ``llm`` and ``team_language`` take their choices from :data:`CLOUDS`, :data:`LLMS` and
:data:`TEAM_LANGUAGES`; the Agent Connect packages the path can name are :data:`PACKAGES`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    help: str = ""


CLOUDS: dict[str, Choice] = {c.id: c for c in (
    Choice("any", "Any / cloud-agnostic"),
    Choice("azure", "Microsoft Azure"),
    Choice("aws", "AWS"),
)}


@dataclass(frozen=True)
class Llm:
    id: str
    label: str
    #: the providers.csv row that stands for it in the latency and cost views ("" when there is none)
    row: str = ""


LLMS: dict[str, Llm] = {m.id: m for m in (
    Llm("openai", "OpenAI", "openai-gpt-4o-mini"),
    Llm("anthropic", "Anthropic", "anthropic-claude-haiku-4-5"),
    Llm("google", "Google Gemini", "google-gemini-2-5-flash"),
    # Azure OpenAI and Bedrock use the model maker's own row: their resold prices and latencies were not sourced.
    Llm("azure_openai", "Azure OpenAI", "openai-gpt-4o-mini"),
    Llm("bedrock", "AWS Bedrock", "anthropic-claude-haiku-4-5"),
    Llm("other", "Other"),
)}

TEAM_LANGUAGES: dict[str, Choice] = {c.id: c for c in (
    Choice("python", "Python"),
    Choice("typescript", "TypeScript / Node.js"),
    Choice("other", "Other"),
)}


@dataclass(frozen=True)
class Package:
    id: str  #: the name you install
    summary: str


PACKAGES: dict[str, Package] = {p.id: p for p in (
    Package("twilio-agent-connect", "core SDK, cloud-agnostic; OpenAI or Anthropic directly"),
    Package("twilio-agent-connect-microsoft",
            "Microsoft Agent Framework (Foundry, Azure OpenAI), Voice Live connector"),
    Package("twilio-agent-connect-aws", "Strands SDK, Bedrock Agents and Bedrock AgentCore connectors"),
)}
