"""How big a design must be: WebSocket servers, subaccounts, Functions, provider limits and human agents.

:func:`capacity` sizes a design from its peak concurrent calls, tenants and escalations:

* **WebSocket server instances**: peak concurrent calls / calls per instance (a vendor's sizing, a parameter to
  replace with your load test), plus one spare behind the load balancer in production (the playbook deploys the
  ConversationRelay server behind a load balancer for redundancy), with the state rule the Agent Connect server needs;
* **subaccounts**: each tenant gets its own Memory store and Orchestrator configuration, so the per-account limits
  turn tenants into accounts; the limits conflict between Twilio's skills and docs, so both readings are computed
  and the plan takes the larger (the limits are checked only where one account holds at least half the lower
  reading: a single business's store is within either);
* **human agents** for a transfer to a contact centre Flex does not serve are sized for that contact centre's own
  planning, with no Flex seats;
* **Twilio Functions**: the live calls' callbacks as a rate (peak calls x callbacks per call / call seconds) against
  what the 30 concurrent executions carry at the 10-second limit, and above it the mean execution time under which
  the service still fits (never as the WebSocket host: Functions answer HTTP only);
* **provider limits** where sourced (Deepgram, AssemblyAI), for the vendors you run yourself over Media Streams;
* **US SMS a day**: sms_per_month / 30.42 days (per tenant's brand for an ISV) against T-Mobile's daily cap per A2P
  10DLC brand, tier by trust score (2,000 / 10,000 / 40,000 / 200,000 segments);
* **human agents** (designs with handoff): the smallest head count whose Erlang C service level meets the target,
  for the escalations of the busiest hour you answer, else of the peak hour your peak concurrency implies (calls at
  the peak x escalation share, plus the other conversations' busy hour), else of the **busy hour of an open day**
  (every conversation, calls, chat users, SMS and WhatsApp threads, / the open days of a month x ``busy_hour_share``;
  opening hours default to business hours, 5 days x 10 hours, and the busy hour to an even spread over them, both
  stated as assumptions), with a warning when the sized team's occupancy is above ``max_occupancy`` (85%, the most
  contact centres plan to) and the head count that holds it there. An unanswered handoff sizes nothing.

Erlang C, for ``N`` agents offered ``A = escalations per hour x handle time / 60`` erlangs: the probability a call
waits is ``C(N, A) = N B / (N - A (1 - B))`` with Erlang B from the recursion ``B_k = A B_{k-1} / (k + A B_{k-1})``,
and the service level is ``1 - C(N, A) exp(-(N - A) t / h)`` for answer time ``t`` and handle time ``h``.

>>> round(service_level(14, 10.0, 180, 20), 4)   # Call Centre Helper's worked example: 14 agents, 88.8%
0.8884
>>> agents_needed(10.0, 180, 20, 0.8)
14
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from ..engine.derive import accounts_for, tenants_text
from ..errors import AnswerError
from ..knowledge.claims import FUNCTIONS_FAQ, FUNCTIONS_FLOW
from ..knowledge.limits import LIMITS, RELIABILITY_SKILL, Limit
from ..knowledge.products import PRODUCTS
from ..knowledge.regimes import SUBACCOUNT_REASONS, TENANT_SUBACCOUNT_REGIMES
from .inputs import Inputs, average_escalations, escalations_from_peak, open_days, resolve
from .stack import Stack
from .throughput import throughput
from .volumes import Volumes, figure

#: Agents beyond which the search for the service level gives up (a target no staffing can meet).
MAX_AGENTS = 100_000


# ------------------------------------------------------------------------------------------------ Erlang C

def erlang_b(agents: int, traffic: float) -> float:
    """Erlang B: the probability all ``agents`` are busy for ``traffic`` erlangs (lost-calls model), by recursion."""
    b = 1.0
    for k in range(1, agents + 1):
        b = traffic * b / (k + traffic * b)
    return b


def erlang_c(agents: int, traffic: float) -> float:
    """Erlang C: the probability a call waits for one of ``agents`` offered ``traffic`` erlangs (1 when unstable)."""
    if traffic <= 0:
        return 0.0
    if agents <= traffic:
        return 1.0
    return _wait(agents, traffic, erlang_b(agents, traffic))


def _wait(agents: int, traffic: float, b: float) -> float:
    """Erlang C from Erlang B ``b`` of the same stable queue: ``N B / (N - A (1 - B))``."""
    return agents * b / (agents - traffic * (1 - b))


def _level(agents: int, traffic: float, b: float, handle_seconds: float, answer_seconds: float) -> float:
    """The service level of a stable queue from its Erlang B ``b``."""
    return 1 - _wait(agents, traffic, b) * math.exp(-(agents - traffic) * answer_seconds / handle_seconds)


def service_level(agents: int, traffic: float, handle_seconds: float, answer_seconds: float) -> float:
    """The share of calls answered within ``answer_seconds`` (0 when the queue is unstable)."""
    if traffic <= 0:
        return 1.0
    if agents <= traffic:
        return 0.0
    return _level(agents, traffic, erlang_b(agents, traffic), handle_seconds, answer_seconds)


def agents_needed(traffic: float, handle_seconds: float, answer_seconds: float, target: float) -> int:
    """The smallest number of agents whose Erlang C service level meets ``target``: Erlang B is computed once for
    the first stable team and carried one agent at a time, so the search costs one pass up to the answer; traffic
    that needs more than :data:`MAX_AGENTS` is refused before any of it."""
    if not 0 <= target < 1:
        raise AnswerError("service_level", f"{target:g} can never be met by a finite team" if target >= 1 else
                          f"{target:g} is not allowed", "a share from 0 up to (not including) 1")
    if traffic <= 0:
        return 0
    if traffic >= MAX_AGENTS:  # floor(traffic) + 1 agents would exceed MAX_AGENTS (and infinite traffic has none)
        raise AnswerError("escalations_per_hour", f"{traffic:,.0f} erlangs of escalations need more than "
                          f"{MAX_AGENTS:,} agents", "fewer escalations an hour or a shorter handle time")
    n = math.floor(traffic) + 1
    b = erlang_b(n, traffic)
    while _level(n, traffic, b, handle_seconds, answer_seconds) < target:
        n += 1
        if n > MAX_AGENTS:
            raise AnswerError("service_level", f"no team up to {MAX_AGENTS:,} agents meets it", "a lower target")
        b = traffic * b / (n + traffic * b)
    return n


@dataclass(frozen=True)
class Staffing:
    """Erlang C staffing for the escalations: the head count and what it achieves."""

    per_hour: float
    handle_minutes: float
    traffic: float
    target: float
    seconds: float
    agents: int
    achieved: float
    wait_probability: float
    average_wait_seconds: float
    occupancy: float
    table: tuple[tuple[int, float], ...]  #: (agents, service level) around the answer
    max_occupancy: float | None = None  #: the highest occupancy a team is planned at (None: not checked)

    @property
    def over_occupancy(self) -> bool:
        """The sized team would be busier than :attr:`max_occupancy` allows."""
        return self.max_occupancy is not None and self.occupancy > self.max_occupancy

    @property
    def agents_at_max_occupancy(self) -> int | None:
        """The head count that holds occupancy at :attr:`max_occupancy`: ceil(erlangs / max_occupancy)."""
        if self.max_occupancy is None:
            return None
        return max(self.agents, math.ceil(round(self.traffic / self.max_occupancy, 9)))

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["table"] = [{"agents": n, "service_level": round(sl, 4)} for n, sl in self.table]
        for key in ("traffic", "achieved", "wait_probability", "average_wait_seconds", "occupancy"):
            out[key] = round(out[key], 4)
        out["agents_at_max_occupancy"] = self.agents_at_max_occupancy
        return out


def staffing(per_hour: float, handle_minutes: float, target: float, seconds: float,
             max_occupancy: float | None = None) -> Staffing:
    """Erlang C staffing for ``per_hour`` arrivals of ``handle_minutes`` each, to answer ``target`` in ``seconds``
    (with ``max_occupancy``, the head count that holds occupancy there is given beside it)."""
    traffic = per_hour * handle_minutes / 60
    handle = handle_minutes * 60
    if traffic > 0 and handle <= 0:
        raise AnswerError("handle_minutes", "0 cannot serve any escalation", "a number > 0")
    n = agents_needed(traffic, handle or 1.0, seconds, target)
    wait = erlang_c(n, traffic) if n else 0.0
    asa = wait * handle / (n - traffic) if n else 0.0
    around = range(max(1, n - 2), n + 3) if n else ()
    table = tuple((k, service_level(k, traffic, handle or 1.0, seconds)) for k in around)
    return Staffing(per_hour, handle_minutes, traffic, target, seconds, n,
                    service_level(n, traffic, handle or 1.0, seconds) if n else 1.0, wait, asa,
                    traffic / n if n else 0.0, table, max_occupancy)


def human_agents(inputs: Inputs, per_hour: float | None = None) -> Staffing | None:
    """Erlang C staffing from resolved inputs (at ``per_hour`` escalations, else the busy hour's), or ``None`` while
    escalations or handle time are unknown."""
    per_hour = inputs.escalations_per_hour if per_hour is None else per_hour
    handle = inputs.handle_minutes
    if per_hour is None or handle is None:
        return None
    return staffing(per_hour, handle, inputs.service_level, inputs.answer_seconds, inputs.max_occupancy)


def staffing_basis(stack: Stack, inputs: Inputs) -> str:
    """Which hour the human team is sized for, in words."""
    escalations = inputs.get("escalations_per_hour")
    if escalations.origin == "yours":
        return "your busiest hour"
    if escalations_from_peak(stack, inputs.get("peak_concurrent_calls"), escalations):
        return "the peak hour (from peak_concurrent_calls)"
    return "the busy hour of an open day"


# ------------------------------------------------------------------------------------------------ the plan

@dataclass(frozen=True)
class Check:
    """One limit compared with the design's need."""

    id: str
    text: str
    need: float | None
    limit: float | None
    ok: bool | None
    sources: tuple[tuple[str, str, str], ...]
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "need": self.need, "limit": self.limit, "ok": self.ok,
                "sources": [{"label": lbl, "url": url, "as_of": as_of} for lbl, url, as_of in self.sources],
                **({"note": self.note} if self.note else {})}


