// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Dashwright {

class ProjectDocument;

// The properties of one dashboard parameter: name, label, type, default and allowed values, with
// the same rules as the parameters panel (ParameterEdits). Typing merges into one undo step; a
// value that breaks a rule is not applied and the form says why.
class ParameterForm : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterForm(ProjectDocument *document, QWidget *parent = nullptr);

    void setParameter(const QString &dashboardId, const QString &parameterId);
    QString message() const;

private:
    void refresh();
    void report(bool ok, const QString &error);

    ProjectDocument *m_document;
    QString m_dashboardId;
    QString m_parameterId;
    bool m_refreshing = false;
    QLineEdit *m_name;
    QLineEdit *m_label;
    QComboBox *m_type;
    QLineEdit *m_default;
    QLineEdit *m_allowed;
    QCheckBox *m_required;
    QLabel *m_message;
};

} // namespace Dashwright
