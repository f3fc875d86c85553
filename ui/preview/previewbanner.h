// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Dashwright {

class TenantPreview;

// The coloured strip above the canvas while it shows a tenant's view, naming whom it shows, so
// that nobody mistakes a tenant's numbers for the design (or the reverse). Hidden in the design
// view.
class PreviewBanner : public QFrame
{
    Q_OBJECT

public:
    explicit PreviewBanner(TenantPreview *preview, QWidget *parent = nullptr);

    QString text() const;

private:
    void update();

    TenantPreview *m_preview;
    QLabel *m_label;
    QPushButton *m_back;
};

} // namespace Dashwright
