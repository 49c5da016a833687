"""HTML mail to plain text, dropping hidden text and (optionally) quoted history."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from parsers.time.tables import read_table

# Zero-width and invisible format characters: hostile mail hides words for an LLM in them.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]")

_MAX_HTML = 500_000  # html.parser reads ~1 MB/s; the new text of a reply sits at the top
_SKIPPED = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt",
        "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
    }
)  # fmt: skip
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"})
_CELL = frozenset({"td", "th"})

_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|mso-hide\s*:\s*all"
    r"|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$|!)"
    r"|font-size\s*:\s*0(?:\.0*)?(?:px|pt|em|rem|%)?\s*(?:;|$|!)"
    r"|(?<![-\w])color\s*:\s*(?:#fff(?:fff)?\b|white\b|transparent\b"
    r"|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:\)|,))",
    re.IGNORECASE,
)
# Struck-through text is an offer withdrawn in place ("<s>Fri 10-12</s> (gone)"): not said.
_STRUCK = frozenset({"s", "strike", "del"})
_STRUCK_STYLE = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.IGNORECASE)
_ZERO_BOX = re.compile(r"(?<![-\w])(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$|!)", re.I)
_OVERFLOW_HIDDEN = re.compile(r"overflow\s*:\s*hidden", re.IGNORECASE)
_WHITE_FONT = re.compile(r"^\s*(?:#fff(?:fff)?|white)\s*$", re.IGNORECASE)

# Containers of quoted history that clients mark up recognisably.
_QUOTE_CLASSES = frozenset({"gmail_quote", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote"})
# Outlook puts the quoted headers in these and the history after them as siblings: cut to the end.
_CUT_IDS = frozenset({"divrplyfwdmsg", "appendonsend", "mail-editor-reference-message-container"})


def strip_invisible(text: str) -> str:
    """Remove zero-width and other invisible format characters."""
    return _INVISIBLE.sub("", text)


def _is_hidden(tag: str, attrs: dict[str, str]) -> bool:
    if "hidden" in attrs or tag in _STRUCK:
        return True
    style = attrs.get("style", "")
    if _HIDDEN_STYLE.search(style) or _STRUCK_STYLE.search(style):
        return True
    if _ZERO_BOX.search(style) and _OVERFLOW_HIDDEN.search(style):
        return True
    return bool(_WHITE_FONT.match(attrs.get("color", "")))


class _TextBuilder(HTMLParser):
    def __init__(self, keep_quotes: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.keep_quotes = keep_quotes
        self.parts: list[str | int] = []  # text, or a line break of that many newlines
        self.stack: list[tuple[str, bool]] = []  # (tag, drops its content)
        self.open: dict[str, int] = {}  # open elements by tag, so end tags need no stack scan
        self.dropping = 0  # how many open elements drop their content
        self.pre = 0
        self.done = False
        # the rows of the table being read (nested tables read as text of the outer cell)
        self.rows: list[list[str]] | None = None
        self.cell: list[str] | None = None
        self.tables = 0
        self.unsure = False  # a table was read that its reading did not fully place

    def _is_quote(self, tag: str, attrs: dict[str, str]) -> bool:
        if self.keep_quotes:
            return False
        if tag == "blockquote":
            return True
        classes = set(attrs.get("class", "").lower().split())
        return bool(classes & _QUOTE_CLASSES)

    def _add(self, part: str | int) -> None:
        if not self.dropping:
            self.parts.append(part)

    def text(self) -> str:
        # Adjacent breaks merge into the widest, so "</li><li>" is one newline, not two.
        out: list[str] = []
        pending = 0
        for part in self.parts:
            if isinstance(part, int):
                pending = max(pending, part)
                continue
            if pending:
                out.append("\n" * pending)
                pending = 0
            out.append(part)
        return "".join(out)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        values = {name: value or "" for name, value in attrs}
        if not self.keep_quotes and values.get("id", "").lower() in _CUT_IDS:
            self.done = True
            return
        if self._table_start(tag):
            pass
        elif tag == "br":
            self._add("\n")  # a line of its own: Gmail's <div><br></div> is a blank line
        elif tag in _BLOCK:
            self._add(2 if tag in _PARAGRAPH else 1)
        elif tag in _CELL:
            self._add("\t")  # a tab marks table cells, which the rules read with doubt
        if tag == "li":
            self._add("- ")
        if tag in _VOID:
            return
        drops = tag in _SKIPPED or _is_hidden(tag, values) or self._is_quote(tag, values)
        self.stack.append((tag, drops))
        self.open[tag] = self.open.get(tag, 0) + 1
        self.dropping += drops
        self.pre += tag == "pre"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.done or not self.open.get(tag):
            return
        # Close everything left open inside this element: mail HTML is rarely well formed.
        while self.stack:
            open_tag, drops = self.stack.pop()
            self.open[open_tag] -= 1
            self.dropping -= drops
            self.pre -= open_tag == "pre"
            if open_tag == tag:
                break
        if self._table_end(tag):
            return
        if tag in _BLOCK:
            self._add(2 if tag in _PARAGRAPH else 1)

    def _table_start(self, tag: str) -> bool:
        """Collect a table's cells instead of writing them; True when `tag` was handled."""
        if self.dropping:
            return False
        if tag == "table":
            self.tables += 1
            if self.tables == 1:
                self.rows = []
                return True
        if self.rows is None or self.tables > 1:
            if self.cell is not None and (tag in _BLOCK or tag in _CELL or tag == "br"):
                self.cell.append(" ")
                return True
            return False
        if tag == "tr":
            self.rows.append([])
        elif tag in _CELL:
            self._close_cell()
            if not self.rows:
                self.rows.append([])
            self.cell = []
        elif self.cell is not None and (tag in _BLOCK or tag == "br"):
            self.cell.append(" ")
        return True

    def _close_cell(self) -> None:
        if self.cell is not None and self.rows:
            self.rows[-1].append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
        self.cell = None

    def _table_end(self, tag: str) -> bool:
        if self.rows is None:
            return False
        if tag in _CELL and self.tables == 1:
            self._close_cell()
        if tag != "table":
            return True
        self.tables -= 1
        if self.tables:
            return True
        self._close_cell()
        rows, self.rows = self.rows, None
        # a grid of days, times and marks becomes one line per offer; any other table keeps
        # its cells set off by tabs, which tell the rules engine a table was read
        table = read_table(rows)
        if table is None:
            text = "\n".join("\t".join(row) for row in rows)
        else:
            text, unsure = table
            self.unsure = self.unsure or unsure
        self._add(2)
        self._add(text)
        self._add(2)
        return True

    def flush(self) -> None:
        """Write a table left open by a cut, a size cap or broken markup."""
        if self.rows is not None:
            self.tables, self.dropping = 1, 0
            self._table_end("table")

    def handle_data(self, data: str) -> None:
        if self.done or self.dropping:
            return
        if self.cell is not None:
            self.cell.append(data)
            return
        self.parts.append(data if self.pre else re.sub(r"\s+", " ", data))


def html_to_text(html: str, *, keep_quotes: bool = True) -> str:
    """Render HTML as plain text; hidden text always goes, quoted history unless `keep_quotes`."""
    return html_reading(html, keep_quotes=keep_quotes)[0]


def html_reading(html: str, *, keep_quotes: bool = True) -> tuple[str, bool]:
    """(`html_to_text`, whether a table in it was read unsure)."""
    builder = _TextBuilder(keep_quotes)
    try:
        builder.feed(html[:_MAX_HTML])
        builder.close()
    except (AssertionError, ValueError, IndexError):
        pass  # html.parser gives up on some broken markup; keep what was read so far
    builder.flush()
    text = strip_invisible(builder.text()).replace("\xa0", " ")
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), builder.unsure
