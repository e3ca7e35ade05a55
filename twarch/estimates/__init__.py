"""Monthly cost, latency and capacity of a recommended design: pure functions of a Recommendation and its inputs.

* :mod:`~twarch.estimates.inputs`: :class:`Volumes` (the typed inputs, each with a sourced default) and the stack
  a design runs on;
* :mod:`~twarch.estimates.costing`: :func:`bill`, :func:`sensitivity`, :func:`break_even`;
* :mod:`~twarch.estimates.latency`: :func:`latency`, :func:`latency_budget`, :func:`twilio_reference`;
* :mod:`~twarch.estimates.capacity`: :func:`capacity` and Erlang C.

The package sits in the engine layer: standard library only (pandas and plotly load in :mod:`twarch.render.costs`).
``twarch.bill``, ``twarch.latency``, ``twarch.capacity``... are exported lazily from :mod:`twarch`.
"""
