// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdocument.h"

#include "document/projectfile.h"

#include <QUndoStack>

#include <algorithm>

namespace Dashwright {

namespace {
template<typename T>
int indexById(const QList<T> &list, const QString &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&](const T &item) { return item.id == id; });
    return it == list.cend() ? -1 : int(it - list.cbegin());
}

template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    const int index = indexById(list, id);
    return index < 0 ? nullptr : &list[index];
}

int insertionRow(int row, qsizetype size)
{
    Q_ASSERT(row >= -1 && row <= size);
    return row < 0 ? int(size) : row;
}

// Inserts with the begin/end signal pair item models need around beginInsertRows/endInsertRows.
template<typename T, typename Before, typename After>
void insertInto(QList<T> &list, int row, T item, Before &&before, After &&after)
{
    row = insertionRow(row, list.size());
    before(row);
    list.insert(row, std::move(item));
    after(row);
}

template<typename T, typename Before, typename After>
T takeFrom(QList<T> &list, int row, Before &&before, After &&after)
{
    Q_ASSERT(row >= 0 && row < list.size());
    before(row);
    T item = list.takeAt(row);
    after(row);
    return item;
}
} // namespace

ProjectDocument::ProjectDocument(QObject *parent)
    : ProjectDocument(Project(), parent)
{ }

