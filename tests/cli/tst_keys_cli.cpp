// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clirun.h"

#include "common/json.h"
#include "crypto/keystore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <poll.h>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Dashwright::Json;

namespace {

int fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

Json parsed(const QByteArray &text)
{
    return Json::parse(text.toStdString(), nullptr, false);
}

// Runs dashwright on a pseudo-terminal, answers its passphrase prompt with `answer`, and returns
// the exit code and everything the terminal showed. Bounded: gives up after 60 s.
std::pair<int, QByteArray> runOnTerminal(const QStringList &args, const QByteArray &answer)
{
    QList<QByteArray> arguments{QByteArray(DASHWRIGHT_CLI_PATH)};
    for (const QString &a : args)
        arguments.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : arguments)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        ::unsetenv("DASHWRIGHT_KEYSTORE_PASSPHRASE");
        ::unsetenv("DASHWRIGHT_KEYSTORE");
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    if (pid < 0)
        return {-1, {}};
    QByteArray screen;
    bool answered = false;
    for (int waited = 0; waited < 600; ++waited) {
        pollfd p{master, POLLIN, 0};
        if (::poll(&p, 1, 100) > 0) {
            char buffer[512];
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                break; // the child has gone: EIO on Linux
            screen.append(buffer, n);
        }
        if (!answered && screen.contains("Passphrase for")) {
            const QByteArray line = answer + '\n';
            if (::write(master, line.constData(), size_t(line.size())) != line.size())
                break;
            answered = true;
        }
    }
    ::close(master);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, screen};
}

} // namespace

