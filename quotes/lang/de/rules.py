"""German lead-in patterns: the clause before (or right after) a quote in German word order.

``So heißt es in X:``, ``Wie X mitteilte, …``, relative clauses (``X, der … als „…“ sieht``),
passive agents (``von X als „…“ bezeichnet``), ``zitiert X Y``, ``X zufolge`` / ``laut X`` inside
the clause, a subject set off by commas before the verb, and a speech verb that closes the clause
after the quote (``„…“ zurückgewiesen``). :func:`newsbrief.quotes.leadin.before` calls these.
"""

from __future__ import annotations

from newsbrief.document.tokens import Tok, tokenize
from newsbrief.quotes.context import clause_end, speech_verb
from newsbrief.quotes.lang import words as words_of
from newsbrief.quotes.lexicon import (
    AUXILIARIES,
    DE_ADVERBS,
    DE_SUBJUNCTIVE,
    DETERMINERS,
    MODALS,
    QUOTING,
    fold,
    is_cue,
    is_role,
    is_source_head,
    is_text_noun,
    key,
    reported_cue,
)
from newsbrief.quotes.nounphrase import PUNCT, noun_phrase
from newsbrief.quotes.people import name_at
from newsbrief.quotes.phrases import (
    CLOSING_MARKS,
    OBJECT_PRONOUNS,
    OBLIQUE,
    OPENING_MARKS,
    Attribution,
    Pattern,
    candidate,
    clause_start,
    comma_stretches,
    first_candidate,
    label_attribution,
    make_attribution,
    person_like,
    skip_paren,
    source_prep,
)

NOMINATIVE = frozenset("der die das".split())
PREPS_DE = frozenset(
    "in im an am auf aus bei mit nach von vom zu zum zur über unter gegen für".split())
_MID_SOURCE = frozenset("laut nach".split())
# Conjunctions that open a German subordinate clause, whose verb closes it.
SUBORDINATORS = frozenset("während als weil nachdem obwohl obgleich wenn da dass ob indem".split())


def inner_source(toks: list[Tok], text: str, lang: str) -> Attribution | None:
    """The last German source phrase inside the clause: ``laut X``, ``nach Angaben X``,
    ``, so X``, or ``X zufolge``."""
    for k in range(len(toks) - 1, -1, -1):
        f = key(toks[k].text)
        if f == "zufolge" and k > 0:
            s = k - 1
            while s > 0 and toks[s - 1].text not in PUNCT and k - s < 8 and not (
                    is_cue(toks[s - 1].text, lang) or key(toks[s - 1].text) in AUXILIARIES):
                s -= 1
            np = _np_before(toks, k)  # "sagte die Kanzlerin | einigen Teilnehmern zufolge"
            s = max(s, np)
            att = make_attribution(toks[:k], s, text, lang, None, "source")
            if att is not None:
                return att
            continue
        if f not in _MID_SOURCE and not (f == "so" and k > 0 and toks[k - 1].text == ","):
            continue
        p = source_prep(toks, k, lang)
        if 0 < p < len(toks) and (f != "so" or candidate(toks, p, text, lang)):
            att = make_attribution(toks, p, text, lang, None, "source")
            if att is not None:
                return att
    return None


def de_front(toks: list[Tok], cues: list[int], text: str, lang: str) -> Attribution | None:
    """German clauses whose subject precedes the verb: "Wie der Richter ausführte, …" and
    "Die Ministerin Rice nannte Shultz einen „…“" (the name after the verb is its object)."""
    c = cues[0]
    if key(toks[0].text) == "wie" and c + 1 < len(toks) and toks[c + 1].text == ",":
        best = first_candidate(toks, 1, c, text, lang)
        if best >= 0:
            return make_attribution(toks, best, text, lang, toks[c].text, "subject")
        words = [t for t in toks[1:c] if t.text not in OPENING_MARKS | CLOSING_MARKS
                 and key(t.text) not in AUXILIARIES]
        if 0 < len(words) <= 5:
            # "Wie t-online.de berichtet,", "Wie „heise online“ meldete,": whatever reports.
            return label_attribution(text, words[0], words[-1], toks[c].text, "source")
    s = clause_start(toks[:c], lang)
    if s >= c or key(toks[s].text) in OBLIQUE:
        return None
    if not candidate(toks, s, text, lang):
        if nominative_np(toks, s, c) and not _person_after(toks, c, text, lang):
            # "Die Hamburger Stadtreinigung äußerte …": whatever the noun, an article and a
            # capitalised noun right before the verb are its subject, not the object after it.
            return label_attribution(text, toks[s], toks[c - 1], toks[cues[-1]].text, "subject")
        return None
    end, name, role = noun_phrase(toks, s, text, lang)
    if skip_paren(toks, end) != c:
        return None
    nxt = c + 1
    while nxt < len(toks) and key(toks[nxt].text) in OBJECT_PRONOUNS | {"sich"}:
        nxt += 1
    if nxt < len(toks) and candidate(toks, nxt, text, lang) and person_like(toks, nxt, lang) and (
            name is None or (len(name.split()) < 2 and not role)):
        # "Ähnlich äußerte sich der Präsident": the person after the verb (but "Königin
        # Elisabeth bat Premierminister Key, …": a role and a name open the clause)
        return None
    # The subject opens the clause; the cue is the verb nearest the quote ("begrüßte …, nannte").
    return make_attribution(toks, s, text, lang, toks[cues[-1]].text, "subject")


