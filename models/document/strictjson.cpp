// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include <QSet>
#include <QStringList>

#include <vector>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
QString position(QByteArrayView text, std::size_t offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = qMin<qsizetype>(qsizetype(offset), text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return u"line %1, column %2"_s.arg(line).arg(column);
}
} // namespace

std::optional<nlohmann::ordered_json> parseStrictJson(QByteArrayView text, QString *error)
{
    using Json = nlohmann::ordered_json;
    // One set of member names per open object; the parser callback sees keys in document order.
    std::vector<QSet<QByteArray>> open;
    QString duplicate;
    // Deeper than any real project or claims; unbounded nesting would overflow the stack when
    // the parsed value is later copied or destroyed (nlohmann/json recurses there).
    constexpr int maximumDepth = 100;
    struct TooDeep
    {
    };
    const auto callback = [&](int depth, Json::parse_event_t event, Json &parsed) {
        if (depth > maximumDepth)
            throw TooDeep();
        switch (event) {
        case Json::parse_event_t::object_start:
            open.emplace_back();
            break;
        case Json::parse_event_t::object_end:
            if (!open.empty())
                open.pop_back();
            break;
        case Json::parse_event_t::key:
            if (!open.empty() && duplicate.isEmpty()) {
                const std::string &key = parsed.get_ref<const std::string &>();
                const QByteArray bytes(key.data(), qsizetype(key.size()));
                if (open.back().contains(bytes))
                    duplicate = QString::fromUtf8(bytes);
                open.back().insert(bytes);
            }
            break;
        default:
            break;
        }
        return true;
    };
    try {
        Json json = Json::parse(text.begin(), text.end(), callback, true, false);
        if (!duplicate.isEmpty()) {
            if (error)
                *error = u"duplicate member name \"%1\""_s.arg(duplicate);
            return std::nullopt;
        }
        return json;
    } catch (const TooDeep &) {
        if (error)
            *error = u"malformed JSON: nested deeper than %1 levels"_s.arg(maximumDepth);
        return std::nullopt;
    } catch (const Json::parse_error &e) {
        if (error) {
            QString what = QString::fromUtf8(e.what());
            // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error …"
            const qsizetype colon = what.indexOf(u": "_s, what.indexOf(u"column"_s));
            if (colon >= 0)
                what = what.mid(colon + 2);
            *error = u"malformed JSON at %1: %2"_s.arg(position(text, e.byte ? e.byte - 1 : 0), what);
        }
    } catch (const Json::exception &e) {
        if (error)
            *error = u"malformed JSON: %1"_s.arg(QString::fromUtf8(e.what()));
    }
    return std::nullopt;
}

} // namespace Dashwright
