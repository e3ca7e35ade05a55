"""The ``twarch`` command line: recommend, mode, questions, schema, diagram, checklist, cost, capacity, facts.

Exit codes: 0 success, 2 bad input (one line on stderr naming the field and what it allows).
It imports neither pandas nor plotly nor ipywidgets.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from .answers import Answers, json_schema
from .errors import AnswerError
from .io.files import write_text
from .knowledge.questions import QUESTIONS, STEPS
from .text import quote

EXAMPLES = """examples:
  twarch recommend examples/clinic.json
  twarch recommend examples/clinic.json --format json -o clinic.json
  twarch mode "Set up a WebSocket handler for ConversationRelay with Deepgram"
  twarch diagram examples/clinic.json -o stack.svg
  twarch cost examples/clinic.json --calls-per-month 3000 --minutes-per-call 4 --format json
  twarch capacity examples/clinic.json --calls-per-month 3000 --escalation-share 0.15 --handle-minutes 6
  twarch scaffold examples/clinic.json -o clinic-starter
  twarch questions
  twarch facts --older-than 90
"""


def _write(text: str, output: str | None) -> None:
    """The same bytes to stdout or to ``output`` (written whole, by rename: see :mod:`twarch.io.files`)."""
    text = text if text.endswith("\n") else text + "\n"
    if output:
        try:
            write_text(output, text)
        except OSError as exc:
            raise AnswerError("output", f"cannot write {quote(output)}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(text)


def _recommend(args: argparse.Namespace):
    """The recommendation for ``args.file``, with the request read unless ``--no-read``."""
    from .engine import recommend

    answers = Answers.load(args.file)
    if args.no_read:
        return recommend(answers)
    from .reader.request import read_request

    return recommend(*read_request(answers))


def cmd_recommend(args: argparse.Namespace) -> None:
    from .render import report

    _write(report(_recommend(args), args.format), args.output)


def cmd_mode(args: argparse.Namespace) -> None:
    from .reader.request import detect_mode

    result = detect_mode(args.text)
    if args.format == "json":
        _write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False), None)
    else:
        _write(str(result), None)


def cmd_questions(args: argparse.Namespace) -> None:
    if args.format == "json":
        data = [{"id": q.id, "step": q.step, "kind": q.kind, "title": q.title, "help": q.help,
                 "choices": [{"id": c.id, "label": c.label, "help": c.help} for c in q.choices]}
                for q in QUESTIONS]
        _write(json.dumps(data, indent=2, ensure_ascii=False), None)
        return
    lines = []
    for step in STEPS.values():
        lines += [step.title, "=" * len(step.title)]
        for q in (q for q in QUESTIONS if q.step == step.id):
            lines.append(f"  {q.id} ({q.kind}): {q.title}")
            lines.append(f"      {q.help}")
            for c in q.choices if q.kind != "bool" else ():
                lines.append(f"      - {c.id}: {c.label}" + (f" ({c.help})" if c.help else ""))
        lines.append("")
    _write("\n".join(lines), None)


def cmd_schema(args: argparse.Namespace) -> None:
    _write(json.dumps(json_schema(), indent=2, ensure_ascii=False), args.output)


def cmd_diagram(args: argparse.Namespace) -> None:
    from .render.diagram import diagram, ladder, save

    rec = _recommend(args)
    graph = ladder(rec) if args.ladder else diagram(rec)
    if not args.output:
        _write(graph.source, None)
        return
    import graphviz

    try:
        save(graph, args.output)
    except ValueError as exc:
        raise AnswerError("output", str(exc)) from None
    except graphviz.ExecutableNotFound as exc:
        raise AnswerError("output", " ".join(str(exc).split())) from None
    except OSError as exc:
        raise AnswerError("output", f"cannot write {quote(args.output)}: {exc.strerror or exc}") from None


def cmd_checklist(args: argparse.Namespace) -> None:
    rec = _recommend(args)
    if args.format == "json":
        _write(json.dumps([i.to_dict() for i in rec.checklist], indent=2, ensure_ascii=False), args.output)
    else:
        from .checklists import checklist
        from .render.checklist import to_markdown

        _write(to_markdown(checklist(rec)), args.output)


def cmd_facts(args: argparse.Namespace) -> None:
    import datetime

    from .knowledge.inventory import older_than, sourced_facts

    if args.older_than is not None and args.older_than < 0:
        raise AnswerError("--older-than", f"{args.older_than} is negative", "a number of days >= 0")
    today = datetime.date.today()
    facts = sourced_facts() if args.older_than is None else older_than(args.older_than, today)
    if args.format == "json":
        _write(json.dumps([f.to_dict() | {"age_days": f.age_days(today)} for f in facts], indent=2,
                          ensure_ascii=False), args.output)
        return
    head = (f"{len(facts)} sourced facts" + (f" last checked more than {args.older_than} days ago"
                                            if args.older_than is not None else "") + f", oldest first (today {today}):")
    lines = [head]
    for f in facts:
        flag = f" [{f.status}]" if f.status else ""
        lines.append(f"{f.checked:<10}  {f.id}{flag}\n            {f.claim}\n            {f.source}")
    _write("\n".join(lines), args.output)


def _flag_number(name: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise AnswerError(name, f"{text!r} is not a number", "a number >= 0") from None
    return value


def _flag_value(text: str) -> object:
    """A --set or --price value: JSON (numbers, true/false) when it parses, else the text itself."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _pairs(items: Sequence[str] | None, flag: str) -> dict[str, object]:
    out = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise AnswerError(flag, f"{item!r} is not NAME=VALUE", "e.g. --set turns_per_minute=8")
        out[name.strip()] = _flag_value(value.strip())
    return out


