"""The starter's TwiML documents as trees, checked against twarch's TwiML table when built, and written three ways:
as XML with the example values (the project's tests compare against it), and as the Python or TypeScript code
that builds the same document with Twilio's helper library at run time.

A value is literal text, a URL on the server's public host, an environment variable, or an argument of the
document's function (the per-call token, the hand-off's task attributes, a sentence).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from ..knowledge.twiml import RELAY_STT, RELAY_TTS, TWIML, problem
from .plan import Plan

#: What the examples (and the generated tests) use for the public host, each argument and each variable.
EXAMPLE_HOST = "agent.example.com"
EXAMPLE_ARGS = {"token": "test-call-token", "task": '{"reason":"human","summary":"test"}',
                "sentence": "Your payment went through."}


def example_variable(name: str) -> str:
    return "test-" + name.lower().replace("_", "-")


@dataclass(frozen=True)
class Value:
    kind: str  #: ``text``, ``bool``, ``https`` / ``wss`` (a path on the public host), ``env``, ``arg``
    value: str

    def example(self) -> str:
        if self.kind in ("https", "wss"):
            return f"{self.kind}://{EXAMPLE_HOST}{self.value}"
        if self.kind == "env":
            return example_variable(self.value)
        if self.kind == "arg":
            return EXAMPLE_ARGS[self.value]
        return self.value


def text(value: str) -> Value:
    return Value("text", value)


@dataclass(frozen=True)
class Node:
    name: str
    attributes: tuple[tuple[str, Value], ...] = ()
    children: tuple[Node, ...] = ()
    body: Value | None = None

    def check(self, parent: str | None = None) -> None:
        reason = problem(self.name, parent, tuple(a for a, _ in self.attributes))
        if reason:
            raise ValueError(reason)
        for child in self.children:
            child.check(self.name)

    def xml(self, indent: str = "") -> str:
        attrs = "".join(f" {a}={quoteattr(v.example())}" for a, v in self.attributes)
        if not self.children and self.body is None:
            return f"{indent}<{self.name}{attrs}/>"
        if self.body is not None:
            return f"{indent}<{self.name}{attrs}>{escape(self.body.example())}</{self.name}>"
        inner = "\n".join(c.xml(indent + "  ") for c in self.children)
        return f"{indent}<{self.name}{attrs}>\n{inner}\n{indent}</{self.name}>"


@dataclass(frozen=True)
class Document:
    """One TwiML response, built by a function of the same name in the generated project."""

    name: str
    args: tuple[str, ...]  #: the function's arguments after ``host``
    root: Node
    doc: str

    def __post_init__(self) -> None:
        self.root.check()

    def xml(self) -> str:
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + self.root.xml() + "\n"


def documents(plan: Plan, greeting: str, notice: str) -> tuple[Document, ...]:
    """The TwiML a manual voice starter answers with, in the order a call meets it."""
    opening = [Node("Say", ((("language", text(_notice_language(plan))),)), body=text(notice))]
    if plan.records:
        opening.append(Node("Start", children=(Node("Recording", (
            ("channels", text("dual")), ("recordingStatusCallback", Value("https", "/recording-status")))),)))
    connect = _connect(plan, greeting)
    docs = [Document("answer", ("token",), Node("Response", children=(*opening, connect)),
                     "the call comes in: the notice, then the agent")]
    if plan.payments:
        docs.append(Document("take_payment", (), Node("Response", children=(Node("Pay", (
            ("input", text("dtmf")), ("paymentConnector", Value("env", "PAY_CONNECTOR")),
            ("action", Value("https", "/pay-action")), ("description", text("Payment to the agent's business")))),)),
            "the caller wants to pay: Twilio collects the card by keypad, outside the agent"))
        docs.append(Document("resume", ("token", "sentence"),
                             Node("Response", children=(Node("Say", body=Value("arg", "sentence")), connect)),
                             "after <Pay>: how it went, then back to the agent"))
    if plan.handoff == "flex":
        docs.append(Document("to_person", ("task",), Node("Response", children=(Node("Enqueue", (
            ("workflowSid", Value("env", "TWILIO_WORKFLOW_SID")),), children=(
            Node("Task", body=Value("arg", "task")),)),)),
            "a hand-off: the call joins your TaskRouter workflow, to an agent in Flex"))
    if plan.handoff == "phone":
        docs.append(Document("to_person", ("task",), Node("Response", children=(Node("Dial", children=(
            Node("Number", body=Value("env", "HANDOFF_PHONE_NUMBER")),)),)),
            "a hand-off: the call is put through to your phone line"))
    docs.append(Document("hang_up", (), Node("Response", children=(Node("Hangup"),)), "the conversation is over"))
    return tuple(docs)


def _notice_language(plan: Plan) -> str:
    """The notice is written in English: said in the first English language of the design, else en-US."""
    return next((tag for tag in plan.languages if tag.lower().startswith("en")), "en-US")


def _connect(plan: Plan, greeting: str) -> Node:
    token = Node("Parameter", (("name", text("callToken")), ("value", Value("arg", "token"))))
    action = (("action", Value("https", "/connect-action")),)
    if plan.kind in ("streams", "realtime"):
        return Node("Connect", action, (Node("Stream", (("url", Value("wss", "/session")),), (token,)),))
    stt, tts = RELAY_STT[plan.stt or ""], RELAY_TTS[plan.tts or ""]
    relay = [("url", Value("wss", "/session")), ("welcomeGreeting", text(greeting)),
             ("language", text(plan.languages[0])), ("transcriptionProvider", text(stt)), ("ttsProvider", text(tts)),
             ("dtmfDetection", Value("bool", "true")), ("interruptible", text("any"))]
    languages = tuple(Node("Language", (("code", text(tag)), ("transcriptionProvider", text(stt)),
                                        ("ttsProvider", text(tts)))) for tag in plan.languages)
    backups = (Node("Failover"),) if plan.failover else ()
    children = (*languages, *backups, token) if len(plan.languages) > 1 else (*backups, token)
    return Node("Connect", action, (Node("ConversationRelay", tuple(relay), children),))


# --- code that builds a document with Twilio's helper library --------------------------------------------------

def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _camel(name: str) -> str:
    return name[0].lower() + name[1:]


def _python_value(value: Value) -> str:
    if value.kind in ("https", "wss"):
        return f'f"{value.kind}://{{host}}{value.value}"'
    if value.kind == "env":
        return f'env("{value.value}")'
    if value.kind == "arg":
        return value.value
    if value.kind == "bool":
        return "True" if value.value == "true" else "False"
    return repr(value.value)


def python_function(document: Document) -> str:
    """``def name(host, ...) -> str`` building the document with ``twilio.twiml.voice_response``."""
    lines = [f"def {document.name}({', '.join(('host: str', *(f'{a}: str' for a in document.args)))}) -> str:",
             f'    """{document.doc[0].upper() + document.doc[1:]}."""', "    response = VoiceResponse()"]
    used: dict[str, int] = {}

    def emit(node: Node, parent: str) -> None:
        call_args = [_python_value(node.body)] if node.body is not None else []
        if node.name == "Enqueue":
            call_args = ["None"]
        call_args += [f"{_snake(a)}={_python_value(v)}" for a, v in node.attributes]
        if TWIML[node.name].helper:
            call = f"{parent}.{_snake(node.name)}({', '.join(call_args)})"
        else:  # no builder in the pinned helper library yet: its generic add_child writes the same element
            call = f"{parent}.add_child({', '.join([repr(node.name), *call_args])})"
        if not node.children:
            lines.append(f"    {call}")
            return
        var = _snake(node.name)
        used[var] = used.get(var, 0) + 1
        var = var if used[var] == 1 else f"{var}_{used[var]}"
        lines.append(f"    {var} = {call}")
        for child in node.children:
            emit(child, var)

    for child in document.root.children:
        emit(child, "response")
    lines.append("    return str(response)")
    return "\n".join(lines)


def _typescript_value(value: Value) -> str:
    if value.kind in ("https", "wss"):
        return f"`{value.kind}://${{host}}{value.value}`"
    if value.kind == "env":
        return f'env("{value.value}")'
    if value.kind == "arg":
        return _camel_arg(value.value)
    if value.kind == "bool":
        return value.value
    return json.dumps(value.value, ensure_ascii=False)


def _camel_arg(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def typescript_function(document: Document) -> str:
    """``export function name(host, ...): string`` building the document with the ``twilio`` package's
    ``twiml.VoiceResponse`` (attributes as an object, then the element's text)."""
    name = _camel_arg(document.name)
    params = ", ".join(("host: string", *(f"{_camel_arg(a)}: string" for a in document.args)))
    lines = [f"/** {document.doc[0].upper() + document.doc[1:]}. */", f"export function {name}({params}): string {{",
             "  const response = new VoiceResponse();"]
    used: dict[str, int] = {}

    def emit(node: Node, parent: str) -> None:
        attributes = "{ " + ", ".join(f"{a}: {_typescript_value(v)}" for a, v in node.attributes) + " }" \
            if node.attributes else "{}"
        call_args = [attributes] + ([_typescript_value(node.body)] if node.body is not None else [])
        if TWIML[node.name].helper:
            call = f"{parent}.{_camel(node.name)}({', '.join(call_args)})"
        else:  # no builder in the pinned helper library yet: its generic addChild writes the same element
            call = f"{parent}.addChild({', '.join([json.dumps(node.name), *call_args])})"
        if not node.children:
            lines.append(f"  {call};")
            return
        var = _camel(node.name)
        used[var] = used.get(var, 0) + 1
        var = var if used[var] == 1 else f"{var}{used[var]}"
        lines.append(f"  const {var} = {call};")
        for child in node.children:
            emit(child, var)

    for child in document.root.children:
        emit(child, "response")
    lines += ["  return response.toString();", "}"]
    return "\n".join(lines)
