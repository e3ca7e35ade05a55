"""Monthly cost, latency and capacity as text: Markdown, JSON and CSV, and the report's three sections.

Standard library only (the CLI's ``cost`` and ``capacity`` commands render through here without pandas or plotly).
Output is deterministic: the same design and volumes give the same bytes.

:func:`estimates` says which of the three a design has the inputs for: a **bill** needs ``calls_per_month`` for a
voice design (or a messaging volume), a **latency** budget needs a voice channel, and a **capacity** plan needs a
volume, a peak, tenants or escalations. :func:`sections` turns them into report sections and :func:`json_estimates`
into the report JSON's ``monthly_cost``, ``latency`` and ``capacity`` keys.
"""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any

from ..errors import AnswerError
from ..recommendation import Recommendation
from .freshness import freshness
from .sections import Line, Section

if TYPE_CHECKING:  # the models load only when a design has the inputs for them (the CLI's start time)
    from ..estimates.bill import Bill
    from ..estimates.capacity import Capacity
    from ..estimates.latency import LatencyBudget

CSV_COLUMNS = ("id", "line", "product", "quantity", "unit", "unit_price", "monthly_cost", "source", "as_of", "checked",
               "status", "formula", "period", "one_time_cost")
#: Answers that make a capacity plan worth printing.
_CAPACITY_KEYS = ("calls_per_month", "sms_per_month", "peak_concurrent_calls", "tenants", "escalation_share",
                  "escalations_per_hour", "handle_minutes", "seats")


def usd(amount: float | None) -> str:
    return "-" if amount is None else f"${amount:,.2f}"


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{x:,.0f}" if x == int(x) else f"{x:,.4f}".rstrip("0").rstrip(".")


def _price(p: float | None) -> str:
    return "no sourced price" if p is None else f"${p:g}"


def _md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("<", "\\<").replace(">", "\\>")


def _own_split(b: Bill) -> tuple[list[Any], list[Any]]:
    """The unpriced lines in two: those of parts the customer runs itself (or an LLM answered as other), and those
    of products with no sourced price."""
    from ..estimates.bill import OWN_STATUS

    own = [line for line in b.unpriced if line.status == OWN_STATUS]
    return own, [line for line in b.unpriced if line.status != OWN_STATUS]


def _excludes(own: list[Any]) -> str:
    """What the total leaves out because the customer runs it: 'excludes your own voice and your own LLM'."""
    parts = list(dict.fromkeys(line.product for line in own))
    named = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)
    return f"excludes {named}: not priced" if parts else ""


# ------------------------------------------------------------------------------------------------ the bill

def bill_json(b: Bill) -> str:
    return json.dumps(b.to_dict(), indent=2, ensure_ascii=False) + "\n"


def bill_csv(b: Bill) -> str:
    """One row per line (priced, then unpriced with empty cost): a tidy table."""
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for line in (*b.lines, *b.unpriced, *b.one_time):
        row = {**line.to_dict(), "period": "once" if line.once else "month"}
        w.writerow({k: "" if row.get(k) is None else row.get(k) for k in CSV_COLUMNS})
    return out.getvalue()


