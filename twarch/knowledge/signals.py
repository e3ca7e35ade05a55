"""What the user's own words tell us, as data: activation and specificity signals, and pre-fill phrases.

Two tables drive :mod:`twarch.mode`:

* :data:`SIGNALS` -- the playbook's "When This Skill Activates" triggers and Step 1's
  specificity cues. A signal may *activate* the advisor on its own, push the request toward
  a mode with a weight, or belong to a *group* that only counts in combination
  (:data:`COMBINATIONS`, e.g. an LLM named together with a phone channel: "LLM + phone").
* :data:`PHRASES` -- text that answers a qualification question: each phrase sets one or
  more answer fields. Single-valued fields are resolved by ``priority`` (higher wins; two
  different values at the same priority leave the field unanswered).

Pattern syntax (compiled once, lazily, by :mod:`twarch.mode`): ordinary ``re`` syntax,
matched case-insensitively between word boundaries, where a literal space means
"one or more spaces or hyphens" and ``~`` means "an optional space or hyphen"
(``real~time`` matches *realtime*, *real-time* and *real time*). Use ``\\s`` where an exact
single space is needed (inside look-behinds). ``(?-i:...)`` makes a part case-sensitive.

Keep every pattern linear: a repetition that can fail after consuming a long run must either start
only where the run starts (``(?<![\\w-])`` before ``[\\w-]+``) or be bounded (``[\\w.]{0,80}``), or a
text of 4,000 hyphens or digits costs seconds (``benchmarks/bench_hostile.py`` times the worst cases).
"""

from __future__ import annotations

from dataclasses import dataclass

MODES: tuple[str, ...] = ("discovery", "validation", "build")


@dataclass(frozen=True)
class Signal:
    """A cue in the request. ``weights`` pairs a mode with how hard this cue pushes toward it."""

    label: str
    pattern: str
    activates: bool = False
    weights: tuple[tuple[str, float], ...] = ()
    group: str = ""


@dataclass(frozen=True)
class Combination:
    """Activation by co-occurrence: one signal of every group named in ``groups``."""

    label: str
    groups: tuple[str, ...]


@dataclass(frozen=True)
class Phrase:
    """Words that answer questions: ``sets`` pairs an answer field with the value the words imply."""

    pattern: str
    sets: tuple[tuple[str, object], ...]
    priority: int = 2


# --- Mode thresholds (Step 1) -------------------------------------------------------------
#: Implementation detail strong enough on its own for build mode.
BUILD_AT = 2.5
#: Implementation detail enough for build mode when aimed at a named product.
BUILD_WITH_PRODUCT_AT = 1.5
#: Named products (or chosen components) enough for validation mode.
VALIDATION_AT = 2.0
#: Every activated request starts with this much discovery: the default mode.
DISCOVERY_BASE = 1.0

V = "validation"
B = "build"
D = "discovery"


def _act(label: str, pattern: str, *weights: tuple[str, float]) -> Signal:
    return Signal(label, pattern, True, tuple(weights))


def _cue(label: str, pattern: str, *weights: tuple[str, float]) -> Signal:
    return Signal(label, pattern, False, tuple(weights))


def _member(group: str, label: str, pattern: str) -> Signal:
    return Signal(label, pattern, False, (), group)


