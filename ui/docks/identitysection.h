// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimssection.h"

#include <QList>

class QLineEdit;
class QSpinBox;

namespace Dashwright {

// Who the tenant is and how long a token lasts: username, name, email, suborganization, expiry
// and inactivity interval. An empty field leaves its claim out.
class IdentitySection : public ClaimsSection
{
    Q_OBJECT

public:
    explicit IdentitySection(ProjectDocument *document, QWidget *parent = nullptr);

protected:
    void showClaims() override;

private:
    QList<QLineEdit *> m_fields; // objectName is the claim
    QSpinBox *m_inactivity;
};

} // namespace Dashwright
