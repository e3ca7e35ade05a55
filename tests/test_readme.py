"""The README's Python example runs as written."""

import re
from pathlib import Path

import pytest

README = Path(__file__).parent.parent / "README.md"


@pytest.mark.render
def test_ten_lines_of_python_run(tmp_path, monkeypatch, capsys):
    code = re.search(r"## Ten lines of Python\n\n```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    monkeypatch.chdir(tmp_path)
    exec(compile(code.group(1), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Level 4: + Human Escalation manual conversation_relay" in out
    assert "# twarch recommendation" in out
    assert (tmp_path / "stack.svg").read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))


def test_the_answers_table_lists_every_question_and_every_choice():
    from twarch.knowledge.questions import QUESTIONS

    table = re.search(r"## The answers file\n.*?\n\| key \| values \|\n\|---\|---\|\n(.*?)\n\n", README.read_text(
        encoding="utf-8"), re.S).group(1)
    rows = {}
    for line in table.splitlines():
        keys, values = line.strip("|").split(" | ", 1)
        for key in re.findall(r"`(\w+)`", keys):
            rows[key] = values
    for q in QUESTIONS:
        assert q.id in rows, f"README's answers table has no row for {q.id}"
        for choice in q.choice_ids if q.kind in ("choice", "multi") else ():
            assert f"`{choice}`" in rows[q.id], f"README's row for {q.id} does not list {choice}"


def test_every_claim_that_departs_from_the_playbook_is_listed_in_the_coverage_doc():
    from twarch.knowledge.claims import CLAIMS

    coverage = (README.parent / "docs" / "coverage.md").read_text(encoding="utf-8")
    for claim in CLAIMS.values():
        if claim.playbook:
            assert f"claim `{claim.id}`" in coverage, f"docs/coverage.md does not list {claim.id}"
