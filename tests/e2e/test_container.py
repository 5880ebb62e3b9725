"""The image, built from the Dockerfile and run for real with podman, against the fake Bot API.

No base image can be pulled here, so the build uses a local Debian base made with debootstrap
(``localhost/bookworm-python``) through the Dockerfile's ``BASE_IMAGE`` argument. ``.ci/run``
installs podman, runc and debootstrap and sets ``CONTAINER_TESTS=required``: then a missing
podman is a failure, not a skip. Elsewhere (a laptop without podman) the tests are skipped, and
say so loudly.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import time
import warnings
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tests.e2e.fake_telegram import TOKEN, FakeTelegram

BASE_IMAGE = "localhost/bookworm-python"
IMAGE = "localhost/unesco-ai-education-bot:test"
CA_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")
SECRET = "container-test-secret-0123456789"
UID = 10001


def podman(*arguments: str, check: bool = True, timeout: float = 600) -> str:
    result = subprocess.run(["podman", *arguments], capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(
            f"podman {' '.join(arguments[:3])}… exited {result.returncode}:\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result.stdout


def container_logs(name: str) -> str:
    """What the bot wrote (it logs to stderr, which ``podman logs`` keeps apart)."""
    result = subprocess.run(
        ["podman", "logs", name], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    return result.stdout


class PodmanMissing(UserWarning):
    """Shown in the summary of every run without podman (pyproject lets it through)."""


def require_podman() -> None:
    if shutil.which("podman"):
        return
    message = (
        "!!! podman is not installed: the container image is NOT built or run by this test run "
        "(`.ci/install-podman` installs it; CI requires it)"
    )
    if os.environ.get("CONTAINER_TESTS") == "required":
        pytest.fail(message)
    warnings.warn(message, PodmanMissing, stacklevel=2)
    pytest.skip(message)


def apt_mirror() -> str:
    """The Debian mirror this machine's apt uses (debootstrap needs one it can reach)."""
    sources = [Path("/etc/apt/sources.list"), *Path("/etc/apt/sources.list.d").glob("*")]
    for path in sources:
        text = path.read_text(errors="replace") if path.is_file() else ""
        found = re.search(r"^URIs:\s*(\S+/debian)\s*$", text, re.M) or re.search(
            r"^deb\s+(?:\[[^]]*\]\s+)?(\S+/debian)\s+bookworm", text, re.M
        )
        if found:
            return found.group(1)
    return "http://deb.debian.org/debian"


def ensure_base_image() -> None:
    """A minimal Debian bookworm with python3 and venv, imported as a podman image."""
    exists = subprocess.run(["podman", "image", "exists", BASE_IMAGE], check=False)
    if exists.returncode == 0:
        return
    if not shutil.which("debootstrap"):
        pytest.fail("debootstrap is needed to build the local base image (.ci/install-podman)")
    with tempfile.TemporaryDirectory() as root:
        subprocess.run(
            [
                "debootstrap",
                "--variant=minbase",
                "--include=python3,python3-venv,ca-certificates",
                "bookworm",
                root,
                apt_mirror(),
            ],
            check=True,
            capture_output=True,
            timeout=900,
        )
        with subprocess.Popen(["tar", "-C", root, "-c", "."], stdout=subprocess.PIPE) as tar:
            subprocess.run(
                ["podman", "import", "-", BASE_IMAGE],
                stdin=tar.stdout,
                check=True,
                capture_output=True,
            )
        assert tar.returncode == 0


@pytest.fixture(scope="module")
def image() -> str:
    require_podman()
    ensure_base_image()
    arguments = ["build", "--format", "docker", "--tag", IMAGE]
    arguments += ["--build-arg", f"BASE_IMAGE={BASE_IMAGE}"]
    if CA_BUNDLE.exists():  # a package proxy with its own certificate: trust it for the build
        arguments += ["--volume", f"{CA_BUNDLE}:{CA_BUNDLE}:ro"]
        arguments += ["--build-arg", f"PIP_CERT={CA_BUNDLE}"]
    podman(*arguments, str(ROOT), timeout=1800)
    return IMAGE


