"""What a loaded file holds: a bare answers mapping, or answers nested in a report or a saved session.

Everything twarch writes loads back as answers: the answers file itself (``{"channels": ["voice"]}``), the JSON
report (``twarch recommend --format json``, ``rec.to_json()``: the answers under ``"answers"``) and a Wizard
session (``twarch.workshop.sessions``: answers and checklist ticks under ``"answers"`` and ``"ticks"``). No question is
called ``answers`` or ``ticks``, so the two shapes cannot be confused. Standard library only.

>>> answers_in({"channels": ["voice"]})
{'channels': ['voice']}
>>> answers_in({"level": 1, "answers": {"channels": ["voice"]}, "warnings": []})
{'channels': ['voice']}
>>> ticks_in({"answers": {}, "ticks": {"HIPAA-01": "fulfilled"}})
{'HIPAA-01': 'fulfilled'}
"""

from __future__ import annotations

from typing import Any

from ..errors import AnswerError

#: The key under which reports and sessions nest the answers, and the one sessions keep ticks under.
ANSWERS_KEY, TICKS_KEY = "answers", "ticks"
#: The key under which a JSON report lists the answers it read from the request (not given in the file).
INFERRED_KEY = "inferred"


def answers_in(document: Any) -> Any:
    """The answers a loaded file holds: ``document["answers"]`` for a report or session, else the document.

    Anything that is not a mapping is returned as it is, for :meth:`twarch.Answers.from_dict` to reject with
    its usual message.
    """
    if isinstance(document, dict) and ANSWERS_KEY in document:
        nested = document[ANSWERS_KEY]
        if not isinstance(nested, dict):
            raise AnswerError(ANSWERS_KEY, "the file's \"answers\" is not a mapping of question ids to answers")
        read = document.get(INFERRED_KEY)
        if isinstance(read, dict):  # a report: what it read from the request is read again, and still marked so
            return {key: value for key, value in nested.items() if key not in read}
        return nested
    return document


def ticks_in(document: Any) -> dict[str, str]:
    """The checklist ticks a saved session holds (``{}`` for an answers file or a report, which keep none)."""
    if not isinstance(document, dict) or ANSWERS_KEY not in document:
        return {}
    ticks = document.get(TICKS_KEY) or {}
    if not isinstance(ticks, dict):
        raise AnswerError(TICKS_KEY, "the file's \"ticks\" is not a mapping of checklist ids to statuses")
    return ticks
