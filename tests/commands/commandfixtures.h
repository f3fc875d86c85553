// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectdocument.h"

#include <QString>
#include <QStringList>
#include <QUuid>

// What the command and clipboard tests build on: the demo document and a few new objects for it.
namespace Dashwright::Tests::Commands {

using namespace Qt::StringLiterals;

// Name-based, so that a command made twice makes the same change.
inline QString newId(const QString &name)
{
    return QUuid::createUuidV5(QUuid(u"b7f1a7a4-5f2e-4a57-9a51-3f3d1c0e2a10"_s), name)
            .toString(QUuid::WithoutBraces);
}

inline const Dashboard &firstDashboard(const ProjectDocument &doc)
{
    return doc.project().dashboards.first();
}

inline QString dashboardId(const ProjectDocument &doc, int index = 0)
{
    return doc.project().dashboards.at(index).id;
}

inline QString widgetId(const ProjectDocument &doc, int index = 0)
{
    return firstDashboard(doc).widgets.at(index).id;
}

inline Widget newWidget()
{
    Widget w;
    w.id = newId(u"widget"_s);
    w.type = WidgetType::Text;
    w.title = u"Notes"_s;
    w.text = u"Hello"_s;
    w.grid = {0, 20, 4, 2};
    return w;
}

inline Parameter newParameter(ColumnType type = ColumnType::Integer)
{
    Parameter p;
    p.id = newId(u"parameter"_s);
    p.name = u"year"_s;
    p.label = u"Year"_s;
    p.type = type;
    p.defaultValue = QVariant(qint64(2025));
    return p;
}

inline QString problemText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

} // namespace Dashwright::Tests::Commands
