"""Rendering: the text, HTML and iCalendar the agent writes."""
