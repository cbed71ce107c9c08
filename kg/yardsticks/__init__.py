"""Yardsticks: scoring against gold, the benchmark and its generated pages.

In: gold files and kg's own outputs (``evaluate``, with ``score``: the shared scorer, copied
unchanged) or a size (``bench``, with ``synth`` pages). Out: P/R/F1 tables and timings.
"""
