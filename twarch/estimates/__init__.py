"""Monthly cost, latency and capacity of a recommended design: pure functions of a Recommendation and its inputs.

* :mod:`~twarch.estimates.volumes`: :class:`Volumes`, the typed inputs (volumes and assumptions), each declared once;
* :mod:`~twarch.estimates.stack`: the provider rows (or realtime model) a design runs on;
* :mod:`~twarch.estimates.inputs`: :func:`resolve`, every input of a design with its value and origin (yours, a
  sourced default, or a rule on the design);
* :mod:`~twarch.estimates.lines`: every bill line id; :mod:`~twarch.estimates.bill`: :func:`bill`;
* :mod:`~twarch.estimates.whatif`: :func:`sensitivity` (the tornado) and :func:`break_even`;
* :mod:`~twarch.estimates.latency`: :func:`latency`, :func:`latency_budget`, :func:`twilio_reference`;
* :mod:`~twarch.estimates.capacity`: :func:`capacity` and Erlang C.

The package sits in the engine layer: standard library only (pandas and plotly load in :mod:`twarch.render.costs`).
``twarch.bill``, ``twarch.latency``, ``twarch.capacity``... are exported lazily from :mod:`twarch`.
"""
