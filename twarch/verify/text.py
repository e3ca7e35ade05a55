"""A fetched page as plain text, and the one form quotes and pages are compared in.

:func:`page_text` reduces a page to its words: an HTML page loses its tags, scripts and styles (entities are
unescaped, and block elements such as paragraphs, list items and table cells are kept apart by a space); a
Markdown file (``.md``, or served as ``text/markdown``) loses its link targets, emphasis marks, backticks and
escapes; any other text (JSON, YAML, plain text) is taken as it is. :func:`normalise` then puts a page and a quote
in the same form: Unicode compatibility forms folded (a non-breaking space is a space), typographic quotes and
hyphens made plain, whitespace collapsed, case folded. A quote holds when its normal form is part of the page's.

>>> normalise(page_text("<p>Conversation&nbsp;Memory <b>supports</b></p><script>x()</script><p>up to 5</p>",
...                     "text/html", "https://example.org/limits"))
'conversation memory supports up to 5'
>>> normalise("You’re charged for   idle time")
"you're charged for idle time"
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urlsplit

#: Elements whose content is not text a reader sees.
HIDDEN = frozenset({"script", "style", "noscript", "template"})
#: Elements that start a new block: their edges separate words.
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "option", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})
HTML_TYPES = ("text/html", "application/xhtml+xml")

_PLAIN = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
                        "\u2010": "-", "\u2011": "-", "\u00ad": None, "\u200b": None})
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


class _Words(HTMLParser):
    """Collects the text of an HTML page outside its hidden elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(page: str) -> str:
    """The words of an HTML page: tags, scripts and styles gone, entities unescaped."""
    words = _Words()
    words.feed(page)
    words.close()
    return "".join(words.parts)


def markdown_text(page: str) -> str:
    """The words of a Markdown file: links reduced to their text, emphasis marks, backticks and escapes gone."""
    text = _ESCAPE.sub(r"\1", _LINK.sub(r"\1", page))
    return html.unescape(text.replace("*", "").replace("`", ""))


def page_text(body: str, content_type: str, url: str) -> str:
    """A page's words, by its type: HTML and Markdown reduced, other text as it is."""
    if content_type in HTML_TYPES:
        return html_text(body)
    if content_type == "text/markdown" or urlsplit(url).path.endswith(".md"):
        return markdown_text(body)
    return body


def normalise(text: str) -> str:
    """The form quotes and pages are compared in: compatibility forms folded, quotes and hyphens plain, whitespace
    collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_PLAIN).split()).casefold()
