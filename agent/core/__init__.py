"""The pure core: decisions that take `now` and do no I/O."""
