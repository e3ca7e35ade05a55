"""LLM throughput at the design's peak against the chosen route's published rate limits.

At the peak, each call at once asks the LLM ``turns_per_minute`` times a minute, so the design sends
``peak concurrent calls x turns per minute`` requests a minute (the peak is yours, or the busy hour's average
concurrency, :mod:`twarch.estimates.inputs`). A request carries on average the call's input tokens / its turns (the
instructions, and the conversation so far, re-sent with each turn: the bill's formula) and returns one agent turn.
Text conversations the AI answers add theirs when their turns are known: the busy hour's conversations x turns
per conversation / 60 requests a minute, each with its own average. :func:`throughput` compares requests,
tokens, and input and output tokens a minute with each tier the route publishes (``knowledge/llm_quotas.csv``), and
names the lowest tier that carries the peak. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..knowledge.quotas import LIMITS, Quota, load_quotas, quotas
from .inputs import Inputs, busy_hour, busy_hour_words, conversations
from .stack import Stack
from .tokens import accumulated, llm_tokens
from .volumes import figure


@dataclass(frozen=True)
class Demand:
    """What the design asks of its LLM in a minute at its peak."""

    requests: float
    input_tokens: float
    output_tokens: float
    formula: str

    @property
    def tokens(self) -> float:
        return self.input_tokens + self.output_tokens

    def need(self, limit: str) -> float:
        return {"requests_per_minute": self.requests, "tokens_per_minute": self.tokens,
                "input_tokens_per_minute": self.input_tokens, "output_tokens_per_minute": self.output_tokens}[limit]


def demand(stack: Stack, i: Inputs) -> Demand | None:
    """Requests and tokens a minute at the peak (``None`` when the design sends no counted LLM turn)."""
    requests = tokens_in = tokens_out = 0.0
    parts = []
    peak = i.peak_concurrent_calls
    if stack.voice and not stack.assist and not stack.speech_to_speech and stack.llm is not None and peak:
        minutes = i.minutes_per_call or 1.0
        turns, caller, agent, prompt = llm_tokens(i, minutes)
        per_in = (turns * prompt + accumulated(turns, caller, agent)) / turns
        calls = peak * i.turns_per_minute
        requests += calls
        tokens_in += calls * per_in
        tokens_out += calls * agent
        parts.append(f"{figure(round(peak, 2))} calls at once x {figure(i.turns_per_minute)} turns a minute = "
                     f"{figure(round(calls, 2))} requests of {figure(round(per_in))} input and "
                     f"{figure(round(agent, 2))} output tokens on average (a {figure(minutes)}-minute call)")
    turns = i.text_turns_per_conversation
    text = conversations(stack, i.values, text_only=True)
    if stack.text and stack.text_llm is not None and turns and text.count:
        per = i.chars_per_text_message / i.chars_per_token
        per_in = (turns * i.system_prompt_tokens + accumulated(turns, per, per)) / turns
        texts = busy_hour(i.values, text.count) * turns / 60
        requests += texts
        tokens_in += texts * per_in
        tokens_out += texts * per
        parts.append(f"{text.sum} a month {busy_hour_words(i.values)} (the busy hour) x {figure(round(turns, 4))} "
                     f"turns / 60 = {figure(round(texts, 2))} text requests of {figure(round(per_in))} input and "
                     f"{figure(round(per, 2))} output tokens")
    if not requests:
        return None
    return Demand(requests, tokens_in, tokens_out, "; ".join(parts))


def _fits(q: Quota, d: Demand) -> bool:
    return all(d.need(name) <= value for name, value in q.limits)


def lowest_tiers() -> tuple[Quota, ...]:
    """Every route's (and model's) lowest tier that publishes a limit (``llm_quotas.csv``): what a new organization
    gets there."""
    lowest: dict[tuple[str, str], Quota] = {}
    for q in load_quotas():
        if q.limits and ((q.route, q.model) not in lowest or q.rank < lowest[q.route, q.model].rank):
            lowest[q.route, q.model] = q
    return tuple(lowest.values())


def _go_no_go(d: Demand) -> str:
    """Where the route publishes no limit: a demand no route's lowest tier carries makes the tier a go/no-go item
    (round 2, design 18: 18,000 requests a minute with "limit ?")."""
    if any(_fits(q, d) for q in lowest_tiers()):
        return ""
    return (f" At {figure(round(d.requests))} requests and {figure(round(d.tokens))} tokens a minute the design is "
            "beyond the lowest published tier of every route twarch holds: the provider tier (a higher tier, a scale "
            "or provisioned-throughput plan) is a go/no-go item to settle with the vendor before you commit.")


def _row(stack: Stack) -> tuple[str, str] | None:
    """(route, model row) of the design's LLM: the ``llm`` answer (OpenAI's when unanswered) and its row."""
    row = stack.llm or stack.text_llm
    if row is None:
        return None
    return (stack.llm_vendor or "openai", row.id)


@dataclass(frozen=True)
class Throughput:
    """The peak's demand against the route's tiers: what the capacity plan prints as a check."""

    text: str
    need: float
    limit: float | None
    ok: bool | None  #: within the lowest tier (True), only a higher tier (None, or no figure), above every tier
    sources: tuple[tuple[str, str, str], ...]
    note: str


def throughput(stack: Stack, i: Inputs) -> Throughput | None:
    """The peak's requests and tokens a minute against the route's tiers (``None`` when the design sends no counted
    LLM turn, or runs its own LLM)."""
    d, route, llm = demand(stack, i), _row(stack), stack.llm or stack.text_llm
    if d is None or route is None or llm is None:
        return None
    tiers = quotas(*route)
    published = [q for q in tiers if q.limits]
    label = llm.label
    need = (f"{figure(round(d.requests, 1))} requests, {figure(round(d.tokens))} tokens "
            f"({figure(round(d.input_tokens))} in, {figure(round(d.output_tokens))} out) a minute")
    text = f"LLM throughput at the peak ({label} on the {route[0]} route): {need}"
    sources = tuple(dict.fromkeys((f"{q.tier} ({q.status})", q.source_url.split()[0], q.as_of) for q in tiers))
    if not published:
        where = tiers[0].notes if tiers else "twarch holds no published limit for this route and model."
        return Throughput(text, round(d.requests, 2), None, None, sources, f"{d.formula}. {where}{_go_no_go(d)}")
    fits = next((q for q in published if _fits(q, d)), None)
    ladder = "; ".join(f"{q.tier}: " + ", ".join(f"{value:,} {LIMITS[name]}" for name, value in q.limits)
                       + f" ({q.status})" for q in published)
    if fits is published[0]:
        ok, advice = True, f"Within the lowest tier listed, {fits.tier}."
    elif fits is None:
        ok, advice = False, ("Above every tier listed: ask the vendor for a higher limit (or provisioned "
                             "throughput), or spread the load over projects, regions or deployments.")
    else:
        ok, advice = None, f"Needs {fits.tier} or above: check the tier your organization is on."
    first = published[0]
    binding = max(first.limits, key=lambda item: d.need(item[0]) / item[1])
    doubt = "" if first.status == "confirmed" else f" {first.status.capitalize()}: {first.notes}"
    return Throughput(text, round(d.need(binding[0]), 2), float(binding[1]), ok, sources,
                      f"{advice} {d.formula}. Tiers: {ladder}. Need and limit are the lowest tier's tightest: its "
                      f"{LIMITS[binding[0]]}. Retries, tool calls and other traffic on the same key count too.{doubt}")


__all__ = ["Demand", "Throughput", "demand", "throughput"]
