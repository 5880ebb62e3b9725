"""Configuration: defaults, and a one-line error naming the variable for each bad value."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot import config
from bot.config import ConfigError, Settings

TOKEN = "123456:AAbbCCddEEffGGhhIIjjKKllMMnn"
SECRET = "0123456789abcdef0123"
WEBHOOK = {
    "BOT_MODE": "webhook",
    "WEBHOOK_URL": "https://bot.example.org/telegram",
    "WEBHOOK_SECRET": "s3cret_Webhook-token_0123",
}


def test_defaults_when_nothing_is_set() -> None:
    settings = Settings.from_environment({})
    assert settings.token is None
    assert settings.mode == "polling"
    assert settings.api_base_url == "https://api.telegram.org/bot"
    assert settings.data_dir == Path("data")
    assert settings.database == Path("data/bot.sqlite3")
    assert (settings.listen_host, settings.port) == ("0.0.0.0", 8080)
    assert settings.editor_ids == frozenset()
    assert (settings.log_format, settings.log_level) == ("text", "INFO")
    assert settings.retention_days == 180
    assert settings.user_hash_secret is None


def test_every_variable_is_read() -> None:
    settings = Settings.from_environment(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
            **WEBHOOK,
            "LISTEN_HOST": "127.0.0.1",
            "PORT": "9000",
            "DATA_DIR": "/srv/bot",
            "KNOWLEDGE_DIR": "/srv/knowledge",
            "EDITOR_IDS": "11, 22 33",
            "USER_HASH_SECRET": SECRET,
            "RETENTION_DAYS": "30",
            "LOG_FORMAT": "JSON",
            "LOG_LEVEL": "debug",
        }
    )
    assert settings.token == TOKEN
    assert settings.api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.mode == "webhook"
    assert settings.webhook_path == "/telegram"
    assert (settings.listen_host, settings.port) == ("127.0.0.1", 9000)
    assert settings.heartbeat == Path("/srv/bot/heartbeat")
    assert settings.knowledge_dir == Path("/srv/knowledge")
    assert settings.editor_ids == frozenset({11, 22, 33})
    assert settings.require_secret() == SECRET.encode()
    assert settings.retention_days == 30
    assert (settings.log_format, settings.log_level) == ("json", "DEBUG")


def test_matching_in_a_second_process_where_there_are_two_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Settings.from_environment({"MATCHING_PROCESS": "On"}).second_process
    assert not Settings.from_environment({"MATCHING_PROCESS": "off"}).second_process
    auto = Settings.from_environment({})
    assert auto.matching_process == "auto"
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert not auto.second_process
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(config, "CPU_QUOTA", Path("/nonexistent/cpu.max"))
    assert auto.second_process


def test_a_containers_cpu_quota_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    quota = tmp_path / "cpu.max"
    quota.write_text("100000 100000\n")  # docker run --cpus 1
    assert config.usable_cpus(quota) == 1.0
    quota.write_text("250000 100000\n")
    assert config.usable_cpus(quota) == 2.5
    quota.write_text("max 100000\n")
    assert config.usable_cpus(quota) == 4.0
    quota.write_text("garbage")
    assert config.usable_cpus(quota) == 4.0
    assert config.usable_cpus(tmp_path / "missing") == 4.0


def test_empty_values_count_as_unset() -> None:
    settings = Settings.from_environment({"BOT_MODE": "", "PORT": " ", "TELEGRAM_BOT_TOKEN": ""})
    assert (settings.mode, settings.port, settings.token) == ("polling", 8080, None)


@pytest.mark.parametrize(
    ("environ", "variable"),
    [
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_API_BASE_URL": "api.telegram.org"}, "TELEGRAM_API_BASE_URL"),
        ({"BOT_MODE": "push"}, "BOT_MODE"),
        ({"BOT_MODE": "webhook"}, "WEBHOOK_URL"),
        ({**WEBHOOK, "WEBHOOK_URL": "http://bot.example.org/telegram"}, "WEBHOOK_URL"),
        ({**WEBHOOK, "WEBHOOK_SECRET": ""}, "WEBHOOK_SECRET"),
        ({**WEBHOOK, "WEBHOOK_SECRET": "short"}, "WEBHOOK_SECRET"),
        ({**WEBHOOK, "WEBHOOK_SECRET": "has spaces in it, not allowed"}, "WEBHOOK_SECRET"),
        ({"PORT": "http"}, "PORT"),
        ({"PORT": "70000"}, "PORT"),
        ({"EDITOR_IDS": "12,@someone"}, "EDITOR_IDS"),
        ({"USER_HASH_SECRET": "short"}, "USER_HASH_SECRET"),
        ({"RETENTION_DAYS": "forever"}, "RETENTION_DAYS"),
        ({"RETENTION_DAYS": "0"}, "RETENTION_DAYS"),
        ({"RETENTION_DAYS": "nan"}, "RETENTION_DAYS"),
        ({"RETENTION_DAYS": "inf"}, "RETENTION_DAYS"),
        ({"LOG_FORMAT": "xml"}, "LOG_FORMAT"),
        ({"LOG_LEVEL": "loud"}, "LOG_LEVEL"),
        ({"MATCHING_PROCESS": "yes"}, "MATCHING_PROCESS"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_variable(
    environ: dict[str, str], variable: str
) -> None:
    with pytest.raises(ConfigError) as raised:
        Settings.from_environment(environ)
    message = str(raised.value)
    assert message.startswith(variable), message
    assert "\n" not in message


def test_running_for_real_needs_the_token_and_the_secret() -> None:
    settings = Settings.from_environment({})
    with pytest.raises(ConfigError, match=r"^TELEGRAM_BOT_TOKEN is not set"):
        settings.require_token()
    with pytest.raises(ConfigError, match=r"^USER_HASH_SECRET is not set"):
        settings.require_secret()


def test_secrets_stay_out_of_errors_and_repr() -> None:
    bad_token = "123456:this token has spaces so it is refused"
    with pytest.raises(ConfigError) as raised:
        Settings.from_environment({"TELEGRAM_BOT_TOKEN": bad_token})
    assert "spaces" not in str(raised.value)
    with pytest.raises(ConfigError) as raised:
        Settings.from_environment({**WEBHOOK, "WEBHOOK_SECRET": "bad secret"})
    assert "bad secret" not in str(raised.value)
    settings = Settings.from_environment(
        {"TELEGRAM_BOT_TOKEN": TOKEN, "USER_HASH_SECRET": SECRET, **WEBHOOK}
    )
    shown = repr(settings)
    for secret in (TOKEN, SECRET, WEBHOOK["WEBHOOK_SECRET"]):
        assert secret not in shown
    assert "webhook" in shown


def test_settings_are_immutable() -> None:
    settings = Settings.from_environment({})
    with pytest.raises(AttributeError):
        settings.port = 1  # type: ignore[misc]
