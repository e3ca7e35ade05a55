"""Designs that can be built: every declared component, where it may run and what it needs, held against the engine.

Each declaration row of knowledge/components.py has a near miss here: a design that uses the component in US1 with
no restricting regime, and the same design where the row's region or regime rules it out. The classes the review
found (one PCI rule for four products, an SDK feature without what it needs, speech-to-speech beyond the SDK, a
mandated vendor, residency, countries, raw audio) each have a case.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import twarch
from twarch.engine.feasibility import all_exclusions, exclusions, in_design
from twarch.knowledge.claims import CLAIMS
from twarch.knowledge.components import COMPONENTS, REGIONS, RESTRICTING

V = {"channels": ["voice"]}
ASSIST = {"channels": ["voice"], "outcome": "internal_tools", "wants": ["ai_copilot"]}
#: Answers whose US1 design uses each component.
USES = {
    "conversation_relay": V,
    "media_streams": {**V, "needs_raw_audio": True},
    "conversation_orchestrator": {**V, "memory": True},
    "conversation_memory": {**V, "memory": True},
    "conversation_intelligence": {**V, "intelligence": "realtime"},
    "pay_subaccount": {**V, "takes_payments": True, "card_capture": "pay_subaccount"},
    "studio": {**V, "handoff": True, "memory": True},
    "taskrouter": {**V, "handoff": True},
    "flex": {**V, "handoff": True},
    "real_time_transcription": ASSIST,
    "agent_copilot": ASSIST,
    "voice": V,
    "sms": {"channels": ["sms"]},
    "whatsapp": {"channels": ["whatsapp"]},
    "rcs": {"channels": ["rcs"]},
    "chat": {"channels": ["chat"]},
    "agent_connect": V,
    "tac_orchestrated": {"channels": ["voice", "sms"]},
    "tac_handoff_tool": {**V, "memory": True, "handoff": True},
    "tac_realtime": {**V, "voice_pipeline": "speech_to_speech"},
}
#: Answers that make each restricting regime apply to the AI's own workflow.
REGIME_ANSWERS = {"hipaa": {"industry": "healthcare", "countries": ["US"]},
                  "pci_dss": {"takes_payments": True, "card_capture": "pay_in_call"}}


def used(answers: dict) -> tuple[str, ...]:
    rec = twarch.recommend(answers)
    return in_design(rec.facts, rec.product_ids, rec.implementation_path)


def test_every_declared_component_has_a_design_that_uses_it_in_us1():
    assert set(USES) == {cid for cid, c in COMPONENTS.items() if c.kind != "service"}
    for cid, answers in USES.items():
        assert cid in used(answers), cid


#: Services (Sync) are never part of a design: lines only name them (the unavailable_named invariant checks those).
CELLS = [(cid, region) for cid, c in COMPONENTS.items() for region in REGIONS
         if c.regions[region].status == "absent" and c.kind != "service"]


@pytest.mark.parametrize(("cid", "region"), CELLS, ids=[f"{c}-{r}" for c, r in CELLS])
def test_a_component_absent_from_a_region_is_never_used_there(cid, region):
    assert cid in used(USES[cid])  # the near miss: US1
    rec = twarch.recommend({**USES[cid], "region": region})
    if rec.facts.agent_assist:  # an assist runs in Flex: the design keeps its data in US1 and says so
        assert rec.facts.region_text is None and "gives.region" in {t.id for t in rec.tradeoffs}
        return
    assert cid not in in_design(rec.facts, rec.product_ids, rec.implementation_path)
    said = " ".join(t.text for t in rec.tradeoffs)
    assert COMPONENTS[cid].name in said or rec.facts.agent_assist is False and "Agent Connect" in said, said


REGIME_CELLS = [(cid, regime) for cid, c in COMPONENTS.items() for regime in RESTRICTING
                if c.regimes[regime].status == "not_eligible" and c.kind != "channel"]


@pytest.mark.parametrize(("cid", "regime"), REGIME_CELLS, ids=[f"{c}-{r}" for c, r in REGIME_CELLS])
def test_a_component_a_regime_rules_out_is_never_used_under_it(cid, regime):
    assert cid in used(USES[cid])
    assert cid not in used({**USES[cid], **REGIME_ANSWERS[regime]})


def test_a_requirement_ruled_out_rules_out_what_needs_it():
    for cid, c in COMPONENTS.items():
        for region in REGIONS:
            out = {e.component for e in exclusions(region, ())}
            if any(r in out for r in c.requires):
                assert cid in out, (cid, region)


def test_every_cell_rests_on_a_sourced_claim_checked_on_a_date():
    for c in COMPONENTS.values():
        for cell in (*c.regions.values(), *c.regimes.values()):
            claim = CLAIMS[cell.claim]
            assert claim.sources and claim.checked >= "2026-11-27" and claim.sources[0].url.startswith("https://")


@pytest.mark.parametrize("extra", [{"region": "ie1"}, {"region": "au1"}, REGIME_ANSWERS["hipaa"],
                                   REGIME_ANSWERS["pci_dss"]], ids=["ie1", "au1", "hipaa", "pci"])
def test_adding_a_regime_or_a_region_never_adds_a_component_it_excludes(extra):
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from sweep import context_space

    for answers in context_space()[::9]:
        answers = {**answers, **extra}
        rec = twarch.recommend(answers)
        ruled = all_exclusions(twarch.Answers.from_dict(answers), rec.regulation_ids)
        added = set(in_design(rec.facts, rec.product_ids, rec.implementation_path))
        assert not added & set(ruled), (answers, added & set(ruled))


# ---------------------------------------------------------------- the classes the review found

FOUR = {"agent_connect", "conversation_orchestrator", "conversation_memory", "conversation_intelligence"}
FULL = {"channels": ["voice", "sms"], "memory": True, "intelligence": "realtime", "handoff": True,
        "countries": ["US"], "takes_payments": True}


@pytest.mark.parametrize(("capture", "kept"), [("pay_in_call", False), ("pay_subaccount", True),
                                               ("payment_link", True)])
def test_one_pci_rule_for_the_four_products(capture, kept):
    """Twilio's one notice covers Agent Connect, Orchestrator, Memory and Intelligence: all four go when card digits
    reach the AI's account, all four may serve when card data never reaches its workflow."""
    these = set(used({**FULL, "card_capture": capture})) & FOUR
    assert these == (FOUR if kept else set())


