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
products           ``twarch-products``                     products, skipped products
skills             ``twarch-skills``                       product / setup / guardrail skills
warnings           ``twarch-warnings``                     warnings
GA gaps            ``twarch-ga``                           GA gaps and what works at GA
regulations        ``twarch-regulations``                  regulations
provider table     ``twarch-providers``                    languages, recommended STT / TTS vendors
latency chart      ``twarch-latency``                      voice transport, STT / TTS vendors
cost chart         ``twarch-cost``                         voice transport
monthly bill       ``twarch-bill``                         the bill (Volumes answers, products, providers)
bill chart         ``twarch-bill-chart``                   the bill
what drives it     ``twarch-tornado``                      the bill
design latency     ``twarch-design-latency``               the design's latency budget
capacity           ``twarch-capacity``                     the capacity plan (peak, tenants, escalations)
checklist          ``twarch-checklist``                    checklist items (ticks update one row)
=================  ======================================  ==========================================

Charts are plotly figures shown through their own MIME type in an ``Output`` widget (plotly 7's
``FigureWidget`` needs ``anywidget``, which twarch does not require); the ``Output.outputs`` tuple is
replaced whole, never cleared. SVG renders are cached by DOT source and provider tables by their key.
"""

from __future__ import annotations

import html
import json
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import graphviz
import ipywidgets as widgets

from ..checklists import DONE, TICK_STATUSES, Checklist
from ..knowledge.products import PRODUCTS
from ..knowledge.regimes import regime_name
from ..recommendation import SKILL_GROUPS, Item, Recommendation
from ..render.diagram import INSTALL_HINT, diagram
from ..render.reports import html_text
from . import estimates

PLOTLY_MIME = "application/vnd.plotly.v1+json"
LEVEL_COLOURS = {1: "#0263E0", 2: "#6E49C4", 3: "#C46A00", 4: "#F22F46"}
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
PROVIDER_CACHE = _LRU()
FIGURE_CACHE = _LRU()


def clear_caches() -> None:
    """Forget every cached render (the benchmark uses this to measure cold renders)."""
    for cache in (SVG_CACHE, PROVIDER_CACHE, FIGURE_CACHE):
        cache.clear()
        cache.hits = cache.misses = 0


# ------------------------------------------------------------------------------------------- HTML helpers

def esc(text: Any) -> str:
    return html.escape(str(text))


def _why(item: Item) -> str:
    return f'<div style="color:#5F6B7A;font-size:.85em">Why: {html_text(str(item.why))}</div>'


def item_list(items: tuple[Item, ...], lead: Callable[[Item], str] = lambda i: "", empty: str = "none") -> str:
    """Items as an HTML list, each with its reason; every text escaped (backtick spans as code)."""
    if not items:
        return f"<p><i>{esc(empty)}</i></p>"
    rows = []
    for item in items:
        head = lead(item)
        head = f"<b>{head}</b>: " if head else ""
        rows.append(f'<li data-id="{esc(item.id)}">{head}{html_text(item.text)}{_why(item)}</li>')
    return "<ul style='margin:.2em 0;padding-left:1.2em'>" + "".join(rows) + "</ul>"


def section(title: str, body: str) -> str:
    return f"<h4 style='margin:.6em 0 .2em'>{esc(title)}</h4>{body}"


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


_SVG_SIZE = re.compile(r'^<svg width="[^"]*" height="[^"]*"')


def fit_width(svg: str) -> str:
    """Let the SVG scale down to the panel's width (dot writes a fixed size in points; its viewBox stays)."""
    return _SVG_SIZE.sub('<svg style="max-width:100%;height:auto" width="100%"', svg, count=1)


def figure_bundle(fig: Any) -> dict[str, Any]:
    """A plotly figure as a display-data output (its own MIME type, which JupyterLab and Voila render)."""
    spec = json.loads(fig.to_json())
    spec["config"] = {"displaylogo": False, "responsive": True}
    title = fig.layout.title.text or "plotly figure"
    return {"output_type": "display_data", "metadata": {},
            "data": {PLOTLY_MIME: spec, "text/plain": f"<plotly figure: {title}>"}}


def note_bundle(text: str) -> dict[str, Any]:
    return {"output_type": "display_data", "metadata": {},
            "data": {"text/html": f"<p><i>{esc(text)}</i></p>", "text/plain": text}}


# ------------------------------------------------------------------------------------------- the outputs

