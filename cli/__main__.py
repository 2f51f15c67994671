"""``python -m newsbrief.cli``."""

from newsbrief.cli.app import run

run()