def test_a_voice_design_takes_card_digits_in_its_own_account_unless_told_and_a_text_one_sends_a_link():
    assert twarch.recommend({**V, "takes_payments": True}).facts.card_capture_used == "pay_in_call"
    assert twarch.recommend({"channels": ["sms"], "takes_payments": True}).facts.card_capture_used == "payment_link"


def test_the_sdk_hand_off_tool_is_offered_only_with_the_orchestrator_and_memory_store_it_needs():
    tool = twarch.recommend({**V, "handoff": True, "memory": True})
    own = twarch.recommend({**V, "handoff": True})
    assert "handoff_tool" in {c.id for c in tool.considerations} and "handoff_own" not in {c.id for c in
                                                                                           tool.considerations}
    assert "handoff_own" in {c.id for c in own.considerations} and "conversation_orchestrator" not in own.product_ids
    assert "tac_handoff_tool" not in in_design(own.facts, own.product_ids, own.implementation_path)


@pytest.mark.parametrize("answers", [{"llm": "azure_openai"}, {"memory": True}, {"handoff": True}],
                         ids=["azure", "memory", "handoff"])
def test_speech_to_speech_leaves_the_sdk_where_its_realtime_providers_fall_short(answers):
    rec = twarch.recommend({**V, "voice_pipeline": "speech_to_speech", **answers})
    assert rec.implementation_path == "manual" and rec.voice_transport == "media_streams"
    assert {d.id: d.why.rule for d in rec.decisions}["path"] == "path.realtime_limits"
    assert "SDK reaches Memory" not in twarch.to_markdown(rec)


