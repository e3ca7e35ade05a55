"""Plain words for what the engine says: reasons people can read, warnings by severity, terms explained.

The engine's reasons are traces (``products includes conversation_intelligence and production = true``): exact,
but written for the rule's author. :func:`plain_reason` says the same in a workshop's words ("the products
include Conversation Intelligence and going to production"), reading every name and value from the knowledge
tables; :func:`held` says only the facts that held for the design ("PCI DSS applies and you use WhatsApp"), the
customer-facing reason, while the trace stays in the rule trace and the JSON. :func:`by_severity` groups warnings
by the ``severity`` the rules give them; :func:`rich_text` is :func:`~twarch.render.reports.html_text` (escaped,
backtick spans as code) with the glossary's terms as tooltips. Nothing here decides anything: it only words what
the engine decided.

>>> plain_reason("industry = healthcare")
'the industry is Healthcare'
>>> plain_reason("production = true or customer_profile = enterprise")
'going to production or the customer is Enterprise'
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..checklists import TICK_STATUSES
from ..knowledge.channels import CHANNELS
from ..knowledge.facts import FACTS
from ..knowledge.glossary import TERMS
from ..knowledge.products import CHANNEL_MIXES, ENTRY_POINTS, PATHS, PRODUCTS, TRANSPORTS
from ..knowledge.questions import BY_ID
from ..knowledge.regimes import REGIMES
from ..knowledge.rules import SEVERITIES
from ..knowledge.speech import providers
from ..recommendation import Item
from .reports import html_text

# ------------------------------------------------------------------------------------------------ severity

def severity_of(item: Item) -> str:
    """A warning's severity (every warning rule declares one: :data:`~twarch.knowledge.rules.SEVERITIES`)."""
    return item.get("severity")


def by_severity(items: Iterable[Item]) -> list[tuple[str, str, str, tuple[Item, ...]]]:
    """``(severity, heading, meaning, items)`` for each severity that has items, most urgent first."""
    items = tuple(items)
    groups = []
    for severity, weight in SEVERITIES.items():
        chosen = tuple(i for i in items if severity_of(i) == severity)
        if chosen:
            groups.append((severity, weight.label, weight.meaning, chosen))
    return groups


# ------------------------------------------------------------------------------------------------ statuses

STATUS_WORDS: dict[str, str] = {"not_verified": "Not verified", "open": "Open", "fulfilled": "Fulfilled",
                                "not_required": "Not required", "n/a": "Not applicable"}
if tuple(STATUS_WORDS) != TICK_STATUSES:
    raise ValueError(f"STATUS_WORDS must word every tick status, in order: {TICK_STATUSES}")


def status_word(status: str) -> str:
    return STATUS_WORDS.get(status, status)


# ------------------------------------------------------------------------------------------------ reasons

#: How a yes/no fact reads when it holds (its negation reads "no ..." or "not ...").
_YES: dict[str, str] = {
    "memory": "memory across sessions", "handoff": "a handoff to people", "takes_payments": "card payments",
    "eu_users": "users in the EU", "records_calls": "recorded calls", "production": "going to production",
    "needs_raw_audio": "raw audio needed", "needs_low_level_control": "low-level protocol control",
    "existing_websocket_server": "an existing WebSocket server", "uses_twilio_functions": "Twilio Functions",
    "voice": "a voice channel", "multilingual": "two or more languages",
    "outbound": "contacting people first", "geo_us": "people in the US", "geo_ca": "people in Canada",
    "geo_eu": "people in the EU or EEA", "geo_uk": "people in the UK",
    "geo_assumed": "the US assumed (countries not answered)", "speech_to_speech": "a speech-to-speech pipeline",
    "stt_on_relay": "a speech-to-text provider ConversationRelay offers",
    "tts_on_relay": "a text-to-speech provider ConversationRelay offers",
    "tenant_subaccounts": "a subaccount per tenant",
    "agent_assist": "agent assist (people answer, the AI assists them)",
    "phone_handoff": "a hand-off to a phone line (not a contact centre)",
    "handoff_transfer": "a hand-off to people Flex does not serve (your contact centre on its own platform, or Flex "
                        "not offered in the region)",
    "handoff_own_team": "a hand-off to your own team without Flex (the region does not offer it): their phone line "
                        "for calls, an agent UI of your own for text",
    "pci_ai_scope": "card data taken in the AI's own account (PCI DSS applies to its workflow)",
    "nothing_served": "no channel you ask for can run as asked (every one is ruled out)",
}
_MISSING = [f for f, fact in FACTS.items() if fact.kind == "bool" and f not in _YES]
if _MISSING:
    raise ValueError(f"render/wording.py: say how these yes/no facts read: {_MISSING}")
