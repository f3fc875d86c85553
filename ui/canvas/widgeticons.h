// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/widget.h"

#include <QIcon>

namespace Dashwright {

// The icon of a widget type: a small picture of the chart it draws, for the palette and the
// menus, drawn by paintedIcon() (paintedicon.h says why).
QIcon widgetTypeIcon(WidgetType type);

} // namespace Dashwright
