// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/theme.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

namespace Dashwright {

class ProjectDocument;

// The fields of the project itself that File › Project Settings edits.
struct ProjectSettings
{
    QString name;
    QStringList embedOrigins;
    Theme theme;

    bool operator==(const ProjectSettings &) const = default;
};

// Sets the project's name, embed origins and theme as one undo step ("Change project settings"):
// one SetProperty child per field that changes, so that undo puts back exactly what was there. With
// nothing to change it is obsolete and QUndoStack drops it. The origins are taken as given; the
// project validator (and the dialog, before it pushes this) says whether they are origins; so
// with the theme's palette and font.
class SetProjectSettings : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetProjectSettings)

public:
    SetProjectSettings(ProjectDocument *document, const ProjectSettings &settings,
                       QUndoCommand *parent = nullptr);

    static ProjectSettings current(const ProjectDocument &document);
};

} // namespace Dashwright
