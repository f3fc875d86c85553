// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimssection.h"

namespace Dashwright {

class ListEditor;

// filters: one row per token filter, with the dataset, a column of that dataset, the expression,
// the value (a list as "a, b"), the clause (where/having) and the origin (global/initialization).
class TokenFiltersSection : public ClaimsSection
{
    Q_OBJECT

public:
    explicit TokenFiltersSection(ProjectDocument *document, QWidget *parent = nullptr);

    ListEditor *editor() const { return m_editor; }

protected:
    void showClaims() override;

private:
    void updateChoices();
    // ListEditor offers one set of choices per column; each row's column list is narrowed to
    // its dataset here, and its value field told what the expression takes.
    void fitRows();
    void fitColumns();
    void edited();

    ListEditor *m_editor;
};

} // namespace Dashwright
