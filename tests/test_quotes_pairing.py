"""Quote-mark pairing: every mark style, nesting, continued quotes, recovery, and properties."""

from __future__ import annotations

import pytest
from helpers import paragraph_spans, read_quotes
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.quotes.pairing import german_guillemets, pair_quotes


def _contents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in pair_quotes(text, paragraph_spans(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Nous partons », dit-il.", ["Nous partons"]),
        ("«\u00a0Nous partons\u00a0», dit-il.", ["Nous partons"]),
        ("«\u202fNous partons\u202f», dit-il.", ["Nous partons"]),
        ("«Nous partons», dit-il.", ["Nous partons"]),
        ('"We are leaving," he said.', ["We are leaving,"]),
        ("“We are leaving,” he said.", ["We are leaving,"]),
        ("‘We are leaving,’ he said.", ["We are leaving,"]),
        ("„Wir gehen“, sagte er.", ["Wir gehen"]),
        ("»Wir gehen«, sagte er.", ["Wir gehen"]),
        ("›Wir gehen‹, sagte er.", ["Wir gehen"]),
        ("«Nos vamos», dijo.", ["Nos vamos"]),
        ("«Andiamo», ha detto.", ["Andiamo"]),
        ("l’équipe et the players’ union ont parlé.", []),
        ("L'équipe d'Anne n'a rien dit.", []),
    ],
)
def test_mark_styles(text: str, expected: list[str]) -> None:
    assert _contents(text) == expected


def test_nested_quote_reported_once_at_its_level() -> None:
    text = "«Il m'a dit : “On verra demain”, et puis plus rien», raconte Léa."
    spans = pair_quotes(text, paragraph_spans(text))
    assert [(text[s.start:s.end], s.depth) for s in spans] == [
        ("Il m'a dit : “On verra demain”, et puis plus rien", 0),
        ("On verra demain", 1),
    ]


def test_quote_continued_overparagraph_spans() -> None:
    text = "“We tried everything.\n\n“Nothing worked,” she said.\n\nThe end."
    spans = pair_quotes(text, paragraph_spans(text))
    assert [text[s.start:s.end] for s in spans] == ["We tried everything.", "Nothing worked,"]
    assert spans[0].group == spans[1].group
    assert not spans[0].closed and spans[1].closed


def test_spanish_quote_continued_with_a_closing_guillemet() -> None:
    # Spanish opens each further paragraph of a quote with » (round 10)
    text = ("«Los pozos están secos. Nadie nos escucha.\n\n»Los pueblos pequeños no podemos "
            "más», ha lamentado la alcaldesa.\n\nFin.")
    spans = pair_quotes(text, paragraph_spans(text))
    assert [text[s.start:s.end] for s in spans] == [
        "Los pozos están secos. Nadie nos escucha.", "Los pueblos pequeños no podemos más"]
    assert spans[0].group == spans[1].group


# A straight-mark quote over paragraphs, by the English convention: no closing mark at the
# paragraph end, the next paragraph re-opens with the same mark (issue 16, round 9).
STRAIGHT_CONTINUED = [
    ('The minister told the BBC: "Nobody wanted these cuts.\n\n"But we had no choice."\n\n'
     "The vote is on Monday.",
     ["Nobody wanted these cuts.", "But we had no choice."], True),
    ("Ms Hale said: 'We will appeal.\n\n'This is not over,' she added.",
     ["We will appeal.", "This is not over,"], True),
    # A paragraph that does not end a sentence: a stray mark, not a quote run on.
    ('He said "the plan was fine\n\n"Then it rained," she said.', ["Then it rained,"], False),
    # Marks of its kind before the paragraph end: noise that pairs with nothing.
    ('It is a "first step because "the debate began" and "doubts were met".\n\n'
     '"There are rifts," he said.', ["the debate began", "doubts were met", "There are rifts,"],
     False),
    # The next paragraph opens with no mark: the open quote is not carried over.
    ('She said: "We will appeal.\n\nThe court rose at noon.', [], False),
]


@pytest.mark.parametrize(("text", "pieces", "one_group"), STRAIGHT_CONTINUED)
def test_straight_quote_continued_over_paragraphs(text: str, pieces: list[str],
                                                  one_group: bool) -> None:
    spans = pair_quotes(text, paragraph_spans(text))
    assert [text[s.start:s.end] for s in spans] == pieces
    assert (len(spans) > 1 and spans[-2].group == spans[-1].group) == one_group


def test_straight_quote_continued_keeps_its_colon_speaker() -> None:
    text = ('Opposition leader Bethan Owen has criticised the plan.\n\nThe mayor, Tom Reed, told '
            'BBC Radio Wales: "Nobody wanted these cuts.\n\n"But we had no choice."')
    assert read_quotes(text, "en") == [
        ("Nobody wanted these cuts.", "statement", "Tom Reed"),
        ("But we had no choice.", "statement", "Tom Reed"),
    ]