def _sources(limit: Limit) -> tuple[tuple[str, str, str], ...]:
    return tuple((s.label, s.url, s.as_of) for s in limit.sources)


@dataclass(frozen=True)
class Capacity:
    """The sizing of a design: server instances, accounts, limits and people."""

    stack: Stack
    inputs: Inputs
    peak_calls: float | None
    websocket_instances: int | None
    websocket_basis: str
    state_rule: str
    subaccounts: int
    subaccount_readings: tuple[tuple[str, int, str], ...]
    checks: tuple[Check, ...]
    humans: Staffing | None
    humans_note: str
    notes: tuple[str, ...]
    handoff: bool | None  #: the design hands conversations to people (None: handoff unanswered)

    @property
    def human_agents(self) -> int | None:
        teams = tenant_teams(self.stack, self.inputs)
        if teams is not None:
            return teams[0]
        if self.humans is not None:
            return self.humans.agents
        return 0 if self.handoff is False else None

    def used(self) -> tuple[str, ...]:
        """The inputs this plan read, in :data:`CAPACITY_INPUTS` order (the voice ones only with voice)."""
        skip = set() if self.stack.voice else {"peak_concurrent_calls", "calls_per_instance", "calls_per_month",
                                                "minutes_per_call"}
        if not {"sms", "whatsapp"} & set(self.stack.channels):
            skip.add("messaging_conversations_per_month")
        if "chat" not in self.stack.channels:
            skip.add("chat_users_per_month")
        if not self.handoff:
            skip |= set(CAPACITY_INPUTS[3:10])
        elif self.stack.phone_handoff:  # no queue to meet a service level on
            skip |= {"service_level", "answer_seconds", "max_occupancy"}
        if not any(c.id == "llm_throughput" for c in self.checks):
            skip |= {"llm_product", "turns_per_minute", "system_prompt_tokens", "text_turns_per_conversation"}
        busy = [self.inputs.get(n).basis for n in ("escalations_per_hour", "peak_concurrent_calls") if n not in skip
                and self.inputs.get(n).origin == "rule"] + [c.note for c in self.checks if c.id == "llm_throughput"]
        if not any("busy_hour_share" in words for words in busy):
            skip |= {"open_days_per_week", "open_hours_per_day", "busy_hour_share"}
        return tuple(n for n in CAPACITY_INPUTS if n not in skip and self.inputs.get(n).value is not None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "human_agents": self.human_agents,
            "websocket_instances": self.websocket_instances,
            "subaccounts": self.subaccounts,
            "peak_concurrent_calls": None if self.peak_calls is None else round(self.peak_calls, 4),
            "websocket_basis": self.websocket_basis,
            "state_rule": self.state_rule,
            "subaccount_readings": [{"reading": r, "subaccounts": n, "basis": b}
                                    for r, n, b in self.subaccount_readings],
            "checks": [c.to_dict() for c in self.checks],
            "staffing": None if self.humans is None else self.humans.to_dict(),
            "staffing_note": self.humans_note,
            "notes": list(self.notes),
            "assumptions": {name: self.inputs.get(name).to_dict() for name in self.used()},
        }


