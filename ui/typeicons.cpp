// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "typeicons.h"

#include "paintedicon.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <array>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// The pictures of the types, drawn by paintedIcon() (see there for why they are drawn).
class TypeIconDrawing
{
public:
    explicit TypeIconDrawing(ColumnType type)
        : m_type(type)
    { }

    void operator()(QPainter *painter, const QRectF &square, QIcon::Mode mode) const
    {
        const QColor color = mode == QIcon::Disabled
                ? QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)
                : typeColor();
        switch (m_type) {
        case ColumnType::Text:
            drawText(painter, square, u"Abc"_s, color);
            break;
        case ColumnType::Integer:
            drawText(painter, square, u"123"_s, color);
            break;
        case ColumnType::Number:
            drawText(painter, square, u"1.2"_s, color);
            break;
        case ColumnType::Date:
        case ColumnType::DateTime:
            drawCalendar(painter, square, color, m_type == ColumnType::DateTime);
            break;
        case ColumnType::Boolean:
            drawCheck(painter, square, color);
            break;
        }
    }

private:
    // One hue per kind of value, dark enough on a light background and light enough on a dark one.
    QColor typeColor() const
    {
        switch (m_type) {
        case ColumnType::Text:
            return QColor(0x5b, 0x6b, 0x9a);
        case ColumnType::Integer:
        case ColumnType::Number:
            return QColor(0x2e, 0x8b, 0x57);
        case ColumnType::Date:
        case ColumnType::DateTime:
            return QColor(0xc0, 0x6a, 0x1b);
        case ColumnType::Boolean:
            return QColor(0x8e, 0x4f, 0xb0);
        }
        return Qt::gray;
    }

    static void drawText(QPainter *painter, const QRectF &square, const QString &text,
                         const QColor &color)
    {
        // Three characters across the icon's width, whatever the font: scaled to fit.
        QFont font = QGuiApplication::font();
        font.setBold(true);
        font.setPixelSize(100);
        const QFontMetricsF metrics(font);
        const QRectF bounds = metrics.tightBoundingRect(text);
        const qreal scale
                = qMin(square.width() / bounds.width(), square.height() * 0.62 / bounds.height());
        painter->setPen(color);
        painter->setFont(font);
        painter->translate(square.center());
        painter->scale(scale, scale);
        painter->drawText(QPointF(-bounds.center().x(), -bounds.center().y()), text);
    }

    static void drawCalendar(QPainter *painter, const QRectF &square, const QColor &color,
                             bool withClock)
    {
        const qreal unit = square.width() / 16;
        const QRectF page = square.adjusted(unit, 2 * unit, -unit, -unit);
        painter->setPen(QPen(color, qMax(1.0, unit)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(page, unit, unit);
        // The binding across the top and the two rings above it.
        painter->fillRect(QRectF(page.left(), page.top(), page.width(), 3 * unit), color);
        painter->drawLine(QPointF(page.left() + 3.5 * unit, square.top() + unit),
                          QPointF(page.left() + 3.5 * unit, page.top() + 1.5 * unit));
        painter->drawLine(QPointF(page.right() - 3.5 * unit, square.top() + unit),
                          QPointF(page.right() - 3.5 * unit, page.top() + 1.5 * unit));
        if (withClock) {
            const QPointF centre(page.center().x(), page.center().y() + 1.5 * unit);
            painter->drawEllipse(centre, 4 * unit, 4 * unit);
            painter->drawLine(centre, centre + QPointF(0, -3 * unit));
            painter->drawLine(centre, centre + QPointF(2.2 * unit, 0));
            return;
        }
        // The days: a grid of dots.
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 3; ++column) {
                painter->drawRect(QRectF(page.left() + (2 + 3.7 * column) * unit,
                                         page.top() + (5 + 3.5 * row) * unit, 2 * unit, 2 * unit));
            }
        }
    }

    static void drawCheck(QPainter *painter, const QRectF &square, const QColor &color)
    {
        const qreal unit = square.width() / 16;
        const QRectF box = square.adjusted(1.5 * unit, 1.5 * unit, -1.5 * unit, -1.5 * unit);
        painter->setPen(QPen(color, qMax(1.0, unit)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box, 2 * unit, 2 * unit);
        QPainterPath tick;
        tick.moveTo(box.left() + 2.5 * unit, box.center().y());
        tick.lineTo(box.left() + 5.5 * unit, box.bottom() - 3 * unit);
        tick.lineTo(box.right() - 2.5 * unit, box.top() + 3 * unit);
        painter->setPen(
                QPen(color, qMax(1.5, 2 * unit), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(tick);
    }

    ColumnType m_type;
};

} // namespace

QIcon columnTypeIcon(ColumnType type)
{
    static const std::array<QIcon, 6> icons{
            paintedIcon(TypeIconDrawing(ColumnType::Text)),
            paintedIcon(TypeIconDrawing(ColumnType::Integer)),
            paintedIcon(TypeIconDrawing(ColumnType::Number)),
            paintedIcon(TypeIconDrawing(ColumnType::Date)),
            paintedIcon(TypeIconDrawing(ColumnType::DateTime)),
            paintedIcon(TypeIconDrawing(ColumnType::Boolean)),
    };
    return icons.at(size_t(type));
}

} // namespace Dashwright
