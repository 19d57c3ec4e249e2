"""Answers (specifier, version) questions with both packaging generations, as JSON.

Reads a JSON list of [specifier, version] on stdin; prints a list of
[current, pip] where current is the installed `packaging` (26.x here) and pip is
pip's vendored copy (packaging 21.3 in pip 23.2): SpecifierSet(spec).contains(
version, prereleases=True), the resolver's question. None marks an invalid specifier.
"""

import json
import sys
import warnings

warnings.simplefilter("ignore")

from packaging.specifiers import InvalidSpecifier as CurrentInvalid  # noqa: E402
from packaging.specifiers import SpecifierSet as CurrentSet  # noqa: E402
from pip._vendor.packaging.specifiers import InvalidSpecifier as PipInvalid  # noqa: E402
from pip._vendor.packaging.specifiers import SpecifierSet as PipSet  # noqa: E402


def ask(cls, invalid, spec, version):
    try:
        s = cls(spec)
    except invalid:
        return None
    return bool(s.contains(version, prereleases=True))


def main():
    pairs = json.load(sys.stdin)
    out = [
        [ask(CurrentSet, CurrentInvalid, s, v), ask(PipSet, PipInvalid, s, v)]
        for s, v in pairs
    ]
    json.dump(out, sys.stdout)


main()
