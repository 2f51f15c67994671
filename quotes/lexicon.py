"""Word lists the quote rules need: speech verbs, role nouns, source heads and closed classes.

Every word class is data in the language folders (:mod:`newsbrief.quotes.lang`); this module
gives the rules their look-ups over it. Speech verbs are stored as lemmas (plus irregular forms)
and the regular inflections are generated here, which keeps the files short while matching
``a déclaré``, ``déclarait``, ``sagte``, ``gesagt``, ``dijo`` or ``ha dichiarato``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from functools import cache, lru_cache, partial
from importlib import resources
from itertools import compress, count
from typing import TYPE_CHECKING

from newsbrief.quotes.lang import folded, having, languages, table, union, words

if TYPE_CHECKING:
    from newsbrief.document.tokens import Tok

LANGS = languages()

# Closed classes, read from each language's folder (quotes/lang/<code>/): small, stable, and
# read by every rule.
DETERMINERS: dict[str, frozenset[str]] = {lang: words(lang, "determiners") for lang in LANGS}
# Indefinite articles: "ein Wissenschaftler", "a senior official" name an anonymous source; a
# German noun after one is never a name ("ein Friedensrisiko").
INDEFINITE_ARTICLES = {lang: words(lang, "indefinite") for lang in LANGS}
PRONOUNS = {lang: words(lang, "pronouns") for lang in LANGS}
# "selon X", "according to X", "laut X": the source follows the word; "so X" (de) only after a
# quote, where it cannot be the adverb.
SOURCE_PREPS: dict[str, tuple[str, ...]] = {lang: table(lang, "source_preps") for lang in LANGS}
# German modal verbs (they put the speech verb at the end: "musste … einräumen").
MODALS = words("de", "modals")
# "zitiert": its subject is the medium, its object the person who spoke.
QUOTING = words("de", "quoting")
# English naming verbs: "X called Y “…”" names Y with X's words.
NAMING_VERBS_EN = words("en", "naming_verbs")
# Source prepositions that also open other phrases ("Pour construire ce code", "Für das Jahr"):
# a source only when a speaker noun phrase follows, and never in an incise.
AMBIGUOUS_PREPS = union("ambiguous_preps")
# Words that end a speaker noun phrase: prepositions that start an adjunct, relatives,
# conjunctions and time words ("a déclaré Thomas Garnier dimanche", "said a senior official who").
# Merged over the languages: articles quote across languages.
NP_STOP = union("np_stop")
# German sentence adverbs are capitalised at the start of a clause, like names and nouns.
DE_ADVERBS = words("de", "adverbs")
# "de la fédération", "of the union", "von der Partei": these extend a noun phrase.
NP_LINKS = union("np_links")
AUXILIARIES = union("auxiliaries")
# Konjunktiv I marks reported speech in German even without a verb of saying nearby.
DE_SUBJUNCTIVE = words("de", "subjunctive")
SPEECH_NOUNS = union("speech_nouns")
TITLE_NOUNS = union("title_nouns")
HONORIFICS = union("honorifics")

# Languages by the grammatical traits their rules read (quotes/lang/<code>/traits.txt).
VERB_SECOND = having("verb_second")
SOURCE_OPENS_REPORT = having("source_opens_report")
NOUN_CAPITALS = having("noun_capitals")
COMPOUNDS = having("compounds")
DESCRIBED_ROLES = having("described_roles")
SUBJUNCTIVE_REPORT = having("subjunctive_report")
SEPARABLE_VERBS = having("separable_verbs")
GENDERED_ROLES = having("gendered_roles")
OBJECT_PRONOUN_AFTER_VERB = having("object_pronoun_after_verb")
INVERTED_PRONOUNS = having("inverted_pronouns")
INCISE_WITHOUT_COMMA = having("incise_without_comma")
INFINITIVE_ENDINGS = having("infinitive_endings")
CLITIC_OBJECTS = having("clitic_objects")
ELIDED_SOURCE_PREPOSITION = having("elided_source_preposition")
PARTICIPLE_OPENERS = having("participle_openers")
ROLE_PREPOSITIONS = having("role_prepositions")
MENT_ADVERBS = having("ment_adverbs")
LY_ADVERBS = having("ly_adverbs")
POSSESSIVE_S = having("possessive_s")
CONTRACTIONS = having("contractions")
IST_DESCRIPTORS = having("ist_descriptors")
ING_OPENERS = having("ing_openers")
INDEFINITE_DESCRIPTIONS = having("indefinite_descriptions")
INNER_SUBJECT_FIRST = having("inner_subject_first")
INCISE_AFTER_QUESTION = having("incise_after_question")
PLURAL_GROUPS = having("plural_groups")
REPORTED_CLAUSE_SUBJECT = having("reported_clause_subject")
DESCRIPTOR_BEFORE_NAME = having("descriptor_before_name")
PERSON_NOUN_SPEAKERS = having("person_noun_speakers")
APPOSED_ARTICLE_ROLE = having("apposed_article_role")
MEDIUM_ENDS_INCISE = having("medium_ends_incise")
LINKED_BODY_NAMES = having("linked_body_names")
LABELS_REFER_BACK = having("labels_refer_back")
GLUED_CAPTIONS = having("glued_captions")
AGE_DESCRIPTORS = having("age_descriptors")
MAIN_CLAUSE_SPEAKER = having("main_clause_speaker")
# Page furniture ("Scroll down for video", "Share this with"), as pairs of its first two words.
FURNITURE = frozenset(tuple(line.split()[:2]) for lang in LANGS
                      for line in table(lang, "furniture") if len(line.split()) >= 2)
# Verbs whose object is the addressee ("X told Y: …"): English has them as a table of its own.
ADDRESSEE_VERBS = union("addressee_verbs")
ADDRESSEE_BEFORE_SUBJECT = having("addressee_before_subject")
NULL_SUBJECT = having("null_subject")
QUOTE_LEDE = having("quote_lede")
COMPOUND_SURNAMES = having("compound_surnames")



@cache
def contracted_pronouns(lang: str) -> dict[str, str]:
    """A preposition contracted with a subject pronoun and the pronoun inside it, in ``lang``
    ("dele" -> "ele": "nas palavras dele" is "nas palavras de ele"); empty where none."""
    return {key(parts[0]): parts[1] for parts in map(str.split, table(lang, "contracted_pronouns"))
            if len(parts) == 2}


@cache
def definite_openers(lang: str) -> frozenset[str]:
    """The definite articles a label may open with in ``lang``: every language's (without the
    entries a table marks ``own``: Portuguese "a" is an English word) and ``lang``'s own
    (Portuguese "o", "a"); every language's alone for a language with no folder."""
    return union("definite") | words(lang, "definite")


