"""Monthly cost, latency and sensitivity as pandas tables and plotly figures (pandas and plotly load here).

Figures are deterministic and small: ``template="none"``, fixed size, plain Python lists, no random ids.

* :func:`bill_frame`: the bill as a tidy DataFrame (line, product, quantity, unit, unit_price, monthly_cost, source,
  as_of, checked, status), the unpriced lines with empty costs;
* :func:`bill_figure`: a waterfall of the priced lines up to the total;
* :func:`tornado_figure`: the monthly total against -/+50% of each input, largest swing on top;
* :func:`latency_figure`: the design's segments stacked beside Twilio's own budget;
* :func:`break_even_figure`: the two cheapest stacks' totals along the variable they cross on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from ..estimates.bill import Bill, _design
from ..estimates.latency import LatencyBudget, twilio_reference
from ..estimates.volumes import Volumes
from ..estimates.whatif import BreakEven, Sensitivity, _candidate_total, candidates
from ..knowledge.providers import fact

WIDTH, HEIGHT = 900, 500
COLUMNS = ("line", "product", "quantity", "unit", "unit_price", "monthly_cost", "source", "as_of", "checked", "status")


def bill_frame(b: Bill, unpriced: bool = True) -> pd.DataFrame:
    """The bill as a tidy DataFrame indexed by line id (unpriced lines last, with empty unit price and cost)."""
    rows = [line.to_dict() for line in (*b.lines, *(b.unpriced if unpriced else ()))]
    frame = pd.DataFrame.from_records(rows, columns=("id", *COLUMNS)).set_index("id")
    return frame


def _layout(fig: go.Figure, title: str, xaxis: str, yaxis: str, height: int = HEIGHT) -> go.Figure:
    fig.update_layout(template="none", width=WIDTH, height=height, title={"text": title},
                      xaxis={"title": {"text": xaxis}}, yaxis={"title": {"text": yaxis}},
                      margin={"l": 70, "r": 30, "t": 60, "b": 120}, showlegend=False)
    return fig


def bill_figure(b: Bill) -> go.Figure:
    """A waterfall of the bill's priced lines, ending on the monthly total."""
    labels = [line.line.split(":")[0] if len(line.line) > 38 else line.line for line in b.lines]
    values = [float(line.cost) for line in b.lines]
    fig = go.Figure(go.Waterfall(
        x=[*labels, "Total"], y=[*values, b.total], measure=[*(["relative"] * len(values)), "total"],
        text=[f"${v:,.2f}" for v in (*values, b.total)], textposition="outside",
        hovertemplate="%{x}: $%{y:,.2f}<extra></extra>", connector={"line": {"color": "#888", "width": 1}}))
    note = f"{len(b.unpriced)} line(s) without a sourced price are not in the total" if b.unpriced else ""
    if note:
        fig.add_annotation(text=note, xref="paper", yref="paper", x=0, y=1.02, showarrow=False, xanchor="left")
    return _layout(fig, f"Monthly cost: ${b.total:,.2f}", b.stack.label(), "USD per month")


def tornado_figure(sens: Sensitivity, top: int = 12) -> go.Figure:
    """The monthly total with each input at -/+ the spread, largest swing on top (a tornado)."""
    swings = list(sens.swings[:top])[::-1]
    names = [s.input for s in swings]
    fig = go.Figure()
    fig.add_trace(go.Bar(name=f"-{sens.spread:.0%}", y=names, x=[round(s.low_total - sens.base_total,
                                                                       2) for s in swings],
                         base=[sens.base_total] * len(swings), orientation="h", marker={"color": "#0263E0"},
                         hovertemplate="%{y} -: total $%{customdata:,.2f}<extra></extra>",
                         customdata=[s.low_total for s in swings]))
    fig.add_trace(go.Bar(name=f"+{sens.spread:.0%}", y=names, x=[round(s.high_total - sens.base_total, 2)
                                                                  for s in swings],
                         base=[sens.base_total] * len(swings), orientation="h", marker={"color": "#F22F46"},
                         hovertemplate="%{y} +: total $%{customdata:,.2f}<extra></extra>",
                         customdata=[s.high_total for s in swings]))
    fig.add_vline(x=sens.base_total, line={"dash": "dash", "width": 1, "color": "#444"},
                  annotation={"text": f"${sens.base_total:,.2f}"})
    fig.update_layout(barmode="overlay", showlegend=True)
    fig = _layout(fig, f"What drives the bill: each input -/+{sens.spread:.0%}", "USD per month", "",
                  height=max(HEIGHT, 40 * len(swings) + 160))
    fig.update_layout(margin={"l": 7 * max(len(n) for n in names) + 20 if names else 70})  # room for the names
    return fig


