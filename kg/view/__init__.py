"""The view: a ``Corpus`` -> a networkx graph and an offline pyvis HTML page.

In: a ``kg.corpus.Corpus`` (and per page, ``view_facts``). Out: ``graph.html`` from
``templates/graph.html``, or a networkx graph for notebooks. Reads the corpus; nothing reads it.
"""
