"""Hypothesis strategies shared by the tests: valid answers per question kind, text twarch accepts, and input
that goes beyond the schema.

``valid_value`` draws what one question accepts and ``BAD_VALUES`` holds one value of each kind it must refuse;
``request_text`` draws only what :func:`twarch.text.check_text` allows; the ``hostile_*`` strategies draw
what an adversarial tester would send: any Unicode code point (lone surrogates and controls included),
any JSON value nested deeper than the limit, numbers with thousands of digits, and JSON or YAML text.
"""

from __future__ import annotations

import json
import re

from hypothesis import strategies as st

from twarch.cli import VOLUME_FLAGS
from twarch.estimates.lines import LINE_IDS
from twarch.estimates.volumes import NUMERIC, SPECS, Spec
from twarch.io.bounds import MAX_DEPTH, MAX_TEXT
from twarch.knowledge.questions import BY_ID, QUESTIONS
from twarch.text import INVISIBLE

#: The bidirectional controls and invisible format characters the request may not hold.
INVISIBLE_CHARS = "".join(c for c in map(chr, range(0x10000)) if re.fullmatch(f"[{INVISIBLE}]", c))
#: The characters the request may not hold, as a regular expression (what twarch.text.check_text refuses).
REFUSED = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff{INVISIBLE}]")
#: Every character the request may hold.
request_chars = st.characters(exclude_categories=("Cc", "Cs"), exclude_characters="\ufffe\uffff" + INVISIBLE_CHARS,
                              include_characters="\t\n")
#: Characters chosen for trouble: controls, surrogates, noncharacters, bidi overrides, Markdown and XML syntax.
nasty_chars = st.sampled_from([
    "\x00", "\x07", "\x08", "\x1b", "\r", "\x7f", "\x85", "\x9b", "\ud800", "\udfff", "\ufffe", "\uffff", "\u202e",
    "\u2066", "\u200b", "\u2028", "\ufeff", "\u202a", "\u2069", "\u2060", "\u200d", "\u200e", "&", "<", ">", '"',
    "'", "`", "\\", "[", "]", "(", ")", "!", "#", "*", "_", "|", "\n", "\t", "&#xD800;", "&amp;",
    "<img src=x onerror=alert(1)>", "```", "](http://x.test)", "https://x.test", "www.x.test", "a@x.test", "\n# h\n",
    "\n\n", "\\l", "\U0001F600"])
any_chars = st.characters(exclude_categories=()) | nasty_chars

request_text = st.text(request_chars, max_size=200)
#: Requests at the length limit (any text with its refused characters made spaces: a filtered alphabet this long
#: exceeds Hypothesis's entropy budget).
longest_requests = st.text(min_size=MAX_TEXT - 50, max_size=MAX_TEXT).map(
    lambda text: re.sub(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff{INVISIBLE}]", " ", text))
hostile_text = st.lists(any_chars | st.text(request_chars, max_size=8), max_size=40).map("".join)

question_ids = st.sampled_from([q.id for q in QUESTIONS])
#: Integers out of a count's range, up to thousands of digits (built by arithmetic: ``int()`` stops at 4,300 digits).
huge_numbers = st.integers(min_value=10**6, max_value=10**60) | st.integers(max_value=-1) | st.builds(
    lambda digits, sign: sign * (10**digits - 1), st.integers(21, 6000), st.sampled_from([1, -1]))

#: Any JSON value (floats included, NaN excluded: JSON has none), shallow.
json_scalars = st.none() | st.booleans() | st.integers(-10, 10**7) | st.floats(allow_nan=False) | hostile_text
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(hostile_text, children, max_size=4),
    max_leaves=12,
)


def _nested(depth: int, leaf: object) -> object:
    value = leaf
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


#: A value nested past the depth limit.
deep_values = st.builds(_nested, st.integers(MAX_DEPTH + 1, 3 * MAX_DEPTH), json_scalars)


