// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Dashwright {

struct QueryResult
{
    QString key; // what the caller submitted it under (e.g. the widget id)
    QStringList columns;
    QList<QVariantList> rows;
    qint64 elapsedMicroseconds = 0;
    QString error;          // empty on success
    bool cancelled = false; // superseded or cancelled; rows are empty

    bool ok() const { return error.isEmpty() && !cancelled; }
};

} // namespace Dashwright