SIGNALS: tuple[Signal, ...] = (
    # -- Activation: "When This Skill Activates" -------------------------------------------
    _act("AI agent", r"ai (?:voice |phone |chat |calling |support |sales |customer service |service )?agents?"),
    _act("AI agent", r"(?:agentic|autonomous) (?:ai|agents?)"),
    _act("voice bot", r"(?:voice|phone|calling|telephone)~bots?"),
    _act("voice agent", r"(?:voice|phone) agents?"),
    _act("chatbot", r"chat~bots?"),
    _act("virtual assistant", r"(?:virtual|digital|ai|intelligent) (?:assistants?|receptionists?|concierges?)"),
    _act("virtual agent", r"virtual agents?"),
    _act("voice AI", r"(?:voice|phone|conversational|generative|gen)~ai"),
    _act("AI voice", r"ai (?:powered |driven )?(?:voice|phone|calls?|calling|chat|texting|sms|receptionist|ivr)"),
    _act("smart IVR", r"(?:intelligent|smart|conversational|natural language|nlu) ivrs?"),
    _act("ConversationRelay", r"conversation~relay", (V, 2.0)),
    _act("speech-to-text", r"speech to text|stt|speech recognition|asr"),
    _act("text-to-speech", r"text to speech|tts|speech synthesis"),
    _act("real-time voice", r"real~time (?:voice|speech|audio conversations?)"),
    _act("AI customer service", r"ai (?:powered |driven |based )?(?:customer )?(?:service|support|help~desk)"),
    _act("automated support", r"automat(?:ed|e|ing) (?:customer )?(?:support|service|phone support|help~desk)"),
    _act("automated support", r"(?:support|service) automation"),
    _act("conversational AI", r"conversational (?:ai|agents?|assistants?)"),
    _act("Conversation Memory", r"conversation memory", (V, 2.0)),
    _act("Conversation Intelligence", r"conversation intelligence", (V, 2.0)),
    _act("Conversation Orchestrator", r"conversation orchestrator", (V, 2.0)),
    _act("Agent Connect", r"(?:twilio )?agent connect(?: sdk)?", (V, 2.0)),
    _act("TAC", r"tac(?: sdk)?", (V, 2.0)),
    _act("Agent Connect package", r"(?:twilio-agent-connect|tac)-(?:aws|microsoft|azure)|twilio-agent-connect",
                                  (V, 2.0), (B, 1.5)),
    _act("Language Operators", r"language operators?", (V, 2.0)),
    _act("Voice Intelligence", r"voice intelligence", (V, 2.0)),
    _act("Voice Live", r"(?:azure )?voice live", (V, 1.0)),
    # -- Combinations: an LLM or "AI" together with a Twilio channel -------------------------
    _member("llm", "LLM", r"llms?|large language models?|language models?|gpt(?:-?\d[\w.]*)?(?:-?(?:turbo|mini|o))?"
                          r"|chatgpt|openai|claude|anthropic|gemini|bedrock|llama|mistral"),
    _member("ai", "AI", r"ai|a\.i\.|artificial intelligence|bots?|genai|gen ai|machine learning"),
    _member("channel", "phone", r"phones?|phone numbers?|telephony|telephone|ivr|hotline|call cent(?:er|re)s?"
                                r"|(?<!api\s)(?<!tool\s)(?<!function\s)(?<!llm\s)calls?|calling|callers?"),
    _member("channel", "Twilio", r"twilio(?: voice| messaging| programmable voice)?"),
    _member("channel", "messaging", r"sms|text messages?|texting|whatsapp|rcs|messaging"),
    # -- Validation: products named (they've chosen) ----------------------------------------
    _cue("Media Streams", r"media streams?|<stream>", (V, 2.0)),
    _cue("TaskRouter", r"task~router", (V, 2.0)),
    _cue("Flex", r"(?:twilio )?flex", (V, 2.0)),
    _cue("Memory Store", r"memory stores?", (V, 1.5)),
    _cue("Twilio Functions", r"twilio (?:functions?|serverless)", (V, 1.0)),
    _cue("Twilio Sync", r"twilio sync", (V, 1.0)),
    _cue("Segment", r"segment(?: bridge| cdp)|twilio segment", (V, 1.0)),
    _cue("Twilio Studio", r"(?:twilio )?studio flows?|twilio studio", (V, 1.0)),
    _cue("semantic Recall", r"semantic recall", (V, 1.0)),
    _cue("customer memory", r"customer memory|customer profiles?", (V, 1.0)),
    _cue("<Pay>", r"<pay>|pay verb", (V, 1.0), (B, 2.0)),
    # -- Components chosen: a named STT/TTS provider (build detail and validation) -----------
    _cue("Deepgram", r"deepgram", (V, 1.0), (B, 0.5)),
    _cue("ElevenLabs", r"eleven~labs", (V, 1.0), (B, 0.5)),
    _cue("Amazon Polly", r"(?:amazon |aws )?polly", (V, 1.0), (B, 0.5)),
    _cue("Google STT/TTS", r"google (?:cloud )?(?:(?:for|as) (?:our |the |its )?)?(?:stt|tts|speech to text"
                           r"|text to speech|speech recognition|wavenet)", (V, 1.0), (B, 0.5)),
    _cue("nova-3", r"nova~[23](?:~general)?", (B, 1.5)),
    # -- Build: implementation detail -------------------------------------------------------
    _cue("implementation verb", r"set(?:ting)?~up|configur(?:e|ing|ation)|implement(?:s|ing|ation)?|integrat(?:e|ing)"
                                r"|wir(?:e|ing)(?: up)?|hook(?:ing)? up", (B, 1.5)),
    _cue("code", r"(?<!zip\s)(?<!area\s)(?<!country\s)(?<!promo\s)(?<!discount\s)(?<!postal\s)(?<!qr\s)code|coding"
                 r"|snippets?|sample code|boilerplate|scaffold(?:ing)?|script to", (B, 1.5)),
    _cue("WebSocket handler", r"web~socket (?:handlers?|servers?|endpoints?|connections?|routes?|messages?|lifecycle)",
                              (B, 2.0)),
    _cue("WebSocket", r"web~sockets?|wss?://\S+", (B, 1.0)),
    _cue("handler", r"handlers?|middleware", (B, 1.0)),
    _cue("endpoint", r"endpoints?|webhooks?|status callbacks?|action url|https?://\S+", (B, 1.5)),
    _cue("TwiML", r"twiml|<(?:connect|conversationrelay|start|recording|say|gather|dial|enqueue|language)\s*/?>",
                  (B, 2.0)),
    _cue("environment variable", r"env(?:ironment)? var(?:iable)?s?|\.env|(?-i:[A-Z][A-Z0-9]*_[A-Z0-9_]+)", (B, 2.0)),
    _cue("identifier", r"(?-i:[a-z][a-z0-9]*_[a-z0-9_]+)|(?-i:[a-z]{2,}[A-Z][A-Za-z0-9]*)|[a-z_][\w.]{0,80}\(\)",
                       (B, 2.0)),
    _cue("package install", r"(?:pip|npm|pnpm|yarn|uv) (?:install|add)|requirements\.txt|package\.json", (B, 2.0)),
    _cue("source file", r"(?<![\w-])(?!(?:node|next|nest|vue|react|deno|nuxt|three|express)\.js)[\w-]+\.(?:py|ts|js"
                        r"|mjs|tsx|java|go|rb)", (B, 2.0)),
    _cue("credentials", r"api keys?|auth tokens?|account sid|credentials|access tokens?", (B, 1.5)),
    _cue("ngrok", r"ngrok|tunnel(?:ing)?", (B, 1.5)),
    _cue("debugging", r"debug(?:ging)?|not working|doesn'?t work|error(?: code)? \d{4,5}|stack trace"
                      r"|timeouts? (?:error|issue)|fix(?:ing)? (?:the|my|a|this) (?:bug|error|issue)", (B, 1.5)),
    _cue("protocol events", r"(?:setup|prompt|interrupt|dtmf|info|error) (?:events?|messages?)|dtmf|barge~in"
                            r"|interruption handling", (B, 1.5)),
    _cue("SDK call", r"sdk (?:functions?|methods?|calls?|clients?)|client library", (B, 1.5)),
    _cue("JSON payload", r"json|payloads?|schema", (B, 1.0)),
    # -- Discovery: outcome-level wording ----------------------------------------------------
    _cue("wants to build", r"(?:i|we|i'd|we'd|i'm|we're) (?:want|would like|need|like|looking|hoping|planning|thinking"
                           r"|trying|going) to (?:build|create|make|launch|add|offer|start|deploy|automate)", (D, 1.0)),
    _cue("help me plan", r"help (?:me|us) (?:plan|design|choose|decide|figure out|understand|think)", (D, 1.0)),
    _cue("open question", r"where (?:do|should) (?:i|we) (?:start|begin)|where to start|what do (?:i|we) need"
                          r"|which (?:twilio )?(?:products?|architecture|approach|option|services?)|best way|not sure"
                          r"|any (?:ideas|advice|recommendations)|what would you (?:recommend|suggest)", (D, 1.0)),
    _cue("architecture", r"architectures?|recommend(?:ation)?s?|options|high~level|roadmap", (D, 1.0)),
    _cue("business outcome", r"customer (?:support|service|experience)|answer (?:customer )?questions|book(?:s"
                             r"|ing)? appointments|take orders|reduce (?:wait times|costs|call volume)|after~hours"
                             r"|handle (?:customer |incoming |inbound )?calls|improve (?:customer|support|our)",
                             (D, 1.0)),
)

