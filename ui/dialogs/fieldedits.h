// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/setproperty.h"

#include <QUndoStack>

namespace Dashwright {

// For dialogs that edit a whole object and apply it at once: one SetProperty per field that
// changed, meant to be pushed inside one macro (UndoMacroGuard), so that OK is one undo step.
template<typename Object, typename... Members>
void pushChangedFields(ProjectDocument *document, const ObjectRef &ref, const Object &before,
                       const Object &after, Members... members)
{
    const auto push = [&](auto member) {
        if (!(before.*member == after.*member))
            document->undoStack()->push(new SetProperty(document, ref, member, after.*member));
    };
    (push(members), ...);
}

} // namespace Dashwright
