// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetform.h"

#include "commands/setproperty.h"
#include "typelabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Dashwright {

DatasetForm::DatasetForm(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_account = new QComboBox(this);
    m_account->setObjectName(u"account"_s);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_columns = new QLabel(this);
    m_columns->setWordWrap(true);
    auto *edit = new QPushButton(tr("Edit source and columns…"), this);
    connect(edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_datasetId); });

    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Reads:"), m_source);
    form->addRow(tr("Columns:"), m_columns);
    form->addRow(edit);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_document->undoStack()->push(new SetProperty(m_document, {QString(), m_datasetId},
                                                          &Dataset::name, text.trimmed(),
                                                          tr("Rename dataset")));
    });
    connect(m_account, &QComboBox::activated, this, [this] {
        m_document->undoStack()->push(
                new SetProperty(m_document, {QString(), m_datasetId}, &Dataset::accountId,
                                m_account->currentData().toString(), tr("Change dataset account")));
    });
    connect(document, &ProjectDocument::datasetChanged, this, [this](const QString &id) {
        if (id == m_datasetId)
            refresh();
    });
}

void DatasetForm::setDataset(const QString &datasetId)
{
    m_datasetId = datasetId;
    refresh();
}

void DatasetForm::refresh()
{
    const Dataset *dataset = m_document->dataset(m_datasetId);
    if (!dataset)
        return;
    if (m_name->text().trimmed() != dataset->name)
        m_name->setText(dataset->name);
    m_account->clear();
    for (const Account &account : m_document->project().accounts)
        m_account->addItem(account.name, account.id);
    m_account->setCurrentIndex(m_account->findData(dataset->accountId));
    m_source->setText(dataset->kind == Dataset::Kind::Table ? tr("Table %1").arg(dataset->table)
                                                            : dataset->sql);
    QStringList columns;
    for (const Column &column : dataset->columns)
        columns.append(tr("%1 (%2)").arg(column.label, columnTypeLabel(column.type)));
    m_columns->setText(columns.join(u", "_s));
}

} // namespace Dashwright
