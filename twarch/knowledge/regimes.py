"""The regulatory regimes twarch knows: what each requires, where it applies, where the playbook says otherwise,
and the sources.

The ``regulations`` question's choices, the regulation items of a recommendation and the checklist's regime
ids all come from :data:`REGIMES`. ``where`` names the geography that brings a regime in (:data:`GEOGRAPHY`):
the rules infer a US-only regime only for people in the US, and the checklist shows where each item applies.
"""

from __future__ import annotations

from dataclasses import dataclass

from .sources import Source

#: Where a regime applies, in words.
GEOGRAPHY: dict[str, str] = {"": "wherever your customers are", "US": "people in the US",
                             "CA": "people in Canada", "EEA": "people in the EU/EEA", "GB": "people in the UK"}


@dataclass(frozen=True)
class Regime:
    """A regulation, with what the playbook says and what the research found."""

    id: str
    name: str
    label: str  #: the ``regulations`` question's choice label
    sourced: str
    playbook: str = ""
    differs: str = ""
    sources: tuple[Source, ...] = ()
    where: str = ""  #: where it applies: a GEOGRAPHY key ("" = wherever the people are)
    #: a fact the engine decides later (after the regimes are known) that changes what the regime asks of this
    #: design, and the text for each of its values (``sourced`` stays for any other value, or none)
    keyed_on: str = ""
    variants: tuple[tuple[str, str], ...] = ()

    def text_for(self, value: object) -> str:
        """What the regime asks of a design whose ``keyed_on`` fact is ``value``."""
        return dict(self.variants).get(value, self.sourced) if isinstance(value, str) else self.sourced


_FCC_24_17 = Source("FCC Declaratory Ruling 24-17 (summary)",
                    "https://natlawreview.com/article/telephone-and-texting-compliance-news-regulatory-update-fcc-confirms-tcpa-bars-ai",
                    "2024-02-08")
_HIPAA_ELIGIBLE = Source("Twilio HIPAA Eligible Services",
                         "https://twilio.com/content/dam/twilio-com/global/en/other/hipaa/pdf/HIPAA-Eligible-Services.pdf",
                         "2024-12-11")
_MEMORY_NOTICE = Source("Twilio Conversation Memory API notice", "https://www.twilio.com/docs/api/memory/profile",
                        "2026-11-24")

