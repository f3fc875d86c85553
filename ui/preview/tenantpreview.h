// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <optional>

namespace Dashwright {

class ProjectDocument;

// Whom the designer previews the dashboard as: nobody (the design view, parameter defaults), a
// tenant profile of the project, or a pasted token that verified. The canvas, the banner and the
// access inspector all follow it. A profile being previewed is followed as QA edits it; one that
// is deleted (or a project that is replaced) ends the preview.
class TenantPreview : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Design, Profile, Token };
    Q_ENUM(Mode)

    explicit TenantPreview(ProjectDocument *document, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    bool isTokenView() const { return m_mode != Mode::Design; }
    // Profile mode: the profile's id.
    QString tenantId() const { return m_tenantId; }
    // Whom the preview shows, for the banner: the profile's name, "Pasted token (kid …)", or
    // "Default — no token".
    QString label() const;
    // The authorization claims to resolve with; nullopt in the design view.
    std::optional<nlohmann::ordered_json> claims() const;

public Q_SLOTS:
    void showDesign();
    // False (and nothing changes) when the project has no such profile.
    bool showTenant(const QString &tenantId);
    // Claims of a token that verified; describe says whose it is (e.g. its sub and kid). At
    // expires (when valid) the token grants nothing any more: the preview returns to the design
    // view, as the server would refuse it.
    void showToken(const nlohmann::ordered_json &claims, const QString &description,
                   const QDateTime &expires = QDateTime());

Q_SIGNALS:
    // Mode, profile or claims changed: re-render.
    void changed();

private:
    void set(Mode mode, const QString &tenantId, const nlohmann::ordered_json &claims,
             const QString &description);

    ProjectDocument *m_document;
    Mode m_mode = Mode::Design;
    QString m_tenantId;
    nlohmann::ordered_json m_tokenClaims;
    QString m_tokenDescription;
    QTimer m_expiry;
};

} // namespace Dashwright
