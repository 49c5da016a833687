"""The demo, the sandbox mail servers and the simulated people: development tools only.

They run on pymap and aiosmtpd, which only the dev extra installs; without it, importing
this package says how to get it rather than failing deep inside the demo."""

from importlib.util import find_spec

_MISSING = [name for name in ("aiosmtpd", "pymap") if find_spec(name) is None]
if _MISSING:
    raise ImportError(
        f"agent.dev (the demo and sandbox) needs the dev extra, missing {', '.join(_MISSING)}: "
        "install rounds[dev] (pip install -e '.[dev]' in a clone, as `make venv` does)"
    )
