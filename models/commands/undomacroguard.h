// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QUndoStack;

namespace Dashwright {

// Groups the commands pushed during its lifetime into one undo step (beginMacro … endMacro), and
// ends the macro on every way out of the scope, early returns and exceptions included.
class UndoMacroGuard
{
public:
    UndoMacroGuard(QUndoStack *stack, const QString &text);
    ~UndoMacroGuard();

    UndoMacroGuard(const UndoMacroGuard &) = delete;
    UndoMacroGuard &operator=(const UndoMacroGuard &) = delete;

    // Ends the macro before the end of the scope; later calls and the destructor do nothing.
    void finish();

private:
    QUndoStack *m_stack;
    bool m_open = true;
};

} // namespace Dashwright
