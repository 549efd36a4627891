#!/usr/bin/env bash
# Installs the system packages Backstride needs, only those missing, without prompts.
#
#   what                       Debian/Ubuntu (apt)               Fedora (dnf)                      macOS (Homebrew)
#   drawing, text layout       pkg-config libcairo2-dev           pkgconf-pkg-config cairo-devel    pkg-config cairo pango
#                              libpango1.0-dev                    pango-devel
#   the handout's fonts        fonts-dejavu-core                  dejavu-sans-fonts                 font-dejavu
#                              fonts-dejavu-extra
#   Chinese/Japanese/Korean    fonts-noto-cjk                     google-noto-sans-cjk-fonts        font-noto-sans-cjk
#   PDF checks (tests)         poppler-utils qpdf                 poppler-utils qpdf                poppler qpdf
#   script checks (tests)      python3 python3-icalendar          python3 python3-icalendar         python3 (pip: icalendar)
#   browser test of `serve`    chromium chromium-driver           chromium chromedriver             chromium chromedriver
#                              python3-selenium                   python3-selenium                  (pip: selenium)
#
# Fonts are found through fontconfig by family, so any package that provides DejaVu Sans and Noto Sans CJK SC works.
set -euo pipefail

apt_packages=(
  pkg-config libcairo2-dev libpango1.0-dev   # drawing and text layout
  fonts-dejavu-core fonts-dejavu-extra         # the handout's font (regular, bold, oblique)
  fonts-noto-cjk                               # Chinese, Japanese and Korean names
  poppler-utils qpdf                           # pdftotext, pdfinfo, pdffonts, pdftoppm, qpdf --check (tests, previews)
  python3 python3-icalendar                    # the calendar-file check and the terminal test of `init`
  chromium chromium-driver python3-selenium    # the real-browser test of `backstride serve` (headless)
  make                                         # make install, and the install check of `make test`
)
dnf_packages=(pkgconf-pkg-config cairo-devel pango-devel dejavu-sans-fonts google-noto-sans-cjk-fonts
              poppler-utils qpdf python3 python3-icalendar chromium chromedriver python3-selenium make)
brew_packages=(pkg-config cairo pango font-dejavu font-noto-sans-cjk poppler qpdf python chromium chromedriver)

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: Swift 6 is not on PATH; install the Swift toolchain first (swift.org/install)." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && exit 0
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif command -v dnf >/dev/null 2>&1; then
  missing=()
  for p in "${dnf_packages[@]}"; do rpm -q "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && exit 0
  echo "setup: installing ${missing[*]}"
  $sudo dnf install -y -q "${missing[@]}"
elif command -v brew >/dev/null 2>&1; then
  missing=()
  for p in "${brew_packages[@]}"; do brew list "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && exit 0
  echo "setup: installing ${missing[*]}"
  brew install "${missing[@]}"
else
  echo "setup: no apt, dnf or Homebrew here; install the packages listed at the top of scripts/setup.sh by hand." >&2
  exit 1
fi
echo "setup: done"
