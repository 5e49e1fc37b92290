"""Keep the BM25 index and the meeting records on disk, so a restart reads neither again.

A snapshot is one folder under data_dir/cache named after a digest of the seeds folder's
fingerprint, the BM25 parameters and the code that makes the index. It holds the tokens (each
paragraph's term counts, grouped by article and keyed by a digest of the article's text), the
term-major BM25 postings and the idf of every term. On a miss the index is rebuilt from the newest
snapshot's tokens: only articles whose text is new are tokenized again.

A snapshot is written to a temporary folder and renamed into place, so a crash while building
leaves the previous one whole. Every file's checksum is kept in meta.json and checked on reading:
a corrupt snapshot is reported, removed and rebuilt. When the cache cannot be written (full or
read-only disk) the freshly built index is still served.

The meeting records are one pickled table beside the snapshots, named after a digest of the code
that reads them and keyed by a digest of each article's date, title and text; only new or
changed articles are read again, and a table that cannot be read is rebuilt.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import logging
import os
import pickle
import secrets
import shutil
import time
import unicodedata
import zlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import Stemmer
from scipy import sparse

import qa.corpus
import qa.index
import qa.lexicon
import qa.summary
import qa.text
from qa.config import Settings
from qa.corpus import Article, Corpus
from qa.index import BM25Index, CountBuilder, Postings, TermCounts
from qa.summary import MeetingRecord, extract_meeting
from qa.text import tokenize

log = logging.getLogger(__name__)

FORMAT = 2  # bump when the files of a snapshot change
KEEP = 2  # snapshots kept: the newest and the one before it
_MAP_BYTES = 1 << 20  # arrays larger than this are memory-mapped
_STALE_TEMP_SECONDS = 3600  # a temporary folder this old belongs to a build that died

# Array files of a snapshot and their dtypes.
_ARRAYS = {
    "article_keys": "S16",  # digest of each article's paragraph texts
    "article_starts": "int64",  # article a is paragraphs article_starts[a]:article_starts[a + 1]
    "count_starts": "int64",  # term counts of paragraph p: count_terms/count_values[starts[p]:starts[p + 1]]
    "count_terms": "int32",
    "count_values": "int32",
    "posting_starts": "int64",
    "posting_docs": "int32",
    "posting_weights": "float64",
    "idf": "float64",
}


class CacheError(ValueError):
    """A snapshot cannot be used; the message says what is wrong with it."""


class _Stale(CacheError):
    """A sound snapshot of other article texts: its tokens are still worth reusing."""


class _Tokens(NamedTuple):
    """The reusable part of a snapshot: term counts per paragraph, by article text digest."""

    keys: np.ndarray
    article_starts: np.ndarray
    terms: TermCounts


def load_index(corpus: Corpus, settings: Settings, seeds_fingerprint: str) -> BM25Index:
    """Return the corpus's BM25 index from data_dir/cache, building and saving it when missing."""
    r = settings.retrieval
    root = Path(settings.data_dir) / "cache"
    keys = article_keys(corpus)
    meta = {
        "format": FORMAT, "tokenizer": tokenizer_version(), "index": index_version(),
        "k1": r.k1, "b": r.b, "epsilon": r.epsilon, "seeds": seeds_fingerprint,
    }
    folder = root / f"index-{_digest(json.dumps(meta, sort_keys=True).encode())[:24]}"
    if folder.is_dir():
        try:
            return _read_index(folder, meta, keys, corpus)
        except _Stale as exc:
            log.info("rebuilding the index cache %s: %s", folder, exc)
        except (CacheError, OSError, ValueError, KeyError) as exc:
            log.warning("ignoring the index cache %s: %s; rebuilding it", folder, exc)
            _remove(folder)
    started = time.perf_counter()
    previous = _previous_tokens(root, meta["tokenizer"])
    terms, starts, fresh = _count(corpus, keys, previous)
    del previous
    index = BM25Index.from_counts(terms, k1=r.k1, b=r.b, epsilon=r.epsilon)
    log.info("indexed %d paragraphs (%d articles tokenized, %d reused) in %.1f s",
             index.size, fresh, len(keys) - fresh, time.perf_counter() - started)
    try:
        _write(root, folder, meta, keys, starts, terms, index)
    except OSError as exc:
        log.warning("could not save the index cache in %s: %s; it will be rebuilt at the next "
                    "start", root, exc)
    return index


def article_keys(corpus: Corpus) -> np.ndarray:
    """Return a digest of each article's paragraph texts, the only input of its tokens."""
    out = np.empty(len(corpus.articles), dtype="S16")
    for i, a in enumerate(corpus.articles):
        # No paragraph text holds NUL (binary files are refused), so it separates them safely.
        text = "\0".join(p.text for p in a.paragraphs).encode("utf-8")
        out[i] = hashlib.blake2b(text, digest_size=16).digest()
    return out


