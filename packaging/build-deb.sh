#!/usr/bin/env bash
# Make a Debian package from the one-folder bundle (run packaging/build.sh first):
#   packaging/build-deb.sh [BUNDLE]      BUNDLE: dist/matside by default
# Writes dist/matside_VERSION-1_ARCH.deb and prints its path on the last line. The package holds
# the bundle under /opt/matside with a /usr/bin/matside link, and the desktop's and the shell's
# files under /usr/share: the menu entry, icons, AppStream metainfo (when the checkout has it),
# the man page and the bash, zsh and fish completions (made by build.sh from the parser). It
# depends on the system libraries the bundle leaves to the system (the ALSA library first), found
# by dpkg-shlibdeps. packaging/deb-test.sh checks the result (lintian, install, run, purge).
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/ensure-apt.sh

die() { echo "build-deb.sh: $*" >&2; exit 1; }

bundle=${1:-dist/matside}
[[ $bundle != -* ]] || { sed -n '2,9p' "$0"; exit 0; }
[[ -x $bundle/matside && -d $bundle/_internal ]] ||
  die "no one-folder bundle at $bundle (run packaging/build.sh)"
share=$bundle/share
[[ -f $share/man/man1/matside.1 ]] || die "no man page in $share (build.sh makes it)"

# dpkg-shlibdeps (dpkg-dev) reads the libraries the bundle links from the system, so the ones it
# leaves to the system must be installed here: Qt's (./dev's list) and the Wayland client's.
need=(dpkg-dev binutils libasound2-dev libegl1 libgl1 libxcb1 libwayland-client0
      libwayland-cursor0 libwayland-egl1)
ensure_apt build-deb.sh "${need[@]}"

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/matside/__init__.py)
[[ -n $version ]] || die "no __version__ in app/matside/__init__.py"
revision=1
arch=$(dpkg --print-architecture)
maintainer=${DEB_MAINTAINER:-"Matside developers <packaging@matside.org>"}
# The name the desktop knows Matside by, from its one place (app/matside/__init__.py's APP_ID):
# the menu entry and the metainfo are packaging/linux/APP_ID.desktop and APP_ID.metainfo.xml.
# Until a checkout has an APP_ID, the menu entry is packaging/linux/matside.desktop.
app_id=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' app/matside/__init__.py)
desktop=packaging/linux/${app_id:-matside}.desktop
[[ -f $desktop ]] || desktop=packaging/linux/matside.desktop
desktop_id=$(basename "$desktop")
metainfo=packaging/linux/${app_id:-matside}.metainfo.xml
# The icon's name is the one the menu entry asks for.
icon=$(sed -n 's/^Icon=//p' "$desktop" | head -n 1)
[[ -n $icon ]] || die "$desktop names no Icon"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
doc=$root/usr/share/doc/matside

# ---- the files

mkdir -p "$root/opt" "$root/usr/bin" "$doc"
cp -a "$bundle" "$root/opt/matside"
# What build.sh put beside the bundle for install.sh goes to its Debian places instead.
rm -rf "$root/opt/matside/share" "$root/opt/matside/install.sh" "$root/opt/matside"/*.desktop
ln -s /opt/matside/matside "$root/usr/bin/matside"

install -D -m 644 "$desktop" "$root/usr/share/applications/$desktop_id"
if [[ -f $metainfo ]]; then
  install -D -m 644 "$metainfo" "$root/usr/share/metainfo/$(basename "$metainfo")"
fi
for png in resources/icons/matside-*.png; do
  size=${png##*/matside-}
  size=${size%.png}
  install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png"
done
install -D -m 644 resources/icons/matside.svg "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg"

install -D -m 644 "$share/man/man1/matside.1" "$root/usr/share/man/man1/matside.1"
gzip -9n "$root/usr/share/man/man1/matside.1"
install -D -m 644 "$share/bash-completion/completions/matside" \
  "$root/usr/share/bash-completion/completions/matside"
install -D -m 644 "$share/zsh/vendor-completions/_matside" \
  "$root/usr/share/zsh/vendor-completions/_matside"
install -D -m 644 "$share/fish/vendor_completions.d/matside.fish" \
  "$root/usr/share/fish/vendor_completions.d/matside.fish"

