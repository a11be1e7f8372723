"""Example SPARQL queries shipped with the package."""
