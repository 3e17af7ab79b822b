"""Well-known places and bodies whose English or Korean rendering does not sound like the
Russian one (``Германия`` → Germany, 독일), so the names check cannot hear them.

They come from CLDR, which Babel ships: the names of territories (countries and regions) and the
exemplar cities of time zones, in Russian, English and Korean. What CLDR lacks is a table,
``data/places.tsv``: demonyms that are not the start of the name (French, Dutch), a city standing
for its country (Moscow for Russia), institutions (Senate, Congress). A place is looked up by the
lemma of the word the names check requires of it (the last of a multi-word name: ``штат`` of
``Соединенные Штаты``). An English rendering is the start of a word (``German`` covers Germany,
Germans), a Korean one any part of the draft (``독일`` in 독일의).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from .morph import parses
from .tables import rows

LANGUAGES = ("en", "ko")
_LAST_WORD = re.compile(r"[\w’'-]+$")
_STEM = re.compile(r"(?:ia|a|y|e|o)$")  # Italy → Ital (Italian), Russia → Russ, Mexico → Mexic


@cache
def places() -> dict[str, dict[str, tuple[str, ...]]]:
    """Russian lemma → {language: renderings}: CLDR's names, then the table's."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"en": [], "ko": []})
    for russian, english, korean in _cldr_names():
        lemma = _lemma(russian)
        if lemma is not None:
            found[lemma]["en"] += _english(english)
            found[lemma]["ko"] += [korean, *korean.split()]
    for row in rows("places"):
        for language in LANGUAGES:
            found[row["lemma"]][language] += _items(row.get(language, ""))
    return {
        lemma: {language: tuple(dict.fromkeys(items)) for language, items in by_language.items()}
        for lemma, by_language in found.items()
    }


def known_renderings(lemma: str, language: str) -> tuple[str, ...]:
    """How translations write a well-known place or body; () if neither CLDR nor the table
    knows it."""
    return places().get(lemma.replace("ё", "е").lower(), {}).get(language, ())


def _cldr_names() -> list[tuple[str, str, str]]:
    """(Russian, English, Korean) names of CLDR's territories and time-zone cities."""
    from babel import Locale

    ru, en, ko = (Locale(code) for code in ("ru", "en", "ko"))
    names = [
        (name, en.territories[code], ko.territories[code])
        for code, name in ru.territories.items()
        if code in en.territories and code in ko.territories
    ]
    for zone, data in ru.time_zones.items():
        city = data.get("city")
        english = en.time_zones.get(zone, {}).get("city") or zone.split("/")[-1].replace("_", " ")
        korean = ko.time_zones.get(zone, {}).get("city")
        if city and korean:
            names.append((city, english, korean))
    return names


def _lemma(russian: str) -> str | None:
    """The lemma of the last word of a Russian name, as the names check looks a place up; None
    when that word is a common noun (``Союз``, ``Штаты``, ``Восток``), which a translation
    translates and the names check does not require."""
    word = _LAST_WORD.search(russian.strip())
    word = word.group(0) if word else russian
    readings = parses(word)
    if not readings:
        return word.lower().replace("ё", "е")
    best = readings[0]
    if any(tag in best.tag for tag in _COMMON) and not any(tag in best.tag for tag in _PROPER):
        return None
    return best.normal_form.replace("ё", "е")


_PROPER = ("Geox", "Orgn", "Name", "Surn", "Abbr")
_COMMON = ("NOUN", "ADJF")


def _english(name: str) -> list[str]:
    """An English name, its last word (``Macedonia`` of North Macedonia: the Russian name is
    looked up by its last word too), and the stem of that word: the start its adjective and its
    people share (Italy: Ital, for Italian)."""
    last = name.split()[-1]
    found = [name, last]
    if len(stem := _STEM.sub("", last)) >= 4:
        found.append(stem)
    return list(dict.fromkeys(found))


def _items(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(",") if item.strip()]
