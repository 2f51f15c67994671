"""Who is quoted: the incises inside and right after one quoted piece.

The patterns, tried in this order by :mod:`newsbrief.quotes.extract`:

1. an incise inside the quote (« …, explique X, … »),
2. an incise right after it (« … », a déclaré X / a-t-il ajouté / said X / X said / sagte er /
   so X / dijo X / ha detto X / selon elle),
3. the sentence before it (:mod:`newsbrief.quotes.leadin`): ``X a déclaré : « … »``,
   ``Pour X, « … »``, ``Selon X, …``, or the subject of a speech verb whose complement holds
   the quoted words (fragments),
4. nothing: the caller continues the previous speaker or leaves the quote unattributed.

Everything here is local and bounded (at most a couple of hundred characters around the quote),
so the whole article stays linear. Resolving pronouns and role nouns to people is the caller's
job: it knows the previous speakers.
"""

from __future__ import annotations

from newsbrief.quotes.context import (
    clause_end,
)
from newsbrief.quotes.lexicon import (
    AMBIGUOUS_PREPS,
    AUXILIARIES,
    DE_ADVERBS,
    DETERMINERS,
    MODALS,
    PRONOUNS,
    QUOTING,
    is_aux,
    is_cue,
    key,
)
from newsbrief.quotes.people import Tok, name_at, tokenize
from newsbrief.quotes.phrases import (
    AFTER_CUE_ADVERBS,
    CLOSING_MARKS,
    OBJECT_PRONOUNS,
    OPENING_MARKS,
    PUNCT,
    Attribution,
    candidate,
    clitic_object,
    label_attribution,
    make_attribution,
    noun_phrase,
    source_prep,
)

_REFLEXIVE = frozenset("s' s’ se si sich".split())
_ADDRESSEE_PREPS = frozenset("à au aux to a al ai alla".split())
_AFTER_PREPS = frozenset("selon según secondo".split())


def _verb_first(toks: list[Tok], i: int, text: str, lang: str, pattern: str
                ) -> Attribution | None:
    """``a déclaré X``, ``a-t-il ajouté``, ``s'interroge la députée X``, ``sagte er``,
    ``said X``."""
    j = i
    subject: Attribution | None = None
    while j < len(toks) and j - i < 4:
        f = key(toks[j].text)
        if is_aux(f, lang) or f in _REFLEXIVE or (f in AFTER_CUE_ADVERBS and j > i) or (
                j == i and clitic_object(toks, j, lang)):
            j += 1  # "a ensuite précisé", "s'interroge", "lui avait dit X"
        elif f in PRONOUNS.get(lang, frozenset()) and j > i:
            subject = make_attribution(toks, j, text, lang, None, pattern)
            j += 1
        else:
            break
    if j < len(toks) and key(toks[j].text) in _LASSEN and any(
            key(t.text) in _LET_KNOW for t in toks[j + 1:j + 10]):
        # "ließ ein Sprecher aus Washington verlauten": the speech verb closes the clause.
        return make_attribution(toks, j + 1, text, lang, toks[j].text, pattern)
    if j >= len(toks) or not is_cue(toks[j].text, lang):
        return None
    if lang != "de" and j == i and toks[j].text.casefold().endswith(_PARTICIPLE_ENDINGS):
        return None  # "« … » évoquant des refus": a participle; what follows is its object
    cue = toks[j].text
    k = _skip_addressee(toks, j + 1, lang)
    while k < len(toks) and (key(toks[k].text) in AFTER_CUE_ADVERBS or key(toks[k].text) == "sich"
                             or (key(toks[k].text) in OBJECT_PRONOUNS and lang in ("de", "en"))):
        k += 1  # "répondit alors son complice", "so charakterisierte ihn der Funktionär"
    if subject is None and k < len(toks) and key(toks[k].text) == "es" and lang == "de":
        # "heißt es in dem Schreiben", "hieß es aus dem Ministerium": the source follows.
        k += 1
        while k < len(toks) and key(toks[k].text) in DE_ADVERBS:
            k += 1  # "heißt es dazu in …"
        if k < len(toks) and key(toks[k].text) in {"in", "im", "aus", "bei", "von", "vom"}:
            k += 1
        return make_attribution(toks, k, text, lang, cue, pattern)
    if subject is not None:
        return Attribution(subject.mention, subject.start, None, None, True, cue, pattern)
    if k + 1 < len(toks) and key(toks[k].text) in DETERMINERS.get(lang, frozenset()) and toks[
            k + 1].text in OPENING_MARKS:
        k += 1  # "schreibt die „Computerwoche“"
    source = make_attribution(toks, k, text, lang, cue, pattern)  # "schrieb „Die Zeit“"
    if key(cue) not in QUOTING:
        return source
    # "zitiert Welt-Online den Minister", "zitiert die „Computerwoche“ Lynch": the medium quotes;
    # the person after it said the words.
    if source is None:
        if k >= len(toks) or "." not in toks[k].text:
            return None
        source, after_source = label_attribution(text, toks[k], toks[k], cue, pattern), k + 1
        # ("zitiert ndr.de Polizeisprecher X": a web address as the medium)
    elif toks[k].text in OPENING_MARKS:
        after_source = next((m + 1 for m in range(k + 2, len(toks))
                             if toks[m].text in CLOSING_MARKS), len(toks))
    else:
        after_source = noun_phrase(toks, k, text, lang)[0]
    return quoted_person(toks, after_source, text, lang, cue, pattern) or source


