"""Can the design be built? What the answers rule out, what had to give, and the nearest designs when a wish fails.

Every component declares where it may run and what it needs (:mod:`twarch.knowledge.components`). Before any
choice is made, the engine works out which components this design cannot use (:func:`exclusions`): absent from the
answered region, not eligible under an active regime (PCI DSS only where card data reaches the AI's workflow), or
needing one of those. The rules read the result (the ``unavailable`` fact) and choose the feasible alternative.

Some wishes cannot be met at all in the answered region: a channel the region does not offer, a speech-to-speech
model that does not run there. The engine then designs without them (:func:`repairs`), and the recommendation shows
the nearest design that keeps the wish by giving up the region.

After choosing, :func:`tradeoffs` compares the design with the one the same answers would get if nothing were ruled
out, and says in one line per component what had to give, why (the claim behind it) and what the design uses
instead; :func:`eligibility` lays the chosen and excluded components against HIPAA, PCI DSS, the region and the
countries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..answers import Answers
from ..knowledge.channels import CHANNELS, MESSAGING_CHANNELS
from ..knowledge.claims import CLAIMS
from ..knowledge.components import (
    CLOUD_LLM_ROUTES,
    COMPONENTS,
    LLM_RESIDENCY,
    LLM_ZONE_CAVEATS,
    MAKER_LLM_ROUTES,
    REALTIME_RESIDENCY,
    RESTRICTING,
    ZONES,
    Cell,
    Component,
)
from ..knowledge.geography import telephony
from ..knowledge.providers import base_language, covers
from ..knowledge.regimes import REGIMES
from ..knowledge.speech import OWN, SPEECH_PROVIDERS
from ..knowledge.stack import CLOUDS, LLMS
from ..recommendation import Item, Why
from .derive import agent_assist, covering, derives, multilingual, usable
from .memo import memoised

#: The ``handoff_target`` answer for a contact centre the customer already runs on another platform: the AI's
#: hand-off is a transfer to it, as where the region does not offer Flex.
OWN_CONTACT_CENTER = "own_contact_center"
#: The region a design runs in when none is answered.
DEFAULT_REGION = "us1"
REGION_NAMES = {"us1": "US1", "ie1": "IE1 (Ireland, EU data residency)", "au1": "AU1 (Australia)"}
#: What a region's residency is called when a design gives it up.
RESIDENCY = {"us1": "US1", "ie1": "EU data residency (IE1)", "au1": "Australian data residency (AU1)"}


@dataclass(frozen=True)
class Exclusion:
    """Why one component cannot serve this design: the answer that rules it out and the sourced claim behind it."""

    component: str
    reason: str
    constraint: str  #: ``region``, ``regimes``, ``requires`` or ``design`` (the design's own answers)
    claim: str


@dataclass(frozen=True)
class Repair:
    """A wish the answered region cannot meet: the answer changed for the design, and why."""

    field: str
    value: Any
    dropped: str  #: what the design gives up, in words ("WhatsApp")
    reason: str
    claim: str
    instead: str = ""  #: what the design can do instead, in words ("" when the nearest design is the answer)
    #: giving up the region would meet the wish (so a nearest design is shown); False for a platform rule that holds
    #: in every region, such as Twilio's forbidden SMS use cases
    regional: bool = True


def region_of(answers: Answers) -> str:
    return answers.region or DEFAULT_REGION


def card_capture(answers: Answers) -> str | None:
    """How card details are taken: the answer, else <Pay> in the AI's account with voice, a payment link without."""
    if not answers.takes_payments:
        return None
    if answers.card_capture:
        return answers.card_capture
    return "pay_in_call" if "voice" in (answers.channels or ()) else "payment_link"


def restricting(regimes: tuple[str, ...], capture: str | None) -> tuple[str, ...]:
    """The active regimes that restrict which products the AI's workflow may use: HIPAA always, PCI DSS only where
    card data reaches that workflow (card digits taken by <Pay> in the AI's own account)."""
    out = ["hipaa"] if "hipaa" in regimes else []
    if "pci_dss" in regimes and capture in ("pay_in_call", None):
        out.append("pci_dss")
    return tuple(out)


