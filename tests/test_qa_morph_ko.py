"""Kiwi's reading of a Korean draft: which stems lie inside a word of Korean's own."""

import pytest

from pressloc.qa.morph_ko import inside_word


@pytest.mark.parametrize(
    "text, word, stem, inside",
    [
        ("경고가 발령된 시간", "발령된", "발", True),  # 발 ends inside 발령, a known noun
        ("경고가 발령된 시간", "발령된", "발령", True),  # 되 makes a verb of the noun
        ("그는 치명적인 총상을", "치명적인", "치명", True),  # 적 makes an adjective of it
        ("공식 거부해 있는", "거부해", "거부해", True),  # 하 within the stem made a verb of 거부
        ("쓰나미가 팔루까지 덮쳤다", "팔루까지", "팔루", False),  # a proper noun, then a particle
        ("포드였습니다", "포드였습니다", "포드", False),  # the copula after a name
        ("캐버노는 증언했다", "캐버노는", "캐버", False),  # a name Kiwi does not know: left alone
        (
            "관리들은 말했다",
            "관리들은",
            "관리",
            False,
        ),  # 들 makes a plural of any noun, a name's too
        (
            "비록 그의 팀이 이겼지만",
            "비록",
            "비록",
            True,
        ),  # a whole native word: the adverb "although"
        ("얼마 되지 않아서였다", "되지", "되지", True),  # a conjugated verb: 되 + 지
        (
            "라이더컵 역사상",
            "라이더컵",
            "라이더",
            False,
        ),  # a common noun Kiwi knows is the English word it spells
    ],
)
def test_inside_word(text, word, stem, inside):
    start = text.index(word)
    stop = start + len(stem)
    assert inside_word(text, start, stop, start + len(word)) == inside