def _volumes(args: argparse.Namespace, answers: Answers) -> object:
    """The Volumes the flags set (validated: a bad value is an AnswerError naming the field)."""
    from .estimates.inputs import Volumes
    from .knowledge.prices import assumption

    changes: dict[str, object] = _pairs(getattr(args, "set", None), "set")
    for flag, name in (("calls_per_month", "calls_per_month"), ("minutes_per_call", "minutes_per_call"),
                       ("escalation_share", "escalation_share"), ("handle_minutes", "handle_minutes"),
                       ("escalations_per_hour", "escalations_per_hour"), ("peak_concurrent_calls",
                                                                          "peak_concurrent_calls"),
                       ("tenants", "tenants")):
        text = getattr(args, flag, None)
        if text is not None:
            changes[name] = _flag_number(name, text)
    if getattr(args, "service_level", None):
        share, sep, seconds = args.service_level.partition("/")
        if not sep:
            raise AnswerError("service_level", f"{args.service_level!r} is not SHARE/SECONDS", "e.g. 0.8/20")
        changes["service_level"] = _flag_number("service_level", share)
        changes["answer_seconds"] = _flag_number("answer_seconds", seconds)
    if getattr(args, "minutes", None) is not None:
        if "calls_per_month" in changes:
            raise AnswerError("minutes", "give --minutes or --calls-per-month, not both", "one of them")
        per_call = changes.get("minutes_per_call") or answers.minutes_per_call or assumption("minutes_per_call").value
        changes["calls_per_month"] = _flag_number("minutes", args.minutes) / per_call
    prices = _pairs(getattr(args, "price", None), "price")
    volumes = Volumes.from_mapping({k: v for k, v in changes.items() if k != "prices"})
    return volumes.replace(prices=prices) if prices else volumes


def cmd_cost(args: argparse.Namespace) -> None:
    from .estimates.costing import bill, sensitivity
    from .render import estimates as est

    rec = _recommend(args)
    volumes = _volumes(args, rec.answers)
    b = bill(rec, volumes)
    if args.format == "csv":
        if args.sensitivity:
            raise AnswerError("sensitivity", "not available as CSV", "--format md or json")
        _write(est.bill_csv(b), args.output)
    elif args.format == "json":
        data = b.to_dict()
        if args.sensitivity:
            data["sensitivity"] = sensitivity(rec, volumes).to_dict()
        _write(json.dumps(data, indent=2, ensure_ascii=False) + "\n", args.output)
    else:
        text = est.bill_markdown(b)
        if args.sensitivity:
            text += est.sensitivity_markdown(sensitivity(rec, volumes))
        _write(text, args.output)


def cmd_capacity(args: argparse.Namespace) -> None:
    from .estimates.capacity import capacity
    from .render import estimates as est

    rec = _recommend(args)
    c = capacity(rec, _volumes(args, rec.answers))
    _write(est.capacity_json(c) if args.format == "json" else est.capacity_markdown(c), args.output)


