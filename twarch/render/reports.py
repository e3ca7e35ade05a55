"""Reports: a Recommendation as Markdown, a self-contained HTML fragment, or JSON.

Both text formats are written from one document model (:func:`document`), so they always
say the same things in the same order. The Markdown follows the playbook's output format
(Recommended Architecture, Implementation Path, Product / Setup / Guardrail skills) and adds
the reasons, warnings, GA gaps, regulations, checklist, phases and open questions.
Text in backticks is code. What a user typed (the request and the signals found in it) is quoted as
a code span (:func:`twarch.text.md_code`), so no Markdown renderer makes HTML, a heading, a link or an
image of it; in HTML it is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from ..knowledge.channels import CHANNELS
from ..knowledge.claims import CLAIMS
from ..knowledge.products import DESIGN_PARTS, PRODUCTS
from ..knowledge.questions import BY_ID, ESSENTIAL
from ..knowledge.rules import SEVERITIES, TECHNICAL_CHOICES
from ..knowledge.skills import old_names
from ..knowledge.stack import INSTALLS, PACKAGES
from ..recommendation import SKILL_GROUPS, Item, Recommendation
from ..text import md_code, split_code
from .estimates import sections as estimate_sections
from .freshness import freshness_line
from .sections import Line, Section

READ_TITLE = "Read from your request"
READ_INTRO = ("Answers twarch read from the request's words, not given explicitly, and the words it could not read. "
              "If an answer is wrong, answer that question (in the answers file or the Wizard): an explicit answer "
              "always wins.")
#: How many of the request's words the reader did not understand a report lists (the JSON keeps them all).
UNREAD_SHOWN = 12
UNREAD_ADVICE = "Nothing was read from these words: answer the questions they bear on yourself."
NOT_LEGAL_ADVICE = "The regulatory items are engineering checklists drawn from public sources, not legal advice."


def _unread(phrases: tuple[str, ...]) -> tuple[Line, ...]:
    """The line listing the request's words twarch did not understand (the first :data:`UNREAD_SHOWN`)."""
    if not phrases:
        return ()
    shown = ", ".join(md_code(words) for words in phrases[:UNREAD_SHOWN])
    more = f", and {len(phrases) - UNREAD_SHOWN} more" if len(phrases) > UNREAD_SHOWN else ""
    return (Line(f"{shown}{more}. {UNREAD_ADVICE}", "Not understood"),)


def _why(item: Item) -> str:
    return str(item.why)


def _links(item: Item) -> tuple[tuple[str, str, str], ...]:
    return tuple((s.label, s.url, s.as_of) for s in item.get("sources", ()))


#: What a report says of an item resting on a claim that is in conflict or unconfirmed.
DOUBTS = {"conflict": "Twilio's sources disagree here: the text gives both readings; confirm with Twilio.",
          "unverified": "Not confirmed at a primary source: treat it as a lead to check."}


def _trust(item: Item) -> tuple[str, ...]:
    """The lines that say how far to trust an item's facts: when they were checked, and any doubt."""
    out = []
    if item.get("checked"):
        out.append(f"Checked at its sources on {item.get('checked')}.")
    if item.get("claim_status"):
        out.append(DOUBTS[item.get("claim_status")])
    return tuple(out)


def _items(items: tuple[Item, ...], lead: Callable[[Item], str] = lambda i: "", code: bool = False) -> tuple[Line, ...]:
    return tuple(Line(i.text, lead(i), code, _why(i), sub=_trust(i), links=_links(i)) for i in items)


def _skill(item: Item) -> Line:
    older = old_names(item.id)
    sub = (f"Mirrors that still ship the old name install it as {', '.join(older)}.",) if older else ()
    return Line(item.text, item.id, True, _why(item), sub=sub)


