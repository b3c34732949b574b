"""The web UI and JSON API: read-only views of a store, safe to run beside an ingest (SQLite WAL)."""
