"""The extractor on short Korean sentences: each rule by example."""

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

LEXICON = load_lexicon()


def extract(text: str):
    article = Article(source=Path("example.txt"), index=0, title=None, text=text)
    return extract_article(article, LEXICON)


def names(result, cls=None):
    return {e.name for e in result.entities.values() if cls is None or e.cls == cls}


def facts(result):
    label = {k: e.name for k, e in result.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in result.relations}


@pytest.mark.parametrize(
    "text, person, title, org",
    [
        ("중기부 한가람 차관은 소감을 밝혔다.", "한가람", "차관", "중소벤처기업부"),
        ("중소벤처기업부(장관 나누리)는 성과를 발표했다.", "나누리", "장관", "중소벤처기업부"),
        ("도하늘 중기부 장관은 소감을 밝혔다.", "도하늘", "장관", "중소벤처기업부"),
        ("한국무역협회(회장 서다온)는 협약을 맺었다.", "서다온", "회장", "한국무역협회"),
    ],
)
def test_people_with_titles_and_organizations(text, person, title, org):
    result = extract(text)
    people = [e for e in result.entities.values() if e.cls == "Person"]
    assert [(p.name, p.title) for p in people] == [(person, title)]
    assert (person, "affiliatedWith", org) in facts(result)


def test_abbreviation_and_full_name_are_one_node():
    result = extract("중소벤처기업부는 행사를 열었다. 중기부는 협약을 맺었다.")
    ministry = [e for e in result.entities.values() if e.name == "중소벤처기업부"]
    assert len(ministry) == 1 and "중기부" in ministry[0].aliases


def test_signed_agreement_links_both_parties():
    result = extract("산업부와 특허청은 1일 정부대전청사에서 업무협약을 체결했다고 밝혔다.")
    assert ("특허청", "signedMOUWith", "산업통상자원부") in facts(result) or ("산업통상자원부", "signedMOUWith", "특허청") in facts(result)
    signing = next(e for e in result.entities.values() if e.cls == "AgreementSigning")
    assert signing.status == "completed" and signing.date.lexical == "---01"


def test_planned_agreement_is_never_a_signed_one():
    result = extract("중기부는 내년 아세안과 MOU 체결을 추진할 계획이다.")
    assert not any(p == "signedMOUWith" for _, p, _ in facts(result))


def test_investment_under_discussion_is_in_progress_with_its_sum():
    result = extract("수출 상담회에는 벤처기업 12개사가 참여하였다. 이를 계기로 320억원 규모의 투자유치 논의가 진행되고 있다.")
    investment = next(e for e in result.entities.values() if e.cls == "Investment")
    assert investment.status == "in-progress"
    assert int(investment.amount.value) == 32000000000
    assert not any(p == "invested" for _, p, _ in facts(result))


def test_counted_group_with_named_members():
    result = extract("설명회에는 글로벌 10대 VC인 블루하버 캐피탈(Blue Harbor Capital), 그린밸리 벤처스(Green Valley Ventures)를 비롯한 25개 VC가 참석했다.")
    group = next(e for e in result.entities.values() if e.cls == "Group")
    assert (group.name, group.count) == ("25개 VC", 25)
    assert {("블루하버 캐피탈", "memberOf", "25개 VC"), ("그린밸리 벤처스", "memberOf", "25개 VC")} <= facts(result)
    harbor = next(e for e in result.entities.values() if e.name == "블루하버 캐피탈")
    assert harbor.cls == "Investor" and "Blue Harbor Capital" in harbor.labels_en


def test_attendance_reaches_the_event_in_locative():
    result = extract("5월 12일 시애틀에서 개최된 ‘한미 바이오 협력 포럼’에는 메이오 클리닉 제임스 워커 원장이 참석했다.")
    assert ("제임스 워커", "attended", "한미 바이오 협력 포럼") in facts(result)
    assert ("한미 바이오 협력 포럼", "heldIn", "시애틀") in facts(result)
    event = next(e for e in result.entities.values() if e.cls == "Meeting")
    assert event.date.lexical == "--05-12"


