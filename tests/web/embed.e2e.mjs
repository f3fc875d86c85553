// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The web runtime in a real browser: Debian's Chromium driven by playwright-core. A demo project
// behind `dashwright serve`, a host page on loopback under a strict CSP that loads
// /embed/v1/dashwright-embed.js from the server with its SRI hash, and <dashwright-dashboard>
// showing "Restaurant overview" for the Farolito policy token. Checked: the KPI's text against
// `dashwright query` for the same claims, the Restaurant filter listing only Farolito, the
// expired and invalid-token states, no CSP violation. Screenshots go to OUT_DIR.
//
//   node embed.e2e.mjs   (env: DASHWRIGHT_CLI, DASHWRIGHT_WEB_MODULES, OUT_DIR, CHROMIUM, CI)
//
// Exit 77 (ctest: skipped) when Chromium or playwright-core is missing, unless CI is set.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = process.env.DASHWRIGHT_CLI;
const modules = process.env.DASHWRIGHT_WEB_MODULES; // resources/web/node_modules
const outDir = process.env.OUT_DIR ?? join(tmpdir(), 'dashwright-web-e2e');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

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

  // The host page's static server, on a free loopback port; the project's embed origins name it
  // (the demo's own http://localhost:8080 may be taken on a shared machine).
  const hostFiles = new Map();
  host = createServer((req, res) => {
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

  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const consoleErrors = [];
  const open = async (name) => {
    const p = await context.newPage();
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${name}: ${m.text()}`);
    });
    p.on('pageerror', (e) => consoleErrors.push(`${name}: ${e.message}`));
    await p.goto(`${hostOrigin}/${name}.html`);
    return p;
  };
  const eventOf = (p, type) =>
    p.waitForFunction((t) => window.__events.find((e) => e.type === t), type, { timeout: 15000 }).then((h) => h.jsonValue());

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

  // The filter: choosing Farolito sends it, the KPI stays Farolito's.
  await farolito.locator('dashwright-dashboard [part~="filter-control"]').selectOption(['Farolito']);
  const change = await eventOf(farolito, 'dashwright-filter-change');
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

  for (const p of [farolito, expiredPage, tamperedPage]) {
    const violations = await p.evaluate(() => window.__violations);
    check(violations.length === 0, `no CSP violation on ${p.url()}`, violations.join('; '));
  }
  // The expected 401s show as failed resource loads in the console; anything else is a bug.
  const unexpected = consoleErrors.filter((e) => !/status of 401/.test(e));
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
