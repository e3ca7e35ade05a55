"""``twarch scaffold``: a small starter project for the recommended design, in Python or TypeScript.

>>> import twarch
>>> from twarch.scaffold import scaffold
>>> project = scaffold(twarch.recommend({"channels": ["voice"], "handoff": True, "industry": "healthcare",
...                                      "team_language": "python", "languages": ["en-US"]}))
>>> "app/relay.py" in project.files and "tests/twiml/answer.xml" in project.files
True

It reads only the Recommendation (see :mod:`twarch.scaffold.plan`); what twarch cannot assemble is an
:class:`~twarch.errors.AnswerError` naming the reason. Output is deterministic: the same answers give the same bytes,
on disk (:func:`write`) and as a zip (:func:`zip_bytes`).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import AnswerError
from ..recommendation import Recommendation
from .plan import Plan, plan
from .project import file_tree, project_files

__all__ = ["Project", "scaffold", "write", "zip_bytes"]


@dataclass(frozen=True)
class Project:
    plan: Plan
    files: dict[str, str]  #: path -> text, in path order

    def tree(self) -> str:
        """The project's files as an indented tree, for the README and the CLI."""
        return file_tree(self.files)


def scaffold(rec: Recommendation, language: str | None = None) -> Project:
    """The starter project for ``rec`` (``language``: python or typescript; default the team's answer)."""
    chosen = plan(rec, language)
    return Project(chosen, dict(sorted(project_files(rec, chosen).items())))


def write(project: Project, directory: str | Path) -> Path:
    """Write the project into ``directory`` (created; it must be empty or absent, so nothing is overwritten)."""
    root = Path(directory)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise AnswerError("output", f"{str(root)!r} exists and is not an empty folder", "a new or empty folder")
    for path, text in project.files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


def zip_bytes(rec: Recommendation, language: str | None = None) -> bytes:
    """The starter project as a zip (the Wizard's "Starter project" download), byte-identical for the same answers."""
    project = scaffold(rec, language)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, text in project.files.items():
            info = zipfile.ZipInfo(f"twarch-starter/{path}", date_time=(2026, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
