"""What the quote rules know of each language, as data: one folder per language
(``quotes/lang/<code>/``, ISO 639-1), one plain-text table per word class.

A table is a UTF-8 text file, one entry per line (an entry may be several words: ``according
to``); lines starting with ``#`` are comments. ``cues.txt`` holds speech verbs as lemmas with
their irregular forms after a colon (``dire: dit disent …``); ``pronouns.txt`` gives a
pronoun's gender after it (``elle f``). An entry marked ``own`` (``do own``) is left out of
the tables merged over every language: it is a common word in another language. Every
language has every table of :data:`TABLES` and a file for each of :data:`RULE_TABLES`, the
word classes single rules read (``tests/test_quotes_languages.py`` checks it); a
language may add tables of its own for the rules that only it needs, beside them (German word
order: ``de/rules.py`` and ``de/*.txt``). Optional tables a rule reads where a language has
them: ``ask_verbs`` (verb forms of asking: narration before a dash exchange that says someone
asks makes that person the questioner), ``narration_verbs`` (the reporter's verb forms:
a paragraph between two marks alone on their lines that uses one, never as I or we, is
narration, not a piece of a quote), ``setting_preps`` (``in conferenza stampa`` may stand
between an incise's verb and its subject), ``paired_cues`` (speech verbs said in two words,
neither one alone: ``fait valoir``, ``ha tagliato corto``, ``fanno sapere``), ``one_of_them``
(one of a group just mentioned, a speaker label: ``l'un d'eux``, ``uno di loro``),
``surname_articles`` (capitalised articles that open a surname after a role noun or an
honorific: ``le ministre Le Drian``), ``same_roles`` (role nouns of one function, one line
each: ``treinador técnico mister``;
"disse o técnico" refers back to "o treinador do clube"), ``work_nouns`` (nouns of works:
lower-case quoted words after ``un film`` describe it, ``un film « intime »``, not a title),
``body_heads`` (nouns that head a body's name before a link and more capitals, where the
trait ``linked_body_names`` is set: ``bank federation society``: "the Bank of England"),
``photo_credits`` (the word of a photo credit after a dash, ``— Foto:``: a short line that has
one is a caption, and the quote it opens is speech, not a heading's), ``aside_phrases`` (asides of
several words around an incise's speech verb, before its subject: ``a de son côté affirmé X``,
``a déclaré pour sa part la maire``), ``meeting_verbs``, ``narrator_words`` and
``presence_verbs`` (the reporter meets someone, ``L'ANSA ha raggiunto X``, ``A reportagem
conversou com X``, or a place holds them, ``Entre o público estava X``: the sentence is about
the person named after the verb), ``naming_copulas`` (``A testemunha era X``: X holds the
role and the sentence is about X).

Adding a language is adding a folder: copy a close language's folder, translate each table,
then add the language to the rules that name their languages (``only=`` in the rule tables).
"""

from __future__ import annotations

import os
from functools import cache

