"""One test per rule: each rule fires on the answers that should trigger it and not on a near miss.

A rule "fires" when an item of the recommendation carries its id in ``why.rule``. The table
must name every rule in :mod:`twarch.knowledge.rules`, so a new rule cannot land untested.
"""

import pytest

from twarch import recommend
from twarch.knowledge import rules as rule_tables

V = {"channels": ["voice"]}
VS = {"channels": ["voice", "sms"]}
SMS = {"channels": ["sms"]}
PY = {"team_language": "python"}
TS = {"team_language": "typescript"}
S2S = {"channels": ["voice"], "voice_pipeline": "speech_to_speech"}
#: Agent assist (review 3, finding 1): an internal tool wanting the AI copilot during human conversations.
AS = {"outcome": "internal_tools", "wants": ["ai_copilot"]}
ASV = {**AS, "channels": ["voice"]}
#: Google CX Agent Studio's speech-to-speech voice channel (review 4, finding 1): no Orchestrator or Memory for voice.
GV = {**S2S, "cloud": "gcp", "llm": "google", **PY}
GVW = {**GV, "channels": ["voice", "whatsapp"]}

#: Who takes the hand-off (review 3, finding 5): a phone line, or contact-centre agents in Flex.
PL = {"handoff": True, "handoff_target": "phone_line"}
CC = {"handoff": True, "handoff_target": "contact_center"}
#: the customer's own contact centre on another platform (Genesys Cloud, NICE CXone...): a transfer, no Flex
OWN = {"handoff": True, "handoff_target": "own_contact_center"}
#: A US healthcare voice design: HIPAA applies.
HV = {"channels": ["voice"], "industry": "healthcare"}


def _(**kw):
    return kw


