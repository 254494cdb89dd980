#!/usr/bin/env bash
# Test the Debian package as CI does (as root, on a machine without Matside installed):
#   packaging/deb-test.sh [DEB]        default: the newest dist/matside_*.deb (build-deb.sh)
# lintian must report no error and no warning that packaging/debian/lintian-overrides does not
# explain; then the package is installed with dpkg, the installed `matside` (found on PATH) passes
# smoke-test.sh (self-test offscreen, --version, plan), man finds its page, and after
# `dpkg --purge` nothing of it is left: no /opt/matside, no /usr/bin/matside, and no path under
# /usr/share that was not there before.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/ensure-apt.sh

fail() {
  echo "deb-test: FAILED: $*" >&2
  exit 1
}

deb=${1:-$(ls -t dist/matside_*.deb 2>/dev/null | head -n 1)}
[[ -n $deb && -f $deb ]] || fail "no package (run packaging/build-deb.sh)"
[[ $(id -u) -eq 0 ]] || fail "installing a package needs root (CI runs as root)"
if dpkg-query -W -f='${Status}' matside 2>/dev/null | grep -q installed; then
  fail "matside is installed already; remove it first (dpkg --purge matside)"
fi
ensure_apt deb-test lintian

tmp=$(mktemp -d)
installed=0
cleanup() {
  [[ $installed -eq 0 ]] || dpkg --purge matside >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
passed=0

# lintian refuses nothing it was not asked to; root is what CI has, hence the note it prints.
lintian --fail-on error,warning --tag-display-limit 0 "$deb" >"$tmp/lintian" 2>&1 || {
  cat "$tmp/lintian" >&2
  fail "lintian found errors or warnings (above)"
}
passed=$((passed + 1))

find /usr/share /opt -xdev 2>/dev/null | sort >"$tmp/before"
installed=1
DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" >"$tmp/dpkg" 2>&1 || {
  cat "$tmp/dpkg" >&2
  fail "dpkg -i $deb failed"
}
passed=$((passed + 1))

[[ $(command -v matside) == /usr/bin/matside ]] || fail "matside is not /usr/bin/matside on PATH"
packaging/smoke-test.sh "$(command -v matside)" >"$tmp/smoke" 2>&1 || {
  cat "$tmp/smoke" >&2
  fail "the installed matside failed the smoke test (above)"
}
sed 's/^/  /' "$tmp/smoke"
passed=$((passed + 1))

[[ $(man -w matside 2>/dev/null) == /usr/share/man/man1/matside.1.gz ]] ||
  fail "man does not find /usr/share/man/man1/matside.1.gz"
for file in /usr/share/bash-completion/completions/matside /usr/share/zsh/vendor-completions/_matside \
  /usr/share/fish/vendor_completions.d/matside.fish /usr/share/doc/matside/copyright; do
  [[ -s $file ]] || fail "$file is missing"
done
ls /usr/share/applications/*.desktop | xargs grep -l '^Exec=matside' >/dev/null ||
  fail "no menu entry runs matside"
passed=$((passed + 1))

dpkg --purge matside >"$tmp/purge" 2>&1 || { cat "$tmp/purge" >&2; fail "dpkg --purge failed"; }
installed=0
[[ ! -e /opt/matside && ! -L /usr/bin/matside ]] || fail "left behind: /opt/matside or /usr/bin/matside"
find /usr/share /opt -xdev 2>/dev/null | sort >"$tmp/after"
left=$(comm -13 "$tmp/before" "$tmp/after")
[[ -z $left ]] || fail "left behind after dpkg --purge:
$left"
passed=$((passed + 1))

echo "deb-test: ok ($deb)"
# lintian, dpkg -i, the installed program's smoke test, its files in place, purge leaves nothing:
echo "deb-test: $passed passed, 0 failed"
