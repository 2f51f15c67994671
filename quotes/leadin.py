"""Attribution from the clause that leads into a quote.

``X a déclaré : « … »``, ``Pour X, « … »``, ``Selon X, …``, ``…, précise l'ambassadeur, Bernard
Bajolet : « … »``, German V2 order (``Gegenüber dem Tagesspiegel sagte der Linkspolitiker:``),
and the subject of a speech verb whose complement holds quoted words (fragments). The patterns
of German word order live in :mod:`newsbrief.quotes.german`, the subject positions away from the
verb in :mod:`newsbrief.quotes.clauses`.
"""

from __future__ import annotations

import re

from newsbrief.quotes.attribution import participle_lead
from newsbrief.quotes.clauses import (
    VERB_GROUP,
    as_said_by,
    front_subject,
    named_before,
    prep_object,
    relative_subject,
)
from newsbrief.quotes.context import (
    WINDOW,
    infinitive,
    initial,
    speech_verb,
    speech_words,
)
from newsbrief.quotes.german import (
    NOMINATIVE,
    PREPS_DE,
    apposed_subject,
    de_front,
    final_cue,
    heisst_es,
    inner_source,
    passive_agent,
    quoted,
    relative,
)
from newsbrief.quotes.lexicon import (
    AMBIGUOUS_PREPS,
    AUXILIARIES,
    DE_ADVERBS,
    DETERMINERS,
    NAMING_VERBS_EN,
    QUOTING,
    key,
)
from newsbrief.quotes.people import Tok, name_at, tokenize
from newsbrief.quotes.phrases import (
    AFTER_CUE_ADVERBS,
    CLOSING_MARKS,
    OBJECT_PRONOUNS,
    OBLIQUE,
    PUNCT,
    Attribution,
    candidate,
    clause_start,
    comma_stretches,
    first_candidate,
    make_attribution,
    noun_phrase,
    person_like,
    skip_paren,
    source_prep,
)
from newsbrief.quotes.titles import title_word

_AND = frozenset("und sowie".split())
_AFFILIATION = frozenset("de du des d' d’ of from del di della".split())
_CAPITAL_ARTICLES = frozenset("Der Die Das".split())


def _heading_end(toks: list[Tok]) -> int:
    """German: where the clause starts after a heading run into it with no full stop
    ("Vorschlag an den Bundestag Der Bundesrat schlug …", "Neue Pläne Bereits im Mai hatte
    …"): a capitalised article (before a noun) or sentence adverb right after a capitalised
    word opens a sentence (0 when none does)."""
    for k in range(len(toks) - 2, 0, -1):
        t = toks[k]
        opens = (t.text in _CAPITAL_ARTICLES and toks[k + 1].cap) or (
            t.cap and key(t.text) in DE_ADVERBS)
        if opens and toks[k - 1].cap and toks[k - 1].text.isalpha() and not title_word(
                toks[k - 1].text, "de"):
            return k  # (but "der Rockband Die Happy": a band's name)
    return 0


def _gerund_after_comma(toks: list[Tok], c: int) -> bool:
    """``toks[c]`` is a French gerund set off by a comma ("…, en évoquant", "…, tout en
    estimant"): its subject is the main clause's, which the lead-in does not hold."""
    if c < 2 or key(toks[c - 1].text) != "en" or not key(toks[c].text).endswith("ant"):
        return False
    k = c - 2
    if key(toks[k].text) == "tout" and k > 0:
        k -= 1
    return toks[k].text == ","


_CLAUSE_MARKS = re.compile(r"[()\n.!?:]")  # the only characters that can end a clause
_CLAUSE_CONJ = frozenset("mais et or donc puis but and yet aber und pero y ma e".split())


