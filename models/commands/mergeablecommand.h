// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mergeid.h"

#include <QString>
#include <QUndoCommand>

namespace Dashwright {

// The base of every command that merges with its successor (after Glaxnimate's
// MergeableCommand): typing a title, dragging a widget or editing a claim is one undo step, not
// one per keystroke or mouse move.
//
// Derived implements `bool absorb(const Derived &next)`: false when `next` is about another object
// or field (no merge), else it takes over next's new value and marks itself obsolete when the net
// change is nothing, so that QUndoStack drops it.
//
// The commit flag ends merging: a command pushed with commit true (the step that ends a drag, a
// discrete edit such as a checkbox) takes no later command into itself, so the next edit starts a
// step of its own. A merge takes over the commit flag of the command it absorbed.
template<MergeId Id, typename Derived>
class MergeableCommand : public QUndoCommand
{
public:
    int id() const final { return int(Id); }

    bool mergeWith(const QUndoCommand *other) final
    {
        if (m_commit)
            return false;
        // Commands of one id may still differ in type (SetProperty's instantiations share theirs).
        const auto *next = dynamic_cast<const Derived *>(other);
        if (!next || !static_cast<Derived *>(this)->absorb(*next))
            return false;
        m_commit = static_cast<const MergeableCommand *>(next)->m_commit;
        return true;
    }

    bool isCommitted() const { return m_commit; }

protected:
    MergeableCommand(const QString &text, bool commit, QUndoCommand *parent)
        : QUndoCommand(text, parent)
        , m_commit(commit)
    { }

private:
    bool m_commit;
};

} // namespace Dashwright
