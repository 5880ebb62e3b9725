"""Configuration, from environment variables only, parsed once into an immutable object.

Every variable is read here and nowhere else; a missing or invalid value stops the program with
one line that names the variable (``ConfigError``). ``README.md`` has the table of variables.
Secret values (the token, the keys) are never repeated in an error or a ``repr``.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"
DEFAULT_EVAL_DIR = Path(__file__).resolve().parent.parent / "bench" / "data" / "eval"
WATCH_MODES = ("auto", "poll", "off")
MATCHING_PROCESS_MODES = ("auto", "on", "off")
MODES = ("polling", "webhook")
LOG_FORMATS = ("text", "json")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# A token from @BotFather: the bot's numeric id, a colon, then a random string.
TOKEN_PATTERN = re.compile(r"\d+:[A-Za-z0-9_-]{20,}")
# Telegram accepts 1-256 of these characters as a webhook secret; we ask for at least 16.
WEBHOOK_SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,256}")
MIN_SECRET_LENGTH = 16


def knowledge_dir(argument: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The knowledge directory: the argument, else ``KNOWLEDGE_DIR``, else the repository's."""
    env = os.environ if environ is None else environ
    return Path(argument or env.get("KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR)


CPU_QUOTA = Path("/sys/fs/cgroup/cpu.max")  # cgroup v2: "<quota> <period>" or "max <period>"


def usable_cpus(quota_file: Path | None = None) -> float:
    """The CPUs this process may use: those it may run on, and no more than its container's
    CPU quota (``docker run --cpus 1`` sets a quota, not the CPUs it may run on)."""
    cpus = float(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
    try:
        quota, period = (quota_file or CPU_QUOTA).read_text().split()[:2]
        if quota != "max":
            cpus = min(cpus, int(quota) / int(period))
    except (OSError, ValueError):
        pass  # no cgroup v2 quota to read: the affinity alone
    return cpus


class ConfigError(Exception):
    """A configuration value is missing or wrong; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    token: str | None = field(repr=False)
    api_base_url: str
    data_dir: Path
    knowledge_dir: Path
    user_hash_secret: bytes | None = field(repr=False)
    retention_days: float
    mode: str = "polling"
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    listen_host: str = "0.0.0.0"
    port: int = 8080
    editor_ids: frozenset[int] = field(default=frozenset(), repr=False)
    log_format: str = "text"
    log_level: str = "INFO"
    startup_wait_seconds: float = 60.0
    knowledge_watch: str = "auto"
    reload_max_drop: float = 0.02
    eval_dir: Path = DEFAULT_EVAL_DIR
    user_questions_per_minute: int = 20
    messages_per_second: float = 30.0
    matching_process: str = "auto"  # auto: a second process when the bot may use two cores

    @property
    def second_process(self) -> bool:
        """Whether questions are matched in a child process (``bot.matching.process``): with
        ``auto``, when this process may use more than one CPU."""
        if self.matching_process == "auto":
            return usable_cpus() > 1
        return self.matching_process == "on"

    @property
    def database(self) -> Path:
        return self.data_dir / "bot.sqlite3"

    @property
    def heartbeat(self) -> Path:
        """Written while the bot runs; ``python -m bot health`` reads its age."""
        return self.data_dir / "heartbeat"

    @property
    def webhook_path(self) -> str:
        """The path the webhook server listens on: the path of ``WEBHOOK_URL``."""
        path = urlsplit(self.webhook_url or "").path.rstrip("/")
        return path or "/telegram"

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ

        def get(name: str, default: str = "") -> str:
            # An empty value counts as unset: compose files pass "" for unset variables.
            return env.get(name, "").strip() or default

        token = get("TELEGRAM_BOT_TOKEN") or None
        if token is not None and not TOKEN_PATTERN.fullmatch(token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN does not look like a token from @BotFather "
                "(the bot's number, a colon, then at least 20 letters, digits, _ or -)"
            )
        base_url = get("TELEGRAM_API_BASE_URL", DEFAULT_API_BASE_URL)
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"TELEGRAM_API_BASE_URL must be an http(s) URL, not {base_url!r}")
        mode = _choice("BOT_MODE", get("BOT_MODE", "polling"), MODES)
        webhook_url = get("WEBHOOK_URL") or None
        webhook_secret = get("WEBHOOK_SECRET") or None
        if mode == "webhook":
            _check_webhook(webhook_url, webhook_secret)
        secret = get("USER_HASH_SECRET")
        if secret and len(secret) < MIN_SECRET_LENGTH:
            raise ConfigError(
                f"USER_HASH_SECRET must be at least {MIN_SECRET_LENGTH} characters long"
            )
        retention_days = _positive("RETENTION_DAYS", get("RETENTION_DAYS", "180"), "days")
        startup_wait = _positive(
            "STARTUP_WAIT_SECONDS", get("STARTUP_WAIT_SECONDS", "60"), "seconds"
        )
        watch = _choice("KNOWLEDGE_WATCH", get("KNOWLEDGE_WATCH", "auto").lower(), WATCH_MODES)
        max_drop = _fraction("RELOAD_MAX_DROP", get("RELOAD_MAX_DROP", "0.02"))
        log_format = _choice("LOG_FORMAT", get("LOG_FORMAT", "text").lower(), LOG_FORMATS)
        log_level = _choice("LOG_LEVEL", get("LOG_LEVEL", "INFO").upper(), LOG_LEVELS)
        per_minute = _count("USER_QUESTIONS_PER_MINUTE", get("USER_QUESTIONS_PER_MINUTE", "20"))
        per_second = _rate("MESSAGES_PER_SECOND", get("MESSAGES_PER_SECOND", "30"))
        matching = get("MATCHING_PROCESS", "auto").lower()
        matching = _choice("MATCHING_PROCESS", matching, MATCHING_PROCESS_MODES)
        return cls(
            token=token,
            api_base_url=base_url,
            data_dir=Path(get("DATA_DIR", "data")),
            knowledge_dir=knowledge_dir(environ=env),
            user_hash_secret=secret.encode() if secret else None,
            retention_days=retention_days,
            mode=mode,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
            listen_host=get("LISTEN_HOST", "0.0.0.0"),
            port=_port(get("PORT", "8080")),
            editor_ids=_editor_ids(get("EDITOR_IDS")),
            log_format=log_format,
            log_level=log_level,
            startup_wait_seconds=startup_wait,
            knowledge_watch=watch,
            reload_max_drop=max_drop,
            eval_dir=Path(get("EVAL_DIR") or DEFAULT_EVAL_DIR),
            user_questions_per_minute=per_minute,
            messages_per_second=per_second,
            matching_process=matching,
        )

    def require_token(self) -> str:
        """The bot token, which running on Telegram needs."""
        if self.token is None:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set: set it to the token @BotFather gave you "
                "(or try `python -m bot chat`, which needs none)"
            )
        return self.token

    def require_secret(self) -> bytes:
        """The hashing key, which running for real needs: no silent default."""
        if self.user_hash_secret is None:
            raise ConfigError(
                "USER_HASH_SECRET is not set: set it to a long random string "
                "(e.g. `openssl rand -hex 32`); it keys the hashes that stand for users"
            )
        return self.user_hash_secret


def _check_webhook(url: str | None, secret: str | None) -> None:
    if url is None:
        raise ConfigError(
            "WEBHOOK_URL is not set: in webhook mode it is the public https:// address "
            "that Telegram posts updates to"
        )
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ConfigError(f"WEBHOOK_URL must be an https:// address (Telegram's rule), not {url!r}")
    if secret is None:
        raise ConfigError(
            "WEBHOOK_SECRET is not set: in webhook mode it must be a random string of "
            "16 to 256 letters, digits, _ or - (e.g. `openssl rand -hex 32`)"
        )
    if not WEBHOOK_SECRET_PATTERN.fullmatch(secret):
        raise ConfigError(
            "WEBHOOK_SECRET must be 16 to 256 letters, digits, _ or - (Telegram's rule)"
        )


def _choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    """One of a few words; the error lists them ("polling or webhook", "one of DEBUG, …")."""
    if value not in choices:
        allowed = " or ".join(choices) if len(choices) == 2 else "one of " + ", ".join(choices)
        raise ConfigError(f"{name} must be {allowed}, not {value!r}")
    return value


def _positive(name: str, value: str, unit: str) -> float:
    """A number above 0 (days, seconds)."""
    try:
        number = float(value)
    except ValueError:
        raise ConfigError(f"{name} must be a number of {unit}, not {value!r}") from None
    if not 0 < number < math.inf:
        raise ConfigError(f"{name} must be a number above 0, not {value!r}")
    return number


def _fraction(name: str, value: str) -> float:
    """A share from 0 to 1 (0.02 is two points)."""
    try:
        number = float(value)
    except ValueError:
        raise ConfigError(f"{name} must be a number from 0 to 1, not {value!r}") from None
    if not 0 <= number <= 1:
        raise ConfigError(f"{name} must be a number from 0 to 1, not {value!r}")
    return number


def _count(name: str, value: str) -> int:
    """A whole number, 0 or more (0 turns the limit off)."""
    if not value.isdigit():
        raise ConfigError(f"{name} must be a whole number, 0 or more (0: no limit), not {value!r}")
    return int(value)


def _rate(name: str, value: str) -> float:
    """A number, 0 or more (0 turns the limit off)."""
    problem = f"{name} must be a number, 0 or more (0: no limit), not {value!r}"
    try:
        number = float(value)
    except ValueError:
        raise ConfigError(problem) from None
    if not 0 <= number < math.inf:
        raise ConfigError(problem)
    return number


def _port(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise ConfigError(f"PORT must be a port number from 1 to 65535, not {value!r}")
    return int(value)


def _editor_ids(value: str) -> frozenset[int]:
    """Telegram user ids, separated by commas or spaces; kept in memory, never stored."""
    ids = [part for part in re.split(r"[,\s]+", value) if part]
    if not all(part.isdigit() for part in ids):
        raise ConfigError(
            f"EDITOR_IDS must be numeric Telegram user ids separated by commas, not {value!r}"
        )
    return frozenset(int(part) for part in ids)
