// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace Dashwright {

// Query results as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled). One writer for `dashwright query --format csv` and the designer's
// export, so both write the same bytes.
class CsvWriter
{
public:
    // A cell: SQL NULL empty, a double in its shortest exact form, the rest as text.
    static QString cell(const QVariant &value);
    static QString table(const QStringList &header, const QList<QVariantList> &rows);
};

} // namespace Dashwright
