"""The Wizard's live results: one output widget per part of the recommendation, updated in place.

:class:`Results` owns the output widgets and :meth:`Results.render` brings them up to date with a
recommendation. Each output has a *key*: the plain data it is drawn from (for the diagram, its DOT
source). An output whose key did not change is not touched; one whose key changed gets a new
``HTML.value`` / ``Output.outputs`` in one assignment, inside ``hold_sync()``: no widget is cleared
and re-filled, so nothing flickers. :meth:`Results.render` returns the names it updated.

=================  ======================================  ==========================================
output             DOM class                               re-rendered when this changes
=================  ======================================  ==========================================
level badge        ``twarch-level``                        level, level name
mode               ``twarch-mode-result``                  mode, its signals
next question      ``twarch-next``                         mode, open questions
diagram            ``twarch-diagram``                      the DOT source of ``diagram(rec)``
decisions          ``twarch-decisions``                    decisions (path, package, transport, STT/TTS ...)
what had to give   ``twarch-tradeoffs``                    components ruled out, their instead, the nearest design
freshness          ``twarch-freshness``                    how current the facts behind the design are
products           ``twarch-products``                     products, skipped products
skills             ``twarch-skills``                       product / setup / guardrail skills
warnings           ``twarch-warnings``                     warnings
GA gaps            ``twarch-ga``                           GA gaps and what works at GA
regulations        ``twarch-regulations``                  regulations
eligibility        ``twarch-eligibility``                  each component against HIPAA, PCI DSS, region, countries
latency chart      ``twarch-latency``                      voice transport, STT / TTS vendors
cost chart         ``twarch-cost``                         voice transport
monthly bill       ``twarch-bill``                         the bill (Volumes answers, products, providers)
bill chart         ``twarch-bill-chart``                   the bill
what drives it     ``twarch-tornado``                      the bill
design latency     ``twarch-design-latency``               the design's latency budget
capacity           ``twarch-capacity``                     the capacity plan (peak, tenants, escalations)
=================  ======================================  ==========================================

Beside the panels, :class:`Results` keeps three views with controls of their own: the provider comparison
(``twarch-providers``, :mod:`.provider_view`), the checklist (``twarch-checklist``, :mod:`.checklist_view`) and
the change line (``twarch-changes``, :mod:`.changes`): what the last answer added to or removed from the
diagram (the added components outlined in the SVG, class ``twarch-added``), the level, the new warnings
(marked ``twarch-new`` in the warnings tab) or, when the design did not change, why.

Charts are plotly figures shown through their own MIME type in an ``Output`` widget, sized to their panel,
with the providers' names instead of their ids; the ``Output.outputs`` tuple is replaced whole, never
cleared. SVG renders are cached by DOT source.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import graphviz
import ipywidgets as widgets

from ..checklists import Checklist
from ..knowledge.products import PRODUCTS
from ..recommendation import SKILL_GROUPS, Item, Recommendation
from ..render.diagram import INSTALL_HINT, diagram
from ..render.freshness import freshness_line
from ..render.reports import eligibility_section, gives_section, section_html
from ..render.wording import by_severity, reason_sentence, rich_text
from ..text import esc
from . import estimates
from .bundles import figure_bundle, note_bundle
from .changes import Change, change_html, what_changed
from .checklist_view import ChecklistView
from .guidance import NextQuestion, next_question
from .provider_view import ProviderView

LEVEL_COLOURS = {1: "#0258C7", 2: "#6E49C4", 3: "#9A5300", 4: "#C8102E"}  # white text on each meets WCAG AA
_CACHE_SIZE = 64


class _LRU(OrderedDict):
    """A small least-recently-used cache: the renders of recent keys (e.g. toggling an answer back)."""

    def __init__(self, size: int = _CACHE_SIZE) -> None:
        super().__init__()
        self.size = size
        self.hits = 0
        self.misses = 0

    def get_or_make(self, key: Any, make: Callable[[], Any]) -> Any:
        if key in self:
            self.hits += 1
            self.move_to_end(key)
            return self[key]
        self.misses += 1
        value = self[key] = make()
        if len(self) > self.size:
            self.popitem(last=False)
        return value


SVG_CACHE = _LRU()
FIGURE_CACHE = _LRU()


def clear_caches() -> None:
    """Forget every cached render (the benchmark uses this to measure cold renders)."""
    for cache in (SVG_CACHE, FIGURE_CACHE):
        cache.clear()
        cache.hits = cache.misses = 0


# ------------------------------------------------------------------------------------------- HTML helpers


def trace(item: Item) -> str:
    """The rule trace behind an item, behind a disclosure: the rule, the facts it read, the playbook section."""
    return (f'<details class="twarch-trace"><summary>Rule trace</summary>'
            f"{rich_text(str(item.why))}</details>")


def reason(item: Item) -> str:
    """An item's reason in plain words, then its rule trace behind a disclosure."""
    sentence = reason_sentence(item)
    plain = f'<div class="twarch-reason">{esc(sentence)}</div>' if sentence else ""
    return plain + trace(item)


