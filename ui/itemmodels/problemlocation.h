// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentselection.h"

#include <QString>

namespace Dashwright {

struct Project;

// What a problem's JSON path (e.g. "dashboards[0].widgets[2].measures[0]") is about, in the terms
// of the designer's selection: a dashboard and maybe one of its widgets or parameters, a dataset
// (also for an access policy on it) or an account.
struct ProblemLocation
{
    DocumentSelection::Kind kind = DocumentSelection::Kind::None;
    QString dashboardId; // set for widgets and parameters, and for a dashboard's own fields
    QString objectId;    // the widget, parameter, dataset or account
    QString description; // for people, e.g. "Dashboard “Sales” › widget “Revenue”"

    bool isValid() const { return kind != DocumentSelection::Kind::None || !dashboardId.isEmpty(); }

    static ProblemLocation locate(const Project &project, const QString &path);
    // Shows the location: its dashboard, then the object. false when there is nothing to show.
    bool select(DocumentSelection *selection) const;
};

} // namespace Dashwright
