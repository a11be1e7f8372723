"""Extraction: from a cleaned article to its entities, events and relations."""

from __future__ import annotations

import gc

from ..lexicon import Lexicon
from ..morph import split_sentences
from ..types import Article, ArticleGraph
from .dates import complete_dates
from .events import EventFinder, fold_visit_meetings, name_by_sides, merge_joined_names, name_opened, separate_hosts
from .groups import merge_same_collectives
from .headlines import name_events_by_headline
from .investments import add_investments
from .members import add_listed_members
from .mentions import MentionFinder
from .programs import add_programs
from .relations import ArticleExtractor
from .signings import add_signing_parties, fold_acting_places
from .trips import add_trip_structure


_EXTRACTORS: dict[int, tuple[Lexicon, ArticleExtractor]] = {}


def _extractor(lexicon: Lexicon) -> ArticleExtractor:
    cached = _EXTRACTORS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = (lexicon, ArticleExtractor(lexicon, MentionFinder(lexicon), EventFinder(lexicon)))
        _EXTRACTORS[id(lexicon)] = cached
        gc.freeze()  # the lexicon and its tables live as long as the process: the collector need not walk them again
    return cached[1]


def extract_article(article: Article, lexicon: Lexicon) -> ArticleGraph:
    """Sentences, then mentions, resolution and relations, then the stages that each add a layer: programs,
    investments, signings' parties named apart, dates given their years, events named by their sides and by the
    headline, and the structure of trips, for one article."""
    sentences = split_sentences(article.text, lexicon)
    graph = add_listed_members(merge_same_collectives(_extractor(lexicon).extract(article, sentences), lexicon), lexicon)
    graph = fold_acting_places(add_signing_parties(add_investments(add_programs(graph, lexicon), lexicon), lexicon), lexicon)
    graph = name_by_sides(complete_dates(fold_visit_meetings(merge_joined_names(name_opened(separate_hosts(graph, lexicon), lexicon), lexicon), lexicon), lexicon), lexicon)
    return add_trip_structure(name_events_by_headline(graph, lexicon), lexicon)