def item_list(items: tuple[Item, ...], lead: Callable[[Item], str] = lambda i: "", empty: str = "none") -> str:
    """Items as an HTML list, each with its plain reason and its trace; every text escaped (backtick spans as code,
    glossary terms explained)."""
    if not items:
        return f"<p><i>{esc(empty)}</i></p>"
    rows = []
    for item in items:
        head = lead(item)
        head = f"<b>{head}</b>: " if head else ""
        rows.append(f'<li data-id="{esc(item.id)}">{head}{rich_text(item.text)}{reason(item)}</li>')
    return "<ul class='twarch-items'>" + "".join(rows) + "</ul>"


def section(title: str, body: str) -> str:
    return f"<h3>{esc(title)}</h3>{body}"


def svg_of(dot_source: str) -> str:
    """The SVG for a DOT source (cached), or the escaped DOT source with an install hint without ``dot``."""
    def make() -> str:
        try:
            svg = graphviz.Source(dot_source).pipe(format="svg", encoding="utf-8")
        except graphviz.ExecutableNotFound:
            return (f'<div class="twarch-dot-missing"><p>{esc(INSTALL_HINT)}</p>'
                    f'<pre style="white-space:pre;overflow-x:auto">{esc(dot_source)}</pre></div>')
        return fit_width(svg[svg.find("<svg"):])
    return SVG_CACHE.get_or_make(dot_source, make)


_SVG_SIZE = re.compile(r'^<svg width="([\d.]+)pt" height="([\d.]+)pt"')
#: The smallest node text the fitted diagram shows, in CSS pixels: at the desk and in projector mode (issue 21:
#: 11 px at 1366x768, 16 px for the room). Below it the diagram keeps that size and its panel scrolls.
READABLE_PX, PROJECTOR_PX = 11.0, 16.0


def fit_width(svg: str) -> str:
    """The SVG sized by the stylesheet: fitted to its panel (and, in projector mode and full size, to the window's
    height too), but never smaller than :data:`READABLE_PX` node text (:data:`PROJECTOR_PX` in projector mode) and
    never larger than its own size (1.6 times in projector mode). Its natural size, aspect ratio and the scale of
    the readable floor ride along as CSS variables; the zoom buttons override the fit (``twarch-zoom-*``)."""
    from ..render.diagram import LINE_PT

    found = _SVG_SIZE.match(svg)
    if not found:
        return svg
    width, height = float(found.group(1)) * 4 / 3, float(found.group(2)) * 4 / 3  # pt -> CSS px
    line_px = LINE_PT * 4 / 3
    style = (f"--tw-w:{width:.0f}px;--tw-ratio:{width / height:.4f};--tw-floor:{READABLE_PX / line_px:.4f};"
             f"--tw-room:{PROJECTOR_PX / line_px:.4f}")
    return _SVG_SIZE.sub(f'<svg class="twarch-svg" style="{style}" width="{width:.0f}" height="{height:.0f}"', svg,
                         count=1)


