// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessinspector.h"

#include "access/explanation.h"
#include "canvas/canvasdatacontroller.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "tenantpreview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

QString text(const nlohmann::ordered_json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_null())
        return u"NULL"_s;
    return QString::fromStdString(value.dump());
}

// One applied entry as a line a person reads: its kind first, then the rest of its fields.
QString describe(const nlohmann::ordered_json &entry)
{
    QStringList parts;
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (it.key() != "kind")
            parts.append(QString::fromStdString(it.key()) + u": "_s + text(it.value()));
    }
    return parts.join(u" · "_s);
}

QString kindLabel(const std::string &kind)
{
    if (kind == "parameter_override")
        return AccessInspector::tr("Parameter override");
    if (kind == "parameter_default")
        return AccessInspector::tr("Parameter default");
    if (kind == "token_filter")
        return AccessInspector::tr("Token filter");
    if (kind == "initialization_filter")
        return AccessInspector::tr("Initial filter value");
    if (kind == "viewer_filter")
        return AccessInspector::tr("Viewer's filter value");
    if (kind == "account_override")
        return AccessInspector::tr("Account override");
    if (kind == "access_policy")
        return AccessInspector::tr("Access policy");
    if (kind == "metadata")
        return AccessInspector::tr("Metadata");
    return QString::fromStdString(kind);
}

} // namespace

AccessInspector::AccessInspector(ProjectDocument *document, DocumentSelection *selection,
                                 CanvasDataController *controller, TenantPreview *preview,
                                 QWidget *parent)
    : QDockWidget(tr("Effective Access"), parent)
    , m_document(document)
    , m_selection(selection)
    , m_controller(controller)
    , m_preview(preview)
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_sql(new QPlainTextEdit(this))
    , m_details(new QTreeWidget(this))
    , m_copySql(new QPushButton(tr("Copy SQL"), this))
    , m_copyJson(new QPushButton(tr("Copy as JSON"), this))
{
    setObjectName(u"accessInspector"_s);
    m_heading->setObjectName(u"heading"_s);
    m_heading->setWordWrap(true);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_sql->setObjectName(u"sql"_s);
    m_sql->setReadOnly(true);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setObjectName(u"details"_s);
    m_details->setHeaderLabels({tr("What"), tr("Details")});
    m_details->setRootIsDecorated(false);
    m_details->setWordWrap(true);
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_copySql->setObjectName(u"copySql"_s);
    m_copyJson->setObjectName(u"copyJson"_s);
    m_copyJson->setToolTip(tr("The same description as dashwright query --explain"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_sql, 2);
    layout->addWidget(m_details, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copySql);
    buttons->addWidget(m_copyJson);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_copySql, &QPushButton::clicked, this, &AccessInspector::copySql);
    connect(m_copyJson, &QPushButton::clicked, this, &AccessInspector::copyJson);
    connect(selection, &DocumentSelection::selectionChanged, this, &AccessInspector::refresh);
    connect(preview, &TenantPreview::changed, this, &AccessInspector::refresh);
    connect(controller, &CanvasDataController::widgetFinished, this, [this](const QString &id) {
        if (id == m_widgetId)
            refresh();
    });
    connect(controller, &CanvasDataController::widgetLoading, this, [this](const QString &id) {
        if (id == m_widgetId)
            refresh();
    });
    refresh();
}

void AccessInspector::copySql()
{
    if (m_explanation.contains("sql"))
        QApplication::clipboard()->setText(text(m_explanation["sql"]));
}

void AccessInspector::copyJson()
{
    if (!m_explanation.is_null())
        QApplication::clipboard()->setText(QString::fromStdString(m_explanation.dump(2)));
}

void AccessInspector::refresh()
{
    const QStringList ids = m_selection->widgetIds();
    m_widgetId = ids.size() == 1 ? ids.first() : QString();
    m_explanation = nullptr;
    m_sql->clear();
    m_details->clear();

    const Widget *widget = m_document->widget(m_selection->dashboardId(), m_widgetId);
    const WidgetRun *run = widget ? m_controller->run(m_widgetId) : nullptr;
    const QString as = m_preview->label();
    if (!widget) {
        m_heading->setText(tr("Select one widget to see how it is resolved as %1.").arg(as));
        m_status->clear();
    } else {
        m_heading->setText(
                tr("<b>%1</b> as %2").arg(widget->title.toHtmlEscaped(), as.toHtmlEscaped()));
        if (!run || m_controller->isLoading(m_widgetId))
            m_status->setText(tr("Resolving…"));
    }
    if (run && !m_controller->isLoading(m_widgetId)) {
        m_explanation = explainResolution(m_document->project(), run->resolution);
        const auto &e = m_explanation;
        if (!e["denied"].is_null()) {
            m_status->setText(tr("Denied: %1").arg(text(e["denied"])));
        } else if (e.contains("account")) {
            m_status->setText(tr("Queries account %1 (%2)")
                                      .arg(text(e["account"]["name"]), text(e["account"]["type"])));
        } else {
            m_status->setText(tr("No query (a text widget)."));
        }
        if (e.contains("sql"))
            m_sql->setPlainText(text(e["sql"]));

        QList<QTreeWidgetItem *> items;
        if (e.contains("bindings")) {
            const auto &bindings = e["bindings"];
            for (std::size_t i = 0; i < bindings.size(); ++i)
                items.append(
                        new QTreeWidgetItem({tr("Bound value %1").arg(i + 1), text(bindings[i])}));
        }
        for (const auto &entry : e["applied"])
            items.append(new QTreeWidgetItem(
                    {kindLabel(entry.value("kind", std::string())), describe(entry)}));
        for (const auto &warning : e["warnings"]) {
            auto *item = new QTreeWidgetItem({tr("Warning"), text(warning)});
            item->setForeground(0, QColor(0xb0, 0x60, 0x00));
            items.append(item);
        }
        m_details->addTopLevelItems(items);
    }
    m_copySql->setEnabled(m_explanation.is_object() && m_explanation.contains("sql"));
    m_copyJson->setEnabled(m_explanation.is_object());
}

} // namespace Dashwright
