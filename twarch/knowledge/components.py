"""What each component of a design needs and where it may run, declared once (issue: designs that can be built).

Every Twilio product twarch can recommend, every channel, the Agent Connect SDK and its features, and the LLM
routes is a :class:`Component` with, for each Twilio region (``us1``, ``ie1``, ``au1``), its status there; for each
regime that restricts products (HIPAA, PCI DSS), its eligibility; the components it requires; and what a design uses
instead when it cannot have it. Every cell rests on a sourced, dated claim of :mod:`twarch.knowledge.claims`, so the
eligibility matrix a report prints can name the source of each cell.

The engine (:mod:`twarch.engine.feasibility`) reads this table: a component that is absent from the answered region,
not eligible under an active regime, or that requires one of those, is unavailable to the design; the rules then
choose the feasible alternative, and the report says in one line what had to give.

Statuses: regions ``ga``, ``beta`` (available, with the note's limits), ``absent`` (not offered there), ``unstated``
(Twilio says neither: the design keeps it and the report says to confirm); regimes ``eligible``, ``conditional``
(eligible under the note's conditions), ``not_eligible``, ``unstated``.

>>> COMPONENTS["flex"].regions["ie1"].status, COMPONENTS["flex"].regimes["hipaa"].status
('absent', 'conditional')
>>> COMPONENTS["conversation_intelligence"].requires
('conversation_orchestrator',)
"""

from __future__ import annotations

from dataclasses import dataclass

from .claims import CLAIMS
from .products import PRODUCTS

REGIONS = ("us1", "ie1", "au1")
REGION_STATUSES = ("ga", "beta", "absent", "unstated")
#: The regimes whose notices restrict which products a workflow may use.
RESTRICTING = ("hipaa", "pci_dss")
REGIME_STATUSES = ("eligible", "conditional", "not_eligible", "unstated")
#: ``service``: a Twilio service a line may name (Sync) that twarch never recommends as a product of the design.
KINDS = ("product", "channel", "sdk", "sdk_feature", "service")
#: Where a Twilio region keeps data, as the LLM routes' residency names it.
ZONES = {"us1": "US", "ie1": "EU", "au1": "Australia"}


@dataclass(frozen=True)
class Cell:
    """One status with the claim it rests on, and its conditions or limits in words."""

    status: str
    claim: str
    note: str = ""
    #: regimes this region's deployment is not eligible for (Studio and TaskRouter in IE1: neither HIPAA nor PCI)
    barred: tuple[str, ...] = ()


@dataclass(frozen=True)
class Component:
    id: str
    name: str
    kind: str
    regions: dict[str, Cell]
    regimes: dict[str, Cell]
    #: components it cannot work without, and the claim that says so
    requires: tuple[str, ...] = ()
    requires_claim: str = ""
    #: what a design uses when it cannot have this component, in words (said in "what had to give")
    instead: str = ""


def _cells(us1: Cell, ie1: Cell, au1: Cell) -> dict[str, Cell]:
    return {"us1": us1, "ie1": ie1, "au1": au1}


GA = Cell("ga", "region.us1")
IE1_ABSENT = Cell("absent", "region.ie1_products")
AU1_ABSENT = Cell("absent", "region.au1_products")
IE1_BETA_NO_REGIMES = Cell("beta", "region.ie1_beta", "public beta in IE1, neither HIPAA eligible nor PCI "
                           "compliant there", barred=("hipaa", "pci_dss"))
FOUR_PRODUCTS = Cell("not_eligible", "eligibility.four_products")
HIPAA_OK = Cell("eligible", "hipaa.products")
PCI_UNLISTED = Cell("unstated", "pci.products_unlisted")
NO_CARDS_IN_TEXT = Cell("conditional", "pci.text", "no card numbers in messages: send a hosted payment link")


def _conversations(pid: str, instead: str, requires: tuple[str, ...] = (), claim: str = "") -> Component:
    return Component(pid, PRODUCTS[pid].name, "product", _cells(GA, IE1_ABSENT, AU1_ABSENT),
                     {"hipaa": FOUR_PRODUCTS, "pci_dss": FOUR_PRODUCTS}, requires, claim, instead)