def bill_markdown(b: Bill, title: str = "Monthly cost") -> str:
    out = [f"# {title}", "", f"Stack: {_md(b.stack.label())}.", ""]
    out += [*[f"> {_md(n)}" for n in b.notes], ""] if b.notes else []  # what the figures do not cover comes first
    out += ["| Line | Product | Quantity | Unit | Unit price (USD) | Monthly (USD) | Source | As of | Checked |",
            "|---|---|---:|---|---:|---:|---|---|---|"]
    for line in b.lines:
        out.append(f"| {_md(line.line)} | {_md(line.product)} | {_num(line.quantity)} | {_md(line.unit)} | "
                   f"{line.unit_price:g} | {float(line.cost):,.2f} | {line.source} | {line.as_of} | "
                   f"{line.checked} |")
    out.append(f"| **Total** | | | | | **{b.total:,.2f}** | | | |")
    out.append("")
    own, unpriced = _own_split(b)
    if own:
        out += [f"The total {_excludes(own)}.", ""]
    per = [f"per call {usd(b.per_call)}" if b.per_call is not None else "",
           f"per call minute ${b.per_minute:g}" if b.per_minute is not None else "", _per_resolved(b)]
    if any(per):
        out += ["; ".join(p for p in per if p) + ".", ""]
    out += ["## How each line is computed", ""]
    out += [f"- **{_md(line.line)}** ({line.status}): {_md(line.formula)}"
            + (f". {_md(line.note)}" if line.note else "") for line in b.lines]
    out.append("")
    if own:
        out += ["## Not in the total: yours, not priced", ""]
        out += [f"- **{_md(line.line)}**: {_num(line.quantity)} {_md(line.unit)}; {_md(line.formula)}. "
                f"{_md(line.note)} Pass `--price {line.id}=USD` (your own cost per {_md(line.unit)}) to include it."
                for line in own]
        out.append("")
    if unpriced:
        out += ["## Not in the total: no sourced price", ""]
        out += [f"- **{_md(line.line)}**: {_num(line.quantity)} {_md(line.unit)}"
                f"{'' if line.quantity is not None else ' (quantity unknown)'}; {_md(line.formula)}. {_md(line.note)} "
                + (f"Source: {line.source} (checked {line.checked}). " if line.source else "")
                + (f"Pass `--price {line.id}=USD` to include it." if _priceable(line.id) else "")
                for line in unpriced]
        out.append("")
    out += one_time_markdown(b)
    if b.readings:
        out += ["## Where sources disagree", ""]
        out += [f"- {_md(r.text)}: total {usd(float(r.total))} ({float(r.total) - b.total:+,.2f})" for r in b.readings]
        out.append("")
    if b.traps:
        out += ["## Billing traps", ""]
        for t in b.traps:
            cost = "" if t.monthly_cost is None else (
                f" Cost: {usd(float(t.monthly_cost))}" + (f" to {usd(float(t.high))}" if t.high is not None else "")
                + " a month.")
            out.append(f"- {_md(t.text)}{cost}")
        out.append("")
    out += _assumptions(b.inputs, b.to_dict()["assumptions"])
    out.append("")
    return "\n".join(out)


def one_time_markdown(b: Bill) -> list[str]:
    """The one-time fees the design creates (A2P 10DLC registration...), apart from the monthly total."""
    if not b.one_time:
        return []
    out = ["## One-time fees (not in the monthly total)", "",
           "| Fee | Quantity | Unit | Unit price (USD) | Once (USD) | Status | Source | As of | Checked |",
           "|---|---:|---|---:|---:|---|---|---|---|"]
    for line in b.one_time:
        cost = "not priced" if line.monthly_cost is None else f"{float(line.monthly_cost):,.2f}"
        unit_price = "-" if line.unit_price is None else f"{line.unit_price:g}"
        out.append(f"| {_md(line.line)} | {_num(line.quantity)} | {_md(line.unit)} | {unit_price} | {cost} | "
                   f"{line.status} | {line.source} | {line.as_of} | {line.checked} |")
    out += [f"| **One-time total** | | | | **{b.one_time_total:,.2f}** | | | | |", ""]
    out += [f"- **{_md(line.line)}**: {_md(line.formula)}" + (f". {_md(line.note)}" if line.note else "")
            for line in b.one_time]
    return out + [""]


def _per_resolved(b: Bill) -> str:
    """The cost per conversation the AI resolves (saying which conversations it counts), or what it needs."""
    from ..estimates.inputs import conversations

    if b.stack.assist:
        return ""  # people answer every conversation: the AI resolves none
    found = conversations(b.stack, b.inputs.values)
    if b.per_resolved is not None:
        return f"per resolved conversation {usd(b.per_resolved)}" + (
            f" (of {found.formula}; not counted: {', '.join(found.missing)} unanswered)" if found.missing else "") + (
            f" ({_left_out(b)})" if _left_out(b) else "")
    return "per resolved conversation: needs escalation_share" if found.count else ""


def _priceable(line_id: str) -> bool:
    """Whether a price override may name the line (an unpriced count of text conversations has no unit price)."""
    from ..estimates.lines import LINE_IDS

    return line_id in LINE_IDS


