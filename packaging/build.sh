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
source packaging/ensure-apt.sh

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
  # patchelf: clears the interpreter's build-machine library path from the bundle (see below).
  need=(binutils patchelf "${QT_RUNTIME_PACKAGES[@]}")
  ensure_apt build.sh "${need[@]}"
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
    # Python's own binaries may carry the library path of the machine the interpreter was
    # built on (pyenv's: RUNPATH /root/.pyenv/versions/3.11.7/lib): a folder outside the
    # bundle, on another machine someone else's. The bundle's libraries are found without it
    # (the bootloader points the loader at _internal), so such paths are cleared; Qt's
    # $ORIGIN paths, inside the bundle, stay.
    while IFS= read -r -d '' file; do
      runpath=$(patchelf --print-rpath "$file" 2>/dev/null) || continue
      if [[ -n $runpath && $runpath != *'$ORIGIN'* ]]; then patchelf --remove-rpath "$file"; fi
    done < <(find "$result" -type f \( -name '*.so*' -o -name matside \) -print0)
    # Desktop integration travels with the folder: ./install.sh adds Matside to the menus.
    cp packaging/linux/org.matside.Matside.desktop packaging/linux/org.matside.Matside.metainfo.xml \
      packaging/linux/install.sh "$result/"
    # The man page and the shell completions, made from the command line's parser (never kept
    # in git, so never out of step), laid out as under /usr/share: install.sh and
    # build-deb.sh take them from there.
    PYTHONPATH=app${PYTHONPATH:+:$PYTHONPATH} "$py" tools/make_cli_docs.py "$result/share" >/dev/null
  fi
fi
echo "build.sh: built $result in $((SECONDS - start)) s; size: $(du -sh "$result" | cut -f1)"
