// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstdint>

namespace Dashwright {

// The demo's pseudo-random numbers: xoshiro256** seeded through splitmix64 (Vigna's reference
// algorithms). Written out here rather than taken from <random> because the demo promises the same
// data for the same seed on every platform: std::uniform_*_distribution is implementation-defined,
// and std::mt19937_64 is needlessly slow for 10 million rows.
class DemoRandom
{
public:
    // `stream` selects an independent sequence for the same seed (catalog, sales, tenant sales), so
    // that changing how many numbers one part draws never shifts another part's data.
    explicit DemoRandom(quint64 seed, quint64 stream = 0)
    {
        quint64 x = seed ^ (stream * 0xd1b54a32d192ed03ULL);
        for (quint64 &word : m_state)
            word = splitMix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, bound), bound > 0. The modulo bias is below 2^-40 for the demo's bounds, and
    // the result is fully specified, which is what matters here.
    quint64 below(quint64 bound) { return (next() >> 11) % bound; }

    // True with probability percent / 100.
    bool chance(int percent) { return below(100) < quint64(percent); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    static quint64 splitMix64(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4] = {};
};

} // namespace Dashwright