def mark_added(svg: str, component_ids: tuple[str, ...]) -> str:
    """The SVG with the named components' node groups in class ``twarch-added`` (outlined by the stylesheet)."""
    for component in component_ids:
        svg = re.sub(r'(<g id="node\d+" class=")node(">\n<title>' + re.escape(component) + "</title>)",
                     r"\1node twarch-added\2", svg, count=1)
    return svg


def mark_new(markup: str, item_ids: tuple[str, ...]) -> str:
    """A list's HTML with a "new" tag on the items with these ids."""
    for item_id in item_ids:
        markup = markup.replace(f'<li data-id="{esc(item_id)}">',
                                f'<li data-id="{esc(item_id)}" class="twarch-new"><span class="twarch-new-tag">new'
                                "</span> ", 1)
    return markup


# ------------------------------------------------------------------------------------------- the outputs

def _html(css: str, description: str) -> widgets.HTML:
    w = widgets.HTML("", description_allow_html=False)
    w.add_class(css)
    w.tooltip = description
    return w


# ------------------------------------------------------------------------------------------- the panels

Key = Callable[[Recommendation, Any], Any]
Draw = Callable[[Any, Recommendation, Any], Any]


@dataclass(frozen=True)
class Panel:
    """One output of the results: its widget's DOM class, where it sits, and how it is keyed and drawn.

    ``key(rec, mode_result)`` is the plain data the panel is drawn from; ``draw(key, rec, mode_result)``
    returns the new ``HTML.value`` (``kind == "html"``) or ``Output.outputs`` (``kind == "figure"``).
    ``tab`` is the results tab it sits in (``None``: above the tabs).
    """

    name: str
    css: str
    description: str
    tab: str | None
    key: Key
    draw: Draw
    kind: str = "html"


def _items_key(items: tuple[Item, ...]) -> tuple:
    return tuple((i.id, i.text, str(i.why)) for i in items)


_LEVEL_PREFIX = re.compile(r"^Level \d+:\s*")


def _draw_level(_key: Any, rec: Recommendation, _mode: Any) -> str:
    colour = LEVEL_COLOURS.get(rec.level, "#1F2933")
    name = _LEVEL_PREFIX.sub("", rec.level_name)
    return (f'<span class="twarch-badge" style="background:{colour}">Level {rec.level}</span> '
            f'<b class="twarch-level-name">{esc(name)}</b>')


def _mode_key(_rec: Recommendation, found: Any) -> Any:
    return None if found is None else (found.activates, found.mode, found.signals, found.why)


def _draw_mode(_key: Any, _rec: Recommendation, found: Any) -> str:
    if found is None:
        return "<i>No request yet: describe what you want to build in Step 1.</i>"
    if not found.activates:
        return f'<span title="{esc(found.why)}"><b>Not activated</b>: {esc(found.why)}</span>'
    chips = " ".join(f"<code>{esc(s)}</code>" for s in found.signals) or "<i>none</i>"
    return (f'<span title="{esc(found.why)}"><b>{esc(found.mode.title())} mode</b> '
            f'<span data-mode="{esc(found.mode)}"></span>· signals: {chips}</span>')


def _next_key(rec: Recommendation, _mode: Any) -> Any:
    return next_question(rec)


def _draw_next(found: NextQuestion | None, rec: Recommendation, _mode: Any) -> str:
    if found is None:
        if rec.mode == "discovery":
            return "<b>Every question is answered</b>, the five essential ones included."
        return "<b>Every question is answered.</b>"
    options = " / ".join(found.options)
    where = (f"{found.left} more of the five essential questions after this one" if found.essential
             else f"{found.left} more to answer after this one")
    return (f'<div data-question="{esc(found.id)}" data-step="{esc(found.step)}" class="twarch-next-line">'
            f"<b>Next</b> ({esc(found.step_tab)}): {esc(found.text)}"
            + (f" <small>({esc(options)})</small>" if options else "")
            + (f" <small>· {where}</small>" if found.left else "") + "</div>")


