#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing InviteDesk need.
# Idempotent: packages already present are left alone. Run as root.
set -euo pipefail

# libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL's, which qt6-charts-dev
# does not pull in on Debian 12. qt6-l10n-tools: lupdate/lrelease; qt6-translations-l10n:
# Qt's own catalogues (the buttons of standard dialogs in German). postgresql-15 and
# libqt6sql6-psql: the server's PostgreSQL backend and its tests (a throwaway cluster).
# nginx-light and openssl: the TLS test runs packaging/nginx/invitedesk.conf with a CA
# it makes; nginx is also the HTTP floor of tests/bench/server-floor.sh. dbus-daemon,
# gnome-keyring and libsecret-tools: the notification and keyring tests run a session bus,
# a Secret Service and secret-tool of their own; xvfb and xdotool: the tray test's own X
# display and its keyboard. clang-14 and libclang-rt-14-dev: the libFuzzer targets
# (packaging/run-fuzzers.sh).
packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qcoro-qt6-dev qtkeychain-qt6-dev
  catch2 libcpp-httplib-dev
  sqlite3 libsqlite3-dev postgresql-15 postgresql-client-15 wrk xvfb xauth xdotool
  nginx-light openssl
  clang-14 libclang-rt-14-dev
  dbus-daemon gnome-keyring libsecret-tools
)
# The contract test runs Prism and Spectral from npm; the machine image usually ships
# a newer Node.js, so Debian's is only a fallback.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages (${missing[*]}); run this script as root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