def _left_out(b: Bill) -> str:
    """What a per-conversation figure does not include: the lines listed as not in the total ("" when none)."""
    n = len(b.unpriced)
    return (f"priced lines only: {n} line{'s' if n != 1 else ''} below {'are' if n != 1 else 'is'} not in the total"
            if n else "")


def _assumptions(inputs: Any, names: Any) -> list[str]:
    """The inputs an estimate used, each with where it came from: yours, a sourced default or a rule."""
    out = ["## Assumptions", "", "| Input | Value | Unit | From | Source |", "|---|---|---|---|---|"]
    for name, value in inputs.values.items():
        if name not in names:
            continue
        shown = value.value if not isinstance(value.value, float) else _num(value.value)
        origin = {"yours": "yours", "default": "sourced default", "rule": "rule"}[value.origin]
        where = (f"{value.source} ({value.as_of}; checked {value.checked})" if value.source else _md(value.basis))
        out.append(f"| `{name}` | {_md(shown)} | {_md(value.unit)} | {origin} | {where} |")
    return out


def sensitivity_markdown(sens: Any, top: int = 12) -> str:
    """What drives the bill: the largest swings of the total for each input at -/+ the spread."""
    pct = f"{sens.spread:.0%}"
    out = ["", "## What drives the bill", "",
           f"The monthly total ({usd(sens.base_total)}) with each input at -{pct} and +{pct} (shares capped at 1), "
           "largest swing first.", "", f"| Input | Value | Total at -{pct} | Total at +{pct} | Swing |",
           "|---|---:|---:|---:|---:|"]
    for s in sens.swings[:top]:
        out.append(f"| `{s.input}` | {_num(s.value)} | {usd(s.low_total)} | {usd(s.high_total)} | "
                   f"{usd(s.spread)} |")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------------------------------ capacity

def capacity_json(c: Capacity) -> str:
    return json.dumps(c.to_dict(), indent=2, ensure_ascii=False) + "\n"


def capacity_markdown(c: Capacity, title: str = "Capacity") -> str:
    out = [f"# {title}", ""]
    out.append(f"- **WebSocket server instances**: {_num(c.websocket_instances)}. {_md(c.websocket_basis)}")
    if c.stack.voice and c.state_rule:
        out.append(f"- **State**: {_md(c.state_rule)}")
    out.append(f"- **Accounts for the tenants**: {c.subaccounts} (the larger of the readings below).")
    out += [f"  - {_md(r)}: {n} ({_md(basis)})" for r, n, basis in c.subaccount_readings]
    out.append(f"- **Human agents**: {_num(c.human_agents) if c.human_agents is not None else 'not sized'}. "
               f"{_md(c.humans_note)}")
    if c.humans is not None and c.humans.table:
        out.append("  - Erlang C around the answer: " + "; ".join(
            f"{n} agents {sl:.1%}" for n, sl in c.humans.table) + f" (target {c.humans.target:.0%} in "
            f"{c.humans.seconds:g} s).")
    for check in c.checks:
        state = {True: "within the limit", False: "OVER the limit", None: "check it"}[check.ok]
        srcs = "; ".join(f"{lbl} ({as_of})" for lbl, _, as_of in check.sources)
        out.append(f"- **{_md(check.text)}**: need {_num(check.need)}, limit {_num(check.limit)}: {state}. "
                   f"{_md(check.note)} Sources: {_md(srcs)}")
    out += ["", *_assumptions(c.inputs, c.to_dict()["assumptions"])]
    out += ["", *[f"_{_md(n)}_" for n in c.notes], ""]
    return "\n".join(out)


# ------------------------------------------------------------------------------------------------ latency

def _twilio_targets() -> str:
    from ..knowledge.providers import fact

    return (f"Twilio's target {fact('mouth_to_ear_target_ms').value:,.0f} ms, "
            f"limit {fact('mouth_to_ear_limit_ms').value:,.0f} ms")


