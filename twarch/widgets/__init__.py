"""Jupyter widgets for twarch: the qualification steps and the live :class:`Wizard`.

>>> import twarch
>>> w = twarch.Wizard({"channels": ["voice"]})   # doctest: +SKIP
>>> w                                            # doctest: +SKIP

Python API of :class:`Wizard`: ``.answers`` (an :class:`~twarch.Answers`, always current),
``.recommendation``, ``.checklist`` (with ticks), ``.set(**answers)`` (validated: a bad value raises
:class:`~twarch.AnswerError` and nothing changes), ``.read_request(text)`` (Step 1: mode and pre-fill),
``.tick(id, status)``, ``.save(path)`` / ``Wizard.load(path)`` (the answers-file format),
``.report("md" | "html" | "json")``, ``.export(format)`` (writes ``twarch-report.<format>`` to the
working directory, as the Export button does), ``.field(id)``, ``.errors`` and ``.last_rendered``
(the outputs the last change re-rendered).

Stable DOM classes (for browser tests; each output also has a descriptive ``tooltip``):

* layout: ``twarch-wizard`` (the whole), ``twarch-steps`` (the step Tab), ``twarch-results`` (the results Tab)
* steps: ``twarch-step``, ``twarch-step-request`` / ``-essential`` / ``-context`` / ``-stack`` / ``-voice``
* fields: ``twarch-field``, ``twarch-field-<question id>`` (e.g. ``twarch-field-memory``), with
  ``twarch-help``, ``twarch-prefilled`` (the "from your words" tag), ``twarch-error`` (inline error),
  ``twarch-invalid`` (on a field showing an error), ``twarch-next-question`` (the next open question
  in discovery mode), ``twarch-choice-<choice id>`` (a multi-select checkbox, e.g. ``twarch-choice-sms``)
* Step 1: ``twarch-read-request`` (button), ``twarch-mode`` (the detected mode and signals)
* derived lines in the steps: ``twarch-channels`` (channel mix), ``twarch-entry-point``
* results: ``twarch-level`` (badge), ``twarch-mode-result``, ``twarch-next``, ``twarch-next-go`` (button),
  ``twarch-diagram`` (SVG), ``twarch-decisions``, ``twarch-products``, ``twarch-skills``,
  ``twarch-warnings``, ``twarch-ga``, ``twarch-regulations``, ``twarch-providers``, ``twarch-latency``,
  ``twarch-cost``, ``twarch-checklist`` with ``twarch-checklist-progress``, ``twarch-check``,
  ``twarch-check-<ID>`` (a row, e.g. ``twarch-check-HIPAA-01``) and ``twarch-tick`` (its dropdown)
* export: ``twarch-export-format``, ``twarch-export`` (button), ``twarch-export-link``

Which output re-renders on which change is tabled in :mod:`twarch.widgets.outputs`.
"""

from __future__ import annotations

from .fields import NOT_ANSWERED, QuestionField
from .model import WizardModel
from .outputs import Results
from .steps import ContextStep, EssentialStep, RequestStep, Step, step_for
from .wizard import Wizard

__all__ = ["NOT_ANSWERED", "ContextStep", "EssentialStep", "QuestionField", "RequestStep", "Results", "Step",
           "Wizard", "WizardModel", "step_for"]
