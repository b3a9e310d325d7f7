"""``ddnews scrape``: a news site's feeds and sitemaps (or given addresses) → one JSON line per article.

The rows are what ``ddnews extract`` reads from JSONL, so ``ddnews scrape … -o a.jsonl`` then
``ddnews extract a.jsonl --db facts.db`` (or ``ddnews scrape … | ddnews extract - --db facts.db``) is
the whole job. Each row is written (and flushed) as its page finishes: an interrupted run keeps what it
wrote, and its next run takes every page it had from the cache.
"""
from __future__ import annotations

import json
import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from ..errors import Errors, OutputError

if TYPE_CHECKING:
    from ..scrape import Scraper, ScrapeStats

DEFAULT_USER_AGENT = "ddnews-scraper/0.1 (+https://pypi.org/project/ddnews; research text mining, polite crawl)"


def _open_output(output: Path | None) -> IO[str]:
    if output is None or str(output) == "-":
        return sys.stdout
    try:
        return open(output, "w", encoding="utf-8")  # noqa: SIM115 - closed at the end of the command
    except OSError as exc:
        raise OutputError(Errors.E303.format(path=output, reason=exc.strerror), code="E303") from None


class _Progress:
    """The progress bar on stderr: pages done of those listed, errors, and pages per host."""

    def __init__(self, scraper: Scraper, enabled: bool | None):
        from tqdm import tqdm

        self.scraper = scraper
        self.bar = tqdm(total=None, desc="listing", unit=" pages", file=sys.stderr, leave=False,
                        disable=True if enabled is False else None, delay=0.5 if enabled is None else 0)

    def __call__(self, stats: ScrapeStats) -> None:
        bar = self.bar
        if stats.phase == "articles":
            if bar.total != stats.listed:
                bar.total = stats.listed
                bar.set_description("scraping")
            bar.n = min(stats.listed, stats.articles + stats.errors + stats.duplicates + stats.outside_dates)
        requests = self.scraper.fetcher.stats.requests
        hosts = ", ".join(f"{h.split('://', 1)[-1]} {n}" for h, n in requests.most_common(3))
        bar.set_postfix_str(f"articles {stats.articles}, errors {stats.errors}" + (f"; requests: {hosts}" if hosts
                                                                                    else ""), refresh=False)
        bar.refresh()

    def write(self, line: str) -> None:
        self.bar.write(line, file=sys.stderr)

    def close(self) -> None:
        self.bar.close()


def _summary(scraper: Scraper, seconds: float, output: Path | None) -> str:
    s = scraper.stats
    fs = scraper.fetcher.stats
    codes = ", ".join(f"{code} {n}" for code, n in sorted(s.errors_by_code.items()))
    where = f" → {output}" if output and str(output) != "-" else ""
    hosts = ", ".join(f"{h.split('://', 1)[-1]} {n}" for h, n in s.per_host.most_common(5))
    return (f"ddnews scrape: {s.articles} articles, {s.errors} errors" + (f" ({codes})" if codes else "")
            + f", {s.duplicates} duplicates, {s.outside_dates} outside the dates; "
            + f"{sum(fs.requests.values())} requests, {sum(fs.cached.values())} answers from the cache, "
            + f"in {seconds:.1f}s{where}" + (f"\n  articles per host: {hosts}" if hosts else ""))


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if value is not None else None


@click.command()
@click.argument("urls", nargs=-1, metavar="[URL]...")
@click.option("--rss", multiple=True, metavar="URL", help="An RSS or Atom feed (repeatable).")
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL",
              help="A sitemap or sitemap index, .xml or .xml.gz (repeatable).")
@click.option("--urls", "url_file", type=click.Path(dir_okay=False, allow_dash=True), metavar="FILE",
              help="A file of article addresses, one a line ('-' for stdin; # comments allowed).")
@click.option("--discover", is_flag=True,
              help="The URLs are home pages: find their feeds and sitemaps (robots.txt Sitemap lines, "
                   "<link rel=alternate>, links, common paths).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), metavar="DATE",
              help="Only articles published on or after this day (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), metavar="DATE",
              help="Only articles published on or before this day (YYYY-MM-DD).")
@click.option("--max", "max_articles", type=click.IntRange(min=1), metavar="N", help="Stop after N articles.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
              help="JSONL file of the rows (default: stdout).")
@click.option("--cache", type=click.Path(path_type=Path, file_okay=False), metavar="DIR",
              help="HTTP cache folder: a second run fetches no article it has, an interrupted run resumes. "
                   "[default: ~/.cache/ddnews/scrape]")
