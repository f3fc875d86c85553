// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the browser tests (tests/web/*.e2e.mjs) share: the environment, the skip rule, pass/fail
// bookkeeping, the dashwright program, `dashwright serve` on a free port, and a static server for
// host pages on loopback.
//
// Environment: DASHWRIGHT_CLI (the program), DASHWRIGHT_WEB_MODULES (resources/web/node_modules,
// for playwright-core), OUT_DIR (screenshots), CHROMIUM (default /usr/bin/chromium), CI (when set,
// a missing Chromium or playwright-core fails instead of skipping with exit 77).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const cli = process.env.DASHWRIGHT_CLI;
export const modules = process.env.DASHWRIGHT_WEB_MODULES;
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function skipOrFail(why) {
  if (process.env.CI) {
    console.error(`FAIL: ${why} (CI is set: the browser test must run)`);
    process.exit(1);
  }
  console.log(`SKIP: ${why}`);
  process.exit(77);
}

// playwright-core's chromium, after checking that the program, Chromium and the package are there.
export function loadChromium() {
  if (!cli || !existsSync(cli)) {
    console.error('FAIL: DASHWRIGHT_CLI does not name the dashwright program');
    process.exit(1);
  }
  if (!existsSync(chromiumPath)) skipOrFail(`no Chromium at ${chromiumPath} (scripts/setup.sh installs Debian's chromium)`);
  try {
    return createRequire(join(modules, 'x.js'))('playwright-core').chromium;
  } catch {
    return skipOrFail(`playwright-core is not installed in ${modules} (scripts/setup.sh runs npm ci)`);
  }
}

export function outputDir(name) {
  const dir = process.env.OUT_DIR ?? join(tmpdir(), name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

let failures = 0;
export function check(ok, what, detail = '') {
  console.log(`${ok ? 'PASS' : 'FAIL'}: ${what}${ok || !detail ? '' : ` (${detail})`}`);
  if (!ok) failures += 1;
}
export function fail(error) {
  console.error(`FAIL: ${error?.stack ?? error}`);
  failures += 1;
}
export const failureCount = () => failures;

export const dashwright = (...args) => execFileSync(cli, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

// `dashwright serve PROJECT` on a free loopback port: {process, server (its origin)}.
export async function startServe(projectPath) {
  const serve = spawn(cli, ['serve', projectPath, '--port', '0', '--access-log', 'off'], { stdio: ['ignore', 'ignore', 'pipe'] });
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
  return { process: serve, server: `http://127.0.0.1:${port}` };
}

// A static server on a free loopback port for host pages: `files` maps a path to
// {type, body, headers}; a function body is called with the request. Returns {origin, close}.
export async function startHost(files) {
  const host = createServer((req, res) => {
    const file = files.get(req.url.split('?')[0]);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store', ...(file.headers ?? {}) });
    res.end(typeof file.body === 'function' ? file.body(req) : file.body);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${host.address().port}`, close: () => host.close() };
}
