"""Acronyms a translation may spell out in its own words instead of keeping the Latin
letters: Korean news writes ``UK`` as 영국 and ``FBI`` as 연방수사국. Data, not rules:
add a row when a translation renders a well-known acronym its own way."""

from __future__ import annotations

import re

# acronym: renderings in a Korean draft (any one will do)
KOREAN = {
    "UK": ("영국",),
    "US": ("미국",),
    "USA": ("미국",),
    "EU": ("유럽연합", "유럽 연합"),
    "UN": ("유엔", "국제연합"),
    "NATO": ("나토", "북대서양조약기구"),
    "BBC": ("비비씨",),
    "FBI": ("연방수사국", "연방 수사국"),
    "CIA": ("중앙정보국",),
    "NASA": ("나사", "항공우주국"),
    "WHO": ("세계보건기구",),
    "IMF": ("국제통화기금",),
    "OECD": ("경제협력개발기구",),
    "WTO": ("세계무역기구",),
    "GDP": ("국내총생산",),
    "CEO": ("최고경영자",),
    "NFL": ("미식축구",),
    "MLB": ("메이저리그",),
    "ERA": ("방어율", "평균자책점"),
    "KIAT": ("한국산업기술진흥원",),
    "KOICA": ("코이카", "한국국제협력단"),
}
RENDERINGS = {"ko": KOREAN}


def rendered(acronym: str, target: str, language: str) -> bool:
    """Whether ``target`` keeps ``acronym`` as a word of its own (a plural ``s`` or a Korean
    particle may follow it, not more capitals: ``TASKS`` is not ``TASK``) or spells it as the
    table says."""
    if re.search(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?:s?(?![A-Za-z0-9]))", target):
        return True
    return any(word in target for word in RENDERINGS.get(language, {}).get(acronym, ()))
