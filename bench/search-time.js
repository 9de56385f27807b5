// Time from the index shards' arrival to the results on the search page of a built site, in
// headless Chromium (Debian's), driven with puppeteer-core (npm; lighthouse brings it too).
//   NODE_PATH=DIR/node_modules node bench/search-time.js http://127.0.0.1:8000/ [--cpu 4] "query"...
// For each query it opens search/ in a new page, waits for the page to load, types the query and reports:
//   cold: (first document shard requested - last term shard arrived) + (results in the DOM - last
//         document shard arrived): the script's own time once the shards it needs are there
//         (JSON parsing included), nothing fetched before;
//   warm: the same query typed again with every shard already fetched (median of 5), from the
//         search call to the results in the DOM, and to the next frame after them.
// Times are wall clock in the browser: run it on a quiet machine, and read them as upper bounds.
'use strict';
const puppeteer = require('puppeteer-core');

const args = process.argv.slice(2);
const base = args.shift();
let cpu = 1;
if (args[0] === '--cpu') { args.shift(); cpu = Number(args.shift()); }
const queries = args.length ? args : ['python', 'caching', 'kubernetes rollback', 'database migration',
  'adding indexes without locking tables postgres', 'rollback friendly releases python', 'co', 'deploy', 'postgres migra'];

const probe = () => {
  window.__shown = [];
  window.__starts = [];
  const replace = history.replaceState.bind(history);
  history.replaceState = function (...a) { window.__starts.push(performance.now()); return replace(...a); };
  new MutationObserver((ms) => {
    if (ms.some((m) => { const t = m.target.nodeType === 1 ? m.target : m.target.parentNode; return t && t.id === 'search-status'; })) {
      const at = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => window.__shown.push([at, performance.now()])));
    }
  }).observe(document, {subtree: true, childList: true, characterData: true});
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

(async () => {
  const browser = await puppeteer.launch({executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    timeout: 120000, protocolTimeout: 300000, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']});
  console.log(`query | status | cold ms | warm ms to DOM | warm ms to next frame | shards fetched (KB)   [cpu slowdown ${cpu}x]`);
  for (const q of queries) {
    const page = await browser.newPage();
    if (cpu > 1) await page.emulateCPUThrottling(cpu);
    await page.evaluateOnNewDocument(probe);
    await page.goto(new URL('search/', base).href, {waitUntil: 'networkidle0', timeout: 120000});
    await new Promise((r) => setTimeout(r, 500));
    await page.evaluate((text) => {
      const input = document.getElementById('search-input');
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }, q);
    await page.waitForFunction(() => window.__shown.length > 0, {timeout: 120000});
    const cold = await page.evaluate(() => {
      const rs = performance.getEntriesByType('resource').filter((r) => r.name.includes('/search/'));
      const term = rs.filter((r) => r.name.includes('/search/t/'));
      const docs = rs.filter((r) => r.name.includes('/search/d/'));
      const termEnd = Math.max(...term.map((r) => r.responseEnd));
      const shown = window.__shown[0][0];
      const ms = docs.length
        ? (Math.min(...docs.map((r) => r.startTime)) - termEnd) + (shown - Math.max(...docs.map((r) => r.responseEnd)))
        : shown - termEnd;
      const kb = rs.reduce((a, r) => a + (r.encodedBodySize || r.transferSize || 0), 0) / 1024;
      return {ms, kb, status: document.getElementById('search-status').textContent};
    });
    const warm = [];
    const frame = [];
    for (let i = 0; i < 5; i++) {
      const before = await page.evaluate(() => window.__shown.length);
      await page.evaluate((text) => {
        const input = document.getElementById('search-input');
        input.value = text;
        input.dispatchEvent(new Event('input'));
      }, q);
      await page.waitForFunction((n) => window.__shown.length > n, {timeout: 30000}, before);
      const t = await page.evaluate(() => [window.__starts[window.__starts.length - 1], ...window.__shown[window.__shown.length - 1]]);
      warm.push(t[1] - t[0]);
      frame.push(t[2] - t[0]);
    }
    console.log(`${q} | ${cold.status} | ${cold.ms.toFixed(1)} | ${median(warm).toFixed(1)} | ${median(frame).toFixed(1)} | ${cold.kb.toFixed(0)}`);
    await page.close();
  }
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