def _person_after(toks: list[Tok], c: int, text: str, lang: str) -> bool:
    """A person right after the verb ``toks[c]``, by name or role: with a thing before the verb,
    the object stands first ("Die Leistung seines Teams bezeichnete Trainer Sven Harms als
    „…“")."""
    nxt = c + 1
    while nxt < len(toks) and key(toks[nxt].text) in OBJECT_PRONOUNS | {"sich"}:
        nxt += 1
    nxt += nxt < len(toks) and genitive_owner(toks, nxt, lang)
    return nxt < len(toks) and candidate(toks, nxt, text, lang) and named_person(toks, nxt, lang)


def genitive_owner(toks: list[Tok], i: int, lang: str) -> bool:
    """A one-word name in the genitive before a role noun ("Frankreichs Präsident X",
    "Kölns Trainer X"): the place or body the role belongs to, not the speaker."""
    return i + 1 < len(toks) and toks[i].cap and toks[i].text.endswith("s") and name_at(
        toks, i, lang) == i + 1 and is_role(toks[i + 1].text, lang)


def named_person(toks: list[Tok], i: int, lang: str, role_alone: bool = True) -> bool:
    """A person, not a body, opens at ``toks[i]``: an article or possessive, role nouns, then a
    name ("Landrätin Heike Voss", "ihr Kollege Dennis Hahn", "die Abgeordnete Petra Lenz"), or
    (``role_alone``) role nouns alone ("der Trainer") - never a genitive between role and name
    ("Sprecher des Vereins")."""
    j = first = i + (key(toks[i].text) in NOMINATIVE | _POSSESSIVE_DETS | {"ein", "eine"})
    while j < len(toks) and j < i + 4:
        if name_at(toks, j, lang) - j >= 2:
            return True
        if not (toks[j].text[:1].isalpha() and (is_role(toks[j].text, lang) or key(
                toks[j].text) in _ROLE_PARTS)):
            break
        j += 1
    return role_alone and j > first


def nominative_np(toks: list[Tok], s: int, c: int) -> bool:
    """``toks[s:c]`` is "der/die/das", adjectives and a capitalised noun: a German subject."""
    if c - s < 2 or c - s > 4 or key(toks[s].text) not in NOMINATIVE or not toks[c - 1].cap:
        return False
    return all(t.text.isalpha() and (t.cap or t.text.endswith(("e", "en", "er", "es")))
               for t in toks[s + 1:c])


def nominative_after(toks: list[Tok], i: int) -> bool:
    """``toks[i:]`` opens with "der/die/das", lower-case adjectives and a capitalised noun:
    a subject after its verb ("erklärte der Eigentümer"), not a feminine dative ("sagte der
    Zeitung": :func:`oblique_feminine`) nor a genitive ("des", "der" after a noun)."""
    if i >= len(toks) or key(toks[i].text) not in NOMINATIVE or oblique_feminine(toks, i) > i:
        return False
    j = i + 1
    while j < len(toks) and toks[j].text.isalpha() and not toks[j].cap and j < i + 3:
        j += 1
    return j < len(toks) and toks[j].cap and toks[j].text.isalpha()


_HEISST = frozenset("heißt hieß heisst hiess geheißen geheissen".split())
# Where "heißt es" names its source: "heißt es in dem Schreiben", "hieß es aus dem Ministerium",
# "heißt es auf der Webseite des Vereins".
HEISST_PREPS = frozenset("in im aus bei von vom auf".split())


