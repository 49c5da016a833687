"""Persistence: the TinyDB tracker, the message ledger and the outbox."""
