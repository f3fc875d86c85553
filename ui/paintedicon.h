// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

#include <functional>

class QPainter;

namespace Dashwright {

// An icon drawn with QPainter at whatever size and device pixel ratio is asked for, rather than
// shipped as image files or taken from an icon theme: no theme has icons for data types, stacked
// bars or donuts (and minimal installs have no theme at all), bitmaps blur on high-DPI screens,
// and a drawing can follow the palette when the icon is disabled. `draw` paints into `square`
// (the largest square centred in the icon's rectangle) with antialiasing on.
using IconPainter = std::function<void(QPainter *painter, const QRectF &square, QIcon::Mode mode)>;
QIcon paintedIcon(IconPainter draw);

} // namespace Dashwright
