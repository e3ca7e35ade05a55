"""The Wizard's stylesheet: layout, the stacked layout for narrow windows, projector mode, focus and contrast.

One ``<style>`` element inside the Wizard (an ``HTML`` widget), scoped to ``.twarch-wizard``, so it works in
Voila, JupyterLab and Notebook alike and fetches nothing.

* **Wide (>= 1000 px)**: questions on the left, results on the right; the Wizard fills the window in Voila
  (``body[data-voila]``) or a fixed height in a notebook, and each column scrolls on its own, so the diagram
  stays in view while the questions scroll.
* **Narrow (< 1000 px)**: one column, questions then results; the page scrolls; tab titles wrap, never cut.
* **Projector** (``twarch-projector``): the header's controls and the help texts hidden, larger type, the
  results column twice the questions' width.
* Colours meet WCAG AA on their backgrounds; every focusable element shows a visible focus ring.
"""

from __future__ import annotations

import ipywidgets as widgets

#: Below this width the Wizard stacks its columns.
STACK_BELOW_PX = 1000

CSS = """
.twarch-wizard { --tw-ink: #1F2933; --tw-muted: #4A5563; --tw-line: #C5CDD6; --tw-soft: #F4F6F8;
  --tw-accent: #0258C7; --tw-red: #C8102E; --tw-focus: #0258C7;
  --jp-widgets-font-size: 14px; --jp-ui-font-color1: #1F2933; --jp-ui-font-color2: #36404B;
  --jp-widgets-label-color: #1F2933; --jp-widgets-readout-color: #1F2933;
  color: var(--tw-ink); font-size: 14px; line-height: 1.4; box-sizing: border-box;
  height: min(100vh, 880px); min-height: 0; overflow: hidden; background: #fff; }
body[data-voila] .twarch-wizard { height: 100vh; }
.twarch-wizard * { box-sizing: border-box; }
.twarch-wizard .twarch-style, .twarch-wizard .twarch-bridge { height: 0; min-height: 0; margin: 0; overflow: visible; }

/* header: one compact row */
.twarch-wizard .twarch-header { flex: 0 0 auto; flex-flow: row wrap; align-items: center; gap: 4px 6px;
  padding: 4px 10px; border-bottom: 1px solid var(--tw-line); background: var(--tw-soft); }
.twarch-wizard .twarch-title h1 { font-size: 17px; margin: 0 8px 0 0; white-space: nowrap; }
.twarch-wizard .twarch-header .widget-text { width: 12em; margin: 0; }
.twarch-wizard .twarch-header .widget-label, .twarch-wizard .twarch-statusbar .widget-label { width: auto;
  min-width: 0; margin-right: 4px; }
.twarch-wizard .twarch-session-picker { width: auto; max-width: 16em; margin: 0; }
.twarch-wizard .twarch-header .jupyter-button, .twarch-wizard .twarch-header .widget-upload { width: auto;
  margin: 0; padding: 0 9px; }
.twarch-wizard .twarch-header .widget-dropdown { width: 7.5em; margin: 0; }
.twarch-wizard .twarch-header .twarch-export-link { margin: 0; }
.twarch-wizard .widget-html-content { line-height: 1.4; }
.twarch-wizard .widget-html, .twarch-wizard .widget-html-content { height: auto; min-height: 0; }
.twarch-wizard .twarch-report-export { margin-left: auto; align-items: center; gap: 4px; }
.twarch-wizard .twarch-report-export .widget-dropdown { width: auto; margin: 0; }
.twarch-wizard .twarch-report-export .widget-dropdown select { width: 7.5em; }
.twarch-wizard .twarch-conflict { flex: 0 0 auto; max-height: 45vh; overflow: auto; padding: 6px 10px;
  background: #FFF3CD; border-bottom: 1px solid var(--tw-line); }
.twarch-wizard .twarch-conflict .twarch-merge-row { margin: 4px 0; }
.twarch-wizard .twarch-conflict .twarch-merge-save { width: auto; align-self: flex-start; }
.twarch-wizard .twarch-customer { width: auto; }
.twarch-wizard .twarch-header .jupyter-button, .twarch-wizard .twarch-statusbar .jupyter-button,
.twarch-wizard .twarch-toolbar .jupyter-button, .twarch-wizard .twarch-read-request { flex: 0 0 auto;
  max-width: none; }
.twarch-wizard .twarch-read-request { align-self: flex-start; }
.twarch-wizard .twarch-statusbar { flex: 0 0 auto; flex-wrap: wrap; align-items: center; gap: 6px; padding: 2px 10px;
  min-height: 26px; border-bottom: 1px solid var(--tw-line); font-size: 13px; }
.twarch-wizard .twarch-status { margin: 0; }
.twarch-wizard .twarch-status .twarch-error-text { color: var(--tw-red); font-weight: 600; }
.twarch-wizard .twarch-statusbar .jupyter-button { width: auto; height: 24px; line-height: 24px; margin: 0; }

/* the two columns, each scrolling on its own */
.twarch-wizard .twarch-body { flex: 1 1 auto; min-height: 0; flex-direction: row; }
.twarch-wizard .twarch-questions { flex: 0 0 36%; max-width: 620px; min-width: 330px; min-height: 0;
  padding: 6px 6px 6px 10px; overflow: hidden; }
.twarch-wizard .twarch-results-col { flex: 1 1 auto; min-width: 0; min-height: 0; padding: 6px 10px 6px 8px;
  overflow: hidden; }
.twarch-wizard .twarch-steps, .twarch-wizard .twarch-results { flex: 1 1 auto; min-height: 0; margin: 0; }
.twarch-wizard .widget-tab > .widget-tab-contents { overflow: clip; min-height: 0; flex: 1 1 auto; padding: 0; }
/* clip, not hidden: a focused field or a scrolled-to element must never slide the tab bars or the header away */
.twarch-wizard, .twarch-wizard .twarch-questions, .twarch-wizard .twarch-results-col, .twarch-wizard .widget-tab,
.twarch-wizard .widget-tab > .lm-TabBar, .twarch-wizard .widget-tab > .lm-TabBar .lm-TabBar-content {
  overflow: clip; }
/* each step and each result tab scrolls on its own and keeps its place when you come back to it */
.twarch-wizard .widget-tab > .widget-tab-contents > .widget-box { height: 100%; overflow: auto; padding: 8px 10px; }
.twarch-wizard .widget-tab > .widget-tab-contents > .widget-box > * { flex-shrink: 0; }
.twarch-wizard .widget-tab { display: flex; flex-direction: column; }
.twarch-wizard .twarch-summary { flex: 0 0 auto; align-items: center; gap: 10px; flex-wrap: wrap; }
.twarch-wizard .twarch-summary .widget-html, .twarch-wizard .twarch-summary .widget-html-content { margin: 0; }
.twarch-wizard .twarch-next-row { flex: 0 0 auto; align-items: center; gap: 8px; }
.twarch-wizard .twarch-next-row .twarch-next { flex: 1 1 auto; margin: 0; }
.twarch-wizard .twarch-next-row .jupyter-button { width: auto; flex: 0 0 auto; }
.twarch-wizard .twarch-changes { flex: 0 0 auto; margin: 0; }

/* tab titles wrap onto a second row instead of being cut */
.twarch-wizard .widget-tab > .lm-TabBar { height: auto !important; min-height: 0; flex: 0 0 auto; }
.twarch-wizard .widget-tab > .lm-TabBar .lm-TabBar-content { flex-wrap: wrap; height: auto !important;
  align-items: flex-start; }
.twarch-wizard .widget-tab > .lm-TabBar .lm-TabBar-tab { flex: 0 0 auto; max-width: none; min-width: 0;
  color: var(--tw-ink); }
.twarch-wizard .widget-tab > .lm-TabBar .lm-TabBar-tabLabel { overflow: visible; text-overflow: clip; }
.twarch-wizard .widget-tab > .lm-TabBar .lm-TabBar-tab.lm-mod-current { font-weight: 600; }

/* texts */
.twarch-wizard h2 { font-size: 16px; margin: 2px 0 6px; }
.twarch-wizard h3 { font-size: 15px; margin: 8px 0 4px; }
.twarch-wizard .twarch-field .twarch-labelled { flex-direction: column; align-items: stretch; width: 100%;
  height: auto; }
.twarch-wizard .twarch-field .twarch-labelled > select, .twarch-wizard .twarch-field .twarch-labelled > input {
  flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px) !important; }
.twarch-wizard .twarch-field .twarch-labelled > .widget-label { width: auto; max-width: none; text-align: left;
  font-weight: 700; line-height: 1.3; white-space: normal; padding: 0; margin: 0 0 2px; height: auto; }
.twarch-wizard .twarch-field .twarch-labelled > select,
.twarch-wizard .twarch-field .twarch-labelled > input { align-self: flex-start; max-width: 100%; }
.twarch-wizard .twarch-results h3 { font-size: 14.5px; margin: 10px 0 4px; }
.twarch-wizard .twarch-help { color: var(--tw-muted); font-size: 12.5px; line-height: 1.35; margin: 0; }
.twarch-wizard .twarch-field { margin-bottom: 10px; padding-left: 6px; border-left: 4px solid transparent; }
.twarch-wizard .twarch-field.twarch-next-question { border-left-color: var(--tw-red); }
.twarch-wizard .twarch-error span { color: var(--tw-red); font-weight: 600; }
.twarch-wizard .twarch-prefilled span { background: #FFF3CD; border-radius: .6em; padding: 0 .5em;
  font-size: 12.5px; color: var(--tw-ink); }
.twarch-wizard code { background: #EEF1F6; color: #1F2933; border-radius: 3px; padding: 0 .25em; }
.twarch-wizard abbr.twarch-term { text-decoration: underline dotted; text-underline-offset: 2px; cursor: help; }
.twarch-wizard .twarch-derived { background: #F0F6FF; padding: .2em .5em; border-radius: 4px; }
.twarch-wizard .twarch-derived small { color: var(--tw-muted); }
.twarch-wizard .twarch-items { margin: .2em 0; padding-left: 1.2em; }
.twarch-wizard .twarch-items li { margin: .3em 0; }
.twarch-wizard .twarch-reason { color: var(--tw-muted); font-size: 12.5px; }
.twarch-wizard details.twarch-trace { color: var(--tw-muted); font-size: 12px; }
.twarch-wizard .twarch-tradeoffs .why, .twarch-wizard .twarch-eligibility .why { display: block; color: var(--tw-muted);
  font-size: 12px; }
.twarch-wizard details.twarch-trace summary { cursor: pointer; width: max-content; }
.twarch-wizard .twarch-badge { display: inline-block; color: #fff; border-radius: 1em; padding: .1em .8em;
  font-weight: 700; }
.twarch-wizard .twarch-level-name { font-size: 15px; }
.twarch-wizard .twarch-next-line { border-left: 4px solid var(--tw-red); padding-left: .5em; }
.twarch-wizard .twarch-change { background: #FFF8E1; border-radius: 4px; padding: 2px 8px; font-size: 13px; }
.twarch-wizard .twarch-change-none { background: #EEF1F6; }
.twarch-wizard .twarch-change-added { color: #1B6E32; font-weight: 600; }
.twarch-wizard .twarch-change-removed { color: #A50E24; font-weight: 600; }
.twarch-wizard li.twarch-new { background: #FFF8E1; }
.twarch-wizard .twarch-new-tag { background: #A50E24; color: #fff; border-radius: 3px; padding: 0 4px;
  font-size: 11px; font-weight: 700; text-transform: uppercase; }
.twarch-wizard .twarch-severity-blocker h3 { color: #A50E24; }
.twarch-wizard .twarch-severity h3 small { font-weight: normal; color: var(--tw-muted); }
.twarch-wizard .twarch-toolbar { flex-wrap: wrap; align-items: center; gap: 4px; margin: 2px 0 6px; }
.twarch-wizard .twarch-toolbar .jupyter-button { width: auto; margin: 0; }
.twarch-wizard .twarch-table { border-collapse: collapse; margin: 6px 0 12px; font-size: 13px; }
.twarch-wizard .twarch-table caption { text-align: left; font-weight: 600; padding: 2px 0; }
.twarch-wizard .twarch-table th, .twarch-wizard .twarch-table td { border: 1px solid var(--tw-line);
  padding: 2px 6px; text-align: left; }
.twarch-wizard .twarch-table tr.twarch-chosen td { background: #E8F1FF; font-weight: 600; }
.twarch-wizard .twarch-providers-full .widget-html-content { max-height: 60vh; overflow: auto; }
.twarch-wizard .twarch-check { margin: 4px 0; gap: 8px; }
.twarch-wizard .twarch-tick > .widget-label { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }  /* named for assistive technology, not shown */
.twarch-wizard .twarch-check .widget-html { flex: 1 1 auto; min-width: 0; }
.twarch-wizard .twarch-status-word { font-size: 12px; color: var(--tw-muted); }
.twarch-wizard .twarch-chart { width: 100%; }
.twarch-wizard .twarch-scenario-card .jp-RenderedMarkdown { font-size: 13px; }

/* the diagram: fitted to its panel, never below readable node text (the panel scrolls), never above its own size;
   projector mode and full size fit the window's height too; the zooms override the fit */
.twarch-wizard .twarch-diagram { overflow: auto; margin: 0; }
.twarch-wizard .twarch-diagram svg.twarch-svg { height: auto; max-width: none;
  width: max(calc(var(--tw-w) * var(--tw-floor)), min(100%, var(--tw-w))); }
.twarch-wizard .twarch-diagram.twarch-zoom-all svg.twarch-svg {
  width: min(100%, var(--tw-w), calc((100vh - 250px) * var(--tw-ratio))); }
.twarch-wizard .twarch-diagram.twarch-zoom-100 svg.twarch-svg { width: var(--tw-w); }
.twarch-wizard .twarch-diagram.twarch-zoom-150 svg.twarch-svg { width: calc(var(--tw-w) * 1.5); }
.twarch-wizard .twarch-diagram.twarch-zoom-200 svg.twarch-svg { width: calc(var(--tw-w) * 2); }
.twarch-wizard .twarch-diagram.twarch-zoom-300 svg.twarch-svg { width: calc(var(--tw-w) * 3); }
.twarch-wizard .twarch-diagram-full { position: fixed; inset: 0; z-index: 1000; background: #fff;
  padding: 10px 14px; overflow: auto; }
.twarch-wizard .twarch-diagram-full .twarch-diagram.twarch-zoom-fit svg.twarch-svg {
  width: max(calc(var(--tw-w) * var(--tw-floor)),
             min(100%, calc(var(--tw-w) * 1.6), calc((100vh - 80px) * var(--tw-ratio)))); }
.twarch-wizard .twarch-diagram g.twarch-added > path, .twarch-wizard .twarch-diagram g.twarch-added > polygon,
.twarch-wizard .twarch-diagram g.twarch-added a > path, .twarch-wizard .twarch-diagram g.twarch-added a > polygon {
  stroke: #1B6E32; stroke-width: 3.5; }
.twarch-wizard .twarch-diagram g.twarch-added { animation: twarch-arrive 1.6s ease-out 1; }
@keyframes twarch-arrive { from { opacity: .2; } to { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .twarch-wizard .twarch-diagram g.twarch-added { animation: none; } }

/* focus you can see, and controls with enough contrast */
.twarch-wizard :focus-visible, .twarch-wizard .jupyter-button:focus-visible {
  outline: 3px solid var(--tw-focus) !important; outline-offset: 1px; }
.twarch-wizard input:focus, .twarch-wizard textarea:focus, .twarch-wizard select:focus {
  outline: 2px solid var(--tw-focus) !important; outline-offset: 0; }
.twarch-wizard .jupyter-button { color: var(--tw-ink); background: #E4E8ED; }
.twarch-wizard .jupyter-button.mod-primary { background: var(--tw-accent); color: #fff; }
.twarch-wizard .jupyter-button.mod-active { background: #3D4A57; color: #fff; }
.twarch-wizard .widget-toggle-button.mod-active { background: #3D4A57; color: #fff; }
.twarch-wizard input::placeholder, .twarch-wizard textarea::placeholder { color: #5E6A77; }
.twarch-wizard a { color: var(--tw-accent); }

/* a lost kernel: the banner over everything, the controls visibly inert */
.twarch-connection-lost { position: fixed; top: 0; left: 0; right: 0; z-index: 2000; background: #A50E24;
  color: #fff; padding: 10px 16px; font-size: 15px; box-shadow: 0 2px 8px rgba(0, 0, 0, .35); }
.twarch-connection-lost button { margin-left: 10px; font-size: 14px; padding: 3px 10px; cursor: pointer; }
.twarch-wizard.twarch-offline .twarch-body { opacity: .55; pointer-events: none; }
.twarch-wizard .jupyter-widgets-disconnected::before { display: none; }  /* the banner says it once */

/* projector: no chrome, larger type, the diagram bigger */
.twarch-wizard.twarch-projector { --jp-widgets-font-size: 17px; font-size: 18px; }
.twarch-wizard.twarch-projector .twarch-chrome, .twarch-wizard.twarch-projector .twarch-help,
.twarch-wizard.twarch-projector .twarch-statusbar, .twarch-wizard.twarch-projector .twarch-diagram-toolbar,
.twarch-wizard.twarch-projector details.twarch-trace { display: none !important; }
.twarch-wizard.twarch-projector .twarch-questions { flex-basis: 26%; min-width: 300px; }
.twarch-wizard.twarch-projector .twarch-title h1 { font-size: 22px; }
.twarch-wizard.twarch-projector .twarch-level-name { font-size: 20px; }
.twarch-wizard.twarch-projector h2 { font-size: 20px; }
.twarch-wizard.twarch-projector .twarch-diagram.twarch-zoom-fit svg.twarch-svg {
  width: max(calc(var(--tw-w) * var(--tw-room)),
             min(100%, calc(var(--tw-w) * 1.6), calc((100vh - 190px) * var(--tw-ratio)))); }
.twarch-wizard.twarch-projector .twarch-diagram-full .twarch-diagram.twarch-zoom-fit svg.twarch-svg {
  width: max(calc(var(--tw-w) * var(--tw-room)),
             min(100%, calc(var(--tw-w) * 1.6), calc((100vh - 40px) * var(--tw-ratio)))); }

/* narrow windows: one column, the page scrolls */
@media (max-width: 999px) {
  .twarch-wizard, body[data-voila] .twarch-wizard { height: auto; overflow: visible; }
  .twarch-wizard .twarch-body { flex-direction: column; }
  .twarch-wizard .twarch-questions { flex: none; width: 100%; max-width: none; min-width: 0; padding: 6px; }
  .twarch-wizard .twarch-results-col { flex: none; width: 100%; padding: 6px; }
  .twarch-wizard .widget-tab > .widget-tab-contents,
  .twarch-wizard .widget-tab > .widget-tab-contents > .widget-box { overflow: visible; height: auto; }
  .twarch-wizard .twarch-questions, .twarch-wizard .twarch-results-col { overflow: visible; }
}
"""


def stylesheet() -> widgets.HTML:
    """The stylesheet as a widget to place inside the Wizard (it takes no space)."""
    style = widgets.HTML(f"<style>{CSS}</style>")
    style.add_class("twarch-style")
    return style
