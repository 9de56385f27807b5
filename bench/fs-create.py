#!/usr/bin/env python3
# How much system time creating a site-shaped tree costs on this machine's file system: 16,000
# folders with one 20 KB index.html each, as a 10,000-post build writes them.
#   bench/fs-create.py DIR create      make DIR/posts/pNNNNN/index.html (DIR must not exist)
#   bench/fs-create.py DIR overwrite   write the same files again in place
# Run it at rest, then right after an `rm -rf` of a tree that size, to see what a deletion costs
# the writes that follow it (3 Dec 2026: 0.8 s at rest, 5.1 s just after; see performance.md).
import os, sys, time
root, mode = sys.argv[1], sys.argv[2]
data = b'x' * 20000
t = time.time(); c0 = os.times()
for i in range(16000):
    d = f'{root}/posts/p{i:05d}'
    if mode == 'create': os.makedirs(d)
    with open(d + '/index.html', 'wb') as f: f.write(data)
c1 = os.times()
print(mode, root, 'wall %.2f s, user %.2f s, system %.2f s' % (time.time() - t, c1.user - c0.user, c1.system - c0.system))
