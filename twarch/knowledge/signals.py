"""What the user's own words tell us, as data: activation and specificity signals, and pre-fill phrases.

Two tables drive :mod:`twarch.reader.request`:

* :data:`SIGNALS` -- the playbook's "When This Skill Activates" triggers and Step 1's
  specificity cues. A signal may *activate* the advisor on its own, push the request toward
  a mode with a weight, or belong to a *group* that only counts in combination
  (:data:`COMBINATIONS`, e.g. an LLM named together with a phone channel: "LLM + phone").
* :data:`PHRASES` -- text that answers a qualification question: each phrase sets one or
  more answer fields. Single-valued fields are resolved by ``priority`` (higher wins; two
  different values at the same priority leave the field unanswered). A phrase may set nothing and only
  hide (the words of a volume per tenant hide the volume inside them).

Numbers have one grammar (the "Numbers" section: :func:`amount`, :data:`SHARE`, :data:`CONVERSIONS`), used by
every phrase that captures one (:data:`NUMBER`); volumes and shares are in :data:`VOLUME_PHRASES`. Who a
conversation is handed to is one family of people (:data:`_PEOPLE`, :data:`_ROLES`), not a list per phrase.

A negative weight holds a mode back: asking whether a plan "makes sense" is a request to check it, however
concrete the plan.

Pattern syntax (compiled once, lazily, by :mod:`twarch.reader.request`): ordinary ``re`` syntax,
matched case-insensitively between word boundaries, where a literal space means
"one or more spaces or hyphens" and ``~`` means "an optional space or hyphen"
(``real~time`` matches *realtime*, *real-time* and *real time*). Use ``\\s`` where an exact
single space is needed (inside look-behinds). ``(?-i:...)`` makes a part case-sensitive.

Keep every pattern linear: a repetition that can fail after consuming a long run must either start
only where the run starts (``(?<![\\w-])`` before ``[\\w-]+``) or be bounded (``[\\w.]{0,80}``), or a
text of 4,000 hyphens or digits costs seconds (``benchmarks/bench_hostile.py`` times the worst cases).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


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
    """Words that answer questions: ``sets`` pairs an answer field with the value the words imply.

    Phrases compete (leftmost-longest) only with phrases for the same answer; ``hides`` names other answers
    whose phrases inside this one's words mean nothing ("data must stay in the EU" says where data lives,
    not that the users are in the EU).
    """

    pattern: str
    sets: tuple[tuple[str, object], ...]
    priority: int = 2
    hides: tuple[str, ...] = ()
    #: For a phrase setting :data:`GROUP`: each named group of the pattern and the value its words give.
    groups: tuple[tuple[str, object], ...] = ()
    #: Answers these words only hint at: they count one priority lower than the others the phrase sets.
    hints: tuple[str, ...] = ()
    #: What the rest of the request (or an answer given) must say for these words to answer: each field with its
    #: value, or :data:`ANY` for any answer at all. "400 salons" counts tenants only when the request is an ISV's.
    requires: tuple[tuple[str, object], ...] = ()

    def priority_for(self, field: str) -> int:
        return self.priority - 1 if field in self.hints else self.priority


# --- Mode thresholds (Step 1) -------------------------------------------------------------
#: Implementation detail strong enough on its own for build mode.
BUILD_AT = 2.5
#: Implementation detail enough for build mode when aimed at a named product.
BUILD_WITH_PRODUCT_AT = 1.5
#: Named products (or chosen components) enough for validation mode.
VALIDATION_AT = 2.0
#: Every activated request starts with this much discovery: the default mode.
DISCOVERY_BASE = 1.0

VALIDATION = "validation"
BUILD = "build"
DISCOVERY = "discovery"


def _act(label: str, pattern: str, *weights: tuple[str, float]) -> Signal:
    return Signal(label, pattern, True, tuple(weights))


def _cue(label: str, pattern: str, *weights: tuple[str, float]) -> Signal:
    return Signal(label, pattern, False, tuple(weights))


def _member(group: str, label: str, pattern: str, *weights: tuple[str, float]) -> Signal:
    """A signal that activates only together with the other groups of a :data:`COMBINATIONS` entry; its
    ``weights`` (if any) count whether or not it activates."""
    return Signal(label, pattern, False, tuple(weights), group)


#: One word in a run of them, hyphenated or not ("past-due", "state-of-the-art"), and the separator after it. A word
#: of any word characters and hyphens before a separator that also takes hyphens splits a run of hyphens in as many
#: ways as it is long (cubic work on "our" and 4,000 hyphens); this one starts with a word character and has at
#: most four parts, so a run splits in a bounded number of ways.
_WORD = r"(?:\w+(?:-\w+){0,3} )"
#: Put before a pattern whose every alternative starts with a letter: a run of punctuation or digits then costs one
#: test a character, not one per alternative.
_LETTER = r"(?=[^\W\d_])"
#: People whose work is answering conversations: a count of them is a count of seats.
_ANSWERERS = (r"(?:agents?|reps?|representatives?|call~takers?|(?:contact|call) cent(?:er|re) (?:staff|employees"
              r"|team members|people)|(?:customer )?(?:support|service|care) (?:staff|team members|people))(?!\w)")
#: Words before "agents" or "reps" that make them someone else: the AI, or agents who sell houses and trips.
_NOT_ANSWERERS = (r"(?:ai|voice|virtual|digital|autonomous|bot|real|estate|travel|letting|property|insurance|field"
                  r"|free|secret|talent|user|shipping|booking)")
#: What says the people counted answer conversations: "who take the escalations", "in Flex", "on the phones".
_ANSWERING = (r"(?: (?:(?:who|that|which|to) )?(?:(?:will|would|can|also|all|then) )?(?:take|takes|taking|answer"
              r"|answers|answering|handle|handles|handling|field|fields|fielding|pick up|picks up|picking up|work"
              r"|works|working|staff|staffs|staffing|man|mans|manning|cover|covers|covering) (?:the |our |all "
              r"|incoming |inbound |escalated |live |those |these )?(?:calls|phones|escalations|transfers|hand~offs"
              r"|handovers|chats|conversations|queues?|lines|contact cent(?:er|re)|call cent(?:er|re))(?!\w)"
              r"| (?:(?:who|that) )?(?:(?:are|work|sit|log) )?(?:in|on|into|using|at) (?:twilio )?flex(?!\w)"
              r"| (?:(?:who|that) )?(?:(?:are|work|sit) )?(?:in|at) (?:our|the|a) (?:contact|call) cent(?:er|re)"
              r"| on the phones)")
#: A business's own people, who take the calls an agent-assist AI listens to.
_STAFF = (r"(?:agents?|reps?|representatives?|adjusters?|staff|advis[eo]rs?|nurses?|employees|colleagues|"
          r"receptionists|call handlers|schedulers|coordinators|counsell?ors|pharmacists|technicians|clinicians|"
          r"collectors|bankers|brokers|underwriters|case~workers|"
          r"operators|dispatchers|(?:human|live) (?:agents?|people))(?!\w)")

SIGNALS: tuple[Signal, ...] = (
    # -- Activation: "When This Skill Activates" -------------------------------------------
    _act("AI agent", r"ai (?:voice |phone |chat |calling |support |sales |customer service |service )?agents?"),
    _act("AI agent", r"(?:agentic|autonomous) (?:ai|agents?)"),
    _act("voice bot", r"(?:voice|phone|calling|telephone)~bots?"),
    _act("voice agent", r"(?:voice|phone) agents?"),
    _act("chatbot", r"chat~bots?"),
    _act("virtual assistant", r"(?:virtual|digital|ai|intelligent|smart|voice|phone|automated|robot) (?:assistants?"
                              r"|receptionists?|concierges?|co~pilots?|reps?|representatives?)"),
    # Something that answers the phone for you is an agent on a phone line, whatever it is called.
    _act("answers the phone", r"(?:something|a system|software|a tool|an app|a service|a machine|a program)"
                              r" (?:that |which |to )?(?:can )?(?:answers?|picks? up|handles?|takes?) (?:our |the "
                              r"|my |all |incoming |inbound )?(?:phones?|calls?|phone calls)"
                              # "want something that answers, takes the details ...", "we want the phone answered"
                              r"|(?:something|a system|software|a tool|an app|a service|a machine|a program)"
                              r" (?:that|which) (?:can )?(?:answers?|picks? up)"
                              r"(?=\s*(?:[,.;!]|$| (?:and|while|when|whenever|if|for)\b))"
                              r"|(?:want|need|like|get|have) (?:the|our|my|all|every|incoming) (?:phones?|calls?"
                              r"|phone calls|phone lines?|lines?) (?:answered|picked up)"),
    # The business calling its own people: "we'd like to call patients", "we want to call and text our members".
    _act("calls its contacts", _LETTER + r"(?:we|i)(?:'d| would)? (?:like|want|need|plan|hope|intend) to (?:call"
                               r"|phone|ring)"
                               r"(?: (?:and|or|/) (?:text|sms|message|whats~app|email))? (?:\w+ ){0,2}?(?:customers?"
                               r"|patients?|clients?|members?|guests?|leads|borrowers|debtors|tenants|residents|parents"
                               r"|students|donors|policy~holders|subscribers|users|families|home~owners|buyers"
                               r"|shoppers|passengers|travell?ers|applicants|candidates)(?!\w)"),
    # Spanish, Portuguese and French words for an AI agent: "agente virtual", "assistente de IA", "agent vocal IA".
    _act("AI agent", _LETTER + r"(?:agentes?|asistentes?|assistentes?|assistants?) (?:virtua(?:l|is|les|els?)"
                     r"|de (?:ia|voz)"
                     r"|inteligentes?|conversaciona(?:l|les)|conversaciona(?:l|is)|ia)|agents? (?:vocal|vocaux"
                     r"|virtuels?|conversationnels?)(?: ia)?|(?:intelig[eê]ncia|inteligencia) artificial"
                     r"|intelligence artificielle"),
    # German: "ein KI-Sprachagent", "KI-Telefonassistent", "virtueller Assistent".
    _act("AI agent", _LETTER + r"(?:ki~(?:sprach|telefon|voice)?~?(?:agent(?:en)?|assistent(?:en)?|bots?)"
                     r"|(?:sprach|telefon)~?(?:agent(?:en)?|assistent(?:en)?)|virtuelle[rn]? (?:agent(?:en)?"
                     r"|assistent(?:en)?))"),
    _act("virtual agent", r"virtual agents?"),
    _act("voice AI", r"(?:voice|phone|conversational|generative|gen)~ai"),
    _act("AI voice", r"ai (?:powered |driven )?(?:voice|phone|calls?|callers?|calling|dialers?|chat|texting|sms"
                     r"|answering|receptionist|ivr|help~lines?|hot~lines?|phone lines?|(?:support |service )?lines?)"),
    _act("smart IVR", r"(?:intelligent|smart|conversational|natural language|nlu) ivrs?"),
    # A product named in TwiML form (<Connect><ConversationRelay>) is still a named product, not build detail.
    _act("ConversationRelay", r"(?:<connect>\s*)?<?conversation~relay(?:\s*/?>)?", (VALIDATION, 2.0)),
    _act("speech-to-text", r"speech to text|stt|speech recognition|asr"),
    _act("text-to-speech", r"text to speech|tts|speech synthesis"),
    _act("real-time voice", r"real~time (?:voice|speech|audio conversations?)"),
    _act("AI customer service", r"ai (?:powered |driven |based )?(?:customer )?(?:service|support|help~desk)"),
    _act("automated support", r"automat(?:ed|e|ing) (?:customer )?(?:support|service|phone support|help~desk)"),
    _act("automated support", r"(?:support|service) automation"),
    _act("conversational AI", r"conversational (?:ai|agents?|assistants?)"),
    _act("Conversation Memory", r"conversation memory", (VALIDATION, 2.0)),
    _act("Conversation Intelligence", r"conversation intelligence", (VALIDATION, 2.0)),
    _act("Conversation Orchestrator", r"conversation orchestrator", (VALIDATION, 2.0)),
    _act("Agent Connect", r"(?:twilio )?agent connect(?: sdk)?", (VALIDATION, 2.0)),
    _act("TAC", r"tac(?: sdk)?", (VALIDATION, 2.0)),
    # A package named is a product chosen; installing it ("pip install ...") is the build detail.
    _act("Agent Connect package", r"(?:twilio-agent-connect|tac)-(?:aws|microsoft|azure|google|typescript)"
                                  r"|twilio-agent-connect", (VALIDATION, 2.0), (BUILD, 0.5)),
    # Agent Connect's and Conversation Memory's own settings are named only by people building on them.
    _act("Agent Connect setting", r"(?-i:TWILIO_CONVERSATION_CONFIGURATION_ID|TWILIO_MEMORY_STORE_ID|MEMORY_STORE_ID)"
                                  r"|conversation configuration(?: id| sid)?s?", (VALIDATION, 1.0)),
    _act("Language Operators", r"language operators?", (VALIDATION, 2.0)),
    _act("Voice Intelligence", r"voice intelligence", (VALIDATION, 2.0)),
    _act("Voice Live", r"(?:azure )?(?:ai )?voice live", (VALIDATION, 1.0)),
    # Another vendor's conversational AI platform, chosen: an AI agent on a phone line when a channel is named too.
    _member("llm", "conversational platform", r"dialog~flow(?: cx| es)?|(?:amazon |aws )lex(?: v2)?|lex (?:v2|bots?)"
                                              r"|cx agent studio", (VALIDATION, 1.0)),
    # -- Combinations: an LLM or "AI" together with a Twilio channel -------------------------
    # An LLM that wrote someone's code ("ChatGPT wrote me this function") is a tool, not a part of the design.
    _member("llm", "LLM", r"(?:llms?|large language models?|language models?|gpt(?:-?\d[\w.]*)?(?:-?(?:turbo|mini|o))?"
                          r"|chatgpt|openai|claude|anthropic|gemini|bedrock|llama|mistral)(?! (?:wrote|generated|gave"
                          r"|suggested|told|says|said|made|produced|spat out|write|generate|draft))"),
    # A bot in a chat-ops tool (a Slack bot posting alerts) talks to the team, not to customers.
    _member("ai", "AI", r"ai|a\.i\.|artificial intelligence|bots?|genai|gen ai"),
    # A group in no combination masks the words it covers: a team's chat-ops bot is not a customer-facing agent.
    # "No AI involved, just the send": AI denied is no AI (a group in no combination masks the words it covers).
    _member("no AI", "no AI", _LETTER + r"(?:no|without|not|non|zero)~(?:ai|a\.i\.|bots?|llms?|artificial intelligence)"
                              r"(?: (?:involved|needed|required|at all|whatsoever))?"),
    # Twilio denied ("we don't use Twilio for anything", "not on Twilio"): the request is for another platform, and
    # nothing in it activates the advisor (:data:`STOPS`). Not "we don't use Twilio yet".
    # (one of Twilio's products denied is not Twilio denied: "without Twilio Flex")
    _member("no Twilio", "no Twilio", _LETTER + r"(?:(?:don't|do not|doesn't|does not|never|won't|will not) (?:use"
                                      r"|run on|need|want)|not (?:on|using|via|through)|without) twilio(?! (?:yet"
                                      r"|today|currently|at the moment|now|flex|studio|functions|sync|segment|voice"
                                      r"|messaging|verify|conversations|task~router|'s))(?: for anything| at all)?"),
    _member("team tool", "team bot", r"(?:slack|discord|teams|telegram|github|jira|moderation|ops|devops|monitoring"
                                     r"|alerting) " + _WORD + r"?bots?"),
    # An assistant, concierge or bot on a channel is an agent too ("an assistant that picks up our calls").
    _member("ai", "assistant", r"(?<!executive\s)(?<!personal\s)(?<!human\s)(?<!legal\s)(?<!medical\s)"
                               r"(?<!dental\s)assistants?|concierges?|co~pilots?|voice~bots?|phone~bots?|chat~bots?"
                               # Spanish and Portuguese: "un agente en WhatsApp", "um assistente no WhatsApp"
                               r"|agentes?|asistentes?|assistentes?|(?:con|com|avec) (?-i:IA)"),
    # A line that must speak languages is a machine that converses: "our helpline has to handle Arabic and Farsi".
    _member("ai", "speaks languages", _LETTER + r"(?:has to|have to|must|should|needs? to) (?:handle|speak|understand"
                                      r"|converse in|answer in|reply in|respond in|cope with) (?-i:[A-Z])\w+"
                                      r"(?:, (?-i:[A-Z])\w+)*(?:,? (?:and|or) (?-i:[A-Z])\w+)"),
    # Talk of a person taking over says something else answers first: "15% will need a human", "no human hand-off".
    _member("handoff", "human hand-off", _LETTER + r"(?:need|needs|needing|want|wants|ask for|asks for|require"
                                         r"|requires)"
                                         r" (?:a|to (?:speak|talk) (?:to|with) a) (?:human|real person|person)"
                                         r"|human hand~(?:off|over)s?|hand(?:s|ed)?~(?:off|over) to (?:a )?human"),
    # Speech engines on a phone line are a real-time voice pipeline (the playbook's speech-to-text trigger).
    _member("speech", "Deepgram", r"deepgram", (VALIDATION, 1.0), (BUILD, 0.5)),
    _member("speech", "ElevenLabs", r"eleven~labs", (VALIDATION, 1.0), (BUILD, 0.5)),
    # Polly is also the everyday voice of <Say>, so it is a component chosen but no sign of an AI agent.
    _cue("Amazon Polly", r"(?:amazon |aws )?polly", (VALIDATION, 1.0), (BUILD, 0.5)),
    _member("speech", "Google STT/TTS", r"google (?:cloud )?(?:(?:for|as) (?:our |the |its )?)?(?:stt|tts|speech to "
                                        r"text|text to speech|speech recognition|wavenet)", (VALIDATION, 1.0),
            (BUILD, 0.5)),
    _member("speech", "speech engine", r"(?-i:Whisper)|openai whisper|whisper (?:models?|api|pipeline|stt)"
                                       r"|assembly~ai|cartesia|speechmatics|azure (?:ai )?speech|gladia|rime",
            (VALIDATION, 1.0)),
    _member("speech", "realtime model", r"(?:openai |gpt~)?realtime (?:api|models?)|gpt~realtime|gpt~live"
                                        r"|speech~to~speech(?: models?)?|nova sonic|gemini live", (VALIDATION, 1.0)),
    _member("channel", "phone", r"phones?|phone numbers?|telephony|telephone|ivr|hot~lines?|help~lines?"
                                r"|call cent(?:er|re)s?"
                                r"|answering services?|(?:call|phone) answering|(?<='s\s)mobiles?|mobile (?:phones?"
                                r"|numbers?)|cell ?phones?|landlines?"
                                r"|(?<!api\s)(?<!tool\s)(?<!function\s)(?<!llm\s)calls?|calling|callers?"),
    _member("channel", "Twilio", r"twilio(?: voice| messaging| programmable voice)?"),
    _member("channel", "messaging", r"sms|text messages?|texting|whatsapp|rcs|messaging"),
    _member("channel", "web chat", r"web~chat|web~?site chat|chat widgets?|live chat|in~app chat|app chat"
                                   r"|chat on (?:our|the|my) (?:web~?site|site|app)|(?:on|for|to) (?:our|the|my)"
                                   r" (?:web~?site|site|app)"),
    _member("channel", "phone", r"(?:rings?|ringing|phones|dials?) (?:our |the |their |my )?" + _WORD + r"?(?:patients"
                                r"|customers|clients|members|leads|people|guests|tenants|passengers|residents|us"
                                r"|them|back)"),
    _member("channel", "messaging", r"(?:by|over|via) text"),
    # Texting people, or people texting: "we text customers", "members text us", "guests WhatsApp us".
    _member("channel", "messaging", _LETTER + r"(?:texts?|texting|sms|whats~app|whats~apps) (?:us|them|back|(?:our "
                                    r"|the |their "
                                    r"|my )?(?:\w+ )?(?:customers|clients|patients|members|guests|tenants|residents"
                                    r"|leads|students|parents))(?!\w)"),
    # Spanish, Portuguese and French calls and phones.
    _member("channel", "phone", _LETTER + r"(?:llamadas?|chamadas?|liga[cç][oõ]es|appels?|tel[eé]fonos?|telefones?"
                                r"|t[eé]l[eé]phone|(?:por|pelo|par) tel[eé])"),
    # Media Streams is a product named (validation) and a Twilio voice channel (activation with speech or an LLM).
    _member("channel", "Media Streams", r"media streams?|(?:<(?:connect|start)>\s*)?<stream\s*/?>", (VALIDATION, 2.0)),
    # -- Validation: products named (they've chosen) ----------------------------------------
    _cue("TaskRouter", r"task~router", (VALIDATION, 2.0)),
    _cue("Flex", r"(?:twilio )?flex", (VALIDATION, 2.0)),
    _act("Memory Store", r"(?<!in-)(?<!in\s)memory stores?", (VALIDATION, 1.5)),
    _cue("Twilio Functions", r"twilio (?:functions?|serverless)", (VALIDATION, 1.0)),
    _cue("Twilio Sync", r"twilio sync", (VALIDATION, 1.0)),
    _cue("Segment", r"segment(?: bridge| cdp)|twilio segment", (VALIDATION, 1.0)),
    _cue("Twilio Studio", r"(?:twilio )?studio flows?|twilio studio", (VALIDATION, 1.0)),
    _cue("semantic Recall", r"semantic recall", (VALIDATION, 1.0)),
    _cue("customer memory", r"customer memory|customer profiles?", (VALIDATION, 1.0)),
    _cue("<Pay>", r"<pay>|pay verb", (VALIDATION, 1.0), (BUILD, 2.0)),
    # -- Components chosen: STT/TTS providers are the "speech" group above --------------------
    _cue("nova-3", r"nova~[23](?:~general)?", (BUILD, 1.5)),
    # -- Build: implementation detail -------------------------------------------------------
    _cue("implementation verb", r"set(?:ting)?\s+up|configur(?:e|ing|ation)|implement(?:s|ing|ation)?|integrat(?:e|ing)"
                                r"|wir(?:e|ing)(?: up)?|hook(?:ing)? up", (BUILD, 1.5)),
    _cue("code", r"(?<!zip\s)(?<!area\s)(?<!country\s)(?<!promo\s)(?<!discount\s)(?<!postal\s)(?<!qr\s)code|coding"
                 r"|snippets?|sample code|boilerplate|scaffold(?:ing)?|script to", (BUILD, 1.5)),
    _cue("WebSocket handler", r"web~socket (?:handlers?|servers?|endpoints?|connections?|routes?|messages?|lifecycle)",
                              (BUILD, 2.0)),
    _cue("WebSocket", r"web~sockets?|wss?://\S+", (BUILD, 1.0)),
    _cue("handler", r"handlers?|middleware", (BUILD, 1.0)),
    _cue("endpoint", r"endpoints?|webhooks?|status callbacks?|action url|https?://\S+", (BUILD, 1.5)),
    _cue("TwiML", r"twiml|<(?:connect|start|recording|record|say|play|gather|dial|enqueue|language|redirect"
                  r"|hangup|pause)\s*/?>", (BUILD, 2.0)),
    # An order to write, wire or run code, at the start of a sentence ("Implement ...", "Stream X into Y").
    _cue("imperative", r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:please |pls |plz |now |just |can you |could you )?(?:implement"
                       r"|write|code|wire|stream|pipe|handle|parse|deploy|register|configure|debug|fix|refactor"
                       r"|generate|scaffold|persist|add|port|migrate|start me off|give me(?= (?:the |a )?(?:\w+ )?"
                       r"(?:dockerfile|code|commands?|script|handler|server|snippet))"
                       r"|create(?= (?:a |an |the )?(?:\w+ )?(?:call|webhook|endpoint"
                       r"|handler|server|function|route|twiml|web~socket|queue|workflow|sub~account|api|script))"
                       r"|show me(?= (?:the |some |sample |example )?(?:\w+ )?(?:code|snippet|implementation)| how to)"
                       # "Build our dialer", "Build a WebSocket consumer in Go": an order to write it, not an idea
                       r"|build(?= (?:our|my|the) |(?: \w+){1,6}? in (?:python|node|go|golang|typescript|java"
                       r"|javascript|c#|\.net|ruby|php|kotlin|rust|elixir)(?!\w)))",
                       (BUILD, 1.5)),
    _cue("deployment detail", r"sticky sessions?|load balancers?|(?-i:ALB|NLB)|docker(?:file)?|kubernetes|k8s"
                              r"|helm charts?|terraform|ci/cd|redis|(?:whatsapp |messaging )?senders?"
                              r"|(?:content |message )?templates?|messaging services?|sub~account sids?",
                              (BUILD, 1.0)),
    _cue("environment variable", r"env(?:ironment)? var(?:iable)?s?|\.env|(?-i:[A-Z][A-Z0-9]*_[A-Z0-9_]+)",
                                 (BUILD, 2.0)),
    _cue("identifier", r"(?-i:[a-z][a-z0-9]*_[a-z0-9_]+)|(?-i:[a-z]{2,}[A-Z][A-Za-z0-9]*)|[a-z_][\w.]{0,80}\(\)",
                       (BUILD, 2.0)),
    _cue("package install", r"(?:pip|npm|pnpm|yarn|uv) (?:install|add)|requirements\.txt|package\.json", (BUILD, 2.0)),
    _cue("source file", r"(?<![\w-])(?!(?:node|next|nest|vue|react|deno|nuxt|three|express)\.js)[\w-]+\.(?:py|ts|js"
                        r"|mjs|tsx|java|go|rb)", (BUILD, 2.0)),
    _cue("credentials", r"api keys?|auth tokens?|account sid|credentials|access tokens?", (BUILD, 1.5)),
    _cue("ngrok", r"ngrok|tunnel(?:ing)?", (BUILD, 1.5)),
    _cue("debugging", r"debug(?:ging)?|not working|doesn'?t work|error(?: code)? \d{4,5}|stack trace"
                      r"|timeouts? (?:error|issue)|fix(?:ing)? (?:the|my|a|this) (?:bug|error|issue)", (BUILD, 1.5)),
    _cue("protocol events", r"(?:setup|prompt|interrupt|dtmf|info|error) (?:events?|messages?)|dtmf|barge~in"
                            r"|interruption handling", (BUILD, 1.5)),
    _cue("SDK call", r"sdk (?:functions?|methods?|calls?|clients?)|client library", (BUILD, 1.5)),
    _cue("JSON payload", r"json|payloads?|schema", (BUILD, 1.0)),
    _cue("REST API", r"rest api|api (?:calls?|requests?)|curl|http (?:post|get)s?", (BUILD, 1.5)),
    _cue("script", r"(?:a |the )?(?:\w+ )?script (?:that|which|to)|skeleton|starter code|stub", (BUILD, 1.5)),
    _cue("error report", r"\d{5} " + _WORD + r"?error|fails? with|failing with|errors? with|throws|traceback"
                         r"|exception|timed out", (BUILD, 1.5)),
    # -- Validation: asking to check a plan, or saying it is already chosen ---------------------
    # A question about a plan is a request to check it, however concrete the plan (so it holds build back).
    _cue("asks to check", r"(?:the right|a good|the best|a sensible|a reasonable) (?:choice|approach|fit|call|tool"
                          r"|product|idea|option|design)|makes? sense|holds? up|sensible|viable|feasible|overkill"
                          r"|(?:ok|okay|enough|scale|work|a problem|correct|right|possible)(?=\s*\?)|sanity~check"
                          r"|keep up|could bite|gotchas?|pitfalls?|(?:am i|are we) missing|double~check|cope"
                          r"|makes? (?:more )?sense|(?:right|correct|ok|okay|sound|fine|enough)(?=[,\s]*(?:or\b|\?))"
                          r"|(?:work|cope|scale)(?= (?:in|with|for|at|on) [^?.!]{0,80}\?)"
                          r"|validate|review (?:my|our|this) (?:plan|design|architecture)|checking (?:my|our|this)"
                          r" (?:plan|design|architecture)|any gaps|gaps(?=\s*\?)|anything missing|what(?:'s| is"
                          r"| else) (?:am i |are we )?missing"
                          # "right call?", "will we hit the limits?"
                          r"|(?:right|good|wise|smart|sound) (?:call|move|choice|plan|bet)(?=\s*\?)"
                          r"|(?:will|would|could) (?:we|i|it|that|this) (?:hit|run into|exceed|break|outgrow)",
                          (VALIDATION, 1.5), (BUILD, -1.0)),
    # Asking what could go wrong with a plan is a request to check it, whatever components it names.
    _cue("asks about risks", _LETTER + r"(?:any (?:concerns|risks|red flags|issues|problems|downsides|drawbacks)"
                             r"|(?:anything|something) wrong)", (VALIDATION, 1.5), (BUILD, -1.5)),
    _cue("already chosen", r"(?:we|i)(?:'ve| have)? (?:chose|chosen|picked|selected|settled on|went with|gone with"
                           r"|decided on)|(?:we're|we are|i'm|i am) (?:using|running)|(?:our|my) (?:plan|proposed"
                           r" architecture|architecture|design|stack|setup) (?:is|:)"
                           # a plan written out at the start of a sentence: "Plan: ...", "Design for review: ..."
                           r"|(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?:the )?(?:plan|proposed (?:plan|architecture|design))"
                           r"|(?:plan|design|architecture) for review):", (VALIDATION, 1.0)),
    # -- Discovery: outcome-level wording ----------------------------------------------------
    _cue("wants to build", r"(?:i|we|i'd|we'd|i'm|we're) (?:want|would like|need|like|looking|hoping|planning|thinking"
                           r"|trying|going) to (?:build|create|make|launch|add|offer|start|deploy|automate)",
                           (DISCOVERY, 1.0)),
    _cue("help me plan", r"help (?:me|us) (?:plan|design|choose|decide|figure out|understand|think)", (DISCOVERY, 1.0)),
    _cue("open question", r"where (?:do|should) (?:i|we) (?:start|begin)|where to start|what do (?:i|we) need"
                          r"|which (?:twilio )?(?:products?|architecture|approach|option|services?)|best way|not sure"
                          r"|any (?:ideas|advice|recommendations)|what would you (?:recommend|suggest)",
                          (DISCOVERY, 1.0)),
    _cue("architecture", r"architectures?|recommend(?:ation)?s?|options|high~level|roadmap", (DISCOVERY, 1.0)),
    _cue("business outcome", r"customer (?:support|service|experience)|answer (?:customer )?questions|book(?:s"
                             r"|ing)? appointments|take orders|reduce (?:wait times|costs|call volume)|after~hours"
                             r"|handle (?:customer |incoming |inbound )?calls|improve (?:customer|support|our)",
                             (DISCOVERY, 1.0)),
)

#: Groups whose words stop activation outright: a request that says it does not use Twilio is not for this advisor.
STOPS: frozenset[str] = frozenset({"no Twilio"})
#: Groups whose words deny an agent ("no AI involved", "we don't use Twilio"): a request that says so and activates
#: nothing pre-fills nothing (its words describe no agent to design).
DENIALS: frozenset[str] = frozenset({"no AI", "no Twilio"})

COMBINATIONS: tuple[Combination, ...] = (
    Combination("human hand-off + phone", ("handoff", "channel")),
    Combination("LLM + phone", ("llm", "channel")),
    Combination("AI + phone", ("ai", "channel")),
    Combination("speech engine + phone", ("speech", "channel")),
)


# --- Pre-fill phrases ----------------------------------------------------------------------

#: A ``sets`` value meaning "the number captured by the pattern's ``n`` group", written as
#: :data:`AMOUNT_PARTS` allows, converted by the :data:`CONVERSIONS` groups that matched and checked against the
#: question: a count must come out a whole number, a share between 0 and 1; anything else is not an answer.
NUMBER = "{n}"
# --- Numbers, as people write them --------------------------------------------------------
#
# One grammar for every number the reader takes from a request: figures ("9,000", "9000", "1.5"), words ("three",
# "twenty-five"), a scale ("9k", "1.5M", "1.5 million", "forty thousand", "a million"), a range ("8-10k",
# "between 8,000 and 10,000", "3 or 4"), a percentage ("15%", "15 percent") and a ratio ("1 in 5"). How
# :mod:`twarch.reader.request` reads a captured number (``_amount``):
#
# * a range reads as its midpoint, the central estimate a monthly bill wants ("8-10k calls" is 9,000; answer the
#   question to price the top of it), and a scale written once applies to both ends ("8-10k" is 8,000-10,000);
# * a bound ("up to", "over", "at least") reads as the number it names;
# * a figure with exactly three digits after a point ("9.000") is no answer: much of Europe writes thousands so;
# * a figure straight after a currency sign, before a currency word, unit of time or percent sign (for a count), a
#   year after "since", "in", "by" ... ("in 2015"), and anything starting with 0 and a digit (a phone number) are
#   never read as a number of calls or messages.

#: Numbers written as words.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Words (and letters) after a number that scale it.
SCALES: dict[str, int] = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "million": 1_000_000,
                          "hundred": 100,
                          # Indian English: a lakh is a hundred thousand, a crore ten million ("2 lakh calls")
                          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}

_UNIT_WORDS = "|".join(word for word, value in NUMBER_WORDS.items() if value < 10)
_TEEN_WORDS = "|".join(word for word, value in NUMBER_WORDS.items() if 10 <= value < 20)
_TENS_WORDS = "|".join(word for word, value in NUMBER_WORDS.items() if value >= 20)
_WORD_NUMBER = rf"(?:(?:{_TENS_WORDS})(?: (?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|{_UNIT_WORDS})"
_SCALE = rf"(?:{'|'.join(SCALES)})(?![a-z])"
#: A year after a word that dates it ("since 2015", "in 2024") is not a quantity.
_NOT_A_YEAR = (r"(?:(?!(?:19|20)\d\d(?![\d,.]))|(?<!since\s)(?<!in\s)(?<!from\s)(?<!until\s)(?<!till\s)(?<!by\s)"
               r"(?<!before\s)(?<!after\s)(?<!during\s)(?<!year\s)(?<!fy\s))")
#: Digits: not inside another number, a price, a phone number (a leading 0) or a dotted name.
_FIGURE = (rf"(?<![$\u20ac\u00a3\u00a5#+/.,\d]){_NOT_A_YEAR}(?!0\d)(?:\d{{1,3}}(?:,\d{{3}}){{1,4}}|\d{{1,9}})"
           r"(?:\.\d{1,3})?")
#: Where a number can start (a digit or the first letter of a word above): a cheap test that spares every other
#: position the whole grammar.
_STARTS_A_NUMBER = rf"(?=[\d{''.join(sorted({word[0] for word in (*NUMBER_WORDS, 'between', 'half', 'a')}))}])"
#: One number, scaled or not.
_SCALED = rf"(?:(?:half )?an? (?:hundred|thousand|million)|(?:{_FIGURE}|{_WORD_NUMBER})(?: ?{_SCALE})?)"
_PLAIN = rf"(?:{_FIGURE}|{_WORD_NUMBER})"
#: Units of time and money, which a number of calls or messages is never followed by.
_UNITS = r"minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|dollars?|usd|euros?|eur|pounds?|gbp|bucks"
#: What follows a number of calls or messages never: a unit of time or money, or a percent sign.
_NOT_A_QUANTITY = rf"(?! ?(?=[a-z%])(?:{_UNITS}|cad|aud|chf|cents?|%|percent|per cent)(?![a-z]))"


#: The second end of a range ("8-10k", "3 to 5", "3 or 4"); one hyphen, so a run of hyphens splits one way only.
_TO = r"(?:\s*-\s*{0}|\s+(?:to|or)\s+{0})"


def amount(group: str = "n", scaled: bool = True, words: bool = True) -> str:
    """The pattern of one number or a range of two, captured as ``group`` (see the notes above): ``scaled`` for a
    quantity ("9k calls"; never followed by a unit of time or money), not for a length; ``words`` unless the words
    would read ordinary English as a number ("one of them")."""
    one = (_SCALED if words else rf"{_FIGURE}(?: ?{_SCALE})?") if scaled else (_PLAIN if words else _FIGURE)
    guard = _NOT_A_QUANTITY if scaled else ""
    return rf"{_STARTS_A_NUMBER}(?<!from\s)(?P<{group}>between {one} and {one}|{one}{_TO.format(one)}?){guard}"


#: A share: "15%", "10-15 percent", "1 in 5", "one out of ten".
SHARE = (rf"{_STARTS_A_NUMBER}(?P<n>(?:between {_PLAIN} and {_PLAIN}|{_PLAIN}{_TO.format(_PLAIN)}?)"
         rf" ?(?:%|percent|per cent|pct)|{_PLAIN} (?:in|out of) {_PLAIN})")
#: How ``_amount`` takes a captured number apart (the reader's helper patterns; the same words as above).
AMOUNT_PARTS = (rf"(?:between )?(?P<a>{_SCALED})(?: ?(?P<join>-|to|or|and|in|out of) ?(?P<b>{_SCALED}))?"
                r"(?: ?(?P<percent>%|percent|per cent|pct))?")
NUMBER_PARTS = (rf"(?:(?P<half>half )?(?P<article>an?) |(?P<figure>[\d,]+(?:\.\d+)?)|(?P<words>{_WORD_NUMBER}))"
                rf"(?: ?(?P<scale>{_SCALE}))?")
#: Named groups that convert the number a phrase captures into its question's unit. A volume per week or per year
#: becomes a volume per month (52 weeks or 1 year in 12 months); seconds become minutes; a containment rate (the
#: share the AI resolves without a person) becomes the escalation share. A volume per day or per hour is left
#: unread: how many days and hours a month the line is open is not in the words.
CONVERSIONS: dict[str, Callable[[float], float]] = {
    "per_week": lambda x: x * 52 / 12,
    "per_year": lambda x: x / 12,
    "seconds": lambda x: x / 60,
    "contained": lambda x: 1 - x,
}


#: A ``sets`` value meaning "the language tag captured by the pattern's ``tag`` group" (``language="en-GB"``).
TAG = "{tag}"
#: A ``sets`` value meaning "the value of the named group that matched" (see :func:`_grouped`).
GROUP = "{group}"
#: A :attr:`Phrase.requires` value meaning "answered, with any value" (for a list: at least one item).
ANY = "{any}"


@dataclass(frozen=True)
class Absent:
    """A :attr:`Phrase.requires` value meaning "not answered with this value" (for a list: without this item)."""

    value: object

    def __str__(self) -> str:
        return f"not {self.value}"


#: Words for where people work (Flex, a contact centre) say who takes a hand-off only when an AI talks first: when the
#: AI assists the people who answer (agent assist), nothing is handed over.
_UNLESS_ASSIST = (("wants", Absent("ai_copilot")),)


def _grouped(field: str, alternatives: dict[str, tuple[str, object]], suffix: str = "",
             requires: tuple[tuple[str, object], ...] = ()) -> Phrase:
    """One phrase for many alternatives, each a named group with its own value (``{group: (pattern, value)}``).

    Sixty countries as one pattern compile in a fraction of the time sixty patterns take, which keeps the
    command line's start fast; ``suffix`` follows whichever alternative matched. Every alternative starts with a
    letter, which is checked first: a run of punctuation costs one test a character, not one per alternative.
    """
    body = "|".join(f"(?P<{group}>{pattern})" for group, (pattern, _) in alternatives.items())
    return Phrase(f"(?=[^\\W\\d_])(?:{body}){suffix}", ((field, GROUP),),
                  groups=tuple((group, value) for group, (_, value) in alternatives.items()), requires=requires)


def _p(pattern: str, field: str, value: object, priority: int = 2, hides: tuple[str, ...] = (),
       requires: tuple[tuple[str, object], ...] = ()) -> Phrase:
    return Phrase(pattern, ((field, value),), priority, hides, requires=requires)


def _pm(pattern: str, *sets: tuple[str, object], priority: int = 2, hints: tuple[str, ...] = ()) -> Phrase:
    return Phrase(pattern, tuple(sets), priority, hints=hints)


#: "Our own / in-house / self-hosted ..." before an engine's name, up to two words between (never "voice": "our own
#: voice" is a persona, not an engine).
_OWN = (r"(?:(?:our|my|their) own|in~house|self~hosted|home~grown|proprietary|bring (?:our|my|your) own) "
        r"(?:(?!voice\b)\w+ ){0,2}?")


CHANNEL_PHRASES: tuple[Phrase, ...] = (
    _p(r"(?<!brand\s)(?<!of\s)(?<!your\s)voice(?! of the customer)|voice~mail|phones?|telephon(?:e|y)|ivr|hotline|pstn"
       r"|phone numbers?|call cent(?:er|re)s?|callers?|(?<!function\s)(?<!tool\s)calling|dial(?:s|ing|~in)?"
       r"|conversation~relay|media streams?|<stream\s*/?>|speech to text|text to speech|(?:voice|phone)~bots?"
       r"|ai callers?|dialers?|(?:support|service|customer service|reservations?|booking|claims|sales|help|phone)"
       r" lines?|help~lines?|hot~lines?|ring(?:s|ing)? (?:us|our|the|them|it)|phone (?:us|it|them)"
       r"|call(?= (?:or|and|/) (?:text|message|whats~app|email|sms) us)"
       # answering is the phone's: "AI answering", "an answering service", "call answering"
       r"|(?:ai|call|phone|telephone|virtual|automated|after~hours|out~of~hours|overflow|24/7) answering"
       r"|answering (?:services?|machines?)|answer(?:s|ing)? (?:one|a|our|the|their|its|every) (?:\w+ )?(?:phone )?"
       r"(?:numbers?|lines?)", "channels", ("voice",)),
    _p(r"(?<!api\s)(?<!tool\s)(?<!function\s)(?<!llm\s)(?<!rest\s)(?<!http\s)(?<!model\s)(?<!webhook\s)calls|(?:phone"
       r"|inbound|outbound|incoming|outgoing|voice|live|each|every|per|missed|sales|support|first|reminder) calls?"
       r"|call (?:us|in|back|center|centre)|on (?:a|the) call"
       # "call recordings", "an AI call", an AI receptionist (who answers the phone), French and Spanish calls
       r"|call (?:recordings?|audio|transcripts?)|ai calls?|(?:ai|virtual|digital) receptionists?|agents? voca(?:l|ux)"
       r"|appels?|llamadas?|chamadas?|liga[cç][oõ]es", "channels", ("voice",)),
    _p(r"sms|mms|text messag(?:es?|ing)|texting|texts|text (?:us|them|me|customers|back|reminders)"
       r"|text (?:the |our |their |each |every )?" + _WORD + r"{0,2}(?:an? )?(?:confirmations?|reminders?|links?"
       r"|receipts?|codes?|summar(?:y|ies)|updates?)(?!\w)|send(?:s|ing)? (?:\w+ ){0,2}?an? text(?!\w)"
       r"|(?:by|over|via) text|text and (?:phone|voice|calls?)|(?<=phone\sand\s)text|(?<=phone\sor\s)text"
       r"|(?<=calls\sand\s)text|(?<=voice\sand\s)text|text(?= or (?:message|call|phone|ring|whats~app|email))",
       "channels", ("sms",)),
    _p(r"whats~app", "channels", ("whatsapp",)),
    # Chats beside calls or emails are web chats: "the agent will answer claims calls and chats".
    _p(r"(?<=calls\sand\s)chats|(?<=calls\sor\s)chats|(?<=emails\sand\s)chats|chats (?:and|or) calls", "channels",
       ("chat",)),
    _p(r"rcs|rich communication services?", "channels", ("rcs",)),
    _p(r"web~chat|chat widgets?|live chat|website chat|site chat|in~app chat|chat windows?|chat on (?:our|the"
       r"|my|their) (?:\w+ )?(?:web~?site|site|app)|(?<!form\s)(?<!forms\s)(?:on|via|through|in) (?:our|the|my)"
       r" web~?site(?! "
       r"forms?)|web app", "channels",
       ("chat",)),
    _p(r"omni~channel|every channel|all (?:the )?channels", "channels", ("voice", "sms", "whatsapp", "rcs", "chat")),
)

#: Whose contacts, and who they are: "call our overdue customers", "ring patients", "text their leads".
_WHOSE = r"(?:our |my |the |their |your |all |past~due |existing |new |those |these )?" + _WORD + r"?"
_CONTACTS = (r"(?:customers|patients|leads|clients|debtors|members|borrowers|prospects|subscribers|donors|voters"
             r"|guests|students|parents|policy~holders|applicants|candidates|users|people|households|tenants|owners"
             r"|home~owners|residents|consumers|shoppers|buyers|families|seniors|passengers|travell?ers|accounts"
             r"|contacts|recipients|callers|no~shows)")
#: Calling (or calling and messaging) people first: "phone homeowners", "call and WhatsApp our patients".
_CALL_VERB = r"(?:call|calls|calling|phone|phones|phoning|ring|rings|ringing|dial|dials|dialing)"
_CALL_THEM = rf"{_CALL_VERB}(?: back)?(?: (?:and|or|/) (?:text|whats~app|message|sms|email))? {_WHOSE}{_CONTACTS}"
_TEXT_THEM = rf"(?:text|texts|texting|sms)(?! (?:with|from) )(?: (?:and|or|/) (?:call|phone|ring))? {_WHOSE}{_CONTACTS}"

#: Who a conversation can be handed to: a person, named as one or by a role. The AI itself ("our AI agent", "another
#: bot") is none of them, and neither is a person's thing ("the doctor's notes").
_PEOPLE = (r"(?:humans?|persons?|people|someone|somebody|staff(?: members?)?|staffers?|team members?|colleagues?"
           r"|co~workers?|employees?|(?:live |human |real )?(?:agents?|reps?|representatives?|operators?))")
_ROLES = (r"(?:teams?|desks?|departments?|queues?|receptionists?|nurses?|doctors?|physicians?|clinicians?|gp"
          r"|pharmacists?|dentists?|hygienists?|therapists?|counsell?ors?|psychologists?|midwi(?:fe|ves)|vets?"
          r"|veterinarians?|paramedics?|carers?|caregivers?|advis[eo]rs?|bankers?|brokers?|underwriters?|analysts?"
          r"|adjusters?|accountants?|lawyers?|attorneys?|solicitors?|paralegals?|officers?|planners?|dispatchers?"
          r"|technicians?|techs?|engineers?|mechanics?|specialists?|experts?|consultants?|coordinators?|schedulers?"
          r"|clerks?|concierges?|managers?|supervisors?|owners?|associates?|closers?|recruiters?|case~workers?"
          r"|stylists?|tutors?|teachers?|instructors?)")
_DETERMINER = r"(?:(?:a|an|the|our|their|your|my|one of (?:our|the|their|your)|some|another|any) )"
_PERSON = (rf"(?!(?:\w+ ){{0,2}}?(?:ai|bots?|virtual|digital|automated|robot|llms?|claude|gpt\w*|openai|gemini|llama"
           rf"|mistral|langchain|langgraph|sdk|api|software|tools?)(?!\w))(?:\w+ ){{0,2}}?(?:{_PEOPLE}"
           rf"|{_ROLES})(?!'s)(?! ai(?!\w))")
_TO_PERSON = rf"{_DETERMINER}?{_PERSON}"
#: A person as the subject of a sentence: "a human collector takes over", "staff take over".
_A_PERSON = rf"(?:{_DETERMINER}{_PERSON}|(?:staff|humans|people|someone|somebody)(?! ai(?!\w)))"
#: What a conversation is handed over with, but is not the conversation: "pass the summary to the nurse".
_NOT_THE_CONVERSATION = (r"(?!(?:\w+ ){0,2}?(?:summar(?:y|ies)|notes?|transcripts?|data|details|info(?:rmation)?|links?"
                         r"|reports?|files?|documents?|emails?|alerts?|notifications?|messages?|money|funds|payments?"
                         r"|balances?|recordings?|logs?|results?|insights?|analytics)(?!\w))")
#: Passing the conversation to a person: "transfer to a licensed adviser", "passes anything clinical to a
#: receptionist", "puts them through to the on-call nurse", "connects callers with a pharmacist". Sending,
#: forwarding and connecting say so only of a call or a caller ("send the summary to the team", "connect the SDK to
#: our agent" hand nothing over).
_PASSES_TO_PERSON = (rf"(?:transfer(?:s|red|ring)?|pass(?:es|ed|ing)?|hand(?:s|ed|ing)?|escalat(?:e|es|ed|ing)"
                     rf"|route[sd]?|routing|refer(?:s|red|ring)?) {_NOT_THE_CONVERSATION}(?:\w+ ){{0,3}}?"
                     rf"(?:(?:over|across|through|back|off|on|along|up|straight) )?(?:to|with) {_TO_PERSON}"
                     rf"|(?:send(?:s|ing)?|sent|forward(?:s|ed|ing)?|put(?:s|ting)?|connect(?:s|ed|ing)?)"
                     rf" (?:them|him|her|callers?|calls?|the call(?:er)?|the customer|customers|the conversation"
                     rf"|the chat|people"
                     rf"|patients)(?: (?:over|through|on|straight))? (?:to|with) {_TO_PERSON}")

#: Whose phone a call can be put through to: the business's people and places, never the caller's ("the engineer's",
#: "the salon's"; not "the customer's").
#: A word may come before the owner ("the on-call dentist's") and a second owner after it ("that company's on-call
#: technician's"); each word starts with a letter or digit, so a run of hyphens splits one way only.
_STAFFS = (r"(?:\w+(?:-\w+){0,2} )?(?!(?:customer|patient|caller|client|user|guest|member|tenant|person|someone"
           r"|their|his|her|your|my|debtor|borrower|lead|prospect|buyer|parent|student|resident|owner of the)'s)"
           r"\w+(?:-\w+){0,3}'s (?:(?:\w+(?:-\w+){0,2} )?\w+(?:-\w+){0,3}'s )?")
#: A phone a call can be put through to: someone's mobile, a desk's line, an on-call number.
_PHONE = (rf"(?:(?:{_STAFFS})(?:(?:own|personal|work|direct|desk|office|mobile|cell) )?(?:mobiles?|cell(?: ?phones?)?"
          r"|phones?|lines?|numbers?|landlines?|extensions?)|mobiles?|mobile (?:phones?|numbers?)|cell(?: ?phones?"
          r"| numbers?)|landlines?|phone (?:lines?|numbers?)|(?:direct|main|office|desk|duty|on~call|out~of~hours"
          r"|after~hours|emergency|store|shop|branch|clinic|salon|practice) (?:lines?|numbers?|phones?|mobiles?)"
          rf"|(?:\w+ )?{_ROLES} (?:lines?|numbers?|phones?|mobiles?))")
#: Passing a call on to a line: "transfers to the", "puts urgent jobs through to our", "hands off to the salon's" (not
#: a summary, a text or an alert sent to someone's phone; "goes to" only a desk, never a phone: "the reminder goes to
#: the patient's mobile" hands nothing over).
_NOT_A_CALL = (r"(?!(?:\w+ ){0,3}?(?:summar(?:y|ies)|notes?|texts?|sms|messages?|emails?|alerts?|notifications?|details"
               r"|links?|reminders?|reports?|transcripts?|recordings?|voice~?mails?|confirmations?|codes?|receipts?)"
               r"(?!\w))")
_TO_A_PHONE = (r"(?:transfer(?:s|red|ring)?|put(?:s|ting)? (?:\w+ ){0,4}?through|patch(?:es|ed|ing)? (?:\w+ ){0,2}?"
               r"through|pass(?:es|ed|ing)?|forward(?:s|ed|ing)?|route[sd]?|hand(?:s|ed)? (?:off|over)|rings? through)"
               rf" {_NOT_A_CALL}(?:(?:\w+|<\w+>) ){{0,3}}?to (?:the |our |their |a |an |its |each |his |her |that "
               r"|this |every )?")
_TO_A_LINE = rf"(?:go(?:es)? (?:\w+ ){{0,3}}?to (?:the |our |their |a |an |its |each |his |her )?|{_TO_A_PHONE})"

#: Contact-centre platforms other than Flex, by name: a hand-off to one is a transfer to the customer's own contact
#: centre (handoff_target own_contact_center), never TaskRouter and Flex.
_CC_PLATFORM = (r"(?:genesys(?: cloud| pure~?cloud| engage)?|nice(?: in~?contact| cxone)|cxone|five9|amazon connect"
                r"|avaya|talkdesk|8x8 contact cent(?:er|re)|cisco (?:webex contact cent(?:er|re)|ucce|uccx)"
                r"|ringcentral contact cent(?:er|re)|zendesk talk|dialpad|aircall|vonage contact cent(?:er|re))(?!\w)")

ESSENTIAL_PHRASES: tuple[Phrase, ...] = (
    # outcome
    _p(r"customer (?:service|support|care)|support (?:line|desk)|help~desk|inbound calls?",
       "outcome", "autonomous_service", 1),
    _p(r"faqs?|frequently asked questions|answer(?:s|ing)? (?:customer |common |their |basic )?questions|book(?:s"
       r"|ing)? (?:an? )?(?:appointments?|reservations?|tables?)|appointment (?:booking|scheduling)|schedul(?:e|es"
       r"|ing) appointments|reservations?|order status|where is my order|take (?:food |phone )?orders|ordering"
       r"|track(?:ing)? (?:their |my |an? )?orders?|receptionist|answer(?:s|ing)? (?:the |our |my |their )?phones?"
       r"|book(?:s|ing)? " + _WORD + r"{0,2}(?:visits?|jobs?|slots?|consultations?|appointments?|test drives?"
       r"|service calls?)|answer(?:s|ing)? " + _WORD + r"{0,3}calls", "outcome", "autonomous_service"),
    _p(r"reminders?|remind(?:s|ing)? (?:her|him|them|patients|customers|members|clients|people)|(?<!site\s)"
       r"(?<!land\s)(?<!property\s)(?<!building\s)surveys?|outreach|confirm(?:s|ing)? appointments"
       r"|appointment confirmations?"
       r"|notifications?|(?:warn|warning|alert|alerting|notify|notifying) (?:our |the |their )?(?:customers|patients"
       r"|residents|members)",
       "outcome", "outbound_calling"),
    # Calls named for what they do are both the outbound outcome and the outbound direction; the technical words for
    # who dials ("outbound", "outgoing calls") say only the direction: outbound calls may sell, remind or collect.
    _pm(r"(?:reminder|follow~up|courtesy|confirmation|collection|proactive) calls|(?:outbound|outreach|calling|call"
        r"|dialing|voice) (?:(?!sales )\w+ )?campaigns?|proactive outreach|robo~?calls?",
        ("outcome", "outbound_calling"), ("direction", "outbound")),
    _p(r"outbound|outgoing calls?|dial(?:s|ing)? out|cold~call(?:s|ing)?|telemarketing", "direction", "outbound"),
    # Who calls first is certain from these words; what the calls are for (the outcome) is only a hint.
    _pm(_CALL_THEM, ("direction", "outbound"), ("outcome", "outbound_calling"), hints=("outcome",)),
    # Only the verb answers the channels, so "call and WhatsApp our patients" still reads WhatsApp.
    _p(rf"{_CALL_VERB}(?=(?: (?:and|or|/) (?:text|whats~app|message|sms|email))? {_WHOSE}{_CONTACTS})", "channels",
       ("voice",)),
    _pm(r"(?:call|calls|calling|ring|rings|ringing|phone|phones|phoning) (?!us )" + _WORD + r"{1,2}back",
        ("direction", "outbound"), ("channels", ("voice",))),
    _pm(_TEXT_THEM, ("direction", "outbound"), ("channels", ("sms",)), ("outcome", "outbound_calling"),
        hints=("outcome",)),
    _pm(rf"(?:whats~app|whats~apping|message|messages|messaging) {_WHOSE}{_CONTACTS}", ("direction", "outbound"),
        priority=1),
    # (a count of employees alone is the company's size: "600 stores, about 12,000 employees")
    _p(r"internal (?:tools?|use|teams?|users?|help~desk|knowledge base|employees)|(?<![\d,]\s)(?<![\dk]\s)employees"
       # ... but the people an agent serves ("supports 5,000 employees"; the count itself stays unread)
       r"|(?:support(?:s|ing)?|serv(?:e|es|ing)|for|help(?:s|ing)?)(?= (?:our |its |their )?(?:about |around "
       r"|roughly |some |over |nearly )?" + amount(words=False) + r" employees)"
       r"|co~pilots?|for (?:our"
       r"|my) (?:support |sales |service )?(?:agents|reps|team|technicians)|it help~desk|back~office|field technicians",
       "outcome", "internal_tools"),
    _p(r"(?<!for\s)sales(?! (?:teams?|department|dept|floor|org|organi[sz]ation|managers?|directors?|staff|people"
       r"|reps?|representatives))|sell(?:s|ing)?|up~sell(?:s|ing)?|cross~sell(?:s|ing)?|lead "
       r"(?:generation|qualification)|qualif(?:y|ies|ying) (?:\w+ )?leads"
       r"|conversational commerce|shopping assistants?|product recommendations|book(?:s|ing)? (?:a )?demos?"
       # offering or suggesting things to buy, and a sales pipeline: leads, quotes, abandoned carts
       r"|(?:offer|suggest|recommend|propose|pitch)(?:s|ed|ing)? (?:\w+ ){0,3}?(?:add~ons?|bundles?|upgrades?"
       r"|renewals?|deals|discounts|extended warrant(?:y|ies)|accessories)(?!\w)|(?:web|hot|warm|new|inbound|sales)"
       r" leads|qualif(?:y|ies|ying) (?:them|prospects)|(?:requested|request|asked for) (?:a |an )?(?:\w+ )?quotes?"
       r"|abandon(?:ed|s)? (?:their |a |the )?(?:shopping )?carts?|cart (?:recovery|abandonment)",
       "outcome", "conversational_commerce"),
    # memory
    _p(r"remember(?:s|ing|ed)?|returning (?:customers?|callers?|users?|patients?|clients?)|recogni[sz]e (?:returning "
       r"|repeat )?(?:callers|customers|them)|(?:order|purchase|call|conversation|chat|interaction|account|customer"
       r"|patient) histor(?:y|ies)|past (?:interactions|conversations|orders|calls|purchases)|preferences"
       r"|personali[sz](?:ed|ation|e)|(?:context|memory) across (?:calls|sessions|channels|conversations)"
       r"|across sessions|conversation memory|customer memory|customer profiles?|know who(?:'s| is) calling"
       r"|semantic recall", "memory", True),
    # (a dental or vaccination recall is a check-up reminder, a product recall a withdrawal: neither is memory)
    _p(r"histor(?:y|ies)|memory|(?<!dental\s)(?<!vaccination\s)(?<!product\s)(?<!patient\s)(?<!safety\s)recall"
       r"(?!s)(?! (?:reminders?|calls?|campaigns?|notices?|letters?|visits?|appointments?|lists?)(?!\w))",
       "memory", True, 1),
    _p(r"(?:not|never|don't|doesn't|won't|shouldn't|cannot) forget", "memory", True),
    _p(r"stateless|(?:each|every) (?:call|conversation|session|chat) (?:is|being) independent|independent (?:calls"
       r"|sessions)|one~(?:off|time) (?:calls?|surveys?|interactions?)|forgets? (?:everything|each call)|fresh (?:each"
       r"|every) time", "memory", False),
    # intelligence
    _p(r"sentiment(?: analysis| detection)?|compliance monitoring|script adherence|coaching|churn (?:risk|signals?)"
       r"|conversation intelligence|language operators?|monitor(?:ing)? (?:calls|conversations|the agent)"
       r"|supervis(?:ion|e)|quality (?:assurance|monitoring)", "intelligence", "realtime", 1),
    _p(r"real~time (?:analytics|monitoring|sentiment|supervision|alerts|intelligence|insights)|live monitoring"
       # (not "mid-call" alone: it says when, as in "switch language mid-call", not that anyone watches; flagging
       # or alerting mid-call does)
       r"|(?:flag|flags|flagging|alert|alerts|alerting|detect|detects|detecting|spot|spots|spotting) (?:\w+ ){0,4}?"
       r"mid~(?:call|conversation)|real~time (?:language )?operators?|intervene"
       r"|alert(?:s|ed)? (?:\w+ ){0,3}(?:live|in real~time|immediately)"
       r"|live alerts?|(?:monitor|watch|listen|oversee|supervise|follow)(?:s|ed|ing)?"
       r"(?: (?:in on )?(?:the |our |its |every |each |live )?(?:calls?|conversations?|chats?|agents?|bots?))?"
       r" (?:in real~time|live|as (?:they|it) happens?)|(?:supervisors?|managers?|team leads?) (?:can |to |who |will )?"
       r"(?:(?:must|should|need to|needs to) be able to )?(?:monitor|watch|listen(?: in)?|oversee|barge|jump in"
       r"|take over|see (?:\w+ ){0,2}?live)", "intelligence", "realtime"),
    _p(r"analytics|insights|reporting", "intelligence", "post_call", 1),
    _p(r"post~(?:call|conversation|interaction)(?: analytics| analysis| review)?|(?:analy[sz]e|review|score)"
       r"(?: \w+){0,2} after (?:the|each|every) (?:call|conversation)|(?:qa|quality (?:assurance|checks?)) (?:after"
       r"|on) (?:the |each |every )?(?:call|conversation)s?|call summar(?:y|ies)|(?:bi|reporting) tools?",
       "intelligence", "post_call"),
    # handoff: words for it, and a conversation passed to a person (see _TO_PERSON)
    _p(r"escalat(?:e|es|ed|ing|ion|ions)|hand(?:s|ing|ed)?~(?:off|over)(?! to (?:the )?(?:<pay>|pay(?: verb)?(?!\w)"
       r"|payments?|ivr|menu|studio|flow|voicemail))|warm transfers?|(?:live|human|real)"
       r" (?:agents?|people|reps?|representatives?|operators?|support)|real person|humans?(?: in the loop)"
       r"|(?:needs?|requires?|involves?|involving) (?:a |an )?(?:human|person)|humans|human (?:takeover|fallback"
       r"|backup|operators?|staff|involvement)", "handoff", True),
    _p(r"task~router|(?:twilio )?flex", "handoff", True, requires=_UNLESS_ASSIST),
    _p(rf"{_PASSES_TO_PERSON}|(?:talk|talks|talking|speak|speaks|speaking|chat|chats|chatting)(?: directly)? (?:to"
       rf"|with) {_TO_PERSON}|(?:ask|asks|asking|request|requests|requesting|demand|demands) (?:for|to (?:speak|talk)"
       rf" (?:to|with)) {_TO_PERSON}|(?:loop|loops|looping|bring|brings|bringing) in {_TO_PERSON}"
       # A person joins or takes over: "gets one of our lawyers on the line", "a human should take over".
       rf"|(?:get|gets|getting|put|puts|putting|bring|brings|bringing|patch|patches|patching) {_TO_PERSON} (?:on"
       rf"|onto|into|in on) (?:the )?(?:line|call|phone|conversation|chat)|{_A_PERSON} (?:\w+ ){{0,2}}?(?:take"
       rf"|takes|taking) over|(?:take|takes|taking) over (?:the|a|that|this) (?:call|conversation|chat)"
       rf"|(?:reach|reaches|get to|gets to|go to|goes to|passed to) {_DETERMINER}?{_PEOPLE}(?! ai)",
       "handoff", True),
    _p(r"hybrid", "handoff", True, 1),
    # who takes the hand-off: a contact centre's agents in Flex, or a phone line (a desk, a role's phone, on call)
    _p(r"contact cent(?:er|re)s?|call cent(?:er|re) (?:agents?|teams?|staff|reps?)|task~router|(?:twilio )?flex"
       r"|agent desktops?", "handoff_target", "contact_center", requires=_UNLESS_ASSIST),
    # ... or a contact centre the customer already runs on another platform, reached by a SIP or phone transfer:
    # "our existing Genesys Cloud contact centre", "we're not moving our agents to Flex" (round 1, class I).
    _p(rf"{_CC_PLATFORM}|(?:our|their|the) (?:existing|current|own|in~house) (?:{_CC_PLATFORM} )?(?:contact|call) "
       r"cent(?:er|re)s?|(?:not|never|no plans? to|don't want to|do not want to) (?:be )?(?:mov|migrat|switch)(?:e|es"
       r"|ed|ing)? (?:\w+ ){0,3}?(?:to|onto|into) (?:twilio )?flex|(?:without|instead of|rather than|not (?:using|on)) "
       r"(?:twilio )?flex", "handoff_target", "own_contact_center", 3, hides=("handoff",)),
    _p(rf"{_TO_A_LINE}(?:[\w-]+'s )?(?:front desk|reception(?:ists?)?|on~call (?:\w+ )?(?:technicians?|techs?"
       r"|engineers?|doctors?|nurses?|vets?|managers?|person|staff|plumbers?|electricians?)|pharmacists?|(?:store"
       r"|shop|duty|branch|practice"
       r"|office|salon|site) managers?|owner)(?!\w)", "handoff_target", "phone_line"),
    # ... and a phone handed a call is a call: "puts urgent jobs through to the engineer's mobile" is voice too.
    _pm(rf"{_TO_A_PHONE}{_PHONE}(?!\w)", ("handoff_target", "phone_line"), ("channels", ("voice",))),
    # ... and a call that rings the owner: "if it's an emergency it should ring my mobile".
    _pm(r"(?:rings?|ringing|forward(?:s|ed)? (?:it |the call |calls )?to|put(?:s|ting)? (?:it|the call|them|callers?)"
        r" through to) (?:my|our) (?:own )?(?:mobiles?|cell(?: ?phones?)?|personal (?:phones?|numbers?|mobiles?)"
        r"|mobile (?:phones?|numbers?))(?!\w)", ("handoff_target", "phone_line"), ("channels", ("voice",))),
    _p(r"fully autonomous|pure(?:ly)? ai|ai only|without (?:any )?humans?", "handoff", False),
)

#: The businesses an ISV serves, each one a tenant: "400 salons", "hair salons", "each clinic".
_BUSINESSES = (r"(?:business(?:es)?|compan(?:y|ies)|firms?|agenc(?:y|ies)|clinics?|practices?|surger(?:y|ies)"
               r"|restaurants?|caf[eé]s?|shops?|stores?|salons?|barber~?shops?|spas?|gyms?|studios?|hotels?"
               r"|dealerships?|garages?|pharmac(?:y|ies)|brands?|franchisees?|offices?|schools?|charit(?:y|ies)"
               r"|landlords?|retailers?|merchants?|contractors?|customers?|clients?|tenants?)(?!\w)")
#: What an ISV sells its businesses: software, a platform, an AI agent.
_PRODUCT = (r"(?:software|saas|(?:a |our |the )?platform|(?:a |an |our |the )?(?:\w+ ){0,3}?(?:products?|apps?"
            r"|ai|agents?|receptionists?|assistants?|bots?|services?|solutions?|tools?))")

CONTEXT_PHRASES: tuple[Phrase, ...] = (
    # customer profile: an ISV, whose end customers each get their own (number, agent, rules)
    # (not "tenants" alone: a landlord's tenants rent homes)
    _p(r"multiple clients|our clients|for each (?:client|customer)|sub~accounts", "customer_profile",
       "isv"),
    # ... said outright, it outweighs the size of the company saying it ("a startup selling an AI receptionist to
    # salons" is an ISV).
    _p(r"isvs?|multi~tenant|white~label(?:ed)?|saas (?:platform|product) for|(?:each|every) (?:(?:one )?of (?:our"
       r"|the|those|these) )?(?:\w+ )?" + _BUSINESSES + r" (?:to )?(?:gets?|has|have|with|having) (?:its|their|his"
       r"|her) own|(?:platform|software|saas) for (?:\w+ ){0,2}?" + _BUSINESSES + r"|sell(?:s|ing)? " + _PRODUCT
       + r" to|(?:our )?(?:software|saas|platform) (?:is )?used by", "customer_profile", "isv", 3),
    _p(r"(?:give|offer|provide|sell)(?:s|ing)? (?:small |local |independent )?" + _WORD + r"{0,2}(?:businesses|clinics"
       r"|practices|restaurants|firms|agencies|companies|shops|stores|salons|dealerships) (?:an?|their own)"
       r"|(?:sub~?account|phone number|number|memory store) per (?:tenant|client|customer)", "customer_profile", "isv",
       3),
    _pm(r"(?:gives?|giving|offers?|offering|provides?|providing) (?:each|every|all) (?:(?:one )?of (?:our|its|their"
        r"|the) )?(?:" + amount(words=False) + r" )?" + _WORD + r"{0,2}?" + _BUSINESSES
        + r" (?:with )?(?:their|its) own",
        ("customer_profile", "isv"), ("tenants", NUMBER), priority=3),
    # (the words between start with a letter: over a run of digits and hyphens, a word may not start at each digit)
    _pm(amount(words=False) + r" (?:" + _LETTER + _WORD + r"){0,4}?" + _BUSINESSES
        + r" as (?:customers|clients|tenants)",
        ("customer_profile", "isv"), ("tenants", NUMBER), priority=3),
    _p(amount(words=False) + r" " + _WORD + r"?(?:customers|clients)(?=[^.]{0,80}(?:sub~?accounts?|per tenant"
       r"|tenants?))",
       "tenants", NUMBER),
    _p(r"(?:we(?:'re| are) an? |our )" + _WORD + r"{0,2}saas|saas (?:company|platform|product|vendor|provider|business)"
       r"|client (?:clinics|businesses|brands|accounts|companies|sites|restaurants|stores|practices|agencies)",
       "customer_profile", "isv", 1),
    # An ISV's end customers counted: "25 tenants", "our 40 client clinics", "12 customers, each on its own subaccount".
    # Tenants served (a platform's word for its customers; a landlord has tenants, it does not serve them).
    _pm(r"serv(?:e|es|ing) (?:about |around |roughly |some |over |nearly |more than )?" + amount(words=False)
        + r" tenants", ("customer_profile", "isv"),
        ("tenants", NUMBER), priority=1),
    _pm(amount(words=False) + r" (?:sub~accounts|client [\w-]+|white~label [\w-]+|franchisees"
        r"|" + _WORD + r"?(?:customers|businesses|brands|agencies|clinics|restaurants|practices|stores|dealerships),?"
        r" each (?:on|with|gets?|has|having|in) (?:its|their) own)", ("customer_profile", "isv"), ("tenants", NUMBER)),
    # Businesses counted ("400 salons", "30 of our customers", "about 250 of them") are tenants only in an ISV's
    # request: a chain that runs 400 salons is one customer with 400 sites.
    _p(r"\(?(?:about |around |roughly |some |over |nearly )?" + amount(words=False) + " of (?:them|our " + _WORD
       + r"?" + _BUSINESSES + ")", "tenants", NUMBER, 1, requires=(("customer_profile", "isv"),)),
    _p(amount(words=False) + r" (?:(?!(?:of|per|a|an|the|each|every)(?!\w))\w+ ){0,2}?" + _BUSINESSES
       + r"(?! (?:each|per|a|an|every) )", "tenants", NUMBER, 1, requires=(("customer_profile", "isv"),)),
    _p(r"enterprises?|fortune \d+|(?:large|big|major|national|global|multinational|nationwide) " + _WORD
       + r"?(?:company"
       r"|companies|organi[sz]ations?|enterprises?|airlines?|banks?|retailers?|insurers?|hospitals?|health systems?"
       r"|carriers?|telcos?|utilit(?:y|ies)|brands?|chains?|groups?|corporations?)", "customer_profile", "enterprise"),
    _p(r"start~ups?|(?:small|little|tiny|local|family~run|independent) " + _WORD + r"{0,2}(?:business(?:es)?|biz|team"
       r"|company|shop|store|spa|salon|practice|clinic|firm|office|restaurant|caf[eé]|bakery|gym|agency|hotel)"
       r"|small biz|smbs?|solo (?:founder|developer)", "customer_profile", "smb"),
    # A handful of people or sites: "a one-man band", "family-run", "with 12 staff", "a 4-person team", "3 practices".
    _p(r"one~(?:man|woman|person) (?:band|business|operation|show)|sole traders?|family~(?:run|owned)"
       r"|(?:with|have|employ|employs|employing) (?:just |only )?(?:[1-9]|[1-3]\d|one|two|three|four|five|six|seven"
       r"|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:staff|employees|people|team members)(?!\w)"
       r"|(?:[1-9]|one|two|three|four|five|six)~(?:person|people|man|woman) (?:team|company|business|firm|shop"
       r"|practice|start~up|outfit|agency)|(?:[2-5]|two|three|four|five) (?:practices|clinics|surgeries|stores|shops"
       r"|salons|offices|locations|branches|restaurants|sites)(?!\w)", "customer_profile", "smb", 1),
    # Millions of customers make an enterprise: "roughly 1.1 million customers".
    _p(r"(?:(?<![\d.,])\d[\d.,]{0,12} ?(?:million|m|mn)|millions of) (?:customers|members|subscribers"
       r"|policy~holders|users|patients|households|accounts|passengers|citizens|residents)(?!\w)",
       "customer_profile", "enterprise"),
    _p(r"(?:i|we) (?:run|own|have|operate|manage) (?:a|an|one|two|three|four|five|six|\d) " + _WORD + r"{0,2}(?:shops?"
       r"|stores?|restaurants?|salons?|clinics?|practices?|offices?|caf[eé]s?|gyms?|baker(?:y|ies)|locations?"
       r"|places?|garages?|studios?|spas?)", "customer_profile", "smb", 1),
    # industry
    _p(r"clinics?|patients?|health~care|hospitals?|medical|doctors?|physicians?|dental|dentists?|pharmac(?:y|ies)"
       r"|tele~(?:health|medicine)|phi|nurses?|health systems?", "industry", "healthcare"),
    # Animal care is not HIPAA's (it covers people's health information): a vet's clinic and patients are general.
    _p(r"veterinar(?:y|ians?)|vet (?:clinics?|practices?|hospitals?|surger(?:y|ies)|offices?)|(?:animal|pet)"
       r" (?:hospitals?|clinics?)", "industry", "general", 3),
    _pm(r"debt collect(?:ion|ors?)|collections? agenc(?:y|ies)|past~due|delinquent|overdue (?:payments?|balances?"
        r"|accounts?|bills?)|mini~miranda|(?<!bin\s)(?<!rubbish\s)(?<!waste\s)(?<!refuse\s)(?<!garbage\s)"
        r"(?<!trash\s)(?<!recycling\s)collections",
        ("industry", "debt_collection"), ("outcome", "outbound_calling")),
    _p(r"(?<!technical\s)debts?", "industry", "debt_collection", 1),
    _p(r"(?<!memory\s)(?<!data\s)banks?|banking|credit unions?|fintech|insurance|insurers?|lenders?|lending|loans?"
       r"|mortgages?|brokerages?|wealth management|financial (?:services|institutions?)"
       r"|(?:wealth|asset|investment) managers?|banque|banco|banca",
       "industry", "financial_services", 1),
    _p(r"retail(?:ers?)?(?! bank)|e~commerce|lojas? (?:online|virtua(?:l|is))|tiendas? (?:online|en l[ií]nea)"
       r"|(?:fashion|clothing|apparel|beauty|cosmetics) (?:brands?|labels?|retailers?)|online (?:stores?|shops?)"
       r"|(?:our|my|the|a|an|online|web|grocery|clothing|furniture|coffee|pet|shoe|book|toy|flower|bike|outdoor"
       r"|chain of|brick and mortar) (?:stores?|shops?)(?! (?:managers?|staff|assistants?)(?!\w))"
       r"|shoppers|shopify|woocommerce|merchandise|storefronts?"
       r"|boutiques?(?! (?:hotels?|b&bs?|inns?))|supermarkets?|grocer(?:y|ies)", "industry", "retail"),
    # A business named that none of the regulated industries above covers is general: its calls bring no sector's
    # own rules (the weakest reading: any word for another industry outweighs it).
    _p(_LETTER + r"(?:utilit(?:y|ies)|(?:energy|electricity|gas|power|water) (?:suppliers?|compan(?:y|ies)"
       r"|providers?|retailers?"
       r"|utilit(?:y|ies)|bills?)|telecoms?|telcos?|broadband|(?:internet|cable|tv) (?:service )?providers?"
       r"|mobile (?:operators?|networks?|carriers?)|airlines?|airports?|hotels?|hotel groups?|b&bs?|bed and breakfasts?"
       r"|hostels?|resorts?|tour operators?|travel agen(?:cy|cies|ts?)|public transport|transit (?:authority|agency)"
       r"|rail(?:way)? operators?|(?:local |county |city |district |borough )?councils?|municipalit(?:y|ies)"
       r"|city hall|government (?:agenc(?:y|ies)|departments?)|(?:state|federal|public|government) agenc(?:y|ies)"
       r"|motor~vehicles?|dmv|ngos?|charit(?:y|ies)|non~profits?|law firms?|solicitors|legal (?:practice|firm)s?"
       r"|(?:hair |nail |beauty )?salons?|barbers?|barber~?shops?|gyms?|fitness (?:clubs?|centres?|centers?|studios?)"
       r"|plumb(?:ers?|ing)|electricians?|hvac|roofers?|auto repair|car (?:repair|dealers?|dealerships?|rental)"
       r"|dealerships?|property (?:management|managers?)|letting agen(?:cy|cies|ts?)|estate agen(?:cy|cies|ts?)"
       r"|housing associations?|it (?:service desk|help~desk|support desk)|service desk|schools?|universit(?:y|ies)"
       r"|colleges?|logistics|couriers?|parcel (?:delivery|carriers?))", "industry", "general", 0),
    # payments
    _p(r"payments?|credit cards?|debit cards?|card (?:numbers?|details|payments?|data)|collect(?:s"
       r"|ing)? payments?|<pay>|pay verb", "takes_payments", True),
    _p(r"pay(?:s|ing)?(?! attention)(?!~as~you~go)|(?:by|with a|via) (?:credit |debit )?card|deposits?",
       "takes_payments", True, 1),
    _pm(r"pci(?: dss| compliance| compliant| mode)?", ("takes_payments", True), ("regulations", ("pci_dss",))),
    _p(r"payment reminders?", "outcome", "outbound_calling", hides=("takes_payments",)),
    # EU
    _p(r"eu|e\.u\.|european union|europe|european|eea", "eu_users", True),
    _pm(r"gdpr", ("eu_users", True), ("regulations", ("gdpr",))),
    _pm(r"(?:eu )?ai act", ("eu_users", True), ("regulations", ("eu_ai_act",))),
    _pm(r"(?:us|u\.s\.|usa|united states|domestic) only|only (?:in )?(?:the )?(?:us|u\.s\.|usa|united states)",
        ("eu_users", False), ("countries", ("US",)), priority=1),
    # recording
    _p(r"record(?:s|ed|ing)? (?:the |all |every |each |our |their )?(?:calls?|conversations?|audio|anything|everything"
       r"|them)|call recordings?|recordings?|<start><recording>", "records_calls", True),
    _p(r"transcripts?|transcrib(?:e|es|ed|ing)|transcriptions?", "records_calls", True, 1),
    _p(r"(?:calls?|conversations?) (?:\w+ ){0,2}(?:be |are |is |get |gets |being )?recorded", "records_calls", True),
    # (the law named is not the practice: "two-party consent states" says nothing of whether they record)
    _p(r"recording (?:consent|disclosures?|laws?)|(?:two|all|one)~party consent|wiretap(?:ping)? laws?",
       "regulations", ("recording_consent",)),
    # A speech engine named for transcription is the speech-to-text step, not a recording of the call.
    Phrase(r"(?:amazon |aws |gpt~4o~(?:mini~)?|openai )transcribe|transcri(?:ption|bed|be) (?:is |will be )?(?:by|with"
           r"|via|through|using|from) (?:\w+ ){0,2}?(?:deepgram|google|whisper|assembly~ai|azure|amazon|aws|openai"
           r"|speechmatics|gladia|gpt~4o(?:~mini)?~transcribe)|(?:deepgram|google|whisper|assembly~ai|azure|amazon"
           r"|openai|speechmatics|gladia)(?: \w+){0,2}? (?:for|as) (?:the )?transcription", (),
           hides=("records_calls",)),
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
    _p(r"pecr|uk gdpr|tps (?:screening|checks?|register)|(?:telephone|corporate telephone) preference service",
       "regulations", ("uk_gdpr_pecr",), hides=("eu_users",)),
    _p(r"(?-i:DORA)|digital operational resilience act", "regulations", ("dora",)),
    _pm(r"rgpd|dsgvo|avg \(gdpr\)", ("eu_users", True), ("regulations", ("gdpr",))),
)

#: The messages ConversationRelay sends a WebSocket handler, and how a list of them is joined.
_RELAY_EVENT = r"(?:setup|prompt|interrupts?|dtmf|info|error)"
_AND = r"(?:,|,? and|,? or|/| &) ?"

STACK_PHRASES: tuple[Phrase, ...] = (
    # Platforms named say where the agent runs and what converses. Azure AI Voice Live is Azure's speech-to-speech
    # service, running OpenAI's models in Microsoft Foundry (or Phi): https://learn.microsoft.com/en-us/azure/
    # ai-services/speech-service/voice-live-faq (checked 2026-12-07); twarch's rules then say how Twilio reaches it.
    _pm(r"(?:azure )?(?:ai )?voice live(?: api)?", ("cloud", "azure"), ("voice_pipeline", "speech_to_speech"),
        ("llm", "azure_openai"), priority=3, hints=("llm",)),
    # Dialogflow CX runs on Google Cloud, its generative features on Vertex AI's models (Gemini) unless another
    # model is named: https://docs.cloud.google.com/dialogflow/cx/docs/concept/generative (checked 2026-12-07).
    # Amazon Lex is AWS's.
    _p(r"dialog~flow(?: cx| es)?|cx agent studio", "cloud", "gcp", 3),
    _p(r"dialog~flow(?: cx)?(?! es)|cx agent studio", "llm", "google", 0),
    _p(r"(?:amazon |aws )lex(?: v2)?|lex (?:v2|bots?)", "cloud", "aws", 3),
    # ... unless it is what they are leaving: "port our Dialogflow bot to ConversationRelay", "moving off Lex".
    Phrase(r"(?:port(?:s|ed|ing)?|migrat(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|mov(?:e|es|ed|ing) (?:away )?(?:from"
           r"|off)|switch(?:es|ed|ing)? (?:away )?from|from|off|instead of|rather than|leav(?:e|es|ing)|retir(?:e|es"
           r"|ing)|sunset(?:s|ting)?|ditch(?:es|ing)?) (?:\w+ ){0,3}?(?:dialog~flow(?: cx| es)?|cx agent studio"
           r"|(?:amazon |aws )?lex(?: v2)?|(?:azure )?(?:ai )?voice live)(?!\w)", (),
           hides=("cloud", "llm", "voice_pipeline")),
    # cloud and llm
    _pm(r"azure openai", ("llm", "azure_openai"), ("cloud", "azure"), priority=3),
    _pm(r"(?:aws |amazon )?bedrock(?: agents?| agentcore)?", ("llm", "bedrock"), ("cloud", "aws"), priority=3),
    _p(r"azure|microsoft agent framework|ai foundry|foundry|aks|app service|container apps|cosmos~db",
       "cloud", "azure"),
    _p(r"aws|amazon web services|lambda|ecs|fargate|eks|strands|agent~core|dynamo~db", "cloud", "aws"),
    _p(r"gcp|google cloud(?! (?:speech|text))|cloud run|gke|vertex(?: ai)?|gcloud|firestore|app engine",
       "cloud", "gcp"),
    _p(r"vercel|heroku|render\.com|fly\.io|railway|digital~ocean|cloud~agnostic|any cloud|on~prem(?:ise|ises)?"
       r"|self~hosted", "cloud", "any"),
    _p(r"openai|open ai|(?-i:OPENAI_API_KEY)", "llm", "openai", 2),
    # A model named only to compare with the one chosen answers nothing: "what changes versus using OpenAI?"
    Phrase(r"(?:versus|vs\.?|compared (?:to|with)|instead of|rather than|as opposed to) (?:using |going with "
           r"|calling )?"
           r"(?:openai|open ai|chat~gpt|gpt(?:-?\d[\w.]*)?|anthropic|claude|gemini|azure openai|bedrock)(?!\w)", (),
           hides=("llm", "cloud")),
    _p(r"(?-i:ANTHROPIC_API_KEY)", "llm", "anthropic", 2),
    _p(r"chat~gpt|gpt(?:-?\d[\w.]*)?(?:-?(?:turbo|mini|o))?|o[134](?:-mini)?", "llm", "openai", 1),
    _p(r"anthropic", "llm", "anthropic", 2),
    _p(r"claude(?: \d(?:\.\d)?)?(?: (?:sonnet|opus|haiku))?", "llm", "anthropic", 1),
    _p(r"google gemini|gemini(?: \d(?:\.\d)?)?(?: (?:pro|flash))?", "llm", "google", 2),
    _p(r"llama|mistral|cohere|deepseek|qwen|grok", "llm", "other", 1),
    # team language
    _p(r"python|django|flask|fast~api", "team_language", "python"),
    _p(r"pip3? install|pypi|poetry add|uv (?:add|pip)|requirements\.txt|pyproject(?:\.toml)?",
       "team_language", "python", 1),
    _p(r"npm (?:install|i)|pnpm|yarn add|package\.json|(?<![\w/-])[\w/-]+\.(?:js|ts|mjs|tsx)(?!\w)"
       r"|express (?:webhook|backend|api|handler)", "team_language", "typescript", 1),
    _p(r"(?<![\w/-])[\w/-]+\.py(?!\w)", "team_language", "python", 1),
    _p(r"type~script|node(?:\.?js)?|java~script|express(?:\.js| server| app| routes?)|nest~?js|deno",
       "team_language", "typescript"),
    _p(r"java|c#|asp\.net|\.net|dotnet|golang|(?<=in\s)(?-i:Go)|ruby(?: on rails)?|rails (?:app|backend|server)|php"
       r"|kotlin|laravel"
       r"|spring boot|elixir|rust", "team_language", "other"),
    # transport and control
    # Raw audio: processing the call's audio yourself, or running your own speech engine (ConversationRelay runs
    # only its providers'). A voice of your own ("our own voice", "a custom or cloned voice") is a persona a TTS
    # provider can host, not an engine, so it is no answer here.
    _p(r"raw (?:call |caller |phone |inbound )?audio|audio streams?|noise (?:cancell?ation|suppression|reduction)"
       r"|(?:speaker )?diari[sz]ation|audio processing|bidirectional audio|mu~law|voice biometrics"
       r"|(?:(?:our|my|their) own|in~house|self~hosted|home~grown|proprietary|custom(?:~built)?|fine~tuned"
       r"|bring (?:our|my|your) own) (?:\w+ ){0,2}?(?:stt|tts|asr|speech to text|text to speech|speech (?:recognition"
       r"|synthesis|engines?|models?|pipeline)|transcription (?:engines?|models?|services?)|voice (?:engines?|models?"
       r"|synthesis|pipeline)|audio (?:pipeline|models?|engines?)|acoustic models?|speech)(?!\w)"
       r"|(?:our|my) own " + _WORD + r"?(?:speech |audio |voice )?pipeline",
       "needs_raw_audio", True),
    _p(r"managed (?:stt|tts|speech)", "needs_raw_audio", False, 1),
    _p(r"full control|low~level|raw (?:conversation~relay )?events|protocol (?:events|level)|fine~grained control"
       r"|control (?:over|of) the web~socket", "needs_low_level_control", True),
    # ConversationRelay's own messages handled in your code ("a handler that handles interrupt and dtmf", "setup and
    # prompt messages"): the playbook's raw events, which send a hand-written handler down the manual path.
    _p(rf"(?:handl(?:e|es|ed|ing)|process(?:es|ed|ing)?|pars(?:e|es|ed|ing)|catch(?:es|ing)?|captur(?:e|es|ing)"
       rf"|intercept(?:s|ing)?|listen(?:s|ing)? for|react(?:s|ing)? to|respond(?:s|ing)? to|wir(?:e|es|ing) up)"
       rf" (?:the |its )?(?:conversation~relay(?:'s)? )?(?:{_RELAY_EVENT}{_AND}){{0,3}}(?:interrupts?|dtmf)"
       rf"(?:{_AND}{_RELAY_EVENT}){{0,4}}(?: (?:events?|messages?|frames?))?"
       rf"|(?:{_RELAY_EVENT}{_AND}){{0,3}}(?:setup|interrupts?|dtmf)(?:{_AND}{_RELAY_EVENT}){{0,4}} (?:events?"
       rf"|messages?|frames?|payloads?|handling(?=(?: \w+){{0,4}}? (?:conversation~relay|relay|web~socket|socket"
       r"|server|handler)))", "needs_low_level_control", True),
    _p(r"(?:existing|current|our own|in~house|already (?:have|run|running|has)(?: an?)?) web~socket (?:servers?"
       r"|infrastructure|backend|services?|stack)|(?:already|currently) (?:\w+ ){0,3}web~socket (?:servers?|clusters?"
       r"|infrastructure|backend|services?|stack|fleet|gateway)", "existing_websocket_server", True),
    _p(r"twilio (?:functions?|serverless)|serverless functions? on twilio", "uses_twilio_functions", True),
    _p(amount() + r" (?:(?:simultaneous|concurrent|parallel) (?:phone )?calls|(?:phone )?calls (?:at (?:the same|one)"
                  r" time|at once|simultaneously|in parallel|concurrently))", "peak_concurrent_calls", NUMBER),
    # GA wants
    _p(r"boomerang|hand(?:s|ing)?(?: it| the (?:call|conversation))? back to the (?:ai|bot|agent)|(?:return|go|goes"
       r"|come|comes) back to the (?:ai|bot)|(?:get|gets|take|takes|hand|hands|pass|passes|send|sends) (?:it|the call"
       r"|the conversation|them) back (?:once|when|after) the (?:human|agent|person|rep)", "wants",
       ("boomerang_handback",)),
    _p(r"agent assist|(?:ai )?co~pilot (?:for|during|while)(?: our| the)? (?:human|live|support)|whisper (?:coaching"
       r"|to the agent)|suggest(?:ions|ed replies)? (?:for|to) (?:human |live )?agents", "wants", ("ai_copilot",)),
    # Agent assist: the AI listens to the calls your own people take and suggests to them. Stronger than the
    # outcome words a request also holds ("our sales reps", "support calls"): the people, not the AI, answer.
    _pm(r"agent assist(?:ance)?|agent co~pilot|(?:live|real~time|in~call) (?:suggestions|prompts|guidance) (?:during"
        r"|on|in|for)|listen(?:s|ing)? in,? (?:that |which |and |to )?suggest(?:s|ing)?"
        r"|co~pilots? for (?:our|my|its|their|the) " + _WORD + r"{0,3}" + _STAFF
        # an AI listening to the calls people take, showing them what it finds: "surfaces references on their
        # screen while they talk"
        + r"|listen(?:s|ing)? (?:in |along )?(?:on|to) (?:each|every|the|their|our|all) (?:\w+ )?(?:calls?"
        r"|conversations?) (?:\w+ ){0,8}?(?:on (?:their|the agent's|the agents') screens?|while (?:they|the agents?"
        r"|the advis[eo]rs?|the reps?) (?:talk|speak|are on the (?:call|phone)))"
        + r"|listen(?:s|ing)? (?:in |along )?(?:on|to) " + _WORD + r"{0,3}(?:calls|conversations),? (?:and |then )?"
        + _WORD + r"{0,2}suggest(?:s|ing)?|suggest(?:s|ing|ions)? " + _WORD + r"{0,4}(?:to|for) (?:the |our |their "
        r"|my )?" + _STAFF, ("wants", ("ai_copilot",)), ("outcome", "internal_tools"), priority=3),
    _p(r"outbound orchestration|orchestrat(?:e|ing) outbound|outbound campaigns?",
       "wants", ("outbound_orchestration",)),
    _p(r"dashboards?", "wants", ("native_dashboards",)),
    _p(r"turn~taking|primary channel|(?:only )?one channel (?:should |will |must |to )?leads?|lead(?:ing)? channel",
       "wants", ("turn_taking",)),
    _p(r"scoped (?:\w+ )?tokens?|delegated (?:authority|access)|act on (?:their|the customer's|my) behalf"
       r"|on (?:their|the customer's|the user's|our customers') behalf",
       "wants", ("scoped_tokens",)),
    _p(r"email (?:the |each |every )?(?:\w+ )?(?:a |the )?summar(?:y|ies)|summar(?:y|ies) (?:by|via) email"
       r"|send (?:them |the customer )?an email"
       r"|email (?:recap|follow~up)s?|sendgrid", "wants", ("email_summaries",)),
    # voice priority
    _p(r"(?:low|lowest|minimal|sub~second) latency|latency|fast(?:est)? responses?|snappy|no lag",
       "priority", "latency"),
    _p(r"natural(?:~sounding)? voices?|voice quality|premium (?:voice|experience)|human~like|lifelike"
       r"|realistic voices?|sounds? (?:natural|human)", "priority", "quality"),
    _p(r"cheap(?:est)?|low cost|cost~effective|budget|high volume|at volume|costs?|inexpensive", "priority", "cost", 1),
    _p(r"(?:on a )?shoestring|(?:cost|price|budget|money) (?:matters|is (?:the |our )?(?:key|priority|king|main)"
       r"|comes first)", "priority", "cost", 3),
    _p(r"multi~lingual|many languages|language coverage|multiple languages|dozens of languages|several languages",
       "priority", "languages"),
    # providers
    _p(r"deepgram|nova~[23](?:~general)?", "stt_provider", "deepgram"),
    _p(r"google (?:cloud )?(?:(?:for|as) (?:our |the |its )?)?(?:stt|speech to text|speech recognition|speech api|asr"
       r"|transcription)",
       "stt_provider", "google"),
    _p(r"(?:openai )?whisper(?! to)(?! coaching)|gpt~4o~(?:mini~)?transcribe", "stt_provider", "openai"),
    _p(r"(?:amazon|aws) transcribe", "stt_provider", "amazon_transcribe"),
    _p(r"assembly~ai", "stt_provider", "assemblyai"),
    _p(r"azure (?:ai )?speech(?: to text| stt)?", "stt_provider", "azure", 1),
    _p(r"azure (?:ai )?speech(?: text to speech| tts)?|azure neural voices?", "tts_provider", "azure", 1),
    _p(r"cartesia(?: sonic)?", "tts_provider", "cartesia"),
    _p(r"deepgram aura|aura voices?", "tts_provider", "deepgram"),
    _pm(r"google for (?:both )?(?:stt and tts|tts and stt|speech to text and text to speech)",
        ("stt_provider", "google"), ("tts_provider", "google"), priority=3),
    _p(r"openai (?:tts|text to speech|voices?)|gpt~4o~mini~tts", "tts_provider", "openai"),
    _p(r"eleven~labs", "tts_provider", "elevenlabs"),
    _p(r"(?:amazon |aws )?polly", "tts_provider", "amazon_polly"),
    _p(r"google (?:cloud )?(?:(?:for|as) (?:our |the |its )?)?(?:tts|text to speech|wavenet|neural2"
       r"|chirp)(?: voices?)?", "tts_provider", "google"),
    # The customer's own engines (the ``own`` choice): speech recognition, a voice engine, an LLM it hosts. A voice
    # of its own ("our own voice", "our own brand voice") is a persona a TTS vendor can host, so it answers nothing.
    _p(_OWN + r"(?:stt|asr|speech to text|speech recognition|speech recogni[sz]er|transcription (?:engines?|models?"
       r"|services?)|acoustic models?)(?!\w)", "stt_provider", "own"),
    _p(_OWN + r"(?:tts|text to speech|speech synthesis|voice (?:engines?|synthesis|synthesi[sz]ers?))(?!\w)",
       "tts_provider", "own"),
    _pm(_OWN + r"(?:speech (?:engines?|models?|pipeline|stack)|(?:stt|asr) and tts|tts and (?:stt|asr))(?!\w)",
        ("stt_provider", "own"), ("tts_provider", "own")),
    # A model of their own is the one that converses only when nothing names another task: "our own fine-tuned
    # model" is the LLM, "our own emotion model" (or fraud, intent, speech ...) is not.
    _p(r"(?:self~host(?:ed|ing)?|on~prem(?:ise|ises)?|in~house|(?:our|my|their) own|locally hosted|private(?:ly)?"
       r" hosted|open~weights?) (?:(?:(?!(?:voice|speech|audio|acoustic|asr|stt|tts|transcription|noise|embeddings?"
       r"|data)\b)\w+ ){0,2}?(?:llms?|large language models?|language models?)|(?:(?:fine~tuned|open~weights?"
       r"|open~source|hosted|trained|private|custom|chat|conversational|dialog(?:ue)?|ai|gpt|generative|foundation"
       r"|base|llama|mistral|qwen|deepseek|gemma|phi|[\d.]+b?) ){0,3}?models?)(?!\w)"
       # a model family hosted by them: "our own fine-tuned Llama 3", "a self-hosted Mistral"
       r"|(?:(?:our|my|their) own|self~hosted|in~house|on~prem(?:ise|ises)?) (?:(?:fine~tuned|open~weights?|open~source"
       r"|custom|quantized) )?(?:llama|mistral|mixtral|qwen|deepseek|gemma|phi|falcon)(?: ?\d[\w.]*)?"
       r"|(?:llms?|language models?) (?:is|are|will be|runs?|gets?) (?:\w+ )?(?:self~hosted|on~prem(?:ise|ises)?"
       r"|in~house|hosted (?:in~house|by us|ourselves))", "llm", "own"),
)

#: A direction read from words about the people the agent serves, which also hints at what it is for: people who
#: contact the business are served (``autonomous_service``), people it contacts first are an outbound programme.
_SERVED = ("outcome", "autonomous_service")
_CONTACTED = ("outcome", "outbound_calling")

DIRECTION_PHRASES: tuple[Phrase, ...] = (
    # Technical words for who dials say nothing of what the agent is for: "one inbound number", "a webhook for
    # incoming SMS", "receives WhatsApp messages".
    _p(r"inbound|incoming (?:calls?|texts?|messages?)", "direction", "inbound"),
    _pm(r"(?:answers?|answering|picks? up|picking up|takes?|taking"
        r"|fields?|fielding|handles?|handling) (?:our |the |their |your |all |incoming |inbound )?" + _WORD
        + r"?(?:phones?"
        r"|calls?|phone calls|texts|messages)|(?:customers?|guests?|patients?|callers?|people|users?|clients?|members"
        r"|shoppers|travell?ers|anyone|someone|citizens|residents|tenants|parents|students|passengers|applicants"
        r"|drivers|donors|guests|policy~holders) (?:who |that )?(?:\w+ )?(?:call|calls|calling|text"
        r"|texts|texting|message|messages|messaging|reach|reaches|contact|contacts|ring|rings|dial|dials|phone|phones)"
        r" (?:us|in|our (?:number|line|hotline|store|office|clinic)|and (?:ask|book|check|report|get|talk|speak))"
        r"|(?:calls|texts|messages|enquiries|inquiries) from (?:\w+ )?(?:customers|clients|patients|callers|people"
        r"|members|guests|residents|citizens|tenants|parents|buyers|shoppers|prospects|leads)|call(?:s|ing)? in"
        r"|call~ins?|hotline|help~lines?|(?:support"
        r"|service|reservations?|booking|claims|sales|information|customer|care) (?:phone )?lines?|front desk"
        r"|answering services?|(?:ai|call|phone|telephone|virtual|automated|after~hours|out~of~hours|overflow|24/7)"
        r" answering|answer(?:s|ing)? (?:one|a|our|the|their|its|every) (?:\w+ )?(?:phone )?(?:numbers?|lines?)"
        # an agent for the calls that come in serves the callers: "an AI agent for incoming calls"
        r"|(?:agents?|bots?|assistants?|ai|receptionists?) (?:for|on|to (?:handle|answer|take)|that (?:handles?"
        r"|answers?|takes?)) (?:our |the |all )?(?:incoming|inbound) (?:calls?|phone calls|lines?|messages|texts"
        r"|chats)",
        ("direction", "inbound"), _SERVED, hints=("outcome",)),
    _p(r"call cent(?:er|re)s?|contact cent(?:er|re)s?", "direction", "inbound", 1),
    # The business's own people calling in are served too, but as internal users: "our 400 field engineers phone in
    # from site", "our drivers phone dispatch", "staff call the IT desk".
    _pm(r"(?:(?:our|my|their) (?:\w+ ){0,3}?)?(?:employees|staff|engineers|technicians|drivers|nurses|workers|crews"
        r"|colleagues|field (?:staff|teams?)|sales reps) (?:who |that )?(?:call|calls|phone|phones|ring|rings|text"
        r"|texts|message|messages) (?:in|us|dispatch|the office|head office|(?:the|our) (?:it |service |help )?(?:desk"
        r"|help~desk|helpline|hotline|line))(?!\w)",
        ("direction", "inbound"), ("outcome", "internal_tools")),
    # People contacting the business: "borrowers should also be able to message us", "guests WhatsApp or text us",
    # "tenants call about repairs", "residents report potholes by phone"; a line named for what it takes ("our
    # scheduling line", "a returns line").
    _pm(rf"{_LETTER}(?:{_CONTACTS} (?:(?:who|that|should|can|could|will|would|also|be able to|want to|need to|often"
        rf"|usually"
        r"|always|mostly|already|then) ){0,4}(?:call|calls|ring|rings|phone|phones|text|texts|message|messages"
        r"|whats~app|email|emails|contact|contacts|reach)(?: (?:or|and|/) (?:call|ring|phone|text|message|whats~app"
        r"|email))? (?:us|about|to (?:ask|book|change|check|report|move|cancel|order|pay|renew|rebook|reschedule))"
        rf"|{_CONTACTS} (?:report|reports|book|books|order|orders) (?:\w+ ){{0,4}}?(?:by|over|on|via) (?:the )?"
        r"(?:phone|sms|text|whats~app)|(?:scheduling|appointments?|returns?|refills?|prescription~refill|triage"
        r"|concierge|billing|enquir(?:y|ies)|inquir(?:y|ies)|orders?|ordering|advice|loss|lost~property|helpdesk"
        r"|it support|service desk|renewals?|bookings?) (?:phone )?lines?|phone orders)",
        ("direction", "inbound"), _SERVED, hints=("outcome",)),
    # ... and messages received, which a webhook does as well as a business: "incoming SMS", "receives WhatsApp".
    _p(r"incoming (?:sms|whats~app|rcs|chats?)"
       r"|receiv(?:e|es|ing) (?:(?:incoming|inbound|customer|their|our|the) )?(?:sms|texts|text messages"
       r"|whats~app messages|messages|calls)", "direction", "inbound"),
    # Words for serving the people who come to you, weaker than any word for who starts.
    _pm(_LETTER + r"(?:customer (?:service|support|care)|(?:support|service|help) (?:bots?|agents?|assistants?"
        r"|chat~bots?|desks?)"
        r"|(?:ai|bot|assistant|receptionist|something|system) (?:to |that |which |will |can |could |should |would )?"
        r"(?:answer|answers|answering|pick up|picks up|picking up)(?= (?:and|when|while|whenever|if|for|calls"
        r"|phones)\b|\s*[,.;!?]|$)|conteste|contestar|responda|atienda|atenda|r[eé]ponde aux appels)",
        ("direction", "inbound"), _SERVED, priority=1, hints=("outcome",)),
    # Calling people first: "calls to UK customers", "we phone them when ...", "call the customer after each visit",
    # a dialer.
    _pm(rf"{_LETTER}(?:calls? to (?:our |the |their |all )?(?:\w+ )?{_CONTACTS}|(?:we|i)(?:'ll| will| would| also"
        rf"| then)? (?:call"
        r"|phone|ring|text|message|whats~app|contact) them|(?:call|calling|phone|phoning|ring|ringing) (?:the|each"
        r"|every) (?:customer|patient|client|member|guest|lead|borrower|tenant)(?! (?:service|support|care|success"
        r"|experience|line))|(?:auto~|power |predictive |progressive |preview |collections? |outbound )?dialers?)",
        ("direction", "outbound"), _CONTACTED, hints=("outcome",)),
    # ... and offers sent to customers (outbound, but selling: no outcome from these words).
    _p(rf"{_LETTER}send(?:s|ing)? (?:\w+ ){{0,3}}?(?:offers|promotions|promos|deals|reminders|alerts|notifications"
       rf"|campaigns) to (?:\w+ ){{0,2}}?{_CONTACTS}", "direction", "outbound"),
    # Both, said outright of the calls: "calls both ways", "12,000 calls a month across both directions".
    _p(r"calls? (?:\w+ ){0,3}?(?:both ways|(?:in|across) both directions)|both (?:inbound and outbound|outbound and"
       r" inbound)", "direction", "both", 3),
)

#: Where people are, as ISO 3166-1 codes: country names, and demonyms before a word for people (``German
#: customers``; "German" alone is a language). Names that are also ordinary words (Chad, Jordan, Turkey,
#: Georgia, Jersey) are left out; "Europe" says only ``eu_users``.
COUNTRY_NAMES: dict[str, tuple[str, str]] = {
    "US": (r"chicago|los angeles|san francisco|seattle|boston|miami|dallas|houston|atlanta|denver|phoenix|philadelphia"
           r"|austin|san diego|san antonio|san jose|nashville|las vegas|detroit|minneapolis|orlando|tampa|pittsburgh"
           r"|cleveland|indianapolis|baltimore|sacramento|salt lake city|new orleans|milwaukee|cincinnati|albuquerque"
           r"|(?<!latin\s)(?<!south\s)(?<!central\s)(?<!north\s)americans|(?<![a-z]{2}-)(?-i:US|U\.S\.|USA|U\.S\.A\.)"
           r"|united states(?: of america)?|alabama|alaska|arizona|arkansas|california"
           r"|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine"
           r"|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire"
           r"|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania"
           r"|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|(?<!west\s)virginia|west virginia"
           r"|wisconsin|wyoming",
           r"(?<!latin\s)(?<!south\s)(?<!central\s)(?<!north\s)americans?"),
    "PR": (r"puerto rico", r"puerto ricans?"),
    "CA": (r"qu[eé]bec|canadians|canada|ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia"
           r"|new brunswick"
           r"|newfoundland|prince edward island|toronto|montreal|vancouver|calgary|ottawa", r"canadians?"),
    "GB": (r"london|manchester|birmingham|glasgow|edinburgh|leeds|liverpool|bristol|cardiff|belfast|brits|britons"
           r"|sheffield|nottingham|leicester|southampton|newcastle|aberdeen|swansea|(?-i:NHS)"
           r"|(?<![a-z]{2}-)(?-i:UK|U\.K\.)"
           r"|united kingdom|great britain|britain|(?<!new\s)england|scotland|(?<!south\s)wales"
           r"|northern ireland",
           r"british|scottish|welsh"),
    "IE": (r"dublin|cork|galway|(?<!northern\s)ireland|republic of ireland", r"irish"),
    "FR": (r"paris|lyon|marseille|toulouse|lille|france|fran[cç]aise", r"french"),
    "DE": (r"berlin|munich|hamburg|frankfurt|cologne|germans|germany", r"german"),
    "ES": (r"madrid|barcelona|valencia|seville|spaniards|spain", r"spanish"),
    "PT": (r"lisbon|porto|portugal", r"portuguese"),
    "IT": (r"rome|milan|naples|turin|italians|italy", r"italian"),
    "NL": (r"amsterdam|rotterdam|the hague|utrecht|(?:the )?netherlands|holland", r"dutch"),
    "BE": (r"belgium", r"belgian"),
    "LU": (r"luxembourg", r"luxembourgish"),
    "AT": (r"austria", r"austrian"),
    "CH": (r"zurich|z[uü]rich|geneva|basel|switzerland", r"swiss"),
    "SE": (r"sweden", r"swedish"),
    "NO": (r"norway", r"norwegian"),
    "DK": (r"denmark", r"danish"),
    "FI": (r"finland", r"finnish"),
    "IS": (r"iceland", r"icelandic"),
    "PL": (r"poland", r"polish"),
    "CZ": (r"czechia|czech republic", r"czech"),
    "SK": (r"slovakia", r"slovak"),
    "SI": (r"slovenia", r"slovenian"),
    "HU": (r"hungary", r"hungarian"),
    "RO": (r"romania", r"romanian"),
    "BG": (r"bulgaria", r"bulgarian"),
    "HR": (r"croatia", r"croatian"),
    "GR": (r"greece", r"greek"),
    "CY": (r"cyprus", r"cypriot"),
    "MT": (r"malta", r"maltese"),
    "EE": (r"estonia", r"estonian"),
    "LV": (r"latvia", r"latvian"),
    "LT": (r"lithuania", r"lithuanian"),
    "LI": (r"liechtenstein", r"liechtensteiner"),
    "MX": (r"mexico city|guadalajara|monterrey|mexicans|(?<!new\s)m[eé]xico", r"mexican"),
    "BR": (r"s[aã]o paulo|rio de janeiro|brazilians|brazil|brasil", r"brazilian"),
    "AR": (r"argentina", r"argentin(?:e|ian)"),
    "CL": (r"chile", r"chilean"),
    "CO": (r"colombia", r"colombian"),
    "PE": (r"peru", r"peruvian"),
    "AU": (r"sydney|melbourne|brisbane|perth|adelaide|australians|aussies|australia", r"australian"),
    "NZ": (r"new zealand", r"new zealander"),
    "JP": (r"tokyo|osaka|japan", r"japanese"),
    "KR": (r"south korea|(?<!north\s)korea", r"(?<!north\s)korean"),
    "CN": (r"china|mainland china", r"chinese"),
    "IN": (r"mumbai|bangalore|bengaluru|delhi|india", r"indian"),
    "SG": (r"singapore|singapore", r"singaporean"),
    "PH": (r"(?:the )?philippines", r"filipino"),
    "ZA": (r"south africa", r"south african"),
    "AE": (r"(?-i:UAE)|united arab emirates|dubai|abu dhabi", r"emirati"),
    "SA": (r"saudi arabia", r"saudi"),
    "IL": (r"israel", r"israeli"),
    "TR": (r"t\u00fcrkiye|turkiye", r"turkish"),
    "NG": (r"nigerians|nigeria", r"nigerian"),
    "KE": (r"kenya", r"kenyan"),
}
#: Words for people after a demonym: "German customers", "Canadian leads".
PEOPLE = (r"(?:customers?|callers?|users?|patients?|clients?|consumers?|shoppers?|residents?|citizens?|subscribers?"
          r"|members?|leads|prospects|buyers|guests|travell?ers|students|voters|donors|borrowers|policy~holders"
          r"|business(?:es)?|compan(?:y|ies)|governments?|authorit(?:y|ies)|associations?|chains?|groups?|sites?"
          r"|locations?|market|audience|phone numbers?|clinics?|practices?|hospitals?|stores?|shops?|hotels?"
          r"|banks?|offices?|branch(?:es)?|subsidiar(?:y|ies)|operations?|restaurants?|salons?|pharmac(?:y|ies)"
          r"|dealerships?|agenc(?:y|ies)|firms?|insurers?|retailers?|utilit(?:y|ies)|carriers?|airlines?|suppliers?"
          r"|providers?|operators?|brands?|start~ups?|organi[sz]ations?|charit(?:y|ies)|councils?|municipalit(?:y|ies)"
          r"|schools?|universit(?:y|ies)|employees|staff|teams?)")

GEOGRAPHY_PHRASES: tuple[Phrase, ...] = (
    _grouped("countries", {f"c_{code}": (names, (code,)) for code, (names, _) in COUNTRY_NAMES.items()}),
    _grouped("countries", {f"d_{code}": (demonym, (code,)) for code, (_, demonym) in COUNTRY_NAMES.items()},
             rf"(?!~speaking) {_WORD}{{0,2}}{PEOPLE}"),
    _p(r"north america", "countries", ("US", "CA")),
)

REGION_PHRASES: tuple[Phrase, ...] = (
    _p(r"(?-i:IE1)|(?:twilio(?:'s)? )?(?:ireland|dublin|eu|european|europe) (?:region|data residency|data cent(?:er"
       r"|re)s?"
       r"|hosting)|data (?:residency|hosting|storage|hosted|stored|stays?|must stay|kept) in (?:the )?(?:eu|ireland"
       r"|europe)|(?:eu|european) data residency|data (?:\w+ ){0,3}(?:stay|stays|kept|stored|hosted|reside|resides"
       r"|remain|remains) (?:with)?in (?:the )?(?:eu|ireland|europe)", "region", "ie1", hides=("eu_users",)),
    _p(r"(?-i:AU1)|(?:twilio(?:'s)? )?(?:australia|australian|sydney) (?:region|data residency|data cent(?:er|re)s?"
       r"|hosting)|data (?:residency|hosting|storage|hosted|stored|stays?|must stay|kept) in australia"
       r"|data (?:\w+ ){0,3}(?:stay|stays|kept|stored|hosted|reside|resides|remain|remains) (?:with)?in australia",
       "region", "au1"),
    _p(r"(?-i:US1)|(?:twilio(?:'s)? )?us (?:region|data residency|data cent(?:er|re)s?)|data (?:residency|hosting"
       r"|storage|hosted|stored|stays?|must stay|kept) in the (?:us|united states)", "region", "us1"),
)

PIPELINE_PHRASES: tuple[Phrase, ...] = (
    _p(r"speech~to~speech|(?-i:S2S)|(?:openai |gpt~)?realtime (?:api|models?|voice models?)|gpt~realtime|gpt~live"
       r"|gpt~4o~realtime|native audio(?: models?)?|nova sonic|gemini live|voice~to~voice", "voice_pipeline",
       "speech_to_speech"),
    _p(r"cascad(?:e|ed|ing)(?: pipeline)?|stt,? llm,? (?:and |then )?tts|stt ?(?:->|\u2192|then) ?llm"
       r"|speech to text,? (?:an? )?llm,? (?:and |then )?text to speech", "voice_pipeline", "cascaded"),
)

# --- Volumes: how much, how long, how often a person is needed ---------------------------------
#: One word before a noun that is not a number, a unit, or a word that ties the number to something else ("9,000
#: minutes of calls", "3 calls to each customer").
_ADJ = (rf"(?=[a-z])(?!(?:{_UNITS}|percent|per|of|a|an|the|to|and|or|in|at|on|from|for|with|after|before|into"
        r"|during|between|within)(?!\w))[a-z]\w*")
_ABOUT = (r"(?:(?:about|around|roughly|approximately|approx|some|nearly|almost|close to|over|more than|up to|at least"
          r"|at most|under|fewer than|less than|maybe|perhaps|an estimated|estimated|an average of|on average) )?")
#: "a", "per", "each", "every" or "/" before a period ("a month", "per week", "/yr").
_EVERY = r"(?:a|per|each|every|/) ?"
_MONTHLY = (rf"(?:{_EVERY}(?:month|mo)|monthly|(?:in )?(?:a|an|one) (?:typical |normal |average |busy |given |single )?"
            r"month|last month|this month)")
#: A period a monthly volume may be written in: per month, or per week or year (converted, see CONVERSIONS).
_PER_MONTH = (rf"(?:{_MONTHLY}|(?P<per_week>{_EVERY}(?:week|wk)|weekly)|(?P<per_year>{_EVERY}(?:year|yr)|annually"
              r"|yearly|per annum))")
_ANY_PERIOD = rf"(?:{_MONTHLY}|{_EVERY}(?:day|week|wk|year|yr)|daily|weekly|yearly|annually)"
#: A volume per something ("3 calls a month per customer", "... a month each.") is not the whole volume.
_NOT_EACH = (r"(?! (?:per|for each|for every|to each|from each|in each|at each|for a|to a|for one|for every one)"
             r"(?!\w))(?! each(?=\s*(?:[.,;:!?)]|$)))")
_CALLS = (r"(?:(?:phone|voice|telephone) )?(?:calls|dials|call attempts)(?: (?:are|get|will be|would be"
          r"|to be) (?:made|placed|handled|answered"
          r"|received|taken|expected|coming in))?")
_VOLUME_FILLER = (r"(?:(?:is|of|at|around|about|roughly|approximately|some|nearly|currently|today|will be|should be"
                  r"|expected to be|averages?|runs? at|sits? at|up to|over|more than|under):? ){0,3}")


def _monthly(field: str, noun: str, channel: str = "", also: str = "") -> Phrase:
    """The ways a volume of ``noun`` per month is written, as one pattern (the number comes first, and a number is
    looked for once per field): "9,000 calls a month", "12k inbound calls per month", "2,000 calls a week"
    (converted), "40,000 monthly calls"; with ``channel``, also "50k messages a month on WhatsApp" and "50k
    messages on WhatsApp a month"; ``also`` may follow the noun before the period ("calls and 2,000 texts a month")."""
    on = rf"(?: (?:on|over|via|through|by|in) {channel})" if channel else ""
    messages = (rf"|messages(?={on}| ?{_ANY_PERIOD}{on}){on}?" if channel else "")
    return _p(rf"{amount()} (?:(?:{_ADJ} )?monthly (?:{_ADJ} ){{0,2}}?{noun}|(?:{_ADJ} ){{0,2}}?(?:{noun}{messages})"
              rf"{also} ?{_PER_MONTH}{_NOT_EACH}{on}?)", field, NUMBER)


