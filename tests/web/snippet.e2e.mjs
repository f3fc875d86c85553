// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a new integrator does (issue 12, "Done when"), in headless Chromium: the html and node
// snippets of `dashwright snippet` written into a fresh folder, the node back end run as
// generated against `dashwright serve`, the page opened in a browser: the tenant's dashboard
// appears under the back end's strict CSP with no violation, and survives its 20-second token's
// expiry (the element fetches the next one from token-url). Then the iframe snippet as the page
// of a second node back end, under the same strict CSP (no inline script): the server's host
// script answers the frame's token requests and the frame shows the same numbers; a sibling frame
// that asks for a token gets none; a dashboard frame added later works too. Screenshots go to
// OUT_DIR.
//
// Exit 77 (ctest: skipped) when Chromium or playwright-core is missing, unless CI is set.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  check, chromiumPath, dashwright, fail, failureCount, loadChromium, modules, outputDir, startServe,
} from './harness.mjs';

const chromium = loadChromium();
const outDir = outputDir('dashwright-snippet-e2e');
const work = mkdtempSync(join(tmpdir(), 'dashwright-snippet-e2e-'));
const children = [];
let browser;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// The node snippet's back end, run as generated in `dir`, serving on `port`.
async function startBackend(dir, port, signingKey) {
  const backend = spawn(process.execPath, ['dashwright-token.mjs'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), DASHWRIGHT_SIGNING_KEY: signingKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let backendOut = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the node back end did not start: ${backendOut}`)), 15000);
    const read = (d) => {
      backendOut += d;
      if (backendOut.includes(`http://localhost:${port}/`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    backend.stdout.on('data', read);
    backend.stderr.on('data', read);
    backend.on('exit', (code) => reject(new Error(`the node back end exited ${code}: ${backendOut}`)));
  });
  return backend;
}