CAPACITY_INPUTS = ("peak_concurrent_calls", "calls_per_instance", "tenants", "escalation_share",
                   "escalations_per_hour", "handle_minutes", "service_level", "answer_seconds", "max_occupancy",
                   "chat_users_per_month", "messaging_conversations_per_month", "calls_per_month", "minutes_per_call",
                   "open_days_per_week", "open_hours_per_day", "busy_hour_share", "llm_product", "turns_per_minute",
                   "system_prompt_tokens", "text_turns_per_conversation")
STATE_TAC = ("Agent Connect 2.6.0+ (its Python SDK's scaling guide) needs no shared store: messaging is stateless, "
             "and each call stays on the "
             "instance holding its WebSocket until it ends, draining on shutdown (30 s by default). The call's "
             "callbacks reach that instance only through instance_public_domain (every instance its own public TLS "
             "hostname, which Cloud Run, App Runner, Azure Container Apps, Heroku and ECS behind an ALB cannot give) "
             "or by routing on CallSid at the load balancer.")
#: What the human team means where the hand-off is a transfer to a contact centre Flex does not serve (the region
#: lacks Flex, or the customer's own contact centre on another platform takes it): the design has no Flex seats, so
#: the sizing is for that contact centre's own planning (round 2, designs 01, 03 and 05).
#: Keyed on who takes it ("own": the customer's contact centre on another platform; "team": the team Flex was to seat,
#: Flex ruled out by the region) and on the channels served: a text conversation is never transferred as a call
#: (round 3, classes A and B).
TRANSFER_PLANNING: dict[tuple[str, str], str] = {
    ("own", "voice"): "For your contact centre's own workforce planning (the call is transferred there; this design "
                      "has no Flex seats): ",
    ("own", "text"): "For your contact centre's own workforce planning (each conversation is handed to it through its "
                     "messaging integration; this design has no Flex seats): ",
    ("own", "both"): "For your contact centre's own workforce planning (calls are transferred there, text "
                     "conversations handed over through its messaging integration; this design has no Flex seats): ",
    ("team", "voice"): "For your team's own rota (Flex is ruled out: calls ring their phone line; this design has no "
                       "Flex seats): ",
    ("team", "text"): "For your team's own rota (Flex is ruled out: conversations reach them in an agent UI of your "
                      "own; this design has no Flex seats): ",
    ("team", "both"): "For your team's own rota (Flex is ruled out: calls ring their phone line, text conversations "
                      "reach them in an agent UI of your own; this design has no Flex seats): ",
}
STATE_MANUAL = ("Each call's WebSocket lives on one instance for the whole call: keep its state with it, or in a "
                "shared store if another instance must pick it up (reconnects, webhooks).")


