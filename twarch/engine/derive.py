"""How each derived fact comes about: one function per stage, checked against the declarations.

:data:`twarch.knowledge.facts.FACTS` declares every fact with its stage. Decision facts are decided by
their rule table; every other derived fact is made here by the deriver of its stage, which runs once the
tables of that stage are evaluated. At import, each declared derived fact must be made by exactly one
deriver or decision table, and each deriver must make only declared facts of its own stage.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..answers import Answers
from ..knowledge.channels import MESSAGING_CHANNELS, in_words
from ..knowledge.facts import FACTS
from ..knowledge.limits import CALLBACKS_PER_CALL
from ..knowledge.products import CONVERSATIONS_STACK
from ..knowledge.questions import ESSENTIAL
from ..knowledge.rules import TABLES
from ..knowledge.speech import provider
from .memo import memoised

#: What a deriver sees: the answers, the facts so far, and the items of the tables evaluated so far.
Deriver = Callable[[Answers, Mapping[str, Any], Mapping[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Derivation:
    stage: str
    makes: tuple[str, ...]
    derive: Deriver


DERIVATIONS: dict[str, Derivation] = {}


def derives(stage: str, *makes: str) -> Callable[[Deriver], Deriver]:
    def register(fn: Deriver) -> Deriver:
        DERIVATIONS[stage] = Derivation(stage, makes, fn)
        return fn

    return register


@derives("derived", "mode", "voice", "messaging_count", "channel_count", "channels_text", "multilingual",
         "languages_text", "functions_invocations", "intelligence_text", "open_count")
def _from_answers(answers: Answers, _facts: Mapping[str, Any], _items: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"open_count": sum(not answers.answered(q) for q in ESSENTIAL)}
    if answers.request:
        out["mode"] = mode_of(answers.request).mode
    channels = answers.channels
    if channels is not None:
        out["voice"] = "voice" in channels
        out["messaging_count"] = sum(c in MESSAGING_CHANNELS for c in channels)
        out["channel_count"] = len(channels)
        out["channels_text"] = in_words(channels)
    if answers.languages is not None:
        out["multilingual"] = len({tag.split("-")[0] for tag in answers.languages}) >= 2
        out["languages_text"] = ", ".join(answers.languages) or "no languages"
    if answers.peak_concurrent_calls is not None:
        out["functions_invocations"] = answers.peak_concurrent_calls * CALLBACKS_PER_CALL
    if answers.intelligence is not None:
        out["intelligence_text"] = {"realtime": "real-time", "post_call": "post-call"}.get(answers.intelligence)
    return out


@derives("languages", "language_pair", "language_missing_text", "language_unknown_text", "stt_name", "tts_name")
def _languages(answers: Answers, facts: Mapping[str, Any], _items: Mapping[str, Any]) -> dict[str, Any]:
    stt, tts = facts.get("stt"), facts.get("tts")
    if not (stt and tts and answers.languages):
        return {}
    return language_facts(answers.languages, stt, tts)


@derives("products", "products", "conversations_stack")
def _products(_answers: Answers, _facts: Mapping[str, Any], items: Mapping[str, Any]) -> dict[str, Any]:
    ids = tuple(p.id for p in items["products"])
    return {"products": ids, "conversations_stack": sum(p in ids for p in CONVERSATIONS_STACK)}


@derives("regulations", "regimes")
def _regimes(_answers: Answers, _facts: Mapping[str, Any], items: Mapping[str, Any]) -> dict[str, Any]:
    return {"regimes": tuple(r.id for r in items["regulations"])}


@memoised(lambda text: (text,))
def mode_of(text: str) -> Any:
    """Step 1 on the request: the :class:`~twarch.mode.ModeResult` (its ``mode`` is the fact)."""
    from ..mode import detect_mode

    return detect_mode(text)


@memoised(lambda languages, stt, tts: (languages, stt, tts))
def language_facts(languages: tuple[str, ...], stt: str, tts: str) -> dict[str, str]:
    """Whether the chosen STT and TTS both list every language (the intersection rule), from sourced data."""
    from ..knowledge.providers import language_support

    pair = language_support(languages, stt=[stt], tts=[tts]).pair(stt, tts)
    return {"language_pair": pair.status, "language_missing_text": ", ".join(pair.missing),
            "language_unknown_text": ", ".join(pair.unknown), "stt_name": provider("stt", stt).name,
            "tts_name": provider("tts", tts).name}


def _check() -> None:
    made: dict[str, str] = {t.name: f"table {t.name!r}" for t in TABLES if t.decision}
    for d in DERIVATIONS.values():
        for name in d.makes:
            fact = FACTS.get(name)
            if fact is None or fact.stage != d.stage:
                raise ValueError(f"deriver of stage {d.stage!r} makes {name!r}, which is not declared at that stage")
            if name in made:
                raise ValueError(f"fact {name!r} is made twice: by {made[name]} and the {d.stage!r} deriver")
            made[name] = f"the {d.stage!r} deriver"
    declared = {name for name, fact in FACTS.items() if fact.stage != "answers"}
    missing = sorted(declared - set(made))
    if missing:
        raise ValueError(f"declared facts nothing derives: {', '.join(missing)}")


_check()
