"""Platform limits the rules and the capacity plan compute with, each with the sources that state it.

Where Twilio's sources disagree (its skills against its docs) both figures are here, and the rules show both.
:data:`LIMITS` holds the figures; the module constants are their values, for rule texts.
"""

from __future__ import annotations

from dataclasses import dataclass

from .claims import DECEMBER, FUNCTIONS_FAQ, FUNCTIONS_FLOW, MEMORY_LIMITS, ORCH_CORE, PLAYBOOK, TWIML_DIAL, skill
from .sources import Source, quote_problem


@dataclass(frozen=True)
class Limit:
    id: str
    value: int
    meaning: str
    sources: tuple[Source, ...]
    note: str = ""  #: a conflict or caveat, in words
    checked: str = "2026-11-27"
    quote: str = ""  #: the words of its first source it rests on, for ``twarch facts verify`` (never shown)

    def __post_init__(self) -> None:
        if quote_problem(self.quote):
            raise ValueError(f"limit {self.id!r}: quote {quote_problem(self.quote)}")


RELIABILITY_SKILL = skill("twilio-reliability-patterns")
TRANSCRIBE_QUOTAS = Source("Amazon Transcribe developer guide: guidelines and quotas",
                           "https://docs.aws.amazon.com/transcribe/latest/dg/limits-guidelines.html", "2026-12-07")
DEEPGRAM_RATE_LIMITS = Source("Deepgram API rate limits (Pay as You Go and Growth)",
                              "https://developers.deepgram.com/reference/api-rate-limits", "2026-11-27")
ASSEMBLYAI_CONCURRENCY = Source("AssemblyAI FAQ: what are my concurrency limits?",
                                "https://assemblyai.com/docs/faq/what-are-my-concurrency-limits", "2026-11-27")
SUBACCOUNTS_DOCS = Source("Twilio docs: REST API, Subaccounts (at most 1,000 per main account by default)",
                          "https://www.twilio.com/docs/iam/api/subaccounts", "2026-09-15")
ERROR_21480 = Source("Twilio error 21480: reached maximum number of subaccounts",
                     "https://www.twilio.com/docs/api/errors/21480", "2026-11-27")
CPS_GLOSSARY = Source("Twilio glossary: CPS (calls per second)", "https://www.twilio.com/docs/glossary/cps",
                      "2026-11-27")
HIGH_VOLUME_VOICE = Source("Twilio blog: High Volume Voice, scale outbound voice applications",
                           "https://www.twilio.com/blog/high-volume-voice-considerations", "2026-11-27")
TMOBILE_DAILY = Source("Twilio support: T-Mobile daily message limits for long code messaging with A2P 10DLC",
                      "https://support.twilio.com/hc/en-us/articles/1260804800549-T-Mobile-daily-message-limits-for-"
                      "long-code-messaging-with-A2P-10DLC", "2026-11-27")
TMOBILE_TIERS = Source("Clickatell FAQ: messaging throughput limits for 10DLC campaigns (T-Mobile daily cap per brand "
                       "by trust score)", "https://www.clickatell.com/faqs/answer/11-what-are-the-messaging-throughput-"
                       "limits-for-10dlc-campaigns/", "2026-11-27")
TMOBILE_RANGE = Source("Infobip docs: 10DLC throughput (T-Mobile daily threshold per brand, 2,000-200,000)",
                       "https://infobip.com/docs/10dlc/throughput", "2026-11-27")
TMOBILE = (TMOBILE_DAILY, TMOBILE_TIERS, TMOBILE_RANGE)
TMOBILE_NOTE = ("T-Mobile (with Sprint and Metro) caps the outbound SMS segments and MMS one A2P 10DLC brand sends "
                "to its subscribers each day, by the brand's trust score; the cap is shared by every campaign of the "
                "brand and across every platform it is registered on, resets daily, and messages above it are not "
                "delivered. Companies in the Russell 3000 get the top tier by default. Twilio's article states the "
                "brand-level, trust-score and Russell 3000 facts (its tier table was not in the stored copy); the "
                "tier figures are from Clickatell's table, which Infobip's 2,000-200,000 range agrees with.")

