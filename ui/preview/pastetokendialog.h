// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    // After a successful verification: the token's claims and whose they are, for the banner.
    const std::optional<nlohmann::ordered_json> &claims() const { return m_claims; }
    QString description() const { return m_description; }
    QDateTime expires() const { return m_expires; }
    // Why the token was refused; empty when it verified.
    QString error() const { return m_error; }

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