#: What a share of conversations is a share of.
_CONVERSATIONS = (r"(?:(?:of )?(?:(?:all|the|our|their|those|these) )?(?:[a-z]\w* )?(?:calls|callers|conversations"
                  r"|chats|contacts|customers|interactions|cases|requests|enquiries|inquiries|tickets|them|those|these"
                  r"|people|users|patients|members|clients))")
_WILL = (r"(?:(?:will|would|should|still|typically|usually|probably|may|might|currently|then|get|gets|are|is|be|being"
         r"|must be|need to be|needs to be|end up|ends up|end up being|ends up being) ){0,2}")

VOLUME_PHRASES: tuple[Phrase, ...] = (
    # Calls per month: "About 9,000 calls a month", "calls 20,000 US consumers a month", "monthly call volume is
    # about 40k", "5,000 calls and 2,000 texts a month".
    _monthly("calls_per_month", _CALLS, also=rf"(?:(?:,| and| plus) {_ABOUT}{amount('other')} (?:{_ADJ} ){{0,2}}?"
                                              r"(?:texts|sms(?: messages)?|text messages|messages|whats~app messages"
                                              r"|chats|emails|chat users))?"),
    _p(rf"{_CALL_VERB}(?: (?:and|or|/) (?:text|texts|whats~app|message|messages|sms|email))? {_ABOUT}{amount()}"
       rf" (?:{_ADJ} ){{0,2}}?(?:{_CONTACTS}|numbers|homes) ?{_PER_MONTH}{_NOT_EACH}", "calls_per_month", NUMBER),
    _p(rf"(?:monthly|per~month) (?:inbound |outbound |incoming |outgoing )?(?:call|calling|phone|voice) volumes?:?"
       rf" {_VOLUME_FILLER}{amount()}(?: (?:{_ADJ} ){{0,2}}?calls)?", "calls_per_month", NUMBER),
    _p(rf"(?:inbound |outbound |incoming |outgoing )?(?:call|calling|phone|voice) volumes?:? {_VOLUME_FILLER}{amount()}"
       rf"(?: (?:{_ADJ} ){{0,2}}?calls)? ?{_PER_MONTH}{_NOT_EACH}", "calls_per_month", NUMBER),
    # ... and the volumes that are not the whole: two volumes of one kind ("5,000 inbound and 2,000 outbound calls",
    # left for the user to add up) and one tenant's ("each of our 40 clinics gets about 500 calls a month").
    Phrase(rf"{amount('first')} (?:inbound|outbound|incoming|outgoing|sales|support|service|reminder|collection"
           rf"|survey)(?: calls)?(?:,| and| plus) {_ABOUT}{amount('second')} (?:{_ADJ} ){{0,2}}?calls"
           rf"(?: ?{_ANY_PERIOD})?",
           (), hides=("calls_per_month",)),
    Phrase(rf"(?:each|every|per|a single) (?:of (?:our|the|their|its) )?(?:\w+ ){{0,3}}?(?:gets?|has|have|handles?"
           rf"|takes?|receives?|makes?|averages?|sees?|fields?|answers?|expects?|does|places?) {_ABOUT}{amount('each')}"
           rf" (?:{_ADJ} ){{0,2}}?calls(?: ?{_ANY_PERIOD})?", (), hides=("calls_per_month",)),
    # Minutes per call: "6-minute survey", "4 minutes each", "calls average 4 minutes", "90-second calls".
    _p(rf"{amount(scaled=False)} ?(?:minutes?|mins?|(?P<seconds>seconds?|secs?)) (?:(?:{_ADJ} ){{0,2}}?"
       r"(?:(?:phone |voice )?calls?|conversations?|surveys?|interviews?|check~ins?)|(?:per|a|each|an|every)"
       r" (?:call|conversation))",
       "minutes_per_call", NUMBER),
    _p(rf"(?:calls?|conversations?)(?: {_ANY_PERIOD})?(?: (?:that|which|will|would|should|typically|usually|normally"
       rf"|tend to|on average))? (?:last|lasts|lasting|average|averages|averaging|run|runs|running|take|takes"
       rf"|taking|are|is|of|at)(?: (?:about|around|roughly|approximately|typically|usually|on average|an average of"
       rf"|just|under|up to|over|less than|maybe))? {amount(scaled=False)} ?(?:minutes?|mins?|(?P<seconds>seconds?"
       rf"|secs?))",
       "minutes_per_call", NUMBER),
    _p(rf"(?:(?:average|avg|typical|mean|median) )?(?:call|conversation) (?:length|duration|time)s?:?"
       rf" (?:(?:is|of|around|about|roughly|approximately|averages?|will be|should be|under|typically|usually) ){{0,3}}"
       rf"{amount(scaled=False)} ?(?:minutes?|mins?|(?P<seconds>seconds?|secs?))", "minutes_per_call", NUMBER),
    _p(rf"calls?(?: {_ANY_PERIOD})?,? (?:at |of )?{_ABOUT}{amount(scaled=False)} ?(?:minutes?|mins?"
       r"|(?P<seconds>seconds?|secs?)) (?:each|apiece|on average|average|long)", "minutes_per_call", NUMBER),
    # People who log in to Flex: a count of people whose work is answering conversations ("a team of 25 agents",
    # "300 human agents"), or of other people when the words say they answer them ("our 40 claims adjusters in
    # Flex", "12 nurses who take the transfers"). Never the people who call or are served ("our 5,000 employees",
    # "a clinic with 12 staff"), nor the AI ("3 AI agents").
    _p(rf"(?:our|my|their|its|(?:team|staff|cent(?:er|re)|department|floor|pool) of|with|have|has|employs?|employing)"
       rf" {_ABOUT}{amount(scaled=False)} (?:(?!{_NOT_ANSWERERS}(?!\w)){_ADJ} ){{0,2}}?"
       rf"(?:{_ANSWERERS}{_ANSWERING}?|{_STAFF}{_ANSWERING})", "seats", NUMBER),
    _p(rf"{amount(scaled=False, words=False)} (?:(?:(?:twilio )?flex|agent|contact~cent(?:er|re)|call~cent(?:er|re))"
       r" (?:seats|licen[cs]es|users)|(?:seats|licen[cs]es|users) (?:in|on|for) (?:twilio )?flex)", "seats", NUMBER),
    # Messages and chat users per month.
    _monthly("sms_per_month", r"(?:sms(?: messages| segments| texts)?|texts|text messages)", r"(?:sms|text)"),
    _monthly("whatsapp_per_month", r"whats~app messages", r"whats~app"),
    _monthly("chat_users_per_month", r"(?:(?:unique|active|distinct) )?(?:web~?|website |live |site |in~app )?chat"
                                     r" (?:users|visitors)"),
    # Text conversations (threads with one person): "8,000 WhatsApp conversations a month", "2k SMS threads a month".
    _monthly("messaging_conversations_per_month", r"(?:sms|text|whats~app|messaging|message) (?:conversations|threads"
                                                  r"|chats)"),
    # The length after a monthly call count: "15,000 calls a month, 3 minutes." (not "... 3 minutes of hold").
    # "~3 min each", "avg 4.5 minutes" ("\x7e" is a tilde: in these patterns "~" is an optional separator).
    _p(rf"calls ?{_PER_MONTH},? (?:(?:of|at|averaging|lasting|each|about|around|roughly|avg|average|on average"
       rf"|approx) )*(?:\x7e ?)?{amount(scaled=False)}"
       rf" ?(?:minutes?|mins?|(?P<seconds>seconds?|secs?))(?=\s*(?:[.,;:!?)]|$|each|long|on average|apiece))",
       "minutes_per_call", NUMBER),
    # The share of conversations a person takes: "15% of calls go to a person", "an escalation rate of 15%",
    # "escalate about 1 in 5 calls", "85% containment" (the rest escalate).
    _p(rf"{SHARE} (?:(?:{_CONVERSATIONS} )?{_WILL}(?:(?:escalat(?:e|ed|es|ion|ions)|transfer(?:s|red)?|handed (?:off"
       rf"|over|on)|hand~offs?|hand~overs?|warm transfers?)(?: (?:on|over|off|through|up))?(?: to {_TO_PERSON})?|(?:go"
       rf"|goes|need|needs|require|requires|want|wants|ask for|asks for|reach|reaches|passed|routed|sent|put through"
       rf"|forwarded|referred)(?: (?:on|over|off|through|up))?(?: (?:to|with|for))?(?: (?:speak|talk) (?:to|with))?"
       rf" {_TO_PERSON})|(?:(?:call|self~service|ai|bot|automation) )?(?P<contained>containment))", "escalation_share",
       NUMBER),
    _p(rf"(?:escalation|transfer|hand~off|handover|human hand~off) (?:rates?|shares?|ratios?|percentages?):?"
       rf" (?:(?:is|of|at|around|about|roughly|approximately|approx|nearly|close to|will be|should be|expected to be"
       rf"|targets?|targeted|currently|today|under|below|typically|usually) ){{0,3}}{SHARE}", "escalation_share",
       NUMBER),
    _p(rf"(?:escalat(?:e|es|ing)|transfer(?:s|ring)?|hand(?:s|ing)? (?:off|over)) {_ABOUT}{SHARE}"
       rf"(?: {_CONVERSATIONS})?", "escalation_share", NUMBER),
    _p(rf"(?:pass(?:es|ing)?|rout(?:e|es|ing)|send(?:s|ing)?|hand(?:s|ing)?|put(?:s|ting)? through|connect(?:s|ing)?)"
       rf" {_ABOUT}{SHARE} {_CONVERSATIONS} (?:(?:on|over|through) )?(?:to|with) {_TO_PERSON}", "escalation_share",
       NUMBER),
    _p(rf"(?P<contained>containment)(?: (?:rates?|targets?|goals?))?:? (?:(?:is|of|at|around|about|roughly"
       rf"|approximately|will be|should be|targets?|targeted|currently|today) ){{0,3}}{SHARE}", "escalation_share",
       NUMBER),
)

