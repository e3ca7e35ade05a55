"""The one error twarch raises for bad input."""

from __future__ import annotations


class AnswerError(ValueError):
    """A bad answer: names the field and what it allows, in one line.

    >>> str(AnswerError("memory", "'maybe' is not allowed", "true, false"))
    "memory: 'maybe' is not allowed; allowed: true, false"
    """

    def __init__(self, field: str, problem: str, allowed: str = "") -> None:
        self.field = field
        self.problem = problem
        self.allowed = allowed
        message = f"{field}: {problem}" + (f"; allowed: {allowed}" if allowed else "")
        super().__init__(message)