# The word classes every language provides.
TABLES = (
    "cues", "roles", "sources", "determiners", "indefinite", "pronouns", "source_preps",
    "ambiguous_preps", "np_stop", "np_links", "auxiliaries", "speech_nouns", "title_nouns",
    "honorifics", "traits",
)
# The word classes single rules read, mostly merged over every language (``union``): every
# folder has each of these files too, with its header comment, and no words where the rule
# reads none of that language yet. One table per word class a rule reads, named for it.
RULE_TABLES = (
    # what a quote names rather than says (titles.py)
    "title_dets", "title_links", "saying_dets", "naming_words", "callers", "named_after",
    "naming_nouns", "is_called", "reads_as", "self_naming", "known_as", "charged",
    "charge_preps", "charge_when", "list_conj", "term_subjects", "term_verbs", "means_verbs",
    "medium_preps", "sign_nouns", "sign_words",
    # the gender and number of a person (gender.py)
    "honorific_genders", "role_genders", "plural_dets", "plural_pronouns",
    # speaker noun phrases (nounphrase.py)
    "name_conj", "role_preps", "quantifiers", "possessives",
    # a subject's clause before its speech verb (clauses.py)
    "relative_asides",
    # resolving a source to a person (resolve.py)
    "definite", "plain_roles", "person_nouns", "impersonal_pronouns", "self_pronouns",
    # people named in an article (people.py)
    "name_links", "name_stopwords", "demonstratives", "describing", "second_particles",
    "noun_articles", "article_particles", "name_articles", "role_elisions", "not_names",
    "leading_particles", "name_particles",
    # is a quote speech or a name (classify.py)
    "source_words", "reported_by", "genitive_links", "time_words", "relatives", "clause_openers",
    "subject_openers", "first_person", "elided_links", "phrase_openers", "finite_verbs",
    "subordinators", "votes", "vote_articles", "title_preps", "title_articles", "noun_markers",
    "medium_pronouns", "medium_agents",
    # where a lead-in clause's subject stands (clauses.py)
    "as_words", "as_objects", "verb_group", "object_preps", "case_preps", "relative_subjects",
    "object_relatives",
    # the cast, the reading context and the report (cast.py, context.py, extract.py, lexicon.py)
    "role_possessives", "short_given", "abbreviations", "infinitive_markers", "reporting_modals",
    "singular_pronouns", "alias_pronouns", "place_before", "not_aux",
    # the incise after a quote (attribution.py)
    "reflexives", "addressee_preps", "elided_addressee_preps", "platform_preps", "after_preps",
    "subject_adverbs", "finish_preps", "place_preps", "hearsay_dets", "owner_links", "as_links",
    "that_words", "finish_verbs", "causatives", "let_verbs", "let_know", "asking_modals",
    "that_pronouns",
    "resumptive_pronouns", "plural_verb_endings",
    # the clause before a quote (leadin.py, subjects.py)
    "subject_conj", "name_glue", "affiliation_links", "heading_articles", "clause_conj",
    "impersonal_subjects", "complement_preps", "explicit_source", "names_object",
    "before_v2_subject", "genitive_articles", "subject_articles",
    # what a phrase around a quote is (phrases.py)
    "prep_after_capital", "object_pronouns", "after_cue_adverbs", "link_before",
    "not_speaker_preps", "date_preps", "not_adverbs", "oblique_articles", "attributive",
    "end_nouns", "object_clitics", "elided_adverbs", "statement_nouns", "report_nouns",
    "maker_links", "maker_preps", "not_subject_pronouns",
    # what a speaker cannot be (speakers.py)
    "time_nouns", "negations",
    # a body's name (resolve.py)
    "body_links",
)
# The grammatical traits a language may list in its traits.txt, and what each makes the rules do.
TRAITS = {
    "verb_second": "the finite verb stands second and a speech verb may close its clause "
                   "(„…“, sagte X; X habe „…“ zurückgewiesen): word-order rules of lang/de",
    "noun_capitals": "common nouns are capitalised, so a capital does not make a name",
    "compounds": "nouns compound: a role or source head may end a longer word (Polizeisprecher)",
    "subjunctive_report": "reported speech runs on in the subjunctive (Konjunktiv I)",
    "separable_verbs": "a speech verb may split from its particle (legte … dar)",
    "gendered_roles": "role nouns show the gender of the person (présidente, Ministerin)",
    "object_pronoun_after_verb": "an object pronoun may stand between a speech verb and its "
                                 "subject (told him X, sagte ihm X)",
    "inverted_pronouns": "a subject pronoun joins its verb with a hyphen (a-t-il dit)",
    "incise_without_comma": "an incise may follow a quote without its comma (« … » a dit X)",
    "infinitive_endings": "infinitives end in -er/-ir/-re/-ar: such a verb form has no subject",
    "clitic_objects": "object clitics stand before the verb (l'a qualifié de « … »)",
    "elided_source_preposition": "a source phrase may keep its preposition (de la maire)",
    "participle_openers": "a past participle may open a sentence (Prévue dimanche, …)",
    "role_prepositions": "a role takes a preposition before its domain (ministre de …)",
    "ment_adverbs": "adverbs in -ment are capitalised at a sentence start, never names",
    "ly_adverbs": "adverbs in -ly are capitalised at a sentence start, never names",
    "possessive_s": "a possessive 's closes a noun (the port's operator), not a name",
    "contractions": "a contraction or an elision (I've, It's, All'uscita) is never a name",
    "ist_descriptors": "a descriptor in -ist may stand before a name (Scientologist John)",
    "ing_openers": "a gerund may open a sentence with a capital (Watching X, …)",
    "indefinite_descriptions": "a description after an indefinite article is no name (a native "
                               "New Yorker)",
    "inner_subject_first": "an incise inside a quote may put its subject first (“…, he said, …”)",
    "plural_groups": "a role noun in -s/-x is a group (les députés, the judges)",
    "reported_clause_subject": "a noun right after a speech verb that runs into the quote is "
                               "the subject of the reported clause (said Damascus \"had to …\")",
    "descriptor_before_name": "lower-case descriptors may stand before a name in an incise "
                              "(“…,” forward Pedro told reporters)",
    "addressee_before_subject": "an incise may name the addressee before the speaker (disse à "
                                "Lusa o ministro, garantiu ao DN fonte do gabinete)",
    "incise_after_question": "an incise may follow a question or an exclamation inside the "
                             "marks, in lower case and with no comma (— Vous reconnaissez les "
                             "faits ? demande la présidente.)",
    "quote_lede": "news copy may open on a quote and name its speaker as the next sentence's "
                  "subject («…». Davanti ai giudici, il perito … ha ripercorso …)",
    "null_subject": "a finite speech verb needs no subject (« … », acrescentou.): the speaker "
                    "is the one the text is about, as for a pronoun without gender",
    "compound_surnames": "a surname may be several words (Rebelo de Sousa, Lula da Silva): "
                         "they name the person whose full name ends with them",
    "apposed_article_role": "an apposed name may repeat its own article and role after the "
                            "comma (A vizinha dele, a manicure Daniela Campos, …)",
    "medium_ends_incise": "an incise with no subject may end on the medium it was told to "
                          "(«…», declarou ao PÚBLICO. / contou à Lusa.)",
    "person_noun_speakers": "a person noun after a determiner is a speaker like a role (“…,” "
                            "the woman told the court)",
    "linked_body_names": "a body's name joins capitals with a link (the Bank of England, the "
                         "Federation of Small Businesses): one name, not a role and a place",
    "labels_refer_back": "an unnamed source keeps one label: a definite noun (the spokesperson, "
                         "the student) means the source with that head named shortly before (A "
                         "spokesperson for the airline said …, a student who …), even when "
                         "someone else has spoken since",
    "main_clause_speaker": "a sentence whose speech verb reports another's words (X said Y "
                           "claimed …) is about the first verb's subject",
    "age_descriptors": "a definite article and an age (the 24-year-old) refer back to the "
                       "person the text is about, as a role noun does",
    "glued_captions": "captions and page lines run into the next sentence with no full stop "
                      "(Daily Mail copy): a capitalised article between two lower-case words "
                      "opens a sentence (… for months The students' union called …)",
    "source_opens_report": "a sentence that opens on a source phrase naming a person by role "
                           "and name is about that person (Para o economista X, … Ele …)",
    "described_roles": "a role with a complement of its own (der Sportchef von Bayer, die "
                       "Sprecherin des Vereins) refers back only to the last speaker or a "
                       "person the text gave a role, never to another whose role it never said",
}