@memoised(lambda region, active: (region, active))
def exclusions(region: str, active: tuple[str, ...]) -> tuple[Exclusion, ...]:
    """Every component the region and the restricting regimes rule out, with its reason, in declaration order;
    a component that requires an excluded one is excluded too."""
    found: dict[str, Exclusion] = {}
    for c in COMPONENTS.values():
        cell = c.regions[region]
        if cell.status == "absent":
            found[c.id] = Exclusion(c.id, f"not offered in {REGION_NAMES[region]}", "region", cell.claim)
            continue
        barred = [r for r in active if r in cell.barred]
        if barred:
            found[c.id] = Exclusion(c.id, f"{cell.note}", "region", cell.claim)
            continue
        for regime in active:
            if c.regimes[regime].status == "not_eligible":
                found[c.id] = Exclusion(c.id, f"not {_eligible_word(regime)}", "regimes", c.regimes[regime].claim)
                break
    grew = True
    while grew:
        grew = False
        for c in COMPONENTS.values():
            missing = [r for r in c.requires if r in found]
            if c.id not in found and missing:
                names = " and ".join(COMPONENTS[r].name for r in missing)
                found[c.id] = Exclusion(c.id, f"needs {names}, which this design cannot use", "requires",
                                        c.requires_claim)
                grew = True
    return tuple(found[c] for c in COMPONENTS if c in found)


def design_exclusions(answers: Answers) -> tuple[Exclusion, ...]:
    """What the design's own answers rule out: ConversationRelay when the answered speech vendor is one it does not
    offer (or your own) or when none of its vendors covers the languages while a Media Streams vendor does
    (:func:`language_gap`), and the SDK's realtime providers for an Azure OpenAI design (they reach OpenAI's API
    only)."""
    out = []
    own, missing = [], []
    for kind, words in (("stt", "speech recognition"), ("tts", "voice")):
        vendor = getattr(answers, f"{kind}_provider")
        if vendor == OWN:
            own.append(words)
        elif vendor is not None and not SPEECH_PROVIDERS[(kind, vendor)].on_relay:
            missing.append(f"{SPEECH_PROVIDERS[(kind, vendor)].name}'s {words}")
    if missing:
        out.append(Exclusion("conversation_relay", f"does not offer {' or '.join(missing)}", "design",
                             "relay.providers"))
    elif own:
        out.append(Exclusion("conversation_relay", "speaks and listens only through the vendors it offers, and you run "
                             f"your own {' and '.join(own)}", "design", "streams.own_speech"))
    else:
        gap = language_gap(answers)
        if gap:
            out.append(Exclusion("conversation_relay", gap, "design", "relay.providers"))
    if answers.voice_pipeline == "speech_to_speech" and answers.llm == "azure_openai":
        out.append(Exclusion("tac_realtime", "reach OpenAI's own API, not Azure OpenAI", "design",
                             "tac.realtime_limits"))
    return tuple(out)


#: Speech-to-text and text-to-speech, in words.
SPEECH_WORDS = {"stt": "speech-to-text", "tts": "text-to-speech"}


def language_gap(answers: Answers) -> str:
    """Why ConversationRelay cannot serve the languages (\"\" when it can, or the language rules do not choose the
    speech vendors): the rules choose them (two or more languages, or the languages priority), a side left to twarch
    has no vendor ConversationRelay offers whose sourced list covers every language, and a vendor twarch holds a
    sourced list for covers them over Media Streams. The design then moves to Media Streams and the manual path, the
    way an answered vendor ConversationRelay does not offer moves it, with that vendor on the uncovered side."""
    languages = answers.languages
    if (not languages or "voice" not in (answers.channels or ()) or answers.voice_pipeline == "speech_to_speech"
            or agent_assist(answers.outcome, answers.wants)
            or not (answers.priority == "languages" or multilingual(languages))):
        return ""
    relay = covering(languages, "conversation_relay", answers.priority, False)
    streams = covering(languages, "media_streams", answers.priority, False)
    gaps = [k for k in ("stt", "tts") if getattr(answers, f"{k}_provider") is None and f"covering_{k}" not in relay]
    if not gaps or any(f"covering_{k}" not in streams for k in gaps):
        return ""
    sides = []
    for kind in gaps:
        offered = usable(kind, "conversation_relay")
        missing = sorted({b for b in map(base_language, languages)
                          if not any(covers(p.id, kind, [b]) is True for p in offered)})
        sides.append(f"{SPEECH_WORDS[kind]} misses {', '.join(missing)}")
    runs = " and ".join(f"{SPEECH_PROVIDERS[(k, streams[f'covering_{k}'])].name} ({k.upper()})" for k in gaps)
    return (f"none of the speech vendors it offers lists every language you named in the sourced lists twarch holds "
            f"({'; '.join(sides)}), so the design moves to Media Streams and the manual path, where your server runs "
            f"{runs}, whose {'lists cover' if len(gaps) > 1 else 'list covers'} them")


