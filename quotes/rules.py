"""Attribution rules as registered units: an id, a place in an explicit order, the languages
they read, and a one-line statement of the pattern.

Each stage that names speakers (the incise inside a quote, the incise after it, the lead-in
before it) keeps an ordered table of :class:`Rule`; :func:`first_match` runs the rules that apply
to the article's language in order and stamps the winner's id on the attribution it returns, so
every attributed quote says which rule named its speaker (the ``rule`` key of the JSON,
``brief --explain``, the per-rule figures of ``benchmarks/bench_quotes.py``).

A rule returns an :class:`~newsbrief.quotes.phrases.Attribution`, ``None`` (not my pattern: the
next rule tries) or :data:`STOP` (my pattern, and it says there is no speaker here: no later rule
may name one - "…, en évoquant une « … »" leaves the speaker to the main clause).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Final, Generic, TypeVar

from newsbrief.quotes.phrases import Attribution


class _Stop:
    """The type of :data:`STOP`."""

    def __repr__(self) -> str:
        return "STOP"


STOP: Final = _Stop()
Outcome = Attribution | _Stop | None
Ctx = TypeVar("Ctx")
Fn = TypeVar("Fn", bound=Callable[..., Outcome])


@dataclass(frozen=True)
class Rule(Generic[Ctx]):
    """One attribution rule: ``id`` (``stage.name``; a language-specific rule carries its
    language, ``de.heisst-es``), the languages it applies to (``only``: these alone; ``skip``:
    all but these), what it recognises (``doc``), and the function that tries it."""

    id: str
    doc: str
    fn: Callable[[Ctx], Outcome]
    only: frozenset[str] | None = None
    skip: frozenset[str] = frozenset()

    def applies(self, lang: str) -> bool:
        """The rule reads articles in ``lang``."""
        return (self.only is None or lang in self.only) and lang not in self.skip


class RuleTable(Generic[Ctx]):
    """The ordered rules of one stage; ``rule`` registers a function as the next rule."""

    def __init__(self, stage: str) -> None:
        self.stage = stage
        self.rules: list[Rule[Ctx]] = []
        self._by_lang: dict[str, tuple[Rule[Ctx], ...]] = {}

    def rule(self, name: str, doc: str, *, only: Iterable[str] | None = None,
             skip: Iterable[str] = ()) -> Callable[[Fn], Fn]:
        """Decorator: append the function to the table as rule ``stage.name``."""
        def register(fn: Fn) -> Fn:
            rule_id = f"{self.stage}.{name}"
            if any(r.id == rule_id for r in self.rules):
                raise ValueError(f"duplicate rule id {rule_id}")
            self.rules.append(Rule(rule_id, doc, fn, None if only is None else frozenset(only),
                                   frozenset(skip)))
            self._by_lang.clear()
            return fn
        return register

    def for_language(self, lang: str) -> tuple[Rule[Ctx], ...]:
        """The rules that apply to ``lang``, in order (filtered once per language)."""
        found = self._by_lang.get(lang)
        if found is None:
            found = self._by_lang[lang] = tuple(r for r in self.rules if r.applies(lang))
        return found

    def first_match(self, ctx: Ctx, lang: str) -> Attribution | None:
        """The attribution of the first rule that applies to ``lang`` and decides (names a
        speaker, or stops), stamped with that rule's id; None when no rule names one."""
        for rule in self.for_language(lang):
            found = rule.fn(ctx)
            if isinstance(found, Attribution):
                return found if found.rule else replace(found, rule=rule.id)
            if found is STOP:
                return None
        return None


def stamp(found: Attribution | None, rule_id: str) -> Attribution | None:
    """``found`` marked as named by ``rule_id`` (for stages whose rules are not tabled)."""
    return None if found is None or found.rule else replace(found, rule=rule_id)


