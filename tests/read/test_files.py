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
