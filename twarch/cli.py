"""The ``twarch`` command line: recommend, mode, questions, schema, diagram, checklist, cost, capacity, facts.

Exit codes: 0 success, 2 bad input (one line on stderr naming the field and what it allows). ``twarch facts
verify`` also exits 1 when a fact's quote is gone from its source, and 2 when no source could be reached.
It imports neither pandas nor plotly nor ipywidgets, and imports the code that fetches pages only inside
``twarch facts verify``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from .answers import Answers, json_schema
from .errors import AnswerError
from .io.bounds import MAX_FLAG_CHARS
from .io.files import write_text
from .knowledge.questions import QUESTIONS, STEPS
from .text import field_name, preview, quote

if TYPE_CHECKING:  # the engine and estimates load only for the commands that use them (the CLI's start time)
    from .estimates.volumes import Volumes
    from .recommendation import Recommendation

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
  twarch facts verify --format csv -o facts-check.csv
"""


def _in_place(output: str) -> Callable[[str], None]:
    """What ``-o`` says on stderr when ``output`` had to be written in place (see :mod:`twarch.io.files`)."""
    def warn(reason: str) -> None:
        print(f"twarch: warning: wrote {quote(output)} in place, not by rename ({reason}); a program reading it "
              "meanwhile could see it half-written", file=sys.stderr)
    return warn


def _write(text: str, output: str | None) -> None:
    """The same bytes to stdout or to ``output`` (written whole, by rename, or else in place with a warning: see
    :mod:`twarch.io.files`)."""
    text = text if text.endswith("\n") else text + "\n"
    if output:
        try:
            write_text(output, text, fallback=_in_place(output))
        except OSError as exc:
            raise AnswerError("output", f"cannot write {quote(output)}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(text)


def _recommend(args: argparse.Namespace) -> Recommendation:
    """The recommendation for ``args.file``, with the request read unless ``--no-read``."""
    from .engine import recommend

    answers = Answers.load(args.file)
    if args.no_read:
        return recommend(answers)
    from .reader.request import read

    return recommend(*read(answers))


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
        save(graph, args.output, fallback=_in_place(args.output))
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
    older = f" last checked more than {args.older_than} days ago" if args.older_than is not None else ""
    head = f"{len(facts)} sourced facts{older}, oldest first (today {today}):"
    lines = [head]
    for f in facts:
        flag = f" [{f.status}]" if f.status else ""
        lines.append(f"{f.checked:<10}  {f.id}{flag}\n            {f.claim}\n            {f.source}")
    _write("\n".join(lines), args.output)


def cmd_facts_verify(args: argparse.Namespace) -> int:
    """Check every fact's quote at its live source; exit 1 when one changed, 2 when offline."""
    import math

    if args.timeout is not None and not (math.isfinite(args.timeout) and args.timeout > 0):
        raise AnswerError("--timeout", f"{args.timeout:g} is not a number of seconds above 0", "seconds > 0")
    from .verify import render, verify

    limits = {} if args.timeout is None else {"timeout": args.timeout}
    result = verify(quoted_only=args.quoted, refresh=args.refresh, **limits)
    if result.offline:
        first = next(r.detail for r in result.results if r.status == "unreachable")
        print(f"twarch: offline: no host answered for any of the {result.pages - result.cached} source pages "
              f"({first}, ...); nothing was checked", file=sys.stderr)
        return 2
    _write(render(result, args.format), args.output)
    return 1 if result.changed else 0


#: The flags that set one volume each: (flag, Volumes field).
VOLUME_FLAGS = (("--calls-per-month", "calls_per_month"), ("--minutes-per-call", "minutes_per_call"),
                ("--escalation-share", "escalation_share"), ("--handle-minutes", "handle_minutes"),
                ("--escalations-per-hour", "escalations_per_hour"),
                ("--peak-concurrent-calls", "peak_concurrent_calls"), ("--tenants", "tenants"))
#: What a --set or --price value may be written as: a number (JSON's or Python's spelling), true, false or a name.
_NUMBER = re.compile(r"[+-]?(\d[\d_]*\.?\d*|\.\d+)([eE][+-]?\d+)?|[+-]?(inf(inity)?|nan)", re.IGNORECASE)


def _flag_number(flag: str, text: str) -> float:
    """A flag's number (the field's range is checked by :class:`~twarch.estimates.volumes.Volumes`)."""
    if len(text) > MAX_FLAG_CHARS:
        _too_long(flag, text)
    try:
        return float(text)
    except ValueError:
        raise AnswerError(flag, f"{preview(text)} is not a number", "a number, e.g. 3000 or 0.25") from None


def _too_long(flag: str, text: str) -> NoReturn:
    raise AnswerError(flag, f"{len(text)} characters are too many", f"at most {MAX_FLAG_CHARS}")


def _flag_value(flag: str, text: str) -> object:
    """A --set or --price value, read without a general parser (bounded: at most MAX_FLAG_CHARS characters, no
    nesting, no number beyond a float): a number, true, false, null (the default again), a quoted or bare name."""
    if len(text) > MAX_FLAG_CHARS:
        _too_long(flag, text)
    if text in ("true", "false", "null"):
        return {"true": True, "false": False, "null": None}[text]
    if _NUMBER.fullmatch(text):
        return _flag_number(flag, text)
    if text[:1] in "[{":
        raise AnswerError(flag, f"{preview(text)} is a list or mapping", "a number, true, false or a name")
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] == '"' else text


