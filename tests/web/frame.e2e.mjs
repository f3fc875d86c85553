// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The iframe variant in a real browser (Debian's Chromium driven by playwright-core): a demo
// project behind `dashwright serve`, whose embed origins name one loopback host server. Host pages
// frame /embed/v1/dashboards/{id}/frame and answer its token requests by postMessage, as
// docs/embed.md shows (a classic script, no module). Checked:
// - on the allowed origin, the frame shows the Farolito viewer's KPI (as `dashwright query`
//   computes it) and forwards the element's events and its height;
// - tokens posted by other frames of the host page (one of another origin, one of the host's own)
//   are ignored: the frame waits for its parent's answer and uses that token alone;
// - a host page on an origin that is not an embed origin cannot frame it (frame-ancestors): no
//   token request, no runtime loaded, no dashboard;
// - opened on its own, the page asks nobody for a token;
// - no token in any request URL; no CSP violation in the host pages or the frame.
// Screenshots go to OUT_DIR.
//
//   node frame.e2e.mjs   (env: DASHWRIGHT_CLI, DASHWRIGHT_WEB_MODULES, OUT_DIR, CHROMIUM, CI)
//
// Exit 77 (ctest: skipped) when Chromium or playwright-core is missing, unless CI is set.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  check,
  dashwright,
  fail,
  failureCount,
  loadChromium,
  outputDir,
  skipOrFail,
  startHost,
  startServe,
  chromiumPath,
} from './harness.mjs';

const chromium = loadChromium();
const outDir = outputDir('dashwright-frame-e2e');
const work = mkdtempSync(join(tmpdir(), 'dashwright-frame-'));
const hosts = [];
let serve;
let browser;

