"""The one-page-per-topic hand-out: a self-contained HTML document that prints to a clean PDF.

It is written from the report's document model (:func:`twarch.render.reports.document`), so every section the
report has appears here too, in the same order, and a section added to the report later appears without an
edit here. Two sections are shown richer than in the report: the warnings, grouped by severity with their
reasons in plain words, and the regulatory checklist, as a table with the team's ticks. The architecture
diagram comes first (the first page), as inline SVG. Nothing is fetched: no font, script, image or style leaves the
file.

Print stylesheet: A4 pages, the diagram scaled to the page, headings kept with what follows, list items and
table rows never split, the checklist starting on a page of its own, table headers repeated on each page.

>>> from twarch import recommend
>>> page = handout(recommend({"channels": ["voice"]}), svg="<svg></svg>")
>>> page.startswith("<!DOCTYPE html>") and "<svg></svg>" in page
True
"""

from __future__ import annotations

from collections.abc import Iterable

from ..checklists import DONE, Checklist, checklist
from ..knowledge.regimes import regime_name
from ..recommendation import Recommendation
from ..text import esc
from .reports import NOT_LEGAL_ADVICE, document, html_text
from .sections import Line, Section
from .wording import by_severity, plain_reason, rich_text, status_word

#: Report sections the hand-out draws its own way (matched by title).
WARNINGS, CHECKLIST = "Warnings", "Regulatory checklist"

STYLE = """
@page { size: A4; margin: 14mm 13mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10.5pt/1.45 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: #1F2933; margin: 0 auto;
       max-width: 184mm; }
header { border-bottom: 2px solid #C8102E; margin-bottom: 6mm; padding-bottom: 2mm; }
h1 { font-size: 19pt; margin: 0 0 1mm; }
h2 { font-size: 13.5pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #D6DCE3; }
h3 { font-size: 11.5pt; margin: 4mm 0 1.5mm; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
ul { margin: 0 0 2mm; padding-left: 5mm; }
li { margin: 1mm 0; break-inside: avoid; page-break-inside: avoid; }
.meta { color: #4A5563; margin: 0; }
.badge { display: inline-block; background: #C8102E; color: #fff; border-radius: 9pt; padding: 0 7pt; \
font-weight: 700; }
.why { display: block; color: #4A5563; font-size: 8.8pt; }
.sources { color: #4A5563; font-size: 8pt; overflow-wrap: anywhere; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; background: #F1F3F5; padding: 0 2pt; \
border-radius: 2pt; }
.diagram { text-align: center; margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
.diagram svg { max-width: 100%; height: auto; max-height: 225mm; }
.severity h3 small { font-weight: normal; color: #4A5563; }
.severity-blocker h3 { color: #A50E24; }
.checklist { break-before: page; page-break-before: always; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; table-layout: fixed; }
col.status { width: 29mm; } col.owner { width: 18mm; }
thead { display: table-header-group; }
th, td { border: 1px solid #C5CDD6; padding: 1.5mm 2mm; vertical-align: top; text-align: left;
         overflow-wrap: anywhere; }
th { background: #EEF2F6; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.tick { overflow-wrap: normal; }
tr.done td.tick { color: #1B6E32; font-weight: 700; }
abbr.twarch-term { text-decoration: none; }
footer { margin-top: 6mm; border-top: 1px solid #D6DCE3; padding-top: 2mm; color: #4A5563; font-size: 8.5pt; }
.screen-only { background: #F0F6FF; border: 1px solid #B8D4FA; padding: 2mm 3mm; border-radius: 2mm; }
@media screen { body { padding: 8mm 4mm; } }
@media print { .screen-only { display: none; } a { color: inherit; text-decoration: none; } }
"""



def _links(links: Iterable[tuple[str, str, str]]) -> str:
    shown = "; ".join(f'<a href="{esc(url)}">{esc(label)}</a> ({esc(as_of)})' for label, url, as_of in links)
    return f'<div class="sources">Sources: {shown}</div>' if shown else ""


def _why(text: str) -> str:
    return f'<span class="why">Why: {html_text(plain_reason(text))}</span>' if text else ""


def _line(line: Line) -> str:
    lead = ""
    if line.lead:
        lead = f"<code>{esc(line.lead)}</code>: " if line.code else f"<strong>{rich_text(line.lead)}</strong>: "
    subs = "".join(f"<li>{rich_text(s)}</li>" for s in line.sub)
    return (f"<li>{lead}{rich_text(line.text)}{_why(line.why)}"
            + (f"<ul>{subs}</ul>" if subs else "") + _links(line.links) + "</li>")


def _section(section: Section) -> str:
    level = min(section.level, 3)
    out = [f"<h{level}>{html_text(section.title)}</h{level}>"]
    if section.intro:
        out.append(f"<p>{rich_text(section.intro)}</p>")
    if section.lines:
        out.append("<ul>" + "".join(_line(line) for line in section.lines) + "</ul>")
    out += [_section(child) for child in section.children]
    return "\n".join(out)


