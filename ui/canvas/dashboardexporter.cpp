// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardexporter.h"

#include "canvasgrid.h"
#include "data/csvwriter.h"
#include "widgetview.h"

#include <QFileInfo>
#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

DashboardExporter::DashboardExporter(const Dashboard &dashboard, const QList<WidgetRun> &runs,
                                     int width)
    : m_page(std::make_unique<QWidget>())
{
    const CanvasGrid grid(width);
    m_page->setAttribute(Qt::WA_DontShowOnScreen);
    m_page->setAutoFillBackground(true);
    QPalette pal = m_page->palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Window).darker(104));
    m_page->setPalette(pal);
    m_page->resize(grid.width(), grid.height(CanvasGrid::rowsUsed(dashboard.widgets)));

    QHash<QString, const WidgetRun *> byWidget;
    for (const WidgetRun &run : runs)
        byWidget.insert(run.resolution.widgetId, &run);
    for (const Widget &widget : dashboard.widgets) {
        auto *view = new WidgetView(widget, m_page.get());
        view->setGeometry(grid.rect(widget.grid));
        if (const WidgetRun *run = byWidget.value(widget.id))
            view->setRun(*run);
        m_views.insert(widget.id, view);
    }
    // Laid out and sized as on screen (charts size themselves on their views' resize events),
    // but never shown.
    m_page->show();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

DashboardExporter::~DashboardExporter() = default;

QSize DashboardExporter::size() const
{
    return m_page->size();
}

QRect DashboardExporter::widgetRect(const QString &widgetId) const
{
    const WidgetView *view = m_views.value(widgetId);
    return view ? view->geometry() : QRect();
}

QRect DashboardExporter::contentRect(const QString &widgetId) const
{
    const WidgetView *view = m_views.value(widgetId);
    return view ? view->contentRect().translated(view->pos()) : QRect();
}

QImage DashboardExporter::image(qreal devicePixelRatio) const
{
    QImage image(size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter);
    return image;
}

void DashboardExporter::paint(QPainter *painter) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    m_page->render(painter, QPoint(), QRegion(),
                   QWidget::DrawWindowBackground | QWidget::DrawChildren);
}

QImage DashboardExporter::previewImage(const QString &banner, const QSize &size) const
{
    const QSize page = m_page->size();
    const QSize full
            = size.isEmpty() ? QSize(page.width(), page.height() + previewBannerHeight) : size;
    QImage image(full, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_page->palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const QRect bannerRect(0, 0, full.width(), previewBannerHeight);
    painter.fillRect(bannerRect, QColor(0x7c, 0x2d, 0x12));
    QFont font = painter.font();
    font.setPixelSize(16);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QRect textRect = bannerRect.adjusted(12, 0, -12, 0);
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                     QFontMetrics(font).elidedText(banner, Qt::ElideMiddle, textRect.width()));

    const QSize room(full.width(), full.height() - previewBannerHeight);
    const qreal scale = std::min(
            {1.0, qreal(room.width()) / page.width(), qreal(room.height()) / page.height()});
    painter.translate((full.width() - page.width() * scale) / 2.0, previewBannerHeight);
    painter.scale(scale, scale);
    paint(&painter);
    return image;
}

bool DashboardExporter::paintOn(QPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    paint(&painter);
    return painter.end();
}

std::optional<DashboardExporter::Format> DashboardExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s)
        return Format::Png;
    if (suffix == u"svg"_s)
        return Format::Svg;
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    return std::nullopt;
}

bool DashboardExporter::write(const QString &path, QString *error) const
{
    const auto format = formatForPath(path);
    if (!format) {
        if (error)
            *error = tr("%1: unknown image format; use .png, .svg or .pdf").arg(path);
        return false;
    }
    return write(path, *format, error);
}

bool DashboardExporter::write(const QString &path, Format format, QString *error) const
{
    // Written in full to a temporary file, then moved over the target: never half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    bool drawn = false;
    switch (format) {
    case Format::Png:
        // Twice the pixels, so that the image is sharp on high-density screens and in print.
        drawn = image(2.0).save(&file, "PNG");
        break;
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size());
        svg.setViewBox(QRect(QPoint(), size()));
        svg.setTitle(tr("Dashboard"));
        drawn = paintOn(&svg);
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        // One page the dashboard's size, at screen resolution, so that it is drawn 1:1.
        pdf.setResolution(96);
        pdf.setPageMargins(QMarginsF());
        pdf.setPageSize(QPageSize(QSizeF(size()) * 72.0 / 96.0, QPageSize::Point, QString(),
                                  QPageSize::ExactMatch));
        pdf.setCreator(QCoreApplication::applicationName());
        drawn = paintOn(&pdf);
        break;
    }
    }
    if (!drawn) {
        if (error)
            *error = tr("%1: the %2 file could not be written")
                             .arg(path, QFileInfo(path).suffix().toUpper());
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool DashboardExporter::writeCsv(const WidgetRun &run, const QString &path, QString *error)
{
    if (!run.resolution.denied.isEmpty() || !run.error.isEmpty() || !run.resolution.plan) {
        if (error)
            *error = tr("%1: the widget has no data to export").arg(run.title);
        return false;
    }
    QStringList header;
    for (const OutputColumn &column : run.resolution.plan->columns)
        header.append(column.label);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(CsvWriter::table(header, run.result.rows).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Dashwright