def _draw_products(_key: Any, rec: Recommendation, _mode: Any) -> str:
    def lead(item: Item) -> str:
        name = PRODUCTS[item.id].name
        return "" if item.text.startswith(name) else esc(name)
    body = section("Products", item_list(rec.products, lead))
    if rec.skipped:
        body += section("Skipped", item_list(rec.skipped))
    return body


def _draw_skills(_key: Any, rec: Recommendation, _mode: Any) -> str:
    return "".join(section(f"{group.title()} skills",
                           item_list(rec.skills.get(group, ()), lambda i: f"<code>{esc(i.id)}</code>"))
                   for group in SKILL_GROUPS if rec.skills.get(group))


def _draw_warnings(_key: Any, rec: Recommendation, _mode: Any) -> str:
    if not rec.warnings:
        return section("Warnings", "<p><i>none</i></p>")
    groups = "".join(
        f'<div class="twarch-severity twarch-severity-{severity}"><h3>{esc(heading)} ({len(items)})'
        f' <small>{esc(meaning)}</small></h3>{item_list(items)}</div>'
        for severity, heading, meaning, items in by_severity(rec.warnings))
    return f"<h3>Warnings, most urgent first</h3>{groups}"


def _draw_ga(_key: Any, rec: Recommendation, _mode: Any) -> str:
    words = {"custom_code": "Custom code", "not_available": "Not available at GA"}
    body = section("GA gaps", item_list(rec.ga_gaps, lambda i: esc(words.get(i.get("status"), i.get("status")))))
    if rec.ga_works:
        body += section("Works at GA", item_list(rec.ga_works))
    return body


#: What the Architecture tab says when the answers rule nothing out: the check ran and found nothing to give up.
NOTHING_GIVES = ("Nothing had to give: every component this design uses can run in the answered region, under the "
                 "answered regulations and for the answered countries.")


def _draw_gives(_key: Any, rec: Recommendation, _mode: Any) -> str:
    if not rec.tradeoffs and not rec.nearest:
        return f"<p><small>{esc(NOTHING_GIVES)}</small></p>"
    return section_html(gives_section(rec), shift=1)


def _draw_eligibility(_key: Any, rec: Recommendation, _mode: Any) -> str:
    return section_html(eligibility_section(rec), shift=1) if rec.eligibility else ""


def _figure(make: Callable[[Recommendation], dict[str, Any]]) -> Draw:
    return lambda key, rec, _mode: (FIGURE_CACHE.get_or_make((make.__name__, key), lambda: make(rec)),)


def _list_panel(title: str, field: str, lead: Callable[[Item], str] = lambda i: "") -> Draw:
    return lambda _key, rec, _mode: section(title, item_list(getattr(rec, field), lead))


_LAST_DIAGRAM: list[Any] = [None, None]


def diagram_of(rec: Recommendation) -> Any:
    """``diagram(rec)``, drawn once per recommendation (the panel's key and the change line both read it)."""
    if _LAST_DIAGRAM[0] is not rec:
        _LAST_DIAGRAM[:] = [rec, diagram(rec)]
    return _LAST_DIAGRAM[1]