@cache
def contracted_articles(lang: str) -> dict[str, str]:
    """A preposition contracted with a definite article and the article inside it, in
    ``lang`` ("do" -> "o": "nas palavras do parlamentar" names "o parlamentar")."""
    return {key(parts[0]): parts[1] for parts in map(str.split, table(lang, "contracted_articles"))
            if len(parts) == 2}

# Auxiliaries of one language that are other words in another: German "was" (what), Spanish
# and Italian "a" (to).
_FALSE_AUX = {lang: words(lang, "not_aux") for lang in LANGS}


@cache
def np_links(lang: str) -> frozenset[str]:
    """Links that extend a noun phrase in ``lang``: every language's (articles quote across
    languages) and ``lang``'s own ("do", "da" in Portuguese)."""
    return NP_LINKS | words(lang, "np_links")


@cache
def np_stop(lang: str) -> frozenset[str]:
    """Words that end a speaker noun phrase in ``lang``: every language's and ``lang``'s own."""
    return NP_STOP | words(lang, "np_stop")


def is_aux(folded: str, lang: str) -> bool:
    """A (key-folded) auxiliary verb, in ``lang``'s reading of the word."""
    return folded in AUXILIARIES and folded not in _FALSE_AUX.get(lang, frozenset())


@lru_cache(maxsize=1 << 16)
def key(word: str) -> str:
    """Lower-case with one apostrophe, for closed-class look-ups (accents kept: él is not el;
    cached: the rules key the same words again and again)."""
    return word.casefold().replace("’", "'")


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower-case without accents, for tolerant lexicon look-ups (cached: words repeat)."""
    if word.isascii():
        return word.casefold()  # (NFKD leaves ASCII as it is, and it has no combining mark)
    # the combining marks of the decomposition dropped, in C (was a Python step per character)
    return unicodedata.normalize("NFKD", word.casefold()).translate(_NO_MARKS)


class _NoMarks(dict[int, int | None]):
    """A ``str.translate`` table that deletes combining marks and keeps every other character
    (decided once per character, on first sight)."""

    def __missing__(self, code: int) -> int | None:
        kept = self[code] = None if unicodedata.combining(chr(code)) else code
        return kept


_NO_MARKS = _NoMarks()


def _read(name: str) -> list[str]:
    """Non-comment lines of a data file."""
    text = resources.files("newsbrief.quotes").joinpath("data", name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def first_names() -> dict[str, frozenset[str]]:
    """Common first names by gender (``"m"``, ``"f"``), folded."""
    out: dict[str, set[str]] = {"m": set(), "f": set()}
    for line in _read("first_names.txt"):
        g, _, names = line.partition(":")
        out.setdefault(g.strip(), set()).update(fold(n) for n in names.split())
    return {g: frozenset(v) for g, v in out.items()}


# Separable prefixes, longest first ("hinzu" before "hin").
_DE_SEPARABLE = ("stellung", "bekannt", "zurück", "heraus", "hervor", "entgegen", "weiter",
                 "hinzu", "fest", "fort", "klar", "nach", "dar", "mit", "aus", "auf", "bei", "ein",
                 "hin", "vor", "an", "ab", "zu")


def _inflect(lemma: str, lang: str) -> set[str]:
    """Regular inflected forms of a speech-verb lemma (a generous over-generation is harmless:
    the forms are only looked up next to quotes)."""
    forms = {lemma}
    if lang == "fr":
        if lemma.endswith("er"):
            st = lemma[:-2]
            ends = "e es ent é ée és ées ait aient a ant ons ez era eront erait eraient èrent ai"
            forms |= {st + e for e in ends.split()}
            if st.endswith("c"):
                forms |= {st[:-1] + "ç" + e for e in ("a", "ait", "aient", "ant")}
            if st.endswith("g"):
                forms |= {st + "e" + e for e in ("a", "ait", "aient", "ant")}
        elif lemma.endswith("ir"):
            st = lemma[:-2]
            forms |= {st + e for e in "it is issent i ie issait issaient ira iront irait".split()}
    elif lang == "en":
        st = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma + "s", lemma + "es", st + "ed", st + "ing", lemma + "d"}
    elif lang == "de":
        st = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
        forms |= {st + e for e in ("t", "te", "ten", "e", "st", "et", "ete", "eten")}
        forms |= {"ge" + st + "t", "ge" + st + "et"}
        if st.startswith(("er", "be", "ver", "zer", "ent", "ge")):
            forms.add(st + "t")
        prefix = _separable_prefix(lemma)
        if prefix:
            # A main clause splits the verb: "fügt Gall hinzu", "teilte die Polizei mit".
            base = st[len(prefix):]
            forms |= {base + e for e in ("t", "te", "ten", "et", "ete", "eten")}
            forms |= {prefix + "ge" + base + "t", prefix + "ge" + base + "et"}  # eingestuft
    elif lang == "es":
        st = lemma[:-2]
        if lemma.endswith("ar"):  # (the participle in all four forms: "tildada de «…» por")
            ends = "ó a an aron ado ada ados adas aba aban ando ará é"
        else:
            ends = "ió e en ieron ido ida idos idas ía ían iendo irá í"
        forms |= {st + e for e in ends.split()}
    elif lang == "it":
        st = lemma[:-3]
        if len(st) < 2:
            # "dire": a one-letter stem makes the words "di" and "de"; its forms are listed
            return forms
        if lemma.endswith("are"):  # (the participle in all four forms: "giudicata «…» da")
            ends = "a ano ato ata ati ate ò arono ava avano ando erà"
        elif lemma.endswith("ere"):
            ends = "e ono uto uta uti ute é eva evano endo erà"
        else:
            ends = "e ono ito ita iti ite ì irono iva ivano endo isce iscono irà"
        forms |= {st + e for e in ends.split()}
    elif lang == "pt":
        forms |= _inflect_pt(lemma)
    return forms


# Portuguese third-person endings by conjugation (the theme vowel kept): present, preterite,
# imperfect, pluperfect, future, conditional, participle (tem afirmado), gerund.
_PT_ENDINGS = {
    "ar": "a am ou aram ava avam ara ará arão aria ariam ado ada ando",
    "er": "e em eu eram ia iam era erá erão eria eriam ido ida endo",
    "ir": "e em iu iram ia iam ira irá irão iria iriam ido ida indo",
}


def _inflect_pt(lemma: str) -> set[str]:
    """Regular third-person forms of a Portuguese -ar/-er/-ir verb (afirmou, defendia,
    admitiram, tem afirmado)."""
    ends = _PT_ENDINGS.get(lemma[-2:])
    return {lemma[:-2] + e for e in ends.split()} if ends else set()


def _separable_prefix(lemma: str) -> str | None:
    """The separable prefix of a German verb lemma (``hinzufügen`` -> ``hinzu``), if any."""
    return next((p for p in _DE_SEPARABLE if lemma.startswith(p) and len(lemma) - len(p) > 4),
                None)


@cache
def split_particles() -> dict[str, frozenset[str]]:
    """German speech-verb forms that are speech only with their particle at the end of the
    clause: ``legte`` (darlegen) means nothing said in "legte den Termin fest", ``stellte``
    needs ``fest`` or ``klar``. Forms that a verb without prefix shares (``gestand``) need none."""
    needs: dict[str, set[str]] = {}
    plain: set[str] = set()
    for line in table("de", "cues"):
        lemma, _, extra = line.partition(":")
        lemma = lemma.strip()
        prefix = _separable_prefix(lemma)
        forms = _inflect(lemma, "de") | set(extra.split())
        if prefix is None:
            plain |= forms
            continue
        for form in forms:
            if form.startswith(prefix):
                plain.add(form)  # joined: "hinzugefügt", "mitteilte"
            elif not form.startswith("ge" + prefix):  # (over-generated: "gemitteilt")
                needs.setdefault(fold(form), set()).add(prefix)
    folded = {fold(f) for f in plain}
    return {f: frozenset(p) for f, p in needs.items() if f not in folded}


@cache
def other_senses() -> dict[str, frozenset[str]]:
    """German speech-verb forms that say nothing when one of these particles closes the clause
    (``meldete … an``: anmelden, to register; the table ``de/other_senses.txt``)."""
    out: dict[str, frozenset[str]] = {}
    for line in table("de", "other_senses"):
        lemma, _, particles = line.partition(":")
        for form in _inflect(lemma.strip(), "de"):
            out[fold(form)] = frozenset(particles.split())
    return out


@cache
def speech_verbs(lang: str) -> frozenset[str]:
    """Every inflected form of the language's speech verbs, accent-folded and lower-cased."""
    if lang not in LANGS:
        return frozenset()
    forms: set[str] = set()
    for line in table(lang, "cues"):
        lemma, _, extra = line.partition(":")
        lemma = lemma.strip().split("_")[-1]
        for prefix in ("s'", "s’", "se "):
            lemma = lemma.removeprefix(prefix)
        forms |= _inflect(lemma, lang)
        forms |= set(extra.split())
    return frozenset(fold(f) for f in forms)


