// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Dashwright {

QString CsvWriter::cell(const QVariant &value)
{
    if (value.isNull())
        return {};
    QString text = value.typeId() == QMetaType::Double
            ? QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest)
            : value.toString();
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

QString CsvWriter::table(const QStringList &header, const QList<QVariantList> &rows)
{
    QStringList cells;
    for (const QString &label : header)
        cells.append(cell(label));
    QString text = cells.join(u',') + u"\r\n"_s;
    for (const QVariantList &row : rows) {
        cells.clear();
        for (const QVariant &value : row)
            cells.append(cell(value));
        text += cells.join(u',') + u"\r\n"_s;
    }
    return text;
}

} // namespace Dashwright
