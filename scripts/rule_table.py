"""Print the attribution rules as a markdown table, in the order the engine tries them.

Usage: python scripts/rule_table.py

docs/quotes.md carries this table between its ``rule-table`` markers, and a test
(tests/test_rule_table_doc.py) checks the two are equal: after adding or changing a rule, paste
the output there.
"""

from __future__ import annotations

from newsbrief.quotes.rules import all_rules


def table() -> str:
    """The markdown table: order, id, languages, what the rule recognises."""
    lines = ["| # | rule | languages | what it recognises |", "|---|---|---|---|"]
    for n, rule in enumerate(all_rules(), 1):
        doc = rule.doc.replace("|", "\\|")
        lines.append(f"| {n} | `{rule.id}` | {rule.languages} | {doc} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(table(), end="")