def test_quoted_program_with_a_plan_is_planned():
    result = extract("중소벤처기업부는 ‘K-로봇 랩허브’를 충북 오송에 2027년까지 완성할 계획이다.")
    program = next(e for e in result.entities.values() if e.cls == "Program")
    assert (program.name, program.status, program.date.lexical) == ("K-로봇 랩허브", "planned", "2027")
    assert {("중소벤처기업부", "plans", "K-로봇 랩허브"), ("K-로봇 랩허브", "locatedIn", "오송")} <= facts(result)


def test_two_articles_reporting_one_event_share_its_node(tmp_path):
    from kg.pipeline import BuildOptions, extract_files
    from kg.types import BuildSummary

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("산업통상자원부는 24일 부산 벡스코에서 ‘범부처 중소기업(SME) 수출지원 출범식’을 열었다.\n", encoding="utf-8")
    second.write_text("산업통상자원부는 지난 6월 24일 부산 벡스코에서 ‘범부처 SME 수출지원 출범식’을 열었다.\n", encoding="utf-8")
    results = extract_files(BuildOptions(inputs=[first, second]), BuildSummary())
    keys = [{k for k, e in r.entities.items() if e.cls == "Event"} for r in results]
    assert keys[0] == keys[1] and len(keys[0]) == 1
    events = [next(e for e in r.entities.values() if e.cls == "Event") for r in results]
    assert {e.date.lexical for e in events} == {"--06-24"}


def test_separate_signings_on_different_days_stay_apart():
    result = extract("코트라는 28일 하노이에서 기업은행과 업무협약을 맺었다. 앞서 코트라는 지난 26일에도 베트남 투자청과 업무협약을 체결한 바 있다.")
    signings = [e for e in result.entities.values() if e.cls == "AgreementSigning"]
    assert sorted(e.date.lexical for e in signings) == ["---26", "---28"]
    found = facts(result)
    assert ("IBK기업은행", "signedMOUWith", "베트남 투자청") not in found and ("베트남 투자청", "signedMOUWith", "IBK기업은행") not in found


def test_venue_and_member_list():
    """The venue keeps its own name as an alias, whether or not its brand reads as a place within the city."""
    result = extract("이번 행사는 산업부, 환경부, 국토부 등 7개 부처가 마련했다. 산업부는 24일 서울 노보텔 호텔에서 출범식을 열었다.")
    assert {("환경부", "memberOf", "7개 부처"), ("국토교통부", "memberOf", "7개 부처")} <= facts(result)
    hotel = next(e for e in result.entities.values() if e.cls == "Place" and e.name.endswith("호텔"))
    assert hotel.name == "서울 노보텔 호텔" and "노보텔 호텔" in hotel.aliases


def test_photo_credit_and_quoted_speech_yield_nothing(tmp_path):
    from kg.clean import clean_page
    from kg.read import read_article_file

    path = tmp_path / "a.txt"
    path.write_text("환경부와 산업부는 1일 업무협약을 체결했다. /뉴스1\n한가람 장관은 \"국내 수출 기업 30개사 중 여섯 곳이 베트남에 공장을 둘 정도로 베트남은 기회의 땅\"이라고 밝혔다.\n", encoding="utf-8")
    (article,) = clean_page(read_article_file(path), LEXICON)
    assert "뉴스1" not in article.text
    result = extract_article(article, LEXICON)
    assert not [e for e in result.entities.values() if e.cls == "Group"]


def test_an_unseen_press_release():
    result = extract(
        "산업통상자원부(장관 안덕근)는 15일 서울 코엑스에서 ‘한-베트남 공급망 협력 포럼’을 개최하고, "
        "베트남 산업무역부와 핵심광물 공급망 협력에 관한 양해각서를 체결했다고 밝혔다. "
        "이날 행사에는 삼성전자, LG전자 등 국내 기업 30개사가 참석했다. "
        "산업부는 내년 상반기 중 ‘공급망 안정화 기금’을 1조원 규모로 조성할 계획이다."
    )
    found = facts(result)
    assert ("산업통상자원부", "signedMOUWith", "베트남 산업무역부") in found
    assert ("산업통상자원부", "organized", "한-베트남 공급망 협력 포럼") in found
    assert ("한-베트남 공급망 협력 포럼", "heldIn", "코엑스") in found
    assert ("삼성전자", "attended", "한-베트남 공급망 협력 포럼") in found
    assert ("산업통상자원부", "plans", "공급망 안정화 기금") in found
    assert not any(p == "cooperatedWith" for _, p, _ in found)
    fund = next(e for e in result.entities.values() if e.cls == "Program")
    assert (fund.status, int(fund.amount.value)) == ("planned", 1000000000000)