# rule id -> (answers that trigger it, answers that do not)
CASES = {
    "reg.tcpa": (_(direction="outbound"), _(direction="outbound", countries=["DE"])),
    "reg.hipaa": (_(industry="healthcare"), _(industry="healthcare", countries=["GB"])),
    "reg.pci": (_(takes_payments=True), _(takes_payments=False)),
    "reg.gdpr": (_(countries=["ES", "PT"]), _(countries=["US"])),
    "reg.uk": (_(countries=["GB"]), _(countries=["IE"])),
    "reg.welsh_language": (_(countries=["GB"], languages=["en-GB", "cy-GB"]),
                           _(countries=["GB"], languages=["en-GB", "ga-IE"])),
    "reg.fdcpa": (_(industry="debt_collection"), _(industry="debt_collection", countries=["CA"])),
    "reg.recording": ({**V, "records_calls": True}, {**V, "records_calls": True, "countries": ["FR"]}),
    "reg.ai_disclosure": (_(outcome="autonomous_service"), _(outcome="internal_tools")),
    "reg.eu_ai_act_assist": ({**ASV, "countries": ["NL"], "intelligence": "realtime"},
                             {**ASV, "countries": ["NL"], "intelligence": "none"}),
    "reg.eu_ai_act": (_(eu_users=True), _(eu_users=False)),
    "reg.a2p_10dlc": (SMS, {**SMS, "countries": ["CA"]}),
    "reg.stir_shaken": ({**V, "outcome": "outbound_calling"}, {**V, "outcome": "outbound_calling",
                                                               "direction": "inbound"}),
    "reg.whatsapp": (_(channels=["whatsapp"]), SMS),
    "reg.canada": ({**SMS, "countries": ["CA"]}, {**V, "countries": ["CA"], "direction": "inbound"}),
    "reg.canada_collection": (_(industry="debt_collection", countries=["CA"]), _(industry="debt_collection")),
    "reg.pipeda": ({**V, "countries": ["CA"], "direction": "inbound"}, {**SMS, "countries": ["CA"]}),
    "reg.ca_health_privacy": (_(industry="healthcare", countries=["CA"]), _(industry="healthcare", countries=["US"])),
    "reg.quebec_privacy": ({**V, "countries": ["CA"], "request": "An insurer based in Montreal."},
                           {**V, "countries": ["CA"], "request": "An insurer based in Toronto."}),
    "reg.dora": (_(industry="financial_services", countries=["FR"]), _(industry="financial_services")),
    # high-stakes words in the request (knowledge/stakes.py): medical accounts bring HIPAA in the US (round 1, E)
    "reg.stakes_hipaa": (_(request="We collect past-due medical accounts", countries=["US"]),
                         _(request="We collect past-due medical accounts", countries=["MX"])),
    "reg.named": (_(regulations=["ccpa"]), _(regulations=[])),
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
    "transport.speech_to_speech": (S2S, {**V, "voice_pipeline": "cascaded"}),
    "transport.media_streams": ({**V, "needs_raw_audio": True}, {**V, "needs_raw_audio": False}),
    "transport.own_speech": ({**V, "tts_provider": "own"}, {**S2S, "tts_provider": "own"}),
    "transport.conversation_relay": (V, {**V, "needs_raw_audio": True}),
    "transport.none": (SMS, V),
    "path.unavailable": (_(channels=["voice"], industry="healthcare"), _(channels=["voice"], industry="retail")),
    "path.realtime_limits": ({**S2S, "memory": True}, S2S),
    "path.raw_audio": (_(needs_raw_audio=True), _(needs_raw_audio=False)),
    "path.own_speech": ({**V, "stt_provider": "own"}, {**V, "stt_provider": "deepgram"}),
    "path.low_level_control": (_(needs_low_level_control=True), _(needs_low_level_control=False)),
    "path.existing_websocket": (_(existing_websocket_server=True), _(existing_websocket_server=False)),
    "path.team_language": (_(team_language="other"), PY),
    "path.sdk": (PY, _(team_language="other")),
    "tac.typescript": (TS, PY),
    "tac.gcp_voice": ({**S2S, "cloud": "gcp"}, {**V, "cloud": "gcp"}),
    "tac.speech_to_speech": ({**S2S, "cloud": "azure"}, {**V, "cloud": "azure"}),
    "tac.direct_llm": ({**PY, "cloud": "aws", "llm": "openai"}, {**PY, "cloud": "aws", "llm": "bedrock"}),
    "tac.gcp": (_(cloud="gcp"), {**TS, "cloud": "gcp"}),
    "tac.azure_cloud": (_(cloud="azure"), _(cloud="aws")),
    "tac.aws_cloud": (_(cloud="aws"), _(cloud="azure")),
    "tac.azure_openai": (_(llm="azure_openai"), _(llm="azure_openai", cloud="aws")),
    "tac.bedrock": (_(llm="bedrock"), _(llm="bedrock", cloud="azure")),
    "tac.core": (_(cloud="any"), _(cloud="aws")),
    "tac.none": (_(needs_low_level_control=True), _(needs_low_level_control=False)),
    "install.typescript": (TS, PY),
    "install.google_voice": ({**S2S, "cloud": "gcp"}, _(cloud="gcp")),
    "install.google": (_(cloud="gcp"), {**S2S, "cloud": "gcp"}),
    "install.core_realtime": (S2S, V),
    "install.core": (V, S2S),
    "install.microsoft": (_(cloud="azure"), _(cloud="aws")),
    "install.aws_bedrock": (_(cloud="aws", llm="bedrock"), _(cloud="aws", llm="openai")),
    "install.aws": (_(cloud="aws"), _(cloud="aws", llm="bedrock")),
    "stt.speech_to_speech": (S2S, V),
    "stt.chosen": ({**V, "stt_provider": "google"}, V),
    "stt.languages": ({**V, "languages": ["en-US", "gu-IN"]}, {**V, "languages": ["en-US", "yo-NG"]}),
    "stt.default": (V, {**V, "stt_provider": "google"}),
    "stt.none": (SMS, V),
    "tts.speech_to_speech": (S2S, V),
    "tts.chosen": ({**V, "tts_provider": "amazon_polly"}, V),
    "tts.hipaa": ({**V, "industry": "healthcare"}, {**V, "industry": "healthcare", "countries": ["DE"]}),
    "tts.hipaa_languages": ({**V, "industry": "healthcare", "languages": ["en-US", "es-US"]},
                            {**V, "industry": "retail", "languages": ["en-US", "es-US"]}),
    "tts.languages": ({**V, "languages": ["es-MX", "en-US"]}, {**V, "languages": ["es-MX", "yo-NG"]}),
    "tts.quality": ({**V, "priority": "quality"}, {**V, "priority": "cost"}),
    "tts.cost": ({**V, "priority": "cost"}, {**V, "priority": "quality"}),
    "tts.latency": ({**V, "priority": "latency"}, {**V, "priority": "cost"}),
    "tts.default": (V, {**V, "priority": "quality"}),
    "tts.none": (SMS, V),
    "product.conversation_relay": (V, SMS),
    "product.media_streams_s2s": (S2S, {**V, "needs_raw_audio": True}),
    "product.media_streams": ({**V, "needs_raw_audio": True}, V),
    "product.orchestrator_messaging": (VS, V),
    "product.orchestrator_google_voice": (GVW, {**VS, "voice_pipeline": "speech_to_speech", **PY}),
    "product.memory_google_voice": ({**GVW, "memory": True}, {**GV, "memory": True}),
    "product.intelligence_google_voice": ({**GVW, "intelligence": "post_call"},  # review 5, finding 1
                                          {**GV, "intelligence": "post_call"}),
    "product.flex_memory_google_voice": ({**GVW, "memory": True, "handoff": True},
                                         {**GVW, "memory": False, "handoff": True}),
    "skip.google_voice_memory": ({**GV, "memory": True}, {**GVW, "memory": True}),
    "skip.google_voice_intelligence": ({**GV, "intelligence": "post_call"}, {**GVW, "intelligence": "post_call"}),
    "skip.google_voice_orchestrator": ({**GV, "memory": True}, {**GV, "memory": False, "intelligence": "none"}),
    # review 5, 2
    "warn.s2s_double_stt": ({"channels": ["voice"], "voice_pipeline": "speech_to_speech", "memory": True},
                            {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "memory": False}),
    "warn.streams_double_stt": ({**V, "stt_provider": "own", "memory": True},
                                {**V, "stt_provider": "own", "memory": False, "intelligence": "none"}),
    "warn.google_voice_memory": ({**GVW, "memory": True}, {**S2S, **PY, "memory": True}),
    "product.orchestrator_memory_manual": ({**V, "memory": True, "team_language": "other"}, {**V, "memory": True}),
    "product.orchestrator_memory": ({**V, "memory": True}, {**V, "memory": False}),
    "product.orchestrator_intelligence": ({**V, "intelligence": "post_call"}, {**V, "intelligence": "none"}),
    "product.memory": (_(memory=True), _(memory=False)),
    "product.intelligence": (_(intelligence="post_call"), _(intelligence="none")),
    "product.studio_phone_mixed": ({**PY, **VS, **PL}, {**PY, **VS, **CC}),
    "product.studio_phone_voice": ({**PY, **V, **PL, "memory": True}, {**PY, **V, **PL}),
    "product.studio_phone_text": ({**PY, **SMS, **PL}, {**PY, **SMS, **CC}),
    "product.studio": ({**PY, "handoff": True, "memory": True}, {**PY, "handoff": True, "memory": True, **OWN}),
    "product.taskrouter": (_(handoff=True), _(handoff=False)),
    "product.flex_memory": (_(handoff=True, memory=True), _(handoff=True, memory=False)),
    "product.flex": (_(handoff=True, memory=False), _(handoff=False)),
    "skip.memory_store_only": ({"channels": ["voice", "sms"], "memory": False}, _(memory=False)),
    "skip.memory": (_(memory=False, handoff=True), {"channels": ["voice", "sms"], "memory": False}),
    "skip.intelligence": (_(intelligence="none"), _(intelligence="realtime")),
    "skip.taskrouter": (_(handoff=False), _(handoff=True)),
    "skip.taskrouter_phone": (PL, CC),
    "skip.taskrouter_transfer": ({**V, **OWN}, {**V, **OWN, "region": "ie1"}),
    "skip.relay_messaging": (SMS, V),
    "skip.relay_speech_to_speech": (S2S, {**V, "needs_raw_audio": True}),
    "skip.relay_raw_audio": ({**V, "needs_raw_audio": True}, V),
    "skip.orchestrator": ({**V, "memory": False, "intelligence": "none"}, {**V, "memory": True,
                                                                           "intelligence": "none"}),
    "skill.agent_connect": (PY, _(team_language="other")),
    "skill.relay": ({**V, "existing_websocket_server": True}, V),
    "skill.media_streams_twiml": ({**V, "needs_raw_audio": True}, V),
    "skill.twiml_phone": ({**V, **PL, "team_language": "other"}, {**V, **CC, "team_language": "other"}),
    "skill.twiml": ({**V, "team_language": "other"}, {**V, **PY}),
    "skill.memory": (_(memory=True, team_language="other"), _(memory=True, team_language="python")),
    "skill.orchestrator": ({**SMS, "team_language": "other"}, SMS),
    "skill.intelligence": (_(intelligence="realtime"), _(intelligence="none")),
    "skill.taskrouter": (_(handoff=True), _(handoff=False)),
    "skill.studio": ({**PY, "handoff": True, "memory": True}, {**PY, "handoff": True}),
    "skill.conference": ({**V, "handoff": True}, {**SMS, "handoff": True}),
    "skill.recordings": ({**V, "records_calls": True}, {**V, "records_calls": False}),
    "skill.outbound": ({**V, "direction": "both"}, {**V, "direction": "inbound"}),
    "skill.whatsapp_send": (_(channels=["whatsapp"]), SMS),
    "skill.whatsapp_senders": (_(channels=["whatsapp"]), SMS),
    "skill.rcs": (_(channels=["rcs"]), SMS),
    "skill.messaging_services": ({**SMS, "production": True}, {**SMS, "production": False}),
    "skill.send_message": ({**SMS, "team_language": "other"}, {"channels": ["chat"], "team_language": "other"}),
    "skill.conversations_chat": ({"channels": ["voice", "chat"], "region": "ie1"}, {"channels": ["voice", "chat"]}),
    "skill.email_hipaa": (_(wants=["email_summaries"], industry="healthcare"), _(wants=["email_summaries"])),
    "skill.email": (_(wants=["email_summaries"]), _(wants=["ai_copilot"])),
    "skill.account": (_(customer_profile="isv"), _(customer_profile="enterprise")),
    "skill.iam": (_(production=True), _(production=False)),
    "skill.numbers": (V, _(channels=["chat"])),
    "skill.webhooks_enterprise": (_(customer_profile="enterprise"), _(customer_profile="smb")),
    "skill.webhooks": (_(customer_profile="smb", production=True), _(customer_profile="smb")),
    "skill.compliance_onboarding": (SMS, _(channels=["chat"])),
    "skill.regulatory_bundles": ({**V, "countries": ["CH"]}, {**V, "countries": ["US"]}),
    "skill.isv_sms": ({**SMS, "customer_profile": "isv"}, {**SMS, "customer_profile": "smb"}),
    "skill.organizations": (_(customer_profile="isv"), _(customer_profile="smb")),
    "skill.hipaa": (_(industry="healthcare"), _(industry="retail")),
    "skill.security": (_(), None),
    "skill.debugging": (_(), None),
    "skill.reliability": (_(production=True), _(production=False)),
    "skill.compliance_traffic": (_(takes_payments=True), _(takes_payments=False)),
    "skill.identity_collections": (_(industry="debt_collection"), _(industry="retail")),
    "skill.identity": (_(industry="financial_services"), _(industry="retail")),
    "skill.identity_credentials": (_(request="it unlocks accounts for callers"), _(request="it books rooms")),
    "skill.verify_credentials": (_(request="callers get an MFA reset"), _(request="it books rooms")),
    "skill.augmentation": (_(wants=["ai_copilot"]), _(wants=["turn_taking"])),
    "skill.support_architect": ({**V, "handoff": True}, {**SMS, "handoff": True}),
    # not when cards are already taken through a hosted page (warn.pci_link says so): review round 1, class A
    "warn.pci_text": ({**SMS, "takes_payments": True, "card_capture": "pay_in_call"},
                      {**SMS, "takes_payments": True, "card_capture": "payment_link"}),
    "warn.pci_text_on_call": ({**VS, "takes_payments": True, "card_capture": "pay_subaccount"},
                              {**VS, "takes_payments": True, "card_capture": "payment_link"}),
    "warn.credential_resets": (_(request="The helpdesk bot resets passwords for staff"),
                               _(request="The helpdesk bot opens tickets for staff")),
    "warn.pci_collections_retention": ({**V, "takes_payments": True, "industry": "debt_collection"},
                                       {**V, "takes_payments": False, "industry": "debt_collection"}),
    "warn.tcpa_exemption_length": ({**V, "direction": "outbound", "industry": "healthcare", "minutes_per_call": 1.5},
                                   {**V, "direction": "outbound", "industry": "healthcare", "minutes_per_call": 1}),
    "warn.memory_sensitive": (_(industry="financial_services", memory=True), _(industry="retail", memory=True)),
    # ConversationRelay's speech vendors are Twilio's to contract: ask Twilio (review round 1, class F)
    "warn.hipaa_relay_speech": ({**V, "industry": "healthcare", "tts_provider": "elevenlabs"},
                                {**V, "industry": "healthcare", "tts_provider": "cartesia"}),
    "warn.hipaa_relay_polly": ({**V, "industry": "healthcare"}, {**V, "industry": "healthcare", "tts_provider": "own"}),
    "warn.hipaa_own_tts": ({**V, "industry": "healthcare", "tts_provider": "own"},
                           {**V, "industry": "healthcare", "tts_provider": "own", "stt_provider": "own"}),
    "warn.hipaa_speech_to_speech": ({**S2S, "industry": "healthcare"}, {**V, "industry": "healthcare"}),
    # one warning per vendor's own BAA terms (twarch/knowledge/baa.py; claims baa.*, checked 2026-12-07): a HIPAA
    # voice design defaults to Deepgram and Amazon Polly
    # only for vendors the design calls itself (Media Streams speech, the LLM, the realtime model); a HIPAA voice
    # design defaults to Deepgram and Amazon Polly on ConversationRelay, where Twilio runs them
    "warn.hipaa_baa_deepgram": ({**HV, "tts_provider": "cartesia"}, HV),
    "warn.hipaa_baa_google": ({**HV, "stt_provider": "google", "tts_provider": "cartesia"},
                              {**HV, "stt_provider": "google"}),
    "warn.hipaa_baa_elevenlabs": ({**HV, "tts_provider": "elevenlabs", "stt_provider": "own"},
                                  {**HV, "tts_provider": "elevenlabs"}),
    "warn.hipaa_baa_amazon": ({**HV, "stt_provider": "amazon_transcribe"}, HV),
    "warn.hipaa_baa_azure": ({**HV, "stt_provider": "azure"}, HV),
    "warn.hipaa_baa_assemblyai": ({**HV, "stt_provider": "assemblyai"}, HV),
    "warn.hipaa_baa_cartesia": ({**HV, "tts_provider": "cartesia"}, HV),
    "warn.hipaa_baa_openai": ({**HV, "llm": "openai"}, {**HV, "llm": "anthropic"}),
    "warn.hipaa_baa_anthropic": ({**HV, "llm": "anthropic"}, {**HV, "llm": "openai"}),
    "warn.hipaa_baa_gemini": ({**HV, "llm": "google"}, {**HV, "llm": "openai"}),
    "warn.hipaa_baa_bedrock": ({**HV, "llm": "bedrock"}, {**HV, "llm": "openai"}),
    "warn.hipaa_baa_azure_openai": ({**HV, "llm": "azure_openai"}, {**HV, "llm": "openai"}),
    "warn.hipaa_clinical": ({**V, "industry": "healthcare"}, {**SMS, "industry": "healthcare"}),
    "warn.pci_relay": ({**V, "takes_payments": True}, {**V, "takes_payments": False}),
    "warn.whatsapp_ai": (_(channels=["whatsapp"]), SMS),
    "warn.functions_websocket": ({**V, "uses_twilio_functions": True}, {**SMS, "uses_twilio_functions": True}),
    "warn.eu_residency": (_(handoff=True, countries=["DE"]), _(handoff=True, countries=["DE"], region="us1")),
    "warn.double_stt": ({**VS}, V),
    "warn.intelligence_billing": (_(intelligence="realtime"), _(intelligence="none")),
    "warn.silent_linkage": ({**SMS, "memory": True}, {**SMS, "memory": False}),
    "warn.group_by_one_way": (SMS, {**V, "memory": False}),
    "warn.orchestrator_configurations": ({**SMS, "customer_profile": "isv", "countries": ["GB"]},
                                         {**SMS, "customer_profile": "isv"}),  # US SMS: 10DLC, a subaccount each
    "warn.capture_rule": (_(intelligence="realtime"), _(intelligence="none")),
    "warn.configuration_put": (_(intelligence="realtime"), _(intelligence="none")),
    "warn.operator_results": (_(intelligence="post_call"), _(intelligence="none")),
    "warn.dashboard_latency": (_(intelligence="realtime"), _(intelligence="none")),
    "warn.tunnels": (_(production=True), _(production=False, customer_profile="smb")),
    "warn.typescript_sdk": (TS, PY),
    "warn.tac_scaling": ({**PY, "production": True}, {**PY, "production": False}),
    # every design on the SDK path: 2.7.0 is a security release (Twilio changelog, 3 Dec 2026); not on the manual path
    "warn.tac_logging": (PY, {**PY, "industry": "healthcare"}),
    "warn.voice_live": ({**S2S, "cloud": "azure"}, {**V, "cloud": "azure"}),
    # round 2, designs 06 and 16: not once the region or HIPAA has removed Memory and Intelligence
    "warn.speech_to_speech_memory": ({**S2S, "memory": True}, {**S2S, "memory": True, "region": "ie1"}),
    "warn.elevenlabs": ({**V, "priority": "quality"}, {**V, "priority": "cost"}),
    "warn.deepgram_tts": ({**V, "tts_provider": "deepgram"}, {**V, "tts_provider": "google"}),
    "warn.relay_recording": ({**V, "records_calls": True}, {**V, "records_calls": False}),
    "warn.relay_voice_only": (VS, V),
    "warn.relay_voice_only_messaging": ({**VS, "industry": "healthcare"}, VS),
    "warn.relay_voice_only_chat": ({"channels": ["voice", "chat"], "region": "ie1"}, {**VS, "region": "ie1"}),
    "warn.no_mixing": ({**V, "needs_raw_audio": True}, V),
    "warn.language_intersection": ({**V, "languages": ["en-US"]}, V),
    "warn.own_speech": ({**V, "stt_provider": "own", "languages": ["ar"]}, {**V, "languages": ["ar"]}),
    "warn.own_speech_unused": ({**S2S, "tts_provider": "own"}, {**V, "tts_provider": "own"}),
    "warn.priority_passed_over": ({**V, "languages": ["zh-HK", "en-GB"], "priority": "latency"},  # review 3, 21
                                  {**V, "languages": ["fr-FR", "en-GB"], "priority": "latency"}),
    "warn.language_gap": ({**V, "languages": ["vi-VN"], "tts_provider": "amazon_polly"},
                          {**V, "languages": ["fr-FR"], "tts_provider": "elevenlabs"}),
    "warn.language_gap_uncovered": ({**V, "languages": ["yo-NG"], "tts_provider": "elevenlabs"},
                                    {**V, "languages": ["vi-VN"], "tts_provider": "amazon_polly"}),
    # Belarusian: Deepgram lists it; Google's voice lists (partial) do not show it, so it is unknown, not missing
    "warn.language_unknown": ({**V, "languages": ["be-BY"], "tts_provider": "google"},
                              {**V, "languages": ["fr-FR"], "tts_provider": "google"}),
    "warn.geography_assumed": (SMS, {**SMS, "countries": ["US"]}),
    "warn.countries_uncovered": (_(channels=["voice"], countries=["AU", "US"]), _(channels=["voice"],
                                                                                  countries=["US"])),
    "warn.finance_uncovered": (_(industry="financial_services"), _(industry="retail")),
    "warn.local_law_uncovered": (_(countries=["DE"]), _(countries=["SG"])),
    "warn.unplaced_laws": (_(request="A voice agent for our insurer; we must comply with POPIA."),
                           _(request="A voice agent for our insurer; we must comply with GDPR.")),
    "warn.au_cross_border": (_(countries=["AU"]), _(countries=["NZ"])),
    "warn.crisis_fallback_us": ({**V, **PL, "countries": ["US"],
                                 "request": "Crisis calls go to the on-call clinician."},
                                {**V, **PL, "countries": ["US"], "request": "Billing calls go to the front desk."}),
    "warn.crisis_fallback": ({**V, **PL, "countries": ["GB"], "request": "Crisis calls go to the on-call clinician."},
                             {**V, **PL, "countries": ["US"], "request": "Crisis calls go to the on-call clinician."}),
    "warn.collections_uncovered": (_(industry="debt_collection", countries=["GB"]), _(industry="debt_collection")),
    "warn.eu_workplace_emotion": ({**V, "countries": ["DE"], "outcome": "internal_tools", "intelligence": "realtime"},
                                  {**V, "countries": ["DE"], "outcome": "internal_tools", "intelligence": "post_call"}),
    "warn.phone_handoff_text": ({**VS, **PL}, {**VS, **CC}),
    "warn.phone_handoff_unanswered": ({**V, **PL}, {**SMS, **PL}),
    "warn.whatsapp_human_path": (_(channels=["whatsapp"], handoff=False), _(channels=["whatsapp"], handoff=True)),
    "warn.region_vendors": ({**V, "region": "ie1", "needs_raw_audio": True}, {**V, "region": "us1"}),
    "warn.region_vendors_relay": ({**V, "region": "au1"}, {**V, "region": "au1", "needs_raw_audio": True}),
    "warn.voice_live_manual": ({**V, "voice_pipeline": "speech_to_speech", "cloud": "azure", "needs_raw_audio": True},
                               {**V, "voice_pipeline": "speech_to_speech", "cloud": "azure"}),
    "warn.direction_assumed": (V, {**V, "direction": "inbound"}),
    "gap.cross_channel": (VS, V),
    "gap.subject": (SMS, {**V, "memory": False}),
    "gap.channel_switch": (VS, V),
    "gap.channel_switch_own": ({"channels": ["voice", "chat"], "region": "ie1"}, VS),
    "gap.channel_switch_hipaa": ({**VS, "industry": "healthcare"}, VS),
    "gap.boomerang": (_(handoff=True), _(handoff=True, handoff_target="own_contact_center")),  # round 2, 01
    "gap.copilot_no_flex": ({**V, "wants": ["ai_copilot"], "region": "ie1"}, {**V, "wants": ["ai_copilot"]}),
    "gap.copilot_transcript": (_(wants=["ai_copilot"]), _(wants=["ai_copilot"], intelligence="realtime")),
    "gap.copilot": (_(wants=["ai_copilot"], intelligence="realtime"), _(handoff=True, intelligence="realtime")),
    "gap.turn_taking": (_(wants=["turn_taking"]), _(wants=["scoped_tokens"])),
    "gap.scoped_tokens": (_(wants=["scoped_tokens"]), _(wants=["turn_taking"])),
    "gap.dashboards": (_(intelligence="post_call"), _(intelligence="none")),
    "works.agent_connect": (PY, _(team_language="other")),
    "works.relay": (V, SMS),
    "works.outbound": (_(direction="outbound"), _(direction="inbound")),
    "works.memory": (_(memory=True), _(memory=False)),
    "works.intelligence": (_(intelligence="realtime"), _(intelligence="none")),
    "works.escalation_sdk_phone": ({**PY, **PL, "memory": True}, {**PY, **PL}),
    "works.escalation_phone_voice": ({**V, **PL, "team_language": "other"}, {**V, **CC, "team_language": "other"}),
    "works.escalation_phone_text": ({**SMS, **PL, "team_language": "other"}, {**SMS, **CC, "team_language": "other"}),
    "works.escalation_sdk": ({**PY, "handoff": True, "memory": True}, {**PY, "handoff": True}),
    "works.escalation": (_(handoff=True, team_language="other"), _(handoff=False, team_language="other")),
    "decide.identity": (_(memory=True), _(memory=False)),
    "decide.memory_scope": (_(memory=True), _(memory=False)),
    "decide.retention": (_(memory=True), _(memory=False)),
    "decide.memory_tac": (_(memory=True), _(memory=True, team_language="other")),
    "decide.memory_manual": (_(memory=True, team_language="other"), _(memory=True)),
    "decide.operators": (_(intelligence="realtime"), _(intelligence="none")),
    "decide.timing_realtime": (_(intelligence="realtime"), _(intelligence="post_call")),
    "decide.timing_post_call": (_(intelligence="post_call"), _(intelligence="realtime")),
    "decide.actions": (_(intelligence="post_call"), _(intelligence="none")),
    "decide.escalation_triggers": (_(handoff=True, intelligence="realtime"), _(handoff=True)),
    "decide.escalation_triggers_own": (_(handoff=True), _(handoff=False)),  # round 2: no Intelligence signal without it
    "decide.routing_phone": (PL, CC),
    "decide.context_handoff_phone_voice": ({**V, **PL, "memory": True}, {**V, **CC}),  # Studio in the design
    # no Studio in the design (round 2): ruled out, or simply not drawn (a voice-only phone hand-off on the SDK)
    "decide.context_handoff_phone_dial": ({**V, **PL, "takes_payments": True, "card_capture": "pay_in_call",
                                           "region": "ie1"}, {**V, **PL, "memory": True}),
    "decide.context_handoff_phone_whisper": ({**V, **PL, "region": "au1"}, {**V, **PL}),
    "decide.context_handoff_phone_text": ({**SMS, **PL}, {**SMS, **CC}),
    "decide.routing": (_(handoff=True), _(handoff=True, handoff_target="own_contact_center")),
    # round 2, design 01: a transfer to a contact centre Flex does not serve has no TaskRouter queue to route
    "decide.routing_transfer": ({**V, **OWN}, {**V, "handoff": True}),
    # round 3, classes A and B: the hand-off keyed on the channels served and on who takes it
    "decide.routing_transfer_both": ({"channels": ["voice", "whatsapp"], **OWN}, {**V, **OWN}),
    "decide.routing_transfer_text": ({"channels": ["whatsapp"], **OWN}, {**V, **OWN}),
    "decide.routing_team_both": ({"channels": ["voice", "chat"], "handoff": True, "region": "ie1"},
                                 {**V, "handoff": True, "region": "ie1"}),
    "decide.routing_team_voice": ({**V, "handoff": True, "region": "ie1"}, {**V, "handoff": True}),
    "decide.routing_team_text": ({"channels": ["chat"], "handoff": True, "region": "ie1"},
                                 {"channels": ["chat"], "handoff": True}),
    "decide.context_handoff": (_(handoff=True, memory=True), _(handoff=True, memory=False)),
    "decide.context_handoff_summary": (_(handoff=True, memory=False), _(handoff=False)),
    "profile.isv_sdk_per_tenant": (_(customer_profile="isv", team_language="python"),
                                   _(customer_profile="isv", team_language="other")),
    "profile.isv_stores": (_(customer_profile="isv", memory=True),  # round 2, design 20: not where Memory is ruled out
                           _(customer_profile="isv", memory=True, region="au1")),
    "profile.isv_per_tenant": ({**SMS, "customer_profile": "isv"}, {**SMS, "customer_profile": "isv",
                                                                    "countries": ["GB"]}),
    "profile.isv_configurations": ({**SMS, "customer_profile": "isv", "countries": ["GB"]},
                                   {**SMS, "customer_profile": "isv"}),
    "profile.isv_operators": (_(customer_profile="isv", intelligence="realtime"), _(customer_profile="isv")),
    "profile.isv_10dlc": ({**SMS, "customer_profile": "isv"}, {**SMS, "customer_profile": "isv", "countries": ["CA"]}),
    "profile.isv_baa": (_(customer_profile="isv", industry="healthcare"), _(customer_profile="isv", industry="retail")),
    "profile.isv_retention": (_(customer_profile="isv"), _(customer_profile="smb")),
    "profile.isv_segment": (_(customer_profile="isv", memory=True), _(customer_profile="smb", memory=True)),
    "profile.enterprise_tunnels": (_(customer_profile="enterprise"), _(customer_profile="isv")),
    "profile.enterprise_compliance": (_(customer_profile="enterprise", intelligence="realtime"),
                                      _(customer_profile="enterprise", intelligence="none")),
    "profile.enterprise_segment": (_(customer_profile="enterprise", memory=True),
                                   _(customer_profile="enterprise", memory=False)),
    "profile.enterprise_operators": (_(customer_profile="enterprise", intelligence="post_call"),
                                     _(customer_profile="isv", intelligence="post_call")),
    "profile.smb_start": (_(customer_profile="smb"), _(customer_profile="enterprise")),
    "profile.smb_rollout": (_(customer_profile="smb", memory=True), _(customer_profile="smb", memory=False)),
    "profile.smb_defaults": (_(customer_profile="smb"), _(customer_profile="enterprise")),
    "profile.smb_quickstart": (_(customer_profile="smb"), _(customer_profile="smb", team_language="other")),
    "profile.smb_wizard": (_(customer_profile="smb", memory=True), _(customer_profile="smb", memory=False)),
    "stack.narrowband_audio": ({**V, "needs_raw_audio": True}, S2S),
    "stack.load_balancer": ({**V, "production": True}, {**V, "production": False}),
    "stack.action_fallback": (V, SMS),
    "stack.reconnect": (V, {**V, "needs_raw_audio": True}),
    "stack.failover": ({**V, "production": True}, {**V, "production": False}),
    "stack.multilingual": ({**V, "languages": ["en-US", "es-US"]}, {**V, "languages": ["en-US"]}),
    "stack.llm_failover": (_(production=True), _(production=False)),
    # the SDK's hand-off into Flex (the blueprint needs Flex UI 2.17.1+); a phone-line hand-off has no Flex
    "stack.flex_ui_version": ({**PY, **CC, "memory": True}, {**PY, **CC}),
    "stack.session_state": ({**V, "production": True}, {**SMS, "production": True}),
    "stack.session_state_own": ({**V, "production": True, "region": "au1"}, {**V, "production": True}),
    "stack.amd": ({**V, "direction": "outbound"}, {**SMS, "direction": "outbound"}),
    "stack.functions_over": (_(uses_twilio_functions=True, peak_concurrent_calls=50),
                             _(uses_twilio_functions=True, peak_concurrent_calls=5)),
    "stack.functions_within": (_(uses_twilio_functions=True, peak_concurrent_calls=5),
                               _(uses_twilio_functions=True, peak_concurrent_calls=6)),
    "stack.functions_unsized": (_(uses_twilio_functions=True), _(uses_twilio_functions=False)),
    "stack.region": (_(region="ie1"), {"channels": ["whatsapp"], "region": "au1"}),  # round 2, 20: nothing served
    "stack.multi_region": ({**V, "eu_users": True}, {**V, "eu_users": False}),
    "phase.1": (_(customer_profile="smb"), _(customer_profile="enterprise")),
    "phase.2": (_(customer_profile="smb", memory=True), _(customer_profile="smb", memory=False)),
    "phase.3": (_(customer_profile="smb", intelligence="realtime"), _(customer_profile="smb", intelligence="none")),
    "phase.2_hipaa": (_(customer_profile="smb", memory=True, industry="healthcare"), _(customer_profile="smb",
                                                                                       memory=True)),
    "phase.3_hipaa": (_(customer_profile="smb", intelligence="realtime", industry="healthcare"),
                      _(customer_profile="smb", intelligence="realtime")),
    "phase.4_phone": ({"customer_profile": "smb", **PL}, {"customer_profile": "smb", **CC}),
    "phase.4": (_(customer_profile="smb", handoff=True), _(customer_profile="smb", handoff=False)),
    "next.discovery": (_(request="I want to build an AI voice agent for customer support"),
                       _(request="Set up a WebSocket handler for ConversationRelay with Deepgram")),
    "next.discovery_answered": (_(request="I want an AI voice agent for support", channels=["voice"], memory=False,
                                  intelligence="none", handoff=False, outcome="autonomous_service"),
                                _(request="I want an AI voice agent for support")),
    "next.validation": (_(request="I need ConversationRelay with Conversation Memory for returning callers"),
                        _(request="I want to build an AI voice agent for customer support")),
    "next.build": (_(request="Set up a WebSocket handler for ConversationRelay with Deepgram"),
                   _(request="I want to build an AI voice agent for customer support")),
    # agent assist: people answer, the AI assists (review 3, finding 1)
    "level.assist": (ASV, {**V, "outcome": "internal_tools"}),
    "entry.agent_assist": ({**ASV, "handoff": True}, {**V, "outcome": "autonomous_service", "wants": ["ai_copilot"],
                                                      "handoff": True}),
    "transport.agent_assist": (ASV, {**AS, **SMS}),
    "path.agent_assist": (ASV, {**V, "outcome": "internal_tools"}),
    "stt.agent_assist": (ASV, V),
    "tts.agent_assist": (ASV, V),
    "product.transcription_orchestrator": ({**ASV, "intelligence": "realtime"},
                                           {**ASV, "intelligence": "realtime", "industry": "healthcare"}),
    "product.transcription": (ASV, {**AS, **SMS}),
    "product.agent_copilot": (ASV, {**ASV, "takes_payments": True}),
    "product.taskrouter_assist": ({**ASV, "handoff": False}, {**V, "handoff": False}),
    "product.flex_assist": ({**ASV, "handoff": False}, {**V, "handoff": False}),
    "skip.relay_assist": (ASV, {**AS, **SMS}),
    "skill.taskrouter_assist": ({**ASV, "handoff": False}, {**V, **CC}),
    "warn.assist_transcription_regulated": ({**ASV, "industry": "healthcare"}, ASV),
    "warn.copilot_languages": ({**ASV, "languages": ["ja-JP"]}, {**ASV, "languages": ["en-GB", "en-US"]}),
    "decide.assist": (ASV, V),
    "decide.assist_own": ({**ASV, "industry": "healthcare", "countries": ["US"]}, ASV),
    "decide.assist_own_llm": ({**ASV, "llm": "own"}, ASV),
    "decide.assist_signals": (ASV, V),
    "stack.assist_fails_open": (ASV, V),
    # designs that can be built (feasibility): the PCI card capture, residency, regions, countries, hand-offs
    "warn.pci_subaccount": ({**V, "takes_payments": True, "card_capture": "pay_subaccount"},
                            {**V, "takes_payments": True}),
    "product.pay_subaccount": ({**V, "takes_payments": True, "card_capture": "pay_subaccount"},
                               {**V, "takes_payments": True, "card_capture": "payment_link"}),
    "warn.pci_subaccount_recording": ({**V, "takes_payments": True, "card_capture": "pay_subaccount",
                                       "records_calls": True},
                                      {**V, "takes_payments": True, "records_calls": True}),
    "warn.pci_link": ({**SMS, "takes_payments": True}, {**V, "takes_payments": True}),
    # every channel ruled out (round-1 review, class B): the region offers none, or HIPAA allows none
    "level.nothing": ({"channels": ["sms", "chat"], "region": "au1"}, {"channels": ["sms", "chat"], "region": "ie1"}),
    "warn.nothing_served_region": ({"channels": ["whatsapp"], "region": "ie1"},
                                   {"channels": ["whatsapp", "voice"], "region": "ie1"}),
    "warn.nothing_served_regime": ({"channels": ["whatsapp"], "regulations": ["hipaa"]},
                                   {"channels": ["whatsapp", "sms"], "regulations": ["hipaa"]}),
    "warn.pci_in_call_products": ({**V, "takes_payments": True, "memory": True},
                                  {**V, "takes_payments": True, "memory": True, "card_capture": "pay_subaccount"}),
    "warn.llm_residency": ({**V, "region": "au1", "llm": "openai", "cloud": "gcp"},
                           {**V, "region": "ie1", "llm": "bedrock"}),
    "warn.region_unconfirmed": ({**V, "region": "ie1"}, {**V, "region": "ie1", "needs_raw_audio": True}),
    "warn.telephony_blocked": ({**V, "countries": ["CN"], "direction": "outbound"}, {**V, "countries": ["DE"]}),
    "warn.telephony_limits": ({**V, "countries": ["IN"]}, {**V, "countries": ["IE"]}),
    # a number type the country does not have, and Brazil's 0303 prefix for sales calls (round-1 review, 07 and 08)
    # RCS and Flex (round-1 review, designs 11 and 18)
    "warn.rcs_flex": ({"channels": ["rcs"], "handoff": True}, {"channels": ["rcs"], "handoff": False}),
    "warn.rcs_approval": ({"channels": ["rcs"]}, {"channels": ["sms"]}),
    "warn.inbound_toll_free_planned": ({**V, "countries": ["IN"], "direction": "both", "toll_free_share": 1},
                                       {**V, "countries": ["IN"], "direction": "both", "toll_free_share": 0.5}),
    "warn.inbound_toll_free": ({**V, "countries": ["IN"], "direction": "both"},
                               {**V, "countries": ["IN"], "direction": "outbound"}),
    "warn.sales_calls": ({**V, "countries": ["BR"], "direction": "both", "outcome": "conversational_commerce"},
                         {**V, "countries": ["BR"], "direction": "inbound", "outcome": "conversational_commerce"}),
    "stack.handoff_transfer": ({**V, **OWN}, {**V, "handoff": True, "region": "ie1"}),
    "stack.handoff_transfer_streams": ({**V, **OWN, "needs_raw_audio": True}, {**V, **OWN}),
    "stack.handoff_team_phone": ({**V, "handoff": True, "region": "ie1"}, {**V, **OWN, "region": "ie1"}),
    "stack.raw_audio_copy": ({**V, "needs_raw_audio": True}, {**V, "needs_raw_audio": True,
                                                              "voice_pipeline": "speech_to_speech"}),
    "stack.handoff_tool": ({**V, **CC, "memory": True}, {**V, **CC}),
    "stack.handoff_own": ({**V, **CC}, {**V, **CC, "memory": True}),
    "stack.handoff_own_streams": ({**V, **CC, "voice_pipeline": "speech_to_speech", "cloud": "gcp"},
                                  {**V, **CC, "voice_pipeline": "speech_to_speech", "cloud": "gcp",
                                   "team_language": "other"}),
    "phase.3_own": ({**V, "customer_profile": "smb", "intelligence": "realtime", "region": "ie1"},
                    {**V, "customer_profile": "smb", "intelligence": "realtime"}),
    "phase.4_transfer": ({**V, "customer_profile": "smb", **OWN},
                         {**V, "customer_profile": "smb", "handoff": True, "region": "ie1"}),
    "phase.4_team": ({**V, "customer_profile": "smb", "handoff": True, "region": "ie1"},
                     {**V, "customer_profile": "smb", **OWN}),
    "warn.transfer_text": ({"channels": ["whatsapp"], **OWN}, {**V, **OWN}),
    "warn.team_text_ie1": ({"channels": ["chat"], "handoff": True, "region": "ie1"},
                           {"channels": ["chat"], **OWN, "region": "ie1"}),
    "warn.team_text_ie1_regulated": ({"channels": ["sms"], "handoff": True, "region": "ie1", "industry": "healthcare"},
                                     {"channels": ["sms"], "handoff": True, "region": "ie1"}),
    "warn.team_phone_line": ({**V, "handoff": True, "region": "au1"}, {**V, **OWN, "region": "au1"}),
    # round 3, class H: card capture off ConversationRelay, and across tenants
    "warn.pci_streams": ({**V, "takes_payments": True, "voice_pipeline": "speech_to_speech"},
                         {**V, "takes_payments": True}),
    "warn.pci_isv_tenants": ({**V, "takes_payments": True, "customer_profile": "isv", "tenants": 10},
                             {**V, "takes_payments": True, "customer_profile": "isv", "tenants": 10,
                              "card_capture": "payment_link"}),
}

