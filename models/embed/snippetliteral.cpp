// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetliteral.h"

#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// The spelling of one language's literals. By hand because no library writes source code in
// eight languages; each row is small and the tests compile or run the result in every language.
struct Syntax
{
    QString objectOpen, objectClose, emptyObject;
    QString arrayOpen, arrayClose, emptyArray;
    QString null, yes, no;
    QString commentPrefix;
    bool trailingSeparator; // whether the last member of a multi-line literal ends with ","
    QString indentUnit = u"  "_s;
};

const Syntax &syntax(CodeLanguage language)
{
    static const Syntax javaScript{u"{"_s,    u"}"_s,    u"{}"_s,    u"["_s,   u"]"_s, u"[]"_s,
                                   u"null"_s, u"true"_s, u"false"_s, u"// "_s, true};
    static const Syntax python{u"{"_s,    u"}"_s,    u"{}"_s,    u"["_s,  u"]"_s, u"[]"_s,
                               u"None"_s, u"True"_s, u"False"_s, u"# "_s, true,   u"    "_s};
    static const Syntax go{u"map[string]any{"_s,
                           u"}"_s,
                           u"map[string]any{}"_s,
                           u"[]any{"_s,
                           u"}"_s,
                           u"[]any{}"_s,
                           u"nil"_s,
                           u"true"_s,
                           u"false"_s,
                           u"// "_s,
                           true,
                           u"\t"_s};
    // map(…) and list(…) are two small helpers in the Java templates: Map.of and List.of refuse
    // null values, which claims may hold.
    static const Syntax java{u"map("_s, u")"_s,    u"map()"_s, u"list("_s, u")"_s, u"list()"_s,
                             u"null"_s, u"true"_s, u"false"_s, u"// "_s,   false,  u"    "_s};
    static const Syntax cSharp{u"new Dictionary<string, object> {"_s,
                               u"}"_s,
                               u"new Dictionary<string, object>()"_s,
                               u"new object[] {"_s,
                               u"}"_s,
                               u"new object[0]"_s,
                               u"null"_s,
                               u"true"_s,
                               u"false"_s,
                               u"// "_s,
                               true,
                               u"    "_s};
    static const Syntax php{u"["_s,    u"]"_s,    u"[]"_s,    u"["_s,   u"]"_s, u"[]"_s,
                            u"null"_s, u"true"_s, u"false"_s, u"// "_s, true,   u"    "_s};
    static const Syntax ruby{u"{"_s,   u"}"_s,    u"{}"_s,    u"["_s,  u"]"_s, u"[]"_s,
                             u"nil"_s, u"true"_s, u"false"_s, u"# "_s, true};
    switch (language) {
    case CodeLanguage::JavaScript:
        return javaScript;
    case CodeLanguage::Python:
        return python;
    case CodeLanguage::Go:
        return go;
    case CodeLanguage::Java:
        return java;
    case CodeLanguage::CSharp:
        return cSharp;
    case CodeLanguage::Php:
        return php;
    case CodeLanguage::Ruby:
        return ruby;
    }
    return javaScript;
}

bool isIdentifier(const QString &text)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return identifier.match(text).hasMatch();
}

QString hex(char32_t c, int digits)
{
    return QString::number(uint(c), 16).rightJustified(digits, u'0');
}

QString member(const QString &key, CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::JavaScript:
        // A literal's "__proto__" member sets the prototype instead of making a member.
        if (key == u"__proto__"_s)
            return u"['__proto__']: "_s;
        return (isIdentifier(key) ? key : codeString(key, language)) + u": "_s;
    case CodeLanguage::Python:
    case CodeLanguage::Go:
        return codeString(key, language) + u": "_s;
    case CodeLanguage::Java:
        return codeString(key, language) + u", "_s;
    case CodeLanguage::CSharp:
        return u"["_s + codeString(key, language) + u"] = "_s;
    case CodeLanguage::Php:
    case CodeLanguage::Ruby:
        return codeString(key, language) + u" => "_s;
    }
    return {};
}

