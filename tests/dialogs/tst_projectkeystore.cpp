// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/projectkeystore.h"

#include "crypto/keystore.h"
#include "demo/demodocument.h"
#include "document/projectdocument.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {
StoredSecret password(const QString &id, const QString &value)
{
    return {id, StoredSecret::Kind::Password, value};
}
} // namespace

// The designer's keystore: beside the project, created with the first secret, unlocked with a
// passphrase when encrypted, and secrets of an unsaved project written at its first save.
class TestProjectKeystore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createdBesideTheProject()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(u"shop.dwproj"_s);
        ProjectDocument doc(DemoDocument::build());
        QString error;
        QVERIFY2(doc.save(projectPath, &error), qPrintable(error));
        ProjectKeystore keystore(&doc);
        QCOMPARE(keystore.path(), dir.filePath(u"shop.dwkeys"_s));
        QVERIFY(!QFile::exists(keystore.path()));

        QVERIFY2(keystore.setSecret(password(u"pw1"_s, u"one"_s), &error), qPrintable(error));
        QVERIFY(QFile::exists(keystore.path()));
        QCOMPARE(QFile::permissions(keystore.path()) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const std::optional<Keystore> stored = Keystore::load(keystore.path(), &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->secret(u"pw1"_s)->value, u"one"_s);

        QVERIFY(keystore.removeSecret(u"pw1"_s, &error));
        QVERIFY(!Keystore::load(keystore.path(), &error)->secret(u"pw1"_s));
    }

    void pendingUntilTheProjectIsSaved()
    {
        QTemporaryDir dir;
        ProjectDocument doc(DemoDocument::build());
        ProjectKeystore keystore(&doc);
        QString error;
        QVERIFY(keystore.path().isEmpty());
        QVERIFY(keystore.setSecret(password(u"pw2"_s, u"two"_s), &error));
        QVERIFY(keystore.hasPendingSecrets());
        QCOMPARE(keystore.secret(u"pw2"_s, &error), std::optional<QString>(u"two"_s));

        QVERIFY(doc.save(dir.filePath(u"new.dwproj"_s), &error));
        QVERIFY(!keystore.hasPendingSecrets());
        const std::optional<Keystore> stored
                = Keystore::load(dir.filePath(u"new.dwkeys"_s), &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->secret(u"pw2"_s)->value, u"two"_s);
    }

    void encryptedAsksThePassphrase()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(u"locked.dwproj"_s);
        Keystore locked;
        locked.setPassphrase("right horse");
        locked.setSecret(password(u"pw3"_s, u"three"_s));
        QString error;
        QVERIFY2(locked.save(dir.filePath(u"locked.dwkeys"_s), &error), qPrintable(error));

        ProjectDocument doc(DemoDocument::build());
        QVERIFY(doc.save(projectPath, &error));
        ProjectKeystore keystore(&doc);
        QList<bool> asked;
        keystore.setPassphraseProvider(
                [&](const QString &, bool retry) -> std::optional<QByteArray> {
                    asked.append(retry);
                    return asked.size() == 1 ? QByteArray("wrong") : QByteArray("right horse");
                });
        QCOMPARE(keystore.secret(u"pw3"_s, &error), std::optional<QString>(u"three"_s));
        QCOMPARE(asked, (QList<bool>{false, true}));

        // Saved again with the same passphrase: still encrypted, still readable with it.
        QVERIFY(keystore.setSecret(password(u"pw4"_s, u"four"_s), &error));
        QFile file(dir.filePath(u"locked.dwkeys"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(Keystore::isEncrypted(text));
        QVERIFY(!text.contains("four"));
        QCOMPARE(Keystore::read(text, "right horse", &error)->secret(u"pw4"_s)->value, u"four"_s);
    }

    // The designer's copy is loaded once; a key the CLI creates or retires, or an encryption it
    // adds, afterwards must survive the designer's next write (issue 9: it used to write its stale
    // copy back, bringing a retired key back to life and the keystore back in clear).
    void keepsWhatOthersWroteMeanwhile()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(u"shared.dwproj"_s);
        ProjectDocument doc(DemoDocument::build());
        QString error;
        QVERIFY(doc.save(projectPath, &error));
        ProjectKeystore keystore(&doc);
        QVERIFY2(keystore.setSecret(password(u"pw1"_s, u"one"_s), &error), qPrintable(error));
        const QString path = keystore.path();

        // The CLI's turn: a new key, the old one retired, the file encrypted.
        Keystore other = *Keystore::load(path, &error);
        const QString leaked = other.createSigningKey(KeyAlgorithm::HS256, &error)->kid;
        QVERIFY(other.save(path, &error));
        other = *Keystore::load(path, &error);
        const QString fresh = other.createSigningKey(KeyAlgorithm::HS256, &error)->kid;
        QVERIFY(other.retire(leaked, &error));
        other.setPassphrase("new pass");
        QVERIFY(other.save(path, &error));

        // The designer's copy has no passphrase for the file now: instead of writing its copy
        // back in clear, it asks for the passphrase and carries on from the file.
        int asked = 0;
        keystore.setPassphraseProvider([&](const QString &, bool) -> std::optional<QByteArray> {
            ++asked;
            return "new pass";
        });
        QVERIFY2(keystore.setSecret(password(u"pw2"_s, u"two"_s), &error), qPrintable(error));
        QCOMPARE(asked, 1);
        QVERIFY(keystore.removeSecret(u"pw1"_s, &error));

        QVERIFY(*Keystore::isEncryptedFile(path, &error));
        const Keystore onDisk = *Keystore::load(path, "new pass", &error);
        QCOMPARE(onDisk.signingKey(leaked)->status, SigningKey::Status::Retired);
        QVERIFY(onDisk.verificationKey(fresh));
        QCOMPARE(onDisk.secret(u"pw2"_s)->value, u"two"_s);
        QVERIFY(!onDisk.secret(u"pw1"_s));
    }

    void cancelledPassphraseLeavesItLocked()
    {
        QTemporaryDir dir;
        Keystore locked;
        locked.setPassphrase("secret");
        QString error;
        QVERIFY(locked.save(dir.filePath(u"p.dwkeys"_s), &error));
        ProjectDocument doc(DemoDocument::build());
        QVERIFY(doc.save(dir.filePath(u"p.dwproj"_s), &error));
        ProjectKeystore keystore(&doc);
        keystore.setPassphraseProvider([](const QString &, bool) { return std::nullopt; });
        error.clear();
        QVERIFY(!keystore.setSecret(password(u"pw"_s, u"x"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    // Save As elsewhere: the accounts' passwords go along to the new keystore.
    void secretsFollowTheProject()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        Project project = DemoDocument::build();
        project.accounts.first().secretId = u"pw5"_s;
        ProjectDocument doc(project);
        QString error;
        QVERIFY(doc.save(first.filePath(u"a.dwproj"_s), &error));
        ProjectKeystore keystore(&doc);
        QVERIFY(keystore.setSecret(password(u"pw5"_s, u"five"_s), &error));
        QVERIFY(keystore.setSecret(password(u"unused"_s, u"six"_s), &error));

        QVERIFY(doc.save(second.filePath(u"b.dwproj"_s), &error));
        const std::optional<Keystore> moved
                = Keystore::load(second.filePath(u"b.dwkeys"_s), &error);
        QVERIFY2(moved, qPrintable(error));
        QCOMPARE(moved->secret(u"pw5"_s)->value, u"five"_s);
        QVERIFY(!moved->secret(u"unused"_s));
    }

    // Save As from an encrypted keystore: the new one is encrypted with the same passphrase and
    // keeps the signing keys, so tokens issued before still verify.
    void saveAsKeepsEncryptionAndKeys()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        Project project = DemoDocument::build();
        project.accounts.first().secretId = u"pw7"_s;
        ProjectDocument doc(project);
        QString error;
        QVERIFY(doc.save(first.filePath(u"a.dwproj"_s), &error));
        Keystore locked;
        locked.setPassphrase("long horse");
        locked.setSecret(password(u"pw7"_s, u"seven"_s));
        const SigningKey *key = locked.createSigningKey(KeyAlgorithm::HS256, &error);
        QVERIFY2(key, qPrintable(error));
        const QString kid = key->kid;
        QVERIFY(locked.save(first.filePath(u"a.dwkeys"_s), &error));

        ProjectKeystore keystore(&doc);
        keystore.setPassphraseProvider(
                [](const QString &, bool) { return std::optional<QByteArray>("long horse"); });
        QCOMPARE(keystore.secret(u"pw7"_s, &error), std::optional<QString>(u"seven"_s));

        QVERIFY(doc.save(second.filePath(u"b.dwproj"_s), &error));
        QFile file(second.filePath(u"b.dwkeys"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(Keystore::isEncrypted(text));
        QVERIFY(!text.contains("seven"));
        const auto moved = Keystore::read(text, "long horse", &error);
        QVERIFY2(moved, qPrintable(error));
        QCOMPARE(moved->secret(u"pw7"_s)->value, u"seven"_s);
        QVERIFY(moved->signingKey(kid));
        QVERIFY(keystore.keystore(&error)->signingKey(kid));
    }
};

QTEST_MAIN(TestProjectKeystore)
#include "tst_projectkeystore.moc"
