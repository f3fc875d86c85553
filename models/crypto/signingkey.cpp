// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingkey.h"

#include <utility>

namespace Dashwright {

namespace {
constexpr std::pair<KeyAlgorithm, const char16_t *> algorithmNames[] = {
        {KeyAlgorithm::HS256, u"HS256"}, {KeyAlgorithm::HS384, u"HS384"},
        {KeyAlgorithm::HS512, u"HS512"}, {KeyAlgorithm::ES256, u"ES256"},
        {KeyAlgorithm::EdDSA, u"EdDSA"}, {KeyAlgorithm::A256GCM, u"A256GCM"},
};
} // namespace

QString keyAlgorithmName(KeyAlgorithm algorithm)
{
    for (const auto &[a, name] : algorithmNames) {
        if (a == algorithm)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<KeyAlgorithm> keyAlgorithmFromName(QStringView name)
{
    // Case-sensitive, as JOSE algorithm names are (RFC 7515 §4.1.1).
    for (const auto &[a, n] : algorithmNames) {
        if (name == QStringView(n))
            return a;
    }
    return std::nullopt;
}

bool isSymmetric(KeyAlgorithm algorithm)
{
    return secretLength(algorithm) > 0;
}

int secretLength(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::HS256:
    case KeyAlgorithm::A256GCM:
        return 32;
    case KeyAlgorithm::HS384:
        return 48;
    case KeyAlgorithm::HS512:
        return 64;
    case KeyAlgorithm::ES256:
    case KeyAlgorithm::EdDSA:
        break;
    }
    return 0;
}

} // namespace Dashwright
