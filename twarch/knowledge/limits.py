"""Platform limits the rules compute with, each with the sources that state it.

Where Twilio's sources disagree (its skills against its docs) both figures are here, and the rules show both.
"""

from __future__ import annotations

from dataclasses import dataclass

from .claims import MEMORY_LIMITS, ORCH_CORE, PLAYBOOK, skill
from .sources import Source


@dataclass(frozen=True)
class Limit:
    id: str
    value: int
    meaning: str
    sources: tuple[Source, ...]
    checked: str = "2026-11-27"


LIMITS: dict[str, Limit] = {limit.id: limit for limit in (
    Limit("callbacks_per_call", 6, "status-callback invocations per call (the playbook's 50 calls -> 300), an upper "
          "bound on what overlaps", (PLAYBOOK,)),
    Limit("functions_concurrency", 30, "concurrent executions of one Twilio Functions service (per Twilio's skills; "
          "not stated in the Functions docs)", (skill("twilio-reliability-patterns"), PLAYBOOK)),
    Limit("functions_timeout_s", 10, "seconds a Twilio Function may run",
          (Source("Twilio Functions FAQ", "https://www.twilio.com/docs/runtime/functions/faq", "2026-11-27"),)),
    Limit("memory_stores_per_account", 15, "Conversation Memory stores per account, per Twilio's Memory skill",
          (skill("twilio-conversation-memory"), PLAYBOOK)),
    Limit("memory_stores_per_account_docs", 5, "Conversation Memory stores per account, per the Memory limits page",
          (MEMORY_LIMITS,)),
    Limit("orchestrator_configurations", 10, "Orchestrator conversation configurations per account, per Twilio's "
          "Orchestrator skill (the docs name no limit)", (skill("twilio-conversation-orchestrator"), ORCH_CORE)),
    Limit("intelligence_rules", 5, "rules per Conversation Intelligence configuration, per Twilio's skill",
          (skill("twilio-conversation-intelligence"),)),
)}

CALLBACKS_PER_CALL = LIMITS["callbacks_per_call"].value
FUNCTIONS_CONCURRENCY = LIMITS["functions_concurrency"].value
FUNCTIONS_TIMEOUT_S = LIMITS["functions_timeout_s"].value
MEMORY_STORES_PER_ACCOUNT = LIMITS["memory_stores_per_account"].value