@cache
def _paired_cues(lang: str) -> dict[str, frozenset[str]]:
    """The optional table ``paired_cues``: the second word of a speech verb said in two words,
    then the forms of the first (``valoir: fait font``), as first form -> second words."""
    out: dict[str, set[str]] = {}
    for line in table(lang, "paired_cues"):
        second, _, firsts = line.partition(":")
        for first in firsts.split():
            out.setdefault(fold(first), set()).add(fold(second.strip()))
    return {f: frozenset(s) for f, s in out.items()}


def paired_cue(toks: Sequence[Tok], k: int, lang: str) -> bool:
    """True when ``toks[k]`` and the next word say one speech verb (``fait valoir``, ``fanno
    sapere``, ``ha tagliato corto``), though neither is one alone."""
    if k + 1 >= len(toks):
        return False
    seconds = _paired_cues(lang).get(fold(toks[k].text))
    return seconds is not None and fold(toks[k + 1].text) in seconds


def paired_cues(words: Sequence[str], lang: str) -> list[int]:
    """The indices ``k`` at which :func:`paired_cue` holds for tokens of these ``words``, in
    order: the first words are looked up in C over the clause (a Python call per word was
    the cost), the few found checked against the next word."""
    firsts = _paired_cues(lang)
    if not firsts:
        return []
    return [k for k in compress(count(), map(_paired_firsts(lang).__getitem__, words))
            if k + 1 < len(words) and fold(words[k + 1]) in firsts[fold(words[k])]]


