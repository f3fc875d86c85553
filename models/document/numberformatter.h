// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QVariant>

namespace Dashwright {

// Formats a widget's numbers the way its numberFormat asks, in the numeral.js-like notation the
// project file uses: "0,0" groups thousands, ".00" fixes two decimals, "%" shows a fraction as a
// percentage, text around the digits ("$0,0.00", "0.0 kg") is kept. An empty pattern is
// automatic: grouped, and two decimals only when the value has a fraction.
class NumberFormatter
{
public:
    explicit NumberFormatter(const QString &pattern = QString(), const QLocale &locale = QLocale());

    QString format(const QVariant &value) const; // non-numbers as their text; null as a dash
    QString format(double value) const;

    // An axis tick: the pattern's prefix and suffix and grouping, but as few decimals as the
    // distance between ticks needs, and millions or thousands abbreviated when step allows.
    QString formatTick(double value, double step) const;
    // As short as it gets, for a number with no room for all its digits: millions or thousands
    // abbreviated by the value's own size, one decimal at most ("4.2M", "98.6k", "512"); the
    // pattern's prefix, suffix and percent kept.
    QString formatCompact(double value) const;

private:
    // The abbreviation for numbers counted in `divisor`s (1e6: "M", 1e3: "k", else none).
    static QString unit(double divisor);

    QLocale m_locale;
    QString m_prefix;
    QString m_suffix;
    int m_decimals = -1; // -1: automatic
    bool m_grouped = true;
    bool m_percent = false;
};

} // namespace Dashwright
