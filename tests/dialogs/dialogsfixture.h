// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/demofixture.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"

#include <QDir>
#include <QString>
#include <QTest>
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

} // namespace Dashwright::Tests::Dialogs
