"""Twilio's skills catalogue, pinned: ``skills.json`` is a copy of github.com/twilio/ai's skill index.

Each skill has its folder id, its frontmatter name, upstream's type (``planner``, ``setup``, ``guardrail``,
``product``) and a one-line purpose. ``RENAMED`` maps old ids to current ones (mirrors that users install
from may still ship the old name), ``REMOVED`` lists skills upstream deleted. Refresh the pin with
``python scripts/refresh-skills.py <clone of twilio/ai> --write``; a test fails when a rule recommends
an id that is not in it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .sources import Source

PIN = Path(__file__).with_name("skills.json")
CATEGORIES = ("planner", "setup", "product", "guardrail")


@dataclass(frozen=True)
class Skill:
    id: str
    name: str
    category: str
    purpose: str
    path: str


def _load() -> tuple[dict, dict[str, Skill]]:
    data = json.loads(PIN.read_text(encoding="utf-8"))
    skills = {s["id"]: Skill(s["id"], s["name"], s["category"], s["purpose"], s["path"]) for s in data["skills"]}
    bad = sorted(s.id for s in skills.values() if s.category not in CATEGORIES)
    if bad:
        raise ValueError(f"{PIN}: unknown category for {', '.join(bad)}; allowed: {', '.join(CATEGORIES)}")
    return data, skills


_PIN, SKILLS = _load()
COMMIT: str = _PIN["commit"]
#: The catalogue as a citation: the repository at the pinned commit, dated by that commit.
SOURCE = Source(f"Twilio skills catalogue, github.com/twilio/ai at {COMMIT[:7]}",
                f"{_PIN['repository']}/tree/{COMMIT}/skills", _PIN["date"])
CHECKED: str = _PIN["checked"]
RENAMED: dict[str, str] = {old: info["to"] for old, info in _PIN["renamed"].items()}
REMOVED: tuple[str, ...] = tuple(_PIN["removed"])


def skill(skill_id: str) -> Skill:
    """The pinned skill with this id (KeyError when the catalogue has none)."""
    return SKILLS[skill_id]


def old_names(skill_id: str) -> tuple[str, ...]:
    """Earlier ids of a skill, for installs from mirrors that still ship them."""
    return tuple(old for old, new in RENAMED.items() if new == skill_id)
