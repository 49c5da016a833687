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
    r"|(?<![-\w])color\s*:\s*transparent\b",
    re.IGNORECASE,
)
# White text hides on the white page, but not on a dark fill: Outlook's table styles ("Grid
# Table 4 - Accent 1") write the head row of days white on blue.
_WHITE_STYLE = re.compile(
    r"(?<![-\w])color\s*:\s*(?:#fff(?:fff)?\b|white\b|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:\)|,))",
    re.IGNORECASE,
)
_FILL_STYLE = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.IGNORECASE)
_HEX = re.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})\b", re.IGNORECASE)
_RGB = re.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d*\.?\d+)\s*)?\)", re.I)
_DARK_NAMES = frozenset(
    {"black", "navy", "blue", "darkblue", "green", "darkgreen", "red", "darkred", "maroon"}
    | {"purple", "teal", "gray", "grey", "dimgray", "dimgrey", "darkslategray", "royalblue"}
)
_LIGHT = 0.7  # the luma over which white text on the fill cannot be read
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
    """Whether an element hides its text whatever is painted behind it."""
    if "hidden" in attrs or tag in _STRUCK:
        return True
    style = attrs.get("style", "")
    if _HIDDEN_STYLE.search(style) or _STRUCK_STYLE.search(style):
        return True
    return bool(_ZERO_BOX.search(style) and _OVERFLOW_HIDDEN.search(style))


def _is_white(attrs: dict[str, str]) -> bool:
    return bool(
        _WHITE_STYLE.search(attrs.get("style", "")) or _WHITE_FONT.match(attrs.get("color", ""))
    )


def _fill(attrs: dict[str, str]) -> bool | None:
    """Whether an element paints a dark fill behind its text (None: it paints none, or one that
    lets the fill behind it show)."""
    m = _FILL_STYLE.search(attrs.get("style", ""))
    value = (m[1] if m else attrs.get("bgcolor", "")).strip().lower()
    if not value or value.startswith(("transparent", "none", "inherit", "initial", "unset")):
        return None
    if hexa := _HEX.search(value):
        digits = hexa[1] if len(hexa[1]) == 6 else "".join(c * 2 for c in hexa[1])
        rgb = [int(digits[i : i + 2], 16) for i in (0, 2, 4)]
    elif rgba := _RGB.search(value):
        if rgba[4] is not None and float(rgba[4]) == 0:
            return None
        rgb = [int(rgba[i]) for i in (1, 2, 3)]
    else:
        return value.split()[0] in _DARK_NAMES
    return (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) / 255 < _LIGHT


_MAX_COLS, _MAX_ROWS = 20, 60  # a merged cell spans no more: mail tables are small


def _span(value: str | None, most: int) -> int:
    return min(int(value), most) if value and value.strip().isdigit() and int(value) > 0 else 1


def _grid(rows: list[list[tuple[str, int, int]]]) -> tuple[list[str], list[list[str]]]:
    """(the titles over a table, its rows with each merged cell repeated in every column and row
    it spans): "Offsite" across Monday and Tuesday's columns is under both days. A title is a
    first row of one cell spanning the others ("Week of Dec 7", "Verfügbarkeit Frau Roth"),
    which heads no column."""
    titles = []
    while len(rows) > 1 and len(rows[0]) == 1 and rows[0][0][1] > 1:
        title = rows.pop(0)[0][0]
        # a colon keeps a title naming a week ("Week of Dec 7") from reading as the first row's day
        titles.append(title if not title or title[-1] in ":.!?" else f"{title}:")
    grid: list[list[str]] = []
    carried: dict[int, tuple[str, int]] = {}  # column: the cell spanning down into it, rows left
    for row in rows:
        out: list[str] = []
        cells = list(reversed(row))
        while cells or any(col >= len(out) for col in carried):
            if len(out) in carried:
                text, left = carried.pop(len(out))
                if left > 1:
                    carried[len(out)] = (text, left - 1)
                out.append(text)
                continue
            if not cells:
                out.append("")
                continue
            text, across, down = cells.pop()
            for _ in range(across):
                if down > 1:
                    carried[len(out)] = (text, down - 1)
                out.append(text)
        grid.append(out)
    return titles, grid


class _TextBuilder(HTMLParser):
    def __init__(self, keep_quotes: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.keep_quotes = keep_quotes
        self.parts: list[str | int] = []  # text, or a line break of that many newlines
        # (tag, drops its content, the fill it paints: dark, light or none of its own)
        self.stack: list[tuple[str, bool, bool | None]] = []
        self.open: dict[str, int] = {}  # open elements by tag, so end tags need no stack scan
        self.dropping = 0  # how many open elements drop their content
        self.pre = 0
        self.done = False
        # the rows of the table being read, each cell with the columns and rows it spans
        # (nested tables read as text of the outer cell)
        self.rows: list[list[tuple[str, int, int]]] | None = None
        self.cell: list[str] | None = None
        self.span = (1, 1)
        self.tables = 0
        self.unsure = False  # a table was read that its reading did not fully place

    def _is_quote(self, tag: str, attrs: dict[str, str]) -> bool:
        if self.keep_quotes:
            return False
        if tag == "blockquote":
            return True
        classes = set(attrs.get("class", "").lower().split())
        return bool(classes & _QUOTE_CLASSES)

    def _dark(self) -> bool:
        """Whether the nearest fill painted behind the open elements is dark."""
        return next((fill for _, _, fill in reversed(self.stack) if fill is not None), False)

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
        if self._table_start(tag, values):
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
        fill = _fill(values)
        drops = (
            tag in _SKIPPED
            or _is_hidden(tag, values)
            or (_is_white(values) and not (fill if fill is not None else self._dark()))
            or self._is_quote(tag, values)
        )
        self.stack.append((tag, drops, fill))
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
            open_tag, drops, _ = self.stack.pop()
            self.open[open_tag] -= 1
            self.dropping -= drops
            self.pre -= open_tag == "pre"
            if open_tag == tag:
                break
        if self._table_end(tag):
            return
        if tag in _BLOCK:
            self._add(2 if tag in _PARAGRAPH else 1)

    def _table_start(self, tag: str, attrs: dict[str, str]) -> bool:
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
            self.span = (
                _span(attrs.get("colspan"), _MAX_COLS),
                _span(attrs.get("rowspan"), _MAX_ROWS),
            )
        elif self.cell is not None and (tag in _BLOCK or tag == "br"):
            self.cell.append(" ")
        return True

    def _close_cell(self) -> None:
        if self.cell is not None and self.rows:
            self.rows[-1].append((re.sub(r"\s+", " ", "".join(self.cell)).strip(), *self.span))
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
        titles, rows = _grid(self.rows)
        self.rows = None
        # a grid of days, times and marks becomes one line per offer; any other table keeps
        # its cells set off by tabs, which tell the rules engine a table was read
        table = read_table(rows)
        if table is None:
            text = "\n".join("\t".join(row) for row in rows)
        else:
            text, unsure = table
            self.unsure = self.unsure or unsure
        self._add(2)
        self._add("\n".join([*titles, text]))
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
