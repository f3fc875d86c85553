// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardform.h"

#include "commands/dashboardfilteredits.h"
#include "document/projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

QString columnText(const Column &column)
{
    return column.label.isEmpty() ? column.name : column.label;
}

} // namespace

DashboardForm::DashboardForm(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"heading"_s);
    m_heading->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"filters"_s);
    m_list->setMaximumHeight(140);
    m_add = new QPushButton(tr("Add Filter"), this);
    m_add->setObjectName(u"addFilter"_s);
    m_remove = new QPushButton(tr("Remove Filter"), this);
    m_remove->setObjectName(u"removeFilter"_s);

    m_editor = new QWidget(this);
    m_label = new QLineEdit(m_editor);
    m_label->setObjectName(u"filterLabel"_s);
    m_dataset = new QComboBox(m_editor);
    m_dataset->setObjectName(u"dataset"_s);
    m_column = new QComboBox(m_editor);
    m_column->setObjectName(u"column"_s);
    m_expression = new QComboBox(m_editor);
    m_expression->setObjectName(u"expression"_s);
    for (int e = int(FilterExpression::Equals); e <= int(FilterExpression::IsNotNull); ++e)
        m_expression->addItem(filterExpressionText(FilterExpression(e)), e);
    m_value = new QLineEdit(m_editor);
    m_value->setObjectName(u"value"_s);
    m_value->setPlaceholderText(tr("unset: every row; a, b for a list"));
    m_parameter = new QComboBox(m_editor);
    m_parameter->setObjectName(u"parameter"_s);
    m_viewerEditable = new QCheckBox(tr("Viewer can change"), m_editor);
    m_viewerEditable->setObjectName(u"viewerEditable"_s);
    m_viewerEditable->setToolTip(
            tr("An embedded dashboard offers this filter to the viewer, who may change its "
               "value. The choices are computed under the viewer's own access: token filters "
               "and access policies still apply."));
    m_message = new QLabel(m_editor);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b3261e;"_s);

    auto *form = new QFormLayout(m_editor);
    form->setContentsMargins({});
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Dataset:"), m_dataset);
    form->addRow(tr("Column:"), m_column);
    form->addRow(tr("Expression:"), m_expression);
    form->addRow(tr("Value:"), m_value);
    form->addRow(tr("Parameter:"), m_parameter);
    form->addRow(QString(), m_viewerEditable);
    form->addRow(m_message);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *hint = new QLabel(tr("A dashboard filter narrows every widget on its dataset. Select a "
                               "widget on the canvas to see its own properties."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_editor);
    layout->addWidget(hint);
    layout->addStretch();

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_refreshing) {
            m_message->clear();
            refreshEditor();
        }
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        QString id;
        QString error;
        const bool ok = DashboardFilterEdits::add(m_document, m_dashboardId, &id, &error);
        report(ok, error);
        if (ok) {
            for (int row = 0; row < m_list->count(); ++row) {
                if (m_list->item(row)->data(Qt::UserRole).toString() == id)
                    m_list->setCurrentRow(row);
            }
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QString error;
        report(DashboardFilterEdits::remove(m_document, m_dashboardId, currentFilterId(), &error),
               error);
    });
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        QString error;
        report(DashboardFilterEdits::setLabel(m_document, m_dashboardId, currentFilterId(), text,
                                              &error),
               error);
    });
    connect(m_dataset, &QComboBox::activated, this, [this] {
        QString error;
        report(DashboardFilterEdits::setDataset(m_document, m_dashboardId, currentFilterId(),
                                                m_dataset->currentData().toString(), &error),
               error);
    });
    connect(m_column, &QComboBox::activated, this, [this] {
        QString error;
        report(DashboardFilterEdits::setColumn(m_document, m_dashboardId, currentFilterId(),
                                               m_column->currentData().toString(), &error),
               error);
    });
    connect(m_expression, &QComboBox::activated, this, [this] {
        QString error;
        report(DashboardFilterEdits::setExpression(
                       m_document, m_dashboardId, currentFilterId(),
                       FilterExpression(m_expression->currentData().toInt()), &error),
               error);
    });
    // A value may be a list: applied when the typing ends, not at every comma.
    connect(m_value, &QLineEdit::editingFinished, this, [this] {
        if (m_refreshing || !m_value->isModified())
            return;
        m_value->setModified(false);
        QString error;
        report(DashboardFilterEdits::setValue(m_document, m_dashboardId, currentFilterId(),
                                              m_value->text(), &error),
               error);
    });
    connect(m_parameter, &QComboBox::activated, this, [this] {
        QString error;
        report(DashboardFilterEdits::setParameter(m_document, m_dashboardId, currentFilterId(),
                                                  m_parameter->currentData().toString(), &error),
               error);
    });
    connect(m_viewerEditable, &QCheckBox::clicked, this, [this](bool checked) {
        QString error;
        report(DashboardFilterEdits::setViewerEditable(m_document, m_dashboardId, currentFilterId(),
                                                       checked, &error),
               error);
    });
    connect(document, &ProjectDocument::dashboardChanged, this, [this](const QString &id) {
        if (id == m_dashboardId)
            refresh();
    });
    connect(document, &ProjectDocument::datasetChanged, this, [this] { refresh(); });
    connect(document, &ProjectDocument::parameterChanged, this, [this] { refresh(); });
    connect(document, &ProjectDocument::projectReset, this, [this] { refresh(); });
}

