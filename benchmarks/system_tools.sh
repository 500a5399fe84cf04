#!/usr/bin/env bash
# The outside tools issue 15's measures use, installed when missing (`make bench` runs this first):
#   Xvfb + xdotool  the start-up measures (the app's first window on a virtual screen)
#   pdftotext       the papers' floor (bare reportlab draws the words found on our page)
# Installs with apt-get when run as root on Debian/Ubuntu; otherwise says what to install and goes on
# (run_all.py then reports those measures as missed, "not measured", never as passed).
set -u
need=""
command -v Xvfb >/dev/null || need="$need xvfb"
command -v xdotool >/dev/null || need="$need xdotool"
command -v pdftotext >/dev/null || need="$need poppler-utils"
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
