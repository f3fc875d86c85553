// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardexporter.h"

#include "canvasgrid.h"
#include "canvastheme.h"
#include "data/csvwriter.h"
#include "denialnotice.h"
#include "widgetview.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

DashboardExporter::DashboardExporter(const Dashboard &dashboard, const QList<WidgetRun> &runs,
                                     int width, const Header &header, const Theme &theme)
    : m_page(std::make_unique<QWidget>())
{
    const CanvasGrid grid(width);
    m_page->setAttribute(Qt::WA_DontShowOnScreen);
    m_page->setAutoFillBackground(true);
    m_page->setPalette(CanvasTheme::canvasPalette(QApplication::palette(), theme));
    m_page->setFont(CanvasTheme::font(QApplication::font(), theme));
    int top = header.title.isEmpty() ? 0 : headerHeight;
    if (top > 0) {
        m_header = new QWidget(m_page.get());
        m_header->setObjectName(u"exportHeader"_s);
        m_header->setGeometry(0, 0, grid.width(), headerHeight);
        auto *title = new QLabel(m_header);
        title->setTextFormat(Qt::PlainText);
        QFont font = title->font();
        font.setPixelSize(20);
        font.setBold(true);
        title->setFont(font);
        const int room = grid.width() - 2 * CanvasGrid::margin;
        title->setText(QFontMetrics(font).elidedText(header.title, Qt::ElideRight, room));
        auto *stamp = new QLabel(m_header);
        stamp->setTextFormat(Qt::PlainText);
        stamp->setForegroundRole(QPalette::PlaceholderText);
        QStringList parts;
        if (!header.viewer.isEmpty())
            parts.append(header.viewer);
        if (header.time.isValid())
            parts.append(QLocale().toString(header.time, QLocale::LongFormat));
        stamp->setText(QFontMetrics(stamp->font())
                               .elidedText(parts.join(u"  ·  "_s), Qt::ElideRight, room));
        auto *layout = new QVBoxLayout(m_header);
        layout->setContentsMargins(CanvasGrid::margin, 8, CanvasGrid::margin, 0);
        layout->setSpacing(2);
        layout->addWidget(title);
        layout->addWidget(stamp);
        layout->addStretch(1);
    }
    if (!header.notice.isEmpty()) {
        // Large enough to read where the picture is shown scaled down (Compare's panes).
        QLabel *notice = DenialNotice::label(m_page.get(), 18);
        notice->setText(header.notice);
        const int width = grid.width() - 2 * CanvasGrid::margin;
        notice->setGeometry(CanvasGrid::margin, top + CanvasGrid::margin, width,
                            notice->heightForWidth(width));
        top = notice->geometry().bottom() + 1;
        m_notice = notice;
    }
    m_page->resize(grid.width(), top + grid.height(CanvasGrid::rowsUsed(dashboard.widgets)));

    QHash<QString, const WidgetRun *> byWidget;
    for (const WidgetRun &run : runs)
        byWidget.insert(run.resolution.widgetId, &run);
    for (const Widget &widget : dashboard.widgets) {
        auto *view = new WidgetView(widget, m_page.get());
        view->setTheme(theme);
        view->setForExport(true);
        view->setGeometry(grid.rect(widget.grid).translated(0, top));
        if (const WidgetRun *run = byWidget.value(widget.id))
            view->setRun(*run);
        m_views.insert(widget.id, view);
    }
    // Laid out and sized as on screen (charts size themselves on their views' resize events),
    // but never shown.
    m_page->show();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    growTables();
}

