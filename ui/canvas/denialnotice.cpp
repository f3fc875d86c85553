// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "denialnotice.h"

#include "access/dashboardrunner.h"
#include "access/viewer.h"
#include "document/project.h"

#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

QString DenialNotice::text(const Project &project, const Dashboard &dashboard, const Viewer &viewer,
                           const QString &reason)
{
    const QString who = viewer.subject();
    const QStringList granted = viewer.grantedDashboards(project);
    QString first;
    if (!granted.contains(dashboard.id)) {
        first = who.isEmpty() ? tr("This token does not grant “%1”.").arg(dashboard.title)
                              : tr("%1's token does not grant “%2”.").arg(who, dashboard.title);
    } else {
        first = who.isEmpty()
                ? tr("This token shows nothing of “%1”: %2.").arg(dashboard.title, reason)
                : tr("%1's token shows nothing of “%2”: %3.").arg(who, dashboard.title, reason);
    }
    QStringList others;
    for (const QString &id : granted) {
        const Dashboard *other = project.dashboard(id);
        if (other && other->id != dashboard.id)
            // Quoted as the language quotes („…“ in German, « … » in French).
            //: A dashboard's title in a list of titles.
            others.append(tr("“%1”").arg(other->title));
    }
    const QString second = others.isEmpty() ? tr("It grants no other dashboard of this project.")
                                            : tr("It grants: %1.").arg(others.join(u", "_s));
    return first + u' ' + second;
}

QString DenialNotice::reason(const QList<WidgetRun> &runs)
{
    if (runs.isEmpty())
        return {};
    for (const WidgetRun &run : runs) {
        if (!run.resolution.dashboardDenied)
            return {};
    }
    return runs.constFirst().resolution.denied;
}

void DenialNotice::paint(QImage &image, int top, const QString &text)
{
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font = painter.font();
    // Large enough to stay readable where the picture is shown scaled down (Compare's panes).
    font.setPixelSize(20);
    font.setBold(true);
    painter.setFont(font);
    const int margin = 24;
    const int padding = 16;
    const int width = std::max(100, image.width() - 2 * margin);
    const QRect textRect = QFontMetrics(font).boundingRect(QRect(0, 0, width - 2 * padding, 10000),
                                                           Qt::TextWordWrap, text);
    const QRect box(margin, top + margin, width, textRect.height() + 2 * padding);
    painter.setPen(QPen(QColor(0xc0, 0x1c, 0x28), 2));
    painter.setBrush(QColor(0xfd, 0xec, 0xec));
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(QColor(0x5c, 0x0b, 0x12));
    painter.drawText(box.adjusted(padding, padding, -padding, -padding),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
}

} // namespace Dashwright
