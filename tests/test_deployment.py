"""The deployment files agree with the code: compose, the README's table, the image's context."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.conftest import ROOT

CONFIG_SOURCE = (ROOT / "bot" / "config.py").read_text()
README = (ROOT / "README.md").read_text()


def variables_read_by_the_code() -> set[str]:
    return set(re.findall(r'get\("([A-Z_]+)"', CONFIG_SOURCE))


def variables_in_the_readme_table() -> set[str]:
    return set(re.findall(r"^\| `([A-Z_]+)` \|", README, re.M))


def test_the_readme_table_lists_exactly_the_variables_the_code_reads() -> None:
    read = variables_read_by_the_code()
    assert len(read) >= 14  # the list: token … LOG_LEVEL
    assert variables_in_the_readme_table() == read


def compose() -> dict[str, object]:
    loaded = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert isinstance(loaded, dict)
    return loaded


def test_compose_needs_nothing_but_a_token_and_a_secret() -> None:
    service = compose()["services"]["bot"]  # type: ignore[index]
    environment: dict[str, str] = service["environment"]
    required = {name for name, value in environment.items() if re.search(r"\$\{\w+:\?", str(value))}
    assert required == {"TELEGRAM_BOT_TOKEN", "USER_HASH_SECRET"}
    assert set(environment) <= variables_read_by_the_code()
    assert environment["BOT_MODE"] == "polling"
    assert "bot-data:/data" in service["volumes"]
    assert service["build"] == "."
    assert int(service["stop_grace_period"].removesuffix("s")) >= 10


def test_the_commented_webhook_variant_is_valid_once_uncommented() -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    lines = text.splitlines()
    variant = [line for line in lines if re.match(r"  #   [A-Z_]+: ", line)]
    settings = yaml.safe_load("\n".join(line.replace("#", " ", 1) for line in variant))
    assert settings["BOT_MODE"] == "webhook"
    assert settings["WEBHOOK_URL"].startswith("https://")
    assert set(settings) <= variables_read_by_the_code()
    proxy_start = lines.index("  # proxy:")
    proxy = []
    for line in lines[proxy_start:]:
        if not line.startswith("  #"):
            break
        proxy.append(line.replace("#", " ", 1))
    service = yaml.safe_load("\n".join(proxy))["proxy"]
    mounted = service["volumes"][0].split(":")[0]
    assert (ROOT / mounted).is_file()
    assert "/telegram" in (ROOT / mounted).read_text()


def test_the_build_context_holds_what_the_dockerfile_copies() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    copied = set()
    for sources in re.findall(r"^COPY (?!--from)(.+) \S+$", dockerfile, re.M):
        copied.update(sources.split())
    allowed = {
        line.removeprefix("!").rstrip("/")
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.startswith("!")
    }
    assert copied == allowed
    for path in copied:
        assert Path(ROOT / path).exists()