#: Language names (and speakers) to BCP-47 base tags.
LANGUAGES: dict[str, str] = {
    "english": "en", "spanish": "es", "french": "fr", "german": "de", "portuguese": "pt", "italian": "it",
    "dutch": "nl", "japanese": "ja", "chinese": "zh", "mandarin": "zh", "cantonese": "yue", "korean": "ko",
    "hindi": "hi", "arabic": "ar", "russian": "ru", "turkish": "tr", "vietnamese": "vi", "swedish": "sv",
    "norwegian": "no", "danish": "da", "finnish": "fi", "greek": "el", "hebrew": "he", "thai": "th",
    "indonesian": "id", "tagalog": "tl", "filipino": "fil", "ukrainian": "uk", "czech": "cs", "romanian": "ro",
    "hungarian": "hu", "bengali": "bn", "tamil": "ta", "urdu": "ur", "malay": "ms", "punjabi": "pa",
    "persian": "fa", "farsi": "fa", "catalan": "ca", "swahili": "sw", "serbian": "sr", "croatian": "hr",
    "bosnian": "bs", "slovak": "sk", "slovenian|slovene": "sl", "bulgarian": "bg", "estonian": "et", "latvian": "lv",
    "lithuanian": "lt", "icelandic": "is", "maltese": "mt", "luxembourgish": "lb", "albanian": "sq",
    "macedonian": "mk", "armenian": "hy", "azerbaijani|azeri": "az", "kazakh": "kk", "uzbek": "uz",
    "mongolian": "mn", "basque|euskara": "eu", "galician": "gl", "cymraeg": "cy", "gaeilge": "ga",
    "afrikaans": "af", "zulu|isizulu": "zu", "xhosa": "xh", "amharic": "am", "somali": "so", "yoruba": "yo",
    "igbo": "ig", "hausa": "ha", "tigrinya": "ti", "marathi": "mr", "telugu": "te", "gujarati": "gu",
    "kannada": "kn", "malayalam": "ml", "nepali": "ne", "sinhala|sinhalese": "si", "pashto": "ps", "kurdish": "ku",
    "khmer": "km", "burmese": "my", "hmong": "hmn", "cebuano": "ceb", "yiddish": "yi", "m[aā]ori": "mi",
    "samoan": "sm", "hawaiian": "haw", "quechua": "qu",
    # Languages named in Spanish, Portuguese, French or German.
    "espa[ñn]ol|castellano|espagnol|spanisch": "es", "fran[cç]ais|franc[eê]s|franc[eé]s|franz[oö]sisch": "fr",
    "portugu[eê]s": "pt", "ingl[eé]s|ingl[eê]s|anglais|englisch": "en", "alem[aá]n|alem[aã]o|allemand|deutsch": "de",
    "portugu[eê]s do brasil|portugu[eê]s brasileiro": "pt-BR",
    # Two words that name one language.
    "irish gaelic": "ga", "scottish gaelic|g[aà]idhlig": "gd", "haitian creole": "ht",
    # Regional variants name a locale (the tag ConversationRelay's language attribute takes).
    "mexican spanish": "es-MX", "latin american spanish": "es-419", "castilian(?: spanish)?|european spanish": "es-ES",
    "brazilian portuguese": "pt-BR", "european portuguese": "pt-PT", "british english|uk english": "en-GB",
    "american english|us english": "en-US", "australian english": "en-AU",
    "canadian french|qu[eé]bec(?:ois)? french|qu[eé]b[eé]cois": "fr-CA",
    # Words that are also ordinary English need the context of language.
    "polish (?:speakers|speaking|language|customers|callers|users)|in polish": "pl",
}

