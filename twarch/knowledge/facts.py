"""Every fact a rule can read, declared once: its name, its shape, its allowed values and how it comes about.

Facts are the answers (one per question) plus what the engine derives from them, stage by stage
(:data:`STAGES`): a rule table evaluated at one stage may read only facts of earlier stages. The rule
tables (:mod:`twarch.knowledge.rules`) and the checklist's ``when`` conditions are checked against these
declarations when they load, so a misspelt fact or an impossible value fails at import, naming the rule.

Kinds: ``bool``, ``int``, ``choice`` (one of ``values``), ``set`` (a tuple of ``values``; a single expected
value in a condition means "contains"), ``text`` (free text, for rule texts only). ``values`` empty on a
``choice`` or ``set`` fact means free values (language tags, for instance).

>>> FACTS["voice"].kind, FACTS["voice"].stage
('bool', 'derived')
>>> condition_problem({"channels": "fax"})
"channels: 'fax' is not one of voice, sms, whatsapp, rcs, chat"
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .channels import CHANNELS
from .components import COMPONENTS
from .geography import COUNTRIES
from .products import CHANNEL_MIXES, ENTRY_POINTS, PATHS, PRODUCTS, TRANSPORTS
from .questions import QUESTIONS
from .regimes import REGIMES
from .speech import providers, vendors
from .stack import INSTALLS, LLMS, PACKAGES
from .stakes import BY_ID as STAKE_IDS

#: Step 1's modes, in the playbook's order (the request reader scores them: :mod:`twarch.knowledge.signals`).
MODES: tuple[str, ...] = ("discovery", "validation", "build")

KINDS = ("bool", "int", "choice", "set", "text")

#: The order facts come about in. Decision stages are named after the fact their table decides.
STAGES: tuple[str, ...] = ("answers", "derived", "regulations", "feasibility", "level", "channel_mix", "entry_point",
                           "voice_transport", "path", "tac_package", "install", "stt", "tts", "languages", "products",
                           "report")
COMPARISONS = frozenset({"gt", "ge", "lt", "le"})
LANGUAGE_PAIR = ("covered", "missing", "unknown")


@dataclass(frozen=True)
class Fact:
    name: str
    kind: str
    stage: str
    doc: str
    values: tuple[Any, ...] = ()


_QUESTION_KINDS = {"text": "text", "choice": "choice", "multi": "set", "bool": "bool", "count": "int", "tags": "set",
                   "countries": "set", "number": "int"}  # a number compares like an int (gt, ge, lt, le)

_DERIVED: tuple[Fact, ...] = (
    Fact("mode", "choice", "derived", "Step 1's mode, detected from the request text", MODES),
    Fact("request_stakes", "set", "derived", "the high-stakes terms the request names (knowledge/stakes.py): medical "
         "accounts, credential resets, behavioural health, crisis calls, laws twarch cannot place", tuple(STAKE_IDS)),
    Fact("named_laws_text", "text", "derived", "the laws the request names that twarch holds no rules for (stakes "
         "marked unplaced_law), in words"),
    Fact("voice", "bool", "derived", "channels include voice", (True, False)),
    Fact("messaging_count", "int", "derived", "how many messaging channels are answered"),
    Fact("channel_count", "int", "derived", "how many channels are answered"),
    Fact("channels_text", "text", "derived", "the channels in words ('voice and SMS')"),
    Fact("messaging_text", "text", "derived", "the messaging channels in words ('SMS and WhatsApp')"),
    Fact("multilingual", "bool", "derived", "the languages span two or more base languages", (True, False)),
    Fact("languages_text", "text", "derived", "the languages, comma-separated"),
    Fact("language_bases", "set", "derived", "the base languages of the languages answered, lower case ('cy' for "
         "cy-GB)"),
    Fact("non_english_text", "text", "derived", "the languages whose base language is not English, comma-separated"),
    Fact("functions_invocations", "int", "derived", "peak concurrent calls x status callbacks per call"),
    Fact("intelligence_text", "text", "derived", "the intelligence answer in words ('real-time')"),
    Fact("open_count", "int", "derived", "how many of the five essential questions are unanswered"),
    Fact("outbound", "bool", "derived", "the business contacts customers first: direction outbound or both, or, "
         "with direction unanswered, outcome outbound_calling or debt collection", (True, False)),
    Fact("geo_us", "bool", "derived", "people in the US (or US territories) are contacted; assumed while "
         "countries are unanswered", (True, False)),
    Fact("geo_ca", "bool", "derived", "people in Canada are contacted", (True, False)),
    Fact("geo_eu", "bool", "derived", "people in an EU/EEA country are contacted (countries, or eu_users)", (True,
                                                                                                             False)),
    Fact("geo_uk", "bool", "derived", "people in the United Kingdom are contacted", (True, False)),
    Fact("geo_assumed", "bool", "derived", "countries are unanswered, so the US was assumed", (True, False)),
    Fact("uncovered_countries_text", "text", "derived", "the answered countries whose law twarch holds no rules for "
         "(outside the US, Canada, the EU/EEA and the UK), comma-separated"),
    Fact("local_law_text", "text", "derived", "what twarch does not hold inside the answered countries it covers "
         "(sub-national and sector law: knowledge/geography.LOCAL_LAW_GAPS), one clause per country"),
    Fact("speech_to_speech", "bool", "derived", "voice_pipeline is speech_to_speech on a voice design (never in agent "
         "assist)", (True, False)),
    Fact("agent_assist", "bool", "derived", "an agent-assist (copilot) design: people answer every conversation and "
         "the AI assists them; outcome internal_tools (a tool for your own staff) with wants ai_copilot (an AI copilot "
         "during human conversations)", (True, False)),
    Fact("phone_handoff", "bool", "derived", "an AI that answers hands off to a phone, a team line or an on-call "
         "person (handoff_target phone_line), not to contact-centre agents in Flex", (True, False)),
    Fact("handoff_assumed_text", "text", "derived", "what a Flex hand-off says while handoff_target is unanswered "
         "(contact-centre agents are assumed); empty once it is answered"),
    Fact("tenants_text", "text", "derived", "the tenant count in words"),
    Fact("memory_subaccounts_text", "text", "derived",
         "accounts the Memory-store limit needs for the tenants, under each published limit"),
    Fact("orchestrator_subaccounts_text", "text", "derived",
         "accounts the Orchestrator-configuration limit needs for the tenants (Twilio's skill; the docs set none)"),
    Fact("region_text", "text", "derived", "the answered Twilio region's name (IE1, AU1, US1)"),
    Fact("served_channels", "set", "derived", "the channels the design serves: the answered ones, less any the "
         "answered region does not offer (the report says what had to give)", tuple(CHANNELS)),
    Fact("telephony_blocked_text", "text", "derived", "the answered countries Twilio cannot carry this design's calls "
         "to or from (knowledge/telephony.csv), each with why"),
    Fact("inbound_toll_free_countries", "set", "derived", "the answered countries whose callers can reach the agent "
         "only on a toll-free number (Twilio offers no local or mobile numbers there), in a design people call",
         tuple(COUNTRIES)),
    Fact("inbound_toll_free_text", "text", "derived", "the names of inbound_toll_free_countries"),
    Fact("sales_calls_text", "text", "derived", "what outbound sales calls into the answered countries need under "
         "Twilio's guidelines (knowledge/telephony.csv), in a design that places them"),
    Fact("telephony_limits_text", "text", "derived", "the answered countries whose Twilio guidelines limit numbers or "
         "caller IDs in this design's direction, each with how"),
    Fact("unavailable", "set", "feasibility", "the components (knowledge/components.py) this design cannot use: absent "
         "from the region, not eligible under an active regime, or needing one that is", tuple(COMPONENTS)),
    Fact("handoff_transfer", "bool", "feasibility", "an AI hands calls to contact-centre agents that Flex does not "
         "serve (the region does not offer it, or the customer's own contact centre on another platform takes the "
         "hand-off): the call is transferred to the contact centre's number or SIP address", (True, False)),
    Fact("handoff_own_team", "bool", "feasibility", "a handoff_transfer where Flex was to be the customer's own team's "
         "desk (handoff_target contact_center, or assumed) but is ruled out: there is no other contact centre, so "
         "calls "
         "reach the team on a phone line and text conversations an agent UI of the customer's own", (True, False)),
    Fact("nothing_served", "bool", "feasibility", "every channel the answers ask for is ruled out (not offered in the "
         "region, or not eligible under an active regime): no part of the design can run as asked", (True, False)),
    Fact("card_capture_used", "choice", "feasibility", "how card details are taken in a design that takes payments: "
         "the answer, else <Pay> in the AI's account with voice and a payment link without",
         ("pay_in_call", "pay_subaccount", "payment_link")),
    Fact("pci_ai_scope", "bool", "feasibility", "PCI DSS applies to the AI's own workflow: card data is taken there "
         "(card_capture_used pay_in_call)", (True, False)),
    Fact("llm_residency_text", "text", "feasibility", "the answered LLM route's own processing outside the answered "
         "region's zone, in words; empty when it keeps to it or nothing is answered"),
    Fact("llm_route", "choice", "feasibility", "the LLM route the design uses: the answered one, or the in-region "
         "route residency moved it to (engine.feasibility.llm_move); unset when the LLM is unanswered", tuple(LLMS)),
    Fact("llm_zone_text", "text", "feasibility", "in IE1 or AU1, how the design's LLM route keeps processing in the "
         "region's zone (the deployment or profile, with what it does not cover), else the advice to pick its regional "
         "endpoint"),
    Fact("level", "int", "level", "the capability level, from the LEVEL table"),
    Fact("channel_mix", "choice", "channel_mix", "from the CHANNEL_MIX table", tuple(CHANNEL_MIXES)),
    Fact("entry_point", "choice", "entry_point", "from the ENTRY_POINT table", tuple(ENTRY_POINTS)),
    Fact("voice_transport", "choice", "voice_transport", "from the TRANSPORT table", tuple(TRANSPORTS)),
    Fact("transport_name", "text", "voice_transport", "the voice transport's name"),
    Fact("covering_stt", "choice", "voice_transport", "the first STT provider (of those the transport can use) "
         "whose sourced language list covers every answered language", tuple(p.id for p in vendors("stt"))),
    Fact("covering_tts", "choice", "voice_transport", "the first TTS provider (of those the transport can use) "
         "whose sourced language list covers every answered language", tuple(p.id for p in vendors("tts"))),
    Fact("covering_pair_text", "text", "voice_transport", "the covering STT and TTS providers' names, when both "
         "exist"),
    Fact("passed_over_text", "text", "voice_transport", "the providers the priority favours that the language rules "
         "passed over because their sourced lists miss a language ('ElevenLabs (TTS)')"),
    Fact("path", "choice", "path", "from the PATH table", tuple(PATHS)),
    Fact("tac_package", "choice", "tac_package", "the Agent Connect package, from the TAC_PACKAGE table",
         tuple(PACKAGES)),
    Fact("install", "choice", "install", "how to install the package, from the INSTALL table", tuple(INSTALLS)),
    Fact("stt", "choice", "stt", "the speech-to-text provider, from the STT table",
         tuple(p.id for p in providers("stt"))),
    Fact("tts", "choice", "tts", "the text-to-speech provider, from the TTS table",
         tuple(p.id for p in providers("tts"))),
    Fact("stt_on_relay", "bool", "tts", "ConversationRelay offers the chosen STT provider", (True, False)),
    Fact("tts_on_relay", "bool", "tts", "ConversationRelay offers the chosen TTS provider", (True, False)),
    Fact("tts_relay_state", "choice", "tts", "what Twilio's sources say of the TTS provider on ConversationRelay",
         ("offered", "not_offered", "conflict")),
    Fact("stt_name", "text", "tts", "the STT provider's display name"),
    Fact("tts_name", "text", "tts", "the TTS provider's display name"),
    Fact("language_pair", "choice", "languages",
         "whether the STT and TTS providers' sourced language lists both cover every language", LANGUAGE_PAIR),
    Fact("language_missing_text", "text", "languages", "the languages a provider's complete list lacks, each with "
         "the list that lacks it"),
    Fact("language_unknown_text", "text", "languages", "the languages no sourced list covers"),
    Fact("own_speech_text", "text", "languages", "what the customer runs itself, in words ('speech recognition and "
         "voice'), when the STT or TTS answer is own: no vendor language pair is compared then"),
    Fact("products", "set", "products", "the products the PRODUCTS table recommends", tuple(PRODUCTS)),
    Fact("unconfirmed_text", "text", "products", "the recommended components Twilio's regional pages say nothing of "
         "for the answered region, in words"),
    Fact("conversations_stack", "int", "products", "how many of Orchestrator, Memory, Intelligence are recommended"),
    Fact("regimes", "set", "regulations", "the regimes the REGULATIONS table finds", tuple(REGIMES)),
    Fact("us_regimes_text", "text", "regulations", "the active regimes that apply only to the US, in words"),
    Fact("tenant_subaccounts", "bool", "regulations", "an ISV whose tenants each need a subaccount (a 10DLC brand "
         "of their own, or their own PHI boundary)", (True, False)),
)


def _question_fact(q: Any) -> Fact:
    values: tuple[Any, ...] = (True, False) if q.kind == "bool" else q.choice_ids
    if q.kind == "countries":
        values = tuple(COUNTRIES)
    return Fact(q.id, _QUESTION_KINDS[q.kind], "answers", f"the answer to {q.id!r}: {q.title}", values)


FACTS: dict[str, Fact] = {f.name: f for f in (*map(_question_fact, QUESTIONS), *_DERIVED)}
if len(FACTS) != len(QUESTIONS) + len(_DERIVED):
    raise ValueError("a derived fact has the name of a question")

#: Facts that hold a set: a single expected value in a condition means "contains".
SET_FACTS = frozenset(name for name, fact in FACTS.items() if fact.kind == "set")
#: What a fact named in a rule text says while it has no value.
UNANSWERED_TEXT = {"channels_text": "single-channel", "languages_text": "your languages", "open_count": 0,
                   "transport_name": "the voice transport", "tenants_text": "each tenant",
                   "memory_subaccounts_text": "a subaccount per group of tenants beyond the limit",
                   "orchestrator_subaccounts_text": "more subaccounts as tenants grow"}


def stage_index(stage: str) -> int:
    return STAGES.index(stage)


def condition_problem(cond: Any, before: str | None = None, depth: int = 0) -> str:
    """Why a condition is malformed or reads an undeclared fact ('' when it is fine).

    ``before``: a stage; the condition may read only facts of earlier stages.
    """
    if depth > 8:
        return "nested too deeply"
    if not isinstance(cond, Mapping):
        return f"expected a mapping, got {json.dumps(cond, default=str)}"
    for key, value in cond.items():
        if key in ("all", "any"):
            if not isinstance(value, (list, tuple)) or not value:
                return f"'{key}' needs a non-empty list of conditions"
            problem = next((p for p in (condition_problem(c, before, depth + 1) for c in value) if p), "")
        elif key == "not":
            problem = condition_problem(value, before, depth + 1) or ("'not' needs a condition" if not value else "")
        else:
            problem = fact_problem(key, value, before)
        if problem:
            return problem
    return ""


def fact_problem(name: str, expected: Any, before: str | None = None) -> str:
    """Why ``{name: expected}`` cannot be a condition ('' when it can)."""
    fact = FACTS.get(name)
    if fact is None:
        return f"unknown fact {name!r}"
    if before is not None and stage_index(fact.stage) >= stage_index(before):
        return f"{name!r} comes about at stage {fact.stage!r}, not before {before!r}"
    if expected is None:
        return ""
    if fact.kind == "text":
        return f"{name!r} is text for rule texts, not for conditions"
    if isinstance(expected, Mapping):
        if not expected or set(expected) - COMPARISONS:
            return f"{name}: a comparison takes only {', '.join(sorted(COMPARISONS))}"
        if fact.kind != "int":
            return f"{name}: only numbers compare, and {name!r} is {fact.kind}"
        if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in expected.values()):
            return f"{name}: comparisons need numbers"
        return ""
    values = list(expected) if isinstance(expected, (list, tuple)) else [expected]
    if not values:
        return f"{name}: an empty list never matches"
    for value in values:
        if isinstance(value, (list, tuple, Mapping)):
            return f"{name}: unexpected nested value {json.dumps(value, default=str)}"
        if fact.kind == "bool" and not isinstance(value, bool):
            return f"{name}: expected true or false, got {json.dumps(value)}"
        if fact.kind == "int" and (isinstance(value, bool) or not isinstance(value, int)):
            return f"{name}: expected a whole number, got {json.dumps(value)}"
        if fact.kind in ("choice", "set") and fact.values and value not in fact.values:
            return f"{name}: {value!r} is not one of {', '.join(map(str, fact.values))}"
    return ""
