// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keystore.h"
#include "document/project.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace Dashwright::Fuzz {

// What every fuzz target shares: a QCoreApplication (the SQL drivers and QtConcurrent want one),
// and the Burrito Factory demo made once per process in a temporary folder (seed 1, so the
// project is the one the committed corpora were minted against) with the committed fixture
// keystore (fuzz/fixtures/burrito.dwkeys: throw-away keys, for fuzzing only) in place of the
// random one. Nothing here changes after it is made: inputs cannot leave state for the next one.
struct Demo
{
    QString directory;
    QString projectPath;
    QString keystorePath;
    Project project;
    Keystore keystore;
    // The API key of the fixture keystore ("id:secret"): only its hash is in the keystore.
    QByteArray apiKeyCredentials;
};

// Made on first use; aborts with a message when the demo cannot be made (a broken harness must
// not pass for a clean run).
const Demo &demo();

// When the corpus tokens were minted (fuzz/fixtures/README.md) plus a little: the clock verifiers
// use, so that the committed tokens stay valid however old the corpus gets.
QDateTime corpusClock();

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// DASHWRIGHT_FUZZ_VERBOSE=1: targets say on stderr what became of each input (a token's
// verification, a request's status), to check that the seeds reach what they are meant to.
bool verbose();

// A property of the code that must hold for every input (a round trip, say); a violation is
// reported like a crash, with the input saved by libFuzzer.
[[noreturn]] void violated(const char *what);
inline void require(bool condition, const char *what)
{
    if (!condition)
        violated(what);
}

} // namespace Dashwright::Fuzz