#: Every output above the tabs or in a results tab, in display order. The provider comparison and the checklist
#: are views of their own (see :class:`Results`).
PANELS: tuple[Panel, ...] = (
    Panel("level", "twarch-level", "capability level", None, lambda r, m: (r.level, r.level_name), _draw_level),
    Panel("mode", "twarch-mode-result", "mode detected from the request", None, _mode_key, _draw_mode),
    Panel("next", "twarch-next", "the next question to answer", None, _next_key, _draw_next),
    Panel("diagram", "twarch-diagram", "architecture diagram", "Architecture",
          lambda r, m: diagram_of(r).source, lambda key, r, m: svg_of(key)),
    Panel("tradeoffs", "twarch-tradeoffs", "what had to give, and the nearest design that keeps it", "Architecture",
          lambda r, m: (_items_key(r.tradeoffs), _items_key(r.nearest)), _draw_gives),
    Panel("decisions", "twarch-decisions", "decisions with their reasons", "Architecture",
          lambda r, m: _items_key(r.decisions), _list_panel("Decisions", "decisions")),
    Panel("freshness", "twarch-freshness", "how current the facts are", "Architecture",
          lambda r, m: freshness_line(r), lambda key, r, m: f"<p><small>{rich_text(key)}</small></p>"),
    Panel("products", "twarch-products", "products with their reasons", "Products & skills",
          lambda r, m: (_items_key(r.products), _items_key(r.skipped)), _draw_products),
    Panel("skills", "twarch-skills", "skills to install", "Products & skills",
          lambda r, m: tuple(_items_key(r.skills.get(g, ())) for g in SKILL_GROUPS), _draw_skills),
    Panel("warnings", "twarch-warnings", "architectural warnings by severity", "Warnings & GA",
          lambda r, m: (_items_key(r.warnings), tuple(w.get("severity") for w in r.warnings)), _draw_warnings),
    Panel("ga", "twarch-ga", "GA constraints", "Warnings & GA",
          lambda r, m: (_items_key(r.ga_gaps), _items_key(r.ga_works)), _draw_ga),
    Panel("regulations", "twarch-regulations", "regulations", "Warnings & GA",
          lambda r, m: _items_key(r.regulations),
          _list_panel("Regulations (not legal advice)", "regulations", lambda i: esc(i.get("name") or i.id))),
    Panel("eligibility", "twarch-eligibility", "each component against the regulations, region and countries",
          "Warnings & GA", lambda r, m: _items_key(r.eligibility), _draw_eligibility),
    Panel("latency", "twarch-latency", "latency budget", "Providers",
          lambda r, m: (r.voice_transport, r.stt_provider, r.tts_provider, r.facts.llm_route),
          _figure(lambda r: _latency_bundle(r)), "figure"),
    Panel("cost", "twarch-cost", "cost per call minute", "Providers",
          lambda r, m: (r.voice_transport, r.facts.llm_route, r.stt_provider, r.tts_provider),
          _figure(lambda r: _cost_bundle(r)), "figure"),
    Panel("bill", "twarch-bill", "monthly bill", estimates.COST_TAB, estimates.bill_key, estimates.draw_bill),
    Panel("bill_chart", "twarch-bill-chart", "monthly bill chart", estimates.COST_TAB, estimates.bill_key,
          estimates.draw_bill_chart, "figure"),
    Panel("tornado", "twarch-tornado", "what drives the bill", estimates.COST_TAB, estimates.bill_key,
          estimates.draw_tornado, "figure"),
    Panel("platforms", "twarch-platforms", "buy versus build at list prices", estimates.COST_TAB,
          estimates.bill_key, estimates.draw_platforms, "figure"),
    Panel("design_latency", "twarch-design-latency", "the design's latency budget", estimates.COST_TAB,
          estimates.latency_key, estimates.draw_latency, "figure"),
    Panel("capacity", "twarch-capacity", "capacity plan", estimates.COST_TAB, estimates.capacity_key,
          estimates.draw_capacity),
)
#: The results tabs, in order; the provider comparison opens the Providers tab, the checklist has the last one.
PROVIDERS_TAB, CHECKLIST_TAB = "Providers", "Checklist"
RESULT_TABS: tuple[str, ...] = (*dict.fromkeys(p.tab for p in PANELS if p.tab), CHECKLIST_TAB)


#: The diagram's zooms, smallest first: all of it in the panel (below the readable floor: the team asked), fitted
#: with the floor, then its own size and larger.
ZOOMS = ("all", "fit", "100", "150", "200", "300")