COMBINATIONS: tuple[Combination, ...] = (
    Combination("LLM + phone", ("llm", "channel")),
    Combination("AI + phone", ("ai", "channel")),
)


# --- Pre-fill phrases ----------------------------------------------------------------------

#: A ``sets`` value meaning "the number captured by the pattern's ``n`` group" (``1,200``, ``2k``).
COUNT = "{n}"


def _p(pattern: str, field: str, value: object, priority: int = 2) -> Phrase:
    return Phrase(pattern, ((field, value),), priority)


def _pm(pattern: str, *sets: tuple[str, object], priority: int = 2) -> Phrase:
    return Phrase(pattern, tuple(sets), priority)


CHANNEL_PHRASES: tuple[Phrase, ...] = (
    _p(r"(?<!brand\s)(?<!of\s)(?<!your\s)voice(?! of the customer)|voice~mail|phones?|telephon(?:e|y)|ivr|hotline|pstn"
       r"|phone numbers?|call cent(?:er|re)s?|callers?|(?<!function\s)(?<!tool\s)calling|dial(?:s|ing|~in)?"
       r"|conversation~relay|media streams?|speech to text|text to speech", "channels", ("voice",)),
    _p(r"(?<!api\s)(?<!tool\s)(?<!function\s)(?<!llm\s)(?<!rest\s)(?<!http\s)(?<!model\s)(?<!webhook\s)calls|(?:phone"
       r"|inbound|outbound|incoming|outgoing|voice|live|each|every|per|missed|sales|support|first|reminder) calls?"
       r"|call (?:us|in|back|center|centre)|on (?:a|the) call", "channels", ("voice",)),
    _p(r"sms|mms|text messag(?:es?|ing)|texting|texts|text (?:us|them|me|customers|back|reminders)",
       "channels", ("sms",)),
    _p(r"whats~app", "channels", ("whatsapp",)),
    _p(r"rcs|rich communication services?", "channels", ("rcs",)),
    _p(r"web~chat|chat widgets?|live chat|website chat|site chat|in~app chat|chat windows?|chat on (?:our|the"
       r"|my) (?:web~?site|site|app)|(?:our|the|my) web~?site|web app", "channels", ("chat",)),
    _p(r"omni~channel|every channel|all (?:the )?channels", "channels", ("voice", "sms", "whatsapp", "rcs", "chat")),
)

