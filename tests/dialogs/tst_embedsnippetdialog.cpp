// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/codehighlighter.h"
#include "dialogs/embedsnippetdialog.h"
#include "dialogs/projectkeystore.h"
#include "dialogsfixture.h"

#include "access/viewer.h"
#include "crypto/keystore.h"
#include "embed/snippet.h"
#include "preferences.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Dialogs;

namespace {

// The choices a test makes in the dialog, and the request it builds from them for the generator,
// on its own: the dialog's code must be the generator's for the same choices.
struct Choices
{
    SnippetFormat format = SnippetFormat::Node;
    SnippetMinting minting = SnippetMinting::Sign;
    QString algorithm = {}; // the key: the test's key of that algorithm; empty: the newest (HS256)
    QString tenant = {};    // a profile's name; empty: a template
    bool sealed = false;
    QString server = u"http://127.0.0.1:8750"_s;
    int minutes = 10;
};

} // namespace

Q_DECLARE_METATYPE(Choices)

// File › Export Embed Snippet: the code is SnippetGenerator's for the dialog's choices, follows
// every change of them, warns about an HMAC key, shows what the generator refuses in place of the
// code, and copies and saves it.
class TestEmbedSnippetDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(createDemo(m_dir.path(), &error), qPrintable(error));
        m_doc = openDemo(m_dir.path());
        QVERIFY(m_doc);
        m_keystore = std::make_unique<ProjectKeystore>(m_doc.get());
        // The demo has one HS256 key; the key pairs and a sealing key are added here.
        const std::optional<Keystore> before = Keystore::load(m_keystore->path(), &error);
        QVERIFY2(before, qPrintable(error));
        const std::optional<Keystore> after = before->updated(
                m_keystore->path(),
                [](Keystore &keystore, QString *why) {
                    for (KeyAlgorithm algorithm :
                         {KeyAlgorithm::ES256, KeyAlgorithm::EdDSA, KeyAlgorithm::A256GCM})
                        if (!keystore.createSigningKey(algorithm, why))
                            return false;
                    return true;
                },
                &error);
        QVERIFY2(after, qPrintable(error));
        for (const SigningKey &key : after->signingKeys())
            m_kids.insert(keyAlgorithmName(key.algorithm), key.kid);
        QCOMPARE(m_kids.size(), 4);
        m_dashboard = m_doc->project().dashboard(u"distributor-performance"_s);
        QVERIFY(m_dashboard);

        // A web runtime to take the integrity value of.
        QVERIFY(m_web.isValid());
        QFile bundle(m_web.filePath(u"dashwright-embed.js"_s));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write("export const dashwright = 1;\n");
        bundle.close();
        QFile host(m_web.filePath(u"dashwright-frame-host.js"_s));
        QVERIFY(host.open(QIODevice::WriteOnly));
        host.write("(() => {})();\n");
        host.close();
    }

    void init() { Preferences::embedServer.reset(); }

    void matchesTheGenerator_data()
    {
        QTest::addColumn<Choices>("choices");
        const QString farolito = u"Farolito — parameter override"_s;
        QTest::newRow("html template") << Choices{.format = SnippetFormat::Html};
        QTest::newRow("iframe tenant")
                << Choices{.format = SnippetFormat::Iframe, .tenant = farolito};
        QTest::newRow("node HS256 template") << Choices{.format = SnippetFormat::Node};
        QTest::newRow("node sealed") << Choices{.format = SnippetFormat::Node,
                                                .algorithm = u"ES256"_s,
                                                .tenant = farolito,
                                                .sealed = true};
        QTest::newRow("python ES256 tenant") << Choices{
                .format = SnippetFormat::Python, .algorithm = u"ES256"_s, .tenant = farolito};
        QTest::newRow("go EdDSA") << Choices{
                .format = SnippetFormat::Go, .algorithm = u"EdDSA"_s, .tenant = farolito};
        QTest::newRow("java EdDSA sealed") << Choices{.format = SnippetFormat::Java,
                                                      .algorithm = u"EdDSA"_s,
                                                      .tenant = u"Broker plugin — metadata"_s,
                                                      .sealed = true};
        QTest::newRow("csharp api") << Choices{.format = SnippetFormat::CSharp,
                                               .minting = SnippetMinting::Authorizations,
                                               .tenant = farolito};
        QTest::newRow("php HS256")
                << Choices{.format = SnippetFormat::Php, .algorithm = u"HS256"_s};
        QTest::newRow("ruby ES256 other server")
                << Choices{.format = SnippetFormat::Ruby,
                           .algorithm = u"ES256"_s,
                           .tenant = farolito,
                           .server = u"https://dash.example.com/"_s,
                           .minutes = 5};
        QTest::newRow("curl sealed") << Choices{.format = SnippetFormat::Curl,
                                                .minting = SnippetMinting::Sign,
                                                .tenant = u"Broker plugin — metadata"_s,
                                                .sealed = true};
    }

    void matchesTheGenerator()
    {
        QFETCH(Choices, choices);
        EmbedSnippetDialog dialog(m_doc.get(), m_keystore.get());
        dialog.setWebRoots({m_web.path()});
        dialog.setDashboardId(m_dashboard->id);
        choose(dialog, choices);
        const std::optional<Snippet> expected = generate(choices);
        QVERIFY2(expected, qPrintable(m_error));
        QVERIFY2(dialog.snippet(), qPrintable(dialog.error()));
        QCOMPARE(dialog.snippet()->code, expected->code);
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"code"_s)->toPlainText(), expected->code);
        QCOMPARE(dialog.snippet()->warnings, expected->warnings);
        const QString environment = dialog.findChild<QLabel *>(u"environment"_s)->text();
        QVERIFY2(environment.contains(expected->run), qPrintable(environment));
        for (const QString &variable : expected->environment)
            QVERIFY2(environment.contains(variable), qPrintable(variable));
        if (choices.format == SnippetFormat::Html || choices.format == SnippetFormat::Iframe) {
            // The integrity value of the script the snippet loads from the web root (the runtime,
            // or the iframe's host script), computed here on its own.
            QFile bundle(m_web.filePath(choices.format == SnippetFormat::Html
                                                ? u"dashwright-embed.js"_s
                                                : u"dashwright-frame-host.js"_s));
            QVERIFY(bundle.open(QIODevice::ReadOnly));
            const QString sri = u"sha384-"_s
                    + QString::fromLatin1(QCryptographicHash::hash(bundle.readAll(),
                                                                   QCryptographicHash::Sha384)
                                                  .toBase64());
            QVERIFY2(dialog.snippet()->code.contains(u"integrity=\"%1\""_s.arg(sri)),
                     qPrintable(dialog.snippet()->code));
        }
    }

    void changesUpdateTheCode()
    {
        EmbedSnippetDialog dialog(m_doc.get(), m_keystore.get());
        dialog.setDashboardId(m_dashboard->id);
        Choices choices{.format = SnippetFormat::Node, .algorithm = u"HS256"_s};
        choose(dialog, choices);
        const auto *code = dialog.findChild<QPlainTextEdit *>(u"code"_s);
        const auto *highlighter = dialog.findChild<CodeHighlighter *>();
        QVERIFY(highlighter);
        QString last = code->toPlainText();
        QCOMPARE(highlighter->language(), u"javascript"_s);

        // Each change of a choice gives the generator's code for all of them at once.
        const QList<std::function<void()>> changes{
                [&] { choices.tenant = u"Broker plugin — metadata"_s; },
                [&] { choices.algorithm = u"ES256"_s; },
                [&] { choices.sealed = true; },
                [&] { choices.minting = SnippetMinting::Authorizations; },
                [&] { choices.minutes = 30; },
                [&] { choices.server = u"https://dash.example.com"_s; },
                [&] { choices.format = SnippetFormat::Python; },
        };
        for (const auto &change : changes) {
            change();
            choose(dialog, choices);
            const std::optional<Snippet> expected = generate(choices);
            QVERIFY2(expected, qPrintable(m_error));
            QVERIFY2(code->toPlainText() != last, "the code did not change");
            QCOMPARE(code->toPlainText(), expected->code);
            last = code->toPlainText();
        }
        QCOMPARE(highlighter->language(), u"python"_s);
    }

    void signingRowsFollowTheFormat()
    {
        EmbedSnippetDialog dialog(m_doc.get(), m_keystore.get());
        dialog.setDashboardId(m_dashboard->id);
        dialog.show();
        auto *format = dialog.findChild<QComboBox *>(u"format"_s);
        auto *minting = dialog.findChild<QComboBox *>(u"minting"_s);
        auto *key = dialog.findChild<QComboBox *>(u"key"_s);
        QVERIFY(!minting->isVisible()); // the page's html signs nothing
        QVERIFY(!key->isVisible());
        format->setCurrentIndex(format->findData(int(SnippetFormat::Go)));
        QVERIFY(minting->isVisible() && minting->isEnabled());
        QVERIFY(key->isVisible());
        // Active signing keys only, with their algorithm; never the sealing key.
        // The first entry is the key `dashwright snippet` takes without --kid: the HS256 one.
        QCOMPARE(key->itemData(0).toString(), m_kids.value(u"HS256"_s));
        QStringList listed;
        for (int i = 1; i < key->count(); ++i) {
            listed << key->itemData(i).toString();
            QVERIFY2(key->itemText(i).startsWith(listed.last()), qPrintable(key->itemText(i)));
        }
        QStringList signing{m_kids.value(u"HS256"_s), m_kids.value(u"ES256"_s),
                            m_kids.value(u"EdDSA"_s)};
        listed.sort();
        signing.sort();
        QCOMPARE(listed, signing);
        QVERIFY(key->itemText(key->findData(m_kids.value(u"ES256"_s))).endsWith(u"ES256"_s));
        format->setCurrentIndex(format->findData(int(SnippetFormat::Curl)));
        QVERIFY(!minting->isEnabled());
        QCOMPARE(SnippetMinting(minting->currentData().toInt()), SnippetMinting::Authorizations);
        QVERIFY(!key->isVisible());
    }

    void hmacWarning_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<bool>("warned");
        QTest::newRow("HS256") << u"HS256"_s << true;
        QTest::newRow("ES256") << u"ES256"_s << false;
        QTest::newRow("EdDSA") << u"EdDSA"_s << false;
    }

    void hmacWarning()
    {
        QFETCH(QString, algorithm);
        QFETCH(bool, warned);
        EmbedSnippetDialog dialog(m_doc.get(), m_keystore.get());
        dialog.setDashboardId(m_dashboard->id);
        dialog.show();
        // A tenant's claims: no template warning beside the one looked for.
        choose(dialog,
               Choices{.format = SnippetFormat::Node,
                       .minting = SnippetMinting::Sign,
                       .algorithm = algorithm,
                       .tenant = u"Farolito — parameter override"_s});
        const auto *box = dialog.findChild<QWidget *>(u"warningBox"_s);
        const QString text = dialog.findChild<QLabel *>(u"warnings"_s)->text();
        QCOMPARE(box->isVisible(), warned);
        QCOMPARE(text.contains(u"HMAC"_s), warned);
        if (warned)
            QVERIFY2(text.contains(m_kids.value(algorithm)), qPrintable(text));
    }

    void errorsInPlaceOfTheCode_data()
    {
        QTest::addColumn<Choices>("choices");
        QTest::addColumn<QString>("why"); // part of the message
        QTest::newRow("go sealed")
                << Choices{.format = SnippetFormat::Go, .algorithm = u"ES256"_s, .sealed = true}
                << u"cannot seal tokens"_s;
        QTest::newRow("ruby EdDSA")
                << Choices{.format = SnippetFormat::Ruby, .algorithm = u"EdDSA"_s} << u"rbnacl"_s;
        QTest::newRow("csharp EdDSA")
                << Choices{.format = SnippetFormat::CSharp, .algorithm = u"EdDSA"_s}
                << u"does not sign EdDSA"_s;
        QTest::newRow("not a URL")
                << Choices{.format = SnippetFormat::Html, .server = u"ftp://dash.example.com"_s}
                << u"is not an http(s) URL"_s;
        // A tenant whose token would not open the canvas's dashboard.
        QTest::newRow("tenant without the dashboard")
                << Choices{.format = SnippetFormat::Node, .tenant = u"Farolito — access policy"_s}
                << u"do not open the dashboard"_s;
        // A profile the project would refuse: credentials in its claims.
        QTest::newRow("tenant refused")
                << Choices{.format = SnippetFormat::Node, .tenant = u"broken"_s}
                << u"tenant profile"_s;
    }

    void errorsInPlaceOfTheCode()
    {
        QFETCH(Choices, choices);
        QFETCH(QString, why);
        ProjectDocument doc;
        doc.reset(m_doc->project(), m_doc->filePath());
        TenantProfile broken{u"00000000-0000-4000-8000-000000000001"_s, u"broken"_s,
                             Json{{"securables", Json::array({"no-such-dashboard"})}}};
        doc.insertTenant(int(doc.project().tenants.size()), broken);
        ProjectKeystore keystore(&doc);
        EmbedSnippetDialog dialog(&doc, &keystore);
        dialog.setDashboardId(m_dashboard->id);
        dialog.show();
        choose(dialog, choices);
        QVERIFY(!dialog.snippet());
        const auto *error = dialog.findChild<QLabel *>(u"error"_s);
        QVERIFY(error->isVisible());
        QVERIFY(!dialog.findChild<QPlainTextEdit *>(u"code"_s)->isVisible());
        QCOMPARE(error->text(), dialog.error());
        QVERIFY2(error->text().contains(why), qPrintable(error->text()));
        QVERIFY(!error->text().contains(u'\n'));
        QVERIFY(!dialog.findChild<QPushButton *>(u"copy"_s)->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(u"saveAs"_s)->isEnabled());
        // Fixing the choice brings the code back.
        choose(dialog,
               Choices{.format = SnippetFormat::Node, .minting = SnippetMinting::Authorizations});
        QVERIFY2(dialog.snippet(), qPrintable(dialog.error()));
        QVERIFY(dialog.findChild<QPlainTextEdit *>(u"code"_s)->isVisible());
    }

    void lockedKeystore()
    {
        // An encrypted keystore whose passphrase is not given: the code that signs says so,
        // the code that asks the embed server needs no key.
        QTemporaryDir dir;
        Keystore locked;
        QString error;
        QVERIFY(locked.createSigningKey(KeyAlgorithm::ES256, &error));
        locked.setPassphrase("correct horse");
        const QString path = dir.filePath(u"locked.dwkeys"_s);
        QVERIFY2(locked.saveNew(path, &error), qPrintable(error));
        ProjectKeystore keystore(m_doc.get());
        keystore.setPath(path);
        int asked = 0;
        keystore.setPassphraseProvider([&](const QString &, bool) {
            ++asked;
            return std::optional<QByteArray>();
        });
        EmbedSnippetDialog dialog(m_doc.get(), &keystore);
        dialog.setDashboardId(m_dashboard->id);
        dialog.show();
        QCOMPARE(asked, 0); // the page's snippet opens no keystore
        choose(dialog, Choices{.format = SnippetFormat::Node, .minting = SnippetMinting::Sign});
        QCOMPARE(asked, 1);
        QVERIFY(!dialog.snippet());
        QVERIFY2(dialog.error().contains(u"stays locked"_s), qPrintable(dialog.error()));
        QVERIFY(dialog.findChild<QPushButton *>(u"openKeystore"_s)->isVisible());
        // Other choices do not ask again; Open Keystore does.
        dialog.findChild<QSpinBox *>(u"lifetime"_s)->setValue(20);
        QCOMPARE(asked, 1);
        keystore.setPassphraseProvider(
                [&](const QString &, bool) { return std::optional<QByteArray>("correct horse"); });
        dialog.findChild<QPushButton *>(u"openKeystore"_s)->click();
        QVERIFY2(dialog.snippet(), qPrintable(dialog.error()));
        QCOMPARE(dialog.request().kid, locked.signingKeys().first().kid);
        QVERIFY(!dialog.findChild<QPushButton *>(u"openKeystore"_s)->isVisible());
    }

    void defaultTenantAndServer()
    {
        Preferences::embedServer.set(u"https://embed.example.org"_s);
        const TenantProfile *policy = m_doc->project().tenant(u"Farolito — access policy"_s);
        QVERIFY(policy);
        {
            EmbedSnippetDialog dialog(m_doc.get(), m_keystore.get());
            dialog.setDashboardId(m_dashboard->id);
            QCOMPARE(dialog.findChild<QComboBox *>(u"tenant"_s)->currentText(),
                     u"Template (no tenant)"_s);
            dialog.setTenantId(policy->id);
            QCOMPARE(dialog.findChild<QComboBox *>(u"tenant"_s)->currentText(), policy->name);
            QCOMPARE(dialog.request().tenantName, policy->name);
            QCOMPARE(dialog.request().server, u"https://embed.example.org"_s);
            dialog.findChild<QLineEdit *>(u"server"_s)->setText(u"https://other.example.org/"_s);
            QCOMPARE(dialog.request().server, u"https://other.example.org"_s);
            dialog.reject();
        }
        QCOMPARE(Preferences::embedServer.get(), u"https://other.example.org"_s);
        {
            // One that makes no snippet is not remembered.
            EmbedSnippetDialog dialog(m_doc.get(), m_keystore.get());
            dialog.setDashboardId(m_dashboard->id);
            dialog.findChild<QLineEdit *>(u"server"_s)->setText(u"not a url"_s);
            dialog.reject();
        }
        QCOMPARE(Preferences::embedServer.get(), u"https://other.example.org"_s);
    }

    void copyAndSave()
    {
        EmbedSnippetDialog dialog(m_doc.get(), m_keystore.get());
        dialog.setDashboardId(m_dashboard->id);
        dialog.show();
        choose(dialog,
               Choices{.format = SnippetFormat::Python,
                       .minting = SnippetMinting::Sign,
                       .algorithm = u"ES256"_s});
        QVERIFY(dialog.snippet());
        QGuiApplication::clipboard()->setText(u"something else"_s);
        dialog.findChild<QPushButton *>(u"copy"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog.snippet()->code);
        QVERIFY(!dialog.findChild<QLabel *>(u"copied"_s)->text().isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(dialog.snippet()->fileName);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older, longer file that must be replaced entirely\n"
                  "an older, longer file that must be replaced entirely\n");
        old.close();
        QString error;
        QVERIFY2(dialog.saveCode(path, &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), dialog.snippet()->code);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QVERIFY(!dialog.saveCode(dir.filePath(u"no/such/folder/x.py"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void highlighting_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("what"); // the first occurrence of this on that line
        QTest::addColumn<int>("kind");
        const int keyword = int(CodeHighlighter::Kind::Keyword);
        const int string = int(CodeHighlighter::Kind::String);
        const int comment = int(CodeHighlighter::Kind::Comment);
        const int number = int(CodeHighlighter::Kind::Number);
        const int plain = int(CodeHighlighter::Kind::Plain);
        QTest::newRow("js keyword")
                << u"javascript"_s << u"const x = 1;"_s << 0 << u"const"_s << keyword;
        QTest::newRow("js number")
                << u"javascript"_s << u"const x = 600;"_s << 0 << u"600"_s << number;
        QTest::newRow("js no keyword inside a word")
                << u"javascript"_s << u"constant = 1"_s << 0 << u"constant"_s << plain;
        QTest::newRow("js comment in string")
                << u"javascript"_s << u"f(\"a // b\")"_s << 0 << u"// b"_s << string;
        QTest::newRow("js block comment, second line")
                << u"javascript"_s << u"/* one\n two */ let y"_s << 1 << u"two"_s << comment;
        QTest::newRow("js after block comment")
                << u"javascript"_s << u"/* one\n two */ let y"_s << 1 << u"let"_s << keyword;
        QTest::newRow("js template literal")
                << u"javascript"_s << u"`a\nb ${x}`"_s << 1 << u"b"_s << string;
        QTest::newRow("python docstring")
                << u"python"_s << u"\"\"\"Doc\nmore text\n\"\"\"\ndef f():"_s << 1 << u"more"_s
                << string;
        QTest::newRow("python after docstring")
                << u"python"_s << u"\"\"\"Doc\nmore\n\"\"\"\ndef f():"_s << 3 << u"def"_s
                << keyword;
        QTest::newRow("python comment")
                << u"python"_s << u"x = 1  # the viewer"_s << 0 << u"viewer"_s << comment;
        QTest::newRow("go raw string")
                << u"go"_s << u"s := `{\n\"a\": 1}`"_s << 1 << u"1"_s << string;
        QTest::newRow("go keyword") << u"go"_s << u"func main() {"_s << 0 << u"func"_s << keyword;
        QTest::newRow("java keyword")
                << u"java"_s << u"public static void main"_s << 0 << u"static"_s << keyword;
        QTest::newRow("csharp verbatim string")
                << u"csharp"_s << u"var s = @\"a\\\";"_s << 0 << u"a\\"_s << string;
        QTest::newRow("php hash comment")
                << u"php"_s << u"$x = 1; # note"_s << 0 << u"note"_s << comment;
        QTest::newRow("php variable is no keyword")
                << u"php"_s << u"$return = 1;"_s << 0 << u"return"_s << plain;
        QTest::newRow("ruby keyword")
                << u"ruby"_s << u"def claims_for(viewer)"_s << 0 << u"def"_s << keyword;
        QTest::newRow("shell comment")
                << u"shell"_s << u"# a token"_s << 0 << u"token"_s << comment;
        QTest::newRow("shell hash in a word")
                << u"shell"_s << u"echo a#b"_s << 0 << u"b"_s << plain;
        QTest::newRow("html tag") << u"html"_s << u"<script type=\"module\">"_s << 0 << u"<script"_s
                                  << int(CodeHighlighter::Kind::Tag);
        QTest::newRow("html attribute") << u"html"_s << u"<script type=\"module\">"_s << 0
                                        << u"type"_s << int(CodeHighlighter::Kind::Attribute);
        QTest::newRow("html value")
                << u"html"_s << u"<script type=\"module\">"_s << 0 << u"module"_s << string;
        QTest::newRow("html comment")
                << u"html"_s << u"<!--\n  <b>not a tag</b>\n-->"_s << 1 << u"<b>"_s << comment;
        QTest::newRow("html text quotes")
                << u"html"_s << u"<p>a \"quote\"</p>"_s << 0 << u"quote"_s << plain;
        QTest::newRow("unknown language")
                << u"cobol"_s << u"const x = 1;"_s << 0 << u"const"_s << plain;
    }

    void highlighting()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(int, line);
        QFETCH(QString, what);
        QFETCH(int, kind);
        QTextDocument document(code);
        CodeHighlighter highlighter(&document);
        highlighter.setLanguage(language);
        const QString text = code.split(u'\n').at(line);
        const int at = int(text.indexOf(what));
        QVERIFY(at >= 0);
        for (int i = at; i < at + what.size(); ++i)
            QCOMPARE(int(highlighter.kindAt(line, i)), kind);
    }

    void screenshots_data() { screenshotMatrix(); }

    // At both sizes and in both languages every choice fits and the code keeps most of the room.
    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const ScopedTranslation translation(language);
        QVERIFY(translation.ok(language));
        EmbedSnippetDialog dialog(m_doc.get(), m_keystore.get());
        if (language != u"en"_s)
            QVERIFY(dialog.windowTitle() != u"Embed Snippet"_s);
        dialog.setWebRoots({m_web.path()});
        dialog.setDashboardId(m_dashboard->id);
        dialog.resize(size);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.minimumSizeHint().width() <= size.width());
        QVERIFY(dialog.minimumSizeHint().height() <= size.height());
        for (const Choices &choices :
             {Choices{.format = SnippetFormat::Node,
             .minting = SnippetMinting::Sign,
             .algorithm = u"HS256"_s},
              Choices{.format = SnippetFormat::Html, .tenant = u"Farolito — access policy"_s},
              Choices{.format = SnippetFormat::Go,
              .minting = SnippetMinting::Sign,
              .algorithm = u"ES256"_s,
              .sealed = true}}) {
            choose(dialog, choices);
            QCoreApplication::processEvents();
            // Every choice shown fits its width: no combo box or label cut off.
            for (QWidget *field :
                 dialog.findChild<QWidget *>(u"choices"_s)->findChildren<QWidget *>()) {
                if (!field->isVisible() || qobject_cast<QLabel *>(field) == nullptr)
                    continue;
                QVERIFY2(field->width() >= field->minimumSizeHint().width(),
                         qPrintable(qobject_cast<QLabel *>(field)->text()));
            }
            const auto *code
                    = dialog.findChild<QWidget *>(dialog.snippet() ? u"code"_s : u"error"_s);
            QVERIFY(code->height() >= size.height() / 3);
            screenshot(&dialog,
                       u"embed-snippet-%1-%2-%3x%4"_s
                               .arg(SnippetGenerator::formatName(choices.format), language)
                               .arg(size.width())
                               .arg(size.height()));
        }
    }