class Results:
    """The output widgets (one per :data:`PANELS` entry, as attributes of the same name), the provider and
    checklist views, the change line and the diagram's toolbar, and the dependency-aware renderer that keeps
    them current. ``download(name, data, mime)`` is how the toolbar hands a file to the browser."""

    # The panels' widgets, one per PANELS entry in its order (an Output for a figure, else an HTML), declared for
    # the type checker; a check below the class keeps the two lists equal.
    level: widgets.HTML
    mode: widgets.HTML
    next: widgets.HTML
    diagram: widgets.HTML
    tradeoffs: widgets.HTML
    decisions: widgets.HTML
    freshness: widgets.HTML
    products: widgets.HTML
    skills: widgets.HTML
    warnings: widgets.HTML
    ga: widgets.HTML
    regulations: widgets.HTML
    eligibility: widgets.HTML
    latency: widgets.Output
    cost: widgets.Output
    bill: widgets.HTML
    bill_chart: widgets.Output
    tornado: widgets.Output
    platforms: widgets.Output
    design_latency: widgets.Output
    capacity: widgets.HTML

    def __init__(self, on_tick: Callable[[str, str], None],
                 download: Callable[[str, str | bytes, str], None] | None = None) -> None:
        self.widgets: dict[str, widgets.Widget] = {}
        for panel in PANELS:
            if panel.kind == "figure":
                w = widgets.Output(layout=widgets.Layout(min_height="2em"))
                w.add_class(panel.css)
                w.add_class("twarch-chart")
            else:
                w = _html(panel.css, panel.description)
            self.widgets[panel.name] = w
            setattr(self, panel.name, w)
        self.providers = ProviderView()
        self.checklist = ChecklistView(on_tick)
        self.changes = _html("twarch-changes", "what the last answer changed")
        self.download = download
        self.keys: dict[str, Any] = {}
        self.marks: dict[str, tuple[str, ...]] = {}
        self.rec: Recommendation | None = None
        self.change: Change | None = None
        self.opened: set[str] = {RESULT_TABS[0]}  # tabs are drawn when first opened, then kept current
        self.zoom = "fit"
        self.diagram.add_class("twarch-zoom-fit")
        self.diagram_box = widgets.VBox([self._diagram_toolbar(), self.diagram])
        self.diagram_box.add_class("twarch-diagram-box")

    def _diagram_toolbar(self) -> widgets.HBox:
        def button(label: str, tip: str, css: str, act: Callable[[], object], icon: str = "") -> widgets.Button:
            b = widgets.Button(description=label, tooltip=tip, icon=icon, layout=widgets.Layout(width="auto"))
            b.add_class(css)
            b.on_click(lambda _b: act())
            return b
        self.zoom_out = button("−", "zoom out", "twarch-zoom-out", lambda: self.set_zoom(-1))
        self.zoom_fit = button("Fit", "fit the diagram to the panel", "twarch-zoom-reset", lambda: self.set_zoom(0))
        self.zoom_in = button("+", "zoom in", "twarch-zoom-in", lambda: self.set_zoom(1))
        self.full_size = widgets.ToggleButton(value=False, description="Full size", icon="expand",
                                              tooltip="show the diagram over the whole window (press again to close)",
                                              layout=widgets.Layout(width="auto"))
        self.full_size.add_class("twarch-full-size")
        self.full_size.observe(lambda change: self._full(change["new"]), "value")
        svg = button("SVG", "download the diagram as SVG", "twarch-download-svg", lambda: self._save("svg"),
                     "download")
        png = button("PNG", "download the diagram as PNG", "twarch-download-png", lambda: self._save("png"),
                     "download")
        bar = widgets.HBox([self.zoom_out, self.zoom_fit, self.zoom_in, self.full_size, svg, png])
        bar.add_class("twarch-toolbar")
        bar.add_class("twarch-diagram-toolbar")
        return bar

    def set_zoom(self, step: int) -> str:
        """Zoom the diagram one step in (1) or out (-1), or back to fit (0); returns the zoom shown."""
        fit = ZOOMS.index("fit")
        index = fit if step == 0 else min(max(ZOOMS.index(self.zoom) + step, 0), len(ZOOMS) - 1)
        self.diagram.remove_class(f"twarch-zoom-{self.zoom}")
        self.zoom = ZOOMS[index]
        self.diagram.add_class(f"twarch-zoom-{self.zoom}")
        return self.zoom

    def _full(self, on: bool) -> None:
        if on:
            self.diagram_box.add_class("twarch-diagram-full")
        else:
            self.diagram_box.remove_class("twarch-diagram-full")

    def diagram_file(self, fmt: str) -> str | bytes:
        """The diagram shown, as a standalone SVG document (text) or a 144 dpi PNG (bytes)."""
        if self.rec is None:
            raise ValueError("nothing drawn yet")
        graph = diagram_of(self.rec).copy()
        if fmt == "png":
            graph.attr(dpi="144")
            return graph.pipe(format="png")
        return graph.pipe(format="svg", encoding="utf-8")

    def _save(self, fmt: str) -> None:
        if self.download is not None:
            self.download(f"twarch-diagram.{fmt}", self.diagram_file(fmt),
                          "image/svg+xml" if fmt == "svg" else "image/png")

    @property
    def dot_source(self) -> str:
        """The DOT source of the diagram shown."""
        return self.keys.get("diagram", "")

    def tab(self, title: str) -> list[widgets.Widget]:
        """The widgets of one results tab, in order."""
        if title == CHECKLIST_TAB:
            return [self.checklist]
        shown = [self.widgets[p.name] for p in PANELS if p.tab == title]
        if title == PROVIDERS_TAB:
            shown.insert(0, self.providers)
        if self.diagram in shown:
            shown[shown.index(self.diagram)] = self.diagram_box
        return shown

    def open_tab(self, title: str, cl: Checklist, mode_result: Any = None) -> set[str]:
        """A results tab was opened: from now on it is kept current; draws it now. Returns what it drew."""
        if title in self.opened or self.rec is None:
            self.opened.add(title)
            return set()
        self.opened.add(title)
        changed = self._draw(self.rec, mode_result, {p.name: p.key(self.rec, mode_result) for p in PANELS
                                                      if p.tab == title}, self.marks)
        return changed | self._views(self.rec, cl)

    def render(self, rec: Recommendation, cl: Checklist, mode_result: Any = None, compare: bool = True) -> set[str]:
        """Bring every output of the opened tabs up to date with ``rec``; returns the names of the outputs that
        changed. (A tab not opened yet is drawn when it opens: the first screen waits for no chart.)

        With ``compare`` (an answer changed) the change line says what changed since the last render and the
        diagram and warnings mark what is new; without (a first render, a load, a reset) both start afresh."""
        keys = {panel.name: panel.key(rec, mode_result) for panel in PANELS if panel.tab in (None, *self.opened)}
        change = None
        if compare and self.rec is not None:
            change = what_changed(self.rec, rec, self.keys.get("diagram", ""), keys["diagram"])
        marks = {"diagram": change.added if change else (),
                 "warnings": tuple(w.id for w in change.new_warnings) if change else ()}
        changed = self._draw(rec, mode_result, keys, marks)
        line = change_html(change)
        if line != self.changes.value:
            with self.changes.hold_sync():
                self.changes.value = line
            changed.add("changes")
        self.marks, self.rec, self.change = marks, rec, change
        return changed | self._views(rec, cl)

    def _views(self, rec: Recommendation, cl: Checklist) -> set[str]:
        changed = set()
        if PROVIDERS_TAB in self.opened:
            with self.providers.hold_sync():
                if self.providers.show(rec):
                    changed.add("providers")
        if CHECKLIST_TAB in self.opened:
            with self.checklist.hold_sync():
                if self.checklist.show(cl):
                    changed.add("checklist")
        return changed

    def _draw(self, rec: Recommendation, mode_result: Any, keys: dict[str, Any],
              marks: dict[str, tuple[str, ...]]) -> set[str]:
        """Draw the panels whose key (or marks) changed; returns their names."""
        changed = {name for name, key in keys.items()
                   if self.keys.get(name, _MISSING) != key or self.marks.get(name, ()) != marks.get(name, ())}
        updates = []
        for panel in PANELS:
            if panel.name in changed:
                attr = "outputs" if panel.kind == "figure" else "value"
                value = panel.draw(keys[panel.name], rec, mode_result)
                if panel.name == "diagram" and marks["diagram"]:
                    value = mark_added(value, marks["diagram"])
                elif panel.name == "warnings" and marks["warnings"]:
                    value = mark_new(value, marks["warnings"])
                updates.append((self.widgets[panel.name], attr, value))
        for widget, attr, value in updates:
            with widget.hold_sync():
                setattr(widget, attr, value)
        self.keys.update(keys)
        return changed


