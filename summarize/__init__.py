"""Extractive summarisation and the document model it works on (pure: text in, data out)."""
