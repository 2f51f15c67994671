"""Fifth-round patterns, found on the de-wikinews train and dev splits and written as sentences
of our own: a heading run into the next sentence, a quoted sentence that ends the sentence before
the lead-in, German quotes that keep their own clause, paper and party names with their article,
and common nouns that are not names."""

from __future__ import annotations

import pytest
from helpers import read_quotes

from newsbrief.quotes.lexicon import is_source_head
from newsbrief.quotes.people import name_at, tokenize
from newsbrief.quotes.phrases import candidate

Case = tuple[str, list[tuple[str, str, str | None]]]


CASES: list[Case] = [
    # a heading with no full stop, then a sentence that opens on an adverb: the heading is not
    # the subject, nor is the adverb part of a name
    ("Neue Pläne Bereits im Mai hatte Bürgermeisterin Eva Kranz angekündigt: „Wir bauen die"
     " Brücke bis zum Herbst fertig.“",
     [("Wir bauen die Brücke bis zum Herbst fertig.", "statement", "Eva Kranz")]),
    # ... or on a capitalised article
    ("Antrag an den Landtag Der Stadtrat forderte vom Landtag, „Leerstand“ stärker zu"
     " besteuern.",
     [("Leerstand", "fragment", "Der Stadtrat")]),
    # a German quote is not split by a clause of its own that looks like an incise (and the
    # party of the sentence before is its "we")
    ("Die Grünen wollen am Kurs festhalten. „Wir wollen Ruhe im Viertel. Wer das Gesetz bricht,"
     " stellt ein Sicherheitsrisiko für alle dar.“",
     [("Wir wollen Ruhe im Viertel. Wer das Gesetz bricht, stellt ein Sicherheitsrisiko für alle"
       " dar.", "statement", "Die Grünen")]),
    # a paper's name with its own (foreign) article is a name, not a fragment (the second is
    # a guard: three capitalised words were a name before)
    ("Im Streit um die Wahl schrieb die konservative „El Diario“ dem Kandidaten den Sieg zu.",
     [("El Diario", "other", None)]),
    ("Die Reporterin der „Le Petit Journal“ fragte nach.",
     [("Le Petit Journal", "other", None)]),
    # a quoted sentence closes the sentence before the next lead-in: its last words are no
    # name for the speech verb after it
    ("Sie demonstrierten unter dem Motto „20 Jahre Autobahn sind 20 Jahre zuviel! Schnellstraße"
     " Stoppen!“ Verkehrsminister Peter Graf sagte, die Kritik müsse hingenommen werden, die"
     " Straße sei aber für die Mehrheit „ein gutes Projekt“.",
     [("20 Jahre Autobahn sind 20 Jahre zuviel! Schnellstraße Stoppen!", "other", None),
      ("ein gutes Projekt", "fragment", "Peter Graf")]),
    # a run-in heading before a colon is not what the sentence is about: the party is, and it
    # is the "we" of the quote that follows
    ("Verkehr: Die SPD will am Nachtzug festhalten. „Wir wollen ein Netz, auf das man sich"
     " verlassen kann.“",
     [("Wir wollen ein Netz, auf das man sich verlassen kann.", "statement", "Die SPD")]),
    # a quote nothing attributes does not go to a noun the text puts after an article ("die
    # Chance"); a noun a speech verb makes the subject is kept
    ("Die Chance ist da. Seine Chance sei „eine letzte Hoffnung“, hieß es. Die Helfer sagen, es"
     " sei „eine Katastrophe“.",
     [("eine letzte Hoffnung", "fragment", None), ("eine Katastrophe", "fragment", "Die Helfer")]),
    # a capitalised modal verb at the head of a sentence is not a name
    ("Sollten die Gespräche scheitern, drohe ein „harter Winter“, hieß es.",
     [("harter Winter", "fragment", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_round5(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_quotes(text, "de") == expected


@pytest.mark.parametrize(("text", "word"), [
    ("Der Verband sieht darin ein Friedensrisiko für alle.", "Friedensrisiko"),
    ("Sie suchten einen Ausweg aus der Lage.", "Ausweg"),
])
def test_a_german_noun_after_an_indefinite_article_is_no_name(text: str, word: str) -> None:
    toks = tokenize(text, 0, len(text))
    i = next(k for k, t in enumerate(toks) if t.text == word)
    assert name_at(toks, i, "de") == i


def test_a_noun_after_its_preposition_is_no_speaker_before_a_verb() -> None:
    # "Seidling sagte:" - a surname that ends like a noun may stand before its verb, but not a
    # noun after its preposition ("um Unterstützung gebeten")
    text = "Angesichts der Schäden hat das Land die Nachbarn um Unterstützung gebeten."
    toks = tokenize(text, 0, len(text))
    i = next(k for k, t in enumerate(toks) if t.text == "Unterstützung")
    assert not candidate(toks, i, text, "de")
    text = "Seidling sagte, es reiche."
    toks = tokenize(text, 0, len(text))
    assert candidate(toks, 0, text, "de")


@pytest.mark.parametrize(("word", "lang", "expected"), [
    ("députés", "fr", True),
    ("judges", "en", True),
    ("diputados", "es", True),
    ("bus", "en", False),  # too short to be a plural of a role
    ("policy", "en", False),
])
def test_a_plural_role_heads_a_collective_source(word: str, lang: str, expected: bool) -> None:
    assert is_source_head(word, lang) is expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a plural role is a group, kept as written (guards: an article and any lower-case noun
    # made a subject before; now the noun has to name people or a body)
    ("fr", "Les députés ont dénoncé « une dérive inquiétante du gouvernement ».",
     [("une dérive inquiétante du gouvernement", "fragment", "Les députés")]),
    ("en", 'The judges said the ruling "gives clarity to drivers and to the industry".',
     [("gives clarity to drivers and to the industry", "fragment", "The judges")]),
    # an article and lower-case words that name no person nor body are no speaker
    ("en", 'Those words make fans think of "a long time ago".',
     [("a long time ago", "fragment", None)]),
])
def test_groups_and_things_as_subjects(lang: str, text: str,
                                       expected: list[tuple[str, str, str | None]]) -> None:
    assert read_quotes(text, lang) == expected


FRENCH: list[Case] = [
    # a name with its own article after the role and an adjective; a later "le quotidien" is
    # the same paper (the dateline's dash does not hide the subject)
    ("3 mars 2021. - Le quotidien régional Le Courrier annonce que le maire aurait été « menacé à"
     " plusieurs reprises par des inconnus ». « Les enquêteurs ont saisi plusieurs lettres"
     " anonymes au domicile de l'élu », indique le quotidien.",
     [("menacé à plusieurs reprises par des inconnus", "fragment", "Courrier"),
      ("Les enquêteurs ont saisi plusieurs lettres anonymes au domicile de l'élu", "statement",
       "Courrier")]),
    # "le reportage" after "le reportage de Télé Nord": the source named before, in full
    ("Un reportage diffusé lundi sème le doute. « Nous avons trouvé des traces de produits"
     " toxiques dans l'eau », affirme le reportage de Télé Nord. « Les niveaux étaient très"
     " élevés », ajoute le reportage.",
     [("Nous avons trouvé des traces de produits toxiques dans l'eau", "statement",
       "le reportage de Télé Nord"),
      ("Les niveaux étaient très élevés", "statement", "le reportage de Télé Nord")]),
    # "lui" / "leur" before the verb of an incise is whom it was said to
    ("Le parti a réagi. « C'est la grande bourgeoisie qui parle », lui avait dit Paul Marin,"
     " président du groupe.",
     [("C'est la grande bourgeoisie qui parle", "statement", "Paul Marin")]),
    # a capitalised complement of a role that reads like no name (an adverb's -ment) stays in
    # the role, so the role does not match another minister
    ("Le ministre du Redressement productif a déclaré que « le secteur a un avenir ». Le"
     " ministre de l'Intérieur, Marc Roux, l'a soutenu.",
     [("le secteur a un avenir", "fragment", "Le ministre du Redressement productif")]),
    # an inverted incise whose name carries its affiliation ("de l'Observatoire …") names the
    # speaker of the sentence; "il" in the next quote is that person, not the sentence's thing
    ("La prise de la ville est un sérieux revers pour le gouvernement, affirme Omar Haddad de"
     " l'Observatoire des droits de l'homme. « Les rebelles vont bloquer les routes », a-t-il"
     " souligné.",
     [("Les rebelles vont bloquer les routes", "statement", "Omar Haddad")]),
    # the apposed name after a role with an acronym in brackets, or with its own article
    ("« Les prix vont baisser », explique le président de l'Union des industries pétrolières"
     " (Ufip), Jean Louis Martin.",
     [("Les prix vont baisser", "statement", "Jean Louis Martin")]),
    ("Pour la principale association de défense des cyclistes, la Roue Libre : « Ce texte est"
     " dangereux. »",
     [("Ce texte est dangereux.", "statement", "Roue Libre")]),
    # the role of a name that opens a sentence without a speech verb is remembered: "l'ONG"
    # later is that organisation (and an elided article does not hide the role)
    ("L'ONG Justice Globale vient de publier un rapport. Cependant, l'ONG"
     " précise que « le nombre de centres est probablement plus élevé ».",
     [("le nombre de centres est probablement plus élevé", "fragment",
       "Justice Globale")]),
    # another language's role noun is a surname here (German "Pastor", "Herzog")
    ("« Je suis là », leur répondit Ana Pastor.",
     [("Je suis là", "statement", "Ana Pastor")]),
    # a quoted clause with its own subject is a statement even inside the narrator's sentence;
    # a relative, a verb whose subject is outside, or a subordinate clause stays a fragment
    ("Mais pour Paul Durand, « le problème est que tout le monde connaît déjà sa stratégie » :"
     " « Nous allons gagner. »",
     [("le problème est que tout le monde connaît déjà sa stratégie", "statement",
       "Paul Durand"),
      ("Nous allons gagner.", "statement", "Paul Durand")]),
    ("Paul Durand a présenté son rival comme « l'entraîneur qui ferait triompher le pays » et"
     " a jugé que ses idées « ne sont pas en cause ».",
     [("l'entraîneur qui ferait triompher le pays", "fragment", "Paul Durand"),
      ("ne sont pas en cause", "fragment", "Paul Durand")]),
    # a phrase that opens on a capitalised article mid-sentence with no clause, or after "dans",
    # is a title
    ("Selon un rapport établi par l'institut sur « Les revenus et le patrimoine des ménages »,"
     " la crise a touché les plus pauvres.",
     [("Les revenus et le patrimoine des ménages", "other", None)]),
    ("« Nous avons mis du temps pour nous parler », a-t-il écrit dans « La politique est un sport"
     " de combat ».",
     [("Nous avons mis du temps pour nous parler", "statement", None),
      ("La politique est un sport de combat", "other", None)]),
    # a naming verb's object is the one named, not the speaker; a name with a role and its
    # party's acronym apposed is the subject
    ("Paul Durand, le candidat des Verts à la présidentielle avait appelé Marc Roux « le"
     " bourgeois du château ». Tout comme Anne Morel, ex-députée UMP, l'avait appelé le"
     " « châtelain de la colline ». Le ministre avait traité son rival de « menteur ».",
     [("le bourgeois du château", "fragment", "Paul Durand"),
      ("châtelain de la colline", "fragment", "Anne Morel"),
      ("menteur", "fragment", "Le ministre")]),
    # "comme le précise X": the one named after the speech verb says the quote, not the main
    # clause's subject; an acronym is the organisation whose initials it spells
    ("L'armée française partira en 2013, comme le précise l'ambassadeur de France au Mali, Paul"
     " Durand : « Nous partirons en bon ordre. »",
     [("Nous partirons en bon ordre.", "statement", "Paul Durand")]),
    ("L'ONG Veille Mondiale Humaine vient de publier un rapport. Le texte est long, comme le"
     " rappelle VMH, « la Russie a bloqué les efforts de la communauté ».",
     [("la Russie a bloqué les efforts de la communauté", "statement",
       "Veille Mondiale Humaine")]),
    # a role before a name is someone else, and "le porte-parole" is that someone again
    ("Le porte-parole de Marc Dubois a réagi : « Nous contestons cette décision du tribunal. »"
     " Marc Dubois a ensuite déclaré : « Je ferai appel de ce jugement devant la cour. »"
     " « Aucune date n'est fixée », a précisé le porte-parole.",
     [("Nous contestons cette décision du tribunal.", "statement",
       "Le porte-parole de Marc Dubois"),
      ("Je ferai appel de ce jugement devant la cour.", "statement", "Marc Dubois"),
      ("Aucune date n'est fixée", "statement", "Le porte-parole de Marc Dubois")]),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH, ids=[c[0][:40] for c in FRENCH])
def test_round5_french(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_quotes(text, "fr") == expected