TAGS = ["en-US", "es-MX", "fr", "de-DE", "pt-BR", "ja-JP", "fr-CA", "en-GB"]
COUNTRIES = ["US", "CA", "GB", "DE", "ES", "PT", "FR", "AU", "MX", "IE"]
REQUESTS = ["", "I want to build an AI voice agent for customer support",
            "I need ConversationRelay with Conversation Memory for returning callers",
            "Set up a WebSocket handler for ConversationRelay with Deepgram", "what's the weather?"]

#: A value of each kind that the question must refuse.
BAD_VALUES = {"choice": "nope", "bool": "maybe", "multi": ["nope"], "count": -3, "tags": ["not a tag"], "text": 7,
              "countries": ["XX"], "number": -1.5}


def valid_value(question_id: str) -> st.SearchStrategy:
    """Any value the question accepts."""
    q = BY_ID[question_id]
    if q.kind == "choice":
        return st.sampled_from(q.choice_ids)
    if q.kind == "bool":
        return st.booleans()
    if q.kind == "multi":
        return st.lists(st.sampled_from(q.choice_ids), min_size=max(1, q.min_items), unique=True)
    if q.kind == "count":
        return st.integers(q.minimum, 500)
    if q.kind == "tags":
        return st.lists(st.sampled_from(TAGS), unique=True, max_size=3)
    if q.kind == "countries":
        return st.lists(st.sampled_from(COUNTRIES), unique=True, max_size=3)
    if q.kind == "number":
        top = q.maximum if q.maximum is not None else 10_000
        return st.floats(min_value=q.minimum, max_value=top, allow_nan=False, allow_infinity=False)
    return st.sampled_from(REQUESTS[1:]) | request_text


def answer_value(question_id: str) -> st.SearchStrategy:
    """A value the question accepts, or None (unanswering it)."""
    return st.none() | valid_value(question_id)


missing = [kind for kind in {q.kind for q in BY_ID.values()} if kind not in BAD_VALUES]
if missing:
    raise ValueError(f"tests/strategies.py: no bad value for question kinds {missing}")


#: Answers that are valid by construction.
valid_answers = st.fixed_dictionaries({}, optional={q.id: valid_value(q.id) for q in QUESTIONS})

#: A valid answers mapping with one field replaced by anything at all (the schema's edge and far beyond it).
near_answers = st.builds(lambda base, key, value: {**base, key: value}, valid_answers, question_ids,
                         json_values | huge_numbers | deep_values | st.lists(hostile_text, max_size=3))

#: Answers-shaped data of every kind: valid, near-valid, arbitrary keys and values, deep, not a mapping.
hostile_answers = (valid_answers | near_answers | st.dictionaries(question_ids | hostile_text, json_values, max_size=5)
                   | deep_values | json_values)


#: Text built from YAML's and JSON's syntax (anchors, aliases, tags, flow and block collections, escapes, numbers),
#: mostly not valid: parsers must refuse it, never crash on it.
syntax_text = st.lists(st.sampled_from([
    "[", "]", "{", "}", ":", ",", "- ", "? ", "&a ", "*a", "&b ", "*b", "!!python/object:os.system ", "!!binary ",
    "!!set ", "!!omap ", "<<: ", "|\n", ">\n", "'", '"', "\\u", "\\ud800", "#", "\n", "  ", "\t", "---\n",
    "...\n", "%YAML 1.1\n", "memory", "channels", "voice", "true", "null", "NaN", ".inf", "0x1F", "1e999",
    "9" * 30, "-0", "2024-01-01", "~", "\ufeff", "\x00",
]) | hostile_text, max_size=60).map("".join)


def json_text(value: object) -> str:
    """JSON text for ``value``, lone surrogates written as ``\\ud800`` escapes (which JSON allows)."""
    return json.dumps(value, ensure_ascii=True, allow_nan=False)


# ------------------------------------------------------------------------------------ cost and capacity inputs

