// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The project theme in a real browser (issue 14): the demo project given a dark Okabe-Ito theme
// in a font of its own, behind `dashwright serve`, shown by <dashwright-dashboard> on a page that
// sets no theme attribute and no --dashwright-* property. Checked: the first series of a chart
// without colours of its own takes the palette's first colour, the element has the dark
// background, the dashboard's font family starts with the project's font, and a page's own
// theme="light" still wins over the project's mode. The same dashboard with the project's theme
// removed keeps the default palette and light mode. Screenshots go to OUT_DIR.
//
//   node theme.e2e.mjs   (env: DASHWRIGHT_CLI, DASHWRIGHT_WEB_MODULES, OUT_DIR, CHROMIUM, CI)
//
// Exit 77 (ctest: skipped) when Chromium or playwright-core is missing, unless CI is set.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  check, chromiumPath, dashwright, fail, failureCount, loadChromium, outputDir, skipOrFail, startHost, startServe,
} from './harness.mjs';

const chromium = loadChromium();
const outDir = outputDir('dashwright-theme-e2e');
const work = mkdtempSync(join(tmpdir(), 'dashwright-theme-e2e-'));
const children = [];
const closers = [];
let browser;

const okabeIto = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#999999'];
const tableau10First = '#4e79a7';

// What the element drew: the first chart (of a widget without colours of its own) and its first
// series' colour, the host's background and the dashboard's font family.
async function drawn(page) {
  return page.evaluate(() => {
    const el = document.querySelector('dashwright-dashboard');
    const widgets = el._layout?.widgets ?? [];
    let first = null;
    for (const [id, entry] of el._charts) {
      const widget = widgets.find((w) => w.id === id);
      if (widget && !(widget.colors?.length > 0)) {
        const dataset = entry.chart.data.datasets[0];
        const color = Array.isArray(dataset.backgroundColor) ? dataset.backgroundColor[0] : dataset.backgroundColor;
        first = { type: widget.type, color: String(color).toLowerCase() };
        break;
      }
    }
    return {
      first,
      theme: el._layout?.theme ?? null,
      background: getComputedStyle(el).backgroundColor,
      font: getComputedStyle(el.shadowRoot.querySelector('.dashboard')).fontFamily,
    };
  });
}

try {
  dashwright('demo', 'create', work, '--rows', '2000');
  const projectPath = join(work, 'burrito.dwproj');
  const project = JSON.parse(readFileSync(projectPath, 'utf8'));
  const dashboard = project.dashboards.find((d) => d.slug === 'restaurant-overview');
  const claimsPath = join(work, 'claims.json');
  writeFileSync(
    claimsPath,
    JSON.stringify({ securables: [dashboard.id], suborganization: 'Farolito', policy_values: { restaurant_name: 'Farolito' } }),
  );

  const pages = new Map();
  const host = await startHost(pages);
  closers.push(host.close);
  project.embed_origins = [host.origin];
  const themed = { ...project, theme: { palette: 'okabe-ito', mode: 'dark', font: 'DejaVu Serif' } };
  const plainPath = join(work, 'plain.dwproj');
  writeFileSync(projectPath, JSON.stringify(themed, null, 2));
  writeFileSync(plainPath, JSON.stringify(project, null, 2));
  copyFileSync(join(work, 'burrito.dwkeys'), join(work, 'plain.dwkeys')); // NAME.dwkeys beside it
  const token = dashwright('token', 'sign', projectPath, '--claims', claimsPath).trim();

  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });

  // One page per server and theme attribute; resolves with the page once the dashboard is drawn.
  const open = async (name, server, attribute) => {
    pages.set(`/${name}.html`, {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="${server}/embed/v1/dashwright-embed.js"></script></head>
<body style="margin:0"><dashwright-dashboard server="${server}" dashboard-id="${dashboard.id}" token="${token}"
 locale="en-US" ${attribute}></dashwright-dashboard></body></html>`,
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.origin}/${name}.html`);
    await page.waitForFunction(() => document.querySelector('dashwright-dashboard')?._charts?.size > 0, null, { timeout: 20000 });
    check(errors.length === 0, `${name}: no script error`, errors.join('; '));
    return page;
  };

  const themedServe = await startServe(projectPath);
  children.push(themedServe.process);
  const probe = await fetch(`${themedServe.server}/embed/v1/dashwright-embed.js`);
  if (probe.status === 404) skipOrFail('the server has no web runtime (scripts/setup.sh builds it)');

  const dark = await open('themed', themedServe.server, '');
  const seen = await drawn(dark);
  check(seen.theme?.palette === 'okabe-ito' && seen.theme?.mode === 'dark', 'the layout carries the project theme', JSON.stringify(seen.theme));
  check(seen.first !== null, 'a chart without colours of its own is drawn');
  check(seen.first?.color === okabeIto[0], "its first series takes the palette's first colour", JSON.stringify(seen.first));
  check(seen.background === 'rgb(17, 24, 39)', 'the element has the dark background', seen.background);
  check(/^"?DejaVu Serif"?,/.test(seen.font), "the dashboard's font is the project's", seen.font);
  await dark.screenshot({ path: join(outDir, 'theme-dark.png'), fullPage: true });

  const light = await open('themed-light', themedServe.server, 'theme="light"');
  const lightSeen = await drawn(light);
  check(lightSeen.background === 'rgb(255, 255, 255)', "the page's theme=\"light\" wins over the project's mode", lightSeen.background);
  check(lightSeen.first?.color === okabeIto[0], 'and the palette still applies', JSON.stringify(lightSeen.first));

  const plainServe = await startServe(plainPath);
  children.push(plainServe.process);
  const plain = await open('plain', plainServe.server, '');
  const plainSeen = await drawn(plain);
  check(plainSeen.theme?.palette === 'tableau10' && plainSeen.theme?.mode === 'light', 'a project without a theme gives the default', JSON.stringify(plainSeen.theme));
  check(plainSeen.first?.color === tableau10First, "its first series takes the default palette's first colour", JSON.stringify(plainSeen.first));
  check(plainSeen.background === 'rgb(255, 255, 255)', 'and the light background', plainSeen.background);
  console.log(`screenshots in ${outDir}`);
} catch (error) {
  fail(error);
} finally {
  await browser?.close();
  for (const child of children) child.kill();
  for (const close of closers) close();
  rmSync(work, { recursive: true, force: true });
}
process.exit(failureCount() > 0 ? 1 : 0);
