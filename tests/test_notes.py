"""pressloc's notes survive the wrapping of long comment lines by PO writers."""

from __future__ import annotations

import polib

from pressloc import notes

LONG = "The 2nd Kyrgyz-Korean Business Forum on the textile and light industries was held in Bishkek, organised by the Ministry of Economy and Commerce."


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