@dataclass(frozen=True)
class RuleDoc:
    """What one rule is, without its code: the id, the pattern it recognises and the languages
    it reads (``only``/``skip`` as in :class:`Rule`)."""

    id: str
    doc: str
    only: frozenset[str] | None = None
    skip: frozenset[str] = frozenset()

    @property
    def languages(self) -> str:
        """``all``, ``de``, ``fr, es, it`` or ``all but de``."""
        if self.only is not None:
            return ", ".join(sorted(self.only))
        return "all but " + ", ".join(sorted(self.skip)) if self.skip else "all"


# Ids stamped outside a RuleTable: the incise inside the marks (attribution.inner, tried before
# any table) and the reading-context fallbacks of extract._quote_group, tried after every table.
_INNER = (
    RuleDoc("inner.verb-first", "« A, explique X, B », “…, said X, …”: an incise inside the "
            "marks, verb first; the quote is cut around it (French also after a question, with "
            "no comma: — Vous reconnaissez les faits ? demande la présidente.)"),
    RuleDoc("inner.subject-first", "“A, X said, B”: an incise inside the marks, subject first",
            only=frozenset({"en"})),
    RuleDoc("inner.dashed-null-subject", "«A —ha lamentado—. B»: an incise between dashes "
            "inside the marks with no subject, where the language drops it; the speaker is whom "
            "the text is about", only=frozenset({"es", "it", "pt"})),
)
_FALLBACK = (
    RuleDoc("fallback.sentence-pronoun", "Er werde „…“ aushandeln: no rule names a speaker, and "
            "the quote's sentence opens with he/she/il/er/él: the pronoun, resolved as an "
            "incise's"),
    RuleDoc("fallback.subjunctive-speaker", "Die Abgeordnete X kritisierte den Etat. Hier seien "
            "„…“: reported speech goes on in the Konjunktiv I; the person a speech verb "
            "introduced since the previous quote", only=frozenset({"de"})),
    RuleDoc("fallback.subjunctive-previous", "Die Beschäftigten seien „…“: reported speech goes "
            "on in the Konjunktiv I; the previous quote's speaker", only=frozenset({"de"})),
    RuleDoc("fallback.next-sentence-subject", "« Ce n'était pas un accident. » Pendant deux "
            "heures, Anne Roy a démonté …: a quote nothing attributes in the first sentence of "
            "its paragraph, which it ends; the person the next sentence names as its subject",
            skip=frozenset({"de"})),
    RuleDoc("fallback.recent-subject", "a quote nothing attributes: the person the text has just "
            "been about (a sentence subject named since the previous quote, in this or the "
            "previous paragraph)"),
    RuleDoc("fallback.previous-speaker", "a quote nothing attributes: the previous quote's "
            "speaker, at most two paragraphs on (a quote continued after its attributed part)"),
    RuleDoc("fallback.dialogue-turn", "—¿Teme una protesta? —Temo más al verano: lines led by "
            "dashes alternate between two speakers; a line no rule attributes takes the speaker "
            "named on the nearest line of its turn (a later run that opens with a question and "
            "names no one goes on with the interview: the answers are the interviewee's)"),
    RuleDoc("fallback.chain-next", "« On ne partira pas. » « On tiendra une semaine », a déclaré "
            "X: a finished statement nothing attributes, followed in its paragraph by nothing but "
            "the next quote, takes the speaker that quote's incise names"),
)


def all_rules() -> tuple[RuleDoc, ...]:
    """Every rule that can name a speaker, in the order they are tried: the incise inside the
    marks, the incise after the quote, the lead-in before it, then the reading-context
    fallbacks."""
    # Imported here: both tables import this module to register their rules.
    from newsbrief.quotes.attribution import INCISE
    from newsbrief.quotes.leadin import LEADIN

    tabled = tuple(RuleDoc(r.id, r.doc, r.only, r.skip)
                   for table in (INCISE, LEADIN) for r in table.rules)
    return _INNER + tabled + _FALLBACK


def describe(rule_id: str) -> str | None:
    """The one-line doc of the rule ``rule_id`` (a quote's ``rule``), None for an unknown id."""
    return next((r.doc for r in all_rules() if r.id == rule_id), None)
