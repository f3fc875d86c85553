// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Verifies tokens that Dashwright minted, with Node's `jose` and the keys Dashwright exported.
// stdin: [{token, alg, jwk, sealJwk?, issuer, audience}]  stdout: [{ok, payload?, header?, error?}]
import * as jose from 'jose';

const input = JSON.parse(await new Response(process.stdin).text());
const results = [];
for (const c of input) {
    try {
        let token = c.token;
        if (c.sealJwk) {
            const secret = await jose.importJWK(c.sealJwk, 'A256GCM');
            const { plaintext, protectedHeader } = await jose.compactDecrypt(token, secret);
            if (protectedHeader.cty !== 'JWT' || protectedHeader.alg !== 'dir')
                throw new Error('unexpected JWE header ' + JSON.stringify(protectedHeader));
            token = new TextDecoder().decode(plaintext);
        }
        const key = await jose.importJWK(c.jwk, c.alg);
        const { payload, protectedHeader } = await jose.jwtVerify(token, key, {
            algorithms: [c.alg],
            issuer: c.issuer,
            audience: c.audience,
            typ: 'JWT',
            requiredClaims: ['exp', 'iat', 'nbf', 'jti', 'sub'],
        });
        results.push({ ok: true, payload, header: protectedHeader });
    } catch (e) {
        results.push({ ok: false, error: String(e && e.code ? e.code + ': ' + e.message : e) });
    }
}
process.stdout.write(JSON.stringify(results));
