"""The rules that decide each candidate sentence boundary, in razdel style.

razdel finds the candidate split points (after ``. ? ! …``, closing quotes and brackets,
``;`` and smileys); ``DELIMITER`` adds closing „nested“ quotes and emoji. A ``Candidate``
is razdel's ``SentSplit`` plus the context our rules need. Each rule is a small named
function ``(candidate) -> SPLIT | JOIN | None`` in the ordered list ``RULES``, where ours
are inserted among razdel's; the first rule that answers decides. Applying the rules is
``segment``'s job.
"""

from __future__ import annotations

import re

from razdel.record import cached_property
from razdel.rule import JOIN, SPLIT
from razdel.segmenters.sentenize import DELIMITER as RAZDEL_DELIMITER
from razdel.segmenters.sentenize import (  # razdel's rules are reused by name
    SentSplit,
    close_bracket,
    close_quote,
    dash_right,
    delimiter_right,
    empty_side,
    initials_left,
    inside_pair_sokr,
    is_sokr,
    list_item,
    lower_right,
    no_space_prefix,
    sokr_left,
)

from . import abbreviations

PICTOGRAPH = (
    "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2800-\u28ff\u2b00-\u2bff\U0001f000-\U0001faff"
)
EMOJI = f"[{PICTOGRAPH}][{PICTOGRAPH}\ufe0f\u200d]*"
EMOJI_START = re.compile(f"[{PICTOGRAPH}]")
DELIMITER = re.compile(f"({RAZDEL_DELIMITER}|“|{EMOJI})")
WINDOW = 10  # characters of context either side of a candidate, as in razdel
WIDE_WINDOW = 40  # for rules that look further back

ENDINGS = ".?!…"
CLOSERS = "»”“\"')]"
OPEN_QUOTES = '«„“"'
DASHES = "‑–—−-"
UPPER_WORD = re.compile(r"\s*[A-ZА-ЯЁ](?:[a-zа-яё]|\s)")  # «Компания», «В ходе»
OPEN_QUOTE_UPPER = re.compile(rf"\s*[{OPEN_QUOTES}][A-ZА-ЯЁ0-9]")
BULLET_SYMBOLS = "✔✅☑✓➡▶►•▪◾◽▫■□◆◇👉☝📌🔹🔸🔷🔶"
SYMBOL_RIGHT = re.compile(rf"\s*(?:(?![{BULLET_SYMBOLS}])[{PICTOGRAPH}]|#\w)")
CONTINUATION_RIGHT = re.compile(r"\s*[,:]")
QUOTE_THEN_PUNCT = re.compile(r"\s*[»”“\"']+(?:[.,;:!?…()\[\]]|$)")
BRACKET_LOWER = re.compile(r"\s*\([\da-zа-яё]")
ENUMERATOR = re.compile(r"\d+|[^\W\d]|[IVXLC]+")
BULLET = re.compile(r"\s*(?:\d{1,2}|[a-zа-я])[.)]\s")
YEAR_LEFT = re.compile(r"\d\s*(?:г|гг)$")
GLUED_CAPITAL = re.compile(r"(?:\w-|\d)[A-ZА-ЯЁ]$")
SURNAME_INITIALS = re.compile(r"[а-яё,]\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]$")
FINAL_LEFT = re.compile(rf"(?:^|\s)[иИ]\s+(?:{'|'.join(sorted(abbreviations.FINAL))})$")
ENDED_BEFORE_CLOSERS = re.compile(rf"[{re.escape(ENDINGS)}][{re.escape(CLOSERS)}]*$")
QUOTE_PAIRS = {"«": "»", "„": "“", "“": "”"}  # opener: its closer
OPENER = re.compile(f"[{''.join(QUOTE_PAIRS)}]")
QUOTE_REACH = 100  # characters either side: titles are short, an unclosed « glues nothing
TITLE_GOES_ON = re.compile(r"[»”“]*(?:\s*[,;:)]|\s+[\da-zа-яё])")  # «…» на, «…» 2025, «…»,
SPEECH_ENDS = re.compile(rf"[»”“]*[,!?…]?\s*[{DASHES}]")  # «…», — сказал он; «…!» — сказал


