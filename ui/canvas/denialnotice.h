// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QImage;

namespace Dashwright {

struct Dashboard;
struct Project;
struct WidgetRun;
class Viewer;

// What a viewer denied a whole dashboard is told, once for the dashboard rather than on every
// widget (issue 14): why, and which of the project's dashboards the token grants instead. The
// canvas shows it above the widgets; the compare window and the headless preview paint it over
// their pictures.
class DenialNotice
{
    Q_DECLARE_TR_FUNCTIONS(DenialNotice)

public:
    // "Farolito's token does not grant “Distributor performance”. It grants: Restaurant
    // overview." `reason` is the engine's (DashboardResolution::denied).
    static QString text(const Project &project, const Dashboard &dashboard, const Viewer &viewer,
                        const QString &reason);
    // The whole-dashboard denial of finished runs (WidgetResolution::dashboardDenied on every
    // one), or empty.
    static QString reason(const QList<WidgetRun> &runs);
    // The notice as a box across `image`, `top` pixels from its top edge.
    static void paint(QImage &image, int top, const QString &text);
};

} // namespace Dashwright