COMPONENTS: dict[str, Component] = {c.id: c for c in (
    # ------------------------------------------------------------------ voice transports
    Component("conversation_relay", "ConversationRelay", "product",
              _cells(GA, Cell("unstated", "region.relay_unstated"), Cell("unstated", "region.relay_unstated")),
              {"hipaa": Cell("conditional", "relay.hipaa", "configured under a BAA, with every speech and LLM vendor "
                             "that hears PHI under its own BAA"),
               "pci_dss": Cell("conditional", "relay.pci", "PCI-compliant speech providers, and no card data in the "
                               "greeting, hints, parameters or hand-off data")},
              instead="Media Streams to your own server, which runs the speech vendors itself"),
    Component("media_streams", "Media Streams", "product",
              _cells(GA, Cell("ga", "media_streams.regions"), Cell("ga", "region.au1_products")),
              {"hipaa": Cell("conditional", "hipaa.products", "with the extra configuration of Twilio's HIPAA guide"),
               "pci_dss": PCI_UNLISTED}),
    # ------------------------------------------------------------------ Conversations services
    _conversations("conversation_orchestrator", "your server keeps each conversation across channels itself (the "
                   "messaging webhooks and your own conversation store)", ("conversation_memory",),
                   "orch.memory_store"),
    _conversations("conversation_memory", "your own customer store (a database in your region, under your own "
                   "agreements), read into the prompt when a conversation starts and written when it ends"),
    _conversations("conversation_intelligence", "your own analysis of the conversations' text, which your server "
                   "already sees turn by turn, or of recordings transcribed under your agreements",
                   ("conversation_orchestrator",), "intel.requires_orchestrator"),
    # ------------------------------------------------------------------ card payments
    Component("pay_subaccount", PRODUCTS["pay_subaccount"].name, "product",
              _cells(GA, Cell("ga", "region.ie1_pay", "six Pay Connectors, not Stripe or Adyen"),
                     Cell("ga", "region.au1_products", "six Pay Connectors, not Stripe or Adyen")),
              {"hipaa": HIPAA_OK, "pci_dss": Cell("conditional", "pci.mode", "PCI Mode switched on in that subaccount, "
                                                  "for good")}),
    # ------------------------------------------------------------------ hand-off and routing
    Component("studio", "Twilio Studio", "product", _cells(GA, IE1_BETA_NO_REGIMES, AU1_ABSENT),
              {"hipaa": Cell("conditional", "hipaa.products", "with the extra configuration of Twilio's HIPAA guide"),
               "pci_dss": PCI_UNLISTED},
              instead="your <Connect action> handler returns the TwiML that routes the call (<Dial>, <Enqueue>)"),
    Component("taskrouter", "TaskRouter", "product", _cells(GA, IE1_BETA_NO_REGIMES, AU1_ABSENT),
              {"hipaa": HIPAA_OK, "pci_dss": PCI_UNLISTED},
              instead="your contact centre's own routing"),
    Component("flex", "Flex", "product", _cells(GA, IE1_ABSENT, AU1_ABSENT),
              {"hipaa": Cell("conditional", "hipaa.products", "voice, SMS, chat and Webchat 3.x; not email, WhatsApp "
                             "or Agent Copilot"), "pci_dss": PCI_UNLISTED}),  # instead: feasibility.flex_instead
    Component("real_time_transcription", "Real-Time Transcription", "product",
              _cells(Cell("beta", "voice.real_time_transcription", "Twilio's pages disagree on beta and GA"),
                     Cell("unstated", "region.ie1_products"), Cell("unstated", "region.au1_products")),
              {"hipaa": Cell("unstated", "voice.real_time_transcription"),
               "pci_dss": Cell("unstated", "voice.real_time_transcription")}),
    Component("agent_copilot", "Agent Copilot", "product",
              _cells(Cell("beta", "flex.copilot", "public beta"), IE1_ABSENT, AU1_ABSENT),
              {"hipaa": Cell("not_eligible", "flex.copilot"), "pci_dss": Cell("not_eligible", "flex.copilot")},
              ("flex",), "flex.copilot", instead="your own Flex plugin on the call's transcript"),
    # ------------------------------------------------------------------ services a line may name
    Component("sync", "Twilio Sync", "service", _cells(GA, IE1_ABSENT, AU1_ABSENT),
              {"hipaa": Cell("unstated", "hipaa.products"), "pci_dss": PCI_UNLISTED},
              instead="your own store in the region (Redis, DynamoDB or a database)"),
    # ------------------------------------------------------------------ channels
    Component("voice", "Voice", "channel", _cells(GA, Cell("ga", "region.ie1_products"),
                                                 Cell("ga", "region.au1_products")),
              {"hipaa": HIPAA_OK, "pci_dss": Cell("conditional", "pci.mode", "card digits taken by <Pay> with PCI Mode "
                                                   "on the account, which cannot be turned off")}),
    Component("sms", "SMS", "channel", _cells(GA, Cell("beta", "region.ie1_beta", "public beta, API only"),
                                              AU1_ABSENT),
              {"hipaa": HIPAA_OK, "pci_dss": NO_CARDS_IN_TEXT}),
    Component("whatsapp", "WhatsApp", "channel", _cells(GA, IE1_ABSENT, AU1_ABSENT),
              {"hipaa": Cell("not_eligible", "hipaa.whatsapp"), "pci_dss": NO_CARDS_IN_TEXT}),
    Component("rcs", "RCS", "channel", _cells(GA, IE1_ABSENT, AU1_ABSENT),
              {"hipaa": Cell("unstated", "hipaa.products"), "pci_dss": NO_CARDS_IN_TEXT}),
    Component("chat", "Web chat", "channel", _cells(GA, Cell("ga", "region.ie1_products", "Conversations, chat only"),
                                                   AU1_ABSENT),
              {"hipaa": Cell("eligible", "conversations.chat_hipaa"), "pci_dss": NO_CARDS_IN_TEXT}),
    # ------------------------------------------------------------------ Agent Connect
    Component("agent_connect", "Twilio Agent Connect SDK", "sdk",
              _cells(Cell("ga", "tac.ga"), Cell("absent", "tac.region_hosts"), Cell("absent", "tac.region_hosts")),
              {"hipaa": FOUR_PRODUCTS, "pci_dss": FOUR_PRODUCTS},
              instead="the manual path: your server works with Twilio's voice and messaging APIs directly"),
    Component("tac_orchestrated", "Agent Connect's orchestrated mode (messaging, memory, Studio hand-off)",
              "sdk_feature", _cells(GA, IE1_ABSENT, AU1_ABSENT), {"hipaa": FOUR_PRODUCTS, "pci_dss": FOUR_PRODUCTS},
              ("agent_connect", "conversation_orchestrator"), "tac.relay_only",
              instead="ConversationRelay-only mode: voice only, no SDK memory"),
    Component("tac_handoff_tool", "Agent Connect's Studio hand-off tool", "sdk_feature",
              _cells(GA, IE1_ABSENT, AU1_ABSENT), {"hipaa": FOUR_PRODUCTS, "pci_dss": FOUR_PRODUCTS},
              ("tac_orchestrated", "conversation_memory", "studio"), "tac.handoff_requires",
              instead="the SDK's own hand-off: set the session's pending hand-off data, and ConversationRelay's end "
                      "message carries it to your <Connect action> handler, which routes the call"),
    Component("tac_realtime", "Agent Connect's OpenAI Realtime and GPT-Live providers", "sdk_feature",
              _cells(GA, Cell("absent", "tac.region_hosts"), Cell("absent", "tac.region_hosts")),
              {"hipaa": FOUR_PRODUCTS, "pci_dss": FOUR_PRODUCTS}, ("agent_connect", "media_streams"),
              "tac.realtime_limits",
              instead="your own Media Streams bridge to the realtime model"),
)}

