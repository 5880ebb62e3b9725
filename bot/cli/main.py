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

    gaps_help = "unanswered questions, the most asked first"
    gaps = command("gaps", gaps_help, "database.command_gaps", DATABASE, JSON)
    gaps.add_argument("--limit", type=int, help="how many (default: as many as /gaps shows)")
    backup_help = "copy the database safely while the bot runs"
    backup = command("backup", backup_help, "database.command_backup", DATABASE)
    backup.add_argument("target", help="the new file to write, e.g. /data/backup.sqlite3")
    return parser


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
