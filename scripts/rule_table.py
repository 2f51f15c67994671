"""Print the attribution rules as a markdown table, in the order the engine tries them.

Usage: python scripts/rule_table.py [--write]

docs/quotes.md carries this table between its ``rule-table`` markers, and a test
(tests/test_rule_table_doc.py) checks the two are equal: after adding or changing a rule, run
with ``--write`` to put the new table there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsbrief.quotes.rules import all_rules

DOC = Path(__file__).resolve().parent.parent / "docs" / "quotes.md"
OPEN, CLOSE = "<!-- rule-table: python scripts/rule_table.py -->\n", "<!-- /rule-table -->"


def table() -> str:
    """The markdown table: order, id, languages, what the rule recognises."""
    lines = ["| # | rule | languages | what it recognises |", "|---|---|---|---|"]
    for n, rule in enumerate(all_rules(), 1):
        doc = rule.doc.replace("|", "\\|")
        lines.append(f"| {n} | `{rule.id}` | {rule.languages} | {doc} |")
    return "\n".join(lines) + "\n"


def write() -> None:
    """Replace the table between the markers of docs/quotes.md."""
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(OPEN, 1)
    _, tail = rest.split(CLOSE, 1)
    DOC.write_text(head + OPEN + table() + CLOSE + tail, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write()
    else:
        print(table(), end="")