ESSENTIAL_PHRASES: tuple[Phrase, ...] = (
    # outcome
    _p(r"customer (?:service|support|care)|support (?:line|desk)|help~desk|inbound calls?",
       "outcome", "autonomous_service", 1),
    _p(r"faqs?|frequently asked questions|answer(?:s|ing)? (?:customer |common |their |basic )?questions|book(?:s"
       r"|ing)? (?:an? )?(?:appointments?|reservations?|tables?)|appointment (?:booking|scheduling)|schedul(?:e|es"
       r"|ing) appointments|reservations?|order status|where is my order|take (?:food |phone )?orders|ordering"
       r"|track(?:ing)? (?:their |my |an? )?orders?|receptionist|answer(?:s|ing)? (?:the )?phones?",
       "outcome", "autonomous_service"),
    _p(r"outbound|reminders?|reminder calls|surveys?|call (?:our |my |the )?(?:customers|patients|leads|clients"
       r"|debtors|members|borrowers)|follow~up calls|proactive (?:calls|outreach)|outreach|dial out|confirm(?:s"
       r"|ing)? appointments|appointment confirmations?", "outcome", "outbound_calling"),
    _p(r"internal (?:tools?|use|teams?|users?|help~desk|knowledge base|employees)|employees|co~pilots?|for (?:our"
       r"|my) (?:support |sales |service )?(?:agents|reps|team|technicians)|it help~desk|back~office|field technicians",
       "outcome", "internal_tools"),
    _p(r"sales|sell(?:s|ing)?|up~sell(?:s|ing)?|cross~sell(?:s|ing)?|lead (?:generation|qualification)|qualify leads"
       r"|conversational commerce|shopping assistants?|product recommendations|book(?:s|ing)? (?:a )?demos?",
       "outcome", "conversational_commerce"),
    # memory
    _p(r"remember(?:s|ing|ed)?|returning (?:customers?|callers?|users?|patients?|clients?)|recogni[sz]e (?:returning "
       r"|repeat )?(?:callers|customers|them)|(?:order|purchase|call|conversation|chat|interaction|account|customer"
       r"|patient) histor(?:y|ies)|past (?:interactions|conversations|orders|calls|purchases)|preferences"
       r"|personali[sz](?:ed|ation|e)|(?:context|memory) across (?:calls|sessions|channels|conversations)"
       r"|across sessions|conversation memory|customer memory|customer profiles?|know who(?:'s| is) calling"
       r"|semantic recall", "memory", True),
    _p(r"histor(?:y|ies)|memory|recall", "memory", True, 1),
    _p(r"(?:not|never|don't|doesn't|won't|shouldn't|cannot) forget", "memory", True),
    _p(r"stateless|(?:each|every) (?:call|conversation|session|chat) (?:is|being) independent|independent (?:calls"
       r"|sessions)|one~(?:off|time) (?:calls?|surveys?|interactions?)|forgets? (?:everything|each call)|fresh (?:each"
       r"|every) time", "memory", False),
    # intelligence
    _p(r"sentiment(?: analysis| detection)?|compliance monitoring|script adherence|coaching|churn (?:risk|signals?)"
       r"|conversation intelligence|language operators?|monitor(?:ing)? (?:calls|conversations|the agent)"
       r"|supervis(?:ion|e)|quality (?:assurance|monitoring)", "intelligence", "realtime", 1),
    _p(r"real~time (?:analytics|monitoring|sentiment|supervision|alerts|intelligence|insights)|live monitoring"
       r"|mid~(?:call|conversation)|intervene", "intelligence", "realtime"),
    _p(r"analytics|insights|reporting", "intelligence", "post_call", 1),
    _p(r"post~(?:call|conversation|interaction)(?: analytics| analysis| review)?|(?:analy[sz]e|review|score)"
       r"(?: \w+){0,2} after (?:the|each|every) (?:call|conversation)|call summar(?:y|ies)|(?:bi|reporting) tools?",
       "intelligence", "post_call"),
    # handoff
    _p(r"escalat(?:e|es|ed|ing|ion|ions)|hand(?:s|ing|ed)?~(?:off|over)(?: to (?:a |an )?(?:human|person|agent"
       r"|live agent))?|transfer(?:s|red|ring)?(?: \w+){0,2} to (?:a |an |the |our )?(?:\w+ )?(?:agents?|person|people"
       r"|humans?|reps?|representatives?|operators?|staff|team|someone|nurses?|specialists?|supervisors?|managers?)"
       r"|warm transfers?|(?:live|human|real) (?:agents?|people|reps?|representatives?|operators?|support)|real person"
       r"|(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:human|person|someone|agent|representative)"
       r"|humans?(?: in the loop)|to (?:a|an) human|(?:needs?|requires?|involves?|involving|loop in|bring in"
       r"|get) (?:a |an )?(?:human|person)|humans|human (?:takeover|fallback|backup|operators?|staff)|task~router"
       r"|(?:twilio )?flex", "handoff", True),
    _p(r"hybrid", "handoff", True, 1),
    _p(r"fully autonomous|pure(?:ly)? ai|ai only|without (?:any )?humans?", "handoff", False),
)

