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


LIMITS: dict[str, Limit] = {limit.id: limit for limit in (
    Limit("callbacks_per_call", 6, "status-callback invocations per concurrent call (the playbook's 50 calls -> 300)",
          (PLAYBOOK,)),
    Limit("functions_concurrency", 30, "concurrent executions of one Twilio Functions service", (PLAYBOOK,)),
    Limit("functions_timeout_s", 10, "seconds a Twilio Function may run", (PLAYBOOK,)),
    Limit("memory_stores_per_account", 15, "Conversation Memory stores per account", (PLAYBOOK,)),
)}

CALLBACKS_PER_CALL = LIMITS["callbacks_per_call"].value
FUNCTIONS_CONCURRENCY = LIMITS["functions_concurrency"].value
FUNCTIONS_TIMEOUT_S = LIMITS["functions_timeout_s"].value
MEMORY_STORES_PER_ACCOUNT = LIMITS["memory_stores_per_account"].value