def test_speech_to_speech_cannot_keep_data_in_australia_and_the_nearest_design_keeps_it_in_us1():
    rec = twarch.recommend({**V, "voice_pipeline": "speech_to_speech", "region": "au1"})
    assert rec.voice_pipeline == "cascaded" and "gives.voice_pipeline" in {t.id for t in rec.tradeoffs}
    (near,) = rec.nearest
    assert "speech-to-speech" in near.get("keeps") and near.get("voice_transport") == "media_streams"
    assert rec.answers.voice_pipeline == "speech_to_speech"  # nothing the user entered is lost


@pytest.mark.parametrize("vendor", [{"stt_provider": "assemblyai"}, {"tts_provider": "cartesia"},
                                    {"tts_provider": "azure"}, {"stt_provider": "own"}])
def test_a_mandated_vendor_conversation_relay_does_not_offer_decides_the_transport(vendor):
    rec = twarch.recommend({**V, **vendor})
    assert rec.voice_transport == "media_streams" and rec.implementation_path == "manual"
    assert not any(w.get("severity") == "blocker" and "ConversationRelay" in w.text for w in rec.warnings)


def test_eu_residency_with_a_contact_centre_transfers_the_call_and_shows_the_us1_design_that_keeps_flex():
    rec = twarch.recommend({**V, "memory": True, "handoff": True, "region": "ie1", "countries": ["IE"]})
    assert not {"flex", "taskrouter", "conversation_memory"} & set(rec.product_ids)
    assert rec.facts.handoff_transfer and "handoff_transfer" in {c.id for c in rec.considerations}
    (near,) = rec.nearest
    assert "flex" in near.get("products") and "Flex" in near.get("keeps")
    md = twarch.to_markdown(rec)
    assert "## What had to give" in md and "The nearest design that keeps it" in md and "## Eligibility" in md
    assert "Flex is not available in IE1" not in md


def test_a_channel_the_region_lacks_is_left_out_and_the_answers_keep_it():
    rec = twarch.recommend({"channels": ["voice", "whatsapp"], "region": "ie1"})
    assert rec.facts.served_channels == ("voice",) and rec.answers.channels == ("voice", "whatsapp")
    assert "whatsapp_policy" not in rec.regulation_ids and rec.nearest


def test_whatsapp_is_left_out_of_a_hipaa_design():
    rec = twarch.recommend({"channels": ["voice", "whatsapp"], **REGIME_ANSWERS["hipaa"]})
    assert rec.facts.served_channels == ("voice",) and "gives.channels" in {t.id for t in rec.tradeoffs}
    assert not rec.nearest  # a law is not relaxed


def test_country_rules_for_calls_india_and_china():
    india = twarch.recommend({**V, "countries": ["IN"], "direction": "both"})
    limits = next(w for w in india.warnings if w.id == "telephony_limits")
    assert "toll-free" in limits.text and "non-Indian number" in limits.text
    china = twarch.recommend({**V, "countries": ["CN"], "direction": "outbound"})
    assert next(w for w in china.warnings if w.id == "telephony_blocked").get("severity") == "blocker"
    assert "telephony_blocked" not in {w.id for w in twarch.recommend({**V, "countries": ["DE"]}).warnings}


def test_raw_audio_says_what_twilio_documents_about_a_fork_beside_conversation_relay():
    rec = twarch.recommend({**V, "needs_raw_audio": True})
    copy = next(c for c in rec.considerations if c.id == "raw_audio_copy")
    assert "<Start><Stream>" in copy.text and "not documented" in copy.text


