"""The option a reply marks in the quoted list, or answers under its line."""

from __future__ import annotations

from parsers.mail.marks import Mark, marked_option

_LIST = "> 1. Wed Dec 2, 1pm ET\n> 2. Thu Dec 3, 10am ET\n> 3. Wed Dec 2, 4pm ET"


def test_an_arrowed_line_is_marked_by_its_number() -> None:
    body = "This one.\n\n" + _LIST.replace("10am ET", "10am ET   <==")
    assert marked_option(body) == Mark(2, under=False)


def test_ticked_boxes_are_numbered_by_their_order() -> None:
    body = "Den angekreuzten.\n\n> [ ] Mo 7.12. 11:00\n> [ ] Mo 7.12. 15:00\n> [x] Di 8.12. 09:00"
    assert marked_option(body) == Mark(3, under=False)


def test_two_marked_lines_mark_none() -> None:
    body = "This one.\n\n> [x] Mon 11am\n> [x] Tue 9am\n> [ ] Wed 2pm"
    assert marked_option(body) is None


def test_a_yes_between_quoted_lines_answers_the_option_above_it() -> None:
    lines = _LIST.split("\n")
    body = "Hi Dana,\n\n" + lines[0] + "\n\nThis one works.\n\n" + "\n".join(lines[1:]) + "\n\nJo"
    assert marked_option(body) == Mark(1, under=True)


def test_text_after_the_whole_list_answers_the_last_option_only_loosely() -> None:
    assert marked_option(_LIST + "\nSounds good.") == Mark(3, under=False)


def test_new_text_under_two_options_marks_none() -> None:
    lines = _LIST.split("\n")
    body = "\n".join((lines[0], "yes", lines[1], "no", lines[2]))
    assert marked_option(body) is None


def test_a_reply_above_its_quotes_marks_nothing() -> None:
    assert marked_option("Thursday works.\n\nOn Mon, Dana wrote:\n" + _LIST) is None
