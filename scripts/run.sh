#!/usr/bin/env bash
# Command 1: build Tack and run it against a local demo server.
#
# Builds into build/, seeds a demo organisation in
# ${XDG_DATA_HOME:-~/.local/share}/tack-dev/server (safe to repeat), serves it on
# ws://127.0.0.1:${TACK_PORT:-7300} and then either opens the desktop app logged
# in as wangfang (when build/bin/tack exists) or prints how to use tack-cli and
# keeps the server running until Ctrl+C.
#
#   scripts/run.sh [--no-build]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin_dir="$root/build/bin"
port="${TACK_PORT:-7300}"
data_root="${XDG_DATA_HOME:-$HOME/.local/share}/tack-dev"
data_dir="$data_root/server"
demo_login=wangfang
demo_password=tack-demo
url="ws://127.0.0.1:$port"

# Start the desktop client. Its command-line flags are not final: change them here.
start_desktop_app() {
    TACK_PASSWORD="$demo_password" "$bin_dir/tack" \
        --server "$url" --login "$demo_login" --password-env TACK_PASSWORD
}

build=1
case "${1:-}" in
    "") ;;
    --no-build) build=0 ;;
    -h | --help)
        sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "run: unknown option '$1' (try --help)" >&2
        exit 2
        ;;
esac

if [ "$build" -eq 1 ]; then
    bash "$root/scripts/build.sh"
fi
server_bin="$bin_dir/tack-server"
if [ ! -x "$server_bin" ]; then
    echo "run: $server_bin is missing; did the build succeed?" >&2
    exit 1
fi

mkdir -p "$data_dir"
echo "run: preparing demo data in $data_dir"
"$server_bin" demo --data "$data_dir"

server_pid=""
log="$(mktemp "${TMPDIR:-/tmp}/tack-server.XXXXXX.log")"

stop_server() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        echo "run: stopping tack-server (pid $server_pid)"
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 100); do # up to 10 s, then force it
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
    rm -f "$log"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Server output goes to the terminal and to $log (where the ready line is looked for).
"$server_bin" serve --data "$data_dir" --listen "127.0.0.1:$port" > >(tee "$log") 2>&1 &
server_pid=$!

ready=0
for _ in $(seq 1 300); do # up to 30 s
    if grep -q 'listening ws://' "$log" 2>/dev/null; then
        ready=1
        break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if [ "$ready" -ne 1 ]; then
    echo "run: tack-server did not start on 127.0.0.1:$port (is the port taken? set TACK_PORT)" >&2
    exit 1
fi

if [ -x "$bin_dir/tack" ]; then
    echo "run: starting the desktop app as $demo_login"
    start_desktop_app || echo "run: the desktop app exited with status $?" >&2
    exit 0
fi

cli="$bin_dir/tack-cli"
profile="$data_root/cli-$demo_login"
q() { printf '%q' "$1"; }
cat <<MSG

Tack server is running at $url (data: $data_dir).
The desktop app is not built yet; talk to the server with tack-cli from another terminal:

  export TACK_PASSWORD=$demo_password
  $(q "$cli") --profile $(q "$profile") login $url $demo_login
  $(q "$cli") --profile $(q "$profile") chats
  $(q "$cli") --profile $(q "$profile") send CHAT "Hello from the CLI"
  $(q "$cli") --profile $(q "$profile") messages CHAT --limit 20

Other demo users share the password $demo_password (see the logins printed above).
Press Ctrl+C to stop the server.
MSG

wait "$server_pid" || true
echo "run: tack-server exited"