CONTEXT_PHRASES: tuple[Phrase, ...] = (
    # customer profile
    _p(r"isvs?|multi~tenant|multiple clients|our clients|white~label(?:ed)?|saas (?:platform|product) for"
       r"|platform for (?:businesses|agencies|clinics|restaurants)|for each (?:client|customer|tenant)",
       "customer_profile", "isv"),
    _p(r"enterprises?|fortune \d+|large (?:company|organi[sz]ation|enterprise)|global (?:company|bank|retailer)",
       "customer_profile", "enterprise"),
    _p(r"start~ups?|small (?:business|team|company|shop)|smbs?|solo (?:founder|developer)|side project",
       "customer_profile", "smb"),
    # industry
    _p(r"clinics?|patients?|health~care|hospitals?|medical|doctors?|physicians?|dental|dentists?|pharmac(?:y|ies)"
       r"|tele~(?:health|medicine)|phi|nurses?|health systems?", "industry", "healthcare"),
    _pm(r"debt collect(?:ion|ors?)|collections? agenc(?:y|ies)|past~due|delinquent|overdue (?:payments?|balances?"
        r"|accounts?|bills?)|mini~miranda|collections",
        ("industry", "debt_collection"), ("outcome", "outbound_calling")),
    _p(r"(?<!technical\s)debts?", "industry", "debt_collection", 1),
    _p(r"(?<!memory\s)(?<!data\s)banks?|banking|credit unions?|fintech|insurance|insurers?|lenders?|lending|loans?"
       r"|mortgages?|brokerages?|wealth management|financial (?:services|institutions?)",
       "industry", "financial_services", 1),
    _p(r"retail(?:ers?)?|e~commerce|online (?:stores?|shops?)|(?:our|my|the|a|an|online|web|grocery|clothing|furniture"
       r"|coffee|pet|shoe|book|toy|flower|bike|outdoor|chain of|brick and mortar) (?:stores?|shops?)|shoppers|shopify"
       r"|woocommerce|merchandise|storefronts?|boutiques?|supermarkets?|grocer(?:y|ies)", "industry", "retail"),
    # payments
    _p(r"payments?|credit cards?|debit cards?|card (?:numbers?|details|payments?|data)|checkout|collect(?:s"
       r"|ing)? payments?|<pay>|pay verb", "takes_payments", True),
    _p(r"pay(?:s|ing)?(?! attention)(?!~as~you~go)|billing", "takes_payments", True, 1),
    _pm(r"pci(?: dss| compliance| compliant| mode)?", ("takes_payments", True), ("regulations", ("pci_dss",))),
    _p(r"payment reminders?", "outcome", "outbound_calling"),
    # EU
    _p(r"eu|e\.u\.|european union|europe|european|eea|austria|belgium|bulgaria|croatia|cyprus|czechia|czech republic"
       r"|denmark|estonia|finland|france|germany|greece|hungary|ireland|italy|latvia|lithuania|luxembourg|malta"
       r"|netherlands|holland|poland|portugal|romania|slovakia|slovenia|spain|sweden", "eu_users", True),
    _pm(r"gdpr", ("eu_users", True), ("regulations", ("gdpr",))),
    _pm(r"(?:eu )?ai act", ("eu_users", True), ("regulations", ("eu_ai_act",))),
    _p(r"(?:us|u\.s\.|usa|united states|north america|domestic) only|only (?:in )?(?:the )?(?:us|u\.s\.|usa"
       r"|united states)", "eu_users", False, 1),
    # recording
    _p(r"record(?:s|ed|ing)? (?:the |all |every |each |our |their )?(?:calls?|conversations?|audio|anything|everything"
       r"|them)|call recordings?|recordings?|<start><recording>", "records_calls", True),
    _p(r"transcripts?|transcrib(?:e|es|ed|ing)|transcriptions?", "records_calls", True, 1),
    _pm(r"recording (?:consent|disclosures?|laws?)|(?:two|all|one)~party consent|wiretap(?:ping)? laws?",
        ("records_calls", True), ("regulations", ("recording_consent",))),
    # production
    _p(r"production(?:~ready|~grade)?|prod|go(?:ing)? live|launch(?:ing|es)?|at scale|scal(?:e|ing) (?:to|up)",
       "production", True),
    _p(r"prototypes?|prototyping|proof of concept|pocs?|demos?|hackathon|side project|experiment(?:s|ing)?|sandbox"
       r"|just testing", "production", False),
    # regulations named
    _p(r"tcpa|telephone consumer protection act", "regulations", ("tcpa",)),
    _pm(r"hipaa", ("regulations", ("hipaa",)), ("industry", "healthcare"), priority=1),
    _pm(r"fdcpa|regulation f|reg f", ("regulations", ("fdcpa",)), ("industry", "debt_collection"), priority=1),
    _p(r"(?:ai|bot) disclosures?|disclose (?:that )?(?:it(?:'s| is) )?(?:an? )?(?:ai|bot)|bot (?:disclosure )?laws?"
       r"|sb~1001", "regulations", ("ai_disclosure",)),
    _p(r"ccpa|cpra|california (?:privacy|consumer privacy act)", "regulations", ("ccpa",)),
    _p(r"10~dlc|a2p(?: 10~dlc)?|toll~free verification", "regulations", ("a2p_10dlc",)),
    _p(r"stir(?:/| |-)?shaken|shaken(?:/| |-)?stir|caller~id attestation", "regulations", ("stir_shaken",)),
    _pm(r"whats~app (?:business |commerce )?polic(?:y|ies)|whats~app templates?|24~hour (?:session )?window",
        ("regulations", ("whatsapp_policy",)), ("channels", ("whatsapp",))),
    _p(r"casl|crtc", "regulations", ("canada_crtc_casl",)),
)

