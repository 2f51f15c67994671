"""Sixth-round patterns, found on the de-wikinews train and dev splits (the last two tests on
OrangeSum dev articles) and written as sentences of our own: a role the lexicon lacked, a noun
phrase after a preposition, a main clause that only looks like a relative one, a statement noun
with "von", an apposed name whose closing comma is missing, "hatte es geheißen", an infinitive
before a modal verb, a participle used as an adjective, what a thing is called, words in lower
case after a title noun, a plural source and a singular pronoun, and an incise after its verb
group."""

from __future__ import annotations

import pytest
from helpers import read_quotes

from newsbrief.quotes.gender import agrees
from newsbrief.quotes.people import Entry
from newsbrief.quotes.resolve import _same_role

Case = tuple[str, list[tuple[str, str, str | None]]]


CASES: list[Case] = [
    # the organiser is a role: the inverted subject after the verb is whom "er" means (and
    # "die Polizei" after "durch" is not the subject)
    ("Die Polizei sperrte den Platz. Wegen der Sperren durch die Polizei erklärte der"
     " Organisator Tom Weber die Kundgebung für beendet. „Das ist ein Skandal“, sagte er.",
     [("Das ist ein Skandal", "statement", "Tom Weber")]),
    # the noun phrase of "durch" is not the subject of the verb after it
    ("Wegen der Sperren durch die Polizei erklärte der Mann: „Wir gehen jetzt nach Hause.“",
     [("Wir gehen jetzt nach Hause.", "statement", None)]),
    # "…, die Polizei spricht von …" has its verb second: a main clause, so the event before
    # the comma is no speaker, nor is "Hunderte" a name; the role noun resolves to neither
    ("Hunderte protestierten gegen das Gipfeltreffen, die Polizei spricht von 4.000 Menschen."
     " „Dieser Kessel ist ein Skandal“, sagte der Demonstrationsleiter.",
     [("Dieser Kessel ist ein Skandal", "statement", "der Demonstrationsleiter")]),
    # a statement noun with "von": who made the statement, also in a compound (Kernaussage)
    ("Die Kernaussage von Jerry Larson, dem Chef der Firma, lautete: „Wir sind sehr"
     " überrascht.“",
     [("Wir sind sehr überrascht.", "statement", "Jerry Larson")]),
    # a name apposed to a role without its closing comma; the next quote continues that person
    ("„Das ist gut“, sagte Anna Weber. Als „verpasste Chance“ beurteilte der parlamentarische"
     " Geschäftsführer der Fraktion der Grünen, Volker Beck das Ergebnis. „Die Partei ist"
     " zurückgefallen.“",
     [("Das ist gut", "statement", "Anna Weber"),
      ("verpasste Chance", "fragment", "Volker Beck"),
      ("Die Partei ist zurückgefallen.", "statement", "Volker Beck")]),
    # with no speech verb before the colon, the object of a preposition (and its genitive) is
    # not the speaker: the name after it is
    ("Karla Hartmann war Kassiererin. Jede Mitverantwortung für die Affäre im Bezirk Nord-Ost"
     " der Partei weist Hartmann von sich: „Die Verantwortung trägt der Vorsitzende.“",
     [("Die Verantwortung trägt der Vorsitzende.", "statement", "Karla Hartmann")]),
    # "hatte es geheißen" is "heißt es" too; the statement's maker ends before "vom Dienstag"
    ("Der Rat tagte am Montag. In einer Erklärung der Außenminister vom Dienstag hatte es"
     " geheißen: „Es gibt keine militärische Lösung.“",
     [("Es gibt keine militärische Lösung.", "statement", "der Außenminister")]),
    # an infinitive before a modal verb is no speech verb of its own ("das Urteil sprechen
    # wollte"), so the month before it is not taken for a speaker
    ("Anna Celebi vertritt die Frau. Die Verhandlung wurde unterbrochen, da der Richter das"
     " Urteil am 23. März sprechen wollte. Zu dieser Zeit ging die Anwältin noch davon aus,"
     " dass der Mann festgenommen würde, „um den Kindern den Anblick zu ersparen“.",
     [("um den Kindern den Anblick zu ersparen", "fragment", "Anna Celebi")]),
    # a participle between an article and the quote is an adjective, not the clause's verb
    ("Ihre Forderungen trugen die Bauern auf Plakaten vor sich her, begleitet von einem laut"
     " skandierten „Frieden schaffen ohne Waffen“.",
     [("Frieden schaffen ohne Waffen", "fragment", None)]),
    # what a thing is called is no speech: "so heißt" (not "so heißt es"), "so lautet der
    # Titel", a name noun before a colon
    ("„Sauber bleiben“, so lautet der Titel einer Studie, die heute vorgestellt wurde.",
     [("Sauber bleiben", "other", None)]),
    ("„Wikiplan“, so heißt ein geplantes Projekt des Gründers.",
     [("Wikiplan", "other", None)]),
    ("Die neue Version (Codenamen: „Nordlicht“) erscheint im Mai.",
     [("Nordlicht", "other", None)]),
    ("Der Verband warb mit dem Slogan: „Wir übernehmen Verantwortung“.",
     [("Wir übernehmen Verantwortung", "other", None)]),
    # guards: the source of "so heißt es", and the maker of an answer, are still read
    ("„Wir bleiben hart“, so heißt es in der Erklärung der Gewerkschaft.",
     [("Wir bleiben hart", "statement", "der Gewerkschaft")]),
    ("„Wir bleiben hart“, so lautete die Antwort des Ministers Karl Opitz.",
     [("Wir bleiben hart", "statement", "Karl Opitz")]),
    # a role and a name before the verb are its subject, not the person after it; the ordinal
    # dot of a regnal number ends no clause, and the role later is that person
    ("Die Regierung trauert. Königin Elisabeth bat Premierminister Key, ihre „tiefe Anteilnahme"
     " den Familien zu übermitteln“.",
     [("tiefe Anteilnahme den Familien zu übermitteln", "fragment", "Elisabeth")]),
    ("Die Regierung trauert. Das Staatsoberhaupt des Landes, die britische Königin Elisabeth II.,"
     " bat Premierminister Key, ihre „tiefe Anteilnahme den Familien zu übermitteln“. Sie sei"
     " „vollkommen geschockt“, sagte die britische Königin.",
     [("tiefe Anteilnahme den Familien zu übermitteln", "fragment", "Elisabeth II"),
      ("vollkommen geschockt", "fragment", "Elisabeth II")]),
    # a quote right after a quoted sentence opens a sentence of its own: a statement
    ("Die Anwältin Eva Celik war empört. „Diese Morde hätten verhindert werden können.“ „Wäre"
     " der Haftbefehl eingetragen worden, würden die Frauen noch leben“, so Celik.",
     [("Diese Morde hätten verhindert werden können.", "statement", "Eva Celik"),
      ("Wäre der Haftbefehl eingetragen worden, würden die Frauen noch leben", "statement",
       "Eva Celik")]),
]

