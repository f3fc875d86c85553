// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonobjectreader.h"

#include "common/printable.h"
#include "jsonvalue.h"

using namespace Qt::StringLiterals;

namespace Dashwright {

QString jsonPathJoin(const QString &path, const char *key)
{
    return jsonPathJoin(path, QString::fromUtf8(key));
}

QString jsonPathJoin(const QString &path, const QString &key)
{
    // Member names come from the input too (unknown fields, parameter and account ids): escaped
    // and bounded like any quoted text, since paths head every problem message.
    const QString name = printable(key, 100);
    return path.isEmpty() ? name : path + u'.' + name;
}

QString jsonPathIndex(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

JsonObjectReader::JsonObjectReader(const Json &json, QString path, Problems &problems)
    : m_path(std::move(path))
    , m_problems(problems)
{
    if (json.is_object()) {
        m_object = &json;
        m_read.assign(json.size(), false);
    } else
        problem(m_path, u"expected an object, found %1"_s.arg(jsonTypeName(json)));
}

// Reports the members nobody read. Nothing here throws but a failed allocation, which ends the
// program either way: get_ref() cannot, m_object is set only for an object.
// NOLINTNEXTLINE(bugprone-exception-escape)
JsonObjectReader::~JsonObjectReader()
{
    if (!m_object)
        return;
    const auto &members = m_object->get_ref<const Json::object_t &>();
    std::size_t i = 0;
    for (const auto &[key, value] : members) {
        if (!m_read[i++])
            problem(jsonPathJoin(m_path, QString::fromStdString(key)), u"unknown field"_s);
    }
}

QString JsonObjectReader::pathOf(const char *key) const
{
    return jsonPathJoin(m_path, key);
}

bool JsonObjectReader::has(const char *key) const
{
    return m_object && m_object->contains(key);
}

void JsonObjectReader::problem(const QString &path, const QString &message)
{
    m_problems.append({path, message});
}

const Json *JsonObjectReader::member(const char *key, bool required)
{
    if (!m_object)
        return nullptr;
    const auto &members = m_object->get_ref<const Json::object_t &>();
    const auto it = members.find(key);
    if (it == members.end()) {
        if (required)
            problem(pathOf(key), u"required field is missing"_s);
        return nullptr;
    }
    m_read[std::size_t(it - members.begin())] = true;
    return &it->second;
}

QString JsonObjectReader::string(const char *key, bool required)
{
    const Json *json = member(key, required);
    if (!json)
        return {};
    if (!json->is_string()) {
        problem(pathOf(key), u"expected a string, found %1"_s.arg(jsonTypeName(*json)));
        return {};
    }
    QString text = QString::fromStdString(json->get_ref<const std::string &>());
    if (required && text.trimmed().isEmpty())
        problem(pathOf(key), u"must not be empty"_s);
    return text;
}

qint64 JsonObjectReader::integer(const char *key, qint64 minimum, qint64 maximum, qint64 fallback,
                                 bool required)
{
    const Json *json = member(key, required);
    if (!json)
        return fallback;
    if (!json->is_number_integer()) {
        problem(pathOf(key), u"expected an integer, found %1"_s.arg(jsonTypeName(*json)));
        return fallback;
    }
    // Unsigned values past qint64 would wrap in get<qint64>(); they are out of range anyway.
    if (json->is_number_unsigned() && json->get<std::uint64_t>() > std::uint64_t(maximum)) {
        problem(pathOf(key), u"must be between %1 and %2"_s.arg(minimum).arg(maximum));
        return fallback;
    }
    const qint64 v = json->get<std::int64_t>();
    if (v < minimum || v > maximum) {
        problem(pathOf(key), u"must be between %1 and %2"_s.arg(minimum).arg(maximum));
        return fallback;
    }
    return v;
}

bool JsonObjectReader::boolean(const char *key, bool fallback)
{
    const Json *json = member(key, false);
    if (!json)
        return fallback;
    if (!json->is_boolean()) {
        problem(pathOf(key), u"expected a boolean, found %1"_s.arg(jsonTypeName(*json)));
        return fallback;
    }
    return json->get<bool>();
}

QStringList JsonObjectReader::stringList(const char *key, bool required)
{
    QStringList result;
    const Json *json = member(key, required);
    if (!json)
        return result;
    if (!json->is_array()) {
        problem(pathOf(key), u"expected an array, found %1"_s.arg(jsonTypeName(*json)));
        return result;
    }
    qsizetype index = 0;
    for (const auto &item : *json) {
        if (item.is_string())
            result.append(QString::fromStdString(item.get_ref<const std::string &>()));
        else
            problem(jsonPathIndex(pathOf(key), index),
                    u"expected a string, found %1"_s.arg(jsonTypeName(item)));
        ++index;
    }
    return result;
}

QVariant JsonObjectReader::value(const char *key, bool required)
{
    const Json *json = member(key, required);
    if (!json)
        return {};
    if (json->is_object()) {
        problem(pathOf(key), u"expected a value or a list of values, found an object"_s);
        return {};
    }
    if (json->is_array()) {
        for (const auto &item : *json) {
            if (item.is_object() || item.is_array()) {
                problem(pathOf(key),
                        u"a list of values may hold only strings, numbers and booleans"_s);
                return {};
            }
        }
    }
    if (json->is_null())
        return {};
    return variantFromJson(*json);
}

void JsonObjectReader::array(const char *key,
                             const std::function<void(const Json &, const QString &)> &read,
                             bool required)
{
    const Json *json = member(key, required);
    if (!json)
        return;
    if (!json->is_array()) {
        problem(pathOf(key), u"expected an array, found %1"_s.arg(jsonTypeName(*json)));
        return;
    }
    qsizetype index = 0;
    for (const auto &item : *json)
        read(item, jsonPathIndex(pathOf(key), index++));
}

const Json *JsonObjectReader::raw(const char *key)
{
    return member(key, false);
}

void JsonObjectReader::ignore(const char *key)
{
    member(key, false);
}

} // namespace Dashwright
