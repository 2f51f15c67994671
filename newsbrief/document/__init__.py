"""The document layer both analyses share: language, blocks (title, headings, paragraphs),
sentences and tokens, computed once per article (``structure.parse_document``).
"""
