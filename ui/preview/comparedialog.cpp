// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "backgroundruns.h"
#include "common/json.h"
#include "pastetokendialog.h"

#include "access/isolationcheck.h"
#include "access/resolver.h"
#include "access/viewer.h"
#include "canvas/dashboardexporter.h"
#include "canvas/denialnotice.h"
#include "data/queryexecutor.h"
#include "document/projectdocument.h"
#include "documentselection.h"
#include "windowsize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

// What one run of both sides gave; built on a worker thread, shown on the UI thread.
struct CompareDialog::Result
{
    Dashboard dashboard;
    QList<WidgetRun> runs[2];
    QString error[2];        // claims that do not resolve: that side has no runs
    QString viewer[2];       // whom each side shows, for the banners and headings
    QString denialNotice[2]; // the side's viewer may see nothing of the dashboard: why, once
    QList<WidgetComparison> comparison;
};

namespace {

// The width the sides are drawn at: the canvas's usual width, so that the grid lays out as the
// analyst designed it; the pictures are scaled to the panes afterwards.
constexpr int drawWidth = 1280;
// How many differing rows a widget's entry lists under it.
constexpr int rowsListed = 20;
// The tenant choices' data besides profile ids ("" is the design view): the side's pasted token,
// and the entry that asks for one.
const QString pastedKey = u"#pasted"_s;
const QString pasteKey = u"#paste"_s;

} // namespace

