"""pressloc's notes survive the wrapping of long comment lines by PO writers."""

from __future__ import annotations

import polib
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressloc.catalog import notes

LONG = (
    "The 2nd Kyrgyz-Korean Business Forum on the textile and light industries was held in "
    "Bishkek, organised by the Ministry of Economy and Commerce."
)


def round_trip(entry: polib.POEntry) -> polib.POEntry:
    po = polib.POFile(wrapwidth=78)
    po.append(entry)
    return polib.pofile(str(po))[0]


def test_long_notes_come_back_whole_after_wrapping():
    entry = polib.POEntry(msgid="Форум.", msgstr="Forum.", comment="Title of the release")
    notes.set_machine_notes(entry, {"engine": "argos", "pivot-en": LONG, "score": "-0.100"})
    again = round_trip(entry)
    assert len(again.comment.split("\n")) > 4  # the writer wrapped the long note
    assert notes.machine_notes(again) == {"engine": "argos", "pivot-en": LONG, "score": "-0.100"}
    assert notes.template_comment(again) == "Title of the release"
    notes.set_machine_notes(again, {"engine": "pseudo"})
    assert again.comment == "Title of the release\nmt-engine: pseudo"


def test_lines_that_only_look_like_notes_are_not_ours():
    entry = polib.POEntry(msgid="x", comment="mt-engine:argos without space\nmtengine: x")
    assert notes.machine_notes(entry) == {} and notes.template_comment(entry) == entry.comment


def test_a_comment_another_tool_wrote_after_a_note_stays_its_own():
    entry = polib.POEntry(
        msgid="x",
        comment=(
            "mt-engine: deepl\nHeadline: keep it short\nqa: numbers: 5 ≠ 6\nTRANSLATORS: headline"
        ),
    )
    again = round_trip(entry)
    assert notes.template_comment(again) == "Headline: keep it short\nTRANSLATORS: headline"
    assert notes.machine_notes(again) == {"engine": "deepl"} and notes.qa_notes(again) == [
        "numbers: 5 ≠ 6"
    ]
    notes.set_qa_notes(again, [])
    assert again.comment == "Headline: keep it short\nTRANSLATORS: headline\nmt-engine: deepl"


_WORDS = st.text(alphabet="абвгдxyz-«»≠0123456789", min_size=1, max_size=24)


@given(
    st.lists(st.lists(_WORDS, min_size=1, max_size=30).map(" ".join), min_size=1, max_size=4),
    st.lists(
        st.text(alphabet="Headline keep short", min_size=1, max_size=20)
        .map(str.strip)
        .filter(bool),
        max_size=2,
    ),
)
def test_notes_come_back_whole_however_the_writer_wrapped_them(problems, theirs):
    """Property: the notes read back from a written file are the notes set, word for word
    (wrapped at spaces or after hyphens), and the template's comment is the template's."""
    problems = [" ".join(problem.split()) for problem in problems]
    entry = polib.POEntry(msgid="x", msgstr="y", comment="\n".join(theirs))
    notes.set_qa_notes(entry, problems)
    again = round_trip(entry)
    assert notes.qa_notes(again) == problems
    assert notes.template_comment(again) == "\n".join(theirs)


@pytest.mark.parametrize(
    "note",
    [
        # a hyphen left hanging, then a space
        "omission: not rendered? «легко- или среднетоннажных машин»",
        "names: no rendering of Кыргызско-Корейского делового форума в Бишкеке сегодня утром",
    ],
)
def test_a_hyphen_at_the_end_of_a_wrapped_line_comes_back_as_it_was(note):
    for width in range(20, 60):  # the break falls after the hyphen for one of these
        problem = "x" * width + " " + note
        entry = polib.POEntry(msgid="x", msgstr="y")
        notes.set_qa_notes(entry, [problem])
        assert notes.qa_notes(round_trip(entry)) == [problem]