def capacity(design: Any, volumes: Volumes | Mapping[str, Any] | None = None, **overrides: Any) -> Capacity:
    """Size a design (a Recommendation, Answers or an answers mapping) at its volumes."""
    from ..engine import as_recommendation

    rec = as_recommendation(design, "design")
    v = Volumes.from_mapping(volumes)
    if overrides:
        v = v.replace(**overrides)
    stack, i = resolve(rec, v)
    notes: list[str] = []
    peak = i.peak_concurrent_calls if stack.voice else None
    if stack.voice and i.get("peak_concurrent_calls").origin == "rule" and peak is not None:
        notes.append("Peak concurrency not answered: the busy hour's average concurrency is used (opening hours and "
                     "busy_hour_share), which a burst within the hour exceeds. Answer peak_concurrent_calls.")
    instances, basis = _instances(rec, stack, i, peak)
    subaccounts, readings = _with_payment_subaccounts(stack, i, *_subaccounts(rec, stack, i))
    checks = _checks(rec, stack, i, peak, subaccounts)
    handoff = True if stack.has("taskrouter") or stack.has("flex") else rec.answers.handoff
    humans, humans_note = _phone_line(stack, i) if stack.phone_handoff else _humans(stack, i, handoff, notes)
    if humans is not None and humans.agents:
        checks += (_occupancy_check(humans, i),)
    if stack.phone_handoff and stack.voice:
        checks += tuple(c for c in (_dial_check(rec, i),) if c is not None)
    notes += _peak_share(stack, i)
    state = STATE_TAC if rec.implementation_path == "tac_sdk" else "" if stack.assist else STATE_MANUAL
    return Capacity(stack, i, peak, instances, basis, state, subaccounts, readings, checks, humans, humans_note,
                    tuple(notes), handoff)


def _occupancy_check(humans: Staffing, i: Inputs) -> Check:
    """The sized team's occupancy (erlangs / agents) against the most a contact centre plans to."""
    cap = i.get("max_occupancy")
    over = humans.over_occupancy
    note = (f"Erlang C meets the service level with {humans.agents} agents, but they would handle calls "
            f"{humans.occupancy:.1%} of the time: plan {humans.agents_at_max_occupancy} "
            f"({humans.traffic:.2f} erlangs / "
            f"{humans.max_occupancy:g}) to hold {humans.max_occupancy:.0%}; shrinkage (breaks, training, absence) "
            "comes on top of either." if over else
            f"{humans.agents} agents at {humans.occupancy:.1%} occupancy: within the {humans.max_occupancy:.0%} plan.")
    source = (("your figure", "", "-"),) if cap.origin == "yours" else (("Call Centre Helper, maximum occupancy",
                                                                          cap.source, cap.as_of),)
    return Check("max_occupancy", f"Occupancy of the sized team ({humans.traffic:.2f} erlangs / {humans.agents} "
                                  f"agents) against the {humans.max_occupancy:.0%} contact centres plan to",
                 round(humans.occupancy, 4), humans.max_occupancy, not over, source, note)


def _line_people(i: Inputs) -> float | None:
    """The people a phone-line hand-off keeps on the line at once on average: transfers/h x handle minutes / 60."""
    per_hour, handle = i.escalations_per_hour, i.handle_minutes
    return per_hour * handle / 60 if per_hour is not None and handle else None


def _dial_check(rec: Any, i: Inputs) -> Check | None:
    """A phone-line hand-off against the numbers one <Dial> rings, per line: an ISV's tenants each answer their own
    line, so the people at once are divided by the tenants. The 10 numbers are those one <Dial> rings together (up to
    ten <Number> nouns in one <Dial>, called at once, the first to answer connected:
    https://www.twilio.com/docs/voice/twiml/number, checked 2026-12-07), not transfers in parallel to different
    numbers, so a design whose line count is unknown (a chain's stores, each with
    its own line) is not called OVER: the figure assumes one line takes every hand-off and says what each of several
    lines would take (round 2, designs 02 and 04). Above the limit on one line the target is a queue (an ACD or a
    contact centre reached by phone or SIP), sized there by Erlang C (round 1, design 04)."""
    busy = _line_people(i)
    if busy is None:
        return None
    limit = LIMITS["dial_numbers"]
    lines = _tenant_count(i) if rec.answers.customer_profile == "isv" else 1
    per_line = busy / lines
    fits = per_line <= limit.value
    across = f" ({busy:.2f} across all / {figure(lines)} tenants, each its own line)" if lines > 1 else ""
    text = f"Phone-line hand-off: people on one line at once{across} against the {limit.value} numbers one <Dial> rings"
    if fits:
        note = ((f"Each tenant's line takes {per_line:.2f} people at once on average: a <Dial> can ring every person "
                 "on it.") if lines > 1 else "A <Dial> can ring every person on the line at once.")
        return Check(limit.id, text, round(per_line, 2), limit.value, True, _sources(limit), note)
    humans = human_agents(i, i.escalations_per_hour / lines if i.escalations_per_hour is not None else None)
    queue = ("the hand-off target is not a phone line but a queue: your ACD or contact centre reached by phone "
             "number or SIP (answer handoff_target own_contact_center or contact_center), sized there"
             + (f": Erlang C needs {humans.agents} agents on duty for {figure(round(humans.per_hour, 2))} transfers/h "
                f"of {figure(humans.handle_minutes)} min" if humans is not None and humans.agents else "") + ".")
    if lines > 1:
        note = (f"Each tenant's line takes {per_line:.2f} people at once on average, more than the {limit.value} "
                f"numbers a <Dial> rings: for each tenant {queue}")
        return Check(limit.id, text, round(per_line, 2), limit.value, False, _sources(limit), note)
    spread = math.ceil(busy / limit.value)
    note = (f"This figure assumes one line takes every hand-off. The {limit.value} numbers are those one <Dial> "
            "rings together, not transfers running in parallel to different numbers: if the hand-offs go to several "
            f"lines (each store's or branch's own), each takes {busy:.2f} / their count at once, and from {spread} "
            f"lines sharing them evenly each is within a <Dial>; check how many lines you transfer to. Only if one "
            f"line (one team) takes them all, {busy:.2f} people at once, {queue}")
    return Check(limit.id, text, round(busy, 2), limit.value, None, _sources(limit), note)


