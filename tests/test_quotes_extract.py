"""End to end: the seed article, this project's multilingual articles, hostile input, speed."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.document.structure import parse_document
from newsbrief.quotes.extract import extract_quotes
from newsbrief.quotes.model import QuoteReport

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus" / "seed"
OWN = Path(__file__).resolve().parent / "data" / "quotes"
_MARKS = "„“”\"«»‚‘’'‹›"


def _norm(s: str) -> str:
    s = re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip()
    return s.strip(_MARKS + " ").rstrip(".,;:!?…").strip(_MARKS + " ")


def _same(a: str, b: str) -> bool:
    """The scorer's quote match (normalised text, sequence ratio >= 0.8)."""
    x, y = _norm(a), _norm(b)
    return bool(x and y) and (x == y or difflib.SequenceMatcher(None, x, y).ratio() >= 0.8)


def _speaker_ok(gold: dict[str, object], speaker: str | None, people: list[dict[str, object]]
                ) -> bool:
    if gold.get("speaker_skip"):
        return True
    if gold["speaker"] is None:
        return speaker is None
    if not speaker:
        return False
    names = [str(gold["speaker"])]
    for p in people:
        if p["name"] == gold["speaker"]:
            names += [str(a) for a in p.get("aliases", [])]  # type: ignore[attr-defined]
    sys_words = set(re.findall(r"\w+", speaker.casefold()))
    return any(set(re.findall(r"\w+", n.casefold())) & sys_words - {"le", "la", "the", "der",
                                                                     "die", "el", "il", "de"}
               for n in names)


def _score(golds: list[Path]) -> tuple[float, float]:
    """Quote F1 and attributed F1 over gold files, with the scorer's definitions."""
    tp = fp = fn = ok = 0
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        text = g.with_suffix(".txt").read_text(encoding="utf-8")
        report = extract_quotes(parse_document(text, gold["lang"]))
        sysq = [q for q in report.quotes if q.kind != "other"]
        used: set[int] = set()
        for gq in (q for q in gold["quotes"] if q["kind"] != "other"):
            hit = next((i for i, q in enumerate(sysq) if i not in used
                        and _same(gq["text"], q.text)), None)
            if hit is None:
                fn += 1
                continue
            used.add(hit)
            tp += 1
            ok += _speaker_ok(gq, sysq[hit].speaker, gold.get("people", []))
        fp += len(sysq) - len(used)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return f1, (2 * ok / (2 * tp + fp + fn) if tp + fp + fn else 1.0)


# Attributed F1 floors per language: the harder articles of round 7 (issue 16: role nouns and
# pronouns referring back, unnamed sources, passives, two speakers in a sentence, honest
# "unattributed") put French, Spanish and Italian below the 0.85 of the first articles; a fix
# raises its floor. The nine held-out articles of issue 16 (fr/es/it, written before the engine
# ran on them) lowered French, Spanish and Italian again, and so did the eight of round 9 (Italian
# to 0.87) and the five fr/es/it articles of its second blind set (Spanish to 0.92: measured, not
# tuned on), and the twelve of round 10's third blind set (French to 0.89); the rules written
# from them raised French to 0.91, Spanish to 0.94 and Italian to 0.92. Round 11's six French
# blind articles lowered French to 0.89 (0.733 on them at first: plural speakers, lead quotes);
# the rules written from them raised it to 0.92. Round 12's six French blind articles (0.710 on
# them at first: incises with a day and "dans un communiqué" before the subject, quote chains,
# speakers introduced a paragraph before) lowered it again; with the rules written from them
# French stands at 0.91.
# KNOWN_WRONG_SPEAKERS below guards each attribution one by one.
ATTRIBUTED_FLOORS = {"fr": 0.91, "en": 0.85, "es": 0.94, "it": 0.92, "de": 0.95}


@pytest.mark.parametrize("lang", ["fr", "en", "es", "it", "de"])
def test_own_articles_per_language(lang: str) -> None:
    golds = sorted((OWN / lang).glob("*.json"))
    assert golds, f"no test articles for {lang}"
    quote_f1, attributed_f1 = _score(golds)
    assert quote_f1 >= 0.93
    assert attributed_f1 >= ATTRIBUTED_FLOORS[lang]


