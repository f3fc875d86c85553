// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/widget.h"

#include <QList>
#include <QPoint>
#include <QRect>

namespace Dashwright {

// The canvas's grid: 12 columns across whatever width there is, rows of a fixed height, and the
// arithmetic between grid cells and pixels that placing, snapping and exporting share.
class CanvasGrid
{
public:
    static constexpr int columns = 12;
    static constexpr int rowHeight = 64;
    static constexpr int margin = 12; // around the grid
    static constexpr int gap = 10;    // between neighbouring widgets

    explicit CanvasGrid(int width);

    int width() const { return m_width; }
    double columnWidth() const;
    // The pixel rectangle a widget at this grid place covers (without the gap around it).
    QRect rect(const GridRect &grid) const;
    // The cell under a pixel position, clamped to the columns.
    QPoint cellAt(const QPoint &position) const;
    // Whole cells a pixel offset amounts to, rounded to the nearest: what a drag snaps to.
    QPoint snappedDelta(const QPoint &pixels) const;
    // The pixel height of rows rows, margins included.
    int height(int rows) const;

    // The grid place moved into the columns and below the top, at least one cell large.
    static GridRect clamped(GridRect grid);
    // The rows the widgets take up.
    static int rowsUsed(const QList<Widget> &widgets);
    // A place of this size for a new widget: the first where it overlaps nothing, scanning rows
    // from the top, else below everything.
    static GridRect freePlace(const QList<Widget> &widgets, int width, int height);

private:
    int m_width;
};

} // namespace Dashwright