def _peak_share(stack: Stack, i: Inputs) -> list[str]:
    """A peak concurrency that puts more calls into one hour than an average open day holds: the peak or the monthly
    volume is likely wrong (round 1, design 14)."""
    peak, minutes, monthly = i.get("peak_concurrent_calls"), i.minutes_per_call, i.calls_per_month
    if not stack.voice or peak.origin != "yours" or not peak.value or not minutes or not monthly:
        return []
    per_hour = peak.value * 60 / minutes
    per_day = monthly / open_days(i.values)
    if per_hour <= per_day:
        return []
    return [f"Check the peak: {figure(peak.value)} calls at once of {figure(minutes)} min is about "
            f"{figure(round(per_hour))} calls an hour, {per_hour / monthly:.1%} of the {figure(monthly)} calls a month "
            f"and more than an average open day's {figure(round(per_day))}. Sizing follows the peak you gave; if it "
            "is a burst of seconds rather than an hour, or the month is larger, answer both again."]


def _phone_line(stack: Stack, i: Inputs) -> tuple[None, str]:
    """A hand-off to a phone line: no contact-centre team to size, but how many transfers may ring it at once."""
    note = ("The hand-off goes to a phone line, not a contact centre: Erlang C sizes a queue, and a phone line has "
            "none. The people on it must be reachable whenever the agent hands off, and an "
            "unanswered transfer needs a fallback (voicemail, a callback, back to the AI).")
    per_hour, handle = i.escalations_per_hour, i.handle_minutes
    if stack.voice and per_hour is not None and handle:
        busy = per_hour * handle / 60
        note += (f" In {staffing_basis(stack, i)}, {figure(round(per_hour, 2))} transfers/h of {figure(handle)} min "
                 f"keep {busy:.2f} people on the line on average"
                 + (f" across all {figure(i.tenants)} tenants (each tenant's line takes its share)"
                    if i.tenants and i.tenants > 1 else "")
                 + ": with one person, a transfer arriving while "
                 "they talk finds the line busy; ring several numbers at once or add people if that is often.")
    return None, note


def tenant_teams(stack: Stack, i: Inputs) -> tuple[int, Staffing] | None:
    """An ISV whose tenants each hand off to their own people in Flex (``stack.tenant_teams``): the agents on duty
    across all tenants (Erlang C on each tenant's share of the escalations, at least one each) and one tenant's
    staffing; ``None`` for a pooled team, one tenant, or while escalations or handle time are unknown."""
    tenants = _tenant_count(i)
    if not stack.tenant_teams or tenants <= 1 or i.escalations_per_hour is None:
        return None
    each = human_agents(i, i.escalations_per_hour / tenants)
    return None if each is None else (tenants * max(1, each.agents), each)


def _tenant_teams_note(stack: Stack, i: Inputs, pooled: Staffing) -> str:
    """What per-tenant teams need beside the pooled figure, and the Flex layout they force ('' when pooled)."""
    teams = tenant_teams(stack, i)
    if teams is None:
        return ""
    total, each = teams
    tenants = _tenant_count(i)
    return (f" Per-tenant teams: each of the {tenants_text(tenants)} hands off to its own people, who cannot take "
            f"another tenant's calls, so the team is sized per tenant: {each.per_hour:,.2f} escalations/h each need "
            f"{max(1, each.agents)} agent{'s' if max(1, each.agents) != 1 else ''} on duty per tenant (at least one), "
            f"{total} across all tenants, against {pooled.agents} for one pooled team: Erlang C pooled across "
            "tenants understates the people and the Flex seats. Decide how Flex is laid out: a Flex instance in "
            "each tenant's subaccount (its own seats, queues and data), or one shared Flex with a TaskRouter queue, "
            "routing and permissions per tenant so no agent sees another tenant's conversations. If one team of "
            "yours answers for every tenant instead, the pooled figure applies: answer seats.")


def _humans(stack: Stack, i: Inputs, handoff: bool | None, notes: list[str]) -> tuple[Staffing | None, str]:
    """The human team by Erlang C, and the sentence that reads it (or says why it is not sized)."""
    if handoff is None:
        return None, "handoff is unanswered: no human team is sized until you answer it (and escalation_share)."
    if not handoff:
        return None, "No human handoff in the design."
    humans = human_agents(i)
    escalations = i.get("escalations_per_hour")
    if humans is None:
        return None, f"escalations_per_hour has {escalations.basis}."
    when = staffing_basis(stack, i)
    what = "conversations/h (people answer every one)" if stack.assist else "escalations/h"
    both = "both" if stack.voice and stack.text else "voice" if stack.voice else "text"
    note = (TRANSFER_PLANNING["team" if stack.team_handoff else "own", both] if stack.transfer_handoff else "")
    note += (f"{humans.agents} agents answer {humans.achieved:.1%} within {humans.seconds:g} s (target "
             f"{humans.target:.0%}) for {humans.per_hour:,.2f} {what} of {humans.handle_minutes:g} min "
             f"({humans.traffic:.2f} erlangs) in {when}; Erlang C assumes callers never abandon and needs no "
             "shrinkage, so roster more.")
    note += _tenant_teams_note(stack, i, humans)
    seats = i.get("seats")
    if stack.assist and seats.origin == "yours" and seats.value is not None:
        note += (f" The {figure(seats.value)} seats you answered are the people who log in to Flex in a month (the "
                 f"bill prices them); Erlang C needs {humans.agents} of them on duty at a time, in {when}.")
    elif seats.origin == "yours" and seats.value:
        note += " " + _seats_cover(int(seats.value), humans, when, "agents there" if stack.transfer_handoff else
                                   "seats")
    if humans.over_occupancy:
        note += (f" At {humans.agents} agents occupancy is {humans.occupancy:.1%}, above the "
                 f"{humans.max_occupancy:.0%} "
                 f"contact centres plan to: {humans.agents_at_max_occupancy} agents hold it there.")
    if escalations.origin == "rule":
        notes.append(f"Escalations per hour: {escalations.basis}. Answer escalations_per_hour for the busiest hour.")
    if when.startswith("the peak"):
        average = average_escalations(stack, i.values)
        alt = human_agents(i, average) if average else None
        if average and alt is not None:
            notes.append(f"On the average open hour instead ({figure(round(average, 2))} escalations/h) Erlang C "
                         f"gives {alt.agents} agents: too few when the peak comes.")
    return humans, note


