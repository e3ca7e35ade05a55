"""Rich display in Jupyter: twarch's value classes show as HTML (and Markdown) without knowing it.

The one display strategy: the value classes import no renderer and hold no markup; :func:`register` tells IPython's
display formatters which renderer shows each (:data:`HTML`, :data:`MARKDOWN`). ``import twarch`` calls it when IPython
is running; it does nothing anywhere else.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from .render import to_markdown

#: (module, class, the function that renders it) for every value class Jupyter shows as HTML.
HTML: tuple[tuple[str, str, str], ...] = (
    ("twarch.recommendation", "Recommendation", "twarch.render:to_html"),
    ("twarch.checklists", "Checklist", "twarch.render:to_html"),
    ("twarch.reader.request", "ModeResult", "twarch.render.views:mode_html"),
    ("twarch.estimates.latency", "LatencyBudget", "twarch.render.views:latency_html"),
    ("twarch.knowledge.providers", "LanguageSupport", "twarch.render.views:languages_html"),
    ("twarch.workshop.compare", "Comparison", "twarch.render.views:comparison_html"),
)
#: The classes that also show as Markdown.
MARKDOWN = (("twarch.recommendation", "Recommendation"), ("twarch.checklists", "Checklist"))


def register(shell: Any = None) -> bool:
    """Register the formatters with ``shell`` (the running IPython by default); False when there is none."""
    if shell is None:
        ipython = sys.modules.get("IPython")
        shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return False
    formatters = shell.display_formatter.formatters
    for module, name, renderer in HTML:
        formatters["text/html"].for_type_by_name(module, name, _lazy(renderer))
    for module, name in MARKDOWN:
        formatters["text/markdown"].for_type_by_name(module, name, to_markdown)
    return True


def _lazy(renderer: str) -> Any:
    """The renderer ``module:function``, imported when a value is first shown (the views import pandas-free modules
    only, but not every notebook shows one)."""
    module, function = renderer.split(":")

    def render(value: Any) -> str:
        return getattr(importlib.import_module(module), function)(value)

    return render