# Found quotes whose speaker the package gets wrong today, by article and quote. Strict: a fix
# must remove its entry.
KNOWN_WRONG_SPEAKERS: set[tuple[str, str]] = {
    ('fr-proces.json',
     "Je n'ai jamais reçu ce courrier. Si je l'avais lu, j'aurais "
     'fait fermer le parking le jour même'),
    ('fr-proces.json', 'Pourtant, il porte votre tampon'),
    ('fr-proces.json', 'validés par deux organismes indépendants'),
    ('fr-proces.json', 'recherche de bouc émissaire'),
    ('fr-braquage.json', 'programmée pour le printemps'),
    # the eight held-out English articles of round 9, as the engine first read them
    ('es-incendio.json', 'al menos dos focos distintos'),
    ('es-incendio.json', 'muy sospechoso'),
    ('es-pleno.json', '¡Dimisión!'),
    ('it-ospedale.json', 'Non chiediamo aumenti, chiediamo di poter lavorare in sicurezza'),
    ('it-ospedale.json', 'ormai fuori controllo'),
    ('it-calcio.json', "Abbiamo giocato male per un'ora"),
    ('it-calcio.json', 'ma questa squadra ha un carattere che non si insegna'),
    ('it-calcio.json',
     "Non era al cento per cento. Ho preferito tenerlo per il finale, e infatti l'assist è suo"),
    ('it-truffa.json',
     'Signora, se non controlliamo subito rischia di saltare in aria tutto il palazzo'),
    ('de-hafen.json', 'grünem Wachstum'),
    # German blind set b of round 10: Konjunktiv after a sentence with a new subject and no
    # speech verb goes on with the previous speaker (a change for it lost a train quote)
    ('de-blind10b-derby.json', 'nicht und wird es auch nicht geben'),
    # German blind set of round 12: an unnamed witness's age noun ("Die 34-Jährige berichtete:")
    # resolves to the last named person
    ('de-blind12-pflegedienst.json', 'aus Angst um den Job'),
    ('de-blind12-pflegedienst.json',
     'Wir wussten alle, dass das nicht richtig war. Aber wer sich beschwert hat, bekam im'
     ' nächsten Monat weniger Stunden.'),
    # round 9 second blind set (blind10), as the engine first read it
    ('fr-blind10-ecole-fermeture.json', 'comme un deuil'),
    ('es-blind10-entrenador-derrota.json', 'clave'),
    ('es-blind10-entrenador-derrota.json',
     'Pagamos el viaje para ver esto. Por lo menos que corran'),
    # the English blind set of round 10 (en-blind10-*), as the engine reads it now
    ('en-blind10-bbc-council-tax.json',
     'the worst cuts in a generation'),
    ('en-blind10-bbc-nurses.json',
     'at breaking point'),
    ('en-blind10-bbc-nurses.json',
     'one more winter'),
    ('en-blind10-dm-burnley.json',
     'It is a stonewall penalty,'),
    ('en-blind10-dm-burnley.json',
     'I have watched it back three times. If that is given at the other end, nobody '
     'says a word.'),
    ('en-blind10-dm-care-home.json',
     'no shame whatsoever'),
    ('en-blind10-dm-rail-strike.json',
     'a cynical attempt to hold passengers to ransom'),
    ('en-blind10-dm-rail-strike.json',
     'My mother is 86 and she will not touch a screen,'),
    ('en-blind10-dm-rail-strike.json',
     'Who is going to help her at a station with no staff?'),
    # the English blind set of round 11 (en-blind11-*), as the engine reads it now
    # the Italian and Spanish blind set of round 11 (blind11), as the engine reads it now
    ('it-blind11-rapina-processo.json',
     'È lui. Ho visto i suoi occhi per dieci minuti, non li dimentico'),
    ('it-blind11-rapina-processo.json', 'suggestionato'),
    # round 10 third blind set (blind10b), as the engine first read it
    ('es-blind10b-destitucion-vanguardia.json',
     'Me voy con la conciencia tranquila. He dado todo lo que tenía'),
    ('fr-blind10b-cinema-lemonde.json',
     'les pieds devant'),
    ('fr-blind10b-cinema-lemonde.json',
     'le plus beau film sur le monde ouvrier depuis des années'),
    ('fr-blind10b-proces-afp.json',
     'indécente'),
    ('fr-blind10b-proces-afp.json',
     'accidentel'),
    # round 11 French blind set (blind11), as the engine reads it now
    ('fr-blind11-assises-proces.json',
     "Il m'a sauté dessus. J'ai eu peur pour ma vie, je n'ai pas réfléchi."),
    ('fr-blind11-eoliennes-regional.json',
     "On nous parle d'énergie verte, mais personne ne nous a demandé notre avis."),
    ('fr-blind11-eoliennes-regional.json',
     'acheté le silence de certains'),
    # "parler de" is a speech verb now: found, but the clause before it runs back past a ";"
    ('fr-blind11-eoliennes-regional.json', 'manne'),
    # round 12 French blind set (blind12), as the engine reads it now
    ('fr-blind12-agriculteurs-afp.json', 'lever le blocage au plus vite'),
    ('fr-blind12-agriculteurs-afp.json',
     "Je les soutiens, hein. Mais j'ai des patients qui attendent leur insuline à domicile."),
    ('fr-blind12-agriculteurs-afp.json',
     "Si on n'a rien lundi, on montera à Paris avec les tracteurs"),
    ('fr-blind12-chauffeur-tribunal.json',
     "Oui. Mais il m'a mal parlé. Il m'a traité devant tout le monde."),
    ('fr-blind12-chauffeur-tribunal.json',
     "J'étais énervé, j'avais perdu mon travail le matin même. Ça n'excuse pas, je sais."),
    ('fr-blind12-chauffeur-tribunal.json',
     "Je voudrais m'excuser auprès du monsieur. Je ne suis pas comme ça."),
    ('fr-blind12-logement-liberation.json', 'victime de locataires qui ne paient pas'),
    ('fr-blind12-logement-liberation.json',
     'Je ne suis pas un marchand de sommeil, je suis un petit propriétaire qui a hérité de ces '
     'murs'),
    ('fr-blind12-verrerie-voixdunord.json',
     "On ne nous a jamais montré son offre. On nous a dit qu'elle n'était pas sérieuse, point."),
    ('fr-blind12-verrerie-voixdunord.json',
     "Mon mari travaille ici aussi. On a un crédit jusqu'en 2031. On fait comment ?"),
    # round 12 Italian and Spanish blind set (blind12), as the engine reads it now
    ('it-blind12-voli-isole-ansa.json', "il biglietto non l'ha nemmeno cercato"),
    ('it-blind12-voli-isole-ansa.json',
     'Abbiamo ricevuto centinaia di esposti, li stiamo esaminando uno per uno'),
    ('es-blind12-alquiler-efe.json', 'a quien más lo necesita'),
    ('es-blind12-atropello-juicio.json', 'al menos cinco o seis'),
    ('es-blind12-atropello-juicio.json', 'No vi a nadie. Noté un golpe y pensé que era un animal'),
    ('es-blind12-atropello-juicio.json',
     'Me llamaron a las once de la noche. Cuando llegué al hospital ya no había nada que hacer'),
}


