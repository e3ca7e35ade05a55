"""The Providers tab: the chosen speech pair and its alternatives, compact and sortable; the full table on demand.

By default it shows, per kind, the products the design's voice transport can run (ConversationRelay's list, or
every product with Media Streams), the one row the bill prices first (starred "billed"; the recommended vendor's
other products marked "same vendor"), with latency, price, language count and whether each serves the answered
languages; when no product of a kind serves every answered language, a line above the table says so. "Sort by"
and "Show" re-order and filter it; "Full table" opens :func:`twarch.provider_table` (every row, every column),
drawn only while it is open.
DOM classes: ``twarch-providers`` (the view), ``twarch-providers-compact``, ``twarch-providers-full``,
``twarch-providers-sort``, ``twarch-providers-kind``, ``twarch-providers-toggle``.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ..knowledge.providers import COMPARABLE_UNITS, Provider, base_language, load_providers
from ..recommendation import Recommendation

KINDS = {"speech": ("stt", "tts"), "stt": ("stt",), "tts": ("tts",), "llm": ("llm",)}
KIND_NAMES = {"stt": "Speech-to-text", "tts": "Text-to-speech", "llm": "LLM"}
SORTS = {"latency": "Latency", "price": "Price", "languages": "Languages", "name": "Name"}


def _sort_key(how: str) -> Callable[[Provider], tuple[Any, ...]]:
    missing = math.inf
    return {"latency": lambda p: (p.latency_ms if p.latency_ms is not None else missing, p.label),
            "price": lambda p: (p.comparable_price if p.comparable_price is not None else missing, p.label),
            "languages": lambda p: (-(p.language_count or 0), p.label),
            "name": lambda p: (p.label,)}[how]


def rows_for(rec: Recommendation, kind: str) -> list[Provider]:
    """The products of one kind the design could use: ConversationRelay's offer with ConversationRelay."""
    relay = rec.voice_transport == "conversation_relay"
    return [p for p in load_providers() if p.kind == kind and (kind == "llm" or p.in_conversation_relay or not relay)]


def billed_rows(rec: Recommendation) -> dict[str, str | None]:
    """The product row the bill prices for each kind (the one starred "chosen"): the stack the design runs on."""
    from ..estimates.stack import stack_of

    stack = stack_of(rec)
    return {kind: (row.id if row is not None else None) for kind, row in
            (("stt", stack.stt), ("tts", stack.tts), ("llm", stack.llm or stack.text_llm))}


def compact_html(rec: Recommendation, kinds: tuple[str, ...], sort: str) -> str:
    chosen = {"stt": rec.stt_provider, "tts": rec.tts_provider, "llm": rec.facts.llm_route}
    billed = billed_rows(rec)
    bases = tuple(dict.fromkeys(base_language(t) for t in rec.answers.languages or ()))
    parts = []
    for kind in kinds:
        rows = sorted(rows_for(rec, kind), key=_sort_key(sort))
        rows.sort(key=lambda p: (p.id != billed.get(kind), p.vendor_id != chosen[kind]))  # the billed row first
        if bases and kind != "llm" and rows and not any(all(p.speaks(b) for b in bases) for p in rows):
            # a partial list or none never says a language is missing: only that no list confirms it
            unnamed = ", ".join(b for b in bases if not any(p.speaks(b) for p in rows)) or ", ".join(bases)
            unsure = any(p.speaks(b) is None for p in rows for b in bases)
            parts.append(f'<p class="twarch-providers-gap" role="note"><b>No {KIND_NAMES[kind].lower()} product '
                         f"here is confirmed for every language you answered</b> (no sourced list names "
                         f"{html.escape(unnamed)}{'; some lists are partial or missing' if unsure else ''}): ask "
                         "the vendors, or plan a hand-off for those callers.</p>")
        head = ["", "Product", "Latency (ms)", f"Price ({COMPARABLE_UNITS[kind]})", "Languages"]
        if bases and kind != "llm":
            head.append("Your languages")
        body = []
        for p in rows:
            mine = p.id == billed.get(kind)
            cells = ["★ billed" if mine else ("same vendor" if p.vendor_id == chosen[kind] else ""),
                     html.escape(p.label),
                     "—" if p.latency_ms is None else f"{p.latency_ms:.0f}",
                     "—" if p.comparable_price is None else f"{p.comparable_price:g}",
                     "—" if p.language_count is None else str(p.language_count)]
            if bases and kind != "llm":
                said = [p.speaks(b) for b in bases]
                cells.append("✓ all" if all(said) else ("✗ missing" if False in said else
                                                        "? partial list" if p.languages_partial else "? no list"))
            css = ' class="twarch-chosen"' if mine else ""
            body.append(f"<tr{css}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        where = ("offered on ConversationRelay" if rec.voice_transport == "conversation_relay" and kind != "llm"
                 else "all sourced products")
        parts.append(f'<table class="twarch-table" data-kind="{kind}"><caption>{KIND_NAMES[kind]}: {len(rows)} '
                     f"{where}, sorted by {SORTS[sort].lower()}</caption><thead><tr>"
                     + "".join(f'<th scope="col">{h}</th>' for h in head) + "</tr></thead><tbody>"
                     + "".join(body) + "</tbody></table>")
    if rec.voice_transport is None and kinds != ("llm",):
        parts.insert(0, "<p><i>No voice channel: speech providers do not apply to this design.</i></p>")
    return "".join(parts)


