"""Platform limits the rules compute with, each with the source that states it.

:data:`LIMITS` holds the figures; the module constants are their values, for rule texts.
"""

from __future__ import annotations

from dataclasses import dataclass

from .sources import Source

PLAYBOOK = Source("Twilio skill twilio-ai-agent-architect (the playbook), github.com/twilio/ai",
                  "https://github.com/twilio/ai/blob/aa67a6d476107d6742f31a53d68b10749552930f/skills/twilio/"
                  "twilio-ai-agent-architect/SKILL.md", "2026-06-29")


@dataclass(frozen=True)
class Limit:
    id: str
    value: int
    meaning: str
    sources: tuple[Source, ...]
    note: str = ""  #: a conflict or caveat, in words


AI_SKILLS = "https://github.com/twilio/ai/blob/aa67a6d476107d6742f31a53d68b10749552930f/skills/twilio"
MEMORY_SKILL = Source("Twilio skill twilio-conversation-memory (github.com/twilio/ai aa67a6d)",
                      f"{AI_SKILLS}/twilio-conversation-memory/SKILL.md", "2026-06-29")
MEMORY_LIMITS_DOC = Source("Twilio docs: Conversation Memory limits (stored copy worded for the private beta)",
                           "https://www.twilio.com/docs/conversations/memory/limits", "2026-11-27")
ORCHESTRATOR_SKILL = Source("Twilio skill twilio-conversation-orchestrator (github.com/twilio/ai aa67a6d)",
                            f"{AI_SKILLS}/twilio-conversation-orchestrator/SKILL.md", "2026-06-29")
ORCHESTRATOR_CORE_DOC = Source("Twilio docs: Conversation Orchestrator core concepts",
                               "https://www.twilio.com/docs/conversations/orchestrator/concepts/core", "2026-11-27")
INTELLIGENCE_SKILL = Source("Twilio skill twilio-conversation-intelligence (github.com/twilio/ai aa67a6d)",
                            f"{AI_SKILLS}/twilio-conversation-intelligence/SKILL.md", "2026-06-29")
FUNCTIONS_FAQ = Source("Twilio docs: Functions FAQ (10,000 ms execution limit)",
                       "https://www.twilio.com/docs/runtime/functions/faq", "2026-11-27")
FUNCTIONS_REQUEST_FLOW = Source("Twilio docs: Functions request flow (HTTP GET, POST, OPTIONS only)",
                                "https://www.twilio.com/docs/serverless/functions-assets/functions/request-flow",
                                "2026-11-27")
RELIABILITY_SKILL = Source("Twilio skill twilio-reliability-patterns (github.com/twilio/ai aa67a6d)",
                           f"{AI_SKILLS}/twilio-reliability-patterns/SKILL.md", "2026-06-29")
DEEPGRAM_RATE_LIMITS = Source("Deepgram API rate limits (Pay as You Go and Growth)",
                              "https://developers.deepgram.com/reference/api-rate-limits", "2026-11-27")
ASSEMBLYAI_CONCURRENCY = Source("AssemblyAI FAQ: what are my concurrency limits?",
                                "https://assemblyai.com/docs/faq/what-are-my-concurrency-limits", "2026-11-27")


LIMITS: dict[str, Limit] = {limit.id: limit for limit in (
    Limit("callbacks_per_call", 6, "status-callback invocations per concurrent call (the playbook's 50 calls -> 300)",
          (PLAYBOOK,)),
    Limit("functions_concurrency", 30, "concurrent executions of one Twilio Functions service", (PLAYBOOK,)),
    Limit("functions_timeout_s", 10, "seconds a Twilio Function may run", (PLAYBOOK,)),
    Limit("memory_stores_per_account", 15, "Conversation Memory stores per account", (PLAYBOOK,)),
    # Checked at their sources on 2026-11-27 (capacity plan: twarch/estimates/capacity.py).
    Limit("memory_stores_per_account_docs", 5, "Conversation Memory stores per account, per Twilio's docs",
          (MEMORY_LIMITS_DOC, MEMORY_SKILL),
          "CONFLICT: Twilio's Memory skill (2026-06) says 15 per account, use subaccounts beyond; the docs' limits "
          "page says 5 (and 10,000 profiles per store). Check your account's limit."),
    Limit("orchestrator_configurations_per_account", 10, "Conversation Orchestrator configurations per account",
          (ORCHESTRATOR_SKILL, ORCHESTRATOR_CORE_DOC),
          "CONFLICT: Twilio's Orchestrator skill states a hard GA limit of 10 (and 100 capture rules per channel); "
          "the docs' core-concepts page says you can create as many configurations as you need."),
    Limit("intelligence_rules_per_configuration", 5, "rules per Conversation Intelligence configuration, each "
          "running 1-5 operators", (INTELLIGENCE_SKILL,), "Stated by Twilio's skill (the API enforces 0-5); not "
          "found on a docs page."),
    Limit("deepgram_streaming_concurrency", 50, "concurrent Nova-3 or Flux streaming requests per Deepgram project "
          "(Pay as You Go and Growth)", (DEEPGRAM_RATE_LIMITS,), "Per project; more needs a sales agreement."),
    Limit("deepgram_tts_concurrency", 15, "concurrent Aura / Aura-2 text-to-speech requests per Deepgram project "
          "(Pay as You Go and Growth)", (DEEPGRAM_RATE_LIMITS,)),
    Limit("assemblyai_new_streams_per_minute", 100, "new AssemblyAI streaming sessions per minute on a paid account "
          "(concurrent sessions are not capped; the rate grows 10% a minute while 70% used)",
          (ASSEMBLYAI_CONCURRENCY,)),
)}

CALLBACKS_PER_CALL = LIMITS["callbacks_per_call"].value
FUNCTIONS_CONCURRENCY = LIMITS["functions_concurrency"].value
FUNCTIONS_TIMEOUT_S = LIMITS["functions_timeout_s"].value
MEMORY_STORES_PER_ACCOUNT = LIMITS["memory_stores_per_account"].value
