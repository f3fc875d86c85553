// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What SQL means, written out in C++ for the tests' oracles: they evaluate a condition over the
// demo's rows independently of the SQL the engine writes, and compare the rows each keeps.
#include "document/columntype.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace Dashwright::SqlOracle {

// SQL's three-valued logic, for the oracle: a comparison with NULL is unknown, and WHERE keeps
// only what is true.
enum class Tri { False, True, Unknown };

inline Tri tri(bool b)
{
    return b ? Tri::True : Tri::False;
}
inline Tri triAnd(Tri a, Tri b)
{
    if (a == Tri::False || b == Tri::False)
        return Tri::False;
    return a == Tri::True && b == Tri::True ? Tri::True : Tri::Unknown;
}
inline Tri triOr(Tri a, Tri b)
{
    if (a == Tri::True || b == Tri::True)
        return Tri::True;
    return a == Tri::False && b == Tri::False ? Tri::False : Tri::Unknown;
}

// SQLite's LIKE with ESCAPE '\': % any run, _ one character, ASCII letters case-insensitive.
inline bool likeMatch(const QString &text, const QString &pattern, qsizetype t = 0, qsizetype p = 0)
{
    while (p < pattern.size()) {
        QChar pc = pattern[p];
        if (pc == u'%') {
            for (qsizetype i = t; i <= text.size(); ++i) {
                if (likeMatch(text, pattern, i, p + 1))
                    return true;
            }
            return false;
        }
        if (t >= text.size())
            return false;
        if (pc == u'\\' && p + 1 < pattern.size())
            pc = pattern[++p];
        else if (pc == u'_') {
            ++t;
            ++p;
            continue;
        }
        const auto fold = [](QChar c) { return c.unicode() < 128 ? c.toLower() : c; };
        if (fold(text[t]) != fold(pc))
            return false;
        ++t;
        ++p;
    }
    return t == text.size();
}

inline int compareCells(const QVariant &cell, const QVariant &value, ColumnType type)
{
    if (type == ColumnType::Integer || type == ColumnType::Number) {
        const double a = cell.toDouble(), b = value.toDouble();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    // Text and ISO dates compare as their UTF-8 bytes, as SQLite's BINARY collation does.
    const QByteArray a = cell.toString().toUtf8(), b = value.toString().toUtf8();
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace Dashwright::SqlOracle
