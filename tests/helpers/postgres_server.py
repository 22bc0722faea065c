"""A throw-away PostgreSQL server for the tests: its own folder, a free loopback port, an unprivileged user.

PostgreSQL refuses to run as root (CI runs as root), so there the server runs as ``nobody``; its socket and data
stay in a temporary folder that is removed when the server stops.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
from sqlalchemy import URL

SUPERUSER = "zp_admin"
UNPRIVILEGED_USER = "nobody"
START_TIMEOUT_S = 60


class ServerUnavailable(Exception):
    """No PostgreSQL server could be started on this machine (binaries missing, or they failed)."""


def find_bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl: on the PATH, else Debian's /usr/lib/postgresql/<n>/bin."""
    initdb = shutil.which("initdb")
    if initdb is not None and shutil.which("pg_ctl") is not None:
        return Path(initdb).resolve().parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """``start()`` once; ``url(db, user)`` for connections; ``stop()``/``start()`` again to test a restart."""

    def __init__(self) -> None:
        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise ServerUnavailable("initdb/pg_ctl not found (install the postgresql package)")
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="zoneplanner-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._user = UNPRIVILEGED_USER if os.geteuid() == 0 else None
        if self._user is not None:
            entry = pwd.getpwnam(self._user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-locale")
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nport = {self.port}\nunix_socket_directories = '{self.folder}'\n"
                "fsync = off\nmax_connections = 60\n"
            )
        # A role that must give a password (the window's password prompt); everyone else is trusted on loopback.
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\nhost all zp_secret 127.0.0.1/32 scram-sha-256\nhost all all 127.0.0.1/32 trust\n",
            encoding="utf-8",
        )

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin_dir / program), *args]
        if self._user is not None:
            command = ["runuser", "-u", self._user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=self.folder)
        if result.returncode != 0:
            raise ServerUnavailable(f"{program} failed: {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> None:
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-l", log, "-w", "-t", str(START_TIMEOUT_S), "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(ServerUnavailable):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> URL:
        return URL.create(
            "postgresql+psycopg", username=user, password=password, host="127.0.0.1", port=self.port, database=database
        )

    def dsn(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname={database}"

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Run administrative statements (CREATE DATABASE, roles, grants) as the superuser, each on its own."""
        with psycopg.connect(self.dsn(database), autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement.encode())

    def new_database(self, name: str, template: str = "template1") -> URL:
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        server.start()
        yield server
    finally:
        server.remove()