def test_the_eligibility_matrix_covers_what_is_used_and_what_was_left_out_with_a_source_per_cell():
    rec = twarch.recommend({**V, "memory": True, **REGIME_ANSWERS["hipaa"]})
    rows = {r.id: dict(r.get("cells")) for r in rec.eligibility}
    assert {"eligibility.conversation_relay", "eligibility.conversation_memory"} <= set(rows)
    assert rows["eligibility.conversation_memory"]["hipaa"]["status"] == "not_eligible"
    assert rows["eligibility.conversation_memory"]["hipaa"]["active"] is True
    for cells in rows.values():
        for column in ("hipaa", "pci_dss", "region"):
            assert cells[column]["source"].startswith("https://") and cells[column]["checked"]


def test_llm_residency_outside_the_region_is_said():
    rec = twarch.recommend({**V, "region": "au1", "llm": "openai", "cloud": "gcp"})
    assert "llm_residency" in {w.id for w in rec.warnings}
    assert "llm_residency" not in {w.id for w in twarch.recommend({**V, "region": "ie1", "llm": "bedrock"}).warnings}


def test_no_rule_condition_spreads_two_helpers_that_share_a_key():
    """``usable`` and ``answered`` both make a ``not`` key and ``ruled_out`` an ``unavailable`` key: two in one dict
    literal would silently keep only the last one."""
    source = Path(twarch.__file__).with_name("knowledge").joinpath("rules.py").read_text()
    keys = {"usable": "not", "answered": "not", "ruled_out": "unavailable"}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            seen = [keys[v.func.id] for k, v in zip(node.keys, node.values) if k is None and isinstance(v, ast.Call)
                    and isinstance(v.func, ast.Name) and v.func.id in keys]
            seen += [k.value for k in node.keys if isinstance(k, ast.Constant)]
            assert len(seen) == len(set(seen)), f"rules.py line {node.lineno}: {seen}"


#: What the level line and the diagram's rungs would say a rung adds if it named a product the design cannot use.
RUNG_PRODUCT_WORDS = {"conversation_memory": "adds Conversation Memory", "flex": "adds TaskRouter + Flex",
                      "conversation_intelligence": "adds Conversation Intelligence"}
RUNGS = {"conversation_memory": 2, "conversation_intelligence": 3, "flex": 4}


@pytest.mark.parametrize("extra", [{"region": "ie1", "countries": ["IE"]}, {"region": "au1", "countries": ["AU"]},
                                   REGIME_ANSWERS["hipaa"], REGIME_ANSWERS["pci_dss"]],
                         ids=["ie1", "au1", "hipaa", "pci"])
@pytest.mark.render  # the ladder is drawn with graphviz
@pytest.mark.parametrize("rung", [{"memory": True}, {"memory": True, "intelligence": "realtime"},
                                  {"memory": True, "handoff": True}], ids=["memory", "intelligence", "handoff"])
def test_the_level_line_never_says_a_rung_adds_a_product_the_design_cannot_use(extra, rung):
    from twarch.render.diagram import ladder

    rec = twarch.recommend({**V, **rung, **extra})
    level = next(d.text for d in rec.decisions if d.id == "level")
    dot = ladder(rec).source
    for component, words in RUNG_PRODUCT_WORDS.items():
        if component in rec.facts.unavailable:
            assert words not in level, (component, level)
            rung_node = next(line for line in dot.splitlines() if line.strip().startswith(f"level_{RUNGS[component]} "))
            assert words not in rung_node and "the profile in Flex" not in rung_node, (component, rung_node)


# ------------------------------------------------------------------------------------------------ forbidden SMS use

COLLECTOR = {"channels": ["voice", "sms"], "industry": "debt_collection", "countries": ["US"], "memory": True}