LIMITS: dict[str, Limit] = {limit.id: limit for limit in (
    Limit("callbacks_per_call", 6, "status-callback invocations per concurrent call (the playbook's 50 calls -> 300), "
          "an upper bound on what overlaps", (PLAYBOOK,)),
    Limit("functions_concurrency", 30, "concurrent executions of one Twilio Functions service",
          (RELIABILITY_SKILL, PLAYBOOK), "Stated by Twilio's skills; not in the Functions docs."),
    Limit("functions_timeout_s", 10, "seconds a Twilio Function may run (HTTP only: no WebSocket)",
          (FUNCTIONS_FAQ, FUNCTIONS_FLOW)),
    Limit("memory_stores_per_account", 15, "Conversation Memory stores per account, per Twilio's Memory skill",
          (skill("twilio-conversation-memory"), PLAYBOOK),
          "CONFLICT: the docs' limits page says 5 (see memory_stores_per_account_docs). Check your account's limit.",
          checked=DECEMBER, quote="Cannot exceed 15 Memory Stores per account"),
    Limit("memory_stores_per_account_docs", 5, "Conversation Memory stores per account, per the Memory limits page",
          (MEMORY_LIMITS, skill("twilio-conversation-memory")),
          "CONFLICT: Twilio's Memory skill says 15 per account, subaccounts beyond; the docs' limits page says 5 "
          "(and 10,000 profiles per store), in wording still written for the private beta. Check your account's "
          "limit.", checked=DECEMBER, quote="Conversation Memory supports up to 5 memory stores per account"),
    Limit("orchestrator_configurations_per_account", 10, "Conversation Orchestrator configurations per account, "
          "per Twilio's Orchestrator skill", (skill("twilio-conversation-orchestrator"), ORCH_CORE),
          "CONFLICT: Twilio's Orchestrator skill states a hard GA limit of 10 (and 100 capture rules per channel); "
          "the docs' core-concepts page says you can create as many configurations as you need. Check your "
          "account's limit.", checked=DECEMBER, quote="Cannot exceed 10 Configurations per account"),
    Limit("intelligence_rules_per_configuration", 5, "rules per Conversation Intelligence configuration, each "
          "running 1-5 operators", (skill("twilio-conversation-intelligence"),),
          "Stated by Twilio's skill (the API enforces 0-5); not found on a docs page."),
    Limit("deepgram_streaming_concurrency", 50, "concurrent Nova-3 or Flux streaming requests per Deepgram project "
          "(Pay as You Go and Growth)", (DEEPGRAM_RATE_LIMITS,), "Per project; more needs a sales agreement."),
    Limit("deepgram_tts_concurrency", 15, "concurrent Aura / Aura-2 text-to-speech requests per Deepgram project "
          "(Pay as You Go and Growth)", (DEEPGRAM_RATE_LIMITS,)),
    Limit("subaccounts_per_account", 1000, "subaccounts one main account may hold by default",
          (SUBACCOUNTS_DOCS, ERROR_21480),
          "More need a request to Twilio support: creating one beyond the limit fails with error 21480."),
    Limit("voice_cps_per_account", 1, "outbound calls per second (CPS) an account may start through the Programmable "
          "Voice API by default", (CPS_GLOSSARY, HIGH_VOLUME_VOICE),
          "Inbound and <Dial> calls are not limited. CPS is set per account: each subaccount has its own, not pooled "
          "with its parent's. Twilio paces calls to the set rate, so a burst above it waits. It is raised in the "
          "Console (Voice > Settings > General), which an account without an approved Business Profile cannot do "
          "itself."),
    Limit("tmobile_10dlc_daily_low", 2000, "SMS segments a day one A2P 10DLC brand may send to T-Mobile subscribers "
          "at the lowest tier (low-volume brands, the lowest trust scores)", TMOBILE,
          TMOBILE_NOTE),
    Limit("tmobile_10dlc_daily_standard", 10000, "SMS segments a day one A2P 10DLC brand may send to T-Mobile "
          "subscribers at a low-to-mid trust score", TMOBILE, TMOBILE_NOTE),
    Limit("tmobile_10dlc_daily_high", 40000, "SMS segments a day one A2P 10DLC brand may send to T-Mobile "
          "subscribers at a mid-to-high trust score", TMOBILE, TMOBILE_NOTE),
    Limit("tmobile_10dlc_daily_top", 200000, "SMS segments a day one A2P 10DLC brand may send to T-Mobile subscribers "
          "at the top trust scores (and by default for Russell 3000 companies)", TMOBILE,
          TMOBILE_NOTE),
    Limit("transcribe_streaming_concurrency", 25, "concurrent Amazon Transcribe streaming requests (HTTP/2 or "
          "WebSocket) an AWS account may hold in a Region by default", (TRANSCRIBE_QUOTAS,),
          "Sources disagree: the current quotas page gives 25 concurrent HTTP/2 and 25 WebSocket requests, an earlier "
          "version of the same page gave 5 of each. Check the quota in your account's Service Quotas console and ask "
          "AWS to raise it above your peak before launch.", checked="2026-12-07",
          quote="Number of concurrent HTTP/2 requests"),
    Limit("dial_numbers", 10, "phone numbers one <Dial> rings at once (the first to answer takes the call)",
          (TWIML_DIAL,), checked="2026-12-07"),
    Limit("assemblyai_new_streams_per_minute", 100, "new AssemblyAI streaming sessions per minute on a paid account "
          "(concurrent sessions are not capped; the rate grows 10% a minute while 70% used)",
          (ASSEMBLYAI_CONCURRENCY,)),
)}

CALLBACKS_PER_CALL = LIMITS["callbacks_per_call"].value
FUNCTIONS_CONCURRENCY = LIMITS["functions_concurrency"].value
FUNCTIONS_TIMEOUT_S = LIMITS["functions_timeout_s"].value
MEMORY_STORES_PER_ACCOUNT = LIMITS["memory_stores_per_account"].value
