#!/usr/bin/env bash
# The app's metadata as the Linux and Python ecosystems judge it (issue 18); CI runs it after
# ./dev test. Fails on any error or warning of:
#   desktop-file-validate   packaging/linux/org.matside.Matside.desktop
#   appstreamcli validate   packaging/linux/org.matside.Matside.metainfo.xml (--strict: warnings
#                           fail too; the one pedantic hint, an upper-case ID, is the ID chosen)
#   twine check --strict    the sdist and the wheel, as PyPI reads their metadata
#   check-wheel-contents    the wheel's files
# Needs ./dev's .venv (build, twine and check-wheel-contents come with the dev extra) and the
# Debian packages appstream and desktop-file-utils, installed here when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/ensure-apt.sh

die() { echo "check-metadata: $*" >&2; exit 1; }

ensure_apt check-metadata appstream desktop-file-utils
[[ -x .venv/bin/twine ]] || die "no .venv with the dev extra: run ./dev test first"

desktop=packaging/linux/org.matside.Matside.desktop
report=$(desktop-file-validate "$desktop" 2>&1) || { echo "$report" >&2; die "$desktop is not valid"; }
[[ -z $report ]] || { echo "$report" >&2; die "desktop-file-validate warns about $desktop"; }

appstreamcli validate --no-net --strict packaging/linux/org.matside.Matside.metainfo.xml

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.venv/bin/python -m build --no-isolation --outdir "$out" . >/dev/null
.venv/bin/twine check --strict "$out"/*
.venv/bin/check-wheel-contents "$out"/*.whl
echo "check-metadata: desktop file, AppStream, sdist and wheel metadata all clean"