install -D -m 644 packaging/debian/copyright "$doc/copyright"
install -D -m 644 packaging/debian/lintian-overrides "$root/usr/share/lintian/overrides/matside"
date=$(date -R -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")
cat >"$tmp/changelog" <<EOF
matside ($version-$revision) unstable; urgency=medium

  * Matside $version, packaged from the PyInstaller one-folder bundle.

 -- $maintainer  $date
EOF
gzip -9n <"$tmp/changelog" >"$doc/changelog.Debian.gz"

# Modes as Debian wants them: folders and programs 755, everything else (shared libraries too)
# 644. PyInstaller's copies keep the modes of wherever they came from.
find "$root" -type d -exec chmod 755 {} +
find "$root" -type f -exec chmod 644 {} +
chmod 755 "$root/opt/matside/matside"

# ---- the dependencies

# Every ELF file of the bundle, given to dpkg-shlibdeps. It also reads the libraries the bundle
# carries from the system's copies of the same name (libz, libglib, ...); those packages are not
# dependencies, so each is excluded (-x) unless it also provides a library the bundle leaves to
# the system.
mapfile -t elves < <(find "$root/opt/matside" -type f -exec sh -c \
  'for f; do [ "$(head -c 4 "$f" | od -An -c | tr -d " ")" = "177ELF" ] && echo "$f"; done' _ {} +)
carried=$(find "$root/opt/matside" \( -type f -o -type l \) -name 'lib*.so*' -printf '%f\n' | sort -u)
needed=$(for f in "${elves[@]}"; do
  readelf -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'
done | sort -u)
left_to_system=$(comm -23 <(echo "$needed") <(echo "$carried"))
package_of() {  # the Debian package that holds the system's library $1, or nothing
  local path real candidate
  path=$(/sbin/ldconfig -p | awk -v lib="$1" '$1 == lib && $0 ~ /x86-64|AArch64/ {print $NF; exit}')
  [[ -n $path ]] || return 0
  real=$(readlink -f "$path")
  # dpkg knows a file by the path its package ships (/lib or /usr/lib: merged /usr).
  for candidate in "$path" "$real" "${path#/usr}" "${real#/usr}" "/usr$path" "/usr$real"; do
    dpkg -S "$candidate" 2>/dev/null | sed 's/:.*//' | head -n 1 | grep . && return 0
  done
  return 0
}
system_packages=$(for lib in $left_to_system; do package_of "$lib"; done | sort -u)
excluded=()
for lib in $carried; do
  pkg=$(package_of "$lib")
  if [[ -n $pkg ]] && ! grep -qx "$pkg" <<<"$system_packages"; then excluded+=("-x$pkg"); fi
done
mapfile -t libdirs < <(find "$root/opt/matside" -name 'lib*.so*' -printf '-l%h\n' | sort -u)
mkdir -p "$tmp/src/debian"
printf 'Source: matside\n\nPackage: matside\nArchitecture: any\n' >"$tmp/src/debian/control"
depends=$(cd "$tmp/src" && dpkg-shlibdeps -O --ignore-missing-info "${libdirs[@]}" "${excluded[@]}" \
  "${elves[@]/#/-e}" 2>"$tmp/shlibdeps.log" | sed -n 's/^shlibs:Depends=//p') ||
  { cat "$tmp/shlibdeps.log" >&2; die "dpkg-shlibdeps failed"; }
[[ -n $depends ]] || { cat "$tmp/shlibdeps.log" >&2; die "dpkg-shlibdeps found no dependency"; }

# Sorted into the fields: the ALSA library under both its names (libasound2t64 from Debian 13
# on), first; the Wayland client libraries only recommended: Qt's Wayland plugin needs them,
# and without them Qt runs on X11 (XWayland on a Wayland desktop).
alsa="" wayland=() others=()
IFS=',' read -ra entries <<<"$depends"
for entry in "${entries[@]}"; do
  entry=$(echo "$entry" | sed 's/^ *//; s/ *$//')
  case $entry in
    libasound2*) alsa=$(echo "$entry" | sed -E 's/^libasound2(t64)?(.*)$/libasound2\2 | libasound2t64\2/') ;;
    libwayland-*) wayland+=("$entry") ;;
    *) others+=("$entry") ;;
  esac
done
[[ -n $alsa ]] || die "the bundle does not link the ALSA library: is simpleaudio in it?"
# Not linked, read: the bundled libfontconfig reads the system's /etc/fonts, and the package
# that holds it brings a font (without one Qt draws no letter).
others+=(fontconfig-config)
join() { local IFS=','; echo "$*" | sed 's/,/, /g'; }

installed_size=$(du -sk --apparent-size "$root" | cut -f1)
mkdir -p "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<EOF
Package: matside
Version: $version-$revision
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $alsa, $(join "${others[@]}")
Recommends: $(join "${wayland[@]}")
Section: misc
Priority: optional
Description: interval timer with exercise cues, readable from the mat
 Matside runs a routine of exercises with work and rest times, sets and
 sides, and cues each step with sounds and a voice, on a screen that can be
 read from three metres away. A presenter clicker is the only control needed
 on the mat. Routines are plain JSON files; the app also edits and imports
 them.
 .
 This package holds the standalone build (Python and Qt bundled) under
 /opt/matside.
EOF
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z |
  xargs -0 md5sum >DEBIAN/md5sums)
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

mkdir -p dist
deb=dist/matside_${version}-${revision}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "build-deb.sh: Depends: $alsa, $(join "${others[@]}")"
echo "build-deb.sh: Recommends: $(join "${wayland[@]}")"
echo "build-deb.sh: built $deb ($(du -h "$deb" | cut -f1))"
echo "$deb"