def quoted_person(toks: list[Tok], k: int, text: str, lang: str, cue: str, pattern: str
                  ) -> Attribution | None:
    """The person a medium quotes, as the object of ``zitiert`` at ``toks[k]``."""
    if k < len(toks) and candidate(toks, k, text, lang) and key(toks[k].text) not in PRONOUNS.get(
            lang, frozenset()):
        return make_attribution(toks, k, text, lang, cue, pattern)
    return None


def _skip_addressee(toks: list[Tok], k: int, lang: str) -> int:
    """Skip "à l'AFP", "au Figaro", "to reporters", "a los periodistas" after a speech verb
    when a speaker follows it ("a expliqué à l'AFP Gilles-Éric Séralini")."""
    if k >= len(toks) or key(toks[k].text) not in _ADDRESSEE_PREPS:
        return k
    m = k + 1
    while m < len(toks) and m - k <= 3 and toks[m].text not in PUNCT and not (
            m > k + 1 and name_at(toks, m, lang) - m >= 2):
        m += 1
    if m < len(toks) and name_at(toks, m, lang) - m >= 2:
        if toks[m].text.isupper() and name_at(toks, m + 1, lang) - (m + 1) >= 1:
            m += 1  # "à l'AFP Jean-Philippe Magnen": the acronym is the addressee
        return m
    return k


def _np_first(toks: list[Tok], i: int, text: str, lang: str, pattern: str
              ) -> Attribution | None:
    """``X said``, ``she said``, ``Vladimir Poutine a déclaré``, ``Hugh Hill, a doctor, said``."""
    if i >= len(toks) or not candidate(toks, i, text, lang):
        return None  # "cette option sera analysée" is not "X said"
    found = make_attribution(toks, i, text, lang, None, pattern)
    if found is None:
        return None
    end, _, _ = noun_phrase(toks, i, text, lang)
    if end + 2 < len(toks) and toks[end].text == "," and toks[end + 1].text.isdigit() and toks[
            end + 2].text == ",":
        end += 3  # "Josh Hatfield, 27, told the Post": the age set off by commas
    k = end
    while k < len(toks) and k - end < 3 and (
        key(toks[k].text) in AUXILIARIES or key(toks[k].text) in _REFLEXIVE
        or key(toks[k].text) in {"also", "then", "aussi", "alors", "auch", "ensuite"}
    ):
        k += 1
    if k < len(toks) and is_cue(toks[k].text, lang):
        return Attribution(found.mention, found.start, found.name, found.role, found.pronoun,
                           toks[k].text, pattern)
    return None


def _finished(text: str, close_at: int) -> bool:
    """The quote ends a sentence (full stop, question or exclamation mark) inside its marks."""
    j = close_at - 1
    while j > 0 and text[j] in " \u00a0\u202f":
        j -= 1
    return j >= 0 and text[j] in ".?!…"


