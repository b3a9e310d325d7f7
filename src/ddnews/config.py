"""``ddnews.toml``: defaults for the command line, and its logging set-up.

The file is read from the working directory, or given with ``ddnews --config FILE`` (or ``--config`` after
any command). One table per command; a key is an option's long name, with ``-`` or ``_``; options given
on the command line win over the file::

    [extract]
    engine = "dask"       # --engine
    workers = 4           # --workers
    format = "parquet"    # --format
    output = "tables/"    # --output
    db = "facts.db"       # --db

    [serve]
    port = 8002

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "ddnews.toml"
>>> _ = p.write_text('[extract]\\nworkers = 4\\nno-text = true\\n', encoding="utf-8")
>>> load(p)
{'extract': {'workers': 4, 'no_text': True}}
"""
from __future__ import annotations

import logging
import tomllib
from pathlib import Path
from typing import Any

from .errors import DdnewsError

#: The file looked for in the working directory.
CONFIG_NAME = "ddnews.toml"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class ConfigError(DdnewsError):
    """``ddnews.toml`` cannot be read, or names a command or an option that does not exist."""

    code = "E305"


def find(explicit: str | Path | None = None, cwd: str | Path | None = None) -> Path | None:
    """The config file in use: ``explicit`` (which must exist), else ``ddnews.toml`` in ``cwd``, else none."""
    if explicit:
        p = Path(explicit)
        if not p.is_file():
            raise ConfigError(f"Config file {p} not found. Give an existing TOML file to --config.")
        return p
    p = Path(cwd or ".") / CONFIG_NAME
    return p if p.is_file() else None


def load(path: str | Path) -> dict[str, dict[str, Any]]:
    """The tables of a config file, keys normalised to parameter names (``no-text`` → ``no_text``).

    Raises:
        ConfigError: not TOML, or a value that is not a table of options.
    """
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Could not read config file {p}: {exc}.") from None
    out: dict[str, dict[str, Any]] = {}
    for section, table in data.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{p}: '{section}' must be a table of options, e.g. [{section}] … "
                              "(one table per command: [extract], [serve], [facts], [plot], [summary]).")
        out[section] = {str(k).replace("-", "_"): v for k, v in table.items()}
    return out


def check(config: dict[str, dict[str, Any]], known: dict[str, dict[str, str]], path: str | Path) -> None:
    """Fail on a command or option the command line does not have.

    Args:
        config: as :func:`load` returns it.
        known: command → {config key → parameter name}.
        path: the file, for the message.
    """
    for section, table in config.items():
        if section not in known:
            raise ConfigError(f"{path}: unknown command [{section}]; commands: {', '.join(sorted(known))}.")
        for key in table:
            if key not in known[section]:
                raise ConfigError(f"{path}: [{section}] has no option '{key}'; options: "
                                  f"{', '.join(sorted(known[section]))}.")


def setup_logging(verbose: int = 0, log_file: str | Path | None = None) -> None:
    """Log ddnews' messages: ``-v`` INFO and ``-vv`` DEBUG on stderr; ``--log-file`` gets DEBUG as well."""
    logger = logging.getLogger("ddnews")
    for h in list(logger.handlers):
        if getattr(h, "_ddnews", False):
            logger.removeHandler(h)
            h.close()
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handlers: list[logging.Handler] = []
    if verbose > 0:
        stream = logging.StreamHandler()
        stream.setLevel(level)
        handlers.append(stream)
    if log_file:
        try:
            fh: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"Could not open log file {log_file}: {exc.strerror}.") from None
        fh.setLevel(logging.DEBUG)
        handlers.append(fh)
    for h in handlers:
        h.setFormatter(logging.Formatter(LOG_FORMAT))
        h._ddnews = True  # type: ignore[attr-defined]
        logger.addHandler(h)
    logger.setLevel(min([h.level for h in handlers], default=logging.WARNING))
