"""Render a localised release as Markdown, a standalone HTML page, or plain text.

Every function is pure. Translations are typed by people, so all text is escaped:
nothing in a catalogue can become markup in a release.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .build import Localised

DRAFT_BANNERS = {
    "en": "DRAFT: NOT FOR PUBLICATION. {open} of {total} segments are not approved.",
    "ko": "초안: 게시 금지. 전체 {total}개 문장 중 {open}개가 승인되지 않았습니다.",
}
FONT_STACKS = {
    "ko": '"Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "Nanum Gothic", '
    '"Noto Sans CJK KR", sans-serif',
}
DEFAULT_FONTS = '"Noto Sans", "Helvetica Neue", Arial, sans-serif'
_MD_INLINE = re.compile(r"([\\`*_{}\[\]<>|~&])")  # links, emphasis, code, HTML, tables, templates
_MD_LINE_START = re.compile(r"^(\s*)([-+=#])|^(\s*\d+)([.)])")  # lists, headings, rules


def banner(edition: Localised) -> str | None:
    if not edition.draft:
        return None
    text = DRAFT_BANNERS.get(edition.language.split("_")[0], DRAFT_BANNERS["en"])
    return text.format(open=len(edition.unapproved), total=edition.segments)


def escape_markdown(text: str) -> str:
    """Text that CommonMark shows literally: no links, emphasis, HTML or list markers."""
    escaped = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: "\\".join(part for part in m.groups() if part is not None), escaped)


def to_markdown(edition: Localised) -> str:
    blocks = []
    if note := banner(edition):
        blocks.append(f"> **{escape_markdown(note)}**")
    if edition.title:
        blocks.append(f"# {escape_markdown(edition.title)}")
    if edition.dateline:
        blocks.append(f"*{escape_markdown(edition.dateline)}*")
    blocks.extend(escape_markdown(paragraph) for paragraph in edition.paragraphs)
    return "\n\n".join(blocks) + "\n"


def to_text(edition: Localised) -> str:
    blocks = []
    if note := banner(edition):
        blocks.append(f"*** {note} ***")
    if edition.title:
        blocks.append(edition.title)
    if edition.dateline:
        blocks.append(edition.dateline)
    blocks.extend(edition.paragraphs)
    return "\n\n".join(blocks) + "\n"


def to_html(edition: Localised) -> str:
    e = html.escape
    language = edition.language.replace("_", "-")
    fonts = FONT_STACKS.get(language.split("-")[0], DEFAULT_FONTS)
    title = edition.title or edition.name
    body = []
    if note := banner(edition):
        body.append(f'<p class="draft" role="alert">{e(note)}</p>')
    if edition.title:
        body.append(f"<h1>{e(edition.title)}</h1>")
    if edition.dateline:
        body.append(f'<p class="dateline">{e(edition.dateline)}</p>')
    body.extend(f"<p>{e(paragraph)}</p>" for paragraph in edition.paragraphs)
    return _PAGE.format(
        lang=e(language), title=e(title), fonts=fonts, body="\n".join(body),
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
