#!/usr/bin/env bash
# Builds both Debian packages from a finished build tree (cpack) and checks them as a packager
# would: names, versions and dependencies in the control files, the files each ships, the desktop
# entry (desktop-file-validate), the AppStream metainfo (appstreamcli validate), the server's
# maintainer scripts and conffile, and that the unpacked binaries run.
#   tests/check-packages.sh <build dir>
set -euo pipefail
# No `grep -q` behind a pipe: it stops reading at the first match, the writer before it gets
# SIGPIPE, and with pipefail a found line reads as a failure (seen on `leadmarket-server --help`).
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null) || fail "cpack failed"
client=$(ls "$work"/out/leadmarket_*.deb 2>/dev/null | head -1)
server=$(ls "$work"/out/leadmarket-server_*.deb 2>/dev/null | head -1)
[ "$(ls "$work"/out/*.deb | wc -l)" = 2 ] || fail "expected exactly two packages, got: $(ls "$work"/out/*.deb | xargs -n1 basename)"
[ -n "$client" ] || fail "no leadmarket_*.deb"
[ -n "$server" ] || fail "no leadmarket-server_*.deb"
version=$(sed -n 's/^project(LeadMarket VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../CMakeLists.txt")

field() { dpkg-deb --field "$1" "$2"; }
expect_field() { # deb field pattern
  local value; value=$(field "$1" "$2")
  [[ "$value" =~ $3 ]] || fail "$(basename "$1"): $2 is '$value', expected /$3/"
}
expect_file() { # deb path
  dpkg-deb --contents "$1" | awk '{print $6}' | grep -x "./${2#/}" >/dev/null || fail "$(basename "$1") lacks $2"
}

# --- the client
expect_field "$client" Package '^leadmarket$'
expect_field "$client" Version "^${version//./\\.}$"
expect_field "$client" Architecture '^amd64$'
expect_field "$client" Depends 'libqt6widgets6'     # found by dpkg-shlibdeps
expect_field "$client" Depends 'libqt6webenginewidgets6'
expect_field "$client" Depends 'libqt6keychain1'
expect_field "$client" Depends 'libqt6sql6-sqlite'  # a plugin: declared by hand
expect_field "$client" Depends 'libqt6svg6'
for f in /usr/bin/leadmarket /usr/bin/leadmarket-checkout \
         /usr/share/applications/ma.leadmarket.LeadMarket.desktop \
         /usr/share/metainfo/ma.leadmarket.LeadMarket.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/ma.leadmarket.LeadMarket.svg \
         /usr/share/icons/hicolor/48x48/apps/ma.leadmarket.LeadMarket.png \
         /usr/share/icons/hicolor/256x256/apps/ma.leadmarket.LeadMarket.png; do
  expect_file "$client" "$f"
done
dpkg-deb -x "$client" "$work/client"
desktop-file-validate "$work/client/usr/share/applications/ma.leadmarket.LeadMarket.desktop" \
  || fail "desktop entry"
appstreamcli validate --no-net "$work/client/usr/share/metainfo/ma.leadmarket.LeadMarket.metainfo.xml" >/dev/null \
  || fail "metainfo: $(appstreamcli validate --no-net "$work/client/usr/share/metainfo/ma.leadmarket.LeadMarket.metainfo.xml")"
grep -q "<release version=\"$version\"" "$work/client/usr/share/metainfo/ma.leadmarket.LeadMarket.metainfo.xml" \
  || fail "metainfo release is not $version"
grep -q '^Icon=ma.leadmarket.LeadMarket$' "$work/client/usr/share/applications/ma.leadmarket.LeadMarket.desktop" \
  || fail "desktop entry icon"
"$work/client/usr/bin/leadmarket" --version | grep "$version" >/dev/null || fail "leadmarket --version"
readelf -S "$work/client/usr/bin/leadmarket" | grep '\.debug_info' >/dev/null && fail "leadmarket is not stripped"

# --- the server
expect_field "$server" Package '^leadmarket-server$'
expect_field "$server" Version "^${version//./\\.}$"
expect_field "$server" Depends 'libqt6network6'
expect_field "$server" Depends 'libsodium23'
expect_field "$server" Depends 'libqt6sql6-sqlite'
expect_field "$server" Depends 'passwd'
expect_field "$server" Recommends 'libqt6sql6-psql'
for f in /usr/bin/leadmarket-server /usr/lib/systemd/system/leadmarket-server.service /etc/leadmarket/server.env \
         /usr/share/doc/leadmarket-server/operations.md /usr/share/leadmarket-server/disposable-domains.txt; do
  expect_file "$server" "$f"
done
dpkg-deb --ctrl-tarfile "$server" | tar -t | grep -x './postinst' >/dev/null || fail "server: no postinst"
dpkg-deb -e "$server" "$work/server-control"
grep -qx '/etc/leadmarket/server.env' "$work/server-control/conffiles" || fail "server.env is not a conffile"
for script in postinst prerm postrm; do
  [ -x "$work/server-control/$script" ] || fail "server: $script is not executable"
  sh -n "$work/server-control/$script" || fail "server: $script does not parse"
done
grep -q 'useradd --system' "$work/server-control/postinst" || fail "postinst creates no system user"
grep -q 'install -d -m 0700 -o leadmarket -g leadmarket /var/lib/leadmarket' "$work/server-control/postinst" \
  || fail "postinst does not make /var/lib/leadmarket 0700"
dpkg-deb -x "$server" "$work/server"
grep -q '^ExecStart=/usr/bin/leadmarket-server$' "$work/server/usr/lib/systemd/system/leadmarket-server.service" \
  || fail "unit ExecStart"
grep -q '^StateDirectoryMode=0700$' "$work/server/usr/lib/systemd/system/leadmarket-server.service" || fail "unit state dir"
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify --man=no "$work/server/usr/lib/systemd/system/leadmarket-server.service" 2>&1 \
    | grep -v "leadmarket-server.service: Command /usr/bin/leadmarket-server is not executable" \
    | grep -i "error" && fail "systemd-analyze verify"
fi
"$work/server/usr/bin/leadmarket-server" --help | grep LEADMARKET_DB >/dev/null || fail "leadmarket-server --help"

# The server, unpacked, really serves: a throw-away root of its files, started on a free port.
db="$work/server-root-db.sqlite"
LEADMARKET_DB="sqlite:$db" LEADMARKET_PORT=0 "$work/server/usr/bin/leadmarket-server" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/server.log" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/server.log")
[ -n "$url" ] || { kill $pid; fail "the unpacked server did not start: $(cat "$work/server.log")"; }
curl -fsS "$url/healthz" | grep '"ok"' >/dev/null || { kill $pid; fail "healthz"; }
kill $pid; wait $pid 2>/dev/null || true
[ "$(stat -c %a "$db")" = 600 ] || fail "the database is not 0600"

echo "packages ok: $(basename "$client") ($(du -h "$client" | cut -f1)), $(basename "$server") ($(du -h "$server" | cut -f1))"
