from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import read_article_file


def test_utf8_text_is_read_as_is(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("중소벤처기업부는 업무협약을 체결했다.", encoding="utf-8")
    assert read_article_file(path).text == "중소벤처기업부는 업무협약을 체결했다."


def test_cp949_page_is_decoded(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("외교부와 중기부는 1일 업무협약을 체결했다.".encode("cp949"))
    raw = read_article_file(path)
    assert raw.encoding in {"cp949", "euc_kr"}
    assert "업무협약" in raw.text


def test_html_page_becomes_visible_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<!doctype html><html><head><script>var x='숨김';</script><style>p{}</style></head>"
        "<body><nav>메뉴</nav><p>중기부는 4월 28일 보스턴에서 라운드 테이블을 개최했다.</p><div>둘째 문단</div></body></html>",
        encoding="utf-8",
    )
    raw = read_article_file(path)
    assert raw.was_html
    assert "라운드 테이블" in raw.text and "숨김" not in raw.text and "메뉴" not in raw.text


def test_broken_html_still_reads(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><p>중기부는 협약을 <b>체결했다.<div></p>", encoding="utf-8")
    assert "체결했다." in read_article_file(path).text


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
    ],
)
def test_unusable_files_are_refused(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_article_file(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="MiB limit"):
        read_article_file(path)


def test_missing_path_is_reported(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_article_file(Path(tmp_path / "nope.txt"))
