"""The ``brief`` command: reads articles, calls the libraries, renders briefs."""
