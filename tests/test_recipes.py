"""The README's recipes, run as written (jq, cut/sort/uniq, a shell loop, vim's :%!)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLES, clean_env

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _recipes() -> list[str]:
    section = README.split("## Recipes", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "README has a ## Recipes section with a sh block"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder with article.txt, articles/ and corpus.jsonl, as the recipes name them."""
    shutil.copytree(SAMPLES, tmp_path / "articles", ignore=shutil.ignore_patterns("*.md"))
    shutil.copy(SAMPLES / "en-harbour-strike.txt", tmp_path / "article.txt")
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")}
               for p in sorted(SAMPLES.glob("*.txt"))]
    (tmp_path / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return tmp_path


def _env() -> dict[str, str]:
    env = clean_env()
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


@pytest.mark.parametrize("recipe", _recipes())
def test_recipe(recipe: str, workdir: Path) -> None:
    needs = {"jq"} & set(recipe.split())
    if needs and not all(shutil.which(tool) for tool in needs):
        pytest.skip(f"{needs} not installed")
    p = subprocess.run(["bash", "-o", "pipefail", "-c", recipe], cwd=workdir, env=_env(),
                       capture_output=True, timeout=300, check=False)
    assert p.returncode in (0, 141), p.stderr  # 141: `head` closed the pipe, as intended
    assert b"Traceback" not in p.stderr
    written = list(workdir.glob("articles/*.brief.md")) + list(workdir.glob("quotes.jsonl"))
    assert p.stdout.strip() or written


@pytest.mark.slow
def test_recipe_outputs_make_sense(workdir: Path) -> None:
    recipes = _recipes()
    loop = next(r for r in recipes if r.startswith("for "))
    subprocess.run(["bash", "-c", loop], cwd=workdir, env=_env(), check=True)
    briefs = sorted(workdir.glob("articles/*.brief.md"))
    assert len(briefs) == len(list(SAMPLES.glob("*.txt")))
    assert all(b.read_text().startswith("# ") for b in briefs)
    corpus = next(r for r in recipes if "--records quotes" in r)
    subprocess.run(["bash", "-c", corpus], cwd=workdir, env=_env(), check=True)
    quotes = [json.loads(line) for line in (workdir / "quotes.jsonl").read_text().splitlines()]
    assert quotes and {q["source"].split(":")[0] for q in quotes} == {"corpus.jsonl"}


@pytest.mark.skipif(not shutil.which("vim"), reason="vim not installed")
@pytest.mark.parametrize(("command", "start"), [("%!brief -f markdown -", "# "),
                                                 ("%!brief --annotate -", "Dock workers")])
def test_vim_filter(workdir: Path, command: str, start: str) -> None:
    article = workdir / "article.txt"
    subprocess.run(["vim", "-u", "NONE", "-es", "-c", command, "-c", "wq", str(article)],
                   env=_env(), check=True, timeout=120, stdin=subprocess.DEVNULL)
    text = article.read_text(encoding="utf-8")
    assert text.startswith(start)
    assert "brief:" not in text  # nothing from stderr was pasted into the buffer
    if "annotate" in command:
        assert "⟦" in text


def test_vscode_task_command(workdir: Path) -> None:
    task = re.search(r'"command": "(brief [^"]+)"', README)
    assert task
    command = task.group(1).replace("${file}", str(workdir / "article.txt"))
    p = subprocess.run(["bash", "-c", command], env=_env(), capture_output=True, check=True)
    assert p.stdout.startswith(b"# Dock workers")


def test_readme_example_is_what_brief_prints() -> None:
    block = README.split("<!-- example:start -->", 1)[1].split("<!-- example:end -->", 1)[0]
    lines = block.strip().strip("`").strip().splitlines()
    command, shown = lines[0], "\n".join(lines[1:]).rstrip("`").rstrip() + "\n"
    args = command.split("#")[0].split()[2:-2]  # "$ brief ARGS | cat"
    p = subprocess.run([sys.executable, "-m", "newsbrief", *args], capture_output=True,
                       cwd=ROOT, env=clean_env(), check=True)
    assert p.stdout.decode() == shown