# A title opens on a capital: quoted words in lower case after a title noun are words (but a
# naming word still names what follows, whatever its case).
LOWER_CASE_AFTER_TITLE_NOUNS = [
    ("de", "Wie Ministerpräsident Karl Wulf erklärte, sieht die Landesregierung in dem Gesetz"
     " „kein Hindernis für den freien Kapitalverkehr“.",
     [("kein Hindernis für den freien Kapitalverkehr", "fragment", "Karl Wulf")]),
    ("fr", "La ministre Élise Moreno rappelle qu'elle a vécu en Afrique du Sud et à ce titre"
     " « sait ce qu'est un État raciste ».",
     [("sait ce qu'est un État raciste", "fragment", "Élise Moreno")]),
    # guard
    ("fr", "La police a arrêté 774 personnes lors du défilé de dimanche baptisé « la marche des"
     " héros ».",
     [("la marche des héros", "other", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LOWER_CASE_AFTER_TITLE_NOUNS,
                         ids=[c[1][:40] for c in LOWER_CASE_AFTER_TITLE_NOUNS])
def test_lower_case_words_after_a_title_noun(lang: str, text: str,
                                              expected: list[tuple[str, str, str | None]]) -> None:
    assert read_quotes(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_round6(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_quotes(text, "de") == expected


def test_a_singular_pronoun_never_means_a_plural_source() -> None:
    # "les députés de l'UMP", "los vecinos", "the protesters": not whom il/él/he means
    for name, lang in (("les députés de l'UMP", "fr"), ("los vecinos del barrio", "es"),
                       ("the protesters outside", "en")):
        assert not agrees(Entry(name, first=-1), "il" if lang == "fr" else "he", lang)
    # a singular label or a person still agrees
    assert agrees(Entry("le député", first=-1), "il", "fr")
    assert agrees(Entry("The council", first=-1), "he", "en")
    assert agrees(Entry("Christian Jacob"), "il", "fr")


def test_an_incise_after_its_verb_group_names_the_speaker() -> None:
    # ", a indiqué David Grout, …" ends a sentence of reported speech: Grout, not the subject
    # before the comma, is whom the next quote continues
    assert read_quotes("Les sites ont été attaqués, a indiqué David Grout, directeur technique de"
                       " FireEye. « C'était un déni de service ».", "fr") == [
        ("C'était un déni de service", "statement", "David Grout")]


def test_a_pronoun_after_a_party_means_the_person_named_before() -> None:
    # "Son parti … Estimant que « … », il vota contre": the participle's subject is the main
    # clause's; il is the person named before, not the party (nor "Le Parti populaire")
    assert read_quotes(
        "Le Parti populaire a exclu Antoni Pastor, député-maire de Manacor. Son parti lui"
        " reprochait son vote. Estimant que « le catalan est notre langue », il vota contre. Il"
        " déclara alors : « Je ne regrette rien. »", "fr") == [
        ("le catalan est notre langue", "statement", "Antoni Pastor"),
        ("Je ne regrette rien.", "statement", "Antoni Pastor")]


def test_a_person_noun_is_whom_a_pronoun_means() -> None:
    # guard: "Un homme" is a person, so il does not skip him for the president named after
    assert read_quotes("Un homme avait menacé le président Emmanuel Macron. La présidence a saisi"
                       " la justice. Il aurait écrit : « Tu prendras du plomb. »", "fr") == [
        ("Tu prendras du plomb.", "statement", "Un homme")]


def test_a_sentence_opening_on_a_pronoun_is_about_the_person_it_agrees_with() -> None:
    # "il" after a plural subject is the man named last: the next unattributed quote is his
    assert read_quotes(
        "À la reprise, les députés de l'UMP ont fait part de leur indignation par Christian"
        " Jacob, président du groupe. Il a souhaité faire un rappel au règlement. « On ne peut pas"
        " accepter un tel mépris. »", "fr") == [
        ("On ne peut pas accepter un tel mépris.", "statement", "Christian Jacob")]


def test_a_role_noun_finds_a_person_by_the_role_not_by_its_adjective() -> None:
    # "le négociateur palestinien" is not "la veuve de l'ancien président de l'Autorité
    # palestinienne"; "l'universitaire" may still be the professor at the university
    widow = Entry("Souha Arafat", role="veuve de l'ancien président de l'Autorité palestinienne")
    assert not _same_role(widow, "le négociateur palestinien", "fr")
    professor = Entry("Gilles Séralini", role="professeur à l'université de Caen")
    assert _same_role(professor, "l'universitaire", "fr")


def test_a_source_keeps_no_preposition_before_its_elided_article() -> None:
    assert read_quotes("Ces actes sont des représailles de l'organisation islamique, qui affirme"
                       " « agir au nom de Dieu ».", "fr") == [
        ("agir au nom de Dieu", "fragment", "l'organisation islamique")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le chauffeur a été mis en examen jeudi pour « homicide involontaire », a indiqué le"
     " parquet.", [("homicide involontaire", "other", None)]),
    ("en", "The driver was charged with “reckless endangerment” on Monday, police said.",
     [("reckless endangerment", "other", None)]),
    # guard: what someone condemns is their words
    ("fr", "La Cédéao a condamné l'action de « militaires putschistes ».",
     [("militaires putschistes", "fragment", "La Cédéao")]),
])
def test_a_legal_charge_names_an_offence(lang: str, text: str,
                                         expected: list[tuple[str, str, str | None]]) -> None:
    assert read_quotes(text, lang) == expected


def test_an_incise_after_the_clause_that_goes_on_names_the_speaker() -> None:
    assert read_quotes("« Le contexte est bien pire qu'attendu », y compris le montant des"
                       " dommages, commente Song Myung-Sup, analyste à Séoul.", "fr") == [
        ("Le contexte est bien pire qu'attendu", "statement", "Song Myung-Sup")]


def test_a_quote_after_an_elided_word_goes_on_with_the_narrator() -> None:
    # "jusqu'« à 500 millions »" is a fragment; "qu'« il ne pourra plus … »" stays a clause
    assert read_quotes("L'usine pourra produire jusqu'« à 500 millions à long terme », explique"
                       " Joechen Zaumseil, vice-président du groupe.", "fr") == [
        ("à 500 millions à long terme", "fragment", "Joechen Zaumseil")]
    assert read_quotes("Claude Bertolone a déclaré qu'« il ne pourra plus y avoir de suspension"
                       " de séance ».", "fr") == [
        ("il ne pourra plus y avoir de suspension de séance", "statement", "Claude Bertolone")]


def test_a_participle_after_a_quote_is_no_inverted_incise() -> None:
    # "« … » évoquant des refus": the participle's object is not the speaker
    assert read_quotes("Le syndicat SUD estime, au contraire, que « Si ce collègue avait des"
                       " difficultés personnelles, nous savons aussi qu'il en avait au travail »"
                       " évoquant des refus.", "fr") == [
        ("Si ce collègue avait des difficultés personnelles, nous savons aussi qu'il en avait au"
         " travail", "statement", "SUD")]


def test_an_age_set_off_by_commas_stands_between_the_speaker_and_the_verb() -> None:
    assert read_quotes("'You can say I'm hooked,' Josh Hatfield, 27, told the Post.", "en") == [
        ("You can say I'm hooked", "statement", "Josh Hatfield")]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "Elle était connue pour « sa prise de bec avec la secrétaire générale du PP », écrit"
     " notamment le quotidien El Punt Avui.", "El Punt Avui"),
    ("de", "Der Minister sei „völlig überfordert“, schrieb die Zeitung Die Welt.", "Die Welt"),
])
def test_a_paper_named_with_its_own_article_after_a_media_noun(lang: str, text: str,
                                                               speaker: str) -> None:
    assert [q[2] for q in read_quotes(text, lang)] == [speaker]