QString reference(const std::string &key, CodeLanguage language)
{
    const QString name = QString::fromStdString(key);
    switch (language) {
    case CodeLanguage::JavaScript:
        return isIdentifier(name) ? u"viewer."_s + name
                                  : u"viewer["_s + codeString(name, language) + u"]"_s;
    case CodeLanguage::Java:
        return u"viewer.get("_s + codeString(name, language) + u")"_s;
    case CodeLanguage::Php:
        return u"$viewer["_s + codeString(name, language) + u"]"_s;
    default:
        return u"viewer["_s + codeString(name, language) + u"]"_s;
    }
}

QString number(const Json &value, CodeLanguage language)
{
    QString text = QString::fromStdString(value.dump());
    if (language == CodeLanguage::Java && value.is_number_integer()) {
        const bool fitsInt = value.is_number_unsigned()
                ? value.get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<int>::max())
                : (value.get<std::int64_t>() >= std::numeric_limits<int>::min()
                   && value.get<std::int64_t>() <= std::numeric_limits<int>::max());
        if (!fitsInt)
            text += u'L';
    }
    return text;
}

bool scalarsOnly(const Json &array)
{
    for (const Json &item : array)
        if (item.is_structured())
            return false;
    return true;
}

class Writer
{
public:
    Writer(const AnnotatedJson &json, CodeLanguage language)
        : m_json(json)
        , m_language(language)
        , m_syntax(syntax(language))
    { }

    QString value(const Json &value, const std::string &pointer, const QString &indent) const
    {
        if (const auto it = m_json.references.find(pointer); it != m_json.references.end())
            return reference(it->second, m_language);
        switch (value.type()) {
        case Json::value_t::null:
            // A lone null passed to list(Object...) would be the varargs array itself.
            return m_language == CodeLanguage::Java ? u"(Object) null"_s : m_syntax.null;
        case Json::value_t::boolean:
            return value.get<bool>() ? m_syntax.yes : m_syntax.no;
        case Json::value_t::string:
            return codeString(QString::fromStdString(value.get<std::string>()), m_language);
        case Json::value_t::object:
            return object(value, pointer, indent);
        case Json::value_t::array:
            return array(value, pointer, indent);
        default:
            return number(value, m_language);
        }
    }

private:
    QString object(const Json &object, const std::string &pointer, const QString &indent) const
    {
        // A PHP array whose keys are 0…n (or none) is a list to json_encode: a nested JSON object
        // is a stdClass, so {} and {"0": …} stay objects. The claims themselves stay an array,
        // which the templates index.
        const bool phpObject = m_language == CodeLanguage::Php && !pointer.empty();
        if (object.empty())
            return phpObject ? u"new \\stdClass()"_s : m_syntax.emptyObject;
        const QString inner = indent + m_syntax.indentUnit;
        QString out = (phpObject ? u"(object) "_s : QString()) + m_syntax.objectOpen + u'\n';
        qsizetype left = qsizetype(object.size());
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string path = pointer + '/' + jsonPointerToken(it.key());
            if (const auto comments = m_json.comments.find(path); comments != m_json.comments.end())
                for (const QString &line : comments->second)
                    out += inner + codeComment(line, m_language) + u'\n';
            out += inner + member(QString::fromStdString(it.key()), m_language)
                    + value(it.value(), path, inner);
            out += (--left > 0 || m_syntax.trailingSeparator) ? u",\n"_s : u"\n"_s;
        }
        return out + indent + m_syntax.objectClose;
    }

    QString array(const Json &array, const std::string &pointer, const QString &indent) const
    {
        if (array.empty())
            return m_syntax.emptyArray;
        if (scalarsOnly(array)) {
            QStringList items;
            for (std::size_t i = 0; i < array.size(); ++i)
                items << value(array[i], pointer + '/' + std::to_string(i), indent);
            return m_syntax.arrayOpen + items.join(u", "_s) + m_syntax.arrayClose;
        }
        const QString inner = indent + m_syntax.indentUnit;
        QString out = m_syntax.arrayOpen + u'\n';
        for (std::size_t i = 0; i < array.size(); ++i) {
            out += inner + value(array[i], pointer + '/' + std::to_string(i), inner);
            out += (i + 1 < array.size() || m_syntax.trailingSeparator) ? u",\n"_s : u"\n"_s;
        }
        return out + indent + m_syntax.arrayClose;
    }

    const AnnotatedJson &m_json;
    CodeLanguage m_language;
    const Syntax &m_syntax;
};

} // namespace

