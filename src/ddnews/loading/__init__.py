"""Loading articles from files, folders, globs, stdin, tables and HTML pages."""
from .files import load_articles

__all__ = ["load_articles"]
