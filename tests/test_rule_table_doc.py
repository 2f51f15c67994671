"""docs/quotes.md lists the attribution rules exactly as the code registers them."""

from __future__ import annotations

import importlib.util

from helpers import ROOT


def test_the_rule_table_in_the_docs_is_the_scripts_output() -> None:
    spec = importlib.util.spec_from_file_location("rule_table", ROOT / "scripts" / "rule_table.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    doc = (ROOT / "docs" / "quotes.md").read_text(encoding="utf-8")
    assert script.OPEN in doc and script.CLOSE in doc
    documented = doc.split(script.OPEN, 1)[1].split(script.CLOSE, 1)[0]
    assert documented == script.table(), "run python scripts/rule_table.py --write"
