"""Rendering: the graph as a self-contained HTML page (no network needed to open it)."""

from __future__ import annotations

import html
from pathlib import Path

from rdflib import Dataset

from .export import to_networkx
from .files import atomic_write


def render_html(dataset: Dataset, path: Path, title: str = "policy-kg") -> Path:
    network = to_networkx(dataset)
    rows = []
    for source, target, data in sorted(network.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"])):
        rows.append(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                html.escape(network.nodes[source]["label"]), html.escape(data["relation"]), html.escape(network.nodes[target]["label"])
            )
        )
    page = (
        "<!doctype html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>{t}</title>"
        "<style>body{{font-family:'Noto Sans CJK KR','Noto Sans KR','Malgun Gothic',sans-serif}}td{{padding:2px 8px}}</style>"
        "</head><body><h1>{t}</h1><p>{n} entities, {e} relations</p><table>{rows}</table></body></html>\n"
    ).format(t=html.escape(title), n=network.number_of_nodes(), e=network.number_of_edges(), rows="".join(rows))
    return atomic_write(path, page)