CompareDialog::CompareDialog(ProjectDocument *document, DocumentSelection *selection,
                             ProjectKeystore *keystore, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_selection(selection)
    , m_keystore(keystore)
    , m_executor(sharedExecutor(2))
    , m_rerunTimer(new QTimer(this))
    , m_dashboard(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_summary(new QTreeWidget(this))
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare Tenants"));
    m_dashboard->setObjectName(u"compareDashboard"_s);
    m_status->setObjectName(u"compareStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(u"compareSummary"_s);
    // Edits come in bursts (a drag, typing in a profile): one run once they settle.
    m_rerunTimer->setSingleShot(true);
    m_rerunTimer->setInterval(150);
    connect(m_rerunTimer, &QTimer::timeout, this, &CompareDialog::rerun);

    auto *choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Dashboard:"), this));
    choices->addWidget(m_dashboard, 1);
    auto *swap = new QPushButton(tr("Swap"), this);
    swap->setObjectName(u"compareSwap"_s);
    swap->setToolTip(tr("Swap tenant A and tenant B"));
    const char *sideLabels[2] = {QT_TR_NOOP("A:"), QT_TR_NOOP("B:")};
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *sides = new QSplitter(Qt::Horizontal, splitter);
    for (int side = 0; side < 2; ++side) {
        m_tenant[side] = new QComboBox(this);
        m_tenant[side]->setObjectName(side == 0 ? u"compareTenantA"_s : u"compareTenantB"_s);
        m_tenant[side]->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        choices->addSpacing(12);
        choices->addWidget(new QLabel(tr(sideLabels[side]), this));
        choices->addWidget(m_tenant[side], 1);
        if (side == 0)
            choices->addWidget(swap);
        connect(m_tenant[side], &QComboBox::currentIndexChanged, this, [this, side] {
            const QString key = m_tenant[side]->currentData().toString();
            if (key == pasteKey) {
                choosePastedToken(side);
                return;
            }
            m_chosen[side] = key;
            scheduleRerun();
        });

        m_picture[side] = new QLabel(sides);
        m_picture[side]->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        m_picture[side]->setObjectName(side == 0 ? u"comparePictureA"_s : u"comparePictureB"_s);
        m_scroll[side] = new QScrollArea(sides);
        m_scroll[side]->setWidget(m_picture[side]);
        m_scroll[side]->setWidgetResizable(true);
        m_scroll[side]->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // Always there, so that fitting a picture to the width never adds or removes it and
        // changes the width again.
        m_scroll[side]->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        // The pictures are fitted to the panes' width whenever a pane changes size.
        m_scroll[side]->viewport()->installEventFilter(this);
        sides->addWidget(m_scroll[side]);
    }
    // The sides scroll together, so that the same widget is in view on both.
    connect(m_scroll[0]->verticalScrollBar(), &QScrollBar::valueChanged,
            m_scroll[1]->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_scroll[1]->verticalScrollBar(), &QScrollBar::valueChanged,
            m_scroll[0]->verticalScrollBar(), &QScrollBar::setValue);
    connect(swap, &QPushButton::clicked, this, &CompareDialog::swapSides);
    connect(m_dashboard, &QComboBox::currentIndexChanged, this, &CompareDialog::scheduleRerun);

    m_summary->setColumnCount(4);
    m_summary->setHeaderLabels({tr("Widget"), tr("A"), tr("B"), tr("Outcome")});
    m_summary->setRootIsDecorated(true);
    m_summary->setUniformRowHeights(true);
    m_summary->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_summary->header()->setStretchLastSection(true);
    connect(m_summary, &QTreeWidget::currentItemChanged, this, &CompareDialog::showImages);
    splitter->addWidget(sides);
    splitter->addWidget(m_summary);
    // The pictures are what QA looks at first; the summary needs a line per widget.
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({540, 200});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    // Profiles and dashboards come and go with commands; an opened project replaces them all.
    const auto refill = [this] {
        fillDashboards();
        fillTenants();
        scheduleRerun();
    };
    // Another project: a token pasted for the previous one is not this one's.
    connect(document, &ProjectDocument::projectReset, this, [this, refill] {
        m_pasted[0].reset();
        m_pasted[1].reset();
        refill();
    });
    connect(document, &ProjectDocument::tenantChanged, this, refill);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, refill);

    fillDashboards();
    fillTenants();
    if (const int row = m_dashboard->findData(selection->dashboardId()); row >= 0)
        m_dashboard->setCurrentIndex(row);
    // Two different tenants to start with, when the project has them.
    m_tenant[0]->setCurrentIndex(std::min(1, m_tenant[0]->count() - 1));
    m_tenant[1]->setCurrentIndex(std::min(2, m_tenant[1]->count() - 1));
    resizeWithinScreen(this, {1200, 820});
    rerun();
}

CompareDialog::~CompareDialog()
{
    // Runs still in flight finish on their own, with nothing left to run; the last one lets go
    // of the executor.
    m_executor->cancelAll();
}

QString CompareDialog::dashboardId() const
{
    return m_dashboard->currentData().toString();
}

QString CompareDialog::tenantA() const
{
    return m_tenant[0]->currentData().toString();
}

QString CompareDialog::tenantB() const
{
    return m_tenant[1]->currentData().toString();
}

bool CompareDialog::setDashboard(const QString &dashboardId)
{
    const int row = m_dashboard->findData(dashboardId);
    if (row < 0)
        return false;
    m_dashboard->setCurrentIndex(row);
    return true;
}

bool CompareDialog::setTenants(const QString &tenantA, const QString &tenantB)
{
    int rows[2] = {0, 0};
    const QString names[2] = {tenantA, tenantB};
    for (int side = 0; side < 2; ++side) {
        if (names[side].isEmpty())
            continue;
        const TenantProfile *profile = m_document->project().tenant(names[side]);
        rows[side] = profile ? m_tenant[side]->findData(profile->id) : -1;
        if (rows[side] < 0)
            return false;
    }
    for (int side = 0; side < 2; ++side)
        m_tenant[side]->setCurrentIndex(rows[side]);
    return true;
}

void CompareDialog::swapSides()
{
    const QString keys[2]
            = {m_tenant[0]->currentData().toString(), m_tenant[1]->currentData().toString()};
    std::swap(m_pasted[0], m_pasted[1]);
    fillTenants();
    for (int side = 0; side < 2; ++side) {
        const QSignalBlocker blocker(m_tenant[side]);
        m_tenant[side]->setCurrentIndex(std::max(0, m_tenant[side]->findData(keys[1 - side])));
        m_chosen[side] = m_tenant[side]->currentData().toString();
    }
    scheduleRerun();
}

bool CompareDialog::setPastedToken(int side, const QString &token, QString *error)
{
    // The main window's Paste Token verification, without its window.
    PasteTokenDialog verifier(m_document, m_keystore, this);
    verifier.setToken(token);
    if (error)
        *error = verifier.error();
    return usePastedToken(side, token, verifier.claims(), verifier.description());
}

void CompareDialog::choosePastedToken(int side)
{
    auto *dialog = new PasteTokenDialog(m_document, m_keystore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, side](int result) {
        if (result == QDialog::Accepted
            && usePastedToken(side, dialog->token(), dialog->claims(), dialog->description()))
            return;
        // Cancelled: back to what the side showed before, never left on "Paste token…".
        const QSignalBlocker blocker(m_tenant[side]);
        m_tenant[side]->setCurrentIndex(std::max(0, m_tenant[side]->findData(m_chosen[side])));
    });
    dialog->open();
}

