// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include <nlohmann/json.hpp>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Dashwright {

class CanvasDataController;
class DocumentSelection;
class ProjectDocument;
class TenantPreview;

// The effective access inspector: for the selected widget, as the canvas previews it, the account
// queried, the SQL with its bound values, each override, filter and policy rule that applied, the
// warnings — or the denial. It shows explainResolution(), the same description as
// `dashwright query --explain`, so what QA reads here is what the CLI and the server do.
class AccessInspector : public QDockWidget
{
    Q_OBJECT

public:
    AccessInspector(ProjectDocument *document, DocumentSelection *selection,
                    CanvasDataController *controller, TenantPreview *preview,
                    QWidget *parent = nullptr);

    QString widgetId() const { return m_widgetId; }
    // What is shown (null when no widget is selected or it has not resolved yet).
    const nlohmann::ordered_json &explanation() const { return m_explanation; }

public Q_SLOTS:
    void copySql();
    void copyJson();

private:
    void refresh();

    ProjectDocument *m_document;
    DocumentSelection *m_selection;
    CanvasDataController *m_controller;
    TenantPreview *m_preview;
    QString m_widgetId;
    nlohmann::ordered_json m_explanation;

    QLabel *m_heading;
    QLabel *m_status;
    QPlainTextEdit *m_sql;
    QTreeWidget *m_details;
    QPushButton *m_copySql;
    QPushButton *m_copyJson;
};

} // namespace Dashwright