def _seats_cover(seats: int, humans: Staffing, when: str, noun: str) -> str:
    """What the seats answered can carry at the same service level, against what the hour sized needs (round 1,
    design 14): the most escalations an hour with which Erlang C needs no more agents than there are seats.
    ``noun`` names them: Flex seats, or the agents of a contact centre the call is transferred to."""
    if humans.handle_minutes <= 0:
        return ""
    low, high = 0.0, float(seats)  # erlangs: seats agents never carry more traffic than there are of them
    for _ in range(40):
        mid = (low + high) / 2
        if agents_needed(mid, humans.handle_minutes * 60, humans.seconds, humans.target) <= seats:
            low = mid
        else:
            high = mid
    covered = low * 60 / humans.handle_minutes
    enough = seats >= humans.agents
    return (f"Your {figure(seats)} {noun}, all on duty, cover about {figure(round(covered, 1))} escalations/h at this "
            f"service level; {when} brings {figure(round(humans.per_hour, 2))}/h and needs {humans.agents}"
            + (": enough, before shrinkage." if enough else ": check the peak or the seats."))


def _instances(rec: Any, stack: Stack, i: Inputs, peak: float | None) -> tuple[int | None, str]:
    if stack.assist:
        signals = " (and Intelligence's signals)" if stack.has("conversation_intelligence") else ""
        return 0, (f"Agent assist: no AI voice agent, so no call WebSocket; your assist takes the transcripts{signals} "
                   "as HTTPS webhooks.")
    if not stack.voice:
        return 0, "No voice: the agent server takes HTTPS webhooks, no call WebSocket."
    if peak is None:
        return None, "Needs peak_concurrent_calls (or calls_per_month to derive an average)."
    per = i.calls_per_instance
    base = math.ceil(peak / per) if peak else 0
    production = bool(rec.answers.production)
    spare = 1 if production else 0
    total = max(base + spare, 2) if production else max(base, 1)
    source = i.get("calls_per_instance")
    own = "your figure" if source.origin == "yours" else f"a vendor's sizing ({source.source}, not a benchmark)"
    return total, (f"ceil({peak:g} {_peak_kind(i)} concurrent calls / {per:g} calls per instance) = {base}"
                   + (f", + 1 spare behind the load balancer (production) = {total}" if production else "")
                   + f"; calls per instance: {own}. The playbook deploys the WebSocket server behind a load balancer "
                   f"for "
                   "redundancy; load-test your own server.")


def _peak_kind(i: Inputs) -> str:
    """What the peak concurrency stands for: yours, or the busy hour's (from your escalations or the opening hours)."""
    source = i.get("peak_concurrent_calls")
    return "peak" if source.origin != "rule" else "busy-hour"


def _subaccounts(rec: Any, stack: Stack, i: Inputs) -> tuple[int, tuple[tuple[str, int, str], ...]]:
    tenants = _tenant_count(i)
    reasons = TENANT_SUBACCOUNT_REGIMES & set(rec.regulation_ids)
    if rec.answers.customer_profile == "isv" and reasons:
        why = " and ".join(SUBACCOUNT_REASONS[r] for r in sorted(reasons))
        return tenants, (("a subaccount per tenant", tenants, f"{tenants_text(tenants)}, each in its own subaccount "
                          f"({why}): the per-account limits never bind"),)
    memory = stack.has("conversation_memory")
    orchestrator = stack.has("conversation_orchestrator")
    if not (memory or orchestrator):
        return 1, (("no per-account limit applies", 1, "no Memory store or Orchestrator configuration in the design"),)
    skill_stores = LIMITS["memory_stores_per_account"].value
    doc_stores = LIMITS["memory_stores_per_account_docs"].value
    configs = LIMITS["orchestrator_configurations_per_account"].value
    # Every Orchestrator configuration needs a Memory store, so a tenant with its own configuration has its own store.
    skill = min(skill_stores, configs)
    readings = (("Twilio's skills", accounts_for(tenants, skill),
                 f"{tenants_text(tenants)} / min({skill_stores} Memory stores, {configs} Orchestrator "
                 "configurations) per account"),
                ("Twilio's docs", accounts_for(tenants, doc_stores),
                 f"{tenants_text(tenants)} / {doc_stores} Memory stores per account (the docs set no configuration "
                 "limit)"))
    return max(n for _, n, _ in readings), readings


def _with_payment_subaccounts(stack: Stack, i: Inputs, accounts: int, readings: tuple[tuple[str, int, str], ...]
                              ) -> tuple[int, tuple[tuple[str, int, str], ...]]:
    """The accounts with, where card digits are taken in a PCI-Mode subaccount (card_capture pay_subaccount), one such
    subaccount per tenant added to every reading: PCI Mode is set per account and never turned off."""
    if not stack.payment_subaccount:
        return accounts, readings
    pay = _tenant_count(i)
    words = f"{pay} PCI-Mode payment subaccount{'s, one per tenant' if pay > 1 else ''} for <Pay>"
    return accounts + pay, tuple((name, n + pay, f"{how}; + {words}") for name, n, how in readings)