def all_exclusions(answers: Answers, regimes: tuple[str, ...]) -> dict[str, Exclusion]:
    """Every component this design cannot use, by id: the region's and regimes' (:func:`exclusions`) first, then the
    design's own (:func:`design_exclusions`)."""
    found = {e.component: e for e in exclusions(region_of(answers), restricting(regimes, card_capture(answers)))}
    for e in design_exclusions(answers):
        found.setdefault(e.component, e)
    return found


def _eligible_word(regime: str) -> str:
    return {"hipaa": "HIPAA eligible", "pci_dss": "PCI compliant"}[regime]


def repairs(answers: Answers, regimes: tuple[str, ...] = ()) -> tuple[Repair, ...]:
    """The wishes the answered region (or an active regime, once ``regimes`` are known) cannot meet: channels the
    region does not offer or HIPAA rules out, agent assist where Flex is not offered, speech-to-speech where no
    realtime model runs in the region's zone, and an LLM route that processes outside the zone when the customer's
    cloud offers one that keeps it there (:func:`llm_move`)."""
    region = region_of(answers)
    out: list[Repair] = []
    channels = answers.channels or ()
    absent = [c for c in channels if COMPONENTS[c].regions[region].status == "absent"]
    if absent:
        kept = tuple(c for c in channels if c not in absent)
        names = " and ".join(CHANNELS[c].label for c in absent)
        out.append(Repair("channels", kept, names, f"not offered in {REGION_NAMES[region]}",
                          COMPONENTS[absent[0]].regions[region].claim))
        channels = kept
    barred = [c for c in channels if "hipaa" in regimes and COMPONENTS[c].regimes["hipaa"].status == "not_eligible"]
    if barred:
        names = " and ".join(CHANNELS[c].label for c in barred)
        channels = tuple(c for c in channels if c not in barred)
        out.append(Repair("channels", channels, names,
                          "not HIPAA eligible, so no conversation that may carry PHI can use it",
                          COMPONENTS[barred[0]].regimes["hipaa"].claim,
                          "SMS or web chat (Conversations), which are HIPAA eligible; keep the barred channel only "
                          "for messages that carry no PHI, such as pointing people to those", regional=False))
    if "sms" in channels and forbidden_sms(answers):
        channels = tuple(c for c in channels if c != "sms")
        out.append(Repair("channels", channels, "SMS and MMS", "third-party debt collection is a forbidden use case "
                          "for SMS and MMS on Twilio in the US and Canada (Twilio rejects its registration, error "
                          "30863)", "fdcpa.sms", "send the payment link by email (Regulation F lets a collector email "
                          "with a way to opt out in each message; an email service such as Twilio SendGrid, which "
                          "twarch neither draws nor bills), or take the payment on the call; the creditor may still "
                          "text its own customers itself, as first-party billing", regional=False))
    if agent_assist(answers.outcome, answers.wants) and COMPONENTS["flex"].regions[region].status == "absent":
        out.append(Repair("region", None, RESIDENCY[region], f"agent assist runs in Flex, which {region.upper()} does "
                          "not offer, so this design keeps its data in US1; an assist that stays in the region needs a "
                          "contact-centre platform of your own", COMPONENTS["flex"].regions[region].claim))
        return tuple(out)
    move = llm_move(answers)
    if (answers.voice_pipeline == "speech_to_speech" and "voice" in channels
            and REALTIME_RESIDENCY[ZONES[region]].status == "outside"):
        cell = REALTIME_RESIDENCY[ZONES[region]]
        stays = llm_residency(answers) if move is None else ""
        out.append(Repair("voice_pipeline", "cascaded", "speech-to-speech",
                          f"{cell.note}, so none keeps the conversation in {ZONES[region]}"
                          + (f"; the cascaded design's LLM fails the same test: {stays}; see the blocker for the "
                             "routes that keep it" if stays else ""), cell.claim))
    if move is not None:
        out.append(move)
    return tuple(out)