def after(text: str, close_at: int, limit: int, lang: str) -> Attribution | None:
    """The incise right after a closing mark at ``close_at``."""
    end = clause_end(text, close_at + 1, limit)
    if end < limit and text[end] in "„“«\"":
        # A short name in marks goes on with the incise: ", schreibt die „Computerwoche“."
        shut = next((j for j in range(end + 2, min(limit, end + 40)) if text[j] in "“”»«\""),
                    -1)
        if shut > 0 and not any(c in ".!?,;:" for c in text[end:shut]):
            end = clause_end(text, shut + 1, limit)
    toks = tokenize(text, close_at + 1, end)
    inside = bool(toks) and _finished(text, close_at) and key(toks[0].text) in _THAT
    if lang == "de" and (not toks or toks[0].text == "." or inside):
        # „…“. Das erklärte General X / „… .“ Das musste X einräumen: the next sentence names
        # the speaker of the quote.
        nxt = toks if inside else tokenize(text, end + 1, clause_end(text, end + 1, limit))
        if len(nxt) > 2 and key(nxt[0].text) in _THAT:
            found = _verb_first(nxt, 1, text, lang, "incise")
            if found is None and key(nxt[1].text) in AUXILIARIES | MODALS and any(
                    is_cue(t.text, lang) for t in nxt[3:]):
                # „…“. Das musste der Minister einräumen: the verb closes the clause.
                cue = next(t.text for t in nxt[3:] if is_cue(t.text, lang))
                found = make_attribution(nxt, 2, text, lang, cue, "incise")
            if found is not None or not inside:
                return found  # (inside: „…“ so das Fazit der X is a source incise, below)
    i = 0
    while i < len(toks) and toks[i].text in ",—–-":
        i += 1  # not ";": a semicolon starts a new clause, not an incise
    if i >= len(toks):
        return None
    if i == 0 and lang == "fr" and _inverted(toks, text):
        return _verb_first(toks, 0, text, lang, "incise")  # « … » avait-il lancé
    if i == 0 and _finished(text, close_at) and key(toks[0].text) != "so":
        if toks[0].text[:1].islower():
            # „… etabliert.“ erklärte die Ministerin: a new sentence would open with a capital.
            return _verb_first(toks, 0, text, lang, "incise")
        return None  # „… .“ Er forderte …: a new sentence, not an incise (but „…“ so X)
    dash = text[close_at] in "—–"  # a dialogue line: "—Está todo listo —dijo el entrenador."
    if i == 0 and not dash and lang in ("fr", "es", "it") and key(toks[0].text) not in _AFTER_PREPS:
        # French/Spanish/Italian incises follow a comma, but real text often drops it
        # (« … » a déclaré X); any other word is the sentence going on ("le « partenariat »
        # qu'ils ont scellé") - unless that clause ends in an incise of its own ("… d'ici
        # 2025, a-t-il ajouté").
        return _verb_first(toks, 0, text, lang, "incise") or _late_incise(toks, text, lang)
    found = _incise_at(toks, i, text, lang)
    if found is None:
        # "„…“ über das Geschehen, sagte die Königin": an incise after the clause that goes
        # on; after a comma, only one that names a person ("« … », y compris le montant …,
        # commente Song Myung-Sup")
        late = _late_incise(toks, text, lang)
        return late if i == 0 or (late is not None and late.name) else None
    return found


_PARTICIPLE_ENDINGS = ("ant", "ing", "ando", "endo")
_THAT_WORDS = frozenset("que qu' qu’ that che".split())


def participle_lead(toks: list[Tok], text: str, close_at: int, lang: str) -> Attribution | None:
    """"Estimant que « … », il vota contre": a speech verb's present participle opens the
    sentence (``toks`` is the lead-in), so its subject is the main clause's, after the quote."""
    if not toks or len(toks) > 2 or lang == "de" or close_at < 0:
        return None
    if not toks[0].text.casefold().endswith(_PARTICIPLE_ENDINGS) or not is_cue(toks[0].text, lang):
        return None
    if len(toks) == 2 and key(toks[1].text) not in _THAT_WORDS:
        return None
    after_quote = tokenize(text, close_at + 1, clause_end(text, close_at + 1, len(text)))
    if len(after_quote) < 2 or after_quote[0].text != ",":
        return None
    return make_attribution(after_quote, 1, text, lang, toks[0].text, "subject")


_LASSEN = frozenset(w.casefold() for w in "ließ ließen lässt lassen".split())
_LET_KNOW = frozenset("verlauten mitteilen wissen ausrichten erklären".split())
_THAT = frozenset("das dies so".split())


