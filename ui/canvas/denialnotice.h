// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QLabel;
class QWidget;

namespace Dashwright {

struct Dashboard;
struct Project;
struct WidgetRun;
class Viewer;

// What a viewer denied a whole dashboard is told, once for the dashboard rather than on every
// widget (issue 14): why, and which of the project's dashboards the token grants instead. The
// canvas shows it above the widgets, and the files and pictures made of them (exports, Compare's
// panes, `dashwright preview`) above theirs.
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
    // The notice's label, one look wherever it is shown; the caller places it. `pixelSize`: its
    // font's, when it must stay readable in a picture shown scaled down; 0 for the widget's.
    static QLabel *label(QWidget *parent, int pixelSize = 0);
};

} // namespace Dashwright