def forbidden_sms(answers: Answers) -> bool:
    """Whether Twilio forbids this design's SMS and MMS outright: third-party debt collection (the ``debt_collection``
    industry, whose FDCPA rules twarch applies to collectors of others' debts) texting people in the US or Canada
    (countries unanswered count as the US)."""
    return answers.industry == "debt_collection" and (not answers.countries or bool({"US", "CA"} &
                                                                                    set(answers.countries)))


def llm_move(answers: Answers) -> Repair | None:
    """An answered region whose zone the answered LLM route processes outside, moved to a route that keeps it there:
    the one the customer's cloud offers (Bedrock's EU or AU profile, an Azure OpenAI deployment in the zone), or with
    no cloud answered the route reselling the same maker's models (:data:`MAKER_LLM_ROUTES`), said to be a choice the
    customer can change. None when the route keeps the zone, no region is answered, or the answered cloud (or, with
    none, the maker) offers no such route: then the residency blocker stands, and the customer chooses."""
    if answers.region is None or answers.llm not in LLM_RESIDENCY:
        return None
    zone = ZONES[answers.region]
    cell = LLM_RESIDENCY[answers.llm][zone]
    cloud = answers.cloud if answers.cloud in CLOUD_LLM_ROUTES else None
    no_cloud = answers.cloud in (None, "any")
    route = CLOUD_LLM_ROUTES.get(cloud or "") if not no_cloud else MAKER_LLM_ROUTES.get(answers.llm)
    if cell.status == "in_zone" or route is None or route == answers.llm or \
            LLM_RESIDENCY[route][zone].status != "in_zone":
        return None
    kept = LLM_RESIDENCY[route][zone]
    how = cell.note or ("not confirmed" if cell.status == "unstated" else "processed outside it")
    where = (f"on your {CLOUDS[cloud or ''].label} stack instead" if not no_cloud else
             f"instead, which serves {LLMS[answers.llm].label}'s models; no cloud was answered, so this route is "
             "twarch's choice, which you can change (answer cloud or llm)")
    return Repair("llm", route, f"{LLMS[answers.llm].label}'s own API",
                  f"it keeps no processing in {zone} ({how}), so this design reaches the model through "
                  f"{LLMS[route].label} ({kept.note or 'in the zone'}) {where}", kept.claim)


def repaired(answers: Answers, regimes: tuple[str, ...] = ()) -> Answers:
    """The answers the design is made from: the user's, less the wishes :func:`repairs` drops."""
    fixes = repairs(answers, regimes)
    return replace(answers, **{r.field: r.value for r in fixes}) if fixes else answers


@derives("feasibility", "unavailable", "handoff_transfer", "handoff_own_team", "card_capture_used", "pci_ai_scope",
         "llm_residency_text", "llm_route", "llm_zone_text", "nothing_served")
def _feasibility(answers: Answers, facts: Mapping[str, Any], _items: Mapping[str, Any]) -> dict[str, Any]:
    capture = card_capture(answers)
    found = all_exclusions(answers, facts.get("regimes", ()))
    out: dict[str, Any] = {"unavailable": tuple(c for c in COMPONENTS if c in found)}
    if answers.channels == ():  # the answers name at least one channel: only :func:`repairs` can leave none
        out["nothing_served"] = True
    elif answers.handoff is True and not facts.get("agent_assist") and not facts.get("phone_handoff"):
        out["handoff_transfer"] = "flex" in found or answers.handoff_target == OWN_CONTACT_CENTER
        # Flex was the customer's own team's desk (contact_center, or assumed): no other contact centre exists
        out["handoff_own_team"] = out["handoff_transfer"] and answers.handoff_target != OWN_CONTACT_CENTER
    if capture is not None:
        out["card_capture_used"] = capture
        out["pci_ai_scope"] = "pci_dss" in restricting(facts.get("regimes", ()), capture)
    residency = llm_residency(answers)
    if residency:
        out["llm_residency_text"] = residency
    if answers.llm is not None:  # the design's answers: a residency move (llm_move) has already replaced the route
        out["llm_route"] = answers.llm
    if answers.region in ("ie1", "au1"):
        out["llm_zone_text"] = llm_zone(answers)
    return out


#: Nothing ruled out: what the same answers would get if every component could serve them (for "what had to give").
UNCONSTRAINED: dict[str, Any] = {"unavailable": (), "handoff_transfer": False, "handoff_own_team": False}


