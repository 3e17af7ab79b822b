"""Reading source releases: names, decoding, front matter, paragraphs."""

from __future__ import annotations

import codecs

import pytest

from pressloc.errors import SourceError
from pressloc.source.read import decode, parse_release, read_release, release_name


@pytest.mark.parametrize(
    "path, name",
    [
        ("seeds/forum.ru.txt", "forum"),
        ("forum.txt", "forum"),
        ("a/b.c.ru.txt", "b.c"),
        ("notes", "notes"),
        (".txt", ".txt"),
    ],
)
def test_release_name(path, name):
    assert release_name(path) == name


@pytest.mark.parametrize(
    "data, text",
    [
        ("Форум.".encode(), "Форум."),
        (codecs.BOM_UTF8 + "Форум.".encode(), "Форум."),
        (codecs.BOM_UTF16_LE + "Форум.".encode("utf-16-le"), "Форум."),
        (codecs.BOM_UTF16_BE + "Форум.".encode("utf-16-be"), "Форум."),
    ],
)
def test_decode_accepts(data, text):
    assert decode(data, "f.txt") == text


@pytest.mark.parametrize(
    "data, message",
    [
        (
            "Строка.\nФорум.".encode("cp1251"),
            "f.txt:1: not valid UTF-8 (byte 0xd1); "
            "run again with --encoding cp1251, or save the file as UTF-8",
        ),
        (b"ok\n\x89PNG\x00\x00", "f.txt:2: contains NUL bytes; this is not a text file"),
    ],
)
def test_decode_refuses(data, message):
    with pytest.raises(SourceError) as error:
        decode(data, "f.txt")
    assert str(error.value) == message


def test_paragraphs_are_lines_with_their_numbers():
    release = parse_release("Первый. Второй.\r\n\r\nТретий\rЧетвёртый.\n", "f", "f.txt")
    assert [(p.line, [s.text for s in p.segments]) for p in release.paragraphs] == [
        (1, ["Первый.", "Второй."]),
        (3, ["Третий"]),
        (4, ["Четвёртый."]),
    ]


def test_front_matter():
    release = parse_release(
        "---\ntitle: Форум\ndate: 2026-11-24\nplace: Бишкек\n---\n\nТекст.", "f", "f.txt"
    )
    assert (release.title, release.title_line, release.place, release.place_line) == (
        "Форум",
        2,
        "Бишкек",
        4,
    )
    assert str(release.date) == "2026-11-24"
    assert release.paragraphs[0].line == 7


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "f.txt: no text to translate (the file is empty or blank)"),
        ("  \n\t\n", "f.txt: no text to translate (the file is empty or blank)"),
        ("---\ntitle: x\n", "f.txt:1: front matter opened with '---' is never closed"),
        (
            "---\ntitle: x\n\nТекст без закрывающей черты.",
            "f.txt:1: front matter opened with '---' is never closed",
        ),
        (
            "---\nautor: x\n---\nТекст.",
            "f.txt:2: front matter lines are 'key: value' with key one of title, date, place",
        ),
        (
            "---\ndate: 24.11.2026\n---\nТекст.",
            "f.txt:2: date '24.11.2026' is not an ISO date such as 2026-11-24",
        ),
    ],
)
def test_parse_release_refuses(text, message):
    with pytest.raises(SourceError) as error:
        parse_release(text, "f", "f.txt")
    assert str(error.value) == message


def test_read_release_refuses_missing_and_folders(tmp_path):
    with pytest.raises(SourceError, match=r"missing.ru.txt: no such file$"):
        read_release(tmp_path / "missing.ru.txt")
    with pytest.raises(
        SourceError, match=r": is a folder; give a release file such as seeds/NAME.ru.txt$"
    ):
        read_release(tmp_path)


def test_references_are_relative_to_the_project_root(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.ru.txt").write_text("Текст.", encoding="utf-8")
    assert (
        read_release(tmp_path / "seeds" / "a.ru.txt", tmp_path).reference_path == "seeds/a.ru.txt"
    )


def test_a_line_of_invisible_characters_only_is_blank():
    release = parse_release("Форум открыт.\n\u200b\n\ufeff \nВстреча прошла.\n", "x", "x.ru.txt")
    assert [p.text for p in release.paragraphs] == ["Форум открыт.", "Встреча прошла."]
