// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonvalue.h"

#include <QDate>
#include <QDateTime>
#include <QVariantList>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Dashwright {

QVariant variantFromJson(const nlohmann::ordered_json &json)
{
    switch (json.type()) {
    case nlohmann::ordered_json::value_t::string:
        return QString::fromStdString(json.get_ref<const std::string &>());
    case nlohmann::ordered_json::value_t::boolean:
        return json.get<bool>();
    case nlohmann::ordered_json::value_t::number_integer:
        return qint64(json.get<std::int64_t>());
    case nlohmann::ordered_json::value_t::number_unsigned: {
        const std::uint64_t u = json.get<std::uint64_t>();
        if (u <= std::uint64_t(std::numeric_limits<qint64>::max()))
            return qint64(u);
        return double(u);
    }
    case nlohmann::ordered_json::value_t::number_float:
        return json.get<double>();
    case nlohmann::ordered_json::value_t::array: {
        QVariantList list;
        list.reserve(qsizetype(json.size()));
        for (const auto &item : json)
            list.append(variantFromJson(item));
        return list;
    }
    default:
        return {};
    }
}

nlohmann::ordered_json jsonFromVariant(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return nullptr;
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
        return std::int64_t(value.toLongLong());
    case QMetaType::ULongLong:
        return std::uint64_t(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toStdString();
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs).toStdString();
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        auto array = nlohmann::ordered_json::array();
        for (const QVariant &item : value.toList())
            array.push_back(jsonFromVariant(item));
        return array;
    }
    default:
        if (value.isNull())
            return nullptr;
        return value.toString().toStdString();
    }
}

QString jsonTypeName(const nlohmann::ordered_json &json)
{
    switch (json.type()) {
    case nlohmann::ordered_json::value_t::null:
        return u"null"_s;
    case nlohmann::ordered_json::value_t::object:
        return u"an object"_s;
    case nlohmann::ordered_json::value_t::array:
        return u"an array"_s;
    case nlohmann::ordered_json::value_t::string:
        return u"a string"_s;
    case nlohmann::ordered_json::value_t::boolean:
        return u"a boolean"_s;
    case nlohmann::ordered_json::value_t::number_integer:
    case nlohmann::ordered_json::value_t::number_unsigned:
        return u"an integer"_s;
    case nlohmann::ordered_json::value_t::number_float:
        return u"a number"_s;
    default:
        return u"an unsupported value"_s;
    }
}

nlohmann::ordered_json jsonFromRows(const QList<QVariantList> &rows)
{
    nlohmann::ordered_json result = nlohmann::ordered_json::array();
    for (const QVariantList &row : rows) {
        nlohmann::ordered_json r = nlohmann::ordered_json::array();
        for (const QVariant &cell : row) {
            // NaN and infinities have no JSON spelling; SQL NULL is null anyway.
            if (cell.typeId() == QMetaType::Double && !std::isfinite(cell.toDouble()))
                r.push_back(nullptr);
            else
                r.push_back(jsonFromVariant(cell));
        }
        result.push_back(std::move(r));
    }
    return result;
}

} // namespace Dashwright
