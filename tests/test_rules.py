"""One test per rule: each rule fires on the answers that should trigger it and not on a near miss.

A rule "fires" when an item of the recommendation carries its id in ``why.rule``. The table
must name every rule in :mod:`twarch.knowledge.rules`, so a new rule cannot land untested.
"""

import pytest

from twarch import recommend
from twarch.knowledge import rules as T

V = {"channels": ["voice"]}
VS = {"channels": ["voice", "sms"]}
SMS = {"channels": ["sms"]}
PY = {"team_language": "python"}
TS = {"team_language": "typescript"}


def _(**kw):
    return kw


# rule id -> (answers that trigger it, answers that do not)
CASES = {
    "level.handoff": (_(handoff=True), _(handoff=False)),
    "level.intelligence": (_(intelligence="realtime"), _(intelligence="none")),
    "level.memory": (_(memory=True), _(memory=False)),
    "level.basic": (_(memory=False), _(memory=True)),
    "channels.omnichannel": (_(channels=["voice", "sms", "chat"]), VS),
    "channels.voice_plus_messaging": (VS, _(channels=["voice", "sms", "whatsapp"])),
    "channels.voice_only": (V, VS),
    "channels.messaging_only": (SMS, V),
    "entry.hybrid": (_(handoff=True), _(handoff=False)),
    "entry.pure_ai": (_(handoff=False), _(handoff=True)),
    "transport.media_streams": ({**V, "needs_raw_audio": True}, {**V, "needs_raw_audio": False}),
    "transport.conversation_relay": (V, {**V, "needs_raw_audio": True}),
    "transport.none": (SMS, V),
    "path.raw_audio": (_(needs_raw_audio=True), _(needs_raw_audio=False)),
    "path.low_level_control": (_(needs_low_level_control=True), _(needs_low_level_control=False)),
    "path.existing_websocket": (_(existing_websocket_server=True), _(existing_websocket_server=False)),
    "path.team_language": (_(team_language="other"), PY),
    "path.sdk": (PY, _(team_language="other")),
    "tac.azure_cloud": (_(cloud="azure"), _(cloud="aws")),
    "tac.aws_cloud": (_(cloud="aws"), _(cloud="azure")),
    "tac.azure_openai": (_(llm="azure_openai"), _(llm="azure_openai", cloud="aws")),
    "tac.bedrock": (_(llm="bedrock"), _(llm="bedrock", cloud="azure")),
    "tac.core": (_(cloud="any"), _(cloud="aws")),
    "tac.none": (_(needs_low_level_control=True), _(needs_low_level_control=False)),
    "stt.chosen": ({**V, "stt_provider": "google"}, V),
    "stt.languages_priority": ({**V, "priority": "languages"}, {**V, "priority": "latency"}),
    "stt.multilingual": ({**V, "languages": ["en-US", "fr-FR"]}, {**V, "languages": ["en-US", "en-GB"]}),
    "stt.default": (V, {**V, "priority": "languages"}),
    "stt.none": (SMS, V),
    "tts.chosen": ({**V, "tts_provider": "amazon_polly"}, V),
    "tts.languages_priority": ({**V, "priority": "languages"}, {**V, "priority": "cost"}),
    "tts.quality": ({**V, "priority": "quality"}, {**V, "priority": "cost"}),
    "tts.cost": ({**V, "priority": "cost"}, {**V, "priority": "quality"}),
    "tts.latency": ({**V, "priority": "latency"}, {**V, "priority": "cost"}),
    "tts.multilingual": ({**V, "languages": ["es-MX", "en-US"]}, {**V, "languages": ["es-MX"]}),
    "tts.default": (V, {**V, "priority": "quality"}),
    "tts.none": (SMS, V),
    "product.conversation_relay": (V, SMS),
    "product.media_streams": ({**V, "needs_raw_audio": True}, V),
    "product.orchestrator": (VS, V),
    "product.memory": (_(memory=True), _(memory=False)),
    "product.intelligence": (_(intelligence="post_call"), _(intelligence="none")),
    "product.taskrouter": (_(handoff=True), _(handoff=False)),
    "product.flex": (_(handoff=True), _(handoff=False)),
    "skip.memory": (_(memory=False, handoff=True), _(memory=True)),
    "skip.intelligence": (_(intelligence="none"), _(intelligence="realtime")),
    "skip.taskrouter": (_(handoff=False), _(handoff=True)),
    "skip.relay_messaging": (SMS, V),
    "skip.relay_raw_audio": ({**V, "needs_raw_audio": True}, V),
    "skip.orchestrator": (V, VS),
    "skill.agent_connect": (PY, _(team_language="other")),
    "skill.relay": ({**V, "existing_websocket_server": True}, V),
    "skill.twiml": ({**V, "team_language": "other"}, {**V, **PY}),
    "skill.media_streams_twiml": ({**V, "needs_raw_audio": True}, V),
    "skill.memory": (_(memory=True, team_language="other"), _(memory=True, team_language="python")),
    "skill.orchestrator": ({**SMS, "team_language": "other"}, SMS),
    "skill.intelligence": (_(intelligence="realtime"), _(intelligence="none")),
    "skill.taskrouter": (_(handoff=True), _(handoff=False)),
    "skill.email": (_(wants=["email_summaries"]), _(wants=["ai_copilot"])),
    "skill.account": (_(), None),
    "skill.iam": (_(), None),
    "skill.numbers": (_(), None),
    "skill.webhooks_enterprise": (_(customer_profile="enterprise"), _(customer_profile="smb")),
    "skill.webhooks": (_(customer_profile="smb"), _(customer_profile="enterprise")),
    "skill.security": (_(), None),
    "skill.debugging": (_(), None),
    "skill.reliability": (_(production=True), _(production=False)),
    "reg.tcpa_outbound": (_(outcome="outbound_calling"), _(outcome="autonomous_service")),
    "reg.tcpa_collections": (_(industry="debt_collection"), _(industry="retail")),
    "reg.hipaa": (_(industry="healthcare"), _(industry="retail")),
    "reg.pci": (_(takes_payments=True), _(takes_payments=False)),
    "reg.gdpr": (_(eu_users=True), _(eu_users=False)),
    "reg.fdcpa": (_(industry="debt_collection"), _(industry="financial_services")),
    "reg.recording": ({**V, "records_calls": True}, {**SMS, "records_calls": True}),
    "reg.ai_disclosure": (_(outcome="autonomous_service"), _(outcome="internal_tools")),
    "reg.eu_ai_act": (_(eu_users=True), _(eu_users=False)),
    "reg.a2p_10dlc": (SMS, _(channels=["whatsapp"])),
    "reg.stir_shaken": ({**V, "outcome": "outbound_calling"}, {**SMS, "outcome": "outbound_calling"}),
    "reg.whatsapp": (_(channels=["whatsapp"]), SMS),
    "reg.named": (_(regulations=["ccpa"]), _(regulations=[])),
    "warn.silent_linkage": ({**SMS, "memory": True}, {**V, "memory": True}),
    "warn.group_by_one_way": (SMS, V),
    "warn.capture_rule": (_(intelligence="realtime"), _(intelligence="none")),
    "warn.operator_lifecycle": (_(intelligence="realtime"), _(intelligence="none")),
    "warn.operator_results": (_(intelligence="post_call"), _(intelligence="none")),
    "warn.dashboard_latency": (_(intelligence="realtime"), _(intelligence="none")),
    "warn.tunnels": (_(production=True), _(production=False, customer_profile="smb")),
    "warn.ts_voice_memory": ({**V, **TS, "memory": True}, {**V, **PY, "memory": True}),
    "warn.python_handoff": ({**PY, "handoff": True}, {**TS, "handoff": True}),
    "warn.python_interrupts": ({**V, **PY}, {**SMS, **PY}),
    "warn.sdk_versions": (PY, _(team_language="other")),
    "warn.elevenlabs": ({**V, "priority": "quality"}, {**V, "priority": "cost"}),
    "warn.relay_reconnect": (V, SMS),
    "warn.relay_recording": ({**V, "records_calls": True}, {**V, "records_calls": False}),
    "warn.relay_voice_fixed": ({**V, "languages": ["en-US", "es-US"]}, {**V, "languages": ["en-US"]}),
    "warn.relay_voice_only": (VS, V),
    "warn.no_mixing": ({**V, "needs_raw_audio": True}, V),
    "warn.language_intersection": ({**V, "languages": ["en-US"]}, V),
    "warn.language_gap": ({**V, "languages": ["sw-KE"], "tts_provider": "elevenlabs"},
                          {**V, "languages": ["fr-FR"], "tts_provider": "elevenlabs"}),
    "warn.language_unknown": ({**V, "languages": ["fr-FR"], "priority": "languages"},
                              {**V, "languages": ["fr-FR"], "tts_provider": "elevenlabs"}),
    "warn.hipaa_memory": (_(industry="healthcare", memory=True), _(industry="healthcare", memory=False)),
    "warn.hipaa_whatsapp": (_(industry="healthcare", channels=["whatsapp"]), _(industry="healthcare", **SMS)),
    "warn.pci_memory": (_(takes_payments=True, memory=True), _(takes_payments=False, memory=True)),
    "warn.pci_relay": ({**V, "takes_payments": True}, {**V, "takes_payments": False}),
    "warn.pci_intelligence": (_(takes_payments=True, intelligence="realtime"), _(takes_payments=True)),
    "warn.fdcpa_sms": ({**SMS, "industry": "debt_collection"}, {**V, "industry": "debt_collection"}),
    "warn.whatsapp_ai": (_(channels=["whatsapp"]), SMS),
    "warn.ie1_relay": ({**V, "eu_users": True}, {**V, "eu_users": False}),
    "gap.cross_channel": (VS, V),
    "gap.subject": (SMS, V),
    "gap.channel_switch": (VS, V),
    "gap.boomerang": (_(handoff=True), _(handoff=False)),
    "gap.copilot": (_(wants=["ai_copilot"]), _(handoff=False)),
    "gap.turn_taking": (_(wants=["turn_taking"]), _(wants=["scoped_tokens"])),
    "gap.scoped_tokens": (_(wants=["scoped_tokens"]), _(wants=["turn_taking"])),
    "gap.outbound": ({**VS, "outcome": "outbound_calling"}, {**V, "outcome": "outbound_calling"}),
    "gap.dashboards": (_(intelligence="post_call"), _(intelligence="none")),
    "works.relay": (V, SMS),
    "works.memory": (_(memory=True), _(memory=False)),
    "works.intelligence": (_(intelligence="realtime"), _(intelligence="none")),
    "works.escalation": (_(handoff=True), _(handoff=False)),
    "decide.identity": (_(memory=True), _(memory=False)),
    "decide.memory_scope": (_(memory=True), _(memory=False)),
    "decide.retention": (_(memory=True), _(memory=False)),
    "decide.memory_tac": (_(memory=True), _(memory=True, team_language="other")),
    "decide.memory_manual": (_(memory=True, team_language="other"), _(memory=True)),
    "decide.operators": (_(intelligence="realtime"), _(intelligence="none")),
    "decide.timing_realtime": (_(intelligence="realtime"), _(intelligence="post_call")),
    "decide.timing_post_call": (_(intelligence="post_call"), _(intelligence="realtime")),
    "decide.actions": (_(intelligence="post_call"), _(intelligence="none")),
    "decide.escalation_triggers": (_(handoff=True), _(handoff=False)),
    "decide.routing": (_(handoff=True), _(handoff=False)),
    "decide.context_handoff": (_(handoff=True), _(handoff=False)),
    "profile.isv_stores": (_(customer_profile="isv", memory=True), _(customer_profile="isv", memory=False)),
    "profile.isv_operators": (_(customer_profile="isv", intelligence="realtime"), _(customer_profile="isv")),
    "profile.isv_retention": (_(customer_profile="isv"), _(customer_profile="smb")),
    "profile.isv_segment": (_(customer_profile="isv"), _(customer_profile="smb")),
    "profile.enterprise_tunnels": (_(customer_profile="enterprise"), _(customer_profile="isv")),
    "profile.enterprise_compliance": (_(customer_profile="enterprise"), _(customer_profile="isv")),
    "profile.enterprise_segment": (_(customer_profile="enterprise"), _(customer_profile="smb")),
    "profile.enterprise_operators": (_(customer_profile="enterprise"), _(customer_profile="smb")),
    "profile.smb_start": (_(customer_profile="smb"), _(customer_profile="enterprise")),
    "profile.smb_defaults": (_(customer_profile="smb"), _(customer_profile="enterprise")),
    "profile.smb_quickstart": (_(customer_profile="smb"), _(customer_profile="isv")),
    "profile.smb_wizard": (_(customer_profile="smb"), _(customer_profile="isv")),
    "stack.load_balancer": ({**V, "production": True}, {**V, "production": False}),
    "stack.action_fallback": (V, SMS),
    "stack.llm_failover": (_(production=True), _(production=False)),
    "stack.session_state": ({**V, "production": True}, {**SMS, "production": True}),
    "stack.functions_over": (_(uses_twilio_functions=True, peak_concurrent_calls=50),
                             _(uses_twilio_functions=True, peak_concurrent_calls=5)),
    "stack.functions_within": (_(uses_twilio_functions=True, peak_concurrent_calls=5),
                               _(uses_twilio_functions=True, peak_concurrent_calls=6)),
    "stack.functions_unsized": (_(uses_twilio_functions=True), _(uses_twilio_functions=False)),
    "stack.multi_region": ({**V, "eu_users": True}, {**V, "eu_users": False}),
    "phase.1": (_(customer_profile="smb"), _(customer_profile="enterprise")),
    "phase.2": (_(customer_profile="smb", memory=True), _(customer_profile="smb", memory=False)),
    "phase.3": (_(customer_profile="smb", intelligence="realtime"), _(customer_profile="smb", intelligence="none")),
    "phase.4": (_(customer_profile="smb", handoff=True), _(customer_profile="smb", handoff=False)),
    "next.discovery": (_(request="I want to build an AI voice agent for customer support"),
                       _(request="Set up a WebSocket handler for ConversationRelay with Deepgram")),
    "next.validation": (_(request="I need ConversationRelay with Conversation Memory for returning callers"),
                        _(request="I want to build an AI voice agent for customer support")),
    "next.build": (_(request="Set up a WebSocket handler for ConversationRelay with Deepgram"),
                   _(request="I want to build an AI voice agent for customer support")),
}

ALL_RULES = [rule for table in T.TABLES for rule in table.rules]


def fired(answers) -> set[str]:
    return {item.why.rule for item in recommend(answers).items()}


def test_every_rule_has_a_case():
    assert sorted(r.id for r in ALL_RULES) == sorted(CASES)


def test_rule_ids_are_unique():
    ids = [r.id for r in ALL_RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule_id", list(CASES))
def test_rule(rule_id):
    trigger, absent = CASES[rule_id]
    assert rule_id in fired(trigger), f"{rule_id} should fire on {trigger}"
    if absent is None:  # an unconditional rule: it fires on the empty qualification too
        assert rule_id in fired({})
    else:
        assert rule_id not in fired(absent), f"{rule_id} should not fire on {absent}"
