// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/theme.h"

#include <QFont>
#include <QPalette>

namespace Dashwright {

// The project theme as Qt palettes and fonts for the canvas and its widget views. Light mode is
// the application's own palette (the canvas a shade darker than the cards, as before themes);
// dark mode takes ThemeColors, the values the web runtime's dark styles use.
namespace CanvasTheme {

// Behind the widgets.
QPalette canvasPalette(const QPalette &application, const Theme &theme);
// A widget's card: its Window is the card colour.
QPalette widgetPalette(const QPalette &application, const Theme &theme);
// `base` in the theme's family; system-ui leaves it as it is.
QFont font(const QFont &base, const Theme &theme);

} // namespace CanvasTheme
} // namespace Dashwright