STACK_PHRASES: tuple[Phrase, ...] = (
    # cloud and llm
    _pm(r"azure openai", ("llm", "azure_openai"), ("cloud", "azure"), priority=3),
    _pm(r"(?:aws |amazon )?bedrock(?: agents?| agentcore)?", ("llm", "bedrock"), ("cloud", "aws"), priority=3),
    _p(r"azure|microsoft agent framework|ai foundry|foundry|aks|app service|container apps|cosmos~db",
       "cloud", "azure"),
    _p(r"aws|amazon web services|lambda|ecs|fargate|eks|strands|agent~core|dynamo~db", "cloud", "aws"),
    _p(r"gcp|google cloud(?! (?:speech|text))|cloud run|vercel|heroku|render\.com|fly\.io|railway|digital~ocean"
       r"|cloud~agnostic|any cloud|on~prem(?:ise|ises)?|self~hosted", "cloud", "any"),
    _p(r"openai|open ai", "llm", "openai", 2),
    _p(r"chat~gpt|gpt(?:-?\d[\w.]*)?(?:-?(?:turbo|mini|o))?|o[134](?:-mini)?", "llm", "openai", 1),
    _p(r"anthropic", "llm", "anthropic", 2),
    _p(r"claude(?: \d(?:\.\d)?)?(?: (?:sonnet|opus|haiku))?", "llm", "anthropic", 1),
    _p(r"google gemini|gemini(?: \d(?:\.\d)?)?(?: (?:pro|flash))?", "llm", "google", 2),
    _p(r"llama|mistral|cohere|deepseek|qwen|grok", "llm", "other", 1),
    # team language
    _p(r"python|django|flask|fast~api", "team_language", "python"),
    _p(r"type~script|node(?:\.?js)?|java~script|express(?:\.js| server| app| routes?)|nest~?js|deno",
       "team_language", "typescript"),
    _p(r"java|c#|asp\.net|\.net|dotnet|golang|ruby(?: on rails)?|rails (?:app|backend|server)|php|kotlin|laravel"
       r"|spring boot|elixir|rust", "team_language", "other"),
    # transport and control
    _p(r"raw audio|audio streams?|noise (?:cancell?ation|suppression|reduction)|(?:speaker )?diari[sz]ation|(?:our"
       r"|my) own (?:stt|tts|speech (?:recognition|engine|models?)|asr)|custom (?:stt|tts|asr|speech|audio"
       r"|voice)(?: pipeline| engine| models?)?|bring (?:our|my) own (?:stt|tts|asr|speech|voice)|audio processing"
       r"|bidirectional audio|mu~law|speech~to~speech|voice biometrics", "needs_raw_audio", True),
    _p(r"media streams?|<stream>", "needs_raw_audio", True, 1),
    _p(r"managed (?:stt|tts|speech)", "needs_raw_audio", False, 1),
    _p(r"full control|low~level|raw (?:conversation~relay )?events|protocol (?:events|level)|fine~grained control"
       r"|control (?:over|of) the web~socket", "needs_low_level_control", True),
    _p(r"(?:existing|current|our own|in~house|already (?:have|run|running|has)(?: an?)?) web~socket (?:servers?"
       r"|infrastructure|backend|services?|stack)", "existing_websocket_server", True),
    _p(r"twilio (?:functions?|serverless)|serverless functions? on twilio", "uses_twilio_functions", True),
    _p(r"(?P<n>\d[\d,]{0,15}(?:\.\d+)?k?) (?:simultaneous|concurrent|parallel) (?:phone )?calls",
       "peak_concurrent_calls", COUNT),
    # GA wants
    _p(r"boomerang|hand(?:s|ing)?(?: it| the (?:call|conversation))? back to the (?:ai|bot|agent)|(?:return|go|goes"
       r"|come|comes) back to the (?:ai|bot)", "wants", ("boomerang_handback",)),
    _p(r"agent assist|(?:ai )?co~pilot (?:for|during|while)(?: our| the)? (?:human|live|support)|whisper (?:coaching"
       r"|to the agent)|suggest(?:ions|ed replies)? (?:for|to) (?:human |live )?agents", "wants", ("ai_copilot",)),
    _p(r"outbound orchestration|orchestrat(?:e|ing) outbound|outbound campaigns?",
       "wants", ("outbound_orchestration",)),
    _p(r"dashboards?", "wants", ("native_dashboards",)),
    _p(r"turn~taking|primary channel", "wants", ("turn_taking",)),
    _p(r"scoped tokens?|delegated (?:authority|access)|act on (?:their|the customer's|my) behalf",
       "wants", ("scoped_tokens",)),
    _p(r"email (?:a |the )?summar(?:y|ies)|summar(?:y|ies) (?:by|via) email|send (?:them |the customer )?an email"
       r"|email (?:recap|follow~up)s?|sendgrid", "wants", ("email_summaries",)),
    # voice priority
    _p(r"(?:low|lowest|minimal|sub~second) latency|latency|fast(?:est)? responses?|snappy|no lag",
       "priority", "latency"),
    _p(r"natural(?:~sounding)? voices?|voice quality|premium (?:voice|experience)|human~like|lifelike"
       r"|realistic voices?|sounds? (?:natural|human)", "priority", "quality"),
    _p(r"cheap(?:est)?|low cost|cost~effective|budget|high volume|at volume|costs?|inexpensive", "priority", "cost", 1),
    _p(r"multi~lingual|many languages|language coverage|multiple languages|dozens of languages|several languages",
       "priority", "languages"),
    # providers
    _p(r"deepgram|nova~[23](?:~general)?", "stt_provider", "deepgram"),
    _p(r"google (?:cloud )?(?:(?:for|as) (?:our |the |its )?)?(?:stt|speech to text|speech recognition|speech api|asr)",
       "stt_provider", "google"),
    _p(r"eleven~labs", "tts_provider", "elevenlabs"),
    _p(r"(?:amazon |aws )?polly", "tts_provider", "amazon_polly"),
    _p(r"google (?:cloud )?(?:(?:for|as) (?:our |the |its )?)?(?:tts|text to speech|wavenet|neural2"
       r"|chirp)(?: voices?)?", "tts_provider", "google"),
)

