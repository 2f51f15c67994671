"""HTML input: the article's main text is extracted (trafilatura, the ``html`` extra)."""

from __future__ import annotations

import builtins
import json
from typing import Any

import pytest
from helpers import DATA, RunCli

from newsbrief.cli.errors import BriefError, ExitCode
from newsbrief.cli.page import looks_like_html, read_page

HTML = DATA / "html"
pytest.importorskip("trafilatura")


def test_french_page_gives_the_article_without_navigation(run_cli: RunCli) -> None:
    brief = json.loads(run_cli(str(HTML / "fr-article.html"), "-f", "json").stdout)
    assert brief["language"] == "fr"
    assert brief["title"] == "Le conseil municipal de Valbrune adopte le budget"
    texts = [q["text"] for q in brief["quotes"]]
    assert "Ce budget repose sur des recettes qui n’existent pas encore" in texts
    dump = json.dumps(brief, ensure_ascii=False)
    for boilerplate in ("Abonnez-vous", "Tous droits réservés", "À lire aussi", "Accueil"):
        assert boilerplate not in dump


@pytest.mark.parametrize(
    ("page", "date", "title"),
    [("en-published-time.html", "2026-04-02", "Ferry crews vote to accept new rota"),
     # no <h1>: the title is the page's <title> without the site's name; the date is the byline's
     ("fr-byline-date.html", "2026-02-07", "Le marché couvert rouvre"),
     ("fr-article.html", "2026-03-12", "Le conseil municipal de Valbrune adopte le budget")],
)
def test_page_metadata_gives_the_date_and_title(run_cli: RunCli, page: str, date: str,
                                                title: str) -> None:
    brief = json.loads(run_cli(str(HTML / page), "-f", "json").stdout)
    assert (brief["date"], brief["title"]) == (date, title)
    assert all(title not in s["text"] for s in brief["summary"])  # a title is not a key sentence


def test_page_date_does_not_depend_on_the_day_it_is_read() -> None:
    page = (HTML / "en-published-time.html").read_text(encoding="utf-8")
    later = page.replace("2026-04-02T08:15:00", "2990-04-02T08:15:00")
    assert read_page(later, "page.html").date == "2990-04-02"


def test_html_on_stdin(run_cli: RunCli) -> None:
    page = (HTML / "en-article.html").read_bytes()
    brief = json.loads(run_cli("-", "-f", "json", stdin=page).stdout)
    assert brief["language"] == "en"
    assert any(q["text"].startswith("Nobody wins when the cranes stop") for q in brief["quotes"])
    assert "tracker" not in json.dumps(brief) and "Cookie" not in json.dumps(brief)


def test_page_without_an_article_is_a_data_error(run_cli: RunCli) -> None:
    p = run_cli(str(HTML / "no-article.html"))
    assert p.returncode == ExitCode.DATA
    assert b"no article text found" in p.stderr


@pytest.mark.parametrize(
    ("text", "html"),
    [("<!DOCTYPE html><html>", True), ("  \n<html lang='fr'>", True),
     ("<?xml version='1.0'?>\n<html>", True), ("Le <b>gras</b> n'est pas une page.", False),
     ("Article text.", False)],
)
def test_html_detection(text: str, html: bool) -> None:
    assert looks_like_html(text) is html


def test_missing_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(BriefError) as err:
        read_page("<html><body><p>x</p></body></html>", "page.html")
    assert "newsbrief[html]" in err.value.remedy and err.value.code == ExitCode.DATA