void DashboardForm::setDashboard(const QString &dashboardId)
{
    if (dashboardId != m_dashboardId)
        m_message->clear();
    m_dashboardId = dashboardId;
    refresh();
}

QString DashboardForm::message() const
{
    return m_message->text();
}

QString DashboardForm::currentFilterId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DashboardForm::report(bool ok, const QString &error)
{
    m_message->setText(ok ? QString() : error);
}

void DashboardForm::refresh()
{
    const Dashboard *dashboard = m_document->dashboard(m_dashboardId);
    m_refreshing = true;
    const QString current = currentFilterId();
    m_list->clear();
    m_heading->setText(
            dashboard ? tr("<b>%1</b> — dashboard filters").arg(dashboard->title.toHtmlEscaped())
                      : QString());
    if (dashboard) {
        for (const Filter &filter : dashboard->filters) {
            const Dataset *dataset = m_document->dataset(filter.datasetId);
            const Column *column = dataset ? dataset->column(filter.columnId) : nullptr;
            QString text = filter.label.isEmpty() && column ? columnText(*column) : filter.label;
            if (filter.viewerEditable)
                text = tr("%1 (viewer can change)").arg(text);
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, filter.id);
            if (filter.id == current)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(m_list->count() - 1);
    }
    m_add->setEnabled(dashboard != nullptr);
    m_refreshing = false;
    refreshEditor();
}

void DashboardForm::refreshEditor()
{
    const Dashboard *dashboard = m_document->dashboard(m_dashboardId);
    const QString id = currentFilterId();
    const Filter *filter = nullptr;
    if (dashboard) {
        for (const Filter &f : dashboard->filters) {
            if (f.id == id)
                filter = &f;
        }
    }
    m_remove->setEnabled(filter != nullptr);
    m_editor->setEnabled(filter != nullptr);
    // No filter chosen: the fields are empty, not the last filter's (another dashboard's, after
    // New Dashboard) greyed out.
    m_editor->setVisible(filter != nullptr);
    if (!filter)
        return;
    m_refreshing = true;
    if (m_label->text() != filter->label)
        m_label->setText(filter->label);

    m_dataset->clear();
    for (const Dataset &dataset : m_document->project().datasets)
        m_dataset->addItem(dataset.name, dataset.id);
    m_dataset->setCurrentIndex(m_dataset->findData(filter->datasetId));

    m_column->clear();
    if (const Dataset *dataset = m_document->dataset(filter->datasetId)) {
        for (const Column &column : dataset->columns)
            m_column->addItem(columnText(column), column.id);
    }
    m_column->setCurrentIndex(m_column->findData(filter->columnId));
    m_expression->setCurrentIndex(m_expression->findData(int(filter->expression)));

    const QString valueText = DashboardFilterEdits::valueText(*filter);
    if (!m_value->hasFocus() || !m_value->isModified())
        m_value->setText(valueText);
    const bool takesValue = filterExpressionArity(filter->expression) != 0;
    m_value->setEnabled(takesValue && filter->parameterId.isEmpty());

    m_parameter->clear();
    m_parameter->addItem(tr("None — the value above"), QString());
    for (const Parameter &parameter : dashboard->parameters)
        m_parameter->addItem(parameter.label.isEmpty() ? parameter.name : parameter.label,
                             parameter.id);
    m_parameter->setCurrentIndex(qMax(0, m_parameter->findData(filter->parameterId)));
    m_parameter->setEnabled(filterExpressionArity(filter->expression) == 1);

    m_viewerEditable->setChecked(filter->viewerEditable);
    m_viewerEditable->setEnabled(filter->parameterId.isEmpty());
    m_refreshing = false;
}

} // namespace Dashwright
