// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/json.h"
#include "problem.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <vector>

namespace Dashwright {

// Reads the members of one JSON object, recording a Problem (with its JSON path) for every member
// that is missing, of the wrong type or out of range, and — when finished — every member it was
// not asked for. Reading goes on after a problem so that one pass reports them all.
class JsonObjectReader
{
public:
    JsonObjectReader(const Json &json, QString path, Problems &problems);
    ~JsonObjectReader(); // NOLINT(bugprone-exception-escape): see the definition

    JsonObjectReader(const JsonObjectReader &) = delete;
    JsonObjectReader &operator=(const JsonObjectReader &) = delete;

    bool isObject() const { return m_object != nullptr; }
    const QString &path() const { return m_path; }
    QString pathOf(const char *key) const;
    bool has(const char *key) const;

    QString string(const char *key, bool required = true);
    qint64 integer(const char *key, qint64 minimum, qint64 maximum, qint64 fallback,
                   bool required = false);
    bool boolean(const char *key, bool fallback);
    QStringList stringList(const char *key, bool required = false);
    // A scalar or an array of scalars, as a QVariant (see variantFromJson); invalid when absent.
    QVariant value(const char *key, bool required = false);
    // Calls read(item, itemPath) for each element of an array member.
    void array(const char *key, const std::function<void(const Json &, const QString &)> &read,
               bool required = false);
    // The raw member (any JSON), or nullptr when absent.
    const Json *raw(const char *key);
    // Accepts the member without reading it (e.g. informative fields).
    void ignore(const char *key);

    void problem(const QString &path, const QString &message);

private:
    const Json *member(const char *key, bool required);

    const Json *m_object = nullptr;
    QString m_path;
    Problems &m_problems;
    // Which members were asked for, by position in the object: the rest are unknown fields.
    std::vector<bool> m_read;
};

// "a.b" / "a[3]" path building; a key from the input is escaped and bounded (printable.h).
QString jsonPathJoin(const QString &path, const char *key);
QString jsonPathJoin(const QString &path, const QString &key);
QString jsonPathIndex(const QString &path, qsizetype index);

} // namespace Dashwright
