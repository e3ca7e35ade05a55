"""Which question to answer next, over every step: the engine's open essential questions first, then the first
unanswered question in the qualification's order.

In discovery mode the engine lists the five essential questions still open (``rec.open_questions``); they lead.
After them (or outside discovery) the next question is the first one, in :data:`~twarch.knowledge.questions.QUESTIONS`
order, that is unanswered, shown (its ``visible_if`` holds) and not ``optional`` (a question whose unanswered
state is a fine answer, such as a provider you may leave to twarch). The request is Step 1's own business.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..knowledge.questions import BY_ID, QUESTIONS, STEPS
from ..recommendation import Recommendation


@dataclass(frozen=True)
class NextQuestion:
    id: str
    step: str
    text: str
    essential: bool  #: one of the engine's open essential questions (discovery mode)
    left: int  #: questions still to answer after this one, in the same sense
    options: tuple[str, ...] = ()

    @property
    def step_tab(self) -> str:
        return STEPS[self.step].tab


def shown(visible_if: tuple[tuple[str, object], ...], answers: Mapping[str, Any]) -> bool:
    return all(answers.get(key) == expected for key, expected in visible_if)


def to_answer(rec: Recommendation) -> list[str]:
    """The questions still worth answering, in order (not the request, not optional, not hidden)."""
    answers = vars(rec.answers)
    return [q.id for q in QUESTIONS
            if q.id != "request" and not q.optional and answers[q.id] is None and shown(q.visible_if, answers)]


def next_question(rec: Recommendation) -> NextQuestion | None:
    """The question to answer next, or None when every question worth answering is answered."""
    if rec.mode == "discovery" and rec.open_questions:
        first = rec.open_questions[0]
        return NextQuestion(first.id, BY_ID[first.id].step, first.text, True, len(rec.open_questions) - 1,
                            tuple(o["label"] for o in first.get("options", ())))
    remaining = to_answer(rec)
    if not remaining:
        return None
    q = BY_ID[remaining[0]]
    options = tuple(c.label for c in q.choices) if q.kind in ("choice", "bool") else ()
    return NextQuestion(q.id, q.step, q.title, False, len(remaining) - 1, options)