def _inverted(toks: list[Tok], text: str) -> bool:
    """``avait-il``, ``ajoute-t-elle``: a verb and its subject pronoun joined by a hyphen."""
    for k in range(min(3, len(toks) - 1)):
        gap = text[toks[k].end:toks[k + 1].start]
        if gap in ("-", "-t-") and key(toks[k + 1].text) in PRONOUNS["fr"]:
            return True
    return False


def _late_incise(toks: list[Tok], text: str, lang: str) -> Attribution | None:
    """An incise after a comma of the clause that goes on after a quoted fragment ("„…“ über
    das Geschehen, sagte die Königin, …")."""
    stop = next((c for c, t in enumerate(toks) if t.text in ";:"), len(toks))
    # (a semicolon or a colon opens another clause: "« … » ; il est bon de rappeler que,
    # d'après le droit international, …")
    for k in (c + 1 for c, t in enumerate(toks[:stop]) if t.text == "," and c + 1 < stop):
        p = source_prep(toks, k, lang)
        if p > 0 and key(toks[k].text) not in AMBIGUOUS_PREPS:
            return make_attribution(toks, p, text, lang, None, "source")
        found = _verb_first(toks, k, text, lang, "incise")
        if found is not None:
            return found
    return None


def _incise_at(toks: list[Tok], i: int, text: str, lang: str) -> Attribution | None:
    """The incise patterns at ``toks[i]``: source word, verb first, or noun phrase first."""
    p = source_prep(toks, i, lang)
    if p > 0 and key(toks[i].text) not in AMBIGUOUS_PREPS:
        # "so der Bürgermeister"; "so charakterisierte ihn der X" is a verb-first incise.
        return make_attribution(toks, p, text, lang, None, "source") or _verb_first(
            toks, p, text, lang, "incise")
    # German puts the verb first after a quote ("„…“, sagte X"): "„…“, X bezeichnete …" is a
    # main clause of its own, about something else.
    found = _verb_first(toks, i, text, lang, "incise")
    if found is None and lang != "de":
        found = _np_first(toks, i, text, lang, "incise")
    return found or _aux_np_participle(toks, i, text, lang)


def _aux_np_participle(toks: list[Tok], i: int, text: str, lang: str) -> Attribution | None:
    """German perfect incise: „…“, hatte VW-Chef Winterkorn in einem Interview erklärt."""
    if lang != "de" or i >= len(toks) or key(toks[i].text) not in AUXILIARIES:
        return None
    if i + 1 >= len(toks) or not candidate(toks, i + 1, text, lang):
        return None
    end, _, _ = noun_phrase(toks, i + 1, text, lang)
    for k in range(end, min(len(toks), end + 8)):
        if toks[k].text in ",.;:":
            break
        if is_cue(toks[k].text, lang):
            return make_attribution(toks, i + 1, text, lang, toks[k].text, "incise")
    return None


def inner(text: str, start: int, end: int, lang: str) -> tuple[int, int, Attribution] | None:
    """An incise inside one pair of marks: (cut, resume, attribution) where the quote is
    ``[start, cut)`` + ``[resume, end)``; ``resume == end`` for a trailing ``…, dit-il.``"""
    toks = tokenize(text, start, end)
    for i, t in enumerate(toks):
        if t.text != "," or i + 2 >= len(toks):
            continue
        att = _verb_first(toks, i + 1, text, lang, "inner")
        if att is None and lang == "en":
            att = _np_first(toks, i + 1, text, lang, "inner")
        if att is None or (lang == "de" and not any(
                t.start == att.start and candidate(toks, n, text, lang)
                for n, t in enumerate(toks))):
            continue  # (German: "…, stellt ein Friedensrisiko dar" is the quote's own clause)
        # The incise must end at the next comma or at the end of the quote.
        k = i + 1
        while k < len(toks) and toks[k].text not in ",.;:!?" and k - i < 12:
            k += 1
        if k >= len(toks) or toks[k].text == "," or k == len(toks) - 1:
            resume = toks[k].end if k < len(toks) else end
            while resume < end and text[resume].isspace():
                resume += 1
            return t.start, resume if k < len(toks) - 1 else end, att
    return None