class Candidate(SentSplit):
    """A candidate split point: razdel's ``SentSplit`` plus what our rules need."""

    def __init__(self, line: str, start: int, stop: int, buffer_start: int):
        super().__init__(
            line[max(0, start - WINDOW) : start],
            line[start:stop],
            line[stop : stop + WINDOW],
            line[buffer_start:start],
        )
        self.line = line
        self.start = start

    @cached_property
    def wide_left(self):
        return self.line[max(0, self.start - WIDE_WINDOW) : self.start]

    @cached_property
    def left_word(self):
        return (self.left_token or "").lower()

    @cached_property
    def left_initial(self):
        token = self.left_token or ""
        return len(token) == 1 and token.isupper()


# --- right context ---


def symbol_right(candidate):
    """«Безумно красиво! 😍» «…лучше. #политика»: emoji and hashtags close a sentence."""
    if SYMBOL_RIGHT.match(candidate.right):
        return JOIN


def continuation_right(candidate):
    """«…смылись 😂 , можно дальше»: no sentence starts with a comma or a colon."""
    if CONTINUATION_RIGHT.match(candidate.right):
        return JOIN


def quote_then_punct_right(candidate):
    """«…я верю!“. В …»: a quote before punctuation closes, it does not open."""
    if QUOTE_THEN_PUNCT.match(candidate.right):
        return JOIN


def bracket_right(candidate):
    """«“Как это делалось...” (1992)»: a bracket before a digit or a small letter."""
    if BRACKET_LOWER.match(candidate.right):
        return JOIN


def semicolon(candidate):
    """A semicolon separates clauses, not sentences; it ends a list item «…; б) …»."""
    if candidate.delimiter == ";":
        return SPLIT if BULLET.match(candidate.right) else JOIN


# --- abbreviations ---


def year_abbreviation(candidate):
    """«в 2025 г. Компания…» ends a sentence; «2025 г. — Компания» is a dateline."""
    if candidate.delimiter != "." or candidate.left_word not in abbreviations.YEAR:
        return None
    if not YEAR_LEFT.search(candidate.left):
        return None
    right = candidate.right_token
    if right and right in DASHES:
        return JOIN
    if UPPER_WORD.match(candidate.right) or OPEN_QUOTE_UPPER.match(candidate.right):
        return SPLIT


def final_abbreviation(candidate):
    """«…и др. “Норникель” сообщил»: «и др.», «т. д.», «т. п.» before a quoted name."""
    if candidate.delimiter != "." or not OPEN_QUOTE_UPPER.match(candidate.right):
        return None
    pair = candidate.left_pair_sokr
    if pair and (pair[0].lower(), pair[1].lower()) in abbreviations.FINAL_PAIRS:
        return SPLIT
    if FINAL_LEFT.search(candidate.left):
        return SPLIT


def abbreviation_phrase(candidate):
    """«5 млн долл. США»: an abbreviation and the capitalised word it always takes."""
    if candidate.delimiter != ".":
        return None
    following = abbreviations.PHRASES.get(candidate.left_word)
    if following and (candidate.right_word or "").lower() in following:
        return JOIN


def head_abbreviation(candidate):
    """«Респ. Татарстан», «в т. ч. Москва»: abbreviations that never end a sentence."""
    if candidate.delimiter != ".":
        return None
    pair = candidate.left_pair_sokr
    if pair and (pair[0].lower(), pair[1].lower()) in abbreviations.HEAD_PAIRS:
        return JOIN
    if candidate.left_word in abbreviations.HEAD:
        return JOIN


def tail_abbreviation(candidate):
    """«13 чел. / км2», «род. 21 декабря»: no end before a digit, sign or small letter."""
    if candidate.delimiter != ".":
        return None
    if candidate.left_word in abbreviations.TAIL and is_sokr(candidate.right_token):
        return JOIN


def initials_after_surname(candidate):
    """«…министр Иванов И. И. Он отметил…»: a capital after «Surname I. O.» starts anew."""
    if candidate.delimiter != "." or not candidate.left_initial:
        return None
    if SURNAME_INITIALS.search(candidate.wide_left) and UPPER_WORD.match(candidate.right):
        return SPLIT


