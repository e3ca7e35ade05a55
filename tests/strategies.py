"""Hypothesis strategies for valid and invalid answers, one per question kind (shared by the property tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from twarch.knowledge.questions import BY_ID

TAGS = ["en-US", "es-MX", "fr", "de-DE", "pt-BR", "ja-JP", "fr-CA", "en-GB"]
COUNTRIES = ["US", "CA", "GB", "DE", "ES", "PT", "FR", "AU", "MX", "IE"]
REQUESTS = ["", "I want to build an AI voice agent for customer support",
            "I need ConversationRelay with Conversation Memory for returning callers",
            "Set up a WebSocket handler for ConversationRelay with Deepgram", "what's the weather?"]

#: A value of each kind that the question must refuse.
BAD_VALUES = {"choice": "nope", "bool": "maybe", "multi": ["nope"], "count": -3, "tags": ["not a tag"], "text": 7,
              "countries": ["XX"], "number": -1.5}


def valid_value(question_id: str) -> st.SearchStrategy:
    """Any value the question accepts."""
    q = BY_ID[question_id]
    if q.kind == "choice":
        return st.sampled_from(q.choice_ids)
    if q.kind == "bool":
        return st.booleans()
    if q.kind == "multi":
        return st.lists(st.sampled_from(q.choice_ids), min_size=max(1, q.min_items), unique=True)
    if q.kind == "count":
        return st.integers(q.minimum, 500)
    if q.kind == "tags":
        return st.lists(st.sampled_from(TAGS), unique=True, max_size=3)
    if q.kind == "countries":
        return st.lists(st.sampled_from(COUNTRIES), unique=True, max_size=3)
    if q.kind == "number":
        top = q.maximum if q.maximum is not None else 10_000
        return st.floats(min_value=q.minimum, max_value=top, allow_nan=False, allow_infinity=False)
    return st.sampled_from(REQUESTS[1:]) | st.text(max_size=200)


def answer_value(question_id: str) -> st.SearchStrategy:
    """A value the question accepts, or None (unanswering it)."""
    return st.none() | valid_value(question_id)


missing = [kind for kind in {q.kind for q in BY_ID.values()} if kind not in BAD_VALUES]
if missing:
    raise ValueError(f"tests/strategies.py: no bad value for question kinds {missing}")
