"""policy-kg: Korean policy news into a queryable knowledge graph.

The Python API, for notebooks and scripts (what the `kg` commands do, returning data)::

    import kg

    summary = kg.build(["data/articles"], out="out")     # kg build; returns the summary
    df = kg.query("SELECT ?who ?x WHERE { ?who pk:signedMOUWith ?x }", out="out")   # a pandas DataFrame
    graph = kg.open("out")                                # a built graph: graph.query(...), graph.find(...)
    entity = kg.show("중소벤처기업부", out="out")            # an Entity: label, cls, attributes, facts with evidence

Errors a user can cause are kg.KgError (one line naming the file or term). kg.query needs pandas:
pip install 'policy-kg[pandas]'. Nothing heavy is imported until a function runs. kg.query and
kg.show are these functions even after the modules of the same name are imported; reach the
modules with `from kg.query import ...`.
"""

from __future__ import annotations

import sys
import types

from .errors import KgError, MissingExtraError

TYPE_CHECKING = False  # typing.TYPE_CHECKING's value, without importing typing at every `kg` start-up

if TYPE_CHECKING:
    from .api import Graph, build, open, query, show
    from .show import Entity, Fact

__version__ = "0.1.0"
__all__ = ["Entity", "Fact", "Graph", "KgError", "MissingExtraError", "build", "open", "query", "show"]
_HOMES = {"build": "kg.api", "open": "kg.api", "query": "kg.api", "show": "kg.api", "Graph": "kg.api", "Entity": "kg.show", "Fact": "kg.show"}


def __getattr__(name: str):
    """The API on first use: `import kg` stays light for the `kg` command, which needs none of it."""
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


class _Package(types.ModuleType):
    """kg.query and kg.show stay the API functions when the modules of the same name are imported.

    Importing a submodule sets it as an attribute of its package, which would replace the
    function kg.query with the module kg.query; the modules stay in sys.modules (`from kg.query import ...`).
    """

    def __setattr__(self, name: str, value) -> None:
        if name in ("query", "show") and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)

    def __dir__(self):
        return sorted(set(super().__dir__()) | set(__all__))


sys.modules[__name__].__class__ = _Package