@pytest.mark.parametrize("countries", [["US"], ["CA"], None, ["US", "MX"]])
def test_a_third_party_collector_loses_sms_with_an_instead(countries):
    """Round-1 review, design 06: third-party debt collection is a forbidden SMS/MMS use case on Twilio in the US and
    Canada (error 30863, https://www.twilio.com/docs/api/errors/30863, checked 2026-12-07): what had to give, not a
    blocker beside a design that still texts."""
    rec = twarch.recommend({**COLLECTOR, "countries": countries} if countries else
                           {k: v for k, v in COLLECTOR.items() if k != "countries"})
    assert rec.facts.served_channels == ("voice",)
    gave = next(t for t in rec.tradeoffs if "30863" in t.text)
    assert "Instead:" in gave.text and "email" in gave.text and "first-party" in gave.text
    assert "a2p_10dlc" not in rec.regulation_ids
    assert not rec.nearest  # no region gives it back


def test_a_collector_texting_only_mexico_keeps_sms():
    rec = twarch.recommend({**COLLECTOR, "countries": ["MX"]})
    assert "sms" in rec.facts.served_channels


def test_a_creditor_outside_collections_keeps_sms():
    rec = twarch.recommend({**COLLECTOR, "industry": "financial_services"})
    assert "sms" in rec.facts.served_channels


def test_a_collector_bills_no_sms_and_registers_no_10dlc():
    from twarch.estimates.bill import bill

    rec = twarch.recommend(COLLECTOR)
    made = bill(rec, {"calls_per_month": 1000, "minutes_per_call": 2, "sms_per_month": 5000,
                      "messaging_conversations_per_month": 500})
    ids = {line.id for line in (*made.lines, *made.unpriced, *made.one_time)}
    assert not {i for i in ids if i.startswith(("sms_", "a2p_", "tmobile_"))}


def test_hipaa_names_what_to_use_instead_of_whatsapp():
    rec = twarch.recommend({"channels": ["voice", "whatsapp"], "regulations": ["hipaa"]})
    gave = next(t for t in rec.tradeoffs if t.text.startswith("WhatsApp"))
    assert "Instead: SMS or web chat" in gave.text


# ------------------------------------------------------------------------------------------------ number types

def _blockers(rec):
    return {w.id for w in rec.warnings if dict(w.details).get("severity") == "blocker"}


@pytest.mark.parametrize("direction", ["inbound", "both", None])
def test_inbound_calls_in_india_are_a_blocker_and_billed_toll_free(direction):
    """Round-1 review, design 07: Twilio has no Indian local or mobile numbers; callers in India reach only a +91 800
    toll-free number from inside India (twilio.com/en-us/guidelines/in/voice, knowledge/telephony.csv, 2026-12-07)."""
    from twarch.estimates.bill import bill

    answers = {"channels": ["voice"], "countries": ["IN"], **({"direction": direction} if direction else {})}
    rec = twarch.recommend(answers)
    assert "inbound_local_numbers" in _blockers(rec)
    text = next(w.text for w in rec.warnings if w.id == "inbound_local_numbers")
    assert "India" in text and "toll-free" in text and "another country" in text
    made = bill(rec, {"calls_per_month": 1000, "minutes_per_call": 2})
    ids = {line.id for line in (*made.lines, *made.unpriced)}
    assert "voice_inbound_local" not in ids and "phone_number_local" not in ids
    # billed as toll-free minutes in India, which twarch holds no rate for: listed, never at the US toll-free rate
    assert "voice_inbound_toll_free_abroad" in ids and "voice_inbound_toll_free" not in ids


def test_india_shares_the_inbound_minutes_with_a_country_that_has_local_numbers():
    from twarch.estimates.bill import bill

    made = bill(twarch.recommend({"channels": ["voice"], "countries": ["IN", "US"]}),
                {"calls_per_month": 1000, "minutes_per_call": 2})
    assert made.inputs.get("toll_free_share").value == 0.5


def test_outbound_only_calls_to_india_need_no_inbound_number():
    rec = twarch.recommend({"channels": ["voice"], "countries": ["IN"], "direction": "outbound"})
    assert "inbound_local_numbers" not in {w.id for w in rec.warnings}


