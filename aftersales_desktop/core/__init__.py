"""The domain layer: models, services, queries and rules. Never imports Qt."""

import sys as _sys

# peewee imports the PostgreSQL driver (psycopg, about 0.1 s of every start and 10 MiB) whenever it is
# installed, though only a shop on a server uses it: peewee is loaded here without it, and
# core/engine_postgres.load_driver hands it over when a server database is opened.
if "peewee" not in _sys.modules and "psycopg" not in _sys.modules:
    _sys.modules["psycopg"] = None  # type: ignore[assignment]  # "import psycopg" fails: peewee goes on without
    try:
        import peewee  # noqa: F401
    finally:
        del _sys.modules["psycopg"]
