"""Pure parsing: email bytes to typed messages, time phrases to windows, text to intent."""
