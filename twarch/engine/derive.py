"""How each derived fact comes about: one function per stage, checked against the declarations.

:data:`twarch.knowledge.facts.FACTS` declares every fact with its stage. Decision facts are decided by
their rule table; every other derived fact is made here by the deriver of its stage, which runs once the
tables of that stage are evaluated. At import, each declared derived fact must be made by exactly one
deriver or decision table, and each deriver must make only declared facts of its own stage.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..answers import Answers
from ..knowledge.channels import MESSAGING_CHANNELS, in_words
from ..knowledge.components import COMPONENTS
from ..knowledge.facts import FACTS
from ..knowledge.geography import EEA, LOCAL_LAW_GAPS, US_JURISDICTIONS, country_name, telephony
from ..knowledge.limits import CALLBACKS_PER_CALL, LIMITS
from ..knowledge.products import CONVERSATIONS_STACK, TRANSPORTS
from ..knowledge.questions import ESSENTIAL
from ..knowledge.regimes import REGIMES, TENANT_SUBACCOUNT_REGIMES
from ..knowledge.rules import TABLES
from ..knowledge.speech import OWN, PREFERENCES, SPEECH_PROVIDERS, preferred, vendors
from ..knowledge.stakes import BY_ID as STAKES_BY_ID
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


@derives("derived", "mode", "request_stakes", "named_laws_text", "voice", "messaging_count", "channel_count",
         "channels_text",
         "messaging_text", "multilingual", "languages_text", "language_bases", "non_english_text",
         "functions_invocations", "intelligence_text", "open_count", "outbound", "geo_us", "geo_ca",
         "geo_eu", "geo_uk", "geo_assumed", "uncovered_countries_text", "local_law_text", "speech_to_speech",
         "tenants_text",
         "memory_subaccounts_text",
         "orchestrator_subaccounts_text", "agent_assist", "phone_handoff", "handoff_assumed_text", "served_channels",
         "telephony_blocked_text", "telephony_limits_text", "inbound_toll_free_countries", "inbound_toll_free_text",
         "sales_calls_text", "region_text")
def _from_answers(answers: Answers, _facts: Mapping[str, Any], _items: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"open_count": sum(not answers.answered(q) for q in ESSENTIAL),
                           "agent_assist": agent_assist(answers.outcome, answers.wants),
                           "served_channels": answers.channels or ()}
    out.update(_handoff(answers, out["agent_assist"]))
    out.update(_direction(answers))
    out.update(_geography(answers.countries, answers.eu_users))
    inbound = answers.direction in ("inbound", "both") or (answers.direction is None and not out.get("outbound"))
    out.update(_telephony(answers.countries, out.get("outbound"), inbound,
                          answers.outcome == "conversational_commerce"))
    if answers.region is not None:
        out["region_text"] = answers.region.upper()
    out.update(_tenants(answers.tenants))
    out.update(_channels(answers.channels, answers.voice_pipeline))
    if out["agent_assist"] and out.get("speech_to_speech"):
        out["speech_to_speech"] = False  # people answer: no AI voice pipeline, whatever voice_pipeline says
    out.update(_spoken(answers.languages))
    out["request_stakes"] = stakes_of(answers.request) if answers.request else ()
    laws = [STAKES_BY_ID[s].label for s in out["request_stakes"] if STAKES_BY_ID[s].unplaced_law]
    if laws:
        out["named_laws_text"] = ", ".join(laws)
    if answers.request:
        out["mode"] = mode_of(answers.request).mode
    if answers.peak_concurrent_calls is not None:
        out["functions_invocations"] = answers.peak_concurrent_calls * CALLBACKS_PER_CALL
    if answers.intelligence is not None:
        out["intelligence_text"] = {"realtime": "real-time", "post_call": "post-call"}.get(answers.intelligence)
    return out


def agent_assist(outcome: str | None, wants: tuple[str, ...] | None) -> bool:
    """An agent-assist (copilot) design: the outcome is a tool for your own staff (``internal_tools``) and the AI
    copilot during human conversations is wanted, so people answer every conversation and the AI assists them.
    Either alone is not enough: ``internal_tools`` is also an AI agent your employees talk to, and a copilot wanted
    beside ``autonomous_service`` assists the people an AI hands conversations to (a hybrid).

    >>> agent_assist("internal_tools", ("ai_copilot",)), agent_assist("internal_tools", None)
    (True, False)
    >>> agent_assist("autonomous_service", ("ai_copilot",))
    False
    """
    return outcome == "internal_tools" and "ai_copilot" in (wants or ())


#: Said beside Flex while handoff_target is unanswered: the contact centre is an assumption (review 3, finding 5).
HANDOFF_ASSUMED = (" (assumed: contact-centre agents take the hand-off; if a phone, a team line or an on-call person "
                   "takes it, answer handoff_target: phone_line and neither TaskRouter nor Flex is needed)")


def _handoff(answers: Answers, assist: bool) -> dict[str, Any]:
    """Who takes an AI's hand-off: ``phone_handoff`` when a phone line does; agent assist is people in Flex."""
    ai_hands_off = answers.handoff is True and not assist
    return {"phone_handoff": ai_hands_off and answers.handoff_target == "phone_line",
            "handoff_assumed_text": HANDOFF_ASSUMED if ai_hands_off and answers.handoff_target is None else ""}