def test_a_semicolon_ends_the_clause_an_incise_may_follow() -> None:
    assert read_quotes("Pour Human Rights Watch, la torture prouve qu'il existe « une politique"
                       " d'État de mauvais traitement » ; il est bon de rappeler que, d'après le"
                       " droit international, les responsables seront jugés.", "fr") == [
        ("une politique d'État de mauvais traitement", "fragment", "Human Rights Watch")]


def test_a_spokesperson_right_after_a_named_speaker_is_that_speaker() -> None:
    # "le porte-parole" also heads unnamed sources, so it refers back only to the one who has
    # just spoken
    assert [q[2] for q in read_quotes(
        "Pour Jérémie Zimmermann, « Ce vote est une immense victoire ! » Le porte-parole du"
        " collectif la Quadrature du Net se félicite que « le texte a permis d'ouvrir un grand"
        " débat ».", "fr")] == ["Jérémie Zimmermann", "Jérémie Zimmermann"]


def test_a_gerund_after_a_comma_takes_the_main_clause_subject() -> None:
    # "…, en évoquant une « … »": not "le grand reporter" just before the comma
    assert [q[2] for q in read_quotes(
        "Le quotidien Le Figaro annonce que le journaliste aurait été tué par « un tir d'obus"
        " lancé par les rebelles, qui visaient un quartier où se trouvait » le grand reporter, en"
        " évoquant une « source proche du dossier ».", "fr")] == ["Le Figaro", "Le Figaro"]
