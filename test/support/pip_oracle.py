"""What pip itself makes of requirements files, line by line, as JSON.

Usage:
  python3 pip_oracle.py FILE...        one JSON object {path: [line records]}
  python3 pip_oracle.py --markers      reads a JSON list of marker strings on stdin and
                                       prints them as str(packaging.markers.Marker(m))

pip's parse_requirements() stops at the first bad line and follows -r/-c includes, so
this drives the same pieces it is made of (preprocess, the optparse line parser,
handle_requirement_line, install_req_from_parsed_requirement) one line at a time:
every line gets pip's verdict and includes are reported, not followed.
Relative paths are resolved by pip against the working directory: run it from the
file's folder to judge local paths the way `cd dir && pip install -r file` would.
"""

import contextlib
import io
import json
import logging
import sys
import warnings

from pip._internal.req.constructors import install_req_from_parsed_requirement
from pip._internal.req.req_file import (
    ParsedLine,
    get_line_parser,
    handle_requirement_line,
    preprocess,
)
from pip._internal.utils.encoding import auto_decode
from pip._vendor.packaging.utils import canonicalize_name

try:  # a current packaging normalizes markers the way monopin prints them
    from packaging.markers import Marker as ModernMarker
    from packaging.requirements import Requirement as ModernRequirement
except ImportError:  # pragma: no cover - fall back to pip's vendored copy
    from pip._vendor.packaging.markers import Marker as ModernMarker
    from pip._vendor.packaging.requirements import Requirement as ModernRequirement

# pip warns about missing local files and egg fragments; verdicts are what we want
logging.disable(logging.CRITICAL)
warnings.simplefilter("ignore")


def normalize_marker(text):
    if text is None:
        return None
    try:
        return str(ModernMarker(str(text)))
    except Exception:
        return str(text)


def modern_ok(req):
    """Whether a current packaging accepts what pip 23's vendored packaging 21.3 did."""
    if req is None:
        return True
    try:
        ModernRequirement(str(req))
        return True
    except Exception:
        return False


def parse_file(path):
    with open(path, "rb") as f:
        content = auto_decode(f.read())
    line_parser = get_line_parser(None)
    records = []
    for lineno, line in preprocess(content):
        try:
            with contextlib.redirect_stderr(io.StringIO()):  # optparse prints usage on errors
                args, opts = line_parser(line)
            parsed = ParsedLine(path, lineno, args, opts, False)
        except BaseException as e:  # OptionParsingError, CommandError, SystemExit
            records.append({"line": lineno, "kind": "error", "error": str(getattr(e, "msg", e))})
            continue
        if not parsed.is_requirement:
            include = None
            if opts.requirements:
                include = {"kind": "requirement", "target": opts.requirements[0]}
            elif opts.constraints:
                include = {"kind": "constraint", "target": opts.constraints[0]}
            records.append({"line": lineno, "kind": "option", "include": include})
            continue
        try:
            ireq = install_req_from_parsed_requirement(handle_requirement_line(parsed))
        except BaseException as e:
            records.append({"line": lineno, "kind": "error", "error": str(e)})
            continue
        req = ireq.req
        link = ireq.link
        url = req.url if req is not None and req.url else (link.url if link else None)
        hashes = []
        for algo, digests in sorted(((parsed.opts.hashes or {}) if not parsed.is_editable else {}).items()):
            hashes.extend(f"{algo}:{d}" for d in digests)
        records.append(
            {
                "line": lineno,
                "kind": "requirement",
                "editable": bool(ireq.editable),
                "name": canonicalize_name(req.name) if req is not None else None,
                "extras": sorted(canonicalize_name(e) for e in ireq.extras),
                "specifier": sorted(str(s) for s in req.specifier) if req is not None else [],
                "marker": normalize_marker(ireq.markers or (req.marker if req is not None else None)),
                "url": url,
                # a link pip made from a local path (file:///abs/...) rather than a URL as written
                "localPath": bool(link and link.scheme == "file" and not parsed.requirement.lower().startswith("file:")),
                "hashes": hashes,
                "modernOk": modern_ok(req),
            }
        )
    return records


def main(argv):
    if argv[:1] == ["--markers"]:
        print(json.dumps([normalize_marker(m) for m in json.load(sys.stdin)]))
        return 0
    print(json.dumps({path: parse_file(path) for path in argv}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
