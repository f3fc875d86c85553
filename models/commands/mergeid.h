// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Dashwright {

// QUndoCommand::id() of every command that merges with its successor; one list so that no two
// kinds of command ever share an id by accident. Commands that never merge keep the default -1.
enum class MergeId : int {
    SetProperty = 1,
    MoveWidgets,
    RenameParameter,
    ChangeParameterDefault,
    SetTenantClaims,
};

} // namespace Dashwright
