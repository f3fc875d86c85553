// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framepage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright::Server;

// The frame page's own filter of the embed origins, the second line of defence behind the project
// validator (which refuses a project with any of these forms, so tst_embedserver cannot serve
// them): nothing but scheme://host[:port] reaches the CSP or the page.
class TestFramePage : public QObject
{
    Q_OBJECT

private slots:
    void frameAncestors_data()
    {
        QTest::addColumn<QStringList>("origins");
        QTest::addColumn<QStringList>("ancestors");

        QTest::newRow("origins") << QStringList{u"https://app.example.com"_s,
                                                u"http://127.0.0.1:9000"_s, u"https://[::1]:8443"_s}
                                 << QStringList{u"https://app.example.com"_s,
                                                u"http://127.0.0.1:9000"_s,
                                                u"https://[::1]:8443"_s};
        QTest::newRow("not origins") << QStringList{u"https://user@app.example.com"_s,
                                                    u"https://app.example.com?x=1"_s,
                                                    u"https://app.example.com/"_s,
                                                    u"ftp://app.example.com"_s,
                                                    u"https://a.example; script-src *"_s,
                                                    u"https://a.example\""_s,
                                                    QString(),
                                                    u"https://ok.example.com"_s}
                                     << QStringList{u"https://ok.example.com"_s};
        QTest::newRow("twice") << QStringList{u"https://a.example"_s, u"https://a.example"_s}
                               << QStringList{u"https://a.example"_s};
    }

    void frameAncestors()
    {
        QFETCH(QStringList, origins);
        QFETCH(QStringList, ancestors);
        QCOMPARE(Dashwright::Server::frameAncestors(origins), ancestors);
    }
};

QTEST_GUILESS_MAIN(TestFramePage)
#include "tst_framepage.moc"
