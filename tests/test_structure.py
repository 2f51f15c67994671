"""Document structure: metadata date, title, headings, paragraphs, sentences with offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.document.structure import (
    looks_like_heading,
    looks_like_standfirst,
    looks_like_title,
    parse_document,
)
from newsbrief.quotes.extract import extract_quotes


def test_seed_metadata_prefix_headings_and_first_sentence(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    doc = parse_document(text, "fr")
    assert doc.date == "2024-05"
    assert doc.title is None
    assert [doc.span(h.start, h.end) for h in doc.headings] == [
        "Proximité des points de vue de Pékin et Moscou",
        "Une coopération, facteur de stabilité pour Vladimir Poutine",
        '"Partenariat sans limites"',
        "Les Occidentaux dans le viseur des deux pays",
        'Une session de discussions "chaleureuse et amicale"',
    ]
    first = doc.sentence_text(doc.sentences[0])
    assert first.startswith("Xi Jinping et Vladimir Poutine ont condamné")
    assert "date" not in first


@pytest.mark.parametrize(
    ("text", "date", "first"),
    [
        ("date 2024-05 Il pleut. Il fait froid.", "2024-05", "Il pleut."),
        ("Date: 2023-11-02\n\nIl pleut.", "2023-11-02", "Il pleut."),
        ("Titre du jour\n\nDate : 12/03/2026\n\nIl pleut. Il vente.", "12/03/2026", "Il pleut."),
        ("Il pleut depuis la date 2024-05 annoncée.", None, "Il pleut depuis"),
    ],
)
def test_metadata_date(text: str, date: str | None, first: str) -> None:
    doc = parse_document(text, "fr")
    assert doc.date == date
    body = [s for s in doc.sentences if doc.is_body(s)]
    assert doc.sentence_text(body[0]).startswith(first)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Proximité des points de vue de Pékin et Moscou", True),
        ('"Partenariat sans limites"', True),
        ("« Nous resterons »", True),
        ("2026: the year of the vote", True),
        ("Il a plu toute la journée.", False),
        ("Who is to blame?", False),
        ("and then it went on", False),
        ("x " * 30, False),
    ],
)
def test_heading_shape(line: str, heading: bool) -> None:
    assert looks_like_heading(line) is heading


def test_offsets_point_into_the_text() -> None:
    text = "Titre\n\nPremier paragraphe. Deuxième phrase !\n\nIntertitre\n\nDernier paragraphe."
    doc = parse_document(text, "fr")
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "heading", "paragraph"]
    for s in doc.sentences:
        assert text[s.start : s.end] == doc.sentence_text(s)
        assert doc.blocks[s.block].start <= s.start < s.end <= doc.blocks[s.block].end
        assert doc.sentence_at(s.start) == s
    assert doc.block_at(doc.blocks[2].start) == doc.blocks[2]


def test_last_block_is_never_a_heading_and_single_lines_are_blocks() -> None:
    doc = parse_document("Une ligne\nUne autre ligne\nFin", "fr")
    assert [b.kind for b in doc.blocks] == ["title", "heading", "paragraph"]
    assert parse_document("Seul", "fr").blocks[0].kind == "paragraph"


def test_empty_text_has_no_blocks() -> None:
    doc = parse_document("", "en")
    assert doc.blocks == () and doc.sentences == ()


@pytest.mark.parametrize(
    ("text", "date", "first"),
    [
        ("Titre\n\n29 mai 2012. - Un postier a été retrouvé. Suite.", "29 mai 2012",
         "Un postier a été retrouvé."),
        ("Headline here\n\nMay 29, 2012 — The council met on Friday.", "May 29, 2012",
         "The council met on Friday."),
        ("29. Mai 2012 – Der Rat tagte am Freitag.", "29. Mai 2012", "Der Rat tagte"),
        ("29 mai 2012, le conseil a voté. Fin.", None, "29 mai 2012, le conseil"),
        ("Intro sans date.\n\nSuite sans date.\n\n29 mai 2012. - Plus loin dans le texte.", None,
         "Intro"),
        # a place after the date
        ("Titre\n\n22 août 2012, Espagne. - Le parti a exclu le député. Suite.", "22 août 2012",
         "Le parti a exclu le député."),
        ("3 mars 2012, Côte d'Ivoire. - La récolte commence. Suite.", "3 mars 2012",
         "La récolte commence."),
        ("5 mai 2012, a dit le maire. - Rien.", None, "5 mai 2012, a dit le maire."),
    ],
)
def test_dateline_opening_the_first_paragraph(text: str, date: str | None, first: str) -> None:
    doc = parse_document(text, "fr")
    assert doc.date == date
    body = [s for s in doc.sentences if doc.is_body(s)]
    assert doc.sentence_text(body[0]).startswith(first)


def test_dateline_after_a_standfirst_gives_the_date_and_no_sentence_starts_with_a_dash() -> None:
    text = ("Musique : la chorale de Valbrune part en tournée\n\n"
            "Quarante chanteurs prendront la route au printemps.\n\n"
            "10 novembre 2012. - L'ensemble vocal a annoncé jeudi une tournée de douze dates. "
            "Le premier concert aura lieu à Lyon.\n\nLa billetterie ouvre lundi.")
    doc = parse_document(text, "fr")
    assert doc.date == "10 novembre 2012"
    texts = [doc.sentence_text(s) for s in doc.sentences]
    assert "L'ensemble vocal a annoncé jeudi une tournée de douze dates." in texts
    assert not any(t.startswith(("-", "–", "—")) for t in texts)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Valbrune : faut-il croire en la suite de la saison des concerts ?", True),
        ("Îles lointaines : le parti exclut le député de la commune pour avoir défendu la langue"
         " régionale", True),
        ("Élection municipale de 2026 : le maire de Valbrune appelle à voter pour son adjointe",
         True),
        ("Proximité des points de vue de Pékin et Moscou", True),  # every heading
        ("Le maire l'a dit : la ville ne paiera pas les travaux de la route cette année.", False),
        ("Who is to blame?", False),
        ("Note : " + "mot " * 25, False),
        ("valbrune : une ligne en minuscules sans point final", False),
        # over 14 words, no kicker: a headline when it is one clause with no stop
        ("Presidente da junta pede aos moradores que poupem água até ao fim do verão: «Não há"
         " alternativa»", True),
        ("Os bombeiros chegaram cedo. A estrada da serra continua cortada desde a noite de"
         " ontem", False),
    ],
)
def test_title_shape(line: str, title: bool) -> None:
    assert looks_like_title(line) is title


def test_a_long_headline_with_a_kicker_is_the_title_not_a_summary_sentence() -> None:
    title = "Valbrune : faut-il croire en la suite de la saison des concerts ?"
    doc = parse_document(f"{title}\n\nLa saison reprend. Elle durera six mois.", "fr")
    assert doc.title is not None and doc.span(doc.title.start, doc.title.end) == title
    assert doc.sentence_text(next(s for s in doc.sentences if doc.is_body(s))) == (
        "La saison reprend.")


@pytest.mark.parametrize(
    ("line", "standfirst"),
    [
        ("Autarca garante que a obra «arranca em março»; oposição fala em «promessa eleitoral»"
         " e pede contas", True),
        ("Obra custa 2 milhões. Junta diz que a estrada «fica pronta no verão»", True),
        ("A câmara aprovou ontem a obra da estrada, que custa 2 milhões de euros.", False),
        ("o texto em minúsculas não abre um subtítulo", False),
        ("Palavra " * 45, False),
    ],
)
def test_standfirst_shape(line: str, standfirst: bool) -> None:
    assert looks_like_standfirst(line) is standfirst


def test_a_standfirst_under_the_title_is_a_heading_and_its_quotes_are_no_speech() -> None:
    # A sub-headline (linha fina, chapô) is page furniture like the title: never a summary
    # sentence, and a quote in it is no statement (headings are never speech).
    text = ("Ponte de Valbrune reabre ao trânsito\n\n"
            "Presidente da câmara diz que a obra foi «um sacrifício de todos»; comerciantes"
            " pedem mais estacionamento\n\n"
            "A ponte reabriu ontem. «Foi um sacrifício de todos», afirmou o presidente da"
            " câmara, Rui Matos.\n\nO trânsito volta ao normal na segunda-feira.")
    doc = parse_document(text, "pt")
    assert [b.kind for b in doc.blocks] == ["title", "heading", "paragraph", "paragraph"]
    report = extract_quotes(doc)
    speech = [q for q in report.quotes if q.kind != "other"]
    assert [(q.text, q.speaker) for q in speech] == [("Foi um sacrifício de todos", "Rui Matos")]


def test_a_long_line_after_a_paragraph_is_no_standfirst() -> None:
    text = ("A ponte reabriu ontem ao trânsito.\n\n"
            "O presidente da câmara diz que a obra foi um sacrifício de todos e agradece\n\n"
            "O trânsito volta ao normal na segunda-feira.")
    assert [b.kind for b in parse_document(text, "pt").blocks] == ["paragraph"] * 3
