"""The corpus: the merged facts of many pages — entities, posts, pairs — and their spool.

In: ``PageDigest``s (made by ``kg.run.digest``). Out: tables that the graph and the view read.
Merges what it is given; neither extracts nor renders.
"""
from kg.corpus.tables import Corpus, EntityRecord, PageDigest, PageFacts, entity_key

__all__ = ["Corpus", "EntityRecord", "PageDigest", "PageFacts", "entity_key"]
