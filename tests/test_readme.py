"""The README's Python example runs as written."""

import re
from pathlib import Path

README = Path(__file__).parent.parent / "README.md"


def test_ten_lines_of_python_run(tmp_path, monkeypatch, capsys):
    code = re.search(r"## Ten lines of Python\n\n```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    monkeypatch.chdir(tmp_path)
    exec(compile(code.group(1), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Level 4: + Human Escalation tac_sdk twilio-agent-connect conversation_relay" in out
    assert "# twarch recommendation" in out
    assert (tmp_path / "stack.svg").read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))
