// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace Dashwright {

class ProjectDocument;
class TenantPreview;

// "Preview as": the design view ("Default — no token") and every tenant profile of the project,
// plus the pasted token while one is previewed. Choosing an entry switches the preview; the
// combo follows the preview when it changes elsewhere (the banner's button, a deleted profile).
class PreviewSelector : public QComboBox
{
    Q_OBJECT

public:
    PreviewSelector(ProjectDocument *document, TenantPreview *preview, QWidget *parent = nullptr);

    // Selects the profile of that name (or the design view for an empty name); false if none.
    bool choose(const QString &tenantName);

private:
    void rebuild();
    void chosen(int index);

    ProjectDocument *m_document;
    TenantPreview *m_preview;
    bool m_rebuilding = false;
};

} // namespace Dashwright
