#!/usr/bin/env bash
# Lighthouse on pages of a built site served on 127.0.0.1, with Debian's Chromium headless
# (not run by mvn verify). Needs npm's lighthouse (npm i -E lighthouse@12.8.2) on PATH or in
# LIGHTHOUSE; prints performance / accessibility / best practices / SEO per page and keeps each
# JSON report in OUT (default /tmp/press-lighthouse).
#   bench/lighthouse.sh http://127.0.0.1:8000/ "" posts/SLUG/ tags/python/ "search/?q=python"
set -euo pipefail
base="$1"; shift
out="${OUT:-/tmp/press-lighthouse}"
lh="${LIGHTHOUSE:-lighthouse}"
mkdir -p "$out"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
for path in "$@"; do
  name=$(printf '%s' "${path:-home}" | tr -c 'a-zA-Z0-9' '_')
  "$lh" "$base$path" --quiet --output=json --output-path="$out/$name.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories;
    const s = (k) => Math.round(c[k].score * 100);
    const low = Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative"
      && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable").map((a) => a.id);
    console.log(`${process.argv[2]}: ${s("performance")} / ${s("accessibility")} / ${s("best-practices")} / ${s("seo")}`
      + (low.length ? "  below 1: " + low.join(", ") : ""));
  ' "$out/$name.json" "${path:-/}"
done
