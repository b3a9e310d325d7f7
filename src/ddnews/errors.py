"""Every error ddnews raises, with a code and a message that says what to do.

Codes: E0xx loading input, E1xx data files and patterns, E2xx pipeline, E3xx store/output.
"""
from __future__ import annotations


class DdnewsError(Exception):
    """Base class; ``code`` is stable and appears in error rows and CLI messages."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None):
        if code:
            self.code = code
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class LoadError(DdnewsError):
    """An input could not be read or parsed (one article or one file)."""

    code = "E001"


class DataFileError(DdnewsError):
    """A lexicon, pattern or settings file is malformed: the message names file and line."""

    code = "E101"


class PipelineError(DdnewsError):
    """The pipeline could not be loaded or failed on a document."""

    code = "E201"


class OutputError(DdnewsError):
    """Results could not be written (bad output path, unknown format, store failure)."""

    code = "E301"


class StoreBusyError(OutputError):
    """Another process held the fact store's write lock for longer than the wait (one writer at a time)."""

    code = "E304"


class Errors:
    """Coded message templates (formatted with the bad value and the expected form)."""

    E002 = ("Path not found: {path}. Give a file, a directory or a glob of .txt/.jsonl/.csv/.parquet/.html files, "
            "or '-' for stdin.")
    E003 = "Unsupported input type '{suffix}' for {path}. Supported: .txt, .jsonl, .csv, .parquet, .html/.htm."
    E004 = "Could not decode {path} as UTF-8 ({reason}). Re-save the file as UTF-8."
    E005 = "Line {line} of {path} is not valid JSON ({reason}). Each line must be one JSON object with at least 'text'."
    E006 = "Record {row} of {path} has no usable 'text' field. Add a non-empty 'text' column/field."
    E007 = "No article text could be extracted from HTML {path}. Is it an article page?"
    E008 = "Table {path} has no 'text' column (columns: {columns}). Rename the column holding article text to 'text'."
    E009 = "Empty article in {path}: nothing to extract."
    E010 = "Could not read {path}: {reason}."
    E012 = "{path} matched no .txt/.jsonl/.csv/.parquet/.html files. Check the folder or the glob pattern."
    E011 = ("Could not fetch {url} ({reason}). Check the address and your network, or save the page and pass the "
            ".html file.")
    E102 = "{path}:{line}: {reason}"
    E202 = ("Could not load the pipeline from {path}: {reason}. Reinstall ddnews (pip install -e .) or pass a valid "
            "model path.")
    E203 = "Extraction failed for article {id}: {reason}"
    E207 = ("Article {id} has {n:,} characters, more than the {limit:,} one article may have: split it into parts "
            "(one article per file or per JSONL line).")
    E205 = ("This Doc was not made by the ddnews tokenizer (it has no doc._.fact_table): make Docs with "
            "nlp(text) or nlp.make_doc(text), not spacy.tokens.Doc(...) directly.")
    E206 = "The '{kind}' facts were written twice: each kind of fact is written by one component, once."
    E204 = ("The Dask engine could not start: {reason}. Install it with pip install 'ddnews[scale]' or check the "
            "--scheduler address.")
    E302 = "Unknown output format '{fmt}'. Choose one of: jsonl, csv, parquet."
    E303 = "Could not write {path}: {reason}."
    E304 = ("Another process has been writing to {path} for more than {timeout:g}s: a fact store takes one writer at "
            "a time. Wait for that run to finish (readers such as `ddnews serve` are fine), or write to another "
            "--db file.")
