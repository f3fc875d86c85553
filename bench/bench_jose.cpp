// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Token throughput per algorithm on one core: whole tokens (claims validated against the demo
// project, registered claims, JSON, base64url, signature; verification with every RFC 8725 check)
// and the bare JWS signature, which bench/compare_jose.sh sets beside `openssl speed`.
#include "access/tokenservice.h"
#include "common/strictjson.h"
#include "crypto/jws.h"
#include "crypto/keymaterial.h"
#include "demo/demodocument.h"
#include "document/claimsvalidator.h"

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

struct Fixture
{
    Project project = DemoDocument::build();
    Keystore keystore;
    nlohmann::ordered_json claims;
    QString kids[4]; // HS256, ES256, EdDSA, A256GCM

    Fixture()
    {
        // The demo's first tenant profile: what an integrator's backend mints per login.
        for (const TenantProfile &tenant : project.tenants) {
            if (!tenant.claims.contains("account_overrides")) {
                claims = tenant.claims;
                break;
            }
        }
        int i = 0;
        for (KeyAlgorithm algorithm : {KeyAlgorithm::HS256, KeyAlgorithm::ES256,
                                       KeyAlgorithm::EdDSA, KeyAlgorithm::A256GCM}) {
            const SigningKey key = KeyMaterial::generate(algorithm, nullptr)->toSigningKey();
            keystore.addSigningKey(key, nullptr);
            kids[i++] = key.kid;
        }
    }

    KeyMaterial material(int index) const
    {
        return *KeyMaterial::fromSigningKey(*keystore.signingKey(kids[index]), nullptr);
    }
};

const Fixture &fixture()
{
    static const Fixture f;
    return f;
}

// range(0): 0 HS256, 1 ES256, 2 EdDSA, 3 sealed (HS256 inside A256GCM).
void setLabel(benchmark::State &state)
{
    static const char *names[] = {"HS256", "ES256", "EdDSA", "sealed"};
    state.SetLabel(names[state.range(0)]);
}

void BM_TokenSign(benchmark::State &state)
{
    const Fixture &f = fixture();
    const bool sealed = state.range(0) == 3;
    const KeyMaterial signer = f.material(sealed ? 0 : int(state.range(0)));
    const KeyMaterial sealer = f.material(3);
    TokenIssuer::Options options;
    options.sealed = sealed;
    QString error;
    for (auto _ : state) {
        auto token = TokenIssuer::issue(f.claims, f.project, signer, &sealer, options, &error);
        if (!token) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        benchmark::DoNotOptimize(token);
    }
    state.SetItemsProcessed(state.iterations());
    setLabel(state);
}

// Through the keystore path (keys looked up and imported per token), as the CLI mints.
void BM_TokenSignKeystore(benchmark::State &state)
{
    const Fixture &f = fixture();
    TokenIssuer::Options options;
    options.sealed = state.range(0) == 3;
    options.kid = f.kids[options.sealed ? 0 : state.range(0)];
    QString error;
    for (auto _ : state) {
        auto token = TokenIssuer::issue(f.claims, f.project, f.keystore, options, &error);
        if (!token) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        benchmark::DoNotOptimize(token);
    }
    state.SetItemsProcessed(state.iterations());
    setLabel(state);
}

void BM_TokenVerify(benchmark::State &state)
{
    const Fixture &f = fixture();
    TokenIssuer::Options options;
    options.sealed = state.range(0) == 3;
    options.kid = f.kids[options.sealed ? 0 : state.range(0)];
    QString error;
    const QByteArray token = *TokenIssuer::issue(f.claims, f.project, f.keystore, options, &error);
    const TokenVerifier verifier(f.project, f.keystore);
    for (auto _ : state) {
        auto verified = verifier.verify(token, &error);
        if (!verified) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        benchmark::DoNotOptimize(verified);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["token_bytes"] = double(token.size());
    setLabel(state);
}

// The bare signature over a token's signing input: the primitive `openssl speed` measures, plus
// the JWS encoding (DER to R‖S for ES256).
void BM_JwsSignature(benchmark::State &state)
{
    const Fixture &f = fixture();
    const KeyMaterial key = f.material(int(state.range(0)));
    TokenIssuer::Options options;
    options.kid = key.kid();
    QString error;
    const QByteArray token = *TokenIssuer::issue(f.claims, f.project, f.keystore, options, &error);
    const QByteArray input = token.left(token.lastIndexOf('.'));
    for (auto _ : state)
        benchmark::DoNotOptimize(Jws::signature(input, key, &error));
    state.SetItemsProcessed(state.iterations());
    state.counters["input_bytes"] = double(input.size());
    setLabel(state);
}

void BM_JwsVerify(benchmark::State &state)
{
    const Fixture &f = fixture();
    const KeyMaterial key = f.material(int(state.range(0)));
    TokenIssuer::Options options;
    options.kid = key.kid();
    QString error;
    const QByteArray token = *TokenIssuer::issue(f.claims, f.project, f.keystore, options, &error);
    const auto parsed = Jws::parse(token, &error);
    for (auto _ : state)
        benchmark::DoNotOptimize(Jws::verify(*parsed, key, &error));
    state.SetItemsProcessed(state.iterations());
    setLabel(state);
}

// Where a token's time goes besides the signature: the claims checked against the project, and
// the claims parsed with duplicate names refused.
void BM_ClaimsValidate(benchmark::State &state)
{
    const Fixture &f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(ClaimsValidator::validate(f.claims, f.project, u"claims"_s,
                                                           ClaimsValidator::Secrets::Refuse));
    state.SetItemsProcessed(state.iterations());
}

void BM_StrictJsonParse(benchmark::State &state)
{
    const std::string text = fixture().claims.dump();
    for (auto _ : state)
        benchmark::DoNotOptimize(
                parseStrictJson(QByteArrayView(text.data(), qsizetype(text.size())), nullptr));
    state.SetItemsProcessed(state.iterations());
    state.counters["bytes"] = double(text.size());
}

} // namespace

BENCHMARK(BM_ClaimsValidate);
BENCHMARK(BM_StrictJsonParse);
BENCHMARK(BM_TokenSign)->DenseRange(0, 3);
BENCHMARK(BM_TokenSignKeystore)->DenseRange(0, 3);
BENCHMARK(BM_TokenVerify)->DenseRange(0, 3);
BENCHMARK(BM_JwsSignature)->DenseRange(0, 2);
BENCHMARK(BM_JwsVerify)->DenseRange(0, 2);
