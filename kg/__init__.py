"""kg: a knowledge-graph builder for Chinese local-government news.

>>> import kg
>>> g = kg.build("seeds")                                   # doctest: +SKIP
>>> g.query("officials").rows[:3]                           # doctest: +SKIP
"""
__version__ = "0.1.0"

from .api import KnowledgeGraph, build, load  # noqa: E402

__all__ = ["KnowledgeGraph", "build", "load", "__version__"]
