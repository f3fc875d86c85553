// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountkinds_p.h"

#include "data/connectionspec.h"
#include "data/queryresult.h"
#include "data/sources/datasource.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

QString dialogText(const char *text)
{
    return QCoreApplication::translate("Dashwright::AccountDialog", text);
}

class PluginPage final : public AccountPage
{
public:
    explicit PluginPage(QWidget *parent)
        : AccountPage(parent)
        , m_baseUrl(new QLineEdit(this))
        , m_apiSecret(new QLineEdit(this))
    {
        auto *form = new QFormLayout(this);
        form->setContentsMargins({});
        m_baseUrl->setObjectName(u"baseUrl"_s);
        m_baseUrl->setPlaceholderText(u"https://broker.example.com"_s);
        m_apiSecret->setObjectName(u"apiSecret"_s);
        m_apiSecret->setEchoMode(QLineEdit::Password);
        form->addRow(dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "Base URL:")),
                     m_baseUrl);
        form->addRow(dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "API secret:")),
                     m_apiSecret);
    }

    void load(const Account &account) override { m_baseUrl->setText(account.baseUrl); }
    void store(Account &account) const override { account.baseUrl = m_baseUrl->text().trimmed(); }
    QString problem(const Account &account) const override
    {
        const QUrl url(account.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            return dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog",
                                                "A plugin account needs an http(s) base URL."));
        return {};
    }
    QLineEdit *secretField() const override { return m_apiSecret; }
    StoredSecret::Kind secretKind() const override { return StoredSecret::Kind::ApiKey; }

    // A plugin takes no SQL: its test is GET /datasets with the secret (what the dataset dialog
    // will list), on a thread of the pool, answering how many datasets it offers. The task holds
    // its own copy of the connection, so a dialog closed meanwhile waits for nothing.
    bool canTest() const override { return true; }
    QFuture<QueryResult> startTest(QueryExecutor &, const ConnectionSpec &connection) const override
    {
        return QtConcurrent::run([connection] {
            QueryResult result;
            const auto tables = DataSource::of(connection).tables(connection);
            if (const auto *error = std::get_if<QString>(&tables)) {
                result.error = *error;
                return result;
            }
            result.columns = {u"datasets"_s};
            result.rows = {{QVariant(qlonglong(std::get<QList<TableInfo>>(tables).size()))}};
            return result;
        });
    }
    QString connectedText(const QString &datasets) const override
    {
        return QCoreApplication::translate("Dashwright::AccountDialog",
                                           "Connected: the plugin offers %n dataset(s)", nullptr,
                                           datasets.toInt());
    }

private:
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiSecret;
};

} // namespace

QString PluginKind::label() const
{
    return QCoreApplication::translate("Dashwright::TypeNames", "Plugin (HTTP broker)");
}

QString PluginKind::summary(const Account &account) const
{
    return QCoreApplication::translate("Dashwright::DataSourceModel", "Plugin at %1")
            .arg(account.baseUrl);
}

AccountPage *PluginKind::createPage(QWidget *parent) const
{
    return new PluginPage(parent);
}

QList<OverrideField> PluginKind::overrideFields(const Account &account) const
{
    return {{"base_url",
             QCoreApplication::translate("Dashwright::AccountOverridesSection", "Base URL:"),
             account.baseUrl}};
}

} // namespace Dashwright
