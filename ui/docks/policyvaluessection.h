// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/claimsedits.h"
#include "claimssection.h"

#include <QList>

class QFormLayout;
class QLineEdit;

namespace Dashwright {

// policy_values: one field per "${{ name }}" the project's access policies use. Values are typed
// by the rule's column; a placeholder of an IN rule takes a list ("a, b"). An empty field leaves
// the value out, which denies the widgets the policy covers.
class PolicyValuesSection : public ClaimsSection
{
    Q_OBJECT

public:
    explicit PolicyValuesSection(ProjectDocument *document, QWidget *parent = nullptr);

    QStringList placeholderNames() const;

protected:
    void showClaims() override;

private:
    void rebuild(const QList<ClaimsEdits::Placeholder> &placeholders);

    QFormLayout *m_form;
    QList<std::pair<ClaimsEdits::Placeholder, QLineEdit *>> m_fields;
};

} // namespace Dashwright