def _html(css: str, description: str) -> widgets.HTML:
    w = widgets.HTML("", description_allow_html=False)
    w.add_class(css)
    w.tooltip = description
    return w


class ChecklistView(widgets.VBox):
    """The checklist: a progress line and one row per item with a tick-status dropdown.

    Row widgets are kept per entry id, so a row (and its tick) survives every re-render; the ticks
    themselves live in the model's :class:`~twarch.checklists.Checklist`, apart from the items.
    DOM classes: ``twarch-checklist`` (the box), ``twarch-checklist-progress``, ``twarch-check`` and
    ``twarch-check-<ID>`` (a row), ``twarch-tick`` (its dropdown).
    """

    def __init__(self, on_tick: Callable[[str, str], None]) -> None:
        self.on_tick = on_tick
        self.progress = _html("twarch-checklist-progress", "checklist progress")
        self.rows: dict[str, widgets.HBox] = {}
        self.ids: tuple[str, ...] = ()
        self._syncing = False
        super().__init__([self.progress])
        self.add_class("twarch-checklist")

    def _row(self, item: Any) -> widgets.HBox:
        e = item.entry
        tick = widgets.Dropdown(options=list(TICK_STATUSES), value="not_verified",
                                layout=widgets.Layout(width="9em"), tooltip=f"tick {e.id}")
        tick.add_class("twarch-tick")
        text = widgets.HTML()
        row = widgets.HBox([tick, text], layout=widgets.Layout(align_items="flex-start"))
        row.add_class("twarch-check")
        row.add_class(f"twarch-check-{e.id}")
        row.tick, row.text = tick, text
        tick.observe(lambda change, entry_id=e.id: self._ticked(entry_id, change["new"]), "value")
        return row

    def _ticked(self, entry_id: str, status: str) -> None:
        if not self._syncing:
            self.on_tick(entry_id, status)

    @staticmethod
    def row_html(item: Any, status: str) -> str:
        e = item.entry
        links = "; ".join(f'<a href="{esc(s.url)}" target="_blank" rel="noopener">{esc(s.label)}</a> ({esc(s.as_of)})'
                          for s in e.sources)
        mark = "✓" if status in DONE else "☐"
        return (f'<div data-id="{esc(e.id)}" data-tick="{esc(status)}">{mark} <code>{esc(e.id)}</code> '
                f"<b>{esc(e.title)}</b> <small>({esc(regime_name(e.regime))}; owner: {esc(e.owner)})</small><br>"
                f"{esc(e.obligation)}<div style='color:#5F6B7A;font-size:.85em'>Why: {esc(item.why.because)}"
                f"<br>Sources: {links}</div></div>")

    def show(self, cl: Checklist) -> bool:
        """Show ``cl``: new rows for new ids, existing rows updated only where their text or tick changed.

        Returns whether anything shown changed."""
        self._syncing = True
        changed = False
        try:
            done, total = cl.progress
            progress = (f"<b>Regulatory checklist</b>: {done}/{total} done "
                        "(fulfilled, not required or n/a). <i>Not legal advice.</i>" if total else
                        "<b>Regulatory checklist</b>: no items apply to these answers.")
            if self.progress.value != progress:
                self.progress.value, changed = progress, True
            for item in cl:
                if item.id not in self.rows:
                    self.rows[item.id] = self._row(item)
                row, status = self.rows[item.id], cl.status(item.id)
                if row.tick.value != status:
                    row.tick.value, changed = status, True
                text = self.row_html(item, status)
                if row.text.value != text:
                    row.text.value, changed = text, True
            if cl.ids != self.ids:
                self.ids, changed = cl.ids, True
                self.children = [self.progress, *(self.rows[i] for i in cl.ids)]
        finally:
            self._syncing = False
        return changed

    @property
    def html(self) -> str:
        """Everything the checklist shows, as one HTML string (for tests and exports)."""
        return self.progress.value + "".join(self.rows[i].text.value for i in self.ids)


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


def _draw_level(_key: Any, rec: Recommendation, _mode: Any) -> str:
    colour = LEVEL_COLOURS.get(rec.level, "#1F2933")
    name = rec.level_name.split(": ", 1)[-1]
    return (f'<span style="display:inline-block;background:{colour};color:#fff;border-radius:1em;'
            f'padding:.15em .8em;font-weight:600">Level {rec.level}</span> <b>{esc(name)}</b>')


def _mode_key(_rec: Recommendation, found: Any) -> Any:
    return None if found is None else (found.activates, found.mode, found.signals, found.why)