@memoised(lambda channels, pipeline: (channels, pipeline))
def _channels(channels: tuple[str, ...] | None, pipeline: str | None) -> dict[str, Any]:
    """What the channels make: voice or not, how many messaging channels, the channels in words."""
    if channels is None:
        return {}
    out: dict[str, Any] = {"voice": "voice" in channels,
                           "messaging_count": sum(c in MESSAGING_CHANNELS for c in channels),
                           "channel_count": len(channels), "channels_text": in_words(channels)}
    if out["voice"]:
        out["speech_to_speech"] = pipeline == "speech_to_speech"
    messaging = tuple(c for c in channels if c in MESSAGING_CHANNELS)
    if messaging:
        out["messaging_text"] = in_words(messaging)
    return out


def multilingual(languages: tuple[str, ...]) -> bool:
    """Whether the languages span two or more base languages."""
    return len({tag.split("-")[0] for tag in languages}) >= 2


@memoised(lambda languages: (languages,))
def _spoken(languages: tuple[str, ...] | None) -> dict[str, Any]:
    """Whether the languages span more than one language, and the languages in words."""
    if languages is None:
        return {}
    others = [tag for tag in languages if tag.split("-")[0].lower() != "en"]
    return {"multilingual": multilingual(languages), "languages_text": ", ".join(languages) or "no languages",
            "language_bases": tuple(sorted({tag.split("-")[0].lower() for tag in languages})),
            **({"non_english_text": ", ".join(others)} if others else {})}


def _direction(answers: Answers) -> dict[str, Any]:
    """Outbound when answered so; with direction unanswered, outbound calling and debt collection imply it."""
    if answers.direction is not None:
        return {"outbound": answers.direction in ("outbound", "both")}
    if answers.outcome == "outbound_calling" or answers.industry == "debt_collection":
        return {"outbound": True}
    return {}


@memoised(lambda countries, eu_users: (countries, eu_users))
def _geography(countries: tuple[str, ...] | None, eu_users: bool | None) -> dict[str, Any]:
    """Where the people are. While countries are unanswered the US is assumed (the playbook's rules are US rules)."""
    if countries is None:
        return {"geo_us": True, "geo_ca": False, "geo_uk": False, "geo_eu": eu_users is True, "geo_assumed": True,
                "local_law_text": _local_law(("US",))}
    uncovered = [c for c in countries if c not in US_JURISDICTIONS and c not in EEA and c not in ("CA", "GB")]
    covered = _local_law(countries)
    return {"geo_us": any(c in US_JURISDICTIONS for c in countries), "geo_ca": "CA" in countries,
            "geo_uk": "GB" in countries, "geo_eu": eu_users is True or any(c in EEA for c in countries),
            "geo_assumed": False, **({"uncovered_countries_text": ", ".join(uncovered)} if uncovered else {}),
            **({"local_law_text": covered} if covered else {})}


