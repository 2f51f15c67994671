"""Dialogue lines led by dashes (issue 15): each line is speech, and the lines of an exchange
alternate between two speakers (interviews, hearings in court). Sentences of our own."""

from __future__ import annotations

import pytest
from helpers import QuoteCase, case_ids, paragraph_spans, read_quotes

from newsbrief.quotes.pairing import pair_quotes


def test_consecutive_dash_lines_form_one_run_with_numbered_turns() -> None:
    text = "Intro.\n\n—Uno.\n\n—Dos.\n\nTexto.\n\n—Tres."
    turns = [s.turn for s in pair_quotes(text, paragraph_spans(text))]
    assert turns == [(1, 0), (1, 1), (2, 0)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Spanish raya: the first answer takes the speaker its turn names later.
        ("La ministra Rosa Vidal habló con este diario.\n\n—¿Habrá más ayudas?\n\n"
         "—Sí, en enero.\n\n—¿Y para los pescadores?\n\n—También —afirmó Rosa Vidal—. "
         "Lo anunciaremos pronto.",
         "es",
         [("¿Habrá más ayudas?", None), ("Sí, en enero.", "Rosa Vidal"),
          ("¿Y para los pescadores?", None), ("También", "Rosa Vidal"),
          ("Lo anunciaremos pronto.", "Rosa Vidal")]),
        # Portuguese travessão: the unnamed interviewer's questions stay unattributed.
        ("O treinador Rui Matos falou aos jornalistas.\n\n— Vão mudar a equipa?\n\n"
         "— Não vamos desistir — afirmou Rui Matos.\n\n— E o guarda-redes?\n\n"
         "— Joga no domingo.",
         "pt",
         [("Vão mudar a equipa?", None), ("Não vamos desistir", "Rui Matos"),
          ("E o guarda-redes?", None), ("Joga no domingo.", "Rui Matos")]),
        # Italian court report: both parties named once, then each keeps its turn.
        ("Il processo è ripreso ieri.\n\n– Dove si trovava quella sera? – ha chiesto il "
         "giudice Paolo Serra.\n\n– A casa – ha risposto Marco Villa.\n\n– Da solo?\n\n"
         "– Con mia sorella.",
         "it",
         [("Dove si trovava quella sera?", "Paolo Serra"), ("A casa", "Marco Villa"),
          ("Da solo?", "Paolo Serra"), ("Con mia sorella.", "Marco Villa")]),
    ],
)
def test_dialogue_lines_alternate_between_two_speakers(
        text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    got = read_quotes(text, lang)
    assert [(t, s) for t, _, s in got] == expected
    assert all(kind == "statement" for _, kind, _ in got)


def test_dash_led_list_without_any_speaker_is_left_alone() -> None:
    text = "Los datos del informe.\n\n—Tres hospitales nuevos.\n\n—Dos escuelas."
    assert all(s is None for _, _, s in read_quotes(text, "es"))


def test_interview_resumed_after_narration_keeps_its_interviewee() -> None:
    # A second run of lines after a paragraph that quotes someone else: it opens with a
    # question, so it goes on with the interview of the first run (answers the novelist's,
    # questions nobody's), not with the publisher quoted in between.
    text = ("La romancière Anne Vidal publie un livre. Nous l'avons rencontrée à Lyon.\n\n"
            "— Pourquoi ce livre ?\n\n— Par colère, sourit-elle.\n\nSon éditeur, Paul Roux, "
            "est ravi. « C'est un succès », dit-il.\n\n— Et après ?\n\n— Je me repose.")
    assert read_quotes(text, "fr") == [
        ("Pourquoi ce livre ?", "statement", None), ("Par colère", "statement", "Anne Vidal"),
        ("C'est un succès", "statement", "Paul Roux"), ("Et après ?", "statement", None),
        ("Je me repose.", "statement", "Anne Vidal")]


# An interview the narration introduces names no one in its lines: when the run opens with a
# question, its answers are the person the paragraph before it is about (a caption between them
# is skipped), its questions the unnamed interviewer's; a question inside a line is no incise.
INTERVIEW_INTRODUCED_IN_THE_NARRATION: list[QuoteCase] = [
    QuoteCase("fr", "Théâtre\n\nLa metteuse en scène Claire Aubin a répondu à nos questions. Le"
              " théâtre rouvre lundi.\n\nClaire Aubin, dans sa loge. Photo Jean Roy\n\n— Vous"
              " avez eu peur ?\n\n— Un peu. Mais la salle était pleine.\n\n— Et la suite ?\n\n"
              "— Une tournée en mars.",
              [("Vous avez eu peur ?", "statement", None),
               ("Un peu. Mais la salle était pleine.", "statement", "Claire Aubin"),
               ("Et la suite ?", "statement", None),
               ("Une tournée en mars.", "statement", "Claire Aubin")],
              "round9"),
    QuoteCase("it", "Calcio\n\nSecondo la società, il presidente Mario Conti vuole restare."
              " Lo abbiamo sentito al telefono.\n\n– Presidente, conferma la notizia?\n\n– Certo,"
              " fino al 2030.\n\n– E l'allenatore?\n\n– Resta anche lui.",
              [("Presidente, conferma la notizia?", "statement", None),
               ("Certo, fino al 2030.", "statement", "Mario Conti"),
               ("E l'allenatore?", "statement", None),
               ("Resta anche lui.", "statement", "Mario Conti")],
              "round9"),
    # narration that says someone asks makes that person the questioner, not the one asked
    QuoteCase("pt", "Júri\n\nA ré, Marta Sales, ouviu a acusação. O promotor Júlio Prado"
              " questionou a versão dela.\n\n— A senhora saiu de casa às dez?\n\n— Saí às"
              " onze, doutor.",
              [("A senhora saiu de casa às dez?", "statement", "Júlio Prado"),
               ("Saí às onze, doutor.", "statement", None)],
              "round9"),
]


@pytest.mark.parametrize("case", INTERVIEW_INTRODUCED_IN_THE_NARRATION,
                         ids=case_ids(INTERVIEW_INTRODUCED_IN_THE_NARRATION))
def test_interview_introduced_in_the_narration(case: QuoteCase) -> None:
    assert read_quotes(case.text, case.lang) == case.expected