def heisst_es(toks: list[Tok], text: str, lang: str) -> Attribution | None:
    """German ``heißt es in X`` / ``In X heißt es`` / ``In X hatte es geheißen``: the document
    or body X is the source."""
    for k in range(len(toks) - 1):
        pair = {key(toks[k].text), key(toks[k + 1].text)}
        if "es" not in pair or not pair & _HEISST:
            continue
        m = k + 2
        while m < len(toks) and key(toks[m].text) in DE_ADVERBS:
            m += 1  # "heißt es dazu in …"
        if m + 1 < len(toks) and key(toks[m].text) in HEISST_PREPS:
            return make_attribution(toks, _past_adjectives(toks, m + 1, len(toks)), text, lang,
                                    toks[k].text, "source")
        if k > 0 and len(toks) > 1 and key(toks[0].text) in HEISST_PREPS:
            return make_attribution(toks, _past_adjectives(toks, 1, k), text, lang,
                                    toks[k].text, "source")
    return None


def _past_adjectives(toks: list[Tok], i: int, end: int) -> int:
    """The first token from ``i`` (before ``end``) that is no adjective in lower case: "Im
    letzten Satz der Anordnung heißt es", "in der gemeinsamen Erklärung" (a contracted
    preposition leaves the adjective first; the noun it qualifies is the source)."""
    j = i
    while j + 1 < end and toks[j].text[:1].islower() and toks[j].text.isalpha() and key(
            toks[j].text) not in DETERMINERS["de"] and toks[j + 1].cap:
        j += 1
    return j


_PASSIVE = frozenset("wird werden wurde wurden".split())
_TEXT_PREPS = frozenset("in im auf".split())
_TEXT_VERBS = frozenset("steht stand standen stehen".split())  # "Auf dem Plakat stand: „…“"
_AGENT_PREPS = frozenset("von vom durch seitens".split())


def written_in(toks: list[Tok], text: str, lang: str, close_at: int) -> Attribution | None:
    """German: a clause opened by in/auf and a text ("In dem Bericht ist von „…“ die Rede", "Auf
    dem Plakat stand: „…“", "In dem Schreiben wird der Plan als „…“ bezeichnet") whose verb
    names no speaker - ``die Rede sein``, ``stehen``, a passive without its agent: the text is
    the source."""
    if len(toks) < 3 or key(toks[0].text) not in _TEXT_PREPS or any(
            key(t.text) in QUOTING for t in toks):
        return None  # ("In der Meldung wird X mit den Worten zitiert:": X spoke)
    end = noun_phrase(toks, 1, text, lang)[0]
    first = 1
    if end <= 2 and key(toks[1].text) in _ATTRIBUTIVE and len(toks) > 2:
        first = 2  # "In ihrer Veröffentlichung"
        end = noun_phrase(toks, 2, text, lang)[0]
    while end > 2 and key(toks[end - 1].text) in _AGENT_PREPS:
        end -= 1  # "In einem Bericht von ndr.de": the text, not its link to the web address
    source = any(is_source_head(t.text, lang) for t in toks[1:end])
    if end <= 1 or not (source or any(is_text_noun(t.text) for t in toks[1:end])):
        return None
    rest = [key(t.text) for t in toks[end:]]
    if close_at >= 0:  # "… von „…“ die Rede.": the words that close the clause after the quote
        rest += [key(t.text) for t in tokenize(
            text, close_at + 1, clause_end(text, close_at + 1, len(text)))[:6]]
    # (a text that is no source head - "In der Urteilsbegründung" - only with "die Rede sein":
    # "Auf dem Programm stehen …" lists, a passive after it may name what the text reports on)
    said = any(w == "rede" and rest[n - 1] == "die" for n, w in enumerate(rest) if n) or bool(
        source and set(rest) & _TEXT_VERBS) or bool(source and set(rest) & _PASSIVE
                                                     and not set(rest) & _AGENT_PREPS)
    return make_attribution(toks[:end], first, text, lang, None, "source") if said else None


_ATTRIBUTIVE = frozenset(words_of("de", "attributive"))
_PERFECT_PASSIVE = frozenset({"worden"})  # "war … als „…“ bezeichnet worden"


