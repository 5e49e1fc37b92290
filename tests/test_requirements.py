"""requirements*.txt: every dependency pinned to one version, and everything they pull in too."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(ROOT.glob("requirements*.txt"))
PINNED = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9_,-]+\])?==[A-Za-z0-9.+!]+")


def requirement_lines() -> list[tuple[str, str]]:
    """Each requirement line of every requirements file, with the file's name; no comments, no -r."""
    lines = []
    for file in FILES:
        for line in file.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line and not line.startswith("-r "):
                lines.append((file.name, line))
    return lines


def test_every_requirement_is_pinned_to_an_exact_version():
    assert [f.name for f in FILES] == ["requirements-dev.txt", "requirements.txt"]
    lines = requirement_lines()
    assert lines and [(f, line) for f, line in lines if not PINNED.fullmatch(line)] == []


def test_everything_the_requirements_pull_in_is_pinned_at_the_version_installed():
    pins = {canonicalize_name(Requirement(line).name): Requirement(line) for _, line in requirement_lines()}
    todo = list(pins.values())
    needed: dict[str, set[str]] = {}  # each distribution the pins pull in, with the extras asked for
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        extras = set(req.extras)
        if name in needed and extras <= needed[name]:
            continue
        needed[name] = needed.get(name, set()) | extras
        for text in metadata.distribution(name).requires or []:
            sub = Requirement(text)
            if sub.marker is None or any(sub.marker.evaluate({"extra": e}) for e in {"", *needed[name]}):
                todo.append(sub)
    assert sorted(set(needed) - set(pins)) == []  # pulled in but not pinned
    wrong = {name: (str(pins[name].specifier), metadata.version(name)) for name in needed
             if not pins[name].specifier.contains(metadata.version(name), prereleases=True)}
    assert wrong == {}