class WordTest(dict[str, bool]):
    """A test of one word, remembered per written form: a dict, so that a known word costs a
    look-up in C (``map(test.__getitem__, words)``), where an ``lru_cache`` of two arguments
    builds a key per call. Emptied when it grows past ``limit`` forms (a long batch)."""

    def __init__(self, test: Callable[[str], bool], limit: int = 1 << 17) -> None:
        super().__init__()
        self._test = test
        self._limit = limit

    def __missing__(self, word: str) -> bool:
        if len(self) >= self._limit:
            self.clear()
        found = self[word] = self._test(word)
        return found


@cache
def cue_test(lang: str) -> WordTest:
    """:func:`is_cue` of ``lang`` as a :class:`WordTest` (the clause readers map it over every
    word of every lead-in and body sentence)."""
    return WordTest(partial(is_cue, lang=lang))


@cache
def _paired_firsts(lang: str) -> WordTest:
    """The word can open a speech verb said in two words (see :func:`paired_cue`)."""
    firsts = _paired_cues(lang)
    return WordTest(lambda word: fold(word) in firsts)


@cache
def _ordinals(lang: str) -> dict[str, int]:
    return {ln.split()[0]: int(ln.split()[1]) for ln in table(lang, "ordinals")}


def ordinal(word: str, lang: str) -> int:
    """Which of two people named together ``word`` refers back to (French ``seconde``,
    Spanish ``primero``: 2, 1), from ``lang``'s ``ordinals.txt``; 0 for any other word."""
    return _ordinals(lang).get(key(word), 0)


