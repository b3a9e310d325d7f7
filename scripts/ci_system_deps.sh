#!/usr/bin/env bash
# System packages the test suite needs beyond Python: Debian's chromium and chromedriver for the
# end-to-end browser test of `ddnews serve`, and a font with Vietnamese glyphs (DejaVu) with which the
# loader tests build their PDF files. Idempotent: installs only what is missing.
set -euo pipefail
missing=()
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  missing+=(chromium chromium-driver)
fi
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  missing+=(fonts-dejavu-core)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ci_system_deps: apt-get not found; install ${missing[*]} yourself (the tests needing them are skipped)" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
