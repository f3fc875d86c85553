// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "undomacroguard.h"

#include <QUndoStack>

namespace Dashwright {

UndoMacroGuard::UndoMacroGuard(QUndoStack *stack, const QString &text)
    : m_stack(stack)
{
    m_stack->beginMacro(text);
}

UndoMacroGuard::~UndoMacroGuard()
{
    finish();
}

void UndoMacroGuard::finish()
{
    if (!m_open)
        return;
    m_open = false;
    m_stack->endMacro();
}

} // namespace Dashwright
