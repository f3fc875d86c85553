// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasgrid.h"

#include <algorithm>
#include <cmath>

namespace Dashwright {

namespace {
bool overlaps(const GridRect &a, const GridRect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height
            && b.y < a.y + a.height;
}
} // namespace

CanvasGrid::CanvasGrid(int width)
    : m_width(std::max(width, 2 * margin + columns * 24))
{ }

double CanvasGrid::columnWidth() const
{
    return double(m_width - 2 * margin) / columns;
}

QRect CanvasGrid::rect(const GridRect &grid) const
{
    const double column = columnWidth();
    const int left = margin + int(std::lround(grid.x * column));
    const int right = margin + int(std::lround((grid.x + grid.width) * column));
    const int top = margin + grid.y * rowHeight;
    const int bottom = margin + (grid.y + grid.height) * rowHeight;
    return QRect(QPoint(left + gap / 2, top + gap / 2),
                 QPoint(right - gap / 2 - 1, bottom - gap / 2 - 1));
}

QPoint CanvasGrid::cellAt(const QPoint &position) const
{
    const int x = int(std::floor((position.x() - margin) / columnWidth()));
    const int y = int(std::floor(double(position.y() - margin) / rowHeight));
    return {std::clamp(x, 0, columns - 1), std::max(y, 0)};
}

QPoint CanvasGrid::snappedDelta(const QPoint &pixels) const
{
    return {int(std::lround(pixels.x() / columnWidth())),
            int(std::lround(double(pixels.y()) / rowHeight))};
}

int CanvasGrid::height(int rows) const
{
    return 2 * margin + rows * rowHeight;
}

GridRect CanvasGrid::clamped(GridRect grid)
{
    grid.width = std::clamp(grid.width, 1, columns);
    grid.height = std::max(grid.height, 1);
    grid.x = std::clamp(grid.x, 0, columns - grid.width);
    grid.y = std::max(grid.y, 0);
    return grid;
}

int CanvasGrid::rowsUsed(const QList<Widget> &widgets)
{
    int rows = 0;
    for (const Widget &widget : widgets)
        rows = std::max(rows, widget.grid.y + widget.grid.height);
    return rows;
}

GridRect CanvasGrid::freePlace(const QList<Widget> &widgets, int width, int height)
{
    width = std::clamp(width, 1, columns);
    const int rows = rowsUsed(widgets);
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x + width <= columns; ++x) {
            const GridRect candidate{x, y, width, height};
            if (std::none_of(widgets.cbegin(), widgets.cend(),
                             [&](const Widget &w) { return overlaps(candidate, w.grid); }))
                return candidate;
        }
    }
    return {0, rows, width, height};
}

} // namespace Dashwright