#: The noun a fact reads as ("the industry is ..."); other facts read as their name with spaces.
_NOUN: dict[str, str] = {
    "intelligence": "supervision", "customer_profile": "customer", "llm": "LLM", "stt_provider": "chosen STT",
    "tts_provider": "chosen TTS", "stt": "STT provider", "tts": "TTS provider", "path": "implementation path",
    "tac_package": "Agent Connect package", "regimes": "regulations", "wants": "features counted on",
    "conversations_stack": "number of Conversations products", "messaging_count": "number of messaging channels",
    "channel_count": "number of channels", "functions_invocations": "Functions invocations at peak",
    "open_count": "number of open essential questions", "language_pair": "language coverage",
    "voice_pipeline": "voice pipeline", "peak_concurrent_calls": "peak concurrent calls",
}
_LABELS: dict[str, dict[str, str]] = {
    "products": {k: p.name for k, p in PRODUCTS.items()},
    "regimes": {k: r.name for k, r in REGIMES.items()},
    "regulations": {k: r.name for k, r in REGIMES.items()},
    "voice_transport": dict(TRANSPORTS),
    "path": {k: v.split(" (", 1)[0] for k, v in PATHS.items()},
    "channel_mix": {k: v.split(":", 1)[0] for k, v in CHANNEL_MIXES.items()},
    "entry_point": {k: v.split(":", 1)[0] for k, v in ENTRY_POINTS.items()},
    "channels": {k: c.label for k, c in CHANNELS.items()},
    "stt": {p.id: p.name for p in providers("stt")},
    "tts": {p.id: p.name for p in providers("tts")},
}
_CLAUSE = re.compile(r"(?P<fact>[a-z][a-z0-9_]*) (?:(?P<op>=|>=|<=|>|<|includes|in) (?P<value>\{[^}]*\}|[^\s()]+)"
                     r"|(?P<state>unanswered|answered)\b)")
_WORDS = {">=": "at least", ">": "more than", "<=": "at most", "<": "fewer than"}


def noun(fact: str) -> str:
    return _NOUN.get(fact, fact.replace("_", " "))


def value_label(fact: str, value: Any) -> str:
    """A fact's value as people say it: a choice's label, a product's or regulation's name."""
    text = str(value)
    if fact in _LABELS:
        return _LABELS[fact].get(text, text.replace("_", " "))
    question = BY_ID.get(fact)
    if question is not None and question.choices:
        return question.label(text)
    return text.replace("_", " ") if "_" in text else text


def _clause(match: re.Match) -> str:
    fact, op, value, state = match["fact"], match["op"], match["value"], match["state"]
    if state:
        return f"{noun(fact)} {'not answered' if state == 'unanswered' else 'answered'}"
    if op == "=" and value in ("true", "false") and fact in _YES:
        return _YES[fact] if value == "true" else f"no {_YES[fact]}"
    if op == "=":
        return f"the {noun(fact)} is {value_label(fact, value)}"
    if op == "includes":
        return f"the {noun(fact)} include {value_label(fact, value)}"
    if op == "in":
        options = [value_label(fact, v.strip()) for v in value.strip("{}").split(",")]
        verb = "include" if fact in FACTS and FACTS[fact].kind == "set" else "is"
        return f"the {noun(fact)} {verb} {' or '.join(options)}"
    return f"the {noun(fact)} is {_WORDS[op]} {value}"


@lru_cache(maxsize=2048)
def plain_reason(because: str) -> str:
    """An engine reason (``industry = healthcare and memory = true``) in plain words."""
    return _CLAUSE.sub(_clause, because)


