"""Upload dist/* (wheel + sdist) to the package index with twine.

Usage: python tools/publish.py dist

Environment:
  COBALT_INDEX_URL       upload endpoint (twine --repository-url), e.g. http://127.0.0.1:8080/ for
                         pypiserver or https://upload.pypi.org/legacy/
  COBALT_INDEX_USER      user name
  COBALT_INDEX_PASSWORD  password / token (passed to twine through its environment, never argv)
  COBALT_INDEX_SIMPLE_URL  optional: the index's simple API; default: COBALT_INDEX_URL without a
                         trailing `legacy/`, plus `simple/`

Before uploading, the simple API is asked whether this version is already there; an index that
answers the upload with 409 Conflict is handled the same way. Either way the message is
"cobalt-sdk X.Y.Z is already on the index; bump overlay/cobalt_sdk/_version.py" (exit 1).
Missing variables: exit 2, naming them.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

DIST_NAME = "cobalt-sdk"
VERSION_FILE = "overlay/cobalt_sdk/_version.py"
ENV_VARS = ("COBALT_INDEX_URL", "COBALT_INDEX_USER", "COBALT_INDEX_PASSWORD")
HTTP_TIMEOUT = 30
UPLOAD_TIMEOUT = 300


class PublishError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def already_published(version: str) -> str:
    return f"{DIST_NAME} {version} is already on the index; bump {VERSION_FILE}"


def dist_files(dist: Path) -> tuple[list[Path], str]:
    """The wheel(s) and sdist(s) in DIST and their single common version."""
    files = sorted([*dist.glob("*.whl"), *dist.glob("*.tar.gz")])
    if not files:
        raise PublishError(f"{dist}: no *.whl or *.tar.gz to publish (run `nox -s build` first)", code=2)
    versions: set[str] = set()
    for path in files:
        name, version = split_filename(path.name)
        if normalize(name) != DIST_NAME:
            raise PublishError(f"{path}: not a {DIST_NAME} distribution", code=2)
        versions.add(version)
    if len(versions) != 1:
        raise PublishError(f"{dist}: files of several versions {sorted(versions)}; publish one version at a time", 2)
    return files, versions.pop()


def split_filename(filename: str) -> tuple[str, str]:
    """(project, version) from a wheel or sdist file name."""
    if filename.endswith(".whl"):
        parts = filename[: -len(".whl")].split("-")
        if len(parts) < 5:
            raise PublishError(f"{filename}: not a wheel file name", code=2)
        return parts[0], parts[1]
    for suffix in (".tar.gz", ".zip"):
        if filename.endswith(suffix):
            stem = filename[: -len(suffix)]
            if "-" in stem:
                name, version = stem.rsplit("-", 1)
                return name, version
    raise PublishError(f"{filename}: not a distribution file name", code=2)


def same_version(a: str, b: str) -> bool:
    try:
        from packaging.version import InvalidVersion, Version
    except ImportError:  # twine always brings packaging; keep a plain fallback anyway
        return a == b
    try:
        return Version(a) == Version(b)
    except InvalidVersion:
        return a == b


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.names.append(urllib.parse.unquote(urllib.parse.urlsplit(href).path.rsplit("/", 1)[-1]))


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only within the index's host: an index that falls back to PyPI for unknown
    projects (pypiserver does by default) must not make PyPI's releases count as "on the index"."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).netloc != urllib.parse.urlsplit(req.full_url).netloc:
            return None  # urllib then raises HTTPError(code)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def simple_url(upload_url: str) -> str:
    explicit = os.environ.get("COBALT_INDEX_SIMPLE_URL")
    if explicit:
        return explicit.rstrip("/") + "/"
    base = upload_url.rstrip("/")
    base = base.removesuffix("/legacy")
    return base + "/simple/"


def published_versions(index_simple: str, user: str, password: str) -> set[str]:
    """Versions of cobalt-sdk the index's simple API lists (empty when the project is unknown)."""
    url = urllib.parse.urljoin(index_simple, DIST_NAME + "/")
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    request = urllib.request.Request(
        url,
        headers={
            "Authorization": f"Basic {token}",
            "Accept": "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1",
        },
    )
    try:
        opener = urllib.request.build_opener(_SameHostRedirects())
        with opener.open(request, timeout=HTTP_TIMEOUT) as response:
            content_type = response.headers.get("Content-Type", "")
            body = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        if exc.code == 404 or 300 <= exc.code < 400:  # unknown here (or only elsewhere, e.g. PyPI fallback)
            return set()
        if exc.code in (401, 403):
            raise PublishError(
                f"the index refused the credentials in COBALT_INDEX_USER/PASSWORD ({exc.code} on {url})"
            ) from exc
        raise PublishError(f"cannot read the index's simple API {url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise PublishError(f"cannot reach the index's simple API {url}: {exc}") from exc
    if "json" in content_type:
        names = [f.get("filename", "") for f in json.loads(body).get("files", [])]
    else:
        parser = _Links()
        parser.feed(body)
        names = parser.names
    versions: set[str] = set()
    for name in names:
        try:
            project, version = split_filename(name)
        except PublishError:
            continue
        if normalize(project) == DIST_NAME:
            versions.add(version)
    return versions


def upload(files: list[Path], url: str, user: str, password: str, version: str, index_simple: str) -> None:
    env = dict(os.environ)
    env.update(TWINE_USERNAME=user, TWINE_PASSWORD=password, TWINE_NON_INTERACTIVE="1")
    env.pop("TWINE_REPOSITORY", None)
    # --verbose: on failure twine prints the server's response body ("... already exists").
    cmd = [sys.executable, "-m", "twine", "--no-color", "upload", "--non-interactive", "--disable-progress-bar"]
    cmd += ["--verbose", "--repository-url", url, *map(str, files)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=UPLOAD_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        raise PublishError(f"twine upload timed out after {UPLOAD_TIMEOUT}s") from exc
    output = proc.stdout + proc.stderr
    if password:
        output = output.replace(password, "***")
    if proc.returncode == 0:
        for line in output.splitlines():
            if line.startswith(("Uploading ", "View at")):
                print(line.strip())
        return
    tail = "\n".join(output.strip().splitlines()[-15:])
    # 409 Conflict (pypiserver, most private indexes); PyPI and pypiserver-for-twine answer 400 "already exists".
    if re.search(r"\b409\b|Conflict|already exists", output, re.IGNORECASE):
        raise PublishError(f"{already_published(version)} (the index refused the upload: conflict)\n{tail}")
    # A race with another publisher: look again before reporting a generic failure.
    try:
        now_listed = published_versions(index_simple, user, password)
    except PublishError:
        now_listed = set()
    if any(same_version(version, v) for v in now_listed):
        raise PublishError(f"{already_published(version)} (the upload failed and the index now lists it)\n{tail}")
    raise PublishError(f"twine upload failed (exit {proc.returncode}):\n{tail}")


def publish(dist: Path) -> None:
    missing = [name for name in ENV_VARS if not os.environ.get(name)]
    if missing:
        raise PublishError(
            f"missing environment variable(s): {', '.join(missing)} "
            f"(COBALT_INDEX_URL/USER/PASSWORD name the upload URL and credentials of the index)",
            code=2,
        )
    url, user, password = (os.environ[name] for name in ENV_VARS)
    files, version = dist_files(dist)
    index_simple = simple_url(url)
    listed = published_versions(index_simple, user, password)
    if any(same_version(version, v) for v in listed):
        raise PublishError(already_published(version))
    print(f"publishing {DIST_NAME} {version} to {url}: {', '.join(p.name for p in files)}")
    upload(files, url, user, password, version, index_simple)
    print(f"published {DIST_NAME} {version}")


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python tools/publish.py DIST_DIR", file=sys.stderr)
        return 2
    try:
        publish(Path(argv[0]))
    except PublishError as exc:
        print(f"publish: error: {exc}", file=sys.stderr)
        return exc.code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