def _draw_mode(_key: Any, _rec: Recommendation, found: Any) -> str:
    if found is None:
        return "<i>No request yet: type what you want to build and press “Read my request”.</i>"
    if not found.activates:
        return f"<b>Not activated</b>: {esc(found.why)}"
    chips = " ".join(f'<code style="background:#eef">{esc(s)}</code>' for s in found.signals) or "<i>none</i>"
    return (f'<b>{esc(found.mode.title())} mode</b> <span data-mode="{esc(found.mode)}"></span>'
            f"<div>Signals: {chips}</div><div style='color:#5F6B7A;font-size:.85em'>{esc(found.why)}</div>")


def _draw_next(_key: Any, rec: Recommendation, _mode: Any) -> str:
    if rec.mode != "discovery":
        return ""
    if not rec.open_questions:
        return "<b>Discovery</b>: the five essential questions are answered."
    q = rec.open_questions[0]
    options = " / ".join(o["label"] for o in q.get("options", ()))
    rest = len(rec.open_questions) - 1
    return (f'<div data-question="{esc(q.id)}" style="border-left:4px solid #F22F46;padding-left:.5em">'
            f"<b>Next question</b>: {esc(q.text)}"
            + (f" <small>({esc(options)})</small>" if options else "")
            + (f"<br><small>{rest} more open after this one.</small>" if rest else "") + "</div>")


def _draw_products(_key: Any, rec: Recommendation, _mode: Any) -> str:
    body = section("Products", item_list(rec.products, lambda i: esc(PRODUCTS[i.id].name)))
    if rec.skipped:
        body += section("Skipped", item_list(rec.skipped))
    return body


def _draw_skills(_key: Any, rec: Recommendation, _mode: Any) -> str:
    return "".join(section(f"{group.title()} skills",
                           item_list(rec.skills.get(group, ()), lambda i: f"<code>{esc(i.id)}</code>"))
                   for group in SKILL_GROUPS if rec.skills.get(group))


def _draw_ga(_key: Any, rec: Recommendation, _mode: Any) -> str:
    words = {"custom_code": "Custom code", "not_available": "Not available at GA"}
    body = section("GA gaps", item_list(rec.ga_gaps, lambda i: esc(words.get(i.get("status"), i.get("status")))))
    if rec.ga_works:
        body += section("Works at GA", item_list(rec.ga_works))
    return body


def _draw_providers(key: Any, rec: Recommendation, _mode: Any) -> str:
    def make() -> str:
        from ..render.providers import provider_table

        return provider_table(rec.answers).to_html()
    return PROVIDER_CACHE.get_or_make(key, make)


def _figure(make: Callable[[Recommendation], dict[str, Any]]) -> Draw:
    return lambda key, rec, _mode: (FIGURE_CACHE.get_or_make((make.__name__, key), lambda: make(rec)),)


def _list_panel(title: str, field: str, lead: Callable[[Item], str] = lambda i: "") -> Draw:
    return lambda _key, rec, _mode: section(title, item_list(getattr(rec, field), lead))