#: What each LLM route's own API offers for keeping the conversation's processing in each zone
#: (``in_zone``, ``outside``, ``unstated``), with the claim: the region keeps Twilio's data, not the LLM's.
LLM_RESIDENCY: dict[str, dict[str, Cell]] = {
    "openai": {"US": Cell("in_zone", "llm.residency_openai"), "EU": Cell("in_zone", "llm.residency_openai"),
               "Australia": Cell("outside", "llm.residency_openai", "stored in Australia, processed outside")},
    "anthropic": {"US": Cell("in_zone", "llm.residency_anthropic"), "EU": Cell("outside", "llm.residency_anthropic"),
                  "Australia": Cell("outside", "llm.residency_anthropic")},
    "azure_openai": {"US": Cell("in_zone", "llm.residency_azure", "a US Data Zone deployment"),
                     "EU": Cell("in_zone", "llm.residency_azure", "an EU Data Zone deployment"),
                     "Australia": Cell("in_zone", "llm.residency_azure", "a Standard deployment in Australia East")},
    "bedrock": {"US": Cell("in_zone", "llm.residency_bedrock"), "EU": Cell("in_zone", "llm.residency_bedrock",
                                                                          "the EU inference profile"),
                "Australia": Cell("in_zone", "llm.residency_bedrock", "the AU inference profile")},
    "google": {"US": Cell("in_zone", "llm.residency_google"), "EU": Cell("in_zone", "llm.residency_google"),
               "Australia": Cell("unstated", "llm.residency_google")},
}
#: What each route's in-zone option does not cover, said beside it (the same claims as :data:`LLM_RESIDENCY`).
LLM_ZONE_CAVEATS: dict[str, str] = {
    "azure_openai": "a Global deployment may process in any Azure region, so check that the model you need, a realtime "
                    "one included, is offered with that deployment type there",
    "bedrock": "the wider cross-Region profiles, APAC and global, may process outside it",
}
#: The LLM route each cloud offers, for a design whose answered route processes outside its region's zone: the one
#: consistent with the customer's stack (round 1, design 04: an AWS customer in AU1 moves to Bedrock's AU profile).
CLOUD_LLM_ROUTES: dict[str, str] = {"aws": "bedrock", "azure": "azure_openai", "gcp": "google"}
#: The route reselling the same maker's models, for such a design with no cloud answered (``cloud`` unanswered or
#: ``any``): OpenAI's models through Azure OpenAI, Anthropic's Claude through Bedrock, each holding a sourced in-zone
#: cell in :data:`LLM_RESIDENCY` (round 2, design 05: speech-to-speech dropped in AU1 must not leave OpenAI's own API
#: processing outside Australia). The customer can change it by answering ``cloud`` or ``llm``.
MAKER_LLM_ROUTES: dict[str, str] = {"openai": "azure_openai", "anthropic": "bedrock"}
#: Realtime (speech-to-speech) models by zone: OpenAI's run in the US and Europe only.
REALTIME_RESIDENCY: dict[str, Cell] = {
    "US": Cell("in_zone", "llm.residency_openai"), "EU": Cell("in_zone", "llm.residency_openai"),
    "Australia": Cell("outside", "llm.residency_openai", "OpenAI's realtime models run only in the US and Europe"),
}


