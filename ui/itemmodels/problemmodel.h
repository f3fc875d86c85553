// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/problem.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Dashwright {

class ProjectDocument;

// What ProjectValidator finds wrong with the document, kept current: every change restarts a short
// timer, and the project is checked again once edits pause (typing a title validates once).
class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { MessageColumn, LocationColumn, ColumnCount };
    enum Roles { PathRole = Qt::UserRole + 1 };

    explicit ProblemModel(ProjectDocument *document, QObject *parent = nullptr);

    const Problems &problems() const { return m_problems; }
    // Checks now instead of after the pause.
    void revalidate();
    // What the preview's resolution says about a dashboard as a whole (an override of a
    // parameter it does not have…), listed after the project's problems until replaced.
    void setPreviewWarnings(const QString &dashboardId, const QStringList &warnings);
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void revalidated(int problemCount);

private:
    ProjectDocument *m_document;
    Problems m_problems;
    QStringList m_locations;
    QString m_previewDashboardId;
    QStringList m_previewWarnings;
    QTimer m_timer;
};

} // namespace Dashwright
