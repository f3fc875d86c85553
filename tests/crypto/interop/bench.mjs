// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Node's `jose` minting and verifying the same claims as bench/bench_jose.cpp, for
// bench/compare_jose.sh. argv: SECONDS; stdout: one "name ops_per_second" line per case.
import * as jose from 'jose';
// Node 18 (Debian 12) has no global crypto in modules; node:crypto's webcrypto works everywhere.
import { webcrypto as crypto } from 'node:crypto';

const seconds = Number(process.argv[2] || 2);
const claims = JSON.parse(process.env.DASHWRIGHT_BENCH_CLAIMS || '{}');
const options = { issuer: 'dashwright:00000000-0000-4000-8000-000000000001', audience: 'dashwright-embed' };

async function rate(fn) {
    const end = performance.now() + seconds * 1000;
    let n = 0;
    while (performance.now() < end) {
        for (let i = 0; i < 100; ++i)
            await fn();
        n += 100;
    }
    return n / seconds;
}

async function sign(alg, key, kid) {
    return new jose.SignJWT(claims)
        .setProtectedHeader({ alg, typ: 'JWT', kid })
        .setIssuer(options.issuer).setAudience(options.audience).setSubject('Farolito')
        .setIssuedAt().setNotBefore('0s').setExpirationTime('1h')
        .setJti('AAAAAAAAAAAAAAAAAAAAAA')
        .sign(key);
}

const es = await jose.generateKeyPair('ES256');
const ed = await jose.generateKeyPair('EdDSA', { crv: 'Ed25519' });
const hs = crypto.getRandomValues(new Uint8Array(32));
const cases = [
    ['HS256', hs, hs],
    ['ES256', es.privateKey, es.publicKey],
    ['EdDSA', ed.privateKey, ed.publicKey],
];
for (const [alg, signKey, verifyKey] of cases) {
    const token = await sign(alg, signKey, 'k');
    console.log(`${alg}_sign ${(await rate(() => sign(alg, signKey, 'k'))).toFixed(0)}`);
    console.log(`${alg}_verify ${(await rate(() => jose.jwtVerify(token, verifyKey, { ...options, algorithms: [alg] }))).toFixed(0)}`);
}
const secret = crypto.getRandomValues(new Uint8Array(32));
const sealKey = hs;
const seal = async () => new jose.CompactEncrypt(new TextEncoder().encode(await sign('HS256', sealKey, 'k')))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: 'JWT', kid: 's' }).encrypt(secret);
const sealed = await seal();
console.log(`sealed_sign ${(await rate(seal)).toFixed(0)}`);
console.log(`sealed_verify ${(await rate(async () => {
    const { plaintext } = await jose.compactDecrypt(sealed, secret);
    return jose.jwtVerify(new TextDecoder().decode(plaintext), sealKey, { ...options, algorithms: ['HS256'] });
})).toFixed(0)}`);
