// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/dashboard.h"

#include <QString>

namespace Dashwright {

class ProjectDocument;

// The edits people make to a dashboard's own filters in the properties panel. Each replaces the
// dashboard's filter list through one SetProperty command, so every edit is one undo step: typing
// a label merges into one, an add, a removal or a choice in a list is a step of its own. Returns
// false with *error saying why when nothing changed.
namespace DashboardFilterEdits {

// A new filter at the end of the list, on the first dataset the dashboard's widgets read (else the
// project's first) and its first column, "? in ?", viewer-editable and unset. *filterId: its id.
bool add(ProjectDocument *document, const QString &dashboardId, QString *filterId, QString *error);
bool remove(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
            QString *error);
bool setLabel(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
              const QString &label, QString *error);
// The dataset's first column replaces the column, and the value is cleared.
bool setDataset(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
                const QString &datasetId, QString *error);
// The value is kept when it fits the new column, else cleared.
bool setColumn(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
               const QString &columnId, QString *error);
bool setExpression(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
                   FilterExpression expression, QString *error);
// text as people type it, in the column's type: values separated by commas for "? in ?",
// "? not in ?" and "? between ?"; empty: unset.
bool setValue(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
              const QString &text, QString *error);
// parameterId empty: the filter takes its own value. A filter that follows a parameter is not
// viewer-editable (the parameter may carry the tenant's scope).
bool setParameter(ProjectDocument *document, const QString &dashboardId, const QString &filterId,
                  const QString &parameterId, QString *error);
bool setViewerEditable(ProjectDocument *document, const QString &dashboardId,
                       const QString &filterId, bool editable, QString *error);

QString valueText(const Filter &filter);

} // namespace DashboardFilterEdits

} // namespace Dashwright