private:
    void choose(EmbedSnippetDialog &dialog, const Choices &choices)
    {
        const auto select = [&](const char *name, const QVariant &data) {
            auto *combo = dialog.findChild<QComboBox *>(QString::fromLatin1(name));
            const int index = combo->findData(data);
            QVERIFY2(index >= 0, name);
            combo->setCurrentIndex(index);
        };
        select("format", int(choices.format));
        select("minting", int(choices.minting));
        if (SnippetGenerator::isBackend(choices.format) && choices.format != SnippetFormat::Curl
            && choices.minting == SnippetMinting::Sign) {
            // No algorithm: the first entry, the newest key.
            auto *keys = dialog.findChild<QComboBox *>(u"key"_s);
            select("key",
                   choices.algorithm.isEmpty() ? keys->itemData(0)
                                               : QVariant(m_kids.value(choices.algorithm)));
        }
        auto *tenants = dialog.findChild<QComboBox *>(u"tenant"_s);
        const int tenant = choices.tenant.isEmpty() ? 0 : tenants->findText(choices.tenant);
        QVERIFY2(tenant >= 0, qPrintable(choices.tenant));
        tenants->setCurrentIndex(tenant);
        dialog.findChild<QCheckBox *>(u"sealed"_s)->setChecked(choices.sealed);
        dialog.findChild<QLineEdit *>(u"server"_s)->setText(choices.server);
        dialog.findChild<QSpinBox *>(u"lifetime"_s)->setValue(choices.minutes);
    }

    // What SnippetGenerator makes for these choices, as `dashwright snippet` asks for it.
    std::optional<Snippet> generate(const Choices &choices)
    {
        const Project &project = m_doc->project();
        SnippetRequest request;
        request.format = choices.format;
        request.minting = choices.format == SnippetFormat::Curl ? SnippetMinting::Authorizations
                                                                : choices.minting;
        request.sealed = choices.sealed;
        // The dialog names the project by its file name in the code's comments.
        request.projectFile = QFileInfo(m_doc->filePath()).fileName();
        request.server = choices.server;
        while (request.server.endsWith(u'/'))
            request.server.chop(1);
        request.expiresInSeconds = choices.minutes * 60;
        if (!choices.tenant.isEmpty()) {
            const std::optional<Viewer> viewer = Viewer::profile(project, choices.tenant, &m_error);
            if (!viewer)
                return std::nullopt;
            request.claims = viewer->claims();
            request.tenantName = viewer->name();
        }
        const QString algorithm = choices.algorithm.isEmpty() ? u"HS256"_s : choices.algorithm;
        request.kid = m_kids.value(algorithm);
        request.algorithm = *keyAlgorithmFromName(algorithm);
        request.sealingKid = m_kids.value(u"A256GCM"_s);
        if (!SnippetGenerator::isBackend(choices.format)
            || request.minting != SnippetMinting::Sign) {
            request.kid.clear();
            request.algorithm = KeyAlgorithm::HS256;
            request.sealingKid.clear();
        }
        if (!SnippetGenerator::isBackend(choices.format))
            request.sealed = false;
        const auto sri = [this](const QString &name) {
            QFile file(m_web.filePath(name));
            return file.open(QIODevice::ReadOnly) ? u"sha384-"_s
                            + QString::fromLatin1(QCryptographicHash::hash(
                                                          file.readAll(),
                                                          QCryptographicHash::Sha384)
                                                          .toBase64())
                                                  : QString();
        };
        if (choices.format == SnippetFormat::Html)
            request.bundleIntegrity = sri(u"dashwright-embed.js"_s);
        if (choices.format == SnippetFormat::Iframe)
            request.frameHostIntegrity = sri(u"dashwright-frame-host.js"_s);
        return SnippetGenerator::generate(project, *m_dashboard, request, &m_error);
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_web;
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<ProjectKeystore> m_keystore;
    QHash<QString, QString> m_kids; // algorithm name → the test's key of it
    const Dashboard *m_dashboard = nullptr;
    QString m_error;
};

QTEST_MAIN(TestEmbedSnippetDialog)
#include "tst_embedsnippetdialog.moc"