def test_unclosed_mark_recovered_within_its_paragraph() -> None:
    text = "Il a dit « bonjour et puis il est parti.\n\nLe lendemain, « rien »."
    assert _contents(text) == ["bonjour et puis il est parti.", "rien"]


def test_odd_number_of_straight_quotes_does_not_shift_pairs() -> None:
    text = 'He said "yes" and "no" and then 5" of rain.\n\nShe said "maybe".'
    assert _contents(text)[:2] == ["yes", "no"]
    assert "maybe" in _contents(text)


def test_dialogue_dash_line() -> None:
    text = "—Está todo listo —dijo el entrenador—. Seguiremos mañana."
    assert _contents(text) == ["Está todo listo", "Seguiremos mañana."]


def test_german_guillemet_orientation() -> None:
    assert german_guillemets("»Das ist ein Fehler«, so der Bürgermeister.")
    assert not german_guillemets("«C'est une erreur», dit le maire.")


def test_ten_thousand_unbalanced_marks() -> None:
    for mark in ("«", '"', "“", "„"):
        big = ("mot " + mark + " ") * 10_000
        spans = pair_quotes(big, [(0, len(big))])
        for s in spans:
            assert 0 <= s.start <= s.end <= len(big)


def test_fifty_levels_of_nesting() -> None:
    text = "« a “ " * 25 + "cœur" + " ” b »" * 25
    spans = pair_quotes(text, [(0, len(text))])
    assert spans
    assert spans[0].depth == 0 and text[spans[0].start:spans[0].end].endswith("b")


def test_quote_that_never_closes() -> None:
    text = "« Elle ne ferme jamais " + "et continue " * 200
    spans = pair_quotes(text, [(0, len(text))])
    assert len(spans) == 1 and not spans[0].closed


