"""The whole pipeline on hostile text: ``analyze`` never raises, its offsets hold, its output is
deterministic; odd shapes of article (quotes that never close, no punctuation, only headings,
languages without stemmer or stop words) still get a brief; nothing touches the network or
unpickles anything."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, SAMPLES, RunCli, clean_env
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.brief import Brief, to_dict
from newsbrief.pipeline import analyze

PIECES = [
    "«", "»", "« ", " »", "“", "”", "„", "‘", "’", "‹", "›", '"', "'", "「", "」", ".", "!", "?",
    "…", ":", ",", " — ", "\n", "\n\n", "\t", " ", "\x00", "\x1b[31m", "\u202e", "\u2028",
    "\x85", "\ufeff", "[bold]", "[/]", ":fire:", "# ", "- ", "said", "a dit", "sagte", "dijo",
    "Jean Dupont", "the minister", "Mr.", "U.S.", "你好", "。", "مرحبا", "Σ", "İ", "ﬁ", "😀",
    "e\u0301", "2024-05-01",
]  # fmt: skip
HOSTILE_TEXT = st.lists(
    st.sampled_from(PIECES) | st.text(max_size=8)
    | st.from_regex(r"[A-Za-zÀ-ÿ]{1,9}", fullmatch=True),
    max_size=80,
).map("".join)


def check_brief(text: str, brief: Brief) -> None:
    """Every offset lies inside ``text`` and slices out exactly the reported text."""
    for q in brief.quotes:
        assert 0 <= q.start <= q.end <= len(text), q
        assert text[q.start : q.end] == q.text, q
    for s in brief.summary:
        assert 0 <= s.start <= s.end <= len(text), s
        assert text[s.start : s.end] == s.text, s
    assert brief.summary == tuple(sorted(brief.summary, key=lambda s: s.start))


def brief_of(text: str, **options: Any) -> Brief:
    """``analyze(text)`` after checking its offsets."""
    brief = analyze(text, **options)
    check_brief(text, brief)
    return brief


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE_TEXT | st.text(max_size=300))
def test_analyze_never_raises_and_offsets_hold(text: str) -> None:
    brief = brief_of(text)
    once = json.dumps(to_dict(brief), ensure_ascii=False)
    assert json.dumps(to_dict(analyze(text)), ensure_ascii=False) == once


@settings(max_examples=60, deadline=None)
@given(HOSTILE_TEXT, st.sampled_from(["en", "fr", "de", "fi", "el", "zh", "ja", "ar", "xx"]))
def test_any_language_code_is_accepted(text: str, lang: str) -> None:
    assert brief_of(text, lang=lang).language == lang


LANGUAGES = {
    "fi": ("Helsingin kaupunginvaltuusto hyväksyi keskiviikkona ensi vuoden talousarvion. "
           "Pormestari Anna Virtanen sanoi, että ”päätös turvaa palvelut”. Oppositio arvosteli "
           "leikkauksia kouluista. Kaupunki aikoo myös rakentaa uuden kirjaston keskustaan. "
           "Äänestys päättyi selvin luvuin."),
    "el": ("Το δημοτικό συμβούλιο της Αθήνας ενέκρινε την Τετάρτη τον προϋπολογισμό. «Η απόφαση "
           "προστατεύει τις υπηρεσίες», δήλωσε ο δήμαρχος Νίκος Παππάς. Η αντιπολίτευση "
           "επέκρινε τις περικοπές στα σχολεία. Η πόλη σχεδιάζει επίσης νέα βιβλιοθήκη."),
    "zh": ("市议会周三批准了明年的预算。市长王伟表示：“这一决定保障了公共服务。”"
           "反对派批评了对学校的削减。该市还计划在市中心新建一座图书馆。投票结果十分明确。"),
    "ja": ("市議会は水曜日、来年度の予算を承認した。市長の田中健氏は「この決定は公共サービスを"
           "守る」と述べた。野党は学校予算の削減を批判した。市は中心部に新しい図書館を建設する"
           "計画だ。"),
    "ar": ("وافق مجلس المدينة يوم الأربعاء على ميزانية العام المقبل. وقال رئيس البلدية أحمد "
           "حسن إن «القرار يحمي الخدمات العامة». وانتقدت المعارضة التخفيضات في المدارس. "
           "وتعتزم المدينة بناء مكتبة جديدة في وسطها."),
}


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_languages_without_stemmer_or_stop_words(lang: str) -> None:
    text = LANGUAGES[lang]
    brief = brief_of(text)
    assert brief.language == lang
    assert brief.summary and brief.keywords is not None
    assert brief_of(text, lang=lang).summary


def test_languages_through_the_cli(run_cli: RunCli, tmp_path: Path) -> None:
    files = []
    for lang, text in sorted(LANGUAGES.items()):
        files.append(tmp_path / f"{lang}.txt")
        files[-1].write_text(text, encoding="utf-8")
    p = run_cli("-f", "jsonl", *map(str, files))
    assert p.returncode == 0, p.stderr
    briefs = [json.loads(line) for line in p.stdout.splitlines()]
    assert [b["language"] for b in briefs] == sorted(LANGUAGES)
    assert all(b["summary"] for b in briefs)
    assert run_cli("-f", "markdown", *map(str, files)).returncode == 0


def test_ten_thousand_unbalanced_marks() -> None:
    for mark in ("«", "»", '"'):
        text = "Le maire a dit " + f"{mark} mot " * 10_000 + "fin."
        brief = brief_of(text)
        assert len(brief.quotes) <= 10_000


def test_fifty_levels_of_nested_quotes() -> None:
    pairs = [("«", "»"), ("“", "”"), ("‘", "’"), ('"', '"')]
    opening = "".join(f"{pairs[i % 4][0]}niveau {i} " for i in range(50))
    closing = "".join(f" fin {i}{pairs[i % 4][1]}" for i in reversed(range(50)))
    text = f"Jean Dupont a déclaré : {opening}au centre{closing}. Puis il est parti.\n"
    brief = brief_of(text)
    assert brief.quotes


def test_a_quote_that_never_closes() -> None:
    text = ("Le ministre a dit : « Nous ferons tout pour la ville. Nous tiendrons parole.\n\n"
            "Le conseil a voté le budget. La séance a été levée à midi.\n") * 3
    brief = brief_of(text)
    assert brief.summary


@pytest.mark.parametrize("text", [
    "word",
    "one two three four five six seven eight nine ten " * 200,
    "le maire a dit que la ville irait bien\nla séance est levée\npersonne n'a voté contre\n" * 30,
    "\n".join(f"# Heading {i}\n## Sub heading {i}" for i in range(40)),
    "\n".join(f"Titre numéro {i}" for i in range(60)),
    "- un\n- deux\n- trois\n" * 50,
    "..... !!! ??? ……" * 100,
    "\u202e\u2066\u2069\x1b[31m\x00\r\x85" * 50 + " said Bob.",
    "a" * 200_000,
    "\n" * 100_000 + "word.",
    "😀🎉👩‍👩‍👧 " * 2000,
    "." * 50_000,
    "«»" * 10_000,
    "«" * 5000 + "x" + "»" * 5000,
    "Jean Dupont a dit. " * 3000,
])  # fmt: skip
def test_odd_shapes_still_get_a_brief(text: str) -> None:
    brief_of(text)


def test_an_incise_that_fills_the_whole_quote() -> None:
    """Found by scripts/fuzz.py: this was an IndexError in quotes/extract.py."""
    brief_of("x « , explique Jean Dupont, » y")


def test_summary_respects_words_and_ratio_on_hostile_text() -> None:
    text = "\n".join(f"« Phrase {i} sans fin" for i in range(200))
    for options in ({"words": 1}, {"ratio": 0.0}, {"ratio": 1.0}, {"sentences": 10_000}):
        brief_of(text, **options)


# --- no network, no pickle ----------------------------------------------------------------------

_GUARDED = r"""
import builtins, pickle, socket, sys
def refuse(*args, **kwargs):
    raise AssertionError("network or pickle used")
