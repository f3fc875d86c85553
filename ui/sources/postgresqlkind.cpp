// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountkinds_p.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

QString dialogText(const char *text)
{
    return QCoreApplication::translate("Dashwright::AccountDialog", text);
}

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

class PostgresqlPage final : public AccountPage
{
public:
    explicit PostgresqlPage(QWidget *parent)
        : AccountPage(parent)
        , m_host(lineEdit(u"host"_s, this))
        , m_port(new QSpinBox(this))
        , m_database(lineEdit(u"database"_s, this))
        , m_user(lineEdit(u"user"_s, this))
        , m_password(lineEdit(u"password"_s, this))
        , m_statementTimeout(new QSpinBox(this))
    {
        auto *form = new QFormLayout(this);
        form->setContentsMargins({});
        m_port->setObjectName(u"port"_s);
        m_port->setRange(1, 65535);
        m_port->setValue(5432);
        m_password->setEchoMode(QLineEdit::Password);
        m_statementTimeout->setObjectName(u"statementTimeout"_s);
        m_statementTimeout->setRange(0, Account::maximumStatementTimeout);
        m_statementTimeout->setValue(Account::defaultStatementTimeout);
        m_statementTimeout->setSuffix(u" s"_s);
        m_statementTimeout->setSpecialValueText(
                dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "No limit")));
        m_statementTimeout->setToolTip(dialogText(
                QT_TRANSLATE_NOOP("Dashwright::AccountDialog",
                                  "How long the server lets one statement run before it stops "
                                  "it; a widget whose query takes longer shows an error.")));
        form->addRow(dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "Host:")), m_host);
        form->addRow(dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "Port:")), m_port);
        form->addRow(dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "Database:")),
                     m_database);
        form->addRow(dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "User:")), m_user);
        form->addRow(dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "Password:")),
                     m_password);
        form->addRow(
                dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "Statement timeout:")),
                m_statementTimeout);
    }

    void load(const Account &account) override
    {
        m_host->setText(account.host);
        m_port->setValue(account.port);
        m_database->setText(account.database);
        m_user->setText(account.user);
        m_statementTimeout->setValue(account.statementTimeout);
    }
    void store(Account &account) const override
    {
        account.host = m_host->text().trimmed();
        account.port = m_port->value();
        account.database = m_database->text().trimmed();
        account.user = m_user->text().trimmed();
        account.statementTimeout = m_statementTimeout->value();
    }
    QString problem(const Account &account) const override
    {
        return account.host.isEmpty() || account.database.isEmpty()
                ? dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog",
                                               "A PostgreSQL account needs a host and a database."))
                : QString();
    }
    QLineEdit *secretField() const override { return m_password; }
    QString testQuery() const override { return u"SELECT version()"_s; }

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QSpinBox *m_statementTimeout;
};

QString overrideText(const char *text)
{
    return QCoreApplication::translate("Dashwright::AccountOverridesSection", text);
}

} // namespace

QString PostgresqlKind::label() const
{
    return QCoreApplication::translate("Dashwright::TypeNames", "PostgreSQL");
}

QString PostgresqlKind::summary(const Account &account) const
{
    return QCoreApplication::translate("Dashwright::DataSourceModel",
                                       "PostgreSQL database %1 on %2:%3")
            .arg(account.database, account.host)
            .arg(account.port);
}

QString PostgresqlKind::details(const Account &account) const
{
    return QCoreApplication::translate("Dashwright::AccountForm", "PostgreSQL %1@%2:%3/%4")
            .arg(account.user, account.host)
            .arg(account.port)
            .arg(account.database);
}

AccountPage *PostgresqlKind::createPage(QWidget *parent) const
{
    return new PostgresqlPage(parent);
}

QList<OverrideField> PostgresqlKind::overrideFields(const Account &account) const
{
    return {{"host",
             overrideText(QT_TRANSLATE_NOOP("Dashwright::AccountOverridesSection", "Host:")),
             account.host},
            {"port",
             overrideText(QT_TRANSLATE_NOOP("Dashwright::AccountOverridesSection", "Port:")),
             {},
             true},
            {"database",
             overrideText(QT_TRANSLATE_NOOP("Dashwright::AccountOverridesSection", "Database:")),
             account.database},
            {"user",
             overrideText(QT_TRANSLATE_NOOP("Dashwright::AccountOverridesSection", "User:")),
             account.user}};
}

} // namespace Dashwright
