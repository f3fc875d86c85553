// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The iframe variant's host-page script (dashwright-frame-host.js, served at
// /embed/v1/dashwright-frame-host.js): what `dashwright snippet --format iframe` loads, so that a
// host page answers its dashboard frames with no inline script of its own (a strict CSP needs
// only `script-src SERVER`). A classic script: the pages that take the iframe variant are the
// ones that cannot load a module. docs/embed.md ("The iframe variant") is the protocol.
//
// For every <iframe> of the page whose src is a frame page of this script's own server
// (ORIGIN/…/embed/v1/dashboards/{id}/frame):
// - a {type: 'dashwright:token-request'} from that iframe's window, from the server's origin, is
//   answered with {type: 'dashwright:token', token}, posted to the server's origin only; the token
//   comes from the iframe's data-token-url (the host's back end, {"token": "…"});
// - {type: 'dashwright:resize', height} sets the iframe's height;
// - {type: 'dashwright:event', name, detail} is dispatched on the iframe as a CustomEvent.
// The iframe is looked up among the page's current iframes on each message, so frames a
// single-page application adds later are served the same, and a removed one no longer is.
(() => {
  const script = document.currentScript;
  if (!script?.src) {
    console.error('Dashwright: dashwright-frame-host.js must be loaded by a <script src> (not as a module)');
    return;
  }
  const scriptUrl = new URL(script.src);
  const serverOrigin = scriptUrl.origin;
  // A proxy may mount the server under a path: the frames are under the same one as this script.
  const base = scriptUrl.pathname.replace(/\/embed\/v1\/[^/]*$/, '');

  // Once per server and page: two snippets on one page load this script twice, and two listeners
  // would fetch two tokens for each request.
  const loaded = (window[Symbol.for('dashwright.frameHost')] ??= new Set());
  if (loaded.has(serverOrigin + base)) return;
  loaded.add(serverOrigin + base);

  function isDashboardFrame(iframe) {
    let url;
    try {
      url = new URL(iframe.src, document.baseURI);
    } catch {
      return false;
    }
    if (url.origin !== serverOrigin || !url.pathname.startsWith(`${base}/embed/v1/dashboards/`)) return false;
    return /^[^/]+\/frame\/?$/.test(url.pathname.slice(base.length + '/embed/v1/dashboards/'.length));
  }

  // The page's iframe whose window posted, when it is one of this server's dashboard frames.
  function frameOf(source) {
    if (!source) return null;
    for (const iframe of document.getElementsByTagName('iframe')) {
      if (iframe.contentWindow === source) return isDashboardFrame(iframe) ? iframe : null;
    }
    return null;
  }

  // One fetch at a time per frame: the frame sends its request again while it waits (1, 2, 4,
  // 8 s), and one answer settles all its waiting requests.
  const pending = new WeakMap();

  async function fetchToken(frame) {
    const tokenUrl = frame.getAttribute('data-token-url');
    if (!tokenUrl) throw new Error(`the iframe ${frame.id ? `#${frame.id} ` : ''}has no data-token-url`);
    const answer = await fetch(tokenUrl, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    if (!answer.ok) throw new Error(`${tokenUrl} answered ${answer.status}`);
    const body = await answer.json();
    if (typeof body?.token !== 'string' || body.token.length === 0)
      throw new Error(`${tokenUrl} answered no {"token": "…"}`);
    return body.token;
  }

  function answerTokenRequest(frame) {
    if (pending.has(frame)) return;
    const request = fetchToken(frame)
      .then((token) => {
        // To the server's origin only: if the frame was navigated elsewhere meanwhile, the
        // browser drops the message rather than hand the token to another site.
        frame.contentWindow?.postMessage({ type: 'dashwright:token', token }, serverOrigin);
      })
      .catch((error) => console.error('Dashwright:', error.message, '(the frame asks again)'))
      .finally(() => pending.delete(frame));
    pending.set(frame, request);
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== serverOrigin) return;
    const data = event.data;
    if (data === null || typeof data !== 'object' || typeof data.type !== 'string') return;
    if (!data.type.startsWith('dashwright:')) return;
    const frame = frameOf(event.source);
    if (!frame) return;
    if (data.type === 'dashwright:token-request') {
      answerTokenRequest(frame);
    } else if (data.type === 'dashwright:resize') {
      if (typeof data.height === 'number' && Number.isFinite(data.height) && data.height >= 0)
        frame.height = String(Math.ceil(data.height)); // as tall as the dashboard needs
    } else if (data.type === 'dashwright:event') {
      // dashwright-load, dashwright-error, dashwright-token-refresh, dashwright-filter-change:
      // only the element's own event names, never a name like 'click' for the page to act on.
      if (typeof data.name === 'string' && /^dashwright-[a-z-]+$/.test(data.name))
        frame.dispatchEvent(new CustomEvent(data.name, { detail: data.detail ?? null }));
    }
  });
})();