def medium_passive(toks: list[Tok], text: str, lang: str, close_at: int) -> Attribution | None:
    """German: a passive speech verb with no agent, and a medium or a text inside the clause
    after in/im ("Er wurde gestern in der „Lindauer Zeitung“ als „…“ bezeichnet", "Der Plan war
    in den Medien als „…“ kritisiert worden"): the medium is the source; the subject is only
    what it spoke of. (A clause opened by a text is :func:`written_in`'s, tried first.)"""
    if len(toks) < 4 or any(key(t.text) in QUOTING | _AGENT_PREPS for t in toks):
        return None
    after = tokenize(text, close_at + 1, clause_end(text, close_at + 1, len(text)))[:6] if (
        close_at >= 0) else []
    if any(key(t.text) in _AGENT_PREPS for t in after):
        return None  # "… als „…“ bezeichnet von X"
    words = [key(t.text) for t in toks] + [key(t.text) for t in after]
    if not set(words) & (_PASSIVE | _PERFECT_PASSIVE) or not any(
            is_cue(t.text, lang) for t in after) or any(is_cue(t.text, lang) for t in toks):
        return None  # the participle closes the clause after the quote; a speech verb before it
        # has a subject of its own ("X schrieb in einer Erklärung, die … veröffentlicht wurde")
    for k in range(len(toks) - 1):
        if key(toks[k].text) not in _TEXT_PREPS:
            continue
        i = k + 1
        if key(toks[i].text) in DETERMINERS.get(lang, frozenset()) and i + 1 < len(toks):
            i += 1  # "in der „Lindauer Zeitung“", "in den Medien"
        if toks[i].text in OPENING_MARKS or is_source_head(toks[i].text, lang) or (
                key(toks[i].text) in _MEDIA):
            return make_attribution(toks, k + 1 if i > k + 1 and toks[i].text not in
                                    OPENING_MARKS else i, text, lang, None, "source")
    return None


_MEDIA = frozenset(words_of("de", "media"))
_FEMININE_ENDINGS = tuple(words_of("de", "feminine_endings"))


def oblique_feminine(toks: list[Tok], i: int) -> int:
    """Where German "der", adjectives and a feminine noun at ``toks[i]`` end (``i`` when they
    are not there): a dative or a genitive, never a subject ("sagte der Nachrichtenagentur dpa:",
    "erklärte der örtlichen Zeitung": whom the speaker told; the speaker stands elsewhere)."""
    if key(toks[i].text) != "der":
        return i
    j = i + 1
    while j < len(toks) and toks[j].text.isalpha() and not toks[j].cap:
        j += 1  # adjectives
    if j < len(toks) and toks[j].cap and fold(toks[j].text).endswith(_FEMININE_ENDINGS):
        return j + 1
    return i


_SUBJECT_ARTICLES = frozenset("der die das ein eine".split())


def text_subject(toks: list[Tok], text: str, lang: str) -> Attribution | None:
    """German: a clause with no speech verb whose subject is a text ("Die Satzung erlaubt nur
    „…“", "So enthält das Strafgesetzbuch folgende Regel: „…“"): the text quotes itself. The
    subject opens the clause or follows its finite verb; an article after a preposition or a
    noun (a genitive) opens no subject."""
    s = clause_start(toks, lang)
    if any(key(t.text) in _PASSIVE | _COORDINATING | DE_SUBJUNCTIVE | MODALS for t in toks[s:]):
        # a passive's subject is no agent; after "und" another subject may speak; in the
        # Konjunktiv or with "soll" someone else reports what the text is
        return None
    for i in (s, s + 2):
        if i + 1 >= len(toks) or key(toks[i].text) not in _SUBJECT_ARTICLES or (i > s and not (
                toks[s].cap and key(toks[s].text) in DE_ADVERBS
                and toks[s + 1].text.isalpha() and not toks[s + 1].cap)):
            continue  # the clause's first phrase, or the one after "So enthält"
        end = noun_phrase(toks, i, text, lang)[0]
        head = next((t for t in toks[i + 1:end] if t.cap), None)  # ("Die Autoren der Studie")
        if head is not None and is_text_noun(head.text) and (
                end == len(toks) or not toks[end].cap):
            found = make_attribution(toks, i, text, lang, None, "text")
            if found is not None and found.name is not None:
                # the text speaks, not the body or place its genitive names ("Die Satzung der
                # Weinbaugemeinschaft Kallstein erlaubt")
                return label_attribution(text, toks[i], toks[end - 1], None, "text")
            return found
    return None


