#!/usr/bin/env bash
# Leaves `press serve` running on a generated site while a script edits posts, then reports
# heap-after-GC and RSS over time, to show memory stays flat.
#   bench/serve-soak.sh [MINUTES=60] [POSTS=1000]     (needs target/press.jar and python3)
# Edits: every 2 s a random post gets a line appended; every 20th edit breaks a date and the
# next fixes it, so failed builds and overlays are part of the run.
set -euo pipefail
MINUTES=${1:-60}
POSTS=${2:-1000}
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/press-soak.XXXXXX)
PORT=${PORT:-18313}
mkdir -p "$WORK/content/posts"
cp -r "$REPO/templates" "$WORK/"
cp "$REPO/content/site.yaml" "$WORK/content/"
java -cp "$REPO/target/press.jar" press.cli.Main generate --count "$POSTS" --seed 11 --into "$WORK/content/posts" >/dev/null 2>&1 \
  || python3 "$REPO/../shared/bench/gen_content.py" --count "$POSTS" --seed 11 --out "$WORK/content/posts"
java -Xlog:disable -jar "$REPO/target/press.jar" serve --source "$WORK" --port "$PORT" >"$WORK/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q serving "$WORK/serve.log" && break; sleep 1; done
echo "minute heap_after_gc_kb rss_kb builds"
end=$(( $(date +%s) + MINUTES * 60 ))
n=0
next_report=$(date +%s)
mapfile -t files < <(ls "$WORK/content/posts")
while [ "$(date +%s)" -lt "$end" ]; do
  f="$WORK/content/posts/${files[$((RANDOM % ${#files[@]}))]}"
  n=$((n + 1))
  if [ $((n % 20)) -eq 0 ]; then
    sed -i 's/^date: \(....\)-..-../date: \1-02-30/' "$f"; sleep 2; sed -i 's/^date: \(....\)-02-30/date: \1-01-15/' "$f"
  else
    printf '\nsoak edit %d\n' "$n" >>"$f"
  fi
  curl -s -o /dev/null "http://127.0.0.1:$PORT/" || true
  sleep 2
  if [ "$(date +%s)" -ge "$next_report" ]; then
    jcmd "$PID" GC.run >/dev/null 2>&1 || true
    heap=$(jcmd "$PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}' | tr -d K)
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
    builds=$(grep -c "built (generation" "$WORK/serve.log" || true)
    echo "$(( (next_report - end + MINUTES * 60) / 60 )) ${heap:-?} $rss $builds"
    next_report=$((next_report + 300))
  fi
done
echo "failed builds seen: $(grep -c 'build failed' "$WORK/serve.log" || true)"
rm -rf "$WORK"
