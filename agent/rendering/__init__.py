"""Rendering: letters, compose, invites, summary, tracker rows, exports, story entries."""
