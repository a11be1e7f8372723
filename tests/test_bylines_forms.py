"""Byline forms of regional desks and small outlets: made-up pages, each a reporter of the outlet that signs it."""

from __future__ import annotations

import pytest

from kg.clean import clean_page
from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.read import read_article_file

BODY = "가나시는 12일 시청에서 다라테크와 투자협약을 체결했다고 밝혔다."
LEXICON = load_lexicon()


def _clean(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return clean_page(read_article_file(path), LEXICON)


@pytest.mark.parametrize(
    "page, authors, publisher",
    [
        # a dateline with the name glued to 기자 after a slash, the outlet in the copyright line
        (f"{BODY}\n/누리=홍길동기자 hong@example.com\n< 저작권자 ⓒ 가나경제, 무단 전재 및 재배포 금지 >", ("홍길동",), "가나경제"),
        (f"{BODY}\n/김철수 기자 kim@example.com\nⓒ 다라일보 무단 전재 및 재배포 금지", ("김철수",), "다라일보"),
        # a regional desk before the name is no outlet: the copyright line names it
        (f"{BODY}\n영남취재본부 홍길동 기자 hong@example.com\n<ⓒ내일의 경제, 가나경제(www.example.co.kr) 무단 전재 및 재배포 금지>", ("홍길동",), "가나경제"),
        # the outlet in brackets before the name, closing the article
        (f"{BODY}\n[다라일보] 김철수 기자 kim@example.com", ("김철수",), "다라일보"),
        # the reporter in brackets opening the article, with no outlet
        (f"[홍길동 기자] {BODY}\n저작권자 © 가나뉴스 무단전재 및 재배포 금지", ("홍길동",), "가나뉴스"),
        (f"=[김철수 기자] {BODY}\n저작권자 © 다라뉴스 무단전재 및 재배포 금지", ("김철수",), "다라뉴스"),
    ],
)
def test_a_reporter_and_the_outlet(tmp_path, page, authors, publisher):
    (article,) = _clean(tmp_path, page)
    assert (article.byline.authors, article.byline.publisher) == (authors, publisher)
    assert BODY in article.text
    result = extract_article(article, LEXICON)
    names = {key: entity.name for key, entity in result.entities.items()}
    affiliated = {(names[r.subject], names[r.object]) for r in result.relations if r.predicate == "affiliatedWith"}
    assert (authors[0], publisher) in affiliated
    assert not any(e.cls == "MediaOutlet" and e.name.endswith("본부") for e in result.entities.values())
