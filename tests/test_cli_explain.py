"""``brief --explain``: under each quote, the rule that named its speaker, the cue, the words
that named the speaker and the rule's doc."""

from __future__ import annotations

import pytest
from helpers import SAMPLES, RunCli, clean_env

from newsbrief.quotes.rules import describe

FR = SAMPLES / "fr-conseil-municipal.txt"
UNATTRIBUTED = (b"Budget vote\n\nThe council met on Tuesday.\n\n\"We will never accept these "
                b"cuts to the schools and the libraries of this town.\"\n")


def _explained(out: str) -> list[tuple[str, str]]:
    """(quote line, the explain line under it) pairs of a text or markdown brief."""
    lines = out.splitlines()
    return [(lines[i - 1], line.strip()) for i, line in enumerate(lines)
            if line.lstrip("> ").startswith("↳")]


def test_text_shows_each_quotes_rule_cue_mention_and_doc(run_cli: RunCli) -> None:
    p = run_cli("--explain", "-f", "text", str(FR))
    assert p.returncode == 0
    pairs = _explained(p.stdout.decode())
    assert len(pairs) == 8  # one under each of the sample's eight quotes
    assert all(quote.strip().startswith("«") for quote, _ in pairs)
    doc = describe("lead.front-subject")
    assert doc and ("↳ lead.front-subject · cue: défendu · mention: La maire, Hélène Marchal — "
                    + doc) in [why for _, why in pairs]
    verb_first = describe("incise.verb-first")
    assert f"↳ incise.verb-first · cue: affirmé · mention: l’élu — {verb_first}" in [
        why for _, why in pairs]


def test_markdown_puts_the_explanation_in_the_quotes_block(run_cli: RunCli) -> None:
    out = run_cli("--explain", "-f", "markdown", str(FR)).stdout.decode()
    pairs = _explained(out)
    assert len(pairs) == 8
    # the quote line ends in a hard line break, so the explanation renders on a line of its own
    assert all(quote.startswith("> ") and quote.endswith("\\") for quote, _ in pairs)
    assert all(why.startswith("> ↳ ") for _, why in pairs)
    assert "> ↳ incise.passive-agent · cue: jugé · mention: la préfecture" in out


def test_rich_view_shows_the_rule_under_each_quote(run_cli: RunCli) -> None:
    out = run_cli("--explain", "-f", "rich", str(FR), env=clean_env(COLUMNS="400")
                  ).stdout.decode()
    assert out.count("↳ ") == 8
    assert "↳ lead.comma-stretch · cue: conclu · mention: La maire" in out


def test_an_unattributed_quote_says_no_rule_named_a_speaker(run_cli: RunCli) -> None:
    out = run_cli("--explain", "-f", "text", "-", stdin=UNATTRIBUTED).stdout.decode()
    assert "↳ no rule · cue: none · mention: none — no rule named a speaker" in out


def test_without_explain_the_brief_is_unchanged(run_cli: RunCli) -> None:
    plain = run_cli("-f", "text", str(FR)).stdout.decode()
    explained = run_cli("--explain", "-f", "text", str(FR)).stdout.decode()
    assert "↳" not in plain
    assert [ln for ln in explained.splitlines() if "↳" not in ln] == plain.splitlines()


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv"])
def test_explain_with_a_data_format_is_a_usage_error(run_cli: RunCli, fmt: str) -> None:
    p = run_cli("--explain", "-f", fmt, str(FR))
    assert p.returncode == 2
    assert p.stdout == b""
    assert f"--explain writes a line under each quote in text, markdown or rich output, not in " \
        f"{fmt} — drop --explain" in p.stderr.decode()


def test_explain_takes_the_auto_format_over_a_json_default(run_cli: RunCli) -> None:
    p = run_cli("--explain", str(FR), env=clean_env(NEWSBRIEF_FORMAT="json"))
    assert p.returncode == 0
    assert "↳ lead.front-subject" in p.stdout.decode()


@pytest.mark.parametrize("other", ["--annotate", "--summary-only"])
def test_explain_with_annotate_or_summary_only_is_a_usage_error(run_cli: RunCli, other: str
                                                                 ) -> None:
    p = run_cli("--explain", other, str(FR))
    assert p.returncode == 2
    assert "--explain exclude each other" in p.stderr.decode()