try {
  dashwright('demo', 'create', work, '--rows', '5000');
  const projectPath = join(work, 'burrito.dwproj');
  const project = JSON.parse(readFileSync(projectPath, 'utf8'));
  const dashboard = project.dashboards.find((d) => d.slug === 'restaurant-overview');

  // Two host servers with the same files: the first is the project's one embed origin, the other
  // (another port, so another origin) is not.
  const files = new Map();
  const allowed = await startHost(files);
  const other = await startHost(files);
  hosts.push(allowed, other);
  project.embed_origins = [allowed.origin];
  writeFileSync(projectPath, JSON.stringify(project, null, 2));

  const signFor = (name, restaurant) => {
    const claims = { securables: [dashboard.id], suborganization: restaurant, policy_values: { restaurant_name: restaurant } };
    const claimsPath = join(work, `${name}.json`);
    writeFileSync(claimsPath, JSON.stringify(claims));
    const token = dashwright('token', 'sign', projectPath, '--claims', claimsPath).trim();
    const expected = JSON.parse(
      dashwright('query', projectPath, '--dashboard', dashboard.id, '--claims', claimsPath, '--format', 'json'),
    );
    const value = expected.widgets.find((w) => w.type === 'kpi').rows[0][0];
    const text = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    return { token, text };
  };
  const farolito = signFor('farolito', 'Farolito');
  // Another tenant's valid token: what a hostile frame of the host page tries to slip in.
  const forged = signFor('tortilla', 'Tortilla Flats');
  check(farolito.text !== forged.text, 'the two tenants have different KPIs', `${farolito.text} / ${forged.text}`);

  const started = await startServe(projectPath);
  serve = started.process;
  const server = started.server;
  const frameUrl = `${server}/embed/v1/dashboards/${dashboard.id}/frame`;
  const frameScript = await fetch(`${server}/embed/v1/dashwright-frame.js`);
  if (frameScript.status === 404) skipOrFail('the server has no web runtime (scripts/setup.sh builds it)');

  // The host pages: a strict CSP of their own, a classic script (the docs' host code), the
  // dashboard's iframe first and, on some, other frames that post forged tokens to it.
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "connect-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `frame-src ${server} ${allowed.origin} ${other.origin}`,
  ].join('; ');
  files.set('/favicon.ico', { type: 'image/x-icon', body: '' });
  files.set('/host.css', {
    type: 'text/css',
    body: 'body { margin: 0; background: #f3f4f6; } #dash { width: 100%; border: 0; display: block; } .forger { width: 1px; height: 1px; border: 0; }',
  });
  const page = (name, config, forgers = []) => {
    files.set(`/${name}.json`, { type: 'application/json', body: JSON.stringify({ server, ...config }) });
    files.set(`/token/${name}`, { type: 'application/json', body: JSON.stringify({ token: config.token }) });
    files.set(`/${name}.html`, {
      type: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': csp },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="stylesheet" href="/host.css">
<script src="/host.js" data-config="/${name}.json" data-token-url="/token/${name}"></script></head>
<body><iframe id="dash" title="Restaurant overview" src="${frameUrl}?locale=en-US" height="300"></iframe>
${forgers.map((src) => `<iframe class="forger" title="forger" src="${src}"></iframe>`).join('\n')}
</body></html>`,
    });
  };
  // The host's side as docs/embed.md gives it: answer the frame's token requests (from the
  // server's origin, from this very iframe) with a token from the host's back end. Plus what the
  // test reads back: requests, events, heights.
  files.set('/host.js', {
    type: 'text/javascript',
    body: `
(function () {
  window.__requests = [];
  window.__events = [];
  window.__heights = [];
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
  var script = document.currentScript;
  var tokenUrl = script.dataset.tokenUrl;
  var config = fetch(script.dataset.config).then(function (r) { return r.json(); });
  window.addEventListener('message', function (event) {
    config.then(function (c) {
      var frame = document.getElementById('dash');
      if (event.origin !== c.server || event.source !== frame.contentWindow) return;
      var data = event.data || {};
      if (data.type === 'dashwright:token-request') {
        window.__requests.push(data.dashboard);
        setTimeout(function () {
          fetch(tokenUrl + '?dashboard=' + encodeURIComponent(data.dashboard), { credentials: 'same-origin' })
            .then(function (r) { return r.json(); })
            .then(function (answer) {
              frame.contentWindow.postMessage({ type: 'dashwright:token', token: answer.token }, c.server);
            });
        }, c.answerAfterMs || 0);
      } else if (data.type === 'dashwright:event') {
        window.__events.push({ name: data.name, detail: data.detail, at: Date.now() });
      } else if (data.type === 'dashwright:resize') {
        window.__heights.push(data.height);
        frame.height = String(data.height);
      }
    });
  });
})();
`,
  });
  // A frame of the host page that is not the dashboard's parent: posts another tenant's token to
  // the dashboard's frame, to any origin, ten times a second for four seconds.
  files.set('/forger.html', {
    type: 'text/html; charset=utf-8',
    headers: { 'Content-Security-Policy': "default-src 'none'; script-src 'self'" },
    body: '<!doctype html><html><head><meta charset="utf-8"><script src="/forger.js"></script></head><body></body></html>',
  });
  files.set('/forger.js', {
    type: 'text/javascript',
    body: `
window.__sent = 0;
var timer = setInterval(function () {
  window.parent.frames[0].postMessage({ type: 'dashwright:token', token: ${JSON.stringify(forged.token)} }, '*');
  if (++window.__sent >= 40) clearInterval(timer);
}, 100);
`,
  });
  page('farolito', { token: farolito.token, dashboard: dashboard.id });
  const answerAfterMs = 2500;
  page('forgers', { token: farolito.token, dashboard: dashboard.id, answerAfterMs }, [
    `${other.origin}/forger.html`,
    `${allowed.origin}/forger.html`,
  ]);
  page('blocked', { token: farolito.token, dashboard: dashboard.id });

  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const requests = []; // {url, authorization, page}
  const consoleErrors = [];
  const newContext = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    // In every frame, the host's and the dashboard's: CSP violations, for the checks below.
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    return context;
  };
  const open = async (context, url, name) => {
    const p = await context.newPage();
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push({ name, text: m.text() });
    });
    p.on('pageerror', (e) => consoleErrors.push({ name, text: e.message }));
    p.on('request', async (r) => {
      const headers = await r.allHeaders().catch(() => ({}));
      requests.push({ name, url: r.url(), authorization: headers.authorization ?? null });
    });
    await p.goto(url);
    return p;
  };
  const dashFrame = (p) => p.frames().find((f) => f.url().startsWith(frameUrl));
  const hostEvent = (p, name) =>
    p.waitForFunction((n) => window.__events.find((e) => e.name === n), name, { timeout: 20000 }).then((h) => h.jsonValue());

  // --- the allowed host page -------------------------------------------------------------------
  const context = await newContext();
  const t0 = Date.now();
  const host = await open(context, `${allowed.origin}/farolito.html`, 'farolito');
  const load = await hostEvent(host, 'dashwright-load');
  console.log(`dashwright-load after ${Date.now() - t0} ms`);
  check(load.detail?.dashboard === dashboard.id, 'the frame forwards dashwright-load naming the dashboard');
  const frame = dashFrame(host);
  check(frame !== undefined, 'the dashboard frame is there');
  const kpi = (await frame.locator('dashwright-dashboard [part~="kpi-value"]').first().textContent()).trim();
  check(kpi === farolito.text, "the frame shows the Farolito viewer's KPI", `"${kpi}" != "${farolito.text}"`);
  const choices = await frame.locator('dashwright-dashboard [part~="filter-control"] option').allTextContents();
  check(JSON.stringify(choices) === JSON.stringify(['Farolito']), 'the Restaurant filter lists only Farolito', JSON.stringify(choices));
  const hostRequests = await host.evaluate(() => window.__requests);
  check(hostRequests.length >= 1 && hostRequests.every((d) => d === dashboard.id), 'the frame asked its parent for a token for this dashboard', JSON.stringify(hostRequests));
  const refresh = (await host.evaluate(() => window.__events)).find((e) => e.name === 'dashwright-token-refresh');
  check(refresh !== undefined && (refresh.detail.expiresAt === null || typeof refresh.detail.expiresAt === 'string'), 'dashwright-token-refresh is forwarded, its date as text', JSON.stringify(refresh));
  await frame.locator('dashwright-dashboard [part~="filter-control"]').selectOption(['Farolito']);
  const change = await hostEvent(host, 'dashwright-filter-change');
  check(JSON.stringify(change.detail?.value) === '["Farolito"]', 'dashwright-filter-change is forwarded with the chosen values', JSON.stringify(change.detail));
  await host.waitForFunction(() => window.__heights.some((h) => h > 300), null, { timeout: 10000 }).catch(() => {});
  const heights = await host.evaluate(() => window.__heights);
  const frameHeight = Number(await host.locator('#dash').getAttribute('height'));
  check(heights.length > 0 && frameHeight === heights[heights.length - 1] && frameHeight > 300, 'the frame tells the host the height it needs', JSON.stringify(heights));
  await host.waitForTimeout(300); // let the charts draw
  await host.screenshot({ path: join(outDir, 'frame-allowed.png'), fullPage: true });

  // --- forged tokens from the host page's other frames ------------------------------------------
  const t1 = Date.now();
  const forgers = await open(context, `${allowed.origin}/forgers.html`, 'forgers');
  const forgersLoad = await hostEvent(forgers, 'dashwright-load');
  const forgersFrame = dashFrame(forgers);
  const forgedKpi = (await forgersFrame.locator('dashwright-dashboard [part~="kpi-value"]').first().textContent()).trim();
  check(forgedKpi === farolito.text, "with forged tokens about, the frame still shows its parent's tenant", `"${forgedKpi}"`);
  check(forgersLoad.at - t1 >= answerAfterMs, 'the frame waited for its parent rather than take a forged token', `${forgersLoad.at - t1} ms`);
  let sent = 0;
  for (const f of forgers.frames().filter((f) => f.url().endsWith('/forger.html'))) sent += await f.evaluate(() => window.__sent);
  check(sent > 5, 'the forging frames (another origin, and the host origin) did post', String(sent));
  const forgedUses = requests.filter((r) => r.authorization === `Bearer ${forged.token}`);
  check(forgedUses.length === 0, 'no request carried a forged token', forgedUses.map((r) => r.url).join(' '));
  const dataCalls = requests.filter((r) => r.name === 'forgers' && r.url.startsWith(`${server}/embed/v1/dashboards/`) && !r.url.startsWith(frameUrl));
  check(dataCalls.length > 0 && dataCalls.every((r) => r.authorization === `Bearer ${farolito.token}`), "the frame's requests carry the parent's token", JSON.stringify(dataCalls.map((r) => r.authorization?.slice(0, 20))));

  // --- a host page on an origin that is not an embed origin --------------------------------------
  const blockedContext = await newContext(); // no cached scripts from the pages above
  const blocked = await open(blockedContext, `${other.origin}/blocked.html`, 'blocked');
  await blocked.waitForTimeout(3000);
  const blockedRequests = await blocked.evaluate(() => window.__requests);
  check(blockedRequests.length === 0, 'a frame under another origin asks for no token', JSON.stringify(blockedRequests));
  const blockedLoads = requests.filter((r) => r.name === 'blocked' && r.url.startsWith(server));
  check(blockedLoads.some((r) => r.url.startsWith(frameUrl)), 'the browser did fetch the frame page (and refused to show it)');
  check(!blockedLoads.some((r) => r.url.includes('/embed/v1/dashwright-')), 'no script of the frame ran under another origin', blockedLoads.map((r) => r.url).join(' '));
  let rendered = 0;
  for (const f of blocked.frames()) rendered += await f.locator('dashwright-dashboard').count().catch(() => 0);
  check(rendered === 0, 'no dashboard is rendered under another origin');
  const refusal = consoleErrors.filter((e) => e.name === 'blocked' && /frame-ancestors/.test(e.text));
  check(refusal.length > 0, "Chromium refuses the frame for its frame-ancestors", consoleErrors.map((e) => e.text).join('; '));
  await blocked.screenshot({ path: join(outDir, 'frame-blocked.png'), fullPage: true });

  // --- the page on its own ----------------------------------------------------------------------
  const alone = await open(blockedContext, frameUrl, 'alone');
  const note = await alone.locator('.dashwright-frame-note').textContent({ timeout: 10000 });
  check(/inside another site/.test(note), 'opened on its own, the page says it belongs in an iframe', note);
  check((await alone.locator('dashwright-dashboard').count()) === 0, 'opened on its own, the page shows no dashboard');

  // --- across everything ------------------------------------------------------------------------
  const tokenParts = [farolito.token, forged.token].flatMap((t) => [t, ...t.split('.').filter((p) => p.length > 16)]);
  const leaked = requests.filter((r) => tokenParts.some((part) => r.url.includes(part) || decodeURIComponent(r.url).includes(part)));
  check(leaked.length === 0, `no token in any of the ${requests.length} request URLs`, leaked.map((r) => r.url).join(' '));
  const events = JSON.stringify([...(await host.evaluate(() => window.__events)), ...(await forgers.evaluate(() => window.__events))]);
  check(!events.includes(farolito.token.split('.')[2]), 'no forwarded event carries the token');
  for (const p of [host, forgers]) {
    for (const f of p.frames()) {
      const violations = await f.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      check(violations.length === 0, `no CSP violation in ${f.url().slice(0, 80)}`, violations.join('; '));
    }
  }
  const unexpected = consoleErrors.filter((e) => e.name !== 'blocked');
  check(unexpected.length === 0, 'no console errors on the allowed pages', unexpected.map((e) => `${e.name}: ${e.text}`).join('; '));
  console.log(`screenshots in ${outDir}`);
} catch (e) {
  fail(e);
} finally {
  await browser?.close();
  for (const h of hosts) h.close();
  serve?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
process.exit(failureCount() === 0 ? 0 : 1);
