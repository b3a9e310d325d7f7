"""The ``ddnews`` command line: one click group of thin wrappers over the Python API.

``ddnews extract`` (:mod:`.extract`) turns articles into records, optionally written into a fact store;
``ddnews serve``, ``ddnews facts``, ``ddnews plot`` and ``ddnews summary`` (:mod:`.store`) read a store
back. Domain errors become ``click.ClickException`` in one place (:class:`_Group`); no traceback reaches
the user. ``-q`` always means ``--quiet``; ``--config``, ``-v`` and ``--log-file`` work before or after
any command (:mod:`.common`), and ``ddnews.toml`` in the working directory gives defaults.
"""
from __future__ import annotations

import os
import sys
from typing import Any

import click

from .. import __version__
from ..errors import DdnewsError
from .common import group_options
from .extract import extract
from .panel import panel
from .people import people
from .store import facts, plot, serve, summary


class _Group(click.Group):
    """Turn any unexpected exception into a one-line error (no traceback for users)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DdnewsError as exc:
            raise click.ClickException(str(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except BrokenPipeError:  # "ddnews facts … | head": the reader left; stop quietly
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
            raise click.exceptions.Exit(0) from None
        except Exception as exc:  # every other failure: one line, and where to report it
            raise click.ClickException(f"unexpected error: {exc!r}. "
                                       "Please report it with the command you ran.") from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="ddnews")
@group_options
def main() -> None:
    """ddnews: turn Vietnamese news and resolution texts into a table of facts.

    Every fact (numbered documents, dates, officials, bodies, places, quantitative claims) keeps the
    exact character offsets of the text it came from.

    \b
    Examples:
      ddnews extract corpus/ --db facts.db
      ddnews extract examples/article.txt --format jsonl --output out.jsonl
      cat examples/article.txt | ddnews extract -
      ddnews facts facts.db --kind claims --year 2021 --format csv
      ddnews panel facts.db --indicator members_admitted
      ddnews -v --config ddnews.toml extract corpus/ --db facts.db
    """


for _cmd in (extract, serve, facts, plot, summary, panel, people):
    main.add_command(_cmd)
from .scrape import scrape as _scrape; main.add_command(_scrape)  # noqa: E402, E702, I001 - ddnews scrape

__all__ = ["main"]
