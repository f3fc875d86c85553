// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paintedicon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

class PaintedIconEngine final : public QIconEngine
{
public:
    explicit PaintedIconEngine(IconPainter draw)
        : m_draw(std::move(draw))
    { }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_draw); }

    QString key() const override { return u"DashwrightPaintedIcon"_s; }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        const QRectF box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal side = qMin(box.width(), box.height());
        const QRectF square(box.center().x() - side / 2, box.center().y() - side / 2, side, side);
        m_draw(painter, square, mode);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

private:
    IconPainter m_draw;
};

} // namespace

QIcon paintedIcon(IconPainter draw)
{
    return QIcon(new PaintedIconEngine(std::move(draw)));
}

} // namespace Dashwright
