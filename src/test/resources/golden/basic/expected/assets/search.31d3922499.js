/* press search: reads the sharded index written by press.render.SearchIndexWriter. Only the
   manifest (unless the page holds it), the term shards of the query's words and the document
   shards of the results shown are fetched, all from this site. No other host, no library. */
(function () {
  'use strict';
  var STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'in', 'is', 'it', 'its',
    'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'were', 'will', 'with']);
  var SHOWN = 10;
  var list = document.getElementById('search-results');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var help = document.getElementById('search-help');
  if (!list || !input) return;
  var indexUrl = list.getAttribute('data-index');
  var base = indexUrl.replace(/index\.json$/, '');
  var cache = new Map();
  var latest = 0;
  /* At load the script only attaches its listener: the manifest in the page is parsed, and the
     shards fetched, on the first search (typing, or a ?q= in the address). */
  function loadManifest() {
    if (!cache.has(indexUrl)) {
      var inline = document.getElementById('search-manifest');
      if (inline) { // the page holds the manifest: one round trip less before the first result
        try { cache.set(indexUrl, Promise.resolve(JSON.parse(inline.textContent))); } catch (e) { /* fetched instead */ }
      }
    }
    return get(indexUrl);
  }
  /* Results for a ?q= in the address wait until the help they take the place of has been painted
     (its largest-contentful-paint entry), so it stays the page's largest paint: off a fast disk or
     a cache the shards can come before the page has painted it. Typing, or 3 s, ends the wait.
     Without a query at load nothing waits, and no observer is made. */
  var release = function () {};
  function helpPainted() {
    return new Promise(function (resolve) {
      release = resolve;
      var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
      if (!help || document.visibilityState === 'hidden' || !types || types.indexOf('largest-contentful-paint') < 0) return resolve();
      new PerformanceObserver(function (l) {
        if (l.getEntries().some(function (e) { return e.element === help; })) resolve();
      }).observe({type: 'largest-contentful-paint', buffered: true});
      setTimeout(resolve, 3000);
    });
  }
  var painted = Promise.resolve();

  function get(url) {
    if (!cache.has(url)) {
      cache.set(url, fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        return r.json();
      }));
    }
    return cache.get(url);
  }

  /* The same words as the index: lower case, accents folded, ASCII letters and digits, 2 to 40 long, no stop words. */
  function tokens(q) {
    var out = [];
    q.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).forEach(function (w) {
      if (w.length >= 2 && w.length <= 40 && !STOP.has(w) && out.indexOf(w) < 0) out.push(w);
    });
    return out;
  }

  /* The shard holding word w (the longest prefix of w); for a word still being typed, also the shards under it. */
  function shardNames(shards, w, prefix) {
    var best = null;
    var under = [];
    shards.forEach(function (p) {
      if (w.indexOf(p) === 0 && (best === null || p.length > best.length)) best = p;
      if (prefix && p.length > w.length && p.indexOf(w) === 0) under.push(p);
    });
    var names = best === null ? [] : [best];
    return names.concat(under.slice(0, 6));
  }

  function scoresOf(manifest, w, prefix) {
    var names = shardNames(manifest.shards, w, prefix);
    return Promise.all(names.map(function (n) { return get(base + 't/' + n + '.json'); })).then(function (shards) {
      var scores = new Map();
      function add(postings, exact) {
        for (var i = 0; i < postings.length; i += 2) {
          var s = exact ? postings[i + 1] : postings[i + 1] / 2;
          if ((scores.get(postings[i]) || 0) < s) scores.set(postings[i], s);
        }
      }
      shards.forEach(function (shard) {
        if (!prefix) { // a finished word: one look-up, not a walk over the shard's terms
          if (Object.prototype.hasOwnProperty.call(shard, w)) add(shard[w], true);
          return;
        }
        for (var term in shard) {
          if (term.indexOf(w) === 0) add(shard[term], term === w);
        }
      });
      return scores;
    });
  }

  /* The n best [doc, score] pairs, best first (ties: lower doc first), in one pass: no sort of every match. */
  function best(scores, n) {
    var top = [];
    scores.forEach(function (s, doc) {
      if (top.length === n && (s < top[n - 1][1] || (s === top[n - 1][1] && doc > top[n - 1][0]))) return;
      var i = top.length < n ? top.length : n - 1;
      while (i > 0 && (top[i - 1][1] < s || (top[i - 1][1] === s && top[i - 1][0] > doc))) {
        if (i < n) top[i] = top[i - 1];
        i--;
      }
      top[i] = [doc, s];
    });
    return top.slice(0, n);
  }

  function search(q) {
    var id = ++latest;
    var words = tokens(q);
    if (!words.length) {
      show(id, [], q);
      return Promise.resolve();
    }
    var typing = !/\s$/.test(q);
    return loadManifest().then(function (manifest) {
      return Promise.all(words.map(function (w, i) {
        return scoresOf(manifest, w, typing && i === words.length - 1);
      })).then(function (perWord) {
        var total = new Map();
        perWord[0].forEach(function (s, doc) {
          if (perWord.every(function (m) { return m.has(doc); })) {
            total.set(doc, perWord.reduce(function (a, m) { return a + m.get(doc); }, 0));
          }
        });
        if (!total.size) { // no post has every word: the posts with most of them
          perWord.forEach(function (m) { m.forEach(function (s, doc) { total.set(doc, (total.get(doc) || 0) + s); }); });
        }
        var top = best(total, SHOWN);
        var per = manifest.documentsPerShard;
        var needed = Array.from(new Set(top.map(function (t) { return Math.floor(t[0] / per); })));
        return Promise.all(needed.map(function (n) { return get(base + 'd/' + n + '.json'); }).concat(painted)).then(function (docShards) {
          var byShard = new Map();
          needed.forEach(function (n, i) { byShard.set(n, docShards[i]); });
          show(id, top.map(function (t) { return byShard.get(Math.floor(t[0] / per))[t[0] % per]; }), q, total.size);
        });
      });
    }).catch(function (e) {
      if (id === latest) status.textContent = 'Search is not available right now (' + e.message + ').';
    });
  }

  function show(id, docs, q, count) {
    if (id !== latest) return;
    while (list.firstChild) list.removeChild(list.firstChild);
    if (help) help.hidden = docs.length > 0; // the results take the help's place
    docs.forEach(function (d) {
      var li = document.createElement('li');
      var h = document.createElement('h2');
      var a = document.createElement('a');
      a.textContent = d[0];
      if (typeof d[1] === 'string' && d[1].charAt(0) === '/') a.href = d[1];
      h.appendChild(a);
      li.appendChild(h);
      var by = document.createElement('p');
      by.className = 'byline';
      by.textContent = d[2];
      li.appendChild(by);
      if (d[3]) {
        var p = document.createElement('p');
        p.textContent = d[3];
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    if (!q.trim()) status.textContent = '';
    else if (!docs.length) status.textContent = 'No posts match “' + q.trim() + '”.';
    else status.textContent = (count > docs.length ? 'The best ' + docs.length + ' of ' + count : count === 1 ? '1' : String(count))
      + (count === 1 ? ' post matches' : ' posts match') + ' “' + q.trim() + '”.';
  }

  var timer = 0;
  input.addEventListener('input', function () {
    release();
    clearTimeout(timer);
    timer = setTimeout(function () {
      var url = new URL(window.location.href);
      url.searchParams.set('q', input.value);
      window.history.replaceState(null, '', url);
      search(input.value);
    }, 120);
  });
  var initial = new URLSearchParams(window.location.search).get('q') || '';
  if (initial) {
    input.value = initial;
    painted = helpPainted();
    search(initial);
  }
})();