def test_unknown_names_get_their_kind_from_context():
    result = extract(
        "이어 글로벌 기업 3개사(노바텍, 하이퍼큐브, 스카이렌즈)와 함께 중소기업 9개사가 수출 방안을 논의하는 자리가 마련됐다. "
        "행사에는 바이오제약사인 그린파마 부회장과 글로벌 10대 VC인 블루오션 벤처스(Blue Ocean Ventures)가 참석했다."
    )
    kinds = {e.name: e.cls for e in result.entities.values()}
    assert kinds["노바텍"] == kinds["하이퍼큐브"] == kinds["스카이렌즈"] == "Company"
    assert kinds["그린파마"] == "Company"
    assert kinds["블루오션 벤처스"] == "Investor"
    assert ("노바텍", "memberOf", "글로벌 기업 3개사") in facts(result)


def test_korean_name_before_a_known_english_one_is_an_alias():
    result = extract("행사에는 메이요 클리닉(Mayo Clinic) 제임스 워커 원장이 참석했다.")
    hospital = next(e for e in result.entities.values() if e.cls == "Hospital")
    assert "메이요 클리닉" in hospital.aliases
    assert ("제임스 워커", "affiliatedWith", hospital.name) in facts(result)


@pytest.mark.parametrize(
    "text, investor, investee",
    [
        ("벤처캐피탈 누리벤처스는 인공지능 스타트업 가나테크놀로지스에 100억원을 투자했다고 5일 밝혔다.", "누리벤처스", "가나테크놀로지스"),
        ("바이오 기업 다라바이오는 한빛인베스트먼트로부터 200억원 규모의 투자를 유치했다.", "한빛인베스트먼트", "다라바이오"),
    ],
)
def test_completed_investment_is_a_direct_edge(text, investor, investee):
    result = extract(text)
    assert (investor, "invested", investee) in facts(result)
    investment = next(e for e in result.entities.values() if e.cls == "Investment")
    assert investment.status == "completed"


def test_investment_talks_are_not_an_investment_made():
    result = extract("누리벤처스는 가나테크놀로지스에 100억원 규모의 투자를 논의 중이다.")
    assert not any(p == "invested" for _, p, _ in facts(result))
    assert next(e for e in result.entities.values() if e.cls == "Investment").status == "in-progress"


def test_forum_abroad_with_approximate_count_and_a_postponed_visit():
    result = extract(
        "산업통상자원부는 22일 리야드에서 ‘한-사우디 투자포럼’을 개최했다. "
        "이날 포럼에는 삼성물산, 현대건설 등 국내 기업 100여 곳과 사우디 투자부 관계자들이 참석했다. "
        "한편 이번 행사에 참석할 예정이었던 중국 상무부 대표단의 방문은 연기됐다."
    )
    found = facts(result)
    assert ("한-사우디 투자포럼", "heldIn", "리야드") in found
    assert {("삼성물산", "memberOf", "국내 기업 100여 곳"), ("사우디 투자부", "attended", "한-사우디 투자포럼")} <= found
    assert not any(s == "중국 상무부" and p == "attended" for s, p, _ in found)
    group = next(e for e in result.entities.values() if e.name == "국내 기업 100여 곳")
    assert group.count == 100


@pytest.mark.parametrize(
    "text, person, title, org",
    [
        ("김철수 한빛전자 대표이사는 소감을 밝혔다.", "김철수", "대표이사", "한빛전자"),
        ("국토교통부 박민수 도시정책실장은 설명했다.", "박민수", "도시정책실장", "국토교통부"),
        ("중기부 장관 이영호는 현장을 찾았다.", "이영호", "장관", "중소벤처기업부"),
        ("정민호 조달청장은 소감을 밝혔다.", "정민호", "청장", "조달청"),
        ("김성수 국민안전위원장이 회의를 열었다.", "김성수", "위원장", "국민안전위원회"),
        ("한상진 외교부장관은 인사말을 했다.", "한상진", "장관", "외교부"),
        ("오세진 한빛협회장은 축사를 했다.", "오세진", "회장", "한빛협회"),
    ],
)
def test_title_phrases_in_every_order(text, person, title, org):
    result = extract(text)
    people = [e for e in result.entities.values() if e.cls == "Person"]
    assert [(p.name, p.title) for p in people] == [(person, title)]
    assert (person, "affiliatedWith", org) in facts(result)


