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


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_file_with_byte_order_mark_is_decoded(tmp_path, encoding):
    text = "중소벤처기업부는 24일 업무협약을 체결했다.\n"
    data = text.encode(encoding)
    if encoding.endswith(("-le", "-be")):
        data = ("\ufeff" + text).encode(encoding)
    path = tmp_path / "wide.txt"
    path.write_bytes(data)
    raw = read_article_file(path)
    assert raw.text == text


@pytest.mark.parametrize(
    "invisible",
    [
        "\u200b",  # zero-width space
        "\u200c",  # zero-width non-joiner
        "\u200d",  # zero-width joiner
        "\u2060",  # word joiner
        "\ufeff",  # byte-order mark inside the text
        "\u200e",  # left-to-right mark
        "\u202e",  # right-to-left override
        "\u2066",  # left-to-right isolate
        "\u00ad",  # soft hyphen
    ],
)
def test_invisible_characters_are_removed(tmp_path, invisible):
    path = tmp_path / "a.txt"
    path.write_text(f"중소{invisible}벤처기업부는 업무{invisible}협약을 체결했다.", encoding="utf-8")
    assert read_article_file(path).text == "중소벤처기업부는 업무협약을 체결했다."


def test_invisible_characters_in_html_entities_are_removed(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>중기부는&#8203; 협약을&shy; 체결했다.&#x202C;</p></body></html>", encoding="utf-8")
    assert "중기부는 협약을 체결했다." in read_article_file(path).text


@pytest.mark.parametrize(
    "head, published",
    [
        ('<meta property="article:published_time" content="2024-06-03T10:12:00+09:00">', "2024-06-03"),
        ('<meta name="pubdate" content="20190521">', "2019-05-21"),
        ('<meta itemprop="datePublished" content="2020-08-11">', "2020-08-11"),
        ('<meta property="og:title" content="2024-06-03 중기부 소식">', None),
        ("", None),
    ],
)
def test_html_publication_date_from_meta_tags(tmp_path, head, published):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}</head><body><p>중기부는 협약을 체결했다.</p></body></html>", encoding="utf-8")
    assert read_article_file(path).published == published


def test_html_publication_date_from_a_time_element(tmp_path):
    path = tmp_path / "page.html"
    path.write_text('<html><body><time pubdate datetime="2025-03-03T09:00">3월 3일</time><p>중기부는 협약을 체결했다.</p>'
                    "</body></html>", encoding="utf-8")
    assert read_article_file(path).published == "2025-03-03"
