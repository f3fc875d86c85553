// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Mints tokens with Node's `jose` for Dashwright to verify: the same claims, signed with the
// private JWKs Dashwright exported, sealed (nested JWT in dir/A256GCM) when a sealing key is given.
// stdin: [{alg, jwk, claims, issuer, audience, subject, sealJwk?}]  stdout: [token]
import * as jose from 'jose';
// Node 18 (Debian 12) has no global crypto in modules; node:crypto's webcrypto works everywhere.
import { webcrypto as crypto } from 'node:crypto';

const input = JSON.parse(await new Response(process.stdin).text());
const tokens = [];
for (const c of input) {
    const key = await jose.importJWK(c.jwk, c.alg);
    let token = await new jose.SignJWT(c.claims)
        .setProtectedHeader({ alg: c.alg, typ: 'JWT', kid: c.jwk.kid })
        .setIssuer(c.issuer)
        .setAudience(c.audience)
        .setSubject(c.subject)
        .setIssuedAt()
        .setNotBefore('0s')
        .setExpirationTime('1h')
        .setJti(jose.base64url.encode(crypto.getRandomValues(new Uint8Array(16))))
        .sign(key);
    if (c.sealJwk) {
        const secret = await jose.importJWK(c.sealJwk, 'A256GCM');
        token = await new jose.CompactEncrypt(new TextEncoder().encode(token))
            .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: 'JWT', kid: c.sealJwk.kid })
            .encrypt(secret);
    }
    tokens.push(token);
}
process.stdout.write(JSON.stringify(tokens));