ALL_RULES = [rule for table in rule_tables.TABLES for rule in table.rules]


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


def test_the_language_gap_names_a_pair_only_when_one_covers_every_language():
    """The blocker names a covering pair only when the sourced lists establish one; otherwise it says none is known."""
    from twarch.knowledge.providers import covers
    from twarch.knowledge.speech import providers

    covered = recommend({"channels": ["voice"], "languages": ["en-US", "vi-VN"], "tts_provider": "amazon_polly"})
    gap = next(w for w in covered.warnings if w.id == "language_gap")
    assert gap.why.rule == "warn.language_gap" and "such as Deepgram (STT) and ElevenLabs (TTS)" in gap.text
    assert covers("deepgram", "stt", ("en-US", "vi-VN")) and covers("elevenlabs", "tts", ("en-US", "vi-VN"))
    uncovered = recommend({"channels": ["voice"], "languages": ["en-US", "yo-NG"], "tts_provider": "elevenlabs"})
    gap = next(w for w in uncovered.warnings if w.id == "language_gap")
    assert gap.why.rule == "warn.language_gap_uncovered" and "such as" not in gap.text
    relay = {kind: [p.id for p in providers(kind) if p.relay == "offered"] for kind in ("stt", "tts")}
    assert not (any(covers(s, "stt", ("en-US", "yo-NG")) is True for s in relay["stt"])
                and any(covers(t, "tts", ("en-US", "yo-NG")) is True for t in relay["tts"]))


def test_agent_copilot_in_another_language_than_english_names_its_limit_and_the_alternative():
    """Review round 2, design 10: Agent Copilot detects US English by default (Twilio's language page, 2026-12-07)."""
    rec = recommend({**ASV, "languages": ["ja-JP"]})
    warning = next(w for w in rec.warnings if w.id == "copilot_languages")
    assert "ja-JP" in warning.text and "own Flex plugin on Real-Time Transcription" in warning.text
    assert dict(warning.details)["sources"][0].url.endswith("flex/admin-guide/setup/copilot/languages")
    assert not [w for w in recommend({**ASV, "languages": ["en-US"]}).warnings if w.id == "copilot_languages"]
