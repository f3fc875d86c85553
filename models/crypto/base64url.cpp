// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "base64url.h"

#include <array>

namespace Dashwright::Base64Url {

namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Each character's 6-bit value, -1 where it is not in the alphabet. Held as short, not signed
// char: a signed char read as a number is what cert-str34-c rightly distrusts.
constexpr std::array<short, 256> makeDecodeTable()
{
    std::array<short, 256> table{};
    for (auto &entry : table)
        entry = -1;
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = short(i);
    return table;
}

constexpr std::array<short, 256> decodeTable = makeDecodeTable();

} // namespace

QByteArray encode(QByteArrayView data)
{
    const auto *in = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    QByteArray out((n / 3) * 4 + (n % 3 ? n % 3 + 1 : 0), Qt::Uninitialized);
    char *o = out.data();
    qsizetype i = 0;
    for (; i + 3 <= n; i += 3) {
        const unsigned v = (unsigned(in[i]) << 16) | (unsigned(in[i + 1]) << 8) | in[i + 2];
        *o++ = alphabet[(v >> 18) & 63];
        *o++ = alphabet[(v >> 12) & 63];
        *o++ = alphabet[(v >> 6) & 63];
        *o++ = alphabet[v & 63];
    }
    if (n - i == 1) {
        const unsigned v = unsigned(in[i]) << 16;
        *o++ = alphabet[(v >> 18) & 63];
        *o++ = alphabet[(v >> 12) & 63];
    } else if (n - i == 2) {
        const unsigned v = (unsigned(in[i]) << 16) | (unsigned(in[i + 1]) << 8);
        *o++ = alphabet[(v >> 18) & 63];
        *o++ = alphabet[(v >> 12) & 63];
        *o++ = alphabet[(v >> 6) & 63];
    }
    return out;
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    const qsizetype n = text.size();
    // One leftover character carries only 6 bits: never a whole byte, so never an encoding.
    if (n % 4 == 1)
        return std::nullopt;
    QByteArray out((n / 4) * 3 + (n % 4 ? n % 4 - 1 : 0), Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    unsigned accumulator = 0;
    int bits = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const int value = decodeTable[in[i]];
        if (value < 0)
            return std::nullopt;
        accumulator = (accumulator << 6) | unsigned(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = static_cast<unsigned char>((accumulator >> bits) & 0xff);
        }
    }
    // Canonical form: the bits after the last whole byte are zero (RFC 4648 §3.5), which is what
    // re-encoding and comparing would check.
    if (bits > 0 && (accumulator & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

} // namespace Dashwright::Base64Url
