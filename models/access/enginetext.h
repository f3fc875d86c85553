// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Dashwright {

// The engine's messages to people: denials, warnings, why a token or a filter value is refused.
// They are English where no translation is installed, which is what the CLI prints and the embed
// server answers (neither installs one, so scripts and integrators read stable text); the
// designer installs its translation, and the same message then reads in its language.
class EngineText
{
    Q_DECLARE_TR_FUNCTIONS(EngineText)
};

} // namespace Dashwright
