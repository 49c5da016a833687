"""I/O adapters: the outside world behind the ports in agent/ports.py."""