#: Language names that are more often a nationality ("an Irish company", "the Welsh Government"): read as a language
#: only beside another language ("English and Irish") or with words for speaking ("in Welsh", "Irish-speaking").
NATIONAL_LANGUAGES: dict[str, str] = {"irish": "ga", "welsh": "cy", "polish": "pl"}
#: Words that say a language is spoken: "speaks Irish", "answer in Welsh".
_SPEAK = (r"(?:speak|speaks|speaking|spoken|talk|talks|talking|converse|converses|answer|answers|reply|replies"
          r"|respond|responds|fluent|understand|understands|support|supports) (?:in )?(?:both )?")

#: A language name before a word for people is a nationality ("German customers": the countries answer).
LANGUAGE_PHRASES: tuple[Phrase, ...] = (
    _grouped("languages", {f"l{index}": (name, (tag,)) for index, (name, tag) in enumerate(LANGUAGES.items())
                           if " " not in name and "(" not in name}, rf"(?:~speaking|(?! {_WORD}?{PEOPLE}))"),
    _grouped("languages", {f"l{index}": (name, (tag,)) for index, (name, tag) in enumerate(LANGUAGES.items())
                           if " " in name or "(" in name}),
    _grouped("languages", {f"n{index}": (name, (tag,)) for index, (name, tag) in enumerate(NATIONAL_LANGUAGES.items())},
             rf"(?! {_WORD}?{PEOPLE})", requires=(("languages", ANY),)),
    _grouped("languages", {f"s{index}": (rf"{_SPEAK}{name}(?! {_WORD}?{PEOPLE})|{name}(?:~speaking| language"
                                         rf"| speakers)|(?<=in\s){name}(?=\s*(?:[.,;:!?)]|$| (?:and|or|too|as well"
                                         r"|only)\b))", (tag,))
                           for index, (name, tag) in enumerate(NATIONAL_LANGUAGES.items())}),
    # A tag written out, as in TwiML's ``language="en-gb"``, or in a list ("en-GB and ga-IE": the region in capitals).
    _p(r"language=[\"']?(?P<tag>[a-z]{2,3}(?:-[A-Za-z]{2}|-[0-9]{3})?)(?![\w-])", "languages", TAG, 3),
    _p(rf"(?-i:(?P<tag>(?:{'|'.join(sorted({tag.split('-')[0] for tag in LANGUAGES.values()}))})-(?:[A-Z]{{2}}"
       r"|[0-9]{3})))(?![\w-])", "languages", TAG, 3),
)