@lru_cache(maxsize=1)
def tokenizer_version() -> str:
    """Return a digest of everything a paragraph's tokens depend on: tokenize()'s source and the
    lexicon's (a country's other names), the text searched, stemmer and Unicode data."""
    # (and of corpus, which says what text of a paragraph is searched: Paragraph.searchable)
    source = b"".join(Path(m.__file__).read_bytes() for m in (qa.text, qa.lexicon, qa.corpus))
    return _digest(source + f"{Stemmer.version()}|{unicodedata.unidata_version}".encode())[:16]


@lru_cache(maxsize=1)
def index_version() -> str:
    """Return a digest of the code that turns term counts into BM25 postings."""
    return _digest(Path(qa.index.__file__).read_bytes())[:16]


# --- meeting records ---------------------------------------------------------------------------

def load_meetings(articles: Sequence[Article], settings: Settings) -> list[MeetingRecord]:
    """Return every article's meeting record, reading those of unchanged articles from
    data_dir/cache and saving the rest there for the next start."""
    root = Path(settings.data_dir) / "cache"
    path = root / f"meetings-{meetings_version()}.pkl"
    stored: dict[bytes, dict] = {}
    if path.is_file():
        try:
            with path.open("rb") as f:
                stored = pickle.load(f)
            if not isinstance(stored, dict):
                raise ValueError("not a dict")
        except Exception as exc:  # a damaged file is rebuilt, whatever broke it
            log.warning("the meeting records cache %s cannot be read (%s); rebuilding it", path, exc)
            stored = {}
    keys = [_record_key(a) for a in articles]
    records: list[MeetingRecord] = []
    fresh = 0
    for a, key in zip(articles, keys):
        fields = stored.get(key)
        record = None
        if isinstance(fields, dict):
            try:
                record = MeetingRecord(article=a, **fields)
            except TypeError:
                record = None
        if record is None:
            record = extract_meeting(a)
            fresh += 1
        records.append(record)
    if fresh or len(stored) != len(set(keys)):
        _write_meetings(root, path, {k: _record_fields(r) for k, r in zip(keys, records)})
    return records


@lru_cache(maxsize=1)
def meetings_version() -> str:
    """Return a digest of the code meeting records are read with."""
    sources = b"".join(Path(m.__file__).read_bytes() for m in (qa.summary, qa.lexicon, qa.corpus, qa.text))
    return _digest(sources + str(FORMAT).encode())[:16]


def _record_key(article: Article) -> bytes:
    """Return a digest of everything a meeting record is read from: date, title and text."""
    text = "\0".join([article.date.isoformat(), article.title, *(p.text for p in article.paragraphs)])
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def _record_fields(record: MeetingRecord) -> dict:
    """Return a record's fields but its article, which the corpus already holds."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record) if f.name != "article"}


def _write_meetings(root: Path, path: Path, table: dict[bytes, dict]) -> None:
    """Save the records table beside the index, atomically; older versions' tables go."""
    tmp = root / f"tmp-{os.getpid()}-{secrets.token_hex(4)}.pkl"
    try:
        root.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as f:
            pickle.dump(table, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        log.warning("could not save the meeting records cache in %s: %s; they will be read again "
                    "at the next start", root, exc)
        return
    for old in root.glob("meetings-*.pkl"):
        if old != path:
            old.unlink(missing_ok=True)


# --- building --------------------------------------------------------------------------------


def _count(corpus: Corpus, keys: np.ndarray, previous: _Tokens | None
           ) -> tuple[TermCounts, np.ndarray, int]:
    """Return the corpus's term counts, article starts and how many articles were tokenized."""
    known: dict[bytes, int] = {}
    if previous is not None:
        known = {k: i for i, k in enumerate(previous.keys.tolist())}
    builder = CountBuilder(previous.terms.vocabulary if previous is not None else ())
    old_rows = previous.terms.counts.shape[0] if previous is not None else 0
    pieces: list[tuple[int, int]] = []  # rows of [previous counts; fresh counts], in corpus order
    sizes = []
    fresh = fresh_rows = reused = 0
    for article, key in zip(corpus.articles, keys.tolist()):
        n = len(article.paragraphs)
        sizes.append(n)
        at = known.get(key)
        if at is not None and previous is not None:
            lo = int(previous.article_starts[at])
            pieces.append((lo, lo + n))
            reused += 1
            continue
        for p in article.paragraphs:
            builder.add(tokenize(p.searchable))
        pieces.append((old_rows + fresh_rows, old_rows + fresh_rows + n))
        fresh_rows += n
        fresh += 1
    new = builder.build()
    starts = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)])
    width = len(new.vocabulary)
    if previous is None or not reused:
        counts = new.counts
    else:
        old = previous.terms.counts
        old = sparse.csr_array((old.data, old.indices, old.indptr), shape=(old.shape[0], width))
        rows = np.concatenate([np.arange(lo, hi) for lo, hi in pieces]) if pieces else \
            np.empty(0, np.int64)
        counts = sparse.vstack([old, new.counts], format="csr")[rows]
    # Drop the terms only removed or changed articles had: rank-bm25 averages idf over the
    # terms that occur, so a stale term would shift every floored idf.
    used = np.bincount(counts.indices, minlength=width) > 0
    if not used.all():
        remap = np.cumsum(used) - 1
        counts = sparse.csr_array(
            (counts.data, remap[counts.indices].astype(np.int32), counts.indptr),
            shape=(counts.shape[0], int(used.sum())))
        vocabulary = [t for t, u in zip(new.vocabulary, used.tolist()) if u]
    else:
        vocabulary = new.vocabulary
    return TermCounts(vocabulary, counts), starts, fresh