def before(text: str, open_at: int, floor: int, lang: str, close_at: int = -1
           ) -> Attribution | None:
    """Attribution from the clause that leads to an opening mark at ``open_at`` (and, for
    German, the verb that ends the clause after the quote closing at ``close_at``: „…“
    zurückgewiesen / bezeichnet)."""
    a = max(floor, open_at - WINDOW)
    last = open_at - 1
    while last > a and (text[last].isspace() or text[last] == ":"):
        last -= 1  # the colon that introduces the quote belongs to its clause
    closed = 0  # parentheses closed between here and the quote
    # Only these characters change the state below: visit them alone, last first.
    for j in reversed([m.start() for m in _CLAUSE_MARKS.finditer(text, a, open_at)]):
        ch = text[j]
        if ch == ")":
            closed += 1
        elif ch == "(" and closed:
            closed -= 1
        elif (ch == "(" and text[j + 1:open_at].strip()) or ch == "\n" or (
                ch in ".!?" and j + 1 < open_at and (text[j + 1].isspace() or (
                    text[j + 1] in CLOSING_MARKS and j + 2 < open_at and text[j + 2].isspace()))
                and not initial(text, j)) or (ch == ":" and j < last):
            # (a quoted sentence ends the sentence it closes: "… Abpfeifen!“ Peter Struck")
            # (an earlier colon ends a clause too: "…, scharf: So sagte X:"; a quote inside
            # brackets has the bracket's clause: "… (Jean-François Copé déplora un « … »)")
            a = j + 1
            break
    toks = tokenize(text, a, open_at)
    while toks and (toks[0].text in PUNCT or toks[0].text == "-"
                    or key(toks[0].text) in _CLAUSE_CONJ):
        toks = toks[1:]  # "Mais pour Obama, « … »", "18 juillet 2012. - Le quotidien …"
    if lang == "de":
        toks = toks[_heading_end(toks):]
    if not toks:
        return None
    found = participle_lead(toks, text, close_at, lang)
    if found is not None:
        return found
    inner = text[open_at + 1:close_at].strip() if close_at > open_at else ""
    if len(toks) >= 3 and toks[-1].text == "(" and inner[:1].isupper() and len(inner.split()) >= 4:
        # "…, Mohammed ElBaradei („Mir fällt niemand ein …“), …": a sentence in parentheses
        # right after a name is that person's (not a gloss: 'Dar El Bisklette ("la maison du
        # vélo")', "Magnitski („Akte“)").
        for k in range(len(toks) - 2, max(-1, len(toks) - 7), -1):
            if name_at(toks, k, lang) == len(toks) - 1 and (k == 0 or not toks[k - 1].cap):
                return make_attribution(toks[:-1], k, text, lang, None, "source")
    # "Selon X, « … »" / "Pour Hélène Vidal, « … »" / "Laut X …".
    p = source_prep(toks, 0, lang)
    if p > 0 and (key(toks[0].text) not in AMBIGUOUS_PREPS or (
            p < len(toks) and candidate(toks, p, text, lang))):
        # "Pour Hélène Vidal, « … »" but not "Pour construire ce code, …".
        found = make_attribution(toks, p, text, lang, None, "source")
        if found is not None or key(toks[0].text) != "so":
            return found  # "So heißt es in …": German "so" opens a clause, too
    found = as_said_by(toks, text, lang)
    if found is not None:
        return found
    colon = toks[-1].text == ":"
    cues = [k for k, t in enumerate(toks)
            if speech_verb(text, t, lang) and not infinitive(toks, k, lang)
            and not (k > 0 and (t.cap or key(toks[k - 1].text) in DETERMINERS.get(lang, ())))
            and not (lang == "de" and k > 1 and key(toks[k - 2].text) in OBLIQUE
                     and toks[k - 1].text[:1].islower())]
    # (a verb is not capitalised inside a clause - "in Frage stellen", Ray's hit "Cry" - nor
    # does it follow an article: "the muse", "mit einem refrainartig skandierten „…“")
    pattern = "colon" if colon else "subject"
    if lang == "fr" and cues and _gerund_after_comma(toks, cues[-1]):
        return None  # "…, en évoquant une « … »": the gerund's subject is the main clause's
    if lang == "de":
        found = heisst_es(toks, text, lang) or relative(
            toks, cues, text, lang, close_at, pattern) or passive_agent(
            toks, cues, text, lang, close_at, pattern)
        if found is not None:
            return found
    if lang == "de" and (not cues or any(key(t.text) in _EXPLICIT_SOURCE for t in toks)):
        # "Das Buch ist laut einem Jury-Mitglied eine „…“", "…, so Elshorst weiter: „…“",
        # "Korrespondentenberichten zufolge befinden sich …"; with a speech verb too, the
        # report names its source: "sagte die Kanzlerin einigen Teilnehmern zufolge: „…“".
        found = inner_source(toks, text, lang)
        if found is not None:
            return found
    if not cues and not colon and lang == "de" and close_at >= 0:
        final = final_cue(text, close_at)
        if final is not None:
            s = clause_start(toks, lang)
            if candidate(toks, s, text, lang):
                return make_attribution(toks, s, text, lang, final, "subject")
    if cues and lang != "de":
        found = relative_subject(toks, cues, text, lang, pattern)
        if found is not None:
            return found
        c = cues[-1]
        front = front_subject(toks, c, text, lang)
        if front is not None:
            # "La maire, Hélène Marchal, a défendu un texte « … »": the subject before the verb,
            # not its object after it.
            att = make_attribution(toks, front, text, lang, toks[c].text, pattern)
            if att is not None:
                return att
        # "…, précise l'ambassadeur de France, Bernard Bajolet : « … »": inverted subject (but
        # what follows "called" is what is named: "He called Scientology “brilliant”").
        nxt = c + 1
        while nxt < len(toks) and key(toks[nxt].text) in AFTER_CUE_ADVERBS:
            nxt += 1
        if nxt < len(toks) and key(toks[c].text) not in _NAMES_OBJECT and candidate(
                toks, nxt, text, lang):
            end, name, _ = noun_phrase(toks, nxt, text, lang)
            v = c  # the verb group: ", a indiqué David Grout, …"
            while v > 0 and key(toks[v - 1].text) in VERB_GROUP:
                v -= 1
            incise = v > 0 and toks[v - 1].text == "," and toks[end - 1].text not in PUNCT
            if end >= len(toks) or (toks[end].text == ":" and end == len(toks) - 1) or (
                    incise and (toks[end].text in ",." or (
                        name is not None and key(toks[end].text) in _AFFILIATION))):
                # (", affirme Rami Abd al-Rahman, directeur de l'OSDH.", "…, affirme Rami Abd
                # al-Rahman de l'Observatoire …": an incise of its own)
                att = make_attribution(toks, nxt, text, lang, toks[c].text, pattern)
                if att is not None:
                    return att
        # "À la fin du match, face aux Bulgares, il avait lâché :": the subject opens the
        # comma-separated stretch nearest to the verb.
        segments = comma_stretches(toks, c)
        for n, s in enumerate(segments):
            while s < c and key(toks[s].text) in _CLAUSE_CONJ:
                s += 1  # "Mais le premier ministre …"
            end, name, role = noun_phrase(toks, s, text, lang)
            if s < end <= c and candidate(toks, s, text, lang) and (
                    end == c or toks[end].text[:1].islower()
                    or (toks[end].text == "," and end + 1 == c)):
                if (name is None or (role and name.isupper())) and n + 1 < len(segments):
                    # "Barroso, le président de la Commission, se dit", "Nadine Morano,
                    # ex-députée UMP, l'avait appelé": the name before the role apposition is
                    # the subject (an acronym after a role is the role's body).
                    prev = segments[n + 1]
                    p_end, p_name, _ = noun_phrase(toks, prev, text, lang)
                    if p_name is not None and p_end >= s - 1:
                        s = prev
                att = make_attribution(toks, s, text, lang, toks[c].text, pattern)
                if att is not None:
                    return att
    if cues and lang == "de" and key(toks[cues[-1]].text) in QUOTING:
        found = quoted(toks, cues[-1], text, lang, pattern)
        if found is not None:
            return found
    coordinated = bool(cues) and lang == "de" and cues[-1] > 1 and key(
        toks[cues[-1] - 1].text) in _AND
    if coordinated:
        # "… befand der Premierminister X den Angriff als gerechtfertigt und nannte ihn „…“":
        # the coordinated verb shares the subject of the first clause.
        s = clause_start(toks, lang)
        if (s + 2 < cues[-1] and key(toks[s].text) in NOMINATIVE and toks[s + 1].cap
                and toks[s + 2].text[:1].islower()):
            # "Die CCE bestätigte … und nannte sie „…“": the clause opens with its subject.
            att = make_attribution(toks, s, text, lang, toks[cues[-1]].text, pattern)
            if att is not None:
                return att
        for k in range(cues[-1] - 1):
            if candidate(toks, k, text, lang) and person_like(toks, k, lang) and not (
                    k > 0 and key(toks[k - 1].text) in OBLIQUE | PREPS_DE) and not (
                    k > 1 and toks[k - 2].cap and key(toks[k].text) in DETERMINERS["de"]):
                # (not a genitive: "die Aussage der Gewerkschaft")
                att = make_attribution(toks, k, text, lang, toks[cues[-1]].text, pattern)
                if att is not None:
                    return att
    if cues and lang == "de":
        found = apposed_subject(toks, cues[-1], text, lang) or de_front(toks, cues, text, lang)
        if found is not None:
            return found
        # V2 order: "Gegenüber dem Tagesspiegel sagte der Linkspolitiker:", "Relativierend
        # fügt Gall hinzu:" - a person right after the verb is its subject.
        if coordinated:
            return None  # "… und skandierten Sprüche wie „…“": what follows is the object
        c = cues[-1]
        nxt = c + 1
        while nxt < len(toks) and key(toks[nxt].text) in _BEFORE_V2_SUBJECT:
            nxt += 1  # "nahm jetzt auch der Ministerpräsident … Stellung"
        if nxt < len(toks) and candidate(toks, nxt, text, lang) and person_like(toks, nxt, lang):
            att = make_attribution(toks, nxt, text, lang, toks[c].text, pattern)
            if att is not None:
                return att
    if cues:
        c = cues[-1]
        s = clause_start(toks[:c], lang)
        end, _, _ = noun_phrase(toks, s, text, lang)
        end = skip_paren(toks, end)  # "Renate Schmidt (SPD) äußerte"
        opens = s < end < len(toks) and (end == c or toks[end].text[:1].islower())
        if opens and candidate(toks, s, text, lang):
            # The clause opens with its subject: "Die CCE bestätigte … und nannte sie „…“".
            att = make_attribution(toks, s, text, lang, toks[c].text, pattern)
            if att is not None:
                return att
        # German (and inverted) order: "erklärte er:", "sagte Filep Karma:".
        nxt = c + 1
        while nxt < len(toks) and key(toks[nxt].text) in AUXILIARIES | OBJECT_PRONOUNS:
            nxt += 1
        named_end = end  # where the last noun phrase read so far ends
        if nxt < len(toks) and candidate(toks, nxt, text, lang):
            named_end, _, _ = noun_phrase(toks, nxt, text, lang)
            if named_end >= len(toks) or toks[named_end].text in ",:" or lang == "de":
                att = make_attribution(toks, nxt, text, lang, toks[c].text, pattern)
                if att is not None:
                    return att
        if opens and key(toks[s].text) in DETERMINERS.get(lang, frozenset()) and any(
                t.cap or t.text.endswith(("'s", "’s")) for t in toks[s + 1:named_end]):
            # "Die SPD sagte …", "The port's operator described …": a determiner and a
            # capitalised or possessive noun, in subject position (not "Those words make fans
            # think": no capital from the subject to the end of the noun phrase after the verb,
            # so no body nor person is named).
            att = make_attribution(toks, s, text, lang, toks[c].text, pattern)
            if att is not None:
                return att
        if lang == "de":
            best = first_candidate(toks, s, c, text, lang)
        elif candidate(toks, s, text, lang) or (
                s < len(toks) and not toks[s].cap and noun_phrase(toks, s, text, lang)[0] > s):
            best = named_before(toks, s, text, lang)
            # "Le procureur a évoqué …", "certains wikipédiens estiment …"; "Nadine Morano,
            # ex-députée UMP, l'avait appelé": the name the role is apposed to
        else:
            # "Mise à jour — 16:50 (UTC) : Jean-Marie Le Pen affirme …": a full name later on.
            best = next((k for k in range(c) if name_at(toks, k, lang) - k >= 2), -1)
        att = make_attribution(toks, best, text, lang, toks[c].text, pattern) if best >= 0 else None
        if att is not None:
            return att
    if colon and lang != "de":
        # "Indépendant depuis 2007, le maire de New York prend peu de risque : « … »".
        for s in comma_stretches(toks, len(toks) - 1):
            end, _, _ = noun_phrase(toks, s, text, lang)
            if s < end < len(toks) - 1 and candidate(toks, s, text, lang) and toks[
                    end].text[:1].islower():
                return make_attribution(toks, s, text, lang, None, pattern)
    if colon:
        best = first_candidate(toks, 0, len(toks) - 1, text, lang)
        while best > 0 and prep_object(toks, best, lang):
            # "… uploaded to LiveLeak: “…”", "… im Bezirk Weser-Ems weist Hartmann von sich:":
            # the object of a preposition is not the speaker
            nxt = best
            if lang == "de":
                nxt = noun_phrase(toks, best, text, lang)[0]
                while nxt < len(toks) and key(toks[nxt].text) in {"der", "des"}:
                    nxt = max(nxt + 1, noun_phrase(toks, nxt, text, lang)[0])  # its genitive
            best = first_candidate(toks, max(nxt, best + 1), len(toks) - 1, text, lang)
        if best >= 0:
            return make_attribution(toks, best, text, lang, None, pattern)
        if lang != "de":
            s = clause_start(toks, lang)
            found = make_attribution(toks, s, text, lang, None, pattern)
            if found is not None and found.name is None and found.role is None:
                return None  # "quand, tout à coup, quelqu'un a lancé :" - no noun, no one
            return found
        return None
    if lang != "de" and speech_words(toks, lang):
        # "Dans une longue déclaration commune, Pékin et Moscou affichent … le « … »".
        s = clause_start(toks, lang)
        if candidate(toks, s, text, lang):
            return make_attribution(toks, s, text, lang, None, "context")
    return None


_EXPLICIT_SOURCE = frozenset("zufolge angaben meinung ansicht auffassung".split())


# Naming verbs: what follows is the one named, not the speaker ("He called Scientology …",
# "Mélenchon avait appelé Marine Le Pen « … »", "a traité son rival de « … »").
_NAMES_OBJECT = NAMING_VERBS_EN | frozenset("""calls branded appelé appelée appelle appelait
    qualifié qualifiée qualifie qualifiait traité traitée traite traitait surnommé
    surnommée""".split())
# What may stand between a German speech verb and its subject: "sagte ihm der", "fügte sich
# die", "nahm jetzt auch der Ministerpräsident".
_BEFORE_V2_SUBJECT = OBJECT_PRONOUNS | AFTER_CUE_ADVERBS | frozenset(
    "sich jetzt nun heute gestern inzwischen erneut bereits".split())
