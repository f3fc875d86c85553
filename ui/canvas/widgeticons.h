// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/widget.h"

#include <QIcon>

namespace Dashwright {

// The icon of a widget type: a small picture of the chart it draws, for the palette and the
// menus. Painted here rather than taken from an icon theme: no theme has a stacked bar or a
// donut, Debian's minimal installs have no theme at all, and the same pictures then show on
// every desktop.
QIcon widgetTypeIcon(WidgetType type);

} // namespace Dashwright
