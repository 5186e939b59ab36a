"""End-to-end publish test: build, publish to a real authenticated pypiserver, install from it.

Run with `nox -s publish_test` (or `pytest tools/test_publish.py`). Everything listens on
127.0.0.1 only; the server is always stopped. Dependencies of the SDK come from PyPI
(`--extra-index-url`, override with COBALT_TEST_EXTRA_INDEX_URL; set it to "" to use only pip's
own configuration).
"""

from __future__ import annotations

import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PUBLISH = ROOT / "tools" / "publish.py"
BUILD_TIMEOUT = 600
SERVER_START_TIMEOUT = 30
PUBLISH_TIMEOUT = 300
INSTALL_TIMEOUT = 600
EXTRA_INDEX = os.environ.get("COBALT_TEST_EXTRA_INDEX_URL", "https://pypi.org/simple")
ENV_VARS = ("COBALT_INDEX_URL", "COBALT_INDEX_USER", "COBALT_INDEX_PASSWORD", "COBALT_INDEX_SIMPLE_URL")


def sdk_version() -> str:
    text = (ROOT / "overlay" / "cobalt_sdk" / "_version.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*['"]([^'"]+)['"]""", text, re.M)
    assert match, "overlay/cobalt_sdk/_version.py defines no __version__"
    return match.group(1)


def clean_env(**cobalt: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ENV_VARS and k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(cobalt)
    return env


def run(
    cmd: list[str], timeout: float, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, capture_output=True, text=True, timeout=timeout, env=env or clean_env(), cwd=cwd, check=False
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True)
class Index:
    port: int
    user: str
    password: str

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def simple_with_auth(self) -> str:
        return f"http://{self.user}:{self.password}@127.0.0.1:{self.port}/simple/"

    def env(self, **extra: str) -> dict[str, str]:
        return clean_env(
            COBALT_INDEX_URL=self.url, COBALT_INDEX_USER=self.user, COBALT_INDEX_PASSWORD=self.password, **extra
        )


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="cobalt-publish-test-") as tmp:
        yield Path(tmp)


@pytest.fixture(scope="module")
def dist(workdir: Path) -> Path:
    out = workdir / "dist"
    proc = run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], timeout=BUILD_TIMEOUT)
    assert proc.returncode == 0, f"python -m build failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    version = sdk_version()
    names = sorted(p.name for p in out.iterdir())
    assert f"cobalt_sdk-{version}-py3-none-any.whl" in names, names
    assert f"cobalt_sdk-{version}.tar.gz" in names, names
    return out


def _wait_until_up(proc: subprocess.Popen[bytes], port: int, log: Path) -> bool:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    return False


@pytest.fixture(scope="module")
def index(workdir: Path) -> Iterator[Index]:
    from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

    user, password = "cobalt-ci", secrets.token_urlsafe(16)
    htpasswd = workdir / "htpasswd"
    passwords = HtpasswdFile(str(htpasswd), new=True)
    passwords.set_password(user, password)
    passwords.save()
    packages = workdir / "packages"
    packages.mkdir()
    log = workdir / "pypiserver.log"

    for _attempt in range(3):  # the free port can be taken between probing and binding
        port = free_port()
        cmd = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)]
        # authenticate every action, no overwrite (-o not given), never redirect to PyPI
        cmd += ["-P", str(htpasswd), "-a", "update,download,list", "--disable-fallback", str(packages)]
        with log.open("ab") as log_file:
            proc = subprocess.Popen(cmd, stdout=log_file, stderr=subprocess.STDOUT)
        try:
            if _wait_until_up(proc, port, log):
                yield Index(port, user, password)
                return
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
    pytest.fail(f"pypiserver did not start; log:\n{log.read_text(errors='replace')[-4000:]}")


@pytest.fixture(scope="module")
def published(dist: Path, index: Index) -> str:
    proc = run([sys.executable, str(PUBLISH), str(dist)], timeout=PUBLISH_TIMEOUT, env=index.env())
    assert proc.returncode == 0, f"publish failed:\n{proc.stdout}\n{proc.stderr}"
    version = sdk_version()
    assert f"published cobalt-sdk {version}" in proc.stdout
    assert index.password not in proc.stdout + proc.stderr
    return version


