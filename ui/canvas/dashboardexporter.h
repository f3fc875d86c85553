// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/dashboardrunner.h"
#include "document/dashboard.h"
#include "document/theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QRect>
#include <QSize>
#include <QString>

#include <memory>

class QIODevice;
class QPaintDevice;
class QPainter;
class QWidget;

namespace Dashwright {

class WidgetView;

// Draws a dashboard off-screen from finished widget runs, on the canvas's grid at a given width,
// and writes it as PNG, SVG or PDF. The canvas's exports and the headless preview go through it,
// so a file shows what the canvas shows, minus the selection and the designer's own marks (the
// warnings badges, the tables' pagers): a table shows all its rows, growing downwards and pushing
// the widgets under it down. A PDF is A4 landscape pages, broken between widgets where it can.
class DashboardExporter
{
    Q_DECLARE_TR_FUNCTIONS(DashboardExporter)

public:
    enum class Format { Png, Svg, Pdf };

    // Above the dashboard in a file: what it is, whose view of the data, and when.
    struct Header
    {
        QString title;
        QString viewer; // e.g. "Previewed as Farolito", "Default — no token"
        QDateTime time;
        // A viewer denied the whole dashboard: why, once, above its widgets (DenialNotice).
        // Shown without a title too.
        QString notice;
    };
    static constexpr int headerHeight = 56;

    // runs: one per widget (WidgetRun::resolution.widgetId), text widgets included: their text
    // comes from the engine, which gives none to a denied viewer; a widget without a run is blank.
    // header: none when its title is empty (the headless preview draws its own banner); its
    // notice is shown either way. theme: the project's, as the canvas draws it (palette, dark
    // mode, font).
    DashboardExporter(const Dashboard &dashboard, const QList<WidgetRun> &runs, int width = 1280,
                      const Header &header = {}, const Theme &theme = {});
    ~DashboardExporter();

    QSize size() const;
    // Where a widget is drawn, in image coordinates; empty for an unknown widget.
    QRect widgetRect(const QString &widgetId) const;
    // The part of it below the title: the chart, table, number or text.
    QRect contentRect(const QString &widgetId) const;
    // The header's area (empty without one), in image coordinates.
    QRect headerRect() const;
    // The denial notice's area (empty without one), in image coordinates.
    QRect noticeRect() const;
    // The vertical bands [top, bottom) that pages of pageHeight pixels show: each break lies
    // between widgets or between two rows of a table, unless a widget is taller than a page.
    QList<std::pair<int, int>> pageBands(int pageHeight) const;
    QImage image(qreal devicePixelRatio = 1.0) const;
    void paint(QPainter *painter) const;

    // The headless preview's picture (`dashwright preview`): a banner saying whose view it is
    // (a tenant, or the design view) above the dashboard, so that no image of one tenant's data
    // passes for another's. `size` pixels when given: the dashboard scaled down to fit, never
    // cropped, on the page's background; else the page's size plus the banner.
    QImage previewImage(const QString &banner, const QSize &size = {}) const;
    static constexpr int previewBannerHeight = 40;

    // The PDF's pages: A4 landscape, with small margins, drawn at 96 dpi.
    static QPageLayout pdfPageLayout();

    static std::optional<Format> formatForPath(const QString &path);
    bool write(const QString &path, QString *error = nullptr) const; // format by suffix
    bool write(const QString &path, Format format, QString *error = nullptr) const;

    // A widget's data as CSV (RFC 4180, header of column labels), as `dashwright query` writes it.
    static bool writeCsv(const WidgetRun &run, const QString &path, QString *error = nullptr);

private:
    bool paintOn(QPaintDevice *device) const;
    bool writePdf(QIODevice *file) const;
    void growTables();

    std::unique_ptr<QWidget> m_page;
    QWidget *m_header = nullptr;
    QWidget *m_notice = nullptr;
    QHash<QString, WidgetView *> m_views;
};

} // namespace Dashwright
