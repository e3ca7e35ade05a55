#!/usr/bin/env python3
"""Refresh twarch's pinned copy of Twilio's skills catalogue from a git copy of github.com/twilio/ai.

    python scripts/refresh-skills.py /path/to/twilio-ai.git [--commit REV] [--checked YYYY-MM-DD] [--write]

Reads every ``skills/<family>/<skill>/SKILL.md`` at the commit, its frontmatter ``name`` and ``description``,
and sorts each skill into upstream's four types (planner: ``tier: discover``; setup / guardrail: named in a
planner's "Setup Skills" / "Guardrail Skills" list; product: everything else). From the history it collects
the skills that were deleted and the renames (git's rename detection, and commits titled "Rename A to B").
It prints what changed against ``twarch/knowledge/skills.json`` and, with ``--write``, writes the new pin.
Nothing from the repository but these catalogue fields (ids, names, types, one-line purposes) is kept.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

PIN = Path(__file__).resolve().parent.parent / "twarch" / "knowledge" / "skills.json"
REPOSITORY = "https://github.com/twilio/ai"
SKILL_FILE = re.compile(r"^skills/[^/]+/(?P<id>[^/]+)/SKILL\.md$")
LIST_HEADING = re.compile(r"^(Setup|Guardrail) Skills:\s*$")
LIST_ITEM = re.compile(r"^- `?(?P<id>[a-z0-9-]+)`?")
RENAME_SUBJECT = re.compile(r"\bRename `?(?P<old>[a-z0-9-]+)`? to `?(?P<new>[a-z0-9-]+)`?")
SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def git(repo: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, text=True).stdout


def frontmatter(text: str) -> dict:
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    return yaml.safe_load(text[3:end]) or {} if end > 0 else {}


def first_sentence(description: str) -> str:
    flat = " ".join(description.split())
    return SENTENCE_END.split(flat, maxsplit=1)[0]


def catalogue(repo: str, rev: str, checked: str) -> dict:
    commit = git(repo, "rev-parse", rev).strip()
    date = git(repo, "show", "-s", "--format=%cs", commit).strip()
    paths = [p for p in git(repo, "ls-tree", "-r", "--name-only", commit, "skills").splitlines() if SKILL_FILE.match(p)]
    texts = {SKILL_FILE.match(p)["id"]: (p, git(repo, "show", f"{commit}:{p}")) for p in paths}
    roles: dict[str, str] = {}
    for _, text in texts.values():
        if frontmatter(text).get("tier") != "discover":
            continue
        heading = None
        for line in text.splitlines():
            found = LIST_HEADING.match(line.strip())
            if found:
                heading = found.group(1).lower()
                continue
            item = LIST_ITEM.match(line.strip()) if heading else None
            if item:
                roles.setdefault(item["id"], heading)
            elif heading and not line.strip().startswith("-"):
                heading = None
    skills = []
    for skill_id in sorted(texts):
        path, text = texts[skill_id]
        meta = frontmatter(text)
        category = "planner" if meta.get("tier") == "discover" else roles.get(skill_id, "product")
        skills.append({"id": skill_id, "name": str(meta.get("name") or skill_id), "category": category,
                       "purpose": first_sentence(str(meta.get("description") or "")), "path": path})
    return {"repository": REPOSITORY, "commit": commit, "date": date, "checked": checked,
            "skills": skills, **history(repo, commit, set(texts))}


def history(repo: str, commit: str, present: set[str]) -> dict:
    """Skills deleted before ``commit`` (and not back), and renames, each with the commit that made them."""
    removed: dict[str, dict] = {}
    renamed: dict[str, dict] = {}
    log = git(repo, "log", "--format=@%h %cs %s", "-M", "--name-status", commit, "--", "skills/*/*/SKILL.md")
    current = ("", "", "")
    for line in log.splitlines():
        if line.startswith("@"):
            short, day, subject = line[1:].split(" ", 2)
            current = (short, day, subject)
            for match in RENAME_SUBJECT.finditer(subject):
                if match["new"] in present and match["old"] not in present:
                    renamed.setdefault(match["old"], {"to": match["new"], "commit": short, "date": day})
            continue
        parts = line.split("\t")
        if len(parts) == 3 and parts[0].startswith("R"):
            old, new = (SKILL_FILE.match(p) for p in parts[1:])
            if old and new and new["id"] in present and old["id"] not in present:
                renamed.setdefault(old["id"], {"to": new["id"], "commit": current[0], "date": current[1]})
        elif len(parts) == 2 and parts[0] == "D":
            gone = SKILL_FILE.match(parts[1])
            if gone and gone["id"] not in present:
                removed.setdefault(gone["id"], {"commit": current[0], "date": current[1]})
    for old in renamed:
        removed.pop(old, None)
    return {"renamed": dict(sorted(renamed.items())), "removed": dict(sorted(removed.items()))}


def diff(old: dict, new: dict) -> list[str]:
    before = {s["id"]: s for s in old.get("skills", ())}
    after = {s["id"]: s for s in new["skills"]}
    lines = [f"commit {old.get('commit', '-')[:7]} -> {new['commit'][:7]} ({new['date']})"]
    lines += [f"+ {i} ({after[i]['category']}): {after[i]['purpose']}" for i in sorted(set(after) - set(before))]
    lines += [f"- {i}" for i in sorted(set(before) - set(after))]
    for i in sorted(set(before) & set(after)):
        changed = [k for k in ("name", "category", "purpose") if before[i][k] != after[i][k]]
        lines += [f"~ {i} {k}: {before[i][k]!r} -> {after[i][k]!r}" for k in changed]
    for key in ("renamed", "removed"):
        for skill_id in sorted(set(new[key]) - set(old.get(key, {}))):
            lines.append(f"{key}: {skill_id} {new[key][skill_id]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repo", help="a clone or mirror of github.com/twilio/ai")
    parser.add_argument("--commit", default="HEAD", help="the revision to read (default HEAD)")
    parser.add_argument("--checked", default=datetime.date.today().isoformat(), help="the date you checked it")
    parser.add_argument("--write", action="store_true", help=f"write {PIN.relative_to(PIN.parent.parent.parent)}")
    args = parser.parse_args(argv)
    new = catalogue(args.repo, args.commit, args.checked)
    old = json.loads(PIN.read_text(encoding="utf-8")) if PIN.exists() else {}
    print("\n".join(diff(old, new)))
    if args.write:
        PIN.write_text(json.dumps(new, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {PIN} ({len(new['skills'])} skills)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