_PANEL_TYPES = {p.name: "widgets.Output" if p.kind == "figure" else "widgets.HTML" for p in PANELS}
if Results.__annotations__ != _PANEL_TYPES:
    raise ValueError("widgets.outputs: Results declares one attribute per PANELS entry, no other: "
                     + ", ".join(f"{name}: {kind}" for name, kind in _PANEL_TYPES.items()))


_MISSING = object()


def _latency_bundle(rec: Recommendation) -> dict[str, Any]:
    from ..errors import AnswerError
    from ..knowledge.providers import load_providers
    from ..render.providers import latency_budget_figure, llm_for

    if rec.voice_transport is None:
        return note_bundle("No voice channel, so no mouth-to-ear latency budget.")
    relay = rec.voice_transport == "conversation_relay"
    rows = {kind: [p.id for p in load_providers()
                   if p.kind == kind and p.vendor_id == vendor and p.latency_ms is not None
                   and (p.in_conversation_relay or not relay)]
            for kind, vendor in (("stt", rec.stt_provider), ("tts", rec.tts_provider))}
    llm = llm_for(rec.facts.llm_route)
    combos = [(s, llm, t) for s in rows["stt"] for t in rows["tts"]]
    if not combos:
        if "own" in (rec.stt_provider, rec.tts_provider):
            return note_bundle("Your own speech engine has no vendor figure: measure it (the report's latency section "
                               "takes your figures), so no vendor latency budget is drawn.")
        missing = " and ".join(v for k, v in (("stt", rec.stt_provider), ("tts", rec.tts_provider))
                               if v and not rows[k])
        return note_bundle(f"No sourced latency figure for {missing or 'the recommended providers'}, "
                           "so no latency budget is drawn.")
    try:
        return figure_bundle(latency_budget_figure(combos, transport=rec.voice_transport))
    except AnswerError as exc:
        return note_bundle(str(exc))


