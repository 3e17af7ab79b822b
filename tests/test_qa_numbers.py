"""The numbers and dates checks on text they were not written for (news, encyclopaedias): one
table of examples per rule, with the cases each rule must leave alone."""

from decimal import Decimal

import pytest

from pressloc.qa.checks.dates import dates_differ
from pressloc.qa.checks.numbers import numbers_differ
from pressloc.qa.lang import profile
from pressloc.qa.numbers import numbers
from pressloc.qa.run import pair_of
from pressloc.qa.words import has_percent, months, number_words

CHECKS = {"numbers": numbers_differ, "dates": dates_differ}


def flagged(check: str, source: str, draft: str, language: str) -> str | None:
    return CHECKS[check](pair_of(source, draft, language))


# A Roman numeral before a word for century or millennium is a number (Cyrillic Х counts as X).
ROMAN_CENTURIES = [
    ("В XV веке город стал столицей.", "In the 15th century it became the capital.", "en", False),
    ("Особняк XIX века.", "A 19th-century mansion.", "en", False),
    ("Храм построен в XV веке.", "사원은 15세기에 지어졌다.", "ko", False),
    ("В ХХ веке.", "In the 20th century.", "en", False),  # Cyrillic Х
    ("Это было в XV столетии.", "It was in the fifteenth century.", "en", False),
    ("Во II тысячелетии до н. э.", "In the 2nd millennium BC.", "en", False),
    ("Памятники XVIII–XIX вв.", "Monuments of the 18th–19th centuries.", "en", False),
    ("В конце XIX — начале XX века.", "In the late 19th and early 20th century.", "en", False),
    ("В XV веке.", "In the 16th century.", "en", True),
    ("Храм построен в XV веке.", "사원은 16세기에 지어졌다.", "ko", True),
    # a Roman numeral elsewhere is a name's, not a number
    ("Людовик XIV правил в XVII веке.", "Louis XIV reigned in the 17th century.", "en", False),
    ("Глава IV вышла в 2020 году.", "Chapter IV came out in 2020.", "en", False),
]

# Times of day read as one value, hours and minutes, whatever the separator.
TIMES = [
    ("Начало в 06:30.", "It starts at 6.30.", "en", False),
    ("Начало в 18.30.", "It starts at 6.30pm.", "en", False),
    ("Начало в 18.30.", "It starts at 6:30 p.m.", "en", False),
    ("Начало в 06:30.", "It starts at 6:30am.", "en", False),
    ("Начало в 6.30.", "오전 6시 30분에 시작한다.", "ko", False),
    ("Начало в 18:30.", "오후 6시 반에 시작한다.", "ko", False),
    ("Начало в 18.30.", "It starts at 7.30pm.", "en", True),
    ("Начало в 06:30.", "It starts at 6.45.", "en", True),
    ("Начало в 18:30.", "오후 7시 반에 시작한다.", "ko", True),
    ("Рост составил 6,3%.", "Growth was 6.30%.", "en", False),  # a decimal is still one
    ("Рост составил 6,3%.", "Growth was 6.40%.", "en", True),
]

# The scale word after the last number of a list or a range applies to each of its numbers.
SHARED_SCALES = [
    ("Выделено 5 и 7,5 млрд рублей.", "5bn and 7.5bn roubles were allocated.", "en", False),
    ("От 3 до 10 млн человек.", "From 3 million to 10 million people.", "en", False),
    ("Пострадали 3–10 млн человек.", "3 million to 10 million people were affected.", "en", False),
    ("Пострадали 3 млн – 10 млн человек.", "Between 3 and 10 million people.", "en", False),
    ("Бюджет — 3–10 млрд вон.", "예산은 30~100억 원이다.", "ko", False),
    ("Бюджет — 30–50 млн вон.", "예산은 3천~5천만 원이다.", "ko", False),
    ("Выделено 5 и 7,5 млрд рублей.", "6bn and 7.5bn roubles were allocated.", "en", True),
    ("Пострадали 3–10 млн человек.", "3~10억 명이 피해를 입었다.", "ko", True),
    # numbers that are no list keep their own value
    ("В 5 регионах выделили 7 млн рублей.", "5 million regions got 7 million roubles.", "en", True),
    ("Из 10 млн выделено 3.", "3 million of 10 million were allocated.", "en", True),
]

