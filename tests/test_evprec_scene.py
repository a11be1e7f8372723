"""Those listed as the subject of a clause that sets the scene of a signing ('… 대표이사가 참여한 가운데 협약을
체결했다') are present at it, not the subject that signs (made-up sentences)."""

from .made_up import facts

TEXT = ("가나군은 24일 ㈜다라 등 4개사와 투자협약을 체결했다. 이날 협약식에는 홍길동 군수, ㈜다라 김철수 대표이사, "
        "마바산업㈜ 이영희 대표이사 ㈜사아 박민수 대표이사, ㈜자차 최민호 대표이사, 카타유리㈜ 정우성 대표이사가 참여한 "
        "가운데 투자금액 200억원에 이르는 투자협약을 체결했다.")


def test_firms_present_in_the_scene_do_not_sign_with_each_other():
    found = facts(TEXT)
    firms = {"다라", "마바산업", "사아", "자차", "카타유리"}
    assert not {(a, b) for a, p, b in found if p == "signedMOUWith" and a in firms and b in firms}