std::string jsonPointerToken(const std::string &key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

QString codeString(const QString &text, CodeLanguage language)
{
    const bool singleQuoted
            = language == CodeLanguage::JavaScript || language == CodeLanguage::Python;
    const QChar quote = singleQuoted ? u'\'' : u'"';
    QString out(quote);
    for (const char32_t c : text.toUcs4()) {
        if (c == '\\')
            out += u"\\\\"_s;
        else if (c == char32_t(quote.unicode()))
            out += u'\\' + quote;
        else if (c == '\n')
            out += u"\\n"_s;
        else if (c == '\r')
            out += u"\\r"_s;
        else if (c == '\t')
            out += u"\\t"_s;
        else if (c == '$' && language == CodeLanguage::Php)
            out += u"\\$"_s; // no variable interpolation in a PHP double-quoted string
        else if (c == '#' && language == CodeLanguage::Ruby)
            out += u"\\#"_s; // no #{…}, #@, #$ interpolation in a Ruby double-quoted string
        else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
            // Control characters (C0, DEL and C1: C# ends a line at U+0085), and the two line
            // separators JavaScript once ended lines at. \xNN is a byte, not a character, in Go,
            // PHP and Ruby strings: only ASCII controls are spelled that way there.
            switch (language) {
            case CodeLanguage::Java:
                // An octal escape holds one char up to \377; Java's line terminators are only
                // CR and LF, so U+2028 stays as it is (javaAsciiSource spells it \u2028).
                out += c > 0xff ? QString::fromUcs4(&c, 1)
                                : u"\\"_s + QString::number(uint(c), 8).rightJustified(3, u'0');
                break;
            case CodeLanguage::Python:
                out += c > 0xff ? QString::fromUcs4(&c, 1) : u"\\x"_s + hex(c, 2);
                break;
            case CodeLanguage::Go:
            case CodeLanguage::Ruby:
                out += c > 0xff    ? QString::fromUcs4(&c, 1)
                        : c < 0x80 ? u"\\x"_s + hex(c, 2)
                                   : u"\\u"_s + hex(c, 4);
                break;
            case CodeLanguage::Php:
                out += c > 0xff    ? QString::fromUcs4(&c, 1)
                        : c < 0x80 ? u"\\x"_s + hex(c, 2)
                                   : u"\\u{"_s + hex(c, 2) + u'}';
                break;
            default:
                out += u"\\u"_s + hex(c, 4);
                break;
            }
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out + quote;
}

QString codeComment(const QString &text, CodeLanguage language)
{
    QString line = text;
    for (QChar &c : line)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    // Java reads \uXXXX escapes before it sees comments: \u000a would end this one early.
    if (language == CodeLanguage::Java)
        line.replace(u"\\"_s, u"\\\\"_s);
    // PHP leaves PHP mode at "?>" even inside a // comment: the rest of the line would be
    // output, and a "<?php" after it code.
    if (language == CodeLanguage::Php)
        line.replace(u"?>"_s, u"? >"_s);
    // Python (first two lines) and Ruby (first line) read "coding: NAME" in a comment as the
    // file's encoding, under which the escaping of every string literal may mean something
    // else. The templates declare UTF-8 on their first line; this keeps a name from trying.
    if (language == CodeLanguage::Python || language == CodeLanguage::Ruby) {
        static const QRegularExpression coding(u"coding([:=])"_s);
        line.replace(coding, u"coding \\1"_s);
    }
    return syntax(language).commentPrefix + line.trimmed();
}

QString codeLiteral(const AnnotatedJson &json, CodeLanguage language, const QString &indent)
{
    return Writer(json, language).value(json.value, std::string(), indent);
}

QString javaAsciiSource(const QString &source)
{
    QString out;
    out.reserve(source.size());
    for (const QChar c : source) {
        if (c.unicode() < 0x80)
            out += c;
        else
            out += u"\\u"_s + hex(c.unicode(), 4); // UTF-16 units: Java spells pairs the same way
    }
    return out;
}

} // namespace Dashwright
