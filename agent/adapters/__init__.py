"""Adapters: the I/O behind the ports in agent/ports.py, real and in-memory."""
