"""The exhaustive answer space of the capability and channel questions (shared by tests and benchmarks)."""

import itertools

from twarch.knowledge.questions import BY_ID, ESSENTIAL


def options(question_id: str) -> list:
    """Every value a question can take, unanswered (None) first."""
    q = BY_ID[question_id]
    if q.kind == "bool":
        return [None, True, False]
    if q.kind == "choice":
        return [None, *q.choice_ids]
    subsets = [list(c) for n in range(1, len(q.choice_ids) + 1) for c in itertools.combinations(q.choice_ids, n)]
    return [None, *subsets]


def answer_space() -> list[dict]:
    """All 5,760 combinations of the five essential questions (each also left unanswered)."""
    space = []
    for values in itertools.product(*(options(q) for q in ESSENTIAL)):
        space.append({k: v for k, v in zip(ESSENTIAL, values) if v is not None})
    return space