def test_the_image_is_configured_as_documented(image: str) -> None:
    (inspected,) = json.loads(podman("image", "inspect", image))
    config = inspected["Config"]
    assert config["User"] == f"{UID}:{UID}"
    assert config["Entrypoint"] == ["python", "-m", "bot"]
    assert config["Cmd"] == ["run"]
    assert config["StopSignal"] == "SIGTERM"
    assert "/data" in config["Volumes"]
    healthcheck = inspected.get("Healthcheck") or config.get("Healthcheck")  # podman or docker
    assert healthcheck["Test"] == ["CMD", "python", "-m", "bot", "health"]
    environment = dict(item.split("=", 1) for item in config["Env"])
    assert environment["DATA_DIR"] == "/data"
    assert environment["KNOWLEDGE_DIR"] == "/app/knowledge"
    for name in ("TELEGRAM_BOT_TOKEN", "USER_HASH_SECRET", "WEBHOOK_SECRET", "PIP_CERT"):
        assert name not in environment
    history = podman("history", "--no-trunc", "--format", "{{.CreatedBy}}", image)
    assert "PIP_CERT" not in history  # the build stage's argument left nothing in the image


def test_a_mounted_knowledge_base_replaces_the_built_in_one(image: str, tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    # Without the programme entries and the overviews, and without links or asked questions
    # naming them (the operator's own base has no asked questions of ours).
    for name in ("unesco-programmes.yaml", "about.yaml"):
        (knowledge / name).unlink()
    shutil.rmtree(knowledge / "asked")
    for path in knowledge.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data.get("entries", []):
            entry["related"] = [r for r in entry.get("related", []) if r.startswith("bc-")]
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    output = podman(
        "run", "--rm", "--network", "none", "-v", f"{knowledge}:/app/knowledge:ro",
        image, "validate",
    )  # fmt: skip
    assert "/app/knowledge: sound" in output
    built_in = podman("run", "--rm", "--network", "none", image, "validate")
    count = re.compile(r"^(\d+) entries", re.M)
    mounted_entries = int(count.findall(output)[0])
    built_in_entries = int(count.findall(built_in)[0])
    assert mounted_entries < built_in_entries


async def test_the_container_answers_reports_healthy_and_stops_cleanly(
    image: str, fake: FakeTelegram, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    if os.geteuid() == 0:
        os.chown(data, UID, UID)
    else:  # rootless podman maps users differently: let the bot's user write
        data.chmod(0o777)
    name = f"unesco-bot-test-{os.getpid()}"
    podman(
        "run", "--detach", "--name", name, "--network", "host",
        "--read-only", "--tmpfs", "/tmp", "--cap-drop", "ALL",
        "--env", f"TELEGRAM_BOT_TOKEN={TOKEN}",
        "--env", f"TELEGRAM_API_BASE_URL={fake.base_url}",
        "--env", f"USER_HASH_SECRET={SECRET}",
        "--volume", f"{data}:/data",
        image,
    )  # fmt: skip
    try:
        heartbeat = data / "heartbeat"
        deadline = time.monotonic() + 60
        while not heartbeat.exists():
            state = podman("inspect", name, "--format", "{{.State.Status}}").strip()
            assert state == "running", container_logs(name)
            assert time.monotonic() < deadline, "no heartbeat within 60 s"
            await asyncio.sleep(0.2)

        # The bot is PID 1 (exec-form entrypoint, so it gets SIGTERM) and runs as 10001.
        status = podman("exec", name, "cat", "/proc/1/status")
        assert re.search(rf"^Uid:\s+{UID}\s+{UID}", status, re.M), status
        assert podman("exec", name, "cat", "/proc/1/cmdline").split("\0")[:4] == [
            "python",
            "-m",
            "bot",
            "run",
        ]

        fake.send_text(fake.user(31, "es"), "¿Puede la IA reemplazar a los docentes?")
        answer = await fake.wait_for("sendMessage", within=30)
        assert "los docentes no pueden ser desplazados por las máquinas" in answer.params["text"]

        health = await asyncio.to_thread(
            subprocess.run, ["podman", "healthcheck", "run", name], capture_output=True
        )
        assert health.returncode == 0, health.stdout + health.stderr

        podman("stop", "--time", "30", name)
        state = json.loads(podman("inspect", name))[0]["State"]
        assert state["ExitCode"] == 0, container_logs(name)
    finally:
        logs = container_logs(name)
        podman("rm", "--force", name, check=False)
    records = [json.loads(line) for line in logs.splitlines() if line.startswith("{")]
    events = [record["event"] for record in records]
    assert {"started", "question", "signal", "stopped"} <= set(events), logs
    assert TOKEN not in logs
    assert SECRET not in logs

    # The database lives in the mounted /data, written by the bot's user, and closed cleanly.
    database = data / "bot.sqlite3"
    if os.geteuid() == 0:
        assert database.stat().st_uid == UID
    assert not (data / "bot.sqlite3-wal").exists()
    assert not heartbeat.exists()
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT language, outcome, best_entry FROM questions").fetchall()
    assert rows == [("es", "answer", "bc-12")]
