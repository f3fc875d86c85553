// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The web runtime, in one run:
//   (a) what a page downloads for it: the gzip size of dashwright-embed.js as `dashwright serve`
//       answers it, beside the embed scripts of the anchors that can be measured without their
//       services: @luzmo/embed's prebuilt browser bundle (luzmo-embed.min.js), and
//       @propeldata/ui-kit, which ships no browser bundle, bundled here with esbuild (minified,
//       production) for the components a dashboard like the demo's needs, with and without React.
//       They are installed with npm into a temporary directory that is removed afterwards.
//   (b) how long <dashwright-dashboard> takes in headless Chromium from connected (appended to the
//       page) to dashwright-load (layout fetched, every widget's data fetched and drawn: charts are
//       drawn synchronously, animation off), for each demo dashboard and a tenant who may see it,
//       on the ROWS-row demo; RUNS fresh pages each, with the server's result cache off
//       (--cache-ttl 0: every load runs its SQL, a new viewer's first view) and on (the default:
//       the same viewer again within a minute). Median of the runs; target <= 500 ms.
//
// usage: node bench/web.mjs [BUILD_DIR] [ROWS]      (defaults: build/release, 1000000)
// env:   RUNS (7), CHROMIUM (/usr/bin/chromium), ANCHORS=0 (skip (a)'s npm install),
//        DASHWRIGHT_BENCH_DIR (a demo folder to reuse; default /tmp/dashwright-web-bench-ROWS)
// needs: node, npm, Chromium, resources/web/node_modules (npm ci: esbuild, playwright-core),
//        the web runtime in BUILD_DIR/web (scripts/setup.sh build)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const build = resolve(process.argv[2] ?? join(root, 'build/release'));
const rows = Number(process.argv[3] ?? 1000000);
const runs = Number(process.env.RUNS ?? 7);
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const dir = process.env.DASHWRIGHT_BENCH_DIR ?? join(tmpdir(), `dashwright-web-bench-${rows}`);
const cli = join(build, 'app/dashwright/dashwright');
const webModules = join(root, 'resources/web/node_modules');
const targetMs = 500;

// The anchors' packages, at the versions measured in BENCHMARKS.md.
const anchorPackages = ['@luzmo/embed@6.13.0', '@propeldata/ui-kit@0.15.1', 'react@18.3.1', 'react-dom@18.3.1'];
// What a Propel page showing a dashboard like the demo's imports: KPIs, time series, pie,
// leaderboard (bars), table, a filter, and the token and filter providers.
const propelComponents = ['AccessTokenProvider', 'FilterProvider', 'SimpleFilter', 'Counter', 'TimeSeries', 'PieChart', 'Leaderboard', 'DataGrid'];

const fail = (why) => {
  console.error(`web.mjs: ${why}`);
  process.exit(1);
};
if (!existsSync(cli)) fail(`${cli} not built`);
if (!existsSync(chromiumPath)) fail(`no Chromium at ${chromiumPath}`);
const webRequire = createRequire(join(webModules, 'x.js'));
let chromium, esbuild;
try {
  ({ chromium } = webRequire('playwright-core'));
  esbuild = webRequire('esbuild');
} catch {
  fail(`playwright-core or esbuild missing in ${webModules} (scripts/setup.sh build runs npm ci)`);
}

