// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QHash>
#include <QString>
#include <QVariant>

class QLabel;
class QPushButton;

namespace Dashwright {

class CanvasDataController;
class FlowLayout;
class ProjectDocument;
struct Filter;
struct Parameter;

// The row of controls above the canvas's widgets (issue 14): the dashboard's viewer-editable
// filters, as the web component offers them (the same filters, the same choices under the same
// viewer's resolution, a list for "in"), and its parameters ("Parameters (design view)"). The
// analyst flips a value and the widgets it concerns are resolved and queried again through
// CanvasDataController. The values are the session's, never saved; "Reset" returns to the
// defaults. In a tenant preview the filters are what that tenant's viewer could pick; the
// parameters are the token's (or their defaults) and shown disabled.
//
// Filters that are not viewer-editable are not shown: a tenant's viewer never sees them, and the
// bar previews what the viewer can change; they are part of the design, in the Properties panel.
class FilterBar : public QFrame
{
    Q_OBJECT

public:
    FilterBar(ProjectDocument *document, CanvasDataController *controller,
              QWidget *parent = nullptr);

    // The shown dashboard has a filter or a parameter to show.
    bool hasControls() const { return m_controls > 0; }

Q_SIGNALS:
    // Controls were added, removed or changed: the bar's height, or whether it is needed, may
    // differ.
    void controlsChanged();

private:
    void rebuild();
    void updateValues();
    QString structure() const;
    void clearControls();
    void addFilter(const Filter &filter);
    void addParameter(const Parameter &parameter, bool tokenView);
    QLabel *caption(const QString &text, const QString &toolTip);
    // A control and its label, kept together on one line of the bar.
    void addLabelled(QLabel *label, QWidget *control);
    QVariant shownFilterValue(const Filter &filter) const;

    ProjectDocument *m_document;
    CanvasDataController *m_controller;
    FlowLayout *m_layout;
    QPushButton *m_reset;
    QString m_structure;
    int m_controls = 0;
};

} // namespace Dashwright