// End-to-end tests of "dashwright keys": exit codes, the key lifecycle (create, rotate, retire),
// JWK/JWKS export, keystore selection, passphrase encryption, and that no secret is ever listed.
class TestKeysCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_demoOut; // what demo create printed

    QString project() const { return m_dir.filePath(u"demo/burrito.dwproj"_s); }
    QString keystore() const { return m_dir.filePath(u"demo/burrito.dwkeys"_s); }

    // A copy of the demo project in its own folder, with no keystore yet.
    QString freshProject(const QString &name) const
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        const QString path = dir + u"/p.dwproj"_s;
        QFile::copy(project(), path);
        return path;
    }

    Json listJson(const QString &projectPath, const QStringList &environment = {}) const
    {
        const CliRun run
                = runDashwright({u"keys"_s, u"list"_s, projectPath, u"--json"_s}, environment);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return parsed(run.out);
    }

    // Every secret in a plain keystore file: HMAC/AES secrets and the private JWKs' "d".
    static QList<QByteArray> secretsOf(const QString &keystorePath)
    {
        QList<QByteArray> secrets;
        const Json json = parsed(readWholeFile(keystorePath));
        for (const Json &key : json["signing_keys"]) {
            if (key.contains("secret"))
                secrets.append(QByteArray::fromStdString(key["secret"].get<std::string>()));
            if (key.contains("private_jwk") && key["private_jwk"].contains("d"))
                secrets.append(
                        QByteArray::fromStdString(key["private_jwk"]["d"].get<std::string>()));
        }
        return secrets;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const CliRun run = runDashwright(
                {u"demo"_s, u"create"_s, m_dir.filePath(u"demo"_s), u"--rows"_s, u"1000"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QFile::exists(keystore()));
        m_demoOut = run.out;
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrStart");

        const QString p = project();
        const QStringList none;
        QTest::newRow("no action") << QStringList{u"keys"_s} << none << 1
                                   << u"dashwright: keys: expected 2 argument(s), got 0"_s;
        QTest::newRow("unknown action") << QStringList{u"keys"_s, u"burn"_s, p} << none << 1
                                        << u"dashwright: keys: unknown action \"burn\""_s;
        QTest::newRow("unknown option")
                << QStringList{u"keys"_s, u"list"_s, p, u"--colour"_s} << none << 1
                << u"dashwright: keys: Unknown option 'colour'."_s;
        QTest::newRow("help") << QStringList{u"keys"_s, u"--help"_s} << none << 0 << QString();
        QTest::newRow("list ok") << QStringList{u"keys"_s, u"list"_s, p} << none << 0 << QString();
        QTest::newRow("no project")
                << QStringList{u"keys"_s, u"list"_s, u"/nonexistent.dwproj"_s} << none << 2
                << u"dashwright: /nonexistent.dwproj: no such file"_s;
        QTest::newRow("no keystore")
                << QStringList{u"keys"_s, u"list"_s, p, u"--keystore"_s,
                               m_dir.filePath(u"none.dwkeys"_s)}
                << none << 2
                << u"dashwright: %1: no such keystore"_s.arg(m_dir.filePath(u"none.dwkeys"_s));
        QTest::newRow("keystore from env missing")
                << QStringList{u"keys"_s, u"list"_s, p}
                << QStringList{u"DASHWRIGHT_KEYSTORE="_s + m_dir.filePath(u"env.dwkeys"_s)} << 2
                << u"dashwright: %1: no such keystore"_s.arg(m_dir.filePath(u"env.dwkeys"_s));
        QTest::newRow("create without alg") << QStringList{u"keys"_s, u"create"_s, p} << none << 1
                                            << u"dashwright: keys create: --alg is required"_s;
        QTest::newRow("create bad alg")
                << QStringList{u"keys"_s, u"create"_s, p, u"--alg"_s, u"RS256"_s} << none << 1
                << u"dashwright: --alg: expected one of HS256, HS384, HS512, ES256, EdDSA, A256GCM, got \"RS256\""_s;
        QTest::newRow("alg is case-sensitive")
                << QStringList{u"keys"_s, u"create"_s, p, u"--alg"_s, u"hs256"_s} << none << 1
                << u"dashwright: --alg: "_s;
        QTest::newRow("rotate nothing")
                << QStringList{u"keys"_s, u"rotate"_s, p, u"--alg"_s, u"HS512"_s} << none << 2
                << u"dashwright: keys rotate: no active HS512 key to rotate"_s;
        QTest::newRow("retire without kid") << QStringList{u"keys"_s, u"retire"_s, p} << none << 1
                                            << u"dashwright: keys retire: --kid is required"_s;
        QTest::newRow("retire unknown")
                << QStringList{u"keys"_s, u"retire"_s, p, u"--kid"_s, u"nope"_s} << none << 2
                << u"dashwright: nope: no such key in the keystore"_s;
        QTest::newRow("export neither")
                << QStringList{u"keys"_s, u"export"_s, p} << none << 1
                << u"dashwright: keys export: choose --jwks or --kid KID --jwk"_s;
        QTest::newRow("export both")
                << QStringList{u"keys"_s, u"export"_s, p, u"--jwks"_s, u"--jwk"_s} << none << 1
                << u"dashwright: keys export: choose --jwks"_s;
        QTest::newRow("export jwk without kid")
                << QStringList{u"keys"_s, u"export"_s, p, u"--jwk"_s} << none << 1
                << u"dashwright: keys export: --kid is required"_s;
        QTest::newRow("export unknown kid")
                << QStringList{u"keys"_s, u"export"_s, p, u"--jwk"_s, u"--kid"_s, u"nope"_s} << none
                << 2 << u"dashwright: nope: no such key in the keystore"_s;
        QTest::newRow("unwritable keystore")
                << QStringList{u"keys"_s,
                               u"create"_s,
                               p,
                               u"--alg"_s,
                               u"HS256"_s,
                               u"--keystore"_s,
                               u"/nonexistent/k.dwkeys"_s}
                << none << 4
                << u"dashwright: /nonexistent/k.dwkeys: cannot lock it: the folder /nonexistent does not exist"_s;
        QTest::newRow("export jwks")
                << QStringList{u"keys"_s, u"export"_s, p, u"--jwks"_s} << none << 0 << QString();
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, environment);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrStart);
        const CliRun run = runDashwright(args, environment);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        if (stderrStart.isEmpty())
            QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
        else
            QVERIFY2(run.errText().startsWith(stderrStart), qPrintable(run.describe()));
        // Errors are one line, usage errors included.
        if (exitCode != 0)
            QCOMPARE(run.err.count('\n'), 1);
    }

    void symmetricExportNeedsPrivate()
    {
        const Json keys = listJson(project());
        const std::string kid = keys["keys"][0]["kid"];
        const QString k = QString::fromStdString(kid);
        CliRun run = runDashwright({u"keys"_s, u"export"_s, project(), u"--kid"_s, k, u"--jwk"_s});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.errText().contains(u"--private"_s));
        QVERIFY(run.out.isEmpty());

        run = runDashwright(
                {u"keys"_s, u"export"_s, project(), u"--kid"_s, k, u"--jwk"_s, u"--private"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(u"secret"_s), qPrintable(run.describe()));
        const Json jwk = parsed(run.out);
        QVERIFY(jwk["kty"] == "oct");
        QVERIFY(jwk["kid"] == kid);
        QVERIFY(secretsOf(keystore())
                        .contains(QByteArray::fromStdString(jwk["k"].get<std::string>())));
    }

    void lifecycle()
    {
        const QString p = freshProject(u"lifecycle"_s);
        const QString keys = QFileInfo(p).dir().filePath(u"p.dwkeys"_s);
        QVERIFY(!QFile::exists(keys));

        // create makes the keystore, 0600 from the start, and prints the new kid.
        CliRun run = runDashwright({u"keys"_s, u"create"_s, p, u"--alg"_s, u"HS256"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(fileMode(keys), 0600);
        const QString first = QString::fromUtf8(run.out.trimmed());
        QCOMPARE(first.size(), 16);

        QMap<QString, QString> kids; // alg → kid
        for (const QString &alg : {u"ES256"_s, u"EdDSA"_s, u"A256GCM"_s, u"HS384"_s, u"HS512"_s}) {
            run = runDashwright({u"keys"_s, u"create"_s, p, u"--alg"_s, alg});
            QVERIFY2(run.exitCode == 0, qPrintable(alg + run.describe()));
            kids[alg] = QString::fromUtf8(run.out.trimmed());
        }

        run = runDashwright({u"keys"_s, u"rotate"_s, p, u"--alg"_s, u"HS256"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString second = QString::fromUtf8(run.out.trimmed());
        QVERIFY(second != first);

        Json list = listJson(p);
        QCOMPARE(list["keys"].size(), size_t(7));
        QVERIFY(list["encrypted"] == false);
        for (const Json &key : list["keys"]) {
            const QString kid = QString::fromStdString(key["kid"]);
            QVERIFY(key["status"] == "active");
            // Rotation: the first HS256 key still active but no longer the newest.
            QCOMPARE(key["newest"].get<bool>(), kid != first);
            QVERIFY(key["use"] == (key["alg"] == "A256GCM" ? "seal" : "sign"));
        }

        run = runDashwright({u"keys"_s, u"retire"_s, p, u"--kid"_s, first});
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
        list = listJson(p);
        QVERIFY(list["keys"][0]["kid"] == first.toStdString());
        QVERIFY(list["keys"][0]["status"] == "retired");

        // Retiring the last active key of an algorithm works, with a warning.
        run = runDashwright({u"keys"_s, u"retire"_s, p, u"--kid"_s, kids[u"HS512"_s]});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(u"no active HS512 key is left"_s),
                 qPrintable(run.describe()));

        // --alg narrows the listing.
        const Json onlyHs256 = parsed(
                runDashwright({u"keys"_s, u"list"_s, p, u"--json"_s, u"--alg"_s, u"HS256"_s}).out);
        QCOMPARE(onlyHs256["keys"].size(), size_t(2));
        QVERIFY(onlyHs256["keys"][1]["kid"] == second.toStdString());

        // The text listing marks the key that signs and the ones that only verify.
        run = runDashwright({u"keys"_s, u"list"_s, p});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.startsWith(u"KID"_s));
        QVERIFY(text.contains(second + u"  HS256"_s));
        QVERIFY(text.contains(u"active (newest: used for new tokens)"_s));
        QVERIFY(text.contains(u"retired"_s));

        // No secret in either listing.
        const QList<QByteArray> secrets = secretsOf(keys);
        QCOMPARE(secrets.size(), 7);
        const QByteArray json = runDashwright({u"keys"_s, u"list"_s, p, u"--json"_s}).out;
        for (const QByteArray &secret : secrets) {
            QVERIFY(!run.out.contains(secret));
            QVERIFY(!json.contains(secret));
        }

        // The JWKS: the public halves of the active key pairs; no symmetric key, nothing private.
        run = runDashwright({u"keys"_s, u"export"_s, p, u"--jwks"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const Json jwks = parsed(run.out);
        QCOMPARE(jwks["keys"].size(), size_t(2));
        QStringList exported;
        for (const Json &jwk : jwks["keys"]) {
            exported.append(QString::fromStdString(jwk["kid"]));
            QVERIFY(!jwk.contains("d") && !jwk.contains("k"));
            QVERIFY(jwk["kty"] == "EC" || jwk["kty"] == "OKP");
        }
        exported.sort();
        QStringList expected{kids[u"ES256"_s], kids[u"EdDSA"_s]};
        expected.sort();
        QCOMPARE(exported, expected);
        for (const QByteArray &secret : secrets)
            QVERIFY(!run.out.contains(secret));

        // One public key; its private half only when asked, with a warning.
        run = runDashwright({u"keys"_s, u"export"_s, p, u"--kid"_s, kids[u"ES256"_s], u"--jwk"_s});
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
        Json jwk = parsed(run.out);
        QVERIFY(jwk["kty"] == "EC" && jwk["crv"] == "P-256" && jwk["alg"] == "ES256"
                && !jwk.contains("d"));
        run = runDashwright({u"keys"_s, u"export"_s, p, u"--kid"_s, kids[u"EdDSA"_s], u"--jwk"_s,
                             u"--private"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.errText().startsWith(u"dashwright: warning: "_s));
        jwk = parsed(run.out);
        QVERIFY(jwk["kty"] == "OKP" && jwk["crv"] == "Ed25519" && jwk.contains("d"));

        // A retired key pair leaves the JWKS.
        QCOMPARE(runDashwright({u"keys"_s, u"retire"_s, p, u"--kid"_s, kids[u"EdDSA"_s]}).exitCode,
                 0);
        QCOMPARE(parsed(runDashwright({u"keys"_s, u"export"_s, p, u"--jwks"_s}).out)["keys"].size(),
                 size_t(1));
    }

    void keystoreSelection()
    {
        const QString p = freshProject(u"selection"_s);
        const QString other = m_dir.filePath(u"selection/elsewhere.dwkeys"_s);
        CliRun run = runDashwright(
                {u"keys"_s, u"create"_s, p, u"--alg"_s, u"HS256"_s, u"--keystore"_s, other});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(QFile::exists(other));
        QVERIFY(!QFile::exists(m_dir.filePath(u"selection/p.dwkeys"_s)));
        QCOMPARE(fileMode(other), 0600);
        // $DASHWRIGHT_KEYSTORE finds it too; --keystore wins over it.
        QCOMPARE(listJson(p, {u"DASHWRIGHT_KEYSTORE="_s + other})["keys"].size(), size_t(1));
        const QByteArray otherKid = run.out.trimmed();
        run = runDashwright({u"keys"_s, u"list"_s, p, u"--keystore"_s, keystore()},
                            {u"DASHWRIGHT_KEYSTORE="_s + other});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!run.out.contains(otherKid));
        QCOMPARE(run.out.count('\n'), 2); // the header and the demo's one key
    }

    void readableKeystoreWarns()
    {
        const QString p = freshProject(u"readable"_s);
        QCOMPARE(runDashwright({u"keys"_s, u"create"_s, p, u"--alg"_s, u"HS256"_s}).exitCode, 0);
        const QString keys = m_dir.filePath(u"readable/p.dwkeys"_s);
        QVERIFY(QFile::setPermissions(keys, QFile::permissions(keys) | QFileDevice::ReadOther));
        CliRun run = runDashwright({u"keys"_s, u"list"_s, p});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.errText().contains(u"chmod 600"_s), qPrintable(run.describe()));
        // Saving tightens it again.
        QCOMPARE(runDashwright({u"keys"_s, u"create"_s, p, u"--alg"_s, u"HS256"_s}).exitCode, 0);
        QCOMPARE(fileMode(keys), 0600);
    }

    void encryptedKeystore()
    {
        const QString p = freshProject(u"encrypted"_s);
        const QString keys = m_dir.filePath(u"encrypted/p.dwkeys"_s);
        const QStringList pass{u"DASHWRIGHT_KEYSTORE_PASSPHRASE=open sesame"_s};

        // A new keystore is encrypted when a passphrase is set.
        CliRun run = runDashwright({u"keys"_s, u"create"_s, p, u"--alg"_s, u"HS256"_s}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString kid = QString::fromUtf8(run.out.trimmed());
        QCOMPARE(fileMode(keys), 0600);
        const Json envelope = parsed(readWholeFile(keys));
        QVERIFY(envelope.contains("encryption") && envelope.contains("ciphertext"));
        QVERIFY(!readWholeFile(keys).contains(kid.toUtf8()));

        const Json list = listJson(p, pass);
        QVERIFY(list["encrypted"] == true);
        QVERIFY(list["keys"][0]["kid"] == kid.toStdString());

        // Without a terminal (QProcess gives none) and without the variable: a clear error, exit 2.
        run = runDashwright({u"keys"_s, u"list"_s, p});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.errText().contains(u"set DASHWRIGHT_KEYSTORE_PASSPHRASE"_s));
        run = runDashwright({u"keys"_s, u"list"_s, p},
                            {u"DASHWRIGHT_KEYSTORE_PASSPHRASE=open sesam"_s});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QCOMPARE(run.errText(),
                 u"dashwright: %1: wrong passphrase or damaged keystore\n"_s.arg(keys));

        // Changing the keystore keeps it encrypted.
        QCOMPARE(runDashwright({u"keys"_s, u"rotate"_s, p, u"--alg"_s, u"HS256"_s}, pass).exitCode,
                 0);
        QVERIFY(parsed(readWholeFile(keys)).contains("encryption"));
        QCOMPARE(listJson(p, pass)["keys"].size(), size_t(2));

        // keys passphrase: change it, then remove it.
        run = runDashwright({u"keys"_s, u"passphrase"_s, p},
                            pass + QStringList{u"DASHWRIGHT_KEYSTORE_NEW_PASSPHRASE=new one"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(runDashwright({u"keys"_s, u"list"_s, p}, pass).exitCode, 2);
        QCOMPARE(listJson(p, {u"DASHWRIGHT_KEYSTORE_PASSPHRASE=new one"_s})["keys"].size(),
                 size_t(2));
        run = runDashwright({u"keys"_s, u"passphrase"_s, p},
                            {u"DASHWRIGHT_KEYSTORE_PASSPHRASE=new one"_s});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe())); // no new passphrase, no terminal
        run = runDashwright({u"keys"_s, u"passphrase"_s, p, u"--remove"_s},
                            {u"DASHWRIGHT_KEYSTORE_PASSPHRASE=new one"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!parsed(readWholeFile(keys)).contains("encryption"));
        QCOMPARE(fileMode(keys), 0600);
        QCOMPARE(listJson(p)["keys"].size(), size_t(2));
    }

    void passphrasePrompt()
    {
        const QString p = freshProject(u"prompt"_s);
        CliRun run = runDashwright({u"keys"_s, u"create"_s, p, u"--alg"_s, u"HS256"_s},
                                   {u"DASHWRIGHT_KEYSTORE_PASSPHRASE=typed secret"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QByteArray kid = run.out.trimmed();

        // On a terminal, the passphrase is asked for, without echo.
        auto [exitCode, screen] = runOnTerminal({u"keys"_s, u"list"_s, p}, "typed secret");
        QVERIFY2(exitCode == 0, screen.constData());
        QVERIFY(screen.contains("Passphrase for "));
        QVERIFY(screen.contains(kid));
        QVERIFY2(!screen.contains("typed secret"), screen.constData());

        std::tie(exitCode, screen) = runOnTerminal({u"keys"_s, u"list"_s, p}, "mistyped");
        QCOMPARE(exitCode, 2);
        QVERIFY(screen.contains("wrong passphrase or damaged keystore"));
        QVERIFY(!screen.contains("mistyped"));
    }

    void damagedKeystore()
    {
        const QString p = freshProject(u"damaged"_s);
        const QString keys = m_dir.filePath(u"damaged/p.dwkeys"_s);
        QVERIFY(writeWholeFile(
                keys, "{\"format\": \"dashwright-keystore\", \"version\": 1, \"signing_keys\": ["));
        QVERIFY(QFile::setPermissions(keys, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const CliRun run = runDashwright({u"keys"_s, u"list"_s, p});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.errText().startsWith(u"dashwright: %1: malformed JSON"_s.arg(keys)),
                 qPrintable(run.describe()));
        // create never overwrites a keystore it cannot read.
        QCOMPARE(runDashwright({u"keys"_s, u"create"_s, p, u"--alg"_s, u"HS256"_s}).exitCode, 2);
        QVERIFY(readWholeFile(keys).endsWith("["));
    }

    // A zero-byte keystore (what a killed first "keys create" used to leave) is named as such,
    // with what to do, by every command that reads it; and no command overwrites it.
    // With --json every action prints JSON on stdout, the writing ones included (they used to
    // print a bare kid, or nothing).
    void jsonForEveryAction()
    {
        const QString p = freshProject(u"json"_s);
        const CliRun created
                = runDashwright({u"keys"_s, u"create"_s, p, u"--alg"_s, u"HS256"_s, u"--json"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const Json key = parsed(created.out);
        QVERIFY2(key.is_object(), created.out.constData());
        QCOMPARE(key.value("alg", ""), "HS256");
        QCOMPARE(key.value("status", ""), "active");
        QCOMPARE(key.value("use", ""), "sign");
        const QString kid = QString::fromStdString(key.value("kid", ""));
        QVERIFY(!kid.isEmpty());
        QVERIFY(!key.contains("secret"));

        const CliRun rotated
                = runDashwright({u"keys"_s, u"rotate"_s, p, u"--alg"_s, u"HS256"_s, u"--json"_s});
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.describe()));
        QVERIFY(parsed(rotated.out).value("kid", "") != kid.toStdString());

        const CliRun retired
                = runDashwright({u"keys"_s, u"retire"_s, p, u"--kid"_s, kid, u"--json"_s});
        QVERIFY2(retired.exitCode == 0, qPrintable(retired.describe()));
        const Json retiredJson = parsed(retired.out);
        QCOMPARE(retiredJson.value("kid", ""), kid.toStdString());
        QCOMPARE(retiredJson.value("status", ""), "retired");
        QCOMPARE(retiredJson.value("active_left", false), true);

        const CliRun encrypted
                = runDashwright({u"keys"_s, u"passphrase"_s, p, u"--json"_s},
                                {u"DASHWRIGHT_KEYSTORE_NEW_PASSPHRASE=correct horse"_s});
        QVERIFY2(encrypted.exitCode == 0, qPrintable(encrypted.describe()));
        QCOMPARE(parsed(encrypted.out).value("encrypted", false), true);
        const CliRun decrypted
                = runDashwright({u"keys"_s, u"passphrase"_s, p, u"--remove"_s, u"--json"_s},
                                {u"DASHWRIGHT_KEYSTORE_PASSPHRASE=correct horse"_s});
        QVERIFY2(decrypted.exitCode == 0, qPrintable(decrypted.describe()));
        QCOMPARE(parsed(decrypted.out).value("encrypted", true), false);
    }

    void emptyKeystore_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList{u"keys"_s, u"list"_s};
        QTest::newRow("create") << QStringList{u"keys"_s, u"create"_s, u"--alg"_s, u"HS256"_s};
        QTest::newRow("export") << QStringList{u"keys"_s, u"export"_s, u"--jwks"_s};
        QTest::newRow("token verify") << QStringList{u"token"_s, u"verify"_s, u"-"_s};
    }

    void emptyKeystore()
    {
        QFETCH(QStringList, args);
        const QString p = freshProject(u"empty"_s);
        const QString keys = m_dir.filePath(u"empty/p.dwkeys"_s);
        QVERIFY(writeWholeFile(keys, QByteArray()));
        QVERIFY(QFile::setPermissions(keys, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        args.insert(2, p);
        const CliRun run = runDashwright(args, {}, "{}");
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.errText().startsWith(
                         u"dashwright: %1: empty keystore (left by an interrupted write?)"_s.arg(
                                 keys)),
                 qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(u"delete it"_s), qPrintable(run.describe()));
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(QFileInfo(keys).exists() && QFileInfo(keys).size() == 0);
    }

    // A key pair whose stored JWK no longer makes a key fails the JWKS export naming it, instead
    // of a JWKS that silently lacks it (and every token it signed failing at the integrator's).
    void jwksNamesADamagedKey()
    {
        const QString p = freshProject(u"damagedjwk"_s);
        const QString keys = m_dir.filePath(u"damagedjwk/p.dwkeys"_s);
        const CliRun created = runDashwright({u"keys"_s, u"create"_s, p, u"--alg"_s, u"ES256"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString kid = QString::fromUtf8(created.out.trimmed());
        QCOMPARE(runDashwright({u"keys"_s, u"export"_s, p, u"--jwks"_s}).exitCode, 0);

        Json json = parsed(readWholeFile(keys));
        std::string x = json["signing_keys"][0]["private_jwk"]["x"].get<std::string>();
        x[5] = x[5] == 'A' ? 'B' : 'A'; // a point off the curve (or not matching d)
        json["signing_keys"][0]["private_jwk"]["x"] = x;
        QVERIFY(writeWholeFile(keys, QByteArray::fromStdString(json.dump(2))));

        const CliRun run = runDashwright({u"keys"_s, u"export"_s, p, u"--jwks"_s});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.errText().startsWith(u"dashwright: keys export: the key \"%1\""_s.arg(kid)),
                 qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }

    // A key pair stored without its private half has no secret to export: refused, never the
    // public key printed under a warning that the output is secret.
    void privateExportOfAPublicOnlyKey()
    {
        const QString p = freshProject(u"publiconly"_s);
        const QString keys = m_dir.filePath(u"publiconly/p.dwkeys"_s);
        const CliRun created = runDashwright({u"keys"_s, u"create"_s, p, u"--alg"_s, u"ES256"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString kid = QString::fromUtf8(created.out.trimmed());
        Json json = parsed(readWholeFile(keys));
        json["signing_keys"][0]["private_jwk"].erase("d");
        QVERIFY(writeWholeFile(keys, QByteArray::fromStdString(json.dump(2))));

        const CliRun run = runDashwright(
                {u"keys"_s, u"export"_s, p, u"--kid"_s, kid, u"--jwk"_s, u"--private"_s});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(u"public only"_s), qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        // Its public half still exports.
        QCOMPARE(runDashwright({u"keys"_s, u"export"_s, p, u"--kid"_s, kid, u"--jwk"_s}).exitCode,
                 0);
    }

    // demo create makes an API key "demo" and says, once, how to mint a token with it.
    void demoApiKey()
    {
        const QString out = QString::fromUtf8(m_demoOut);
        const QRegularExpressionMatch id
                = QRegularExpression(u"id: +(dwk_[0-9a-f]{16})\\n"_s).match(out);
        const QRegularExpressionMatch secret
                = QRegularExpression(u"secret: +([A-Za-z0-9_-]{43})\\n"_s).match(out);
        QVERIFY2(id.hasMatch() && secret.hasMatch(), qPrintable(out));
        const QString claims = m_dir.filePath(u"demo/farolito.claims.json"_s);
        QVERIFY2(out.contains(u"curl -u %1:%2 "_s.arg(id.captured(1), secret.captured(1))),
                 qPrintable(out));
        QVERIFY2(out.contains(
                         u"--data @%1 http://127.0.0.1:8750/api/v1/authorizations"_s.arg(claims)),
                 qPrintable(out));
        const Json claimsJson = parsed(readWholeFile(claims));
        QVERIFY(claimsJson.is_object() && claimsJson.contains("securables"));

        QString error;
        const auto loaded = Dashwright::Keystore::load(keystore(), &error);
        QVERIFY2(loaded, qPrintable(error));
        const Dashwright::ApiKey *key
                = loaded->authenticateApiKey(id.captured(1), secret.captured(1).toLatin1());
        QVERIFY(key);
        QCOMPARE(key->name, u"demo"_s);
        QVERIFY(!readWholeFile(keystore()).contains(secret.captured(1).toLatin1()));
    }

    void apiKeyUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrStart");
        const QString p = project();
        QTest::newRow("no action") << QStringList{u"keys"_s, u"api-key"_s} << 1
                                   << u"dashwright: keys api-key: no action given"_s;
        QTest::newRow("unknown action") << QStringList{u"keys"_s, u"api-key"_s, u"burn"_s, p} << 1
                                        << u"dashwright: keys api-key: unknown action \"burn\""_s;
        QTest::newRow("help") << QStringList{u"keys"_s, u"api-key"_s, u"--help"_s} << 0
                              << QString();
        QTest::newRow("revoke without id")
                << QStringList{u"keys"_s, u"api-key"_s, u"revoke"_s, p} << 1
                << u"dashwright: keys api-key: expected 3 argument(s), got 2"_s;
        QTest::newRow("name on list")
                << QStringList{u"keys"_s, u"api-key"_s, u"list"_s, p, u"--name"_s, u"x"_s} << 1
                << u"dashwright: keys api-key list: --name is for create"_s;
        QTest::newRow("no project")
                << QStringList{u"keys"_s, u"api-key"_s, u"create"_s, u"/nonexistent.dwproj"_s} << 2
                << u"dashwright: /nonexistent.dwproj: no such file"_s;
        QTest::newRow("bad name") << QStringList{u"keys"_s, u"api-key"_s, u"create"_s,
                                                 p,         u"--name"_s,  u"a\x1b[2J"_s}
                                  << 2
                                  << u"dashwright: --name: the name holds a control character"_s;
        QTest::newRow("revoke unknown")
                << QStringList{u"keys"_s, u"api-key"_s, u"revoke"_s, p, u"dwk_0000000000000000"_s}
                << 2 << u"dashwright: dwk_0000000000000000: no such API key in the keystore"_s;
    }

    void apiKeyUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrStart);
        const QByteArray before = readWholeFile(keystore());
        const CliRun run = runDashwright(args);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        QVERIFY2(run.errText().startsWith(stderrStart), qPrintable(run.describe()));
        if (exitCode != 0)
            QCOMPARE(readWholeFile(keystore()), before);
    }

    // create → list → authenticate → revoke, through the command; no secret or hash is ever listed.
    void apiKeyLifecycle()
    {
        const QString p = project();
        CliRun run = runDashwright({u"keys"_s, u"api-key"_s, u"create"_s, p, u"--name"_s,
                                    u"backend-eu"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const Json made = parsed(run.out);
        std::vector<std::string> members;
        for (const auto &item : made.items())
            members.push_back(item.key());
        QVERIFY(members == (std::vector<std::string>{"id", "name", "secret", "created"}));
        QVERIFY(made["name"] == "backend-eu");
        const QString id = QString::fromStdString(made["id"]);
        const QByteArray secret = QByteArray::fromStdString(made["secret"]);
        QCOMPARE(secret.size(), 43);

        // Text form: id, secret and the curl hint.
        run = runDashwright({u"keys"_s, u"api-key"_s, u"create"_s, p});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QRegularExpressionMatch text
                = QRegularExpression(
                          u"^id: +(dwk_[0-9a-f]{16})\\nsecret: +([A-Za-z0-9_-]{43})\\n"_s)
                          .match(QString::fromUtf8(run.out));
        QVERIFY2(text.hasMatch(), qPrintable(run.describe()));
        QVERIFY(run.out.contains("curl -u " + text.captured(1).toLatin1() + ':'
                                 + text.captured(2).toLatin1() + ' '));
        QVERIFY(run.out.contains("/api/v1/authorizations"));

        QString error;
        auto loaded = Dashwright::Keystore::load(keystore(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->authenticateApiKey(id, secret));
        QVERIFY(loaded->authenticateApiKey(text.captured(1), text.captured(2).toLatin1()));
        const QByteArray file = readWholeFile(keystore());
        QVERIFY(!file.contains(secret) && !file.contains(text.captured(2).toLatin1()));
        const QByteArray hash = loaded->apiKey(id)->secretHash.toBase64(
                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

        for (const QStringList &listArgs :
             {QStringList{u"keys"_s, u"api-key"_s, u"list"_s, p},
              QStringList{u"keys"_s, u"api-key"_s, u"list"_s, p, u"--json"_s}}) {
            run = runDashwright(listArgs);
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QVERIFY(run.out.contains(id.toLatin1()) && run.out.contains("backend-eu"));
            QVERIFY(!run.out.contains(secret) && !run.out.contains(hash));
        }
        run = runDashwright({u"keys"_s, u"api-key"_s, u"list"_s, p, u"--json"_s});
        Json listed;
        const Json keys = parsed(run.out);
        for (const Json &key : keys["api_keys"]) {
            if (key["id"] == id.toStdString())
                listed = key;
        }
        QVERIFY(listed["status"] == "active" && listed["name"] == "backend-eu");
        QVERIFY(listed["created"] == made["created"]);

        run = runDashwright({u"keys"_s, u"api-key"_s, u"revoke"_s, p, id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.startsWith("revoked API key " + id.toLatin1()));
        loaded = Dashwright::Keystore::load(keystore(), &error);
        QVERIFY(loaded && !loaded->authenticateApiKey(id, secret));
        QVERIFY(loaded->authenticateApiKey(text.captured(1), text.captured(2).toLatin1()));
        run = runDashwright({u"keys"_s, u"api-key"_s, u"list"_s, p});
        QVERIFY2(QRegularExpression(id + u" +\\S+ +revoked +\\S+Z +backend-eu"_s)
                         .match(QString::fromUtf8(run.out))
                         .hasMatch(),
                 qPrintable(run.describe()));
        // The signing keys are untouched by all this.
        QCOMPARE(listJson(p)["keys"].size(), size_t(1));
    }

    // A project without a keystore yet gets one, 0600, holding the key.
    void apiKeyCreatesTheKeystore()
    {
        const QString p = freshProject(u"api-fresh"_s);
        const CliRun run = runDashwright({u"keys"_s, u"api-key"_s, u"create"_s, p, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString path = QFileInfo(p).dir().filePath(u"p.dwkeys"_s);
        QCOMPARE(fileMode(path), 0600);
        QString error;
        const auto loaded = Dashwright::Keystore::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->authenticateApiKey(QString::fromStdString(parsed(run.out)["id"]),
                                           QByteArray::fromStdString(parsed(run.out)["secret"])));
    }
};

QTEST_GUILESS_MAIN(TestKeysCli)
#include "tst_keys_cli.moc"