#: Numbers a user or a probe might type where a volume is wanted: malformed, unbounded, huge and nested.
JUNK_NUMBERS = ["nan", "NaN", "-inf", "inf", "Infinity", "1e309", "-1e309", "9" * 400, "9" * 5000, "1e-320",
                "1e99999", "abc", "", " ", "1_0", "0x10", "true", "false", "null", '"x"', "[1]", "{}", "[" * 5000,
                '{"a": ' * 50, "-0", "1e400", "0.0000000001"]


def number_text(spec: Spec) -> st.SearchStrategy[str]:
    """What might be typed for a number of ``spec``'s range: its edges and just past them (the edges most of all),
    any number in or out of it, huge and malformed numbers."""
    edges = [0.0, spec.smallest, spec.low, spec.high, spec.smallest / 2, spec.high * (1 + 1e-9), spec.high * 10,
             -spec.smallest, (spec.low + spec.high) / 2]
    return st.one_of(st.sampled_from(edges).map(repr), st.sampled_from([spec.high, spec.smallest]).map(repr),
                     st.floats(spec.low, spec.high).map(repr), st.floats().map(repr),
                     st.integers(-(10**30), 10**30).map(str), st.sampled_from(JUNK_NUMBERS))


_NUMERIC = [name for name, spec in SPECS.items() if spec.kind in NUMERIC]
_SET = st.sampled_from(_NUMERIC).flatmap(lambda n: number_text(SPECS[n]).map(lambda v: f"--set={n}={v}"))
_SET_OTHER = st.sampled_from(["stt_product", "tts_product", "llm_product", "s2s_model", "relay_bundles_speech",
                              "orchestrator_voice_capture", "nonsense", "prices", ""]).flatmap(
    lambda n: st.sampled_from(["true", "deepgram-nova-3", "gpt-realtime", "passive", "1", "x" * 101]).map(
        lambda v: f"--set={n}={v}"))
_PRICE = st.sampled_from([*LINE_IDS, "nonsense"]).flatmap(
    lambda line: number_text(SPECS["prices"]).map(lambda v: f"--price={line}={v}"))
_FLAG = st.sampled_from(VOLUME_FLAGS).flatmap(lambda fn: number_text(SPECS[fn[1]]).map(lambda v: f"{fn[0]}={v}"))
_MINUTES = number_text(SPECS["calls_per_month"]).map(lambda v: f"--minutes={v}")
_SERVICE_LEVEL = st.tuples(number_text(SPECS["service_level"]), number_text(SPECS["answer_seconds"])).map(
    lambda pair: f"--service-level={pair[0]}/{pair[1]}")
#: The flags only one of the two commands takes.
COST_ONLY, CAPACITY_ONLY = ("--price", "--minutes"), ("--escalations-per-hour", "--peak-concurrent-calls", "--tenants",
                                                      "--service-level")


@st.composite
def estimate_argv(draw, examples: list[str]) -> list[str]:
    """A ``twarch cost`` or ``twarch capacity`` command line on one of ``examples``: up to six flags of any kind
    (every volume flag, ``--set`` of any input, ``--price`` of any line, ``--minutes``, ``--service-level``) with
    values from :func:`number_text`, and any output format."""
    command = draw(st.sampled_from(["cost", "capacity"]))
    argv = [command, draw(st.sampled_from(examples))]
    others = COST_ONLY if command == "capacity" else CAPACITY_ONLY
    for flag in draw(st.lists(st.one_of(_SET, _SET, _FLAG, _PRICE, _MINUTES, _SERVICE_LEVEL, _SET_OTHER),
                              max_size=6)):
        if not flag.startswith(others):
            argv.append(flag)
    formats = [[], ["--format", "json"]]
    if command == "cost":
        formats += [["--format", "csv"], ["--sensitivity"], ["--sensitivity", "--format", "json"]]
    return argv + draw(st.sampled_from(formats))
