#!/usr/bin/env bash
# Exit 0 when a PostgreSQL server accepts the test connection (TEST_DATABASE_URL or local trust auth).
url=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
command -v psql >/dev/null 2>&1 || exit 1
PGCONNECT_TIMEOUT=2 psql "$url" -qtAc 'select 1' >/dev/null 2>&1
