// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opensslhandles.h"

namespace Dashwright::Ossl {

EVP_MAC *hmac()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

const EVP_MD *sha256()
{
    static const EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    return md;
}

const EVP_CIPHER *aes256gcm()
{
    static const EVP_CIPHER *const cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    return cipher;
}

} // namespace Dashwright::Ossl
