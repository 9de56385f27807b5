#!/usr/bin/env bash
# Builds one site with two press jars at the same time, one core each (cores swapped every round), output
# on tmpfs, so both builds see the same moments of this VM and neither pays for the other's file system
# work; prints press time, wall, user and system seconds per jar and round. A whole-build A/B that shows a
# few per cent (5 Dec 2026: 8 rounds, 11.87 against 11.67 s mean press time on one core, faster in 6).
#
#   bench/build-pair.sh SITE OLD_DIR NEW_DIR [ROUNDS]
#   OLD_DIR, NEW_DIR: folders holding press.jar and its press.jsa (copies of target/ after `mvn package`)
#   env: OUT=/dev/shm (where the outputs go), PRESS_JAVA_OPTS (added to the launcher's, with -Dpress.cache=off)
set -euo pipefail
SITE=${1:?site}; OLD=${2:?old jar folder}; NEW=${3:?new jar folder}; ROUNDS=${4:-8}
OUT=${OUT:-/dev/shm}; HOME_DIR=$(cd "$(dirname "$0")/.." && pwd); LOGS=$(mktemp -d); trap 'rm -rf "$LOGS"' EXIT
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$OUT/pair-old" "$OUT/pair-old-releases" "$OUT/pair-new" "$OUT/pair-new-releases"; sync
  for side in old new; do
    jar=$OLD; offset=0
    if [ $side = new ]; then jar=$NEW; offset=1; fi
    core=$(( (round + offset) % 2 )); echo $core > "$LOGS/$side.core"
    (PRESS_JAR=$jar/press.jar PRESS_JSA=$jar/press.jsa PRESS_JAVA_OPTS="-Dpress.cache=off ${PRESS_JAVA_OPTS:-}" \
      /usr/bin/time -f "%e %U %S" -o "$LOGS/$side.time" taskset -c $core "$HOME_DIR/bin/press" build --source "$SITE" --out "$OUT/pair-$side" \
      > "$LOGS/$side.log" 2>&1) &
  done
  wait
  for side in old new; do
    echo "$side core$(cat "$LOGS/$side.core") press $(grep -oE 'in [0-9.]+ s into' "$LOGS/$side.log" | grep -oE '[0-9.]+') wall/user/sys $(cat "$LOGS/$side.time")"
  done
done
