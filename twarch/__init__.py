"""twarch: answer a short qualification, get an explained Twilio architecture for an AI voice or chat agent.

>>> import twarch
>>> rec = twarch.recommend({"channels": ["voice"], "memory": True})
>>> rec.level, rec.voice_transport, rec.implementation_path
(2, 'conversation_relay', 'tac_sdk')

The engine (``recommend``, ``Answers``, ``detect_mode``) imports only the standard library;
the renderers and widgets (pandas, plotly, graphviz, ipywidgets) load on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .answers import Answers
from .engine import recommend
from .errors import AnswerError
from .knowledge.questions import QUESTIONS
from .recommendation import Item, Recommendation, Why

__version__ = "0.1.0"

#: Public names that live in modules not every caller needs, loaded on first access.
_LAZY = {
    "detect_mode": "twarch.reader.request",
    "answers_from_text": "twarch.reader.request",
    "report": "twarch.render",
    "to_markdown": "twarch.render",
    "to_html": "twarch.render",
    "diagram": "twarch.render.diagram",
    "ladder": "twarch.render.diagram",
    "providers": "twarch.render.providers",
    "provider_table": "twarch.render.providers",
    "bill": "twarch.estimates.bill",
    "sensitivity": "twarch.estimates.whatif",
    "break_even": "twarch.estimates.whatif",
    "latency": "twarch.estimates.latency",
    "latency_budget": "twarch.estimates.latency",
    "capacity": "twarch.estimates.capacity",
    "compare_platforms": "twarch.estimates.platforms",
    "Volumes": "twarch.estimates.volumes",
    "language_support": "twarch.knowledge.providers",
    "checklist": "twarch.checklists",
    "Checklist": "twarch.checklists",
    "Wizard": "twarch.widgets",
    "compare": "twarch.workshop",
    "compare_many": "twarch.workshop",
    "answer_diff": "twarch.workshop",
    "scorecard": "twarch.workshop",
}

__all__ = ["Answers", "AnswerError", "Checklist", "Item", "QUESTIONS", "Recommendation", "Volumes", "Why", "Wizard",
           "answer_diff", "answers_from_text", "bill", "break_even", "capacity", "checklist", "compare",
           "compare_many", "compare_platforms", "detect_mode", "diagram", "ladder", "language_support", "latency",
           "latency_budget", "provider_table", "providers", "recommend", "report", "scorecard", "sensitivity",
           "to_html", "to_markdown"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'twarch' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


def _show_in_jupyter() -> None:
    import sys

    if "IPython" in sys.modules:
        from .display import register

        register()


_show_in_jupyter()
