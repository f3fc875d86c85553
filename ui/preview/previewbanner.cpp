// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewbanner.h"

#include "tenantpreview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Dashwright {

PreviewBanner::PreviewBanner(TenantPreview *preview, QWidget *parent)
    : QFrame(parent)
    , m_preview(preview)
    , m_label(new QLabel(this))
    , m_back(new QPushButton(tr("Back to Design View"), this))
{
    setObjectName(u"previewBanner"_s);
    m_label->setObjectName(u"previewBannerText"_s);
    // Profile names and token subjects are data, never markup that could restyle the banner.
    m_label->setTextFormat(Qt::PlainText);
    m_back->setObjectName(u"previewBannerBack"_s);
    // Amber, like a warning: what follows is someone else's view.
    setStyleSheet(u"#previewBanner { background: #f6c343; border-bottom: 1px solid #c99a10; }"
                  "#previewBannerText { color: #2b2100; font-weight: bold; }"_s);
    setAutoFillBackground(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_back);

    connect(m_back, &QPushButton::clicked, preview, &TenantPreview::showDesign);
    connect(preview, &TenantPreview::changed, this, &PreviewBanner::update);
    update();
}

QString PreviewBanner::text() const
{
    return m_label->text();
}

void PreviewBanner::update()
{
    const bool active = m_preview->isTokenView();
    setVisible(active);
    m_label->setText(active ? tr("Previewing as %1").arg(m_preview->label()) : QString());
}

} // namespace Dashwright