def llm_residency(answers: Answers) -> str:
    """The answered LLM route's processing outside the answered region's zone, in words ("" when none)."""
    if answers.region is None or answers.llm not in LLM_RESIDENCY:
        return ""
    zone = ZONES[answers.region]
    cell = LLM_RESIDENCY[answers.llm][zone]
    if cell.status == "in_zone":
        return ""
    how = cell.note or ("not confirmed" if cell.status == "unstated" else "processed outside it")
    return f"{LLMS[answers.llm].label}'s own API keeps no processing in {zone} ({how})"


def llm_zone(answers: Answers) -> str:
    """How the design's LLM route keeps its processing in the answered region's zone, in words: the deployment or
    profile that does, with what it does not cover; else the general advice to pick the route's regional endpoint."""
    cell = LLM_RESIDENCY.get(answers.llm or "", {}).get(ZONES[answers.region or "us1"])
    if cell is None or cell.status != "in_zone" or not cell.note:
        return "pick its regional endpoint"
    caveat = LLM_ZONE_CAVEATS.get(answers.llm or "")
    zone = ZONES[answers.region or "us1"]
    return (f"{LLMS[answers.llm or ''].label} keeps it in {'Australia' if zone == 'Australia' else 'the ' + zone} "
            f"only with {cell.note}"
            + (f" ({caveat})" if caveat else ""))


# ------------------------------------------------------------------------------------------------ after choosing

def in_design(rec_facts: Mapping[str, Any], products: tuple[str, ...], path: str | None) -> tuple[str, ...]:
    """The declared components a design uses: its products and channels, and Agent Connect and its features on the
    SDK path."""
    used = [p for p in products if p in COMPONENTS]
    used += [c for c in rec_facts.get("served_channels") or () if c in COMPONENTS]
    if path == "tac_sdk":
        used.append("agent_connect")
        if "conversation_orchestrator" in products:
            used.append("tac_orchestrated")
            if {"conversation_memory", "studio"} <= set(products):
                used.append("tac_handoff_tool")
        if rec_facts.get("speech_to_speech") and rec_facts.get("install") != "google_voice":
            used.append("tac_realtime")
    return tuple(c for c in COMPONENTS if c in used)


def tradeoffs(answers: Answers, regimes: tuple[str, ...], used: tuple[str, ...],
              unconstrained: tuple[str, ...], served: tuple[str, ...] = ()) -> tuple[Item, ...]:
    """One item per component the design would use if nothing were ruled out but cannot: what had to give, why, and
    what the design uses instead (for Flex, keyed on the ``served`` channels); then one per wish the region cannot
    meet."""
    found = all_exclusions(answers, regimes)
    lost = [c for c in unconstrained if c not in used and c in found]
    items = []
    for cid in lost:
        if COMPONENTS[cid].kind == "channel":  # a channel the region lacks: see repairs below
            continue
        if COMPONENTS[cid].kind == "sdk_feature" and "agent_connect" in lost:  # said with the SDK itself
            continue
        if found[cid].constraint == "requires" and any(r in lost for r in COMPONENTS[cid].requires):
            continue
        e, c = found[cid], COMPONENTS[cid]
        substitute = handoff_instead(cid, answers, served)
        instead = f" Instead: {substitute}." if substitute else ""
        items.append(_item(f"gives.{cid}", f"{c.name}: {e.reason}.{instead}", e, answers))
    for r in repairs(answers, regimes):
        then = "" if r.field in ("region", "llm") or not r.regional or "HIPAA" in r.reason else (
            " This design goes without it; the nearest design that keeps it is shown beside.")
        then += f" Instead: {r.instead}." if r.instead else ""
        items.append(Item(f"gives.{r.field}", f"{r.dropped[0].upper()}{r.dropped[1:]}: {r.reason}.{then}",
                          Why(f"feasibility.{r.field}", "research", f"{r.field} cannot be met in region "
                              f"{region_of(answers)}", (("region", answers.region), (r.field, getattr(answers,
                                                                                                  r.field))),
                              CLAIMS[r.claim].text), _claim_details(r.claim)))
    return tuple(items)


