// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The web runtime in a real browser: Debian's Chromium driven by playwright-core. A demo project
// behind `dashwright serve`, a host page on loopback under a strict CSP that loads
// /embed/v1/dashwright-embed.js from the server with its SRI hash, and <dashwright-dashboard>
// showing "Restaurant overview" for the Farolito policy token. Checked: the KPI's text against
// `dashwright query` for the same claims, the Restaurant filter listing only Farolito, the
// expired and invalid-token states, no CSP violation. And, on a page with no script of its own,
// token-url: a 20-second token refreshed in place (the viewer's filter value, table page and
// scroll position kept, the layout not fetched again, the next request after the first token's
// end carried by the new one), and a failing token endpoint reported as token_refresh_failed.
// Screenshots go to OUT_DIR.
//
//   node embed.e2e.mjs   (env: DASHWRIGHT_CLI, DASHWRIGHT_WEB_MODULES, OUT_DIR, CHROMIUM, CI)
//
// Exit 77 (ctest: skipped) when Chromium or playwright-core is missing, unless CI is set.
import { spawn, execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const cli = process.env.DASHWRIGHT_CLI;
const modules = process.env.DASHWRIGHT_WEB_MODULES; // resources/web/node_modules
const outDir = process.env.OUT_DIR ?? join(tmpdir(), 'dashwright-web-e2e');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Injected by the test into pages that have no script of their own (token-url): the element's
// events and CSP violations, as host.js records them on the other pages.
function recordElementEvents() {
  window.__events = [];
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  for (const type of ['dashwright-load', 'dashwright-error', 'dashwright-token-refresh', 'dashwright-filter-change'])
    document.addEventListener(type, (e) => window.__events.push({ type, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
}

function skipOrFail(why) {
  if (process.env.CI) {
    console.error(`FAIL: ${why} (CI is set: the browser test must run)`);
    process.exit(1);
  }
  console.log(`SKIP: ${why}`);
  process.exit(77);
}

if (!cli || !existsSync(cli)) {
  console.error('FAIL: DASHWRIGHT_CLI does not name the dashwright program');
  process.exit(1);
}
if (!existsSync(chromiumPath)) skipOrFail(`no Chromium at ${chromiumPath} (scripts/setup.sh installs Debian's chromium)`);
let chromium;
try {
  ({ chromium } = createRequire(join(modules, 'x.js'))('playwright-core'));
} catch {
  skipOrFail(`playwright-core is not installed in ${modules} (scripts/setup.sh runs npm ci)`);
}

let failures = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'PASS' : 'FAIL'}: ${what}${ok || !detail ? '' : ` (${detail})`}`);
  if (!ok) failures += 1;
}

const run = promisify(execFile);
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const dashwright = (...args) => execFileSync(cli, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

const work = mkdtempSync(join(tmpdir(), 'dashwright-web-'));
mkdirSync(outDir, { recursive: true });
let serve;
let host;
let browser;

try {
  dashwright('demo', 'create', work, '--rows', '5000');
  const projectPath = join(work, 'burrito.dwproj');
  const project = JSON.parse(readFileSync(projectPath, 'utf8'));
  const dashboard = project.dashboards.find((d) => d.slug === 'restaurant-overview');
  // The refresh test's dashboard: a table to page through, and a viewer-editable filter, which the
  // demo has only on "Restaurant overview" (whose policy tenant sees one restaurant): this copy
  // of the project adds one on the promotion column.
  const distributorDashboard = project.dashboards.find((d) => d.slug === 'distributor-performance');
  const sales = project.datasets.find((d) => d.name === 'Sales');
  const promotionFilter = {
    id: '5f0c2a1e-7d3b-4c59-9e2a-6b8d1f4e3a70',
    label: 'Promotion',
    dataset_id: sales.id,
    column: sales.columns.find((c) => c.name === 'promotion').id,
    expression: '? = ?',
    viewer_editable: true,
  };
  distributorDashboard.filters = [...(distributorDashboard.filters ?? []), promotionFilter];
  // The Restaurant filter starts on Farolito: the control must show what the data is filtered by.
  const restaurantFilter = dashboard.filters.find((f) => f.viewer_editable && f.expression === '? in ?');
  restaurantFilter.value = ['Farolito'];

  // The host page's static server, on a free loopback port; the project's embed origins name it
  // (the demo's own http://localhost:8080 may be taken on a shared machine).
  const hostFiles = new Map();
  const hostRoutes = new Map(); // path -> (req, res) => void
  host = createServer((req, res) => {
    const route = hostRoutes.get(req.url.split('?')[0]);
    if (route) {
      route(req, res);
      return;
    }
    const file = hostFiles.get(req.url.split('?')[0]);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store', ...(file.headers ?? {}) });
    res.end(file.body);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  project.embed_origins = [hostOrigin];
  writeFileSync(projectPath, JSON.stringify(project, null, 2));

  // The Farolito viewer of the demo's access policy.
  const claims = {
    securables: [dashboard.id],
    suborganization: 'Farolito',
    policy_values: { restaurant_name: 'Farolito' },
  };
  const claimsPath = join(work, 'farolito-policy.json');
  writeFileSync(claimsPath, JSON.stringify(claims));
  const token = dashwright('token', 'sign', projectPath, '--claims', claimsPath).trim();
  const expected = JSON.parse(
    dashwright('query', projectPath, '--dashboard', dashboard.id, '--claims', claimsPath, '--format', 'json'),
  );
  const kpiWidget = expected.widgets.find((w) => w.type === 'kpi');
  const kpiValue = kpiWidget.rows[0][0];
  const kpiText = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(kpiValue);

  serve = spawn(cli, ['serve', projectPath, '--port', '0', '--access-log', 'off'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let serveErr = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dashwright serve did not start: ${serveErr}`)), 20000);
    serve.stderr.on('data', (d) => {
      serveErr += d;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(serveErr);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    serve.on('exit', (code) => reject(new Error(`dashwright serve exited ${code}: ${serveErr}`)));
  });
  const server = `http://127.0.0.1:${port}`;

  // The bundle as served, and its SRI value: the header must be the hash of the bytes.
  const bundleAnswer = await fetch(`${server}/embed/v1/dashwright-embed.js`);
  if (bundleAnswer.status === 404) skipOrFail('the server has no web runtime (scripts/setup.sh builds it)');
  const bundle = Buffer.from(await bundleAnswer.arrayBuffer());
  const sri = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
  check(bundleAnswer.headers.get('x-content-sri') === sri, 'X-Content-SRI is the SHA-384 of the bytes served');

  // A strict CSP: nothing inline, scripts only from this page and the server, requests only to
  // the server (and this page, whose host.js reads its config), styles only from this page (the
  // element's come as adopted stylesheets).
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${server}`,
    `connect-src 'self' ${server}`,
    "style-src 'self'",
    "img-src 'self'",
  ].join('; ');
  const page = (name, config) => {
    hostFiles.set(`/${name}.json`, { type: 'application/json', body: JSON.stringify(config) });
    hostFiles.set(`/${name}.html`, {
      type: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': csp },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="stylesheet" href="/host.css">
<script type="module" src="${server}/embed/v1/dashwright-embed.js" integrity="${sri}" crossorigin="anonymous"></script>
<script type="module" src="/host.js"></script></head>
<body data-config="/${name}.json"></body></html>`,
    });
  };
  hostFiles.set('/favicon.ico', { type: 'image/x-icon', body: '' }); // else a 404 in the console
  hostFiles.set('/host.css', { type: 'text/css', body: 'body { margin: 0; background: #f3f4f6; font-family: sans-serif; }' });
  hostFiles.set('/host.js', {
    type: 'text/javascript',
    body: `
      window.__events = [];
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
      const config = await (await fetch(document.body.dataset.config)).json();
      const el = document.createElement('dashwright-dashboard');
      for (const type of ['dashwright-load', 'dashwright-error', 'dashwright-token-refresh', 'dashwright-filter-change'])
        el.addEventListener(type, (e) => window.__events.push({ type, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
      el.setAttribute('locale', 'en-US');
      el.setAttribute('server', config.server);
      el.setAttribute('token', config.token);
      el.setAttribute('dashboard-id', config.dashboard);
      document.body.append(el);
    `,
  });
  page('farolito', { server, token, dashboard: dashboard.id });
  // Expired: an authorization whose "expiry" passes two seconds from now.
  const expiringPath = join(work, 'expiring.json');
  writeFileSync(expiringPath, JSON.stringify({ ...claims, expiry: new Date(Date.now() + 2000).toISOString() }));
  const expiring = dashwright('token', 'sign', projectPath, '--claims', expiringPath).trim();
  page('expired', { server, token: expiring, dashboard: dashboard.id });
  // Invalid: the payload changed, the signature not.
  const parts = token.split('.');
  const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
  payload.policy_values.restaurant_name = 'Tortilla Loca';
  const tampered = [parts[0], Buffer.from(JSON.stringify(payload)).toString('base64url'), parts[2]].join('.');
  page('tampered', { server, token: tampered, dashboard: dashboard.id });

  // token-url. The host's back end (this server) answers GET /dashwright-token, for the viewer of
  // its session cookie, with a 20-second token of the demo's Farolito parameter-override tenant.
  // The claims' "expiry" ends each authorization with its token: the server allows a token's exp
  // a minute of clock skew but an "expiry" none, so the first token is refused for good once its
  // 20 seconds are over, and a request after that works only with a newer token.
  const refreshClaims = project.tenants.find((t) => t.claims.parameter_overrides?.distributor === 'Farolito').claims;
  const refreshClaimsPath = join(work, 'farolito-parameter.json');
  writeFileSync(refreshClaimsPath, JSON.stringify(refreshClaims));
  const session = 'session=viewer-1';
  const mints = []; // {token, expiresAt} per answer of GET /dashwright-token
  let tokenRequests = 0;
  const tokenRequestProblems = [];
  const answerJson = (res, status, body) =>
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
  hostRoutes.set('/dashwright-token', (req, res) => {
    tokenRequests += 1;
    if (req.method !== 'GET' || req.headers.accept !== 'application/json' || req.headers.cookie !== session) {
      tokenRequestProblems.push(`${req.method} accept=${req.headers.accept} cookie=${req.headers.cookie}`);
      answerJson(res, 403, { error: 'forbidden' });
      return;
    }
    const expiresAt = new Date(Date.now() + 20000);
    const claimsPath = join(work, `token-claims-${tokenRequests}.json`);
    writeFileSync(claimsPath, JSON.stringify({ ...refreshClaims, expiry: expiresAt.toISOString() }));
    run(cli, ['token', 'sign', projectPath, '--claims', claimsPath, '--expires-in', '20']).then(
      ({ stdout }) => {
        const minted = { token: stdout.trim(), expiresAt };
        mints.push(minted);
        answerJson(res, 200, { token: minted.token, expires_at: expiresAt.toISOString() });
      },
      (e) => answerJson(res, 500, { error: 'token_sign_failed', message: String(e.message) }),
    );
  });
  let brokenRequests = 0;
  hostRoutes.set('/dashwright-token-broken', (req, res) => {
    brokenRequests += 1;
    answerJson(res, 503, { error: 'unavailable' });
  });
  // Plain HTML: the element's module and the element with its attributes, no script of the page's.
  const plainPage = (name, attributes) =>
    hostFiles.set(`/${name}.html`, {
      type: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': csp, 'Set-Cookie': `${session}; Path=/; HttpOnly; SameSite=Strict` },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="stylesheet" href="/host.css">
<script type="module" src="${server}/embed/v1/dashwright-embed.js" integrity="${sri}" crossorigin="anonymous"></script></head>
<body><dashwright-dashboard server="${server}" ${attributes} locale="en-US"></dashwright-dashboard></body></html>`,
    });
  plainPage('refresh', `dashboard-id="${distributorDashboard.id}" token-url="/dashwright-token" page-size="2"`);
  plainPage('refresh-failing', `dashboard-id="${distributorDashboard.id}" token-url="/dashwright-token-broken"`);

  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const consoleErrors = [];
  // setup(page) runs before the page loads: listeners, init scripts.
  const open = async (name, setup) => {
    const p = await context.newPage();
    await setup?.(p);
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${name}: ${m.text()}`);
    });
    p.on('pageerror', (e) => consoleErrors.push(`${name}: ${e.message}`));
    await p.goto(`${hostOrigin}/${name}.html`);
    return p;
  };
  const eventsOf = (p, type) => p.evaluate((t) => window.__events.filter((e) => e.type === t), type);
  const eventOf = (p, type, timeout = 15000) =>
    p.waitForFunction((t) => window.__events.find((e) => e.type === t), type, { timeout }).then((h) => h.jsonValue());
  const settled = (p) =>
    p.waitForFunction(() => !document.querySelector('dashwright-dashboard').shadowRoot.querySelector('[part~="grid"][aria-busy="true"]'));
  const queryPerformance = (promotion) =>
    JSON.parse(
      dashwright('query', projectPath, '--dashboard', distributorDashboard.id, '--claims', refreshClaimsPath, '--format', 'json',
        ...(promotion === undefined ? [] : ['--filter', `${promotionFilter.id}=${JSON.stringify(promotion)}`])),
    );
  const kpiOf = (answer) => answer.widgets.find((w) => w.type === 'kpi').rows[0][0];

  // "A 20-second token is refreshed in place and the chosen filter value and table page survive."
  async function refreshInPlace() {
    // The promotion with the most product lines (the table at 2 rows a page needs a second page),
    // and another one for after the first token's end.
    const lines = new Map();
    for (const [, promotion] of queryPerformance().widgets.find((w) => w.type === 'stacked_bar').rows)
      if (promotion !== null) lines.set(promotion, (lines.get(promotion) ?? 0) + 1);
    const [[promotion, count], [otherPromotion]] = [...lines].sort((a, b) => b[1] - a[1]);
    const expected = queryPerformance(promotion);
    const expectedOther = queryPerformance(otherPromotion);
    const tableLines = expected.widgets.find((w) => w.type === 'table').rows.map((r) => `${r[0]} | ${r[1] ?? '\u2014'}`);
    check(count >= 3, `"${promotion}" has a second table page`, String(count));

    const layoutPath = `/embed/v1/dashboards/${distributorDashboard.id}`;
    let layoutRequests = 0;
    const dataTokens = []; // the Authorization of each data request, in order
    const refused = [];
    const p = await open('refresh', async (page) => {
      await page.setViewportSize({ width: 1280, height: 640 });
      await page.addInitScript(recordElementEvents);
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (r.method() === 'GET' && path === layoutPath) layoutRequests += 1;
        if (r.method() === 'POST' && path === `${layoutPath}/data`) dataTokens.push(r.allHeaders().then((h) => h.authorization));
      });
      page.on('response', (r) => {
        if (r.status() === 401) refused.push(r.url());
      });
    });
    await eventOf(p, 'dashwright-load');
    const filter = p.locator(`dashwright-dashboard [data-filter="${promotionFilter.id}"] [part~="filter-control"]`);
    await filter.selectOption({ label: promotion });
    await settled(p);
    await p.locator('dashwright-dashboard [data-type="table"] [part~="pager-next"]').click();
    await settled(p);
    await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // What the viewer has chosen and sees.
    const seen = () =>
      p.evaluate((filterId) => {
        const root = document.querySelector('dashwright-dashboard').shadowRoot;
        const table = root.querySelector('[data-type="table"]');
        return {
          filter: root.querySelector(`[data-filter="${filterId}"] select`).selectedOptions[0]?.textContent,
          range: table.querySelector('[part~="pager-range"]').textContent,
          rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent).join(' | ')),
          lines: [...table.querySelectorAll('tbody tr')].map((tr) => `${tr.cells[0].textContent} | ${tr.cells[1].textContent}`),
          kpi: Number(root.querySelector('[part~="kpi-value"]').dataset.value),
          scrollY: window.scrollY,
          state: root.querySelector('[data-state]')?.dataset.state ?? 'ready',
        };
      }, promotionFilter.id);
    const before = await seen();
    check(before.filter === promotion && before.range === 'Rows 3–4', 'the viewer chose a promotion and the table\'s second page',
      `${before.filter}, ${before.range}`);
    check(before.scrollY > 0, 'the page is scrolled', String(before.scrollY));
    check(Math.abs(before.kpi - kpiOf(expected)) < 1e-6, 'the KPI is the tenant\'s for that promotion', `${before.kpi} != ${kpiOf(expected)}`);
    check(before.lines.length === 2 && before.lines.every((l) => tableLines.includes(l)), 'the table\'s second page holds the tenant\'s lines',
      JSON.stringify(before.lines));
    await p.screenshot({ path: join(outDir, 'refresh-before.png'), fullPage: true });

    // The first token's refresh, at two thirds of its 20 seconds; the first provider call counts too.
    await p.waitForFunction(() => window.__events.filter((e) => e.type === 'dashwright-token-refresh').length >= 2, null, { timeout: 20000 });
    await p.waitForTimeout(500); // whatever a refresh might set off has happened by now
    const after = await seen();
    check(tokenRequests === 2 && mints.length === 2, 'the token endpoint was asked twice: the first token, then its refresh',
      `${tokenRequests} requests, ${tokenRequestProblems.join('; ')}`);
    const refreshes = await eventsOf(p, 'dashwright-token-refresh');
    check(refreshes.length === 2 && Date.parse(refreshes[1].detail.expiresAt) > Date.parse(refreshes[0].detail.expiresAt),
      'dashwright-token-refresh for each token, the second expiring later', JSON.stringify(refreshes));
    check(JSON.stringify(after) === JSON.stringify(before), 'filter value, table page, rows, KPI and scroll position survive the refresh',
      `${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    check(layoutRequests === 1, 'the layout was not fetched again', String(layoutRequests));
    check((await eventsOf(p, 'dashwright-load')).length === 1, 'no second dashwright-load');
    await p.screenshot({ path: join(outDir, 'refresh-after.png'), fullPage: true });

    // Past the first token's end: the server refuses it now, and the next data request (another
    // promotion) goes out with the newer token and works.
    await sleep(mints[0].expiresAt.getTime() + 1000 - Date.now());
    const stale = await fetch(`${server}${layoutPath}`, { headers: { Authorization: `Bearer ${mints[0].token}`, Origin: hostOrigin } });
    const staleError = (await stale.json()).error;
    check(stale.status === 401 && staleError === 'token_expired', 'the first token is refused once its 20 seconds are over',
      `${stale.status} ${staleError}`);
    const sent = dataTokens.length;
    await filter.selectOption({ label: otherPromotion });
    await settled(p);
    const later = await seen();
    const laterTokens = await Promise.all(dataTokens.slice(sent));
    check(laterTokens.length > 0 && laterTokens.every((t) => t !== `Bearer ${mints[0].token}` && mints.slice(1).some((m) => t === `Bearer ${m.token}`)),
      'the data request after the first token\'s end carries a newer one', `${laterTokens.length} requests`);
    check(later.state === 'ready' && Math.abs(later.kpi - kpiOf(expectedOther)) < 1e-6 && later.range.startsWith('Rows 1–'),
      'and answers the other promotion\'s data, from the first table page', JSON.stringify(later));
    check(refused.length === 0, 'no request was refused (401)', refused.join(' '));
    check((await eventsOf(p, 'dashwright-error')).length === 0, 'no dashwright-error');
    await p.screenshot({ path: join(outDir, 'refresh-after-expiry.png'), fullPage: true });
    return p;
  }

  // A token-url that answers 503: the same retries as a failing tokenProvider, then
  // token_refresh_failed naming the status, and the expired state.
  async function failingTokenUrl() {
    const p = await open('refresh-failing', (page) => page.addInitScript(recordElementEvents));
    const error = await eventOf(p, 'dashwright-error', 40000);
    check(error.detail.code === 'token_refresh_failed', 'a failing token-url reports token_refresh_failed', error.detail.code);
    check(/token-url \/dashwright-token-broken failed: .*503/.test(error.detail.message), 'its message names the URL and the status',
      error.detail.message);
    check(brokenRequests === 5, 'after five tries', String(brokenRequests));
    const state = await p.locator('dashwright-dashboard [data-state]').getAttribute('data-state');
    check(state === 'expired', 'and shows the expired state', state);
    await p.screenshot({ path: join(outDir, 'token-url-failing.png') });
    return p;
  }

  // The token-url pages run beside the others: the refresh one waits out a 20-second token.
  const refreshing = refreshInPlace();
  const failing = failingTokenUrl();

  // The Farolito viewer.
  const started = Date.now();
  const farolito = await open('farolito');
  const load = await eventOf(farolito, 'dashwright-load');
  console.log(`dashwright-load after ${Date.now() - started} ms`);
  check(load.detail.dashboard === dashboard.id, 'dashwright-load names the dashboard');
  const kpi = (await farolito.locator('dashwright-dashboard [part~="kpi-value"]').first().textContent()).trim();
  check(kpi === kpiText, 'the KPI shows the tenant\'s revenue as dashwright query computes it', `"${kpi}" != "${kpiText}"`);
  const options = await farolito.locator('dashwright-dashboard [part~="filter-control"] option').allTextContents();
  check(JSON.stringify(options) === JSON.stringify(['Farolito']), 'the Restaurant filter lists only Farolito', JSON.stringify(options));
  const canvases = await farolito.locator('dashwright-dashboard canvas').count();
  check(canvases === expected.widgets.filter((w) => ['bar', 'area', 'pie'].includes(w.type)).length, 'one canvas per chart widget', String(canvases));
  // Let the charts draw, then keep what the viewer sees.
  await farolito.waitForTimeout(300);
  await farolito.screenshot({ path: join(outDir, 'restaurant-overview.png'), fullPage: true });

  // The filter shows its initial value, as the canvas does, and the component reports it.
  const initial = await farolito.locator('dashwright-dashboard [part~="filter-control"] option:checked').allTextContents();
  check(JSON.stringify(initial) === '["Farolito"]', 'the Restaurant filter starts on its initial value', JSON.stringify(initial));
  const reported = await farolito.evaluate((id) => document.querySelector('dashwright-dashboard').filterValues[id], restaurantFilter.id);
  check(JSON.stringify(reported) === '["Farolito"]', 'filterValues reports the initial value', JSON.stringify(reported));
  // Clearing it sends null (which clears the initial value too), not nothing.
  const cleared = farolito.waitForRequest((r) => r.url().endsWith('/data') && r.method() === 'POST');
  await farolito.locator('dashwright-dashboard [part~="filter-control"]').selectOption([]);
  const clearBody = JSON.parse((await cleared).postData() ?? '{}');
  check(clearBody.filters?.[restaurantFilter.id] === null, 'a cleared filter is sent as null', JSON.stringify(clearBody.filters));
  const clearChange = await eventOf(farolito, 'dashwright-filter-change');
  check(JSON.stringify(clearChange.detail.value) === '[]', 'dashwright-filter-change carries the cleared filter', JSON.stringify(clearChange.detail));
  await farolito.waitForFunction(
    () => !document.querySelector('dashwright-dashboard').shadowRoot.querySelector('[part~="grid"][aria-busy="true"]'),
  );

  // The filter: choosing Farolito sends it, the KPI stays Farolito's.
  await farolito.locator('dashwright-dashboard [part~="filter-control"]').selectOption(['Farolito']);
  await farolito.waitForFunction(() => window.__events.filter((e) => e.type === 'dashwright-filter-change').length >= 2);
  const change = (await eventsOf(farolito, 'dashwright-filter-change')).at(-1);
  check(JSON.stringify(change.detail.value) === '["Farolito"]', 'dashwright-filter-change carries the chosen values');
  await farolito.waitForFunction(
    () => !document.querySelector('dashwright-dashboard').shadowRoot.querySelector('[part~="grid"][aria-busy="true"]'),
  );
  const kpiFiltered = (await farolito.locator('dashwright-dashboard [part~="kpi-value"]').first().textContent()).trim();
  check(kpiFiltered === kpiText, 'the filtered KPI is still Farolito\'s', kpiFiltered);

  // Expired.
  await new Promise((r) => setTimeout(r, Math.max(0, 2500)));
  const expiredPage = await open('expired');
  const expiredError = await eventOf(expiredPage, 'dashwright-error');
  check(expiredError.detail.code === 'token_expired', 'an expired token reports token_expired', expiredError.detail.code);
  const expiredState = await expiredPage.locator('dashwright-dashboard [data-state]').getAttribute('data-state');
  check(expiredState === 'expired', 'an expired token shows the expired state', expiredState);
  await expiredPage.screenshot({ path: join(outDir, 'expired.png') });

  // Tampered.
  const tamperedPage = await open('tampered');
  const tamperedError = await eventOf(tamperedPage, 'dashwright-error');
  check(tamperedError.detail.code === 'token_invalid', 'a tampered token reports token_invalid', tamperedError.detail.code);
  const tamperedState = await tamperedPage.locator('dashwright-dashboard [data-state]').getAttribute('data-state');
  check(tamperedState === 'invalid', 'a tampered token shows the invalid state', tamperedState);
  const tamperedNumbers = await tamperedPage.locator('dashwright-dashboard [part~="kpi-value"]').count();
  check(tamperedNumbers === 0, 'a tampered token shows no numbers');
  await tamperedPage.screenshot({ path: join(outDir, 'tampered.png') });

  const refreshPage = await refreshing;
  const failingPage = await failing;
  for (const p of [farolito, expiredPage, tamperedPage, refreshPage, failingPage]) {
    const violations = await p.evaluate(() => window.__violations);
    check(violations.length === 0, `no CSP violation on ${p.url()}`, violations.join('; '));
  }
  // The expected 401s and 503s show as failed resource loads in the console; anything else is a bug.
  const unexpected = consoleErrors.filter((e) => !/status of 401/.test(e) && !/^refresh-failing: .*status of 503/.test(e));
  check(unexpected.length === 0, 'no console errors', unexpected.join('; '));
  console.log(`screenshots in ${outDir}`);
} catch (e) {
  console.error(`FAIL: ${e.stack ?? e}`);
  failures += 1;
} finally {
  await browser?.close();
  host?.close();
  serve?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
