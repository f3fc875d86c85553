// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemmodel.h"

#include "document/projectdocument.h"
#include "document/projectvalidator.h"
#include "problemlocation.h"

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
constexpr int defaultDelayMs = 300;
} // namespace

ProblemModel::ProblemModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ProblemModel::revalidate);

    // Every signal that follows a change of the project; the arguments do not matter here.
    const auto later = [this] { m_timer.start(); };
    using D = ProjectDocument;
    for (auto signal : {&D::projectReset, &D::projectChanged})
        connect(document, signal, this, later);
    for (auto signal : {&D::dashboardAdded, &D::dashboardRemoved, &D::datasetAdded,
                        &D::datasetRemoved, &D::accountAdded, &D::accountRemoved})
        connect(document, signal, this, later);
    for (auto signal : {&D::dashboardChanged, &D::datasetChanged, &D::accountChanged})
        connect(document, signal, this, later);
    for (auto signal :
         {&D::widgetAdded, &D::widgetRemoved, &D::parameterAdded, &D::parameterRemoved})
        connect(document, signal, this, later);
    for (auto signal : {&D::widgetChanged, &D::parameterChanged})
        connect(document, signal, this, later);

    revalidate();
}

void ProblemModel::revalidate()
{
    m_timer.stop();
    const Project &project = m_document->project();
    beginResetModel();
    m_problems = ProjectValidator::validate(project);
    for (qsizetype i = 0; i < project.dashboards.size(); ++i) {
        if (project.dashboards.at(i).id != m_previewDashboardId)
            continue;
        for (const QString &warning : std::as_const(m_previewWarnings))
            m_problems.append({u"dashboards[%1]"_s.arg(i), tr("Preview: %1").arg(warning)});
    }
    m_locations.clear();
    for (const Problem &problem : std::as_const(m_problems))
        m_locations.append(ProblemLocation::locate(project, problem.path).description);
    endResetModel();
    Q_EMIT revalidated(int(m_problems.size()));
}

void ProblemModel::setPreviewWarnings(const QString &dashboardId, const QStringList &warnings)
{
    if (dashboardId == m_previewDashboardId && warnings == m_previewWarnings)
        return;
    m_previewDashboardId = dashboardId;
    m_previewWarnings = warnings;
    revalidate();
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &problem = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MessageColumn)
            return problem.message;
        return m_locations.at(index.row()).isEmpty() ? problem.path : m_locations.at(index.row());
    case Qt::ToolTipRole:
        return problem.path;
    case PathRole:
        return problem.path;
    }
    return {};
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == MessageColumn ? tr("Problem") : tr("Where");
}

} // namespace Dashwright
