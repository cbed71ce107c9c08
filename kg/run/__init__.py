"""The run: inputs -> extracted, digested pages -> a merged ``Corpus`` and the output files.

In: paths and ``BuildOptions``. Out: a ``kg.corpus.Corpus`` and ``BuildReport``; written by
``write_outputs``. ``build`` drives the cache, workers and Dask (``scale``); ``digest`` turns one
extracted page into the facts the corpus merges and its rendered blobs (Turtle, JSON record, view
strings), where it was extracted; ``export`` is the extraction.json shape.
"""
