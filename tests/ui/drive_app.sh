#!/bin/sh
# Drives the app like a user under an X server (run it inside xvfb-run): starts it, waits for its
# window, focuses it, presses keys with xdotool, quits with Ctrl+Q, and keeps its --stats JSON.
#   drive_app.sh APP STATS.json "APP ARGS" ACTION...
# ACTION: an xdotool key name (Right, ctrl+equal), click:X,Y, ctrlclick:X,Y (a slider's text entry),
# type:TEXT, move:X,Y (hover there), drag:X1,Y1:X2,Y2 (window pixels; for mouse actions give the
# app --mouse), or resize:W,H (the window's new size).
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
drag() {  # in small moves, so ImGui sees the item held while the mouse travels
  from=${1%%:*} to=${1#*:}
  xdotool mousemove --window "$window" "${from%,*}" "${from#*,}"
  sleep 0.15
  xdotool mousedown 1
  sleep 0.1
  x0=${from%,*} y0=${from#*,} x1=${to%,*} y1=${to#*,}
  for i in 1 2 3 4 5 6; do
    xdotool mousemove --window "$window" $((x0 + (x1 - x0) * i / 6)) $((y0 + (y1 - y0) * i / 6))
    sleep 0.05
  done
  xdotool mouseup 1
  sleep 0.15
}
for action in "$@"; do
  case $action in
    click:*) xy=${action#click:}; xdotool mousemove --window "$window" "${xy%,*}" "${xy#*,}" click 1; sleep 0.25 ;;
    move:*) xy=${action#move:}; xdotool mousemove --window "$window" "${xy%,*}" "${xy#*,}"; sleep 0.25 ;;
    resize:*) wh=${action#resize:}; xdotool windowsize "$window" "${wh%,*}" "${wh#*,}"; sleep 0.4 ;;
    ctrlclick:*)
      xy=${action#ctrlclick:}
      xdotool mousemove --window "$window" "${xy%,*}" "${xy#*,}" keydown ctrl mousedown 1
      sleep 0.12
      xdotool mouseup 1 keyup ctrl
      sleep 0.25 ;;
    type:*) xdotool type --delay 100 "${action#type:}"; sleep 0.2 ;;
    drag:*) drag "${action#drag:}" ;;
    *) press "$action" ;;
  esac
done
press ctrl+q
wait "$pid"
