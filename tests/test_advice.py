"""Thirty-odd designs an architect would bring, with expectations derived by hand from the sources (issue 9).

Each scenario names the point of issue 9 it covers and the source its expectation rests on (checked 2026-11-27):

* TAC-GA     Agent Connect GA, 2026-05-06: https://www.twilio.com/en-us/changelog/twilio-agent-connect-is-now-generally-available
* TAC-PYPI   twilio-agent-connect 2.5.0 (Python >= 3.10; extras server, gpt-live, openai-realtime):
             https://pypi.org/project/twilio-agent-connect/2.5.0/
* TAC-AWS    twilio-agent-connect-aws 2.0.0 (strands, bedrock, agentcore):
             https://pypi.org/project/twilio-agent-connect-aws/2.0.0/
* TAC-MS     twilio-agent-connect-microsoft 2.0.0: https://pypi.org/project/twilio-agent-connect-microsoft/2.0.0/
* TAC-GOOGLE twilio-agent-connect-google 1.0.0 (Python 3.10-3.11): https://pypi.org/project/twilio-agent-connect-google/
* TAC-TS     the TypeScript SDK is built from github.com/twilio/twilio-agent-connect-typescript (Node >= 22.13; whether
             npm serves it is in conflict, checked 2026-12-07)
* TAC-2.7    Agent Connect 2.7.0 is a security release; every install requires it (checked 2026-12-07):
             https://www.twilio.com/en-us/changelog/twilio-agent-connect-error-logging
* TAC-LEGAL  Agent Connect is not HIPAA eligible or PCI compliant: https://www.twilio.com/docs/conversations/agent-connect
* TAC-MEM    memory through the Orchestrator configuration (TWILIO_CONVERSATION_CONFIGURATION_ID), same PyPI page
* RELAY      ConversationRelay STT Deepgram/Google, TTS Google/Polly/ElevenLabs:
             https://www.twilio.com/docs/voice/twiml/connect/conversationrelay
* RELAY-RC   applicationReconnect and mid-call config, 2026-10-28:
             https://www.twilio.com/en-us/changelog/conversation-relay--dynamic-configuration--application-reconnect
* FUNCTIONS  Functions are HTTP only, 10 s: https://www.twilio.com/docs/runtime/functions/faq
* PCI        PCI Mode per account, irreversible: https://www.twilio.com/docs/voice/pci-workflows ;
             text channels: PCI SSC
* HIPAA      Twilio HIPAA Eligible Services (2024-12-11):
             https://www.twilio.com/content/dam/twilio-com/global/en/other/hipaa/pdf/HIPAA-Eligible-Services.pdf
* IE1        https://www.twilio.com/docs/global-infrastructure/regional-product-and-feature-availability
* FDCPA      12 CFR 1006.100 (3-year retention), 1006.6
             (SMS is a forbidden category on Twilio: twilio-compliance-traffic)
* TCPA       FCC 24-17: AI voices are artificial or prerecorded voice
* EUAI       Regulation (EU) 2024/1689, Art. 5(1)(f) and Art. 50: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
* WA-POLICY  WhatsApp Business Messaging Policy: https://www.whatsapp.com/legal/business-policy
* COPILOT    Flex Agent Copilot public beta: https://www.twilio.com/docs/flex/admin-guide/setup/copilot/limitations
* RTT        Real-Time Transcription, <Start><Transcription>: https://www.twilio.com/docs/voice/twiml/transcription
             (public-beta notice) against Twilio's 2025-08-29 tutorial (GA, HIPAA eligible, PCI compliant)
* CONNECT    Studio Connect Call To (number, simulring, Client, SIP, Conference; no TaskRouter or Flex):
             https://www.twilio.com/docs/studio/widget-library/connect-call ; <Dial>/<Number url> (whisper):
             https://www.twilio.com/docs/voice/twiml/dial , https://www.twilio.com/docs/voice/twiml/number
* SKILLS     the pinned catalogue of github.com/twilio/ai (twarch/knowledge/skills.json)
* AMBRIZ     Ambriz v. Google (N.D. Cal., 10 Feb 2025): a vendor able to use calls it transcribes live may be a third
             party under CIPA 631: https://zwillgen.com/privacy/federal-judge-allows-google-customer-service-ai-class-action-to-proceed
* BOTS       California SB 1001 (bots), Utah SB 149/226, Colorado SB 24-205: any bot talking to people
             (regulatory.md 6.2)
* DASH       Intelligence dashboard latency: only the playbook states 7-10 minutes (claim intel.dashboard, unverified)
* PIPEDA     OPC guidelines for recording customer calls (inbound and outbound alike):
             https://www.priv.gc.ca/en/privacy-topics/collecting-personal-information/02_05_d_14/
* MEMORY     Conversation Memory is not designed for sensitive data: https://www.twilio.com/docs/api/memory
* TCPA-EX    FCC 15-72 exemptions (healthcare; financial alerts): voice of a minute or less, texts of 160 characters:
             http://www.lewisrice.com/publications/the-silver-lining-in-the-fcc%E2%80%99s-tcpa-declaratory-ruling-exemptions-for-certain-healthcare-and-financial-communications/
* ART9       health data is special-category data (GDPR / UK GDPR Art. 9; ICO special category guidance)
* STREAMS    Media Streams media messages carry audio/x-mulaw at 8000 Hz:
             https://www.twilio.com/docs/voice/media-streams/websocket-messages
* OWN        a bidirectional <Connect><Stream> hands your server the raw call audio and plays what it sends back:
             https://www.twilio.com/docs/voice/media-streams , https://www.twilio.com/docs/voice/twiml/stream ;
             ConversationRelay speaks and listens only through Twilio's providers (RELAY)

The round-2 scenarios answer a second architect review of twenty designs; their comments give its finding numbers.
The round-3 scenarios answer the third review (/work/review3/findings.md) the same way.
"""

