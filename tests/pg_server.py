"""A throw-away PostgreSQL server for the test session, on 127.0.0.1 and a free port.

Plain module (not a conftest) so any test folder's conftest can import it. PostgreSQL refuses to run
as root, so as root the server runs as the ``postgres`` OS user (``runuser``) in a temporary folder that
user owns. Durability is switched off (fsync=off): this server holds nothing worth keeping.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


class PgUnavailableError(Exception):
    """No PostgreSQL server can be started here; the message says why."""


def _bin_dir() -> Path:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(os.path.join(candidate, "initdb"), os.X_OK):
            return Path(candidate)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    raise PgUnavailableError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    root: Path
    port: int
    bin_dir: Path
    as_user: list[str]
    host: str = "127.0.0.1"
    user: str = "postgres"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{dbname}"

    def _admin(self, sql: str) -> None:
        import psycopg2

        conn = psycopg2.connect(host=self.host, port=self.port, user=self.user, dbname="postgres")
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(sql)
        finally:
            conn.close()

    def create_database(self) -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        self._admin(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    @contextmanager
    def fresh_database(self) -> Iterator[str]:
        """A new empty database's URL, dropped afterwards."""
        name = self.create_database()
        try:
            yield self.url(name)
        finally:
            self.drop_database(name)

    def stop(self) -> None:
        subprocess.run(
            [*self.as_user, str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate",
             "-w", "stop"],
            capture_output=True, check=False, timeout=60, cwd=self.root,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def start() -> PgServer:
    """Start a server, or raise PgUnavailableError with the reason."""
    try:
        import psycopg2  # noqa: F401
    except ImportError as exc:
        raise PgUnavailableError("psycopg2 is not installed") from exc
    bin_dir = _bin_dir()
    root = Path(tempfile.mkdtemp(prefix="sciatica-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        try:
            entry = pwd.getpwnam("postgres")
        except KeyError as exc:
            shutil.rmtree(root, ignore_errors=True)
            raise PgUnavailableError("running as root and there is no 'postgres' user") from exc
        if not shutil.which("runuser"):
            shutil.rmtree(root, ignore_errors=True)
            raise PgUnavailableError("running as root and 'runuser' is missing")
        os.chown(root, entry.pw_uid, entry.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    server = PgServer(root=root, port=0, bin_dir=bin_dir, as_user=as_user)
    try:
        _run(server, "initdb", "-D", str(root / "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8",
             "--locale=C", "--no-sync")
        last_error = ""
        for _attempt in range(3):  # the free port can be taken between choosing and binding it
            server.port = _free_port()
            options = (f"-c listen_addresses=127.0.0.1 -p {server.port} -c unix_socket_directories={root} "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
            done = subprocess.run(
                [*as_user, str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "log"),
                 "-o", options, "-w", "-t", "60", "start"],
                capture_output=True, text=True, check=False, timeout=90, cwd=root,
            )
            if done.returncode == 0:
                return server
            last_error = done.stderr.strip() or done.stdout.strip()
        log_tail = (root / "log").read_text(errors="replace")[-2000:] if (root / "log").exists() else ""
        raise PgUnavailableError(f"pg_ctl start failed: {last_error} {log_tail}")
    except BaseException:
        server.stop()
        raise


def _run(server: PgServer, tool: str, *args: str) -> None:
    done = subprocess.run(
        [*server.as_user, str(server.bin_dir / tool), *args],
        capture_output=True, text=True, check=False, timeout=120, cwd=server.root,
    )
    if done.returncode != 0:
        raise PgUnavailableError(f"{tool} failed: {(done.stderr or done.stdout).strip()[:2000]}")
