"""The coded messages of the loaders' error rows (E0xx: loading input), each saying what to do.

Codes shared with :class:`ddnews.errors.Errors` keep their meaning (E003 unsupported kind, E004 undecodable
bytes, E009 empty); E013–E022 are the loaders' own (E022: an unexpected failure, which the fuzz tests look for).
"""
from __future__ import annotations

SUPPORTED = ".txt, .jsonl, .json, .csv, .tsv, .parquet, .html/.htm, .pdf, .docx"


class LoadErrors:
    """Message templates of the loaders' error rows (formatted with the path and what was found)."""

    E003 = ("Unsupported input type '{suffix}' for {path}. Supported: " + SUPPORTED + ". "
            "Convert the file, or list it in the folder's .ddnewsignore to leave it out.")
    E004 = ("Could not decode {path}: {reason}. Give its encoding with --encoding (e.g. --encoding windows-1258, "
            "utf-16, latin-1), or re-save it as UTF-8.")
    E009 = "Empty article in {path}: nothing to extract."
    E013 = ("{path} holds JSON, not plain text. Save it as .jsonl (one object per line with a 'text' field) or .json "
            "(an object or a list of objects with 'text').")
    E014 = "{path} is {what}, not an article. Give the article as text, HTML, PDF or Word (.docx)."
    E015 = ("{path} is a PDF without a text layer ({pages} page(s) of images: a scan?). Run OCR on it first, e.g. "
            "`ocrmypdf -l vie {path} out.pdf`, and pass out.pdf.")
    E016 = ("{path} is an encrypted PDF that needs a password. Remove the password, e.g. "
            "`qpdf --decrypt --password=... {path} out.pdf`, and pass out.pdf.")
    E017 = ("{path} is an old Word .doc file (or an encrypted Word file). Save it as .docx in Word or LibreOffice, "
            "e.g. `soffice --headless --convert-to docx {path}`, and pass the .docx.")
    E018 = ("Could not read {path} as {kind} ({reason}). Is the file complete? Export it again from the program that "
            "made it.")
    E019 = ("An empty input. Give a file, a folder, a glob, a URL or '-' for stdin (an empty string is not the current "
            "folder; write '.' for that).")
    E020 = ("Article id '{id}' is already in {db} from {other}; this one is {path}. Two different sources cannot share "
            "an id in one store: rename one of the files, give JSONL/CSV rows distinct ids, or use another --db.")
    E021 = "Could not parse {path} as JSON ({reason}). A .json file is one object with 'text', or a list of them."
    E022 = ("Unexpected failure reading {path} ({reason}). The run went on without it; please report it with the "
            "file.")
