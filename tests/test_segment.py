"""Sentence segmentation: a table of hard cases and the invariants of ``sentenize``.

In the table ``|`` marks a boundary, razdel style: ``'Первое.| |Второе.'`` is two sentences.
Rows are grouped by the rule they exercise; each rule has rows where it fires (+) and
nearby rows where it must not (-).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressloc.source import rules as segment_rules
from pressloc.source.segment import Decision, describe, explain, sentenize

CASES = [
    # newline: a line is a paragraph; headlines and datelines need no final stop
    "ПРЕСС-РЕЛИЗ|\n|Москва, 12 мая 2025 г. — Компания «Ромашка» объявила итоги года.",
    "Итоги форума «Россия — 2025»|\n|Форум прошёл в Казани.",
    # year_abbreviation: + a capital after a year ends the sentence; - dateline, lower, city
    "Соглашение подписано в 2025 г.| |Компания планирует расширить производство.",
    "Программа рассчитана на 2024–2028 гг.| |Её бюджет составит 5 млрд руб.",
    "Съезд партии прошёл 29 сентября 2018 г.| |В нём участвовали 500 делегатов.",
    "Форум проводится с 2019 г.| |«Мы рады гостям», — сказал он.",
    "МОСКВА, 12 мая 2025 г. — Компания «Ромашка» объявила о запуске завода.",
    "МОСКВА, 1 июня 2025 г. /ПРНьюс/ — Компания объявила о сделке.",
    "В 2025 г. в Казани открылся новый технопарк.",
    "Офис находится по адресу: г. Москва, ул. Тверская, д. 1.",
    "В 1996-1999гг. объём производства вырос вдвое.",
    # final_abbreviation: + «и др.», «т. д.» before a quoted name; - inside brackets, lower
    "Выступили представители Сбербанка, ВТБ и др.| |«Газпромбанк» представил новый продукт.",
    "Обсуждались налоги, субсидии и т. д.| |«Нам важна обратная связь», — отметил министр.",
    "Компании (ВТБ, Сбербанк и др.) подписали соглашение.",
    "Офис переехал на пр. «Мира», д. 5.",
    "Обсуждались налоги, субсидии и т. п. вопросы.",
    "Обсуждали налоги, субсидии и т.д.| |Следующая встреча пройдёт в июне.",
    "Запрещены петарды, фейерверки и т. п.| |Нарушителей оштрафуют.",
    # abbreviation_phrase: + «долл. США»; - «долл.» before another capital word
    "Объём инвестиций составил 15 млн долл. США и будет увеличен.",
    "Выручка достигла 2 млрд долл. США.| |Это рекорд компании.",
    "Стоимость контракта — 300 тыс. долл.| |Компания оплатит его до конца года.",
    # head_abbreviation: + never ends a sentence; - the sentence ends later
    "Завод построен в Респ. Татарстан в рекордные сроки.",
    "Участвовали 12 регионов, в т. ч. Москва и Санкт-Петербург.",
    "Дом сдан в мкр. Северный.| |Новоселье прошло в мае.",
    # tail_abbreviation: + before a sign or a digit; - before a capital
    "Плотность населения составляет 13 чел. / км2.",
    "Барри Гордон (род. 21 декабря 1948 г.) — американский актёр.",
    "В акции приняли участие 500 чел.| |Следующая пройдёт в июне.",
    "Тираж составил 500 экз.| |Книга поступит в продажу в мае.",
    # tail_abbreviation, months: + before a year, a day or a dateline dash; - before a capital
    "С 1 дек. 2024 г. по 31 янв. 2025 г. действует льгота.",
    "Форум пройдёт 10–12 сент. 2025 г. в Казани.",
    "Отчёт за нояб. 2024 г. опубликован на сайте.",
    "Заявки принимаются с 1 февр. 2025 г.| |Итоги подведут в марте.",
    "Сроки: с 3 апр. по 15 авг. 2025 г., с 1 окт. 2025 г. по 5 мар. 2026 г.",
    "МОСКВА, 1 дек. — Компания объявила итоги года.",
    "Заседание назначено на 1 дек.| |Повестка опубликована на сайте.",
    # initials_after_surname: + «Surname I. O.» then a capital; - initials before a surname
    "Доклад представил министр Иванов И. И.| |Он рассказал о планах на год.",
    "Приказ подписал ректор Петров А. В.| |В нём перечислены новые правила.",
    "Грамоту получила специалист Усенбекова А.Б.| |Награждение прошло в мэрии.",
    "Доклад представила А. Б. Усенбекова, директор департамента.",
    "Выступил директор департамента А. Б. Усенбекова.| |Она рассказала о планах.",
    "Доклад сделал проф. И. П. Карташов.",
    # glued_capital: + a letter glued to a word or digit; - double initials
    "Код написан на языке Objective-C.| |Композиция рассказывает о серийном убийце.",
    "Оператор запустил сеть 5G.| |Покрытие охватит весь город.",
    "Лекцию о философе Ж.-П. Сартре прочитал профессор.",
    "Приехал Дж. Смит из Лондона.",
    # semicolon: + clauses; - a list item follows
    "Выступили Иванов — по бюджету; Петров — по налогам; Сидоров — по инвестициям.",
    "Корея — Китай 3:1 (21:25, 25:22); Китай — Япония 3:0.",
    "Собственник вправе: 1) продать долю;| |2) подарить её.",
    "Необходимо: а) заполнить анкету;| |б) оплатить взнос.",
    # quote_then_punct_right: + a quote before punctuation closes; - a quote before a word opens
    "Альбом назывался «Где теперь любовь?».| |Он вышел в 2002 году.",
    "Он сказал: “Вот этим парням я верю! “.| |Альбом вышел осенью.",
    "Альбом назывался “Где теперь любовь? ” (2002).| |Он стал хитом.",
    'Это чудовищные риски.| |"Яндекс" попал под удар.',
    # bracket_right: + a bracket before a digit or small letter; - before a capital
    "Вышли альбомы «Как это делалось...» (1992) и «Две души» (1995).",
    "Работы завершены. (см. приложение 2)",
    "Работы завершены.| |(Фото: пресс-служба.)",
    # continuation_right: + a comma after an emoji; - a capital after it
    "Форум завершился 👍 , спасибо участникам.",
    "Форум завершился 👍| |Спасибо участникам!",
    # symbol_right: + emoji and hashtags close the sentence; - a bullet mark opens one
    "Поздравляем победителей конкурса! 🎉| |Церемония прошла в Казани.",
    "Подробности в нашем канале. #форум #Казань2025",
    "Условия участия просты.| |✅ Заполните анкету на сайте.",
    # emoji_end: + an emoji before a capital; - before a small letter
    "Ставь ❤️| |Мы публикуем новости каждый день.",
    "Мы открыли 🏞 новый парк в центре города.",
    # bullet_symbol: + an arrow belongs to what follows
    "Читайте подробнее 👉 Ссылка в профиле.",
    # nested_close_quote: + closing quotes after the end; - after a word
    "Он процитировал: «Девиз прост: „Мы готовы.“»| |Зал аплодировал.",
    "Он сказал: „Мы готовы.“| |Зал аплодировал.",
    "Проект «Школа „Успех“» получил грант.",
    "Директор отметил: «Программа „Цифровая экономика“ работает».| |Далее выступил министр.",
    # title_quote: + a title with inner stops that the sentence goes on after; - direct speech
    "Утверждена программа «Развитие. Инновации. Рост» на 2025 г.",
    "Проект «Цифровая экономика. Этап 2» был одобрен.",
    "Проект «Цифровая экономика. Этап 2», принятый в мае, одобрен.",
    "Выставка «Москва. Весна» 2025 года открылась в Манеже.",
    "Итоги конкурса «Лучший. Проект»: победили трое.",
    "Средства выделены (программа «Развитие. Рост») в мае.",
    "Программа „Рост. Этап 2“ работает.",
    "Вышел фильм “Москва. Весна”, снятый в Казани.",
    "Вышел доклад «Итоги 2024 г. Планы на 2025 г.» и обсуждён.",
    "Директор отметил: «Программа „Экономика. Этап 2“ работает».| |Далее выступил министр.",
    "«Мы готовы.| |Начнём», — сказал он.",
    "«Мы готовы.| |Начнём!» — сказал он.",
    "Он сказал: «Мы готовы.| |Начнём».| |Зал молчал.",
    "«Мы запустили „Рост“.| |Начнём», — сказал он.",
    "Проект «Развитие.| |Инновации.| |Рост на 2025 г. готов.",
    "Проект «Развитие.| |Итоги конкурса «Рост» подведены.",  # the first « never closes
    "Он сказал: «Мы готовы.| |" + "Работа идёт.| |" * 12 + "Начнём» на днях.",  # too long
    # curly_close_quote: + a closing „…“ quote inside a sentence
    "В конкурсе „Лидеры России“ Иван Петров занял первое место.",
    # smiley_bracket: + an unmatched bracket; - a matched one
    "Спасибо за поздравления))| |Будем рады видеть вас снова!",
    "Ждём вас на форуме :)| |Регистрация открыта.",
    "Звоните по телефону +7 (495) 123-45-67.| |Мы работаем ежедневно.",
    "Документ подписали стороны (РФ и КНР) Москва и Пекин.",
    "Задачи на год: 1) Рост выручки;| |2) Выход на IPO.",
    # dash_right (dialogue): + a dash and a small letter; - a dash and a capital
    "– Мы довольны результатом, – заявил он.| |– Работа продолжится в следующем году.",
    "«Мы готовы!» – заявил министр.",
    "– Когда откроется завод? – спросил журналист.",
    # razdel's rules on press text: abbreviations, numbers, addresses
    "Концерт прошёл в театре им. Вс. Мейерхольда.",
    "Школа им. А. С. Пушкина открылась после ремонта.",
    "Офис находится на ул. Ленина, д. 5.",
    "Г-н Иванов поблагодарил участников.| |Г-жа Петрова ответила на вопросы.",
    "Продажи выросли вдвое, т.е. до 10 млн штук.",
    "Продажи выросли, т. е. Москва остаётся лидером.",
    "Выручка составила 5 млн руб.| |Прибыль выросла на 10 %.",
    "Инвестиции превысят 2 млрд долл.| |Проект окупится за 7 лет.",
    "На развитие выделено 5 млрд руб. в 2025 году.",
    "Объём составил 300 тыс. тонн.",
    "Рост составил 3.5 % за год.",
    "Подробности на сайте www.pressloc.ru.| |Регистрация открыта до 1 июня.",
    "Пишите на адрес press@pressloc.ru.| |Ответим в течение дня.",
    "Адрес: https://pressloc.ru/news?id=5.| |Справки по тел. +7 (495) 123-45-67.",
    "2. Участники форума получат сертификаты.",
    "Мы ждали этого долго…| |И вот завод открыт.",
    "Проект «Как это было...» получил премию.",
    "Что дальше?| |Ответ даст совет директоров.",
    "«Когда откроется завод?» – спросил журналист.",
    "Доля рынка выросла до 12,5 %.| |В 2026 году компания выйдет на IPO.",
]

OUR_RULES = {
    rule.__name__ for rule in segment_rules.RULES if rule.__module__ == segment_rules.__name__
}


def parse(case: str) -> tuple[str, list[str]]:
    chunks = case.split("|")
    return "".join(chunks), [chunk for chunk in chunks if chunk.strip()]


@pytest.mark.parametrize("case", CASES)
def test_case(case):
    text, expected = parse(case)
    assert [segment.text for segment in sentenize(text)] == expected


def test_table_is_large_enough():
    assert len(CASES) >= 60


def test_every_rule_of_ours_decides_some_row():
    fired = {d.rule for case in CASES for d in explain(parse(case)[0])}
    assert OUR_RULES - fired == set()


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\n "])
def test_blank_text_has_no_sentences(text):
    assert sentenize(text) == []


def test_explain_names_the_deciding_rule():
    text = "Соглашение подписано в 2025 г. Компания растёт."
    assert explain(text) == [
        Decision(30, True, "year_abbreviation"),
        Decision(47, False, "empty_side"),
    ]


def test_describe_is_one_line_with_context():
    text = "Первая строка.\nВторая строка."
    lines = [describe(text, decision) for decision in explain(text)]
    assert lines[0].startswith("join") and "rule=empty_side" in lines[0]
    assert lines[1].startswith("split") and "rule=newline" in lines[1]
    assert all("\n" not in line for line in lines)


# Random Russian-like text: words, digits, Latin, punctuation, quotes, dashes, emoji, newlines.
PIECES = st.sampled_from(
    [
        "Москва",
        "г",
        "гг",
        "т",
        "е",
        "д",
        "им",
        "долл",
        "США",
        "А",
        "Б",
        "млн",
        "в",
        "и",
        "Objective-C",
        "2025",
        "3.5",
        "1",
        "www.site.ru",
        "a@b.ru",
        "IV",
        "C",
        ".",
        "..",
        "...",
        "…",
        "?",
        "!",
        ",",
        ";",
        ":",
        "(",
        ")",
        "))",
        "«",
        "»",
        "„",
        "“",
        "”",
        '"',
        "'",
        "–",
        "—",
        "-",
        "/",
        "#тег",
        "😍",
        "❤️",
        "👉",
        "✅",
        ":)",
        " ",
        "  ",
        "\n",
        "\t",
    ]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=60)


def nonspace(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_no_character_is_lost_duplicated_or_moved(text):
    segments = sentenize(text)
    assert "".join(nonspace(s.text) for s in segments) == nonspace(text)
    previous_stop = 0
    for s in segments:
        assert s.text == text[s.start : s.stop]
        assert s.text and s.text == s.text.strip()
        assert previous_stop <= s.start < s.stop
        previous_stop = s.stop


# Short titles with stops inside: «Развитие. Этап 2», «Рост! Итоги?».
TITLES = st.lists(
    st.sampled_from(["Развитие", "Этап", "2", "г", ".", "!", "?", "…", ",", " "]), max_size=10
).map("".join)


@settings(max_examples=200, deadline=None)
@given(TITLES, st.sampled_from(["«»", "„“", "“”"]), st.sampled_from([" был одобрен.", ", 2025 г."]))
def test_a_title_in_quotes_the_sentence_goes_on_after_is_never_cut(title, quotes, after):
    text = f"Проект {quotes[0]}{title}{quotes[1]}{after}"
    assert [segment.text for segment in sentenize(text)] == [text]


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_explain_agrees_with_sentenize(text):
    decisions = explain(text)
    cuts = [d.offset for d in decisions if d.split]
    assert all(0 <= d.offset <= len(text) for d in decisions)
    for s in sentenize(text)[:-1]:  # every boundary is a kept cut, up to whitespace
        assert any(s.stop <= cut and not text[s.stop : cut].strip() for cut in cuts)
