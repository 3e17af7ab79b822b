"""Updating a catalogue from a new template, judged against GNU msgmerge."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressloc.catalog.merge import update
from pressloc.catalog.pofile import render

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'

SENTENCES = [
    "Форум прошёл в Бишкеке при поддержке министерства экономики.",
    "Делегация Кореи посетила текстильные предприятия республики.",
    "Стороны подписали меморандум о сотрудничестве на 2024–2028 годы.",
    "В мероприятии приняли участие более 150 представителей бизнеса.",
    "Следующее заседание комиссии пройдёт в Сеуле.",
    "Министр отметил рост товарооборота на 18,5 процента.",
    "Проект TASK поддерживает швейные предприятия.",
    "Участники обсудили подготовку кадров для лёгкой промышленности.",
]


def po_text(entries: list[tuple[str, str, bool, bool]]) -> str:
    """(msgid, msgstr, fuzzy, obsolete) rows → PO text."""
    blocks = []
    for msgid, msgstr, fuzzy, obsolete in entries:
        entry = polib.POEntry(
            msgid=msgid, msgstr=msgstr, flags=["fuzzy"] if fuzzy else [], obsolete=obsolete
        )
        blocks.append(str(entry))
    return HEADER + "\n".join(blocks)


def states(po: polib.POFile) -> dict[str, tuple]:
    """What we compare with msgmerge: per msgid, obsolete?, fuzzy?, msgstr."""
    return {e.msgid: (e.obsolete, "fuzzy" in e.flags, e.msgstr) for e in po}


def ours(old: str, pot: str) -> polib.POFile:
    return polib.pofile(render(update(polib.pofile(old), polib.pofile(pot))))


def msgmerge(old: str, pot: str, folder: Path) -> polib.POFile:
    (folder / "old.po").write_text(old, encoding="utf-8")
    (folder / "new.pot").write_text(pot, encoding="utf-8")
    subprocess.run(
        [
            "msgmerge",
            "--quiet",
            "--previous",
            "-o",
            str(folder / "out.po"),
            str(folder / "old.po"),
            str(folder / "new.pot"),
        ],
        check=True,
    )
    return polib.pofile(str(folder / "out.po"))


def pot_text(msgids: list[str]) -> str:
    return po_text([(m, "", False, False) for m in dict.fromkeys(msgids)])


CASES = {
    "unchanged approved": ([(SENTENCES[0], "Approved.", False, False)], [SENTENCES[0]]),
    "unchanged draft stays fuzzy": ([(SENTENCES[0], "Draft.", True, False)], [SENTENCES[0]]),
    "edited sentence becomes fuzzy": (
        [(SENTENCES[0], "Approved.", False, False)],
        [SENTENCES[0].replace("Бишкеке", "Оше")],
    ),
    "rewritten sentence is new, old obsolete": (
        [(SENTENCES[0], "Approved.", False, False)],
        [SENTENCES[4]],
    ),
    "removed untranslated is dropped": (
        [(SENTENCES[1], "", False, False), (SENTENCES[2], "Two.", False, False)],
        [SENTENCES[2]],
    ),
    "obsolete comes back": ([(SENTENCES[3], "Back.", False, True)], [SENTENCES[3]]),
    "obsolete stays obsolete": ([(SENTENCES[3], "Gone.", False, True)], [SENTENCES[5]]),
    "obsolete seeds a fuzzy match": (
        [(SENTENCES[6], "Old.", False, True)],
        [SENTENCES[6].replace("швейные", "текстильные")],
    ),
    "one old entry seeds two new ones": (
        [(SENTENCES[5], "Growth.", False, False)],
        [SENTENCES[5].replace("18,5", "19,5"), SENTENCES[5].replace("18,5", "17,5")],
    ),
    "a draft seeds a fuzzy match": (
        [(SENTENCES[7], "Draft.", True, False)],
        [SENTENCES[7][:-1] + " и технологий."],
    ),
}


def test_update_agrees_with_msgmerge_on_every_case(tmp_path):
    for name, (old_rows, new_ids) in CASES.items():
        old, pot = po_text(old_rows), pot_text(new_ids)
        assert states(ours(old, pot)) == states(msgmerge(old, pot, tmp_path)), name


def test_edited_sentence_records_previous_msgid():
    old = po_text([(SENTENCES[0], "Approved.", False, False)])
    edited = SENTENCES[0].replace("Бишкеке", "Оше")
    entry = ours(old, pot_text([edited])).find(edited)
    assert entry.previous_msgid == SENTENCES[0] and entry.fuzzy and entry.msgstr == "Approved."


def edit(sentence: str, kind: int) -> str:
    words = sentence.split()
    if kind == 0:
        return sentence
    if kind == 1:  # small edit: one word replaced
        return " ".join([*words[:-2], "новое", *words[-1:]])
    if kind == 2:  # shortened a little
        return " ".join(words[1:])
    return "Совершенно другое предложение номер " + str(len(words)) + "."  # rewritten


catalogue_rows = st.lists(
    st.tuples(
        st.sampled_from(SENTENCES), st.sampled_from(["", "Перевод."]), st.booleans(), st.booleans()
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda row: row[0],
)
new_sources = st.lists(
    st.tuples(st.sampled_from(SENTENCES), st.integers(0, 3)), min_size=1, max_size=8
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(old_rows=catalogue_rows, new_rows=new_sources)
def test_update_agrees_with_msgmerge_on_random_edits(tmp_path, old_rows, new_rows):
    old_rows = [
        (m, s, fuzzy and bool(s), obsolete and bool(s)) for m, s, fuzzy, obsolete in old_rows
    ]
    old, pot = po_text(old_rows), pot_text([edit(m, k) for m, k in new_rows])
    assert states(ours(old, pot)) == states(msgmerge(old, pot, tmp_path))


@settings(max_examples=100, deadline=None)
@given(old_rows=catalogue_rows, new_rows=new_sources)
def test_update_never_loses_or_changes_approved_work(old_rows, new_rows):
    old_rows = [
        (m, s, fuzzy and bool(s), obsolete and bool(s)) for m, s, fuzzy, obsolete in old_rows
    ]
    new_ids = [edit(m, k) for m, k in new_rows]
    merged = ours(po_text(old_rows), pot_text(new_ids))
    kept = {e.msgid: e for e in merged}
    for msgid, msgstr, fuzzy, _obsolete in old_rows:
        if not msgstr:
            continue
        if msgid in new_ids:  # still in the source: unchanged, same state
            assert kept[msgid].msgstr == msgstr and kept[msgid].fuzzy == fuzzy
        else:  # gone: kept as obsolete or handed on as a fuzzy suggestion
            assert (msgid in kept and kept[msgid].obsolete) or any(
                e.previous_msgid == msgid and e.msgstr == msgstr and e.fuzzy for e in merged
            )
    assert [e.msgid for e in merged if not e.obsolete] == list(dict.fromkeys(new_ids))


def lcs_by_table(a: bytes, b: bytes) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        row = [0]
        for j, y in enumerate(b):
            row.append(previous[j] + 1 if x == y else max(previous[j + 1], row[j]))
        previous = row
    return previous[-1]


@given(st.text(alphabet="абв ab.", max_size=25), st.text(alphabet="абв ab.", max_size=25))
def test_similarity_is_gettext_fstrcmp(a, b):
    from pressloc.catalog.merge import similarity

    left, right = a.encode(), b.encode()
    expected = 2 * lcs_by_table(left, right) / (len(left) + len(right)) if left or right else 1.0
    assert similarity(a, b) == expected


def test_plural_entries_of_another_tool_are_kept_as_msgmerge_keeps_them(tmp_path):
    plural = (
        'msgid "Один участник"\nmsgid_plural "%d участников"\nmsgstr[0] "One participant"\n'
        'msgstr[1] "%d participants"\n\n#~ msgid "Один файл"\n#~ msgid_plural "%d файлов"\n'
        '#~ msgstr[0] "One file"\n#~ msgstr[1] "%d files"\n'
    )
    old, pot = (
        po_text([(SENTENCES[0], "Approved.", False, False)]) + "\n" + plural,
        pot_text([SENTENCES[0]]),
    )
    merged, judge = ours(old, pot), msgmerge(old, pot, tmp_path)
    forms = {e.msgid: (e.obsolete, e.msgid_plural, e.msgstr_plural) for e in merged}
    assert forms == {e.msgid: (e.obsolete, e.msgid_plural, e.msgstr_plural) for e in judge}
    assert forms["Один участник"] == (
        True,
        "%d участников",
        {0: "One participant", 1: "%d participants"},
    )


def test_the_previous_text_of_an_approved_entry_is_history_as_msgmerge_keeps_it(tmp_path):
    """An entry approved by clearing its fuzzy flag (msgattrib --clear-fuzzy) keeps a #| of
    the text before; once approved, the next change is shown against the approved text."""
    version1, version2 = (
        SENTENCES[0],
        SENTENCES[0].replace("при поддержке", "при большой поддержке"),
    )
    version3 = version2.replace("большой", "огромной")
    approved = HEADER + f'#| msgid "{version1}"\nmsgid "{version2}"\nmsgstr "Approved."\n'
    for pot in (pot_text([version2]), pot_text([version3])):
        merged, judge = ours(approved, pot), msgmerge(approved, pot, tmp_path)
        assert [(e.msgid, e.previous_msgid, e.fuzzy) for e in merged] == [
            (e.msgid, e.previous_msgid, e.fuzzy) for e in judge
        ]
    assert ours(approved, pot_text([version3]))[0].previous_msgid == version2