#: What stands in for Flex, by who takes the hand-off and what the design serves (round 3, classes A and B): a call
#: can be put through with <Dial>; a text conversation cannot, so it needs a messaging route of its own.
FLEX_INSTEAD_CALLS = {
    "own": "calls put through to your contact centre's number or SIP address (<Dial>), with the summary in your CRM "
           "or the SIP headers",
    "team": "calls put through to a phone line your team answers (<Dial> to their numbers, several ringing at once, "
            "with a fallback when nobody answers), with the summary whispered or texted to them",
}
FLEX_INSTEAD_TEXT = {
    "own": "text conversations handed to your contact centre through its own messaging integration (its messaging "
           "or open-messaging API), passing the summary, or a ticket and a callback",
    "team": "text conversations answered by your team in an agent UI of your own on the messaging the region offers"
            "{ie1}, passing the summary",
}


#: What stands in for TaskRouter's routing to the team Flex was to seat: for calls, and for text conversations.
TEAM_ROUTING_INSTEAD = ("the numbers your <Dial> rings, in the order you choose",
                        "your agent UI's own assignment of conversations")


def handoff_instead(cid: str, answers: Answers, served: tuple[str, ...]) -> str:
    """What a component that had to give is replaced with: its own ``instead``, except for the hand-off's parts,
    whose substitutes depend on the channels served and on who takes the hand-off (round 3, classes A and B)."""
    who = "own" if answers.handoff_target == OWN_CONTACT_CENTER else "team"
    if cid == "flex":
        return flex_instead(answers, served)
    if cid == "taskrouter" and who == "team":
        calls, texts = TEAM_ROUTING_INSTEAD
        return "; ".join(([calls] if "voice" in served else []) +
                         ([texts] if any(c in MESSAGING_CHANNELS for c in served) else [])) or COMPONENTS[cid].instead
    if cid == "studio" and "voice" not in served:
        return "your server hands each conversation over itself"
    return COMPONENTS[cid].instead


def flex_instead(answers: Answers, served: tuple[str, ...]) -> str:
    """What replaces Flex for this design: keyed on its ``served`` channels (no call transfer for a text-only design)
    and on whether a contact centre of the customer's own exists (``own_contact_center``) or Flex was their team's."""
    who = "own" if answers.handoff_target == OWN_CONTACT_CENTER else "team"
    parts = []
    if "voice" in served:
        parts.append(FLEX_INSTEAD_CALLS[who])
    if any(c in MESSAGING_CHANNELS for c in served):
        ie1 = " (in IE1: Conversations for chat, the Messaging API for SMS)" if answers.region == "ie1" else ""
        parts.append(FLEX_INSTEAD_TEXT[who].format(ie1=ie1))
    return "; ".join(parts)


def _item(item_id: str, text: str, e: Exclusion, answers: Answers) -> Item:
    facts: tuple[tuple[str, Any], ...] = (("region", answers.region),) if e.constraint == "region" else ()
    because = {"region": f"region = {region_of(answers)}", "regimes": "an active regime's eligibility",
               "requires": "a component it requires is ruled out",
               "design": "the design's own answers (a speech vendor, the languages, the LLM route)"}[e.constraint]
    return Item(item_id, text, Why(f"feasibility.{e.component}", "research", because, facts),
                _claim_details(e.claim))


def _claim_details(claim_id: str) -> tuple[tuple[str, Any], ...]:
    c = CLAIMS[claim_id]
    details: list[tuple[str, Any]] = [("claims", (claim_id,)), ("sources", c.sources), ("checked", c.checked)]
    if c.status in ("conflict", "unverified"):
        details.append(("claim_status", c.status))
    return tuple(details)


#: The answers a nearest design may give up, in the order they are tried, with what giving each up means.
RELAXABLE = {"region": "EU or Australian data residency: Twilio keeps the data in US1"}


def nearest_needed(answers: Answers, used: tuple[str, ...], unconstrained: tuple[str, ...],
                   regimes: tuple[str, ...]) -> bool:
    """Whether a wish fails in the answered region: a repair, or a component the region rules out that the design
    would otherwise use for something the answers ask (a hand-off to contact-centre agents in Flex)."""
    if answers.region is None:
        return False
    fixes = [r for r in repairs(answers) if r.regional]
    if fixes:
        return any(r.field != "region" for r in fixes)
    found = all_exclusions(answers, regimes)
    return any(c in unconstrained and c not in used and found[c].constraint == "region" for c in found
               if COMPONENTS[c].kind in ("product", "channel"))


def without_region(answers: Answers) -> Answers:
    return replace(answers, region=None)


