import pytest

from kg.clean import clean_page
from kg.lexicon import load_lexicon
from kg.read import read_article_file

from .conftest import REPO, SEED


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
        ("미국 U.S. 특허청과 No.1 기업이 Co.,Ltd.와 협약을 맺었다.", ["미국 U.S. 특허청과 No.1 기업이 Co.,Ltd.와 협약을 맺었다."]),
        # a particle glued after a closing quote belongs to the sentence that quotes
        ("김 장관은 “잘 하겠다.”라며 웃었다.", ["김 장관은 “잘 하겠다.”라며 웃었다."]),
    ],
)
def test_sentences_are_split_where_a_sentence_ends(text, sentences):
    from kg.morph import split_sentences

    found = split_sentences(text, load_lexicon())
    assert [s.text for s in found] == sentences
    assert all(text[s.start:s.end] == s.text for s in found)


BODY = "중소벤처기업부는 24일 서울에서 한국무역협회와 수출 지원을 위한 업무협약을 체결했다고 밝혔다."


def _clean(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return clean_page(read_article_file(path), load_lexicon())


@pytest.mark.parametrize(
    "page, authors, publisher",
    [
        (f"[아시아경제 홍길동 기자] {BODY}", ("홍길동",), "아시아경제"),
        (f"[아시아경제 호남취재본부 홍길동 기자] {BODY}", ("홍길동",), "아시아경제"),
        (f"[이데일리 김민수 기자] {BODY}", ("김민수",), "이데일리"),
        (f"[스타트업4=김민수 기자] {BODY}", ("김민수",), "스타트업4"),
        (f"[서울=뉴시스] 홍길동 기자 = {BODY}", ("홍길동",), "뉴시스"),
        (f"(서울=연합뉴스) 홍길동 기자 = {BODY}", ("홍길동",), "연합뉴스"),
        (f"(워싱턴=연합뉴스) 홍길동 특파원 = {BODY}", ("홍길동",), "연합뉴스"),
        (f"[데일리뉴스] 홍길동 기자 = {BODY}", ("홍길동",), "데일리뉴스"),
        (f"[한국일보 홍길동·김철수 기자] {BODY}", ("홍길동", "김철수"), "한국일보"),
        (f"[세종=한국일보 홍길동 기자] {BODY}", ("홍길동",), "한국일보"),
        (f"(서울=뉴스1) 홍길동 기자 {BODY}", ("홍길동",), "뉴스1"),
        (f"홍길동 기자 = {BODY}", ("홍길동",), None),
        (f"{BODY}\n글·사진 홍길동 기자", ("홍길동",), None),
        (f"{BODY}\n홍길동 기자 hong@example.com", ("홍길동",), None),
        (f"{BODY}\n홍길동 선임기자 (hong@example.com)", ("홍길동",), None),
        (f"{BODY}\n세종=홍길동 객원기자", ("홍길동",), None),
        (f"{BODY}\n홍길동기자, 김철수기자", ("홍길동", "김철수"), None),
        (f"{BODY}\n홍길동 및 김철수 기자", ("홍길동", "김철수"), None),
        (f"{BODY} /홍길동 기자", ("홍길동",), None),
        (f"{BODY} [한국일보 홍길동 기자]", ("홍길동",), "한국일보"),
        (f"{BODY}\n홍길동(hong@example.com)", ("홍길동",), None),
        (f"{BODY}\n[홍길동 기자 / hong@example.com]", ("홍길동",), None),
        (f"수출 지원 협약 체결\n홍길동 기자, 김철수 기자, 박영희 기자 2024.06.03 10:12\n{BODY}", ("홍길동", "김철수", "박영희"), None),
        (f"수출 지원 협약 체결\n머니뉴스 홍길동·김철수 기자\n{BODY}", ("홍길동", "김철수"), "머니뉴스"),
        # the copyright line names the publisher when no byline does; a byline's outlet comes first
        (f"{BODY}\n홍길동 기자\nⓒ 아시아경제 무단전재 배포금지", ("홍길동",), "아시아경제"),
        (f"{BODY}\n<저작권자 © 이데일리, 무단전재 및 재배포 금지>", (), "이데일리"),
        (f"{BODY}\nCopyright ⓒ 한국일보 All rights reserved", (), "한국일보"),
        (f"{BODY}\n지역일보(www.example.co.kr), 무단전재 및 수집, 재배포 금지", (), "지역일보"),
        (f"{BODY}\nⓒ 지역뉴스(news.example.kr), 무단 전재 및 재배포 금지", (), "지역뉴스"),
        (f"{BODY}\n<ⓒ경제를 보는 눈, 세계를 보는 창 아시아경제(www.example.co.kr) 무단전재 배포금지>", (), "아시아경제"),
        (f"[한국일보 홍길동 기자] {BODY}\n<저작권자 © 이데일리>", ("홍길동",), "한국일보"),
        # not bylines: a headline tag, a photo credit, a name that is not a person's
        (f"[단독] 중기부, 수출기업 지원\n{BODY}", (), None),
        (f"[연합뉴스 제공] {BODY}", (), None),
        (f"(사진=중소벤처기업부) {BODY}", (), None),
    ],
)
def test_bylines_in_their_common_forms(tmp_path, page, authors, publisher):
    (article,) = _clean(tmp_path, page)
    assert (article.byline.authors, article.byline.publisher) == (authors, publisher)
    assert article.byline.author == (authors[0] if authors else None)
    assert BODY in article.text
    for furniture in ("@example.com", "무단전재", "ⓒ", "©", "/홍길동", "제공]", "사진="):
        assert furniture not in article.text


def test_every_reporter_is_a_person_of_the_outlet(tmp_path):
    from kg.extract import extract_article

    (article,) = _clean(tmp_path, f"[한국일보 홍길동·김철수 기자] {BODY}")
    result = extract_article(article, load_lexicon())
    names = {key: entity.name for key, entity in result.entities.items()}
    affiliated = {(names[r.subject], names[r.object]) for r in result.relations if r.predicate == "affiliatedWith"}
    assert {("홍길동", "한국일보"), ("김철수", "한국일보")} <= affiliated


def test_one_line_article_with_glued_sentences_and_copyright_is_read(tmp_path):
    from kg.morph import split_sentences

    page = ("[아시아경제 홍길동 기자] 중소기업청장이 취임 후 첫 현장 방문에 나선다.중기청은 12일 청장이 경기 지역 수출기업을 "
            "찾아 애로를 듣는다고 밝혔다.청장은 이어 청년 창업가들과 간담회를 연다.ⓒ 아시아경제 무단전재 배포금지")
    (article,) = _clean(tmp_path, page)
    assert (article.byline.authors, article.byline.publisher) == (("홍길동",), "아시아경제")
    sentences = [s.text for s in split_sentences(article.text, load_lexicon())]
    assert sentences[1:] == ["중소기업청장이 취임 후 첫 현장 방문에 나선다.",
                             "중기청은 12일 청장이 경기 지역 수출기업을 찾아 애로를 듣는다고 밝혔다.",
                             "청장은 이어 청년 창업가들과 간담회를 연다."]


@pytest.mark.parametrize(
    "line, page_date",
    [
        ("입력 2024.06.03 10:12", "2024-06-03"),
        ("등록 2019-05-21 18:55", "2019-05-21"),
        ("기사입력 2019.05.21 09:00 | 수정 2019.05.21 10:00", "2019-05-21"),
        ("승인 2019.10.23 15:44", "2019-10-23"),
        ("경제입력 :2020/08/11 15:25 수정: 2020/08/11 15:26", "2020-08-11"),
        ("입력 2019년 5월 21일", "2019-05-21"),
        # a date widget or a bare date is not the page's publication date
        ("2024.06.11 (화)", None),
        ("2024-07-01 11:00", None),
    ],
)
def test_publication_date_lines(tmp_path, line, page_date):
    (article,) = _clean(tmp_path, f"수출 지원 협약 체결\n{line}\n{BODY}")
    assert article.page_date == page_date
    assert line not in article.text and article.text.startswith(BODY)


@pytest.mark.parametrize(
    "furniture",
    [
        "이 기사를 공유합니다",
        "글자크기",
        "댓글 0",
        "Photo Image",
        "AD 원본보기 아이콘",
        "로그인 후 이용해 주세요",
        "(끝)",
        "hong@example.com",
        "기사문의 및 제보 : 카톡/라인 news24",
        "입력",
        "![]()",
        "카카오톡 페이스북 트위터 URL복사",
        "기자의 다른기사 보기",
        "2024년 06월 03일 (월) 10:12",
    ],
)
def test_furniture_lines_are_dropped(tmp_path, furniture):
    (article,) = _clean(tmp_path, f"{BODY}\n{furniture}\n{BODY.replace('24일', '25일')}")
    assert furniture not in article.text
    assert article.text.count("업무협약") == 2


@pytest.mark.parametrize(
    "caption, kept",
    [
        ("홍길동 장관이 협약서에 서명하고 있다. /중소벤처기업부 제공", "홍길동 장관이 협약서에 서명하고 있다."),
        ("홍길동 장관이 협약서에 서명하고 있다. (사진=중소벤처기업부)", "홍길동 장관이 협약서에 서명하고 있다."),
        ("홍길동 장관이 협약서에 서명하고 있다. [사진=중소벤처기업부]", "홍길동 장관이 협약서에 서명하고 있다."),
        ("홍길동 장관이 협약서에 서명하고 있다. (사진 제공=중소벤처기업부)", "홍길동 장관이 협약서에 서명하고 있다."),
        ("홍길동 장관이 협약서에 서명하고 있다. 사진=중소벤처기업부", "홍길동 장관이 협약서에 서명하고 있다."),
        ("홍길동 장관이 협약서에 서명하고 있다. (중기부 제공. 재판매 및 DB금지) /뉴스1", "홍길동 장관이 협약서에 서명하고 있다."),
        ("| 홍길동 장관이 협약서에 서명하고 있다.(사진=한국일보 김철수 기자). |", "홍길동 장관이 협약서에 서명하고 있다."),
        ("홍길동 장관. 연합뉴스 AD 원본보기 아이콘", "홍길동 장관."),
    ],
)
def test_photo_credits_go_and_captions_stay(tmp_path, caption, kept):
    (article,) = _clean(tmp_path, f"{BODY}\n{caption}")
    assert article.text.splitlines()[-1] == kept


def test_related_articles_box_is_dropped_and_the_article_goes_on(tmp_path):
    page = f"{BODY}\n관련기사\n중기부, 새 수출 지원 사업 발표\n무역협회 회장 선출\n양 기관은 해외 전시회 공동 참가도 추진하기로 했다."
    (article,) = _clean(tmp_path, page)
    assert "관련기사" not in article.text and "회장 선출" not in article.text
    assert article.text.endswith("공동 참가도 추진하기로 했다.")


def test_a_line_printed_twice_is_kept_once(tmp_path):
    caption = "홍길동 장관이 협약서에 서명하고 있다."
    (article,) = _clean(tmp_path, f"{caption}\n{caption}\n{BODY}\n{caption}{caption}")
    assert article.text.count(caption) == 2


@pytest.mark.parametrize(
    "title",
    ["중기부, 9개 부처와 창업기업 지원 - 남도일보", "중기부, 9개 부처와 창업기업 지원 | 아시아경제",
     "중기부, 9개 부처와 창업기업 지원 < 경제 < 기사본문 - 남도일보"],
)
def test_title_loses_the_site_name(tmp_path, title):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{title}</title></head><body><h1>중기부, 9개 부처와 창업기업 지원</h1>"
                    f"<p>{BODY}</p></body></html>", encoding="utf-8")
    (article,) = clean_page(read_article_file(path), load_lexicon())
    assert article.title == "중기부, 9개 부처와 창업기업 지원"
    assert article.text == BODY


