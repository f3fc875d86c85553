// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardselector.h"

#include "commands/listcommands.h"
#include "commands/setproperty.h"
#include "document/projectdocument.h"
#include "documentselection.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QSet>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Dashwright {

DashboardSelector::DashboardSelector(ProjectDocument *document, DocumentSelection *selection,
                                     QWidget *parent)
    : QComboBox(parent)
    , m_document(document)
    , m_selection(selection)
    , m_add(new QAction(tr("New &Dashboard"), this))
    , m_rename(new QAction(tr("&Rename Dashboard…"), this))
    , m_remove(new QAction(tr("De&lete Dashboard"), this))
{
    setObjectName(u"dashboardSelector"_s);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("The dashboard on the canvas"));
    m_add->setObjectName(u"actionAddDashboard"_s);
    m_rename->setObjectName(u"actionRenameDashboard"_s);
    m_remove->setObjectName(u"actionRemoveDashboard"_s);

    connect(this, &QComboBox::activated, this, [this](int index) {
        if (!m_rebuilding)
            m_selection->setDashboardId(itemData(index).toString());
    });
    connect(m_add, &QAction::triggered, this, &DashboardSelector::addDashboard);
    connect(m_rename, &QAction::triggered, this, &DashboardSelector::askRename);
    connect(m_remove, &QAction::triggered, this, &DashboardSelector::askRemove);
    connect(selection, &DocumentSelection::dashboardChanged, this, &DashboardSelector::rebuild);
    connect(document, &ProjectDocument::projectReset, this, &DashboardSelector::rebuild);
    connect(document, &ProjectDocument::dashboardAdded, this, &DashboardSelector::rebuild);
    connect(document, &ProjectDocument::dashboardRemoved, this, &DashboardSelector::rebuild);
    connect(document, &ProjectDocument::dashboardChanged, this, &DashboardSelector::rebuild);
    rebuild();
}

QString DashboardSelector::addDashboard()
{
    const auto &dashboards = m_document->project().dashboards;
    QSet<QString> slugs;
    for (const Dashboard &d : dashboards)
        slugs.insert(d.slug);
    int n = int(dashboards.size()) + 1;
    while (slugs.contains(u"dashboard-%1"_s.arg(n)))
        ++n;
    Dashboard dashboard;
    dashboard.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    dashboard.slug = u"dashboard-%1"_s.arg(n);
    dashboard.title = tr("Dashboard %1").arg(n);
    m_document->undoStack()->push(new AddDashboard(m_document, dashboard));
    m_selection->setDashboardId(dashboard.id);
    return dashboard.id;
}

bool DashboardSelector::renameDashboard(const QString &title)
{
    const QString id = m_selection->dashboardId();
    if (!m_document->dashboard(id) || title.trimmed().isEmpty())
        return false;
    m_document->undoStack()->push(new SetProperty(m_document, {QString(), id}, &Dashboard::title,
                                                  title.trimmed(), tr("Rename dashboard")));
    return true;
}

bool DashboardSelector::removeDashboard()
{
    const QString id = m_selection->dashboardId();
    if (!m_document->dashboard(id) || m_document->project().dashboards.size() < 2)
        return false;
    m_document->undoStack()->push(new RemoveDashboard(m_document, id));
    return true;
}

void DashboardSelector::askRename()
{
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    if (!dashboard)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename Dashboard"), tr("Title:"),
                                                QLineEdit::Normal, dashboard->title, &ok);
    if (ok)
        renameDashboard(title);
}

void DashboardSelector::askRemove()
{
    const Dashboard *dashboard = m_document->dashboard(m_selection->dashboardId());
    if (!dashboard)
        return;
    const auto answer
            = QMessageBox::question(this, tr("Delete Dashboard"),
                                    tr("Delete “%1” and its %n widget(s)? You can undo this.",
                                       nullptr, int(dashboard->widgets.size()))
                                            .arg(dashboard->title));
    if (answer == QMessageBox::Yes)
        removeDashboard();
}

void DashboardSelector::rebuild()
{
    m_rebuilding = true;
    clear();
    for (const Dashboard &dashboard : m_document->project().dashboards)
        addItem(dashboard.title, dashboard.id);
    setCurrentIndex(findData(m_selection->dashboardId()));
    m_rebuilding = false;
    m_rename->setEnabled(currentIndex() >= 0);
    // A project keeps at least one dashboard to design on.
    m_remove->setEnabled(currentIndex() >= 0 && count() > 1);
}

} // namespace Dashwright
