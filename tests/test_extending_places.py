"""Places are read through tables a user can extend: a row in a folder of one's own takes effect."""

import pytest

from kg.extract.mentions import MentionFinder
from kg.lexicon import load_lexicon
from kg.morph import split_sentences

from .made_up import own_folder


def _classes(text: str, lexicon) -> dict[str, str]:
    finder = MentionFinder(lexicon)
    return {m.text: m.cls for sentence in split_sentences(text, lexicon) for m in finder.find(sentence)}


@pytest.mark.parametrize(
    "sentence, shipped, with_row",
    [
        # '서', the short spoken form of 에서, is no site particle in the shipped table: the city's name stays its government
        ("김철수 장관은 방콕시서 열린 포럼에 참석했다.", "GovernmentBody", "Place"),
        # 에서 is a site particle in either case
        ("김철수 장관은 방콕시에서 열린 포럼에 참석했다.", "Place", "Place"),
    ],
)
def test_a_users_site_particle_puts_others_action_in_a_governments_territory(tmp_path, sentence, shipped, with_row):
    """place_grammar.tsv use site: a government named with a site particle after the clause's subject is where that
    subject acts."""
    own = own_folder(tmp_path, {"place_grammar.tsv": "word\tuse\n서\tsite\n"})
    assert _classes(sentence, load_lexicon())["방콕시"] == shipped
    assert _classes(sentence, load_lexicon([own]))["방콕시"] == with_row
