// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "isolationcheckdialog.h"

#include "backgroundruns.h"
#include "tenantpreview.h"

#include "access/viewer.h"
#include "data/queryexecutor.h"
#include "document/projectdocument.h"
#include "documentselection.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>
#include <functional>

using namespace Qt::StringLiterals;

namespace Dashwright {

using Report = IsolationReport;

// What one check gave; built on a worker thread, shown on the UI thread.
struct IsolationCheckDialog::Result
{
    Report report;
    // Per entry of report.sharedData: the rows both tenants see, by widget id.
    QList<QHash<QString, QList<QVariantList>>> sharedRows;
    QStringList secretErrors;
};

namespace {

// How many of the rows two tenants share an entry lists.
constexpr int rowsListed = 20;

// The rows behind each pair of tenants that share data, for QA to judge whether the sharing is
// real: the first profile's run of the shared widgets, through the same resolver as the check.
QList<QHash<QString, QList<QVariantList>>> sharedRows(const Project &project, const QString &path,
                                                      const Report &report, QueryExecutor &executor,
                                                      const Resolver::Options &options)
{
    QList<QHash<QString, QList<QVariantList>>> result;
    for (const Report::SharedData &shared : report.sharedData) {
        QHash<QString, QList<QVariantList>> rows;
        const Dashboard *dashboard = project.dashboard(shared.dashboardId);
        const TenantProfile *profile = project.tenant(shared.profileA);
        const std::optional<Viewer> viewer
                = profile ? Viewer::profile(project, *profile, nullptr) : std::nullopt;
        if (dashboard && viewer) {
            Resolver::Options only = options;
            for (const Report::WidgetRef &widget : shared.widgets)
                only.widgetIds.append(widget.widgetId);
            const QList<WidgetRun> runs
                    = viewer->run(project, path, *dashboard, executor, only, u"isolation-rows"_s);
            for (const WidgetRun &run : runs)
                rows.insert(run.resolution.widgetId, run.result.rows);
        }
        result.append(rows);
    }
    return result;
}

QString where(const Report::WidgetRef &widget)
{
    return widget.widgetId.isEmpty()
            ? widget.dashboardTitle
            : IsolationCheckDialog::tr("%1 › %2").arg(widget.dashboardTitle, widget.widgetTitle);
}

} // namespace

IsolationCheckDialog::IsolationCheckDialog(ProjectDocument *document, DocumentSelection *selection,
                                           TenantPreview *preview, ProjectKeystore *keystore,
                                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_selection(selection)
    , m_preview(preview)
    , m_keystore(keystore)
    , m_executor(sharedExecutor(2))
    , m_verdict(new QLabel(this))
    , m_details(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_findings(new QTreeWidget(this))
{
    setObjectName(u"isolationCheckDialog"_s);
    setWindowTitle(tr("Isolation Check"));
    m_verdict->setObjectName(u"isolationVerdict"_s);
    m_details->setObjectName(u"isolationDetails"_s);
    m_details->setWordWrap(true);
    m_run->setObjectName(u"isolationRun"_s);
    m_run->setToolTip(tr("Run every tenant profile on every dashboard it grants and compare what "
                         "they see"));
    m_findings->setObjectName(u"isolationFindings"_s);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    m_verdict->setFont(bold);
    // A busy indicator: the check does not know in advance how many queries it will run.
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_findings->setColumnCount(2);
    m_findings->setHeaderLabels({tr("Finding"), tr("Details")});
    m_findings->setUniformRowHeights(true);
    m_findings->header()->setStretchLastSection(true);
    connect(m_findings, &QTreeWidget::itemActivated, this, &IsolationCheckDialog::activate);
    connect(m_run, &QPushButton::clicked, this, &IsolationCheckDialog::run);

    auto *top = new QHBoxLayout;
    top->addWidget(m_verdict, 1);
    top->addWidget(m_busy);
    top->addWidget(m_run);
    auto *hint = new QLabel(tr("Double-click an entry to show its widget on the canvas as that "
                               "tenant."),
                            this);
    hint->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_findings, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(document, &ProjectDocument::projectReset, this, &IsolationCheckDialog::projectEdited);
    connect(document, &ProjectDocument::tenantChanged, this, &IsolationCheckDialog::projectEdited);
    connect(document->undoStack(), &QUndoStack::indexChanged, this,
            &IsolationCheckDialog::projectEdited);

    m_verdict->setText(verdict());
    m_details->setText(
            tr("Runs every tenant profile on every dashboard it grants, and flags widgets "
               "that no tenant-specific rule restricts and tenants that see each "
               "other's data."));
    resize(900, 640);
}

IsolationCheckDialog::~IsolationCheckDialog()
{
    // The run in flight finishes on its own (its queries cancelled, unseen); it holds the
    // executor until then.
    m_executor->cancelAll();
}

QString IsolationCheckDialog::verdict() const
{
    if (!m_report)
        return m_running ? tr("Checking…") : tr("Not run yet");
    const qsizetype findings = m_report->unrestricted.size() + m_report->sharedData.size();
    if (findings > 0)
        return tr("%n finding(s)", nullptr, int(findings));
    // A check that could not run everything proves nothing: never a green verdict then.
    if (m_report->profiles == 0)
        return tr("Incomplete: the project has no tenant profiles to check");
    if (!m_report->errors.isEmpty() || !m_report->invalidProfiles.isEmpty())
        return tr("Incomplete: %n profile(s) or queries could not be checked", nullptr,
                  int(m_report->errors.size() + m_report->invalidProfiles.size()));
    return tr("No findings");
}

void IsolationCheckDialog::run()
{
    if (m_running)
        return;
    const Project &project = m_document->project();
    Resolver::Options options;
    QStringList secretErrors;
    options.secrets = accountSecrets(project, m_keystore, &secretErrors);
    setRunning(true);

    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        setRunning(false);
        showResult(watcher->result());
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run(
            [executor = m_executor, project, path = m_document->filePath(), options, secretErrors] {
                Result result;
                result.report = IsolationCheck(project, path).run(*executor, options);
                result.sharedRows = sharedRows(project, path, result.report, *executor, options);
                result.secretErrors = secretErrors;
                return result;
            }));
}

void IsolationCheckDialog::setRunning(bool running)
{
    m_running = running;
    m_run->setEnabled(!running);
    m_busy->setVisible(running);
    m_findings->setEnabled(!running);
    if (running) {
        m_verdict->setText(tr("Checking…"));
        m_verdict->setStyleSheet(QString());
        m_details->setText(tr("Running every tenant profile on every dashboard it grants…"));
    }
}

void IsolationCheckDialog::projectEdited()
{
    if (m_report && !m_running)
        m_details->setText(tr("The project changed since this check ran: run it again."));
}

void IsolationCheckDialog::showResult(const Result &result)
{
    const Report &report = result.report;
    m_report = report;
    m_findings->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon information = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    const QIcon critical = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const auto item = [](QTreeWidgetItem *parent, const QString &text, const QString &details,
                         const Report::WidgetRef &widget = {}, const QString &profile = {}) {
        auto *entry = new QTreeWidgetItem(parent, {text, details});
        entry->setToolTip(1, details);
        entry->setData(0, DashboardRole, widget.dashboardId);
        entry->setData(0, WidgetRole, widget.widgetId);
        entry->setData(0, ProfileRole, profile);
        return entry;
    };
    QList<QTreeWidgetItem *> findingSections;
    const auto section = [this](const QString &title, const QIcon &icon, qsizetype count) {
        auto *entry = new QTreeWidgetItem(m_findings, {title.arg(count)});
        entry->setIcon(0, icon);
        QFont font = entry->font(0);
        font.setBold(true);
        entry->setFont(0, font);
        entry->setFirstColumnSpanned(true);
        return entry;
    };

    if (!report.unrestricted.isEmpty()) {
        QTreeWidgetItem *top = section(tr("Widgets no tenant-specific rule restricts (%1)"),
                                       warning, report.unrestricted.size());
        findingSections.append(top);
        QHash<QString, QTreeWidgetItem *> dashboards;
        for (const Report::Unrestricted &u : report.unrestricted) {
            QTreeWidgetItem *&dashboard = dashboards[u.widget.dashboardId];
            if (!dashboard)
                dashboard = item(top, u.widget.dashboardTitle, {},
                                 {u.widget.dashboardId, u.widget.dashboardTitle, {}, {}},
                                 u.profiles.value(0));
            const QString whom = u.forEveryProfile()
                    ? tr("every profile that ran it (%1): chain-wide — intended?")
                              .arg(u.profilesRun)
                    : tr("%1 of %2 profiles see the defaults")
                              .arg(u.profiles.size())
                              .arg(u.profilesRun);
            QTreeWidgetItem *widget
                    = item(dashboard, u.widget.widgetTitle, whom, u.widget, u.profiles.value(0));
            for (const QString &profile : u.profiles)
                item(widget, profile, tr("sees what everybody sees"), u.widget, profile);
        }
    }

    if (!report.sharedData.isEmpty()) {
        QTreeWidgetItem *top = section(tr("Different tenants seeing the same data (%1)"), warning,
                                       report.sharedData.size());
        findingSections.append(top);
        // By widget, then by pair: QA looks at one widget's leak at a time.
        QHash<QString, QTreeWidgetItem *> widgets;
        for (qsizetype i = 0; i < report.sharedData.size(); ++i) {
            const Report::SharedData &s = report.sharedData[i];
            for (const Report::WidgetRef &ref : s.widgets) {
                QTreeWidgetItem *&widget = widgets[ref.dashboardId + u'/' + ref.widgetId];
                if (!widget)
                    widget = item(top, where(ref), {}, ref, s.profileA);
                const QString pair
                        = tr("%1 (%2) ↔ %3 (%4)").arg(s.profileA, s.tenantA, s.profileB, s.tenantB);
                const QString extent = s.everywhere()
                        ? tr("the same rows in all %1 tenant-scoped widgets").arg(s.widgetsCompared)
                        : tr("the same rows in %1 of %2 tenant-scoped widgets")
                                  .arg(s.widgets.size())
                                  .arg(s.widgetsCompared);
                QTreeWidgetItem *entry = item(widget, pair, extent, ref, s.profileA);
                const QList<QVariantList> rows = result.sharedRows.value(i).value(ref.widgetId);
                for (qsizetype r = 0; r < rows.size() && r < rowsListed; ++r)
                    item(entry, tr("row %1").arg(r + 1), rowText(rows[r]), ref, s.profileA);
                if (rows.size() > rowsListed)
                    item(entry, tr("… and %n more", nullptr, int(rows.size() - rowsListed)), {},
                         ref, s.profileA);
            }
        }
    }

    if (!report.coincidences.isEmpty()) {
        QTreeWidgetItem *top
                = section(tr("The same single figure for different tenants (%1) — worth a look"),
                          information, report.coincidences.size());
        for (const Report::SharedData &s : report.coincidences) {
            QStringList titles;
            for (const Report::WidgetRef &ref : s.widgets)
                titles.append(ref.widgetTitle);
            const Report::WidgetRef dashboard{s.dashboardId, s.dashboardTitle, {}, {}};
            item(top, tr("%1 (%2) ↔ %3 (%4)").arg(s.profileA, s.tenantA, s.profileB, s.tenantB),
                 tr("%1: the same figure in %2").arg(s.dashboardTitle, titles.join(u", "_s)),
                 dashboard, s.profileA);
        }
    }

    if (!report.sameTenant.isEmpty()) {
        QTreeWidgetItem *top = section(
                tr("The same tenant under several profiles (%1) — the same rows are expected"),
                information, report.sameTenant.size());
        for (const Report::SharedData &s : report.sameTenant) {
            const Report::WidgetRef dashboard{s.dashboardId, s.dashboardTitle, {}, {}};
            item(top, tr("%1 ↔ %2").arg(s.profileA, s.profileB),
                 tr("%1 (%2): the same rows in %3 of %4 widgets")
                         .arg(s.dashboardTitle, s.tenantA)
                         .arg(s.widgets.size())
                         .arg(s.widgetsCompared),
                 dashboard, s.profileA);
        }
    }

    const auto notes
            = [&](const QString &title, const QIcon &icon, const QList<Report::Note> &list) {
                  if (list.isEmpty())
                      return;
                  QTreeWidgetItem *top = section(title, icon, list.size());
                  for (const Report::Note &note : list)
                      item(top, where(note.widget), tr("as %1: %2").arg(note.profile, note.reason),
                           note.widget, note.profile);
              };
    notes(tr("Denied — the engine failed closed (%1)"), information, report.denials);
    notes(tr("Profiles whose claims do not resolve (%1)"), critical, report.invalidProfiles);
    notes(tr("Data-source errors — the check is incomplete (%1)"), critical, report.errors);

    // Findings open, all the way down; what is only for information stays folded.
    const std::function<void(QTreeWidgetItem *)> expand = [&expand](QTreeWidgetItem *entry) {
        entry->setExpanded(true);
        for (int i = 0; i < entry->childCount(); ++i)
            expand(entry->child(i));
    };
    for (QTreeWidgetItem *top : std::as_const(findingSections))
        expand(top);
    m_findings->resizeColumnToContents(0);

    const bool clean = !report.hasFindings() && report.profiles > 0 && report.errors.isEmpty()
            && report.invalidProfiles.isEmpty();
    m_verdict->setText(verdict());
    m_verdict->setStyleSheet(clean ? u"color: #1e7b34;"_s : u"color: #b3261e;"_s);
    QStringList details{tr("%n tenant profile(s),", nullptr, report.profiles) + u' '
                        + tr("%n dashboard run(s).", nullptr, report.dashboardRuns)};
    if (!report.errors.isEmpty() || !report.invalidProfiles.isEmpty())
        details.append(tr("The check is incomplete: see the errors below."));
    details.append(result.secretErrors);
    m_details->setText(details.join(u' '));
}

void IsolationCheckDialog::activate(QTreeWidgetItem *item)
{
    const QString dashboardId = item ? item->data(0, DashboardRole).toString() : QString();
    if (dashboardId.isEmpty() || !m_document->dashboard(dashboardId))
        return;
    m_selection->setDashboardId(dashboardId);
    const QString widgetId = item->data(0, WidgetRole).toString();
    if (!widgetId.isEmpty() && m_document->widget(dashboardId, widgetId))
        m_selection->selectWidgets({widgetId});
    // Names in the report; the preview takes ids, and a profile renamed since is not found.
    if (const TenantProfile *profile
        = m_document->project().tenant(item->data(0, ProfileRole).toString()))
        m_preview->showTenant(profile->id);
}

} // namespace Dashwright