def design_parts(rec: Recommendation) -> tuple[str, ...]:
    """The parts this design is made of, as :data:`~twarch.knowledge.products.DESIGN_PARTS` names them: only the
    rungs whose products it has (a Level 4 design without memory has no Memory part)."""
    products = set(rec.product_ids)
    if rec.facts.agent_assist:  # no AI answers: the assist, its memory and operators are the design
        voice = rec.facts.voice
        intelligence = rec.answers.intelligence if rec.answers.intelligence in ("realtime", "post_call") else None
        return ("assist" if voice else "assist_text", *(("memory",) if "conversation_memory" in products else ()),
                *((f"intelligence_{intelligence}",) if "conversation_intelligence" in products and intelligence
                  else ()))
    own_llm = rec.facts.llm_route == "own"
    parts = ["base_speech_to_speech" if rec.facts.speech_to_speech else
             f"base_media_streams{'_own_llm' if own_llm else ''}" if rec.voice_transport == "media_streams" else
             "base_own_llm" if own_llm else "base"]
    google_voice = rec.install == INSTALLS["google_voice"].command  # CX Agent Studio's voice: no Orchestrator, Memory
    if "conversation_memory" in products:
        parts.append("memory_text_only" if google_voice else "memory")
    if "conversation_intelligence" in products:
        parts.append(f"intelligence_{'post_call' if rec.answers.intelligence == 'post_call' else 'realtime'}")
    if "flex" in products:
        parts.append("handoff_memory" if "conversation_memory" in products and not google_voice else "handoff")
    elif rec.facts.phone_handoff:
        parts.append("handoff_phone")
    return tuple(parts)


def document(rec: Recommendation) -> tuple[Section, ...]:
    """The report as sections, in the order both formats print them."""
    parts = design_parts(rec)
    sections = [
        Section(title(rec), (
            Line(" + ".join(DESIGN_PARTS[part][0] for part in parts), "Architecture"),
            Line(" ".join(DESIGN_PARTS[part][1] for part in parts), "What it does"),
            *(Line(d.text, why=_why(d), sub=_trust(d), links=_links(d)) for d in rec.decisions),
        ), intro=_mode_intro(rec)),
        gives_section(rec),
        Section(READ_TITLE, (*(Line(f"{BY_ID[key].describe(getattr(rec.answers, key))}, from the words "
                                    f"{md_code(words)}", key, True) for key, words in rec.inferred),
                             *_unread(rec.unread)),
                intro=READ_INTRO if rec.inferred or rec.unread else ""),
        Section("Implementation Path", _paths(rec)),
        Section("Products", _items(rec.products), children=(
            (Section("Skipped", _items(rec.skipped), level=3),) if rec.skipped else ())),
        *(Section(f"{group.title()} Skills", tuple(_skill(i) for i in rec.skills.get(group, ())))
          for group in SKILL_GROUPS),
        Section("Key decisions", tuple(_with_playbook(i) for i in rec.key_decisions)),
        Section("Warnings", children=tuple(
            Section(weight.label, tuple(_with_playbook(i) for i in rec.warnings if i.get("severity") == severity),
                    level=3)
            for severity, weight in SEVERITIES.items() if any(i.get("severity") == severity for i in rec.warnings))),
        Section("GA constraints", tuple(
            Line(g.text, {"custom_code": "Custom code", "not_available": "Not available"}[g.get("status")], why=_why(g))
            for g in rec.ga_gaps), children=(
            (Section("Works at GA", tuple(_with_playbook(i) for i in rec.ga_works), level=3),) if rec.ga_works
            else ())),
        Section("Regulations", tuple(_regulation(r) for r in rec.regulations),
                intro=NOT_LEGAL_ADVICE if rec.regulations else ""),
        eligibility_section(rec),
        Section("Customer profile", tuple(_with_playbook(i) for i in rec.profile)),
        Section("Tech stack considerations", tuple(_with_playbook(i) for i in rec.considerations)),
        *estimate_sections(rec),
        Section("Regulatory checklist", tuple(_check(c) for c in rec.checklist)),
        Section("Phased plan", _items(rec.phases)),
        Section("Open questions", tuple(
            Line(q.text, q.id, True, sub=(" / ".join(o["label"] for o in q.get("options")),))
            for q in rec.open_questions)),
        Section("Next steps", _items(rec.next_steps)),
        Section("How current this is", (Line(freshness_line(rec)),)),
    ]
    return tuple(s for s in sections if s.lines or s.intro or s.children)


