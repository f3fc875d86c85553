// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dashwright {

class ProjectDocument;

// Copy and paste of widgets, without the clipboard itself (that is the GUI's): the selection is
// written as a small project file (ProjectWriter's JSON, format "dashwright-widgets") holding one
// dashboard with the widgets and the parameters their filters take, and pasted back as copies with
// fresh ids, below the target dashboard's content, in one undo step.
class WidgetClipboard
{
    Q_DECLARE_TR_FUNCTIONS(WidgetClipboard)

public:
    struct Content
    {
        QList<Widget> widgets;
        QList<Parameter> parameters; // those the widgets' filters take
    };

    static QString mimeType(); // application/x-dashwright-widgets

    // The widgets of a dashboard with these ids, in the dashboard's order.
    static QByteArray copy(const Project &project, const QString &dashboardId,
                           const QStringList &widgetIds);
    static std::optional<Content> read(QByteArrayView data, QString *error = nullptr);

    // Adds copies of the widgets to the dashboard as one macro on the document's undo stack and
    // returns their ids. A parameter a filter takes is matched by id, then by name and type, and
    // otherwise added too. Widgets on a dataset the project lacks are left out (*error says so);
    // nothing is pushed when nothing can be pasted.
    static QStringList paste(ProjectDocument *document, const QString &dashboardId,
                             QByteArrayView data, QString *error = nullptr);
};

} // namespace Dashwright
