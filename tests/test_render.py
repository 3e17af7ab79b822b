"""Rendering localised releases: escaping, draft banners, locale-aware dates."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import polib
import pytest

from pressloc.publish.build import Localised, assemble
from pressloc.publish.render import escape_markdown, to_html, to_markdown, to_text
from pressloc.source.read import parse_release

HOSTILE = (
    '<script>alert(1)</script> <img src=x onerror="alert(2)"> '
    "[click](javascript:alert(3)) {{ secret }} & *bold*"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Форум открыт.", "Форум открыт."),
        ("KIAT (Korea) 18.5%", "KIAT (Korea) 18.5%"),
        ("2024. A year", "2024\\. A year"),
        ("1) first", "1\\) first"),
        ("- bullet", "\\- bullet"),
        ("# heading", "\\# heading"),
        ("[a](http://x)", "\\[a\\](http://x)"),
        ("<b>x</b>", "\\<b\\>x\\</b\\>"),
        ("*a* _b_ `c`", "\\*a\\* \\_b\\_ \\`c\\`"),
        ("{{ x }}", "\\{\\{ x \\}\\}"),
        ("a & b", "a \\& b"),
        ("Forum #", "Forum \\#"),  # would close the heading: the # is lost
        ("Forum ## ", "Forum \\## "),
        ("C# and F#", "C# and F#"),
    ],
)
def test_escape_markdown(text, expected):
    assert escape_markdown(text) == expected


def edition(**changes) -> Localised:
    fields = dict(
        name="forum",
        language="en",
        title=HOSTILE,
        dateline="Bishkek, November 24, 2026",
        paragraphs=[HOSTILE, "Second paragraph."],
        segments=3,
    )
    fields.update(changes)
    return Localised(**fields)


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(name for name, _ in attrs)

    def handle_data(self, data):
        self.text.append(data)


def test_html_keeps_hostile_translations_inert():
    page = Collector()
    page.feed(to_html(edition()))
    assert "script" not in page.tags and "img" not in page.tags and "a" not in page.tags
    assert "onerror" not in page.attributes
    assert page.text.count(HOSTILE) == 3  # title element, h1 and the paragraph, as plain text


def test_html_is_a_standalone_korean_page():
    html = to_html(edition(language="ko", title="포럼", paragraphs=["포럼이 열렸다."]))
    assert html.startswith('<!DOCTYPE html>\n<html lang="ko">')
    assert '<meta charset="utf-8">' in html and "Noto Sans KR" in html and "keep-all" in html


def test_draft_banner_on_every_format():
    draft = edition(unapproved=["seeds/f.ru.txt:1: en: not translated: x"])
    for render in (to_markdown, to_text, to_html):
        assert "DRAFT: NOT FOR PUBLICATION. 1 of 3 segments is not approved." in render(draft)
    many = edition(segments=1234, unapproved=["x"] * 1001)
    assert "DRAFT: NOT FOR PUBLICATION. 1,001 of 1,234 segments are not approved." in to_text(many)
    korean = edition(language="ko", unapproved=["x", "y"])
    assert "초안: 게시 금지. 전체 3개 문장 중 2개가 승인되지 않았습니다." in to_text(korean)


@pytest.mark.parametrize(
    "language, dateline",
    [
        ("en", "Bishkek, November 24, 2026"),
        ("ko", "Bishkek, 2026년 11월 24일"),
        ("de", "Bishkek, 24. November 2026"),
    ],
)
def test_dates_are_formatted_for_the_locale(language, dateline):
    release = parse_release(
        "---\ndate: 2026-11-24\nplace: Бишкек\n---\nФорум открыт.\n", "f", "f.ru.txt"
    )
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Бишкек", msgctxt="place", msgstr="Bishkek"))
    po.append(polib.POEntry(msgid="Форум открыт.", msgstr="Opened."))
    result = assemble(release, po, language)
    assert result.dateline == dateline and result.paragraphs == ["Opened."] and not result.draft
    assert release.date == dt.date(2026, 11, 24)


def test_assemble_lists_each_unapproved_segment_with_its_reason():
    release = parse_release("Один. Два. Три.\nЧетыре.", "f", "seeds/f.ru.txt", "seeds/f.ru.txt")
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Один.", msgstr="One."))
    po.append(
        polib.POEntry(msgid="Два.", msgstr="Two?", flags=["fuzzy"], comment="mt-engine: pseudo")
    )
    po.append(polib.POEntry(msgid="Три.", msgstr=""))
    result = assemble(release, po, "en")
    assert result.unapproved == [
        "seeds/f.ru.txt:1: en: machine draft, not approved: Два.",
        "seeds/f.ru.txt:1: en: not translated: Три.",
        "seeds/f.ru.txt:2: en: not in the catalogue (run 'pressloc translate'): Четыре.",
    ]
    assert result.paragraphs == ["One. Two? Три.", "Четыре."]
