"""``python -m newsbrief``."""

from newsbrief.cli.app import run

run()