def _warnings(rec: Recommendation) -> str:
    out = [f"<h2>{WARNINGS}, most urgent first</h2>"]
    for severity, heading, meaning, items in by_severity(rec.warnings):
        rows = []
        for item in items:
            sub = ""
            if item.get("playbook"):
                sub = (f"<ul><li>The playbook says: {rich_text(item.get('playbook'))}; twarch differs because "
                       f"{rich_text(item.get('differs'))}.</li></ul>")
            links = tuple((s.label, s.url, s.as_of) for s in item.get("sources", ()))
            rows.append(f"<li>{rich_text(item.text)}{_why(item.why.because)}{sub}{_links(links)}</li>")
        out.append(f'<div class="severity severity-{severity}"><h3>{esc(heading)} ({len(items)}) '
                   f'<small>{esc(meaning)}</small></h3><ul>{"".join(rows)}</ul></div>')
    return "\n".join(out)


def _checklist(cl: Checklist) -> str:
    done, total = cl.progress
    out = ['<section class="checklist">', f"<h2>{CHECKLIST}</h2>",
           f"<p><strong>{done} of {total} done</strong> (fulfilled, not required or not applicable). "
           f"{esc(NOT_LEGAL_ADVICE)}</p>"]
    for regime in cl.regimes:
        out.append(f"<h3>{esc(regime_name(regime))}</h3>")
        out.append('<table><colgroup><col class="status"><col><col class="owner"></colgroup><thead><tr>'
                   '<th scope="col">Status</th><th scope="col">Item</th><th scope="col">Owner</th></tr></thead><tbody>')
        for item in cl:
            if item.regime != regime:
                continue
            e, status = item.entry, cl.status(item.id)
            mark = "☑" if status in DONE else "☐"
            links = _links((s.label, s.url, s.as_of) for s in e.sources)
            out.append(f'<tr class="{"done" if status in DONE else "open"}" data-id="{esc(e.id)}" '
                       f'data-tick="{esc(status)}"><td class="tick">{mark} {esc(status_word(status))}</td>'
                       f"<td><code>{esc(e.id)}</code> <strong>{esc(e.title)}</strong><br>{rich_text(e.obligation)}"
                       f"{links}</td><td>{esc(e.owner)}</td></tr>")
        out.append("</tbody></table>")
    out.append("</section>")
    return "\n".join(out)


def handout(rec: Recommendation, cl: Checklist | None = None, *, svg: str | None = None, session: str = "",
            scenario: str = "") -> str:
    """The hand-out for a recommendation: the diagram (``svg``, drawn with ``dot`` when not given), every section
    of the report, the warnings by severity and the checklist with ``cl``'s ticks, as one HTML document."""
    cl = cl if cl is not None else checklist(rec)
    if svg is None:
        svg = diagram_svg(rec)
    title = "twarch hand-out" + (f" · {session}" if session else "")
    sections = document(rec)
    meta = " · ".join(esc(part) for part in (
        f"Session: {session}" if session else "", f"Scenario: {scenario}" if scenario else "",
        f"Mode: {rec.mode}" if rec.mode else "", f"Checklist: {cl.progress} done" if len(cl) else "") if part)
    body = [f"<header><h1>Recommended architecture <span class=\"badge\">Level {rec.level}</span></h1>",
            f'<p class="meta">{meta}</p>' if meta else "", "</header>",
            '<p class="screen-only">Print this page (Ctrl+P or ⌘P, "Save as PDF") for the PDF hand-out.</p>',
            f'<figure class="diagram" aria-label="architecture diagram">{svg}</figure>']
    for section in sections:
        if section.title == WARNINGS:
            body.append(_warnings(rec))
        elif section.title == CHECKLIST:
            continue  # drawn last, with the ticks, on pages of its own
        else:
            body.append(_section(section))
    if len(cl):
        body.append(_checklist(cl))
    body.append(f"<footer>{esc(NOT_LEGAL_ADVICE)} Generated by twarch from the advisor's playbook and sourced "
                "research.</footer>")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            + "\n".join(part for part in body if part) + "\n</body>\n</html>\n")


def diagram_svg(rec: Recommendation) -> str:
    """The architecture diagram as an inline ``<svg>`` element, or its DOT source with the install hint."""
    import graphviz

    from .diagram import INSTALL_HINT, diagram

    graph = diagram(rec)
    try:
        svg = graph.pipe(format="svg", encoding="utf-8")
    except graphviz.ExecutableNotFound:
        return f"<p>{esc(INSTALL_HINT)}</p><pre>{esc(graph.source)}</pre>"
    return svg[svg.find("<svg"):]
