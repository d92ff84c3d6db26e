"""The composite-index engine: generic, with no study names.

One verb per module, in the order the steps run (screen, impute, treat,
normalise, weight, aggregate, rank), each method looked up by name in a
registry; ``index.compute`` runs them all. ``matrix``, ``uncertainty``,
``sensitivity`` (over the choices and defaults of ``choices``), ``correlate``,
``components``, ``removal`` and ``concentration`` build on it; ``spec`` reads a
user's ``DATA.csv`` and ``SPEC.yml``.
"""