PRODUCT_NAMES = {p.id: p.name for p in PRODUCTS.values()}
GIVES_TITLE = "What had to give"
GIVES_INTRO = ("Components the answers rule out (the region, a regulation, a choice of vendor), each with why and what "
               "this design uses instead; the design above never relies on them.")
NEAREST_TITLE = "The nearest design that keeps it"
ELIGIBILITY_TITLE = "Eligibility"
ELIGIBILITY_INTRO = ("Each component the design uses or had to leave out, against HIPAA, PCI DSS, the region and the "
                     "countries; a column marked (applies) is one this design is subject to.")
_COLUMNS = {"hipaa": "HIPAA", "pci_dss": "PCI DSS", "region": "Region"}
CELL_DOUBTS = {"conflict": "Twilio's sources disagree", "unverified": "not confirmed at a primary source"}


def gives_section(rec: Recommendation) -> Section:
    """What had to give: the components the answers rule out, each with why and instead, and the nearest design
    that keeps a wish (the report, the hand-out's appendix and the Wizard's Architecture tab show this one)."""
    return Section(GIVES_TITLE, tuple(Line(t.text, why=_why(t), sub=_trust(t), links=_links(t)) for t in rec.tradeoffs),
                   intro=GIVES_INTRO if rec.tradeoffs else "",
                   children=tuple(Section(NEAREST_TITLE, _nearest(n), level=3) for n in rec.nearest))


def eligibility_section(rec: Recommendation) -> Section:
    """Each component used or left out against HIPAA, PCI DSS, the region and the countries."""
    return Section(ELIGIBILITY_TITLE, _eligibility(rec), intro=ELIGIBILITY_INTRO if rec.eligibility else "")


def _nearest(item: Item) -> tuple[Line, ...]:
    """The nearest design that keeps a wish, beside this one: what each keeps and gives up."""
    products = ", ".join(PRODUCT_NAMES.get(p, p) for p in item.get("products", ())) or "none"
    channels = ", ".join(CHANNELS[c].label for c in item.get("channels", ())) or "none"
    path = "Agent Connect SDK" if item.get("implementation_path") == "tac_sdk" else "manual path"
    return (Line(item.text, why=_why(item)),
            Line(f"{item.get('level_name')}; {path}; channels: {channels}; products: {products}", "That design"),
            Line(f"gives up {', '.join(item.get('keeps', ())) or 'nothing the answers ask'}", "This design"))


def _eligibility(rec: Recommendation) -> tuple[Line, ...]:
    lines = []
    for row in rec.eligibility:
        cells = dict(row.get("cells", ()))
        sub = [f"{_COLUMNS[col]}{' (applies)' if cells[col]['active'] else ''}: {cells[col]['words']}"
               + (f" ({CELL_DOUBTS[cells[col]['claim_status']]})" if cells[col]["claim_status"] in CELL_DOUBTS else "")
               for col in _COLUMNS]
        sub += [f"{c['country']}: {c['words']}" for c in cells.get("countries", ())]
        links = tuple(dict.fromkeys((CLAIMS[cells[col]["claim"]].sources[0].label, cells[col]["source"],
                                     cells[col]["checked"]) for col in _COLUMNS))
        lines.append(Line(row.text, sub=tuple(sub), links=links))
    return tuple(lines)


def title(rec: Recommendation) -> str:
    """The report's title: a draft while essential questions are open."""
    open_count = sum(q.id in ESSENTIAL for q in rec.open_questions)
    if open_count == len(ESSENTIAL):
        return f"Draft architecture (none of the {len(ESSENTIAL)} essential questions answered): {rec.level_name}"
    if open_count:
        return f"Recommended Architecture (draft, {open_count} essential question{'s' if open_count > 1 else ''} " \
               f"open): {rec.level_name}"
    return f"Recommended Architecture: {rec.level_name}"


def _mode_intro(rec: Recommendation) -> str:
    parts = []
    if rec.answers.request:
        parts.append(f"Request: “{md_code(rec.answers.request)}”")
    if rec.mode:
        signals = ", ".join(md_code(s) for s in rec.mode_signals)
        parts.append(f"Mode: {rec.mode}" + (f" (signals: {signals})" if signals else ""))
    return " — ".join(parts)


