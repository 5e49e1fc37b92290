"""Write synthetic news archives of N paragraphs for the latency benchmark.

Raw text: the sentences of the SQuAD v1.1 dev contexts in ../shared/bench/squad (read from there,
never copied into the project). Each article is shaped like the seed reports: a header line, a
photo caption ending in a credit, a "CITY, Month D (Agency) --" dateline paragraph and body
paragraphs of two to four sentences drawn at random. So that the vocabulary keeps growing with
the archive as a real one does, about half the capitalised words and every number are replaced:
names by invented ones drawn from a heavy-tailed distribution over two million (a few hundred
common ones, most seen once or twice), numbers by random ones.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
from pathlib import Path

import numpy as np

VERSION = 3  # bump when the generated text changes, so old archives are regenerated
SQUAD = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "squad" / \
    "squad-v1.1-dev-visible.json"

_SLOT = re.compile(r"(\b[A-Z][a-z]{2,}\b|\b\d[\d,.]*\d\b|\b\d\b)")
_SYLLABLES = ("ka lo mi ran tes vu do bel cor nai sha pet gor lin mur zen hal fi tro qua win "
              "sel dar ope kri nu ash bra del eng fal").split()
_CITIES = ("LISBON VIENNA NAIROBI LIMA OSLO HANOI QUITO ACCRA DAKAR RIGA TUNIS SOFIA MANILA "
           "BOGOTA CAIRO").split()
_AGENCIES = ("Xinhua", "Reuters", "AP", "AFP")
_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec.")


def source_text() -> tuple[list[str], list[str]]:
    """Return the SQuAD contexts and questions used as raw text."""
    if not SQUAD.is_file():
        raise SystemExit(f"the SQuAD file {SQUAD} is missing; put ../shared beside the project")
    data = json.loads(SQUAD.read_text(encoding="utf-8"))["data"]
    contexts = [p["context"] for a in data for p in a["paragraphs"]]
    questions = [q["question"] for a in data for p in a["paragraphs"] for q in p["qas"]]
    return contexts, questions


def _name(rank: int) -> str:
    parts = []
    while True:
        rank, digit = divmod(rank, len(_SYLLABLES))
        parts.append(_SYLLABLES[digit])
        if rank == 0:
            break
    return "".join(parts).capitalize()


class _Writer:
    def __init__(self, sentences: list[str], seed: int):
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        # Each sentence as literal pieces with name/number slots at the odd positions.
        self.templates = [_SLOT.split(s) for s in sentences]
        self._names: list[int] = []

    def name(self) -> str:
        if not self._names:
            # Zipf-Mandelbrot-like ranks (a Lomax draw): no name is in more than a few per cent
            # of paragraphs, and the long tail keeps adding new ones.
            u = self.np.random(65536)
            ranks = np.minimum(30 * (u ** (-1 / 0.35) - 1), 1e15)
            self._names = (ranks.astype(np.int64) % 2_000_000).tolist()
        return _name(self._names.pop())

    def sentence(self) -> str:
        pieces = self.rng.choice(self.templates)
        out = [pieces[0]]
        rnd = self.rng.random
        for i in range(1, len(pieces), 2):
            slot = pieces[i]
            if slot[0].isdigit():
                out.append(str(self.rng.randint(2, 2030)))
            elif (i > 1 or pieces[0]) and rnd() < 0.5:  # the first word of a sentence stays
                out.append(self.name())
            else:
                out.append(slot)
            out.append(pieces[i + 1])
        return "".join(out).strip()

    def paragraph(self, lo: int = 2, hi: int = 4) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    def article(self, paragraphs: int) -> str:
        rng = self.rng
        date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        title = " ".join(self.sentence().split()[:10]).rstrip(".,;:")
        agency = rng.choice(_AGENCIES)
        caption = f"{self.sentence()} ({agency}/{self.name()} {self.name()})"
        lead = (f"{rng.choice(_CITIES)}, {_MONTHS[date.month - 1]} {date.day} ({agency}) -- "
                f"{self.paragraph()}")
        body = [self.paragraph() for _ in range(paragraphs - 2)]
        return "\n\n".join([f" date {date.isoformat()} {title}", caption, lead, *body][:paragraphs + 1])


def write_archive(folder: Path, paragraphs: int, seed: int = 0) -> Path:
    """Write (or reuse) an archive of exactly `paragraphs` paragraphs in `folder`; return it."""
    marker = folder / ".complete"
    stamp = f"{VERSION} {paragraphs} {seed}"
    if marker.is_file() and marker.read_text() == stamp:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    contexts, _ = source_text()
    from qa.text import split_sentences  # the project's own splitter keeps sentences whole

    sentences = [" ".join(s.split()) for c in contexts for s in split_sentences(c)
                 if len(s.split()) >= 5]
    writer = _Writer(sentences, seed)
    left, number = paragraphs, 0
    while left > 0:
        n = min(left, writer.rng.randint(6, 14))
        if 0 < left - n < 3:
            n = left  # no article shorter than a caption, a lead and a body paragraph
        (folder / f"{number:06d}.txt").write_text(writer.article(n) + "\n", encoding="utf-8")
        left -= n
        number += 1
    marker.write_text(stamp)
    return folder
