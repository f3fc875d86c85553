// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountform.h"

#include "sources/accountkind.h"

#include "commands/setproperty.h"
#include "typelabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Dashwright {

AccountForm::AccountForm(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *edit = new QPushButton(tr("Edit connection…"), this);
    connect(edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_accountId); });

    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Connection:"), m_details);
    form->addRow(edit);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_document->undoStack()->push(new SetProperty(m_document, {QString(), m_accountId},
                                                          &Account::name, text.trimmed(),
                                                          tr("Rename account")));
    });
    connect(document, &ProjectDocument::accountChanged, this, [this](const QString &id) {
        if (id == m_accountId)
            refresh();
    });
}

void AccountForm::setAccount(const QString &accountId)
{
    m_accountId = accountId;
    refresh();
}

void AccountForm::refresh()
{
    const Account *account = m_document->account(m_accountId);
    if (!account)
        return;
    if (m_name->text().trimmed() != account->name)
        m_name->setText(account->name);
    QString details = AccountKind::of(account->type).details(*account);
    if (!account->secretId.isEmpty())
        details += u'\n' + tr("Password in the keystore.");
    if (m_document->accountIndex(m_accountId) == 0)
        details += u'\n' + tr("The project's default account.");
    m_details->setText(details);
}

} // namespace Dashwright