REGIMES: dict[str, Regime] = {r.id: r for r in (
    Regime(
        "tcpa", "TCPA (US)",
        "TCPA (US outbound calls and texts)",
        "Calls and texts you start need prior express consent (written consent for telemarketing) and a way to opt "
        "out, and telemarketing stays inside 8 a.m.-9 p.m. in the recipient's local time; AI-generated voices count "
        "as artificial or prerecorded voice, and autodialed texts need the same consent tiers.",
        playbook="Outbound AI calls require prior express consent; quiet hours 8am-9pm recipient local time.",
        differs="The research agrees and adds that the FCC confirmed AI voices are covered (Feb 2024) and that "
                "the federal calling window is written for telephone solicitations.",
        sources=(_FCC_24_17,),
        where="US",
    ),
    Regime(
        "hipaa", "HIPAA (US health data)",
        "HIPAA (US health data)",
        "Sign Twilio's BAA (Security or Enterprise Edition) and BAAs with every AI vendor that sees PHI; build PHI "
        "flows only from HIPAA-eligible services. Conversation Memory and Conversation Orchestrator are not "
        "HIPAA eligible; encryption is an 'addressable' safeguard today (a 2025 proposal would make it mandatory).",
        playbook="BAA with Twilio required. Recording encryption mandatory. Minimise PHI in TTS. Rotate API keys.",
        differs="The playbook does not say that newer products (Memory, Orchestrator) are outside Twilio's "
                "HIPAA-eligible list, and calls encryption mandatory where the rule text makes it addressable.",
        sources=(_HIPAA_ELIGIBLE, _MEMORY_NOTICE),
        where="US",
    ),
    Regime(
        "pci_dss", "PCI DSS (card payments)",
        "PCI DSS (card payments)",
        "On calls, take card data through `<Pay>` in PCI Mode (set per account and never turned off: run payments in "
        "a dedicated subaccount) or, on ConversationRelay, with PCI-compliant speech providers; on text channels, "
        "through a hosted payment page or link. Keep card numbers out of the LLM, transcripts, logs and memory.",
        playbook="Use `<Pay>`. Never let the LLM process or log card numbers. PCI Mode is irreversible and "
        "account-wide.",
        differs="Agrees; the research adds the dedicated-subaccount advice and that Memory and Orchestrator are "
                "not PCI compliant.",
        sources=(Source("Twilio PCI workflows", "https://static0.twilio.com/docs/voice/pci-workflows", "2026-11-24",
                        "it cannot be disabled for that Account"),),
        keyed_on="card_capture_used",
        variants=(
            ("pay_in_call", "The AI hands the caller to `<Pay>` on its own account, which goes into PCI Mode (never "
                            "turned off): Agent Connect, Orchestrator, Memory and Intelligence may not serve that "
                            "account. On text channels, send a hosted payment page or link. Keep card numbers out of "
                            "the LLM, transcripts, logs and memory."),
            ("pay_subaccount", "The call is put through to a separate subaccount in PCI Mode (never turned off) whose "
                               "`<Pay>` takes the card and hands back only a token: the AI's own account stays out of "
                               "PCI Mode and card data out of its workflow (your QSA confirms the scoping). On text "
                               "channels, send a hosted payment page or link. Keep card numbers out of the LLM, "
                               "transcripts, logs and memory."),
            ("payment_link", "The card is typed on your payment provider's hosted page, sent as a link: no card number "
                             "enters a call, a chat, the LLM, transcripts, logs or memory, so the AI's workflow stays "
                             "out of card data (your QSA confirms the scoping). Tell people never to say or type a "
                             "card number to the agent."),
        ),
    ),
    Regime(
        "gdpr", "GDPR (EU)",
        "GDPR (EU personal data)",
        "Choose and document a lawful basis per purpose: consent is one option, legitimate interest or contract "
        "can also cover call recording. Give a privacy notice at the start of each conversation and erase on request "
        "across recordings, transcripts, Memory observations and vendor logs within one month.",
        playbook="EU call recording requires explicit consent. Right to deletion covers recordings, transcripts "
                 "and Memory observations.",
        differs="GDPR does not make consent the only basis for recording; national telecom laws may still require "
                "it, so the lawful basis is a decision to document, not a fixed consent prompt.",
        sources=(Source("CooperBurnett on recording calls under GDPR",
                        "https://cooperburnett.com/blog/news-story/2019/02/25/data-protection-and-recording-telephone-calls/",
                        "2019-02-25"),),
        where="EEA",
    ),
    Regime(
        "fdcpa", "FDCPA / Regulation F (debt collection)",
        "FDCPA / Regulation F (debt collection)",
        "Say the Mini-Miranda in the first communication and that each later one is from a debt collector. "
        "Calls are presumed harassing above 7 in 7 days per debt, or within 7 days after a conversation about it. "
        "Twilio enforces none of this. The Act binds third-party collectors: a creditor collecting its own debts "
        "under its own name is outside it (state laws may still reach it), so treat these as good practice there and "
        "ask counsel.",
        playbook="Mini-Miranda disclosure. Max 7 attempts per debt per 7-day window. Developer must enforce.",
        differs="The playbook omits the second prong: no call within 7 days after a conversation about that debt.",
        sources=(Source("CFPB 12 CFR 1006.14", "https://www.consumerfinance.gov/rules-policy/regulations/1006/14/",
                        "2026-11-24"),
                 Source("Justia: who the FDCPA covers (creditors collecting their own debts are excluded)",
                        "https://www.justia.com/business-operations/collections-credit/docs/fair-debt-collection-"
                        "practices-act/coverage/", "undated")),
        where="US",
    ),
    Regime(
        "recording_consent", "US call-recording consent",
        "US call-recording consent",
        "Some US states require every party's consent to record a call, and a California court let a wiretap claim "
        "proceed against an AI vendor that could use the calls it transcribed live (Ambriz v. Google, 10 Feb 2025): "
        "play a recording and AI-processing notice at the start of every call, recorded or not.",
        sources=(Source("RecordPhoneCall: one-party vs all-party",
                        "https://recordphonecall.com/resources/one-party-vs-all-party/",
                        "2026-11-24"),
                 Source("ZwillGen: Ambriz v. Google may proceed (CIPA, contact-center AI)",
                        "https://zwillgen.com/privacy/federal-judge-allows-google-customer-service-ai-class-action-to-proceed",
                        "2025-02")),
        where="US",
    ),
    Regime(
        "ai_disclosure", "US bot and AI-disclosure laws",
        "US bot / AI-disclosure laws",
        "California, Utah and Colorado require or reward telling people they are talking to an AI; say so in the "
        "first sentence and answer truthfully when asked.",
        sources=(Source("California SB 1001",
                        "https://leginfo.legislature.ca.gov/faces/billCompareClient.xhtml?bill_id=201720180SB1001",
                        "2018-09-28"),),
        where="US",
    ),
    Regime(
        "eu_ai_act", "EU AI Act, Article 50",
        "EU AI Act transparency (Art. 50)",
        "Since 2 Aug 2026 an AI system that talks to people in the EU must tell them it is an AI, at the latest at "
        "the first interaction, and whoever uses emotion recognition must tell the people it is used on.",
        sources=(Source("PowerQuant: Article 50 transparency", "https://powerquant.dk/en/article-50-transparency",
                        "2026"),),
        where="EEA",
    ),
    Regime(
        "ccpa", "CCPA / CPRA (California)",
        "CCPA / CPRA (California)",
        "Notice at collection, deletion within 45 days, and automated-decision rules from 1 Jan 2027 for "
        "significant decisions.",
        sources=(Source("myRHC CCPA overview", "https://myrhc.com/resources/ccpa", "2026-11-24"),),
        where="US",
    ),
    Regime(
        "a2p_10dlc", "A2P 10DLC and toll-free registration (US SMS)",
        "A2P 10DLC / toll-free registration (US SMS)",
        "Every US 10DLC number needs a registered brand and campaign; unregistered traffic has been blocked since "
        "Sep 2023, unverified toll-free since Jan 2024.",
        sources=(Source("Twilio: shutdown of unregistered 10DLC messaging",
                        "https://support.twilio.com/hc/en-us/articles/14910496447771-Shutdown-of-Unregistered-10DLC-Messaging-FAQ",
                        "2023"),),
        where="US",
    ),
    Regime(
        "stir_shaken", "STIR/SHAKEN caller-ID attestation",
        "STIR/SHAKEN caller-ID attestation",
        "Outbound US calls get 'A' attestation only with an approved Business Profile and SHAKEN/STIR Trust Product "
        "assigned to each calling number.",
        sources=(Source("Twilio SHAKEN/STIR onboarding",
                        "https://www.twilio.com/docs/voice/trusted-calling-with-shakenstir/shakenstir-onboarding",
                        "2026-11-24"),),
        where="US",
    ),
    Regime(
        "whatsapp_policy", "WhatsApp Business policy",
        "WhatsApp Business policy",
        "Since 15 Jan 2026 WhatsApp bars general-purpose AI assistants as a primary function; business-specific "
        "bots (support, bookings, order status) remain allowed. Opt-in first, a path to a human, templates "
        "outside the 24-hour window.",
        playbook="Lists WhatsApp among the channels with no caveat.",
        differs="The playbook predates WhatsApp's ban on general-purpose AI assistants (in force 15 Jan 2026).",
        sources=(Source("Particle News: WhatsApp bars general-purpose AI chatbots",
                        "https://particle.news/story/whatsapp-bars-general-purpose-ai-chatbots-from-business-api-effective-jan-15-2026",
                        "2025-10"),),
    ),
    Regime(
        "uk_gdpr_pecr", "UK GDPR and PECR",
        "UK GDPR and PECR (UK personal data and marketing calls and texts)",
        "Document a lawful basis under UK GDPR for each purpose (recording, memory, analytics). Under PECR an AI "
        "voice is not live speech, so treat outbound marketing calls as automated calls that need the person's "
        "prior consent; marketing texts need consent too; say who is calling and how to reach you.",
        sources=(Source("ICO: automated calling systems under PECR (regulation 19)",
                        "http://qqq.informationcommissioner.gov.uk/for_organisations/privacy_and_electronic_"
                        "communications/the_guide/automated_calls.aspx", "2026-11-27"),
                 Source("nibusinessinfo.co.uk: lawful basis for processing under UK GDPR",
                        "https://www.nibusinessinfo.co.uk/content/legal-basis-processing-personal-data",
                        "2026-11-27")),
        where="GB",
    ),
    Regime(
        "canada_crtc_casl", "Canada: CRTC telemarketing rules and CASL",
        "Canada CRTC rules and CASL",
        "On calls you place, treat an AI voice as an automatic dialing-announcing device: consent for solicitation, "
        "identification, calling hours; commercial texts under CASL need consent and an unsubscribe.",
        sources=(Source("CRTC key rules", "https://crtc.gc.ca/eng/phone/telemarketing/tobligations/rules-regles.htm",
                        "2026-11-24"),),
        where="CA",
    ),
    Regime(
        "canada_collection", "Canada: provincial collection-agency law (debt collection)",
        "Canada provincial debt-collection law",
        "Collecting debts from people in Canada falls under the law of each province, not under the CRTC's "
        "telemarketing rules: the agency registers in the province, sends the debtor a written notice before it asks "
        "for payment, and keeps to the province's limits on when, how often and whom it calls. Ontario's Collection "
        "and Debt Settlement Services Act and its General Regulation (R.R.O. 1990, Reg. 74) are one example. twarch "
        "holds no province-by-province rules: check each province you collect in with counsel.",
        sources=(Source("Ontario e-Laws: R.R.O. 1990, Reg. 74 (General) under the Collection and Debt Settlement "
                        "Services Act", "https://www.ontario.ca/laws/regulation/900074", "2026-12-07"),
                 Source("Ontario: collection agencies and your rights",
                        "https://www.ontario.ca/page/collection-agency-your-rights", "2026-12-07")),
        where="CA",
    ),
    Regime(
        "canada_pipeda", "Canada: PIPEDA (recorded and AI-transcribed calls)",
        "Canada PIPEDA (calls)",
        "Recording or transcribing a customer's call collects personal information, for calls they make and calls "
        "you make: tell them at the start that the call is recorded or processed by an AI and why; staying on the "
        "line is implied consent; use what you collect only for the purposes you named, and keep it safe.",
        sources=(Source("Office of the Privacy Commissioner of Canada: Guidelines for recording of customer telephone "
                        "calls", "https://www.priv.gc.ca/en/privacy-topics/collecting-personal-information/02_05_d_14/",
                        "2008-06"),),
        where="CA",
    ),
    Regime(
        "canada_health_privacy", "Canada: provincial health-privacy law (Ontario's PHIPA for health custodians)",
        "Canada provincial health privacy (PHIPA in Ontario)",
        "Patient information a Canadian clinic handles falls under its province's health-information law. In Ontario "
        "that is PHIPA: a health information custodian (a clinic, a family health team, a practitioner) is exempt "
        "from PIPEDA's Part 1 for what it collects, uses and discloses inside Ontario, so PHIPA, not PIPEDA, governs "
        "the patient information on its calls and texts. It must answer for every vendor acting for it (Twilio, the "
        "LLM, the speech vendors, the memory store), publish its information practices and report breaches to "
        "patients and to the Information and Privacy Commissioner. Other provinces have their own health-information "
        "acts: check the one where you practise.",
        sources=(Source("Health Information Custodians in the Province of Ontario Exemption Order, SOR/2005-399 "
                        "(Canada Gazette Part II, archived by Library and Archives Canada)",
                        "https://bac-lac.wayback.archive-it.org/web/20060225101802/http://canadagazette.gc.ca/"
                        "partII/2005/20051214/html/sor399-e.html", "2026-12-08"),
                 Source("CMHA Ontario privacy toolkit, chapter 2: what health information custodians must do",
                        "http://ontario.cmha.ca/public-policy/capacity-building/privacy-toolkit/chapter-2-getting-"
                        "started-what-health-information-custodians-should-know/", "2026-12-08")),
        where="CA",
    ),
    Regime(
        "quebec_privacy", "Quebec: private-sector privacy act as amended by Law 25",
        "Quebec private-sector privacy (Law 25)",
        "A business in Quebec handles personal information under Quebec's Act respecting the protection of personal "
        "information in the private sector, one of the provincial laws recognised as substantially similar to "
        "PIPEDA; Law 25 (Bill 64) amended it in stages up to 2024. For this design: a privacy impact assessment and "
        "a written agreement before callers' information goes to Twilio or an AI vendor outside Quebec, and notice "
        "to a person when a decision about them is made by automated processing alone. Which of Quebec's act and "
        "PIPEDA governs each flow (inside Quebec, across provinces) is a question for counsel.",
        sources=(Source("LegisQuébec: P-39.1, s. 17 (communication outside Québec)",
                        "https://legisquebec.gouv.qc.ca/en/version/cs/P-39.1?code=se%3A17&history=20240930",
                        "2026-12-08"),
                 Source("Securiti: Quebec's Law 25 overview (substantially similar to PIPEDA; phased entry into "
                        "force)", "https://securiti.ai/quebec-pa/", "2026-12-08"),
                 Source("Torys: automated decision-making under Québec's Bill 64",
                        "https://www.torys.com/our-latest-thinking/publications/2022/04/automated-decision-making",
                        "2026-12-08")),
        where="CA",
    ),
    Regime(
        "welsh_language", "Welsh Language Standards (public bodies in Wales)",
        "Welsh Language Standards (public bodies in Wales)",
        "A council, the Welsh Government, a National Park authority or another body the Welsh Language Commissioner "
        "has given a compliance notice must give Welsh at least the standing of English, and a service run for it by "
        "a third party (an AI agent on a vendor's platform included) counts as its own: on its phone lines, greet "
        "callers in Welsh, say a Welsh service is available and deal with the whole call in Welsh when the caller "
        "wishes. Check your compliance notice for the standards that bind you.",
        sources=(Source("The Welsh Language Standards (No. 1) Regulations 2015, reg. 1 (bodies; services by third "
                        "parties)", "https://www.legislation.gov.uk/wsi/2015/996/body/made", "2015-03-31"),
                 Source("City and County of Swansea: its Welsh Language Standards (standards 8-10, telephone calls)",
                        "https://docsbay.net/city-and-county-of-swansea-council", "2016-03-30")),
        where="GB",
    ),
    Regime(
        "dora", "EU DORA (financial entities)",
        "EU DORA (digital operational resilience)",
        "Since 17 January 2025 an EU bank, insurer, payment or investment firm keeps a register of every ICT "
        "third-party arrangement (Twilio and each AI and speech vendor) and puts DORA's clauses in those contracts: "
        "where services run and data sit, security, help in incidents, cooperation with supervisors, exit.",
        sources=(Source("Regulation (EU) 2022/2554 (DORA), Articles 28 and 30",
                        "https://eur-lex.europa.eu/eli/reg/2022/2554/oj",
                        "2022-12-14"),
                 Source("EBA: preparing for the application of DORA",
                        "https://www.eba.europa.eu/activities/direct-supervision-and-oversight/digital-operational-"
                        "resilience-act/preparation-dora-application", "2026-11-27")),
        where="EEA",
    ),
)}


def regime_name(regime_id: str) -> str:
    """The display name of a regime id (the id itself when there is no such regime)."""
    regime = REGIMES.get(regime_id)
    return regime.name if regime is not None else regime_id


#: Regimes that give each of an ISV's tenants its own subaccount, and what the subaccount is for.
SUBACCOUNT_REASONS: dict[str, str] = {"a2p_10dlc": "its 10DLC brand", "hipaa": "its PHI boundary"}
TENANT_SUBACCOUNT_REGIMES: frozenset[str] = frozenset(SUBACCOUNT_REASONS)
if not TENANT_SUBACCOUNT_REGIMES <= set(REGIMES):
    raise ValueError("TENANT_SUBACCOUNT_REGIMES names a regime that is not declared")
