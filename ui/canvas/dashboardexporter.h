// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/dashboardrunner.h"
#include "document/dashboard.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

#include <memory>

class QPaintDevice;
class QPainter;
class QWidget;

namespace Dashwright {

class WidgetView;

// Draws a dashboard off-screen from finished widget runs, on the canvas's grid at a given width,
// and writes it as PNG, SVG or PDF. The canvas's exports and the headless preview go through it,
// so a file shows what the canvas shows, minus the selection.
class DashboardExporter
{
    Q_DECLARE_TR_FUNCTIONS(DashboardExporter)

public:
    enum class Format { Png, Svg, Pdf };

    // runs: one per widget that has data (WidgetRun::resolution.widgetId); text widgets need none.
    DashboardExporter(const Dashboard &dashboard, const QList<WidgetRun> &runs, int width = 1280);
    ~DashboardExporter();

    QSize size() const;
    // Where a widget is drawn, in image coordinates; empty for an unknown widget.
    QRect widgetRect(const QString &widgetId) const;
    // The part of it below the title: the chart, table, number or text.
    QRect contentRect(const QString &widgetId) const;

    QImage image(qreal devicePixelRatio = 1.0) const;
    void paint(QPainter *painter) const;

    // The headless preview's picture (`dashwright preview`): a banner saying whose view it is
    // (a tenant, or the design view) above the dashboard, so that no image of one tenant's data
    // passes for another's. `size` pixels when given: the dashboard scaled down to fit, never
    // cropped, on the page's background; else the page's size plus the banner.
    QImage previewImage(const QString &banner, const QSize &size = {}) const;
    static constexpr int previewBannerHeight = 40;

    static std::optional<Format> formatForPath(const QString &path);
    bool write(const QString &path, QString *error = nullptr) const; // format by suffix
    bool write(const QString &path, Format format, QString *error = nullptr) const;

    // A widget's data as CSV (RFC 4180, header of column labels), as `dashwright query` writes it.
    static bool writeCsv(const WidgetRun &run, const QString &path, QString *error = nullptr);

private:
    bool paintOn(QPaintDevice *device) const;

    std::unique_ptr<QWidget> m_page;
    QHash<QString, WidgetView *> m_views;
};

} // namespace Dashwright
