// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimssection.h"

#include <QStringList>

class QListWidget;

namespace Dashwright {

// What the profile grants: a checkable list of the project's dashboards and datasets. Granting a
// dashboard alone grants the datasets its widgets read; granting datasets too limits it to them.
class SecurablesSection : public ClaimsSection
{
    Q_OBJECT

public:
    explicit SecurablesSection(ProjectDocument *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

protected:
    void showClaims() override;

private:
    void rebuild();
    void edited();

    QListWidget *m_list;
    QStringList m_shownIds; // what the list holds, to rebuild only when the project changes
};

} // namespace Dashwright
