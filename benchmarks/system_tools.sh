#!/usr/bin/env bash
# The outside tools issue 15's measures use, installed when missing (`make bench` runs this first):
#   Xvfb, xdotool, xev  the start-up measures (the app's first window on a virtual screen, seen as it maps)
#   Qt's xcb libraries  what Qt's X11 platform plugin loads (a bare Debian has Xvfb without them, and every
#                       window then ends at once with "Could not load the Qt platform plugin xcb")
#   pdftotext           the papers' floor (bare reportlab draws the words found on our page)
# Installs with apt-get when run as root on Debian/Ubuntu; otherwise says what to install and goes on
# (run_all.py then reports those measures as missed, "not measured", never as passed).
set -u
need=""
command -v Xvfb >/dev/null || need="$need xvfb"
command -v xdotool >/dev/null || need="$need xdotool"
command -v xev >/dev/null || need="$need x11-utils"
command -v pdftotext >/dev/null || need="$need poppler-utils"
if command -v dpkg >/dev/null; then
  # the same list as ../shared/tools/shot: Qt 6's xcb plugin and what it opens at start
  for lib in libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
             libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 libfontconfig1 \
             libdbus-1-3; do
    dpkg -s "$lib" >/dev/null 2>&1 || need="$need $lib"
  done
fi
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing for the benchmarks:$need"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq $need >/dev/null && exit 0
  echo "could not install$need; the measures that need them will be reported as missed" >&2
else
  echo "the benchmarks need$need (e.g. sudo apt-get install$need); without them those measures are missed" >&2
fi
exit 0
