#!/usr/bin/env bash
# Installs the Debian packages Backstride needs, only those missing, without prompts.
set -euo pipefail

packages=(
  pkg-config libcairo2-dev libpango1.0-dev   # drawing and text layout
  fonts-dejavu-core fonts-dejavu-extra         # the handout's font (regular, bold, oblique)
  fonts-noto-cjk                               # Chinese, Japanese and Korean names
  poppler-utils qpdf                           # pdftotext, pdfinfo, pdffonts, pdftoppm, qpdf --check (tests, previews)
  python3 python3-icalendar                    # the calendar-file check and the terminal test of `init`
)

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: Swift 6 is not on PATH; install the Swift toolchain for Linux first (swift.org/install)." >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
