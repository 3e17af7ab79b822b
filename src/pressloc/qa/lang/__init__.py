"""What differs by language, one profile per language: ``ru`` for sources, ``en`` and ``ko`` for
drafts. A check asks the pair's profile (``pair.profile``) instead of testing the language."""

from __future__ import annotations

from functools import cache

from .base import Profile


@cache
def profile(language: str) -> Profile:
    """The profile of ``language`` (``ko_KR`` reads as ``ko``); a language without one of its
    own gets the base profile, which judges only what needs no knowledge of the language."""
    from . import en, ko, ru

    code = language.split("_")[0]
    return {"en": en.PROFILE, "ko": ko.PROFILE, "ru": ru.PROFILE}.get(code, Profile(code))


__all__ = ["Profile", "profile"]
