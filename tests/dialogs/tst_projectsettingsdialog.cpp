// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/projectsettingsdialog.h"
#include "dialogsfixture.h"

#include "demo/demodocument.h"
#include "docks/listeditor.h"
#include "document/projectvalidator.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests::Dialogs;

namespace {

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QLineEdit *originCell(ProjectSettingsDialog &dialog, int row)
{
    return qobject_cast<QLineEdit *>(dialog.originsEditor()->table()->cellWidget(row, 0));
}

// As a person does it: Add, then type into the row it makes (which has the cursor).
QLineEdit *typeNewOrigin(ProjectSettingsDialog &dialog, const QString &text)
{
    QTest::mouseClick(dialog.originsEditor()->findChild<QPushButton *>(u"add"_s), Qt::LeftButton);
    const int row = dialog.originsEditor()->table()->rowCount() - 1;
    QLineEdit *cell = originCell(dialog, row);
    if (cell)
        QTest::keyClicks(cell, text);
    return cell;
}

} // namespace

// File › Project Settings: the name and the embed origins, each origin checked as it is typed by
// the project validator's own rule, OK as one undo step, Cancel as nothing.
class TestProjectSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A demo on disk, for the screenshots' window to show real data behind the dialog.
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(createDemo(m_dir.path(), &error), qPrintable(error));
    }

    void showsTheProject()
    {
        ProjectDocument doc(DemoDocument::build());
        ProjectSettingsDialog dialog(&doc);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"name"_s)->text(), doc.project().name);
        QCOMPARE(dialog.origins(), doc.project().embedOrigins);
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog.statusText().isEmpty());
        const QString explanation = dialog.findChild<QLabel *>(u"originsExplanation"_s)->text();
        QVERIFY(explanation.contains(u"scheme://host[:port]"_s));
        QVERIFY(explanation.contains(u"https://app.example.com"_s));
    }

    void typedOrigin_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("problem"); // a part of the status line; empty: accepted

        QTest::newRow("https") << u"https://app.example.com"_s << QString();
        QTest::newRow("http with port") << u"http://localhost:3000"_s << QString();
        QTest::newRow("spaces around") << u"  https://app.example.com "_s << QString();
        QTest::newRow("trailing slash")
                << u"https://app.example.com/"_s
                << u"Embed origin 2: \"https://app.example.com/\" has a path"_s;
        QTest::newRow("user") << u"https://user@x"_s
                              << u"Embed origin 2: \"https://user@x\" has a user name"_s;
        QTest::newRow("query") << u"https://x?q"_s
                               << u"Embed origin 2: \"https://x?q\" has a query"_s;
        QTest::newRow("ftp") << u"ftp://x"_s
                             << u"Embed origin 2: \"ftp://x\" does not start with https:// or "
                                u"http://"_s;
        QTest::newRow("empty") << QString() << u"Embed origin 2: an embed origin cannot be empty"_s;
        // Refused rather than folded: the person sees the list that will be saved.
        QTest::newRow("duplicate") << u"http://localhost:8080"_s
                                   << u"Embed origin 2: \"http://localhost:8080\" is already "
                                      u"embed origin 1"_s;
    }

    // Each case typed into a new row of the demo's list (which holds http://localhost:8080): the
    // verdict is there while typing, OK follows it, and OK applies only what is right.
    void typedOrigin()
    {
        QFETCH(QString, origin);
        QFETCH(QString, problem);
        ProjectDocument doc(DemoDocument::build());
        const Project before = doc.project();
        ProjectSettingsDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *cell = typeNewOrigin(dialog, origin);
        QVERIFY(cell);
        QCOMPARE(QApplication::focusWidget(), cell);
        QCOMPARE(okButton(dialog)->isEnabled(), problem.isEmpty());
        QCOMPARE(doc.project(), before); // nothing reaches the project before OK

        if (problem.isEmpty()) {
            QVERIFY2(dialog.statusText().isEmpty(), qPrintable(dialog.statusText()));
            QVERIFY(cell->toolTip().isEmpty());
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(doc.project().embedOrigins,
                     before.embedOrigins + QStringList{origin.trimmed()});
            QVERIFY(ProjectValidator::validate(doc.project()).isEmpty());
            QCOMPARE(doc.undoStack()->count(), 1);
            QCOMPARE(doc.undoStack()->undoText(), u"Change project settings"_s);
            doc.undoStack()->undo();
            QCOMPARE(doc.project(), before);
            return;
        }
        QVERIFY2(dialog.statusText().startsWith(problem), qPrintable(dialog.statusText()));
        // The row itself says why, for a list longer than the status line.
        QVERIFY(!cell->toolTip().isEmpty());
        QVERIFY(dialog.statusText().contains(cell->toolTip()));
        // OK refuses even when called past its disabled button, and says why.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.statusText().startsWith(problem));
        QCOMPARE(doc.project(), before);
        QCOMPARE(doc.undoStack()->count(), 0);

        // Removing the wrong row (the one being edited) clears the way.
        QCOMPARE(dialog.originsEditor()->table()->currentRow(), 1);
        QTest::mouseClick(dialog.originsEditor()->findChild<QPushButton *>(u"remove"_s),
                          Qt::LeftButton);
        QVERIFY(dialog.statusText().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
    }

    // Editing a listed origin in place, the name, removing: one step that undo takes back whole.
    void editsAndRemoves()
    {
        Project project = DemoDocument::build();
        project.embedOrigins
                = {u"https://a.example"_s, u"https://b.example"_s, u"https://c.example"_s};
        ProjectDocument doc(project);
        ProjectSettingsDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *name = dialog.findChild<QLineEdit *>(u"name"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Tacos"_s);
        QLineEdit *first = originCell(dialog, 0);
        first->selectAll();
        QTest::keyClicks(first, u"https://a.example:8443/"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClick(first, Qt::Key_Backspace);
        QVERIFY(okButton(dialog)->isEnabled());
        // Remove takes the row whose text has the cursor, not the last one.
        QTest::mouseClick(originCell(dialog, 1), Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), originCell(dialog, 1));
        QTest::mouseClick(dialog.originsEditor()->findChild<QPushButton *>(u"remove"_s),
                          Qt::LeftButton);
        QCOMPARE(dialog.origins(),
                 (QStringList{u"https://a.example:8443"_s, u"https://c.example"_s}));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(doc.project().name, u"Tacos"_s);
        QCOMPARE(doc.project().embedOrigins,
                 (QStringList{u"https://a.example:8443"_s, u"https://c.example"_s}));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), project);
    }

    // The theme: palette (its swatches follow the choice), dark mode and a font, applied with the
    // name as one undo step that undo takes back whole.
    void themeAppliesAsOneStep()
    {
        ProjectDocument doc(DemoDocument::build());
        const Project before = doc.project();
        QCOMPARE(before.theme, Theme());
        ProjectSettingsDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.theme(), Theme());

        auto *palette = dialog.findChild<QComboBox *>(u"palette"_s);
        auto *swatches = dialog.findChild<QLabel *>(u"paletteSwatches"_s);
        const auto firstSwatch = [&] {
            const QImage image = swatches->pixmap().toImage();
            return image.pixelColor(image.width() / (2 * int(dialog.theme().colors().size())),
                                    image.height() / 2);
        };
        QCOMPARE(firstSwatch(), QColor::fromString(u"#4e79a7"_s));
        palette->setCurrentIndex(palette->findData(u"okabe-ito"_s));
        QCOMPARE(firstSwatch(), QColor::fromString(u"#e69f00"_s));
        auto *mode = dialog.findChild<QComboBox *>(u"mode"_s);
        mode->setCurrentIndex(mode->findData(u"dark"_s));
        auto *font = dialog.findChild<QComboBox *>(u"font"_s);
        font->lineEdit()->selectAll();
        QTest::keyClicks(font->lineEdit(), u"DejaVu Sans"_s);
        auto *name = dialog.findChild<QLineEdit *>(u"name"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Tacos"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Theme expected{u"okabe-ito"_s, ThemeMode::Dark, u"DejaVu Sans"_s};
        QCOMPARE(doc.project().theme, expected);
        QCOMPARE(doc.project().name, u"Tacos"_s);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
        doc.undoStack()->redo();
        QCOMPARE(doc.project().theme, expected);
    }

    // A font the web runtime's CSS could not take safely keeps OK off and says why.
    void unsafeFontIsRefused()
    {
        ProjectDocument doc(DemoDocument::build());
        ProjectSettingsDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *font = dialog.findChild<QComboBox *>(u"font"_s);
        font->lineEdit()->selectAll();
        QTest::keyClicks(font->lineEdit(), u"Serif; color: red"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog.statusText().startsWith(u"Font: "_s), qPrintable(dialog.statusText()));
        font->lineEdit()->selectAll();
        QTest::keyClicks(font->lineEdit(), u"Serif"_s);
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void nameIsRequired()
    {
        ProjectDocument doc(DemoDocument::build());
        ProjectSettingsDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(u"name"_s);
        name->selectAll();
        QTest::keyClicks(name, u"   "_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(dialog.statusText(), u"Give the project a name."_s);
    }

    void cancelChangesNothing()
    {
        ProjectDocument doc(DemoDocument::build());
        const Project before = doc.project();
        ProjectSettingsDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Tacos"_s);
        typeNewOrigin(dialog, u"https://app.example.com"_s);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(doc.project(), before);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    // OK without a change leaves no undo step and the project unmodified.
    void unchangedOkLeavesNoStep()
    {
        ProjectDocument doc(DemoDocument::build());
        ProjectSettingsDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    // A project whose origins were edited by hand into something wrong opens with them marked,
    // OK off until they are right.
    void handEditedMistakesAreShown()
    {
        Project project = DemoDocument::build();
        project.embedOrigins = {u"https://app.example.com/"_s, u"http://localhost:8080"_s};
        ProjectDocument doc(project);
        ProjectSettingsDialog dialog(&doc);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.statusText().startsWith(u"Embed origin 1: "_s));
        QVERIFY(!originCell(dialog, 0)->toolTip().isEmpty());
        QVERIFY(originCell(dialog, 1)->toolTip().isEmpty());
    }

    // A long list scrolls inside the dialog instead of making it taller than the screen.
    void longListScrolls()
    {
        Project project = DemoDocument::build();
        project.embedOrigins.clear();
        for (int i = 0; i < 40; ++i)
            project.embedOrigins.append(u"https://shop%1.example.com"_s.arg(i));
        ProjectDocument doc(project);
        ProjectSettingsDialog dialog(&doc);
        QVERIFY(dialog.sizeHint().height() < 600);
        QVERIFY(dialog.minimumSizeHint().height() < 600);
        QCOMPARE(dialog.origins(), project.embedOrigins);
    }

    void screenshots_data() { screenshotMatrix(); }

    // Over the main window at both sizes, in English and German: everything fits, and a refused
    // origin's reason is readable in full.
    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const ScopedTranslation translation(language);
        QVERIFY(translation.ok(language));
        MainWindow window;
        QVERIFY(window.loadProject(projectPath(m_dir.path())));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProjectSettingsDialog dialog(window.document(), &window);
        if (language != u"en"_s)
            QVERIFY(dialog.windowTitle() != u"Project Settings"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeNewOrigin(dialog, u"https://app.example.com"_s);
        QCoreApplication::processEvents();
        QVERIFY(dialog.minimumSizeHint().width() <= size.width());
        QVERIFY(dialog.minimumSizeHint().height() <= size.height());
        capture(window, dialog, u"project-settings-%1-%2x%3"_s, language, size);

        typeNewOrigin(dialog, u"https://user@shop.example.com/embed"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QCoreApplication::processEvents();
        // The status line is not cut: it wraps within the dialog.
        const auto *status = dialog.findChild<QLabel *>(u"status"_s);
        QVERIFY(status->height() >= status->heightForWidth(status->width()));
        // The list keeps its own room: the buttons under it never cover a row.
        const QTableWidget *table = dialog.originsEditor()->table();
        const auto *add = dialog.originsEditor()->findChild<QPushButton *>(u"add"_s);
        QVERIFY(table->geometry().bottom() < add->geometry().top());
        QVERIFY(table->height() >= 3 * table->rowHeight(0));
        capture(window, dialog, u"project-settings-refused-%1-%2x%3"_s, language, size);
    }

private:
    QTemporaryDir m_dir;

    // The window with the dialog where it shows, as a person sees them.
    static void capture(QWidget &window, QWidget &dialog, const QString &pattern,
                        const QString &language, QSize size)
    {
        if (qEnvironmentVariableIsEmpty("DASHWRIGHT_SCREENSHOTS"))
            return;
        QPixmap picture = window.grab();
        {
            QPainter painter(&picture);
            const QPoint at((window.width() - dialog.width()) / 2,
                            (window.height() - dialog.height()) / 3);
            painter.drawPixmap(at, dialog.grab());
            painter.setPen(Qt::darkGray);
            painter.drawRect(QRect(at, dialog.size()).adjusted(-1, -1, 0, 0));
        }
        QLabel holder;
        holder.setPixmap(picture);
        holder.resize(picture.size());
        screenshot(&holder, pattern.arg(language).arg(size.width()).arg(size.height()));
    }
};

QTEST_MAIN(TestProjectSettingsDialog)
#include "tst_projectsettingsdialog.moc"