#: Every output above the tabs or in a results tab, in display order. The checklist is its own view.
PANELS: tuple[Panel, ...] = (
    Panel("level", "twarch-level", "capability level", None, lambda r, m: (r.level, r.level_name), _draw_level),
    Panel("mode", "twarch-mode-result", "mode detected from the request", None, _mode_key, _draw_mode),
    Panel("next", "twarch-next", "the next open question", None,
          lambda r, m: (r.mode, tuple(q.id for q in r.open_questions)), _draw_next),
    Panel("diagram", "twarch-diagram", "architecture diagram", "Architecture",
          lambda r, m: diagram(r).source, lambda key, r, m: svg_of(key)),
    Panel("decisions", "twarch-decisions", "decisions with their reasons", "Architecture",
          lambda r, m: _items_key(r.decisions), _list_panel("Decisions", "decisions")),
    Panel("products", "twarch-products", "products with their reasons", "Products & skills",
          lambda r, m: (_items_key(r.products), _items_key(r.skipped)), _draw_products),
    Panel("skills", "twarch-skills", "skills to install", "Products & skills",
          lambda r, m: tuple(_items_key(r.skills.get(g, ())) for g in SKILL_GROUPS), _draw_skills),
    Panel("warnings", "twarch-warnings", "architectural warnings", "Warnings & GA",
          lambda r, m: _items_key(r.warnings), _list_panel("Warnings", "warnings")),
    Panel("ga", "twarch-ga", "GA constraints", "Warnings & GA",
          lambda r, m: (_items_key(r.ga_gaps), _items_key(r.ga_works)), _draw_ga),
    Panel("regulations", "twarch-regulations", "regulations", "Warnings & GA",
          lambda r, m: _items_key(r.regulations),
          _list_panel("Regulations (not legal advice)", "regulations", lambda i: esc(i.get("name") or i.id))),
    Panel("providers", "twarch-providers", "provider table", "Providers",
          lambda r, m: (r.answers.languages, r.stt_provider, r.tts_provider), _draw_providers),
    Panel("latency", "twarch-latency", "latency budget", "Providers",
          lambda r, m: (r.voice_transport, r.stt_provider, r.tts_provider, r.answers.llm),
          _figure(lambda r: _latency_bundle(r)), "figure"),
    Panel("cost", "twarch-cost", "cost per call minute", "Providers",
          lambda r, m: (r.voice_transport, r.answers.llm), _figure(lambda r: _cost_bundle(r)), "figure"),
    Panel("bill", "twarch-bill", "monthly bill", estimates.COST_TAB, estimates.bill_key, estimates.draw_bill),
    Panel("bill_chart", "twarch-bill-chart", "monthly bill chart", estimates.COST_TAB, estimates.bill_key,
          estimates.draw_bill_chart, "figure"),
    Panel("tornado", "twarch-tornado", "what drives the bill", estimates.COST_TAB, estimates.bill_key,
          estimates.draw_tornado, "figure"),
    Panel("design_latency", "twarch-design-latency", "the design's latency budget", estimates.COST_TAB,
          estimates.latency_key, estimates.draw_latency, "figure"),
    Panel("capacity", "twarch-capacity", "capacity plan", estimates.COST_TAB, estimates.capacity_key,
          estimates.draw_capacity),
)
#: The results tabs, in order; the checklist has the last one.
CHECKLIST_TAB = "Checklist"
RESULT_TABS: tuple[str, ...] = (*dict.fromkeys(p.tab for p in PANELS if p.tab), CHECKLIST_TAB)


class Results:
    """The output widgets (one per :data:`PANELS` entry, as attributes of the same name, plus the checklist)
    and the dependency-aware renderer that keeps them current."""

    def __init__(self, on_tick: Callable[[str, str], None]) -> None:
        self.widgets: dict[str, widgets.Widget] = {}
        for panel in PANELS:
            if panel.kind == "figure":
                w = widgets.Output(layout=widgets.Layout(min_height="2em"))
                w.add_class(panel.css)
            else:
                w = _html(panel.css, panel.description)
            self.widgets[panel.name] = w
            setattr(self, panel.name, w)
        self.checklist = ChecklistView(on_tick)
        self.keys: dict[str, Any] = {}
        self.diagram.layout.overflow = "auto"
        self.providers.layout.overflow = "auto"

    @property
    def dot_source(self) -> str:
        """The DOT source of the diagram shown."""
        return self.keys.get("diagram", "")

    def tab(self, title: str) -> list[widgets.Widget]:
        """The widgets of one results tab, in order."""
        if title == CHECKLIST_TAB:
            return [self.checklist]
        return [self.widgets[p.name] for p in PANELS if p.tab == title]

    def render(self, rec: Recommendation, cl: Checklist, mode_result: Any = None) -> set[str]:
        """Bring every output up to date with ``rec``; returns the names of the outputs that changed."""
        keys = {panel.name: panel.key(rec, mode_result) for panel in PANELS}
        changed = {name for name, key in keys.items() if self.keys.get(name, _MISSING) != key}
        updates = []
        for panel in PANELS:
            if panel.name in changed:
                attr = "outputs" if panel.kind == "figure" else "value"
                updates.append((self.widgets[panel.name], attr, panel.draw(keys[panel.name], rec, mode_result)))
        for widget, attr, value in updates:
            with widget.hold_sync():
                setattr(widget, attr, value)
        self.keys = keys
        with self.checklist.hold_sync():
            if self.checklist.show(cl):
                changed.add("checklist")
        return changed


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
    llm = llm_for(rec.answers.llm)
    combos = [(s, llm, t) for s in rows["stt"] for t in rows["tts"]]
    if not combos:
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
    try:
        return figure_bundle(cost_latency_figure(llm=llm_for(rec.answers.llm), route=rec.voice_transport))
    except AnswerError as exc:
        return note_bundle(str(exc))
