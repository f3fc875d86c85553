// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Dashwright {

// The status bar's account of the queries behind the canvas: how many run now, with a button
// that cancels them, and how long the last one took.
class QueryStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QueryStatusWidget(QWidget *parent = nullptr);

    int running() const { return m_running; }

public Q_SLOTS:
    void setRunning(int count);
    void setLastQueryTime(qint64 milliseconds);

Q_SIGNALS:
    void cancelRequested();

private:
    int m_running = 0;
    QLabel *m_runningLabel;
    QToolButton *m_cancel;
    QLabel *m_lastLabel;
};

} // namespace Dashwright
