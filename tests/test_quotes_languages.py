"""Each language is a folder of data: every language has every table, and the look-ups the
rules use come from those folders."""

from __future__ import annotations

import pytest

from newsbrief.quotes import lang
from newsbrief.quotes.lexicon import DETERMINERS, LANGS, is_cue


def test_the_languages_are_the_folders() -> None:
    assert set(lang.languages()) >= {"fr", "en", "de", "es", "it"}
    assert LANGS == lang.languages()


@pytest.mark.parametrize("code", lang.languages())
@pytest.mark.parametrize("name", lang.TABLES)
def test_every_language_has_every_table(code: str, name: str) -> None:
    assert lang.table(code, name), f"quotes/lang/{code}/{name}.txt is missing or empty"


@pytest.mark.parametrize("code", lang.languages())
def test_pronoun_genders_are_m_or_f(code: str) -> None:
    for line in lang.table(code, "pronouns"):
        assert len(line.split()) <= 2 and line.split()[1:] in ([], ["m"], ["f"]), line


def test_tables_feed_the_lookups() -> None:
    assert "le" in DETERMINERS["fr"] and "der" in DETERMINERS["de"]
    assert "ministre" in lang.folded("roles", "fr")
    assert is_cue("a déclaré".split()[1], "fr") and is_cue("sagte", "de")


def test_a_missing_table_reads_as_empty() -> None:
    assert lang.table("fr", "no-such-table") == ()
    assert lang.words("xx", "cues") == frozenset()


def test_folded_tables_match_words_folded_for_look_up() -> None:
    # Capitals and accents go, as a looked-up word's do (Der, präsident, niña).
    assert "der" in lang.folded("not_names", "de") and "Der" not in lang.folded("not_names", "de")
    assert "prasident" in lang.folded("roles", "de")
    assert "präsident" not in lang.folded("roles", "de")


def test_folded_tables_keep_accents_for_keyed_look_ups() -> None:
    # key(): lower-case, accents kept, ß as ss (ließ, lässt are not lasst)
    keyed = lang.folded("let_verbs", "de", accents=True)
    assert {"liess", "lässt"} <= keyed and "lasst" not in keyed
    assert "lasst" in lang.folded("let_verbs", "de")


def test_folded_tables_merge_languages_as_union_does() -> None:
    # Without a language: every language's entries, but not those marked ``own``.
    assert lang.folded("roles") >= lang.folded("roles", "fr") | lang.folded("roles", "de")
    assert "do" in lang.folded("np_links", "pt") and "do" not in lang.folded("np_links")
    assert lang.folded("roles", "xx") == frozenset()


def test_folded_tables_are_made_once() -> None:
    assert lang.folded("sources", "en") is lang.folded("sources", "en")


@pytest.mark.parametrize("code", lang.languages())
def test_traits_are_known(code: str) -> None:
    unknown = set(lang.table(code, "traits")) - set(lang.TRAITS)
    assert not unknown, f"quotes/lang/{code}/traits.txt: unknown traits {unknown}"


def test_every_trait_is_had_by_some_language() -> None:
    assert all(lang.having(t) for t in lang.TRAITS)


def test_rule_code_branches_on_traits_not_language_codes() -> None:
    # Language knowledge is data: the rules outside the language folders read traits
    # (`lang in VERB_SECOND`) and tables, not `lang == "de"`. What remains is the speech-verb
    # inflector (one branch per morphology) and one French-only clause test.
    import re
    from pathlib import Path

    quotes = Path(lang.__file__).resolve().parent.parent
    pattern = re.compile(r"lang\s*(?:==|!=|in|not in)\s*[(\"'{]")
    branches = {p.name: len(pattern.findall(p.read_text(encoding="utf-8")))
                for p in quotes.glob("*.py")}
    assert sum(branches.values()) <= 15, branches


def test_no_quote_function_is_longer_than_80_lines() -> None:
    # A rule cascade of hundreds of lines was what made each fix cost more than the last.
    import ast
    from pathlib import Path

    quotes = Path(lang.__file__).resolve().parent.parent
    long = [(p.name, n.name, n.end_lineno - n.lineno + 1)
            for p in quotes.rglob("*.py")
            for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
            if isinstance(n, ast.FunctionDef) and n.end_lineno and n.end_lineno - n.lineno >= 80]
    assert not long, long


@pytest.mark.parametrize("code", lang.languages())
@pytest.mark.parametrize("name", lang.RULE_TABLES)
def test_every_language_has_every_rule_table(code: str, name: str) -> None:
    # A rule's word class may be empty in a language (the rule reads none of its words yet),
    # but the file is there, with its header, for whoever adds them.
    lines = _lines(code, name)
    assert lines and lines[0].startswith("# "), f"quotes/lang/{code}/{name}.txt: no header"


def _lines(code: str, name: str) -> list[str]:
    from importlib import resources

    path = resources.files(lang).joinpath(code, f"{name}.txt")
    return path.read_text("utf-8").splitlines() if path.is_file() else []


def test_every_merged_table_is_listed() -> None:
    # Each table a rule reads merged over every language is one of the listed word classes, so
    # the check above covers it.
    import re
    from pathlib import Path

    quotes = Path(lang.__file__).resolve().parent.parent
    read = {m for p in quotes.glob("*.py")
            for m in re.findall(r'union\("(\w+)"\)', p.read_text(encoding="utf-8"))}
    assert read - set(lang.TABLES) - set(lang.RULE_TABLES) <= {"addressee_verbs"}


# Inline lists of language words left in quotes/*.py (outside quotes/lang/): a string of two or
# more words split into a frozenset or set, or a set literal of two or more words. Each is a
# word class a new language would have to find in the code; the count may only go down (135
# before the word classes moved to the tables of lang.RULE_TABLES). What is left is no word
# class of a language:
# - the regular endings of the speech-verb inflector (lexicon._inflect, one branch per
#   morphology, beside the lemmas it inflects);
# - Roman numerals after a name (phrases._ROMAN: "Louis XIV."), the same in every language;
# - the attribution pattern names (extract._ATTRIBUTED), identifiers, not words.
_SPLIT_LIST = r'("""|")((?:(?!\1).)*?)\1\s*\.split\(\)'
_SET_LITERAL = r'\{\s*"[^"\n]*"(?:\s*,\s*"[^"\n]*")+\s*,?\s*\}'
INLINE_WORD_LISTS = 3


def inline_word_lists() -> dict[str, int]:
    """The inline word lists per module of quotes/ (language codes in ``only={…}`` are not
    words)."""
    import re
    from pathlib import Path

    quotes = Path(lang.__file__).resolve().parent.parent
    alpha = re.compile(r"[^\W\d_]")
    out: dict[str, int] = {}
    for p in sorted(quotes.glob("*.py")):
        source = p.read_text(encoding="utf-8")
        splits = [m.group(2).split() for m in re.finditer(_SPLIT_LIST, source, re.S)]
        sets = [re.findall(r'"([^"\n]*)"', m.group()) for m in re.finditer(_SET_LITERAL, source)]
        lists = [ws for ws in splits + sets
                 if sum(1 for w in ws if alpha.search(w)) >= 2
                 and not set(ws) <= set(lang.languages())]
        if lists:
            out[p.name] = len(lists)
    return out


def test_inline_word_lists_only_go_down() -> None:
    found = inline_word_lists()
    assert sum(found.values()) <= INLINE_WORD_LISTS, found
