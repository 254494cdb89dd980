#!/usr/bin/env bash
# Screenshots of the run screen in a real X server, for docs/screenshots/ and the README.
# Needs ../shared/tools/xshot (Xvfb, xdotool, ImageMagick). Usage: tools/make_screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
xshot=../shared/tools/xshot
out=docs/screenshots
mkdir -p "$out"
app=(.venv/bin/matside run)
full=routines/hip-opening.json
daily=routines/daily-hip-stretch.json

shot() {  # NAME KEYS ROUTINE [--after N]
  local name=$1 keys=$2 routine=$3 after=${4:-2}
  "$xshot" --wait 3 --keys "$keys" --after "$after" "$out/$name.png" -- \
    "${app[@]}" "$routine" --autostart >/dev/null 2>&1
  echo "saved $out/$name.png"
}

shot get-ready "shift" "$full" 1
shot work "Right" "$full" 3
shot switch "Right Right" "$full"
shot rest "Right Right Right Right" "$full"
shot open-rest "Right Right Right Right" "$daily" 4
shot paused "Right space" "$full"
shot done "$(printf 'Right %.0s' $(seq 1 20))" "$daily"

# The light theme, asked for by a settings file in a home of its own.
light=$(mktemp -d)
mkdir -p "$light/config"
echo '{"theme": "light"}' >"$light/config/settings.json"
"$xshot" --wait 4 "$out/library-light.png" -- env MATSIDE_HOME="$light" .venv/bin/matside \
  >/dev/null 2>&1  # first: a session cut off by a shot below would be offered to resume
echo "saved $out/library-light.png"
app=(env MATSIDE_HOME="$light" .venv/bin/matside run)
shot work-light "Right" "$full" 3
rm -rf "$light"
