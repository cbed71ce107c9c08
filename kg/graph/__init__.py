"""The graph: a ``Corpus`` (or one page) -> RDF, and SPARQL over it.

In: a ``kg.corpus.Corpus`` or ``PageResult``. Out: Turtle text (``rdf`` via the fast writer
``turtle``), an rdflib ``Graph``, query results (``query``, bundled ``queries/*.rq``) and a
pyoxigraph store (``store``). ``ontology`` holds the vocabulary, kept in step with ``ontology/kg.ttl``.
"""