def _tenant_count(i: Inputs) -> int:
    """The tenants served, as a whole number, at least one (a design without tenants serves itself)."""
    return int(math.ceil(i.tenants or 1))


def _checks(rec: Any, stack: Stack, i: Inputs, peak: float | None, accounts: int) -> tuple[Check, ...]:
    out: list[Check] = []
    if stack.has("conversation_memory") or stack.has("conversation_orchestrator"):
        out += _per_account_checks(_tenant_count(i), accounts)
    if accounts > 1:
        limit = LIMITS["subaccounts_per_account"]
        out.append(Check(limit.id, f"Subaccounts under one main account: the plan's {accounts} accounts against "
                                   "Twilio's default limit", accounts, limit.value, accounts <= limit.value,
                         _sources(limit), limit.note if accounts <= limit.value else
                         f"Ask Twilio support to raise it before subaccount {limit.value + 1:,} is needed. "
                         + limit.note))
    if stack.voice and i.outbound_share:
        out.append(_cps_check(i, peak, accounts))
    llm = throughput(stack, i)
    if llm is not None:
        out.append(Check("llm_throughput", llm.text, llm.need, llm.limit, llm.ok, llm.sources, llm.note))
    if "sms" in stack.channels and i.sms_per_month and stack.serves_us:
        out.append(_sms_daily_check(rec, i))
    if stack.has("conversation_intelligence"):
        limit = LIMITS["intelligence_rules_per_configuration"]
        out.append(Check(limit.id, f"Conversation Intelligence: at most {limit.value} rules per configuration, each "
                                   "running 1-5 operators; a tenant needing more rules needs another configuration",
                         None, limit.value, None, _sources(limit), limit.note))
    if rec.answers.uses_twilio_functions:
        out.append(_functions_check(i, peak))
    if stack.voice and not stack.relay and not stack.speech_to_speech and peak is not None:
        for kind, row in (("stt", stack.stt), ("tts", stack.tts)):
            key = {("stt", "deepgram"): "deepgram_streaming_concurrency",
                   ("tts", "deepgram"): "deepgram_tts_concurrency",
                   ("stt", "amazon_transcribe"): "transcribe_streaming_concurrency",
                   }.get((kind, row.vendor_id if row else ""))
            if key and row is not None:  # a key names a row's vendor
                limit = LIMITS[key]
                out.append(Check(key, f"{row.label}: {limit.meaning}", peak, limit.value, peak <= limit.value,
                                 _sources(limit), limit.note))
            if row is not None and row.vendor_id == "assemblyai" and i.minutes_per_call:  # 0-minute calls start none
                limit = LIMITS["assemblyai_new_streams_per_minute"]
                starts = peak / i.minutes_per_call
                out.append(Check(limit.id, f"{row.label}: {limit.meaning}; new calls per minute at the peak = peak "
                                           f"calls / minutes per call", starts, limit.value, starts <= limit.value,
                                 _sources(limit)))
    return tuple(out)


def _functions_check(i: Inputs, peak: float | None) -> Check:
    """The status callbacks of the live calls against one Functions service, as a rate (round 2, design 18): each
    call sends its callbacks over its length, so the peak brings peak calls x callbacks per call / call seconds
    invocations a second, and by Little's law the executions running at once are that rate x their mean duration.
    The service's concurrent executions over the 10-second limit are the rate it carries whatever each execution
    takes; above it, the verdict is the mean duration under which it still fits."""
    per_call, conc, timeout = (LIMITS[k] for k in ("callbacks_per_call", "functions_concurrency",
                                                   "functions_timeout_s"))
    sources = tuple((src.label, src.url, src.as_of) for src in (RELIABILITY_SKILL, FUNCTIONS_FAQ, FUNCTIONS_FLOW))
    carried = conc.value / timeout.value
    minutes = i.minutes_per_call
    tail = (" Functions answer HTTP only and can never host the ConversationRelay or Media Streams WebSocket. The "
            f"{conc.value}-execution limit is stated in Twilio's skills, not on a docs page; the {timeout.value} s "
            "limit and the HTTP-only model are in the docs.")
    if peak is None or not minutes:
        return Check("functions_rate", f"Twilio Functions: invocations a second at the peak against the "
                                       f"{figure(carried)} a second {conc.value} concurrent executions carry at "
                                       f"{timeout.value} s each", None, carried, None, sources,
                     "Needs peak_concurrent_calls and minutes_per_call to size it." + tail)
    rate = peak * per_call.value / (minutes * 60)
    text = (f"Twilio Functions: {figure(round(peak, 2))} calls at once x {per_call.value} callbacks per call / "
            f"({figure(minutes)} min x 60 s) = {figure(round(rate, 2))} invocations a second at the peak, against the "
            f"{figure(carried)} a second {conc.value} concurrent executions carry at the {timeout.value} s limit each")
    if rate <= carried:
        return Check("functions_rate", text, round(rate, 2), carried, True, sources,
                     f"Fits: even executions that run the full {timeout.value} s stay within {conc.value} at once."
                     + tail)
    budget_ms = conc.value / rate * 1000
    note = (f"Fits only if each execution returns within {figure(round(budget_ms))} ms on average ({conc.value} "
            f"executions / {figure(round(rate, 2))} a second): keep the service a thin receiver (queue the callback, "
            "return 200 at once) and run slow work, such as the hand-off's TaskRouter calls or an LLM call, on your "
            "own compute; measure the mean execution time under load." + tail)
    return Check("functions_rate", text, round(rate, 2), carried, None, sources, note)