void DashboardExporter::growTables()
{
    // Each view moves down by as much as the tables above it grew (the most of them, when two
    // stand side by side), in the order of their tops, so that a table's own move is known before
    // the views under it take theirs.
    QList<WidgetView *> views = m_views.values();
    std::sort(views.begin(), views.end(), [](const WidgetView *a, const WidgetView *b) {
        return a->y() < b->y() || (a->y() == b->y() && a->x() < b->x());
    });
    struct Placed
    {
        QRect original;
        int shift = 0;
        int growth = 0;
    };
    QList<Placed> placed;
    int bottom = m_page->height();
    for (WidgetView *view : std::as_const(views)) {
        Placed p{view->geometry()};
        for (const Placed &above : std::as_const(placed)) {
            if (above.growth + above.shift > 0 && above.original.bottom() < p.original.top())
                p.shift = std::max(p.shift, above.shift + above.growth);
        }
        p.growth = view->heightForAllRows() - view->height();
        placed.append(p);
        if (p.shift == 0 && p.growth == 0)
            continue;
        view->setGeometry(p.original.adjusted(0, p.shift, 0, p.shift + p.growth));
        bottom = std::max(bottom, view->geometry().bottom() + 1 + CanvasGrid::margin);
    }
    if (bottom > m_page->height()) {
        m_page->resize(m_page->width(), bottom);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
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

QRect DashboardExporter::headerRect() const
{
    return m_header ? m_header->geometry() : QRect();
}

QRect DashboardExporter::noticeRect() const
{
    return m_notice ? m_notice->geometry() : QRect();
}

QList<std::pair<int, int>> DashboardExporter::pageBands(int pageHeight) const
{
    const int total = m_page->height();
    pageHeight = std::max(pageHeight, 1);
    // Where a page may end: anywhere outside the widgets, and between two rows of a table. A
    // break through a row would draw that row on both pages (a widget paints the rows its
    // region touches, past the page's end: the PDF engine keeps no clip while widgets draw).
    QList<const WidgetView *> views(m_views.cbegin(), m_views.cend());
    QHash<const WidgetView *, QList<int>> rowBreaks;
    for (const WidgetView *view : std::as_const(views)) {
        QList<int> breaks = view->rowBreaks();
        for (int &y : breaks)
            y += view->y();
        rowBreaks.insert(view, breaks);
    }
    const auto mayBreakAt = [&](int y, bool betweenRows) {
        for (const WidgetView *view : std::as_const(views)) {
            if (view->y() < y && y < view->y() + view->height()
                && !(betweenRows && rowBreaks.value(view).contains(y)))
                return false;
        }
        return true;
    };
    const auto lowestBreak = [&](int top, bool betweenRows) -> std::optional<int> {
        for (int y = top + pageHeight; y > top + pageHeight / 4; --y) {
            if (mayBreakAt(y, betweenRows))
                return y;
        }
        return std::nullopt;
    };
    QList<std::pair<int, int>> bands;
    int top = 0;
    while (top < total) {
        if (total - top <= pageHeight) {
            bands.append({top, total});
            break;
        }
        // The lowest place on the page between widgets, a page at least a quarter full; else
        // between two rows of a table; else a widget taller than a page is cut where it ends.
        const int cut = lowestBreak(top, false)
                                .value_or(lowestBreak(top, true).value_or(top + pageHeight));
        bands.append({top, cut});
        top = cut;
    }
    return bands;
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

QPageLayout DashboardExporter::pdfPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(8, 8, 8, 8),
                       QPageLayout::Millimeter);
}

bool DashboardExporter::writePdf(QIODevice *file) const
{
    // A4 landscape pages that print as they are, the dashboard scaled to the page's width;
    // a long dashboard goes on as many pages as it takes.
    QPdfWriter pdf(file);
    pdf.setResolution(96);
    pdf.setCreator(QCoreApplication::applicationName());
    pdf.setPageLayout(pdfPageLayout());
    const QRect paintRect = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const qreal scale = qreal(paintRect.width()) / m_page->width();
    const QList<std::pair<int, int>> bands = pageBands(int(paintRect.height() / scale));
    const auto unclip = qScopeGuard([this] {
        for (WidgetView *view : m_views)
            view->setExportClip({});
    });
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (qsizetype i = 0; i < bands.size(); ++i) {
        if (i > 0 && !pdf.newPage())
            return false;
        const auto [top, bottom] = bands.at(i);
        const QRect band(0, top, m_page->width(), bottom - top);
        for (WidgetView *view : m_views) {
            const bool cut = !band.contains(view->geometry()) && band.intersects(view->geometry());
            view->setExportClip(cut ? band.intersected(view->geometry()).translated(-view->pos())
                                    : QRect());
        }
        painter.save();
        painter.scale(scale, scale);
        m_page->render(&painter, QPoint(), QRegion(0, top, m_page->width(), bottom - top),
                       QWidget::DrawWindowBackground | QWidget::DrawChildren);
        painter.restore();
    }
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
    case Format::Pdf:
        drawn = writePdf(&file);
        break;
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
