"""Jupyter widgets for twarch: the qualification steps and the live :class:`Wizard`.

>>> import twarch
>>> w = twarch.Wizard({"channels": ["voice"]})   # doctest: +SKIP
>>> w                                            # doctest: +SKIP

Python API of :class:`Wizard`: ``.answers`` (an :class:`~twarch.Answers`, always current),
``.recommendation``, ``.checklist`` (with ticks), ``.set(**answers)`` (validated: a bad value raises
:class:`~twarch.AnswerError` and nothing changes), ``.read_request(text)`` (Step 1: mode and pre-fill),
``.tick(id, status)``, ``.save(path)`` (refuses to empty a saved file) / ``Wizard.load(path)`` (a session, a JSON
report or an answers file), ``.rename(name)``, ``.duplicate()`` (a what-if copy), ``.switch(name)`` (another session
of the family), ``.reset()`` / ``.undo()``, ``.download_session()``, ``.handout()`` (the leave-behind and its
appendix, HTML), ``.set_projector(on)``, ``.report("md" | "html" | "json")``, ``.export(format)`` (downloads
``<team>-report.<format>`` with the diagram and the ticks), ``.field(id)``, ``.errors`` and ``.last_rendered`` (the
outputs the last change re-rendered). Sessions, revisions and conflicts: ``.keeper``
(:class:`~twarch.widgets.session.SessionKeeper`). Its ``.model`` (:class:`~twarch.widgets.model.WizardModel`) also has
``.reject(id)`` / ``.restore(id)`` (turn a reading of the request down, kept across re-reads and in the session) and
``.unread`` (the request's words not understood). Options:
``Wizard(answers, request=..., session=..., sessions_dir=..., scenarios_dir=..., remember=True)``.

Stable DOM classes (for browser tests; each output also has a descriptive ``tooltip``):

* layout: ``twarch-wizard`` (the whole; ``twarch-projector`` in projector mode, ``twarch-offline`` while the
  kernel is lost), ``twarch-header``, ``twarch-statusbar`` / ``twarch-status``, ``twarch-body``,
  ``twarch-questions`` / ``twarch-steps`` (the step Tab), ``twarch-results-col`` / ``twarch-results`` (the
  results Tab), ``twarch-chrome`` (controls projector mode hides), ``twarch-connection-lost`` (the banner)
* header: ``twarch-session-name``, ``twarch-session-picker``, ``twarch-save``, ``twarch-load``, ``twarch-reset``,
  ``twarch-duplicate``, ``twarch-handout``, ``twarch-projector-toggle``; status line: ``twarch-undo``,
  ``twarch-export-format``, ``twarch-export`` (the report download); two windows on one session: ``twarch-conflict``
  with ``twarch-take-theirs``, ``twarch-keep-mine``, ``twarch-merge``, ``twarch-merge-row``, ``twarch-merge-save``
* steps: ``twarch-step``, ``twarch-step-request`` / ``-essential`` / ``-context`` / ``-stack`` / ``-voice``
* fields: ``twarch-field``, ``twarch-field-<question id>`` (e.g. ``twarch-field-memory``), with
  ``twarch-help``, ``twarch-prefilled`` (the "from your words" tag), ``twarch-error`` (inline error),
  ``twarch-invalid`` (on a field showing an error), ``twarch-next-question`` (the next question to answer),
  ``twarch-choice-<choice id>`` (a multi-select checkbox, e.g. ``twarch-choice-sms``)
* Step 1: ``twarch-customer`` (who the design is for), ``twarch-read-request`` (button), ``twarch-mode`` (the
  detected mode and signals),
  ``twarch-request-conflicts`` / ``twarch-accept-request``, ``twarch-scenario`` / ``twarch-scenario-card``
* derived lines in the steps: ``twarch-channels`` (channel mix), ``twarch-entry-point``
* results: ``twarch-level`` (badge), ``twarch-mode-result``, ``twarch-next``, ``twarch-next-go`` (button),
  ``twarch-changes``, ``twarch-diagram`` (SVG; ``twarch-added`` on what the last answer added) in
  ``twarch-diagram-box`` with ``twarch-zoom-in`` / ``-out`` / ``-reset``, ``twarch-full-size``,
  ``twarch-download-svg`` / ``-png``; ``twarch-decisions``, ``twarch-products``, ``twarch-skills``,
  ``twarch-warnings`` (``twarch-severity-<severity>``, ``twarch-new``), ``twarch-ga``, ``twarch-regulations``,
  ``twarch-providers`` (see :mod:`.provider_view`), ``twarch-latency``, ``twarch-cost``, ``twarch-checklist`` (see
  :mod:`.checklist_view`), ``twarch-term`` (a glossary tooltip), ``twarch-trace`` (a rule trace disclosure)

Which output re-renders on which change is tabled in :mod:`twarch.widgets.outputs`.
"""

from __future__ import annotations

from .checklist_view import ChecklistView
from .fields import NOT_ANSWERED, QuestionField
from .model import WizardModel
from .outputs import Results
from .provider_view import ProviderView
from .steps import ContextStep, EssentialStep, RequestStep, Step, step_for
from .wizard import Wizard

__all__ = ["NOT_ANSWERED", "ChecklistView", "ContextStep", "EssentialStep", "ProviderView", "QuestionField",
           "RequestStep", "Results", "Step", "Wizard", "WizardModel", "step_for"]
