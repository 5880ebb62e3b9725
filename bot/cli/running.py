"""Commands that run the bot: ``chat`` (the terminal), ``run`` (Telegram) and ``health``.

``health`` runs every 30 seconds in the container, so it imports neither python-telegram-bot nor
aiosqlite (a test checks it): only the configuration and the heartbeat file.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from collections.abc import Callable

from bot.cli.common import load_or_fail
from bot.config import Settings, knowledge_dir
from bot.failures import EXIT_FAILURE, Failure


def command_chat(args: argparse.Namespace) -> int:
    """The conversation in the terminal (questions can be piped in, one per line)."""
    from bot.chat.conversation import Conversation
    from bot.console import ConsoleChat, run
    from bot.live import Live, ReloadResult
    from bot.matching.matcher import Matcher
    from bot.storage import Storage

    settings = Settings.from_environment()
    directory = knowledge_dir(args.knowledge) if args.knowledge else settings.knowledge_dir
    knowledge = load_or_fail(directory)
    with asyncio.Runner() as runner:
        # The console keeps its records apart from a Telegram deployment's, in memory by default;
        # with --database it answers with that database's learned questions too, as the bot does.
        storage = runner.run(Storage.open(args.database or ":memory:"))
        try:
            learned = runner.run(storage.learned_map())
            live = Live(Matcher(knowledge, learned))
            conversation = Conversation(live, storage)

            async def reload(force: bool) -> ReloadResult:
                return await live.reload(directory, await storage.learned_map(), force)

            conversation.reloader = reload
            run(ConsoleChat(conversation), runner)
        finally:
            runner.run(storage.close())
    return 0


def command_run(args: argparse.Namespace) -> int:
    """The Telegram bot, by long polling or webhook (``BOT_MODE``), until SIGTERM."""
    from bot import logs
    from bot.matching.matcher import Matcher
    from bot.service import serve

    settings = Settings.from_environment()
    secrets = [
        settings.require_token(),
        settings.require_secret().decode(),
        settings.webhook_secret,
    ]
    logs.configure(settings.log_format, settings.log_level, secrets)
    knowledge = load_or_fail(settings.knowledge_dir)
    try:
        with asyncio.Runner(loop_factory=fast_event_loop()) as runner:
            runner.run(serve(settings, Matcher(knowledge)))
    except Failure:
        raise  # one line, printed by main
    except Exception as error:  # not foreseen: the traceback goes to the log, for a bug report
        logging.getLogger("bot").critical(
            "the bot stopped: %s", error, exc_info=True, extra={"event": "crashed"}
        )
        return EXIT_FAILURE
    return 0


def fast_event_loop() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop where it is installed (a dependency, but for Windows), else asyncio's.

    Under a burst the bot is busy with sockets and callbacks; uvloop does that part in C, which
    took a fifth off the CPU of a burst (``docs/reliability.md``).
    """
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def command_health(args: argparse.Namespace) -> int:
    """Exit 0 when the running bot is healthy, 1 when not (for HEALTHCHECK and orchestrators)."""
    from bot.health import check

    health = check(Settings.from_environment(), max_age=args.max_age)
    print(f"{'healthy' if health.healthy else 'unhealthy'}: {health.detail}")
    return 0 if health.healthy else 1
