"""Read layer: paths, stdin, front matter and HTML become `Document`s.

Every document keeps its source text and an analysis text of exactly the same length, in which
markup is blanked out. Offsets found in the analysis text are therefore offsets in the file as
given, and line/column numbers land on the right line of the source.
"""

from evcheck.read.document import Document, LineIndex
from evcheck.read.files import read_document, read_paths, read_text

__all__ = ["Document", "LineIndex", "read_document", "read_paths", "read_text"]