_COORDINATING = frozenset("und oder aber sowie".split())


def apposed_subject(toks: list[Tok], c: int, text: str, lang: str) -> Attribution | None:
    """German: a name set off by commas right before the verb is its subject, with the role
    before it ("X wies das zurück, die Sprecherin der Fraktion, Sandra Boser (GRÜNE),
    erklärte:") - not the subject of the clause before."""
    if c < 3 or toks[c - 1].text != ",":
        return None
    segments = comma_stretches(toks, c)  # nearest first; segments[0] is the empty stretch at c
    if len(segments) < 3:
        return None
    s = segments[1]
    end, name, _ = noun_phrase(toks, s, text, lang)
    if name is None or skip_paren(toks, end) != c - 1:
        return None
    r = segments[2]
    r_end, r_name, r_role = noun_phrase(toks, r, text, lang)
    if r_name is None and r_role and r_end == s - 1 and key(toks[r].text) in NOMINATIVE:
        s = r  # the role apposed before the name belongs to the subject
    return make_attribution(toks[:c - 1], s, text, lang, toks[c].text, "subject")


_POSSESSIVE_DETS = frozenset("sein seine ihr ihre dessen deren".split())
# Words that are no role alone but describe the person named after them ("ihr Kollege X").
_ROLE_PARTS = frozenset("kollege kollegin".split())
_AFFILIATION_DE = frozenset("von vom".split())


def second_clause(toks: list[Tok], c: int, text: str, lang: str) -> Attribution | None:
    """German: two speakers in one sentence - a main clause after a comma with a subject of
    its own right before its speech verb ("X nannte den Plan einen „…“, Landrätin Y forderte
    eine „…“", "…, ihr Kollege Z von der FDP warnte vor einem „…“"): that subject, not the
    first clause's."""
    k = max((j for j in range(c) if toks[j].text == ","), default=-1)
    s = k + 1
    if k < 1 or s >= c:
        return None  # (a comma right before the verb sets off an apposition: apposed_subject)
    while s + 1 < c and key(toks[s].text) in _POSSESSIVE_DETS | _ROLE_PARTS and toks[s + 1].cap:
        s += 1  # "ihr Kollege Dennis Hahn": the name
    if not (candidate(toks, s, text, lang) and named_person(toks, s, lang, role_alone=False)):
        return None  # (a role alone after a name is its apposition: "X, Sprecher des Y sagte")
    end = skip_paren(toks, noun_phrase(toks, s, text, lang)[0])
    while end < c and (toks[end].cap or key(toks[end].text) in _AFFILIATION_DE | NOMINATIVE
                       | {"den", "dem"}):
        end += 1  # the party or body: "von der FDP", "von den Freien Wählern"
    if end != c:
        return None
    cut = c
    if toks[c - 1].text.isupper():  # "Ute Fink von der SPD": the name ends before the party
        cut = next((j for j in range(c - 1, s, -1) if key(toks[j].text) in _AFFILIATION_DE), c)
    return make_attribution(toks[:cut], s, text, lang, toks[c].text, "subject")


_RELATIVE = frozenset("der die das den welche welcher welches welchen".split())
# Relative pronouns in the accusative only: the relative is the object, the subject follows.
_OBJECT_RELATIVE = frozenset("den welchen".split())
# Relative pronouns whose nominative and accusative are one form ("ein Angebot, das Verdi …").
_EITHER_CASE = frozenset("die das welche welches".split())


