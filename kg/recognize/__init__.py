"""Recognisers: article body -> mentions of persons, bodies, places and projects."""
