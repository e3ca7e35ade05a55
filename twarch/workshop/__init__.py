"""Workshops: every team's design side by side (:mod:`~twarch.workshop.compare`) and the sessions the Wizard keeps
for each team, so a reload, a lost kernel or a careless Run All loses nothing (:mod:`~twarch.workshop.sessions`)."""

from __future__ import annotations

from .compare import ASPECTS, Comparison, answer_diff, compare, compare_many, design_values, scorecard

__all__ = ["ASPECTS", "Comparison", "answer_diff", "compare", "compare_many", "design_values", "scorecard"]