def cmd_scaffold(args: argparse.Namespace) -> None:
    from .scaffold import scaffold, write

    project = scaffold(_recommend(args), args.language)
    write(project, args.output)
    print(f"twarch: wrote {len(project.files)} files to {args.output}\n{project.tree()}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="twarch", description="Recommend a Twilio architecture for an AI voice or chat agent, with reasons.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(func=func)
        return p

    def answers_file(p: argparse.ArgumentParser) -> None:
        p.add_argument("file", help="answers file (JSON or YAML)")
        p.add_argument("--no-read", action="store_true",
                       help="use only the answers the file gives; do not fill unanswered questions from its request")

    p = add("recommend", cmd_recommend, "Recommend an architecture for an answers file (.json, .yaml); questions it "
                                        "leaves open are filled from its request, and the report says which.")
    answers_file(p)
    p.add_argument("--format", choices=("md", "json", "html"), default="md", help="output format (default md)")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")

    p = add("mode", cmd_mode, "Detect whether a request activates the playbook, and in which mode.")
    p.add_argument("text", help="the request, in the user's own words")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = add("questions", cmd_questions, "List the qualification: every question, its choices and why it matters.")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = add("schema", cmd_schema, "Print the answers file's JSON Schema.")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")

    p = add("diagram", cmd_diagram, "Draw the stack diagram (format from the suffix: .svg .png .pdf .dot).")
    answers_file(p)
    p.add_argument("-o", "--output", help="output file, e.g. stack.svg or stack.dot (default: DOT on stdout)")
    p.add_argument("--ladder", action="store_true", help="draw the capability ladder instead")

    p = add("facts", cmd_facts, "List every sourced fact with its source and the date it was last checked, oldest "
                                "first.")
    p.add_argument("--older-than", type=int, metavar="DAYS", help="only facts checked more than DAYS days ago")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")

    p = add("checklist", cmd_checklist, "Print the regulatory checklist the answers trigger.")
    answers_file(p)
    p.add_argument("--format", choices=("md", "json"), default="md")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")

    p = add("scaffold", cmd_scaffold, "Write a starter project for the recommended design (Python): TwiML, the agent "
                                      "server or Agent Connect app, .env.example, README and offline tests.")
    answers_file(p)
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="a new (or empty) folder for the project")
    p.add_argument("--language", choices=("python", "typescript"),
                   help="the project's language (default: the team_language answer; Python when unanswered)")

    def volume_flags(p: argparse.ArgumentParser) -> None:
        answers_file(p)  # its Volumes answers are the starting point
        p.add_argument("--calls-per-month", metavar="N", help="calls per month")
        p.add_argument("--minutes-per-call", metavar="M", help="average call length in minutes (default 5)")
        p.add_argument("--escalation-share", metavar="S", help="share of calls handed to a human (0 to 1)")
        p.add_argument("--handle-minutes", metavar="H", help="human handle time per escalation, minutes")
        p.add_argument("--set", action="append", metavar="NAME=VALUE",
                       help="any volume or assumption (repeatable), e.g. --set turns_per_minute=8")
        p.add_argument("-o", "--output", help="write to this file instead of standard output")

    p = add("cost", cmd_cost, "Price a design per month: every product line, sourced and dated.")
    volume_flags(p)
    p.add_argument("--minutes", metavar="N", help="call minutes per month (instead of --calls-per-month)")
    p.add_argument("--price", action="append", metavar="LINE=USD",
                   help="your unit price for a bill line (repeatable), e.g. --price taskrouter_task=0.005")
    p.add_argument("--sensitivity", action="store_true", help="add what drives the bill (each input +/-50%%)")
    p.add_argument("--format", choices=("md", "json", "csv"), default="md", help="output format (default md)")

    p = add("capacity", cmd_capacity, "Size a design: WebSocket instances, subaccounts, limits, human agents.")
    volume_flags(p)
    p.add_argument("--escalations-per-hour", metavar="X", help="escalations in the busiest hour")
    p.add_argument("--service-level", metavar="SHARE/SECONDS", help="target, e.g. 0.8/20 (80%% in 20 s)")
    p.add_argument("--peak-concurrent-calls", metavar="N", help="peak concurrent calls")
    p.add_argument("--tenants", metavar="N", help="end customers (tenants)")
    p.add_argument("--format", choices=("md", "json"), default="md", help="output format (default md)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        args.func(args)
    except AnswerError as exc:
        print(f"twarch: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
