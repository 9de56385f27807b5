#!/usr/bin/env bash
# Serves the built site with nginx and crawls it like a visitor would: every internal link of
# every reachable page (plus the sitemap, feed and robots.txt) must answer 2xx, and a missing
# address must answer 404 with the site's 404 page. Run twice: at the domain root and under /blog/.
#
# Usage (repo root, after `mvn -o package -Dpress.skipSite -DskipTests`):  .ci/crawl.sh
# Env: PRESS_JAR (default target/press.jar), CRAWL_POSTS (generated fixture posts, default 50),
#      CRAWL_TIMEOUT (seconds per crawl, default 300), CRAWL_SOURCE (a site folder to crawl as it is,
#      such as docs/, instead of the repo's site with generated posts).
# Needs bash, java, python3 (stdlib only) and nginx; installs nginx with apt-get when it is missing.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${PRESS_JAR:-$REPO/target/press.jar}
POSTS=${CRAWL_POSTS:-50}
LIMIT=${CRAWL_TIMEOUT:-300}
GEN=$REPO/../shared/bench/gen_content.py

[[ -f $JAR ]] || { echo "crawl: $JAR is missing; run: mvn -o package -Dpress.skipSite -DskipTests" >&2; exit 1; }

if ! command -v nginx >/dev/null; then
  echo "crawl: installing nginx"
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/press-crawl.XXXXXX")
NGINX_PID=""
stop_nginx() {
  if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  NGINX_PID=""
}
cleanup() { stop_nginx; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
# nginx workers drop to an unprivileged user when started as root; they must be able to read the site
chmod 755 "$WORK"

# The site: the repo's own content and templates, plus a generated fixture when the generator is there.
SITE=$WORK/site
mkdir -p "$SITE"
if [[ -n ${CRAWL_SOURCE:-} ]]; then
  cp -RL "$CRAWL_SOURCE/content" "$CRAWL_SOURCE/templates" "$SITE/"
  [[ -d $CRAWL_SOURCE/static ]] && cp -RL "$CRAWL_SOURCE/static" "$SITE/"
  echo "crawl: the site folder $CRAWL_SOURCE as it is"
else
  cp -R "$REPO/content" "$REPO/templates" "$SITE/"
  mkdir -p "$SITE/content/posts"
  if [[ -f $GEN ]]; then
    python3 "$GEN" --count "$POSTS" --seed 3 --out "$SITE/content/posts/crawl-fixture" >/dev/null
    echo "crawl: added $POSTS generated posts from $GEN"
  else
    echo "crawl: $GEN not found, crawling the repo's own content only"
  fi
  REPO_POSTS=0
  [[ -d $REPO/content/posts ]] && REPO_POSTS=$(find "$REPO/content/posts" -name '*.md' | wc -l)
  echo "crawl: the repo has $REPO_POSTS post(s) in content/posts"
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# $1 = URL prefix ("/" or "/blog/"), $2 = output folder
write_conf() {
  local prefix=$1 dir=$2 location
  if [[ $prefix == / ]]; then
    location="root $dir; location / { try_files \$uri \$uri/ =404; }"
  else
    location="location $prefix { alias $dir/; try_files \$uri \$uri/ =404; }"
  fi
  mkdir -p "$WORK/nginx"
  cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 64; }
http {
  types { text/html html; text/css css; application/xml xml; application/atom+xml atom; text/plain txt;
          image/svg+xml svg; image/png png; image/jpeg jpg jpeg; application/javascript js; }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$PORT;
    index index.html;
    error_page 404 ${prefix}404.html;
    $location
  }
}
CONF
}

crawl() {
  local prefix=$1 base="http://127.0.0.1:$PORT$1" out=$WORK/out${1//\//_}
  echo "== crawl: build at $base"
  java -jar "$JAR" build --source "$SITE" --out "$out" --base-url "$base"
  chmod -R a+rX "$out"
  write_conf "$prefix" "$out"
  nginx -t -q -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
  nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -g 'daemon off;' &
  NGINX_PID=$!
  local status=0
  timeout "$LIMIT" python3 - "$base" <<'PY' || status=$?
import sys, time, urllib.request, urllib.error
from html.parser import HTMLParser
from urllib.parse import urljoin, urldefrag, urlsplit

base = sys.argv[1]
root = urlsplit(base)

for _ in range(100):  # nginx may need a moment
    try:
        urllib.request.urlopen(base, timeout=2).read()
        break
    except Exception:
        time.sleep(0.1)

class Links(HTMLParser):
    ATTRS = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "src", "iframe": "src"}
    def __init__(self):
        super().__init__()
        self.urls = []
    def handle_starttag(self, tag, attrs):
        want = self.ATTRS.get(tag)
        for k, v in attrs:
            if k == want and v:
                self.urls.append(v)

def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers.get_content_type(), r.read(), r.geturl()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get_content_type(), e.read(), url
    except Exception as e:
        return 0, "", str(e).encode(), url

def internal(url):
    u = urlsplit(url)
    return u.scheme in ("http", "https") and u.netloc == root.netloc

seen, queue, broken, referrer = set(), [], [], {}
def add(url, page):
    url = urldefrag(url)[0]
    if internal(url) and url not in seen:
        seen.add(url)
        referrer[url] = page
        queue.append(url)

add(base, "(start)")
for extra in ("sitemap.xml", "feed.xml", "robots.txt"):
    add(urljoin(base, extra), "(start)")
pages = 0
while queue:
    url = queue.pop(0)
    status, ctype, body, final = fetch(url)  # final: after redirects (docs/x to docs/x/), what a browser resolves links against
    if not 200 <= status < 300:
        broken.append(f"{status} {url} (linked from {referrer[url]})")
        continue
    pages += 1
    if not urlsplit(url).path.startswith(root.path):
        broken.append(f"outside {root.path}: {url} (linked from {referrer[url]})")
    text = body.decode("utf-8", "replace")
    if ctype == "text/html":
        p = Links()
        p.feed(text)
        for href in p.urls:
            add(urljoin(final, href), url)
    elif url.endswith("sitemap.xml"):
        import re
        for loc in re.findall(r"<loc>([^<]+)</loc>", text):
            if not internal(loc):
                broken.append(f"sitemap entry on another host: {loc}")
            add(loc, url)
    elif url.endswith("robots.txt"):
        for line in text.splitlines():
            if line.startswith("Sitemap:"):
                add(line.split(":", 1)[1].strip(), url)

missing = urljoin(base, "no/such/page/")
status, ctype, body, _ = fetch(missing)
if status != 404 or b"Page not found" not in body:
    broken.append(f"{missing} answered {status} without the site's 404 page, expected 404")

print(f"crawl: {base}: {pages} URLs crawled (pages, feed, sitemap, assets), {len(broken)} broken")
for b in broken[:50]:
    print("  broken: " + b)
sys.exit(1 if broken or pages < 3 else 0)
PY
  stop_nginx
  if [[ $status -eq 124 ]]; then echo "crawl: $base timed out after ${LIMIT}s" >&2; fi
  return $status
}

failed=0
crawl / || failed=1
crawl /blog/ || failed=1
if [[ $failed -ne 0 ]]; then
  echo "crawl: FAILED" >&2
  [[ -f $WORK/nginx/error.log ]] && tail -n 20 "$WORK/nginx/error.log" >&2
  exit 1
fi
echo "crawl: OK"
