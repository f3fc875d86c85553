// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

namespace Dashwright {

class ProjectDocument;

// Renames a dashboard parameter. Nothing else changes: filters refer to the parameter by id. The
// name is what tokens' and tenant profiles' parameter_overrides use, so those still naming the old
// one stop matching (the validator reports the profiles; issued tokens are out of reach). Typing
// the name merges into one step.
class RenameParameter : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameParameter)

public:
    RenameParameter(ProjectDocument *document, const QString &dashboardId,
                    const QString &parameterId, const QString &name,
                    QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    void apply(const QString &name);

    ProjectDocument *m_document;
    QString m_dashboardId;
    QString m_parameterId;
    QString m_oldName;
    QString m_newName;
};

} // namespace Dashwright
