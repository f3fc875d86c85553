// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "securablessection.h"

#include "access/claimsedits.h"
#include "document/projectdocument.h"

#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

SecurablesSection::SecurablesSection(ProjectDocument *document, QWidget *parent)
    : ClaimsSection(tr("Securables"), document, parent)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(u"securables"_s);
    m_list->setToolTip(tr("A dashboard grants the datasets its widgets read; checking datasets "
                          "too limits the profile to those."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!isRefreshing())
            edited();
    });
}

void SecurablesSection::rebuild()
{
    const Project &project = document()->project();
    QStringList ids;
    for (const Dashboard &dashboard : project.dashboards)
        ids.append(dashboard.id);
    for (const Dataset &dataset : project.datasets)
        ids.append(dataset.id);
    if (ids == m_shownIds) {
        // Same objects; their names may have changed.
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            const QString id = item->data(Qt::UserRole).toString();
            const Dashboard *dashboard = project.dashboard(id);
            item->setText(dashboard ? tr("Dashboard: %1").arg(dashboard->title)
                                    : tr("Dataset: %1").arg(project.dataset(id)->name));
        }
        return;
    }
    m_shownIds = ids;
    m_list->clear();
    const auto add = [this](const QString &text, const QString &id) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    };
    for (const Dashboard &dashboard : project.dashboards)
        add(tr("Dashboard: %1").arg(dashboard.title), dashboard.id);
    for (const Dataset &dataset : project.datasets)
        add(tr("Dataset: %1").arg(dataset.name), dataset.id);
    // As tall as its items: the form scrolls as a whole.
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * qMax(m_list->count(), 1)
                           + 2 * m_list->frameWidth());
}

void SecurablesSection::showClaims()
{
    rebuild();
    const Json securables = ClaimsEdits::member(claims(), "securables");
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const std::string id = item->data(Qt::UserRole).toString().toStdString();
        const bool granted = securables.is_array()
                && std::find(securables.begin(), securables.end(), Json(id)) != securables.end();
        item->setCheckState(granted ? Qt::Checked : Qt::Unchecked);
    }
}

void SecurablesSection::edited()
{
    // The claims' order stays: unchecked ids leave, newly checked ones join at the end, and ids
    // the list does not show (unknown to the project) are left for the validator to name.
    const Json current = claims();
    const Json previous = ClaimsEdits::member(current, "securables");
    Json securables = Json::array();
    QStringList checked;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            checked.append(m_list->item(row)->data(Qt::UserRole).toString());
    }
    if (previous.is_array()) {
        for (const Json &id : previous) {
            const QString text
                    = id.is_string() ? QString::fromStdString(id.get<std::string>()) : QString();
            if (checked.removeOne(text) || !m_shownIds.contains(text))
                securables.push_back(id);
        }
    }
    for (const QString &id : std::as_const(checked))
        securables.push_back(id.toStdString());
    commit(ClaimsEdits::withMember(current, "securables", securables));
}

} // namespace Dashwright
