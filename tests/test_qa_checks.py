"""Each check on a table of drafts: (source, draft, language, check expected to fire or None)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressloc.qa import CHECKS, Glossary, Problem, context_of, run_checks
from pressloc.qa.meaning import sentences
from pressloc.qa.run import CONTEXT

GLOSSARY = Glossary.parse(
    "ru,en,ko,note\nУсенбекова,Usenbekova,우센베코바,\nБишкек,Bishkek,비슈케크,\n"
)
RU = "Рост составил 18,5% в 2024 году."

ROWS = [
    # check, source, draft, language, fires
    ("numbers", "Рост составил 18,5 процента.", "Growth was 18.5 percent.", "en", False),
    ("numbers", "Рост составил 18,5 процента.", "Growth was 18.6 percent.", "en", True),
    ("numbers", "Выручка — 14,2 млн долларов.", "Revenue was $14.2 million.", "en", False),
    ("numbers", "Выручка — 14,2 млн долларов.", "매출은 1,420만 달러였다.", "ko", False),
    ("numbers", "Выручка — 14,2 млн долларов.", "매출은 142만 달러였다.", "ko", True),
    ("numbers", "Пришли 150 тыс. человек.", "150,000 people came.", "en", False),
    ("numbers", "Пришли 150 тыс. человек.", "15만 명이 왔다.", "ko", False),
    ("numbers", "Бюджет — 1,5 млрд сомов.", "The budget is 1.5 billion som.", "en", False),
    ("numbers", "Бюджет — 1,5 млрд сомов.", "예산은 15억 솜이다.", "ko", False),
    ("numbers", "Бюджет — 1,5 млрд сомов.", "예산은 1억 5천만 솜이다.", "ko", True),
    ("numbers", "Проект на 2024–2028 гг.", "The project for 2024–2028.", "en", False),
    ("numbers", "Проект на 2024–2028 гг.", "The project for 2024–2029.", "en", True),
    ("numbers", "Версия 0.85.1 вышла.", "Version 0,85 x is out.", "en", True),
    ("numbers", "Матч в 15:00.", "The match is at 3 p.m.", "en", False),
    ("numbers", "Матч в 15:00.", "경기는 오후 3시에 열린다.", "ko", False),
    ("numbers", "Это заняло десять лет.", "It took 10 years.", "en", False),
    ("numbers", "Ушли в 30-е годы.", "They left in the 1930s.", "en", False),
    ("numbers", "Ушли в 30-е годы.", "1940년대에 떠났다.", "ko", True),
    ("numbers", "Продано 35 миллионов.", "3천5백만 개가 팔렸다.", "ko", False),
    ("numbers", "Продано 142 миллиона.", "1억 4천 2백만 개가 팔렸다.", "ko", False),
    ("numbers", "Продано 142 миллиона.", "1억 4천만 개가 팔렸다.", "ko", True),
    ("numbers", "Матч закончился 2:0.", "맨체스터 시티의 2대0 승리.", "ko", False),
    ("numbers", "Осадки от 2,5 до 10 см.", "1 to 4 inches of rain.", "en", False),
    ("numbers", "Форум прошёл 12.03.2025.", "The forum took place on March 12, 2025.", "en", False),
    ("numbers", "Форум прошёл 12.03.2025.", "포럼은 2025년 3월 12일에 열렸다.", "ko", False),
    ("numbers", "Форум прошёл 12.03.2025.", "포럼은 2025. 3. 12.에 열렸다.", "ko", False),
    ("numbers", "Форум прошёл 12.03.2025.", "The forum took place on 2025-03-12.", "en", False),
    ("numbers", "Форум прошёл 12.03.2025.", "The forum took place on March 13, 2025.", "en", True),
    ("dates", "Форум прошёл 12.03.2025.", "The forum took place on March 12, 2025.", "en", False),
    ("dates", "Форум прошёл 12.03.2025.", "The forum took place on April 12, 2025.", "en", True),
    ("dates", "Форум прошёл 12 марта 2025 г.", "포럼은 2025. 3. 12.에 열렸다.", "ko", False),
    ("numbers", "Вес 10 кг.", "It weighs 22 pounds.", "en", False),
    ("numbers", "Вес 10 кг.", "It weighs 22 kg.", "en", True),  # a conversion changes the unit too
    ("numbers", "Длина трассы 100 км.", "The track is 60 km long.", "en", True),
    ("numbers", "Длина трассы 100 км.", "트랙 길이는 60km이다.", "ko", True),
    ("numbers", "Длина трассы 100 км.", "트랙 길이는 100킬로미터이다.", "ko", False),
    ("numbers", "Пятьдесят восемь процентов против.", "58 percent are against.", "en", False),
    ("numbers", "Пятьдесят восемь процентов против.", "57 percent are against.", "en", True),
    ("numbers", "С 1,7 миллиона четыре года назад.", "From 1.7 million 4 years ago.", "en", False),
    ("numbers", "С 1,7 миллиона четыре года назад.", "4년 전 170만 명에서.", "ko", False),
    ("numbers", "С 1,7 миллиона четыре года назад.", "5년 전 170만 명에서.", "ko", True),
    ("numbers", "Победа со счетом 1:0.", "A 1-0 win.", "en", False),
    ("numbers", "Счет 2:2.", "The 2-9 draw.", "en", True),
    ("numbers", "Прибыл в воскресенье.", "25일 도착했다.", "ko", False),
    ("dates", "Тереза Мэй выступила.", "Theresa May spoke.", "en", False),
    ("dates", "После июньского саммита.", "After the summit in May.", "en", True),
    ("dates", "После июньского саммита.", "6월 정상회담 이후.", "ko", False),
    ("dates", "Форум прошел 5 мая.", "The forum took place on May 5.", "en", False),
    ("dates", "Форум прошел 5 мая.", "The forum took place on March 5.", "en", True),
    ("dates", "Форум прошел 5 мая.", "포럼은 5월 5일에 열렸다.", "ko", False),
    ("dates", "Форум прошел 5 мая.", "포럼은 3월 5일에 열렸다.", "ko", True),
    ("percent", "Рост на 5%.", "Growth of 5 per cent.", "en", False),
    ("percent", "Рост на 5%.", "Growth of 5.", "en", True),
    ("percent", "Рост на 5%.", "5% 성장.", "ko", False),
    (
        "acronyms",
        "Представители KIAT и DYETEC.",
        "Representatives of KIAT and DYETEC.",
        "en",
        False,
    ),
    ("acronyms", "Представители KIAT и DYETEC.", "Representatives of KIAT and Dyetec.", "en", True),
    ("acronyms", "Представители KIAT и DYETEC.", "KIAT 대표들.", "ko", True),
    (
        "addresses",
        "Пишите на info@mineconom.gov.kg.",
        "Write to info@mineconom.gov.kg.",
        "en",
        False,
    ),
    ("addresses", "Сайт www.mineconom.gov.kg.", "Website mineconom.", "en", True),
    ("glossary", "Встреча Усенбековой в Бишкеке.", "Usenbekova met in Bishkek.", "en", False),
    ("glossary", "Встреча Усенбековой в Бишкеке.", "Usenbekova met in bishkek.", "en", True),
    (
        "glossary",
        "Встреча Усенбековой в Бишкеке.",
        "우센베코바는 비슈케크에서 만났다.",
        "ko",
        False,
    ),
    ("glossary", "Встреча Усенбековой в Бишкеке.", "우센베코바는 비시켁에서 만났다.", "ko", True),
    ("names", "Выступил Джон Голдсмит.", "John Goldsmith spoke.", "en", False),
    ("names", "Выступил Джон Голдсмит.", "He spoke.", "en", True),
    ("names", "Выступил Джон Голдсмит.", "존 골드스미스가 연설했다.", "ko", False),
    ("names", "Выступил Джон Голдсмит.", "그가 연설했다.", "ko", True),
    ("names", "Пошутил Бернерс-Ли.", "버너스 리는 농담을 했다.", "ko", False),
    ("names", "Пошутил Бернерс-Ли.", "그는 농담을 했다.", "ko", True),
    ("names", "Клуб Джеррарда проиграл.", "Gerrard's side lost.", "en", False),
    ("untranslated", RU, "Growth was 18.5% in 2024 году.", "en", True),
    ("untranslated", RU, "2024년 성장률은 18.5%였다.", "ko", False),
    ("wrong-script", RU, "Growth was 18.5% in 2024.", "ko", True),
    ("wrong-script", RU, "2024년 성장률은 18.5%였다.", "ko", False),
    ("wrong-script", RU, "Growth was 18.5% in 2024.", "en", False),
    ("wrong-script", RU, "نما بنسبة 18.5% في عام 2024.", "en", True),
    ("wrong-script", RU, "Growth (рост) was 18.5% in 2024, KIAT said.", "en", False),
    ("no-text", RU, "…", "en", True),
    ("no-text", RU, "😀 !!! «»", "ko", True),
    ("no-text", RU, "18,5%.", "en", False),
    ("no-text", "…", "…", "en", False),
    ("numbers", "Пришли 18\u2009500 человек.", "18,500 people came.", "en", False),
    ("numbers", "Пришли 1\u2009000\u2009000 человек.", "1,000,000 people came.", "en", False),
    (
        "acronyms",
        "Соглашение подписали KIAT и TASK.",
        "The agreement was signed by KIATs and TASKS.",
        "en",
        True,
    ),
    (
        "acronyms",
        "Соглашение подписали KIAT и TASK.",
        "KIAT's and TASK's heads signed it.",
        "en",
        False,
    ),
    (
        "acronyms",
        "Соглашение подписали KIAT и TASK.",
        "KIAT와 TASK가 협정에 서명했다.",
        "ko",
        False,
    ),
    (
        "wrong-script",
        "Министр встретилась с делегацией KIAT.",
        "⟦의사: Ministr vstretilasʹ s delegatsiey KIAT. ⟧",
        "ko",
        True,
    ),
    (
        "wrong-script",
        "Министр встретилась с делегацией KIAT.",
        "장관은 KIAT 대표단과 만났다.",
        "ko",
        False,
    ),
    (
        "wrong-script",
        "Актриса Гвинет Пэлтроу.",
        "배우 귀네스 팰트로(Gwyneth Paltrow).",
        "ko",
        False,
    ),
    ("same-as-source", RU, RU, "en", True),
    ("same-as-source", "KIAT", "KIAT", "en", False),
    ("repetition", RU, "Growth was pre- pre- pre- 18.5% in 2024.", "en", True),
    ("repetition", RU, "Growth was 18.5% in in 2024 in 2024 in 2024.", "en", True),
    ("repetition", RU, "Growth was 18.5% in 2024.", "en", False),
    ("repetition", RU, "2024년 성장률은 성장률은 18.5%였다.", "ko", False),
    ("repetition", RU, "2024년 성장률은 18.5%였다 18.5%였다.", "ko", True),
    (
        "omission",
        "Кыргызстан и Корею связывают тесные узы сотрудничества в торгово-экономической сфере.",
        "Kyrgyzstan and Korea.",
        "en",
        True,
    ),
    (
        "omission",
        "Кыргызстан и Корею связывают тесные узы сотрудничества в торгово-экономической сфере.",
        "Kyrgyzstan and Korea are bound by close ties of cooperation in trade and economy.",
        "en",
        False,
    ),
    (
        "omission",
        "Кыргызстан и Корею связывают тесные узы сотрудничества в торгово-экономической сфере.",
        "키르기스스탄과 한국은 무역 경제 분야에서 긴밀한 협력 관계를 맺고 있다.",
        "ko",
        False,
    ),
    (
        "omission",
        "Ожидается, что в отдельных районах Мексики пройдут обильные ливни с угрозой наводнений.",
        "Rainfall across portions of Mexico could be heavy, posing a significant flooding risk.",
        "en",
        False,
    ),
    (
        "omission",
        "Ожидается, что в отдельных районах Мексики пройдут обильные ливни с угрозой наводнений.",
        "Rainfall across Mexico.",
        "en",
        True,
    ),
    (
        "omission",
        "Кыргызстан и Корею связывают тесные узы сотрудничества в торгово-экономической сфере.",
        "키르기스스탄과 한국.",
        "ko",
        True,
    ),
    # a clause left out, though the draft is not much shorter than translations often are
    (
        "omission",
        "Президент Македонии Георге Иванов, противник референдума о смене названия, заявил, "
        "что не собирается признавать его результаты.",
        "Macedonian President Gjorge Ivanov, an opponent of the plebiscite on the name change, "
        "has said he will disregard the vote.",
        "en",
        False,
    ),
    (
        "omission",
        "Президент Македонии Георге Иванов, противник референдума о смене названия, заявил, "
        "что не собирается признавать его результаты.",
        "Macedonian President Gjorge Ivanov has said he will disregard the vote.",
        "en",
        True,
    ),
    # who said it: a quote's attribution and a named source are kept
    (
        "invented",
        "Форум прошел в Бишкеке.",
        "The forum was held in Bishkek. Thank you for watching!",
        "en",
        True,
    ),
    (
        "invented",
        "Форум прошел в Бишкеке.",
        "비슈케크에서 포럼이 열렸다. 구독과 좋아요 부탁드립니다.",
        "ko",
        True,
    ),
    ("invented", "Форум прошел в Бишкеке.", "The forum was held in Bishkek.", "en", False),
    # a translator splits a sentence in two: each half renders a clause of it
    (
        "invented",
        "Водитель остановился, но мужчина скончался на месте.",
        "The driver stopped. But the man died at the scene.",
        "en",
        False,
    ),
    (
        "invented",
        "Водитель остановился, но мужчина скончался на месте.",
        "운전자는 멈췄습니다. 그러나 그 남자는 현장에서 사망했습니다.",
        "ko",
        False,
    ),
    (
        "invented",
        "Член конгресса Максин Уотерс отвергла обвинения.",
        "U.S. Rep. Maxine Waters denounced the allegations.",
        "en",
        False,
    ),  # no sentence ends at U.S. or Rep.
    (
        "attribution",
        "«Мы готовы», — сказал министр.",
        '"We are ready," the minister said.',
        "en",
        False,
    ),
    ("attribution", "«Мы готовы», — сказал министр.", '"We are ready."', "en", True),
    (
        "attribution",
        "Некоторые спаслись на деревьях, сказал он.",
        "Some people climbed trees and survived.",
        "en",
        True,
    ),
    (
        "attribution",
        "По словам министра, форум пройдет в мае.",
        "According to the minister, the forum is in May.",
        "en",
        False,
    ),
    (
        "attribution",
        "По словам министра, форум пройдет в мае.",
        "The forum will be held in May.",
        "en",
        True,
    ),
    (
        "attribution",
        "«Мы готовы», — сказал министр.",
        '"우리는 준비가 되었다"고 장관이 말했다.',
        "ko",
        False,
    ),
    ("attribution", "«Мы готовы», — сказал министр.", '"우리는 준비가 되었다."', "ko", True),
    (
        "attribution",
        "Встреча может быть перенесена, заявил Белый дом в воскресенье.",
        "The meeting could be pushed back.",
        "en",
        True,
    ),
    (
        "attribution",
        "Г-н Мюллер, по сообщениям, расширяет расследование.",
        "Mr. Mueller is reportedly widening his inquiry.",
        "en",
        False,
    ),
    (
        "attribution",
        "Мать вызвала полицию, сообщив о нападении.",
        "His mother called the police.",
        "en",
        False,
    ),  # a gerund
    (
        "attribution",
        "Начните слушать то, что вам говорят.",
        "Start listening.",
        "en",
        False,
    ),  # what, not who
    (
        "unfinished",
        "Членов Ассамблеи беспокоят возможные шутки с этой аббревиатурой.",
        "상원 의원들은 그것이 조롱을 일으킬 것을 걱정하고 있다.",
        "ko",
        False,
    ),
    (
        "unfinished",
        "Членов Ассамблеи беспокоят возможные шутки с этой аббревиатурой.",
        "정치적 스펙트럼을 막론하고 상원 의원들은.",
        "ko",
        True,
    ),  # a particle
    (
        "unfinished",
        "Спасатель сообщил, что акулу видели, но ее не отнесли к опасным видам.",
        "구조원은 몇 주 전 그 지역에 상어가 나타났지만.",
        "ko",
        True,
    ),  # a connective
    (
        "unfinished",
        "Форум открылся, и министр выступил с речью.",
        "포럼이 열렸고 장관이 연설했습니다.",
        "ko",
        False,
    ),
    (
        "unfinished",
        "«Форум открылся», — сказал министр.",
        "“포럼이 열렸다”고 장관이 말했다.",
        "ko",
        False,
    ),
    (
        "unfinished",
        "Кто будет заботиться о вашей собаке?",
        "반려견은 누가 돌볼 것인가?",
        "ko",
        False,
    ),
    ("unfinished", "Форум текстильной промышленности", "섬유산업 포럼", "ko", False),  # a headline
    ("unfinished", "Среди брендов — Revlon и Essie.", "브랜드로는 Revlon과 Essie.", "ko", False),
    (
        "unfinished",
        "Спасатель сообщил, что акулу видели.",
        "The lifeguard said that a shark.",
        "en",
        False,
    ),
    # an English draft cut off after an article, a conjunction, ``to`` or a possessive
    (
        "unfinished",
        "Это первые осадки с начала сезона дождей в регионе.",
        "This would be the region's.",
        "en",
        True,
    ),
    (
        "unfinished",
        "Пешие прогулки в пустыне чреваты последствиями.",
        "It would be ill advised to venture out into.",
        "en",
        True,
    ),
    (
        "unfinished",
        "Форум открылся, и министр выступил с речью.",
        "The forum opened and the.",
        "en",
        True,
    ),
    (
        "unfinished",
        "Форум открылся, и министр выступил с речью.",
        "The forum opened and.",
        "en",
        True,
    ),
    (
        "unfinished",
        "Министр пригласил партнёров посетить Бишкек.",
        "The minister invited partners to.",
        "en",
        True,
    ),
    ("unfinished", "Министр выступил с речью.", "The minister gave a speech.", "en", False),
    (
        "unfinished",
        "Они пообедали в «Макдоналдсе».",
        "They had lunch at McDonald's.",
        "en",
        False,
    ),  # a name
    (
        "unfinished",
        "63% получили оценку «А».",
        "63 per cent achieved an A.",
        "en",
        False,
    ),  # a grade
    (
        "unfinished",
        "С этим многие уже борются.",
        "Many are already struggling with.",
        "en",
        False,
    ),  # stranded
    ("unfinished", "Кому вы это отдали?", "Who did you give it to?", "en", False),  # a question
    (
        "unfinished",
        "Форум текстильной промышленности и",
        "The textile forum and",
        "en",
        False,
    ),  # a headline
    (
        "length",
        "Кыргызстан и Корею связывают тесные узы сотрудничества в торгово-экономической сфере.",
        "Kyrgyzstan and Korea.",
        "en",
        False,
    ),  # too short is omission's to say
    (
        "length",
        "Кыргызстан и Корея.",
        "Kyrgyzstan and Korea are bound by close ties of cooperation in trade, "
        "in the economy, in culture and in education, as the minister said on Monday.",
        "en",
        True,
    ),
    ("acronyms", "Toyota UK сообщила об этом.", "토요타 영국 지사가 이를 밝혔다.", "ko", False),
    ("acronyms", "Расследование ФБР и CIA.", "연방수사국의 조사.", "ko", True),
    ("acronyms", "Расследование FBI.", "The investigation.", "en", True),
    (
        "names",
        "Один из внуков, Майкл Ванн, сказал.",
        "One grandson, Michael Vann, said.",
        "en",
        False,
    ),
    (
        "names",
        "Он говорил с Ким Чен Ыном о переговорах.",
        "He spoke with Kim Jong Un about the talks.",
        "en",
        False,
    ),
    (
        "names",
        "Он говорил с Ким Чен Ыном о переговорах.",
        "그는 김정은 위원장과 협상에 대해 이야기했다.",
        "ko",
        False,
    ),
    (
        "names",
        "Он говорил с Ким Чен Ыном о переговорах.",
        "He spoke with the leader about the talks.",
        "en",
        True,
    ),
    ("names", "Об этом рассказал Хаммел.", "하멜은 이렇게 이야기했다.", "ko", False),
    ("names", "Об этом рассказал Хаммел.", "친구가 이렇게 이야기했다.", "ko", True),
    (
        "names",
        "Трамп выступил в Западной Вирджинии.",
        "트럼프는 웨스트버지니아주에서 연설했다.",
        "ko",
        False,
    ),
    (
        "names",
        "Об этом сообщил президент Джоко Видодо.",
        "조코 위도도(Joko Widodo) 대통령이 밝혔다.",
        "ko",
        False,
    ),
    ("names", "Об этом сообщил г-н Дэвис.", "Davis 씨가 밝혔다.", "ko", False),
    (
        "names",
        "Трамп выступил в Мэриленде.",
        "트럼프가 이렇게 말했다.",
        "ko",
        True,
    ),  # 말했다 is no 메릴랜드
    (
        "names",
        "Об этом сообщила Тереза Мэй в Лондоне.",
        "Theresa May said so in London.",
        "en",
        False,
    ),
    ("names", "Забил за «Джайантс».", "He scored for the Giants.", "en", False),
    ("names", "Это счетчик Гейгера.", "가이거 계수기입니다.", "ko", False),
    ("names", "Это счетчик Кромвеля.", "계수기입니다.", "ko", True),
    ("names", "Акула напала в Калифорнии.", "A shark attacked in California.", "en", False),
    ("names", "Акула напала в Калифорнии.", "A shark attacked.", "en", True),
    ("names", "Выступил канцлер Германии.", "The German chancellor spoke.", "en", False),
    ("names", "Выступил канцлер Германии.", "The chancellor spoke.", "en", True),
    ("names", "Выступил канцлер Германии.", "독일 총리가 연설했다.", "ko", False),
    ("names", "Выступил канцлер Германии.", "총리가 연설했다.", "ko", True),
    ("names", "Выступил Борис Джонсон.", "Johnson spoke.", "en", False),
    ("names", "Выступил Борис Джонсон.", "Boris spoke.", "en", True),
    ("names", "Выступил Джонс.", "The changes were discussed.", "en", True),
    ("names", "Выступила Тереза Мэй.", "May spoke.", "en", False),
    # a short name (one consonant heard) is spelt in English, even like a month
    ("names", "Выступила Тереза Мэй.", "Theresa spoke.", "en", True),
    ("names", "Выступила Тереза Мэй.", "Theresa May spoke.", "en", False),
    ("names", "Г-жа Мэй заявила об этом в мае.", "Mrs May said so in May.", "en", False),
    ("names", "Об этом сказал Мун.", "Moon said so.", "en", False),
    ("names", "Об этом сказал Мун.", "He said so.", "en", True),
    ("names", "Укрытия построены в Ачехе.", "Shelters have been built in Aceh.", "en", False),
    ("names", "Укрытия построены в Ачехе.", "Shelters have been built.", "en", True),
    ("names", "Об этом сказал Спит.", "Spieth said so.", "en", False),  # to the dictionary, спать
    ("names", "Об этом сказал Спит.", "He said so.", "en", True),
    (
        "names",
        "Велосипедист погиб на Чайлдерс-стрит.",
        "A cyclist died on Childers Street.",
        "en",
        False,
    ),
    ("names", "Велосипедист погиб на Чайлдерс-стрит.", "A cyclist died on the street.", "en", True),
    ("names", "Мини-маркеты разграблены.", "Mini-markets were looted.", "en", False),
    (
        "names",
        "Выступил дипломат Ли Ён Хо.",
        "Diplomat Ri Yong Ho spoke.",
        "en",
        False,
    ),  # Ли, to the dictionary, is ли
    ("names", "Выступил дипломат Ли Ён Хо.", "The diplomat spoke.", "en", True),
    (
        "names",
        "Об этом рассказал Харис Associated Press.",
        "Haris told Associated Press.",
        "en",
        False,
    ),
    ("names", "Об этом рассказал Харис Associated Press.", "He told Associated Press.", "en", True),
    ("names", "Об этом сообщает New York Post.", "The New York Post reports it.", "en", False),
    ("names", "Об этом сообщает New York Post.", "The paper reports it.", "en", True),
    (
        "names",
        "Это расследование мистера Мюллера.",
        "It is Mr. Mueller's investigation.",
        "en",
        False,
    ),
    ("names", "Это расследование мистера Мюллера.", "It is Mr. Smith's investigation.", "en", True),
    (
        "names",
        "Это к северу от столицы Индонезии Джакарты.",
        "인도네시아의 수도 자카르타 북쪽이다.",
        "ko",
        False,
    ),
    ("names", "Это к северу от столицы Индонезии Джакарты.", "수도 자카르타 북쪽이다.", "ko", True),
    (
        "names",
        "Проект сделал Берлин пленником Москвы.",
        "파이프라인(pipeline) 프로젝트는 모스크바의 포로가 되었다.",
        "ko",
        True,
    ),
    (
        "names",
        "Он победил Дастина Джонсона и Хенрика Стенсона.",
        "그는 더스틴 존슨(Dustin Johnson)을 이겼다.",
        "ko",
        True,
    ),
    (
        "names",
        "Флот вернул судно на верфь в Гамбурге.",
        "해군이 취항을 공식 거부해 조선소에 반환했다.",
        "ko",
        True,
    ),
    ("names", "Выступила Тереза Мэй.", "테리사 메이가 연설했다.", "ko", False),
    ("names", "Выступила Тереза Мэй.", "테리사가 연설했다.", "ko", False),  # too short for Korean
    (
        "names",
        "Выступила Тереза Мэй.",
        "총리가 연설했다.",
        "ko",
        True,
    ),  # ... so any word of the name renders it
    # one word renders one name: 북한 is Северная Корея or Пхеньян, not both
    (
        "names",
        "Пхеньян ответил, что Северная Корея готова.",
        "북한은 준비가 되었다고 답했다.",
        "ko",
        True,
    ),
    (
        "names",
        "Пхеньян ответил, что Северная Корея готова.",
        "평양은 북한이 준비가 되었다고 답했다.",
        "ko",
        False,
    ),
    # a name the table knows is held to close sound matches: 프린지와 "fringe" is not Париже (파리)
    (
        "names",
        "Сумка с бахромой показана на Неделе моды в Париже.",
        "프린지 백이 파리 패션 위크에 나왔다.",
        "ko",
        False,
    ),
    (
        "names",
        "Сумка с бахромой показана на Неделе моды в Париже.",
        "프린지와 백이 패션 위크에 나왔다.",
        "ko",
        True,
    ),
    # two words the NER puts in two entities are two names: Теннесси, then Род Рид
    (
        "names",
        "Главный тренер штата Теннесси Род Рид заявил об этом.",
        "테네시 주립대의 로드 리드 코치가 말했다.",
        "ko",
        False,
    ),
    (
        "names",
        "Главный тренер штата Теннесси Род Рид заявил об этом.",
        "로드 리드 수석 코치가 말했다.",
        "ko",
        True,
    ),
    # a whole native word is no transcription: 비록 "although" is not Ферика
    (
        "names",
        "Хотя команде Ферика нужна лишь ничья.",
        "비록 푸릭의 팀은 무승부만 하면 된다.",
        "ko",
        False,
    ),
    ("names", "Хотя команде Ферика нужна лишь ничья.", "비록 팀은 무승부만 하면 된다.", "ko", True),
    # a name the dictionary knows as its own lemma keeps its ending: Чили is no Чил for 줄
    (
        "names",
        "Это даст шанс отношениям с Чили.",
        "이것은 칠레와의 관계에 기회를 줄 것이다.",
        "ko",
        False,
    ),
    ("names", "Это даст шанс отношениям с Чили.", "이것은 관계에 기회를 줄 것이다.", "ko", True),
    ("names", "Так считает Зарате.", "So says Zárate.", "en", False),
    # a common noun's translation is its rendering, and no other name's: Federation is not Берлином
    (
        "names",
        "Это соглашения Федерации с Берлином.",
        "These are the Federation's agreements with Berlin.",
        "en",
        False,
    ),
    (
        "names",
        "Это соглашения Федерации с Берлином.",
        "These are the Federation's agreements.",
        "en",
        True,
    ),
    # a first name of a run claims its word without its case ending: Justin is Джастином's, not
    # Джорданом's
    (
        "names",
        "Очки заработали Джорданом Спит и Джастином Томасом.",
        "Points went to Jordan Spieth and Justin Thomas.",
        "en",
        False,
    ),
    (
        "names",
        "Очки заработал Джорданом и Джастином Томасом.",
        "Points went to Justin Thomas.",
        "en",
        True,
    ),
    # a common noun before a Latin name is a name of its own, not its title
    (
        "names",
        "Так сказал Росс Sportsound BBC Scotland.",
        "Ross told BBC Scotland's Sportsound.",
        "en",
        False,
    ),
    (
        "names",
        "Так сказал Росс Sportsound BBC Scotland.",
        "He told BBC Scotland's Sportsound.",
        "en",
        True,
    ),
    # a word inside a longer span claimed by another name: JAY of JAY-Z is not Уэстом's JAY-Z
    (
        "names",
        "Выступавший с Уэстом рэппер Джей-Зи тоже менял имя.",
        "A former West collaborator, JAY-Z, also did.",
        "en",
        False,
    ),
    (
        "names",
        "Выступавший с Уэстом рэппер Джей-Зи тоже менял имя.",
        "A former collaborator, JAY-Z, also did.",
        "en",
        True,
    ),
    (
        "names",
        "Его жена Зорица голосовала.",
        "His wife Zorica voted.",
        "en",
        False,
    ),  # c of a Slavic ending is ц
    ("names", "Так сказала Оливера Георгиевская.", "So said Olivera Georgijevska.", "en", False),
    # a surname declined like an adjective, after a first name, is the name required
    ("names", "Так сказала Оливера Георгиевская.", "So said Olivera.", "en", True),
    # declined syllables of an East Asian name: the family name comes first (Муном, not Чжэ)
    ("names", "Он встретился с лидером Муном Чжэ Ином.", "He met leader Moon Jae-in.", "en", False),
    (
        "names",
        "Он встретился с лидером Муном Чжэ Ином.",
        "He met the U.S. leader Jae-in.",
        "en",
        True,
    ),
    # declined short words are an East Asian name only when each is a syllable: Тарой Кэпп is Кэпп's
    (
        "names",
        "Уиллоуби создала марку вместе с Тарой Кэпп в 2016 году.",
        "윌로비는 2016년에 캡과 브랜드를 세웠다.",
        "ko",
        False,
    ),
    # a one-syllable rendering (미 for Вашингтон) starts a word: 이미 "already" is none
    (
        "names",
        "Министр заявил, что Вашингтон может прибегнуть к помощи флота.",
        "장관은 미 해군이 준비되어 있다고 말했다.",
        "ko",
        False,
    ),
    (
        "names",
        "Министр заявил, что Вашингтон может прибегнуть к помощи флота.",
        "장관은 해군이 이미 준비되어 있다고 말했다.",
        "ko",
        True,
    ),
    # a Latin gloss is read two words at a time too: Los of (Los Angeles Dodgers) is Лос-Анджелес's,
    # not Рокиз's
    (
        "names",
        "Он играет против «Рокиз», опережающих «Лос-Анджелес Доджерс».",
        "그는 로스앤젤레스 다저스(Los Angeles Dodgers)를 앞선 로키스와 맞선다.",
        "ko",
        False,
    ),
    (
        "names",
        "Он играет против «Рокиз», опережающих «Лос-Анджелес Доджерс».",
        "그는 다저스(Los Angeles Dodgers)를 앞선 팀과 맞선다.",
        "ko",
        True,
    ),
    # a particle written straight after a gloss or a digit is no name: 에서 is not Сан-Хосе
    (
        "names",
        "Турнир в Сан-Хосе показали на 5 канале.",
        "산호세(San Jose) 대회는 채널 5에서 방영됐다.",
        "ko",
        False,
    ),
    ("names", "Турнир в Сан-Хосе показали на 5 канале.", "대회는 채널 5에서 방영됐다.", "ko", True),
    # the Richter scale is how Russian writes a magnitude: English and Korean write the magnitude
    (
        "names",
        "Цунами последовал за землетрясением магнитудой 7,5 по шкале Рихтера.",
        "The tsunami followed a 7.5 magnitude earthquake.",
        "en",
        False,
    ),
    (
        "names",
        "Цунами последовал за землетрясением магнитудой 7,5 по шкале Рихтера.",
        "쓰나미는 규모 7.5의 지진에 뒤이어 일어났다.",
        "ko",
        False,
    ),
    # two names keyed alike (Форд and Бретта: blt): the letters say whose Brett is
    (
        "names",
        "Судья высмеял показания Бретта Кавано о заявлениях Кристины Блейси Форд.",
        "The judge mocked Brett Kavanaugh's testimony on the claims of Christine Blasey Ford.",
        "en",
        False,
    ),
    (
        "names",
        "Судья высмеял показания Бретта Кавано о заявлениях Кристины Блейси Форд.",
        "The judge mocked Brett Kavanaugh's testimony on the claims.",
        "en",
        True,
    ),
    (
        "names",
        "Судья высмеял показания Бретта Кавано о заявлениях Кристины Блейси Форд.",
        "판사는 브렛 캐버노(Brett Kavanaugh)의 증언을 비웃었다.",
        "ko",
        True,
    ),
    # a weak sound match that translates another word of the source is that word's: 이제 is теперь,
    # not Уэст
    (
        "names",
        "Он заявил, что теперь он известен как Канье Уэст.",
        "그는 이제 카니예 웨스트로 알려졌다고 밝혔다.",
        "ko",
        False,
    ),
    (
        "names",
        "Он заявил, что теперь он известен как Канье Уэст.",
        "그는 이제 정식으로 알려진 사람이라고 밝혔다.",
        "ko",
        True,
    ),
    ("names", "Победил Рори Макилрой.", "Rory McIlroy won.", "en", False),
    ("names", "Победил Рори Макилрой.", "Rory won.", "en", True),
    ("names", "Визит в Кыргызстан.", "키르기스스탄에서는 방문.", "ko", False),
    ("percent", "Китай сообщает о 14-процентном росте.", "China reports a 14% rise.", "en", False),
    ("percent", "Процентная ставка выросла до 14.", "The interest rate rose to 14%.", "en", True),
    ("percent", "Рост на 3 процентных пункта.", "3포인트 상승.", "ko", False),
    ("percent", "Рост на 3 процентных пункта.", "3프로 상승.", "ko", False),
    ("percent", "Рост на 3 процентных пункта.", "3포인트가 올랐다.", "ko", False),
    (
        "percent",
        "Он работал в тренерском штабе.",
        "그는 코칭스태프로 일했다.",
        "ko",
        False,
    ),  # 스태프 + 로
    (
        "percent",
        "Он набрал 25,5 очка за карьеру.",
        "그는 25.5의 커리어 포인트를 기록했다.",
        "ko",
        False,
    ),
    ("names", "Форум пройдет в Республике Корея.", "포럼은 대한민국에서 열린다.", "ko", False),
    ("names", "Форум пройдет в Республике Корея.", "포럼이 열린다.", "ko", True),
    (
        "names",
        "Выступил глава Торгово-промышленной палаты.",
        "The head of the Chamber of Commerce spoke.",
        "en",
        False,
    ),
    ("numbers", "Каждый пятый ребенок.", "5명 중 1명의 어린이.", "ko", False),
    ("numbers", "Трио хип-хопперов.", "어느 힙합 3인조.", "ko", False),
    ("numbers", "Трио хип-хопперов.", "어느 힙합 4인조.", "ko", True),
    ("brackets", "Институт (KIAT) и DYETEC.", "The institute (KIAT and DYETEC.", "en", True),
    ("brackets", "Институт (KIAT) и DYETEC.", "The institute (KIAT) and DYETEC.", "en", False),
    ("brackets", "Проект «TASK».", 'The "TASK" project.', "en", False),
    ("brackets", "Проект TASK.", 'The "TASK project.', "en", True),
    ("brackets", "Я не сливала, — сказала она.", "I didn't leak,\" she said.", "en", False),
    (
        "brackets",
        "Готовили переворот.",
        'They planned a coup d"état.',
        "en",
        False,
    ),  # an apostrophe mistyped
    ("brackets", "Готовили переворот.", "They planned a \"coup d'état.", "en", True),
    (
        "brackets",
        "Он выбрал слова хорошо и плохо, как всегда.",
        "그는 “좋다”와 “나쁘다”, 두 말을 골랐다.",
        "ko",
        False,
    ),
    # ^ Korean writes quotes straight onto the words on both sides
    ("repetition", "«Нет, нет, нет, нет».", '"No, no, no, no."', "en", False),
    # a target word renders the name it sounds most like, from the same first consonant
    ("names", "После Эрдоган направился в Кельн.", "Then he headed for Cologne.", "en", True),
    ("names", "После Эрдоган направился в Кельн.", "Then Erdogan headed for Cologne.", "en", False),
    ("names", "Он учился в Гарварде.", "He studied at Harvard.", "en", False),  # Г for an English H
    ("names", "Видео драки Симса и Симпсона.", "심스와 심슨의 싸움 영상.", "ko", False),
    ("names", "Видео драки Симса и Симпсона.", "심스의 싸움 영상.", "ko", True),
    (
        "names",
        "Дебют ЛеБрона за Лейкерс в Сан-Диего.",
        "르브론, 샌디에이고에서 레이커스 데뷔.",
        "ko",
        False,
    ),
    (
        "names",
        "Об этом рассказал Хаммел.",
        "물에서 이렇게 말했다.",
        "ko",
        True,
    ),  # 물 is one syllable
    (
        "names",
        "Показания Бретта Кавано и Кристины Блейси.",
        "브렛 캐버노의 증언.",
        "ko",
        True,
    ),  # 브렛 is Brett
    (
        "names",
        "Показания Бретта Кавано и Кристины Блейси.",
        "브렛 캐버노와 크리스틴 블레이시의 증언.",
        "ko",
        False,
    ),
    (
        "names",
        "Выступил Иванович.",
        "Ivanovich spoke.",
        "en",
        False,
    ),  # a patronymic alone (was an IndexError)
    ("names", "Выступил Иванович.", "He spoke.", "en", True),
    ("names", "Выступил Болтон.", "볼턴이 말했다.", "ko", False),
    (
        "names",
        "Выступил Болтон.",
        "결정사항에 대해 말했다.",
        "ko",
        True,
    ),  # a transcription keeps the б
    ("names", "Выступил Тайгер Вудс.", "타이거 우즈가 말했다.", "ko", False),  # в for an English w
    (
        "names",
        "Он прибыл в Гондурас.",
        "그는 온두라스에 도착했다.",
        "ko",
        False,
    ),  # г for an English h
    (
        "names",
        "Задержан в Ист-Батон-Руж.",
        "동부 배턴루지에서 체포되었다.",
        "ko",
        False,
    ),  # a part translated
    (
        "names",
        "Об этом сказал Роналду.",
        "호날두가 이렇게 말했다.",
        "ko",
        False,
    ),  # the table, by the word
    # a capitalised common noun inside a sentence is a name, spelt or translated
    (
        "names",
        "Команда готовится к отправке в Палу.",
        "The team is preparing to travel to Palu.",
        "en",
        False,
    ),
    (
        "names",
        "Команда готовится к отправке в Палу.",
        "The team is preparing to travel to the city.",
        "en",
        True,
    ),
    ("names", "Голосование пройдет в Сенате.", "The vote will be held in the Senate.", "en", False),
    ("names", "Голосование пройдет в Сенате.", "The vote will be held soon.", "en", True),
    (
        "names",
        "В субботу Управление подверглось критике.",
        "The agency was criticised on Saturday.",
        "en",
        False,
    ),
    (
        "names",
        "Он выступил в Организации Объединенных Наций.",
        "He spoke at the United Nations.",
        "en",
        False,
    ),
    (
        "names",
        "Он выступил в Организации Объединенных Наций.",
        "그는 유엔에서 연설했다.",
        "ko",
        False,
    ),
    ("names", "Он выступил в Организации Объединенных Наций.", "그는 연설했다.", "ko", True),
    (
        "names",
        "Это сравнимо с церемонией вручения «Оскар».",
        "이는 아카데미 어워드 시청자 수와 비슷하다.",
        "ko",
        False,
    ),
    ("names", "Холод в Арктике усилится.", "북극의 추위가 심해질 것이다.", "ko", False),
    ("names", "Голосование пройдет в Сенате.", "투표는 상원에서 진행된다.", "ko", False),
    ("names", "Голосование пройдет в Сенате.", "투표는 곧 진행된다.", "ko", True),
    ("names", "Об этом сообщил Комитет Ассамблеи.", "The committee said so.", "en", False),
    ("names", "Об этом сообщил Комитет Ассамблеи.", "They said so.", "en", True),
    ("names", "Об этом он написал в Твиттере.", "He said so in a tweet.", "en", False),
    ("names", "Выступил Президент Трамп.", "Trump spoke.", "en", False),  # a title, not a name
    # a person is never excused by a word the encoder finds close to a dictionary reading (стерлинг)
    (
        "names",
        "Но именно Стерлинг дал «Небесно-голубым» преимущество.",
        "But it gave the Sky Blues the edge.",
        "en",
        True,
    ),
    (
        "names",
        "Пелоси выступила на Texas Tribune Festival в г. Остин, штат Техас.",
        "Pelosi spoke at the Texas Tribune Festival in Austin, Texas.",
        "en",
        False,
    ),  # one mention, one span
    (
        "names",
        "Первыми жертвами стали гости фестиваля в Палу.",
        "The first victims were festival guests on Friday.",
        "en",
        True,
    ),  # a day of the week renders no name
    (
        "names",
        "Разгромив Вудса и Рида, они обыграли Вудсом.",
        "Having crushed Woods and Reed, they beat Woods.",
        "en",
        False,
    ),  # two mentions of one name do not compete
    ("names", "Выступил Президент Трамп.", "The president spoke.", "en", True),
    # Korean: a capitalised common noun the NER reads as a place or person is heard; a generic one
    # is not
    (
        "names",
        "Команда готовится к отправке в Палу.",
        "팀은 팔루로 출발할 준비를 하고 있다.",
        "ko",
        False,
    ),
    ("names", "Команда готовится к отправке в Палу.", "팀은 출발할 준비를 하고 있다.", "ko", True),
    (
        "names",
        "Команда готовится к отправке в Палу.",
        "팀은 불리는 곳으로 출발한다.",
        "ko",
        True,
    ),  # 불 is no Палу
    ("names", "Дожди придут на Юго-Запад страны.", "비가 남서부에 올 것이다.", "ko", False),
    # a short name heard by its vowels (the r of Азар may go unsaid, but Азар has two syllables)
    ("names", "Далее он передал пас на ход Азару.", "그는 아자르에게 패스했다.", "ko", False),
    ("names", "Далее он передал пас на ход Азару.", "그는 패스했다.", "ko", True),
    (
        "names",
        "Голы забил Патрик Дуайер.",
        "패트릭 드와이어가 골을 넣었다.",
        "ko",
        False,
    ),  # уа as 와
    # a stem inside a word of Korean's own (Kiwi) renders no name: 발 of 발령된, 치명 of 치명적인
    (
        "names",
        "Власти не сообщили о цунами в Палу.",
        "당국은 경고가 발령된 뒤 쓰나미를 알리지 않았다.",
        "ko",
        True,
    ),
    (
        "names",
        "Власти не сообщили о цунами в Палу.",
        "당국은 팔루의 쓰나미를 알리지 않았다.",
        "ko",
        False,
    ),
    (
        "names",
        "Симпсон признался, что ранил Уэйда.",
        "그는 웨이드에게 치명적인 총상을 입혔다고 인정했다.",
        "ko",
        True,
    ),
    (
        "names",
        "Симпсон признался, что ранил Уэйда.",
        "심슨은 웨이드에게 총상을 입혔다고 인정했다.",
        "ko",
        False,
    ),
    (
        "names",
        "Клуб тренировал Мартин О'Нил.",
        "The club was managed by Martin O'Neill.",
        "en",
        False,
    ),
    ("names", "Клуб тренировал Мартин О'Нил.", "The club was managed by Martin.", "en", True),
    ("names", "Клуб тренировал Мартин О'Нил.", "마틴 오닐이 클럽을 맡았다.", "ko", False),
    ("names", "Клуб тренировал Мартин О'Нил.", "마틴이 클럽을 맡았다.", "ko", True),
    # a surname the dictionary does not know, opening the sentence
    (
        "names",
        "Жапаров подчеркнул важность реформы.",
        "He stressed the importance of the reform.",
        "en",
        True,
    ),
    (
        "names",
        "Жапаров подчеркнул важность реформы.",
        "Japarov stressed the importance of the reform.",
        "en",
        False,
    ),
    (
        "names",
        "Жапаров подчеркнул важность реформы.",
        "자파로프는 개혁의 중요성을 강조했다.",
        "ko",
        False,
    ),
    (
        "names",
        "Жапаров подчеркнул важность реформы.",
        "대통령은 개혁의 중요성을 강조했다.",
        "ko",
        True,
    ),
    ("names", "Шанхайский форум открыт.", "The forum is open.", "en", False),  # an adjective
]


# A pronoun stands for a person named in the sentences before, in the name's own place: the
# sentence's opening subject, or the speaker after a quotation.
# (context, source, draft, language, flagged)
NAMED_BEFORE = ("Канье Уэст сменил имя.",)
IVANOV = ("Министр Иванов посетил объект.",)
BOTH = ("Министр Иванов и министр Петрова выступили.",)
USENBEKOVA = ("Выступила Айнура Усенбекова.",)
PRONOUN_ROWS = [
    (
        NAMED_BEFORE,
        "Канье не первый рэппер, решивший сменить имя.",
        "He is not the first rapper to change his name.",
        "en",
        False,
    ),
    (
        NAMED_BEFORE,
        "Канье не первый рэппер, решивший сменить имя.",
        "그는 이름을 바꾼 첫 래퍼가 아니다.",
        "ko",
        False,
    ),
    (
        NAMED_BEFORE,
        "В минувшем сезоне Канье записал альбом.",
        "He recorded an album last season.",
        "en",
        False,
    ),
    (NAMED_BEFORE, "«Я счастлив», — сказал Канье.", '"I am happy," he said.', "en", False),
    (
        NAMED_BEFORE,
        "«Я счастлив», — прокомментировал Канье.",
        '"I am happy," said he.',
        "en",
        False,
    ),
    (
        NAMED_BEFORE,
        "«Я счастлив», — сказал Канье.",
        '"나는 행복하다"라고 그는 말했다.',
        "ko",
        False,
    ),
    # the first mention is never a pronoun
    (
        (),
        "Канье не первый рэппер, решивший сменить имя.",
        "He is not the first rapper to change his name.",
        "en",
        True,
    ),
    (("Выступил министр.",), "Канье не первый рэппер.", "He is not the first rapper.", "en", True),
    ((), "«Я счастлив», — сказал Канье.", '"나는 행복하다"라고 그는 말했다.', "ko", True),
    # the pronoun is not in the name's place: a name left out, not replaced
    (
        NAMED_BEFORE,
        "Канье не первый рэппер, решивший сменить имя.",
        "His is not the first name to change.",
        "en",
        True,
    ),
    (NAMED_BEFORE, "Канье не первый рэппер.", "그의 이름은 첫 래퍼가 아니다.", "ko", True),
    (
        NAMED_BEFORE,
        "Они сказали, что Канье сменил имя.",
        "He said they changed the name.",
        "en",
        True,
    ),
    (
        NAMED_BEFORE,
        "Он сказал, что Канье записал альбом.",
        "He said that an album was recorded.",
        "en",
        True,
    ),
    (NAMED_BEFORE, "«Я счастлив», — сказал Канье.", '"He said I am happy."', "en", True),
    (
        NAMED_BEFORE,
        "«Он сказал, что счастлив», — сказал Канье.",
        '"He said he would be happy," said.',
        "en",
        True,
    ),
    # a place is no "he"
    (("Германия голосует.",), "Германия проголосовала против.", "She voted against.", "en", True),
    # the name is not the subject, or not this pronoun's: an aide, a son, a wife, an object, a
    # quotation
    (
        IVANOV,
        "«Работы завершены», — сказал помощник Иванова.",
        '"The work is complete," he said.',
        "en",
        True,
    ),
    (
        IVANOV,
        "По словам сына Иванова, работы завершены.",
        "He said the work is complete.",
        "en",
        True,
    ),
    (IVANOV, "Супруга Иванова посетила школу.", "She visited the school.", "en", True),
    (IVANOV, "Иванову позвонил Петров.", "He called Petrov.", "en", True),
    (
        ("Министр Иванова выступила.",),
        "Иванова поздравил президент.",
        "He congratulated the president.",
        "en",
        True,
    ),
    (
        IVANOV,
        "«Иванов сделал многое для района», — сказал Петров.",
        '"He has done a lot for the district," Petrov said.',
        "en",
        True,
    ),
    (USENBEKOVA, "Усенбековой вручили орден.", "그녀는 훈장을 수여했다.", "ko", True),
    # a verb's gender: Петрова is "she"
    (BOTH, "Петрова посетила школу.", "He visited the school.", "en", True),
    (BOTH, "Иванов посетил школу.", "She visited the school.", "en", True),
    (BOTH, "«Мы готовы», — сказала Петрова.", '"We are ready," he said.', "en", True),
    (BOTH, "«Мы готовы», — сказала Петрова.", '"We are ready," she said.', "en", False),
    (
        ("Министр Петр Иванов выступил.",),
        "Сергей Иванов посетил школу.",
        "He visited the school.",
        "en",
        True,
    ),
    # a release's own ways of saying who speaks
    (
        USENBEKOVA,
        "Как отметила Усенбекова, страны сотрудничают.",
        "As she noted, the countries cooperate.",
        "en",
        False,
    ),
    (
        USENBEKOVA,
        "«Работы завершены», — подчеркнула Усенбекова.",
        '"The work is complete," she stressed.',
        "en",
        False,
    ),
    (
        USENBEKOVA,
        "«Работы завершены», — отметила Усенбекова.",
        '"The work is complete", she noted.',
        "en",
        False,
    ),
    (
        USENBEKOVA,
        "«Работы завершены», — подчеркнула Усенбекова.",
        '"작업이 완료되었다"라고 그녀는 강조했다.',
        "ko",
        False,
    ),
    (
        USENBEKOVA,
        "По словам Усенбековой, страны сотрудничают.",
        "According to her, the countries cooperate.",
        "en",
        False,
    ),
    (
        USENBEKOVA,
        "В понедельник Усенбекова посетила школу.",
        "On Monday, she visited the school.",
        "en",
        False,
    ),
    (
        USENBEKOVA,
        "Кроме того, Усенбекова посетила школу.",
        "She also visited the school.",
        "en",
        False,
    ),
    (IVANOV, "Министр Иванов посетил школу.", "He visited the school.", "en", False),
]


@pytest.mark.parametrize("context, source, draft, language, flagged", PRONOUN_ROWS)
def test_a_pronoun_renders_a_person_named_before_in_the_names_place(
    context, source, draft, language, flagged
):
    found = {p.check for p in run_checks(source, draft, language, context=context)}
    assert ("names" in found) == flagged, run_checks(source, draft, language, context=context)


def test_the_checks_read_only_the_last_sentences_before():
    far = ("Канье Уэст сменил имя.",) + ("Погода была хорошей.",) * CONTEXT
    assert context_of([*far, "x"], len(far)) == far[-CONTEXT:]
    assert "names" in {
        p.check
        for p in run_checks(
            "Канье не первый рэппер.", "He is not the first rapper.", "en", context=far
        )
    }


@pytest.mark.parametrize("check, source, draft, language, fires", ROWS)
def test_check(check, source, draft, language, fires):
    found = {p.check for p in run_checks(source, draft, language, GLOSSARY)}
    assert (check in found) == fires, run_checks(source, draft, language, GLOSSARY)


def test_problem_message_names_check_and_values():
    problems = run_checks("Рост составил 18,5.", "Growth was 18.6.", "en")
    assert problems == [Problem("numbers", "error", "numbers: 18,5 ≠ 18.6")]


def test_a_name_written_in_lower_case_is_shown_where_it_is():
    source = "Как отметила заместитель министра Айнура Усенбекова, страны развивают отношения."
    problems = run_checks(
        source, "As deputy minister ainura usenbekova noted, the countries develop relations.", "en"
    )
    assert (
        Problem(
            "names",
            "warning",
            "names: no rendering of Айнура Усенбекова (in lower case: usenbekova)",
        )
        in problems
    )


def test_empty_draft_has_no_problems():
    assert run_checks("Рост составил 18,5.", "", "en") == []


def test_checks_are_declared_once_with_a_title():
    names = [check.name for check in CHECKS]
    assert len(names) == len(set(names))
    assert all(check.severity in ("error", "warning") and check.title for check in CHECKS)


def test_a_clean_release_sentence_passes():
    source = "В Кыргызстане работает более 1000 компаний с корейским участием."
    assert (
        run_checks(
            source,
            "More than 1,000 companies with Korean participation operate in Kyrgyzstan.",
            "en",
        )
        == []
    )
    assert (
        run_checks(source, "키르기스스탄에서는 한국 기업 1,000개 이상이 활동하고 있다.", "ko") == []
    )


@pytest.mark.parametrize(
    "source, target, language, flagged",
    [
        ("Состоялся II форум.", "The 2nd forum was held.", "en", False),
        ("Состоялся XIV форум.", "제14차 포럼이 열렸다.", "ko", False),
        ("Проект TASK и II форум.", "The project and the 2nd forum.", "en", True),
    ],
)
def test_roman_numerals_are_not_acronyms(source, target, language, flagged):
    found = [p.check for p in run_checks(source, target, language)]
    assert ("acronyms" in found) == flagged


@settings(deadline=None)  # the first example loads Kiwi and the sentence encoder
@given(
    st.lists(
        st.text(alphabet="가나다라마바사아자차카타파하은는을를의고며", min_size=1, max_size=6),
        min_size=0,
        max_size=8,
    ),
    st.sampled_from(["했다.", "합니다.", "있어요.", "것인가?", "됨."]),
)
def test_a_korean_sentence_with_a_final_ending_is_never_unfinished(words, ending):
    draft = " ".join([*words, ending])
    assert "unfinished" not in [
        p.check for p in run_checks("Форум открылся в Бишкеке.", draft, "ko")
    ]


@settings(deadline=None)  # the first example loads the sentence encoder
@given(
    st.lists(
        st.sampled_from(
            ["the", "forum", "and", "opened", "to", "Bishkek", "its", "a", "minister's"]
        ),
        min_size=0,
        max_size=8,
    ),
    st.sampled_from(
        ["the", "and", "to", "its", "region's", "forum", "Bishkek", "with", "McDonald's"]
    ),
    st.sampled_from([".", "!", "?", '."', "…"]),
)
def test_an_english_draft_is_unfinished_exactly_when_it_ends_in_an_open_word(words, last, mark):
    draft = " ".join([*words, last]) + mark
    expected = mark != "?" and last in ("the", "and", "to", "its", "region's")
    assert (
        "unfinished" in [p.check for p in run_checks("Форум открылся в Бишкеке.", draft, "en")]
    ) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The forum opened. It closed at 5 p.m. on Friday.",
            ["The forum opened.", "It closed at 5 p.m. on Friday."],
        ),
        (
            "Mr. Joko and U.S. Sen. Elizabeth Warren met J. Paul.",
            ["Mr. Joko and U.S. Sen. Elizabeth Warren met J. Paul."],
        ),
        ("포럼이 열렸다. 2일 폐막했다!", ["포럼이 열렸다.", "2일 폐막했다!"]),
        ('"We are ready." He left.', ['"We are ready."', "He left."]),
    ],
)
def test_draft_sentences(text, expected):
    assert sentences(text) == expected
