"""A report as plain structure: sections of lines, which the Markdown, HTML and hand-out writers lay out."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    """One bullet: a lead (bold or code), the text, the reason, extra sub-lines and links."""

    text: str
    lead: str = ""
    code: bool = False
    why: str = ""
    sub: tuple[str, ...] = ()
    links: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[Line, ...] = ()
    intro: str = ""
    level: int = 2
    children: tuple[Section, ...] = field(default=())
