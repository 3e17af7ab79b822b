"""Words with a fixed meaning across languages: number words, months, percent.

Number words excuse a digit on the other side (``ten years`` for ``10 лет``); months and
percent signs are compared as sets, whatever the numbers around them.
"""

from __future__ import annotations

import re

_RU_NUMBER_WORDS = {  # stems: cardinals, ordinals and compounds (``трехкратный``, ``двухметровый``)
    1: r"один|одн(?:а|о|у|ого|ой|ому|им|ом|и|их|ими)|перв[а-я]*",
    2: r"два|две|дв[ауо][а-я]*|втор[а-я]*|пар[ауы]",
    3: r"три|тр[её][а-я]*|трет[а-я]*|втрое|трижды|трио",
    4: r"четыр[её][а-я]*|четв[её]р[а-я]*",
    5: r"пят[ьиоюеы][а-я]*",
    6: r"шест[ьиоюе][а-я]*",
    7: r"сем[ьиюе][а-я]*|седьм[а-я]*",
    8: r"восьм[а-я]*|восем[а-я]*",
    9: r"девят[ьиоюе][а-я]*",
    10: r"десят[а-я]*|десяток",
    11: r"одиннадцат[а-я]*",
    12: r"двенадцат[а-я]*|дюжин[а-я]*",
    13: r"тринадцат[а-я]*",
    14: r"четырнадцат[а-я]*",
    15: r"пятнадцат[а-я]*",
    16: r"шестнадцат[а-я]*",
    17: r"семнадцат[а-я]*",
    18: r"восемнадцат[а-я]*",
    19: r"девятнадцат[а-я]*",
    20: r"двадцат[а-я]*",
    30: r"тридцат[а-я]*",
    40: r"сорок[а-я]*",
    50: r"пят[иь]десят[а-я]*",
    60: r"шест[иь]десят[а-я]*",
    70: r"сем[иь]десят[а-я]*",
    80: r"восемьдесят[а-я]*|восьмидесят[а-я]*",
    90: r"девяност[а-я]*",
    100: r"сто|ста|сотн[а-я]*|столети[а-я]*|век[а-я]*",
    200: r"двест[а-я]*|двухсот[а-я]*",
    1000: r"тысяч[а-я]*",
    1000000: r"миллион[а-я]*",
    1000000000: r"миллиард[а-я]*",
    24: r"сут(?:ки|ок|кам|ками|ках)|суточн[а-я]*",
}
_EN_NUMBER_WORDS = {
    1: r"one|first|once|single",
    2: r"two|second|twice|double|both|pair|couple",
    3: r"three|third|thrice|triple",
    4: r"four|fourth|quarter",
    5: r"five|fifth",
    6: r"six|sixth",
    7: r"seven|seventh",
    8: r"eight|eighth",
    9: r"nine|ninth",
    10: r"ten|tenth|decade|decades",
    11: r"eleven|eleventh",
    12: r"twelve|twelfth|dozen",
    20: r"twenty",
    100: r"hundred|hundreds|century|centuries",
    1000: r"thousand|thousands",
    1000000: r"million|millions",
    1000000000: r"billion|billions",
}
_KO_NUMBER_WORDS = {
    1: r"한|하나|첫",
    2: r"두|둘|이중|두번째|양",
    3: r"세|셋|세번째",
    4: r"네|넷",
    5: r"다섯",
    6: r"여섯",
    7: r"일곱",
    8: r"여덟",
    9: r"아홉",
    10: r"열|십",
    12: r"열두",
    20: r"스무|스물|이십",
    100: r"백|세기",
    1000: r"천|수천",
    10000: r"만|수만",
    100000000: r"억",
}