def relative(toks: list[Tok], cues: list[int], text: str, lang: str, close_at: int,
              pattern: Pattern) -> Attribution | None:
    """A German relative clause that frames the quote: "Kritik kommt vom Fahrgastverband IGEB,
    der die Maßnahme als „Kapitulation“ sieht" - the speaker is the noun before the comma; after
    an object relative, the subject that follows it ("einen Plan, den der Bürgermeister als „…“
    bewertete", "ein Angebot, das Verdi als „…“ zurückwies": a thing does not speak)."""
    r = next((k for k in range(len(toks) - 1, 0, -1) if toks[k - 1].text == ","), 0)
    if r == 0 or key(toks[r].text) not in _RELATIVE:
        return None
    after = [c for c in cues if c > r]
    if after and after[-1] == r + 2 and toks[r + 1].cap and any(
            t.text[:1].isalnum() for t in toks[r + 3:]):
        # "…gegen das ASEM-Treffen, die Polizei spricht von 4.000": the verb comes second, not
        # last - a main clause with its own subject, not a relative clause.
        return None
    cue = _frame_cue(toks, after, text, close_at)
    if cue is None:
        return None
    if r + 1 < len(toks) and candidate(toks, r + 1, text, lang) and person_like(toks, r + 1, lang):
        return make_attribution(toks, r + 1, text, lang, cue, pattern)  # "…, die der Verband …"
    if key(toks[r].text) in _OBJECT_RELATIVE:
        return None  # "den" is no subject, and none follows it
    if _content_clause(toks, r, text):
        return None
    k = _np_before(toks, r - 1)
    if key(toks[r].text) in _EITHER_CASE and _bare_name(toks, r + 1) and (
            k < 0 or not person_like(toks, k, lang)):
        # "ein Angebot, das Verdi als „…“ zurückwies": a thing before the comma does not speak,
        # so the relative is the object and the name after it the subject
        return make_attribution(toks, r + 1, text, lang, cue, pattern) or label_attribution(
            text, toks[r + 1], toks[r + 1], cue, pattern)
    if k < 0:
        return None
    return make_attribution(toks[:r - 1], k, text, lang, cue, pattern) or label_attribution(
        text, toks[k], toks[r - 2], cue, pattern)


def reported_thing(toks: list[Tok], cues: list[int], lang: str) -> bool:
    """German reported speech with a thing as its subject: "Die Studie zeige, „…“", "Die
    Pflichten der Union seien im Vertrag festgelegt: „…“". The Konjunktiv says the clause is
    someone's report, and a study or a duty is no one who speaks (a body is: "Die Regierung
    habe erklärt"); the quote is the reporter's, whom the reading context knows."""
    if any(not reported_cue(toks[k].text) for k in cues):
        return False  # an indicative speech verb has a subject of its own: "Er sagte, …"
    if not cues and not any(key(t.text) in DE_SUBJUNCTIVE for t in toks):
        return False
    s = clause_start(toks, lang)
    if s >= len(toks) or key(toks[s].text) not in DETERMINERS["de"] or key(
            toks[s].text) in OBLIQUE:
        return False
    k = s + 1
    while k < len(toks) and toks[k].text.isalpha() and not toks[k].cap:
        k += 1  # adjectives: "Die neue Studie"
    if k >= len(toks) or not toks[k].cap or k + 1 >= len(toks):
        return False
    noun = toks[k].text
    if is_text_noun(noun):
        return toks[k + 1].text[:1].islower()  # a study, a report: it speaks only in the indicative
    return not (is_role(noun, lang) or is_source_head(noun, lang) or name_at(toks, k, lang) - k >= 2
                or person_like(toks, s, lang)) and toks[k + 1].text[:1].islower()


def _bare_name(toks: list[Tok], i: int) -> bool:
    """A capitalised word with no article that is followed by the rest of the clause (a name
    such as "Verdi", "Merkel"), not a quote mark or an article."""
    return 0 <= i < len(toks) - 1 and toks[i].cap and toks[i].text[:1].isalpha() and key(
        toks[i].text) not in DETERMINERS["de"] and not toks[i + 1].cap


def _content_clause(toks: list[Tok], r: int, text: str) -> bool:
    """The clause before the comma at ``toks[r - 1]`` has a speech verb of its own: "X sagte
    dem Rundfunk, die Daten bestätigten, „…“" - the words after the comma are what X said
    (indirect speech with no "dass"), not a relative clause about the noun before the comma."""
    s = max((k + 1 for k in range(r - 1) if toks[k].text in ",;:"), default=0)
    return any(speech_verb(text, t, "de") for t in toks[s:r - 1])


