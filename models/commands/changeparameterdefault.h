// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mergeablecommand.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>

namespace Dashwright {

class ProjectDocument;

// Sets a parameter's default value, which every parameter must have. Only a value of the
// parameter's type (after coerceValue) and, when the parameter lists allowed values, one of
// them is accepted: create() refuses anything else, so the document never holds a bad default.
// Consecutive edits of the same default merge (typing).
class ChangeParameterDefault
    : public MergeableCommand<MergeId::ChangeParameterDefault, ChangeParameterDefault>
{
    Q_DECLARE_TR_FUNCTIONS(ChangeParameterDefault)

public:
    // nullptr, with *error saying why, when the value does not fit the parameter.
    static std::unique_ptr<ChangeParameterDefault>
    create(ProjectDocument *document, const QString &dashboardId, const QString &parameterId,
           const QVariant &value, QString *error = nullptr);

    const QVariant &newValue() const { return m_newValue; }

    bool absorb(const ChangeParameterDefault &next);
    void redo() override;
    void undo() override;

private:
    ChangeParameterDefault(ProjectDocument *document, const QString &dashboardId,
                           const QString &parameterId, QVariant oldValue, QVariant newValue);
    void apply(const QVariant &value);

    ProjectDocument *m_document;
    QString m_dashboardId;
    QString m_parameterId;
    QVariant m_oldValue;
    QVariant m_newValue;
};

} // namespace Dashwright