def test_published_files_are_listed(index: Index, published: str) -> None:
    request = urllib.request.Request(
        index.url + "simple/cobalt-sdk/", headers={"Authorization": _basic(index.user, index.password)}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read().decode()
    assert f"cobalt_sdk-{published}-py3-none-any.whl" in body
    assert f"cobalt_sdk-{published}.tar.gz" in body


def test_index_requires_authentication(index: Index, published: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(index.url + "simple/cobalt-sdk/", timeout=10)
    assert caught.value.code in (401, 403)


def test_install_from_index_and_import(index: Index, published: str, workdir: Path) -> None:
    venv = workdir / "venv"
    made = run([sys.executable, "-m", "venv", str(venv)], timeout=300)
    assert made.returncode == 0, made.stderr
    python = str(venv / "bin" / "python")
    # 1) cobalt-sdk itself only from the authenticated index (no other index may provide it)
    only_index = [python, "-m", "pip", "install", "--no-deps", "--index-url", index.simple_with_auth]
    proc = run([*only_index, f"cobalt-sdk=={published}"], timeout=INSTALL_TIMEOUT)
    assert proc.returncode == 0, f"pip install from the index failed:\n{proc.stdout}\n{proc.stderr}"
    # 2) the same requirement with dependencies (those come from PyPI)
    cmd = [python, "-m", "pip", "install", "--index-url", index.simple_with_auth]
    if EXTRA_INDEX:
        cmd += ["--extra-index-url", EXTRA_INDEX]
    proc = run([*cmd, f"cobalt-sdk=={published}"], timeout=INSTALL_TIMEOUT)
    assert proc.returncode == 0, f"pip install of the dependencies failed:\n{proc.stdout}\n{proc.stderr}"
    smoke = "import cobalt_sdk, cobalt_api_client; print(cobalt_sdk.__version__)"
    proc = run([python, "-I", "-c", smoke], timeout=120, cwd=workdir)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == published


def test_second_upload_is_refused(dist: Path, index: Index, published: str) -> None:
    proc = run([sys.executable, str(PUBLISH), str(dist)], timeout=PUBLISH_TIMEOUT, env=index.env())
    assert proc.returncode == 1, proc.stdout + proc.stderr
    expected = f"cobalt-sdk {published} is already on the index; bump overlay/cobalt_sdk/_version.py"
    assert expected in proc.stderr
    assert "publishing" not in proc.stdout  # refused before uploading anything


def test_server_conflict_is_reported_clearly(dist: Path, index: Index, published: str) -> None:
    # Point the pre-upload check at a simple API that lists nothing, so the upload reaches the server
    # (pypiserver answers twine's duplicate upload with 400 "... already exists", as PyPI does).
    env = index.env(COBALT_INDEX_SIMPLE_URL=index.url + "no-such-simple/")
    proc = run([sys.executable, str(PUBLISH), str(dist)], timeout=PUBLISH_TIMEOUT, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    expected = f"cobalt-sdk {published} is already on the index; bump overlay/cobalt_sdk/_version.py"
    assert expected in proc.stderr
    assert "already exists" in proc.stderr


class _Conflict(BaseHTTPRequestHandler):
    """An index that knows no project (404 on the simple API) but answers every upload 409 Conflict."""

    def do_GET(self) -> None:
        self.send_error(404)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        body = b"409 Conflict: File already exists."
        self.send_response(409, "Conflict")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_plain_409_is_reported_clearly(dist: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Conflict)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        env = clean_env(COBALT_INDEX_URL=url, COBALT_INDEX_USER="u", COBALT_INDEX_PASSWORD="p")
        proc = run([sys.executable, str(PUBLISH), str(dist)], timeout=PUBLISH_TIMEOUT, env=env)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"cobalt-sdk {sdk_version()} is already on the index; bump overlay/cobalt_sdk/_version.py" in proc.stderr
    assert "409" in proc.stderr


def test_wrong_password_is_reported(dist: Path, index: Index, published: str) -> None:
    env = index.env()
    env["COBALT_INDEX_PASSWORD"] = "wrong"
    proc = run([sys.executable, str(PUBLISH), str(dist)], timeout=PUBLISH_TIMEOUT, env=env)
    assert proc.returncode == 1
    assert "refused the credentials" in proc.stderr


@pytest.mark.parametrize(
    "present",
    [(), ("COBALT_INDEX_URL",), ("COBALT_INDEX_URL", "COBALT_INDEX_USER")],
    ids=["none", "url-only", "no-password"],
)
def test_missing_env_vars(present: tuple[str, ...], tmp_path: Path) -> None:
    values = {"COBALT_INDEX_URL": "http://127.0.0.1:9/", "COBALT_INDEX_USER": "u", "COBALT_INDEX_PASSWORD": "p"}
    env = clean_env(**{k: values[k] for k in present})
    proc = run([sys.executable, str(PUBLISH), str(tmp_path)], timeout=60, env=env)
    assert proc.returncode == 2
    missing = [k for k in values if k not in present]
    assert f"missing environment variable(s): {', '.join(missing)} (" in proc.stderr


def _basic(user: str, password: str) -> str:
    import base64

    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