@lru_cache(maxsize=1 << 16)
def is_cue(word: str, lang: str) -> bool:
    """True when ``word`` is an inflected speech verb of ``lang`` (other languages as fallback:
    articles quote across languages, and the detector can be wrong on short texts)."""
    w = fold(word)
    if w in speech_verbs(lang):
        return True
    verb, hyphen, clitic = w.rpartition("-")
    if hyphen and clitic in folded("clitics", lang) and verb in speech_verbs(lang):
        return True  # "disse-lhe", "explicou-nos", "queixou-se" (a clitics table: pt only)
    return lang not in LANGS and any(w in speech_verbs(x) for x in LANGS)


@cache
def _all_roles() -> frozenset[str]:
    """Role nouns of every language, for text whose language was misjudged - but not the short
    ones, which are other words elsewhere (English "son" is French "his")."""
    return frozenset(w for w in folded("roles") if len(w) >= 5)


@lru_cache(maxsize=1 << 16)
def is_role(word: str, lang: str) -> bool:
    """True when ``word`` is a role noun, or (German) a compound ending in one (Vereinschef)."""
    w = fold(word)
    for prefix in ("ex-", "vice-", "co-", "sous-", "vize-", "ex", "former-"):
        if w.startswith(prefix) and w[len(prefix):] in _all_roles():
            return True  # ex-députée, vice-président, Vize-Kanzler
    if w in _all_roles() or is_own_role(word, lang):
        return True
    parts = w.split("-")  # economista-chefe, médecin-chef: two role nouns make one
    return len(parts) > 1 and all(p in _all_roles() or is_own_role(p, lang) for p in parts)


