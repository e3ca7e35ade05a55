"""HTML views of twarch's smaller value classes, as Jupyter displays them (:mod:`twarch.display` registers each).

Recommendations and checklists display through the report renderers; the mode the reader found, a latency budget, a
language intersection and a comparison of two designs display through these. The value classes themselves hold no
markup.
"""

from __future__ import annotations

import html
from typing import Any

from ..estimates.latency import VERDICT_TEXT, LatencyBudget
from ..knowledge.facts import MODES
from ..knowledge.providers import LanguageSupport, fact
from ..reader.request import MODE_TITLES, ModeResult
from ..workshop.compare import Comparison


def mode_html(value: ModeResult) -> str:
    """ModeResult as an HTML table or block, as Jupyter shows it."""
    title = MODE_TITLES.get(value.mode or "", "Not activated")
    chips = "".join(f"<code style='margin-right:.4em'>{html.escape(s)}</code>" for s in value.signals) or "<i>none</i>"
    cells = "".join(f"<td style='padding:0 .8em'>{html.escape(m)}: <b>{value.scores.get(m, 0.0):g}</b></td>"
                    for m in MODES)
    return (f"<div class='twarch-mode'><b>{html.escape(title)} mode</b>" if value.activates else
            f"<div class='twarch-mode'><b>{html.escape(title)}</b>") + (
        f"<div>{html.escape(value.why)}</div><div>Signals: {chips}</div>"
        f"<table><tr>{cells}</tr></table></div>")


def latency_html(value: LatencyBudget) -> str:
    """LatencyBudget as an HTML table or block, as Jupyter shows it."""

    def cell(x: Any) -> str:
        return f"<td>{html.escape(str(x))}</td>"
    rows = "".join(
        "<tr>" + cell(s.label) + cell("n/a" if s.ms is None else f"{s.ms:.0f}") + cell(
            "" if s.p95 is None else f"{s.p95:.0f}") + cell(s.basis + (" (your value)" if s.overridden else ""))
        + cell(f"{s.source} ({s.as_of}; checked {s.checked})") + "</tr>" for s in value.segments)
    foot = "".join(
        f"<tr><th>{html.escape(r.label[:1].upper() + r.label[1:])}" + (" (the verdict's)" if r.id == value.reading.id
                                                                       else "")
        + f"</th><th>{'' if r.ms is None else f'{r.ms:.0f}'}</th><th>{r.sum_p95_ms:.0f}</th><th colspan='2'>"
        + (html.escape(VERDICT_TEXT[value.verdict]) + f" (target {fact('mouth_to_ear_target_ms').value:.0f}, limit "
           f"{fact('mouth_to_ear_limit_ms').value:.0f})" if r.id == value.reading.id else html.escape(r.basis))
        + "</th></tr>" for r in value.readings())
    told = (value.over_limit(), value.attack_first(), value.relay_check(), *value.notes)
    extra = "".join(f"<li>{html.escape(t)}</li>" for t in told if t)
    return (f"<table class='twarch-latency'><caption>{html.escape(value.stack)}: mouth-to-ear turn gap</caption>"
            "<thead><tr><th>Segment</th><th>p50 ms</th><th>p95 ms (sums: not the total's p95)</th><th>Basis</th>"
            "<th>Source</th></tr></thead>"
            f"<tbody>{rows}</tbody><tfoot>{foot}</tfoot></table><ul class='twarch-notes'>{extra}</ul>")


def languages_html(value: LanguageSupport) -> str:
    """LanguageSupport as an HTML table or block, as Jupyter shows it."""
    marks = {"covered": "&#10003; covered", "missing": "&#10007; missing", "unknown": "? unknown"}
    body = "".join(
        f"<tr><td>{html.escape(p.stt)}</td><td>{html.escape(p.tts)}</td><td>{marks[p.status]}</td>"
        f"<td>{html.escape(value.detail(p))}</td></tr>" for p in value.pairs)
    return (f"<table class='twarch-languages'><caption>Languages {html.escape(', '.join(value.languages))}: "
            f"intersection of STT and TTS</caption><thead><tr><th>STT</th><th>TTS</th><th>Status</th>"
            f"<th>Detail</th></tr></thead><tbody>{body}</tbody></table>")


def comparison_html(value: Comparison) -> str:
    """Comparison as an HTML table or block, as Jupyter shows it."""
    a, b = (html.escape(n) for n in value.names)
    if value.same:
        return f'<div class="twarch-compare"><p>No differences between {a} and {b}.</p></div>'
    head = "".join(f"<th>{html.escape(c)}</th>" for c in ["aspect", *value.columns()])
    body = "".join("<tr><th>" + html.escape(r["title"]) + "</th>"
                   + "".join(f"<td>{html.escape(c)}</td>" for c in value.cells(r)) + "</tr>"
                   for r in value.rows)
    return (f'<div class="twarch-compare"><p>{len(value.rows)} aspect(s) differ between {a} and {b}.</p>'
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")
