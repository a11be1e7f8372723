"""Who makes a trip no sentence gives a traveller for: the person who is the subject of one of its stops, not
the people he meets there."""

import pytest

from .made_up import assert_facts, facts


@pytest.mark.parametrize("text, present, absent", [
    (("이번 미국 출장 기간 가나도는 투자 3건을 유치했다. 김가람 지사는 보스턴 다라전자 본사에서 로버트 스미스 CEO 등 "
      "경영진과 회담을 가졌다."),
     [("김가람", "attended", "미국 출장"), ("경영진 회담", "partOf", "미국 출장")],
     [("로버트 스미스", "attended", "미국 출장")]),
    # the stop's subject after an opening adverb and date, his post after his name
    ("국토교통부는 중남미 3개국(페루·칠레)을 방문해 수주 지원에 나선다. 먼저 다음달 2일 김가람 차관은 페루를 방문해 "
     "교통부장관을 만날 예정이다.",
     [("김가람", "attended", "중남미 3개국 방문"), ("교통부", "attended", "페루 방문")],
     [("교통부", "attended", "중남미 3개국 방문")]),
])
def test_the_subject_of_a_stop_makes_the_trip(text, present, absent):
    assert_facts(text, present, absent)


@pytest.mark.parametrize("text, fact", [
    # a ministry sends the trip; its vice minister and the delegation go on it
    ("국토교통부는 수주지원단을 구성해 중남미 3개국(페루·칠레)을 방문한다.", ("국토교통부", "organized", "중남미 3개국 방문")),
    ("김가람 장관은 5일 독일을 방문했다.", ("김가람", "attended", "독일 방문")),
])
def test_a_body_sends_a_trip_a_person_makes_it(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize("text, fact", [
    ("국토교통부는 해외건설 수주지원단을 구성, 중남미 3개국(페루·칠레)을 방문해 수주 지원에 나선다.",
     ("해외건설 수주지원단", "attended", "중남미 3개국 방문")),
    ("가나시는 경제사절단을 꾸려 베트남을 방문했다.", ("경제사절단", "attended", "베트남 방문")),
])
def test_the_group_a_clause_forms_goes_on_its_trip(text, fact):
    assert fact in facts(text)
