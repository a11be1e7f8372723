"""policy-kg: Korean policy news into a queryable knowledge graph."""

__version__ = "0.1.0"
