// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the page may know about a token without verifying it: the `exp` of a signed token (JWS,
// three parts), read only to schedule a refresh before it runs out. The server decides validity;
// a wrong or missing `exp` here only moves the refresh to the server's 401 token_expired. Sealed
// tokens (JWE, five parts) are opaque to the page by design. And the token-url attribute's way of
// getting one.

function base64UrlDecode(part) {
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

// Seconds since the epoch, or null when the token does not say (sealed, malformed, no exp).
export function tokenExpiry(token) {
  if (typeof token !== 'string') return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const claims = JSON.parse(base64UrlDecode(parts[1]));
    return typeof claims?.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp : null;
  } catch {
    return null;
  }
}

// How long before exp to fetch the next token: a margin for clock skew between the viewer's
// machine and the server, and for the provider's own round trip. Short tokens (a minute or less)
// refresh at two thirds of their remaining life instead, so a 20-second token is not refreshed
// in a tight loop.
export const refreshMarginSeconds = 30;

export function refreshDelayMs(exp, nowMs = Date.now()) {
  if (exp === null) return null;
  const remaining = exp * 1000 - nowMs;
  if (remaining <= 0) return 0;
  const margin = Math.min(refreshMarginSeconds * 1000, remaining / 3);
  return Math.max(0, remaining - margin);
}

// Backoff for a failing token provider: 1 s, 2 s, 4 s … at most 30 s, with jitter so a page with
// many elements (or many viewers after an outage) does not retry in lockstep.
export function backoffMs(attempt) {
  const base = Math.min(30000, 1000 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

// The built-in token provider of token-url: the page's own back end answers a GET of that URL,
// with the viewer's session cookie (same origin only), with {"token": "…"}. A page that needs no
// script of its own stays free of inline script under a strict CSP.
export async function fetchUrlToken(url) {
  let response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    });
  } catch (e) {
    throw new Error(`cannot reach it: ${e.message}`);
  }
  if (response.status !== 200) throw new Error(`it answered ${response.status}`);
  let json;
  try {
    json = await response.json();
  } catch {
    throw new Error('its answer is not JSON');
  }
  if (typeof json?.token !== 'string' || json.token.length === 0) throw new Error('its answer has no "token"');
  return json.token;
}
