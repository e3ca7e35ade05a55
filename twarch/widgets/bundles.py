"""Display-data bundles the Wizard's output widgets show: plotly figures (as wide as their panel, speaking of
providers by name) and short notes."""

from __future__ import annotations

import json
import re
from typing import Any

from ..knowledge.products import TRANSPORTS
from ..text import esc

PLOTLY_MIME = "application/vnd.plotly.v1+json"
CHART_HEIGHT = 420


def _names() -> dict[str, str]:
    from ..knowledge.providers import load_providers

    names = {p.id: p.label for p in load_providers()}
    names.update(TRANSPORTS)
    return names


def human_names(text: str, names: dict[str, str]) -> str:
    """``text`` with every provider and transport id in it replaced by its name (longest ids first)."""
    for key in sorted(names, key=len, reverse=True):
        if key in text:
            text = re.sub(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", names[key], text)
    return text


def figure_bundle(fig: Any) -> dict[str, Any]:
    """A plotly figure as a display-data output (its own MIME type, which JupyterLab and Voila render): as wide as
    its panel, and speaking of providers by name."""
    spec = json.loads(fig.to_json())
    names = _names()
    layout = spec["layout"]
    layout.pop("width", None)
    layout.update(autosize=True, height=CHART_HEIGHT)
    if layout.get("title", {}).get("text"):
        layout["title"]["text"] = human_names(layout["title"]["text"], names)
    for trace_spec in spec["data"]:
        for field in ("x", "text"):
            values = trace_spec.get(field)
            if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
                trace_spec[field] = [human_names(v, names) for v in values]
    spec["config"] = {"displaylogo": False, "responsive": True}
    title = layout.get("title", {}).get("text") or "plotly figure"
    return {"output_type": "display_data", "metadata": {},
            "data": {PLOTLY_MIME: spec, "text/plain": f"<plotly figure: {title}>"}}


def note_bundle(text: str) -> dict[str, Any]:
    return {"output_type": "display_data", "metadata": {},
            "data": {"text/html": f"<p><i>{esc(text)}</i></p>", "text/plain": text}}
