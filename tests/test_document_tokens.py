"""Word tokens of an article: scanned in chunks, they are exactly those of one scan."""

from __future__ import annotations

from newsbrief.document import tokens
from newsbrief.document.tokens import ArticleText, Tok, scan, tokenize
from newsbrief.summarize.features import _quoted_share


def _line_by_line(text: str) -> list[Tok]:
    """The tokens of each line scanned alone, with the line's offset (no token spans a line)."""
    out: list[Tok] = []
    at = 0
    for line in text.split("\n"):
        out += [Tok(t.text, t.start + at, t.end + at, t.cap) for t in scan(line, 0, len(line))]
        at += len(line) + 1
    return out


def test_chunks_give_the_tokens_of_one_scan() -> None:
    line = "Selon M. Dupont, l’entreprise E.ON « va bien », ajoute-t-il. Mme Roy a dit:"
    text = "\n".join(f"{line} {n}" for n in range(2 * tokens._CHUNK // len(line) + 3))
    assert len(text) > 2 * tokens._CHUNK
    found = scan(text, 0, len(text))
    assert found == _line_by_line(text)
    assert [t.text for t in found[:12]] == ["Selon", "M.", "Dupont", ",", "l’", "entreprise",
                                            "E.ON", "«", "va", "bien", "»", ","]


def test_inverted_pronoun_is_split_off_its_verb() -> None:
    text = "« Non », ajoute-t-il, et Rose pense-t-elle."
    words = [t.text for t in scan(text, 0, len(text))]
    assert words[4:7] == ["ajoute", "il", ","] and words[9:11] == ["pense", "elle"]


def test_window_cut_inside_a_word_scans_its_part() -> None:
    text = ArticleText("Le président a déclaré hier")
    assert [t.text for t in tokenize(text, 3, 7)] == ["prés"]
    assert [t.text for t in tokenize(text, 0, 11)] == ["Le", "présiden"]


def test_quoted_share_reads_single_quotes_only_after_a_space() -> None:
    text = "Il a dit 'non merci' et l'État n'a pas 'répondu'."
    share = _quoted_share(text, 0, len(text), [])
    assert share == (len("'non merci'") + len("'répondu'")) / len(text)
    assert _quoted_share("'Oui' dit-il", 0, 12, []) == 5 / 12  # (a quote opening the text)
