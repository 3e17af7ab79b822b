"""Name suggestions through natasha's NER (kept to one sentence: the model takes ~0.5 s)."""

from __future__ import annotations

from pressloc.qa import Glossary, Suggestion, suggest


def test_suggest_names_the_glossary_lacks():
    glossary = Glossary.parse("ru,en,ko,note\nБишкек,Bishkek,비슈케크,\n")
    sentences = ["Как отметила заместитель министра Айнура Усенбекова, форум прошел в Бишкеке."]
    assert suggest(sentences, glossary) == [
        Suggestion("Айнура Усенбекова", "Айнура Усенбекова", "PER", "Aynura Usenbekova"),
    ]


def test_inflected_person_gets_its_nominative():
    found = suggest(["Прошла встреча с Данияром Амангельдиевым."], None)
    assert [(s.lemma, s.english) for s in found] == [("Данияр Амангельдиев", "Daniyar Amangeldiyev")]


def test_a_short_mention_of_a_term_is_no_suggestion_and_a_common_noun_gets_no_transliteration():
    glossary = Glossary.parse("ru,en,ko,note\nМежправительственная Комиссия по сотрудничеству,"
                              "Intergovernmental Commission on Cooperation,정부간 협력위원회,\n")
    sentences = ["На сегодняшний день проведено 5 заседаний Комиссии."]
    assert suggest(sentences, glossary) == []
    assert [(s.lemma, s.english) for s in suggest(sentences, None)] == [("Комиссия", "")]
