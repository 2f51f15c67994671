"""Third-round German attribution patterns, found on the de-wikinews train split and written
as sentences of our own: word order (V2, verb-final, split verbs), media and passive agents,
relative clauses, zitieren, pronoun subjects, names that look like nouns and nouns that look
like names."""

from __future__ import annotations

import pytest
from helpers import read_quotes

Case = tuple[str, list[tuple[str, str, str | None]]]

CASES: list[Case] = [
    # a lower-case speech verb right after a quote that ends its sentence is an incise
    ('„Wir haben das Ziel erreicht.“ erklärte Bürgermeisterin Jana Krüger.',
     [('Wir haben das Ziel erreicht.', 'statement', 'Jana Krüger')]),
    # a medium named in marks after its article
    ('„Die Zahlen sind geschönt“, schreibt die „Lindauer Rundschau“.',
     [('Die Zahlen sind geschönt', 'statement', 'Lindauer Rundschau'),
      ('Lindauer Rundschau', 'other', None)]),
    # a split verb (fügt … hinzu) and a sentence-initial adverb that is not a speaker
    ('Ergänzend fügt Krüger hinzu: „Der Haushalt ist solide.“',
     [('Der Haushalt ist solide.', 'statement', 'Krüger')]),
    # a missing space after a full stop does not glue two sentences into a name
    ('„Das ist gut“, sagte die Ministerin.Der Sprecher schwieg.',
     [('Das ist gut', 'statement', 'die Ministerin')]),
    # für + an inflected role noun (des/den Theologen) is a source
    ('Für den Theologen Paul Brandt sei das Urteil „kaum verständlich“.',
     [('kaum verständlich', 'fragment', 'Paul Brandt')]),
    # adjectives between the article and the role; the name after the verb is its object
    ('Die frühere sozialdemokratische Ministerin Eva Lorenz nannte den Plan einen „teuren Irrweg“.',
     [('teuren Irrweg', 'fragment', 'Eva Lorenz')]),
    # a coordinated speech verb shares the first clause's subject
    ('In ihrer Rede lobte die Präsidentin Maria Heller die Helfer und nannte den'
     ' Einsatz „vorbildlich“.',
     [('vorbildlich', 'fragment', 'Maria Heller')]),
    # zitiert: the medium quotes, its object spoke
    ('„Wir bleiben hart“, zitiert das „Tageblatt“ den Gewerkschaftschef.',
     [('Wir bleiben hart', 'statement', 'den Gewerkschaftschef'), ('Tageblatt', 'other', None)]),
    # passive zitiert: the subject is the person quoted
    ('Zur Lage des Vereins wird Trainer Jens Ott auf der Webseite wie folgt zitiert:'
     ' „Wir müssen jetzt zusammenhalten.“',
     [('Wir müssen jetzt zusammenhalten.', 'statement', 'Jens Ott')]),
    # the genitive after a speech noun (Fazit, Pressemitteilung) is the source
    ('„Der Markt ist gesättigt.“ so das Fazit der Analysten von Finanzwatch.',
     [('Der Markt ist gesättigt.', 'statement', 'der Analysten von Finanzwatch')]),
    # Wie X berichtet, …: whatever X is
    ('Wie t-online.de berichtet, sei der Trailer „deutlich länger“ als erwartet.',
     [('deutlich länger', 'fragment', 't-online.de')]),
    # nach + a statement noun is a source
    ('Nach der Ankündigung der Ministerin soll die Reform „noch in diesem Jahr“ kommen.',
     [('noch in diesem Jahr', 'fragment', 'der Ministerin')]),
    # a relative clause: the noun before the comma is the source
    ('Kritik kommt vom Mieterbund Lindau, der die Erhöhung als „unzumutbar“ bezeichnet.',
     [('unzumutbar', 'fragment', 'Mieterbund Lindau')]),
    # a sentence that opens with er/sie goes to the pronoun's antecedent
    ('Bürgermeister Tom Weber sprach am Montag vor dem Rat. Er werde „alles Nötige“ tun.',
     [('alles Nötige', 'fragment', 'Tom Weber')]),
    # a passive agent (von X als „…“ bezeichnet) is the source
    ('Das Konzept wird von Fachleuten als „Meilenstein der Stadtplanung“ bezeichnet.',
     [('Meilenstein der Stadtplanung', 'fragment', 'Fachleuten')]),
    # „…" closed by a straight mark; a web address before the person quoted
    ('„Das ist erst der Anfang", zitiert ndr.de Polizeisprecher Ralf Kühn.',
     [('Das ist erst der Anfang', 'statement', 'Ralf Kühn')]),
    # „… .“ Das musste X einräumen: the verb closes the next sentence
    ('„Ja, es gab Fehler.“ Das musste Finanzminister Karl Opitz am Dienstag einräumen.',
     [('Ja, es gab Fehler.', 'statement', 'Karl Opitz')]),
    # an earlier colon ends the lead-in clause
    ('Auch die Kommission kritisierte das Gesetz scharf: So sagte Kommissar Olaf'
     ' Brenner: „Das geht zu weit.“',
     [('Das geht zu weit.', 'statement', 'Olaf Brenner')]),
    # German 'was' is not an auxiliary: no incise inside this quote
    ('Verbandssprecher Udo Kern erklärte: „Wenn die Ministerin meint, was sie sagt,'
     ' muss sie handeln.“',
     [('Wenn die Ministerin meint, was sie sagt, muss sie handeln.', 'statement', 'Udo Kern')]),
    # a name before a role compound qualifies the role
    ('Human Rights Watch-Sprecher Tom Malin sagte: „Das ist ein Skandal.“',
     [('Das ist ein Skandal.', 'statement', 'Tom Malin')]),
    # a surname that ends like a noun, before its verb
    ('Hartling sagte: „Die Beweise reichen nicht aus.“',
     [('Die Beweise reichen nicht aus.', 'statement', 'Hartling')]),
    # Laut „X“: a medium in marks after a source word
    ('Laut „Reuters“ wirft die Regierung dem Nachbarland einen „gezielten Angriff“ vor.',
     [('Reuters', 'other', None), ('gezielten Angriff', 'fragment', 'Reuters')]),
    # gemäß (ß folds to ss in look-ups)
    ('Gemäß der Gewerkschaft Verdi sind die Löhne „deutlich zu niedrig“.',
     [('deutlich zu niedrig', 'fragment', 'Verdi')]),
    # in Frage stellen: the capitalised 'Frage' is a noun, not the cue
    ('Die Finanzierung des Projekts stellte der Landrat Peter Haas ebenfalls in'
     ' Frage: „Das Geld fehlt.“',
     [('Das Geld fehlt.', 'statement', 'Peter Haas')]),
    # von der „Zeitung“ … zitiert: the medium is not speech
    ('Die Bürgerinitiative wurde von der „Abendpost“ mit den Worten zitiert: „Wir'
     ' geben nicht auf.“',
     [('Abendpost', 'other', None), ('Wir geben nicht auf.', 'statement', 'Bürgerinitiative')]),
    # an incise after a later comma of the clause
    ('Die Königin sei „tief erschüttert“ über das Unglück, sagte ein Sprecher des Palasts, ihre'
     ' „Gedanken“ seien bei den Opfern.',
     [('tief erschüttert', 'fragment', 'ein Sprecher des Palasts'),
      ('Gedanken', 'fragment', 'ein Sprecher des Palasts')]),
    # ließ X verlauten: the speech verb closes the clause
    ('„Die Stadt unterstützt den Verein“, ließ ein Rathaus-Sprecher kurz verlauten.',
     [('Die Stadt unterstützt den Verein', 'statement', 'ein Rathaus-Sprecher')]),
    # an impersonal "es" names no one: the report goes on with the person it is about
    ('Kern sagte, es müsse Schluss sein mit „leeren Versprechen“. Es drohe „ein teurer Winter“.',
     [('leeren Versprechen', 'fragment', 'Kern'), ('ein teurer Winter', 'fragment', 'Kern')]),
    # a short name right after a common noun is a name, even in reported speech
    ('Die Regierung erklärte, das Fahrzeug „Think City“ werde weiter gebaut.',
     [('Think City', 'other', None)]),
    # a sentence-initial participle adverb is not the subject
    ('Abschließend fügte Wendt hinzu: „Es gibt auch Hoffnung.“',
     [('Es gibt auch Hoffnung.', 'statement', 'Wendt')]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_german_round3(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read_quotes(text, "de") == expected
