// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "embed/snippet.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QWidget;

namespace Dashwright {

class CodeHighlighter;
class ProjectDocument;
class ProjectKeystore;

// File › Export Embed Snippet…: what an integrator pastes to embed a dashboard (the page's HTML
// or iframe, or the back-end code that mints each viewer's token), made by the same
// SnippetGenerator as `dashwright snippet`, so both give the same bytes. The code is regenerated
// on every change of the choices and shown highlighted; what the generator refuses is shown in its
// place. The signing key is named by kid and algorithm only: its secret never enters the dialog.
class EmbedSnippetDialog : public QDialog
{
    Q_OBJECT

public:
    EmbedSnippetDialog(ProjectDocument *document, ProjectKeystore *keystore,
                       QWidget *parent = nullptr);
    ~EmbedSnippetDialog() override;

    void setDashboardId(const QString &dashboardId);
    // The tenant profile whose claims the code carries; empty: a template.
    void setTenantId(const QString &tenantId);
    // Where the embed server's web runtime is, for the html snippet's integrity value.
    void setWebRoots(const QStringList &roots);

    // What the choices ask the generator for, and what it gave (nullopt: error() says why).
    SnippetRequest request() const { return m_request; }
    const std::optional<Snippet> &snippet() const { return m_snippet; }
    QString error() const { return m_error; }

    // Copy: the code onto the clipboard. Save: written atomically; false with error set.
    void copyCode();
    bool saveCode(const QString &path, QString *error);

public Q_SLOTS:
    // Reads the keystore's signing keys again (after a passphrase was refused, or keys changed).
    void reloadKeys();
    void regenerate();

protected:
    void done(int result) override;

private:
    SnippetFormat format() const;
    bool signs() const;
    void updateRows();
    // The request's claims and key from the choices; false with m_error set when they cannot be
    // had (an invalid tenant profile, a keystore that is not open).
    bool fillRequest(SnippetRequest &request);
    void showResult();
    void chooseSaveFile();

    ProjectDocument *m_document;
    ProjectKeystore *m_keystore;
    QString m_dashboardId;
    QStringList m_webRoots;
    QString m_integrity;
    QString m_frameHostIntegrity;
    bool m_integrityRead = false;
    // What was read from the keystore (kids and algorithms only; never a secret).
    bool m_keysRead = false;
    bool m_keysOpen = false;
    QString m_keystoreError;
    QString m_sealingKid;
    QString m_sealingError;

    QFormLayout *m_form;
    QComboBox *m_format;
    QComboBox *m_minting;
    QComboBox *m_key;
    QPushButton *m_openKeystore;
    QWidget *m_keyRow;
    QCheckBox *m_sealed;
    QComboBox *m_tenant;
    QLineEdit *m_server;
    QSpinBox *m_lifetime;

    QWidget *m_warningBox;
    QLabel *m_warnings;
    QStackedWidget *m_result;
    QPlainTextEdit *m_code;
    CodeHighlighter *m_highlighter;
    QLabel *m_errorLabel;
    QLabel *m_environment;
    QLabel *m_copied;
    QPushButton *m_copy;
    QPushButton *m_save;

    SnippetRequest m_request;
    std::optional<Snippet> m_snippet;
    QString m_error;
};

} // namespace Dashwright
