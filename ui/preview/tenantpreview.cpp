// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantpreview.h"

#include "document/projectdocument.h"

namespace Dashwright {

TenantPreview::TenantPreview(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::Token)
            showDesign();
    });
    // Another project: its tenants are not these, and a pasted token was for the old one.
    connect(document, &ProjectDocument::projectReset, this, &TenantPreview::showDesign);
    connect(document, &ProjectDocument::tenantChanged, this, [this](const QString &tenantId) {
        if (m_mode == Mode::Profile && tenantId == m_tenantId)
            Q_EMIT changed();
    });
    // A removal (a delete, or an undo of its creation) may take the previewed profile with it.
    connect(document, &ProjectDocument::tenantRemoved, this, [this] {
        if (m_mode == Mode::Profile && !m_document->project().tenant(m_tenantId))
            showDesign();
    });
}

QString TenantPreview::label() const
{
    switch (m_mode) {
    case Mode::Design:
        return tr("Default — no token");
    case Mode::Profile:
        if (const TenantProfile *tenant = m_document->project().tenant(m_tenantId))
            return tenant->name;
        return {};
    case Mode::Token:
        return m_tokenDescription;
    }
    return {};
}

std::optional<nlohmann::ordered_json> TenantPreview::claims() const
{
    switch (m_mode) {
    case Mode::Design:
        return std::nullopt;
    case Mode::Profile:
        if (const TenantProfile *tenant = m_document->project().tenant(m_tenantId))
            return tenant->claims;
        return std::nullopt;
    case Mode::Token:
        return m_tokenClaims;
    }
    return std::nullopt;
}

void TenantPreview::showDesign()
{
    set(Mode::Design, {}, {}, {});
}

bool TenantPreview::showTenant(const QString &tenantId)
{
    if (!m_document->project().tenant(tenantId))
        return false;
    set(Mode::Profile, tenantId, {}, {});
    return true;
}

void TenantPreview::showToken(const nlohmann::ordered_json &claims, const QString &description,
                              const QDateTime &expires)
{
    set(Mode::Token, {}, claims, description);
    if (expires.isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(expires);
        // QTimer takes an int: a day at most is what tokens live (TokenVerifier::maximumLifetime).
        m_expiry.start(int(qBound<qint64>(0, left, 24LL * 3600 * 1000)));
    }
}

void TenantPreview::set(Mode mode, const QString &tenantId, const nlohmann::ordered_json &claims,
                        const QString &description)
{
    if (mode == m_mode && tenantId == m_tenantId && claims == m_tokenClaims
        && description == m_tokenDescription)
        return;
    m_mode = mode;
    m_tenantId = tenantId;
    m_tokenClaims = claims;
    m_tokenDescription = description;
    Q_EMIT changed();
}

} // namespace Dashwright