def test_former_post_gives_no_affiliation():
    result = extract("김철수 전 장관은 행사에 참석했다.")
    assert "김철수" in names(result, "Person")
    assert not any(p == "affiliatedWith" for _, p, _ in facts(result))


def test_names_joined_by_a_dot_share_a_title():
    result = extract("박민수 수석부원장과 김영희·이철수 부원장은 회의를 열었다.")
    assert {"박민수", "김영희", "이철수"} <= names(result, "Person")


def test_list_of_people_each_with_a_company():
    result = extract("간담회에는 김민준 한빛소프트 대표, 이서연 나래테크 부사장 등이 참석했다.")
    assert {("김민준", "affiliatedWith", "한빛소프트"), ("이서연", "affiliatedWith", "나래테크")} <= facts(result)


def test_foreign_name_with_its_latin_spelling():
    result = extract("장관은 존 스미스(John Smith) 케냐 보건부 차관과 만났다.")
    person = next(e for e in result.entities.values() if e.cls == "Person")
    assert person.name == "존 스미스" and "John Smith" in person.labels_en
    assert ("존 스미스", "affiliatedWith", "케냐 보건부") in facts(result)


@pytest.mark.parametrize("text, company", [("㈜한빛로보틱스는 협약을 맺었다.", "한빛로보틱스"), ("나래소재㈜와 협력한다.", "나래소재")])
def test_company_marked_by_its_legal_form(text, company):
    result = extract(text)
    assert company in names(result, "Company")


def test_surname_with_title_is_the_person_named_before():
    result = extract("김영수 조달청장은 협약을 맺었다. 김 청장은 소감을 밝혔다.")
    assert [e.name for e in result.entities.values() if e.cls == "Person"] == ["김영수"]


@pytest.mark.parametrize(
    "text, person, title",
    [("중소기업중앙회(회장 김철민. 이하 중기중앙회)는 협약을 맺었다.", "김철민", "회장"), ("차관회의(김영수 1차관 참석)가 열렸다.", "김영수", "1차관")],
)
def test_people_in_parentheses(text, person, title):
    result = extract(text)
    assert [(e.name, e.title) for e in result.entities.values() if e.cls == "Person"] == [(person, title)]


@pytest.mark.parametrize(
    "text, body",
    [
        ("차관은 교통통신부장관과 면담했다.", "교통통신부"),
        ("차관은 토지등록청장과 면담했다.", "토지등록청"),
        ("장관은 케냐 보건부장관과 만났다.", "케냐 보건부"),
        ("차관은 페루 법무부 차관과 면담했다.", "페루 법무부"),
    ],
)
def test_a_post_alone_or_a_country_names_a_foreign_body(text, body):
    result = extract(text)
    assert body in names(result, "GovernmentBody")


@pytest.mark.parametrize("text", ["내년 소관장관 간 회의를 연다.", "기업들이 수출시장을 넓혔다.", "전통시장을 찾았다."])
def test_a_title_word_that_names_no_body(text):
    result = extract(text)
    assert not names(result, "GovernmentBody")


@pytest.mark.parametrize(
    "text, group, count",
    [
        ("간담회에는 물류 업계 종사자 300여명이 참석했다.", "물류 업계 종사자 300여명", 300),
        ("상담회에는 해외 72명의 바이어가 참가했다.", "72명의 바이어", 72),
        ("설명회에는 6개 혁신 중소기업이 참여한다.", "6개 혁신 중소기업", 6),
        ("행사에는 장관, 차관 등 400여 명이 참석했다.", "400여 명", 400),
        ("청년 60명으로 구성된 홍보 서포터즈가 출범했다.", "홍보 서포터즈", 60),
    ],
)
def test_counted_groups(text, group, count):
    result = extract(text)
    groups = [e for e in result.entities.values() if e.cls == "Group"]
    assert [(g.name, g.count) for g in groups] == [(group, count)]


