// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/dashboard.h"

#include <QString>
#include <QVariant>

namespace Dashwright {

class ProjectDocument;

// The edits people make to a dashboard parameter, shared by the parameters panel's table and the
// properties panel's form so that both check the same rules. Each pushes one command (or macro)
// onto the document's undo stack, or returns false with *error saying why nothing changed.
namespace ParameterEdits {

bool rename(ProjectDocument *document, const QString &dashboardId, const QString &parameterId,
            const QString &name, QString *error);
bool setLabel(ProjectDocument *document, const QString &dashboardId, const QString &parameterId,
              const QString &label, QString *error);
// Converts the default and the allowed values to the new type where they can be, and falls back to
// a plain value of the type (the default is required) where they cannot.
bool setType(ProjectDocument *document, const QString &dashboardId, const QString &parameterId,
             ColumnType type, QString *error);
bool setDefault(ProjectDocument *document, const QString &dashboardId, const QString &parameterId,
                const QString &text, QString *error);
// text: the values separated by commas; empty allows any value of the type.
bool setAllowedValues(ProjectDocument *document, const QString &dashboardId,
                      const QString &parameterId, const QString &text, QString *error);

// Whether a token must override the parameter (token views without it are denied).
bool setRequiredInToken(ProjectDocument *document, const QString &dashboardId,
                        const QString &parameterId, bool required, QString *error);

// A value as people type it: dates as YYYY-MM-DD, booleans as true/false.
QString valueText(const QVariant &value);
QString allowedValuesText(const Parameter &parameter);
// A new text parameter with a name not yet used on the dashboard.
Parameter newParameter(const Dashboard &dashboard);

} // namespace ParameterEdits

} // namespace Dashwright
