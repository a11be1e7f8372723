"""The explorer page's template, style and script (package data, inlined into every page)."""