PHRASES: tuple[Phrase, ...] = (
    CHANNEL_PHRASES + ESSENTIAL_PHRASES + CONTEXT_PHRASES + DIRECTION_PHRASES + GEOGRAPHY_PHRASES + REGION_PHRASES
    + STACK_PHRASES + PIPELINE_PHRASES + LANGUAGE_PHRASES + VOLUME_PHRASES
)

#: An answer read from the text that implies another when the text does not give that one (a zero implies nothing):
#: a share of conversations handed to a person means people take some. (A speech provider named implies no pipeline:
#: it says which engine, not whether a speech-to-speech model was considered; the engine's default is cascaded.)
IMPLIED: dict[str, tuple[str, object]] = {
    "escalation_share": ("handoff", True),
    "handoff_target": ("handoff", True),  # naming who takes the hand-off says there is one
}
#: Single-valued answers whose values combine when the text names several: inbound and outbound make both.
COMBINED_VALUES: dict[str, dict[frozenset[str], str]] = {
    "direction": {frozenset({"inbound", "outbound"}): "both"},
}
#: Values of one answer that, both read anywhere in a request (at any priority), leave it open: calls that sell are
#: an outbound programme and commerce at once ("call back web leads", "phone customers to offer renewals"), and the
#: outcome question takes one answer, so the user gives it.
OPEN_TOGETHER: dict[str, tuple[frozenset[str], ...]] = {
    "outcome": (frozenset({"outbound_calling", "conversational_commerce"}),),
}

