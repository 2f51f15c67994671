#!/usr/bin/env bash
# mypy --strict over the installed layout: the required top-level folders (cli/, summarize/,
# quotes/) install as newsbrief.*, which mypy cannot see through setuptools' editable hook, so
# we point it at a throw-away tree of symlinks with the installed names.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
rm -rf build/mypy && mkdir -p build/mypy/newsbrief
for pkg in cli summarize quotes; do ln -s "$PWD/$pkg" "build/mypy/newsbrief/$pkg"; done
for f in newsbrief/*.py newsbrief/py.typed newsbrief/document; do ln -s "$PWD/$f" build/mypy/newsbrief/; done
"$PY" -m mypy -p newsbrief