from __future__ import annotations

import pytest

import twarch
from twarch.engine.consistency import problems
from twarch.render import to_markdown


def warnings(rec) -> set[str]:
    return {w.id for w in rec.warnings}


VOICE = {"channels": ["voice"]}
SCENARIOS = {
    # -- 1. current SDK facts (TAC-GA, TAC-PYPI, RELAY-RC)
    "sdk_is_ga": (
        {**VOICE, "memory": True, "team_language": "python"},
        lambda r, md: r.implementation_path == "tac_sdk" and all(
            "The playbook says" in line for line in md.splitlines() if "public beta" in line)),
    "python_has_handoff_and_interrupts": (
        {**VOICE, "handoff": True, "memory": True, "team_language": "python"},
        lambda r, md: "studio" in r.product_ids and "python_handoff_callbacks" not in warnings(r)
        and "python_interrupts" not in warnings(r)),
    "relay_reconnects": (
        {**VOICE, "production": True},
        lambda r, md: "application_reconnect" in {c.id for c in r.considerations}),
    # -- 2. voice with memory or intelligence includes the Orchestrator (TAC-MEM)
    "voice_memory_has_orchestrator": (
        {**VOICE, "memory": True},
        lambda r, md: "conversation_orchestrator" in r.product_ids and "TWILIO_CONVERSATION_CONFIGURATION_ID" in md),
    "voice_intelligence_has_orchestrator": (
        {**VOICE, "intelligence": "realtime"},
        lambda r, md: "conversation_orchestrator" in r.product_ids),
    "plain_voice_skips_orchestrator": (
        {**VOICE, "memory": False, "intelligence": "none"},
        lambda r, md: "conversation_orchestrator" in {s.id for s in r.skipped}),
    "orchestrator_without_memory_still_has_a_store": (
        {"channels": ["voice", "sms"], "memory": False},
        lambda r, md: "Memory store id" in md and "Conversation Memory skipped" not in md),
    # -- 3. packages by language and cloud (TAC-AWS, TAC-MS, TAC-GOOGLE, TAC-TS)
    "typescript_on_aws_gets_the_typescript_sdk": (
        {**VOICE, "team_language": "typescript", "cloud": "aws"},
        lambda r, md: r.tac_package == "twilio-agent-connect-typescript" and r.runtime == "Node.js >= 22.13"
        and r.install.startswith("git clone")),
    "python_on_aws_bedrock": (
        {**VOICE, "cloud": "aws", "llm": "bedrock"},
        lambda r, md: r.install == 'pip install "twilio-agent-connect-aws[bedrock,server]" '
        '"twilio-agent-connect>=2.7.0"'
        and "pypi.org/project/twilio-agent-connect-aws/2.0.0" in md),
    "python_on_azure": (
        {**VOICE, "cloud": "azure"},
        lambda r, md: r.tac_package == "twilio-agent-connect-microsoft"
        and "pypi.org/project/twilio-agent-connect-microsoft/2.0.0" in md),
    "python_on_gcp": (
        {**VOICE, "cloud": "gcp"},
        lambda r, md: r.tac_package == "twilio-agent-connect-google" and "3.11" in (r.runtime or "")),
    "speech_to_speech_core_realtime": (
        {**VOICE, "voice_pipeline": "speech_to_speech"},
        lambda r, md: r.voice_transport == "media_streams" and r.stt_provider is None and r.tts_provider is None
        and "openai-realtime" in r.install),
    # -- 4. transports are distinct (RELAY, FUNCTIONS)
    "media_streams_gets_no_relay_menu": (
        {**VOICE, "needs_raw_audio": True, "stt_provider": "assemblyai"},
        lambda r, md: r.voice_transport == "media_streams" and "stt_not_on_relay" not in warnings(r)
        and "Voice only: ConversationRelay" not in md),
    "relay_refuses_a_vendor_it_lacks": (
        {**VOICE, "stt_provider": "assemblyai"},
        lambda r, md: r.voice_transport == "media_streams" and r.implementation_path == "manual"
        and any(t.id == "gives.conversation_relay" and "AssemblyAI" in t.text for t in r.tradeoffs)),
    "functions_never_host_the_websocket": (
        {**VOICE, "uses_twilio_functions": True, "peak_concurrent_calls": 50},
        lambda r, md: "functions_no_websocket" in warnings(r) and "upper bound" in md),
    # -- 5. conditions match the channel (PCI)
    "text_payments_get_a_hosted_page": (  # said once, by the payment-link advice (review round 1, class A)
        {"channels": ["sms"], "takes_payments": True},
        lambda r, md: "pci_payment_link" in warnings(r) and "pci_text_payments" not in warnings(r)
        and "pci_relay_handoff" not in warnings(r) and "through a hosted payment page" in md),
    "voice_and_text_payments_say_both": (
        {"channels": ["voice", "sms"], "takes_payments": True},
        lambda r, md: "pci_text_payments" in warnings(r) and "`<Pay>` on its own account" in md
        and "if someone asks to pay in SMS, send a hosted payment page" in md),
    "no_voice_level_name": (
        {"outcome": "autonomous_service", "channels": ["chat"], "memory": False, "intelligence": "none",
         "handoff": False},
        lambda r, md: r.level_name == "Level 1: Basic AI Agent"),
    "nothing_answered_is_a_draft": (
        {}, lambda r, md: "## Draft architecture" in md),
    # -- 6. regimes and eligibility (HIPAA, TAC-LEGAL, IE1, FDCPA)
    "hipaa_takes_the_manual_path": (
        {**VOICE, "industry": "healthcare"},
        lambda r, md: r.implementation_path == "manual" and "Not for this design" in md),
    "hipaa_prefers_polly": (
        {**VOICE, "industry": "healthcare", "priority": "quality"},
        lambda r, md: r.tts_provider == "amazon_polly"),
    "hipaa_leaves_the_conversations_products_out": (  # HIPAA: Memory, Orchestrator, Intelligence v3 not eligible
        {**VOICE, "industry": "healthcare", "memory": True, "intelligence": "post_call", "channels": ["voice", "sms"]},
        lambda r, md: not {"conversation_memory", "conversation_orchestrator", "conversation_intelligence"}
        & set(r.product_ids) and {"gives.conversation_memory", "gives.conversation_orchestrator",
                                  "gives.conversation_intelligence"} <= {t.id for t in r.tradeoffs}
        and "your own customer store" in md and "twilio-conversation-memory" not in r.skill_names()),
    "pci_and_collections_reconcile_retention": (
        {**VOICE, "industry": "debt_collection", "takes_payments": True},
        lambda r, md: "pci_recording_retention" in warnings(r) and r.implementation_path == "manual"),
    "ie1_leaves_flex_out_and_transfers_to_the_contact_centre": (  # designs that can be built
        {**VOICE, "handoff": True, "region": "ie1", "countries": ["IE"]},
        lambda r, md: "flex" not in r.product_ids and "gives.flex" in {t.id for t in r.tradeoffs}
        and "handoff_transfer" in {c.id for c in r.considerations} and r.nearest
        and "region_unconfirmed" in warnings(r)),
    # -- geography (TCPA, EUAI, WA-POLICY)
    "outbound_us_gets_tcpa_and_stir_shaken": (
        {**VOICE, "direction": "outbound", "countries": ["US"]},
        lambda r, md: {"tcpa", "stir_shaken"} <= set(r.regulation_ids)),
    "eu_only_gets_no_us_rules": (
        {**VOICE, "countries": ["ES", "PT"], "records_calls": True},
        lambda r, md: {"gdpr", "eu_ai_act"} <= set(r.regulation_ids) and not {"tcpa", "recording_consent",
                                                                              "ai_disclosure"} & set(r.regulation_ids)),
    "canada_outbound_gets_crtc_casl": (
        {**VOICE, "direction": "outbound", "countries": ["CA"]},
        lambda r, md: "canada_crtc_casl" in r.regulation_ids and "tcpa" not in r.regulation_ids),
    "eu_workplace_emotion_is_a_blocker": (
        {**VOICE, "countries": ["FR"], "outcome": "internal_tools", "intelligence": "realtime"},
        lambda r, md: "eu_workplace_emotion" in warnings(r)),
    "whatsapp_without_a_person_is_warned": (
        {"channels": ["whatsapp"], "handoff": False},
        lambda r, md: "whatsapp_human_path" in warnings(r)),
    "uncovered_countries_are_named": (
        {**VOICE, "countries": ["AU", "NZ"]},
        lambda r, md: "countries_uncovered" in warnings(r) and "AU, NZ" in md),
    # -- 7. languages (RELAY)
    "cantonese_is_not_mandarin": (  # ElevenLabs lists Mandarin (zh) only: Google's and Polly's lists have Cantonese
        # (yue); Google's voices come first in the table (its Standard list, a copy of Google's, checked 2026-12-07)
        {**VOICE, "languages": ["yue", "en-US"]},
        lambda r, md: r.tts_provider == "google" and r.stt_provider == "deepgram"),
    # -- 8. skills from the catalogue (SKILLS)
    "recording_skill_when_recording": (
        {**VOICE, "records_calls": True},
        lambda r, md: "twilio-call-recordings" in r.skill_names()),
    "copilot_is_public_beta": (
        {**VOICE, "handoff": True, "wants": ["ai_copilot"]},
        lambda r, md: "Flex Agent Copilot is in public beta" in md
        and "twilio-agent-augmentation-architect" in md),
    # -- round 2
    "reg_f_retention_is_us_only": (  # 1 (FDCPA): a UK collector is not told Regulation F's three years
        {**VOICE, "industry": "debt_collection", "takes_payments": True, "countries": ["GB"]},
        lambda r, md: "pci_recording_retention" not in warnings(r) and "three years" not in md),
    "uk_collector_is_told_fdcpa_does_not_cover_it": (  # 20: the US collection rules are said not to apply
        {**VOICE, "industry": "debt_collection", "countries": ["GB"]},
        lambda r, md: "collections_uncovered" in warnings(r) and "fdcpa" not in r.regulation_ids),
    "reg_f_retention_for_us_collectors": (  # 1 (FDCPA, PCI): the clash stays where both apply
        {**VOICE, "industry": "debt_collection", "takes_payments": True, "countries": ["US"]},
        lambda r, md: "pci_recording_retention" in warnings(r)),
    "one_word_on_dashboards": (  # 10 (DASH): the GA gap and the latency note agree
        {**VOICE, "intelligence": "post_call"},
        lambda r, md: "no native dashboards" in md and "reach the console dashboard" not in md),
    "smb_rollout_fits_the_level": (  # 11: "start at Level 1" is not told to a Level 4 design
        {**VOICE, "customer_profile": "smb", "handoff": True, "memory": True},
        lambda r, md: "Start at Level 1" not in md and "Roll out a rung at a time" in md),
    "bots_disclose_without_an_outcome": (  # 15 (BOTS): the outcome unanswered still wakes the disclosure laws
        {**VOICE, "industry": "healthcare"},
        lambda r, md: "ai_disclosure" in r.regulation_ids),
    "live_transcription_wakes_recording_consent": (  # 23 (AMBRIZ): no recording, still live AI transcription
        {**VOICE, "records_calls": False},
        lambda r, md: "recording_consent" in r.regulation_ids and "Ambriz" in md),
    "canada_inbound_voice_gets_pipeda": (  # 13 (PIPEDA): an inbound Canadian line is not regulation-free
        {**VOICE, "countries": ["CA"], "direction": "inbound"},
        lambda r, md: r.regulation_ids == ("canada_pipeda",) and "PIPEDA-01" in {c.id for c in r.checklist}),
    "memory_is_not_for_health_data_anywhere": (  # 14 (MEMORY): a Canadian pharmacy's memory gets the notice
        {"channels": ["sms", "chat"], "countries": ["CA"], "industry": "healthcare", "memory": True},
        lambda r, md: "memory_sensitive_data" in warnings(r)),
    "long_healthcare_calls_leave_the_exemption": (  # 17 (TCPA-EX)
        {**VOICE, "direction": "outbound", "industry": "healthcare", "minutes_per_call": 1.5},
        lambda r, md: "tcpa_exemption_length" in warnings(r) and "1.5 minutes" in md),
    "bank_alerts_have_their_exemption": (  # 16 (TCPA-EX)
        {**VOICE, "direction": "outbound", "industry": "financial_services"},
        lambda r, md: "TCPA-19" in {c.id for c in r.checklist}),
    "eu_health_data_is_special_category": (  # 21 (ART9)
        {**VOICE, "countries": ["IE"], "industry": "healthcare"},
        lambda r, md: "GDPR-10" in {c.id for c in r.checklist}),
    "swiss_numbers_need_bundles": (  # 30 (SKILLS: regulatory bundles for numbers outside the US)
        {**VOICE, "countries": ["CH"]},
        lambda r, md: "twilio-regulatory-compliance-bundles" in r.skill_names()),
    "own_pipeline_hears_narrowband_audio": (  # 32 (STREAMS)
        {**VOICE, "needs_raw_audio": True},
        lambda r, md: "narrowband_audio" in {c.id for c in r.considerations}),
    "post_call_intelligence_is_not_called_real_time": (  # 41
        {**VOICE, "intelligence": "post_call"},
        lambda r, md: "real-time Language Operators" not in md and "post-call webhook triggers" in md),
    "eu_bank_gets_dora": (  # 22: DORA (Regulation (EU) 2022/2554) since 17 January 2025
        {**VOICE, "industry": "financial_services", "countries": ["FR", "BE"]},
        lambda r, md: "dora" in r.regulation_ids and {"DORA-01", "DORA-02"} <= {c.id for c in r.checklist}),
    # -- round 3
    "openai_on_aws_takes_the_core_sdk": (  # the playbook: the core SDK for OpenAI or Anthropic directly (TAC-AWS)
        {**VOICE, "cloud": "aws", "llm": "openai", "team_language": "python"},
        lambda r, md: r.tac_package == "twilio-agent-connect"),
    "hipaa_keeps_no_intelligence_product_advice": (  # HIPAA: v3 left out, so no operators to choose
        {**VOICE, "industry": "healthcare", "intelligence": "post_call", "customer_profile": "enterprise"},
        lambda r, md: "operators" not in {d.id for d in r.key_decisions}
        and not {"compliance_operators", "custom_operators"} & {p.id for p in r.profile}),
    "text_only_pci_is_not_sent_to_voice_products": (  # PCI: the reason fits a text-only design
        {"channels": ["sms"], "takes_payments": True},
        lambda r, md: r.implementation_path == "tac_sdk" and "ConversationRelay or Media Streams" not in md
        and "hosted payment page" in md and "pci_payment_link" in warnings(r)),
    # review 3 finding 2 (review 2 finding 4): a customer's own speech recognition, voice and LLM (OWN)
    "own_speech_and_llm_pick_bill_and_block_no_vendor": (  # design 10, the German transit authority
        {**VOICE, "stt_provider": "own", "tts_provider": "own", "llm": "own", "needs_raw_audio": True,
         "existing_websocket_server": True, "region": "ie1", "countries": ["DE"], "customer_profile": "enterprise",
         "languages": ["de-DE", "en-GB", "tr-TR", "uk-UA", "ar"], "calls_per_month": 70000, "minutes_per_call": 2.5},
        lambda r, md: r.voice_transport == "media_streams" and (r.stt_provider, r.tts_provider) == ("own", "own")
        and "language_gap" not in warnings(r) and "language_intersection" not in warnings(r)
        and "own_speech" in warnings(r) and "Deepgram" not in md and "GPT-4o mini" not in md
        and "Flash v2.5" not in md and "the total excludes your own speech recognition, your own voice and your own "
        "LLM" in md and "your own figure, not a vendor's" in md),
    "own_speech_moves_the_call_to_media_streams": (  # ConversationRelay cannot carry your own engine (OWN)
        {**VOICE, "stt_provider": "own", "team_language": "python"},
        lambda r, md: r.voice_transport == "media_streams" and r.implementation_path == "manual"
        and {d.id: d.why.rule for d in r.decisions}["voice_transport"] == "transport.own_speech"
        and "Not for this design: speech ConversationRelay does not run" in md),
    "own_voice_keeps_the_vendor_stt_it_was_given": (
        {**VOICE, "stt_provider": "deepgram", "tts_provider": "own", "languages": ["ar"]},
        lambda r, md: r.stt_provider == "deepgram" and r.tts_provider == "own" and "language_gap" not in warnings(r)
        and "Your own voice is yours to run" in md),
    "speech_to_speech_ignores_own_speech": (  # the realtime model hears and speaks: no STT or TTS to own, and says so
        {**VOICE, "stt_provider": "own", "voice_pipeline": "speech_to_speech"},
        lambda r, md: r.stt_provider is None and "own speech recognition or voice is not used" in md),
    "other_llm_is_not_priced_or_timed_as_gpt_4o_mini": (  # finding 2: llm other was billed as OpenAI silently
        {**VOICE, "llm": "other", "calls_per_month": 1000, "minutes_per_call": 2},
        lambda r, md: "GPT-4o mini" not in md and "LLM input tokens: your LLM (other: no model named)" in md),
    "internal_tools_are_no_bot_to_disclose": (  # 15 (BOTS): an internal tool talks to staff, not consumers
        {**VOICE, "outcome": "internal_tools"},
        lambda r, md: "ai_disclosure" not in r.regulation_ids),
    "handoff_without_memory_has_no_memory_payload": (  # 20: profile_id and the GA split belong to Memory's payload
        {**VOICE, "handoff": True, "memory": False},
        lambda r, md: [d.text for d in r.key_decisions if d.id == "context_handoff"] == [
            "Context handoff: what the person sees first (a summary, the reason, routing hints), and whether the "
            "transcript goes with it."]),
    "hipaa_own_voice_still_names_the_vendor_that_listens": (  # own TTS, a vendor's STT: its BAA (HIPAA)
        {**VOICE, "industry": "healthcare", "tts_provider": "own", "stt_provider": "deepgram"},
        lambda r, md: "hipaa_speech_providers" in warnings(r) and "Deepgram hears every caller" in md),
    "speech_to_speech_latency_is_a_floor_not_a_verdict": (  # round 3, 22: the model's time is unknown
        {**VOICE, "voice_pipeline": "speech_to_speech"},
        lambda r, md: "**Mouth-to-ear**: at least " in md and "per-segment p95s" not in md.split("**Mouth-to-ear**")[1]
        .split("\n")[0]),
    "media_streams_end_of_turn_is_yours": (  # round 3, 19: ConversationRelay's default is beside the point
        {**VOICE, "needs_raw_audio": True},
        lambda r, md: "your own speech recognition or server decides the end of turn" in md
        and "ConversationRelay's own default" not in md),
    "a_language_passed_over_priority_says_so": (  # round 3, 21: no ElevenLabs list shows Cantonese; Google's does
        {**VOICE, "languages": ["zh-HK", "en-GB", "zh-CN"], "priority": "latency"},
        lambda r, md: r.tts_provider == "google" and "Your latency priority favours ElevenLabs (TTS)" in md),
    "language_blocker_names_the_list_that_lacks_each_language": (  # review 4, 10: Deepgram's lists lack Icelandic
        {**VOICE, "languages": ["is"], "priority": "latency"},
        lambda r, md: "(missing from Deepgram's list: is)" in md),
    "bedrock_is_not_timed_as_bedrock_without_saying_so": (  # round 3, 17: the maker's API stands in for the cloud
        {**VOICE, "llm": "bedrock", "cloud": "aws", "calls_per_month": 1000, "minutes_per_call": 3},
        lambda r, md: md.count("AWS Bedrock is priced and timed as Anthropic Claude Haiku 4.5") == 2),
    # -- round 3, finding 1 (COPILOT, RTT): a copilot for human agents is agent assist, not an AI that answers
    "copilot_for_human_agents_is_agent_assist": (  # review3 design 12, the claims-adjuster copilot in Flex
        {**VOICE, "outcome": "internal_tools", "wants": ["ai_copilot"], "handoff": True, "intelligence": "realtime",
         "team_language": "typescript", "cloud": "azure", "llm": "azure_openai", "production": True},
        lambda r, md: r.entry_point == "agent_assist" and r.voice_transport is None and r.stt_provider is None
        and r.tts_provider is None and r.implementation_path == "manual" and r.tac_package is None
        and {"flex", "taskrouter", "real_time_transcription", "agent_copilot"} <= set(r.product_ids)
        and not {"conversation_relay", "media_streams", "studio"} & set(r.product_ids)
        and "AI handles tier 1" not in md and "Fast path" not in md and "twilio-agent-connect" not in md
        and "Agent Assist" in r.level_name and "twilio-agent-augmentation-architect" in md),
    "internal_ai_agent_is_still_an_ai_agent": (  # finding 1: internal_tools alone is an AI your staff talk to
        {**VOICE, "outcome": "internal_tools", "handoff": True},
        lambda r, md: r.entry_point == "hybrid" and r.voice_transport == "conversation_relay"),
    "copilot_beside_an_ai_tier_stays_hybrid": (  # finding 1: the copilot assists whoever the AI hands calls to
        {**VOICE, "outcome": "autonomous_service", "wants": ["ai_copilot"], "handoff": True},
        lambda r, md: r.entry_point == "hybrid" and "agent_copilot" not in r.product_ids),
    "regulated_assist_builds_its_own_copilot": (  # COPILOT: not HIPAA eligible or PCI compliant; RTT: sources differ
        {**VOICE, "outcome": "internal_tools", "wants": ["ai_copilot"], "industry": "healthcare", "countries": ["US"]},
        lambda r, md: "gives.agent_copilot" in {t.id for t in r.tradeoffs}
        and "assist_transcription_regulated" in warnings(r) and "hipaa_speech_providers" not in warnings(r)),
    # -- review 4 (2026-11-27)
    "gemini_speech_to_speech_keeps_calls_out_of_memory_and_says_gpt_realtime_stands_in": (  # finding 1, design 13
        {"channels": ["voice", "whatsapp"], "voice_pipeline": "speech_to_speech", "cloud": "gcp", "llm": "google",
         "team_language": "python", "memory": True, "handoff": True, "calls_per_month": 1000, "minutes_per_call": 3},
        lambda r, md: r.tac_package == "twilio-agent-connect-google"
        and "Orchestrator voice transcription" not in md and "one conversation across voice" not in md
        and "the Memory profile summary (calls from CX Agent Studio's voice channel bring none)" in md
        and "Conversation Memory (text channels only)" in md
        and md.count("OpenAI gpt-realtime-1.5 (a stand-in for Gemini)") == 6
        and "standing in for Gemini" in md.split("## Latency")[1]),
    "gemini_speech_to_speech_voice_only_has_no_memory": (  # finding 1: voice is the only channel
        {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "cloud": "gcp", "llm": "google",
         "team_language": "python", "memory": True},
        lambda r, md: not {"conversation_memory", "conversation_orchestrator"} & set(r.product_ids)
        and "conversation_memory" in {s.id for s in r.skipped}),
    "own_speech_recognition_on_media_streams_is_not_transcribed_twice_silently": (  # finding 3, designs 07 and 08
        {"channels": ["voice"], "stt_provider": "google", "tts_provider": "own", "memory": True,
         "calls_per_month": 1000, "minutes_per_call": 3},
        lambda r, md: r.voice_transport == "media_streams" and "streams_double_stt" in warnings(r)
        and "Orchestrator voice transcription" in md
        and "Communications through the Conversations API (v2) (verify" in md),
    "hipaa_email_summaries_carry_no_phi": (  # finding 4, design 05: SendGrid is not HIPAA eligible (HIPAA-04)
        {"channels": ["voice"], "industry": "healthcare", "countries": ["US"],
         "wants": ["ai_copilot", "email_summaries"], "outcome": "internal_tools"},
        lambda r, md: "email summaries without PHI only" in md and "Intelligence signals" not in md),
    "debt_collector_gets_the_identity_planner": (  # finding 5, design 12: right-party verification first
        {"channels": ["voice"], "industry": "debt_collection", "countries": ["US"]},
        lambda r, md: "twilio-identity-verification-advisor" in md),
    "eu_agent_assist_is_not_told_to_disclose_an_ai": (  # finding 8, design 06: no AI talks to anyone
        {"channels": ["voice"], "outcome": "internal_tools", "wants": ["ai_copilot"], "countries": ["NL"]},
        lambda r, md: "eu_ai_act" not in r.regulation_ids and "EUAI-01" not in md),
    "manual_memory_is_not_reached_through_the_sdk": (  # finding 15, designs 07, 08, 12
        {"channels": ["voice"], "memory": True, "stt_provider": "own", "llm": "own"},
        lambda r, md: "the SDK reaches Memory" not in md and "your own LLM (self-hosted)" in md
        and "an LLM API" not in md),
    "typescript_team_sees_the_typescript_install_even_when_ruled_out": (  # review 5, finding 12 (HIPAA: manual)
        {**VOICE, "industry": "healthcare", "team_language": "typescript"},
        lambda r, md: "git clone --branch v2.7.0 https://github.com/twilio/twilio-agent-connect-typescript" in md
        and 'pip install "twilio-agent-connect[server]' not in md),
    "media_streams_design_says_your_stt_makes_the_text": (  # review 5, finding 7: not the messaging sentence
        {"channels": ["voice"], "needs_raw_audio": True},
        lambda r, md: "your speech recognition turns it into text" in md and "reach your agent as text" not in md),
    # -- round 3, finding 5 (CONNECT): a front desk, a pharmacist or an on-call technician is a phone line, not Flex
    "vet_clinic_front_desk_is_a_phone_transfer": (  # review3 design 13: one clinic's front desk
        {"channels": ["voice", "sms"], "handoff": True, "handoff_target": "phone_line", "customer_profile": "smb",
         "team_language": "typescript", "countries": ["US"]},
        lambda r, md: not {"taskrouter", "flex"} & set(r.product_ids) and "studio" in r.product_ids
        and "taskrouter" in {s.id for s in r.skipped} and "Connect Call To" in md
        and "adds a transfer to your phone line" in md and "adds TaskRouter + Flex" not in md
        and "twilio-taskrouter-routing" not in md and "Phase 2 - add the transfer to your phone line" in md
        and "phone_handoff_text" in warnings(r) and "phone_handoff_unanswered" in warnings(r)),
    "isv_on_call_technician_needs_no_flex_per_tenant": (  # review3 design 05: 1,500 tenants' on-call technicians
        {"channels": ["voice"], "handoff": True, "handoff_target": "phone_line", "customer_profile": "isv",
         "tenants": 1500, "team_language": "other"},
        lambda r, md: not {"taskrouter", "flex", "studio"} & set(r.product_ids) and "\\<Dial\\>" in md
        and "twilio-customer-support-architect" not in md and "ai_copilot" not in {g.id for g in r.ga_gaps}),
    "unanswered_handoff_target_says_flex_is_assumed": (  # finding 5: keep today's default, but say so
        {"channels": ["voice"], "handoff": True},
        lambda r, md: {"taskrouter", "flex"} <= set(r.product_ids) and "assumed: contact-centre agents" in md),
    "contact_centre_target_says_no_assumption": (
        {"channels": ["voice"], "handoff": True, "handoff_target": "contact_center"},
        lambda r, md: {"taskrouter", "flex"} <= set(r.product_ids) and "assumed: contact-centre" not in md),
    "assist_ignores_the_handoff_target": (  # finding 5 leaves agent assist alone: people answer in Flex
        {**VOICE, "outcome": "internal_tools", "wants": ["ai_copilot"], "handoff": True,
         "handoff_target": "phone_line"},
        lambda r, md: r.entry_point == "agent_assist" and {"taskrouter", "flex"} <= set(r.product_ids)
        and "phone line" not in md),
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario(name):
    answers, expectation = SCENARIOS[name]
    rec = twarch.recommend(answers)
    md = to_markdown(rec)
    assert expectation(rec, md), name
    assert not problems(rec), name  # and the report never contradicts itself


def test_there_are_at_least_thirty_scenarios():
    assert len(SCENARIOS) >= 30
