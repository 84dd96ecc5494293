#!/bin/sh
# Runs a command with a real Secret Service: a private D-Bus session bus with an unlocked
# gnome-keyring-daemon, in throwaway XDG folders (mode 700). Usage: run-with-keyring.sh <command> [args…]
set -eu
command -v dbus-run-session >/dev/null || { echo "run-with-keyring: dbus-run-session is missing (apt install dbus)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "run-with-keyring: gnome-keyring-daemon is missing (apt install gnome-keyring)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lm-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -m 700 "$tmp/data" "$tmp/runtime" "$tmp/home"
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime" HOME="$tmp/home"
status=0
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@" || status=$?
exit $status
