"""Layer 3: renderers, pure functions of a Recommendation (or a Checklist) to Markdown, HTML, DOT and tables.

:func:`to_markdown` and :func:`to_html` render whatever twarch object they are given; :func:`report` renders a
recommendation in a named format. Each renderer module is imported when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

#: type name -> (module, Markdown function, HTML function)
_RENDERERS: dict[str, tuple[str, str, str]] = {
    "Recommendation": ("twarch.render.reports", "to_markdown", "to_html"),
    "Checklist": ("twarch.render.checklist", "to_markdown", "to_html"),
}
FORMATS = ("md", "html", "json")


def _renderer(obj: Any, which: int) -> Callable[[Any], str]:
    entry = _RENDERERS.get(type(obj).__name__)
    if entry is None:
        raise TypeError(f"twarch cannot render a {type(obj).__name__}; it renders {', '.join(_RENDERERS)}")
    return getattr(import_module(entry[0]), entry[which])


def to_markdown(obj: Any) -> str:
    """A Recommendation's report or a Checklist's task list, as Markdown (deterministic)."""
    return _renderer(obj, 1)(obj)


def to_html(obj: Any) -> str:
    """A Recommendation's report or a Checklist's table, as a self-contained HTML fragment (every text escaped)."""
    return _renderer(obj, 2)(obj)


def report(rec: Any, format: str = "md") -> str:
    """A recommendation's report: ``md`` (Markdown), ``html`` (an HTML fragment) or ``json`` (the JSON contract)."""
    from ..errors import AnswerError

    if format not in FORMATS:
        raise AnswerError("format", f"{format!r} is not a report format", ", ".join(FORMATS))
    if format == "json":
        from .estimates import report_json  # the recommendation plus the estimates its answers allow

        return report_json(rec)
    return (to_markdown if format == "md" else to_html)(rec)


__all__ = ["FORMATS", "report", "to_html", "to_markdown"]
