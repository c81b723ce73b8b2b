#!/usr/bin/env bash
# Builds the Debian package from a build folder, checks it with lintian (no errors), then
# installs it into a clean Debian 12 root made with debootstrap from this machine's apt
# sources, and runs `invitedesk --version`, `invitedesk-cli --help` and the demo smoke
# test (the bundled server, a full sync, a clean stop) from the installed files only.
# Run as root: debootstrap and chroot need it. Prints one figure line at the end:
#   PACKAGE deb=… size_kib=… lintian_errors=0 root_s=… install_s=… smoke=ok
# Usage: packaging/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command -v debootstrap >/dev/null && command -v lintian >/dev/null || {
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends debootstrap lintian
}

work=$(mktemp -d /tmp/invitedesk-package.XXXXXX)
chroot_dir=$work/root
cleanup() {
  for mount in proc dev/pts dev; do
    mountpoint -q "$chroot_dir/$mount" 2>/dev/null && umount -l "$chroot_dir/$mount"
  done
  rm -rf "$work"
}
trap cleanup EXIT

# The package.
cmake --build "$build"
(cd "$build" && cpack -G DEB -B "$work/deb" >/dev/null)
deb=$(ls "$work"/deb/*.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

# lintian: errors fail, warnings are reported.
lintian_out=$(lintian --no-tag-display-limit "$deb" || true)
echo "$lintian_out"
errors=$(grep -c '^E:' <<<"$lintian_out" || true)
if [ "$errors" -ne 0 ]; then
  echo "check-package: lintian found $errors error(s)" >&2
  exit 1
fi

# A clean Debian 12 root from the mirror this machine's apt uses.
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
start=$(date +%s.%N)
debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >"$work/debootstrap.log" 2>&1 || {
  tail -20 "$work/debootstrap.log" >&2
  exit 1
}
root_s=$(echo "$(date +%s.%N) - $start" | bc)
mount -t proc proc "$chroot_dir/proc"
mount --bind /dev "$chroot_dir/dev"
mount --bind /dev/pts "$chroot_dir/dev/pts"
cp "$deb" "$chroot_dir/tmp/"
start=$(date +%s.%N)
chroot "$chroot_dir" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
# Only what the package declares (Depends; no Recommends): the test of its dependencies.
chroot "$chroot_dir" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$work/install.log" 2>&1 || {
  tail -30 "$work/install.log" >&2
  exit 1
}
install_s=$(echo "$(date +%s.%N) - $start" | bc)

# From the installed files only.
chroot "$chroot_dir" invitedesk --version
chroot "$chroot_dir" invitedesk-cli --help >/dev/null
chroot "$chroot_dir" invitedesk-server --help >/dev/null
chroot "$chroot_dir" sh -c 'test -f /usr/share/applications/invitedesk.desktop && test -f /usr/share/doc/invitedesk/copyright'
smoke=$work/smoke.log
chroot "$chroot_dir" env QT_QPA_PLATFORM=offscreen HOME=/root LANGUAGE=en \
  timeout 120 invitedesk --demo --data-dir /tmp/demo >"$smoke" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  grep -q 'sync complete' "$smoke" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
grep -q 'sync complete' "$smoke" || { cat "$smoke" >&2; echo "check-package: the demo did not sync" >&2; exit 1; }
pkill -TERM -f 'invitedesk --demo --data-dir /tmp/demo' || true
wait "$pid" || { cat "$smoke" >&2; echo "check-package: the demo did not stop cleanly" >&2; exit 1; }
echo "demo smoke test: $(grep -o 'sync complete: [0-9]* changes' "$smoke")"

printf 'PACKAGE deb=%s size_kib=%s lintian_errors=0 lintian_warnings=%s root_s=%.0f install_s=%.0f smoke=ok\n' \
  "$(basename "$deb")" "$(du -k "$deb" | cut -f1)" "$(grep -c '^W:' <<<"$lintian_out" || true)" "$root_s" "$install_s"