def _local_law(countries: tuple[str, ...]) -> str:
    """What twarch does not hold inside the covered countries among ``countries`` (knowledge/geography.LOCAL_LAW_GAPS),
    one clause per country with gaps of its own, the other EU/EEA countries together."""
    parts = []
    if any(c in US_JURISDICTIONS for c in countries):
        parts.append(f"in the US, {LOCAL_LAW_GAPS['US']}")
    parts += [f"in {country_name(c)}, {LOCAL_LAW_GAPS[c]}" for c in dict.fromkeys(countries)
              if c in LOCAL_LAW_GAPS and c != "US"]
    others = [country_name(c) for c in dict.fromkeys(countries) if c in EEA and c not in LOCAL_LAW_GAPS]
    if others:
        parts.append(f"in {', '.join(others)}, {LOCAL_LAW_GAPS['EEA']}")
    return "; ".join(parts)


@memoised(lambda countries, outbound, inbound, sales: (countries, outbound, inbound, sales))
def _telephony(countries: tuple[str, ...] | None, outbound: bool | None, inbound: bool = True,
               sales: bool = False) -> dict[str, Any]:
    """What Twilio's country guidelines say of this design's calls: where they cannot go at all, and where numbers or
    caller IDs are limited (knowledge/telephony.csv). Calls in: every design with voice; calls out: an outbound one.
    Where people call in (``inbound``), the countries whose callers reach only a toll-free number; where the design
    places outbound ``sales`` calls, what those need in each country."""
    blocked, limited, toll_free, selling = [], [], [], []
    for code in countries or ():
        rule = telephony(code)
        if rule is None:
            continue
        if inbound and rule.inbound_numbers == "toll_free":
            toll_free.append(code)
        if outbound and sales and rule.sales_calls:
            selling.append(f"{country_name(code)}: {rule.sales_calls}")
        reach = [rule.inbound] + ([rule.outbound] if outbound else [])
        line = f"{country_name(code)}: {rule.voice}"
        if "none" in reach:
            blocked.append(line)
        elif "limited" in reach:
            limited.append(line)
    out: dict[str, Any] = {}
    if blocked:
        out["telephony_blocked_text"] = "; ".join(blocked)
    if limited:
        out["telephony_limits_text"] = "; ".join(limited)
    if toll_free:
        out["inbound_toll_free_countries"] = tuple(toll_free)
        out["inbound_toll_free_text"] = ", ".join(country_name(c) for c in toll_free)
    if selling:
        out["sales_calls_text"] = "; ".join(selling)
    return out


@memoised(lambda tenants: (tenants,))
def _tenants(tenants: int | None) -> dict[str, Any]:
    """The subaccount arithmetic for an ISV's tenants, under each published per-account limit."""
    if tenants is None:
        return {}
    skill, docs = LIMITS["memory_stores_per_account"].value, LIMITS["memory_stores_per_account_docs"].value
    configs = LIMITS["orchestrator_configurations_per_account"].value
    return {
        "tenants_text": tenants_text(tenants),
        "memory_subaccounts_text": f"{_accounts(tenants, skill)} at Twilio's skill limit of {skill} stores per "
                                   f"account, {_accounts(tenants, docs)} at the docs' limit of {docs}",
        "orchestrator_subaccounts_text": f"{_accounts(tenants, configs)} at Twilio's skill limit of {configs} "
                                         "configurations per account, 1 account if the docs' unlimited reading "
                                         "holds",
    }


def accounts_for(tenants: int, per_account: int) -> int:
    """How many accounts hold ``tenants`` when each account holds at most ``per_account`` of them (the report's
    facts and the capacity plan both count this way)."""
    return math.ceil(tenants / per_account)


def tenants_text(tenants: int) -> str:
    """``1 tenant``, ``25 tenants``."""
    return f"{tenants} tenant{'s' if tenants != 1 else ''}"


def _accounts(tenants: int, per_account: int) -> str:
    count = accounts_for(tenants, per_account)
    return f"{count} account{'s' if count != 1 else ''}"


