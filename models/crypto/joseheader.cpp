// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "joseheader.h"

#include "common/printable.h"
#include "common/strictjson.h"

using namespace Qt::StringLiterals;

namespace Dashwright {

std::optional<nlohmann::ordered_json> parseJoseHeader(const QByteArray &json, QString *error)
{
    QString why;
    auto header = parseStrictJson(json, &why);
    if (header && header->is_object())
        return header;
    if (error)
        *error = header ? u"malformed token: the header is not a JSON object"_s
                        : u"malformed token header: "_s + why;
    return std::nullopt;
}

QString printableHeaderValue(const QString &value)
{
    return printable(value, 64);
}

} // namespace Dashwright