def latency_markdown(b: LatencyBudget, title: str = "Latency") -> str:
    from ..estimates.latency import SUM_P95_TEXT

    out = [f"# {title}", "", f"{_md(b.stack)}.", "", "| Segment | p50 ms | p95 ms | Twilio segment | Basis | Source |",
           "|---|---:|---:|---|---|---|"]
    for s in b.segments:
        out.append(f"| {_md(s.label)} | {'n/a' if s.ms is None else f'{s.ms:.0f}'} | "
                   f"{'' if s.p95 is None else f'{s.p95:.0f}'} | {s.twilio} | {_md(s.basis)} | "
                   f"{s.source} {s.as_of} |".rstrip())
    out += ["", "| Reading | Mouth-to-ear ms | Sum of per-segment p95s, ms | Basis |", "|---|---:|---:|---|"]
    for r in b.readings():
        used = " (the verdict's)" if r.id == b.reading.id else ""
        ms = f"{r.ms:.0f}" if r.ms is not None else f"at least {r.known_ms:.0f}"
        out.append(f"| {_md(r.label)}{used} | {ms} | {r.sum_p95_ms:.0f} | {_md(r.basis)} |")
    out += ["", f"**Mouth-to-ear**: {_md(b.headline())}.", "",
            f"The p95 column is each segment's published p95. A reading's sum of them is a {_md(SUM_P95_TEXT)}: "
            "percentiles do not add, and only the sum of each segment's (100 - 5/n)th percentile over n segments "
            "bounds the total's p95.", "",
            f"- {_md(b.attack_first())}"]
    if b.over_limit():
        out.append(f"- **Warning**: {_md(b.over_limit())}")
    if b.relay_check():
        out.append(f"- {_md(b.relay_check())}")
    out += [f"- {_md(n)}" for n in b.notes]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------------------------------ the report

def estimates(rec: Recommendation) -> dict[str, Any]:
    """The estimates a design has the inputs for: ``{"monthly_cost": Bill, "latency": ..., "capacity": ...}``."""
    out: dict[str, Any] = {}
    a = rec.answers
    voice = rec.facts.voice  # an AI voice agent, or people on calls with an assist
    messaging = any(getattr(a, k) for k in ("sms_per_month", "whatsapp_per_month", "chat_users_per_month"))
    if (voice and a.calls_per_month is not None) or (not voice and messaging):
        from ..estimates.bill import bill

        try:
            out["monthly_cost"] = bill(rec)
        except AnswerError as exc:  # an input the model cannot use: the report says so instead of failing
            out["monthly_cost_error"] = str(exc)
    if rec.voice_transport is not None:  # the AI's turn latency: agent assist has no AI turn on the call
        from ..estimates.latency import latency

        out["latency"] = latency(rec)
    if any(getattr(a, k) is not None for k in _CAPACITY_KEYS) and (voice or rec.product_ids):
        from ..estimates.capacity import capacity

        try:
            out["capacity"] = capacity(rec)
        except AnswerError as exc:  # e.g. a service level of 1, which no finite team meets
            out["capacity_error"] = str(exc)
    return out


def json_estimates(rec: Recommendation) -> dict[str, Any]:
    """The report JSON's estimate keys (only those the design has the inputs for)."""
    out: dict[str, Any] = {}
    for key, value in estimates(rec).items():
        out[key] = value if isinstance(value, str) else value.to_dict()
    return out


def report_json(rec: Recommendation) -> str:
    """The recommendation's JSON contract plus its estimates and how current its facts are (``"freshness"``, see
    :mod:`.freshness`)."""
    return json.dumps({**rec.to_dict(), **json_estimates(rec), "freshness": freshness(rec).to_dict()}, indent=2,
                      ensure_ascii=False) + "\n"


def _assumed(names: Any) -> tuple[str, ...]:
    """The sentence naming the inputs taken from defaults, or nothing when every input was yours."""
    listed = ", ".join(f"`{n}`" for n in names)
    return (f"Assumed defaults (not your answers): {listed}.",) if listed else ()


