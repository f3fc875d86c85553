// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mergeablecommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace Dashwright {

class ProjectDocument;

// Renames a dashboard parameter. Filters refer to the parameter by id and do not change. The name
// is what tokens' and tenant profiles' parameter_overrides use: the project's tenant profiles
// follow the rename, unless another dashboard has a parameter of the old name too (the override
// then still serves that one; the validator reports what no longer matches). Tokens already issued
// are out of reach. Typing the name merges into one step.
class RenameParameter : public MergeableCommand<MergeId::RenameParameter, RenameParameter>
{
    Q_DECLARE_TR_FUNCTIONS(RenameParameter)

public:
    RenameParameter(ProjectDocument *document, const QString &dashboardId,
                    const QString &parameterId, const QString &name,
                    QUndoCommand *parent = nullptr);

    bool absorb(const RenameParameter &next);
    void redo() override;
    void undo() override;

private:
    void setName(const QString &name);
    // Tenant profiles' claims by id, as recorded.
    void restore(const QHash<QString, nlohmann::ordered_json> &claims);
    // The first redo: the profiles follow the rename from the name before the first keystroke.
    void renameOverrides();

    ProjectDocument *m_document;
    QString m_dashboardId;
    QString m_parameterId;
    QString m_oldName;
    QString m_newName;
    // The name before the first of the keystrokes this command merges: the profiles follow the
    // whole rename, never an in-between name (which another dashboard may use).
    QString m_originalName;
    // Claims of every profile the rename touched, before it and after it: undo and redo restore
    // these, so they stay exact inverses however the steps merged.
    QHash<QString, nlohmann::ordered_json> m_before;
    QHash<QString, nlohmann::ordered_json> m_after;
    bool m_done = false;
};

} // namespace Dashwright
