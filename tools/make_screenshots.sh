#!/usr/bin/env bash
# Screenshots of the run screen in a real X server, for docs/screenshots/ and the README.
# Needs ../shared/tools/xshot (Xvfb, xdotool, ImageMagick).
# Usage: tools/make_screenshots.sh [SIZE...]   (default: 1366x768 1920x1080)
# The first size goes to docs/screenshots/ (the README shows those), each other size to
# docs/screenshots/SIZE/. Run with PYTHONPATH=app from a worktree whose .venv is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
xshot=../shared/tools/xshot
python=.venv/bin/python
full=routines/hip-opening.json
daily=routines/daily-hip-stretch.json
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1366x768 1920x1080)

shot() {  # SIZE OUT NAME KEYS ROUTINE [AFTER]
  local size=$1 out=$2 name=$3 keys=$4 routine=$5 after=${6:-2}
  # Xvfb has no window manager to make a window full screen: the window opens as large as
  # the screen instead, which is what full screen shows.
  # A screenshot taken before the window drew anything is all black (seen on a loaded
  # machine): such a one is taken again, and a third black one stops the script.
  local try
  for try in 1 2 3; do
    "$xshot" --size "$size" --wait 8 --keys "$keys" --after "$after" "$out/$name.png" -- \
      "$python" -c "import sys; from matside.ui import main as ui; \
ui.PREFERRED_SIZE = (${size/x/, }); from matside.cli import main; \
sys.exit(main(['run', '$routine', '--autostart']))" >/dev/null 2>&1
    if [ "$(convert "$out/$name.png" -format '%[fx:mean>0.01]' info:)" = 1 ]; then
      echo "saved $out/$name.png"
      return
    fi
    echo "all black, again: $out/$name.png (try $try)" >&2
  done
  exit 1
}

for size in "${sizes[@]}"; do
  out=docs/screenshots
  [ "$size" = "${sizes[0]}" ] || out=docs/screenshots/$size
  mkdir -p "$out"
  shot "$size" "$out" get-ready "shift" "$full" 1
  shot "$size" "$out" work "Right" "$full" 3
  shot "$size" "$out" switch "Right Right" "$full"
  shot "$size" "$out" rest "Right Right Right Right" "$full"
  shot "$size" "$out" open-rest "Right Right Right Right" "$daily" 4
  shot "$size" "$out" paused "Right space" "$full"
  shot "$size" "$out" done "$(printf 'Right %.0s' $(seq 1 20))" "$daily"
done

# The library and work at the first size with a settings file in a home of its own: the light
# theme, then German (in the dark theme, as a German desktop would show it).
with_settings() {  # SUFFIX SETTINGS_JSON
  local suffix=$1 home
  home=$(mktemp -d)
  mkdir -p "$home/config"
  echo "$2" >"$home/config/settings.json"
  export MATSIDE_HOME=$home
  # The library first: a session cut off by the shot after it would be offered to resume.
  "$xshot" --size "${sizes[0]}" --wait 6 "docs/screenshots/library-$suffix.png" -- \
    "$python" -c "import sys; from matside.ui import main as ui; \
ui.PREFERRED_SIZE = (${sizes[0]/x/, }); from matside.cli import main; sys.exit(main([]))" \
    >/dev/null 2>&1
  echo "saved docs/screenshots/library-$suffix.png"
  shot "${sizes[0]}" docs/screenshots "work-$suffix" "Right" "$full" 3
  unset MATSIDE_HOME
  rm -rf "$home"
}
with_settings light '{"theme": "light"}'
with_settings de '{"language": "de"}'
