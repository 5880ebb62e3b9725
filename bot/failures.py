"""Failures an operator can cause or meet, each with one line to print and its exit code.

``python -m bot`` prints ``error: <message>`` and exits with the code; the README's table
"Exit codes" lists them. The message says what is wrong and what to do, and never repeats a
secret (the library's own messages may contain the token, so they are not passed on).
"""

from __future__ import annotations

EXIT_FAILURE = 1  # a command could not do what was asked (e.g. validate found problems)
EXIT_CONFIG = 2  # an environment variable is missing or wrong
EXIT_KNOWLEDGE = 3  # the knowledge directory is missing or has problems
EXIT_TOKEN_REJECTED = 4  # the Bot API refused TELEGRAM_BOT_TOKEN
EXIT_TELEGRAM_UNREACHABLE = 5  # the Bot API did not answer within STARTUP_WAIT_SECONDS
EXIT_DATA = 6  # DATA_DIR is not writable, or the database is locked or corrupt
EXIT_PORT = 7  # webhook mode: the port is in use or cannot be bound


class Failure(Exception):
    """A command cannot go on; ``str(failure)`` is the one line to print."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.exit_code = exit_code
