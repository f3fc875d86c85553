// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimssection.h"

class QLabel;
class QPlainTextEdit;

namespace Dashwright {

// metadata: any JSON for a broker plugin, checked as it is typed. Text that is not JSON says
// where it goes wrong and changes nothing; empty text leaves the metadata out.
class MetadataSection : public ClaimsSection
{
    Q_OBJECT

public:
    explicit MetadataSection(ProjectDocument *document, QWidget *parent = nullptr);

    QString error() const;

protected:
    void showClaims() override;

private:
    void edited();

    QPlainTextEdit *m_text;
    QLabel *m_error;
    // What the text last said, and for which profile: a change of either replaces the text,
    // while typing (even text that is not JSON yet) leaves it alone.
    QString m_shownTenant;
    Json m_shown;
};

} // namespace Dashwright