# --- files -----------------------------------------------------------------------------------


def _write(root: Path, folder: Path, meta: dict, keys: np.ndarray, starts: np.ndarray,
           terms: TermCounts, index: BM25Index) -> None:
    root.mkdir(parents=True, exist_ok=True)
    _sweep(root)
    temp = root / f"tmp-{os.getpid()}-{secrets.token_hex(4)}"
    temp.mkdir()
    try:
        counts = terms.counts
        arrays = {
            "article_keys": keys, "article_starts": starts,
            "count_starts": counts.indptr, "count_terms": counts.indices, "count_values": counts.data,
            "posting_starts": index.postings.starts, "posting_docs": index.postings.docs,
            "posting_weights": index.postings.weights, "idf": index.idf_values,
        }
        checksums = {}
        for name, dtype in _ARRAYS.items():
            array = np.ascontiguousarray(arrays[name], dtype=dtype)
            np.save(temp / f"{name}.npy", array, allow_pickle=False)
            checksums[name] = _checksum(memoryview(array).cast("B"))
        vocabulary = "\0".join(terms.vocabulary).encode("utf-8")
        (temp / "vocabulary.bin").write_bytes(vocabulary)
        checksums["vocabulary"] = _checksum(vocabulary)
        full = dict(meta, documents=index.size, terms=len(terms.vocabulary), checksums=checksums)
        # meta.json last: a folder without it was never finished.
        (temp / "meta.json").write_text(json.dumps(full, indent=1), encoding="utf-8")
        if folder.exists():  # a stale snapshot under the same key: swap it out
            _remove(folder)
        os.rename(temp, folder)
    except OSError as exc:
        if exc.errno not in (errno.EEXIST, errno.ENOTEMPTY):
            raise
        # another process saved the same snapshot first
    finally:
        if temp.exists():
            shutil.rmtree(temp, ignore_errors=True)
    _prune(root, keep=folder)