# This package's folder. Some 800 tables are read at import: plain file reads from one folder
# listing keep that to a few milliseconds, where finding each through importlib.resources cost a
# third of the start-up. (The package is always installed as files, never zipped.)
_DIR = os.path.dirname(os.path.abspath(__file__))


@cache
def _tables() -> dict[str, frozenset[str]]:
    """Each language folder's table files (``cues.txt`` …), listed once."""
    out = {}
    for entry in os.scandir(_DIR):
        if entry.is_dir():
            out[entry.name] = frozenset(f.name for f in os.scandir(entry.path) if f.is_file())
    return out


@cache
def languages() -> tuple[str, ...]:
    """The languages that have a folder, in code order."""
    return tuple(sorted(lang for lang, files in _tables().items() if "cues.txt" in files))


@cache
def table(lang: str, name: str) -> tuple[str, ...]:
    """The entries of one table of ``lang`` (empty when the language has no such table)."""
    file = f"{name}.txt"
    if file not in _tables().get(lang, frozenset()):
        return ()
    # (bytes decoded at once, and str.strip mapped in C: a third of the cost of a text-mode
    # read and a generator, over the hundreds of tables a run reads)
    with open(os.path.join(_DIR, lang, file), "rb") as f:
        text = f.read().decode("utf-8")
    return tuple(ln for ln in map(str.strip, text.splitlines()) if ln and ln[0] != "#")


@cache
def words(lang: str, name: str) -> frozenset[str]:
    """The entries of one table of ``lang`` as a set (first word of each line)."""
    return frozenset(ln.split()[0] for ln in table(lang, name))


@cache
def union(name: str) -> frozenset[str]:
    """One table of every language, merged (for look-ups that do not depend on the language),
    without the entries marked ``own``: ``do own`` in pt/np_links.txt is a link in Portuguese
    text only, since "do" is an English verb and "da", "das" German words."""
    return frozenset(ln.split()[0] for lang in languages() for ln in table(lang, name)
                     if ln.split()[1:2] != ["own"])


@cache
def folded(name: str, lang: str | None = None, *, accents: bool = False) -> frozenset[str]:
    """One table's entries folded as the look-ups fold the words they test: lower-case without
    accents (``lexicon.fold``: niña, garçon, Präsident), or with ``accents`` kept
    (``lexicon.key``: él is not el, ließ is liess). The table of ``lang`` (as :func:`words`),
    or with no ``lang`` every language's merged (as :func:`union`). Made once per table."""
    # lexicon reads this module at import, so its folding functions are fetched at call time.
    from newsbrief.quotes.lexicon import fold, key

    entries = union(name) if lang is None else words(lang, name)
    return frozenset(map(key if accents else fold, entries))


@cache
def having(trait: str) -> frozenset[str]:
    """The languages whose ``traits.txt`` lists ``trait`` (a key of :data:`TRAITS`)."""
    if trait not in TRAITS:
        raise KeyError(f"unknown trait {trait!r}")
    return frozenset(lang for lang in languages() if trait in table(lang, "traits"))


def by_gender(name: str) -> dict[str, frozenset[str]]:
    """The entries of a table with a gender column (``elle f``), every language merged,
    grouped by gender (``"m"``, ``"f"``); entries without a gender are left out."""
    out: dict[str, set[str]] = {"m": set(), "f": set()}
    for lang in languages():
        for line in table(lang, name):
            parts = line.split()
            if len(parts) > 1:
                out.setdefault(parts[1], set()).add(parts[0])
    return {g: frozenset(v) for g, v in out.items()}
