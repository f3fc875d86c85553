// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Bundles src/index.js into one minified ES module, dashwright-embed.js, for `dashwright serve`
// to answer at /embed/v1/dashwright-embed.js.
//
//   node build.mjs [OUTPUT_FILE]     (default: dist/dashwright-embed.js)
//
// The output depends only on the sources and the locked packages (esbuild is deterministic), so
// the same commit gives the same bytes and the same Subresource Integrity hash everywhere.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = resolve(process.argv[2] ?? resolve(here, 'dist/dashwright-embed.js'));
const version = JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')).version;
const lockVersion = (name) =>
  JSON.parse(readFileSync(resolve(here, 'package-lock.json'), 'utf8')).packages[`node_modules/${name}`].version;

const banner = `/*! dashwright-embed.js ${version} | <dashwright-dashboard> for Dashwright | GPL-3.0-or-later
 * Bundles Lit ${lockVersion('lit')} (BSD-3-Clause, Google LLC) and Chart.js ${lockVersion('chart.js')} (MIT, Chart.js
 * Contributors) with @kurkle/color (MIT); their license comments follow at the end of the file. */`;

await build({
  entryPoints: [resolve(here, 'src/index.js')],
  outfile,
  bundle: true,
  format: 'esm',
  minify: true,
  // What the browsers of the last few years run natively: class fields, optional chaining, ??=.
  target: ['es2021'],
  platform: 'browser',
  // Lit's and Chart.js's production builds (the "development" export condition is not set).
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: { js: banner },
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
});
console.log(outfile);
