// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformatter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
bool isDigitPlaceholder(QChar c)
{
    return c == u'0' || c == u'#';
}
} // namespace

NumberFormatter::NumberFormatter(const QString &pattern, const QLocale &locale)
    : m_locale(locale)
{
    m_locale.setNumberOptions(m_locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isDigitPlaceholder(pattern[i])) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first < 0) {
        m_prefix = pattern; // no digits at all: keep it as a label, the number stays automatic
        return;
    }
    m_prefix = pattern.left(first);
    m_suffix = pattern.mid(last + 1);
    const QString core = pattern.mid(first, last - first + 1);
    m_grouped = core.contains(u',');
    const qsizetype point = core.indexOf(u'.');
    m_decimals = point < 0 ? 0 : int(core.size() - point - 1);
    m_percent = m_suffix.contains(u'%') || m_prefix.contains(u'%');
}

QString NumberFormatter::format(const QVariant &value) const
{
    if (value.isNull())
        return u"\u2014"_s;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
        return format(value.toDouble());
    default:
        return value.toString();
    }
}

QString NumberFormatter::format(double value) const
{
    if (!std::isfinite(value))
        return u"\u2014"_s;
    if (m_percent)
        value *= 100.0;
    int decimals = m_decimals;
    if (decimals < 0)
        decimals = value == std::trunc(value) ? 0 : 2;
    QLocale locale = m_locale;
    if (!m_grouped)
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return m_prefix + locale.toString(value, 'f', decimals) + m_suffix;
}

QString NumberFormatter::formatTick(double value, double step) const
{
    if (m_percent) {
        value *= 100.0;
        step *= 100.0;
    }
    if (value == 0)
        return QString::number(0); // "0k" reads oddly
    const double divisor = step >= 1e6 ? 1e6 : step >= 1e3 ? 1e3 : 1.0;
    value /= divisor;
    step /= divisor;
    int decimals = 0;
    while (decimals < 6 && std::abs(step - std::round(step)) > 1e-9 * std::max(1.0, step)) {
        step *= 10.0;
        ++decimals;
    }
    QLocale locale = m_locale;
    if (!m_grouped)
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return m_prefix + locale.toString(value, 'f', decimals) + unit(divisor) + m_suffix;
}

QString NumberFormatter::unit(double divisor)
{
    if (divisor >= 1e6)
        //: Abbreviation of million after an axis tick's number, as in "12M"
        return QCoreApplication::translate("Dashwright::NumberFormatter", "M");
    if (divisor >= 1e3)
        //: Abbreviation of thousand after an axis tick's number, as in "250k"
        return QCoreApplication::translate("Dashwright::NumberFormatter", "k");
    return {};
}

QString NumberFormatter::formatCompact(double value) const
{
    if (m_percent)
        value *= 100.0;
    const double size = std::abs(value);
    const double divisor = size >= 1e6 ? 1e6 : size >= 1e3 ? 1e3 : 1.0;
    value /= divisor;
    // One decimal where it says something ("4.2M"); none from a hundred on ("512k").
    const int decimals
            = std::abs(value) >= 100 || (divisor == 1.0 && value == std::round(value)) ? 0 : 1;
    QLocale locale = m_locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return m_prefix + locale.toString(value, 'f', decimals) + unit(divisor) + m_suffix;
}

} // namespace Dashwright
