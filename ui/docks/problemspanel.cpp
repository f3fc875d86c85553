// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspanel.h"

#include "document/projectdocument.h"
#include "itemmodels/problemlocation.h"
#include "itemmodels/problemmodel.h"

#include <QHeaderView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Dashwright {

ProblemsPanel::ProblemsPanel(ProjectDocument *document, DocumentSelection *selection,
                             QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_model(new ProblemModel(document, this))
{
    setObjectName(u"problemsPanel"_s);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"problemList"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(true);
    m_view->header()->setSectionResizeMode(ProblemModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemModel::LocationColumn,
                                           QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    // The count in the title tells at a glance, even with the panel tabbed away.
    const auto updateTitle = [this](int count) {
        setWindowTitle(count ? tr("Problems (%1)").arg(count) : tr("Problems"));
    };
    connect(m_model, &ProblemModel::revalidated, this, updateTitle);
    updateTitle(m_model->rowCount());
    setWidget(m_view);
}

bool ProblemsPanel::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QString path = m_model->problems().at(row).path;
    return ProblemLocation::locate(m_document->project(), path).select(m_selection);
}

} // namespace Dashwright
