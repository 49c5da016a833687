"""The pure core: decisions that take `now` as an argument and do no I/O."""
