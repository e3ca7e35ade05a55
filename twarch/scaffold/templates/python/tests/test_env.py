""".env.example lists exactly the variables the code reads."""

from __future__ import annotations

import re

from conftest import ROOT, env_example


def test_env_example_lists_exactly_what_the_code_reads():
    read = set()
    for path in sorted((ROOT / "app").glob("*.py")):
        read |= set(re.findall(r'env\(\s*"([A-Z0-9_]+)"\s*\)', path.read_text()))
        read |= set(re.findall(r"env\(\s*'([A-Z0-9_]+)'\s*\)", path.read_text()))
    assert sorted(read) == sorted(env_example())
