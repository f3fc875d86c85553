// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "denialnotice.h"

#include "access/dashboardrunner.h"
#include "access/viewer.h"
#include "document/project.h"

#include <QFont>
#include <QLabel>
#include <QStringList>

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

QLabel *DenialNotice::label(QWidget *parent, int pixelSize)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"dashboardDenialNotice"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // names and reasons come from the project
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(u"QLabel { background: #fdecec; color: #5c0b12; "
                         u"border-bottom: 2px solid #c01c28; padding: 10px 14px; "
                         u"font-weight: bold; }"_s);
    if (pixelSize > 0) {
        QFont font = label->font();
        font.setPixelSize(pixelSize);
        label->setFont(font);
    }
    return label;
}

} // namespace Dashwright
