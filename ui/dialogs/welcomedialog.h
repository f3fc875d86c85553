// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;

namespace Dashwright {

// The first thing a new user sees (and Help › Welcome later): the demo project, a new one, one
// to open, the recent ones, and where the documentation is. It only says what was chosen; the
// main window does it.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, Demo, NewProject, Open, Recent };

    // recent: project paths, newest first; those that no longer exist are left out. docs: the
    // folder of the documentation, empty when none was found (the link then says so).
    WelcomeDialog(const QStringList &recent, const QString &docs, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // With Choice::Recent: the project picked.
    QString recentPath() const { return m_recentPath; }

    // Where the documentation is: installed beside the program, or the source tree's docs/ of a
    // build; empty when neither exists.
    static QString documentationFolder();

private:
    void choose(Choice choice, const QString &path = QString());

    Choice m_choice = Choice::None;
    QString m_recentPath;
    QListWidget *m_recent;
};

} // namespace Dashwright
