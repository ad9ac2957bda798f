#!/usr/bin/env bash
# Runs the real input-method test: its own Xvfb, a private D-Bus session and fcitx5 with
# keyboard-us + pinyin from a temporary configuration, pinyin switched on, then the Qt Test
# executable on xcb with QT_IM_MODULE=fcitx. Everything it starts it stops again, by PID, also
# when something fails; every wait is bounded.
#   run_with_fcitx5.sh TEST_EXECUTABLE QT_PLUGIN_DIR
set -u

test_executable=${1:?usage: run_with_fcitx5.sh TEST_EXECUTABLE QT_PLUGIN_DIR}
qt_plugin_dir=${2:?usage: run_with_fcitx5.sh TEST_EXECUTABLE QT_PLUGIN_DIR}
packages="fcitx5 fcitx5-chinese-addons fcitx5-frontend-qt6 xdotool dbus-x11 xvfb"

fail() {
    echo "real input-method test: $*" >&2
    exit 1
}

# Not installed is a failure, not a skip: ./build.sh installs these on CI and on a fresh Debian.
for tool in Xvfb dbus-daemon fcitx5 fcitx5-remote xdotool timeout; do
    command -v "$tool" >/dev/null 2>&1 ||
        fail "'$tool' is not installed. Install the Debian packages: $packages (./build.sh test does)."
done
[ -f "$qt_plugin_dir/platforminputcontexts/libfcitx5platforminputcontextplugin.so" ] ||
    fail "Qt's fcitx5 input context plugin is missing in $qt_plugin_dir/platforminputcontexts (Debian package fcitx5-frontend-qt6)."
[ -n "$(find /usr/lib /usr/local/lib -path '*fcitx5*' -name 'libpinyin.so' -print -quit 2>/dev/null)" ] ||
    fail "fcitx5's pinyin input method is missing (Debian package fcitx5-chinese-addons)."
[ -x "$test_executable" ] || fail "no test executable at $test_executable"

work=$(mktemp -d "${TMPDIR:-/tmp}/taktline-ime.XXXXXX") || fail "cannot make a temporary folder"
pids=()

# The last started first: the test, fcitx5, the D-Bus session, the X server.
stop_all() {
    local pid i
    local reversed=()
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        reversed+=("${pids[i]}")
    done
    for pid in "${reversed[@]}"; do
        kill -TERM "$pid" 2>/dev/null
    done
    for pid in "${reversed[@]}"; do
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    rm -rf "$work"
}
trap stop_all EXIT
trap 'exit 1' INT TERM HUP

show_logs() {
    local log
    for log in "$work"/*.log; do
        [ -s "$log" ] && { echo "--- $(basename "$log")"; tail -n 40 "$log"; }
    done >&2
}

# Waits up to SECONDS for COMMAND to succeed.
wait_for() {
    local seconds=$1
    shift
    local tries=$((seconds * 10))
    while [ "$tries" -gt 0 ]; do
        "$@" && return 0
        sleep 0.1
        tries=$((tries - 1))
    done
    return 1
}

# The X server picks a free display itself and writes its number to fd 5.
Xvfb -displayfd 5 -screen 0 1280x1024x24 -nolisten tcp 5>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
wait_for 20 test -s "$work/display" || { show_logs; fail "Xvfb did not start"; }
export DISPLAY=":$(head -n 1 "$work/display")"

# A bus of its own that starts no services: fcitx5-remote asking before fcitx5 is up must not
# have D-Bus launch a second fcitx5.
cat >"$work/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$work</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
dbus-daemon --config-file="$work/bus.conf" --nofork --print-address=6 6>"$work/bus" \
    >"$work/dbus.log" 2>&1 &
pids+=($!)
wait_for 20 test -s "$work/bus" || { show_logs; fail "the D-Bus session did not start"; }
export DBUS_SESSION_BUS_ADDRESS="$(head -n 1 "$work/bus")"

# fcitx5 with a profile of its own: US keyboard and pinyin; the input state shared by all
# windows, so that pinyin switched on stays on wherever the focus goes.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_CONFIG_HOME/fcitx5" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
cat >"$XDG_CONFIG_HOME/fcitx5/profile" <<'EOF'
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
EOF
cat >"$XDG_CONFIG_HOME/fcitx5/config" <<'EOF'
[Behavior]
ShareInputState=All
EOF
fcitx5 --disable=wayland,waylandim,xim,ibusfrontend,fcitx4frontend,kimpanel,notificationitem,notifications,clipboard \
    >"$work/fcitx5.log" 2>&1 &
pids+=($!)
fcitx_ready() {
    local state
    state=$(timeout 5 fcitx5-remote 2>/dev/null) || return 1
    [ "$state" = 1 ] || [ "$state" = 2 ]
}
wait_for 30 fcitx_ready || { show_logs; fail "fcitx5 did not answer fcitx5-remote"; }

timeout 5 fcitx5-remote -o
pinyin_on() { [ "$(timeout 5 fcitx5-remote 2>/dev/null)" = 2 ]; }
wait_for 20 pinyin_on || { show_logs; fail "fcitx5-remote -o did not switch pinyin on"; }

QT_QPA_PLATFORM=xcb QT_IM_MODULE=fcitx timeout -k 10 200 "$test_executable" &
test_pid=$!
pids+=("$test_pid")
wait "$test_pid"
status=$?
[ "$status" -eq 0 ] || show_logs
exit "$status"
