// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include "common/json.h"
#include "printable.h"

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

// Builds the document through nlohmann's SAX interface instead of its DOM parser with a callback:
// the callback parser copies every value through a filter and needs a set of names per object to
// see duplicates, which was most of the time a token verification took (BENCHMARKS.md). Here a
// duplicate shows itself when the name is inserted into the object being built. Mirrors
// nlohmann::detail::json_sax_dom_parser, which cannot be extended for this.
class StrictDomBuilder
{
public:
    // Deeper than any real project or claims; unbounded nesting would overflow the stack when
    // the parsed value is later copied or destroyed (nlohmann/json recurses there).
    static constexpr std::size_t maximumDepth = 100;

    explicit StrictDomBuilder(Json &root)
        : m_root(root)
    { }

    bool null() { return add(nullptr); }
    bool boolean(bool value) { return add(value); }
    bool number_integer(Json::number_integer_t value) { return add(value); }
    bool number_unsigned(Json::number_unsigned_t value) { return add(value); }
    bool number_float(Json::number_float_t value, const Json::string_t &) { return add(value); }
    bool string(Json::string_t &value) { return add(std::move(value)); }
    bool binary(Json::binary_t &value) { return add(std::move(value)); }

    bool start_object(std::size_t)
    {
        Json *object = add(Json::value_t::object);
        return object && open(object);
    }
    bool key(Json::string_t &name)
    {
        auto &members = m_stack.back()->get_ref<Json::object_t &>();
        auto [member, inserted] = members.emplace(name, nullptr);
        if (!inserted) {
            duplicate = QString::fromStdString(name);
            return false;
        }
        m_member = &member->second;
        return true;
    }
    bool end_object()
    {
        m_stack.pop_back();
        return true;
    }
    bool start_array(std::size_t)
    {
        Json *array = add(Json::value_t::array);
        return array && open(array);
    }
    bool end_array()
    {
        m_stack.pop_back();
        return true;
    }
    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &e)
    {
        errorByte = position;
        errorText = QString::fromUtf8(e.what());
        isParseError = dynamic_cast<const Json::parse_error *>(&e) != nullptr;
        return false;
    }

    QString duplicate;
    bool tooDeep = false;
    bool isParseError = false;
    std::size_t errorByte = 0;
    QString errorText;

private:
    // Places a value where the parser is: the root, the next array element or the member whose
    // name came last. Returns where it went, for containers to descend into.
    template<typename Value>
    Json *add(Value &&value)
    {
        if (m_stack.empty()) {
            m_root = Json(std::forward<Value>(value));
            return &m_root;
        }
        Json *parent = m_stack.back();
        if (parent->is_array()) {
            auto &elements = parent->get_ref<Json::array_t &>();
            elements.emplace_back(std::forward<Value>(value));
            return &elements.back();
        }
        *m_member = Json(std::forward<Value>(value));
        return m_member;
    }

    bool open(Json *container)
    {
        if (m_stack.size() >= maximumDepth) {
            tooDeep = true;
            return false;
        }
        m_stack.push_back(container);
        return true;
    }

    Json &m_root;
    std::vector<Json *> m_stack;
    Json *m_member = nullptr;
};

} // namespace

std::optional<nlohmann::ordered_json> parseStrictJson(QByteArrayView text, QString *error)
{
    Json json;
    StrictDomBuilder builder(json);
    if (Json::sax_parse(text.begin(), text.end(), &builder, Json::input_format_t::json, true,
                        false))
        return json;
    if (!error)
        return std::nullopt;
    if (!builder.duplicate.isEmpty()) {
        *error = u"duplicate member name %1"_s.arg(quoted(builder.duplicate));
    } else if (builder.tooDeep) {
        *error = u"malformed JSON: nested deeper than %1 levels"_s.arg(
                StrictDomBuilder::maximumDepth);
    } else if (builder.isParseError) {
        QString what = builder.errorText;
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error …"
        const qsizetype colon = what.indexOf(u": "_s, what.indexOf(u"column"_s));
        if (colon >= 0)
            what = what.mid(colon + 2);
        *error = u"malformed JSON at %1: %2"_s.arg(
                position(text, builder.errorByte ? builder.errorByte - 1 : 0), printable(what));
    } else {
        *error = u"malformed JSON: %1"_s.arg(printable(builder.errorText));
    }
    return std::nullopt;
}

} // namespace Dashwright
