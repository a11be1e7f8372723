"""Cost linear in the text: an over-long line is cut into sentence-sized pieces before extraction."""

from __future__ import annotations

import random
import time

import pytest

from kg.parallel import LONG_LINE, FileTask, break_long_lines, run_task

WORDS = "중소벤처기업부 장관 서울 회의 개최 스타트업 투자 협약 기업 지원 정책 발표 방문 논의 협력 확대 계획 예산 지역 대학".split()


def unpunctuated_line(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    words, length = [], 0
    while length < size:
        words.append(rng.choice(WORDS))
        length += len(words[-1]) + 1
    return " ".join(words)


@pytest.mark.parametrize("text", [
    "짧은 제목\n\n중소벤처기업부는 4월 2일 서울에서 간담회를 개최했다.\n",
    "가" * (LONG_LINE * 3),  # no space to cut at: left as it is
    "",
])
def test_ordinary_lines_are_untouched(text):
    assert break_long_lines(text) is text


def test_a_long_line_keeps_its_length_and_offsets():
    text = "제목\n" + unpunctuated_line(LONG_LINE * 20) + "\n끝"
    broken = break_long_lines(text)
    assert len(broken) == len(text)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, broken))
    assert max(len(line) for line in broken.split("\n")) <= LONG_LINE


def test_a_long_line_is_cut_at_a_sentence_end_when_it_has_one():
    sentence = "중소벤처기업부는 서울에서 간담회를 열었다. "
    text = sentence * (LONG_LINE // len(sentence) * 3)
    for piece in break_long_lines(text).split("\n")[:-1]:
        assert piece.endswith("열었다.")


def test_extraction_of_a_long_line_grows_linearly(tmp_path):
    """Ten times the text costs about ten times the time (it was quadratic: 163 KB took 43 s)."""
    times = {}
    for size in (20_000, 200_000):
        path = tmp_path / f"line{size}.txt"
        path.write_text("긴 줄\n\n" + unpunctuated_line(size) + "\n", encoding="utf-8")
        run_task(FileTask(0, str(path), path.read_bytes(), "", ()))  # Kiwi and the lexicon loaded
        start = time.process_time()
        outcome = run_task(FileTask(0, str(path), path.read_bytes(), "", ()))
        times[size] = time.process_time() - start
        assert outcome.error is None
        assert max(len(s.text) for s in outcome.results[0].sentences) <= LONG_LINE
        assert unpunctuated_line(size) in outcome.results[0].article.text, "the document keeps its own text"
    assert times[200_000] < 25 * times[20_000]
