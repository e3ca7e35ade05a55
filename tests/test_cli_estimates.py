"""`twarch cost` and `twarch capacity` through a subprocess: the contract, bad input, determinism, light imports;
and the report's Monthly cost, Latency and Capacity sections."""

from __future__ import annotations

import csv
import doctest
import importlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import twarch

EXAMPLES = Path(__file__).parent.parent / "examples"
CLINIC = str(EXAMPLES / "clinic.json")


def run(*args):
    return subprocess.run([sys.executable, "-m", "twarch", *args], capture_output=True, text=True, timeout=60)


def test_cost_json_contract():
    r = run("cost", CLINIC, "--calls-per-month", "3000", "--minutes-per-call", "4", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {"lines", "total_monthly", "per_call", "assumptions"} <= set(data)
    for line in data["lines"]:
        assert {"line", "product", "quantity", "unit", "unit_price", "monthly_cost", "source", "as_of"} <= set(line)
        assert line["source"].startswith("https://") and line["as_of"] and line["checked"]
    assert round(sum(line["monthly_cost"] for line in data["lines"]), 2) == data["total_monthly"]
    assert data["assumptions"]["calls_per_month"]["origin"] == "yours"
    assert data["assumptions"]["minutes_per_call"]["value"] == 4


def test_cost_formats_are_byte_identical_between_runs():
    for fmt in ("md", "json", "csv"):
        args = ("cost", str(EXAMPLES / "eu_omnichannel_enterprise.json"), "--calls-per-month", "20000",
                "--set", "escalation_share=0.2", "--set", "handle_minutes=6", "--format", fmt)
        a, b = run(*args), run(*args)
        assert a.returncode == 0 and a.stdout == b.stdout and a.stdout, (fmt, a.stderr)


def test_cost_markdown_and_csv():
    md = run("cost", CLINIC, "--minutes", "12000", "--minutes-per-call", "4", "--sensitivity").stdout
    assert md.startswith("# Monthly cost") and "| **Total** |" in md and "## What drives the bill" in md
    assert "3,000 calls x 4 min" in md  # --minutes 12,000 / 4 min per call
    rows = list(csv.DictReader(io.StringIO(run("cost", CLINIC, "--calls-per-month", "100", "--format", "csv").stdout)))
    assert rows and {"line", "product", "quantity", "unit", "unit_price", "monthly_cost", "source", "as_of"} <= set(
        rows[0])


def test_cost_prices_and_settings_from_flags():
    r = run("cost", CLINIC, "--calls-per-month", "1000", "--price", "taskrouter_task=0.01", "--set",
            "escalation_share=0.2", "--format", "json")
    data = json.loads(r.stdout)
    task = next(line for line in data["lines"] if line["id"] == "taskrouter_task")
    assert task["monthly_cost"] == 2.00 and task["status"] == "yours"  # 1,000 x 0.2 = 200 tasks x $0.01


@pytest.mark.parametrize("args, fragment", [
    (("cost", CLINIC), "calls_per_month: needed to price a voice design"),
    (("cost", CLINIC, "--calls-per-month", "lots"), '--calls-per-month: "lots" is not a number'),
    (("cost", CLINIC, "--calls-per-month", "-5"), "--calls-per-month: -5 is negative"),
    (("cost", CLINIC, "--calls-per-month", "10", "--set", "outbound_share=2"), "--set outbound_share: 2 is above 1"),
    (("cost", CLINIC, "--calls-per-month", "10", "--set", "turns_per_mnute=3"), "(did you mean 'turns_per_minute'?)"),
    (("cost", CLINIC, "--calls-per-month", "10", "--set", "oops"), '--set: "oops" is not NAME=VALUE'),
    (("cost", CLINIC, "--calls-per-month", "10", "--price", "relay=1"), "--price relay: unknown bill line"),
    (("cost", CLINIC, "--calls-per-month", "10", "--minutes", "100"), "--minutes: give --minutes or --calls-per-month"),
    (("cost", CLINIC, "--calls-per-month", "10", "--format", "csv", "--sensitivity"), "sensitivity: not available"),
    (("capacity", CLINIC, "--service-level", "80"), '--service-level: "80" is not SHARE/SECONDS'),
    (("capacity", CLINIC, "--service-level", "1.5/20"), "--service-level: 1.5 is above 1"),
    (("capacity", CLINIC, "--handle-minutes", "x"), '--handle-minutes: "x" is not a number'),
])
def test_bad_flags_exit_2_with_one_line_naming_the_flag(args, fragment):
    r = run(*args)
    assert r.returncode == 2 and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("twarch: error: ") and fragment in lines[0], r.stderr
    assert "allowed:" in lines[0] and "Traceback" not in r.stderr


def test_capacity_json_contract():
    r = run("capacity", str(EXAMPLES / "collections_agency.json"), "--calls-per-month", "20000",
            "--escalations-per-hour", "200", "--handle-minutes", "3", "--service-level", "0.8/20", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["human_agents"] == 14  # 200 x 3 / 60 = 10 erlangs, 80% in 20 s (Call Centre Helper's example)
    assert data["websocket_instances"] == 3  # ceil(50 peak / 30) = 2, + 1 spare in production
    assert data["subaccounts"] == 1
    md = run("capacity", str(EXAMPLES / "collections_agency.json"), "--calls-per-month", "20000").stdout
    # The example answers a peak of 50 calls: the team is sized on the peak hour, from the sourced defaults (5-minute
    # calls, escalation_share 0.2, handle_minutes 7.5): 50 x 60 / 5 x 0.2 = 120 escalations/h x 7.5 / 60 = 15 erlangs;
    # Erlang C: 19 agents answer 79.6% in 20 s, 20 agents 87.2% >= 80%. The average open hour (20,000 x 0.2 /
    # (21.7262 open days a month x 10 h) = 18.41/h) would give 5, said beside it.
    assert md.startswith("# Capacity") and "**Human agents**: 20." in md and "in the peak hour" in md
    assert "On the average open hour instead (18.41 escalations/h) Erlang C gives 5 agents" in md
    assert "| `handle_minutes` | 7.5 | minutes | sourced default | https://stealthagents.com/" in md
    assert "| `calls_per_month` | 20,000 | calls | yours |" in md
    no_calls = run("capacity", str(EXAMPLES / "collections_agency.json")).stdout
    assert "**Human agents**: 20." in no_calls  # the peak alone sizes the team; no monthly volume needed
    assert "On the average open hour" not in no_calls  # and there is no average to compare it with


def test_cost_and_capacity_do_not_import_heavy_libraries():
    for args in (["cost", CLINIC, "--calls-per-month", "100", "--format", fmt] for fmt in ("md", "json", "csv")):
        code = (f"import sys; from twarch.cli import main; main({args + ['-o', '/dev/null']!r}); "
                "heavy = [m for m in ('pandas', 'plotly', 'ipywidgets', 'graphviz', 'numpy') if m in sys.modules]; "
                "sys.stderr.write(repr(heavy))")
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and r.stderr == "[]", r.stderr
    code = (f"import sys; from twarch.cli import main; main(['capacity', {CLINIC!r}, '--format', 'json', "
            "'-o', '/dev/null']); "
            "sys.stderr.write(repr([m for m in ('pandas', 'plotly', 'ipywidgets') if m in sys.modules]))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stderr == "[]"


@pytest.mark.parametrize("cmd", [["cost"], ["capacity"]])
def test_help(cmd):
    r = run(*cmd, "--help")
    assert r.returncode == 0 and "usage: twarch" in r.stdout


# ------------------------------------------------------------------------------------------------ the report

def test_report_sections_only_where_the_inputs_are():
    plain = twarch.recommend({"channels": ["voice"]})
    md = twarch.report(plain, "md")
    assert "## Latency" in md and "## Monthly cost" not in md and "## Capacity" not in md
    data = json.loads(twarch.report(plain, "json"))
    assert "latency" in data and "monthly_cost" not in data and "capacity" not in data
    sized = twarch.recommend({"channels": ["voice", "sms"], "handoff": True, "calls_per_month": 2000,
                              "escalation_share": 0.1, "handle_minutes": 5, "peak_concurrent_calls": 20})
    md = twarch.report(sized, "md")
    assert "## Monthly cost" in md and "## Latency" in md and "## Capacity" in md
    assert "Assumed defaults (not your answers)" in md
    html = twarch.report(sized, "html")
    assert "<h2>Monthly cost</h2>" in html and "<h2>Capacity</h2>" in html
    data = json.loads(twarch.report(sized, "json"))
    assert data["monthly_cost"]["total_monthly"] == twarch.bill(sized).total
    assert "turns_per_minute" in data["monthly_cost"]["assumed"]
    assert data["capacity"]["human_agents"] >= 1
    assert "sms" not in json.dumps(twarch.recommend({"channels": ["sms"]}).to_dict().get("monthly_cost", ""))


def test_docstring_examples_run():
    for name in ("twarch.estimates.bill", "twarch.estimates.volumes", "twarch.estimates.latency",
                 "twarch.estimates.capacity", "twarch.knowledge.prices"):
        result = doctest.testmod(importlib.import_module(name))
        assert result.failed == 0 and result.attempted, name


def test_the_readme_cost_and_capacity_commands_run_as_written():
    import re
    import shlex

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    lines = re.findall(r"^twarch (cost|capacity) ([^#\n]*)", readme, re.M)
    assert {cmd for cmd, _ in lines} == {"cost", "capacity"}
    for cmd, args in lines:
        r = subprocess.run([sys.executable, "-m", "twarch", cmd, *shlex.split(args)], capture_output=True, text=True,
                           timeout=60, cwd=Path(__file__).parent.parent)
        assert r.returncode == 0, (cmd, args, r.stderr)
        assert r.stdout.startswith("# Monthly cost" if cmd == "cost" else "# Capacity")


def test_no_empty_list_of_assumed_defaults():
    # A chat design whose every bill input was answered (review finding 46: "Assumed defaults (not your
    # answers): ." was printed with nothing in it).
    rec = twarch.recommend({"channels": ["chat"], "memory": False, "handoff": False, "chat_users_per_month": 1000})
    assert twarch.bill(rec).assumed() == ()
    md = twarch.report(rec, "md")
    assert "## Monthly cost" in md and "(not your answers): ." not in md