_ALPHABET = st.sampled_from([*"ab «»“”„‘’‚\"'‹›—–\n.,:", "\u00a0", "\u202f", "\n\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=300).map("".join))
def test_pairing_properties(text: str) -> None:
    paras = paragraph_spans(text)
    first = pair_quotes(text, paras)
    assert first == pair_quotes(text, paras)  # deterministic
    for s in first:
        assert 0 <= s.start < s.end <= len(text)
        assert 0 <= s.open_at < s.start
        assert s.close_at == -1 or s.end <= s.close_at < len(text)
        assert text[s.start:s.end] == text[s.start:s.end].strip(" \u00a0\u202f\n")


def test_mark_alone_on_its_line_opens_the_next_paragraph() -> None:
    text = ('The mayor spoke first.\n\n"\n\nWe will keep going," she said.\n\n'
            'The council met later.')
    assert _contents(text) == ["We will keep going,"]


def test_paragraphs_between_lone_marks_are_pieces_of_one_quote() -> None:
    text = ('The coach said: "We trained hard all winter.\n\n"\n\nNobody expected this result.\n\n'
            '"\n\nThe club opens a new stadium next year.')
    spans = pair_quotes(text, paragraph_spans(text))
    assert [text[s.start:s.end] for s in spans] == [
        "We trained hard all winter.", "Nobody expected this result."]
    assert spans[0].group == spans[1].group


def test_lone_mark_after_a_quote_closes_it_before_narration() -> None:
    text = ('The coach said: "We trained hard.\n\n"\n\nThe minister, Ana Costa, said: '
            '"Funding is ready.\n\n"\n\nVoting starts on Monday.')
    spans = pair_quotes(text, paragraph_spans(text))
    assert [text[s.start:s.end] for s in spans] == ["We trained hard.", "Funding is ready."]
    assert spans[0].group != spans[1].group


def test_lone_mark_pieces_keep_the_speaker_of_their_quote() -> None:
    text = ('The council met on Monday.\n\nThe mayor, Ana Lopes, said: "We will keep the '
            'library open.\n\n"\n\nEvery child in this town deserves a place to read.\n\n"'
            '\n\nThe vote is next week.\n\nA teacher spoke too.\n\n"\n\nWe are not giving up," '
            'said Tom Reed.')
    assert read_quotes(text, "en") == [
        ("We will keep the library open.", "statement", "Ana Lopes"),
        ("Every child in this town deserves a place to read.", "statement", "Ana Lopes"),
        ("We are not giving up", "statement", "Tom Reed"),
    ]


def test_piece_with_its_own_incise_after_a_lone_mark_is_its_own_quote() -> None:
    text = ('The mayor, Ana Lopes, said: "We will keep the library open.\n\n"\n\nThe vote is '
            'next week.\n\n"\n\nWe are not giving up," said Tom Reed.')
    assert read_quotes(text, "en")[-1] == ("We are not giving up", "statement", "Tom Reed")


# A paragraph between two lone marks that narrates (a narrating verb, never I or we) or opens
# with page furniture is no piece of the quote before it: the first mark closed that quote and
# the second opens the next one (round 10, the BBC lone-mark convention).
NARRATION_BETWEEN_LONE_MARKS = [
    ('The leader said: "Nobody wants higher taxes.\n\n"\n\nBut we had no choice.\n\n"\n\n'
     'Opposition councillor Tom Hale said the rise would hurt pensioners.\n\n"\n\n'
     'This is a tax on the old," he said.',
     [("Nobody wants higher taxes.", "statement", "The leader"),
      ("But we had no choice.", "statement", "The leader"),
      ("This is a tax on the old", "statement", "Tom Hale")]),
    ('The coach, Ana Silva, said: "We trained hard.\n\n"\n\nMedia playback is not supported '
     'on this deviceThe visitors scored twice before the break.\n\n"\n\n'
     'We deserved more than that," said Tom Byrne.',
     [("We trained hard.", "statement", "Ana Silva"),
      ("We deserved more than that", "statement", "Tom Byrne")]),
    # speaking as I or we, a paragraph with a narrating verb is still the quote's
    ('The mayor, Ana Lopes, said: "The plan is ready.\n\n"\n\nI told the council we would '
     'not wait.\n\n"\n\nThe vote is next week.',
     [("The plan is ready.", "statement", "Ana Lopes"),
      ("I told the council we would not wait.", "statement", "Ana Lopes")]),
]


@pytest.mark.parametrize(("text", "expected"), NARRATION_BETWEEN_LONE_MARKS,
                         ids=lambda v: v[:30] if isinstance(v, str) else "")
def test_narration_between_lone_marks_is_no_piece_of_a_quote(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_quotes(text, "en") == expected


@pytest.mark.parametrize("mark", ["‘", "'", '"', "“"])
def test_quote_reopened_after_a_sentence_end_starts_a_new_piece(mark: str) -> None:
    close = {"‘": "’", "“": "”"}.get(mark, mark)
    text = (f"The coach said: {mark}We trained hard all winter. {mark}Nobody expected this. "
            f"{mark}We go on.{close} The club agreed.")
    spans = pair_quotes(text, paragraph_spans(text))
    assert [text[s.start:s.end] for s in spans] == [
        "We trained hard all winter.", "Nobody expected this.", "We go on."]
    assert len({s.group for s in spans}) == 1 and {s.depth for s in spans} == {0}


def test_reopened_pieces_keep_one_speaker() -> None:
    text = ("The mayor, Ana Lopes, said: ‘We will keep the library open. ‘Every child deserves "
            "a place to read.’ The vote is next week.")
    assert read_quotes(text, "en") == [
        ("We will keep the library open.", "statement", "Ana Lopes"),
        ("Every child deserves a place to read.", "statement", "Ana Lopes"),
    ]


def test_closing_mark_read_as_an_opener_is_no_reopened_quote() -> None:
    text = 'Un euro", a estimé Anne. Puis il part. "Non", dit-il.'
    assert _contents(text) == ["Non"]


@pytest.mark.parametrize(
    "glued",
    [
        "The coach, pictured left, watches the team train on Tuesday",  # a caption
        "Scroll down for more pictures The coach watches from the stands",  # furniture + caption
        "He added:",  # a line of narration
    ],
)
def test_words_glued_between_two_openings_belong_to_no_quote(glued: str) -> None:
    text = f"The coach said: 'We trained hard all winter. {glued} 'Nobody expected this.' The end."
    spans = pair_quotes(text, paragraph_spans(text))
    assert [text[s.start:s.end] for s in spans] == [
        "We trained hard all winter.", "Nobody expected this."]
    assert spans[0].group == spans[1].group


def test_same_mark_after_a_comma_still_nests() -> None:
    text = "'We heard him say, 'Go home' and we left.' The end."
    assert _contents(text)[0] == "We heard him say, 'Go home' and we left."


def test_opening_mark_glued_to_the_end_of_the_previous_paragraph() -> None:
    text = ('The mayor called it "a fair deal"."\n\nWe will sign it tomorrow," she said.\n\n'
            'The council agreed.')
    assert _contents(text) == ["a fair deal", "We will sign it tomorrow,"]


def test_doubled_opening_mark_opens_once() -> None:
    text = 'The shop opened.\n\n""We listen to customers," said the manager.'
    assert _contents(text) == ["We listen to customers,"]


def test_lone_mark_does_not_open_a_caption_glued_to_a_quote() -> None:
    text = ('She said: "We won.\n\n"\n\nA fan on the radio"I could not believe it," he said.')
    assert _contents(text) == ["We won.", "I could not believe it,"]
