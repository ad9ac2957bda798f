#!/usr/bin/env bash
# Taktline's single entry point on Linux: set-up, build, run, test, benchmark, package.
#   ./build.sh run      install missing packages, build, open the app on the demo factory
#   ./build.sh test     the same set-up, then every test (offscreen); non-zero on any failure
#   ./build.sh bench    run the benchmarks (lines "BENCH name value unit baseline=… ratio=…")
#   ./build.sh package  build the .deb and .tar.gz with CPack
#   ./build.sh fuzz [S] run each libFuzzer target (clang) for S seconds (60); non-zero on a crash
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${TAKTLINE_BUILD_DIR:-build}
BUILD_TYPE=${TAKTLINE_BUILD_TYPE:-Release}

# Debian 12 package names. Runtime: Qt 6 with the SQLite and PostgreSQL drivers, ZXing-C++,
# libxlsxwriter, libzip (reads .xlsx for import), libsodium and a CJK font. Tests: Xvfb, unzip (reads .xlsx), zbar/dmtx
# (independent barcode decoders), poppler-utils (renders exported PDFs back to check them),
# fcitx5 with pinyin, its Qt 6 frontend, xdotool and a D-Bus session daemon (the station under a
# real Chinese input method, tests/ime). Fuzzing: clang and its runtime (libFuzzer, sanitizers).
# Sync: QtKeychain (device passwords in the credential store); the PostgreSQL server is for the
# sync tests only (tests/sync starts a throwaway one on 127.0.0.1 and stops it).
PACKAGES=(
    cmake ninja-build g++ pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    linguist-qt6 qt6-translations-l10n qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-multimedia-dev
    qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libgl-dev libvulkan-dev libxkbcommon-dev
    libzxing-dev libxlsxwriter-dev libzip-dev libsodium-dev libsqlite3-dev qtkeychain-qt6-dev
    fonts-noto-cjk xvfb xauth unzip zbar-tools dmtx-utils poppler-utils
    fcitx5 fcitx5-chinese-addons fcitx5-frontend-qt6 xdotool dbus-x11
    clang libclang-rt-dev
    postgresql
)

install_packages() {
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "build.sh: not a Debian/Ubuntu system; install these (or their equivalents) first:"
        echo "  ${PACKAGES[*]}"
        return 0
    fi
    local missing=()
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    echo "build.sh: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure() {
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
}

demo_database() {
    echo "${XDG_DATA_HOME:-$HOME/.local/share}/Taktline/demo-factory.sqlite"
}

command=${1:-}
case "$command" in
run)
    install_packages
    configure
    cmake --build "$BUILD_DIR" --target taktline
    db=$(demo_database)
    if [ ! -s "$db" ]; then
        "$BUILD_DIR/app/taktline" demo --db "$db"
    fi
    echo "build.sh: opening Taktline on the demo factory ($db); sign in as owner, password demo1234"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "build.sh: no display found; running under xvfb-run (nothing will be visible)"
        exec xvfb-run -a -s "-screen 0 1920x1080x24" "$BUILD_DIR/app/taktline" --db "$db"
    fi
    exec "$BUILD_DIR/app/taktline" --db "$db"
    ;;
test)
    install_packages
    configure
    cmake --build "$BUILD_DIR"
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 300
    ;;
bench)
    install_packages
    configure
    cmake --build "$BUILD_DIR" --target benchmarks
    for bench in "$BUILD_DIR"/tests/bench/bench_*; do
        [ -f "$bench" ] && [ -x "$bench" ] || continue
        QT_QPA_PLATFORM=offscreen "$bench"
    done
    ;;
package)
    install_packages
    configure
    cmake --build "$BUILD_DIR" --target taktline
    (cd "$BUILD_DIR" && cpack -G DEB && cpack -G TGZ)
    ;;
fuzz)
    # A separate clang build of the barcode parsers, the sync payload reader and tests/fuzz only
    # (no UI, no database).
    # Each target starts from its checked-in seeds (tests/fuzz/corpus/<target>, read only) and
    # the crashes found before (tests/fuzz/regressions/<target>); what it learns goes to
    # build-fuzz/corpus/<target>, a crash to build-fuzz/crashes/<target>/.
    seconds=${2:-60}
    install_packages
    fuzz_dir=${TAKTLINE_FUZZ_BUILD_DIR:-build-fuzz}
    cmake -S tests/fuzz -B "$fuzz_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$fuzz_dir"
    failed=()
    for target in scancodec gs1 labelcontent syncpayload; do
        mkdir -p "$fuzz_dir/corpus/$target" "$fuzz_dir/crashes/$target"
        echo "build.sh: fuzzing $target for $seconds s"
        if ! "$fuzz_dir/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$fuzz_dir/crashes/$target/" \
            "$fuzz_dir/corpus/$target" "tests/fuzz/corpus/$target" \
            "tests/fuzz/regressions/$target" 2>"$fuzz_dir/$target.log"; then
            failed+=("$target")
        fi
        grep -E '^(#[0-9]+[[:space:]]+DONE|Done )' "$fuzz_dir/$target.log" || true
    done
    if [ ${#failed[@]} -gt 0 ]; then
        echo "build.sh: fuzzing found a crash in: ${failed[*]} (see $fuzz_dir/<target>.log)."
        echo "  Copy each file of $fuzz_dir/crashes/<target>/ to tests/fuzz/regressions/<target>/,"
        echo "  fix the cause, and the suite's fuzz/<target> test replays it from then on."
        exit 1
    fi
    echo "build.sh: no crash in ${seconds} s per target"
    ;;
*)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    [ -z "$command" ] || [ "$command" = "help" ] || [ "$command" = "--help" ] || exit 2
    ;;
esac
