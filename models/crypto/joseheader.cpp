// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "joseheader.h"

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
    QString result;
    for (const QChar c : value.left(64)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            result += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            result += c;
    }
    return value.size() > 64 ? result + u"…"_s : result;
}

} // namespace Dashwright
