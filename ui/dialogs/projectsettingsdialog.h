// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "objectdialog.h"

#include "document/theme.h"

#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Dashwright {

class ListEditor;
class ProjectDocument;

// File › Project Settings: the project's name, its theme (palette, light or dark, font: how the
// canvas and the embedded dashboards look) and its embed origins, the web pages allowed to
// show its dashboards (the embed server answers CORS for them alone, and the iframe variant's
// frame-ancestors lists them). Each origin is checked as it is typed, by the project validator's
// own rule; while one is wrong, or listed twice, OK is off and the status line says which and
// why. OK applies the whole dialog as one undo step; Cancel leaves the project as it was.
class ProjectSettingsDialog : public ObjectDialog
{
    Q_OBJECT

public:
    explicit ProjectSettingsDialog(ProjectDocument *document, QWidget *parent = nullptr);

    QString name() const;
    // As listed, without the spaces around each.
    QStringList origins() const;
    // The palette, mode and font chosen (the font as typed, without the spaces around it).
    Theme theme() const;
    // What keeps OK off, one line each: the name, the font, then the origins in their order.
    QStringList problems() const;

    ListEditor *originsEditor() const { return m_origins; }

private:
    // Why the origin at row is refused (the project validator's rule, or listed before), or
    // an empty string.
    static QString originProblem(const QStringList &origins, qsizetype row);
    void revalidate();
    void showSwatches();
    bool apply(QString *error) override;

    ProjectDocument *m_document;
    QLineEdit *m_name;
    QComboBox *m_palette;
    QLabel *m_swatches;
    QComboBox *m_mode;
    QComboBox *m_font;
    ListEditor *m_origins;
    QPushButton *m_ok;
    int m_shownRows = 0;
};

} // namespace Dashwright
