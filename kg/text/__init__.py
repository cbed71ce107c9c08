"""Reading and splitting text: bytes -> ``Page`` -> ``Article``.

In: a file (any common Chinese encoding, PDF-column or scraped web text). Out: a ``kg.model.Page``
(``io``), normalised (``normalize``), cut into articles with headline, byline, date and sentences
(``split``, ``dates``). Knows nothing of entities.
"""
