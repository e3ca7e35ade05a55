"""The Agent Connect starter: the SDK's own quick start (TAC, TACFastAPIServer, the voice and SMS channels) with the
recommended package and extras, never older than the 2.7.0 security release, and the agent's reply in a module of
its own so that it is tested offline without the SDK."""

from __future__ import annotations

import json
import shlex
from typing import Any

from ..errors import AnswerError
from ..knowledge.claims import CLAIMS
from ..knowledge.stack import MIN_VERSION
from ..knowledge.starter import LLM_ROUTES, PYTHON_PINS
from ..recommendation import Recommendation
from .blocks import render
from .plan import Plan
from .python_project import _config, _llm_code
from .texts import Texts


def sdk_variables(plan: Plan) -> list[str]:
    """The variables Agent Connect reads itself for this design's channels and products."""
    names = ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_PHONE_NUMBER",
             "TWILIO_VOICE_PUBLIC_DOMAIN"]
    if set(plan.channels) - {"voice"}:
        names.append("TWILIO_CONVERSATION_CONFIGURATION_ID")
    names += [n for c, n in (("whatsapp", "TWILIO_WHATSAPP_NUMBER"), ("rcs", "TWILIO_RCS_SENDER_ID"),
                             ("chat", "TWILIO_CONVERSATIONS_SERVICE_SID")) if c in plan.channels]
    if plan.studio:
        names.append("TWILIO_STUDIO_HANDOFF_FLOW_SID")
    if plan.region:
        names.append("TWILIO_REGION")
    return names


def _requirements(rec: Recommendation) -> list[str]:
    """The install line's requirements (``pip install "a[x]" "b>=2.7.0"``), as twarch's engine wrote it."""
    assert rec.install is not None
    return shlex.split(rec.install)[2:]


def files(rec: Recommendation, plan: Plan, texts: Texts) -> dict[str, str]:
    if rec.facts.speech_to_speech:
        raise AnswerError("voice_pipeline", "speech_to_speech on Agent Connect: twarch scaffold does not write the "
                                            "SDK's Media Streams (realtime model) app yet", "cascaded")
    if plan.language != "python":
        raise AnswerError("team_language", "typescript on Agent Connect: the TypeScript SDK is built from its "
                                           "repository (not on the npm registry twarch can reach), so twarch "
                                           "scaffold writes the Python quick start only", "--language python")
    features = plan.features | {"sms" if "sms" in plan.channels else "not_sms"}
    out = {"app/__init__.py": '"""The Agent Connect app twarch scaffolded."""\n', "app/config.py": _config(plan, texts),
           "app/llm.py": _llm_code(plan), "app/agent.py": render("python/tac/agent.py", features),
           "app/main.py": render("python/tac/main.py", features),
           "tests/conftest.py": render("python/tests/conftest.py", features),
           "tests/test_env.py": render("python/tests/test_env.py", features),
           "tests/test_llm.py": render("python/tests/test_llm.py", features),
           "tests/test_agent.py": render("python/tac/test_agent.py", features),
           "pytest.ini": "[pytest]\npythonpath = .\ntestpaths = tests\n"}
    names = ["twilio", LLM_ROUTES[plan.llm].python_package, "pytest"]
    out["requirements.txt"] = "\n".join([*_requirements(rec), *(f"{n}=={PYTHON_PINS[n].version}"
                                                                  for n in dict.fromkeys(names))]) + "\n"
    if plan.studio and plan.handoff:
        out["studio/handoff-flow.json"] = studio_flow(plan)
    return out


