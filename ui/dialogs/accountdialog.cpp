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
#include "typelabels.h"

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
    for (AccountType type : {AccountType::Sqlite, AccountType::Postgresql, AccountType::Plugin})
        m_type->addItem(accountTypeLabel(type), int(type));

    // One page of fields per type, in the combo box's order.
    m_pages = new QStackedWidget(this);
    auto *sqlitePage = new QWidget(m_pages);
    auto *sqliteForm = new QFormLayout(sqlitePage);
    sqliteForm->setContentsMargins({});
    m_path = lineEdit(u"path"_s, sqlitePage);
    m_path->setPlaceholderText(tr("burrito.sqlite, relative to the project file"));
    auto *browse = new QPushButton(tr("Browse…"), sqlitePage);
    connect(browse, &QPushButton::clicked, this, &AccountDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);
    sqliteForm->addRow(tr("Database file:"), pathRow);
    m_pages->addWidget(sqlitePage);

    auto *postgresPage = new QWidget(m_pages);
    auto *postgresForm = new QFormLayout(postgresPage);
    postgresForm->setContentsMargins({});
    m_host = lineEdit(u"host"_s, postgresPage);
    m_port = new QSpinBox(postgresPage);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = lineEdit(u"database"_s, postgresPage);
    m_user = lineEdit(u"user"_s, postgresPage);
    m_password = lineEdit(u"password"_s, postgresPage);
    m_password->setEchoMode(QLineEdit::Password);
    postgresForm->addRow(tr("Host:"), m_host);
    postgresForm->addRow(tr("Port:"), m_port);
    postgresForm->addRow(tr("Database:"), m_database);
    postgresForm->addRow(tr("User:"), m_user);
    postgresForm->addRow(tr("Password:"), m_password);
    m_pages->addWidget(postgresPage);

    auto *pluginPage = new QWidget(m_pages);
    auto *pluginForm = new QFormLayout(pluginPage);
    pluginForm->setContentsMargins({});
    m_baseUrl = lineEdit(u"baseUrl"_s, pluginPage);
    m_baseUrl->setPlaceholderText(u"https://broker.example.com"_s);
    m_apiSecret = lineEdit(u"apiSecret"_s, pluginPage);
    m_apiSecret->setEchoMode(QLineEdit::Password);
    pluginForm->addRow(tr("Base URL:"), m_baseUrl);
    pluginForm->addRow(tr("API secret:"), m_apiSecret);
    m_pages->addWidget(pluginPage);

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
    m_path->setText(account->path);
    m_host->setText(account->host);
    m_port->setValue(account->port);
    m_database->setText(account->database);
    m_user->setText(account->user);
    m_baseUrl->setText(account->baseUrl);
    // The stored password is not shown; typing one replaces it.
    const QString keep = account->secretId.isEmpty() ? QString() : tr("(unchanged)");
    m_password->setPlaceholderText(keep);
    m_apiSecret->setPlaceholderText(keep);
}

Account AccountDialog::account() const
{
    Account account;
    account.id = m_accountId.isEmpty() ? m_newId : m_accountId;
    account.name = m_name->text().trimmed();
    account.type = AccountType(m_type->currentData().toInt());
    // Only the fields of the chosen type, so that the project file holds nothing stale.
    switch (account.type) {
    case AccountType::Sqlite:
        account.path = m_path->text().trimmed();
        break;
    case AccountType::Postgresql:
        account.host = m_host->text().trimmed();
        account.port = m_port->value();
        account.database = m_database->text().trimmed();
        account.user = m_user->text().trimmed();
        account.secretId = m_secretId;
        break;
    case AccountType::Plugin:
        account.baseUrl = m_baseUrl->text().trimmed();
        account.secretId = m_secretId;
        break;
    }
    return account;
}

void AccountDialog::typeChanged()
{
    m_pages->setCurrentIndex(m_type->currentIndex());
    // The plugin protocol comes with its own issue; nothing to test against yet.
    m_testButton->setEnabled(AccountType(m_type->currentData().toInt()) != AccountType::Plugin);
    statusLabel()->clear();
}

void AccountDialog::browse()
{
    const QString projectPath = m_document->filePath();
    const QDir projectDir = projectPath.isEmpty() ? QDir::current() : QFileInfo(projectPath).dir();
    const QString file = QFileDialog::getOpenFileName(
            this, tr("SQLite database"), projectDir.path(),
            tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    // Stored relative to the project file (DESIGN §4), so that the folder can move.
    m_path->setText(projectPath.isEmpty() ? file : projectDir.relativeFilePath(file));
}

QString AccountDialog::password(QString *error) const
{
    const QLineEdit *field = account().type == AccountType::Plugin ? m_apiSecret : m_password;
    if (!field->text().isEmpty() || m_secretId.isEmpty())
        return field->text();
    return m_keystore->secret(m_secretId, error).value_or(QString());
}

void AccountDialog::testConnection()
{
    const Account account = this->account();
    QString error;
    const QString secret = account.type == AccountType::Sqlite ? QString() : password(&error);
    if (!error.isEmpty()) {
        showStatus(error, true);
        return;
    }
    const ConnectionSpec spec = ConnectionSpec::forAccount(account, m_document->filePath(), secret);
    const QString sql = account.type == AccountType::Sqlite ? u"SELECT sqlite_version()"_s
                                                            : u"SELECT version()"_s;
    showStatus(tr("Connecting…"), false);
    m_testButton->setEnabled(false);
    // A new test replaces one still running (same key).
    m_testWatcher->setFuture(m_executor->submit(u"test"_s, spec, sql, {}));
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
    showStatus(account().type == AccountType::Sqlite ? tr("Connected: SQLite %1").arg(version)
                                                     : tr("Connected: %1").arg(version),
               false);
    Q_EMIT testFinished(true, statusLabel()->text());
}

bool AccountDialog::apply(QString *error)
{
    Account account = this->account();
    if (account.name.isEmpty()) {
        *error = tr("Give the account a name.");
        return false;
    }
    switch (account.type) {
    case AccountType::Sqlite:
        if (account.path.isEmpty()) {
            *error = tr("Choose the SQLite database file.");
            return false;
        }
        break;
    case AccountType::Postgresql:
        if (account.host.isEmpty() || account.database.isEmpty()) {
            *error = tr("A PostgreSQL account needs a host and a database.");
            return false;
        }
        break;
    case AccountType::Plugin: {
        const QUrl url(account.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
            *error = tr("A plugin account needs an http(s) base URL.");
            return false;
        }
        break;
    }
    }

    const QLineEdit *secretField = account.type == AccountType::Plugin ? m_apiSecret : m_password;
    if (account.type != AccountType::Sqlite && !secretField->text().isEmpty()) {
        StoredSecret secret;
        secret.id = account.secretId.isEmpty() ? newId() : account.secretId;
        secret.kind = account.type == AccountType::Plugin ? StoredSecret::Kind::ApiKey
                                                          : StoredSecret::Kind::Password;
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
