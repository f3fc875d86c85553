// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"

#include "commands/listcommands.h"
#include "commands/undomacroguard.h"
#include "data/connectionspec.h"
#include "data/queryexecutor.h"
#include "document/projectdocument.h"
#include "fieldedits.h"
#include "projectkeystore.h"
#include "sources/accountkind.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

AccountDialog::AccountDialog(ProjectDocument *document, ProjectKeystore *keystore, QWidget *parent)
    : ObjectDialog(parent)
    , m_document(document)
    , m_keystore(keystore)
    , m_executor(std::make_unique<QueryExecutor>(1))
    , m_testWatcher(new QFutureWatcher<QueryResult>(this))
    , m_newId(newId())
{
    setWindowTitle(tr("New account"));
    connect(m_testWatcher, &QFutureWatcher<QueryResult>::finished, this, &AccountDialog::testDone);

    m_name = lineEdit(u"name"_s, this);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"type"_s);
    for (AccountType type : AccountKind::all())
        m_type->addItem(AccountKind::of(type).label(), int(type));

    // One page of fields per kind, in the combo box's order.
    m_pages = new QStackedWidget(this);
    for (AccountType type : AccountKind::all()) {
        AccountPage *page = AccountKind::of(type).createPage(m_pages);
        page->setProjectPath(document->filePath());
        m_pages->addWidget(page);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Type:"), m_type);

    m_testButton = new QPushButton(tr("Test connection"), this);
    m_testButton->setObjectName(u"testConnection"_s);
    connect(m_testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(statusLabel(), 1);

    auto *note = new QLabel(tr("Passwords are kept in the project's keystore, never in the "
                               "project file."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(note);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &AccountDialog::typeChanged);
    // The first account is the project's default one; say so where it is made.
    if (document->project().accounts.isEmpty())
        m_name->setPlaceholderText(tr("The project's default account"));
    typeChanged();
    resize(480, sizeHint().height());
}

// Declared here, where QueryExecutor is complete.
AccountDialog::~AccountDialog()
{
    // A test still running answers into the watcher; cancel it rather than wait for its result.
    m_executor->cancelAll();
}

void AccountDialog::setAccountId(const QString &accountId)
{
    const Account *account = m_document->account(accountId);
    if (!account)
        return;
    m_accountId = accountId;
    m_secretId = account->secretId;
    setWindowTitle(tr("Edit account “%1”").arg(account->name));
    m_name->setText(account->name);
    m_type->setCurrentIndex(m_type->findData(int(account->type)));
    // The stored password is not shown; typing one replaces it.
    const QString keep = account->secretId.isEmpty() ? QString() : tr("(unchanged)");
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *page = static_cast<AccountPage *>(m_pages->widget(i));
        page->load(*account);
        if (QLineEdit *secret = page->secretField())
            secret->setPlaceholderText(keep);
    }
}

Account AccountDialog::account() const
{
    Account account;
    account.id = m_accountId.isEmpty() ? m_newId : m_accountId;
    account.name = m_name->text().trimmed();
    account.type = AccountType(m_type->currentData().toInt());
    // Only the fields of the chosen kind, so that the project file holds nothing stale.
    page()->store(account);
    if (page()->secretField())
        account.secretId = m_secretId;
    return account;
}

AccountPage *AccountDialog::page() const
{
    return static_cast<AccountPage *>(m_pages->currentWidget());
}

void AccountDialog::typeChanged()
{
    m_pages->setCurrentIndex(m_type->currentIndex());
    m_testButton->setEnabled(page()->canTest());
    statusLabel()->clear();
}

QString AccountDialog::password(QString *error) const
{
    const QLineEdit *field = page()->secretField();
    if (!field)
        return {};
    if (!field->text().isEmpty() || m_secretId.isEmpty())
        return field->text();
    return m_keystore->secret(m_secretId, error).value_or(QString());
}

void AccountDialog::testConnection()
{
    const Account account = this->account();
    QString error;
    const QString secret = password(&error);
    if (!error.isEmpty()) {
        showStatus(error, true);
        return;
    }
    const ConnectionSpec spec = ConnectionSpec::forAccount(account, m_document->filePath(), secret);
    showStatus(tr("Connecting…"), false);
    m_testButton->setEnabled(false);
    // A new test replaces one still running.
    m_testWatcher->setFuture(page()->startTest(*m_executor, spec));
}

bool AccountDialog::isTesting() const
{
    return m_testWatcher->isRunning();
}

void AccountDialog::testDone()
{
    m_testButton->setEnabled(true);
    const QueryResult result = m_testWatcher->result();
    if (result.cancelled)
        return;
    if (!result.ok()) {
        showStatus(tr("Connection failed: %1").arg(result.error), true);
        Q_EMIT testFinished(false, statusLabel()->text());
        return;
    }
    const QString version = result.rows.isEmpty() || result.rows.first().isEmpty()
            ? QString()
            : result.rows.first().first().toString();
    showStatus(page()->connectedText(version), false);
    Q_EMIT testFinished(true, statusLabel()->text());
}

bool AccountDialog::apply(QString *error)
{
    Account account = this->account();
    if (account.name.isEmpty()) {
        *error = tr("Give the account a name.");
        return false;
    }
    if (const QString problem = page()->problem(account); !problem.isEmpty()) {
        *error = problem;
        return false;
    }

    const QLineEdit *secretField = page()->secretField();
    if (secretField && !secretField->text().isEmpty()) {
        StoredSecret secret;
        secret.id = account.secretId.isEmpty() ? newId() : account.secretId;
        secret.kind = page()->secretKind();
        secret.value = secretField->text();
        if (!m_keystore->setSecret(secret, error))
            return false;
        account.secretId = secret.id;
        m_secretId = secret.id;
    }

    const Account *current = m_document->account(m_accountId);
    if (!current) {
        m_document->undoStack()->push(new AddAccount(m_document, account));
        m_accountId = account.id;
        return true;
    }
    // A copy: the commands change the document's account as they are pushed.
    const Account before = *current;
    if (before == account)
        return true;
    UndoMacroGuard macro(m_document->undoStack(), tr("Edit account “%1”").arg(account.name));
    pushChangedFields(m_document, {QString(), account.id}, before, account, &Account::name,
                      &Account::type, &Account::path, &Account::host, &Account::port,
                      &Account::database, &Account::user, &Account::baseUrl, &Account::secretId);
    return true;
}

} // namespace Dashwright
