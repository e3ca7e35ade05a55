"""The hand-out: a one-page landscape leave-behind, then an appendix, in one self-contained HTML document.

**Page 1, the leave-behind** (landscape): who it is for (the customer, the team, the date), the capability level and
the region, the architecture diagram as large as the page allows, and under it four boxes: the blockers, the monthly
cost (the total and the range the sources' readings give), the open questions with who owns them (the essential
questions still open: the customer; the checklist items not done: the owner each names), and the next steps.
The diagram is scaled so that its smallest node text prints at :data:`MIN_PRINTED_PT` or more: on an A4 page when
it fits there, else on an A3 page (:func:`leave_behind_page`).

**The appendix** (portrait A4): every section of the report, in the report's order (:func:`twarch.render.reports.
document`, so a section added to the report later appears here too), with reasons in plain words and no rule traces
(those stay in the report's JSON and the Wizard's "Rule trace"); the warnings grouped by severity, the regulatory
checklist with the team's ticks on pages of its own.

Nothing is fetched: no font, script, image or style leaves the file. Print stylesheet: named pages (``leave`` and
the default), headings kept with what follows, list items and table rows never split, table headers repeated.

>>> from twarch import recommend
>>> page = handout(recommend({"channels": ["voice"]}), svg='<svg width="100pt" height="50pt"></svg>')
>>> page.startswith("<!DOCTYPE html>") and 'class="leave-behind"' in page
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..checklists import DONE, Checklist, checklist
from ..knowledge.checklist import OWNERS
from ..knowledge.regimes import regime_name
from ..recommendation import Item, Recommendation
from ..text import esc
from .reports import NOT_LEGAL_ADVICE, document, html_text
from .sections import Line, Section
from .wording import by_severity, reason_sentence, rich_text, status_word

#: Report sections the hand-out draws its own way (matched by title).
WARNINGS, CHECKLIST = "Warnings", "Regulatory checklist"
#: The smallest printed size of the diagram's node text, in points (issue 21: at least 8 pt printed).
MIN_PRINTED_PT = 8.0
#: Landscape page sizes tried for the leave-behind, smallest first (millimetres, width x height).
PAGES: dict[str, tuple[float, float]] = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}
MARGIN_MM, HEADER_MM, BOXES_MM, SPACING_MM = 8.0, 17.0, 50.0, 10.0
#: How many entries each box on page 1 lists before "and N more in the appendix".
BOX_ITEMS = 4
PT_PER_MM = 72 / 25.4
#: Who owns a checklist item, as the leave-behind says it.
OWNER_WORDS = {"you": "your team", "config": "your team (Twilio settings)", "twilio": "Twilio (to verify)",
               "legal": "counsel"}
if set(OWNER_WORDS) != set(OWNERS):
    raise ValueError(f"render/handout.py: say who owns what for every checklist owner: {sorted(OWNERS)}")

STYLE = """
@page { size: A4 portrait; margin: 14mm 13mm 16mm; }
@page leave { size: %(page)s landscape; margin: %(margin)smm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10.5pt/1.45 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: #1F2933; margin: 0 auto; }
.leave-behind { page: leave; break-after: page; page-break-after: always; display: flex; flex-direction: column;
  height: %(inner_h).1fmm; overflow: hidden; }
.leave-behind header { flex: 0 0 %(header)smm; border-bottom: 2px solid #C8102E; padding-bottom: 1mm;
  display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm; }
.leave-behind h1 { font-size: 17pt; margin: 0; }
.leave-behind .meta { color: #36404B; margin: 0; font-size: 10pt; }
.leave-behind .diagram { flex: 1 1 auto; margin: 2mm 0; display: flex; justify-content: center;
  align-items: center; min-height: 0; overflow: hidden; }
.leave-behind .diagram svg { max-width: 100%%; max-height: 100%%; }
.leave-behind .boxes { flex: 0 0 %(boxes)smm; display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm;
  font-size: 8.5pt; line-height: 1.3; }
.leave-behind .box { border: 1px solid #C5CDD6; border-radius: 2mm; padding: 1.5mm 2.5mm; overflow: hidden; }
.leave-behind .box h2 { font-size: 10pt; margin: 0 0 1mm; border: 0; padding: 0; }
.leave-behind .box ul { margin: 0; padding-left: 4mm; }
.leave-behind .box li { margin: .6mm 0; }
.leave-behind .blockers h2 { color: #A50E24; }
.leave-behind .total { font-size: 13pt; font-weight: 700; margin: 0; }
.leave-behind .owner { color: #36404B; font-style: italic; }
.appendix { max-width: 184mm; margin: 0 auto; }
.appendix > h1 { font-size: 17pt; margin: 0 0 3mm; }
h2 { font-size: 13.5pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #D6DCE3; }
h3 { font-size: 11.5pt; margin: 4mm 0 1.5mm; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
ul { margin: 0 0 2mm; padding-left: 5mm; }
li { margin: 1mm 0; break-inside: avoid; page-break-inside: avoid; }
.badge { display: inline-block; background: #C8102E; color: #fff; border-radius: 9pt; padding: 0 7pt;
  font-weight: 700; }
.why { display: block; color: #4A5563; font-size: 8.8pt; }
.sources { color: #4A5563; font-size: 8pt; overflow-wrap: anywhere; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; background: #F1F3F5; padding: 0 2pt;
  border-radius: 2pt; }
.severity h3 small { font-weight: normal; color: #4A5563; }
.severity-blocker h3 { color: #A50E24; }
.checklist { break-before: page; page-break-before: always; }
table { border-collapse: collapse; width: 100%%; font-size: 8.8pt; table-layout: fixed; }
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
.screen-only { background: #F0F6FF; border: 1px solid #B8D4FA; padding: 2mm 3mm; border-radius: 2mm;
  max-width: 184mm; margin: 4mm auto; }
@media screen { body { padding: 4mm; background: #E9EDF1; } .leave-behind, .appendix { background: #fff;
  padding: 6mm; margin: 0 auto 6mm; } .leave-behind { width: %(page_w).0fmm; height: %(page_h).0fmm; } }
@media print { .screen-only { display: none; } a { color: inherit; text-decoration: none; } }
"""


# ------------------------------------------------------------------------------------------------ page 1

_SVG_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"')
_LEVEL = re.compile(r"^Level \d+:\s*")


@dataclass(frozen=True)
class Placement:
    """Where the diagram goes on page 1: the page (``A4`` or ``A3``, landscape), the diagram's printed size in
    points, and its smallest node text once printed."""

    page: str
    width_pt: float
    height_pt: float
    smallest_pt: float


def leave_behind_page(width_pt: float, height_pt: float, smallest_pt: float) -> Placement:
    """The smallest landscape page on which a diagram of this natural size (its smallest node text
    ``smallest_pt``) fills the diagram's area with that text at :data:`MIN_PRINTED_PT` or more; scaled to fit
    (never enlarged more than 1.6 times)."""
    for page, (w_mm, h_mm) in PAGES.items():
        area_w = (w_mm - 2 * MARGIN_MM) * PT_PER_MM
        area_h = (h_mm - 2 * MARGIN_MM - HEADER_MM - BOXES_MM - SPACING_MM) * PT_PER_MM
        scale = min(area_w / width_pt, area_h / height_pt, 1.6)
        if smallest_pt * scale >= MIN_PRINTED_PT or page == list(PAGES)[-1]:
            return Placement(page, width_pt * scale, height_pt * scale, smallest_pt * scale)
    raise AssertionError("unreachable")


def _sized(svg: str) -> tuple[str, Placement | None]:
    """The diagram's SVG sized for page 1, and where it goes (None for a drawing without a size: no ``dot``)."""
    from .diagram import LINE_PT

    found = _SVG_SIZE.search(svg)
    if not found:
        return svg, None
    place = leave_behind_page(float(found.group(1)), float(found.group(2)), LINE_PT)
    sized = _SVG_SIZE.sub(f'<svg width="{place.width_pt:.1f}pt" height="{place.height_pt:.1f}pt"', svg, count=1)
    return sized, place


def _more(items: list[str], left: int) -> str:
    shown = "".join(f"<li>{item}</li>" for item in items)
    return f"<ul>{shown}</ul>" + (f"<p>… and {left} more in the appendix.</p>" if left > 0 else "")


def _blockers(rec: Recommendation) -> str:
    found = [w for w in rec.warnings if w.get("severity") == "blocker"]
    if not found:
        return '<div class="box blockers"><h2>Blockers</h2><p>None: nothing stops this design.</p></div>'
    items = [f"{rich_text(w.text)}" for w in found[:BOX_ITEMS]]
    return (f'<div class="box blockers"><h2>Blockers ({len(found)})</h2>{_more(items, len(found) - BOX_ITEMS)}'
            "</div>")


def usd(amount: float) -> str:
    return f"${amount:,.0f}"


def monthly_cost(rec: Recommendation) -> tuple[str, str]:
    """The monthly cost as page 1 says it: the total (or why there is none) and the range and basis in words."""
    from ..errors import AnswerError
    from ..estimates.bill import bill

    if rec.voice_transport is not None and rec.answers.calls_per_month is None:
        return "Not priced yet", "Answer calls per month (step 6, Volumes) to price the design."
    try:
        data = bill(rec).to_dict()
    except AnswerError as exc:
        return "Not priced", exc.problem
    totals = [data["total_monthly"], *(r["total_monthly"] for r in data["readings"])]
    low, high = min(totals), max(totals)
    spread = (f"{usd(low)} to {usd(high)} a month, as the sources' readings differ" if high > low else
              "one reading of the sources")
    basis = f"{rec.answers.calls_per_month:,} calls a month" if rec.answers.calls_per_month is not None else \
        "the volumes answered"
    left = " Excludes your own engines." if data["total_excludes_own"] else ""
    return usd(data["total_monthly"]) + " a month", f"{spread}; at {basis}, with sourced defaults for the rest.{left}"


def _cost(rec: Recommendation) -> str:
    total, words = monthly_cost(rec)
    return f'<div class="box cost"><h2>Monthly cost</h2><p class="total">{esc(total)}</p><p>{esc(words)}</p></div>'


def open_questions(rec: Recommendation, cl: Checklist) -> list[tuple[str, str]]:
    """``(question, owner)``: the essential questions still open (the customer answers them), then the checklist
    items not done, with the owner each names."""
    out = [(q.text, "the customer") for q in rec.open_questions]
    out += [(f"{item.entry.title} ({regime_name(item.regime)})", OWNER_WORDS[item.entry.owner])
            for item in cl if cl.status(item.id) not in DONE]
    return out


def _questions(rec: Recommendation, cl: Checklist) -> str:
    found = open_questions(rec, cl)
    if not found:
        return '<div class="box questions"><h2>Open questions</h2><p>None open.</p></div>'
    items = [f'{esc(text)} <span class="owner">{esc(owner)}</span>' for text, owner in found[:BOX_ITEMS]]
    return (f'<div class="box questions"><h2>Open questions ({len(found)}) and owners</h2>'
            f"{_more(items, len(found) - BOX_ITEMS)}</div>")


def _next_steps(rec: Recommendation) -> str:
    steps = list(rec.next_steps)
    if not steps:
        return '<div class="box steps"><h2>Next steps</h2><p>None listed.</p></div>'
    items = [rich_text(s.text) for s in steps[:BOX_ITEMS]]
    return f'<div class="box steps"><h2>Next steps</h2>{_more(items, len(steps) - BOX_ITEMS)}</div>'


def _leave_behind(rec: Recommendation, cl: Checklist, svg: str, customer: str, session: str, date: str,
                  scenario: str) -> str:
    from .diagram import region_note

    who = customer or scenario or session or "Your AI agent on Twilio"
    level_words = _LEVEL.sub("", rec.level_name)  # the badge says "Level 4"
    meta = " · ".join(esc(part) for part in (f"Team: {session}" if session else "", f"Date: {date}" if date else "",
                                              f"Scenario: {scenario}" if scenario and scenario != who else "",
                                              region_note(rec)) if part)
    return (f'<section class="leave-behind">\n<header><div><h1>{esc(who)}</h1><p class="meta">{meta}</p></div>'
            f'<div><span class="badge">Level {rec.level}</span> <strong>{html_text(level_words)}</strong></div>'
            f'</header>\n<figure class="diagram" aria-label="architecture diagram">{svg}</figure>\n'
            f'<div class="boxes">{_blockers(rec)}{_cost(rec)}{_questions(rec, cl)}{_next_steps(rec)}</div>\n'
            "</section>")


# ------------------------------------------------------------------------------------------------ the appendix


def _links(links: Iterable[tuple[str, str, str]]) -> str:
    shown = "; ".join(f'<a href="{esc(url)}">{esc(label)}</a> ({esc(as_of)})' for label, url, as_of in links)
    return f'<div class="sources">Sources: {shown}</div>' if shown else ""


def _line(line: Line) -> str:
    lead = ""
    if line.lead:
        lead = f"<code>{esc(line.lead)}</code>: " if line.code else f"<strong>{rich_text(line.lead)}</strong>: "
    subs = "".join(f"<li>{rich_text(s)}</li>" for s in line.sub)
    return (f"<li>{lead}{rich_text(line.text)}" + (f"<ul>{subs}</ul>" if subs else "") + _links(line.links)
            + "</li>")


def _section(section: Section) -> str:
    level = min(section.level, 3)
    out = [f"<h{level}>{html_text(section.title)}</h{level}>"]
    if section.intro:
        out.append(f"<p>{rich_text(section.intro)}</p>")
    if section.lines:
        out.append("<ul>" + "".join(_line(line) for line in section.lines) + "</ul>")
    out += [_section(child) for child in section.children]
    return "\n".join(out)


def _why(item: Item) -> str:
    sentence = reason_sentence(item)
    return f'<span class="why">{esc(sentence)}</span>' if sentence else ""


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
            rows.append(f"<li>{rich_text(item.text)}{_why(item)}{sub}{_links(links)}</li>")
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
                       f"{links}</td><td>{esc(OWNER_WORDS[e.owner])}</td></tr>")
        out.append("</tbody></table>")
    out.append("</section>")
    return "\n".join(out)


def handout(rec: Recommendation, cl: Checklist | None = None, *, svg: str | None = None, session: str = "",
            scenario: str = "", customer: str = "", date: str = "") -> str:
    """The hand-out for a recommendation: page 1 the leave-behind (for ``customer``, by the team ``session``, on
    ``date``), then the appendix (every report section, the warnings by severity, the checklist with ``cl``'s ticks),
    as one HTML document. ``svg`` is the diagram (drawn with ``dot`` when not given)."""
    cl = cl if cl is not None else checklist(rec)
    sized, place = _sized(svg if svg is not None else diagram_svg(rec, titled=False))
    page = place.page if place is not None else "A4"
    page_w, page_h = PAGES[page]
    title = "twarch hand-out" + (f" · {customer or session}" if customer or session else "")
    body = [_leave_behind(rec, cl, sized, customer, session, date, scenario),
            '<p class="screen-only">Print this page (Ctrl+P or ⌘P, "Save as PDF"): page 1 is the leave-behind '
            f"(landscape {page}), the rest the appendix.</p>",
            '<section class="appendix">', "<h1>Appendix: the design in detail</h1>"]
    for section in document(rec):
        if section.title == WARNINGS:
            body.append(_warnings(rec))
        elif section.title == CHECKLIST:
            continue  # drawn last, with the ticks, on pages of its own
        else:
            body.append(_section(section))
    if len(cl):
        body.append(_checklist(cl))
    body.append(f"<footer>{esc(NOT_LEGAL_ADVICE)} Generated by twarch from the advisor's playbook and sourced "
                "research.</footer></section>")
    style = STYLE % {"page": page, "margin": f"{MARGIN_MM:g}", "header": f"{HEADER_MM:g}", "boxes": f"{BOXES_MM:g}",
                     "inner_h": page_h - 2 * MARGIN_MM - 1, "page_w": page_w, "page_h": page_h}
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
            + "\n".join(part for part in body if part) + "\n</body>\n</html>\n")


def diagram_svg(rec: Recommendation, titled: bool = True) -> str:
    """The architecture diagram as an inline ``<svg>`` element, or its DOT source with the install hint. Without
    ``titled`` the drawing leaves out its title (page 1's header says the level and the region)."""
    import graphviz

    from .diagram import INSTALL_HINT, diagram

    graph = diagram(rec)
    if not titled:
        graph.attr("graph", label="")
    try:
        svg = graph.pipe(format="svg", encoding="utf-8")
    except graphviz.ExecutableNotFound:
        return f"<p>{esc(INSTALL_HINT)}</p><pre>{esc(graph.source)}</pre>"
    return svg[svg.find("<svg"):]
