"""Quoted statements and who said them (pure: text in, data out)."""
