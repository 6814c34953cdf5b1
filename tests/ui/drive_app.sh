#!/bin/sh
# Drives the app like a user under an X server (run it inside xvfb-run): starts it, waits for its
# window, focuses it, presses keys with xdotool, quits with Ctrl+Q, and keeps its --stats JSON.
#   drive_app.sh APP STATS.json "APP ARGS" KEY...      (KEY: an xdotool key name, e.g. Right, ctrl+equal)
set -eu
app=$1 stats=$2 args=$3
shift 3
# --frames is a backstop (30 s at 60 frames per second) should the keys never arrive.
# shellcheck disable=SC2086
"$app" $args --frames 1800 --stats > "$stats" &
pid=$!
window=$(xdotool search --sync --onlyvisible --name "Backprop Lab" | head -n 1)
xdotool windowfocus "$window" || true
sleep 0.5
press() {  # held for a few frames: ImGui 1.86 misses a press and release within one frame
  keys=$(echo "$1" | tr '+' ' ')
  for k in $keys; do xdotool keydown "$k"; done
  sleep 0.12
  for k in $(echo "$keys" | awk '{for (i = NF; i > 0; --i) printf "%s ", $i}'); do xdotool keyup "$k" 2>/dev/null || true; done
  sleep 0.12
}
for key in "$@"; do press "$key"; done
press ctrl+q
wait "$pid"