def _fast_path(rec: Recommendation) -> Recommendation:
    """The design itself when it takes the SDK, else the same design without the answers that made it manual (so
    the fast path shown beside a manual design names the package and install for this team and cloud)."""
    if rec.implementation_path == "tac_sdk" or rec.answers.team_language == "other":
        return rec
    from ..engine import recommend

    return recommend(rec.answers.replace(**{key: None for key in TECHNICAL_CHOICES}))


#: How the SDK reaches Conversation Memory, said only where the design has Memory (round 1, design 16).
_SDK_MEMORY = "; memory through the Orchestrator configuration (`TWILIO_CONVERSATION_CONFIGURATION_ID`)"


def _paths(rec: Recommendation) -> tuple[Line, ...]:
    if rec.facts.agent_assist:  # no AI agent answers: the Agent Connect SDK has nothing to run
        path_item = next((d for d in rec.decisions if d.id == "path"), None)
        return (Line("Flex for the people who answer, live transcription, and the assist (Agent Copilot or your own "
                     "Flex plugin): install the product skills below. No Agent Connect SDK: it runs an AI agent "
                     "that answers.", "Assist path (recommended)", why=_why(path_item) if path_item else ""),)
    fast_chosen = rec.implementation_path == "tac_sdk"
    sdk = _fast_path(rec)
    package = sdk.tac_package or "twilio-agent-connect"
    install = INSTALLS[next(i for i, found in INSTALLS.items() if found.command == sdk.install)] if sdk.install \
        else INSTALLS["typescript" if rec.answers.team_language == "typescript" else "core"]
    path_item = next((d for d in rec.decisions if d.id == "path"), None)
    path_why = _why(path_item) if path_item else ""
    sdk_path = next((d for d in sdk.decisions if d.id == "path"), None)  # still manual without the team's choices
    ruled_out = (f"Not for this design: {sdk_path.why.note}.",) if sdk_path and sdk_path.why.rule in \
        ("path.unavailable", "path.own_speech", "path.realtime_limits") else ()
    fast = Line(f"Use the Twilio Agent Connect SDK (`{package}`: {PACKAGES[package].summary}) and install the "
                "`twilio-agent-connect` skill.",
                "Fast path" + (" (recommended)" if fast_chosen else ""), why=path_why if fast_chosen else "",
                sub=(*ruled_out, f"Install: `{install.command}` (needs {install.runtime})",
                     *((install.note[0].upper() + install.note[1:] + ".",) if install.note else ()),
                     "Voice, SMS, RCS, WhatsApp and Chat from one codebase"
                     + (_SDK_MEMORY + (", for the text channels only" if sdk.install == INSTALLS["google_voice"].command
                                       else "") if "conversation_memory" in sdk.product_ids else "")))
    custom = Line("Manual integration: install the individual product skills below.",
                  "Custom path" + ("" if fast_chosen else " (recommended)"), why="" if fast_chosen else path_why)
    return (fast, custom) if fast_chosen else (custom, fast)


def _with_playbook(item: Item) -> Line:
    sub = _trust(item)
    if item.get("playbook"):
        sub += (f"The playbook says: {item.get('playbook')}; twarch differs because {item.get('differs')}.",)
    return Line(item.text, why=_why(item), sub=sub, links=_links(item))


def _regulation(item: Item) -> Line:
    sub: tuple[str, ...] = (f"Applies to {item.get('where')}.",)
    if item.get("playbook"):
        sub += (f"The playbook says: {item.get('playbook')}", f"Why twarch differs: {item.get('differs')}")
    return Line(item.text, item.get("name"), why=_why(item), sub=sub, links=_links(item))


def _check(item: Item) -> Line:
    lead = item.id + (f" ({item.get('owner')})" if item.get("owner") else "")
    return Line(item.text, lead, why=_why(item), links=_links(item))


# ---------------------------------------------------------------- Markdown

def md_text(text: str) -> str:
    """Markdown-safe text: code spans kept, angle brackets elsewhere escaped."""
    return "".join(piece if code is not None else piece.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>")
                   for piece, code in split_code(text))


