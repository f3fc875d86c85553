// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Owning handles for the OpenSSL objects the JOSE code uses, and the algorithms it fetches once per
// process: OpenSSL 3 looks an algorithm up in its provider tables on every implicit fetch, a known
// cost (openssl/openssl#17627, DESIGN §8), so hot paths reuse these.

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace Dashwright::Ossl {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};

using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using MacCtx = std::unique_ptr<EVP_MAC_CTX, Deleter<EVP_MAC_CTX_free>>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX_free>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using SecureBignum = std::unique_ptr<BIGNUM, Deleter<BN_clear_free>>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;

// Fetched on first use and kept for the life of the process (never freed: other threads may be
// using them until exit). Null if the default provider lacks them.
EVP_MAC *hmac();
const EVP_MD *sha256();
const EVP_CIPHER *aes256gcm();

} // namespace Dashwright::Ossl
