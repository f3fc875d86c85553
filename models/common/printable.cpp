// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printable.h"

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
bool needsEscape(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    if (QChar::isHighSurrogate(c))
        return i + 1 >= text.size() || !QChar::isLowSurrogate(text[i + 1].unicode());
    if (QChar::isLowSurrogate(c))
        return i == 0 || !QChar::isHighSurrogate(text[i - 1].unicode());
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString escaped(char16_t c)
{
    switch (c) {
    case 0:
        return u"\\0"_s;
    case u'\t':
        return u"\\t"_s;
    case u'\n':
        return u"\\n"_s;
    case u'\r':
        return u"\\r"_s;
    default:
        break;
    }
    if (c < 0x80)
        return u"\\x%1"_s.arg(uint(c), 2, 16, QChar(u'0'));
    return u"\\u%1"_s.arg(uint(c), 4, 16, QChar(u'0'));
}
} // namespace

QString printable(QStringView text, qsizetype maxChars)
{
    qsizetype end = text.size();
    if (maxChars >= 0 && end > maxChars) {
        end = maxChars;
        // Never half of a surrogate pair.
        if (end > 0 && text[end - 1].isHighSurrogate() && text[end].isLowSurrogate())
            --end;
    }
    QString result;
    result.reserve(end + 1);
    for (qsizetype i = 0; i < end; ++i) {
        if (needsEscape(text, i))
            result += escaped(text[i].unicode());
        else
            result += text[i];
    }
    if (end < text.size())
        result += u'…';
    return result;
}

QString quoted(QStringView text, qsizetype maxChars)
{
    return u'"' + printable(text, maxChars) + u'"';
}

} // namespace Dashwright
