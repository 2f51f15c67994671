"""Write the ``brief(1)`` man page, generated from the command's own help, to stdout.

Usage: python scripts/manpage.py > brief.1 && man ./brief.1
"""

from __future__ import annotations

import datetime
import sys

import typer.main

from newsbrief import __version__
from newsbrief.cli.app import EPILOG, app
from newsbrief.cli.settings import CONFIG_KEYS


def _roff(text: str) -> str:
    return text.replace("\\", "\\e").replace("-", "\\-").replace("'", "\\(aq")


def manpage() -> str:
    """The man page source (roff)."""
    command = typer.main.get_command(app)
    ctx = command.context_class(command, info_name="brief")
    today = datetime.date.today().isoformat()
    lines = [
        f'.TH BRIEF 1 "{today}" "newsbrief {__version__}" "User Commands"',
        ".SH NAME", "brief \\- brief news articles: the key sentences and who said what",
        ".SH SYNOPSIS", ".B brief", "[\\fIOPTIONS\\fR] [\\fIFILES\\fR]...",
        ".SH DESCRIPTION", _roff(command.help or ""), ".SH OPTIONS",
    ]
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is None:
            continue
        names, help_text = record
        lines += [".TP", f"\\fB{_roff(names)}\\fR", _roff(help_text)]
    examples = EPILOG.removeprefix("\b\n").split("\n", 1)[1].rstrip()  # without "Examples:"
    lines += [".SH EXAMPLES", ".nf", _roff(examples), ".fi",
              ".SH EXIT STATUS", "0 ok, 1 some inputs failed, 2 usage, 65 not an article, "
              "66 missing input, 70 internal error, 74 output error, 130 interrupted, "
              "143 terminated.",
              ".SH ENVIRONMENT", _roff(", ".join(["NO_COLOR", "FORCE_COLOR", *(
                  f"NEWSBRIEF_{key.upper()}" for key in CONFIG_KEYS)]) + "; the same keys "
                  "(lower case) in $XDG_CONFIG_HOME/newsbrief/config.toml (by default "
                  "under ~/.config); a bad value is a usage error.")]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(manpage())
