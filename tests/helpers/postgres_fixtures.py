"""Fixtures for tests against a real PostgreSQL server: one server per test session, one fresh database per test.

Where no server can be started the tests skip, except in CI (``CI=true``), where that is a failure: the shared
database must be tested there.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest
from sqlalchemy import URL

from tests.helpers.postgres_server import PostgresServer, ServerUnavailable

TEMPLATE = "zp_template"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The session's server, with a template database migrated to the head (each test copies it: fast)."""
    from desktop.models.store import migrate

    try:
        server = PostgresServer()
    except ServerUnavailable as error:
        _unavailable(error)
    try:
        server.start()
        server.execute(f'CREATE DATABASE "{TEMPLATE}"')
        migrate.upgrade(server.url(TEMPLATE))
    except ServerUnavailable as error:
        server.remove()
        _unavailable(error)
    yield server
    server.remove()


def _unavailable(error: Exception) -> None:
    message = f"no PostgreSQL server could be started: {error}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (CI must run the PostgreSQL tests: install the postgresql package)", pytrace=False)
    pytest.skip(message)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[URL]:
    """A new database at the head revision, owned by the superuser; dropped after the test."""
    name = f"zp_test_{os.getpid()}_{next(_numbers)}"
    url = postgres_server.new_database(name, template=TEMPLATE)
    yield url
    postgres_server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def empty_postgres_url(postgres_server: PostgresServer) -> Iterator[URL]:
    """A new database with no tables at all (what ``db upgrade`` and ``db copy`` start from)."""
    name = f"zp_empty_{os.getpid()}_{next(_numbers)}"
    url = postgres_server.new_database(name)
    yield url
    postgres_server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