@pytest.mark.parametrize("lang", ["fr", "en", "es", "it", "de"])
def test_own_articles_every_found_quote_has_its_speaker(lang: str) -> None:
    # The floors above leave room; this guards each attribution the package gets right today
    # (a change that cost one English speaker went unnoticed by them).
    wrong = []
    for g in sorted((OWN / lang).glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        text = g.with_suffix(".txt").read_text(encoding="utf-8")
        sysq = [q for q in extract_quotes(parse_document(text, gold["lang"])).quotes
                if q.kind != "other"]
        for gq in (q for q in gold["quotes"] if q["kind"] != "other"):
            hit = next((q for q in sysq if _same(gq["text"], q.text)), None)
            if hit is not None and not _speaker_ok(gq, hit.speaker, gold.get("people", [])):
                wrong.append((g.name, gq["text"]))
    known = {k for k in KNOWN_WRONG_SPEAKERS if (OWN / lang / k[0]).exists()}
    assert set(wrong) == known


@pytest.mark.parametrize("gold", sorted(OWN.glob("*/*.json")), ids=lambda p: p.name)
def test_own_gold_quotes_and_aliases_are_in_their_article(gold: Path) -> None:
    # A typo in a hand-written gold would count as a miss of the engine's.
    data = json.loads(gold.read_text(encoding="utf-8"))
    text = gold.with_suffix(".txt").read_text(encoding="utf-8")
    assert data["lang"] == gold.parent.name.split("-")[0]
    for q in data["quotes"]:
        assert q["text"] in text, q["text"]
        assert q["kind"] in ("statement", "fragment", "other")
        assert q["kind"] != "other" or q["speaker"] is None
    for person in data.get("people", []):
        assert all(alias in text for alias in person["aliases"]), person["name"]


@pytest.mark.corpus
def test_seed_article() -> None:
    if not SEED.exists():
        pytest.skip("../shared/corpus/seed not available")
    gold = json.loads((SEED / "article-fr-xi-poutine.json").read_text(encoding="utf-8"))
    text = (SEED / "article-fr-xi-poutine.txt").read_text(encoding="utf-8")
    document = parse_document(text, "fr")
    report = extract_quotes(document)
    speech = [q for q in report.quotes if q.kind != "other"]
    for gq in gold["quotes"]:
        if gq["kind"] == "other":
            assert not any(_same(gq["text"], q.text) and document.blocks[q.paragraph].kind
                           != "paragraph" for q in speech)
            continue
        match = [q for q in speech if _same(gq["text"], q.text)]
        assert match, gq["text"]
        assert match[0].speaker == gq["speaker"], gq["text"]
    assert len(speech) == sum(q["kind"] != "other" for q in gold["quotes"])
    names = {s.name for s in report.speakers}
    assert {"Xi Jinping", "Vladimir Poutine"} <= names
    assert all(s.name not in {p for p in gold["headings"]} for s in report.speakers)


def _check(report: QuoteReport, text: str) -> None:
    for q in report.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.kind in ("statement", "fragment", "other")
    names = [s.name for s in report.speakers]
    assert len(names) == len(set(names))


_PIECES = st.sampled_from([
    "« ", " »", "“", "”", "„", '"', "'", "’", "‘", "—", " - ", ", a-t-il dit", ", said Ann Lee",
    " selon elle", ", sagte er", "Marie Curie", "le président", ".", ":", "\n", "\n\n", "\u00a0",
    "mot", "Il", "Nous partons", "dijo", "ha detto", " ", "(", ")", "1", "é", "É",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=80).map("".join), st.sampled_from(["fr", "en", "de", "es",
                                                                      "it", "xx"]))
def test_never_raises_and_offsets_hold(text: str, lang: str) -> None:
    document = parse_document(text, lang)
    first = extract_quotes(document)
    _check(first, text)
    assert extract_quotes(parse_document(text, lang)) == first  # deterministic


def test_hostile_inputs() -> None:
    cases = [
        "",
        "«",
        "»" * 1000,
        "« " * 10_000,
        '"' * 10_001,
        "« a “ " * 50 + "cœur" + " ” b »" * 50,
        "« Une citation qui ne se ferme jamais " + "et continue " * 500,
        "\n\n".join(["« Paragraphe ouvert"] * 300),
    ]
    for text in cases:
        _check(extract_quotes(parse_document(text, "fr")), text)


@pytest.mark.slow
def test_one_megabyte_with_unbalanced_marks() -> None:
    # Growth with size is checked by counting work in test_quotes_linear.py, and timed in
    # benchmarks/bench_speed.py: no clock in unit tests.
    unit = "Il a dit « bonjour et « puis il est parti. Elle a répondu \"non. "
    big = ((unit * 40 + "\n\n") * 40) * 10
    _check(extract_quotes(parse_document(big, "fr")), big)