@derives("regulations", "regimes", "us_regimes_text", "tenant_subaccounts")
def _regimes(answers: Answers, _facts: Mapping[str, Any], items: Mapping[str, Any]) -> dict[str, Any]:
    ids = tuple(r.id for r in items["regulations"])
    us = [REGIMES[r].name for r in ids if REGIMES[r].where == "US"]
    per_tenant = answers.customer_profile == "isv" and bool(TENANT_SUBACCOUNT_REGIMES & set(ids))
    return {"regimes": ids, "tenant_subaccounts": per_tenant, **({"us_regimes_text": ", ".join(us)} if us else {})}


@derives("voice_transport", "transport_name", "covering_stt", "covering_tts", "covering_pair_text",
         "passed_over_text")
def _transport(answers: Answers, facts: Mapping[str, Any], _items: Mapping[str, Any]) -> dict[str, Any]:
    transport = facts.get("voice_transport")
    if transport is None:
        return {}
    out: dict[str, Any] = {"transport_name": TRANSPORTS[transport]}
    if answers.languages:
        out.update(covering(answers.languages, transport, answers.priority, "hipaa" in facts.get("regimes", ())))
        if facts.get("multilingual") or answers.priority == "languages":  # the language rules choose the providers
            passed = passed_over(answers, transport, out)
            if passed:
                out["passed_over_text"] = passed
    if "covering_stt" in out and "covering_tts" in out:
        out["covering_pair_text"] = (f"{SPEECH_PROVIDERS[('stt', out['covering_stt'])].name} (STT) and "
                                     f"{SPEECH_PROVIDERS[('tts', out['covering_tts'])].name} (TTS)")
    return out


def passed_over(answers: Answers, transport: str, found: Mapping[str, str]) -> str:
    """The providers the priority favours that the language rules passed over because their sourced lists miss a
    language, in words ("ElevenLabs (TTS)"); "" when none (or the provider was answered, or no language was)."""
    if not answers.languages:
        return ""
    lacking = _favourites_lacking(answers.languages, transport, answers.priority)
    return " and ".join(f"{favourite.name} ({kind.upper()})" for kind, favourite in lacking.items()
                        if getattr(answers, f"{kind}_provider") is None and found.get(f"covering_{kind}") is not None)


@memoised(lambda languages, transport, priority: (languages, transport, priority))
def _favourites_lacking(languages: tuple[str, ...], transport: str, priority: str | None) -> dict[str, Any]:
    """Per kind, the provider the priority favours (when it favours one) if its sourced list misses a language."""
    from ..knowledge.providers import covers

    out = {}
    for kind in ("stt", "tts"):
        favourite = next(iter(preferred(usable(kind, transport), kind, priority)), None)
        if (PREFERENCES.get((kind, priority or "")) and favourite is not None
                and covers(favourite.id, kind, languages) is not True):
            out[kind] = favourite
    return out


def usable(kind: str, transport: str) -> list[Any]:
    """The vendors of ``kind`` the transport can use (ConversationRelay: only those it offers)."""
    return [p for p in vendors(kind) if transport != "conversation_relay" or p.relay == "offered"]


#: Under HIPAA, the voice Twilio's HIPAA Eligible Services list names comes first when it covers the languages.
HIPAA_TTS = "amazon_polly"


@memoised(lambda languages, transport, priority, hipaa: (languages, transport, priority, hipaa))
def covering(languages: tuple[str, ...], transport: str, priority: str | None, hipaa: bool = False) -> dict[str, str]:
    """Per kind, the vendor the transport can use whose sourced language list covers every language, the
    priority's favourite first (:data:`~twarch.knowledge.speech.PREFERENCES`), Amazon Polly first under HIPAA."""
    from ..knowledge.providers import covers

    out = {}
    for kind in ("stt", "tts"):
        ranked = preferred(usable(kind, transport), kind, priority)
        if hipaa and kind == "tts":
            ranked = sorted(ranked, key=lambda p: p.id != HIPAA_TTS)  # stable: the rest keep the priority's order
        found = next((p.id for p in ranked if covers(p.id, kind, languages) is True), None)
        if found is not None:
            out[f"covering_{kind}"] = found
    return out


