// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/demofixture.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QSize>
#include <QString>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <memory>

// The dialog tests work on a real demo project on disk: its SQLite database to read and its
// keystore to write passwords into.
namespace Dashwright::Tests::Dialogs {

using namespace Qt::StringLiterals;

// Writes the demo into dir (a few hundred rows: enough for previews, quick to make).
inline bool createDemo(const QString &dir, QString *error)
{
    return DemoFixture::create(dir, 400, error);
}

inline QString projectPath(const QString &dir)
{
    return QDir(dir).filePath(u"burrito.dwproj"_s);
}

inline std::unique_ptr<ProjectDocument> openDemo(const QString &dir)
{
    auto doc = std::make_unique<ProjectDocument>();
    if (!doc->load(projectPath(dir)))
        return nullptr;
    return doc;
}

// Screenshots for people to look at, when DASHWRIGHT_SCREENSHOTS names a folder.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DASHWRIGHT_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

// The rows of a screenshot test: English and German at 1600×1000 and 1024×700, as columns
// "language" and "size".
inline void screenshotMatrix()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &language : {u"en"_s, u"de"_s})
        for (const QSize &size : {QSize(1600, 1000), QSize(1024, 700)})
            QTest::addRow("%s-%dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
}

// The application speaks `language` while this lives ("en": the source texts, no translator).
class ScopedTranslation
{
public:
    explicit ScopedTranslation(const QString &language)
    {
        if (language == u"en"_s)
            return;
        m_loaded = m_translator.load(u":/i18n/dashwright_"_s + language + u".qm"_s);
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    Q_DISABLE_COPY_MOVE(ScopedTranslation)

    // False when a language other than English has no translation to load.
    bool ok(const QString &language) const { return language == u"en"_s || m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace Dashwright::Tests::Dialogs