def _pairs(items: Sequence[str] | None, flag: str) -> dict[str, tuple[str, object]]:
    """``{name: (flag naming it, value)}`` for each NAME=VALUE of a repeatable flag."""
    out = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise AnswerError(flag, f"{preview(item)} is not NAME=VALUE", "e.g. --set turns_per_minute=8")
        label = f"{flag} {field_name(name)}"
        out[name] = (label, _flag_value(label, value.strip()))
    return out


def _volumes(args: argparse.Namespace, answers: Answers) -> Volumes:
    """The Volumes the flags set; a bad or out-of-range value is an AnswerError naming its flag and the range."""
    from .estimates.volumes import SPECS, Volumes, figure
    from .knowledge.prices import assumption

    given = _pairs(getattr(args, "set", None), "--set")  # field -> (flag, value)
    if "prices" in given:
        raise AnswerError("--set prices", "unit prices are set one by one", "--price LINE=USD (repeatable)")
    for flag, name in VOLUME_FLAGS:
        text = getattr(args, name, None)
        if text is not None:
            given[name] = (flag, _flag_number(flag, text))
    if getattr(args, "service_level", None):
        share, sep, seconds = args.service_level.partition("/")
        if not sep:
            raise AnswerError("--service-level", f"{preview(args.service_level)} is not SHARE/SECONDS", "e.g. 0.8/20")
        given["service_level"] = ("--service-level", _flag_number("--service-level", share))
        given["answer_seconds"] = ("--service-level", _flag_number("--service-level", seconds))
    prices = {line: value for line, (_flag, value) in _pairs(getattr(args, "price", None), "--price").items()}
    flags = {name: flag for name, (flag, _value) in given.items()}
    try:
        volumes = Volumes.from_mapping({name: value for name, (_flag, value) in given.items()})
        volumes = volumes.replace(prices=prices) if prices else volumes
    except AnswerError as exc:  # name the flag the user typed, not the field behind it
        field = exc.field.removeprefix("prices.")
        named = flags.get(exc.field) or (f"--price {field_name(field)}" if exc.field.startswith("prices.") else None)
        raise AnswerError(named or exc.field, exc.problem, exc.allowed) from None
    if getattr(args, "minutes", None) is None:
        return volumes
    if "calls_per_month" in given:
        raise AnswerError("--minutes", "give --minutes or --calls-per-month, not both", "one of them")
    minutes = _flag_number("--minutes", args.minutes)
    per_call = next(m for m in (volumes.minutes_per_call, answers.minutes_per_call,
                                assumption("minutes_per_call").value) if m is not None)
    if not per_call:
        raise AnswerError("--minutes", "minutes_per_call is 0, so minutes make no number of calls",
                          "--minutes-per-call above 0")
    calls = SPECS["calls_per_month"]
    if not (math.isfinite(minutes) and (minutes == 0 or calls.smallest <= minutes / per_call <= calls.high)):
        raise AnswerError("--minutes", f"{minutes:g} is out of range",
                          f"0 or {figure(calls.smallest * per_call)} to {figure(calls.high * per_call)} minutes "
                          f"({figure(calls.smallest)} to {figure(calls.high)} calls of {figure(per_call)} minutes)")
    return volumes.replace(calls_per_month=calls.nearest(minutes / per_call))


def cmd_cost(args: argparse.Namespace) -> None:
    from .estimates.bill import bill
    from .estimates.whatif import sensitivity
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
    facts_sub = p.add_subparsers(dest="facts_command", metavar="verify")
    help_verify = ("Look for each fact's quote on its live source page and report, per fact: changed (the quote is "
                   "gone: re-check the fact), unreachable, no quote or holds. Exit status 1 when a fact changed, "
                   "2 when offline. Uses the network; pages read recently come from the cache (see --refresh).")
    v = facts_sub.add_parser("verify", help=help_verify, description=help_verify)
    v.set_defaults(func=cmd_facts_verify)
    v.add_argument("--format", choices=("md", "json", "csv"), default="md", help="output format (default md)")
    v.add_argument("-o", "--output", help="write to this file instead of standard output")
    v.add_argument("--refresh", action="store_true", help="fetch every page again, ignoring the cache")
    v.add_argument("--quoted", action="store_true", help="read only the pages of facts that carry a quote")
    v.add_argument("--timeout", type=float, metavar="SECONDS", help="the most one page may take, in seconds")

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
        status = args.func(args)
    except AnswerError as exc:
        print(f"twarch: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return status or 0


if __name__ == "__main__":
    raise SystemExit(main())