_NOT = re.compile(r"not \((?:[^()]|\([^()]*\))*\)")
#: How a yes/no fact that held reads as a clause ("Because you take card payments").
_HELD_YES: dict[str, str] = {
    "memory": "the agent remembers customers", "handoff": "people take over when needed",
    "takes_payments": "you take card payments", "eu_users": "some users are in the EU",
    "records_calls": "calls are recorded", "production": "it is going to production",
    "needs_raw_audio": "you need the raw call audio", "needs_low_level_control": "you need low-level control",
    "existing_websocket_server": "you have a WebSocket server", "uses_twilio_functions": "you use Twilio Functions",
    "voice": "callers speak to it", "multilingual": "it speaks two or more languages",
    "outbound": "you contact people first", "geo_us": "some people are in the US", "geo_ca": "some people are in "
    "Canada", "geo_eu": "some people are in the EU or EEA", "geo_uk": "some people are in the UK",
    "geo_assumed": "the US is assumed (no countries answered)", "speech_to_speech": "a realtime voice model speaks",
    "stt_on_relay": "ConversationRelay offers the speech-to-text provider",
    "tts_on_relay": "ConversationRelay offers the text-to-speech provider",
    "tenant_subaccounts": "each tenant gets a subaccount", "agent_assist": "people answer and the AI assists them",
    "phone_handoff": "the hand-off goes to a phone line",
}
#: Set facts whose named members read as "<names> apply" / "the design has <names>" / "you use <names>".
_SET_CLAUSE = {"regimes": "{} apply", "regulations": "{} apply", "products": "the design has {}",
               "channels": "you use {}", "wants": "you count on {}"}


def _held_clause(match: re.Match, facts: dict[str, Any]) -> str:
    fact, op, value = match["fact"], match["op"], match["value"]
    actual = facts.get(fact)
    if match["state"] or actual is None:
        return ""
    if op == "=" and value in ("true", "false"):
        return _HELD_YES.get(fact, f"{noun(fact)}: yes") if actual is True and value == "true" else ""
    if isinstance(actual, (tuple, list)):
        named = [v.strip() for v in value.strip("{}").split(",")] if op in ("includes", "in") else []
        present = [v for v in named if v in actual]
        if not present:
            return ""
        names = [value_label(fact, v) for v in present]
        labels = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        verb = _SET_CLAUSE.get(fact, "the " + noun(fact) + " include {}")
        return verb.format(labels).replace(" apply", " applies") if len(present) == 1 else verb.format(labels)
    if isinstance(actual, bool):
        return _HELD_YES.get(fact, "") if actual else ""
    return f"the {noun(fact)} is {value_label(fact, actual)}"


def held(item: Item) -> str:
    """The facts that held for this design and made the rule fire, in plain words, without its logic: what the
    condition required that is true here ("PCI DSS applies and you use WhatsApp"), never the alternatives it allowed
    or the things that had to be absent. '' when nothing positive held (a rule that always applies)."""
    facts = dict(item.why.facts)
    clauses = [_held_clause(m, facts) for m in _CLAUSE.finditer(_NOT.sub("", item.why.because))]
    said = list(dict.fromkeys(c for c in clauses if c))
    if not said:
        return ""
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def reason_sentence(item: Item) -> str:
    """"Because ..." for an item: the facts that held for this design, in plain words (the rule's logic stays in
    its trace)."""
    reason = held(item)
    return f"Because {reason}." if reason else ""


# ------------------------------------------------------------------------------------------------ glossary

_TERM_PATTERN = re.compile(r"(?<![\w/-])(" + "|".join(re.escape(html.escape(t.term)) for t in TERMS) + r")(?![\w/-])")
_MEANINGS = {html.escape(t.term): t.meaning for t in TERMS}
_TAG = re.compile(r"(<[^>]+>)")
_SKIP_INSIDE = ("code", "a", "abbr", "pre")


@lru_cache(maxsize=4096)
def glossed(markup: str) -> str:
    """HTML with the first mention of each glossary term explained as a tooltip (``<abbr class=twarch-term>``).

    Only text is touched: not tags, attributes, code, links or an existing ``abbr``."""
    out, seen, skip = [], set(), 0
    for part in _TAG.split(markup):
        if part.startswith("<") and part.endswith(">"):
            name = part[1:].lstrip("/").split(None, 1)[0].rstrip(">").lower() if len(part) > 2 else ""
            if name in _SKIP_INSIDE:
                skip += -1 if part.startswith("</") else (0 if part.endswith("/>") else 1)
            out.append(part)
            continue
        if skip > 0:
            out.append(part)
            continue

        def explain(match: re.Match) -> str:
            term = match.group(1)
            if term in seen:
                return term
            seen.add(term)
            title = html.escape(_MEANINGS[term], quote=True)
            return f'<abbr class="twarch-term" title="{title}">{term}</abbr>'

        out.append(_TERM_PATTERN.sub(explain, part))
    return "".join(out)


def rich_text(text: str) -> str:
    """User-safe HTML for a text: escaped, backtick spans as code, glossary terms explained."""
    return glossed(html_text(text))