try {
  dashwright('demo', 'create', join(work, 'demo'), '--rows', '3000');
  const projectPath = join(work, 'demo', 'burrito.dwproj');
  // The integrator's pages: their origins are the project's embed origins (the designer's
  // project settings; here the file itself).
  const pagePort = await freePort();
  const hostPort = await freePort();
  const project = JSON.parse(readFileSync(projectPath, 'utf8'));
  project.embed_origins.push(`http://localhost:${pagePort}`, `http://localhost:${hostPort}`);
  writeFileSync(projectPath, JSON.stringify(project, null, 2));
  const tenant = 'Farolito — access policy';
  const expected = JSON.parse(dashwright('query', projectPath, '--dashboard', 'restaurant-overview', '--as', tenant, '--format', 'json'));
  const kpiValue = expected.widgets.find((w) => w.type === 'kpi').rows[0][0];
  const kpiText = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(kpiValue);

  const serve = await startServe(projectPath);
  children.push(serve.process);

  // The fresh folder, with exactly what the snippets say to do.
  const shop = join(work, 'shop');
  const snippet = (format, ...more) => dashwright('snippet', projectPath, '--dashboard', 'restaurant-overview', '--format', format, '--server', serve.server, ...more);
  mkdirSync(shop);
  writeFileSync(join(shop, 'index.html'), snippet('html'));
  writeFileSync(join(shop, 'dashwright-token.mjs'), snippet('node', '--as', tenant, '--expires-in', '20'));
  symlinkSync(modules, join(shop, 'node_modules')); // `npm install jose`, from the committed lock file
  const kid = JSON.parse(dashwright('keys', 'list', projectPath, '--json')).keys[0].kid;
  const signingKey = dashwright('keys', 'export', projectPath, '--kid', kid, '--jwk', '--private');
  const backend = await startBackend(shop, pagePort, signingKey);
  children.push(backend);

  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await context.addInitScript(() => {
    window.__events = [];
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    for (const type of ['dashwright-load', 'dashwright-error', 'dashwright-token-refresh'])
      document.addEventListener(type, (e) => window.__events.push({ type, at: Date.now(), detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
  });
  const page = await context.newPage();
  const consoleErrors = [];
  // A page without an icon makes the browser ask for /favicon.ico, which the back end does not
  // have: that 404 is the browser's, not the snippet's.
  page.on('console', (m) => m.type() === 'error' && !/status of 404/.test(m.text()) && consoleErrors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico' && consoleErrors.push(`${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  let tokenRequests = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/dashwright-token') tokenRequests += 1;
    check(!/eyJ[A-Za-z0-9_-]{10,}/.test(r.url()), `no token in the URL ${r.url()}`);
  });
  const events = (type) => page.evaluate((t) => window.__events.filter((e) => e.type === t).length, type);
  const waitEvents = (type, count, timeout) =>
    page.waitForFunction(([t, n]) => window.__events.filter((e) => e.type === t).length >= n, [type, count], { timeout });
  const kpi = async () => (await page.locator('dashwright-dashboard [part~="kpi-value"]').first().textContent()).trim();

  const opened = Date.now();
  await page.goto(`http://localhost:${pagePort}/`);
  await waitEvents('dashwright-load', 1, 20000);
  check((await kpi()) === kpiText, "the page shows Farolito's revenue, as dashwright query computes it", `${await kpi()} != ${kpiText}`);
  await page.screenshot({ path: join(outDir, 'snippet-page.png'), fullPage: true });

  // The 20-second token: refreshed in place before it runs out, and the dashboard keeps working
  // past the first token's expiry.
  const pastExpiry = opened + 22000 - Date.now();
  if (pastExpiry > 0) await page.waitForTimeout(pastExpiry);
  check(tokenRequests >= 2, 'the element asked the back end for the next token before the first expired', `${tokenRequests} requests`);
  check((await events('dashwright-token-refresh')) >= 1, 'dashwright-token-refresh');
  await page.evaluate(() => document.querySelector('dashwright-dashboard').reload());
  await waitEvents('dashwright-load', 2, 20000);
  check((await kpi()) === kpiText, "after the first token expired, the dashboard still shows Farolito's revenue");
  check((await events('dashwright-error')) === 0, 'no dashwright-error', JSON.stringify(await page.evaluate(() => window.__events.filter((e) => e.type === 'dashwright-error'))));
  await page.screenshot({ path: join(outDir, 'snippet-page-after-expiry.png'), fullPage: true });
  const violations = await page.evaluate(() => window.__violations);
  check(violations.length === 0, "no violation of the node back end's CSP", violations.join('; '));
  check(consoleErrors.length === 0, 'no console error', consoleErrors.join('; '));

  // The same page on an origin the project does not list (127.0.0.1 instead of localhost): the
  // browser only says "Failed to fetch"; the element tells the integrator what is wrong.
  const strayPage = await context.newPage();
  await strayPage.goto(`http://127.0.0.1:${pagePort}/`);
  const stray = await strayPage
    .waitForFunction(() => window.__events.find((e) => e.type === 'dashwright-error'), null, { timeout: 20000 })
    .then((h) => h.jsonValue());
  check(stray.detail.code === 'origin_not_allowed', 'a page on another origin gets origin_not_allowed, not a network error', JSON.stringify(stray.detail));
  check(stray.detail.message.includes("embed origins"), 'the message says to add the origin to the embed origins', stray.detail.message);
  check((await strayPage.locator('dashwright-dashboard [part~="kpi-value"]').count()) === 0, 'and shows no number');
  await strayPage.screenshot({ path: join(outDir, 'snippet-origin-not-allowed.png') });
  await strayPage.close();

  // The back end goes away: the element keeps trying while its token holds, then shows the
  // expired state (with Try again) instead of going on silently.
  backend.kill('SIGTERM');
  await page.waitForSelector('dashwright-dashboard [data-state="expired"]', { timeout: 45000 });
  check(true, 'with the back end gone, the page shows the expired state once its token has run out');
  check((await events('dashwright-error')) >= 1, 'and reported token_refresh_failed');
  await page.screenshot({ path: join(outDir, 'snippet-page-backend-gone.png') });

  // The iframe snippet in a page of a second back end as generated (its index.html), under that
  // back end's strict CSP: no inline script, so the snippet's script must be the server's file.
  const iframeShop = join(work, 'iframe-shop');
  mkdirSync(iframeShop);
  const iframeSnippet = snippet('iframe');
  check(!/<script(?![^>]*\ssrc=)[^>]*>/.test(iframeSnippet), 'the iframe snippet has no inline script');
  writeFileSync(join(iframeShop, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body>\n${iframeSnippet}</body></html>`);
  writeFileSync(join(iframeShop, 'dashwright-token.mjs'), snippet('node', '--as', tenant));
  symlinkSync(modules, join(iframeShop, 'node_modules'));
  children.push(await startBackend(iframeShop, hostPort, signingKey));
  const hostPage = await context.newPage();
  const hostErrors = [];
  hostPage.on('console', (m) => m.type() === 'error' && hostErrors.push(m.text()));
  hostPage.on('pageerror', (e) => hostErrors.push(e.message));
  let hostTokenFetches = 0;
  hostPage.on('request', (r) => {
    if (new URL(r.url()).pathname === '/dashwright-token') hostTokenFetches += 1;
    check(!/eyJ[A-Za-z0-9_-]{10,}/.test(r.url()), `no token in the URL ${r.url()}`);
  });
  const hostResponse = await hostPage.goto(`http://localhost:${hostPort}/`);
  check(!/unsafe-inline/.test(hostResponse.headers()['content-security-policy'] ?? 'none'), "the host page's CSP allows no inline script", hostResponse.headers()['content-security-policy']);
  const frameKpi = (selector) => hostPage.frameLocator(selector).locator('dashwright-dashboard [part~="kpi-value"]').first();
  await frameKpi('iframe').waitFor({ timeout: 20000 });
  check((await frameKpi('iframe').textContent()).trim() === kpiText, "the iframe snippet's frame shows Farolito's revenue");
  // The frame reports its height, the host script applies it.
  await hostPage.waitForFunction(() => Number(document.querySelector('iframe').height) !== 720, null, { timeout: 5000 }).catch(() => {});
  const height = await hostPage.evaluate(() => Number(document.querySelector('iframe').height));
  check(height > 200 && height !== 720, 'the host script sized the frame to the dashboard', String(height));
  await hostPage.screenshot({ path: join(outDir, 'snippet-iframe.png'), fullPage: true });

  // Other frames of the page ask for a token too: one of the embed server's origin that is not a
  // dashboard frame, and one of the page's own origin. Neither makes the page fetch one, and
  // neither gets one.
  const fetchesBefore = hostTokenFetches;
  const dashboardId = expected.dashboard;
  await hostPage.evaluate((server) => {
    for (const [id, src] of [['sibling-server', `${server}/healthz`], ['sibling-own', 'about:blank']]) {
      const sibling = document.createElement('iframe');
      sibling.id = id;
      sibling.src = src;
      document.body.append(sibling);
    }
  }, serve.server);
  for (const deadline = Date.now() + 5000; Date.now() < deadline && !hostPage.frames().some((f) => f.url().endsWith('/healthz'));)
    await hostPage.waitForTimeout(50);
  const siblings = hostPage.frames().filter((f) => f !== hostPage.mainFrame() && !f.url().includes('/frame'));
  check(siblings.length === 2, 'the two sibling frames are there', siblings.map((f) => f.url()).join(' '));
  for (const sibling of siblings)
    await sibling.evaluate((dashboard) => {
      window.__received = [];
      window.addEventListener('message', (e) => window.__received.push(e.data));
      for (let i = 0; i < 3; i += 1) window.parent.postMessage({ type: 'dashwright:token-request', dashboard }, '*');
    }, dashboardId);
  await hostPage.waitForTimeout(500);
  check(hostTokenFetches === fetchesBefore, "a sibling frame's token requests make the page fetch no token", `${hostTokenFetches - fetchesBefore} fetches`);
  for (const sibling of siblings) {
    const received = await sibling.evaluate(() => window.__received);
    check(received.length === 0, `the sibling frame ${sibling.url().slice(0, 40)} gets no answer`, JSON.stringify(received).slice(0, 80));
  }

  // A dashboard frame a single-page application adds later is served the same, and the host
  // script dispatches the frame's events on the iframe element.
  await hostPage.evaluate((src) => {
    window.__laterEvents = [];
    const later = document.createElement('iframe');
    later.id = 'later';
    later.title = 'later';
    later.src = src;
    later.setAttribute('data-token-url', '/dashwright-token');
    for (const type of ['dashwright-load', 'dashwright-error']) later.addEventListener(type, (e) => window.__laterEvents.push({ type, detail: e.detail }));
    document.body.append(later);
  }, await hostPage.locator('iframe').first().getAttribute('src'));
  await frameKpi('#later').waitFor({ timeout: 20000 });
  check((await frameKpi('#later').textContent()).trim() === kpiText, 'a dashboard frame added later shows the same revenue');
  await hostPage.waitForFunction(() => window.__laterEvents.length > 0, null, { timeout: 5000 }).catch(() => {});
  const laterEvents = await hostPage.evaluate(() => window.__laterEvents);
  check(laterEvents.length === 1 && laterEvents[0].type === 'dashwright-load' && laterEvents[0].detail?.dashboard === dashboardId, 'the later frame\'s dashwright-load is dispatched on its iframe', JSON.stringify(laterEvents));

  for (const f of hostPage.frames()) {
    const v = await f.evaluate(() => window.__violations ?? []).catch(() => []);
    check(v.length === 0, `no CSP violation in ${f === hostPage.mainFrame() ? 'the host page' : f.url().slice(0, 60)}`, v.join('; '));
  }
  check(hostErrors.length === 0, 'no console error on the host page', hostErrors.join('; '));
} catch (error) {
  fail(error);
} finally {
  await browser?.close();
  for (const child of children) child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
console.log(`screenshots in ${outDir}`);
process.exit(failureCount() === 0 ? 0 : 1);
