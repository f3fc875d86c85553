// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessinspector.h"

#include "access/explanation.h"
#include "canvas/canvasdatacontroller.h"
#include "dialogs/codehighlighter.h"
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
#include <QTextOption>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
// The planner's one-line statement with a line break before each clause, for reading (Copy SQL
// copies it as run). Breaks only outside quotes: a quoted identifier may hold " FROM ".
QString readableSql(const QString &sql)
{
    static const QStringList clauses{u" FROM "_s,     u" WHERE "_s, u" GROUP BY "_s,
                                     u" ORDER BY "_s, u" LIMIT "_s, u" OFFSET "_s};
    QString result;
    result.reserve(sql.size() + 16);
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u' ') {
            const QStringView rest = QStringView(sql).mid(i);
            const auto clause = std::find_if(clauses.begin(), clauses.end(),
                                             [&](const QString &k) { return rest.startsWith(k); });
            if (clause != clauses.end()) {
                result += u'\n';
                continue;
            }
        }
        result += c;
    }
    return result;
}
} // namespace

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
    if (kind == "parameter_design_value")
        return AccessInspector::tr("Parameter value (design view)");
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
    // The whole statement in view: a clause a line, long ones wrapped (the WHERE clause that
    // holds the tenant's restrictions was off-screen on one line).
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sql->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    (new CodeHighlighter(m_sql->document()))->setLanguage(u"sql"_s);
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
            m_sql->setPlainText(readableSql(text(e["sql"])));

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
        // A detail too long for the dock ends in "…": the whole of it is its tooltip.
        for (QTreeWidgetItem *item : std::as_const(items))
            item->setToolTip(1, item->text(1));
        m_details->addTopLevelItems(items);
    }
    m_copySql->setEnabled(m_explanation.is_object() && m_explanation.contains("sql"));
    m_copyJson->setEnabled(m_explanation.is_object());
}

} // namespace Dashwright