# ------------------------------------------------------------------------------------------------ the matrix

MATRIX_COLUMNS = ("hipaa", "pci_dss", "region", "countries")
WORDS = {"ga": "available", "beta": "beta", "absent": "not offered", "unstated": "not stated",
         "eligible": "eligible", "conditional": "eligible with conditions", "not_eligible": "not eligible"}


#: Where the card is taken when it never reaches the AI's workflow (the engine's card_capture_used decision), in words
#: for the PCI DSS cell of a component that may not touch card data (round 2, class F).
CARD_KEPT_OUT = {"payment_link": "the payment link keeps card data out of the AI's workflow",
                 "pay_subaccount": "<Pay> takes the card in the separate PCI-Mode subaccount, outside the AI's "
                                   "workflow"}


def eligibility(answers: Answers, regimes: tuple[str, ...], used: tuple[str, ...],
                excluded: tuple[str, ...], capture: str | None = None) -> tuple[Item, ...]:
    """One row per component the design uses or had to leave out, against HIPAA, PCI DSS, the region and (for the
    channels) the countries; each cell with the claim it rests on. ``capture`` is the engine's card-capture decision
    (the fact ``card_capture_used``): where card data stays out of the AI's workflow, a component PCI DSS bars from
    card data is out of scope here rather than barred from the design."""
    region = region_of(answers)
    rows = []
    for cid in (*used, *(c for c in excluded if c not in used)):
        c = COMPONENTS[cid]
        cells: list[tuple[str, Any]] = [
            (regime, _cell(c.regimes[regime], active=regime in regimes)) for regime in RESTRICTING]
        if "pci_dss" in regimes and capture in CARD_KEPT_OUT and c.regimes["pci_dss"].status == "not_eligible":
            cells = [(col, _out_of_scope(cell, CARD_KEPT_OUT[capture]) if col == "pci_dss" else cell)
                     for col, cell in cells]
        cells.append(("region", _cell(c.regions[region], active=answers.region is not None, where=region)))
        if c.kind == "channel" and cid in ("voice", "sms") and answers.countries:
            cells.append(("countries", _country_cells(cid, answers.countries)))
        status = "used" if cid in used else "left out"
        rows.append(Item(f"eligibility.{cid}", f"{c.name} ({status})",
                         Why(f"eligibility.{cid}", "research", f"{c.name}: {status}", ()),
                         (("status", status), ("cells", tuple(cells)))))
    return tuple(rows)


def _cell(cell: Cell, active: bool, where: str = "") -> dict[str, Any]:
    claim = CLAIMS[cell.claim]
    words = WORDS[cell.status] + (f" in {where.upper()}" if where else "")
    return {"status": cell.status, "words": words + (f" ({cell.note})" if cell.note else ""), "active": active,
            "claim": cell.claim, "claim_status": claim.status, "checked": claim.checked,
            "source": claim.sources[0].url}


def _out_of_scope(cell: dict[str, Any], why: str) -> dict[str, Any]:
    """A PCI DSS cell of a component that may not touch card data, in a design whose card data never reaches it."""
    return {**cell, "words": f"not eligible for card data; out of scope here ({why}; your QSA confirms)",
            "scoped_out": True, "claim": "pci.descoped", "claim_status": CLAIMS["pci.descoped"].status,
            "checked": CLAIMS["pci.descoped"].checked, "source": CLAIMS["pci.descoped"].sources[0].url}


def _country_cells(channel: str, countries: tuple[str, ...]) -> tuple[dict[str, Any], ...]:
    out = []
    for code in countries:
        rule = telephony(code)
        if rule is None:
            continue
        out.append({"country": code, "words": rule.voice if channel == "voice" else rule.sms or "no limit recorded",
                    "source": rule.source, "checked": rule.checked})
    return tuple(out)


def component(cid: str) -> Component:
    return COMPONENTS[cid]


def active_regimes(regimes: tuple[str, ...]) -> tuple[str, ...]:
    """The restricting regimes named in ``regimes`` (for the matrix's headers)."""
    return tuple(r for r in RESTRICTING if r in regimes and r in REGIMES)


__all__ = ["Exclusion", "Repair", "card_capture", "eligibility", "exclusions", "in_design", "nearest_needed",
           "repairs", "repaired", "restricting", "tradeoffs", "without_region", "MESSAGING_CHANNELS"]
