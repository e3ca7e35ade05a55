"""Rich display in Jupyter: Recommendations and Checklists show as HTML (and Markdown) without knowing it.

The data classes import no renderer; :func:`register` tells IPython's display formatters which renderer
shows them. ``import twarch`` calls it when IPython is running; it does nothing anywhere else.
"""

from __future__ import annotations

import sys
from typing import Any

from .render import to_html, to_markdown

_TYPES = (("twarch.recommendation", "Recommendation"), ("twarch.checklists", "Checklist"))


def register(shell: Any = None) -> bool:
    """Register the formatters with ``shell`` (the running IPython by default); False when there is none."""
    if shell is None:
        ipython = sys.modules.get("IPython")
        shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return False
    formatters = shell.display_formatter.formatters
    for module, name in _TYPES:
        formatters["text/html"].for_type_by_name(module, name, to_html)
        formatters["text/markdown"].for_type_by_name(module, name, to_markdown)
    return True
