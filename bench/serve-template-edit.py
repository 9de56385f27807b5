#!/usr/bin/env python3
# How long a saved template edit takes to reach an open post page under `press serve` (the page is
# written ahead of the full rebuild when its reload stream names it).
#   bench/serve-template-edit.py SITE PORT PAGEPATH     e.g. /tmp/copy 18951 posts/SLUG/
# Starts bin/press serve on SITE (output in SITE/served), keeps a reload stream open for PAGEPATH as
# a browser would (reconnecting), then 5 times edits SITE/templates/post.mustache (before </article>)
# and polls the page until the edit is there; puts the template back at the end. Run it on a copy.
import subprocess, sys, time, urllib.request, os, threading
site, port, page = sys.argv[1:4]
here = os.path.dirname(os.path.abspath(__file__))
tpl = site + '/templates/post.mustache'
orig = open(tpl).read()
log = open(site + '.tpl.log', 'w')
p = subprocess.Popen([here + '/../bin/press', 'serve', '--source', site, '--out', site + '/served', '--port', port], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
url = 'http://127.0.0.1:%s/%s' % (port, page)
def get(u=url):
    try:
        with urllib.request.urlopen(u, timeout=5) as r: return r.read().decode()
    except Exception: return None
t = time.time()
while get() is None:
    if time.time() - t > 600: sys.exit(1)
    time.sleep(0.5)
print('ready after %.1f s' % (time.time() - t), flush=True)
def stream():  # an open page's reload stream, reconnecting as EventSource does (a stream lives 20 s)
    while True:
        try:
            urllib.request.urlopen('http://127.0.0.1:%s/__press/events?page=%%2F%s' % (port, page.replace('/', '%2F')), timeout=600).read()
        except Exception: pass
        time.sleep(0.2)
threading.Thread(target=stream, daemon=True).start()
time.sleep(3)
try:
    for k in range(5):
        marker = 'Template marker %d %d' % (os.getpid(), k)
        open(tpl, 'w').write(orig.replace('</article>', '<p>' + marker + '</p></article>'))
        t0 = time.time()
        while True:
            b = get()
            if b and marker in b: break
            if time.time() - t0 > 120: print('timeout'); break
            time.sleep(0.01)
        print('template edit %d: %d ms' % (k + 1, (time.time() - t0) * 1000), flush=True)
        time.sleep(6)
finally:
    open(tpl, 'w').write(orig)
    os.killpg(p.pid, 15)
