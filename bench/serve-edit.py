#!/usr/bin/env python3
# How long a saved edit takes to reach an open page under `press serve` (issue 8's serve figure).
#   bench/serve-edit.py REPO SITE PORT POSTFILE PAGEPATH
# Starts REPO/bin/press serve on SITE (output in SITE/served), waits for the first build, then 7
# times appends a line to POSTFILE and polls http://127.0.0.1:PORT/PAGEPATH every 10 ms until the
# line is there; prints the wall ms and the CPU ms the press process used meanwhile (from /proc).
# Changes POSTFILE: run it on a copy of the site. Example (the lead's 10,000-post site):
#   bench/serve-edit.py . /tmp/copy 18931 /tmp/copy/content/posts/SLUG.md posts/SLUG/
import subprocess, sys, time, urllib.request, os
wt, site, port, post, page = sys.argv[1:6]
log = open(site + '.serve.log', 'w')
p = subprocess.Popen(['nice', '-n', '19', wt + '/bin/press', 'serve', '--source', site, '--out', site + '/served', '--port', port],
                     stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
url = 'http://127.0.0.1:%s/%s' % (port, page)
def cpu():
    f = open('/proc/%d/stat' % p.pid).read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) * 1000 // os.sysconf('SC_CLK_TCK')
def get():
    try:
        with urllib.request.urlopen(url, timeout=5) as r: return r.read().decode()
    except Exception: return None
t = time.time()
while get() is None:
    if time.time() - t > 600: print('serve did not start'); p.kill(); sys.exit(1)
    time.sleep(0.5)
print('first build ready after %.1f s' % (time.time() - t), flush=True)
time.sleep(3)
try:
    for k in range(7):
        marker = 'Serve marker %d %d' % (os.getpid(), k)
        with open(post, 'a') as f: f.write('\n' + marker + '\n')
        t0 = time.time(); c0 = cpu()
        while True:
            b = get()
            if b and marker in b: break
            if time.time() - t0 > 120: print('timeout'); break
            time.sleep(0.01)
        print('edit %d: %d ms wall, %d ms CPU of the press process' % (k + 1, (time.time() - t0) * 1000, cpu() - c0), flush=True)
        time.sleep(2)
finally:
    os.killpg(p.pid, 15)
