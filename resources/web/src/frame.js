// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The iframe variant's script (dashwright-frame.js), run by the page the server answers at
// /embed/v1/dashboards/{id}/frame: one <dashwright-dashboard> filling the frame, for a host page
// that cannot load a module. docs/embed.md ("The iframe variant") is the host's side.
//
// Trust: the parent window, and only while its origin is one of the project's embed origins (the
// page's <meta name="dashwright-embed-origins">; the same list is the page's CSP frame-ancestors,
// so the browser refuses to show the page in any other). The token comes from the parent by
// postMessage, answering {type: 'dashwright:token-request'}; it never goes into a URL, and never
// back out of the frame. The element's events go to the parent as {type: 'dashwright:event'}.
//
// The element comes from the runtime beside this file (/embed/v1/dashwright-embed.js), imported
// at run time, not bundled twice: build.mjs keeps the import external.
import './dashwright-embed.js';

// How long a token request waits for the parent; it is sent again meanwhile (1, 2, 4, 8 s), in
// case the host's listener was not there yet when the frame first asked. The element retries a
// failed provider with its own backoff.
const tokenTimeoutMs = 15000;
const resendDelaysMs = [1000, 2000, 4000, 8000];

const forwardedEvents = ['dashwright-load', 'dashwright-error', 'dashwright-token-refresh', 'dashwright-filter-change'];

// The dashboard id and the server's base URL (a proxy may mount the server under a path) from this
// page's own address: nothing of the request is written into the page.
const match = /^(.*)\/embed\/v1\/dashboards\/([^/]+)\/frame\/?$/.exec(location.pathname);
const dashboard = match ? decodeURIComponent(match[2]) : '';
const server = match ? location.origin + match[1] : location.origin;

const allowed = new Set(
  (document.querySelector('meta[name="dashwright-embed-origins"]')?.content ?? '').split(/\s+/).filter((o) => o),
);
// The parent's origin, once a valid message from it came; before that, messages go to each allowed
// origin (postMessage delivers to the one that is the parent's, if any, and drops the rest).
let parentOrigin = null;

function postToParent(message) {
  for (const origin of parentOrigin ? [parentOrigin] : allowed) window.parent.postMessage(message, origin);
}

// Token requests waiting for an answer; one answer settles all of them (the element asks again
// when it needs another).
const waiting = new Set();

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || event.source === window) return;
  if (!allowed.has(event.origin) || (parentOrigin !== null && event.origin !== parentOrigin)) return;
  const data = event.data;
  if (data === null || typeof data !== 'object' || data.type !== 'dashwright:token') return;
  if (typeof data.token !== 'string' || data.token.length === 0) return;
  parentOrigin = event.origin;
  for (const w of waiting) w.resolve(data.token);
});

function requestToken() {
  return new Promise((resolve, reject) => {
    const timers = [];
    const entry = {
      resolve: (token) => {
        settle();
        resolve(token);
      },
    };
    const settle = () => {
      waiting.delete(entry);
      timers.forEach(clearTimeout);
    };
    const ask = () => postToParent({ type: 'dashwright:token-request', dashboard });
    waiting.add(entry);
    ask();
    for (const delay of resendDelaysMs) timers.push(setTimeout(ask, delay));
    timers.push(
      setTimeout(() => {
        settle();
        reject(new Error('the host page did not answer the token request'));
      }, tokenTimeoutMs),
    );
  });
}

// Only what survives JSON goes out (a Date becomes its ISO text); the details carry no token.
function forward(name, detail) {
  let plain = null;
  try {
    plain = detail === undefined ? null : JSON.parse(JSON.stringify(detail));
  } catch {
    plain = null;
  }
  postToParent({ type: 'dashwright:event', name, detail: plain });
}

const sheet = new CSSStyleSheet();
sheet.replaceSync('html, body { margin: 0; padding: 0; background: transparent; } .dashwright-frame-note { font: 14px sans-serif; padding: 1rem; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

if (window.parent === window || !match) {
  // Opened on its own: there is no host page to ask for a token.
  const note = document.createElement('p');
  note.className = 'dashwright-frame-note';
  note.textContent = 'This page shows a Dashwright dashboard inside another site\u2019s page (an iframe).';
  document.body.append(note);
} else {
  const el = document.createElement('dashwright-dashboard');
  // Display options from the frame's query string; values are set as attributes, never as markup.
  const query = new URLSearchParams(location.search);
  for (const name of ['locale', 'theme', 'page-size']) {
    const value = query.get(name);
    if (value !== null) el.setAttribute(name, value);
  }
  el.tokenProvider = requestToken;
  for (const name of forwardedEvents) el.addEventListener(name, (e) => forward(name, e.detail));
  el.setAttribute('server', server);
  el.setAttribute('dashboard-id', dashboard);
  document.body.append(el);
  // The host sizes the iframe; it is told the height the dashboard needs.
  let lastHeight = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    postToParent({ type: 'dashwright:resize', height });
  }).observe(el);
}
