"""A country's post abroad ('주가나 대사관') is a government body; a diplomat's title after it names the post he heads."""

import pytest

from .made_up import mentions


@pytest.mark.parametrize(
    "sentence, post, name",
    [
        ("장관은 주베트남 한국대사관에서 간담회를 열었다.", "주베트남 한국대사관", "주베트남 한국대사관"),
        ("주태국 대사관은 방콕에서 설명회를 열었다.", "주태국 대사관", "주태국 대사관"),
        ("장관은 주중 대사를 만나 협력을 논의했다.", "주중", "주중 대사관"),
        ("김철수 주칠레 대한민국 대사는 산티아고에서 장관과 만났다.", "주칠레 대한민국", "주칠레 대한민국 대사관"),
    ],
)
def test_a_post_abroad_is_a_government_body(sentence, post, name):
    found = mentions(sentence)
    assert found[post].cls == "GovernmentBody"
    assert found[post].name == name


@pytest.mark.parametrize(
    "sentence, person, post",
    [
        ("김철수 주칠레 대사는 5일 장관을 면담했다.", "김철수", "주칠레 대사관"),
        ("김철수 주칠레 대한민국 대사는 산티아고에서 장관과 만났다.", "김철수", "주칠레 대한민국 대사관"),
        ("존 스미스 주한 영국대사는 10일 장관을 예방했다.", "존 스미스", "주한 영국 대사관"),
    ],
)
def test_the_post_before_a_diplomats_title_is_his_not_his_name(sentence, person, post):
    found = mentions(sentence)
    assert found[person].cls == "Person"
    assert found[person].affiliation.name == post
    assert not any(m.cls == "Company" for m in found.values())


@pytest.mark.parametrize("sentence", ["주민 대표와 주주 총회를 열었다.", "주요 기업 대표들이 참석했다."])
def test_words_that_only_start_with_the_prefix_name_no_post(sentence):
    assert not any(m.cls == "GovernmentBody" for m in mentions(sentence).values())


def test_a_post_glued_to_its_diplomats_title_is_his_affiliation():
    found = mentions("이 자리에는 김철수 주시카고총영사가 참석했다.")
    assert found["김철수"].cls == "Person"
    assert found["김철수"].affiliation.name == "주시카고 총영사관"