bool CompareDialog::usePastedToken(int side, const QString &token,
                                   const std::optional<nlohmann::ordered_json> &claims,
                                   const QString &description)
{
    if (!claims)
        return false;
    m_pasted[side] = Pasted{token, description};
    fillTenants();
    const QSignalBlocker blocker(m_tenant[side]);
    m_tenant[side]->setCurrentIndex(m_tenant[side]->findData(pastedKey));
    m_chosen[side] = pastedKey;
    scheduleRerun();
    return true;
}

void CompareDialog::fillDashboards()
{
    const QString current = dashboardId();
    const QSignalBlocker blocker(m_dashboard);
    m_dashboard->clear();
    for (const Dashboard &dashboard : m_document->project().dashboards)
        m_dashboard->addItem(dashboard.title, dashboard.id);
    m_dashboard->setCurrentIndex(std::max(0, m_dashboard->findData(current)));
}

void CompareDialog::fillTenants()
{
    for (int side = 0; side < 2; ++side) {
        QComboBox *combo = m_tenant[side];
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("Default — no token"), QString());
        for (const TenantProfile &tenant : m_document->project().tenants)
            combo->addItem(tenant.name, tenant.id);
        if (m_pasted[side])
            combo->addItem(tr("Token: %1").arg(m_pasted[side]->description), pastedKey);
        combo->addItem(tr("Paste token…"), pasteKey);
        // A profile that was deleted gives way to the design view.
        combo->setCurrentIndex(current.isEmpty() || current == pasteKey
                                       ? 0
                                       : std::max(0, combo->findData(current)));
    }
}

void CompareDialog::scheduleRerun()
{
    // What is in flight no longer matches the choice: it must not be shown when it finishes.
    ++m_generation;
    m_running = true;
    m_rerunTimer->start();
}

QString CompareDialog::viewerName(int side) const
{
    return m_tenant[side]->currentIndex() <= 0 ? tr("Default — no token")
                                               : m_tenant[side]->currentText();
}

void CompareDialog::rerun()
{
    m_rerunTimer->stop();
    const quint64 generation = ++m_generation;
    const Project &project = m_document->project();
    const Dashboard *dashboard = project.dashboard(dashboardId());
    if (!dashboard) {
        m_running = false;
        m_comparison.clear();
        m_summary->clear();
        for (int side = 0; side < 2; ++side) {
            m_images[side] = {};
            m_picture[side]->clear();
        }
        m_status->setText(tr("The project has no dashboard to compare."));
        return;
    }

    QStringList secretErrors;
    Resolver::Options options;
    options.secrets = accountSecrets(project, m_keystore, &secretErrors);
    // Who each side is: the design view or a profile, validated once here.
    std::optional<Viewer> viewers[2];
    QString viewerErrors[2];
    for (int side = 0; side < 2; ++side) {
        const QString key = m_tenant[side]->currentData().toString();
        if (key == pastedKey && m_pasted[side])
            // Verified again at each run, as the embed server checks every request: a token
            // that has expired or been revoked since it was pasted shows nothing.
            viewers[side] = PasteTokenDialog::verifiedViewer(
                    m_document, m_keystore, m_pasted[side]->token, &viewerErrors[side]);
        else if (const TenantProfile *profile = m_document->tenant(key))
            viewers[side] = Viewer::profile(project, *profile, &viewerErrors[side]);
        else
            viewers[side] = Viewer::design();
    }
    m_running = true;
    m_status->setText(tr("Running both sides…"));

    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // A newer choice or edit started another run since: this one shows nothing.
        if (generation != m_generation)
            return;
        m_running = false;
        showResult(watcher->result());
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run(
            [executor = m_executor, project, path = m_document->filePath(), dashboard = *dashboard,
             viewerA = viewers[0], viewerB = viewers[1], errorA = viewerErrors[0],
             errorB = viewerErrors[1], options, nameA = viewerName(0), nameB = viewerName(1)] {
                Result result;
                result.dashboard = dashboard;
                result.viewer[0] = nameA;
                result.viewer[1] = nameB;
                result.error[0] = errorA;
                result.error[1] = errorB;
                // Each side under a scope of its own: a newer run cancels that side's queries
                // still in flight from an older one.
                if (viewerA)
                    result.runs[0] = viewerA->run(project, path, dashboard, *executor, options,
                                                  u"compare/a"_s);
                if (viewerB)
                    result.runs[1] = viewerB->run(project, path, dashboard, *executor, options,
                                                  u"compare/b"_s);
                // A side whose viewer may see nothing of the dashboard says so once, over its
                // picture, and names what the token grants instead.
                const std::optional<Viewer> *viewers[2] = {&viewerA, &viewerB};
                for (int side = 0; side < 2; ++side) {
                    const QString reason = DenialNotice::reason(result.runs[side]);
                    if (*viewers[side] && !reason.isEmpty())
                        result.denialNotice[side]
                                = DenialNotice::text(project, dashboard, **viewers[side], reason);
                }
                if (viewerA && viewerB)
                    result.comparison = TenantComparison::compare(*viewerA, result.runs[0],
                                                                  *viewerB, result.runs[1],
                                                                  IsolationCheck(project, path));
                else
                    result.comparison = TenantComparison::compare(result.runs[0], result.runs[1]);
                return result;
            }));
    if (!secretErrors.isEmpty())
        m_status->setText(m_status->text() + u' ' + secretErrors.join(u' '));
}

