"""A real PostgreSQL server for the tests: a throwaway cluster (initdb) in a temporary folder, listening on a
Unix socket only, started once per session and stopped after it.

The binaries come from NEWSTRACE_PG_BIN or the Debian `postgresql` package (/usr/lib/postgresql/N/bin); CI
installs that package (.ci/run). PostgreSQL refuses to run as root, so as root the cluster is made and run by
the `postgres` system user. Without a server the PostgreSQL tests skip, except where NEWSTRACE_REQUIRE_POSTGRES
is set (CI), where that is a failure.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def binaries() -> Path | None:
    if os.environ.get("NEWSTRACE_PG_BIN"):
        return Path(os.environ["NEWSTRACE_PG_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def unavailable(reason: str) -> None:
    if os.environ.get("NEWSTRACE_REQUIRE_POSTGRES"):
        pytest.fail(reason + " (NEWSTRACE_REQUIRE_POSTGRES is set)")
    pytest.skip(reason)


class Server:
    """One throwaway cluster; `database()` gives a fresh database's SQLAlchemy URL."""

    def __init__(self) -> None:
        bin_dir = binaries()
        if bin_dir is None or not (bin_dir / "pg_ctl").exists():
            unavailable("no PostgreSQL server binaries (apt-get install postgresql, or set NEWSTRACE_PG_BIN)")
        try:
            import psycopg  # noqa: F401
        except ImportError:
            unavailable("psycopg is not installed (pip install -e '.[postgres]')")
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="newstrace-pg-"))
        self.data, self.socket = self.root / "data", self.root / "socket"
        self.socket.mkdir()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb and postgres refuse root
            runner = shutil.which("runuser") or shutil.which("su")
            if runner is None:
                unavailable("running as root without runuser to start PostgreSQL as the postgres user")
            self.as_user = [runner, "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres")
            shutil.chown(self.socket, "postgres")
        self.port = 5432 + os.getpid() % 1000
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-t", "60", "start", "-o",
                  f"-k {self.socket} -c listen_addresses='' -p {self.port} -c fsync=off -c max_connections=200")
        self._names = (f"t{n}" for n in itertools.count())

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run([*self.as_user, str(self.bin / tool), *args], capture_output=True, text=True,
                              timeout=120)
        if done.returncode:
            raise RuntimeError(f"{tool} failed: {done.stderr or done.stdout}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket}&port={self.port}"

    def database(self) -> str:
        import psycopg

        name = next(self._names)
        with psycopg.connect(host=str(self.socket), port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
