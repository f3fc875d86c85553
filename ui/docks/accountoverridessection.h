// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimssection.h"

#include "document/account.h"

#include <QList>

class QCheckBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace Dashwright {

// account_overrides: for each account, whether the profile sends its connection elsewhere, and
// where: the database file (SQLite), host, port, database and user (PostgreSQL), or the base URL
// (plugin). There is deliberately no password field: a profile lives in the shared project file,
// and a tenant on its own server brings its password in a sealed token.
class AccountOverridesSection : public ClaimsSection
{
    Q_OBJECT

public:
    explicit AccountOverridesSection(ProjectDocument *document, QWidget *parent = nullptr);

protected:
    void showClaims() override;

private:
    struct Group
    {
        QString accountId;
        AccountType type;
        QString name;
        QCheckBox *overridden;
        QList<QLineEdit *> fields; // objectName ends with the override's key
        QSpinBox *port = nullptr;
    };

    void rebuild();
    void edited(const QString &accountId, const std::string &key, const Json &value, bool typing);

    QFormLayout *m_form;
    QList<Group> m_groups;
};

} // namespace Dashwright