void CompareDialog::showResult(const Result &result)
{
    m_comparison = result.comparison;
    for (int side = 0; side < 2; ++side) {
        m_widgetRects[side].clear();
        m_denialNotice[side].clear();
        m_sideError[side] = result.error[side].isEmpty()
                ? QString()
                : tr("%1's claims do not resolve: %2").arg(result.viewer[side], result.error[side]);
        if (!result.error[side].isEmpty()) {
            m_images[side] = {};
            continue;
        }
        m_denialNotice[side] = result.denialNotice[side];
        const DashboardExporter exporter(result.dashboard, result.runs[side], drawWidth,
                                         {.notice = m_denialNotice[side]},
                                         m_document->project().theme);
        const QString banner
                = (side == 0 ? tr("A · Viewing as %1 · %2") : tr("B · Viewing as %1 · %2"))
                          .arg(result.viewer[side], result.dashboard.title);
        m_images[side] = exporter.previewImage(banner);
        for (const Widget &widget : result.dashboard.widgets) {
            if (const QRect rect = exporter.widgetRect(widget.id); !rect.isEmpty())
                m_widgetRects[side].insert(
                        widget.id, rect.translated(0, DashboardExporter::previewBannerHeight));
        }
    }
    fillSummary(result);
    showImages();
}

