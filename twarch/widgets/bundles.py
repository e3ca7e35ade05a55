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


#: Bars whose category names run longer than this lie horizontally, names on the y axis, where they fit.
LONG_CATEGORY = 14


def _horizontal(spec: dict[str, Any]) -> None:
    """Vertical bars with long category names -> horizontal bars, the names on the y axis (stacked order kept)."""
    bars = [t for t in spec["data"] if t.get("type") == "bar" and t.get("orientation") in (None, "v")]
    if not bars or not all(isinstance(t.get("x"), list) for t in bars):
        return
    if max((len(str(x)) for t in bars for x in t["x"]), default=0) <= LONG_CATEGORY:
        return
    for t in bars:
        t["x"], t["y"], t["orientation"] = t.get("y"), t["x"], "h"
        if isinstance(t.get("hovertemplate"), str):
            t["hovertemplate"] = t["hovertemplate"].replace("%{x}", "%{_y}").replace("%{y", "%{x").replace(
                "%{_y}", "%{y}")
    layout = spec["layout"]
    layout["xaxis"], layout["yaxis"] = layout.get("yaxis", {}), {**layout.get("xaxis", {}), "automargin": True}
    for shape in layout.get("shapes", ()):  # target and limit lines run across the value axis
        shape.update({"x0": shape.get("y0"), "x1": shape.get("y1"), "xref": shape.get("yref", "x"),
                      "y0": shape.get("x0"), "y1": shape.get("x1"), "yref": shape.get("xref", "paper")})
    for note in layout.get("annotations", ()):
        if note.get("yref") not in (None, "paper") or note.get("xref") == "paper" and note.get("yref") != "paper":
            note.update({"x": note.get("y"), "y": 1, "xref": "x", "yref": "paper", "yanchor": "bottom",
                         "textangle": -90})


def _rename(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, str):
        return human_names(value, names)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return [human_names(v, names) for v in value]
    return value


def figure_bundle(fig: Any, names: dict[str, str] | None = None) -> dict[str, Any]:
    """A plotly figure as a display-data output (its own MIME type, which JupyterLab and Voila render): as wide as
    its panel, speaking of providers, transports (and ``names``) by name in every title, axis, label and note, its
    legend above the plot (never over the axis labels), long category names on horizontal bars."""
    spec = json.loads(fig.to_json())
    known = {**_names(), **(names or {})}
    layout = spec["layout"]
    layout.pop("width", None)
    layout.update(autosize=True, height=CHART_HEIGHT)
    for trace_spec in spec["data"]:
        for field in ("x", "y", "text", "name", "customdata"):
            if field in trace_spec:
                trace_spec[field] = _rename(trace_spec[field], known)
    for part in (layout.get("title", {}), layout.get("xaxis", {}).get("title", {}),
                 layout.get("yaxis", {}).get("title", {}), *layout.get("annotations", ())):
        if isinstance(part, dict) and isinstance(part.get("text"), str):
            part["text"] = human_names(part["text"], known)
    _horizontal(spec)
    if layout.get("showlegend", True):
        layout["legend"] = {"orientation": "h", "x": 0, "y": 1.02, "xanchor": "left", "yanchor": "bottom"}
        layout.setdefault("margin", {})["t"] = 90
    spec["config"] = {"displaylogo": False, "responsive": True}
    title = layout.get("title", {}).get("text") or "plotly figure"
    return {"output_type": "display_data", "metadata": {},
            "data": {PLOTLY_MIME: spec, "text/plain": f"<plotly figure: {title}>"}}


def note_bundle(text: str) -> dict[str, Any]:
    return {"output_type": "display_data", "metadata": {},
            "data": {"text/html": f"<p><i>{esc(text)}</i></p>", "text/plain": text}}
