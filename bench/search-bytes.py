# usage: python3 bench/search-bytes.py SITE_OUTPUT_FOLDER "query" ["query" ...]
# Bytes fetched before the first results for a query: the search page (which holds the manifest),
# search.js, then the shards the script asks for (same shard choice as the script).
import json, os, re, sys, unicodedata
site, queries = sys.argv[1], sys.argv[2:]
STOP = set("a an and are as at be by for from has in is it its of on or that the this to was were will with".split())
def tokens(q):
    q = unicodedata.normalize('NFKD', q.lower())
    q = re.sub('[\u0300-\u036f]', '', q)
    out = []
    for w in re.split('[^a-z0-9]+', q):
        if 2 <= len(w) <= 40 and w not in STOP and w not in out: out.append(w)
    return out
def size(p): return os.path.getsize(os.path.join(site, p))
man = json.load(open(os.path.join(site, 'search/index.json')))
for q in queries:
    words = tokens(q); fetched = {'search/index.html', 'assets/search.js'}
    per = []
    for i, w in enumerate(words):
        prefix = i == len(words) - 1
        best = max((p for p in man['shards'] if w.startswith(p)), key=len, default=None)
        names = ([best] if best else []) + [p for p in man['shards'] if prefix and len(p) > len(w) and p.startswith(w)][:6]
        scores = {}
        for n in names:
            f = 'search/t/%s.json' % n; fetched.add(f)
            for term, post in json.load(open(os.path.join(site, f))).items():
                exact = term == w
                if not exact and not (prefix and term.startswith(w)): continue
                for j in range(0, len(post), 2):
                    s = post[j+1] if exact else post[j+1] / 2
                    if scores.get(post[j], 0) < s: scores[post[j]] = s
        per.append(scores)
    total = {d: sum(m[d] for m in per) for d in per[0] if all(d in m for m in per)} if per else {}
    if not total:
        for m in per:
            for d, s in m.items(): total[d] = total.get(d, 0) + s
    top = sorted(total.items(), key=lambda t: (-t[1], t[0]))[:10]
    for d, _ in top: fetched.add('search/d/%d.json' % (d // man['documentsPerShard']))
    print('%-28s %3d results shown of %6d, %2d files, %7d bytes' % (repr(q), len(top), len(total), len(fetched), sum(size(f) for f in fetched)))
