#!/usr/bin/env bash
# Runs the peer benchmark (../shared/bench) at one size with press in it and prints the table.
#
#   bench/peer.sh SIZE [PEER ...]        default peers: press hugo-norel
#   env: RUNS=3 SEED=42 BENCH=/tmp/press-bench (a private copy of the harness)
#        SHARED=<path to shared/bench>  (default: ../shared/bench beside the checkout, else /work/shared/bench)
#        PRESS_JAVA_OPTS                 JVM options for press (default: the launcher's, see bin/press)
#
# Builds target/press.jar first. Only the peers named are run; hugo must be installed
# (apt-get install hugo). Compare press with a peer only within one run: wall times on a shared
# machine drift by up to 30 % between runs.
set -euo pipefail
SIZE=${1:?usage: bench/peer.sh SIZE [peer ...]}
shift
PEERS=("$@")
[ ${#PEERS[@]} -gt 0 ] || PEERS=(press hugo-norel)
HOME_DIR=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-}
if [ -z "$SHARED" ]; then
  for d in "$HOME_DIR/../shared/bench" /work/shared/bench; do [ -f "$d/run.sh" ] && SHARED=$d && break; done
fi
[ -n "$SHARED" ] || { echo "bench/peer.sh: no shared/bench found, set SHARED=" >&2; exit 2; }
BENCH=${BENCH:-/tmp/press-bench}
if [ ! -f "$BENCH/run.sh" ]; then
  mkdir -p "$BENCH"
  cp -r "$SHARED"/. "$BENCH"/
fi
mkdir -p "$BENCH/press"
# a clean build for press too: the harness deletes each peer's output before a run, and press's output
# is a release in $dest-releases (kept between runs, and a later build recycles the release it prunes);
# so the copy of the harness deletes that folder as well (idempotent)
grep -q '"$dest-releases"' "$BENCH/run.sh" || sed -i 's|rm -rf "$dest" |rm -rf "$dest" "$dest-releases" |' "$BENCH/run.sh"
grep -q '"$dest-releases"' "$BENCH/run.sh" || { echo "bench/peer.sh: could not make the harness delete press's releases" >&2; exit 2; }
# press's output is a link to its release: the harness's count of .html files looks inside the folder the link names
grep -q 'find "$dest/" -name' "$BENCH/run.sh" || sed -i 's|find "$dest" -name|find "$dest/" -name|' "$BENCH/run.sh"
grep -q 'find "$dest/" -name' "$BENCH/run.sh" || { echo "bench/peer.sh: could not make the harness count press's pages" >&2; exit 2; }
# ext4 without a journal skips, for every new file and folder, the inodes freed in the last minutes, looking each up:
# the harness deletes each output before the next run, so each run pays for the ones before it, and most a peer that
# writes many files (docs/content/internals/performance.md, 4 Dec 2026). Said, not refused: the timings then depend on
# the order of the runs
mkdir -p "$BENCH/out"
FS_DEV=$(findmnt -n -o SOURCE --target "$BENCH/out" 2>/dev/null || true)
FS_TYPE=$(findmnt -n -o FSTYPE --target "$BENCH/out" 2>/dev/null || true)
if [ "$FS_TYPE" = ext4 ] && [ "$(cat "/sys/fs/ext4/${FS_DEV#/dev/}/journal_task" 2>/dev/null)" = "<none>" ]; then
  echo "bench/peer.sh: warning: $BENCH is on ext4 without a journal ($FS_DEV): each run pays for the files the runs before it deleted;" \
    "BENCH= a folder on a journaled file system gives timings that do not depend on the order (see docs/content/internals/performance.md)" >&2
fi
(cd "$HOME_DIR" && mvn -q package -Dpress.skipSite -DskipTests)
# clean builds only: the run must not reuse .press-cache/ from the run before
# the launcher's options for a site of SIZE posts (its JIT choice depends on the size)
export PRESS_JAVA_OPTS="${PRESS_JAVA_OPTS-$(PRESS_POSTS=$SIZE "$HOME_DIR/bin/press" --print-java-opts)} -Dpress.cache=off"
echo "press JVM options: $PRESS_JAVA_OPTS" >&2
PRESS_SITE="$BENCH/press" PRESS_HOME="$HOME_DIR" RUNS=${RUNS:-3} "$BENCH/run.sh" "$SIZE" "${PEERS[@]}"
