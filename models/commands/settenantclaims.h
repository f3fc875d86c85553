// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mergeablecommand.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

namespace Dashwright {

class ProjectDocument;

// Replaces a tenant profile's whole claims object. The claims are edited as one JSON value
// because they are one (DESIGN §5): the form changes a member and hands over the result, which
// keeps members it does not show (and their order) as they were.
//
// mergeKey says which field an edit comes from while typing ("policy_values/restaurant_name",
// "metadata"): consecutive edits of the same profile with the same non-empty key merge into one
// step. Discrete edits (a checkbox, a combo box) pass none and stay steps of their own. An edit
// whose net effect is nothing is obsolete, so QUndoStack drops it.
class SetTenantClaims : public MergeableCommand<MergeId::SetTenantClaims, SetTenantClaims>
{
    Q_DECLARE_TR_FUNCTIONS(SetTenantClaims)

public:
    SetTenantClaims(ProjectDocument *document, const QString &tenantId,
                    nlohmann::ordered_json claims, const QString &mergeKey = QString(),
                    QUndoCommand *parent = nullptr);

    const nlohmann::ordered_json &oldClaims() const { return m_old; }
    const nlohmann::ordered_json &newClaims() const { return m_new; }

    bool absorb(const SetTenantClaims &next);
    void redo() override;
    void undo() override;

private:
    void apply(const nlohmann::ordered_json &claims);

    ProjectDocument *m_document;
    QString m_tenantId;
    QString m_mergeKey;
    nlohmann::ordered_json m_old;
    nlohmann::ordered_json m_new;
};

} // namespace Dashwright
