"""Buy versus build, rendered: the design's month at list prices on all-in voice-agent platforms beside its voice
agent on Twilio, as Markdown, a report/hand-out section, a DataFrame and a plotly chart.

:func:`platforms_markdown` and :func:`platforms_section` are standard library (the hand-out and the report can call
them); :func:`platforms_frame` and :func:`platforms_figure` import pandas and plotly when called. Every row carries
what its rate includes and excludes, its source, the date its figure is as of, the date it was checked and its
status; every view says it is a list-price comparison.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..estimates.platforms import LABEL
from .sections import Line, Section

if TYPE_CHECKING:
    from ..estimates.platforms import Comparison

TWILIO = "Twilio build (this design)"
NOT_IN_BUILD = "Twilio build: not in the figure"


def _usd(low: float, high: float) -> str:
    return f"${low:,.2f}" + (f" to ${high:,.2f}" if high != low else "")


def _md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("<", "\\<").replace(">", "\\>")


def _build_words(c: Comparison) -> str:
    per = f" (${c.build_per_minute:g} a call minute)" if c.build_per_minute is not None else ""
    unpriced = (f"; not in it, no sourced price: {', '.join(c.build_unpriced)}" if c.build_unpriced else "")
    return (f"${float(c.build):,.2f} a month{per}: the bill's voice-agent lines ({', '.join(c.build_lines)}) for "
            f"{c.stack}{unpriced}")


def platforms_markdown(c: Comparison, title: str = "Buy versus build (list prices)") -> str:
    """The comparison as a Markdown section: the Twilio build, then each platform with its rate, its month, what
    the rate includes and excludes, its status and source."""
    out = [f"## {title}", "", f"_{_md(LABEL)}_", "",
           f"{c.calls:,.0f} calls, {c.minutes:,.0f} call minutes a month. **{TWILIO}**: {_md(_build_words(c))}. "
           f"The rest of the bill (${float(c.rest):,.2f}) is the same whichever agent answers.", "",
           "| Platform | Rate | Month (USD) | Includes | Excludes | Status | Source | As of | Checked |",
           "|---|---|---:|---|---|---|---|---|---|"]
    for row in c.platforms:
        p = row.platform
        out.append(f"| {_md(p.platform)} | {p.rate} | {_usd(float(row.low), float(row.high))} | {_md(p.includes)} | "
                   f"{_md(p.excludes)} | {p.status} | {p.source_url} | {p.as_of} | {p.checked} |")
    return "\n".join(out) + "\n"


def platforms_section(c: Comparison) -> Section:
    """The comparison as a report section (the hand-out draws sections): one line per platform, its sources linked."""
    lines = [Line(_build_words(c), TWILIO)]
    lines += [Line(f"{_usd(float(row.low), float(row.high))} a month at {row.platform.rate} ({row.formula})",
                   row.platform.platform,
                   sub=(f"Includes {row.platform.includes}.", f"Excludes {row.platform.excludes}."),
                   links=tuple((f"{row.platform.status} source", url,
                                f"{row.platform.as_of}; checked {row.platform.checked}")
                               for url in row.platform.source_url.split()))
              for row in c.platforms]
    return Section("Buy versus build (list prices)", tuple(lines), intro=LABEL)


def platforms_frame(c: Comparison) -> Any:
    """One row per option (the Twilio build first) with its month, rate, what it includes and excludes, and its
    evidence."""
    import pandas as pd

    rows = [{"option": TWILIO, "monthly_low": float(c.build), "monthly_high": float(c.build),
             "rate": f"${c.build_per_minute:g}/min" if c.build_per_minute is not None else "",
             "includes": "voice minutes, " + ("ConversationRelay" if "conversation_relay" in c.build_lines else
                                              "Media Streams") + ", speech and the LLM, as priced by the bill",
             "excludes": ", ".join(c.build_unpriced) or "the rest of the bill, the same either way",
             "status": "the bill's lines", "source": "see the bill", "as_of": "", "checked": ""}]
    rows += [{"option": r.platform.platform, "monthly_low": float(r.low), "monthly_high": float(r.high),
              "rate": r.platform.rate, "includes": r.platform.includes, "excludes": r.platform.excludes,
              "status": r.platform.status, "source": r.platform.source_url, "as_of": r.platform.as_of,
              "checked": r.platform.checked} for r in c.platforms]
    return pd.DataFrame(rows).set_index("option")


def platforms_figure(c: Comparison) -> Any:
    """Horizontal bars, cheapest at the top: each platform's month at the low end of its rate, a lighter bar to the
    high end of a range, the Twilio build in its own colour; titled as a list-price comparison."""
    import plotly.graph_objects as go

    rows = sorted([(TWILIO, float(c.build), float(c.build), "the bill's voice-agent lines")]
                  + [(r.platform.platform, float(r.low), float(r.high),
                      f"{r.platform.rate}, {r.platform.status}, as of {r.platform.as_of}") for r in c.platforms],
                  key=lambda row: (-row[1], row[0]))
    names = [name for name, *_ in rows]
    colours = ["#F22F46" if name == TWILIO else "#0263E0" for name in names]
    fig = go.Figure()
    fig.add_trace(go.Bar(name="month at the rate (low end of a range)", y=names, x=[low for _, low, _, _ in rows],
                         orientation="h", marker={"color": colours}, customdata=[why for *_, why in rows],
                         hovertemplate="%{y}: $%{x:,.2f} a month<br>%{customdata}<extra></extra>"))
    fig.add_trace(go.Bar(name="to the high end of a published range", y=names,
                         x=[round(high - low, 2) for _, low, high, _ in rows], base=[low for _, low, _, _ in rows],
                         orientation="h", marker={"color": "#9DB9E8"},
                         hovertemplate="%{y}: up to $%{customdata:,.2f} a month<extra></extra>",
                         customdata=[high for _, _, high, _ in rows]))
    fig.update_layout(template="none", barmode="overlay", width=900, height=max(380, 44 * len(rows) + 170),
                      title={"text": f"Buy versus build, list prices: {c.minutes:,.0f} call minutes a month"},
                      xaxis={"title": {"text": "USD a month (read what each rate includes and excludes)"}},
                      legend={"orientation": "h", "y": -0.22},
                      margin={"l": 7 * max(len(n) for n in names) + 20, "r": 30, "t": 60, "b": 110})
    return fig


__all__ = ["TWILIO", "platforms_figure", "platforms_frame", "platforms_markdown", "platforms_section"]
