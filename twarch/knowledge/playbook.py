"""The sections of the advisor's playbook that twarch implements.

Every rule, item and checklist entry names one of these section ids in its ``why``,
so a reader can go from any recommendation back to the part of the playbook behind it.
"""

from __future__ import annotations

SECTIONS: dict[str, str] = {
    "activation": "When This Skill Activates",
    "step1": "Step 1: Detect Specificity and Decide Your Mode",
    "step2.outcome": "Step 2, Q1: What outcome are you trying to achieve?",
    "step2.channels": "Step 2, Q2: Which channels?",
    "step2.memory": "Step 2, Q3: Remember customers across sessions?",
    "step2.intelligence": "Step 2, Q4: Real-time supervision or analytics?",
    "step2.handoff": "Step 2, Q5: Hand off to a human?",
    "step3.level1": "Step 3, Level 1: Basic Voice AI Agent",
    "step3.level2": "Step 3, Level 2: + Customer Memory",
    "step3.level3": "Step 3, Level 3: + Real-Time Intelligence",
    "step3.level4": "Step 3, Level 4: + Human Escalation",
    "warnings": "Architectural Warnings",
    "step4.entry_point": "Step 4: Entry Point (pure AI or hybrid)",
    "step4.profile": "Step 4: Customer Profile",
    "step4.regulatory": "Step 4: Regulatory Context",
    "step4.tech_stack": "Step 4: Tech Stack Considerations",
    "rules.sdk_vs_manual": "Decision Rules: Agent Connect SDK vs Manual Integration",
    "rules.cloud": "Decision Rules: Cloud Platform Selection (TAC SDK)",
    "rules.transport": "Decision Rules: ConversationRelay vs Media Streams",
    "rules.providers": "Decision Rules: STT/TTS Provider Selection",
    "rules.memory": "Decision Rules: When to Add Conversation Memory",
    "rules.intelligence": "Decision Rules: When to Add Conversation Intelligence",
    "ga": "GA Constraints (May 2026)",
    "sdk_options": "SDK Options",
    "output_format": "Output Format",
    "research": "twarch research notes (shared/research), beyond the playbook",
}


def section_title(section_id: str) -> str:
    """The human title of a playbook section id (KeyError on an unknown id)."""
    return SECTIONS[section_id]
