"""Shared test set-up: the tests folder on sys.path, and whole modules left uncollected when ``-m`` excludes their mark.

A module whose every test needs the drawing libraries or a browser says so once, ``pytestmark = pytest.mark.render``
(or ``browser``). ``pytest -m "not render and not browser"`` (the run on the oldest and newest Python, which has only
the standard library and the test tools) then skips importing such a module at all, which would fail without
pandas, graphviz or ipywidgets; a single test that needs them carries the mark itself.
"""

import re
import sys
from pathlib import Path

from _pytest.mark.expression import Expression

sys.path.insert(0, str(Path(__file__).parent))

MODULE_MARKS = re.compile(r"^pytestmark = \[?pytest\.mark\.(\w+)", re.MULTILINE)


def pytest_ignore_collect(collection_path, config):
    markexpr = config.getoption("markexpr")
    if not markexpr or collection_path.suffix != ".py" or not collection_path.name.startswith("test_"):
        return None
    found = MODULE_MARKS.search(collection_path.read_text(encoding="utf-8"))
    if found and not Expression.compile(markexpr).evaluate(lambda name: name == found.group(1)):
        return True
    return None