ProjectDocument::ProjectDocument(Project project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument()
{
    // The undo stack is a child, destroyed after the project; its destructor clears it, which
    // emits indexChanged to listeners that would then read a project that is gone.
    m_undoStack->blockSignals(true);
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ProjectDocument::reset(Project project, const QString &filePath)
{
    Q_EMIT projectAboutToBeReset();
    // Cleared first: the old history's commands refer to objects of the old project. Clearing
    // also makes the stack clean, which reports modifiedChanged(false) when it was modified.
    m_undoStack->clear();
    m_project = std::move(project);
    // The new file before projectReset: what reacts to it reads what lies beside the project
    // (the keystore with the accounts' secrets), and must find the new project's, not the old.
    const bool moved = filePath != m_filePath;
    m_filePath = filePath;
    Q_EMIT projectReset();
    if (moved)
        Q_EMIT filePathChanged(m_filePath);
}

bool ProjectDocument::load(const QString &path, Problems *problems)
{
    // A design in progress may break rules; it opens, and the problems panel lists them.
    ProjectFile::LoadResult result = ProjectFile::load(path, ProjectFile::Check::Readable);
    if (problems)
        *problems = result.problems;
    if (!result.project)
        return false;
    reset(std::move(*result.project), path);
    return true;
}

bool ProjectDocument::save(const QString &path, QString *error)
{
    if (!ProjectFile::save(m_project, path, error))
        return false;
    m_undoStack->setClean();
    if (path != m_filePath) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    return true;
}

int ProjectDocument::dashboardIndex(const QString &dashboardId) const
{
    return indexById(m_project.dashboards, dashboardId);
}

int ProjectDocument::widgetIndex(const QString &dashboardId, const QString &widgetId) const
{
    const Dashboard *d = dashboard(dashboardId);
    return d ? indexById(d->widgets, widgetId) : -1;
}

int ProjectDocument::parameterIndex(const QString &dashboardId, const QString &parameterId) const
{
    const Dashboard *d = dashboard(dashboardId);
    return d ? indexById(d->parameters, parameterId) : -1;
}

int ProjectDocument::datasetIndex(const QString &datasetId) const
{
    return indexById(m_project.datasets, datasetId);
}

int ProjectDocument::accountIndex(const QString &accountId) const
{
    return indexById(m_project.accounts, accountId);
}

int ProjectDocument::tenantIndex(const QString &tenantId) const
{
    return indexById(m_project.tenants, tenantId);
}

const Dashboard *ProjectDocument::dashboard(const QString &dashboardId) const
{
    return findById(m_project.dashboards, dashboardId);
}

const Widget *ProjectDocument::widget(const QString &dashboardId, const QString &widgetId) const
{
    const Dashboard *d = dashboard(dashboardId);
    return d ? findById(d->widgets, widgetId) : nullptr;
}

const Parameter *ProjectDocument::parameter(const QString &dashboardId,
                                            const QString &parameterId) const
{
    const Dashboard *d = dashboard(dashboardId);
    return d ? findById(d->parameters, parameterId) : nullptr;
}

const Dataset *ProjectDocument::dataset(const QString &datasetId) const
{
    return findById(m_project.datasets, datasetId);
}

const Account *ProjectDocument::account(const QString &accountId) const
{
    return findById(m_project.accounts, accountId);
}

const TenantProfile *ProjectDocument::tenant(const QString &tenantId) const
{
    return findById(m_project.tenants, tenantId);
}

QStringList ProjectDocument::widgetsUsingParameter(const QString &dashboardId,
                                                   const QString &parameterId) const
{
    QStringList result;
    const Dashboard *d = dashboard(dashboardId);
    if (!d || parameterId.isEmpty())
        return result;
    QStringList datasets; // of the dashboard filters that take the parameter
    for (const Filter &filter : d->filters) {
        if (filter.parameterId == parameterId)
            datasets.append(filter.datasetId);
    }
    for (const Widget &w : d->widgets) {
        const bool own = std::any_of(w.filters.cbegin(), w.filters.cend(),
                                     [&](const Filter &f) { return f.parameterId == parameterId; });
        if (own || (!w.datasetId.isEmpty() && datasets.contains(w.datasetId)))
            result.append(w.id);
    }
    return result;
}

void ProjectDocument::insertDashboard(int row, Dashboard dashboard)
{
    insertInto(
            m_project.dashboards, row, std::move(dashboard),
            [this](int r) { Q_EMIT dashboardAboutToBeAdded(r); },
            [this](int r) { Q_EMIT dashboardAdded(r); });
}

Dashboard ProjectDocument::takeDashboard(int row)
{
    return takeFrom(
            m_project.dashboards, row, [this](int r) { Q_EMIT dashboardAboutToBeRemoved(r); },
            [this](int r) { Q_EMIT dashboardRemoved(r); });
}

void ProjectDocument::insertWidget(int dashboardRow, int row, Widget widget)
{
    insertInto(
            m_project.dashboards[dashboardRow].widgets, row, std::move(widget),
            [&](int r) { Q_EMIT widgetAboutToBeAdded(dashboardRow, r); },
            [&](int r) { Q_EMIT widgetAdded(dashboardRow, r); });
}

Widget ProjectDocument::takeWidget(int dashboardRow, int row)
{
    return takeFrom(
            m_project.dashboards[dashboardRow].widgets, row,
            [&](int r) { Q_EMIT widgetAboutToBeRemoved(dashboardRow, r); },
            [&](int r) { Q_EMIT widgetRemoved(dashboardRow, r); });
}

void ProjectDocument::insertParameter(int dashboardRow, int row, Parameter parameter)
{
    insertInto(
            m_project.dashboards[dashboardRow].parameters, row, std::move(parameter),
            [&](int r) { Q_EMIT parameterAboutToBeAdded(dashboardRow, r); },
            [&](int r) { Q_EMIT parameterAdded(dashboardRow, r); });
}

Parameter ProjectDocument::takeParameter(int dashboardRow, int row)
{
    return takeFrom(
            m_project.dashboards[dashboardRow].parameters, row,
            [&](int r) { Q_EMIT parameterAboutToBeRemoved(dashboardRow, r); },
            [&](int r) { Q_EMIT parameterRemoved(dashboardRow, r); });
}

void ProjectDocument::insertDataset(int row, Dataset dataset)
{
    insertInto(
            m_project.datasets, row, std::move(dataset),
            [this](int r) { Q_EMIT datasetAboutToBeAdded(r); },
            [this](int r) { Q_EMIT datasetAdded(r); });
}

Dataset ProjectDocument::takeDataset(int row)
{
    return takeFrom(
            m_project.datasets, row, [this](int r) { Q_EMIT datasetAboutToBeRemoved(r); },
            [this](int r) { Q_EMIT datasetRemoved(r); });
}

void ProjectDocument::insertAccount(int row, Account account)
{
    insertInto(
            m_project.accounts, row, std::move(account),
            [this](int r) { Q_EMIT accountAboutToBeAdded(r); },
            [this](int r) { Q_EMIT accountAdded(r); });
}

Account ProjectDocument::takeAccount(int row)
{
    return takeFrom(
            m_project.accounts, row, [this](int r) { Q_EMIT accountAboutToBeRemoved(r); },
            [this](int r) { Q_EMIT accountRemoved(r); });
}

void ProjectDocument::insertTenant(int row, TenantProfile tenant)
{
    insertInto(
            m_project.tenants, row, std::move(tenant),
            [this](int r) { Q_EMIT tenantAboutToBeAdded(r); },
            [this](int r) { Q_EMIT tenantAdded(r); });
}

TenantProfile ProjectDocument::takeTenant(int row)
{
    return takeFrom(
            m_project.tenants, row, [this](int r) { Q_EMIT tenantAboutToBeRemoved(r); },
            [this](int r) { Q_EMIT tenantRemoved(r); });
}

void ProjectDocument::changeProject(const std::function<void(Project &)> &change)
{
    change(m_project);
    Q_EMIT projectChanged();
}

void ProjectDocument::changeDashboard(const QString &dashboardId,
                                      const std::function<void(Dashboard &)> &change)
{
    const int row = dashboardIndex(dashboardId);
    Q_ASSERT(row >= 0);
    change(m_project.dashboards[row]);
    Q_EMIT dashboardChanged(dashboardId);
}

void ProjectDocument::changeWidget(const QString &dashboardId, const QString &widgetId,
                                   const std::function<void(Widget &)> &change)
{
    const int dashboardRow = dashboardIndex(dashboardId);
    const int row = widgetIndex(dashboardId, widgetId);
    Q_ASSERT(dashboardRow >= 0 && row >= 0);
    change(m_project.dashboards[dashboardRow].widgets[row]);
    Q_EMIT widgetChanged(dashboardId, widgetId);
}

void ProjectDocument::changeParameter(const QString &dashboardId, const QString &parameterId,
                                      const std::function<void(Parameter &)> &change)
{
    const int dashboardRow = dashboardIndex(dashboardId);
    const int row = parameterIndex(dashboardId, parameterId);
    Q_ASSERT(dashboardRow >= 0 && row >= 0);
    change(m_project.dashboards[dashboardRow].parameters[row]);
    Q_EMIT parameterChanged(dashboardId, parameterId);
}

void ProjectDocument::changeDataset(const QString &datasetId,
                                    const std::function<void(Dataset &)> &change)
{
    const int row = datasetIndex(datasetId);
    Q_ASSERT(row >= 0);
    change(m_project.datasets[row]);
    Q_EMIT datasetChanged(datasetId);
}

void ProjectDocument::changeAccount(const QString &accountId,
                                    const std::function<void(Account &)> &change)
{
    const int row = accountIndex(accountId);
    Q_ASSERT(row >= 0);
    change(m_project.accounts[row]);
    Q_EMIT accountChanged(accountId);
}

void ProjectDocument::changeTenant(const QString &tenantId,
                                   const std::function<void(TenantProfile &)> &change)
{
    for (TenantProfile &tenant : m_project.tenants) {
        if (tenant.id == tenantId) {
            change(tenant);
            Q_EMIT tenantChanged(tenantId);
            return;
        }
    }
    Q_ASSERT_X(false, "ProjectDocument::changeTenant", "no such tenant profile");
}

} // namespace Dashwright

// Its moc code in this object file, not in the core's shared one: a program that never makes a
// ProjectDocument (the command line) then links neither it nor QtGui's undo stack.
#include "moc_projectdocument.cpp" // NOLINT(bugprone-suspicious-include): moc output
