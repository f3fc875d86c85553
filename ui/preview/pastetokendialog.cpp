// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastetokendialog.h"

#include "access/revocationlist.h"

#include "access/tokenservice.h"
#include "access/viewer.h"
#include "dialogs/projectkeystore.h"
#include "document/projectdocument.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

PasteTokenDialog::PasteTokenDialog(ProjectDocument *document, ProjectKeystore *keystore,
                                   QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_keystore(keystore)
    , m_token(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"pasteTokenDialog"_s);
    setWindowTitle(tr("Preview a Token"));
    m_token->setObjectName(u"token"_s);
    m_token->setPlaceholderText(tr("Paste a token (three or five parts separated by dots)"));
    m_token->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_token->setTabChangesFocus(true);
    m_result->setObjectName(u"result"_s);
    m_result->setWordWrap(true);
    // The token's texts are not ours: never rendered as rich text.
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *preview = m_buttons->addButton(tr("&Preview"), QDialogButtonBox::AcceptRole);
    preview->setObjectName(u"preview"_s);
    preview->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The token is verified against this project's keys, as the "
                                    "embed server verifies it."),
                                 this));
    layout->addWidget(m_token, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    resize(560, 320);

    connect(m_token, &QPlainTextEdit::textChanged, this, &PasteTokenDialog::verify);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    verify();
}

PasteTokenDialog::~PasteTokenDialog() = default;

void PasteTokenDialog::setToken(const QString &token)
{
    m_token->setPlainText(token);
}

QString PasteTokenDialog::token() const
{
    return m_token->toPlainText();
}

std::optional<Viewer> PasteTokenDialog::verifiedViewer(ProjectDocument *document,
                                                       ProjectKeystore *keystore,
                                                       const QString &token, QString *error)
{
    // Whitespace and line breaks come with copying from terminals and mails; a token has none.
    // What people copy from a browser's network panel is the whole header value, or the header:
    // "Bearer <token>", "Authorization: Bearer <token>"; the scheme is no part of the token.
    QString text = token.trimmed();
    static const QRegularExpression scheme(u"^(?:authorization\\s*:\\s*)?bearer\\s+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    text.remove(scheme);
    text.remove(u' ').remove(u'\n').remove(u'\r').remove(u'\t');
    if (text.isEmpty())
        return std::nullopt;
    const Keystore *keys = keystore->keystore(error);
    if (!keys)
        return std::nullopt;
    const TokenVerifier verifier(document->project(), *keys);
    // Verified and its claims validated as every other consumer of tokens does it.
    std::optional<Viewer> viewer
            = Viewer::token(document->project(), verifier, text.toUtf8(), error);
    // Revoked (dashwright token revoke), it opens nothing on the embed server: nor here.
    if (viewer && !document->filePath().isEmpty()) {
        const RevocationList revocations(RevocationList::pathFor(document->filePath()));
        QString why;
        switch (revocations.checkClaims(viewer->verifiedToken()->claims, &why)) {
        case RevocationList::Status::NotRevoked:
            break;
        case RevocationList::Status::Revoked:
            *error = tr("it has been revoked (its jti is listed in %1)")
                             .arg(QFileInfo(revocations.path()).fileName());
            viewer.reset();
            break;
        case RevocationList::Status::Unreadable:
            *error = tr("the revocation list cannot be read, so it cannot be shown not to "
                        "be revoked: %1")
                             .arg(why);
            viewer.reset();
            break;
        }
    }
    return viewer;
}

void PasteTokenDialog::verify()
{
    m_claims.reset();
    m_description.clear();
    m_expires = QDateTime();
    m_error.clear();
    const std::optional<Viewer> viewer
            = verifiedViewer(m_document, m_keystore, m_token->toPlainText(), &m_error);
    if (!viewer && m_error.isEmpty()) {
        m_result->setText(QString());
    } else {
        if (viewer) {
            const VerifiedToken *verified = &*viewer->verifiedToken();
            m_claims = verified->claims;
            m_expires = verified->expires;
            // sub is the host's user id: a string by RFC 7519, but numbers happen.
            const auto sub = verified->claims.find("sub");
            QString who = tr("a token");
            if (sub != verified->claims.end() && sub->is_string())
                who = QString::fromStdString(sub->get<std::string>());
            else if (sub != verified->claims.end() && !sub->is_null())
                who = QString::fromStdString(sub->dump());
            m_description = tr("%1 (pasted token, key %2)").arg(who, verified->kid);
            m_result->setText(tr("Valid %1 token for %2, signed with key %3, expires %4.")
                                      .arg(verified->sealed ? tr("sealed") : tr("signed"), who,
                                           verified->kid,
                                           QLocale().toString(verified->expires.toLocalTime(),
                                                              QLocale::ShortFormat)));
        }
    }
    if (!m_error.isEmpty())
        m_result->setText(tr("Not valid: %1. Nothing is previewed.").arg(m_error));
    m_result->setStyleSheet(m_error.isEmpty() ? QString() : u"color: #b00020;"_s);
    m_buttons->findChild<QPushButton *>(u"preview"_s)->setEnabled(m_claims.has_value());
}

} // namespace Dashwright
