// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace Dashwright {

class ProjectDocument;

// Removes a widget from a dashboard, keeping it (and its row) to put it back on undo.
class RemoveWidget : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveWidget)

public:
    RemoveWidget(ProjectDocument *document, const QString &dashboardId, const QString &widgetId,
                 QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    QString m_dashboardId;
    QString m_widgetId;
    std::optional<Widget> m_removed;
    int m_row = -1;
};

} // namespace Dashwright
