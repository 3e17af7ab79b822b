"""Well-known places, organisations and names whose English or Korean rendering does not
sound like the Russian one (``Германия`` → Germany, 독일), so the names check cannot hear them.

Data, not rules: one row per Russian lemma (as pymorphy3 gives it, ``ё`` as ``е``),
``lemma: English renderings | Korean renderings``. An English rendering is the start of a
word (``German`` covers Germany, Germans), a Korean one any part of the draft (``독일`` in
독일의). Add a row when a translation renders a well-known name its own way; a name that
sounds alike in both languages (Лондон, 런던) needs no row.
"""

from __future__ import annotations

_ROWS = """
австралия: Australia, Aussie | 호주, 오스트레일리아
австрия: Austria | 오스트리아
арктика: Arctic | 북극
азия: Asia | 아시아
албания: Albania | 알바니아
америка: America, US, U.S., United States | 미국, 아메리카, 미중, 한미, 북미, 미군, 미-
англия: England, English, Britain, British, UK | 영국, 잉글랜드
аравия: Arabia, Saudi | 사우디, 아라비아
армения: Armenia | 아르메니아
афганистан: Afghan | 아프가니스탄
африка: Africa | 아프리카
беларусь: Belarus | 벨라루스
белоруссия: Belarus, Belorussia | 벨라루스
бельгия: Belgi | 벨기에
британия: Britain, British, UK | 영국
брюссель: Brussels | 브뤼셀
вашингтон: Washington, DC, D.C., US, U.S. | 워싱턴, 미국, 미
великобритания: Britain, British, UK, U.K. | 영국
вена: Vienna | 빈, 비엔나
венгрия: Hungar | 헝가리
германия: German | 독일
голландия: Holland, Dutch, Netherlands | 네덜란드
гонконг: Hong Kong | 홍콩
греция: Greece, Greek | 그리스
грузия: Georgia | 조지아, 그루지야
дания: Denmark, Danish | 덴마크
евросоюз: European Union, EU | 유럽연합, 유럽 연합, EU
европа: Europ | 유럽, 유로
египет: Egypt | 이집트
израиль: Israel | 이스라엘
индия: India | 인도
индонезия: Indonesia | 인도네시아
ирландия: Ireland, Irish | 아일랜드
исландия: Iceland | 아이슬란드
испания: Spain, Spanish | 스페인
италия: Ital | 이탈리아
казахстан: Kazakh | 카자흐스탄, 카자흐
кыргызстан: Kyrgyz | 키르기스스탄, 키르기스, 키르기즈
киргизия: Kyrgyz, Kirghiz | 키르기스스탄, 키르기스
бишкек: Bishkek | 비슈케크
таджикистан: Tajik | 타지키스탄
узбекистан: Uzbek | 우즈베키스탄
туркменистан: Turkmen | 투르크메니스탄
канада: Canad | 캐나다
капитолий: Capitol | 의사당, 의회
кипр: Cyprus, Cypriot | 키프로스
киев: Kiev, Kyiv | 키예프, 키이우
китай: China, Chinese, Beijing | 중국
корея: Korea | 한국, 대한민국, 북한, 남한, 조선, 코리아, 대북, 탈북, 방북, 남북, 북미, 북핵, 북측
ким: Kim | 김
кремль: Kremlin | 크렘린
ливан: Leban | 레바논
мексика: Mexic | 멕시코
москва: Moscow, Russia | 모스크바, 러시아
нидерланды: Netherlands, Dutch, Holland | 네덜란드
норвегия: Norw | 노르웨이
нью-йорк: New York, NY | 뉴욕
париж: Paris, Parisian | 파리
пекин: Beijing, China | 베이징, 북경, 중국
польша: Poland, Polish | 폴란드
португалия: Portug | 포르투갈
пхеньян: Pyongyang, North Korea | 평양, 북한
рим: Rome, Roman | 로마
россия: Russia | 러시아
тори: Tory, Tories, Conservative | 보수당, 토리
саудовский: Saudi | 사우디
сеул: Seoul, South Korea | 서울, 한국
сирия: Syria | 시리아
атлантика: Atlantic | 대서양
освенцим: Auschwitz | 아우슈비츠
лос-анджелес: Los Angeles, LA, L.A. | 로스앤젤레스, LA
сша: US, U.S., United States, America | 미국
таиланд: Thai | 태국
тайвань: Taiwan | 대만, 타이완
токио: Tokyo, Japan | 도쿄, 일본
турция: Turk | 터키, 튀르키예
украина: Ukrain | 우크라이나
уэльс: Wales, Welsh | 웨일스, 웨일즈
финляндия: Finland, Finnish | 핀란드
франция: France, French | 프랑스
чехия: Czech | 체코
швейцария: Switzerland, Swiss | 스위스
швеция: Swed | 스웨덴
шотландия: Scotland, Scottish, Scots | 스코틀랜드
япония: Japan | 일본
ватикан: Vatican | 바티칸, 교황청
пентагон: Pentagon | 펜타곤, 국방부
колумбия: Colombia, Columbia, D.C., DC | 콜롬비아, 컬럼비아, D.C., DC
олимпиада: Olympi | 올림픽
оскар: Oscar, Academy Award | 오스카, 아카데미
конгресс: Congress | 의회, 의원, 국회
сенат: Senate | 상원
госдеп: State Department | 국무부
белый: White House | 백악관
палата: House, Chamber, Commons, Lords | 하원, 상원, 의회, 의원
нация: Nations, UN, U.N. | 유엔, 국제연합, 국제 연합
организация: Organi, United Nations, UN, U.N. | 기구, 유엔, 국제연합, 국제 연합
ассамблея: Assembly, AM |
университет: University, College |
управление: Administration, Office, Agency, Department, Authority, Bureau, Service |
совет: Council, Board |
роналду: Ronaldo | 호날두
сальвадор: Salvador | 엘살바도르, 살바도르
рихтер: Richter, magnitude | 리히터, 규모, 진도
"""


def _parse(rows: str) -> dict[str, dict[str, tuple[str, ...]]]:
    table = {}
    for row in filter(None, map(str.strip, rows.splitlines())):
        lemma, renderings = row.split(":", 1)
        english, korean = renderings.split("|")
        table[lemma.strip()] = {"en": _items(english), "ko": _items(korean)}
    return table


def _items(cell: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in cell.split(",") if item.strip())


PLACES = _parse(_ROWS)


def known_renderings(lemma: str, language: str) -> tuple[str, ...]:
    """How translations write a well-known place or organisation; () if the table has no row."""
    return PLACES.get(lemma.replace("ё", "е"), {}).get(language, ())
