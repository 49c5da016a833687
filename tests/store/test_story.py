"""The TinyDB store's story files: per process, 0600, vouched by the tracker file, bounded."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from agent.errors import StoreError
from store.db import Change, Store, read_story
from store.story import STORY_KEEP, StoryEntry, StoryFiles, StoryKind

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def told(pid: str, minute: int, text: str = "") -> StoryEntry:
    return StoryEntry(
        process_id=pid, at=T0 + timedelta(minutes=minute), kind=StoryKind.OUT, text=text
    )


def test_story_files_are_private_and_per_process(tmp_path: Path) -> None:
    """Each process's story is its own 0600 file in a 0700 folder beside the tracker."""
    path = tmp_path / "rounds.json"
    with Store(path) as store:
        store.commit(Change(story=[told("p1", 0, "a"), told("p2", 1, "b")]))
    folder = tmp_path / "rounds.json.story"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == ["p1.jsonl", "p2.jsonl"]
    for file in folder.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    # An id that is no safe file name is hashed, never used as a path.
    assert StoryFiles(path).path("../../etc/passwd").parent == folder


def test_lines_of_a_commit_the_tracker_does_not_know_are_not_shown(tmp_path: Path) -> None:
    """Lines past the tracker file's last story commit (a writer ahead of it) are not read."""
    path = tmp_path / "rounds.json"
    with Store(path) as store:
        store.commit(Change(story=[told("p1", 0, "committed")]))
    ahead = {**told("p1", 1, "not committed").to_doc(), "n": 2, "i": 0}
    with (tmp_path / "rounds.json.story" / "p1.jsonl").open("ab") as handle:
        handle.write(orjson.dumps(ahead) + b"\n")
    with Store(path, readonly=True) as reader:
        assert [e.text for e in reader.story("p1")] == ["committed"]


def test_story_kept_in_the_tracker_until_its_file_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the story files cannot be written, the commit stands and nothing is lost."""
    path = tmp_path / "rounds.json"
    real_add = StoryFiles.add

    def broken(self: StoryFiles, process_id: str, lines: list[dict[str, object]]) -> None:
        raise StoreError("disk full")

    monkeypatch.setattr(StoryFiles, "add", broken)
    with Store(path) as store:
        store.commit(Change(meta={"k": 1}, story=[told("p1", 0, "first")]))
        store.commit(Change(story=[told("p1", 1, "second")]))
        assert store.meta("k") == 1
        assert [e.text for e in store.story("p1")] == ["first", "second"]
    assert not (tmp_path / "rounds.json.story" / "p1.jsonl").exists()
    monkeypatch.setattr(StoryFiles, "add", real_add)
    with Store(path) as store:  # opening writes what the files miss
        store.commit(Change(meta={"k": 2}))  # and the next commit drops it from the tracker
    lines = (tmp_path / "rounds.json.story" / "p1.jsonl").read_bytes().splitlines()
    assert [orjson.loads(line)["text"] for line in lines] == ["first", "second"]
    assert b"second" not in path.read_bytes()
    with Store(path, readonly=True) as reader:
        assert [e.text for e in reader.story("p1")] == ["first", "second"]


def test_reading_one_story_reads_only_its_file(tmp_path: Path) -> None:
    """Another process's story file is never read (a broken one does not matter)."""
    path = tmp_path / "rounds.json"
    with Store(path) as store:
        store.commit(Change(story=[told("p1", 0, "mine"), told("p2", 0, "theirs")]))
        store.commit(Change(meta={"settled": True}))
    (tmp_path / "rounds.json.story" / "p2.jsonl").write_bytes(b"garbage\n")
    with Store(path, readonly=True) as reader:
        assert [e.text for e in reader.story("p1")] == ["mine"]
        with pytest.raises(StoreError, match=r"p2\.jsonl is corrupt"):
            reader.story("p2")


def test_a_long_story_file_is_cut_to_its_newest_entries(tmp_path: Path) -> None:
    """A story file stays bounded in bytes; the newest entries survive the cut."""
    path = tmp_path / "rounds.json"
    big = "x" * 1_900
    with Store(path) as store:
        for start in range(0, 1_200, 100):
            store.commit(
                Change(story=[told("p1", m, f"{m} {big}") for m in range(start, start + 100)])
            )
        texts = [e.text.split()[0] for e in store.story("p1")]
    assert len(texts) <= STORY_KEEP and texts[-1] == "1199"
    assert texts == [str(m) for m in range(1_200 - len(texts), 1_200)]
    assert os.path.getsize(tmp_path / "rounds.json.story" / "p1.jsonl") < 1_600_000


def test_read_story_sees_what_the_writer_committed(tmp_path: Path) -> None:
    """`read_story`, the desk's reader, reads the same story as the store, while it writes."""
    path = tmp_path / "rounds.json"
    with Store(path) as store:
        store.commit(Change(story=[told("p1", 0, "a")]))
        store.commit(Change(story=[told("p1", 1, "b"), told("p2", 1, "c")]))
        assert read_story(path, "p1") == store.story("p1")
        assert [e.text for e in read_story(path, "p1")] == ["a", "b"]
    with pytest.raises(StoreError, match="does not exist"):
        read_story(tmp_path / "missing.json", "p1")


def test_an_append_reads_only_the_tail_of_a_story(tmp_path: Path) -> None:
    """Appending to a story reads back only its last commit's lines, not the whole history."""
    path = tmp_path / "rounds.json"
    with Store(path) as store:
        store.commit(Change(story=[told("p1", 0, "first")]))
        file = tmp_path / "rounds.json.story" / "p1.jsonl"
        file.write_bytes(b"not json, never read again\n" + file.read_bytes())
        store.commit(Change(story=[told("p1", 1, "second")]))
        store.commit(Change(meta={"settled": True}))  # the tracker file lets go of "second"
    assert file.read_bytes().splitlines()[-1].startswith(b'{"process_id":"p1"')
    assert b'"text":"second"' in file.read_bytes().splitlines()[-1]
    assert b"second" not in path.read_bytes()


def test_one_unwritable_story_holds_back_only_its_own_entries(tmp_path: Path) -> None:
    """A story file that cannot be written keeps its entries in the tracker file; the
    others are written and leave it, and the held ones follow once the file can be written."""
    path = tmp_path / "rounds.json"
    blocked = tmp_path / "rounds.json.story" / "p1.jsonl"
    blocked.mkdir(parents=True)  # a folder where the file should be: every write fails
    with Store(path) as store:
        store.commit(Change(story=[told("p1", 0, "held"), told("p2", 0, "written")]))
        store.commit(Change(meta={"k": 1}))
        assert b"written" not in path.read_bytes() and b"held" in path.read_bytes()
        blocked.rmdir()
        store.commit(Change(story=[told("p2", 1, "more")]))
        store.commit(Change(meta={"k": 2}))
        assert b"held" not in path.read_bytes()
    with Store(path, readonly=True) as reader:
        assert [e.text for e in reader.story("p1")] == ["held"]
        assert [e.text for e in reader.story("p2")] == ["written", "more"]