def to_markdown(rec: Recommendation) -> str:
    """The report as Markdown (deterministic: same answers, same bytes)."""
    out = ["# twarch recommendation", ""]
    for section in document(rec):
        _md_section(section, out)
    out += ["---", f"_{NOT_LEGAL_ADVICE} Generated by twarch from the advisor's playbook and sourced research._", ""]
    return "\n".join(out)


def _md_section(section: Section, out: list[str]) -> None:
    out += ["#" * section.level + " " + md_text(section.title), ""]
    if section.intro:
        out += [md_text(section.intro), ""]
    for line in section.lines:
        lead = f"`{line.lead}`" if line.code and line.lead else (f"**{md_text(line.lead)}**" if line.lead else "")
        text = f"- {lead}: {md_text(line.text)}" if lead else f"- {md_text(line.text)}"
        out.append(text)
        for sub in line.sub:
            out.append(f"  - {md_text(sub)}")
        if line.links:
            out.append("  - Sources: " + "; ".join(f"[{md_text(lbl)}]({url}) ({as_of})" for lbl, url,
                                                   as_of in line.links))
        if line.why:
            out.append(f"  - _Why: {md_text(line.why)}_")
    if section.lines:
        out.append("")
    for child in section.children:
        _md_section(child, out)


# ---------------------------------------------------------------- HTML

_STYLE = """<style>
.twarch-report{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.45;max-width:60em}
.twarch-report h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.2em}
.twarch-report .why{color:#666;font-size:.88em;display:block}
.twarch-report .badge{display:inline-block;background:#f22f46;color:#fff;border-radius:1em;padding:.1em .7em;\
font-weight:600}
.twarch-report code{background:#f4f4f4;padding:0 .25em;border-radius:3px}
.twarch-report li{margin:.25em 0}
</style>"""


def html_text(text: str) -> str:
    """HTML-escaped text with backtick spans as ``<code>``."""
    return "".join(f"<code>{html.escape(code)}</code>" if code is not None else html.escape(piece)
                   for piece, code in split_code(text))


def to_html(rec: Recommendation) -> str:
    """The report as a self-contained HTML fragment (inline style, every text escaped)."""
    out = [f'<div class="twarch-report">{_STYLE}',
           f'<h1>twarch recommendation <span class="badge">Level {rec.level}</span></h1>']
    for section in document(rec):
        _html_section(section, out)
    out += [f"<p><em>{html.escape(NOT_LEGAL_ADVICE)}</em></p>", "</div>"]
    return "\n".join(out)


def section_html(section: Section, shift: int = 0) -> str:
    """One section (and its children) as an HTML fragment, every text escaped, as :func:`to_html` lays it out;
    ``shift`` moves its headings down that many levels (a section shown inside a tab that has its own heading)."""
    out: list[str] = []
    _html_section(section, out, shift)
    return "\n".join(out)


def _html_section(section: Section, out: list[str], shift: int = 0) -> None:
    level = min(section.level + shift, 6)
    out.append(f"<h{level}>{html_text(section.title)}</h{level}>")
    if section.intro:
        out.append(f"<p>{html_text(section.intro)}</p>")
    if section.lines:
        out.append("<ul>")
        for line in section.lines:
            lead = ""
            if line.lead:
                lead = (f"<code>{html.escape(line.lead)}</code>: " if line.code
                        else f"<strong>{html_text(line.lead)}</strong>: ")
            extra = "".join(f"<li>{html_text(s)}</li>" for s in line.sub)
            if line.links:
                extra += "<li>Sources: " + "; ".join(
                    f'<a href="{html.escape(url)}">{html.escape(lbl)}</a> ({html.escape(as_of)})'
                    for lbl, url, as_of in line.links) + "</li>"
            why = f'<span class="why">Why: {html_text(line.why)}</span>' if line.why else ""
            sub = f"<ul>{extra}</ul>" if extra else ""
            out.append(f"<li>{lead}{html_text(line.text)}{why}{sub}</li>")
        out.append("</ul>")
    for child in section.children:
        _html_section(child, out, shift)
