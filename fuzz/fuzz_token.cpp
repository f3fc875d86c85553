// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Compact JWS and JWE from the outside world: parsed, verified and decrypted with every key of
// the fixture keystore and Wycheproof's HS256/ES256 keys, then the whole token path (TokenVerifier
// and Viewer::token, which validates the claims against the demo project) at the corpus's clock.
#include "common/fuzzsupport.h"

#include "access/tokenservice.h"
#include "access/viewer.h"
#include "crypto/jwe.h"
#include "crypto/jws.h"
#include "crypto/keymaterial.h"

#include <cstdio>
#include <vector>

using namespace Dashwright;

namespace {

// Wycheproof's JWS test keys (C2SP/wycheproof, Apache-2.0: fuzz/corpus/README.md): the keys the
// committed Wycheproof vectors verify with, so that mutations of them reach the signature check.
constexpr const char *wycheproofKeys[] = {
        R"({"alg":"HS256","use":"sig","k":"-ebuDNsVZ2iJtoZ-akfXTSCt4UO2cruLCsbWlBinggE","kid":"kid-aes-sign","kty":"oct"})",
        R"({"alg":"ES256","use":"sig","x":"04N0xi21hshyvBp7I167sbE_bXqyqkAPfefdklMO7wY","y":"UI8exy-C06a7DUnjIdENkxeFtHM4-l_41LqEw9nVgmw","crv":"P-256","kid":"kid-ec-sign","kty":"EC"})",
        R"({"kty":"oct","kid":"hs256-key","use":"sig","alg":"HS256","k":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})",
};

struct Keys
{
    std::vector<KeyMaterial> all;
};

const Keys &keys()
{
    static const Keys made = [] {
        Keys k;
        for (const SigningKey &key : Fuzz::demo().keystore.signingKeys()) {
            QString error;
            auto material = KeyMaterial::fromSigningKey(key, &error);
            Fuzz::require(material.has_value(), "fixture keystore key imports");
            k.all.push_back(std::move(*material));
        }
        for (const char *jwk : wycheproofKeys) {
            QString error;
            auto material = KeyMaterial::fromJwk(nlohmann::ordered_json::parse(jwk), &error);
            Fuzz::require(material.has_value(), "Wycheproof key imports");
            k.all.push_back(std::move(*material));
        }
        return k;
    }();
    return made;
}

void verifyJws(QByteArrayView compact)
{
    QString error;
    const auto jws = Jws::parse(compact, &error);
    if (!jws)
        return;
    for (const KeyMaterial &key : keys().all)
        Jws::verify(*jws, key, &error);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    keys();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const Fuzz::Demo &demo = Fuzz::demo();

    verifyJws(input);

    QString error;
    if (const auto jwe = Jwe::parse(input, &error)) {
        for (const KeyMaterial &key : keys().all) {
            if (const auto plaintext = Jwe::decrypt(*jwe, key, &error))
                verifyJws(*plaintext);
        }
    }

    // A verifier per input: its key cache is filled by the kids inputs name.
    TokenVerifier verifier(demo.project, demo.keystore);
    verifier.setClock(&Fuzz::corpusClock);
    bool expired = false;
    const bool verified
            = verifier.verify(input, &error, TokenVerifier::Expiry::Enforce, &expired).has_value();
    if (Fuzz::verbose())
        std::fprintf(stderr, "token: %s\n", verified ? "verified" : qPrintable(error));
    verifier.verify(input, &error, TokenVerifier::Expiry::Ignore);
    if (const auto viewer = Viewer::token(demo.project, verifier, input, &error, &expired)) {
        viewer->name();
        viewer->expiredAt(Fuzz::corpusClock());
        viewer->grantedDashboards(demo.project);
    }
    return 0;
}
