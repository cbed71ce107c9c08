"""Extraction: an ``Article`` -> its mentions, entities, posts, actions.

In: a ``kg.model.Page`` (split by ``kg.text``). Out: a ``kg.model.PageResult``. ``pipeline`` lists
the steps in order; ``segment`` is jieba behind one door; ``persons`` and ``spans`` find mentions;
``resolve`` canonicalises them against the page's region; ``relations`` reads posts, actions and
co-occurrence off the sentences. Nothing here renders or merges.
"""
