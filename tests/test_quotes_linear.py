"""Quote extraction stays linear in the article's length: counted, not timed.

The work that grew quadratically (each look-up scanning every person, every sentence subject or
every mention) reads an entry's ``name`` or ``role``, or walks the sentence subjects. These
tests count those operations on N and on 4N numbered copies of this project's French articles:
linear code does about 4 times the work, a scan of everything seen so far about 16 times.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import SupportsIndex

import pytest

from newsbrief.document.structure import parse_document
from newsbrief.quotes import attribution
from newsbrief.quotes.cast import Cast, Entry
from newsbrief.quotes.extract import extract_quotes
from newsbrief.quotes.subjects import Subjects

ROOT = Path(__file__).resolve().parent.parent
_FR = sorted((ROOT / "tests" / "data" / "quotes" / "fr").glob("*.txt")) + sorted(
    (ROOT / "samples").glob("fr-*.txt"))


def _article(copies: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in _FR]
    parts = [f"{i + 1}.\n\n{texts[i % len(texts)]}" for i in range(copies * len(texts))]
    return "\n\n".join(parts)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count reads of ``Entry.name`` / ``Entry.role`` and subjects walked."""
    count = [0]

    def counted(prop: property) -> property:
        getter = prop.fget
        assert getter is not None

        def get(self: Entry) -> object:
            count[0] += 1
            return getter(self)

        return property(get, prop.fset, doc=prop.__doc__)

    monkeypatch.setattr(Entry, "name", counted(Entry.__dict__["name"]))
    monkeypatch.setattr(Entry, "role", counted(Entry.__dict__["role"]))
    before: Callable[[Subjects, int], Iterator[tuple[int, Entry]]] = Subjects.before

    def walked(self: Subjects, pos: int) -> Iterator[tuple[int, Entry]]:
        for item in before(self, pos):
            count[0] += 1
            yield item

    monkeypatch.setattr(Subjects, "before", walked)
    return count


def _work(count: list[int], copies: int) -> int:
    document = parse_document(_article(copies), "fr")
    count[0] = 0
    report = extract_quotes(document)
    assert len(report.quotes) > copies  # the copies' quotes are found and attributed
    return count[0]


def test_quote_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    count = _counting(monkeypatch)
    small, big = _work(count, 4), _work(count, 16)
    assert small > 0
    assert big / small < 5, (small, big)


def test_the_count_sees_a_quadratic_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """The counter is not blind: scanning every subject (the fallback for subjects out of
    order) makes the same articles cost far more than 4 times as much."""
    count = _counting(monkeypatch)
    monkeypatch.setattr(Subjects, "__init__", _unordered_init)
    small, big = _work(count, 4), _work(count, 16)
    assert big / small > 8, (small, big)


_init = Subjects.__init__


def _unordered_init(self: Subjects, items: list[tuple[int, Entry]],
                    speaking: frozenset[int] = frozenset()) -> None:
    _init(self, items, speaking)
    self.ordered = False


def test_cast_look_ups_read_few_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    """A thousand people, then a look-up of each: the entries read stay proportional."""
    count = _counting(monkeypatch)

    def fill(n: int) -> int:
        cast = Cast()
        for i in range(n):
            cast.add(f"Jean{i:04d} Martin{i:04d}", f"le ministre numéro{i:04d}", i)
        count[0] = 0
        for i in range(n):
            assert cast.find(f"Martin{i:04d}") is cast.entries[i]
            assert cast.find_role(f"le ministre numéro{i:04d}") is cast.entries[i]
            assert cast.last_before(i + 1, 10) is None  # no mentions recorded
        return count[0] + 1

    assert fill(800) / fill(200) < 5


class _Scanned(str):
    """A text that counts the characters its ``find``/``rfind`` calls pass over."""

    scanned = 0

    def rfind(self, sub: str, start: SupportsIndex | None = 0,  # type: ignore[override]
              end: SupportsIndex | None = None, /) -> int:
        lo, hi = int(start or 0), len(self) if end is None else int(end)
        i = str.rfind(self, sub, lo, hi)
        _Scanned.scanned += hi - (i if i >= 0 else max(lo, 0))
        return i

    def find(self, sub: str, start: SupportsIndex | None = 0,  # type: ignore[override]
             end: SupportsIndex | None = None, /) -> int:
        lo, hi = int(start or 0), len(self) if end is None else int(end)
        i = str.find(self, sub, lo, hi)
        _Scanned.scanned += (i + len(sub) if i >= 0 else hi) - max(lo, 0)
        return i


@pytest.mark.parametrize(("lang", "unit"), [
    ("it", "«Sì». "),  # incise.lead-next-subject looks for the article's lead
    ("es", "«Sí», dijeron. "),  # incise.plural-null-subject looks for a plural subject before
])  # fmt: skip
def test_incise_rules_read_near_the_quote(lang: str, unit: str) -> None:
    """Issue 18's dense quotes in guillemets, with no other mark family in the article: the
    incise rules read the text before the last quote from its opening mark, never the article
    back to its start (which made each quote cost the article's length)."""
    text = _Scanned("Titolo — oggi\n\n" + unit * 20_000)
    open_at = text.rindex("«")
    close_at = text.rindex("»")
    _Scanned.scanned = 0
    attribution.after(text, open_at, close_at, len(text), lang, len(text))
    assert _Scanned.scanned < 1_000, _Scanned.scanned
