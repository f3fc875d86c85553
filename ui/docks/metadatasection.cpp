// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatasection.h"

#include "access/claimsedits.h"
#include "common/strictjson.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

MetadataSection::MetadataSection(ProjectDocument *document, QWidget *parent)
    : ClaimsSection(tr("Metadata"), document, parent)
    , m_text(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    m_text->setObjectName(u"metadata"_s);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(
            tr("none; or JSON for a broker plugin, e.g. {\"region\": \"West\"}"));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 6);
    m_error->setObjectName(u"metadataError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_error);
    connect(m_text, &QPlainTextEdit::textChanged, this, &MetadataSection::edited);
}

QString MetadataSection::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MetadataSection::showClaims()
{
    const Json metadata = ClaimsEdits::member(claims(), "metadata");
    // Text being typed (even text that is not JSON yet) stays unless the metadata changed
    // elsewhere: another profile, an undo.
    if (tenantId() == m_shownTenant && metadata == m_shown
        && !m_text->toPlainText().trimmed().isEmpty() == !metadata.is_null())
        return;
    m_shownTenant = tenantId();
    m_shown = metadata;
    m_text->setPlainText(metadata.is_null() ? QString() : QString::fromStdString(metadata.dump(2)));
    m_error->hide();
}

void MetadataSection::edited()
{
    if (isRefreshing())
        return;
    const QString text = m_text->toPlainText();
    Json metadata;
    if (!text.trimmed().isEmpty()) {
        QString error;
        const auto parsed = parseStrictJson(text.toUtf8(), &error);
        if (!parsed) {
            m_error->setText(tr("Not valid JSON, not applied: %1").arg(error));
            m_error->show();
            return;
        }
        metadata = *parsed;
    }
    m_error->hide();
    m_shown = metadata;
    commit(ClaimsEdits::withMember(claims(), "metadata", metadata), u"metadata"_s);
}

} // namespace Dashwright
