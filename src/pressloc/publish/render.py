"""Render a localised release as Markdown, a standalone HTML page, or plain text.

Every function is pure. Translations are typed by people, so all text is escaped:
nothing in a catalogue can become markup in a release.
"""

from __future__ import annotations

import html
import re

from babel.numbers import format_decimal

from ..model import Localised
from ..text import printable

DRAFT_BANNERS = {  # (one segment open, several); Korean has no plural
    "en": (
        "DRAFT: NOT FOR PUBLICATION. {open} of {total} segments is not approved.",
        "DRAFT: NOT FOR PUBLICATION. {open} of {total} segments are not approved.",
    ),
    "ko": ("초안: 게시 금지. 전체 {total}개 문장 중 {open}개가 승인되지 않았습니다.",) * 2,
}
FONT_STACKS = {
    "ko": '"Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "Nanum Gothic", '
    '"Noto Sans CJK KR", sans-serif',
}
DEFAULT_FONTS = '"Noto Sans", "Helvetica Neue", Arial, sans-serif'
_MD_INLINE = re.compile(r"([\\`*_{}\[\]<>|~&])")  # links, emphasis, code, HTML, tables, templates
_MD_LINE_START = re.compile(r"^(\s*)([-+=#])|^(\s*\d+)([.)])")  # lists, headings, rules
_MD_CLOSING = re.compile(r"(?<=[ \t])#(?=#*[ \t]*$)")  # what would close a heading: ``Forum #``


def banner(edition: Localised) -> str | None:
    if not edition.draft:
        return None
    language = edition.language.split("_")[0]
    locale = language if language in DRAFT_BANNERS else "en"
    count = len(edition.unapproved)
    return DRAFT_BANNERS[locale][count != 1].format(
        open=format_decimal(count, locale=locale),
        total=format_decimal(edition.segments, locale=locale),
    )


def escape_markdown(text: str) -> str:
    """Text that CommonMark shows literally: no links, emphasis, HTML or list markers."""
    escaped = _MD_CLOSING.sub(r"\\#", _MD_INLINE.sub(r"\\\1", text))
    return _MD_LINE_START.sub(
        lambda m: "\\".join(part for part in m.groups() if part is not None), escaped
    )


def blocks(
    edition: Localised,
    formats: dict[str, str],
    escape=lambda text: text,
    heading: str | None = None,
) -> list[str]:
    """The edition's blocks in order (banner, title, dateline, paragraphs), each escaped and
    put into ``formats[kind]``, a pattern with ``{}`` for the text."""
    parts = [
        ("banner", banner(edition)),
        ("title", heading or edition.title),
        ("dateline", edition.dateline),
    ]
    parts += [("paragraph", paragraph) for paragraph in edition.paragraphs]
    return [formats[kind].format(escape(printable(text))) for kind, text in parts if text]


def to_markdown(edition: Localised) -> str:
    formats = {"banner": "> **{}**", "title": "# {}", "dateline": "*{}*", "paragraph": "{}"}
    return "\n\n".join(blocks(edition, formats, escape_markdown)) + "\n"


def to_text(edition: Localised) -> str:
    formats = {"banner": "*** {} ***", "title": "{}", "dateline": "{}", "paragraph": "{}"}
    return "\n\n".join(blocks(edition, formats)) + "\n"


def to_html(edition: Localised) -> str:
    language = edition.language.replace("_", "-")
    formats = {
        "banner": '<p class="draft" role="alert">{}</p>',
        "title": "<h1>{}</h1>",
        "dateline": '<p class="dateline">{}</p>',
        "paragraph": "<p>{}</p>",
    }
    return _PAGE.format(
        lang=html.escape(language),
        title=html.escape(printable(edition.headline or edition.name)),
        fonts=FONT_STACKS.get(language.split("-")[0], DEFAULT_FONTS),
        body="\n".join(blocks(edition, formats, html.escape, heading=edition.headline)),
        keep="keep-all" if language.startswith("ko") else "normal",
    )


_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: {fonts}; line-height: 1.7; max-width: 42rem; margin: 2rem auto;
       padding: 0 1rem; color: #1a1a1a; word-break: {keep}; overflow-wrap: anywhere; }}
h1 {{ font-size: 1.6rem; line-height: 1.3; }}
.dateline {{ color: #555; }}
.draft {{ border: 3px solid #b00020; color: #b00020; font-weight: bold; padding: .75rem; }}
</style>
</head>
<body>
<main>
{body}
</main>
</body>
</html>
"""

RENDERERS = {"md": to_markdown, "html": to_html, "txt": to_text}