class ProviderView(widgets.VBox):
    """The compact provider comparison with its controls, and the full table behind a toggle."""

    def __init__(self) -> None:
        self.sort = widgets.Dropdown(options=[(v, k) for k, v in SORTS.items()], value="latency",
                                     description="Sort by", layout=widgets.Layout(width="14em"))
        self.sort.add_class("twarch-providers-sort")
        self.kind = widgets.ToggleButtons(options=[("Speech", "speech"), ("STT", "stt"), ("TTS", "tts"),
                                                   ("LLM", "llm")], value="speech",
                                          tooltips=["speech-to-text and text-to-speech", "speech-to-text only",
                                                    "text-to-speech only", "language models"],
                                          style={"button_width": "5.5em"})
        self.kind.add_class("twarch-providers-kind")
        self.full_toggle = widgets.ToggleButton(value=False, description="Full table", icon="table",
                                                tooltip="every provider row and column, with sources' dates")
        self.full_toggle.add_class("twarch-providers-toggle")
        self.compact = widgets.HTML()
        self.compact.add_class("twarch-providers-compact")
        self.full = widgets.HTML()
        self.full.add_class("twarch-providers-full")
        self.full.layout.display = "none"
        controls = widgets.HBox([self.kind, self.sort, self.full_toggle])
        controls.add_class("twarch-toolbar")
        super().__init__([controls, self.compact, self.full])
        self.add_class("twarch-providers")
        self.rec: Recommendation | None = None
        self._full_key: Any = None
        for control in (self.sort, self.kind, self.full_toggle):
            control.observe(lambda _change: self._draw(), "value")

    @property
    def value(self) -> str:
        """What the view shows, as HTML (the compact tables, and the full table when open)."""
        return self.compact.value + (self.full.value if self.full_toggle.value else "")

    def show(self, rec: Recommendation) -> bool:
        """Show ``rec``'s providers; returns whether anything shown changed."""
        self.rec = rec
        return self._draw()

    def _draw(self) -> bool:
        if self.rec is None:
            return False
        rec, changed = self.rec, False
        compact = compact_html(rec, KINDS[self.kind.value], self.sort.value)
        if compact != self.compact.value:
            self.compact.value, changed = compact, True
        self.full.layout.display = None if self.full_toggle.value else "none"
        key = (rec.answers.languages, rec.stt_provider, rec.tts_provider)
        if self.full_toggle.value and key != self._full_key:
            from ..render.providers import provider_table

            self.full.value, self._full_key, changed = provider_table(rec.answers).to_html(), key, True
        return changed
