"""The report download: the team's report in Markdown, HTML or JSON, with the diagram and the checklist ticks.

:func:`export_document` returns the file name (``<team>-report.<format>``), its text and MIME type; the Wizard hands
them to the browser, so nothing is written on the server. Markdown carries the diagram as an SVG image (a ``data:``
URI) and the checklist as a task list with the ticks; HTML is one self-contained page with the diagram inline and
the checklist table with the ticks; JSON is the report with each checklist item's ``tick`` and the ``ticks``
mapping a saved session holds (so Load answers reads the ticks back from it too).
"""

from __future__ import annotations

import base64
import json

from ..checklists import DEFAULT_TICK, Checklist
from ..recommendation import Recommendation
from ..render import report
from ..render.checklist import to_html as checklist_html
from ..render.checklist import to_markdown as checklist_markdown
from ..render.reports import md_text
from ..text import esc
from ..workshop.sessions import slug

MIME = {"md": "text/markdown", "html": "text/html", "json": "application/json"}


def export_document(rec: Recommendation, cl: Checklist, fmt: str, team: str = "") -> tuple[str, str, str]:
    """``(file name, text, MIME type)`` of the report download in ``fmt`` (``md``, ``html`` or ``json``)."""
    text = report(rec, fmt)  # validates the format (AnswerError for another)
    name = f"{slug(team) if team else 'twarch'}-report.{fmt}"
    if fmt == "json":
        data = json.loads(text)
        for item in data.get("checklist", ()):
            item["tick"] = cl.status(item["id"]) if item["id"] in cl else DEFAULT_TICK
        data["ticks"] = cl.ticks
        if team:
            data["session"] = team
        return name, json.dumps(data, indent=2, ensure_ascii=False) + "\n", MIME[fmt]
    from ..render.handout import diagram_svg

    svg = diagram_svg(rec)
    if fmt == "md":
        image = ""
        if svg.startswith("<svg"):
            data_uri = base64.b64encode(svg.encode("utf-8")).decode("ascii")
            image = f"![Architecture diagram](data:image/svg+xml;base64,{data_uri})\n\n"
        head, _, rest = text.partition("\n\n")
        ticks = checklist_markdown(cl)
        team_line = f"Team: **{md_text(team)}**\n\n" if team else ""
        return name, f"{head}\n\n{team_line}{image}{rest.rstrip()}\n\n{ticks}", MIME[fmt]
    title = f"twarch report{' · ' + team if team else ''}"
    page = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{esc(title)}</title>\n</head>\n<body>\n"
            + (f"<p>Team: <strong>{esc(team)}</strong></p>\n" if team else "")
            + f'<figure aria-label="architecture diagram">{svg}</figure>\n{text}\n'
            + f"<h2>Checklist with the team's ticks</h2>\n{checklist_html(cl)}\n</body>\n</html>\n")
    return name, page, MIME[fmt]
