// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/problem.h"
#include "document/project.h"

#include <QMainWindow>
#include <QString>

#include <optional>

class QLabel;
class QTreeWidget;

namespace Dashwright {

// The designer's main window. For now it opens a project and outlines it: the datasets with their
// columns, the dashboards with their widgets. The docks, canvas and editors come later and are
// wired together here, each in its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the project at path and shows it. On failure the window keeps what it showed and the
    // problems are returned; nothing is shown to the user.
    Problems loadProject(const QString &path);

    // loadProject, reporting problems in a message box.
    bool openProject(const QString &path);

    const std::optional<Project> &project() const { return m_project; }
    QString projectPath() const { return m_projectPath; }

private:
    void createActions();
    void chooseProject();
    void showProject();
    void updateTitle();

    std::optional<Project> m_project;
    QString m_projectPath;
    QTreeWidget *m_datasetTree = nullptr;
    QTreeWidget *m_dashboardTree = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace Dashwright
