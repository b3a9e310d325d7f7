"""Options every ``ddnews`` command shares: ``--config``, ``-v/--verbose`` and ``--log-file``.

They are accepted before the command (``ddnews -v extract …``) and after it (``ddnews extract … -v``).
``--config`` (default: ``ddnews.toml`` in the working directory, see :mod:`ddnews.config`) fills in
defaults for the options not given on the command line.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import click

from .. import config as cfg

F = TypeVar("F", bound=Callable[..., Any])
_VERBOSE, _LOG_FILE = "ddnews.verbose", "ddnews.log_file"
#: Parameters that are never read from a config file.
_NOT_CONFIGURABLE = {"help", "config", "version"}


def option_names(cmd: click.Command) -> dict[str, str]:
    """Config keys of a command's options (long names with ``_``, and parameter names) → parameter names."""
    out: dict[str, str] = {}
    for p in cmd.params:
        if not isinstance(p, click.Option) or p.name is None or p.name in _NOT_CONFIGURABLE:
            continue
        for opt in (*p.opts, *p.secondary_opts):
            if opt.startswith("--") and not opt.startswith("--no-"):
                out[opt[2:].replace("-", "_")] = p.name
        out[p.name] = p.name
    return out


def default_map(config: dict[str, dict[str, Any]], commands: Mapping[str, click.Command],
                path: str | Path) -> dict[str, dict[str, Any]]:
    """Click's ``default_map`` from a loaded config (unknown commands and options are errors)."""
    known = {name: option_names(cmd) for name, cmd in commands.items()}
    cfg.check(config, known, path)
    return {section: {known[section][k]: v for k, v in table.items()} for section, table in config.items()}


def _apply_logging(ctx: click.Context) -> None:
    try:
        cfg.setup_logging(ctx.meta.get(_VERBOSE, 0), ctx.meta.get(_LOG_FILE))
    except cfg.ConfigError as exc:
        raise click.BadParameter(exc.message, ctx=ctx, param_hint="'--log-file'") from None


def _verbose(ctx: click.Context, _param: click.Parameter, value: int) -> int:
    ctx.meta[_VERBOSE] = max(ctx.meta.get(_VERBOSE, 0), value or 0)
    _apply_logging(ctx)
    return value


def _log_file(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    if value is not None:
        ctx.meta[_LOG_FILE] = value
    _apply_logging(ctx)
    return value


def _group_config(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    """The group's --config (or ./ddnews.toml): defaults for every command."""
    if ctx.resilient_parsing:
        return value
    try:
        path = cfg.find(value)
        if path is not None:
            group = ctx.command
            commands = group.commands if isinstance(group, click.Group) else {}
            ctx.default_map = default_map(cfg.load(path), commands, path)
    except cfg.ConfigError as exc:
        raise click.BadParameter(exc.message, ctx=ctx, param_hint="'--config'") from None
    return value


def _command_config(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    """A command's own --config: defaults for this command (over ./ddnews.toml)."""
    if value is None or ctx.resilient_parsing:
        return value
    try:
        path = cfg.find(value)
        assert path is not None and ctx.info_name is not None
        parent = ctx.parent.command if ctx.parent is not None else None
        commands = parent.commands if isinstance(parent, click.Group) else {ctx.info_name: ctx.command}
        ctx.default_map = default_map(cfg.load(path), commands, path).get(ctx.info_name, {})
    except cfg.ConfigError as exc:
        raise click.BadParameter(exc.message, ctx=ctx, param_hint="'--config'") from None
    return value


def _config_option(callback: Callable[..., Any]) -> Callable[[F], F]:
    return click.option("--config", type=click.Path(dir_okay=False, path_type=Path), is_eager=True,
                        expose_value=False, callback=callback,
                        help=f"Defaults for options from this TOML file (default: ./{cfg.CONFIG_NAME} when present).")


def _shared(f: F) -> F:
    f = click.option("--log-file", type=click.Path(dir_okay=False, path_type=Path), expose_value=False,
                     callback=_log_file, help="Also write a detailed log (DEBUG) to this file.")(f)
    f = click.option("--verbose", "-v", count=True, expose_value=False, callback=_verbose,
                     help="Log what ddnews does on stderr (-v: steps, -vv: details).")(f)
    return f


def group_options(f: F) -> F:
    """--config, -v and --log-file on the ``ddnews`` group."""
    return _config_option(_group_config)(_shared(f))


def common_options(f: F) -> F:
    """--config, -v and --log-file on one command."""
    return _config_option(_command_config)(_shared(f))

