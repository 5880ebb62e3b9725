"""Configuration, from environment variables only, parsed once into an immutable object.

Every variable is read here and nowhere else; a missing or invalid value stops the program with
one line that names the variable. ``README.md`` has the table of variables.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"


def knowledge_dir(argument: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The knowledge directory: the argument, else ``KNOWLEDGE_DIR``, else the repository's."""
    env = os.environ if environ is None else environ
    return Path(argument or env.get("KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR)


class ConfigError(Exception):
    """A configuration value is missing or wrong; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    token: str | None
    api_base_url: str
    data_dir: Path
    knowledge_dir: Path
    user_hash_secret: bytes | None
    retention_days: float

    @property
    def database(self) -> Path:
        return self.data_dir / "bot.sqlite3"

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        base_url = env.get("TELEGRAM_API_BASE_URL", DEFAULT_API_BASE_URL).strip()
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"TELEGRAM_API_BASE_URL must be an http(s) URL, not {base_url!r}")
        retention = env.get("RETENTION_DAYS", "180").strip()
        try:
            retention_days = float(retention)
        except ValueError:
            raise ConfigError(
                f"RETENTION_DAYS must be a number of days, not {retention!r}"
            ) from None
        if retention_days <= 0:
            raise ConfigError(f"RETENTION_DAYS must be above 0, not {retention!r}")
        secret = env.get("USER_HASH_SECRET", "").strip()
        if secret and len(secret) < 16:
            raise ConfigError("USER_HASH_SECRET must be at least 16 characters long")
        return cls(
            token=env.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
            api_base_url=base_url,
            data_dir=Path(env.get("DATA_DIR", "data")),
            knowledge_dir=knowledge_dir(environ=env),
            user_hash_secret=secret.encode() if secret else None,
            retention_days=retention_days,
        )

    def require_secret(self) -> bytes:
        """The hashing key, which running for real needs: no silent default."""
        if self.user_hash_secret is None:
            raise ConfigError(
                "USER_HASH_SECRET is not set: set it to a long random string "
                "(e.g. `openssl rand -hex 32`); it keys the hashes that stand for users"
            )
        return self.user_hash_secret