# --- Negation and hedging ------------------------------------------------------------------
#: Words that, shortly before a phrase in the same clause, negate it ("no human handoff").
NEGATORS: tuple[str, ...] = (
    "no", "not", "never", "without", "none", "nor", "neither", "skip", "skipping", "don't", "dont", "doesn't",
    "doesnt", "won't", "wont", "isn't", "aren't", "shouldn't", "needn't", "can't", "cannot", "didn't", "zero",
    "nothing",  # "it has nothing to do with phones"
)
#: Negator words that do not negate in these pairs.
NOT_NEGATING: tuple[str, ...] = (
    "not only", "not just", "no matter", "no doubt", "not sure", "no idea", "never mind",
    "nothing but", "nothing more", "nothing less", "nothing else", "nothing fancy",
    "not forget", "never forget", "don't forget", "doesn't forget", "won't forget", "shouldn't forget", "cannot forget",
    # what the AI cannot do is what a person takes: "reps take whatever it can't handle in our contact centre"
    "can't handle", "cannot handle", "can't answer", "cannot answer", "can't resolve", "cannot resolve", "can't help",
    "cannot help", "can't deal", "cannot deal", "doesn't know", "can't do", "cannot do",
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

# --- What the reader did not understand -----------------------------------------------------
#: Words that carry no answer on their own: articles, pronouns, auxiliaries, prepositions, conjunctions, greetings
#: and the verbs of asking ("we want to build", "can you help"). The reader lists the request's other words that no
#: signal or phrase used (:func:`twarch.reader.request.unread_words`), so these never make a phrase of their own.
FILLER_WORDS: frozenset[str] = frozenset("""
a an the this that these those it its it's itself there here what which who whom whose when where why how
i me my mine we us our ours you your yours he him his she her they them their theirs one ones
am is are was were be been being do does did doing done have has had having get gets got getting
will would shall should can could may might must need needs needed want wants wanted wanting like likes
would've we'd we're we've we'll i'd i'm i've i'll you'd you're you've they're they'd that's what's it'll there's
here's let's don't doesn't didn't can't cannot won't isn't aren't wasn't shouldn't wouldn't couldn't
let lets make makes made making use uses used using go goes going went try trying tried plan planning planned
look looking think thinking thought know knows hope hoping wonder wondering build building built create creating
help helps helping start starting started set setting put give gives giving take takes see sees seeing
and or but nor so yet if then than because though although while whereas unless until since as also too either
of in on at by for with without from to into onto over under about above below between through during after before
up down out off again further once only just even still already really very quite rather pretty much many more most
some any all each every both few other another such same own no not nor never none nothing something anything
everything someone anyone everyone somebody anybody thing things stuff way ways lot lots kind sort type bit
everybody nobody anywhere everywhere somewhere whatever whenever
run runs running ran own owns owned keep keeps kept come comes came bring brings tell tells ask asks asked say says
said mean means feel seem seems happen happens find finds add adds move moves turn turns allow allows enable enables
hi hello hey thanks thank please pls ok okay yes yeah sure well basically actually maybe perhaps probably
currently today now soon later new good great best better nice able possible possibly etc e.g i.e via per vs
""".split())
