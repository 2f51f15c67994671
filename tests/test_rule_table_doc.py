"""docs/quotes.md lists the attribution rules exactly as the code registers them."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT

_OPEN = "<!-- rule-table: python scripts/rule_table.py -->\n"
_CLOSE = "<!-- /rule-table -->"


def test_the_rule_table_in_the_docs_is_the_scripts_output() -> None:
    doc = (ROOT / "docs" / "quotes.md").read_text(encoding="utf-8")
    assert _OPEN in doc and _CLOSE in doc
    documented = doc.split(_OPEN, 1)[1].split(_CLOSE, 1)[0]
    generated = subprocess.run([sys.executable, str(ROOT / "scripts" / "rule_table.py")],
                               capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert documented == generated, "paste the output of scripts/rule_table.py in docs/quotes.md"