def heads_role(role: str, label: list[str], lang: str) -> bool:
    """The words of a label (``["a", "administração"]``) name someone by the role ``role``:
    unless the label is a body's head noun (a source head, no role noun) that does not head
    that role ("le documentaire" for "documentaire d'Al Jazeera" does): a body named by a word
    of a person's role complement is not that person ("a administração" is not "o presidente
    do conselho de administração", "el comité" not "el presidente del comité de huelga")."""
    if any(is_role(w, lang) for w in label) or not any(is_source_head(w, lang) for w in label):
        return True  # (only a body's head noun is checked: "a administração", "el comité")
    words = [w for w in role.replace("'", "' ").split()
             if key(w) not in DETERMINERS.get(lang, frozenset())]
    head = fold(words[0]) if words else ""
    return any(len(w) > 2 and (head.endswith(fold(w)) or fold(w)[:6] == head[:6])
               for w in label)


@lru_cache(maxsize=1 << 16)
def is_own_role(word: str, lang: str) -> bool:
    """True when ``word`` is a role noun of ``lang`` itself: "Pastor" is a German role but a
    surname in a French or Spanish text, "Richter" a judge only in German."""
    w = fold(word)
    roles = folded("roles", lang)
    if w in roles:
        return True
    if lang in COMPOUNDS:
        for stem in _de_stems(w):  # "des Präsidenten", "des Ministers", "dem Experten"
            if stem in roles or (len(stem) > 6 and any(
                    stem.endswith(r) for r in roles if len(r) >= 4)):
                return True
    return False


def is_source_form(word: str, lang: str) -> bool:
    """``word`` is a source head, also with a German case ending ("Amtes", "Ministeriums")."""
    return any(is_source_head(stem, lang) for stem in _de_stems(fold(word)))


def _de_stems(w: str) -> tuple[str, ...]:
    """A folded German noun and the forms without a case ending (-s, -n, -es, -en)."""
    if len(w) < 5 or not w.endswith(("s", "n")):
        return (w,)
    return (w, w[:-1], w[:-2]) if w.endswith(("es", "en")) else (w, w[:-1])


@lru_cache(maxsize=1 << 16)
def is_text_noun(word: str) -> bool:
    """German: ``word`` names a text that speaks for itself (Satzung, Bauernregel, Grundgesetz:
    the table ``de/texts.txt``, compounds by their last part)."""
    w = fold(word)
    texts = folded("texts", "de")
    return word[:1].isupper() and any(
        s == t or (len(s) > len(t) >= 5 and s.endswith(t)) for s in _de_stems(w) for t in texts)


@lru_cache(maxsize=1 << 16)
def is_source_head(word: str, lang: str) -> bool:
    """True when ``word`` heads an anonymous or collective source (un haut responsable), or
    (German) is a compound ending in one (Außenministerium, Nachrichtenagentur)."""
    w = fold(word)
    if w in folded("sources"):
        return True
    if lang in PLURAL_GROUPS and len(w) > 4 and w.endswith(("s", "x")) and (
            w[:-1] in folded("roles", lang) or w[:-1] in _all_roles()):
        return True  # a plural role is a group: les députés, the judges, los ministros
    if lang in COMPOUNDS and len(w) > 6:
        heads = folded("sources", lang)
        if any(w.endswith(h) for h in heads if len(h) >= 5):
            return True
        # Landratsamt, Bundesamt, Stadtrat, Betriebsrat - not Apparat, Vorrat or insgesamt.
        return w.endswith(("amt", "rat")) and not w.endswith(_NOT_BODIES)
    return False


_NOT_BODIES = ("apparat", "heirat", "vorrat", "verrat", "referat", "gesamt", "zierat")


@cache
def _reported_forms() -> frozenset[str]:
    """The Konjunktiv I (third person singular) of the German speech verbs, accent-folded: the
    infinitive's stem and -e, without a separable prefix (``zeige``, ``fuge`` of hinzufügen);
    forms that are other words too (``meine``, ``bitte``, ``frage``) are left out (table
    ``de/not_reported.txt``)."""
    forms = set()
    for line in table("de", "cues"):
        lemma = line.partition(":")[0].strip()
        prefix = _separable_prefix(lemma)
        stem = lemma[len(prefix):] if prefix else lemma
        if stem.endswith("en"):
            forms.add(fold(stem[:-1]))
    return frozenset(forms) - folded("not_reported", "de")


def reported_cue(word: str) -> bool:
    """``word`` is a speech verb in the Konjunktiv I of reported speech ("zeige", "betone",
    "fordere"), not the past ("zeigte") nor the present ("zeigt")."""
    return fold(word) in _reported_forms()
