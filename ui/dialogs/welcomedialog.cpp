// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomedialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

WelcomeDialog::WelcomeDialog(const QStringList &recent, const QString &docs, QWidget *parent)
    : QDialog(parent)
    , m_recent(new QListWidget(this))
{
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome to Dashwright Designer"));

    auto *intro = new QLabel(
            tr("<h2>Welcome to Dashwright Designer</h2>"
               "<p>Design one dashboard, embed it in your web app, and let every tenant see only "
               "its own data. The Burrito Factory demo is a small chain whose shops each see "
               "only their own sales: a good place to start.</p>"),
            this);
    intro->setWordWrap(true);

    const auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    QPushButton *demo = button(u"demo"_s, tr("Open the Burrito Factory demo"),
                               tr("A demo project with a SQLite database, three dashboards and "
                                  "six tenant profiles; made on first use."));
    demo->setDefault(true);
    QPushButton *newProject = button(u"newProject"_s, tr("New project"),
                                     tr("An empty project with one dashboard."));
    QPushButton *open = button(u"open"_s, tr("Open a project…"), tr("A .dwproj file."));
    connect(demo, &QPushButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(newProject, &QPushButton::clicked, this, [this] { choose(Choice::NewProject); });
    connect(open, &QPushButton::clicked, this, [this] { choose(Choice::Open); });

    m_recent->setObjectName(u"recent"_s);
    for (const QString &path : recent) {
        if (!QFileInfo(path).isFile())
            continue;
        auto *item = new QListWidgetItem(QFileInfo(path).completeBaseName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    auto *recentLabel = new QLabel(
            m_recent->count() > 0 ? tr("Recent projects:") : tr("No recent projects yet."), this);
    m_recent->setVisible(m_recent->count() > 0);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        choose(Choice::Recent, item->data(Qt::UserRole).toString());
    });

    auto *docsLabel = new QLabel(this);
    docsLabel->setObjectName(u"docs"_s);
    docsLabel->setWordWrap(true);
    if (docs.isEmpty()) {
        docsLabel->setText(tr("The documentation was not found beside the program."));
    } else {
        docsLabel->setText(tr("Documentation: <a href=\"%1\">%2</a>")
                                   .arg(QUrl::fromLocalFile(docs).toString(),
                                        QDir::toNativeSeparators(docs).toHtmlEscaped()));
        docsLabel->setOpenExternalLinks(true);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(demo);
    layout->addWidget(newProject);
    layout->addWidget(open);
    layout->addSpacing(8);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    layout->addWidget(docsLabel);
    layout->addWidget(buttons);
    resize(520, 480);
}

void WelcomeDialog::choose(Choice choice, const QString &path)
{
    m_choice = choice;
    m_recentPath = path;
    accept();
}

QString WelcomeDialog::documentationFolder()
{
    const QDir app(QCoreApplication::applicationDirPath());
    QStringList candidates{app.filePath(u"../share/doc/dashwright/docs"_s)};
#ifdef DASHWRIGHT_SOURCE_DIR
    // A build run from its tree reads the docs it was built with.
    candidates.append(QStringLiteral(DASHWRIGHT_SOURCE_DIR "/docs"));
#endif
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(QDir(candidate).filePath(u"designer.md"_s)).isFile())
            return QDir::cleanPath(candidate);
    }
    return {};
}

} // namespace Dashwright