# A measure converted between metric and imperial units is no mismatch, on either side, rounded
# to one significant figure at worst; a number without a unit, one whose units measure another
# thing, or a conversion too far from the exact one, still is.
CONVERSIONS = [
    ("Пробег 500 км.", "A 300-mile run.", "en", False),
    ("Выпало 7–10 см осадков.", "3 to 4 inches of rain fell.", "en", False),
    ("Рост игрока 1 м 88 см.", "The player is 6 feet 2 inches tall.", "en", False),
    ("Рост игрока 1 м 88 см.", "The 6-foot-2 player.", "en", False),
    ("Вес 50 кг.", "It weighs 120 pounds.", "en", False),
    ("Вес 50 кг.", "It weighs 120 lb.", "en", False),
    ("Температура +30 °C.", "The temperature is 90 °F.", "en", False),
    ("Бак на 30 литров.", "A 7-gallon tank.", "en", False),
    ("Глубина 100 футов.", "The depth is 30 metres.", "en", False),
    ("Выпало 7–10 см осадков.", "3~4인치의 비가 내렸다.", "ko", False),
    ("Рост игрока 1 м 88 см.", "키 6피트 2인치의 선수.", "ko", False),
    ("Температура +30 °C.", "기온은 화씨 90도이다.", "ko", False),
    ("Молодой двухметровый форвард.", "The young 6-foot-6 forward.", "en", False),
    ("Выпало до 1,5 см осадков.", "Up to half an inch of rain fell.", "en", False),
    ("Длина трассы 100 км.", "The track is 60 km long.", "en", True),  # no conversion
    ("Выпало 10 см осадков.", "9 inches of rain fell.", "en", True),  # too far to be one
    ("Выпало 2,5–10 см осадков.", "1 to 9 inches of rain fell.", "en", True),
    ("Глубина 100 футов.", "The depth is 120 feet.", "en", True),
    ("Стоимость — 20 фунтов.", "It costs 25 pounds.", "en", True),
    ("Вес 50 кг, цена 300 рублей.", "It weighs 120 pounds and costs 400 roubles.", "en", True),
    ("Груз весом 50 кг.", "The load went 120 miles.", "en", True),  # mass is not length
    ("Трасса длиной 100 км.", "트랙 길이는 60km이다.", "ko", True),
]

# English "May" is the month beside a day or a year, or after a preposition of time; not the
# modal verb, nor a person (after a first name or a title).
MAY = [
    ("В мае прошли выборы.", "In May, the elections were held.", "en", False),
    ("К маю проект завершат.", "By May the project will be finished.", "en", False),
    ("С мая цены выросли.", "Since May, prices have risen.", "en", False),
    ("В начале мая.", "Early May.", "en", False),
    ("В середине мая.", "Mid-May.", "en", False),
    ("Выборы пройдут в мае 2019 года.", "Elections are due May 2019.", "en", False),
    ("Форум открылся 5 мая.", "The forum opened May 5.", "en", False),
    ("Форум открылся 5 мая.", "The forum opened 5th May.", "en", False),
    ("В апреле и мае.", "In April and May.", "en", False),
    ("В июне прошли выборы.", "In May, the elections were held.", "en", True),
    ("Тереза Мэй выступила.", "Theresa May spoke.", "en", False),
    ("Выступила г-жа Мэй.", "Mrs May spoke.", "en", False),
    ("Выступил премьер-министр.", "In London, Prime Minister May spoke.", "en", False),
    ("Это может помочь.", "This may help.", "en", False),
    ("Может ли это помочь?", "May it help?", "en", False),
    ("Мэй не согласилась.", "May disagreed.", "en", False),
]

# A capitalised Russian month name that no day, year or preposition of time stands by is a person
# (Augustus, Marta, Maya); at the start of a sentence a capital says nothing.
PERSON_MONTHS = [
    ("Октавиан Август правил Римом.", "Octavian Augustus ruled Rome.", "en", False),
    ("Статуя Августа стоит в Риме.", "The statue of Augustus stands in Rome.", "en", False),
    ("Император Август умер в 14 году.", "Emperor Augustus died in AD 14.", "en", False),
    ("Выступила Марта Стюарт.", "Martha Stewart spoke.", "en", False),
    ("Балерина Мая Плисецкая.", "Ballerina Maya Plisetskaya.", "en", False),
    ("Балерина Мая Плисецкая.", "발레리나 마야 플리세츠카야.", "ko", False),
    ("Форум прошел 5 Мая.", "The forum was held on June 5.", "en", True),
    ("Форум пройдет в Августе.", "The forum will be held in July.", "en", True),
    ("Форум пройдет до конца Августа.", "The forum will end in July.", "en", True),
    ("Август 1991 года.", "July 1991.", "en", True),
    ("Июнь выдался жарким.", "July was hot.", "en", True),
    ("Июнь выдался жарким.", "June was hot.", "en", False),
]


