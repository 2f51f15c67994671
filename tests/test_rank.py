"""Sentence ranking: methods, summary lengths, candidates, determinism, languages, keywords."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.document.model import Document
from newsbrief.document.structure import parse_document
from newsbrief.summarize.candidates import content_start, is_boilerplate
from newsbrief.summarize.rank import METHODS, default_length, summarize

DATA = Path(__file__).parent / "data" / "summaries"
SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed"

LONG_EN = " ".join(
    f"Sentence number {i} talks about the harbour project and topic {i % 4} in some detail."
    for i in range(40)
)


def doc(name: str, language: str) -> Document:
    return parse_document((DATA / name).read_text(encoding="utf-8"), language)


def texts(document: Document, **kwargs: object) -> list[str]:
    return [s.text for s in summarize(document, **kwargs).sentences]  # type: ignore[arg-type]


@pytest.mark.parametrize("method", METHODS)
def test_every_method_returns_k_sentences_in_article_order(method: str) -> None:
    d = doc("en-dm-boilerplate.txt", "en")
    summary = summarize(d, 3, method=method)
    assert summary.method == method
    assert len(summary.sentences) == 3
    indices = [s.sentence for s in summary.sentences]
    assert indices == sorted(indices)
    for s in summary.sentences:
        assert d.text[s.start : s.end] == s.text


def test_lead_takes_the_first_body_sentences() -> None:
    d = doc("en-dm-boilerplate.txt", "en")
    got = texts(d, k=2, method="lead")
    assert got[0].startswith("A city council has approved")
    assert got[1].startswith("The bridge will cost")


def test_unknown_method_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown method"):
        summarize(doc("en-dm-boilerplate.txt", "en"), 2, method="magic")


@pytest.mark.parametrize("method", METHODS)
def test_boilerplate_is_never_chosen(method: str) -> None:
    d = doc("en-dm-boilerplate.txt", "en")
    for text in texts(d, k=8, method=method):
        assert "PUBLISHED" not in text
        assert not text.startswith(("Scroll down", "Follow us"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By . Daily Mail Reporter .", True),
        ("PUBLISHED: 12:01 EST, 3 May 2014 | . UPDATED: 14:22 EST, 3 May 2014 .", True),
        ("Follow us on Twitter @BBCNews.", True),
        ("Click here to see the full results.", True),
        ("Scroll down for video", True),
        ("By John Smith", True),
        ("By then the fire had spread to the roof.", False),
        ("Suivez-nous sur Facebook.", True),
        ("The council approved the plan on Monday.", False),
        ("2024", True),
        ('- Poursuites "inacceptables" -', True),
        ("- il se prononcera d'ici l'été -", False),
    ],
)
def test_is_boilerplate(sentence: str, expected: bool) -> None:
    assert is_boilerplate(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("(CNN)They may not be aliens.", "They may not be aliens."),
        ("(The Hollywood Reporter)Stan Freberg died.", "Stan Freberg died."),
        ("(AFP) - Le président est arrivé.", "Le président est arrivé."),
        ("(Pictured) A man stands.", "(Pictured) A man stands."),
        (
            "Share this withEmailFacebookTwitterCopy this linkThe firm said it would stop.",
            "The firm said it would stop.",
        ),
        ("The firm said it would stop.", "The firm said it would stop."),
    ],
)
def test_clutter_prefix_is_cut(sentence: str, rest: str) -> None:
    assert sentence[content_start(sentence) :] == rest


def test_cut_prefix_keeps_offsets_consistent() -> None:
    text = "(CNN)The storm hit the coast on Monday. Thousands lost power."
    summary = summarize(parse_document(text, "en"), 1)
    first = summary.sentences[0]
    assert first.text == "The storm hit the coast on Monday."
    assert text[first.start : first.end] == first.text


@pytest.mark.parametrize("method", METHODS)
def test_headings_title_and_date_prefix_are_not_candidates(method: str) -> None:
    d = doc("fr-headings.txt", "fr")
    headings = {d.span(h.start, h.end) for h in d.headings}
    assert headings == {"Un financement sur six ans", "Des syndicats sceptiques"}
    for text in texts(d, k=10, method=method):
        assert text not in headings
        assert not text.startswith("date")


def test_default_summary_opens_with_the_first_sentence() -> None:
    got = texts(doc("fr-headings.txt", "fr"), k=2)
    assert got[0].startswith("Le gouvernement a présenté mercredi")


@pytest.mark.skipif(not SEED.is_dir(), reason="shared seed absent")
@pytest.mark.corpus
def test_seed_summary_starts_with_first_sentence_without_heading() -> None:
    text = (SEED / "article-fr-xi-poutine.txt").read_text(encoding="utf-8")
    d = parse_document(text, "fr")
    headings = {d.span(h.start, h.end) for h in d.headings}
    got = texts(d)
    assert got[0].startswith("Xi Jinping et Vladimir Poutine ont condamné")
    assert not headings & set(got)


def test_ratio_and_word_budget() -> None:
    d = parse_document(LONG_EN, "en")
    assert len(summarize(d, ratio=0.1).sentences) == 4
    assert len(summarize(d, ratio=0.0001).sentences) == 1
    budget = summarize(d, words=40).sentences
    assert 1 <= len(budget) <= 40 // 15
    assert sum(len(s.text.split()) for s in budget) <= 40


def test_word_budget_smaller_than_any_sentence_still_gives_one() -> None:
    d = parse_document(LONG_EN, "en")
    assert len(summarize(d, words=3).sentences) == 1


def test_default_length_grows_with_the_article() -> None:
    short = parse_document("One sentence here. Another one there.", "en")
    long = parse_document(LONG_EN, "en")
    assert default_length(short) <= default_length(long) <= 5
    assert len(summarize(long).sentences) == default_length(long)


def test_k_zero_and_empty_text() -> None:
    assert summarize(parse_document("Nothing to see. Really.", "en"), 0).sentences == ()
    assert summarize(parse_document("", "en"), 3).sentences == ()


@pytest.mark.parametrize("method", METHODS)
def test_deterministic(method: str) -> None:
    d = parse_document(LONG_EN, "en")
    runs = {
        tuple((s.sentence, s.score) for s in summarize(d, 5, method=method).sentences)
        for _ in range(3)
    }
    assert len(runs) == 1


def test_identical_scores_break_ties_towards_earlier_sentences() -> None:
    text = " ".join("The same words again and again." for _ in range(6))
    got = summarize(parse_document(text, "en"), 2, method="lexrank").sentences
    assert [s.sentence for s in got] == [0, 1]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Hallitus kertoi tiistaina uusista toimista. Pääministeri sanoi, että tilanne on "
               "vakava. Oppositio arvosteli päätöstä jyrkästi."),
        ("el", "Η κυβέρνηση ανακοίνωσε νέα μέτρα. Ο πρωθυπουργός είπε ότι η κατάσταση είναι "
               "σοβαρή. Η αντιπολίτευση επέκρινε την απόφαση."),
        ("zh", "北京时间今天上午，国家主席会见了外国领导人。双方就双边关系交换了意见。"
               "会谈在友好的气氛中进行。"),
        ("ja", "東京で大きな地震がありました。被害の状況はまだ分かっていません。"
               "政府は対策本部を設置しました。"),
        ("ar", "قال الرئيس إن الحكومة ستعمل على حل الأزمة. وأضاف أن الوضع صعب. "
               "ولم يقدم تفاصيل أخرى."),
        ("sw", "Rais alisema serikali itachukua hatua. Wananchi walifurahi sana. "
               "Mkutano ulimalizika."),
        ("xx", "words without any punctuation at all flowing on and on without an end in sight"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("method", METHODS)
def test_any_language_gives_a_summary(language: str, text: str, method: str) -> None:
    summary = summarize(parse_document(text, language), 2, method=method)
    assert 1 <= len(summary.sentences) <= 2
    assert all(s.text.strip() for s in summary.sentences)


def test_quote_only_sentence_is_penalised_by_quote_spans() -> None:
    text = (
        "The council approved the new bridge on Monday after a long debate. "
        "It will open in three years and cost forty million pounds. "
        "Residents of the town welcomed the decision about the bridge."
    )
    d = parse_document(text, "en")
    plain = summarize(d, 3).sentences
    quoted = summarize(d, 3, quote_spans=[(plain[1].start, plain[1].end)]).sentences
    assert plain[1].score > quoted[1].score


def test_keywords_come_from_the_article() -> None:
    summary = summarize(doc("fr-headings.txt", "fr"), 2)
    assert 1 <= len(summary.keywords) <= 5
    lowered = {k.lower() for k in summary.keywords}
    assert lowered & {"écoles", "plan", "ministre", "syndicats", "établissements"}
    assert all(k.lower() not in {"les", "des", "une"} for k in summary.keywords)


def test_long_inputs_get_a_windowed_graph() -> None:
    from newsbrief.summarize.features import candidates
    from newsbrief.summarize.graph import FULL_GRAPH_LIMIT, WINDOW, build_graph

    text = " ".join(f"The harbour project reached stage {i} of the plan." for i in range(400))
    cands = candidates(parse_document(text, "en"))
    assert len(cands) > FULL_GRAPH_LIMIT
    graph = build_graph(cands)
    assert all(abs(i - j) <= WINDOW for i, row in enumerate(graph) for j in row)
    assert len(summarize(parse_document(text, "en"), ratio=0.1).sentences) == 40


def test_stemming_and_stop_words_per_language() -> None:
    from newsbrief.summarize.lexicon import has_stemmer, lexicon

    assert lexicon("fr").terms("Les coopérations et la coopération") == ["cooper", "cooper"]
    assert lexicon("en").terms("The bridges and a bridge") == ["bridg", "bridg"]
    assert not has_stemmer("zh") and lexicon("zh").terms("国家主席") == ["国家", "家主", "主席"]
    assert lexicon("xx").terms("Unknown words stay") == ["unknown", "words", "stay"]


def test_texts_read_together_give_each_its_own_tokens() -> None:
    """The summary reads all its sentences in one call (each distinct word looked up once):
    each text still gets exactly the tokens it gets alone, bigrams of unspaced scripts too."""
    from newsbrief.summarize.lexicon import lexicon

    texts = ["Les coopérations et la coopération", "", "国家主席 abc国家 x", "La coopération"]
    for lex in (lexicon("fr"), lexicon("fr", fast=True), lexicon("zh")):
        assert lex.tokens_of(texts) == [lex.tokens(t) for t in texts]
    assert lexicon("fr").tokens_of(texts)[2] == [
        ("国家", "国家"), ("家主", "家主"), ("主席", "主席"), ("国家", "国家")]
