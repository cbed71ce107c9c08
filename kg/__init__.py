"""kg: a knowledge-graph builder for Chinese local-government news."""
__version__ = "0.1.0"
