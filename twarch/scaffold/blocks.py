"""The starter's fixed files, kept as package data, with the blocks a design does not need left out.

A template marks a block with a line ``#[if NAME]`` (``//[if NAME]`` in TypeScript) and closes it with ``#[end]``;
the block is kept when NAME is one of the plan's features. Blocks do not nest.
"""

from __future__ import annotations

import re
from importlib import resources

MARK = re.compile(r"^\s*(?:#|//)\[(if [a-z_]+|end)\]\s*$")


def template(path: str) -> str:
    """The template's text (``python/app/relay.py``, ``typescript/src/relay.ts``...)."""
    return resources.files("twarch.scaffold").joinpath(f"templates/{path}").read_text(encoding="utf-8")


def keep(text: str, features: frozenset[str]) -> str:
    """``text`` with the blocks whose feature is off removed, and every marker line dropped."""
    out, keeping = [], True
    for line in text.splitlines(keepends=True):
        mark = MARK.match(line)
        if mark is None:
            if keeping:
                out.append(line)
        elif mark.group(1) == "end":
            keeping = True
        else:
            keeping = mark.group(1)[3:] in features
    return "".join(out)


def render(path: str, features: frozenset[str]) -> str:
    return keep(template(path), features)
