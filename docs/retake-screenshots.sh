#!/bin/bash
# Retakes the README's screenshots with the current build: every page at tablet size (1280×800)
# in Chinese and at office size (1920×1080) in English, on a fresh demo factory. Run from the
# project root after a build: docs/retake-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
app=build/app/taktline
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
"$app" demo --db "$work/demo.sqlite" > /dev/null

shot() { # NAME PAGE LANG SIZE [more screenshot options]
    local name=$1 page=$2 lang=$3 size=$4
    shift 4
    rm -f "$work"/shot.sqlite*
    cp "$work/demo.sqlite" "$work/shot.sqlite" # each page starts from the same factory
    local db=(--db "$work/shot.sqlite")
    # The set-up, a new factory and the PIN pad (which sets a PIN) render on a scratch file of their own.
    # So do Settings ▸ Sync (an invitation pasted) and Conflicts (three sample conflicts).
    if [[ $page == setup || $page == station/pin || $page == sync || $page == conflicts \
          || " $* " == *" --new-factory "* ]]; then db=(); fi
    "$app" screenshot "$page" --lang "$lang" --size "$size" "${db[@]}" "$@" \
        --out "docs/screenshots/$name.png" > /dev/null 2>&1 || echo "failed: $name"
}

while read -r name page extra; do
    shot "$name-zh_CN" "$page" zh_CN 1280x800 $extra
    shot "$name-en-1920" "$page" en 1920x1080 $extra
done <<'PAGES'
setup setup
checklist dashboard --new-factory
login login
station station
station-pin station/pin
machines machines
workorders workorders/list
dispatch workorders/dispatch
gantt workorders/gantt
capacity workorders/capacity
promise workorders/promise-details
pieces-by-place workorders/places
subcontract workorders/subcontract
station-move station/move
serials workorders/serials
wages reports/wages
rates reports/rates
traceability traceability
lots traceability/lots
shipments traceability/shipments
products masterdata/products
units masterdata/units
employees masterdata/employees
routings masterdata/routings
boms masterdata/boms
settings settings
audit settings/audit
backup settings/backup
sync sync
conflicts conflicts
PAGES
shot operator-zh_CN station zh_CN 1280x800 --role operator
shot dispatch-zh_CN workorders/dispatch zh_CN 1280x800