def _read_meta(folder: Path) -> dict:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CacheError(f"meta.json is not valid JSON ({exc.msg})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise CacheError("it was written by another version of the bot")
    return meta


def _load(folder: Path, meta: dict, name: str) -> np.ndarray:
    path = folder / f"{name}.npy"
    # Large arrays are mapped, not read: pages are shared with the OS cache and other replicas.
    mode = "r" if path.stat().st_size > _MAP_BYTES else None
    array = np.asarray(np.load(path, mmap_mode=mode, allow_pickle=False))
    if array.dtype != np.dtype(_ARRAYS[name]) or array.ndim != 1:
        raise CacheError(f"{name}.npy holds {array.dtype} in {array.ndim} dimensions")
    if _checksum(memoryview(np.ascontiguousarray(array)).cast("B")) != meta["checksums"][name]:
        raise CacheError(f"{name}.npy does not match its digest")
    return array


def _load_vocabulary(folder: Path, meta: dict) -> list[str]:
    data = (folder / "vocabulary.bin").read_bytes()
    if _checksum(data) != meta["checksums"]["vocabulary"]:
        raise CacheError("vocabulary.bin does not match its digest")
    vocabulary = data.decode("utf-8").split("\0") if data else []
    if len(vocabulary) != meta["terms"]:
        raise CacheError(f"vocabulary.bin has {len(vocabulary)} terms, not {meta['terms']}")
    return vocabulary


def _read_articles(folder: Path, meta: dict) -> tuple[np.ndarray, np.ndarray]:
    """Return the article text digests and paragraph starts of a snapshot."""
    keys, starts = _load(folder, meta, "article_keys"), _load(folder, meta, "article_starts")
    if (len(starts) != len(keys) + 1 or starts[0] != 0 or starts[-1] != meta["documents"]
            or (np.diff(starts) < 0).any()):
        raise CacheError("its article arrays do not fit together")
    return keys, starts


def _read_tokens(folder: Path, meta: dict) -> _Tokens:
    vocabulary = _load_vocabulary(folder, meta)
    keys, article_starts = _read_articles(folder, meta)
    starts, terms, values = (_load(folder, meta, n) for n in
                             ("count_starts", "count_terms", "count_values"))
    rows, nnz = meta["documents"], len(terms)
    if (len(starts) != rows + 1 or starts[0] != 0 or starts[-1] != nnz or len(values) != nnz
            or (np.diff(starts) < 0).any()
            or (nnz and not 0 <= terms.min() <= terms.max() < len(vocabulary))):
        raise CacheError("its token arrays do not fit together")
    counts = sparse.csr_array((values, terms, starts), shape=(rows, len(vocabulary)))
    return _Tokens(keys, article_starts, TermCounts(vocabulary, counts))


def _read_index(folder: Path, expected: dict, keys: np.ndarray, corpus: Corpus) -> BM25Index:
    meta = _read_meta(folder)
    for name, value in expected.items():
        if meta.get(name) != value:
            raise CacheError(f"it was built with {name}={meta.get(name)!r}, not {value!r}")
    # The token counts stay on disk: only a rebuild needs them.
    saved_keys, article_starts = _read_articles(folder, meta)
    if not np.array_equal(saved_keys, keys) or \
            np.diff(article_starts).tolist() != [len(a.paragraphs) for a in corpus.articles]:
        # Same names, sizes and times but other text: rebuilt from its own tokens, not an error.
        raise _Stale("the articles changed without changing their size or time")
    vocabulary = _load_vocabulary(folder, meta)
    starts, docs, weights, idf = (_load(folder, meta, n) for n in
                                  ("posting_starts", "posting_docs", "posting_weights", "idf"))
    size = meta["documents"]
    if (len(starts) != len(vocabulary) + 1 or len(idf) != len(vocabulary) or starts[0] != 0
            or starts[-1] != len(docs) or len(weights) != len(docs) or (np.diff(starts) < 0).any()
            or (len(docs) and not 0 <= docs.min() <= docs.max() < size)):
        raise CacheError("its posting arrays do not fit together")
    return BM25Index.from_postings(vocabulary, Postings(starts, docs, weights), idf, size)


def _previous_tokens(root: Path, tokenizer: str) -> _Tokens | None:
    """Return the tokens of the newest readable snapshot made by the same tokenizer."""
    for folder in _snapshots(root):
        try:
            meta = _read_meta(folder)
            if meta.get("tokenizer") != tokenizer:
                continue
            return _read_tokens(folder, meta)
        except (CacheError, OSError, ValueError, KeyError) as exc:
            log.warning("ignoring the index cache %s: %s", folder, exc)
    return None


def _snapshots(root: Path) -> list[Path]:
    """Return the finished snapshot folders, newest first."""
    found = []
    for folder in root.glob("index-*"):
        try:
            found.append((folder.joinpath("meta.json").stat().st_mtime_ns, folder))
        except OSError:
            continue
    return [f for _, f in sorted(found, reverse=True)]


def _prune(root: Path, keep: Path) -> None:
    """Remove all but the KEEP newest snapshots (never `keep`)."""
    for folder in [f for f in _snapshots(root) if f != keep][KEEP - 1:]:
        _remove(folder)


def _sweep(root: Path) -> None:
    """Remove temporary folders and files left behind by builds that died."""
    now = time.time()
    for temp in root.glob("tmp-*"):
        try:
            if now - temp.stat().st_mtime > _STALE_TEMP_SECONDS:
                if temp.is_dir():
                    shutil.rmtree(temp, ignore_errors=True)
                else:
                    temp.unlink(missing_ok=True)
        except OSError:
            continue


def _remove(folder: Path) -> None:
    """Delete a snapshot; readers that mapped its files keep them until they let go."""
    trash = folder.with_name(f"tmp-{os.getpid()}-{secrets.token_hex(4)}-old")
    try:
        os.rename(folder, trash)  # atomically gone for everyone else
    except OSError:
        return
    shutil.rmtree(trash, ignore_errors=True)


def _digest(data: bytes | memoryview) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def _checksum(data: bytes | memoryview) -> str:
    # CRC-32 catches truncation and flipped bits at 4 GB/s; a snapshot is not a security boundary.
    return f"{zlib.crc32(data):08x}"
