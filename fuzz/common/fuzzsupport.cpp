// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include "demo/demoproject.h"
#include "document/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Dashwright::Fuzz {

namespace {

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "fuzz harness: %s\n", qPrintable(why));
    std::abort();
}

QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "dashwright-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

} // namespace

const Demo &demo()
{
    static const Demo made = [] {
        application();
        // Lives as long as the process; under TMPDIR, which fuzz/run.sh points at its scratch
        // folder.
        static QTemporaryDir dir;
        if (!dir.isValid())
            fail(u"no temporary folder"_s);
        Demo d;
        d.directory = dir.path();
        DemoOptions options;
        options.rows = 200;
        options.seed = 1;
        QString error;
        if (!DemoProject::create(d.directory, options, &error))
            fail(u"demo create: "_s + error);
        d.projectPath = QDir(d.directory).filePath(u"burrito.dwproj"_s);
        d.keystorePath = QDir(d.directory).filePath(u"burrito.dwkeys"_s);
        const QString fixture = QStringLiteral(DASHWRIGHT_FUZZ_FIXTURES "/burrito.dwkeys");
        QFile::remove(d.keystorePath);
        if (!QFile::copy(fixture, d.keystorePath)
            || !QFile::setPermissions(d.keystorePath, QFile::ReadOwner | QFile::WriteOwner))
            fail(u"cannot copy "_s + fixture);
        auto loaded = ProjectFile::load(d.projectPath);
        if (!loaded.project)
            fail(u"demo project: "_s + loaded.problems.first().toString());
        d.project = std::move(*loaded.project);
        auto keystore = Keystore::load(d.keystorePath, &error);
        if (!keystore)
            fail(u"fixture keystore: "_s + error);
        d.keystore = std::move(*keystore);
        d.apiKeyCredentials = "dwk_fb60f1a154ca7b6b:hgjxKLsco1bW7EWuJbnXhcENttZMQlYHU_siBFAqdTA";
        return d;
    }();
    return made;
}

QDateTime corpusClock()
{
    // 2026-12-07T16:23:36Z, when fuzz/corpus/token's tokens were minted, plus 30 s.
    return QDateTime::fromSecsSinceEpoch(1796660616 + 30, Qt::UTC);
}

bool verbose()
{
    static const bool on = qEnvironmentVariableIsSet("DASHWRIGHT_FUZZ_VERBOSE");
    return on;
}

void violated(const char *what)
{
    std::fprintf(stderr, "fuzz harness: property violated: %s\n", what);
    std::abort();
}

} // namespace Dashwright::Fuzz
