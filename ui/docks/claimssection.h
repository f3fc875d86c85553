// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/json.h"

#include <QGroupBox>
#include <QString>

#include <nlohmann/json.hpp>

namespace Dashwright {

class ProjectDocument;

// One part of the tenant form, for one kind of claim. Each edit reads the profile's claims as
// they are now, changes its own member and pushes the whole object as one SetTenantClaims, so
// sections never overwrite each other's members. refresh() shows the document's state, leaving
// alone a field whose text already says the same, so that typing keeps its cursor.
class ClaimsSection : public QGroupBox
{
    Q_OBJECT

public:
    ClaimsSection(const QString &title, ProjectDocument *document, QWidget *parent = nullptr);

    QString tenantId() const { return m_tenantId; }
    void setTenantId(const QString &tenantId);
    // Follows the project (its dashboards, parameters, datasets, policies, accounts) and the
    // profile's claims.
    void refresh();

protected:
    virtual void showClaims() = 0;

    ProjectDocument *document() const { return m_document; }
    // The current profile's claims; an empty object when there is no profile.
    Json claims() const;
    // mergeKey: the field being typed in, so that typing is one undo step; empty for clicks.
    void commit(Json claims, const QString &mergeKey = QString());
    // True while refresh() sets fields: their change signals are not edits.
    bool isRefreshing() const { return m_refreshing; }

private:
    ProjectDocument *m_document;
    QString m_tenantId;
    bool m_refreshing = false;
};

} // namespace Dashwright
