# Sourced by ./dev and the packaging scripts: Debian packages they need, installed when missing.
#   ensure_apt WHO PACKAGE...   WHO names the script in its messages
# As root with apt-get, missing packages are installed; otherwise the script stops and says
# which to install. Off Debian (no dpkg-query) the user is trusted to have them.

# Qt's runtime libraries, beside what a desktop has: the app needs them to open a window, the
# frozen build to bundle them, dpkg-shlibdeps to find them.
QT_RUNTIME_PACKAGES=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xinerama0)

ensure_apt() {
  local who=$1
  shift
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "$who: installing ${missing[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "$who: install these first: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
}