def sections(rec: Recommendation) -> tuple[Any, ...]:
    """The report's Monthly cost, Latency and Capacity sections (those the design has the inputs for)."""

    found = estimates(rec)
    out = []
    b = found.get("monthly_cost")
    if b is not None:
        lines = [Line(f"{_num(line.quantity)} x ${line.unit_price:g} per {line.unit} = "
                      f"{usd(float(line.monthly_cost))}", line.line, sub=(line.formula,) + ((line.note,) if line.note
                                                                                          else ()),
                      links=tuple((f"{line.status} source", url, f"{line.as_of}; checked {line.checked}")
                                  for url in line.source.split()))
                 for line in b.lines]
        own, unpriced = _own_split(b)
        lines.append(Line(f"{usd(b.total)} a month" + (f"; {usd(b.per_call)} per call" if b.per_call else "")
                          + (f"; {usd(b.per_resolved)} per resolved conversation" if b.per_resolved else "")
                          + (f" ({_left_out(b)})" if b.per_resolved and _left_out(b) else "")
                          + (f" (the total {_excludes(own)})" if own else ""), "Total"))
        lines += [Line(f"{_num(line.quantity)} x {line.unit}: {line.note}",
                       f"Not in the total: {line.line}") for line in own]
        lines += [Line(f"{_num(line.quantity)} x {line.unit}, "
                       + (f"no sourced price: {line.note or line.formula}" if _priceable(line.id) else
                          f"not counted: {line.formula}. {line.note}"),
                       f"Not in the total: {line.line}") for line in unpriced]
        lines += [Line(f"{_num(line.quantity)} x " + (f"${line.unit_price:g} per {line.unit} = "
                                                      f"{usd(float(line.monthly_cost))} once" if line.monthly_cost
                                                      is not None else f"{line.unit}: {line.note}"),
                       f"One-time: {line.line}", sub=(line.formula,) + ((line.note,) if line.note and
                                                                         line.monthly_cost is not None else ()))
                  for line in b.one_time]
        if b.one_time:
            lines.append(Line(f"{usd(b.one_time_total)} once, apart from the monthly total", "One-time total"))
        lines += [Line(f"{usd(float(r.total))} ({float(r.total) - b.total:+,.2f})", r.text) for r in b.readings]
        lines += [Line(t.text + ("" if t.monthly_cost is None else f" ({usd(float(t.monthly_cost))}"
                                 + (f" to {usd(float(t.high))}" if t.high is not None else "") + " a month)"),
                       "Billing trap") for t in b.traps]
        out.append(Section("Monthly cost", tuple(lines),
                           intro=" ".join((f"Stack: {b.stack.label()}.", *b.notes, *_assumed(b.assumed())))))
    elif "monthly_cost_error" in found:
        out.append(Section("Monthly cost", (Line(found["monthly_cost_error"], "Not priced"),)))
    lat = found.get("latency")
    if lat is not None:
        lines = [Line(("n/a" if s.ms is None else f"{s.ms:.0f} ms") + ("" if s.p95 is None else f" (p95 {s.p95:.0f})"),
                      s.label, sub=(s.basis,)) for s in lat.segments]
        lines.append(Line(lat.headline() + ("" if lat.reading.ms is not None else
                                            "; measure it before comparing with Twilio's target"),
                          "Mouth-to-ear"))
        lines += [Line(t) for t in (lat.attack_first(), lat.relay_check()) if t]
        if lat.over_limit():
            lines.append(Line(lat.over_limit(), "Warning"))
        out.append(Section("Latency", tuple(lines), intro=f"{lat.stack}; {_twilio_targets()}."))
    if "capacity_error" in found:
        out.append(Section("Capacity", (Line(found["capacity_error"], "Not sized"),)))
    cap = found.get("capacity")
    if cap is not None:
        lines = [Line(f"{_num(cap.websocket_instances)}: {cap.websocket_basis}", "WebSocket server instances"),
                 Line(f"{cap.subaccounts}: " + "; ".join(f"{r} {n} ({b_})" for r, n, b_ in cap.subaccount_readings),
                      "Accounts for the tenants"),
                 Line(f"{_num(cap.human_agents) if cap.human_agents is not None else 'not sized'}: {cap.humans_note}",
                      "Human agents")]
        lines += [Line(c.text + f" (need {_num(c.need)}, limit {_num(c.limit)})", sub=(c.note,) if c.note else ())
                  for c in cap.checks]
        out.append(Section("Capacity", tuple(lines), intro=" ".join(_assumed(
            n for n in cap.to_dict()["assumptions"] if cap.inputs.get(n).origin != "yours"))))
    return tuple(out)


__all__ = ["bill_csv", "bill_json", "bill_markdown", "capacity_json", "capacity_markdown", "estimates",
           "json_estimates", "latency_markdown", "one_time_markdown", "report_json", "sections", "sensitivity_markdown"]
