from pathlib import Path

import pytest

from evcheck.errors import InputError
from evcheck.read import read_document, read_paths


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(str(tmp_path / "nope.txt"))


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n ", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    (b"caf\xe9 sales rose 5%", "not UTF-8"),
])
def test_bad_input_is_one_clear_reason(tmp_path, data, reason):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    with pytest.raises(InputError, match=reason):
        read_document(str(p))


def test_huge_file(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"Sales rose 5% to 100 units. " * 2_000_000)
    with pytest.raises(InputError, match="too large"):
        read_document(str(p))


def test_folder_recurses_and_reports_bad_files_but_keeps_the_rest(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Sales rose 5% to 100 units.")
    (tmp_path / "sub" / "b.md").write_text("Sales rose 5% to 100 units.")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "ignored.csv").write_text("1,2,3")
    docs, errors = read_paths([str(tmp_path)])
    assert sorted(d.path.rsplit("/", 1)[-1] for d in docs) == ["a.txt", "b.md"]
    assert len(errors) == 1 and "c.txt" in errors[0].path


def test_empty_folder_is_an_error(tmp_path):
    docs, errors = read_paths([str(tmp_path)])
    assert not docs and "nothing" not in errors[0].reason and "no files" in errors[0].reason


def test_globs_and_excludes(tmp_path):
    for name in ("a.txt", "b.txt", "draft-c.txt"):
        (tmp_path / name).write_text("Sales rose 5%.")
    docs, _ = read_paths([str(tmp_path / "*.txt")], exclude=("draft-*",))
    assert [d.path.rsplit("/", 1)[-1] for d in docs] == ["a.txt", "b.txt"]


# ---- hostile files (issue 13) --------------------------------------------------------------

import os  # noqa: E402

from denied import deny_list, deny_read  # noqa: E402

TEXT = "Sales rose 5% to 100 units."


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_refused_before_reading():
    with pytest.raises(InputError, match="not a regular file"):
        read_document("/dev/zero")


def test_a_fifo_is_refused_instead_of_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_document(str(fifo))
    docs, errors = read_paths([str(tmp_path)])  # inside a folder it is not an article at all
    assert not docs and "no files to check" in errors[0].reason


def test_size_is_checked_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "sparse.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    real_open = open

    def no_reading(file, *args, **kwargs):
        assert os.fspath(file) != str(big), "read before its size was checked"
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", no_reading)
    with pytest.raises(InputError, match="too large"):
        read_document(str(big))


def test_standard_input_is_read_only_up_to_the_limit(monkeypatch):
    import io
    import sys

    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
    with pytest.raises(InputError, match="too large"):
        read_document("-")


def test_a_nul_byte_after_the_first_8_kb_is_binary(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes((TEXT + "\n").encode() * 400 + b"\x00tail")
    with pytest.raises(InputError, match="binary file, not text .NUL byte at offset 11200"):
        read_document(str(p))


@pytest.fixture
def linked(tmp_path):
    """An article folder with a link to a file outside it, a link to a folder outside it, and a loop."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(TEXT)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "own.txt").write_text(TEXT)
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "linked-folder").symlink_to(outside)
    (folder / "loop").symlink_to(folder)
    return folder


def names(docs):
    return sorted(d.path.split("articles/", 1)[1] for d in docs)


def test_symlinks_inside_a_folder_are_not_followed_by_default(linked):
    docs, errors = read_paths([str(linked)])
    assert names(docs) == ["own.txt"] and errors == []


def test_symlinks_are_followed_on_request_and_a_loop_ends(linked):
    docs, errors = read_paths([str(linked)], follow_symlinks=True)
    assert names(docs) == ["link.txt", "linked-folder/secret.txt", "own.txt"] and errors == []


def test_a_symlink_named_on_the_command_line_is_read(linked):
    docs, errors = read_paths([str(linked / "link.txt")])
    assert len(docs) == 1 and errors == []


def test_an_unlistable_subfolder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(TEXT)
    deny_list(monkeypatch, tmp_path / "locked")
    docs, errors = read_paths([str(tmp_path)])
    assert len(docs) == 1
    assert [(e.path, e.reason) for e in errors] == [(str(tmp_path / "locked"), "folder cannot be read (Permission denied)")]


def test_an_unreadable_file_in_a_folder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_text(TEXT)
    deny_read(monkeypatch, tmp_path / "b.txt")
    docs, errors = read_paths([str(tmp_path)])
    assert len(docs) == 1 and errors[0].path.endswith("b.txt") and "Permission denied" in errors[0].reason


def test_file_types_are_matched_in_any_case(tmp_path):
    """issue 11: ARTICLE.TXT and Report.MD were skipped."""
    for name in ("ARTICLE.TXT", "Report.MD", "page.HTML", "notes.csv"):
        (tmp_path / name).write_text("Sales rose 5% to 100 units.")
    docs, errors = read_paths([str(tmp_path)])
    assert sorted(Path(d.path).name for d in docs) == ["ARTICLE.TXT", "Report.MD", "page.HTML"] and not errors
    assert {d.kind for d in docs} == {"text", "markdown", "html"}


def test_a_folder_that_exclude_empties_says_so(tmp_path):
    """issue 11: it said "folder has no files to check", which sends the user looking for files."""
    (tmp_path / "draft-a.txt").write_text("Sales rose 5% to 100 units.")
    (tmp_path / "draft-b.md").write_text("Sales rose 5% to 100 units.")
    docs, errors = read_paths([str(tmp_path)], exclude=("draft-*",))
    assert not docs and len(errors) == 1
    assert "excluded" in errors[0].reason and "draft-*" in errors[0].reason and "(2)" in errors[0].reason