def glued_capital(candidate):
    """«на языке Objective-C. Композиция»: a letter glued to a word is not an initial."""
    if candidate.delimiter != "." or not candidate.left_initial:
        return None
    if GLUED_CAPITAL.search(candidate.left):
        return SPLIT


# --- quotes, brackets, emoji ---


def open_quote(text):
    """The closer that the innermost quote still open at the end of ``text`` waits for."""
    waiting = []
    for char in text:
        if waiting and char == waiting[-1]:
            waiting.pop()
        elif char in QUOTE_PAIRS:
            waiting.append(QUOTE_PAIRS[char])
    return waiting[-1] if waiting else None


def closing_quote(text, closer):
    """Where in ``text`` the quote waiting for ``closer`` closes, past nested quotes; or -1."""
    waiting = [closer]
    for index, char in enumerate(text):
        if char == waiting[-1]:
            waiting.pop()
            if not waiting:
                return index
        elif char in QUOTE_PAIRS:
            waiting.append(QUOTE_PAIRS[char])
    return -1


def title_quote(candidate):
    """Программа «Развитие. Рост» на 2025 г.: no end inside a title the sentence goes on
    after; «Мы готовы. Начнём», — сказал он: direct speech before a dash still ends."""
    before = candidate.buffer[-QUOTE_REACH:]
    if candidate.delimiter not in ENDINGS or not OPENER.search(before):
        return None  # the common case, settled without a walk over the characters
    closer = open_quote(before)
    if not closer:
        return None
    rest = candidate.line[candidate.start + 1 : candidate.start + 1 + QUOTE_REACH]
    after = closing_quote(rest, closer) + 1
    if after and not SPEECH_ENDS.match(rest, after) and TITLE_GOES_ON.match(rest, after):
        return JOIN


def nested_close_quote(candidate):
    """«…„Вперёд!“» Далее: several closing quotes after the end of a sentence."""
    if candidate.delimiter in CLOSERS and ENDED_BEFORE_CLOSERS.search(candidate.left):
        return SPLIT


def curly_close_quote(candidate):
    """„пресса“: the Russian nested closing quote, kept inside unless the sentence ended."""
    if candidate.delimiter == "“":
        return JOIN


def smiley_bracket(candidate):
    """«Спасибо)) Будем ждать»: a bracket that closes nothing and no «1)» is a smiley."""
    if candidate.delimiter != ")" or ENUMERATOR.fullmatch(candidate.left_token or ""):
        return None
    if candidate.buffer.count("(") <= candidate.buffer.count(")"):
        return SPLIT


def bullet_symbol(candidate):
    """«…до утра. ✔ К середине зимы…»: a check mark or arrow opens a list item."""
    if candidate.delimiter[0] in BULLET_SYMBOLS:
        return JOIN


def emoji_end(candidate):
    """«Ставь ❤️ Мы…»: an emoji followed by a new sentence ends the previous one."""
    if EMOJI_START.match(candidate.delimiter):
        return SPLIT


# Ordered: the first rule that answers decides. Unmarked rules are razdel's.
RULES = [
    empty_side,
    no_space_prefix,
    semicolon,  # ours
    lower_right,
    dash_right,  # razdel's, moved up: «…г.) — американский актёр»
    symbol_right,  # ours
    continuation_right,  # ours
    quote_then_punct_right,  # ours
    bracket_right,  # ours
    delimiter_right,
    title_quote,  # ours, before the abbreviations: «Итоги 2024 г. Планы» на
    year_abbreviation,  # ours, before razdel's «г.» that always joins
    final_abbreviation,  # ours
    abbreviation_phrase,  # ours
    head_abbreviation,  # ours
    tail_abbreviation,  # ours
    initials_after_surname,  # ours
    sokr_left,
    inside_pair_sokr,
    glued_capital,  # ours, before razdel's initials
    initials_left,
    list_item,
    nested_close_quote,  # ours
    curly_close_quote,  # ours
    close_quote,
    smiley_bracket,  # ours
    close_bracket,
    bullet_symbol,  # ours
    emoji_end,  # ours
]
