// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "querystatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Dashwright {

QueryStatusWidget::QueryStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_runningLabel(new QLabel(this))
    , m_cancel(new QToolButton(this))
    , m_lastLabel(new QLabel(this))
{
    setObjectName(u"queryStatus"_s);
    m_runningLabel->setObjectName(u"queriesRunning"_s);
    m_lastLabel->setObjectName(u"lastQueryTime"_s);
    m_cancel->setObjectName(u"cancelQueries"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the queries that are running"));
    m_cancel->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_runningLabel);
    layout->addWidget(m_cancel);
    layout->addSpacing(8);
    layout->addWidget(m_lastLabel);

    // Room for the longest usual text, so the status bar does not jump or clip as times change.
    m_lastLabel->setMinimumWidth(
            m_lastLabel->fontMetrics().horizontalAdvance(tr("Last query: %1 ms").arg(u"99,999"_s)));

    connect(m_cancel, &QToolButton::clicked, this, &QueryStatusWidget::cancelRequested);
    setRunning(0);
    m_lastLabel->setText(tr("No query yet"));
}

void QueryStatusWidget::setRunning(int count)
{
    m_running = count;
    m_runningLabel->setText(count > 0 ? tr("Running %n query(ies)…", nullptr, count) : QString());
    m_runningLabel->setVisible(count > 0);
    m_cancel->setVisible(count > 0);
}

void QueryStatusWidget::setLastQueryTime(qint64 milliseconds)
{
    m_lastLabel->setText(tr("Last query: %1 ms").arg(QLocale().toString(milliseconds)));
}

} // namespace Dashwright
