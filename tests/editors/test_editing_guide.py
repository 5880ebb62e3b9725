"""docs/editing.md, run as an editor would: every shell block, in order, on a copy of the
knowledge in a fresh folder, with ``python`` the project's interpreter.

Checks what each step promises: the gap is listed, resolving links it, the other wording is then
answered, the draft with a new entry validates, and a changed official text does not.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import KNOWLEDGE_DIR, ROOT

GUIDE = ROOT / "docs" / "editing.md"


def blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


def test_every_command_of_the_guide_does_what_it_says(tmp_path: Path) -> None:
    shutil.copytree(KNOWLEDGE_DIR, tmp_path / "knowledge")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "python"  # a script, not a link: a link would lose the virtualenv
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    wrapper.chmod(0o755)
    env = {
        "PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "DATA_DIR": "data",
        "KNOWLEDGE_DIR": "knowledge",
        "PYTHONPATH": str(ROOT),
    }
    outputs = []
    for block in blocks():
        result = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", block],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, f"{block}\n{result.stdout}\n{result.stderr}"
        outputs.append(result.stdout)
    asked, gaps, resolved, answered, draft, coverage, broken = outputs
    assert "I don't know yet" in asked
    assert "I will tell you here when this question has an answer." in asked
    assert gaps.startswith("#1 ")
    assert "who is answerable when a classroom robot misbehaves?" in gaps
    assert "gap 1 linked to bc-07" in resolved
    assert "AI should be human-controlled" in answered.split("> who is answerable when a robot")[1]
    assert "bc-07" in answered
    assert "draft: sound" in draft
    assert "right before" in draft
    assert "language" in coverage
    assert "validate found problems" in broken
    assert "bc-12" in broken
