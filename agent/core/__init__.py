"""The pure core: no I/O, no clock; every function takes `now` when it needs one."""