@pytest.mark.parametrize("source, draft, language, fires", ROMAN_CENTURIES)
def test_a_roman_numeral_before_a_century_is_a_number(source, draft, language, fires):
    assert (flagged("numbers", source, draft, language) is not None) == fires


@pytest.mark.parametrize("source, draft, language, fires", TIMES)
def test_a_time_of_day_is_one_value(source, draft, language, fires):
    assert (flagged("numbers", source, draft, language) is not None) == fires


@pytest.mark.parametrize("source, draft, language, fires", SHARED_SCALES)
def test_a_scale_after_a_list_applies_to_each_number(source, draft, language, fires):
    assert (flagged("numbers", source, draft, language) is not None) == fires


@pytest.mark.parametrize("source, draft, language, fires", CONVERSIONS)
def test_a_unit_conversion_is_no_mismatch(source, draft, language, fires):
    assert (flagged("numbers", source, draft, language) is not None) == fires


@pytest.mark.parametrize("source, draft, language, fires", MAY)
def test_may_is_a_month_only_in_a_date(source, draft, language, fires):
    assert (flagged("dates", source, draft, language) is not None) == fires


@pytest.mark.parametrize("source, draft, language, fires", PERSON_MONTHS)
def test_a_capitalised_month_name_alone_is_a_person(source, draft, language, fires):
    assert (flagged("dates", source, draft, language) is not None) == fires


@pytest.mark.parametrize(
    "text, language",
    [
        ("Выделено 5 и 7,5 млрд рублей в 18.30, 12.03.2025, XV век, 7–10 см.", "ru"),
        ("5bn and 7.5bn roubles at 6.30pm on 2025-03-12, 3 to 6 inches.", "en"),
        ("오후 6시 반, 3~10억 원, 2025. 3. 12., 6피트.", "ko"),
    ],
)
def test_the_module_functions_ask_the_profile(text, language):
    speaker = profile(language)
    assert numbers(text, language) == speaker.numbers(text)
    assert months(text, language) == speaker.months(text)
    assert number_words(text, language) == speaker.number_words(text)
    assert has_percent(text, language) == speaker.has_percent(text)


# What the profiles read, number by number: each number's readings.
READINGS = [
    ("Это было в XV веке.", "ru", [{15}]),
    ("В конце XIX — начале XX века.", "ru", [{19}, {20}]),
    ("Людовик XIV правил.", "ru", []),
    ("In the XV century.", "en", [{15}]),
    ("Начало в 18.30.", "ru", [{Decimal("18.3"), "t6:30"}]),
    ("Начало в 18:30.", "ru", [{"t6:30", 6, 12 + 6}]),
    ("At 6.30pm.", "en", [{"t6:30", 6, 18}]),
    ("오후 6시 반.", "ko", [{"t6:30", 6, 18}]),
    ("5 и 7,5 млрд", "ru", [{5, 5 * 10**9}, {Decimal("7.5") * 10**9}]),
    ("3~10억", "ko", [{10**9}, {3, 3 * 10**8}]),
    ("В 5 регионах выделили 7 млн.", "ru", [{5}, {7 * 10**6}]),
]


@pytest.mark.parametrize("text, language, expected", READINGS)
def test_readings(text, language, expected):
    assert [number.readings() for number in profile(language).numbers(text)] == expected


UNITS = [
    ("7–10 см", "ru", [("metric", "length")] * 2),
    ("3 to 6 inches, 120 lb", "en", [("imperial", "length")] * 2 + [("imperial", "mass")]),
    ("the 6-foot-2 forward", "en", [("imperial", "length")] * 2),
    ("17-м округе", "ru", [None]),  # an ordinal, not metres
    ("30 градусов по Фаренгейту", "ru", [("imperial", "temperature")]),
    ("30 градусов", "ru", [("metric", "temperature")]),
    (
        "화씨 90도, 3내지 6 인치",
        "ko",
        [("imperial", "temperature")] + [("imperial", "length")] * 2,
    ),
    ("£20, 5 pounds sterling", "en", [None, None]),
]


@pytest.mark.parametrize("text, language, expected", UNITS)
def test_units(text, language, expected):
    units = [number.unit for number in profile(language).numbers(text)]
    assert [unit[:2] if unit else None for unit in units] == expected
