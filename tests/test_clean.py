import pytest

from kg.clean import clean_page
from kg.lexicon import load_lexicon
from kg.read import read_article_file

from .conftest import SEED


def test_seed_page_holds_main_article_and_teaser():
    articles = clean_page(read_article_file(SEED), load_lexicon())
    assert [a.title for a in articles] == [
        "미국 순방계기로 한-미 중소벤처 분야 협력 활기",
        "국립안동대-경북도립대, 국·공립대 전국 최초 '통합의 길' 열어",
    ]
    main, teaser = articles
    assert (main.byline.publisher, main.byline.author) == ("데일리연합", "박주리")
    assert teaser.byline.author == "김재욱"
    assert main.source_credit == "중소벤처기업부"
    assert [name for _, name in main.sections] == ["보스턴", "워싱턴 D.C."]


def test_page_furniture_is_gone():
    main, teaser = clean_page(read_article_file(SEED), load_lexicon())
    for text in (main.text, teaser.text):
        for furniture in ("맑음동두천", "기상청 제공", "배너", "SNS TV", "가장 많이 본 뉴스"):
            assert furniture not in text
    assert "국립안동대학교" not in main.text


def test_article_without_byline_keeps_its_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("중기부, 9개 부처와 함께 창업기업 지원\n중소벤처기업부는 24일 서울에서 출범식을 열었다.\n", encoding="utf-8")
    (article,) = clean_page(read_article_file(path), load_lexicon())
    assert article.title == "중기부, 9개 부처와 함께 창업기업 지원"
    assert article.text.startswith("중소벤처기업부는")


def test_page_of_furniture_only_has_no_article(tmp_path):
    import pytest

    from kg.errors import InputError

    path = tmp_path / "widgets.txt"
    path.write_text("배너\n\n  • 맑음동두천 27.9℃\n기상청 제공\n더보기\n가장 많이 본 뉴스\n", encoding="utf-8")
    with pytest.raises(InputError, match="no recognizable article"):
        clean_page(read_article_file(path), load_lexicon())


def test_invisible_characters_neither_block_extraction_nor_stay_in_evidence(tmp_path):
    from kg.extract import extract_article

    path = tmp_path / "a.txt"
    path.write_text("중소\u200b벤처기업부는 24일 서울에서 한국무역협회와 업무\u2060협약을 체결했다.\u202c\n", encoding="utf-8")
    lexicon = load_lexicon()
    (article,) = clean_page(read_article_file(path), lexicon)
    result = extract_article(article, lexicon)
    assert "중소벤처기업부" in {entity.name for entity in result.entities.values()}
    assert all(s.text.isprintable() and "\u200b" not in s.text for s in result.sentences)


@pytest.mark.parametrize(
    "text, sentences",
    [
        # an ending and its period glued to the next sentence: split there
        ("시는 지원을 늘렸다.KOTRA는 상담회를 연다.",
         ["시는 지원을 늘렸다.", "KOTRA는 상담회를 연다."]),
        ("협약을 체결했다.2025년에는 사업을 넓힌다.",
         ["협약을 체결했다.", "2025년에는 사업을 넓힌다."]),
        ("중기청은 점검에 들어간다.중기청은 현장을 찾는다.",
         ["중기청은 점검에 들어간다.", "중기청은 현장을 찾는다."]),
        # numbers, addresses and web sites keep their periods
        ("성장률은 3.5%였다. 자세한 내용은 www.mss.go.kr에서 볼 수 있다.",
         ["성장률은 3.5%였다.", "자세한 내용은 www.mss.go.kr에서 볼 수 있다."]),
        ("문의는 hong.gd@example.com으로 하면 된다.", ["문의는 hong.gd@example.com으로 하면 된다."]),
        # a particle glued after a closing quote belongs to the sentence that quotes
        ("김 장관은 “잘 하겠다.”라며 웃었다.", ["김 장관은 “잘 하겠다.”라며 웃었다."]),
    ],
)
def test_sentences_are_split_where_a_sentence_ends(text, sentences):
    from kg.morph import split_sentences

    found = split_sentences(text, load_lexicon())
    assert [s.text for s in found] == sentences
    assert all(text[s.start:s.end] == s.text for s in found)
