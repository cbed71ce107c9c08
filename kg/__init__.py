"""kg: a knowledge-graph builder for Chinese local-government news.

>>> import kg
>>> g = kg.build("seeds")                                   # doctest: +SKIP
>>> g.query("officials").rows[:3]                           # doctest: +SKIP
"""
from kg.api import KnowledgeGraph, build, load
from kg.version import __version__

__all__ = ["KnowledgeGraph", "build", "load", "__version__"]