def test_outbound_sales_calls_to_brazil_confirm_0303_numbers_first():
    """Round-1 review, design 08: telemarketing calls in Brazil come from 0303 numbers
    (twilio.com/en-us/guidelines/br/voice, knowledge/telephony.csv, 2026-12-07)."""
    sales = {"channels": ["voice"], "countries": ["BR"], "direction": "both", "outcome": "conversational_commerce"}
    rec = twarch.recommend(sales)
    assert "sales_calls_numbers" in _blockers(rec)
    assert "0303" in next(w.text for w in rec.warnings if w.id == "sales_calls_numbers")
    inbound = twarch.recommend({**sales, "direction": "inbound"})
    assert "sales_calls_numbers" not in {w.id for w in inbound.warnings}


# ------------------------------------------------------------------------------------------------ RCS and Flex

def test_rcs_handed_to_flex_continues_over_sms():
    """Round-1 review, design 18: Flex Conversations lists SMS/MMS, WhatsApp, chat, email and Messenger, not RCS
    (https://www.twilio.com/docs/flex/conversations, checked 2026-12-07)."""
    rec = twarch.recommend({"channels": ["rcs", "sms"], "handoff": True, "countries": ["US"]})
    assert "flex" in rec.product_ids
    text = next(w.text for w in rec.warnings if w.id == "rcs_flex_handoff")
    assert "SMS" in text and "Messaging Service" in text and "custom channel" in text
    no_flex = twarch.recommend({"channels": ["rcs", "sms"], "handoff": True, "region": "ie1"})
    assert "rcs_flex_handoff" not in {w.id for w in no_flex.warnings}


def test_rcs_warns_of_the_carrier_approval_lead_time():
    rec = twarch.recommend({"channels": ["rcs"]})
    text = next(w.text for w in rec.warnings if w.id == "rcs_sender_approval")
    assert "carrier approval" in text and "weeks" in text


# Review round 2, class A (designs 07, 13, 17): no ConversationRelay vendor covers a language, a Media Streams vendor
# twarch holds a sourced list for does, so the design moves there, as a mandated vendor moves it.
@pytest.mark.parametrize("languages, region, stt, tts, missing", [
    (["en-IE", "ga-IE"], "ie1", "azure", "azure", "speech-to-text misses ga; text-to-speech misses ga"),
    # Google's STT lists zu-ZA (review round 3, class G), so only the voice moves the design
    (["en-ZA", "af-ZA", "zu-ZA"], None, "google", "azure", "(text-to-speech misses zu)"),
    (["en-GB", "cy-GB"], None, "azure", "amazon_polly", "speech-to-text misses cy)"),
])
def test_a_language_no_relay_vendor_covers_moves_the_design_to_media_streams(languages, region, stt, tts, missing):
    answers = {**V, "languages": languages, "priority": "languages", **({"region": region} if region else {})}
    rec = twarch.recommend(answers)
    assert (rec.voice_transport, rec.implementation_path) == ("media_streams", "manual")
    assert (rec.stt_provider, rec.tts_provider) == (stt, tts)
    gave = next(t.text for t in rec.tradeoffs if t.id == "gives.conversation_relay")
    assert missing in gave and f"Microsoft Azure Speech ({'STT' if stt == 'azure' else 'TTS'})" in gave
    assert not [w for w in rec.warnings if w.id == "language_gap"]
    assert "separate number" not in twarch.to_markdown(rec)


def test_languages_relay_covers_keep_conversation_relay():
    rec = twarch.recommend({**V, "languages": ["en-US", "es-MX"], "priority": "languages"})
    assert rec.voice_transport == "conversation_relay"
    assert not rec.tradeoffs


def test_an_answered_relay_vendor_is_not_moved_for_its_own_side():
    rec = twarch.recommend({**V, "languages": ["en-GB", "cy-GB"], "priority": "languages", "stt_provider": "deepgram"})
    assert (rec.voice_transport, rec.stt_provider) == ("conversation_relay", "deepgram")