def _cost_bundle(rec: Recommendation) -> dict[str, Any]:
    from ..errors import AnswerError
    from ..render.providers import cost_latency_figure, llm_for

    if rec.voice_transport is None:
        return note_bundle("No voice channel, so no cost per call minute.")
    if rec.voice_transport == "media_streams":
        return note_bundle("No cost chart for Media Streams: the research found no sourced Media Streams price per "
                           "minute (notebooks/providers.ipynb shows how to draw it with your own price).")
    try:
        fig = cost_latency_figure(llm=llm_for(rec.facts.llm_route), route=rec.voice_transport)
    except AnswerError as exc:
        return note_bundle(exc.problem)
    label_points(fig, rec)
    return figure_bundle(fig)


def label_points(fig: Any, rec: Recommendation) -> None:
    """Name the efficient front's points and star the pairs of the recommended vendors, on the chart itself."""
    import plotly.graph_objects as go

    from ..knowledge.providers import load_providers

    vendor = {p.id: p.vendor_id for p in load_providers()}
    pairs, front = fig.data[0], fig.data[1]
    front.update(mode="lines+markers+text", textfont={"size": 11},  # alternate sides so neighbours do not smear
                 textposition=["top left" if i % 2 else "bottom right" for i in range(len(front.x))])
    mine = [i for i, label in enumerate(pairs.text)
            if [vendor.get(part) for part in label.split(" + ")] == [rec.stt_provider, rec.tts_provider]]
    if mine:
        fig.add_trace(go.Scatter(name="your providers", mode="markers+text", x=[pairs.x[i] for i in mine],
                                 y=[pairs.y[i] for i in mine], text=[pairs.text[i] for i in mine],
                                 textposition="top center", textfont={"size": 10},
                                 marker={"size": 14, "symbol": "star", "color": "#0263E0"},
                                 hovertemplate="%{text}<br>%{x:.0f} ms, %{y:.4f} USD/min<extra></extra>"))
