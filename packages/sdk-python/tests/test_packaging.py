"""The package builds into a wheel that imports on its own, and its version moves with the TypeScript SDK's."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent


def test_a_wheel_builds_from_the_repository_and_imports_from_a_bare_path(tmp_path):
    # Built from a copy, so setuptools' build/ and egg-info never land in the source tree.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(PACKAGE / name, source / name)
    shutil.copytree(PACKAGE / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    out = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=240,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheels = list(out.glob("bacowr-*.whl"))
    assert len(wheels) == 1, built.stdout
    with zipfile.ZipFile(wheels[0]) as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        wheel.extractall(tmp_path / "site")
    for module in ("__init__.py", "py.typed", "_generated.py", "_async.py", "client.py", "errors.py", "webhooks.py"):
        assert f"bacowr/{module}" in names
    assert re.search(r"^Requires-Dist: httpx", metadata, re.M)
    assert len(re.findall(r"^Requires-Dist: (?!pytest)", metadata, re.M)) == 1  # httpx and nothing else

    # A fresh interpreter that sees the unpacked wheel (and the system's httpx), not the source tree.
    check = (
        "import sys; sys.path.insert(0, sys.argv[1]); import bacowr, bacowr.worker; "
        "assert bacowr.__file__.startswith(sys.argv[1]), bacowr.__file__; "
        "c = bacowr.Client(token='t', base_url='http://127.0.0.1:9/v1'); assert c.base_url == 'http://127.0.0.1:9'; "
        "print(bacowr.__version__)"
    )
    run = subprocess.run([sys.executable, "-I", "-c", check, str(tmp_path / "site")],
                         capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == _typescript_sdk_version()


def _typescript_sdk_version() -> str:
    return json.loads((PACKAGE.parent / "sdk" / "package.json").read_text())["version"]


def test_the_version_moves_with_the_typescript_sdk():
    import bacowr

    pyproject = (PACKAGE / "pyproject.toml").read_text()
    declared = re.search(r'^version = "([^"]+)"', pyproject, re.M)
    assert declared and declared.group(1) == bacowr.__version__ == _typescript_sdk_version()