def latency_figure(budget: LatencyBudget) -> go.Figure:
    """The design's turn gap stacked by part: the component sum, Twilio's measured figure for ConversationRelay where
    it applies (the verdict's reading is marked), and Twilio's own budget, with Twilio's target and limit."""
    reference = twilio_reference()
    bars = [(f"{budget.stack}<br>(component sum)", [(s.label, s.ms) for s in budget.segments])]
    measured = budget.measured()
    if measured is not None:
        bars.append(("Twilio's measured figure<br>for ConversationRelay", [(label, ms) for label, ms, _ in
                                                                         measured.parts]))
    bars.append(("Twilio's targets", [(s.label, s.ms) for s in reference.segments]))
    used = 1 if measured is not None and budget.reading.id == "measured" else 0
    bars[used] = (bars[used][0] + "<br><b>the verdict's reading</b>", bars[used][1])
    fig = go.Figure()
    seen: list[str] = []
    for _, parts in bars:
        seen += [label for label, _ in parts if label not in seen]
    columns = [name for name, _ in bars]
    for label in seen:
        values = [next((ms or 0 for lbl, ms in parts if lbl == label), 0) for _, parts in bars]
        fig.add_trace(go.Bar(name=label, x=columns, y=values,
                             hovertemplate="%{x}<br>" + label + ": %{y:.0f} ms<extra></extra>"))
    for fid, text, dash in (("mouth_to_ear_target_ms", "Twilio target", "dash"),
                            ("mouth_to_ear_limit_ms", "Twilio limit", "solid")):
        value = fact(fid).value
        fig.add_hline(y=value, line={"dash": dash, "width": 1.5, "color": "#444"},
                      annotation={"text": f"{text} {value:,.0f} ms", "xanchor": "left"}, annotation_position="top left")
    fig.update_layout(barmode="stack", showlegend=True, legend={"orientation": "h", "y": -0.2})
    missing = "" if budget.complete else f" (no figure for {', '.join(budget.missing)})"
    r = budget.reading
    ms = f"{r.ms:.0f} ms" if r.ms is not None else f"at least {r.known_ms:.0f} ms"
    return _layout(fig, f"Mouth-to-ear on {r.label}: {ms}{missing}", "", "milliseconds")


def break_even_figure(design: Any, result: BreakEven, volumes: Volumes | Mapping[str, Any] | None = None,
                      points: int = 12) -> go.Figure:
    """The two cheapest stacks' monthly totals along the break-even variable."""
    rec = _design(design)
    v = Volumes.from_mapping(volumes)
    pool = {c.name: c for c in candidates(rec, v)}
    step = (result.high - result.low) / (points - 1)
    xs = [round(result.low + k * step, 4) for k in range(points)]
    fig = go.Figure()
    for name in (result.cheapest, result.runner_up):
        ys = [round(_candidate_total(rec, v.replace(**{result.variable: x}), pool[name]), 2) for x in xs]
        fig.add_trace(go.Scatter(name=name, x=xs, y=ys, mode="lines+markers",
                                 hovertemplate=name + ": %{x:g} -> $%{y:,.2f}<extra></extra>"))
    if result.at is not None:
        fig.add_vline(x=result.at, line={"dash": "dash", "width": 1, "color": "#444"},
                      annotation={"text": f"break-even {result.at:g}"})
    fig.update_layout(showlegend=True, legend={"orientation": "h", "y": -0.2})
    return _layout(fig, f"Break-even along {result.variable}", result.variable, "USD per month")


__all__ = ["bill_figure", "bill_frame", "break_even_figure", "latency_figure", "tornado_figure"]