def steps(rec: Recommendation, plan: Plan) -> list[str]:
    assert plan.install is not None
    out = [f"Agent Connect {MIN_VERSION} or later only: earlier versions may write secrets and personal data to your "
           f"logs ({CLAIMS['tac.security_logging'].sources[0].url}); requirements.txt pins the floor and app/main.py "
           "refuses an older SDK.",
           "Copy `.env.example` to `.env` and fill it in: the first part is read by this project's code, the second "
           "by Agent Connect (its getting-started guide explains each).",
           "Install: `python -m venv .venv && .venv/bin/pip install -r requirements.txt` "
           f"({plan.install.runtime}); run: `.venv/bin/python -m app.main`.",
           "Expose port 8000 over HTTPS (for instance `ngrok http 8000`) and put the host name in "
           "TWILIO_VOICE_PUBLIC_DOMAIN.",
           "Console > Phone Numbers > your number: Voice, A call comes in > Webhook `https://DOMAIN/twiml` (HTTP POST)"
           + ("; Messaging, A message comes in > `https://DOMAIN/webhook`." if "sms" in plan.channels else ".")]
    if "conversation_orchestrator" in rec.product_ids:
        out.append("Create a Conversation Orchestrator configuration (Console > Conversation Orchestrator)"
                   + (" linked to a Conversation Memory store" if "conversation_memory" in rec.product_ids else "")
                   + " and put its id in TWILIO_CONVERSATION_CONFIGURATION_ID.")
    others = [c for c in plan.channels if c not in ("voice", "sms")]
    if others:
        out.append("Add the " + ", ".join(others) + " channel(s): Agent Connect's feature examples show each "
                   "(its getting_started/examples/features); this starter wires voice and SMS.")
    if plan.studio and plan.handoff == "flex":
        out.append("Hand-off: import `studio/handoff-flow.json` (Console > Studio > Flows > Create > Import from "
                   "JSON), set its TaskRouter workflow and task channel, publish it, and put its SID in "
                   "TWILIO_STUDIO_HANDOFF_FLOW_SID; Agent Connect's hand-off tool sends conversations to it.")
    elif plan.studio and plan.handoff == "phone":
        texts = (" and texts it about a conversation in another channel (Send Message: whoever holds the line "
                 "answers texts or calls back)") if set(plan.channels) - {"voice"} else ""
        out.append("Hand-off: import `studio/handoff-flow.json` (Console > Studio > Flows > Create > Import from "
                   "JSON), put your line's number where it says SET_YOUR_HANDOFF_PHONE_NUMBER, publish it, and put "
                   "its SID in TWILIO_STUDIO_HANDOFF_FLOW_SID: it puts a call through to your line (Connect Call To)"
                   + texts + ".")
    out.append("Call or text the number.")
    return out


def studio_flow(plan: Plan) -> str:
    """The Studio Flow Agent Connect's hand-off tool sends conversations to: Send to Flex for a contact centre;
    for a phone line, Connect Call To the line for a call and Send Message to it for a text conversation (the
    widgets of the claim ``studio.connect_call``, with its sources)."""
    trigger: dict[str, Any] = {"name": "Trigger", "type": "trigger", "properties": {"offset": {"x": 0, "y": 0}}}
    if plan.handoff == "flex":
        send = {"name": "send_to_flex", "type": "send-to-flex",
                "transitions": [{"event": "callComplete"}, {"event": "failedToEnqueue"}, {"event": "callFailure"}],
                "properties": {"offset": {"x": 0, "y": 250}, "workflow": "SET_YOUR_TASKROUTER_WORKFLOW_SID",
                               "channel": "SET_YOUR_TASK_CHANNEL_SID",
                               "attributes": '{"type": "ai_handoff", "from": "{{trigger.call.From}}"}'}}
        trigger["transitions"] = [{"event": e, "next": "send_to_flex"}
                                  for e in ("incomingMessage", "incomingCall", "incomingRequest")]
        states = [trigger, send]
        description = "Agent Connect hand-off to Flex (twarch scaffold)"
    else:
        line = "SET_YOUR_HANDOFF_PHONE_NUMBER"
        call = {"name": "connect_to_line", "type": "connect-call-to",
                "transitions": [{"event": "callCompleted"}, {"event": "hangup"}],
                "properties": {"offset": {"x": 0, "y": 250}, "caller_id": "{{contact.channel.address}}",
                               "noun": "number", "to": line, "timeout": 30}}
        trigger["transitions"] = [{"event": "incomingCall", "next": "connect_to_line"}]
        states = [trigger, call]
        if set(plan.channels) - {"voice"}:
            text = {"name": "text_the_line", "type": "send-message",
                    "transitions": [{"event": "sent"}, {"event": "failed"}],
                    "properties": {"offset": {"x": 400, "y": 250}, "from": "{{flow.channel.address}}", "to": line,
                                   "body": "A customer at {{contact.channel.address}} asked the AI agent for a person: "
                                           "please reply or call back."}}
            trigger["transitions"] += [{"event": e, "next": "text_the_line"}
                                       for e in ("incomingMessage", "incomingRequest")]
            states.append(text)
        description = "Agent Connect hand-off to a phone line (twarch scaffold)"
    flow = {"description": description, "states": states, "initial_state": "Trigger",
            "flags": {"allow_concurrent_calls": True}}
    return json.dumps(flow, indent=2) + "\n"