@click.option("--no-cache", is_flag=True, help="Keep nothing on disk (every run fetches everything again).")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
              help="Seconds between two request starts on one host (a larger robots.txt Crawl-delay wins).")
@click.option("--concurrency", type=click.IntRange(min=1), default=4, show_default=True, metavar="N",
              help="Hosts fetched at the same time (always one request at a time per host).")
@click.option("--user-agent", default=DEFAULT_USER_AGENT, metavar="TEXT", help="The User-Agent header.")
@click.option("--ignore-robots", is_flag=True, help="Do not read robots.txt (only with the site's permission).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, metavar="SECONDS",
              help="Time-out of one request.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True, metavar="N",
              help="Further attempts on 429/5xx, time-outs and dropped connections (with back-off, "
                   "Retry-After honoured).")
@click.option("--refresh", is_flag=True,
              help="Revalidate article pages the cache has (conditional requests) instead of reusing them.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: shown when the run takes more than half a second).")
@click.option("--quiet", "-q", is_flag=True, help="No summary and no error lines on stderr.")
def scrape(urls: tuple[str, ...], rss: tuple[str, ...], sitemaps: tuple[str, ...], url_file: str | None,
           discover: bool, since: datetime | None, until: datetime | None, max_articles: int | None,
           output: Path | None, cache: Path | None, no_cache: bool, delay: float, concurrency: int, user_agent: str,
           ignore_robots: bool, timeout: float, retries: int, refresh: bool, progress: bool | None,
           quiet: bool) -> None:
    """Scrape articles from a news site's feeds and sitemaps, politely and resumably.

    URLs given plainly are article pages (with --discover: home pages). Every article becomes a JSON
    line (id, url, final_url, title, published, author, text, html_sha256, fetched_at, status …) that
    `ddnews extract` reads as it is; every address that gave no article becomes an error row (url,
    error: stage, code, message) and the exit status is then 1. robots.txt is honoured (Crawl-delay
    too), one request at a time per host, --delay seconds apart at least.

    \b
    Examples:
      ddnews scrape https://baochinhphu.vn --discover --since 2024-01-01 --max 200 -o articles.jsonl
      ddnews scrape --rss https://baotinh.example.vn/rss/thoi-su.rss --max 50 -o a.jsonl
      ddnews scrape --sitemap https://baotinh.example.vn/sitemap.xml --until 2023-12-31 -o a.jsonl
      ddnews scrape --urls addresses.txt -o a.jsonl && ddnews extract a.jsonl --db facts.db
      ddnews scrape https://baotinh.example.vn/tin-bai-123.html | ddnews extract - --db facts.db
    """
    from ..scrape import Scraper, default_cache_dir, options

    if not (urls or rss or sitemaps or url_file):
        raise click.UsageError("nothing to scrape: give article URLs, --rss, --sitemap, --urls FILE, "
                               "or a home page with --discover.")
    if discover and not urls:
        raise click.UsageError("--discover needs the home page of a site: ddnews scrape https://site.vn --discover")
    if since and until and since > until:
        raise click.UsageError("--since is after --until.")
    if cache is not None and no_cache:
        raise click.UsageError("--cache and --no-cache contradict each other.")
    try:
        opts = options(list(urls), rss=list(rss), sitemaps=list(sitemaps), url_file=url_file, discover=discover,
                       since=_day(since), until=_day(until), max_articles=max_articles,
                       cache=False if no_cache else (cache or default_cache_dir()), delay=delay,
                       concurrency=concurrency, user_agent=user_agent, ignore_robots=ignore_robots,
                       timeout=timeout, retries=retries, refresh=refresh)
    except OSError as exc:
        raise click.BadParameter(f"could not read {url_file}: {exc.strerror}", param_hint="--urls") from None
    t0 = time.perf_counter()
    stream = _open_output(output)
    scraper = Scraper(opts)
    bar = _Progress(scraper, progress)
    scraper.on_progress = bar  # the bar follows every finished page
    try:
        for row in scraper.rows():
            if row.get("error") and not quiet:
                bar.write(f"error: {row['url']}: {row['error']['message']}")
            _write(stream, row)
    except BrokenPipeError:  # "ddnews scrape … | head": the reader left; stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        sys.exit(0)
    finally:
        bar.close()
        if stream is not sys.stdout:
            stream.close()
    if not quiet:
        click.echo(_summary(scraper, time.perf_counter() - t0, output), err=True)
    if scraper.stats.errors:
        sys.exit(1)


def _write(stream: IO[str], row: dict[str, Any]) -> None:
    try:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(Errors.E303.format(path=getattr(stream, "name", "stdout"), reason=exc.strerror),
                          code="E303") from None
