"""Every error a user can cause, as one class per kind of mistake.

The CLI turns these into one-line messages and a non-zero exit; anything else
is a bug and may show a traceback.
"""


class KgError(Exception):
    """Base class: the message names the file or term involved and the problem."""


class InputError(KgError):
    """An article file cannot be read or holds no article."""


class LexiconError(KgError):
    """A lexicon file is malformed."""


class CurationError(KgError):
    """A curation file is malformed."""


class QueryError(KgError):
    """A SPARQL query is invalid or cannot be run."""


class GraphNotFoundError(KgError):
    """No built graph where one was expected."""


class GoldError(KgError):
    """A gold annotation file is malformed."""


class MissingExtraError(KgError, ImportError):
    """An optional dependency is not installed; the message says which extra to install."""