const dashwright = (...args) => execFileSync(cli, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

if (!existsSync(join(dir, 'burrito.dwproj'))) {
  console.error(`creating the ${rows}-row demo in ${dir}`);
  dashwright('demo', 'create', dir, '--rows', String(rows));
}
const projectPath = join(dir, 'burrito.dwproj');
const project = JSON.parse(readFileSync(projectPath, 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'dashwright-web-bench-'));
const children = [];
let host;
let browser;

// serve ARGS…: `dashwright serve` on a free port; resolves to its base URL.
function serve(...args) {
  const child = spawn(cli, ['serve', projectPath, '--port', '0', '--access-log', 'off', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let err = '';
  return new Promise((resolvePort, reject) => {
    child.stderr.on('data', (d) => {
      err += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolvePort(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`dashwright serve exited ${code}: ${err}`)));
  });
}

try {
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  // The host page's server; the project's embed origins must name it.
  const files = new Map();
  host = createServer((req, res) => {
    const file = files.get(req.url.split('?')[0]);
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  // (The bench's own copy of the demo: a later run replaces this origin with its own.)
  const origins = (project.embed_origins ?? []).filter((o) => !o.startsWith('http://127.0.0.1:'));
  writeFileSync(projectPath, JSON.stringify({ ...project, embed_origins: [...origins, hostOrigin] }, null, 2));
  const uncached = await serve('--cache-ttl', '0');
  const cached = await serve();

  // (a) sizes.
  const served = Buffer.from(await (await fetch(`${uncached}/embed/v1/dashwright-embed.js`)).arrayBuffer());
  const sizes = [['dashwright-embed.js as served (Lit + Chart.js, the whole runtime)', served.length, gzip(served)]];
  if (process.env.ANCHORS !== '0') {
    const anchors = join(work, 'anchors');
    console.error(`npm install ${anchorPackages.join(' ')} (into a temporary directory)`);
    execFileSync('npm', ['install', '--prefix', anchors, '--ignore-scripts', '--no-audit', '--no-fund', '--no-save', ...anchorPackages], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const luzmo = readFileSync(join(anchors, 'node_modules/@luzmo/embed/luzmo-embed.min.js'));
    sizes.push(['@luzmo/embed 6.13.0: luzmo-embed.min.js (loader; the dashboard draws in an iframe of their app)', luzmo.length, gzip(luzmo)]);
    for (const withReact of [true, false]) {
      const entry = join(anchors, 'entry.js');
      writeFileSync(
        entry,
        `export { ${propelComponents.join(', ')} } from '@propeldata/ui-kit';\n` +
          (withReact ? "export { createElement } from 'react';\nexport { createRoot } from 'react-dom/client';\n" : ''),
      );
      const out = join(anchors, withReact ? 'propel-react' : 'propel');
      await esbuild.build({
        entryPoints: [entry],
        outdir: out,
        bundle: true,
        minify: true,
        format: 'esm',
        target: ['es2021'],
        platform: 'browser',
        define: { 'process.env.NODE_ENV': '"production"' },
        external: withReact ? [] : ['react', 'react-dom', 'react/*', 'react-dom/*'],
        logLevel: 'error',
      });
      const js = readFileSync(join(out, 'entry.js'));
      const css = existsSync(join(out, 'entry.css')) ? readFileSync(join(out, 'entry.css')) : Buffer.alloc(0);
      const what = withReact ? 'with React 18.3.1 + react-dom' : 'React and react-dom external';
      sizes.push([`@propeldata/ui-kit 0.15.1: esbuild bundle of ${propelComponents.length} components, ${what}: JS`, js.length, gzip(js)]);
      // The components' stylesheets (Radix Themes), the same either way.
      if (!withReact) sizes.push(['@propeldata/ui-kit 0.15.1: the same bundle\'s CSS, which the components need', css.length, gzip(css)]);
    }
  }
  console.log('\n(a) bundle sizes (gzip -9)');
  for (const [what, raw, gz] of sizes) console.log(`${kb(gz).padStart(10)} gzip  ${kb(raw).padStart(10)} raw  ${what}`);

  // (b) connected -> dashwright-load.
  const tenants = [
    ['distributor-performance', 'Farolito — parameter override'],
    ['chain-overview', 'Fiesty Fiesta — token filter'],
    ['restaurant-overview', 'Farolito — access policy'],
  ];
  const config = {};
  for (const [slug, tenant] of tenants) {
    const dashboard = project.dashboards.find((d) => d.slug === slug);
    const claimsPath = join(work, `${slug}.json`);
    writeFileSync(claimsPath, JSON.stringify(project.tenants.find((t) => t.name === tenant).claims));
    const token = dashwright('token', 'sign', projectPath, '--claims', claimsPath, '--expires-in', '3600').trim();
    config[slug] = { id: dashboard.id, token, widgets: dashboard.widgets.length };
  }
  files.set('/favicon.ico', { type: 'image/x-icon', body: '' });
  files.set('/host.js', {
    type: 'text/javascript',
    body: `
      const c = await (await fetch('/config.json' + location.search)).json();
      await customElements.whenDefined('dashwright-dashboard');
      const el = document.createElement('dashwright-dashboard');
      el.setAttribute('server', c.server);
      el.setAttribute('dashboard-id', c.id);
      el.setAttribute('token', c.token);
      let t0 = 0;
      el.addEventListener('dashwright-load', () => {
        const loaded = performance.now() - t0;
        // When the last answer of the server (layout, data) had arrived: the rest is drawing.
        const answers = performance.getEntriesByType('resource').filter((e) => e.name.includes('/embed/v1/dashboards/'));
        const answered = Math.max(...answers.map((e) => e.responseEnd)) - t0;
        requestAnimationFrame(() => setTimeout(() => (window.__result = { loaded, answered, painted: performance.now() - t0 })));
      });
      el.addEventListener('dashwright-error', (e) => (window.__result = { error: e.detail.code + ': ' + e.detail.message }));
      t0 = performance.now();
      document.body.append(el); // connectedCallback runs here
    `,
  });
  files.set('/index.html', {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="${uncached}/embed/v1/dashwright-embed.js"></script>
<script type="module" src="/host.js"></script></head><body></body></html>`,
  });

  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const measure = async (server, slug) => {
    files.set('/config.json', { type: 'application/json', body: JSON.stringify({ server, ...config[slug] }) });
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/index.html`);
    const result = await (await page.waitForFunction(() => window.__result, null, { timeout: 60000 })).jsonValue();
    if (result.error) throw new Error(`${slug}: ${result.error}`);
    // Every widget drawn: as many widgets as the dashboard has, none saying it has no data.
    const drawn = await page.evaluate(() => {
      const r = document.querySelector('dashwright-dashboard').shadowRoot;
      return { widgets: r.querySelectorAll('[part~="widget"]').length, messages: r.querySelectorAll('[part~="widget-message"]').length };
    });
    if (drawn.widgets !== config[slug].widgets || drawn.messages !== 0) throw new Error(`${slug}: not every widget drawn: ${JSON.stringify(drawn)}`);
    await page.close();
    return result;
  };

  console.log(`\n(b) connected -> dashwright-load, headless Chromium, ${rows} rows, median of ${runs} fresh pages (ms)`);
  for (const [label, server] of [['cache off (--cache-ttl 0)', uncached], ['cache on (default)', cached]]) {
    for (const [slug, tenant] of tenants) {
      await measure(server, slug); // warm-up: the browser's module cache, the database's pages
      const results = [];
      for (let i = 0; i < runs; ++i) results.push(await measure(server, slug));
      const loaded = results.map((r) => r.loaded);
      const m = median(loaded);
      console.log(
        `${label.padEnd(26)} ${slug.padEnd(24)} ${String(config[slug].widgets).padStart(2)} widgets  median ${m.toFixed(0).padStart(4)}` +
          `  (answers in ${median(results.map((r) => r.answered)).toFixed(0)}, next frame ${median(results.map((r) => r.painted)).toFixed(0)})` +
          `  ${m <= targetMs ? 'target met' : 'TARGET MISSED'}` +
          `  runs: ${loaded.map((x) => x.toFixed(0)).join(' ')}  [${tenant}]`,
      );
    }
  }
  console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  await browser?.close();
  host?.close();
  for (const child of children) child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
