// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/problem.h"
#include "document/project.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QUndoStack;

namespace Dashwright {

// The project being edited: the Project value, its file and its undo stack. Every change goes
// through a command on undoStack(); the commands call the insert/take/change methods below, which
// emit the signals item models and the canvas follow (begin/end pairs around structural changes,
// one *Changed per edited object). "modified" is the stack's clean state, so undoing back to the
// saved state makes the document unmodified again.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    explicit ProjectDocument(Project project, QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Project &project() const { return m_project; }
    QString filePath() const { return m_filePath; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Replaces the whole project (a new or opened file): the undo history starts afresh, clean.
    void reset(Project project, const QString &filePath = QString());
    // Reads through ProjectFile. A project that breaks validation rules still opens (true), with
    // them in problems; on failure the document is unchanged and problems says why.
    bool load(const QString &path, Problems *problems = nullptr);
    // Writes atomically through ProjectFile and marks the current undo state as saved.
    bool save(const QString &path, QString *error = nullptr);

    // Lookups by id; -1 / nullptr when absent.
    int dashboardIndex(const QString &dashboardId) const;
    int widgetIndex(const QString &dashboardId, const QString &widgetId) const;
    int parameterIndex(const QString &dashboardId, const QString &parameterId) const;
    int datasetIndex(const QString &datasetId) const;
    int accountIndex(const QString &accountId) const;
    int tenantIndex(const QString &tenantId) const;
    const Dashboard *dashboard(const QString &dashboardId) const;
    const Widget *widget(const QString &dashboardId, const QString &widgetId) const;
    const Parameter *parameter(const QString &dashboardId, const QString &parameterId) const;
    const Dataset *dataset(const QString &datasetId) const;
    const Account *account(const QString &accountId) const;
    // By id only: Project::tenant() also takes names, which people may change.
    const TenantProfile *tenant(const QString &tenantId) const;

    // The widgets whose data depend on a parameter: through one of their own filters, or through
    // a dashboard filter on their dataset. What to re-query when the parameter's default changes.
    QStringList widgetsUsingParameter(const QString &dashboardId, const QString &parameterId) const;

    // For undo commands only: views push commands instead, or the change cannot be undone.
    // Rows are positions in the owning list; row -1 appends.
    void insertDashboard(int row, Dashboard dashboard);
    Dashboard takeDashboard(int row);
    void insertWidget(int dashboardRow, int row, Widget widget);
    Widget takeWidget(int dashboardRow, int row);
    void insertParameter(int dashboardRow, int row, Parameter parameter);
    Parameter takeParameter(int dashboardRow, int row);
    void insertDataset(int row, Dataset dataset);
    Dataset takeDataset(int row);
    void insertAccount(int row, Account account);
    Account takeAccount(int row);
    void insertTenant(int row, TenantProfile tenant);
    TenantProfile takeTenant(int row);
    // Fields of the project itself (name, embed origins); its lists change through the above.
    void changeProject(const std::function<void(Project &)> &change);
    void changeDashboard(const QString &dashboardId,
                         const std::function<void(Dashboard &)> &change);
    void changeWidget(const QString &dashboardId, const QString &widgetId,
                      const std::function<void(Widget &)> &change);
    void changeParameter(const QString &dashboardId, const QString &parameterId,
                         const std::function<void(Parameter &)> &change);
    void changeDataset(const QString &datasetId, const std::function<void(Dataset &)> &change);
    void changeAccount(const QString &accountId, const std::function<void(Account &)> &change);
    void changeTenant(const QString &tenantId, const std::function<void(TenantProfile &)> &change);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);
    void projectAboutToBeReset();
    // A whole new project; filePath() is already its file (filePathChanged follows when it moved).
    void projectReset();
    void projectChanged();

    void dashboardAboutToBeAdded(int row);
    void dashboardAdded(int row);
    void dashboardAboutToBeRemoved(int row);
    void dashboardRemoved(int row);
    void dashboardChanged(const QString &dashboardId);

    void widgetAboutToBeAdded(int dashboardRow, int row);
    void widgetAdded(int dashboardRow, int row);
    void widgetAboutToBeRemoved(int dashboardRow, int row);
    void widgetRemoved(int dashboardRow, int row);
    void widgetChanged(const QString &dashboardId, const QString &widgetId);

    void parameterAboutToBeAdded(int dashboardRow, int row);
    void parameterAdded(int dashboardRow, int row);
    void parameterAboutToBeRemoved(int dashboardRow, int row);
    void parameterRemoved(int dashboardRow, int row);
    void parameterChanged(const QString &dashboardId, const QString &parameterId);

    void datasetAboutToBeAdded(int row);
    void datasetAdded(int row);
    void datasetAboutToBeRemoved(int row);
    void datasetRemoved(int row);
    void datasetChanged(const QString &datasetId);

    void accountAboutToBeAdded(int row);
    void accountAdded(int row);
    void accountAboutToBeRemoved(int row);
    void accountRemoved(int row);
    void accountChanged(const QString &accountId);

    void tenantAboutToBeAdded(int row);
    void tenantAdded(int row);
    void tenantAboutToBeRemoved(int row);
    void tenantRemoved(int row);
    void tenantChanged(const QString &tenantId);

private:
    Project m_project;
    QString m_filePath;
    QUndoStack *m_undoStack;
};

} // namespace Dashwright
