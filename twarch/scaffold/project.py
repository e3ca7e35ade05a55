"""A starter project's files: the language's own, then the shared ones (.env.example and README.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..knowledge.starter import LLM_ROUTES, VARIABLES
from ..knowledge.twiml import RELAY_STT, RELAY_TTS, TWIML
from ..recommendation import Recommendation
from . import agent_connect, python_project, typescript_project
from .plan import Plan
from .texts import texts
from .twiml import documents

#: How a variable is read in generated code: env("NAME") in both languages.
READ = re.compile(r"""\benv\(\s*["']([A-Z0-9_]+)["']\s*\)""")


def project_files(rec: Recommendation, plan: Plan) -> dict[str, str]:
    said = texts(plan)
    if plan.kind == "agent_connect":
        files = agent_connect.files(rec, plan, said)
    else:
        docs = documents(plan, said.greeting, said.notice)
        build = python_project.files if plan.language == "python" else typescript_project.files
        files = build(plan, said, docs)
    files[".env.example"] = env_example(plan, read_variables(files))
    files[".gitignore"] = ".env\n" + ("node_modules/\nbuild/\n" if plan.language == "typescript" else
                                      "__pycache__/\n.venv/\n")
    files["README.md"] = readme(rec, plan, files)
    return files


def read_variables(files: dict[str, str]) -> list[str]:
    """Every variable the project's own code reads, in first-read order (tests excluded)."""
    code = [text for path, text in sorted(files.items()) if path.endswith((".py", ".ts"))
            and not path.startswith(("tests/", "test/"))]
    return list(dict.fromkeys(name for text in code for name in READ.findall(text)))


def env_example(plan: Plan, names: list[str]) -> str:
    lines = ["# Copy to .env and fill in. Every variable here is read by this project's code; where to find each:"]
    for name in names:
        variable = VARIABLES[name]
        lines += [f"# {variable.where}", f"{name}={variable.example}"]
    if plan.kind == "agent_connect":
        lines += ["", "# Read by Agent Connect itself (TACConfig.from_env); see its getting-started guide:"]
        lines += [f"# {VARIABLES[n].where}\n# {n}={VARIABLES[n].example}" for n in agent_connect.sdk_variables(plan)]
    return "\n".join(lines) + "\n"


def readme(rec: Recommendation, plan: Plan, files: dict[str, str]) -> str:
    tree = file_tree(sorted({*files, "README.md"}))
    language = "Python" if plan.language == "python" else "TypeScript"
    package = plan.install.package if plan.install else ""
    what = {"relay": "a ConversationRelay agent server", "streams": "a Media Streams agent server (your speech "
            "recognition and voice)", "realtime": "a Media Streams bridge to a realtime (speech-to-speech) model",
            "agent_connect": f"an Agent Connect ({package}) app"}
    out = [f"# Starter: {rec.level_name}", "",
           f"Written by `twarch scaffold` for the design twarch recommended: {what[plan.kind]} in {language}, "
           f"{LLM_ROUTES[plan.llm].python_package if plan.language == 'python' else LLM_ROUTES[plan.llm].node_package}"
           " for the LLM, on the design's channels: " + (", ".join(plan.channels) or "voice") + ".", ""]
    if plan.assumed:
        out += ["Assumed: " + "; ".join(plan.assumed) + ".", ""]
    out += ["```", tree, "```", "", "## Run it against a real Twilio number", ""]
    steps = _steps(rec, plan)
    out += [f"{n}. {step}" for n, step in enumerate(steps, 1)]
    out += ["", "## Test it offline", "", _test_command(plan), "",
            "The tests replay a call on loopback with the LLM (and the speech vendors) replaced by fakes: no request "
            "leaves the machine.", ""]
    if plan.your_items:
        out += ["## Checklist items you own", ""]
        out += [f"- [ ] **{i.id}** {i.get('title', '')}" for i in plan.your_items]
        out += ["", "`twarch checklist` prints each with its obligation and sources.", ""]
    return "\n".join(out)


def file_tree(paths: Iterable[str]) -> str:
    """Paths (in order) as an indented tree: each folder once, before its files."""
    lines: list[str] = []
    shown: set[str] = set()
    for path in paths:
        parts = path.split("/")
        for depth in range(len(parts) - 1):
            folder = "/".join(parts[:depth + 1])
            if folder not in shown:
                shown.add(folder)
                lines.append("  " * depth + parts[depth] + "/")
        lines.append("  " * (len(parts) - 1) + parts[-1])
    return "\n".join(lines)


def _test_command(plan: Plan) -> str:
    if plan.language == "python":
        return ("```bash\npython -m venv .venv && .venv/bin/pip install -r requirements.txt\n"
                ".venv/bin/python -m pytest\n```")
    return "```bash\nnpm install\nnpm run check   # tsc --noEmit\nnpm test\n```"


def _steps(rec: Recommendation, plan: Plan) -> list[str]:
    steps = []
    if plan.region:
        steps.append(f"Work in the {plan.region} region: its own Auth Token and API keys, and a number homed there "
                     "(twarch's report lists the products that region lacks).")
    steps.append("Buy a voice number: Twilio Console > Phone Numbers > Buy a number.")
    if plan.kind == "agent_connect":
        steps += agent_connect.steps(rec, plan)
        return steps
    steps.append("Copy `.env.example` to `.env` and fill it in (each line says where to find the value).")
    if plan.language == "python":
        steps.append("Install: `python -m venv .venv && .venv/bin/pip install -r requirements.txt`; run: "
                     "`.venv/bin/python -m app.main`.")
    else:
        steps.append("Install and run: `npm install && npm run build && npm start`.")
    steps.append("Expose the port over HTTPS (for instance `ngrok http 8080`) and put the host name in PUBLIC_HOST.")
    steps.append("Console > Phone Numbers > your number > Voice configuration: A call comes in > Webhook, "
                 "`https://PUBLIC_HOST/voice`, HTTP POST.")
    if plan.kind == "relay":
        stt, tts = RELAY_STT[plan.stt or ""], RELAY_TTS[plan.tts or ""]
        steps.append("ConversationRelay: accept the Predictive and Generative AI/ML Features Addendum (Console > "
                     f"Voice > Settings). The TwiML names {stt} for speech recognition and {tts} for the voice, "
                     "each language's default voice: pick one on Twilio's voice-configuration page and add `voice`.")
        if plan.failover:
            steps.append("Speech failover: the TwiML declares `<Failover>` in `<ConversationRelay>`, so a failing "
                         "speech provider is replaced once per call (once for recognition, once for the voice) by "
                         "Twilio's default backup for each language. Name your own backup provider, voice and model "
                         f"per language in it ({TWIML['Failover'].source.url}), and do so for any language Twilio "
                         "has no default backup for.")
    elif plan.kind == "streams":
        steps.append("Speech: Deepgram hears the call and ElevenLabs speaks, both on mu-law 8 kHz (their keys, "
                     "voice and model in .env).")
    else:
        where = "app/realtime.py" if plan.language == "python" else "src/realtime.ts"
        steps.append("Speech: the realtime model hears and speaks to the caller itself, in mu-law 8 kHz both ways, "
                     f"so the call's audio passes through unchanged ({where}: the model, its instructions and "
                     "the end_call tool by which it hands the call on).")
    if plan.records:
        steps.append("Calls are recorded from the start (`<Start><Recording>`, dual channel) after the notice; "
                     "the recording status reaches `/recording-status`.")
    if plan.payments:
        steps.append("Payments: turn on PCI Mode (Console > Voice > Settings; it cannot be turned off), create a "
                     "Pay Connector and put its name in PAY_CONNECTOR. `<Pay>` tokenizes the card; add "
                     "`chargeAmount` to charge. Card data never reaches the agent or its model.")
    if plan.handoff == "flex":
        steps.append("Hand-off: the call joins your Flex workspace's TaskRouter workflow (TWILIO_WORKFLOW_SID) "
                     "with the conversation's summary as the task's attributes.")
    if plan.handoff == "phone":
        steps.append("Hand-off: Flex is not offered for this design, so the call is transferred (`<Dial>`) to the "
                     "number in HANDOFF_PHONE_NUMBER (your contact centre's, or your team's own line where the region "
                     "rules Flex out), with the summary in your CRM (a SIP address takes `<Sip>` instead of "
                     "`<Number>`)." if plan.transfer else
                     "Hand-off: the call is put through to HANDOFF_PHONE_NUMBER.")
    steps.append("The notice and sentences in the config are in English: write them in " + ", ".join(plan.languages)
                 + " before going live.")
    steps.append("Call the number.")
    return steps
