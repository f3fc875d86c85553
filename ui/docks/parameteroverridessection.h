// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/claimsedits.h"
#include "claimssection.h"

#include <QList>

class QCheckBox;
class QGridLayout;

namespace Dashwright {

// parameter_overrides: one row per parameter name across the dashboards, unchecked while the
// profile leaves it at its default, with an editor of the parameter's type (its allowed values as
// a list when it has some).
class ParameterOverridesSection : public ClaimsSection
{
    Q_OBJECT

public:
    explicit ParameterOverridesSection(ProjectDocument *document, QWidget *parent = nullptr);

protected:
    void showClaims() override;

private:
    struct Row
    {
        ClaimsEdits::OverridableParameter parameter;
        QCheckBox *overridden;
        QWidget *editor;
    };

    void rebuild(const QList<ClaimsEdits::OverridableParameter> &parameters);
    QWidget *createEditor(const ClaimsEdits::OverridableParameter &parameter);
    void edited(const Row &row, bool typing);

    QGridLayout *m_grid;
    QList<Row> m_rows;
};

} // namespace Dashwright
