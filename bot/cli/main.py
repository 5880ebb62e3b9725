"""``python -m bot``: every feature of the bot is reachable from here (``--help`` lists them).

One parser; options that several commands share (``--knowledge``, ``--database``, ``--json``)
are declared once, as parents. Each command group lives in its own module, imported lazily so
that a quick command (``health``, every 30 s in the container) loads only what it needs.
``main`` prints a failure as one line, ``error: …``, and returns its exit code (the README's
table "Exit codes").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from bot.config import ConfigError
from bot.failures import EXIT_CONFIG, Failure
from bot.health import MAX_AGE_SECONDS
from bot.languages import LANGUAGES

GAP_STATUSES = ("new", "resolved", "ignored")  # as bot.storage, without importing aiosqlite

Handler = Callable[[argparse.Namespace], int]


def _lazy(module: str, name: str) -> Handler:
    """A command handler imported only when its command runs."""

    def handler(args: argparse.Namespace) -> int:
        from importlib import import_module

        function: Handler = getattr(import_module(f"bot.cli.{module}"), name)
        return function(args)

    return handler


def _option(flag: str, **settings: object) -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(flag, **settings)  # type: ignore[arg-type]
    return parent


KNOWLEDGE = _option(
    "--knowledge", help="knowledge directory (default: KNOWLEDGE_DIR or knowledge/)"
)
DATABASE = _option("--database", help="SQLite file (default: DATA_DIR/bot.sqlite3)")
JSON = _option("--json", action="store_true", help="print JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Quote what UNESCO recommends on AI in education, in the six UN languages.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, help: str, target: str, *parents: argparse.ArgumentParser
    ) -> argparse.ArgumentParser:
        """A subcommand; ``target`` is ``module.function`` under ``bot.cli``."""
        sub = commands.add_parser(name, help=help, description=help, parents=list(parents))
        sub.set_defaults(handler=_lazy(*target.split(".")))
        return sub

    validate = command("validate", "check the knowledge files", "knowledge.command_validate")
    validate.add_argument("directory", nargs="?", help="knowledge directory (default: knowledge/)")

    show = command("show", "one entry in one language", "knowledge.command_show", KNOWLEDGE, JSON)
    show.add_argument("id", help="entry id, e.g. bc-12")
    show.add_argument("--lang", required=True, choices=LANGUAGES)

    ask_help = "match questions (arguments, or one per line on stdin); records nothing"
    ask = command("ask", ask_help, "knowledge.command_ask", KNOWLEDGE, JSON)
    ask.add_argument("question", nargs="*")
    ask.add_argument("--lang", choices=LANGUAGES, help="force the language")

    memory = _option("--database", help="SQLite file to record into (default: in memory)")
    command("chat", "the conversation in the terminal", "running.command_chat", KNOWLEDGE, memory)
    command("run", "the Telegram bot, until SIGTERM", "running.command_run")
    health = command("health", "exit 0 if the running bot is healthy", "running.command_health")
    health.add_argument(
        "--max-age",
        type=float,
        default=MAX_AGE_SECONDS,
        help=f"oldest acceptable heartbeat, in seconds (default {MAX_AGE_SECONDS:g})",
    )

    _editors(commands)
    inbox_help = "updates the bot set aside (it could not read or handle them), with the error"
    inbox = command("inbox", inbox_help, "inbox.command_inbox", DATABASE, JSON)
    inbox.add_argument(
        "--status",
        choices=("failed", "dropped", "pending", "handling", "done"),
        default="failed",
        help="list the updates in this state instead (default: failed, set aside)",
    )
    inbox.add_argument(
        "--verbose", "-v", action="store_true", help="with the traceback and the update itself"
    )
    backup_help = "copy the database safely while the bot runs"
    backup = command("backup", backup_help, "database.command_backup", DATABASE)
    backup.add_argument("target", help="the new file to write, e.g. /data/backup.sqlite3")

    days = _option("--days", type=int, default=30, help="the last N days (default 30)")
    locale = _option("--locale", default="en", help="numbers and dates as in this locale")
    stats_help = "per language: questions answered, clarified, unanswered; feedback; most read"
    command("stats", stats_help, "reports.command_stats", DATABASE, JSON, days, locale)
    coverage_help = "per language: what the knowledge lacks, who wrote it, learned questions"
    command("coverage", coverage_help, "reports.command_coverage", KNOWLEDGE, DATABASE, JSON)
    report_help = "one self-contained HTML page: statistics, coverage, charts, top open gaps"
    report_target = "reports.command_report"
    report = command("report", report_help, report_target, KNOWLEDGE, DATABASE, days, locale)
    report.add_argument("--html", required=True, metavar="FILE", help="the page to write")
    return parser


def _editors(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``gaps list|show|resolve|ignore|export`` and ``learned list|export|remove``."""
    status = _option("--status", choices=GAP_STATUSES, help="only gaps with this status")
    lang = _option("--lang", choices=LANGUAGES, help="only gaps asked in this language")

    def group(name: str, help: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        parser = commands.add_parser(name, help=help, description=help)
        return parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(
        group: argparse._SubParsersAction[argparse.ArgumentParser],
        name: str,
        help: str,
        target: str,
        *parents: argparse.ArgumentParser,
    ) -> argparse.ArgumentParser:
        sub = group.add_parser(name, help=help, description=help, parents=[DATABASE, *parents])
        sub.set_defaults(handler=_lazy("editors", target))
        return sub

    gaps = group("gaps", "unanswered questions grouped by need, for editors")
    listing = action(
        gaps, "list", "the gaps, the most asked first", "command_gaps_list", status, lang, JSON
    )
    listing.set_defaults(status="new")
    listing.add_argument("--limit", type=int, help="at most this many")
    action(gaps, "show", "one gap", "command_gaps_show", JSON).add_argument("gap", type=int)
    resolve = action(gaps, "resolve", "link a gap to an entry", "command_gaps_resolve", KNOWLEDGE)
    resolve.add_argument("gap", type=int)
    resolve.add_argument("--entry", required=True, help="the entry id, e.g. bc-12")
    action(gaps, "ignore", "take a gap off the list", "command_gaps_ignore").add_argument(
        "gap", type=int
    )
    export = action(gaps, "export", "all gaps as csv or yaml", "command_gaps_export", status, lang)
    export.add_argument("--format", choices=("csv", "yaml"), default="csv")

    preview_help = "what a knowledge change would do: validation, then the answers that change"
    preview = commands.add_parser(
        "preview", help=preview_help, description=preview_help, parents=[KNOWLEDGE, DATABASE]
    )
    preview.set_defaults(handler=_lazy("editors", "command_preview"))
    preview.add_argument("directory", nargs="?", help="the changed knowledge directory")
    preview.add_argument("--limit", type=int, default=40, help="changes listed (default 40)")

    learned = group("learned", "questions linked to entries by editors, kept in the database")
    action(learned, "list", "every learned question", "command_learned_list")
    action(learned, "export", "as YAML, to fold into the knowledge files", "command_learned_export")
    remove = action(learned, "remove", "take one back", "command_learned_remove")
    remove.add_argument("id", type=int)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except ConfigError as error:  # a bad environment variable: one line naming it
        print(f"error: {error}", file=sys.stderr)
        return EXIT_CONFIG
    except Failure as error:
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        return 0