#: Language names (and speakers) to BCP-47 base tags.
LANGUAGES: dict[str, str] = {
    "english": "en", "spanish": "es", "french": "fr", "german": "de", "portuguese": "pt", "italian": "it",
    "dutch": "nl", "japanese": "ja", "chinese": "zh", "mandarin": "zh", "cantonese": "yue", "korean": "ko",
    "hindi": "hi", "arabic": "ar", "russian": "ru", "turkish": "tr", "vietnamese": "vi", "swedish": "sv",
    "norwegian": "no", "danish": "da", "finnish": "fi", "greek": "el", "hebrew": "he", "thai": "th",
    "indonesian": "id", "tagalog": "tl", "filipino": "fil", "ukrainian": "uk", "czech": "cs", "romanian": "ro",
    "hungarian": "hu", "bengali": "bn", "tamil": "ta", "urdu": "ur", "malay": "ms", "punjabi": "pa",
    "persian": "fa", "farsi": "fa", "catalan": "ca", "swahili": "sw",
    # Words that are also ordinary English need the context of language.
    "polish (?:speakers|speaking|language|customers|callers|users)|in polish": "pl",
}

LANGUAGE_PHRASES: tuple[Phrase, ...] = tuple(
    _p(name if " " in name or "(" in name else rf"{name}(?:~speaking)?", "languages", (tag,))
    for name, tag in LANGUAGES.items()
)

