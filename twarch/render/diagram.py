"""Architecture diagrams and the capability ladder, as :class:`graphviz.Digraph` objects.

``diagram(rec)`` draws the flow a :class:`~twarch.recommendation.Recommendation` implies:
the customer and the channels they were answered to use, Twilio's part, your infrastructure,
and the third parties (LLM, and STT/TTS vendors with Media Streams). ``ladder(rec)`` draws the
four rungs of the capability ladder with the reached one highlighted. ``save(graph, path)``
writes DOT, SVG, PNG or PDF by the file's suffix.

Both functions return an :class:`ArchitectureGraph`: a plain ``graphviz.Digraph`` (restyle it with
``.attr(...)`` as usual) that remembers the component ids it drew (``.components``, ``.links``)
and, where the ``dot`` executable is missing, displays its DOT source in Jupyter with an
install hint instead of raising.

Determinism: node ids are component keys, every collection is walked in a fixed order and
no timestamp or random id is written, so the same answers give the same DOT bytes.
User-typed text (the request shown as a title) goes through :func:`graphviz.escape`, with ``&`` spelled
``&amp;`` (:func:`twarch.text.dot_text`) so ``dot`` reads no character reference in it.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import graphviz

from ..engine import Design, as_recommendation
from ..io.files import write_bytes, write_text
from ..knowledge.channels import CHANNELS
from ..knowledge.limits import FUNCTIONS_CONCURRENCY, FUNCTIONS_TIMEOUT_S
from ..knowledge.products import CONVERSATIONS_STACK, LEVELS, PRODUCTS, REGIONS, rung_adds
from ..knowledge.speech import OWN, provider
from ..knowledge.stack import LLMS, PACKAGES
from ..recommendation import Item, Recommendation
from ..text import dot_text

__all__ = ["FORMATS", "INSTALL_HINT", "ArchitectureGraph", "diagram", "dot_available", "ladder", "rung_status", "save"]

FONT = "DejaVu Sans"
#: Point sizes of a node's title and of its other lines (the smallest node text: what readability is measured on).
TITLE_PT, LINE_PT = 12, 10
#: The diagram's rows, top to bottom: the customer (and, with one or two, the channels), the channels, Twilio's
#: edge, your infrastructure, Twilio's services beside the third parties, and the people the flow ends with. Six
#: rows at most keep a full design about as wide as a landscape page: each zone pins its nodes to one.
ROW_ENTRY, ROW_CHANNELS, ROW_EDGE, ROW_YOURS, ROW_SERVICES, ROW_PEOPLE = range(6)

#: Shown instead of a picture where Graphviz's ``dot`` executable is missing.
INSTALL_HINT = ("Graphviz's `dot` executable was not found, so this is the DOT source: install it with "
                "`apt-get install graphviz` (Debian/Ubuntu), `brew install graphviz` (macOS) or "
                "`conda install graphviz`.")

#: File suffixes :func:`save` understands, and what it writes for each.
FORMATS: dict[str, str | None] = {".dot": None, ".gv": None, ".svg": "svg", ".png": "png", ".pdf": "pdf"}

# Ownership colours: border, cluster fill, label colour.
TWILIO = ("#F22F46", "#FFF3F4", "#B3122A")
YOURS = ("#0263E0", "#F0F6FF", "#024AAE")
THIRD = ("#6E49C4", "#F6F2FD", "#55359C")
INK = "#1F2933"
MUTED = "#5F6B7A"
FALLBACK = "#C46A00"

#: Which products each ladder rung adds.
RUNG_PRODUCTS: dict[int, tuple[str, ...]] = {n: tuple(p.id for p in PRODUCTS.values() if p.rung == n) for n in LEVELS}


class ArchitectureGraph(graphviz.Digraph):
    """A ``graphviz.Digraph`` that remembers what it drew and degrades gracefully without ``dot``.

    ``components`` lists the node ids in drawing order; ``links`` the ``(tail, head, label)``
    of every edge. In Jupyter, where ``dot`` is missing, it shows the DOT source and
    :data:`INSTALL_HINT` rather than raising :class:`graphviz.ExecutableNotFound`.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.components: list[str] = []
        self.links: list[tuple[str, str, str]] = []
        self.statuses: dict[str, str] = {}

    def copy(self) -> ArchitectureGraph:
        other = super().copy()
        other.components = list(self.components)
        other.links = list(self.links)
        other.statuses = dict(self.statuses)
        return other

    def _repr_mimebundle_(self, include: Iterable[str] | None = None, exclude: Iterable[str] | None = None,
                          **kwargs: Any) -> dict[str, Any]:
        try:
            bundle = super()._repr_mimebundle_(include=include, exclude=exclude, **kwargs)
        except graphviz.ExecutableNotFound:
            return source_bundle(self)
        if isinstance(bundle.get("image/svg+xml"), str):
            bundle["image/svg+xml"] = fit_cell(bundle["image/svg+xml"])
        return bundle


_SVG_SIZE = re.compile(r'<svg width="([\d.]+pt)" height="[\d.]+pt"')


def fit_cell(svg: str) -> str:
    """An SVG that shrinks to its notebook cell's width (and never grows past its own size), in any renderer."""
    return _SVG_SIZE.sub(r'<svg width="100%" style="max-width:\1;height:auto"', svg, count=1)