def _check() -> None:
    """Every cell's status is known and rests on a declared claim; requirements name declared components."""
    for c in COMPONENTS.values():
        problem = ""
        if c.kind not in KINDS:
            problem = f"kind {c.kind!r}"
        elif set(c.regions) != set(REGIONS) or set(c.regimes) != set(RESTRICTING):
            problem = "needs a cell for every region and every restricting regime"
        elif any(cell.status not in REGION_STATUSES for cell in c.regions.values()):
            problem = "unknown region status"
        elif any(cell.status not in REGIME_STATUSES for cell in c.regimes.values()):
            problem = "unknown regime status"
        elif any(cell.claim not in CLAIMS for cell in (*c.regions.values(), *c.regimes.values())):
            problem = "a cell rests on an unknown claim"
        elif any(r not in COMPONENTS for r in c.requires) or (c.requires and c.requires_claim not in CLAIMS):
            problem = "requires an unknown component, or gives no claim for its requirements"
        elif c.kind == "product" and c.id not in PRODUCTS:
            problem = "is not a product of knowledge/products.py"
        if problem:
            raise ValueError(f"component {c.id!r}: {problem}")
    missing = set(PRODUCTS) - set(COMPONENTS)
    if missing:
        raise ValueError(f"products without a feasibility declaration: {', '.join(sorted(missing))}")
    for route in LLM_RESIDENCY.values():
        for cell in route.values():
            if cell.claim not in CLAIMS:
                raise ValueError(f"LLM residency cell rests on an unknown claim {cell.claim!r}")


_check()