def passive_agent(toks: list[Tok], cues: list[int], text: str, lang: str, close_at: int,
                   pattern: Pattern) -> Attribution | None:
    """German passive: "Die Gefahr wird vom Wetterdienst als „sehr hoch“ eingestuft" - the
    agent after von/vom is the source."""
    last_comma = max((k for k, t in enumerate(toks) if t.text == ","), default=-1)
    toks = toks[last_comma + 1:]  # the clause of the quote, not "Nachdem er … gefragt wurde,"
    cues = [c - last_comma - 1 for c in cues if c > last_comma]
    if not any(key(t.text) in _PASSIVE for t in toks):
        return None
    cue = _frame_cue(toks, cues, text, close_at)
    if cue is None or key(cue) in QUOTING:
        return None  # "wurde von der Zeitung zitiert": the medium quotes, it does not speak
    for k in range(len(toks) - 2):
        if key(toks[k].text) not in _AGENT_PREPS - {"durch"}:
            continue
        a = k + 1
        if key(toks[a].text) == "seiten" and a + 1 < len(toks):
            a += 1  # "von Seiten der Opposition"
        noun = a + (key(toks[a].text) in DETERMINERS["de"])
        while noun < min(len(toks) - 1, a + 3) and _inflected(toks[noun]):
            noun += 1  # "von vielen Fachleuten", "von offizieller Seite"
        if noun < len(toks) and toks[noun].cap:
            found = make_attribution(toks, a, text, lang, cue, pattern)
            if found is not None:
                return found
            end = noun + 1
            while end < len(toks) and toks[end].cap:
                end += 1  # "von Musikkennern", "vom Deutschen Wetterdienst"
            return label_attribution(text, toks[a], toks[end - 1], cue, pattern)
    return None


def _inflected(t: Tok) -> bool:
    """A lower-case inflected word that may stand before a German noun (an adjective or a
    quantifier: "vielen", "offizieller", "zahlreichen")."""
    return t.text.isalpha() and not t.cap and t.text.endswith(("e", "en", "er", "em", "es"))


def _frame_cue(toks: list[Tok], cues: list[int], text: str, close_at: int) -> str | None:
    """The speech verb that frames a quote: the last cue of its clause, else a verb closing the
    clause after the quote (German "als „…“ bezeichnet")."""
    if cues:
        return toks[cues[-1]].text
    return final_cue(text, close_at) if close_at >= 0 else None


def _np_before(toks: list[Tok], end: int) -> int:
    """Start of the German noun phrase that ends right before ``toks[end]`` (a determiner,
    adjectives, capitalised words and genitives: "ein Kommentar", "der Sprecher des Vereins",
    "Berliner Fahrgastverband IGEB"), or -1."""
    dets = DETERMINERS["de"]
    k = end
    while k > 0 and end - k < 8:
        t = toks[k - 1]
        f = key(t.text)
        if f in dets:
            k -= 1
            if f in {"der", "des"} and k > 0 and toks[k - 1].cap:
                continue  # a genitive: "der Sprecher des Vereins"
            break
        if t.cap and t.text[:1].isalpha() and f not in PREPS_DE:
            k -= 1
        elif t.text[:1].islower() and k > 1 and key(toks[k - 2].text) in dets and t.text.endswith(
                ("e", "en", "er", "es")):
            k -= 1  # an adjective after its article: "eine griechische Botschaft"
        else:
            break
    return k if k < end and any(t.cap for t in toks[k:end]) else -1


def quoted(toks: list[Tok], c: int, text: str, lang: str, pattern: Pattern
           ) -> Attribution | None:
    """The person a German lead-in quotes: "Ein Fernsehsender zitierte Papandreou mit den
    Worten:", "zitierte die Zeitung den Minister:", "wird Watzke … wie folgt zitiert:"."""
    cue = toks[c].text
    for k in range(c):
        if key(toks[k].text) in _PASSIVE:
            m = k + 1  # passive: the person quoted is the subject, right after the auxiliary
            if m < c and candidate(toks, m, text, lang):
                return make_attribution(toks, m, text, lang, cue, pattern)
            return None
    phrases: list[int] = []
    m = c + 1
    while m < len(toks) and len(phrases) < 2 and candidate(toks, m, text, lang):
        phrases.append(m)
        m = noun_phrase(toks, m, text, lang)[0]
        while m < len(toks) and toks[m].text in CLOSING_MARKS:
            m += 1
    if not phrases or (len(phrases) == 1 and clause_start(toks[:c], lang) >= c):
        return None  # "zitierte die Zeitung:" - the medium, not a person quoted by it
    return make_attribution(toks, phrases[-1], text, lang, cue, pattern)


def final_cue(text: str, close_at: int) -> str | None:
    """A German speech verb closing the clause after a quote (no comma in between)."""
    end = clause_end(text, close_at + 1, len(text))
    for t in tokenize(text, close_at + 1, end)[:6]:
        if t.text in ",;:":
            return None
        if is_cue(t.text, "de"):
            return t.text
    return None
