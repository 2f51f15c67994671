"""Third-round French and English attribution patterns, found by reading the output on real
French Wikinews articles and English news, written as sentences of our own: appositions and
relative clauses, pronouns that mean a person, lost paragraph breaks, names glued to the words
around them, and the kind of a quoted phrase."""

from __future__ import annotations

import pytest
from helpers import read_quotes

from newsbrief.quotes.classify import looks_like_title

Case = tuple[str, str, list[tuple[str, str, str | None]]]

CASES: list[Case] = [
    # a name after role words that follow an organisation's name
    ('en', 'The probe landed on Monday. "We will find life within a decade," NASA chief'
      ' scientist Ellen Stofan said.',
     [('We will find life within a decade', 'statement', 'Ellen Stofan')]),
    # a kinship noun refers back to the person the text is about
    ('en', 'Frank Jordan spoke with his son. "I thought I lost you," the relieved father said.',
     [('I thought I lost you', 'statement', 'Frank Jordan')]),
    # a quote run over paragraphs whose breaks were lost: the unclosed first piece is kept
    ('en', 'Tom Reyes was rescued at sea. "The waves ruined my water. "Finally the rain'
      ' came. I filled my tank," he said.',
     [('The waves ruined my water.', 'statement', 'Tom Reyes'),
      ('Finally the rain came. I filled my tank', 'statement', 'Tom Reyes')]),
    # a participle opening a sentence is not part of a name; Don is a first name
    ('en', 'Don Parker wrote the song in 1971. Watching Parker sing it, the crowd'
      ' cheered. "Nobody cared," Parker recalled.',
     [('Nobody cared', 'statement', 'Don Parker')]),
    # a descriptor compound is not part of a name
    ('en', "Grandmother-of-three Pat Ingles is 67. 'I really enjoy myself,' she admitted.",
     [('I really enjoy myself', 'statement', 'Pat Ingles')]),
    # an elision between apostrophes is not a quote
    ('en', "Rock 'n' roll was new then, and the band played it loud.",
     []),
    # a name apposed after a long role phrase with an honorific
    ('fr', 'Le tribunal a rendu sa décision. La procureure de la Cour pénale'
      ' internationale, Mme Aline Roux, a déclaré : « Mon message est clair. »',
     [('Mon message est clair.', 'statement', 'Aline Roux')]),
    # no speaker ends with an elided article
    ('fr', "Ana Pastor est journaliste. Pastor l'avait annoncé sur le réseau social : «"
      " J'ai été licenciée. »",
     [("J'ai été licenciée.", 'statement', 'Ana Pastor')]),  # (round 5: "Pastor" is a name)
    # an inverted incise inside a sentence names who the sentence is about
    ('fr', 'La chute de la ville est un revers pour le régime, affirme Karim Haddad,'
      " directeur de l'observatoire. « La ville est un passage obligé », a-t-il souligné.",
     [('La ville est un passage obligé', 'statement', 'Karim Haddad')]),
    # il is the person, not the party that is the previous sentence's subject
    ('fr', 'Antoni Ferrer est député. Son parti lui reprochait son vote. Il fut exclu du'
      ' groupe et déclara alors : « Quand on affronte une situation limite, on agit. »',
     [('Quand on affronte une situation limite, on agit.', 'statement', 'Antoni Ferrer')]),
    # a relative clause: the subject is the noun phrase before qui, past its apposition
    ('fr', "L'avocat Paul Roche a raconté la scène. Il a évoqué Bernard Colin, le successeur de"
      " Paul Marin, qui lui avait rétorqué : « Je partirai quand je voudrai. »",
     [('Je partirai quand je voudrai.', 'statement', 'Bernard Colin')]),
    # selon after the quote, with an honorific glued to the name
    ('fr', 'Le revenu a baissé, et ce, « malgré de nouvelles mesures en 2009 » selon M.Houdré.',
     [('malgré de nouvelles mesures en 2009', 'fragment', 'Houdré')]),
    # a lower-case phrase of the narrator's sentence is a fragment, incise or not
    ('fr', "Le chanteur est mort à Lyon « des suites d'une longue maladie », a révélé son avocate.",
     [("des suites d'une longue maladie", 'fragment', 'son avocate')]),
    # several sentences in the quote make a statement
    ('fr', 'Tennis\n\nAprès la finale, Léa Girard déclare que « Je peux à peine décrire ce'
      ' que je ressens. Je ne rêvais pas de revenir ici ».',
     [('Je peux à peine décrire ce que je ressens. Je ne rêvais pas'
       ' de revenir ici',
       'statement', 'Léa Girard')]),
    # "the muse" is a noun, not a speech verb
    ('en', 'While Don Parker, the muse, has not tried to explain "American Pie," he sings it.',
     [('American Pie', 'other', None)]),
    # "Selon X, « … »" closing the sentence: the quote is the main clause, a statement
    ('fr', "Banques\n\nSelon la fédération des banques, Bancor, « le montant est plutôt de"
      " 700 000 euros ».",
     [('le montant est plutôt de 700 000 euros', 'statement', 'Bancor')]),
    # a long lower-case quoted phrase is someone's words, not a scare quote
    ('fr', "Politique\n\nLe candidat a parlé longtemps. Marc Lenoir se présentait comme"
      " « l'entraîneur qui ferait gagner tout le pays ».",
     [("l'entraîneur qui ferait gagner tout le pays", 'fragment', 'Marc Lenoir')]),
    # a pronoun incise goes to the previous speaker, not to a thing
    ('fr', "L'alerte a été donnée vers cinq heures « quand nous avons reçu des appels »,"
      " a indiqué un porte-parole de la police. L'incendie aurait été provoqué"
      " « par une fusée lancée dans la salle » a-t-il précisé.",
     [('quand nous avons reçu des appels', 'fragment', 'un porte-parole de la police'),
      ('par une fusée lancée dans la salle', 'fragment', 'un porte-parole de la police')]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_round3_fr_en(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_quotes(text, lang) == expected


def test_a_possessive_before_a_capitalised_quote_names_a_work() -> None:
    text = "He read Longfellow's “Evangeline” twice."
    open_at = text.index("“")
    assert looks_like_title(text, open_at, open_at + 1, text.index("”"), "en")
