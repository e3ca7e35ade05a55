"""Layer 3: pure functions from a Recommendation (or Answers) to reports, diagrams, tables and charts."""
