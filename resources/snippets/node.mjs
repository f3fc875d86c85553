// Dashwright: tokens for the dashboard "{{{dashboard_title}}}" of {{{project_name}}}.
{{#tenant}}
// The viewer's values come from the tenant profile "{{{tenant}}}".
{{/tenant}}
{{#template}}
// A template: the viewer's values below are samples marked TODO; fill them from your logged-in user.
{{/template}}
//
// Your back end gives each logged-in user a short-lived token for the embed server; the page's
// <dashwright-dashboard token-url="/dashwright-token"> asks for one, and again before it expires.
{{#sign}}
// It signs the token itself, with the key {{kid}} ({{alg}}) from the project's keystore:
//   npm install jose
//   export DASHWRIGHT_SIGNING_KEY="$(dashwright keys export {{{project_file}}} --kid {{kid}} --jwk --private)"
{{#sealed}}
//   export DASHWRIGHT_SEALING_KEY="$(dashwright keys export {{{project_file}}} --kid {{sealing_kid}} --jwk --private)"
{{/sealed}}
{{/sign}}
{{#api}}
// It asks the embed server for the token (POST /api/v1/authorizations) with an API key, so it
// holds no signing key; Node.js 18 or later, nothing to install:
//   export DASHWRIGHT_API_KEY_ID=dwk_... DASHWRIGHT_API_KEY_SECRET=...   # dashwright keys api-key create {{{project_file}}} --name NAME shows both
{{/api}}
//   node dashwright-token.mjs           serves index.html (the html snippet) and GET /dashwright-token on {{{page_origin}}}
//   node dashwright-token.mjs --print   prints one token and exits
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
{{#sign}}
import { randomUUID } from 'node:crypto';
import { {{#sealed}}CompactEncrypt, {{/sealed}}SignJWT, importJWK } from 'jose';
{{/sign}}

const server = process.env.DASHWRIGHT_SERVER ?? {{{server_string}}};
const expiresInSeconds = {{expires_in}}; // short: the page asks for a new token before this runs out

// What the token grants one viewer (the authorization claims).
function claimsFor(viewer) {
  return {{{claims}}};
}

{{#sign}}
function environment(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (see the top of this file)`);
  return value;
}
const signingJwk = JSON.parse(environment('DASHWRIGHT_SIGNING_KEY'));
const signingKey = await importJWK(signingJwk, signingJwk.alg);
{{#sealed}}
const sealingJwk = JSON.parse(environment('DASHWRIGHT_SEALING_KEY'));
const sealingKey = await importJWK(sealingJwk, 'A256GCM');
{{/sealed}}

export async function dashwrightToken(viewer) {
  const claims = claimsFor(viewer);
  const now = Math.floor(Date.now() / 1000);
  let token = await new SignJWT(claims)
    .setProtectedHeader({ alg: signingJwk.alg, typ: 'JWT', kid: signingJwk.kid })
    .setIssuer({{{issuer_string}}}) // this project
    .setAudience('dashwright-embed')
    .setSubject(claims.suborganization ?? claims.username ?? 'anonymous')
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + expiresInSeconds)
    .setJti(randomUUID()) // lets `dashwright token revoke` name this one token
    .sign(signingKey);
{{#sealed}}
  // Sealed: the signed token inside a JWE, so the page cannot read its claims.
  token = await new CompactEncrypt(new TextEncoder().encode(token))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: 'JWT', kid: sealingJwk.kid })
    .encrypt(sealingKey);
{{/sealed}}
  return { token, expires_at: new Date((now + expiresInSeconds) * 1000).toISOString() };
}
{{/sign}}
{{#api}}
export async function dashwrightToken(viewer) {
  const id = process.env.DASHWRIGHT_API_KEY_ID;
  const secret = process.env.DASHWRIGHT_API_KEY_SECRET;
  if (!id || !secret) throw new Error('DASHWRIGHT_API_KEY_ID and DASHWRIGHT_API_KEY_SECRET are not set');
  const answer = await fetch(`${server}/api/v1/authorizations?expires_in=${expiresInSeconds}{{#sealed}}&sealed=true{{/sealed}}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
    },
    body: JSON.stringify(claimsFor(viewer)),
  });
  if (answer.status !== 201) throw new Error(`the embed server answered ${answer.status}: ${await answer.text()}`);
  const { token, expires_at } = await answer.json();
  return { token, expires_at };
}
{{/api}}

// Who is asking. Replace this with your session's logged-in user, and answer 401 when there is
// none: a token is only for a user your application has authenticated.
function currentViewer(request) {
  return {{{viewer}}};
}

if (process.argv.includes('--print')) {
  console.log((await dashwrightToken(currentViewer(null))).token);
} else {
  const port = Number(process.env.PORT ?? {{page_port}});
  // The page loads the component from the embed server and talks only to it and to this server.
  // frame-src for the iframe snippet's frame, when index.html holds that one instead.
  // A CSP source with a path matches only that path: name the server's origin.
  const origin = new URL(server).origin;
  const csp = `default-src 'none'; script-src ${origin}; connect-src 'self' ${origin}; frame-src ${origin}; style-src 'self'; img-src 'self'`;
  createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    try {
      if (request.method === 'GET' && path === '/dashwright-token') {
        const answer = await dashwrightToken(currentViewer(request));
        response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        response.end(JSON.stringify(answer));
      } else if (request.method === 'GET' && (path === '/' || path === '/index.html')) {
        const page = await readFile(new URL('./index.html', import.meta.url));
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
        response.end(page);
      } else if (path === '/favicon.ico') {
        response.writeHead(204).end(); // no icon, and no 404 in the browser's console for it
      } else {
        response.writeHead(404).end();
      }
    } catch (error) {
      console.error(`${request.method} ${path}: ${error.message}`);
      response.writeHead(500, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: 'token_failed' }));
    }
  }).listen(port, '127.0.0.1', () => console.log(`open http://localhost:${port}/`));
}
