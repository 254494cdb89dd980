#!/usr/bin/env sh
# Add the one-folder Matside build to the desktop's menus, for this user (no root needed):
#   ./install.sh              from inside the built folder (dist/matside/), or
#   packaging/linux/install.sh [FOLDER]   from a checkout (FOLDER: dist/matside by default)
#   ./install.sh --uninstall  takes it all out again
# Copies the folder to ~/.local/share/matside/app, links ~/.local/bin/matside to it, installs
# the icon (SVG and the PNG sizes) into the hicolor theme, the menu entry and the AppStream
# metadata, all named by the app ID (org.matside.Matside, as matside.APP_ID).
set -eu

id=org.matside.Matside
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
target=$data/matside/app

# What install.sh put in place before the app ID: taken out by an install and an uninstall.
remove_old_names() {
  rm -f "$data/applications/matside.desktop" "$data"/icons/hicolor/*/apps/matside.png \
    "$data/icons/hicolor/scalable/apps/matside.svg"
}

if [ "${1:-}" = "--uninstall" ]; then
  remove_old_names
  rm -rf "$data/matside" "$bin/matside" "$data/applications/$id.desktop" \
    "$data/metainfo/$id.metainfo.xml"
  rm -f "$data"/icons/hicolor/*/apps/$id.png "$data/icons/hicolor/scalable/apps/$id.svg"
  # The menus' file-type cache still names Matside for .json files until it is rebuilt.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" 2>/dev/null || true
  fi
  echo "Matside removed."
  exit 0
fi

here=$(cd "$(dirname "$0")" && pwd)
if [ -n "${1:-}" ]; then
  source_dir=$1
elif [ -x "$here/matside" ] && [ -d "$here/_internal" ]; then
  source_dir=$here
else
  source_dir=$here/../../dist/matside
fi
[ -x "$source_dir/matside" ] || { echo "install.sh: no built Matside in $source_dir" >&2; exit 1; }
source_dir=$(cd "$source_dir" && pwd)
desktop=$source_dir/$id.desktop
[ -f "$desktop" ] || desktop=$here/$id.desktop
metainfo=$source_dir/$id.metainfo.xml
[ -f "$metainfo" ] || metainfo=$here/$id.metainfo.xml
icons=$source_dir/_internal/resources/icons

remove_old_names
mkdir -p "$data/matside" "$bin" "$data/applications" "$data/metainfo"
if [ "$source_dir" != "$target" ]; then
  rm -rf "$target"
  cp -a "$source_dir" "$target"
fi
ln -sf "$target/matside" "$bin/matside"

for png in "$icons"/matside-*.png; do
  [ -f "$png" ] || continue
  size=${png##*/matside-}
  size=${size%.png}
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
if [ -f "$icons/matside.svg" ]; then
  mkdir -p "$data/icons/hicolor/scalable/apps"
  cp "$icons/matside.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
fi
cp "$metainfo" "$data/metainfo/$id.metainfo.xml"

# The menu entry runs the installed copy by its full path: ~/.local/bin may not be on PATH.
# Written by the Desktop Entry rules, whatever the path holds (a space, a quote, a %): Exec's
# argument in double quotes with \ " ` $ escaped and % doubled, then every backslash doubled
# again as a string value; TryExec as a plain string value. Exec's field codes (%f: the file
# a file manager opens with Matside) stay as they are.
program=$target/matside
quoted=$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g')
exec_value=$(printf '"%s"' "$quoted" | sed -e 's/\\/\\\\/g')
tryexec_value=$(printf '%s' "$program" | sed -e 's/\\/\\\\/g')
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    Exec=*) printf 'Exec=%s%s\n' "$exec_value" "${line#Exec=matside}" ;;
    TryExec=*) printf 'TryExec=%s\n' "$tryexec_value" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$desktop" > "$data/applications/$id.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
fi
echo "Matside installed: $bin/matside, and in the desktop's menus."