@pytest.mark.parametrize(
    "page, publisher",
    [
        (f"[서울=뉴시스]\n{BODY}", "뉴시스"),  # a wire dateline on its own line
        (f"[이투뉴스]\n{BODY}", None),  # an outlet in brackets, no prose after it: could be a headline tag
        (f"[장관 동정] 중기부 장관 주간 일정\n{BODY}", None),
    ],
)
def test_lead_bylines_that_need_prose_after_them(tmp_path, page, publisher):
    (article,) = _clean(tmp_path, page)
    assert article.byline.publisher == publisher and article.byline.authors == ()


def test_offsets_of_headings_and_bylines_point_into_the_text():
    for article in clean_page(read_article_file(SEED), load_lexicon()):
        for offset, name in article.sections:
            assert article.text[offset:].lstrip("■▶◆●□▣◇ ").startswith(name)
        span = article.byline.span
        assert article.text[span.start:span.end].endswith(f"{article.byline.author} 기자")


def test_a_whole_news_page():
    """A made-up page with the usual furniture: only the article, its byline and its dates remain."""
    (article,) = clean_page(read_article_file(REPO / "tests" / "fixtures" / "pages" / "news_page.html"), load_lexicon())
    assert article.title == "중기부, 지역 수출기업과 간담회 개최"
    assert (article.byline.authors, article.byline.publisher) == (("홍길동",), "가상일보")
    assert article.page_date == "2025-03-03"
    assert article.text.split("\n\n") == [
        "[가상일보 홍길동 기자]",
        "중소벤처기업부는 3일 대전 유성구에서 지역 수출기업 20곳과 간담회를 열었다고 밝혔다.",
        "간담회에는 김철수 차관과 한국무역협회 관계자들이 참석했다.",
        "중기부는 다음 달 부산에서 두 번째 간담회를 열 계획이다.",
        "김철수 중소벤처기업부 차관이 3일 대전에서 열린 간담회에서 인사말을 하고 있다.",
    ]


def test_page_date_from_the_page_meta_tags_when_no_line_states_it(tmp_path):
    path = tmp_path / "page.html"
    path.write_text('<html><head><meta property="article:published_time" content="2025-03-03T09:00:00+09:00"></head>'
                    f"<body><p>{BODY}</p></body></html>", encoding="utf-8")
    (article,) = clean_page(read_article_file(path), load_lexicon())
    assert article.page_date == "2025-03-03"