void CompareDialog::fillSummary(const Result &result)
{
    const QString selected = m_summary->currentItem()
            ? m_summary->currentItem()->data(0, Qt::UserRole).toString()
            : QString();
    m_summary->clear();
    m_summary->setHeaderLabels({tr("Widget"), tr("A: %1").arg(result.viewer[0]),
                                tr("B: %1").arg(result.viewer[1]), tr("Outcome")});
    // Each side's own figures, whatever the other side got.
    // A side denied the whole dashboard has its reason said once, over its picture.
    const bool wholeDenied[2]
            = {!result.denialNotice[0].isEmpty(), !result.denialNotice[1].isEmpty()};
    const auto sideText = [](const QString &denied, const QString &error, qsizetype rows, bool text,
                             bool whole) {
        if (whole)
            return tr("denied: the whole dashboard");
        if (!denied.isEmpty())
            return tr("denied: %1").arg(denied);
        if (!error.isEmpty())
            return tr("error: %1").arg(error);
        if (text)
            return tr("text");
        return tr("%n row(s)", nullptr, int(rows));
    };
    int same = 0, different = 0, denied = 0, other = 0, suspicious = 0;
    QTreeWidgetItem *current = nullptr;
    for (const WidgetComparison &c : result.comparison) {
        auto *item = new QTreeWidgetItem(m_summary);
        item->setText(0, c.title.isEmpty() ? c.widgetId : c.title);
        item->setData(0, Qt::UserRole, c.widgetId);
        const Widget *widget = result.dashboard.widget(c.widgetId);
        const bool text = widget && widget->type == WidgetType::Text;
        item->setText(1, sideText(c.deniedA, c.errorA, c.rowCountA, text, wholeDenied[0]));
        item->setText(2, sideText(c.deniedB, c.errorB, c.rowCountB, text, wholeDenied[1]));
        QString outcome;
        switch (c.outcome) {
        case WidgetComparison::Outcome::Same:
            ++same;
            outcome = tr("same");
            if (c.sameAcrossTenants) {
                ++suspicious;
                outcome = tr("same — a tenant-scoped widget shows both tenants the same rows");
                item->setIcon(3, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            }
            break;
        case WidgetComparison::Outcome::Different:
            ++different;
            outcome = tr("different: %1 only in A, %2 only in B")
                              .arg(tr("%n row(s)", nullptr, int(c.onlyInA.size())),
                                   tr("%n row(s)", nullptr, int(c.onlyInB.size())));
            if (c.columnsDiffer)
                outcome += u' ' + tr("(other columns)");
            break;
        case WidgetComparison::Outcome::DeniedA:
            ++denied;
            outcome = wholeDenied[0] ? tr("denied for A") : tr("denied for A (%1)").arg(c.deniedA);
            break;
        case WidgetComparison::Outcome::DeniedB:
            ++denied;
            outcome = wholeDenied[1] ? tr("denied for B") : tr("denied for B (%1)").arg(c.deniedB);
            break;
        case WidgetComparison::Outcome::DeniedBoth:
            ++denied;
            outcome = tr("denied for both");
            break;
        case WidgetComparison::Outcome::Failed:
            ++other;
            outcome = tr("failed: %1").arg(c.errorA.isEmpty() ? c.errorB : c.errorA);
            item->setIcon(3, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            break;
        case WidgetComparison::Outcome::NoData:
            ++other;
            outcome = tr("no data (text)");
            break;
        }
        item->setText(3, outcome);
        item->setToolTip(3, outcome);
        const QList<QVariantList> *lists[2] = {&c.onlyInA, &c.onlyInB};
        for (int side = 0; side < 2; ++side) {
            const QList<QVariantList> &rows = *lists[side];
            for (qsizetype i = 0; i < rows.size() && i < rowsListed; ++i) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, side == 0 ? tr("only in A") : tr("only in B"));
                child->setText(side + 1, rowText(rows[i]));
                child->setToolTip(side + 1, rowText(rows[i]));
                child->setData(0, Qt::UserRole, c.widgetId);
            }
            if (rows.size() > rowsListed) {
                auto *more = new QTreeWidgetItem(item);
                more->setText(side + 1,
                              tr("… and %n more", nullptr, int(rows.size() - rowsListed)));
                more->setData(0, Qt::UserRole, c.widgetId);
            }
        }
        if (c.widgetId == selected)
            current = item;
    }
    for (int column = 0; column < 3; ++column)
        m_summary->resizeColumnToContents(column);
    if (current)
        m_summary->setCurrentItem(current);

    QStringList status;
    for (const QString &error : m_sideError) {
        if (!error.isEmpty())
            status.append(error);
    }
    status.append(tr("%n widget(s):", nullptr, int(result.comparison.size())) + u' '
                  + QStringList{tr("%n same", nullptr, same),
                                tr("%n different", nullptr, different),
                                tr("%n denied", nullptr, denied), tr("%n other", nullptr, other)}
                            .join(u", "_s)
                  + u'.');
    if (suspicious > 0)
        status.append(tr("%n tenant-scoped widget(s) show these two tenants the same rows.",
                         nullptr, suspicious));
    m_status->setText(status.join(u' '));
}

void CompareDialog::showImages()
{
    const QString widgetId = m_summary->currentItem()
            ? m_summary->currentItem()->data(0, Qt::UserRole).toString()
            : QString();
    for (int side = 0; side < 2; ++side) {
        if (m_images[side].isNull()) {
            m_picture[side]->setText(m_sideError[side]);
            continue;
        }
        QImage image = m_images[side];
        // The widget chosen in the summary, framed on both sides.
        if (const QRect rect = m_widgetRects[side].value(widgetId); !rect.isEmpty()) {
            QPainter painter(&image);
            painter.setPen(QPen(QColor(0xe0, 0x6c, 0x00), 6));
            painter.drawRect(rect.adjusted(3, 3, -3, -3));
        }
        const int width = m_scroll[side]->viewport()->width();
        m_picture[side]->setPixmap(
                QPixmap::fromImage(width > 0 && width < image.width()
                                           ? image.scaledToWidth(width, Qt::SmoothTransformation)
                                           : image));
    }
}

bool CompareDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize
        && (watched == m_scroll[0]->viewport() || watched == m_scroll[1]->viewport()))
        QTimer::singleShot(0, this, &CompareDialog::showImages);
    return QDialog::eventFilter(watched, event);
}

} // namespace Dashwright
