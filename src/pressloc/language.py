"""Language codes as gettext names its catalogue folders (``en``, ``ko``, ``ko_KR``), checked
against Babel's locale data, and what each stands for."""

from __future__ import annotations

import re

from babel import Locale, UnknownLocaleError

from .errors import CatalogError, PresslocError

SOURCE = "ru"


def check_language(code: str) -> Locale:
    """The Babel locale for ``code``; an unknown code is a :class:`CatalogError`."""
    try:
        return Locale.parse(code)
    except (ValueError, UnknownLocaleError) as e:
        raise CatalogError(f"unknown language code '{code}'; use a code such as en or ko") from e


_CODE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")  # gettext's folder names: en, ko, ko_KR


def code_problem(code: str) -> str | None:
    """What is wrong with ``code`` as a catalogue's language code (``ko-KR``, ``zz``); None if
    nothing."""
    if not _CODE.fullmatch(code):
        usual = code.replace("-", "_").split("_")
        hint = "_".join([usual[0].lower()] + [part.upper() for part in usual[1:]])
        return (
            f"'{code}' is not written as a catalogue's language code; write '{hint}' "
            "(lower-case language, upper-case region: en, ko, ko_KR)"
        )
    try:
        check_language(code)
    except CatalogError as error:
        return str(error)
    return None


def parse_languages(value: str) -> list[str]:
    """``"en,ko"`` → ``["en", "ko"]``; each code is checked against Babel's locale data."""
    codes = [code.strip() for code in value.split(",") if code.strip()]
    if not codes:
        raise PresslocError("no language given; use for example --to en,ko")
    for code in codes:
        problem = code_problem(code)
        if problem:
            raise PresslocError(problem)
        if code == "ru":
            raise PresslocError(
                "'ru' is the source language; choose target languages such as en,ko"
            )
    return list(dict.fromkeys(codes))


def base_language(code: str) -> str:
    """The language of a code without its region: ``ko_KR`` → ``ko``."""
    return code.split("_")[0]
