// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountkinds_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// The texts keep the translation contexts of the classes they came from.
QString dialogText(const char *text)
{
    return QCoreApplication::translate("Dashwright::AccountDialog", text);
}

class SqlitePage final : public AccountPage
{
public:
    explicit SqlitePage(QWidget *parent)
        : AccountPage(parent)
        , m_path(new QLineEdit(this))
    {
        auto *form = new QFormLayout(this);
        form->setContentsMargins({});
        m_path->setObjectName(u"path"_s);
        m_path->setPlaceholderText(dialogText(QT_TRANSLATE_NOOP(
                "Dashwright::AccountDialog", "burrito.sqlite, relative to the project file")));
        auto *browse = new QPushButton(
                dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "Browse…")), this);
        connect(browse, &QPushButton::clicked, this, [this] { this->browse(); });
        auto *row = new QHBoxLayout;
        row->addWidget(m_path);
        row->addWidget(browse);
        form->addRow(dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "Database file:")),
                     row);
    }

    void load(const Account &account) override { m_path->setText(account.path); }
    void store(Account &account) const override { account.path = m_path->text().trimmed(); }
    QString problem(const Account &account) const override
    {
        return account.path.isEmpty() ? dialogText(QT_TRANSLATE_NOOP(
                       "Dashwright::AccountDialog", "Choose the SQLite database file."))
                                      : QString();
    }
    QString testQuery() const override { return u"SELECT sqlite_version()"_s; }
    QString connectedText(const QString &version) const override
    {
        return QCoreApplication::translate("Dashwright::AccountDialog", "Connected: SQLite %1")
                .arg(version);
    }

private:
    void browse()
    {
        // Relative to the project file when there is one (DESIGN §4), so that the folder can move.
        const QString projectPath = this->projectPath();
        const QDir projectDir
                = projectPath.isEmpty() ? QDir::current() : QFileInfo(projectPath).dir();
        const QString file = QFileDialog::getOpenFileName(
                this, dialogText(QT_TRANSLATE_NOOP("Dashwright::AccountDialog", "SQLite database")),
                projectDir.path(),
                dialogText(QT_TRANSLATE_NOOP(
                        "Dashwright::AccountDialog",
                        "SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)")));
        if (!file.isEmpty())
            m_path->setText(projectPath.isEmpty() ? file : projectDir.relativeFilePath(file));
    }

    QLineEdit *m_path;
};

} // namespace

QString SqliteKind::label() const
{
    return QCoreApplication::translate("Dashwright::TypeNames", "SQLite");
}

QString SqliteKind::summary(const Account &account) const
{
    return QCoreApplication::translate("Dashwright::DataSourceModel", "SQLite database %1")
            .arg(account.path);
}

AccountPage *SqliteKind::createPage(QWidget *parent) const
{
    return new SqlitePage(parent);
}

QList<OverrideField> SqliteKind::overrideFields(const Account &) const
{
    return {{"database",
             QCoreApplication::translate("Dashwright::AccountOverridesSection", "Database file:"),
             QCoreApplication::translate("Dashwright::AccountOverridesSection",
                                         "relative to the project file, e.g. tenant.sqlite")}};
}

} // namespace Dashwright
