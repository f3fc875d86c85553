// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiespanel.h"

#include "accountform.h"
#include "dashboardform.h"
#include "datasetform.h"
#include "documentselection.h"
#include "parameterform.h"
#include "widgetform.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace Dashwright {

PropertiesPanel::PropertiesPanel(ProjectDocument *document, DocumentSelection *selection,
                                 QWidget *parent)
    : QDockWidget(tr("Properties"), parent)
    , m_selection(selection)
{
    setObjectName(u"propertiesPanel"_s);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("Select a widget on the canvas, or a parameter, dataset or account, "
                            "to see its properties."),
                         m_stack);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_widgetForm = new WidgetForm(document, m_stack);
    m_widgetForm->setObjectName(u"widgetForm"_s);
    m_parameterForm = new ParameterForm(document, m_stack);
    m_parameterForm->setObjectName(u"parameterForm"_s);
    m_datasetForm = new DatasetForm(document, m_stack);
    m_datasetForm->setObjectName(u"datasetForm"_s);
    m_accountForm = new AccountForm(document, m_stack);
    m_accountForm->setObjectName(u"accountForm"_s);
    m_dashboardForm = new DashboardForm(document, m_stack);
    m_dashboardForm->setObjectName(u"dashboardForm"_s);
    for (QWidget *page :
         {static_cast<QWidget *>(m_empty), static_cast<QWidget *>(m_widgetForm),
          static_cast<QWidget *>(m_parameterForm), static_cast<QWidget *>(m_datasetForm),
          static_cast<QWidget *>(m_accountForm), static_cast<QWidget *>(m_dashboardForm)})
        m_stack->addWidget(page);
    connect(m_datasetForm, &DatasetForm::editRequested, this,
            &PropertiesPanel::editDatasetRequested);
    connect(m_accountForm, &AccountForm::editRequested, this,
            &PropertiesPanel::editAccountRequested);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    setWidget(scroll);

    connect(selection, &DocumentSelection::selectionChanged, this,
            &PropertiesPanel::selectionChanged);
    connect(selection, &DocumentSelection::dashboardChanged, this,
            &PropertiesPanel::selectionChanged);
    selectionChanged();
}

QWidget *PropertiesPanel::currentForm() const
{
    return m_stack->currentWidget();
}

void PropertiesPanel::selectionChanged()
{
    switch (m_selection->kind()) {
    case DocumentSelection::Kind::Widgets:
        m_widgetForm->setWidgets(m_selection->dashboardId(), m_selection->widgetIds());
        m_stack->setCurrentWidget(m_widgetForm);
        break;
    case DocumentSelection::Kind::Parameter:
        m_parameterForm->setParameter(m_selection->dashboardId(), m_selection->objectId());
        m_stack->setCurrentWidget(m_parameterForm);
        break;
    case DocumentSelection::Kind::Dataset:
        m_datasetForm->setDataset(m_selection->objectId());
        m_stack->setCurrentWidget(m_datasetForm);
        break;
    case DocumentSelection::Kind::Account:
        m_accountForm->setAccount(m_selection->objectId());
        m_stack->setCurrentWidget(m_accountForm);
        break;
    case DocumentSelection::Kind::None:
        // Nothing on the dashboard selected: the dashboard itself, with its filters.
        if (!m_selection->dashboardId().isEmpty()) {
            m_dashboardForm->setDashboard(m_selection->dashboardId());
            m_stack->setCurrentWidget(m_dashboardForm);
            break;
        }
        m_stack->setCurrentWidget(m_empty);
        break;
    case DocumentSelection::Kind::Tenant: // the tenant profiles panel shows it
        m_stack->setCurrentWidget(m_empty);
        break;
    }
}

} // namespace Dashwright
