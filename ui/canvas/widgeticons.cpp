// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgeticons.h"

#include "paintedicon.h"

#include <QPainter>
#include <QPainterPath>

#include <array>

namespace Dashwright {

namespace {

const QColor primary(0x4e, 0x79, 0xa7);
const QColor secondary(0xf2, 0x8e, 0x2b);
const QColor ink(0x55, 0x5b, 0x66);

// Draws on a 16 × 16 grid, scaled to the icon's size by widgetTypeIcon().
void paint(QPainter &p, WidgetType type)
{
    p.setRenderHint(QPainter::Antialiasing);
    const QPen outline(ink, 1.2);
    switch (type) {
    case WidgetType::Kpi: {
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(1.5, 3.5, 13, 9), 2, 2);
        p.setPen(Qt::NoPen);
        p.setBrush(primary);
        // A big figure: two bold bars and a small caption line.
        p.drawRect(QRectF(4, 5.5, 2, 4));
        p.drawRect(QRectF(7, 5.5, 2, 4));
        p.drawRect(QRectF(10, 5.5, 2, 4));
        p.setBrush(ink);
        p.drawRect(QRectF(5, 10.3, 6, 0.9));
        break;
    }
    case WidgetType::Bar:
    case WidgetType::StackedBar: {
        p.setPen(Qt::NoPen);
        const std::array<qreal, 3> lengths{12, 8, 5};
        for (int i = 0; i < 3; ++i) {
            const QRectF bar(2, 2.5 + i * 4.2, lengths[i], 3);
            p.setBrush(primary);
            p.drawRect(bar);
            if (type == WidgetType::StackedBar) {
                p.setBrush(secondary);
                p.drawRect(QRectF(bar.right() - bar.width() * 0.4, bar.top(), bar.width() * 0.4,
                                  bar.height()));
            }
        }
        p.setPen(outline);
        p.drawLine(QPointF(1.5, 1.5), QPointF(1.5, 14.5));
        break;
    }
    case WidgetType::Line:
    case WidgetType::Area: {
        const QList<QPointF> points{{1.5, 12}, {5, 7}, {8.5, 9.5}, {14.5, 3}};
        if (type == WidgetType::Area) {
            QPainterPath area;
            area.moveTo(1.5, 14.5);
            for (const QPointF &point : points)
                area.lineTo(point);
            area.lineTo(14.5, 14.5);
            area.closeSubpath();
            p.setPen(Qt::NoPen);
            p.setBrush(primary.lighter(130));
            p.drawPath(area);
        }
        p.setPen(QPen(primary, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(points.data(), int(points.size()));
        p.setPen(outline);
        p.drawLine(QPointF(1, 14.5), QPointF(15, 14.5));
        break;
    }
    case WidgetType::Pie: {
        const QRectF circle(1.5, 1.5, 13, 13);
        p.setPen(Qt::NoPen);
        p.setBrush(primary);
        p.drawPie(circle, 90 * 16, 250 * 16);
        p.setBrush(secondary);
        p.drawPie(circle, 340 * 16, 110 * 16);
        break;
    }
    case WidgetType::Donut: {
        // A ring of thick arcs: the icon may be painted straight onto a widget, where clearing a
        // hole would punch through the widget's background too.
        const QRectF ring(3.3, 3.3, 9.4, 9.4);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(primary, 3.6, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(ring, 90 * 16, 250 * 16);
        p.setPen(QPen(secondary, 3.6, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(ring, 340 * 16, 110 * 16);
        break;
    }
    case WidgetType::Scatter: {
        p.setPen(Qt::NoPen);
        p.setBrush(primary);
        for (const QPointF &dot :
             {QPointF(4, 11), QPointF(6.5, 7.5), QPointF(9, 9.5), QPointF(11, 5), QPointF(13, 3.5)})
            p.drawEllipse(dot, 1.5, 1.5);
        p.setPen(outline);
        p.drawLine(QPointF(1.5, 1.5), QPointF(1.5, 14.5));
        p.drawLine(QPointF(1.5, 14.5), QPointF(14.5, 14.5));
        break;
    }
    case WidgetType::Table: {
        p.setPen(Qt::NoPen);
        p.setBrush(primary);
        p.drawRect(QRectF(1.5, 2, 13, 3));
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(1.5, 2, 13, 12));
        p.drawLine(QPointF(1.5, 8.5), QPointF(14.5, 8.5));
        p.drawLine(QPointF(1.5, 11.3), QPointF(14.5, 11.3));
        p.drawLine(QPointF(6, 5), QPointF(6, 14));
        p.drawLine(QPointF(10.5, 5), QPointF(10.5, 14));
        break;
    }
    case WidgetType::Text: {
        p.setPen(QPen(ink, 1.4, Qt::SolidLine, Qt::RoundCap));
        const std::array<qreal, 4> lengths{12, 10, 12, 7};
        for (int i = 0; i < 4; ++i)
            p.drawLine(QPointF(2, 3 + i * 3.3), QPointF(2 + lengths[i], 3 + i * 3.3));
        break;
    }
    }
}

} // namespace

QIcon widgetTypeIcon(WidgetType type)
{
    return paintedIcon([type](QPainter *painter, const QRectF &square, QIcon::Mode) {
        painter->translate(square.topLeft());
        painter->scale(square.width() / 16.0, square.height() / 16.0);
        paint(*painter, type);
    });
}

} // namespace Dashwright
