#!/usr/bin/env bash
# Build the standalone Matside with PyInstaller, from a checkout, in one command:
#   packaging/build.sh              one folder: dist/matside/matside (run it from there)
#   packaging/build.sh --onefile    one file:   dist/matside-onefile
#   packaging/build.sh --no-trim    PyInstaller's defaults, only to measure what trimming saves
# It creates .venv when there is none, installs the project with its "package" extra (PyInstaller)
# into it, runs packaging/matside.spec and prints the size of the result. Build files go to
# build/pyinstaller/. Windows (Git Bash) and macOS work the same way.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "build.sh: $*" >&2; exit 1; }

spec_args=()
onefile=0
for arg in "$@"; do
  case $arg in
    --onefile) onefile=1; spec_args+=(--onefile) ;;
    --no-trim) spec_args+=(--no-trim) ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) die "unknown option $arg (see --help)" ;;
  esac
done

case $(uname -s) in
  Linux*) os=linux; venv_bin=.venv/bin ;;
  Darwin*) os=macos; venv_bin=.venv/bin ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; venv_bin=.venv/Scripts ;;
  *) die "unsupported system $(uname -s)" ;;
esac

if [[ $os == linux ]] && command -v dpkg-query >/dev/null 2>&1; then
  # binutils: PyInstaller reads and strips ELF files. Qt's runtime libraries (./dev's list): the
  # bundle carries most of them (the xcb ones too), so they must be on the building machine.
  need=(binutils libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
        libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
        libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xinerama0)
  missing=()
  for pkg in "${need[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
      echo "build.sh: installing ${missing[*]}" >&2
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      die "install these first: sudo apt-get install -y ${missing[*]}"
    fi
  fi
fi

if [[ ! -x $venv_bin/python && ! -x $venv_bin/python.exe ]]; then
  python=""
  for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11 python py; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      python=$candidate; break
    fi
  done
  [[ -n $python ]] || die "Python 3.11 or newer is needed"
  "$python" -m venv .venv || die "could not create .venv"
fi
py=$venv_bin/python

# Editable, like ./dev's install, so both share one .venv; reinstalled when pyproject changes.
stamp=.venv/.matside-package-installed
if [[ ! -f $stamp || pyproject.toml -nt $stamp ]] || ! "$py" -c 'import PyInstaller' 2>/dev/null
then
  "$py" -m pip install -q --upgrade pip >/dev/null
  "$py" -m pip install -q -e '.[package]' || die "pip install failed (see above)"
  touch "$stamp"
fi

start=$SECONDS
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller \
  packaging/matside.spec -- ${spec_args[@]+"${spec_args[@]}"}

if [[ $onefile -eq 1 ]]; then
  result=dist/matside-onefile
  [[ $os == windows ]] && result=dist/matside-onefile.exe
else
  result=dist/matside
  if [[ $os == linux ]]; then
    # Desktop integration travels with the folder: ./install.sh adds Matside to the menus.
    cp packaging/linux/org.matside.Matside.desktop packaging/linux/org.matside.Matside.metainfo.xml \
      packaging/linux/install.sh "$result/"
  fi
fi
echo "build.sh: built $result in $((SECONDS - start)) s; size: $(du -sh "$result" | cut -f1)"
