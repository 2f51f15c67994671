"""Document structure: metadata date, title, headings, paragraphs, sentences with offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.document.structure import looks_like_heading, parse_document


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
        ("Intro sans date.\n\n29 mai 2012. - Plus loin dans le texte.", None, "Intro"),
    ],
)
def test_dateline_opening_the_first_paragraph(text: str, date: str | None, first: str) -> None:
    doc = parse_document(text, "fr")
    assert doc.date == date
    body = [s for s in doc.sentences if doc.is_body(s)]
    assert doc.sentence_text(body[0]).startswith(first)