def test_countries_listed_before_a_group_of_bodies_are_those_bodies():
    result = extract("특허청은 독일, 프랑스 등 2개 특허청과 협약을 체결했다.")
    assert {"독일 특허청", "프랑스 특허청"} <= names(result, "GovernmentBody")


def test_a_collective_takes_the_words_naming_it():
    result = extract("환경부는 해외환경 협력지원단을 구성했다.")
    assert "해외환경 협력지원단" in names(result, "Group")


@pytest.mark.parametrize("text", ["양국은 양해각서(MOU)를 체결했다.", "초기 단계 인공지능(AI) 기업을 지원한다."])
def test_a_common_noun_with_its_abbreviation_is_no_organization(text):
    result = extract(text)
    assert not any(e.cls in {"Organization", "Company"} for e in result.entities.values())


@pytest.mark.parametrize(
    "text, place",
    [
        ("장관은 보스턴 나래텍 본사에서 경영진과 회담을 가졌다.", "보스턴 나래텍 본사"),
        ("두 기관은 조달청 대회의실에서 협약을 체결했다.", "조달청 대회의실"),
        ("협약식은 서울 여의도 전국경제인연합회에서 열렸다.", "서울 여의도 전국경제인연합회"),
        ("환경부는 서울 중구 한국프레스센터에서 발표회를 열었다.", "한국프레스센터"),
    ],
)
def test_venues_with_the_names_locating_them(text, place):
    result = extract(text)
    assert place in {label for e in result.entities.values() if e.cls == "Place" for label in (e.name, *e.aliases)}


def test_names_listed_each_after_its_field():
    result = extract("협약에 참여하는 3개 기업은 보험(한빛생명), 항공(나래항공), 식품(다온푸드)이다.")
    assert {"한빛생명", "나래항공", "다온푸드"} <= names(result, "Company")


def test_unknown_names_listed_before_a_group_of_companies():
    result = extract("LG와 한화 등 주요 8개 대기업 협력사가 참가하는 설명회가 열린다.")
    assert {"LG", "한화"} <= names(result, "Company")


@pytest.mark.parametrize("text, org", [("KD인베스트먼트가 운용을 맡는다.", "KD인베스트먼트"), ("GS나래금융지주와 협약을 맺었다.", "GS나래금융지주")])
def test_names_with_a_latin_start_and_an_organization_ending(text, org):
    assert org in {e.name for e in extract(text).entities.values()}


def test_surname_named_in_full_later_is_one_person():
    result = extract("김 지사는 협약을 맺었다. 김동수 지사는 소감을 밝혔다.")
    people = [e for e in result.entities.values() if e.cls == "Person"]
    assert [p.name for p in people] == ["김동수"] and "김" in people[0].aliases


def found_mentions(text: str):
    from kg.extract.mentions import MentionFinder
    from kg.morph import split_sentences

    finder = MentionFinder(LEXICON)
    return [m for sentence in split_sentences(text, LEXICON) for m in finder.find(sentence)]


def test_an_unknown_name_after_a_known_place_is_a_place_within_it():
    city = next(m for m in found_mentions("장관은 러시아 블라고베센스크에서 열린 문화행사에 참석했다.") if m.name == "블라고베센스크")
    assert city.cls == "Place" and "러시아 블라고베센스크" in city.aliases


@pytest.mark.parametrize(
    "text, group",
    [("도내 11개 시·군이 행사를 취소했다.", "11개 시·군"), ("정유 4사 관계자들이 참석했다.", "정유 4사"), ("위원은 현지에서 활동하는 전문가 12명이다.", "전문가 12명")],
)
def test_more_counted_groups(text, group):
    assert group in {m.name for m in found_mentions(text) if m.cls == "Group"}


def test_a_second_post_gives_the_organization():
    result = extract("김영수 사회부총리 겸 교육부 장관은 인사말을 했다.")
    assert ("김영수", "affiliatedWith", "교육부") in facts(result)


@pytest.mark.parametrize("last", ["그린밸리(Green Valley)를", "스톤힐(Stone Hill)을"])
def test_members_named_before_including_whatever_their_last_particle(last):
    result = extract(f"설명회에는 블루하버(Blue Harbor), {last} 비롯한 25개 VC가 참석했다.")
    assert {"블루하버", last.split("(")[0]} == {s for s, p, o in facts(result) if p == "memberOf" and o == "25개 VC"}
