"""People: tokens, names, titles and appositions, and the cast that canonicalises mentions."""

from __future__ import annotations

import pytest
from helpers import read_quotes

from newsbrief.document.tokens import tokenize
from newsbrief.quotes.cast import Cast
from newsbrief.quotes.people import name_at, people_in, sentence_subject


def _cast(text: str, lang: str = "fr") -> Cast:
    cast = Cast()
    people_in(text, [(0, len(text))], lang, cast, [])
    return cast


def test_tokenize_splits_elision_and_inversion() -> None:
    text = "l’équipe, a-t-il dit, ajoute-t-elle"
    assert [t.text for t in tokenize(text, 0, len(text))] == [
        "l’", "équipe", ",", "a", "il", "dit", ",", "ajoute", "elle"]
    for t in tokenize(text, 0, len(text)):
        assert text[t.start:t.end] == t.text


def test_titles_and_appositions_give_roles() -> None:
    cast = _cast(
        "Le nouveau ministre de la Défense Andreï Belooussov, le ministre des Affaires "
        "étrangères, Sergueï Lavrov, et Jean Morel, président du syndicat, sont venus."
    )
    roles = {e.name: e.role for e in cast.entries}
    assert roles["Andreï Belooussov"] == "ministre de la Défense"
    assert roles["Sergueï Lavrov"] == "ministre des Affaires étrangères"
    assert roles["Jean Morel"] == "président du syndicat"


def test_surname_and_role_find_the_same_person() -> None:
    cast = _cast("La chancelière allemande Ulrike Brandt est arrivée. Brandt a souri.")
    assert cast.find("Brandt") is cast.find("Ulrike Brandt") is not None
    assert cast.find_role("la chancelière") is cast.find("Ulrike Brandt")


def test_quoted_words_and_sentence_starts_are_not_people() -> None:
    text = "Quelques minutes plus tard, le film « Les Jours Heureux » est sorti."
    cast = Cast()
    start = text.index("Les")
    people_in(text, [(0, len(text))], "fr", cast, [(start, start + 17)])
    assert cast.entries == []


def test_sentence_subject_after_a_leading_adverbial() -> None:
    text = "Moins de trois semaines après la visite, Xi Jinping a souligné la proximité."
    cast = Cast()
    assert sentence_subject(tokenize(text, 0, len(text)), text, "fr", cast) == "Xi Jinping"


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Ursula von der Leyen sagte", "de", "Ursula von der Leyen"),
    ("Von der Leyen sagte", "de", "Von der Leyen"),
    ("Jean de la Fontaine a dit", "fr", "Jean de la Fontaine"),
    ("Karl-Theodor zu Guttenberg sagte", "de", "Karl-Theodor zu Guttenberg"),
    ("Peer Steinbrück zu Beginn", "de", "Peer Steinbrück"),  # "zu" after a surname links
    ("Eva Lorenz nannte", "de", "Eva Lorenz"),  # a surname that ends like a noun
])
def test_names_with_particles(text: str, lang: str, name: str) -> None:
    toks = tokenize(text, 0, len(text))
    end = name_at(toks, 0, lang)
    assert text[:toks[end - 1].end] == name


@pytest.mark.parametrize(("text", "start", "name"), [
    # a capitalised article opens a surname after a role noun or an honorific (round 12)
    ("le ministre Le Drian a dit", 2, "Le Drian"),
    ("la sénatrice La Rivière a dit", 2, "La Rivière"),
    ("selon M. Le Goff, hier", 2, "Le Goff"),
    ("Yves Le Floch a dit", 0, "Yves Le Floch"),  # after a first name, as before
    ("Anne-Marie Le Guen a dit", 0, "Anne-Marie Le Guen"),
    ("Paul de La Motte a dit", 0, "Paul de La Motte"),
    # a party opened by an article qualifies the role: its person is named after it
    ("la députée La Gauche unie (LGU) Marie Roux a dit", 2, None),
    ("le député La Droite nouvelle de l'Orne a dit", 2, None),
    ("le quotidien Le Temps a écrit", 2, "Le Temps"),  # a paper's own article, as before
])
def test_french_surnames_with_an_article(text: str, start: int, name: str | None) -> None:
    toks = tokenize(text, 0, len(text))
    end = name_at(toks, start, "fr")
    assert (text[toks[start].start:toks[end - 1].end] if end > start else None) == name


def test_no_german_name_after_an_article() -> None:
    text = "die Arbeit von Benedikt XVI"
    toks = tokenize(text, 0, len(text))
    assert name_at(toks, 1, "de") == 2  # "Arbeit" alone: no "von" particle after an article


@pytest.mark.parametrize(("text", "start", "name"), [
    ("But Scientologist John Travolta is not a fan", 1, None),  # a descriptor, not a name
    ("But Scientologist John Travolta is not a fan", 2, "John Travolta"),
    ("The New York Times reported", 1, "New York Times"),
    ("Don Parker wrote it", 0, "Don Parker"),
    ("Watching Parker sing it", 0, None),  # a participle opens the sentence
    ("Julia's Selina has been promoted", 0, None),  # a possessive
])
def test_english_name_edges(text: str, start: int, name: str | None) -> None:
    toks = tokenize(text, 0, len(text))
    end = name_at(toks, start, "en")
    assert (text[toks[start].start:toks[end - 1].end] if end > start else None) == name


def test_a_surname_means_the_person_introduced_before_it() -> None:
    text = "Barack Obama a parlé. Obama a souri. Michelle Obama est arrivée ensuite."
    cast = _cast(text)
    assert cast.find("Obama", text.index("Obama a souri")).name == "Barack Obama"
    assert cast.find("Obama", len(text)).name == "Michelle Obama"  # the last one named before


def test_a_first_name_alone_means_the_one_person_named_before_with_it() -> None:
    text = "Julia Morel stars in the show. Julia laughed. Julia Brandt and Julia Morel came."
    cast = _cast(text, "en")
    assert cast.find("Julia", text.index("Julia laughed")).name == "Julia Morel"
    assert cast.find("Julia", len(text)) is None  # two Julias by then: no guess


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Nous ne céderons pas », a déclaré le ministre Le Drian lundi.", "Le Drian"),
    ("Le ministre Le Drian a déclaré : « Nous restons vigilants. »", "Le Drian"),
    ("« La culture doit rester gratuite », a estimé la sénatrice La Rivière.", "La Rivière"),
    ("« Rien n'est joué », a dit Yves Le Floch, maire de la commune.", "Yves Le Floch"),
])
def test_surname_article_speaker(text: str, speaker: str) -> None:
    # the speaker keeps the article of the surname (round 12)
    assert [q[2] for q in read_quotes(text, "fr")] == [speaker]
