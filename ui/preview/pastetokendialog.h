// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/viewer.h"

#include <QDateTime>
#include <QDialog>

#include <nlohmann/json.hpp>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Dashwright {

class ProjectDocument;
class ProjectKeystore;
struct VerifiedToken;

// "Paste token…": QA pastes a real token (signed or sealed) and previews exactly what it grants.
// The token is verified as the embed server would — against the project's keys, strictly — and
// an invalid one says why (expired at …, unknown kid …) and previews nothing.
class PasteTokenDialog : public QDialog
{
    Q_OBJECT

public:
    PasteTokenDialog(ProjectDocument *document, ProjectKeystore *keystore,
                     QWidget *parent = nullptr);
    ~PasteTokenDialog() override;

    void setToken(const QString &token);
    QString token() const;
    // After a successful verification: the token's claims and whose they are, for the banner.
    const std::optional<nlohmann::ordered_json> &claims() const { return m_claims; }
    QString description() const { return m_description; }
    QDateTime expires() const { return m_expires; }
    // Why the token was refused; empty when it verified.
    QString error() const { return m_error; }

    // The check behind the dialog, for whoever keeps a pasted token (Compare re-checks it at each
    // run: it may have expired or been revoked since): the scheme a browser's network panel
    // copies stripped, signature, expiry, audience and claims as the embed server checks them,
    // and the project's revocation list. nullopt with *error saying why (empty: no token).
    static std::optional<Viewer> verifiedViewer(ProjectDocument *document,
                                                ProjectKeystore *keystore, const QString &token,
                                                QString *error);

private:
    void verify();

    ProjectDocument *m_document;
    ProjectKeystore *m_keystore;
    QPlainTextEdit *m_token;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    std::optional<nlohmann::ordered_json> m_claims;
    QString m_description;
    QDateTime m_expires;
    QString m_error;
};

} // namespace Dashwright