@derives("tts", "stt_on_relay", "tts_on_relay", "tts_relay_state", "stt_name", "tts_name")
def _speech(_answers: Answers, facts: Mapping[str, Any], _items: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in ("stt", "tts"):
        chosen = facts.get(kind)
        if chosen is not None:
            found = SPEECH_PROVIDERS[(kind, chosen)]
            out[f"{kind}_on_relay"] = found.on_relay
            out[f"{kind}_name"] = found.name
            if kind == "tts":
                out["tts_relay_state"] = found.relay
    return out


#: What the customer runs itself, in words, by which of STT and TTS are :data:`~twarch.knowledge.speech.OWN`.
OWN_SPEECH_TEXT = {(True, True): "speech recognition and voice", (True, False): "speech recognition",
                   (False, True): "voice"}


@derives("languages", "language_pair", "language_missing_text", "language_unknown_text", "own_speech_text")
def _languages(answers: Answers, facts: Mapping[str, Any], _items: Mapping[str, Any]) -> dict[str, Any]:
    stt, tts = facts.get("stt"), facts.get("tts")
    if not (stt and tts):
        return {}
    own = OWN_SPEECH_TEXT.get((stt == OWN, tts == OWN))
    if own is not None:  # the customer's own engine: no vendor pair to compare; its languages are theirs to check
        return {"own_speech_text": own}
    if not answers.languages:
        return {}
    return language_facts(answers.languages, stt, tts)


@derives("products", "products", "conversations_stack", "unconfirmed_text")
def _products(answers: Answers, _facts: Mapping[str, Any], items: Mapping[str, Any]) -> dict[str, Any]:
    ids = tuple(p.id for p in items["products"])
    out: dict[str, Any] = {"products": ids, "conversations_stack": sum(p in ids for p in CONVERSATIONS_STACK)}
    if answers.region is not None:
        unstated = [COMPONENTS[p].name for p in ids if COMPONENTS[p].regions[answers.region].status == "unstated"]
        if unstated:
            out["unconfirmed_text"] = " and ".join(unstated)
    return out


@memoised(lambda text: (text,))
def mode_of(text: str) -> Any:
    """Step 1 on the request: the :class:`~twarch.reader.request.ModeResult` (its ``mode`` is the fact)."""
    from ..reader.request import detect_mode

    return detect_mode(text)


@memoised(lambda text: (text,))
def stakes_of(text: str) -> tuple[str, ...]:
    """The high-stakes terms the request names (:func:`twarch.reader.request.stakes_named`): the fact
    ``request_stakes``."""
    from ..reader.request import stakes_named

    return stakes_named(text)


@memoised(lambda languages, stt, tts: (languages, stt, tts))
def language_facts(languages: tuple[str, ...], stt: str, tts: str) -> dict[str, str]:
    """Whether the chosen STT and TTS both list every language (the intersection rule), from sourced data."""
    from ..knowledge.providers import language_support

    pair = language_support(languages, stt=[stt], tts=[tts]).pair(stt, tts)
    return {"language_pair": pair.status, "language_missing_text": _missing_by_side(pair.missing, stt, tts),
            "language_unknown_text": ", ".join(pair.unknown)}


def _possessive(name: str) -> str:
    """``Deepgram's``, ``ElevenLabs'``."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _missing_by_side(missing: tuple[str, ...], stt: str, tts: str) -> str:
    """The missing languages by the list that lacks them: "missing from Deepgram's list: af, zu"."""
    from ..knowledge.providers import covers

    sides: dict[str, list[str]] = {}
    for base in missing:
        lacking = [SPEECH_PROVIDERS[(kind, vendor)].name for kind, vendor in (("stt", stt), ("tts", tts))
                   if covers(vendor, kind, [base]) is False]
        where = "both lists" if len(lacking) == 2 else f"{_possessive(lacking[0])} list"
        sides.setdefault(where, []).append(base)
    return "; ".join(f"missing from {where}: {', '.join(bases)}" for where, bases in sides.items())


def check_derivations() -> None:
    """Each declared derived fact is made by exactly one deriver or decision table, and each deriver makes only
    declared facts of its own stage (run once every deriver module is imported: :mod:`twarch.engine`)."""
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

