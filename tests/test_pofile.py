"""Reading catalogues: the keys status reads from a template agree with polib's parse."""

from __future__ import annotations

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressloc.catalog.pofile import parse, template_keys

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def polib_keys(text: str) -> set:
    """The keys as pressloc's full parse (polib, read as a file is) gives them."""
    return {(e.msgctxt, e.msgid) for e in parse(text, "x.pot") if not e.obsolete}


@pytest.mark.parametrize(
    "body",
    [
        'msgid "Форум"\nmsgstr ""\n',
        'msgctxt "title"\nmsgid "Форум"\nmsgstr ""\n\nmsgid "Форум"\nmsgstr ""\n',
        'msgid ""\n"Долгое "\n"предложение"\nmsgstr ""\n',
        'msgid "кавычки \\" и \\\\ и \\n"\nmsgstr ""\n',
        '#. comment\n#: seeds/x.ru.txt:1\n#, fuzzy\n#| msgid "старое"\n'
        'msgid "новое"\nmsgstr "new"\n',
        '#~ msgid "obsolete"\n#~ msgstr "x"\n\nmsgid "live"\nmsgstr ""\n',
        'msgid "one"\nmsgid_plural "many"\nmsgstr[0] ""\nmsgstr[1] ""\n',
        'msgid "crlf"\r\nmsgstr ""\r\n',
    ],
)
def test_template_keys_agree_with_polib(body):
    text = HEADER + body
    assert template_keys(text) == polib_keys(text)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.none() | st.text(min_size=1, max_size=8), st.text(min_size=1, max_size=40)),
        max_size=6,
        unique=True,
    )
)
def test_template_keys_of_what_polib_writes(entries):
    po = polib.POFile(wrapwidth=20)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for context, msgid in entries:
        po.append(polib.POEntry(msgctxt=context, msgid=msgid, msgstr=""))
    text = str(po)
    assert template_keys(text) == polib_keys(text)
