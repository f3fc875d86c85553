// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setprojectsettings.h"

#include "setproperty.h"

#include "document/projectdocument.h"

namespace Dashwright {

SetProjectSettings::SetProjectSettings(ProjectDocument *document, const ProjectSettings &settings,
                                       QUndoCommand *parent)
    : QUndoCommand(tr("Change project settings"), parent)
{
    const Project &project = document->project();
    // Children that would change nothing are left out: SetProperty marks them obsolete, but a
    // parent runs its children regardless.
    if (project.name != settings.name)
        new SetProperty(document, {}, &Project::name, settings.name, QString(), this);
    if (project.embedOrigins != settings.embedOrigins)
        new SetProperty(document, {}, &Project::embedOrigins, settings.embedOrigins, QString(),
                        this);
    if (project.theme != settings.theme)
        new SetProperty(document, {}, &Project::theme, settings.theme, QString(), this);
    setObsolete(childCount() == 0);
}

ProjectSettings SetProjectSettings::current(const ProjectDocument &document)
{
    const Project &project = document.project();
    return {project.name, project.embedOrigins, project.theme};
}

} // namespace Dashwright