_KO_NATIVE = {  # native Korean counting words before a counter (``열 다섯 마리``, ``세 명``)
    1: r"한|하나",
    2: r"두|둘",
    3: r"세|셋",
    4: r"네|넷",
    5: r"다섯",
    6: r"여섯",
    7: r"일곱",
    8: r"여덟",
    9: r"아홉",
    10: r"열",
    20: r"스무|스물",
    30: r"서른",
    40: r"마흔",
    50: r"쉰",
}
# "Decades", "dozens", "수십": any round number of that size, as a translation may say
# "decades ago" for "30 лет назад".
_VAGUE = {
    "ru": (r"десятк[а-я]*|десятилети[йя][а-я]*", r"сотн[иея][а-я]*|сот\b", r"тысяч[иа]?\b"),
    "en": (r"decades|dozens|tens", r"hundreds", r"thousands"),
    "ko": (r"수십", r"수백", r"수천"),
}
_TOKEN = re.compile(r"[^\W\d_]+")


def _compile(table: dict[int, str]) -> dict[int, re.Pattern[str]]:
    """Exact word → value, from a table of regular expressions (stems end in ``[а-я]*``)."""
    return {value: re.compile(rf"(?:{words})", re.I) for value, words in table.items()}


_TABLES = {
    "ru": _compile(_RU_NUMBER_WORDS),
    "en": _compile(_EN_NUMBER_WORDS),
    "ko": _compile(
        {
            v: "|".join(t[v] for t in (_KO_NUMBER_WORDS, _KO_NATIVE) if v in t)
            for v in {**_KO_NUMBER_WORDS, **_KO_NATIVE}
        }
    ),
}


def _word_value(word: str, language: str) -> int | None:
    return max(
        (v for v, pattern in _TABLES[language].items() if pattern.fullmatch(word)), default=None
    )


_KO_COUNTER = (
    r"(?:명|개|번째|번|마리|살|해|달|주|시간|배|차례|가지|곳|대|째|분|권|건|척|채|장|잔|사람|골)?"
    r"(?:은|는|이|가|을|를|의|에|도|과|와|로|으로)?"
)


def _korean_words(text: str) -> list[int | None]:
    """Native numbers stand alone or before a counter: ``열 다섯 마리``, ``두 번째``, ``세명``."""
    out = []
    for token in re.split(r"[\s,.]+", text):
        out.append(
            next(
                (
                    v
                    for v, p in _TABLES["ko"].items()
                    if re.fullmatch(rf"(?:{p.pattern}){_KO_COUNTER}", token)
                ),
                None,
            )
        )
    return out


_MULTIPLIERS = (10, 100, 1000, 10**6, 10**9)


def number_words(text: str, language: str) -> set[int]:
    """Values written as words (``ten``, ``десяти``, ``열``, ``сорока восьми`` → 48,
    ``two decades`` → 20): they excuse a digit opposite."""
    if language not in _TABLES:
        return set()
    if language == "ko":
        sequence = _korean_words(text)
    else:
        sequence = [_word_value(w, language) for w in _TOKEN.findall(text)]
    found, skip = set(), False
    for a, b in zip(sequence, [*sequence[1:], None], strict=False):
        if skip or a is None:
            skip = False
            continue
        # tens or hundreds and a unit (сорок восемь, сто пять), or a unit times a scale (два
        # миллиона); a scale and a unit stay apart (1,7 миллионами четыре года назад: 4)
        skip = bool(
            b and ((10 <= a < 1000 and a % 10 == 0 and b < 10) or (a < 10 and b in _MULTIPLIERS))
        )
        found.add((a + b if a >= 10 else a * b) if skip else a)
    return found | _vague(text, language)


def _vague(text: str, language: str) -> set[int]:
    found = set()
    for size, pattern in zip((10, 100, 1000), _VAGUE.get(language, ()), strict=False):
        if re.search(rf"(?<!\w){pattern}", text, re.I):
            found |= {size * k for k in range(2, 10)}
    return found


