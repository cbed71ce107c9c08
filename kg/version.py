"""kg's version: part of every cache key, so it lives where any stage may read it."""
__version__ = "0.1.0"
