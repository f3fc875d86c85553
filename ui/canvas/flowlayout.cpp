// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace Dashwright {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    invalidate();
    return m_items.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    // The widest item alone on a line.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width ? m_horizontalSpacing : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, false);
}

int FlowLayout::arrange(const QRect &rect, bool measureOnly) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int width = std::max(1, area.width());
    int y = area.top();
    QList<std::pair<QLayoutItem *, QSize>> line;
    int lineWidth = 0;
    int lineHeight = 0;
    const auto flush = [&] {
        int x = area.left();
        for (const auto &[item, size] : std::as_const(line)) {
            if (!measureOnly)
                item->setGeometry(QRect(QPoint(x, y + (lineHeight - size.height()) / 2), size));
            x += size.width() + m_horizontalSpacing;
        }
        if (!line.isEmpty())
            y += lineHeight + m_verticalSpacing;
        line.clear();
        lineWidth = 0;
        lineHeight = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        QSize size = item->sizeHint();
        // An item wider than the line is given the line, down to its minimum.
        size.setWidth(std::max(std::min(size.width(), width), item->minimumSize().width()));
        const int needed = lineWidth + (line.isEmpty() ? 0 : m_horizontalSpacing) + size.width();
        if (!line.isEmpty() && needed > width)
            flush();
        lineWidth += (line.isEmpty() ? 0 : m_horizontalSpacing) + size.width();
        lineHeight = std::max(lineHeight, size.height());
        line.append({item, size});
    }
    flush();
    const int used = y - area.top() - (y > area.top() ? m_verticalSpacing : 0);
    return used + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace Dashwright