def source_bundle(graph: graphviz.Digraph) -> dict[str, str]:
    """The display used without ``dot``: the install hint and the DOT source, as text and HTML."""
    text = f"{INSTALL_HINT}\n\n{graph.source}"
    markup = (f"<p>{html.escape(INSTALL_HINT)}</p>"
              f"<pre style=\"white-space: pre; overflow-x: auto\">{html.escape(graph.source)}</pre>")
    return {"text/plain": text, "text/html": markup}


def dot_available() -> bool:
    """True when Graphviz's ``dot`` executable can be run (needed for SVG, PNG, PDF and pictures in Jupyter)."""
    try:
        graphviz.version()
    except (graphviz.ExecutableNotFound, OSError, RuntimeError):
        return False
    return True


def save(graph: graphviz.Digraph, path: str | Path, *, fallback: Callable[[str], None] | None = None) -> Path:
    """Write ``graph`` to ``path`` in the format its suffix names: ``.dot``/``.gv`` (source), ``.svg``, ``.png``,
    ``.pdf``.

    Raises ``ValueError`` on another suffix and :class:`graphviz.ExecutableNotFound` (with the install
    hint) when a picture is asked for and ``dot`` is missing. ``fallback`` is :func:`twarch.io.files.write_bytes`'s.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot write {path.name!r}: use one of {', '.join(FORMATS)}")
    fmt = FORMATS[suffix]
    if fmt is None:
        return write_text(path, graph.source, fallback=fallback)
    try:
        data = graph.pipe(format=fmt)
    except graphviz.ExecutableNotFound as exc:
        raise _missing_dot(path) from exc
    return write_bytes(path, data, fallback=fallback)


def _missing_dot(path: Path) -> graphviz.ExecutableNotFound:
    err = graphviz.ExecutableNotFound(("dot",))
    err.args = (f"cannot write {path.name}: {INSTALL_HINT} Or save as .dot and render it elsewhere.",)
    return err


# --------------------------------------------------------------------------------------------
# Building blocks


def _html(text: str) -> str:
    return html.escape(text, quote=False)


def _label(title: str, *lines: str | tuple[str, str], color: str = MUTED, title_size: int = TITLE_PT) -> str:
    """An HTML-like label: bold title, then smaller lines, muted (or in the colour a ``(text, colour)`` line names:
    a fallback's orange). All text here is escaped."""
    parts = [f'<FONT POINT-SIZE="{title_size}"><B>{_html(title)}</B></FONT>']
    for line in lines:
        text, colour = line if isinstance(line, tuple) else (line, color)
        if text:
            parts.append(f'<FONT POINT-SIZE="{LINE_PT}" COLOR="{colour}">{_html(text)}</FONT>')
    return "<" + "<BR/>".join(parts) + ">"


def _tooltip(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return graphviz.escape(text)


def _why(item: Item | None, fallback: str) -> str:
    if item is None:
        return fallback
    return f"{item.text} Why: {item.why}"


def _find(items: Iterable[Item], item_id: str) -> Item | None:
    return next((i for i in items if i.id == item_id), None)


def _new_graph(name: str) -> ArchitectureGraph:
    g = ArchitectureGraph(name=name)
    g.attr("graph", fontname=FONT, fontsize="11", fontcolor=INK, bgcolor="white", pad="0.15")
    g.attr("node", fontname=FONT, fontsize="11", fontcolor=INK, shape="box", style="rounded,filled",
           fillcolor="white", color=MUTED, penwidth="1.2", margin="0.14,0.07")
    g.attr("edge", fontname=FONT, fontsize="9", fontcolor=MUTED, color="#6B7785", arrowsize="0.7")
    return g


class _Builder:
    """Collects nodes into ownership groups, then writes them in a fixed order."""

    def __init__(self, graph: ArchitectureGraph) -> None:
        self.graph = graph
        self.groups: dict[str, list[tuple[str, dict[str, str]]]] = {}
        self.edges: list[tuple[str, str, dict[str, str]]] = []
        self.columns: dict[int, list[str]] = {}

    def node(self, owner: str | tuple[str, int], node_id: str, label: str, tooltip: str, **attrs: str) -> None:
        """Add a node to an ownership group; ``(owner, column)`` also pins it to a column."""
        group, column = owner if isinstance(owner, tuple) else (owner, None)
        self.groups.setdefault(group, []).append((node_id, {"label": label, "tooltip": _tooltip(tooltip), **attrs}))
        self.graph.components.append(node_id)
        if column is not None:
            self.columns.setdefault(column, []).append(node_id)

    def column_of(self, node_id: str) -> int:
        return next((c for c, ids in self.columns.items() if node_id in ids), _NO_COLUMN)

    def emit_columns(self) -> None:
        """Pin nodes to columns (ranks) across clusters; ``newrank`` makes this legal."""
        for column in sorted(self.columns):
            with self.graph.subgraph(name=f"column_{column}") as c:
                c.attr(rank="same")
                for node_id in self.columns[column]:
                    c.node(node_id)

    def edge(self, tail: str, head: str, label: str = "", **attrs: str) -> None:
        """An edge with its protocol ``label`` (our own text, lines split by newlines)."""
        if label:
            text = graphviz.nohtml(label.replace("\n", "\\n"))
            attrs = {"label": text, "labeltooltip": text, **attrs}
        self.edges.append((tail, head, attrs))
        self.graph.links.append((tail, head, label))

    def has(self, node_id: str) -> bool:
        return node_id in self.graph.components

    def emit_group(self, group: str, target: graphviz.Digraph) -> None:
        for node_id, attrs in self.groups.get(group, ()):
            target.node(node_id, **attrs)

    def emit_edges(self) -> None:
        for tail, head, attrs in self.edges:
            self.graph.edge(tail, head, **attrs)


def _cluster(parent: graphviz.Digraph, name: str, label: str, colors: tuple[str, str, str],
             build: _Builder, group: str) -> None:
    """One ownership cluster. A blank spacer left of its top node keeps edges that enter the
    cluster from above clear of the cluster's label (which sits top left)."""
    members = build.groups.get(group)
    if not members:
        return
    border, fill, text = colors
    lines = textwrap.wrap(label, CLUSTER_LABEL_CHARS)
    with parent.subgraph(name=f"cluster_{name}") as c:
        c.attr(label="<" + "".join(f"<B>{_html(line)}</B><BR ALIGN=\"LEFT\"/>" for line in lines) + ">",
               labeljust="l", labelloc="t", style="rounded,filled", color=border, fillcolor=fill, fontcolor=text,
               fontsize="12", fontname=FONT, penwidth="1.6", margin="10")
        c.attr("node", color=border)
        build.emit_group(group, c)
        top = min(members, key=lambda m: build.column_of(m[0]))[0]
        if build.column_of(top) < _NO_COLUMN:
            pad = f"{name}_label_space"
            widest = max(len(line) for line in lines)
            c.node(pad, label="", shape="none", style="invis", width=f"{0.085 * widest + 0.1:.2f}",
                   height="0.1", fixedsize="true")
            build.columns[build.column_of(top)].insert(0, pad)
            c.edge(pad, top, style="invis")


_NO_COLUMN = 99
#: Cluster labels wrap at this many characters ("Twilio Conversations / services"): a long label widens its row.
CLUSTER_LABEL_CHARS = 20


def _llm_name(rec: Recommendation) -> str:
    llm = rec.facts.llm_route  # the route the design uses: a residency move may have changed the answered one
    if llm is None or llm == "other":
        return "Your LLM"
    return "Your own LLM" if llm == OWN else LLMS[llm].label


def _speech_name(kind: str, provider_id: str | None) -> str | None:
    """The vendor's name; None for none or for the customer's own engine (drawn as "Your own STT/TTS")."""
    return provider(kind, provider_id).name if provider_id and provider_id != OWN else None


def _title(rec: Recommendation) -> str:
    path = ("Twilio Agent Connect SDK" if rec.implementation_path == "tac_sdk" else
            "assist beside your agents" if rec.facts.agent_assist else "manual integration")
    head = f"{rec.level_name}  ·  {path}"
    request = rec.answers.request
    lines = [graphviz.escape(head)]
    if rec.answers.region:
        lines.append(graphviz.escape(region_note(rec)))
    if request:
        flat = re.sub(r"\s+", " ", request).strip()
        if len(flat) > 160:
            flat = flat[:157].rstrip() + "..."
        lines += [graphviz.escape(dot_text(part)) for part in textwrap.wrap(f"\u201c{flat}\u201d", 90)]
    return graphviz.nohtml("".join(f"{line}\\l" for line in lines) + " \\l")


# --------------------------------------------------------------------------------------------
# The architecture diagram, zone by zone

#: The spine's edges: the main flow from the customer to the LLM.
MAIN = {"weight": "6", "penwidth": "1.6"}
SERVER = "agent_server"


class _Design:
    """What every zone reads: the recommendation, its items by id, the channels drawn, and the builder."""

    def __init__(self, rec: Recommendation, build: _Builder) -> None:
        self.rec = rec
        self.build = build
        self.products = {p.id: p for p in rec.products}
        self.considered = {c.id: c for c in rec.considerations}
        self.decisions = list(rec.decisions)
        self.transport = rec.voice_transport
        self.assist = bool(rec.facts.agent_assist)  # people answer; the AI only assists them
        self.voice = bool(rec.facts.voice)
        channels = tuple(rec.facts.served_channels or ())  # after feasibility: never a dropped channel
        if self.voice and "voice" not in channels:
            channels = ("voice", *channels)
        self.messaging = tuple(c for c in channels if c != "voice")
        self.channels = channels if self.voice else self.messaging

    def decision(self, decision_id: str) -> Item | None:
        return _find(self.decisions, decision_id)


def _customer(d: _Design) -> None:
    b = d.build
    b.node(("people", ROW_ENTRY), "customer", _label("Customer", "caller / sender"),
           "The person your agents serve, on the channels you answered." if d.assist else
           "The person the AI agent serves, on the channels you answered.", color=INK, penwidth="1.6", group="spine")
    channel_why = d.decision("channel_mix")
    row = ROW_ENTRY if len(d.channels) <= 2 else ROW_CHANNELS  # more: a row of their own, under the customer
    for ch in d.channels:
        entry = CHANNELS[ch]
        b.node(("channels", row), f"ch_{ch}", _label(entry.entry, entry.entry_detail, title_size=11),
               _why(channel_why, f"{entry.entry}: a channel you answered."), color="#8A94A3",
               **({"group": "spine"} if ch == d.channels[0] else {}))
        b.edge("customer", f"ch_{ch}", entry.protocol, **(MAIN if ch == d.channels[0] else {}))


def _voice(d: _Design) -> None:
    """Programmable Voice and the voice transport (ConversationRelay or Media Streams), with the fallback IVR."""
    if not d.voice or d.assist:
        return
    b = d.build
    fallback = d.considered.get("action_fallback")
    b.node(("edge", ROW_EDGE), "programmable_voice",
           _label("Programmable Voice", "TwiML from your server",
                  ("fallback IVR on disconnect", FALLBACK) if fallback else ""),
           "Twilio answers the call and runs the TwiML your server returns (an HTTPS webhook)."
           + (f" {_why(fallback, '')}" if fallback else ""), group="spine")
    b.edge("ch_voice", "programmable_voice", **MAIN)
    if d.transport == "conversation_relay":
        stt = _speech_name("stt", d.rec.stt_provider) or "Twilio default"
        tts = _speech_name("tts", d.rec.tts_provider) or "Twilio default"
        b.node(("edge", ROW_EDGE), "conversation_relay",
               _label("ConversationRelay", f"STT: {stt}", f"TTS: {tts}", "managed speech, text in / out"),
               _why(d.products.get("conversation_relay"), PRODUCTS["conversation_relay"].role), penwidth="2",
               group="spine")
        b.edge("programmable_voice", "conversation_relay", "TwiML <Connect>", **MAIN)
        b.edge("conversation_relay", SERVER, "WebSocket\nJSON text", dir="both", **MAIN)
    else:
        b.node(("edge", ROW_EDGE), "media_streams", _label("Media Streams", "raw call audio, both ways"),
               _why(d.products.get("media_streams"), PRODUCTS["media_streams"].role), penwidth="2", group="spine")
        b.edge("programmable_voice", "media_streams", "TwiML <Connect>", **MAIN)
        b.edge("media_streams", SERVER, "WebSocket\nmulaw 8 kHz audio", dir="both", **MAIN)
    pay = d.products.get("pay_subaccount")
    if pay:  # card_capture pay_subaccount: the card is taken in a PCI-Mode subaccount, never in the AI's account
        b.node(("edge", ROW_EDGE), "pay_subaccount", _label("<Pay>", "PCI-Mode subaccount", "Pay Connector"),
               _why(pay, PRODUCTS["pay_subaccount"].role))
        b.edge("programmable_voice", "pay_subaccount", "<Dial> for the card;\nback with the token", dir="both",
               style="dashed")


def _messaging(d: _Design) -> None:
    """Conversation Orchestrator across the messaging channels (or straight webhooks without it)."""
    if d.assist:
        return
    b = d.build
    orchestrator = d.products.get("conversation_orchestrator")
    if not orchestrator:
        for ch in d.messaging:  # messaging without the Orchestrator posts straight to your server
            b.edge(f"ch_{ch}", SERVER, "HTTPS webhook")
        return
    b.node(("edge", ROW_EDGE), "conversation_orchestrator",
           _label("Conversation Orchestrator", "one conversation, every channel"),
           _why(orchestrator, PRODUCTS["conversation_orchestrator"].role), penwidth="2",
           **({} if d.voice else {"group": "spine"}))
    for ch in d.messaging:
        b.edge(f"ch_{ch}", "conversation_orchestrator", **(MAIN if not d.voice and ch == d.messaging[0] else {}))
    if d.voice:
        assert d.transport is not None, "the engine picks a voice transport for every voice design the AI answers"
        b.edge(d.transport, "conversation_orchestrator", "same ConversationId", style="dashed", constraint="false")
    b.edge("conversation_orchestrator", SERVER, "HTTPS webhook\n+ REST", dir="both", **({} if d.voice else MAIN))


def _server(d: _Design) -> None:
    """Your infrastructure: the load balancer, the agent server and its session state."""
    if d.assist:
        return
    b, rec = d.build, d.rec
    path_item = (d.decision("tac_package") if rec.implementation_path == "tac_sdk" else None) or d.decision("path")
    lines: list[str]
    if rec.implementation_path == "tac_sdk":
        package = rec.tac_package or "twilio-agent-connect"
        title, lines = "Your agent server", ["Twilio Agent Connect SDK", package]
        summary = PACKAGES[package].summary if package in PACKAGES else ""
        tip = _why(path_item, f"Agent Connect SDK ({package}): {summary}")
    elif d.voice:
        title = "Your WebSocket server"
        lines = ["manual integration",
                 "ConversationRelay protocol" if d.transport == "conversation_relay" else "your STT/TTS pipeline"]
        tip = _why(path_item, "Manual integration: your own WebSocket server, full protocol control.")
    else:
        title, lines = "Your agent server", ["manual integration", "webhooks + REST"]
        tip = _why(path_item, "Manual integration: your own server behind the Orchestrator's webhooks.")
    for consideration, line in (("load_balancer", "behind a load balancer"),
                                ("session_state", "state in Sync / Redis / DynamoDB"),
                                ("multi_region", "co-located with TWILIO_EDGE")):
        item = d.considered.get(consideration)
        if item:
            lines.append(line)
            tip = f"{tip} {_why(item, '')}"
    b.node(("yours", ROW_YOURS), SERVER, _label(title, *lines), tip, penwidth="2.2", group="spine")


#: The realtime voice model a speech-to-speech design streams to, by Agent Connect package (core by default).
REALTIME_MODELS = {"twilio-agent-connect-google": ("Google CX Agent Studio", "voice channel: audio in, audio out")}
REALTIME_DEFAULT = ("Realtime voice model", "OpenAI Realtime or GPT-Live: audio in, audio out")


def _third_parties(d: _Design) -> None:
    """The LLM (or, speech-to-speech, the realtime voice model), its fallback, and your own STT/TTS vendors
    behind Media Streams."""
    b, rec = d.build, d.rec
    if d.assist:
        return
    llm_why = d.decision("tac_package") if rec.tac_package else None
    if rec.facts.speech_to_speech:
        title, detail = REALTIME_MODELS.get(rec.tac_package or "", REALTIME_DEFAULT)
        b.node(("third", ROW_YOURS), "llm", _label(title, detail),
               _why(llm_why or d.decision("voice_transport"), "The realtime model hears the caller and speaks the "
                    "reply: no speech-to-text or text-to-speech to pick."), penwidth="2", group="spine")
        b.edge(SERVER, "llm", "call audio, both ways\n(WebSocket)", dir="both", **MAIN)
    else:
        failover = d.considered.get("llm_failover")
        b.node(("third", ROW_YOURS), "llm", _label(_llm_name(rec), "LLM API",
                                                   ("fallback: second LLM or script", FALLBACK)
                                                   if failover else ""),
               _why(llm_why, f"The model your server prompts: {_llm_name(rec)}.")
               + (f" {_why(failover, '')}" if failover else ""), penwidth="2", group="spine")
        b.edge(SERVER, "llm", "HTTPS (streaming)", dir="both", **MAIN)
    if d.transport == "media_streams" and not rec.facts.speech_to_speech:
        stt, tts = _speech_name("stt", rec.stt_provider), _speech_name("tts", rec.tts_provider)
        b.node(("third", ROW_SERVICES), "stt_vendor", _label(f"STT: {stt}" if stt else "Your own STT",
                                                  "speech-to-text vendor" if stt else "your speech recognition"),
               _why(d.decision("stt"), "With Media Streams you transcribe the audio yourself."))
        b.node(("third", ROW_SERVICES), "tts_vendor", _label(f"TTS: {tts}" if tts else "Your own TTS",
                                                  "text-to-speech vendor" if tts else "your voice engine"),
               _why(d.decision("tts"), "With Media Streams you synthesise the reply audio yourself."))
        b.edge(SERVER, "stt_vendor", "audio stream\n(WebSocket)")
        b.edge(SERVER, "tts_vendor", "text -> audio\n(HTTPS)", dir="both")


def _assist(d: _Design) -> None:
    """Agent assist: the spine runs from the customer through Twilio and TaskRouter to Flex and the person who
    answers; the assist lane beside it turns the conversation into text and suggestions on the agent's screen."""
    if not d.assist:
        return
    b, rec = d.build, d.rec
    first = d.channels[0] if d.channels else None
    products = d.products
    if d.voice:
        b.node(("edge", ROW_EDGE), "programmable_voice", _label("Programmable Voice", "the call, answered by a person"),
               "Twilio carries the call to the person who answers it.", group="spine")
        b.edge("ch_voice", "programmable_voice", **MAIN)
        entry = "programmable_voice"
    else:
        entry = f"ch_{first}" if first else "customer"
    orchestrator = products.get("conversation_orchestrator")
    if orchestrator:
        b.node(("services", ROW_SERVICES), "conversation_orchestrator",
               _label("Conversation Orchestrator", "captures the conversation"),
               _why(orchestrator, PRODUCTS["conversation_orchestrator"].role))
        for ch in d.messaging:
            b.edge(f"ch_{ch}", "conversation_orchestrator", "messages", style="dashed")
        if d.voice:
            b.edge(entry, "conversation_orchestrator", "voice capture", style="dashed")
    memory = products.get("conversation_memory")
    if memory:
        b.node(("services", ROW_PEOPLE), "conversation_memory", _label("Conversation Memory", "profiles, observations"),
               _why(memory, PRODUCTS["conversation_memory"].role), shape="cylinder", style="filled")
        if orchestrator:
            b.edge("conversation_orchestrator", "conversation_memory", "linked", style="dashed")
    for ch in d.messaging:
        b.edge(f"ch_{ch}", "taskrouter", "messages")
    router = products.get("taskrouter")
    b.node(("services", ROW_SERVICES), "taskrouter", _label("TaskRouter", "every conversation to a person"),
           _why(router, PRODUCTS["taskrouter"].role), group="spine")
    if d.voice:
        b.edge(entry, "taskrouter", "TwiML <Enqueue>: task", **MAIN)
    flex = products.get("flex")
    b.node(("services", ROW_PEOPLE), "flex", _label("Flex", "agent desktop + assist panel"),
           _why(flex, PRODUCTS["flex"].role), penwidth="2", group="spine")
    b.edge("taskrouter", "flex", "task", **MAIN)
    b.node(("people_right", ROW_PEOPLE), "human_agent", _label("Human agent", "answers every conversation"),
           _why(flex, "The person who answers; the AI only suggests."), color=INK, penwidth="1.6", group="spine")
    b.edge("flex", "human_agent", **MAIN)
    transcription = products.get("real_time_transcription")
    source = entry
    if transcription:
        via = "Orchestrator voice capture" if orchestrator else "<Start><Transcription>"
        b.node(("edge", ROW_EDGE), "real_time_transcription", _label("Real-Time Transcription", via),
               _why(transcription, PRODUCTS["real_time_transcription"].role))
        b.edge(entry, "real_time_transcription", "call audio (forked)")
        source = "real_time_transcription"
    intelligence = products.get("conversation_intelligence")
    if intelligence:
        b.node(("services", ROW_PEOPLE), "conversation_intelligence",
               _label("Conversation Intelligence", "Language Operators"),
               _why(intelligence, PRODUCTS["conversation_intelligence"].role))
        b.edge(source, "conversation_intelligence", "transcript", style="dashed")
    copilot = products.get("agent_copilot")
    assist_why = d.decision("path")
    b.node(("yours", ROW_SERVICES), "assist",
           _label("Your assist", "Flex plugin + backend", "reads the transcript, suggests"),
           _why(assist_why, "Your assist: reads the transcript, asks your LLM, shows suggestions in Flex."),
           penwidth="2")
    b.edge(source, "assist", "transcript\n(HTTPS webhook)")
    if intelligence:
        b.edge("conversation_intelligence", "assist", "signals (webhook)")
    b.edge("assist", "flex", "suggestions, supervisor alerts", style="dashed")
    if memory:
        b.edge("conversation_memory", "assist", "profile", style="dashed")
    b.node(("third", ROW_PEOPLE), "llm", _label(_llm_name(rec), "LLM API (suggestions only)"),
           f"The model your assist asks for suggestions: {_llm_name(rec)}. It never speaks to the customer.")
    b.edge("assist", "llm", "HTTPS", dir="both")
    if copilot:
        b.node(("services", ROW_PEOPLE), "agent_copilot", _label("Agent Copilot", "public beta, inside Flex"),
               _why(copilot, PRODUCTS["agent_copilot"].role), style="rounded,filled,dashed")
        b.edge("agent_copilot", "flex", "or: Twilio's own assist", style="dashed")


def _services(d: _Design) -> None:
    """Twilio's Conversations services and human escalation: Memory, Intelligence, TaskRouter, Flex."""
    if d.assist:
        return
    b, rec = d.build, d.rec
    memory = d.products.get("conversation_memory")
    orchestrator = d.products.get("conversation_orchestrator")
    if memory:
        b.node(("services", ROW_SERVICES), "conversation_memory",
               _label("Conversation Memory", "profiles, observations, recall"),
               _why(memory, PRODUCTS["conversation_memory"].role), shape="cylinder", style="filled")
        b.edge(SERVER, "conversation_memory", "REST (SDK)" if rec.implementation_path == "tac_sdk" else "REST",
               dir="both")
        if orchestrator:
            b.edge("conversation_orchestrator", "conversation_memory", "linked", style="dashed")
    intelligence = d.products.get("conversation_intelligence")
    if intelligence:
        b.node(("services", ROW_PEOPLE), "conversation_intelligence",
               _label("Conversation Intelligence", "Language Operators"),
               _why(intelligence, PRODUCTS["conversation_intelligence"].role))
        if memory:
            b.edge("conversation_memory", "conversation_intelligence", "linked", style="dashed")
        elif orchestrator:
            b.edge("conversation_orchestrator", "conversation_intelligence", "linked", style="dashed")
        else:
            source = "conversation_relay" if d.transport == "conversation_relay" else "programmable_voice"
            if b.has(source):
                b.edge(source, "conversation_intelligence", "transcripts", style="dashed")
        b.node(("yours", ROW_YOURS), "signal_handler", _label("Signal handler", "acts on the signals"),
               _why(intelligence, "Your backend receives operator results by webhook and acts on them."))
        b.edge("conversation_intelligence", "signal_handler", "HTTPS webhook")
    taskrouter, flex, studio = d.products.get("taskrouter"), d.products.get("flex"), d.products.get("studio")
    if studio:
        b.node(("services", ROW_SERVICES), "studio", _label("Twilio Studio", "handoff Flow"),
               _why(studio, PRODUCTS["studio"].role))
        b.edge(SERVER, "studio", "handoff tool\n(HTTPS)")
    if taskrouter:
        b.node(("services", ROW_SERVICES), "taskrouter", _label("TaskRouter", "skills-based routing"),
               _why(taskrouter, PRODUCTS["taskrouter"].role))
        if studio:
            b.edge("studio", "taskrouter", "Send to Flex: task")
        else:
            b.edge(SERVER, "taskrouter", "REST: escalation")
    if flex:
        shown = "agent desktop + profile" if "conversation_memory" in d.products else "agent desktop + payload"
        if "rcs" in d.messaging:  # Flex Conversations has no RCS channel: the agent answers over SMS
            shown += "; RCS threads continue over SMS"
        b.node(("services", ROW_PEOPLE), "flex", _label("Flex", shown),
               _why(flex, PRODUCTS["flex"].role))
        if taskrouter:
            b.edge("taskrouter", "flex", "task")
        if memory:
            b.edge("conversation_memory", "flex", "profile summary", style="dashed")
        b.node(("people_right", ROW_PEOPLE), "human_agent", _label("Human agent", "takes the escalation"),
               _why(flex, "The person who takes over when the AI escalates."), color=INK, penwidth="1.6")
        b.edge("flex", "human_agent")
    elif d.rec.facts.phone_handoff:
        _phone_line(d, studio)
    elif d.rec.facts.handoff_transfer:
        _phone_line(d, studio, contact_centre=True)


def _phone_line(d: _Design, studio: Any, contact_centre: bool = False) -> None:
    """A hand-off put through on a new call leg: to a person's phone (Studio's Connect Call To, or <Dial> from your
    server; texts reach them by SMS; review 3, finding 5), or to a contact centre Flex does not serve (the customer's
    own on another platform, or any where the region lacks Flex: a <Dial> to its number or SIP address). No TaskRouter
    or Flex either way."""
    b = d.build
    team = d.rec.facts.handoff_own_team is True
    if contact_centre and team:  # Flex ruled out for the team it was to seat: a phone line, an agent UI of your own
        reached = ("phone line for calls, " if d.voice else "") + ("your agent UI for texts" if d.messaging else "")
        b.node(("people_right", ROW_PEOPLE), "phone_line", _label("Your team", reached.rstrip(", ")),
               "The team that takes over when the AI hands off, without Flex: calls put through to their phone "
               "line, text conversations in an agent UI of your own.", color=INK, penwidth="1.6")
    elif contact_centre:
        reached = ("number or SIP address, " if d.voice else "") + ("messaging API" if d.messaging else "")
        b.node(("people_right", ROW_PEOPLE), "phone_line", _label("Your contact centre", reached.rstrip(", ")),
               "The contact centre that takes over when the AI hands off, on its own platform: calls are "
               "transferred to it, text conversations handed to its messaging integration, with no TaskRouter or "
               "Flex.", color=INK, penwidth="1.6")
    else:
        b.node(("people_right", ROW_PEOPLE), "phone_line",
               _label("Your phone line", "front desk, team or on-call person"),
               "The person who takes over when the AI hands off, on their own phone: no agent desktop or routing "
               "engine.", color=INK, penwidth="1.6")
    if studio:
        if d.voice:
            b.edge("studio", "phone_line", "Connect Call To\n(number, simulring, SIP)")
        if d.messaging:
            b.edge("studio", "phone_line", "Send Message: summary", style="dashed")
        return
    if d.voice:
        source = "programmable_voice" if b.has("programmable_voice") else SERVER
        b.edge(source, "phone_line", "<Dial> or Conference\n(whisper: summary)")
    if d.messaging:
        how = "SMS: summary" if not contact_centre else "agent UI: conversation" if team else "messaging API: summary"
        b.edge(SERVER, "phone_line", how, style="dashed")


def _serverless(d: _Design) -> None:
    """Twilio Functions receiving status callbacks, behind a thin receiver when they would be overrun."""
    if not d.rec.answers.uses_twilio_functions:
        return
    b, considered = d.build, d.considered
    callbacks_from = "programmable_voice" if d.voice else (
        "conversation_orchestrator" if "conversation_orchestrator" in d.products else None)
    fn_item = next((considered[k] for k in ("functions_thin_receiver", "functions_within_limit", "functions_unsized")
                    if k in considered), None)
    limits = f"{FUNCTIONS_CONCURRENCY} concurrent, {FUNCTIONS_TIMEOUT_S} s timeout"
    b.node(("edge", ROW_EDGE), "twilio_functions", _label("Twilio Functions", limits),
           _why(fn_item, f"Twilio Functions: {limits} per service."))
    thin = considered.get("functions_thin_receiver")
    target = "twilio_functions"
    if thin:
        b.node(("yours", ROW_YOURS), "thin_receiver", _label("Thin receiver", "ack at once, queue the work"),
               _why(thin, "Put a thin receiver in front of Functions."))
        b.edge("thin_receiver", "twilio_functions", "rate-limited HTTPS")
        target = "thin_receiver"
    if callbacks_from:
        b.edge(callbacks_from, target, "status callbacks\n(HTTPS)", style="dashed")


#: The zones, in drawing order (node and edge order, and so the DOT bytes, follow it).
ZONES = (_customer, _voice, _messaging, _server, _third_parties, _services, _assist, _serverless)

#: Ownership clusters in writing order: (cluster name, label, colours, builder group).
CLUSTERS = (("twilio_edge", "Twilio", TWILIO, "edge"), ("yours", "Your infrastructure", YOURS, "yours"),
            ("third", "Third parties", THIRD, "third"),
            ("twilio_services", "Twilio Conversations services", TWILIO, "services"))


def region_note(rec: Recommendation) -> str:
    """The region that holds the data, said once (in the title), with a pointer to the report where the region lacks
    a product the design uses (the warnings marked ``region_gap``); '' without a region."""
    region = rec.answers.region
    if not region:
        return ""
    gaps = [w for w in rec.warnings if dict(w.details).get("region_gap")]
    return f"Twilio region: {REGIONS[region]}" + (f" · {len(gaps)} region warning{'s' if len(gaps) > 1 else ''} in "
                                                  "the report" if gaps else "")


def diagram(design: Design) -> ArchitectureGraph:
    """The architecture the recommendation implies, as a top-down flow with ownership clusters.

    Accepts a :class:`Recommendation` or answers (which go through :func:`twarch.recommend`).
    Only answered channels and recommended products are drawn; fallbacks, session state, LLM
    failover, a load balancer and a Functions thin receiver appear when the considerations name them.
    """
    rec = as_recommendation(design)
    g = _new_graph("architecture")
    # polyline edges: straight segments, and about half the layout time of curved splines (a click redraws faster)
    g.attr("graph", rankdir="TB", newrank="true", forcelabels="true", splines="polyline", nodesep="0.18",
           ranksep="0.32",
           label=_title(rec), labelloc="t", labeljust="l", fontsize="14")
    b = _Builder(g)
    d = _Design(rec, b)
    for zone in ZONES:
        zone(d)
    b.emit_group("people", g)
    if b.groups.get("channels"):
        with g.subgraph(name="channels") as c:
            c.attr(rank="same")
            b.emit_group("channels", c)
    for name, label, colours, group in CLUSTERS:
        if name == "twilio_services" and not set(CONVERSATIONS_STACK) & set(rec.product_ids):
            label = "Twilio services"  # TaskRouter, Flex or Studio without the Conversations products (HIPAA)
        _cluster(g, name, label, colours, b, group)
    b.emit_group("people_right", g)
    b.emit_columns()
    b.emit_edges()
    return g


# --------------------------------------------------------------------------------------------
# The capability ladder


def rung_status(rec: Recommendation, number: int) -> str:
    """``reached``, ``included``, ``skipped`` or ``above`` for one rung of the ladder."""
    if number > rec.level:
        return "above"
    if number == rec.level:
        return "reached"
    present = {p.id for p in rec.products}
    if number > 1 and not present & set(RUNG_PRODUCTS.get(number, ())):
        return "skipped"
    return "included"


def ladder(design: Design) -> ArchitectureGraph:
    """The four rungs of the capability ladder, Level 1 at the bottom.

    The reached rung is highlighted, rungs below it are shown as included, rungs whose
    capability the answers skipped are greyed with "skipped", rungs above are dimmed.
    """
    rec = as_recommendation(design)
    g = _new_graph("ladder")
    g.attr("graph", rankdir="BT", nodesep="0.3", ranksep="0.22", label=graphviz.nohtml("Capability ladder"),
           labelloc="t", labeljust="l", fontsize="14")
    skipped = {s.id: s for s in rec.skipped}
    products = {p.id: p for p in rec.products}
    styles = {
        "reached": {"fillcolor": TWILIO[0], "color": TWILIO[2], "fontcolor": "white", "penwidth": "2.4"},
        "included": {"fillcolor": "#E3F4E8", "color": "#2E8B57", "fontcolor": INK, "penwidth": "1.4"},
        "skipped": {"fillcolor": "#EEEEEE", "color": "#A0A0A0", "fontcolor": "#8A8A8A", "penwidth": "1.2",
                    "style": "rounded,filled,dashed"},
        "above": {"fillcolor": "#FAFAFA", "color": "#D0D0D0", "fontcolor": "#B0B0B0", "penwidth": "1.0",
                  "style": "rounded,filled,dotted"},
    }
    tags = {"reached": "REACHED", "included": "included", "skipped": "skipped", "above": "not needed"}
    previous = None
    for number, level in sorted(LEVELS.items()):
        status = rung_status(rec, number)
        style = dict(styles[status])
        sub_color = {"reached": "#FFE3E6", "included": MUTED, "skipped": "#9A9A9A", "above": "#B8B8B8"}[status]
        architecture = rung_adds(number, hipaa="hipaa" in (rec.facts.regimes or ()),
                                 phone_handoff=rec.facts.phone_handoff is True,
                                 transfer=rec.facts.handoff_transfer is True, unavailable=rec.facts.unavailable or (),
                                 voice=rec.facts.voice is not False, text=bool(rec.facts.messaging_count),
                                 own_team=rec.facts.handoff_own_team is True)
        label = _label(f"Level {number}  {level.name}", architecture, f"[{tags[status]}]",
                       color=sub_color, title_size=12)
        wanted = RUNG_PRODUCTS[number]
        item = next((products[i] for i in wanted if i in products), None) or \
            next((skipped[i] for i in wanted if i in skipped), None)
        # what the rung does for this design: its own words when the design changes what it adds
        tip = f"Level {number}, {tags[status]}: {level.adds if architecture == level.architecture else architecture}"
        if item is not None:
            tip += f" {item.text} Why: {item.why}"
        node_id = f"level_{number}"
        g.node(node_id, label, tooltip=_tooltip(tip), width="3.6", **style)
        g.components.append(node_id)
        if previous:
            g.edge(previous, node_id, color="#B0B0B0", arrowhead="none", penwidth="2")
            g.links.append((previous, node_id, ""))
        previous = node_id
    g.statuses = {f"level_{n}": rung_status(rec, n) for n in sorted(LEVELS)}
    return g