_RU_MONTHS = [  # nouns in every case, and adjectives (``июньский саммит``, ``ноябрьские выборы``)
    r"январ[ьяюе]|январск[а-я]+",
    r"феврал[ьяюе]|февральск[а-я]+",
    r"март(?:а|у|е|ом)?|мартовск[а-я]+",
    r"апрел[ьяюе]|апрельск[а-я]+",
    r"ма(?:й|я|ю|е|ем)|майск[а-я]+",
    r"июн[ьяюе]|июньск[а-я]+",
    r"июл[ьяюе]|июльск[а-я]+",
    r"август(?:а|у|е|ом)?|августовск[а-я]+",
    r"сентябр[ьяюе]|сентябрьск[а-я]+",
    r"октябр[ьяюе]|октябрьск[а-я]+",
    r"ноябр[ьяюе]|ноябрьск[а-я]+",
    r"декабр[ьяюе]|декабрьск[а-я]+",
]
# "May" is also a name (Theresa May, Mrs May): a month only beside a day or a preposition.
_MAY = (
    r"\d(?:st|nd|rd|th)? May|May \d|"
    r"(?:in|of|on|since|until|by|last|next|this|early|late|mid-|from|to|through) May(?!'s)"
)
_EN_MONTHS = [
    r"Jan(?:uary|\.)",
    r"Feb(?:ruary|\.)",
    r"March|Mar\.",
    r"April|Apr\.",
    _MAY,
    r"June|Jun\.",
    r"July|Jul\.",
    r"August|Aug\.",
    r"Sept?(?:ember|\.)",
    r"Oct(?:ober|\.)",
    r"Nov(?:ember|\.)",
    r"Dec(?:ember|\.)",
]
_MONTHS = {
    "ru": [re.compile(rf"(?<!\w)(?:{m})(?!\w)", re.I) for m in _RU_MONTHS],
    "en": [re.compile(rf"(?<!\w)(?:{m})(?!\w)") for m in _EN_MONTHS],
}
_KO_MONTH = re.compile(r"(?<![\d.,])(1[0-2]|0?[1-9])\s?월")


def months(text: str, language: str) -> set[int]:
    """Months named in ``text`` as numbers 1–12 (``мая``, ``May``, ``5월`` → 5), and the months
    of dates written in digits (``12.03.2025``, ``2025-03-12``, ``2025. 3. 12.`` → 3)."""
    numeric = {month for _, month, _ in numeric_dates(text)[0]}
    if language == "ko":
        return numeric | {int(month) for month in _KO_MONTH.findall(text)}
    return numeric | {
        i + 1 for i, pattern in enumerate(_MONTHS.get(language, [])) if pattern.search(text)
    }


# A date in digits, day first with dots (``12.03.2025``: Russian and European) or year first
# (``2025-03-12``, Korean ``2025. 3. 12.`` and ``2025.03.12``); slashes are left alone (US and
# British writers order them differently).
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,])(?:(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>(?:19|20)\d{2})"
    r"|(?P<y2>(?:19|20)\d{2})(?:-|\.\s?)(?P<m2>0?[1-9]|1[0-2])(?:-|\.\s?)(?P<d2>0?[1-9]|[12]\d|3[01])\.?)(?!\d)"
)


def numeric_dates(text: str) -> tuple[list[tuple[int, int, int]], str]:
    """``(day, month, year)`` of each date written in digits, and ``text`` without them."""
    found = [
        (
            int(m.group("d") or m.group("d2")),
            int(m.group("m") or m.group("m2")),
            int(m.group("y") or m.group("y2")),
        )
        for m in _NUMERIC_DATE.finditer(text)
    ]
    return found, _NUMERIC_DATE.sub(" ", text)


_PERCENT = {
    "ru": re.compile(r"%|процент(?!н)|процентн[а-я]+ пункт|\d\s?-?\s?процентн", re.I),
    "en": re.compile(r"%|per ?cent|percentage", re.I),
    # 프로 and 포인트 only after a number: 스태프로 is "as staff", 커리어 포인트 "career points"
    "ko": re.compile(r"%|퍼센트|\d\s?(?:프로(?![가-힣])|포인트)"),
}


def has_percent(text: str, language: str) -> bool:
    pattern = _PERCENT.get(language, _PERCENT["en"])
    return bool(pattern.search(text))