PHRASES: tuple[Phrase, ...] = (
    CHANNEL_PHRASES + ESSENTIAL_PHRASES + CONTEXT_PHRASES + STACK_PHRASES + LANGUAGE_PHRASES
)

# --- Negation and hedging ------------------------------------------------------------------
#: Words that, shortly before a phrase in the same clause, negate it ("no human handoff").
NEGATORS: tuple[str, ...] = (
    "no", "not", "never", "without", "none", "nor", "neither", "skip", "skipping", "don't", "dont", "doesn't",
    "doesnt", "won't", "wont", "isn't", "aren't", "shouldn't", "needn't", "can't", "cannot", "didn't", "zero",
)
#: Negator words that do not negate in these pairs.
NOT_NEGATING: tuple[str, ...] = (
    "not only", "not just", "no matter", "no doubt", "not sure", "no idea", "never mind",
    "not forget", "never forget", "don't forget", "doesn't forget", "won't forget", "shouldn't forget", "cannot forget",
)
#: Hedges: a phrase after one of these in the same clause is too uncertain to pre-fill.
HEDGES: tuple[str, ...] = (
    "not sure", "unsure", "don't know", "dont know", "no idea", "whether", "maybe", "perhaps", "might",
    "do i need", "do we need", "should i", "should we", "wondering", "if we need", "if i need", "or not",
)
#: How many words before a phrase a negator or hedge may stand.
NEGATION_WINDOW = 5
#: Words that end a clause for negation purposes (besides . , ; : ! ? and line breaks).
CLAUSE_BREAKS: tuple[str, ...] = ("but", "and", "then", "so", "because", "though", "although", "however", "except",
                                  "when", "if", "unless", "while")
#: Negation after the phrase: "memory is not needed", "handoff: no".
NEGATED_AFTER = (r"^\s*[:=-]?\s*(?:(?:is|are|would be|will be)\s+)?(?:not|never|isn't|aren't|won't be)\s+(?:really\s+)?"
                 r"(?:needed|required|necessary|wanted|important|a (?:requirement|priority|must)|in scope|relevant)\b"
                 r"|^\s*(?:[:=]|-)\s*(?:no|none|false|off|n/?a)\b|^\s*(?:is|are)\s+out of scope\b")
#: Value a negated choice phrase sets (fields not listed are simply not pre-filled when negated).
NEGATED_CHOICE: dict[str, str] = {"intelligence": "none"}