socket.socket = socket.create_connection = socket.getaddrinfo = refuse
pickle.load = pickle.loads = refuse
pickle.Unpickler = refuse
import _pickle; _pickle.load = _pickle.loads = refuse
from pathlib import Path
from typer.testing import CliRunner
from newsbrief.pipeline import analyze
from newsbrief.cli.app import app
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for text in texts + ["word", "你好世界。", "Hyvää päivää. Tämä on testi.", "«" * 500]:
    analyze(text)
runner = CliRunner()
runs = [[fmt] for fmt in ("text", "markdown", "json", "jsonl", "tsv", "rich")]
for fmt in [*runs, *([fmt, "--annotate"] for fmt in ("text", "markdown", "rich"))]:
    result = runner.invoke(app, ["--no-config", "-f", *fmt, *sys.argv[2:]])
    assert result.exit_code == 0, (fmt, result.output, result.exception)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in
                {"ssl", "http", "requests", "urllib3", "httpx", "aiohttp", "ftplib"}
                or m == "urllib.request")
assert not loaded, loaded
print("ok")
"""


def test_no_network_and_no_unpickling() -> None:
    """Socket and unpickling refuse before anything is imported, then the analysis and every
    output format run in-process; no networking module is even imported."""
    files = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    p = subprocess.run([sys.executable, "-c", _GUARDED, str(SAMPLES), *files],
                       capture_output=True, env=clean_env(), cwd=ROOT, timeout=300, check=False)
    assert p.returncode == 0 and p.stdout == b"ok\n", p.stderr.decode()


def test_no_network_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle
    import socket

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("network or pickle used")

    for name in ("socket", "create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    for path in sorted(SAMPLES.glob("*.txt")):
        brief_of(path.read_text(encoding="utf-8"))


def test_public_analyze_stays_callable() -> None:
    """``newsbrief.analyze`` is the function even after every module of the package has been
    imported (it used to be shadowed by a submodule of the same name)."""
    import newsbrief
    import newsbrief.cli.process
    import newsbrief.pipeline

    assert callable(newsbrief.analyze)
    assert newsbrief.analyze("Hello, said Bob.").words == 3
