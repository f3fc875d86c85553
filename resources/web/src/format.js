// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Number formats in the project file's numeral.js-like notation ("0,0.00", "$0,0", "0.0%",
// "0.0 kg"), read exactly as the designer's NumberFormatter (models/document/numberformatter.cpp)
// reads them, so a KPI shows the same text in the page as in the designer. Our own few lines
// rather than numeral.js: the notation is a small subset, Intl.NumberFormat does the locale's
// digits and separators, and numeral.js would add a dependency (and its own locale tables) to the
// bundle for nothing more.

const isPlaceholder = (c) => c === '0' || c === '#';

export function parsePattern(pattern) {
  const p = typeof pattern === 'string' ? pattern : '';
  let first = -1;
  let last = -1;
  for (let i = 0; i < p.length; ++i) {
    if (isPlaceholder(p[i])) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) {
    // No digits at all: a label before an automatic number, as the designer does.
    return { prefix: p, suffix: '', decimals: -1, grouped: true, percent: false };
  }
  const core = p.slice(first, last + 1);
  const point = core.indexOf('.');
  const prefix = p.slice(0, first);
  const suffix = p.slice(last + 1);
  return {
    prefix,
    suffix,
    decimals: point < 0 ? 0 : core.length - point - 1,
    grouped: core.includes(','),
    percent: prefix.includes('%') || suffix.includes('%'),
  };
}

// One formatter per (pattern, locale): Intl.NumberFormat objects are costly to build and a table
// formats hundreds of cells.
export function numberFormatter(pattern, locale) {
  const spec = parsePattern(pattern);
  const cache = new Map();
  const intl = (decimals) => {
    let f = cache.get(decimals);
    if (!f) {
      f = new Intl.NumberFormat(locale || undefined, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        useGrouping: spec.grouped,
      });
      cache.set(decimals, f);
    }
    return f;
  };
  return (value) => {
    if (value === null || value === undefined) return '\u2014';
    if (typeof value !== 'number') return String(value);
    if (!Number.isFinite(value)) return '\u2014';
    const v = spec.percent ? value * 100 : value;
    const decimals = spec.decimals >= 0 ? spec.decimals : Number.isInteger(v) ? 0 : 2;
    return spec.prefix + intl(decimals).format(v) + spec.suffix;
  };
}
