"""Files in and out: bounded reading of answers files (:mod:`~twarch.io.reading`), what a loaded file holds
(:mod:`~twarch.io.answer_files`), the bounds on every input (:mod:`~twarch.io.bounds`), whole-or-nothing writes
(:mod:`~twarch.io.files`) and saved Wizard sessions (:mod:`~twarch.workshop.sessions`)."""
