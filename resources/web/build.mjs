// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Bundles src/index.js into one minified ES module, dashwright-embed.js, for `dashwright serve`
// to answer at /embed/v1/dashwright-embed.js; and src/frame.js, the iframe variant's script, into
// dashwright-frame.js beside it (/embed/v1/dashwright-frame.js), which imports the former at run
// time rather than holding a second copy of Lit and Chart.js; and src/framehost.js, the script a
// host page loads to answer its dashboard frames, into dashwright-frame-host.js
// (/embed/v1/dashwright-frame-host.js), a classic script (IIFE) with no import.
//
//   node build.mjs [OUTPUT_FILE]     (default: dist/dashwright-embed.js; the other two beside it)
//
// The output depends only on the sources and the locked packages (esbuild is deterministic), so
// the same commit gives the same bytes and the same Subresource Integrity hash everywhere.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = resolve(process.argv[2] ?? resolve(here, 'dist/dashwright-embed.js'));
const version = JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')).version;
const lockVersion = (name) =>
  JSON.parse(readFileSync(resolve(here, 'package-lock.json'), 'utf8')).packages[`node_modules/${name}`].version;

const banner = `/*! dashwright-embed.js ${version} | <dashwright-dashboard> for Dashwright | GPL-3.0-or-later
 * Bundles Lit ${lockVersion('lit')} (BSD-3-Clause, Google LLC) and Chart.js ${lockVersion('chart.js')} (MIT, Chart.js
 * Contributors) with @kurkle/color (MIT); their license comments follow at the end of the file. */`;

const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  // What the browsers of the last few years run natively: class fields, optional chaining, ??=.
  target: ['es2021'],
  platform: 'browser',
  charset: 'utf8',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: [resolve(here, 'src/index.js')],
  outfile,
  // Lit's and Chart.js's production builds (the "development" export condition is not set).
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: { js: banner },
  legalComments: 'eof',
});
console.log(outfile);

const frameFile = join(dirname(outfile), 'dashwright-frame.js');
await build({
  ...common,
  entryPoints: [resolve(here, 'src/frame.js')],
  outfile: frameFile,
  // The runtime stays a module of its own, imported from beside the frame script.
  external: ['./dashwright-embed.js'],
  banner: { js: `/*! dashwright-frame.js ${version} | the iframe variant of <dashwright-dashboard> | GPL-3.0-or-later */` },
});
console.log(frameFile);

const hostFile = join(dirname(outfile), 'dashwright-frame-host.js');
await build({
  ...common,
  entryPoints: [resolve(here, 'src/framehost.js')],
  outfile: hostFile,
  // A classic script: the host pages of the iframe variant are those that load no module.
  format: 'iife',
  banner: { js: `/*! dashwright-frame-host.js ${version} | answers the iframe variant's frames on the host page | GPL-3.0-or-later */` },
});
console.log(hostFile);