#: A per-account limit is near when the design puts at least this share of it in one account: only then is the
#: conflict between Twilio's readings of it worth a line (round 2, designs 04 and 10: one store per account).
NEAR_LIMIT = 0.5
PER_ACCOUNT_LIMITS = ("memory_stores_per_account", "memory_stores_per_account_docs",
                      "orchestrator_configurations_per_account")


def _per_account_checks(tenants: int, accounts: int) -> list[Check]:
    """Each tenant's Memory store and Orchestrator configuration against the per-account limits, in the accounts the
    plan spreads the tenants over (one in each when every tenant has its own subaccount). None where the most one
    account holds is far below every reading (:data:`NEAR_LIMIT`): a store kept for one business, or one store per
    subaccount, is within any of them, and their conflict does not bear on the design."""
    each = accounts_for(tenants, accounts)
    if each < NEAR_LIMIT * min(LIMITS[key].value for key in PER_ACCOUNT_LIMITS):
        return []
    where = (f": {tenants_text(tenants)} over {accounts} account{'s' if accounts != 1 else ''}, at most {each} in "
             "one" if tenants > 1 else "")
    return [Check(key, LIMITS[key].meaning + where, each, LIMITS[key].value, each <= LIMITS[key].value,
                  _sources(LIMITS[key]), LIMITS[key].note)
            for key in PER_ACCOUNT_LIMITS]


#: Days in an average month (365 / 12).
DAYS_PER_MONTH = 365 / 12


def _sms_daily_check(rec: Any, i: Inputs) -> Check:
    """SMS segments one A2P 10DLC brand sends on an average day (sms_per_month / 30.42, per tenant's brand for an ISV)
    against T-Mobile's daily cap per brand, tier by tier: within the lowest tier it fits any brand, above the top tier
    no 10DLC brand carries it, and in between it depends on the brand's trust score."""
    tiers = tuple(LIMITS[f"tmobile_10dlc_daily_{t}"] for t in ("low", "standard", "high", "top"))
    brands = _tenant_count(i) if rec.answers.customer_profile == "isv" else 1
    need = float(math.ceil(i.sms_per_month / DAYS_PER_MONTH / brands))
    fits = next((t for t in tiers if need <= t.value), None)
    per = f" / {brands} tenants, each its own brand" if brands > 1 else ""
    text = (f"US SMS segments a day from one A2P 10DLC brand ({figure(i.sms_per_month)} a month / "
            f"{DAYS_PER_MONTH:g} days{per}) against T-Mobile's daily cap per brand")
    ladder = ", ".join(f"{t.value:,}" for t in tiers)
    if fits is tiers[0]:
        ok, advice = True, f"Within the lowest tier ({ladder} segments a day by trust score)."
    elif fits is None:
        ok, advice = False, (f"Above even the top tier ({ladder} segments a day by trust score): long codes cannot "
                             "carry it; send from a short code or verified toll-free numbers, which T-Mobile's 10DLC "
                             "brand cap does not cover, and queue the sends.")
    else:
        ok, advice = None, (f"Fits only a brand whose trust score earns the {fits.value:,}-a-day tier or above (tiers: "
                            f"{ladder}): check your brand's score; below it, use a short code or verified toll-free "
                            "numbers, and queue the sends.")
    caveat = (" The need counts every segment, in and out, on an average day: the cap counts only outbound segments to "
              "T-Mobile subscribers, but a promotion sends far more than the average on its day. Campaign throughput "
              "(MPS) is capped by trust score too: pace the sends. ")
    return Check("tmobile_10dlc_daily", text, need, float(fits.value if fits else tiers[-1].value), ok,
                 tuple(dict.fromkeys(s for t in tiers for s in _sources(t))), advice + caveat + tiers[0].note)


def _cps_check(i: Inputs, peak: float | None, accounts: int) -> Check:
    """Outbound calls started per second at the peak against Twilio's default CPS: peak concurrent calls x outbound
    share / call length in seconds (the rate at which ending calls must be replaced to hold the peak)."""
    limit, minutes, share = LIMITS["voice_cps_per_account"], i.minutes_per_call, i.outbound_share
    need = None if peak is None or not minutes else peak * share / (minutes * 60)
    if need is not None and not math.isfinite(need):
        raise AnswerError("minutes_per_call", f"{minutes:g} minutes is too short a call to size the calls started "
                                              "per second", "a call length whose start rate is a finite number")
    rate = ("needs peak_concurrent_calls or calls_per_month" if need is None else
            f"{peak:g} {_peak_kind(i)} concurrent calls x outbound share {share:g} / ({minutes:g} min x 60 s)")
    text = f"Outbound calls started per second ({rate}) against Twilio's default CPS per account"
    over = need is not None and need > limit.value
    note = ((f"Ask Twilio to raise the CPS of the calling account (an approved Business Profile is needed), or pace "
             f"the dialer to {limit.value} call a second. " if over else "")
            + (f"Spread over {accounts} accounts, each has its own. " if accounts > 1 else "") + limit.note)
    return Check(limit.id, text, need, limit.value, None if need is None else not over, _sources(limit), note)


__all__ = ["Capacity", "Check", "Staffing", "agents_needed", "capacity", "erlang_b", "erlang_c", "human_agents",
           "tenant_teams",
           "service_level", "staffing", "PRODUCTS"]
