// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetview.h"

#include "canvastheme.h"
#include "chartfactory.h"
#include "document/numberformatter.h"
#include "itemmodels/queryresultmodel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Over the bottom of a text widget whose text runs past it: the last line fades into the card
// and ends in "…", so that a cut text does not pass for the whole (which is a hover away).
class TextOverflowMark : public QWidget
{
public:
    explicit TextOverflowMark(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        hide();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QColor card = palette().color(QPalette::Window);
        QColor clear = card;
        clear.setAlpha(0);
        QLinearGradient fade(0, 0, 0, height());
        fade.setColorAt(0, clear);
        fade.setColorAt(0.55, card);
        painter.fillRect(rect(), fade);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(0, 0, -8, -2), Qt::AlignRight | Qt::AlignBottom, u"…"_s);
    }
};

} // namespace

WidgetView::WidgetView(const Widget &widget, QWidget *parent)
    : QFrame(parent)
    , m_widget(widget)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(m_pages))
    , m_chartView(new QChartView(m_pages))
    , m_table(new QTableView(m_pages))
    , m_tableModel(new QueryResultModel(this))
    , m_kpi(new QWidget(m_pages))
    , m_kpiValue(new QLabel(m_kpi))
    , m_kpiCaption(new QLabel(m_kpi))
    , m_text(new QLabel(m_pages))
    , m_pager(new QWidget(this))
    , m_pageLabel(new QLabel(m_pager))
    , m_previousPage(new QToolButton(m_pager))
    , m_nextPage(new QToolButton(m_pager))
{
    setObjectName(u"widgetView"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    setPalette(pal);

    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(u"widgetTitle"_s);
    // The title takes the room the badge leaves and is shortened (with its whole text a hover
    // away), so that the badge never lies over it.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->installEventFilter(this);
    m_status->setObjectName(u"widgetWarnings"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(8);

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    // The view starts with a chart of its own; each result replaces it and deletes the one
    // before (setChart() releases the old chart without deleting it).

    m_table->setModel(m_tableModel);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    m_kpiValue->setAlignment(Qt::AlignCenter);
    m_kpiValue->setTextFormat(Qt::PlainText);
    m_kpiCaption->setAlignment(Qt::AlignCenter);
    m_kpiCaption->setTextFormat(Qt::PlainText);
    m_kpiCaption->setForegroundRole(QPalette::PlaceholderText);
    auto *kpiLayout = new QVBoxLayout(m_kpi);
    kpiLayout->setContentsMargins(4, 0, 4, 4);
    kpiLayout->addStretch(1);
    kpiLayout->addWidget(m_kpiValue);
    m_kpi->installEventFilter(this);
    m_chartView->installEventFilter(this);
    kpiLayout->addWidget(m_kpiCaption);
    kpiLayout->addStretch(1);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::MarkdownText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setMargin(6);
    m_text->installEventFilter(this);
    m_textOverflow = new TextOverflowMark(m_text);

    for (QWidget *page : {static_cast<QWidget *>(m_message), static_cast<QWidget *>(m_chartView),
                          static_cast<QWidget *>(m_table), m_kpi, static_cast<QWidget *>(m_text)})
        m_pages->addWidget(page);

    // A long table's pager: "1–25 of 100", previous and next page.
    m_pager->setObjectName(u"tablePager"_s);
    m_pageLabel->setObjectName(u"tablePageLabel"_s);
    m_pageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_previousPage->setObjectName(u"tablePreviousPage"_s);
    m_previousPage->setText(u"‹"_s);
    m_previousPage->setToolTip(tr("Previous rows"));
    m_previousPage->setAutoRaise(true);
    m_nextPage->setObjectName(u"tableNextPage"_s);
    m_nextPage->setText(u"›"_s);
    m_nextPage->setToolTip(tr("Next rows"));
    m_nextPage->setAutoRaise(true);
    connect(m_previousPage, &QToolButton::clicked, this, [this] {
        --m_tablePage;
        showTablePage();
    });
    connect(m_nextPage, &QToolButton::clicked, this, [this] {
        ++m_tablePage;
        showTablePage();
    });
    auto *pagerLayout = new QHBoxLayout(m_pager);
    pagerLayout->setContentsMargins(8, 0, 4, 0);
    pagerLayout->setSpacing(2);
    pagerLayout->addStretch(1);
    pagerLayout->addWidget(m_pageLabel);
    pagerLayout->addWidget(m_previousPage);
    pagerLayout->addWidget(m_nextPage);
    m_pager->hide();

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 8, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_pager);

    setWidget(widget);
    showMessage(QString(), false);
}

void WidgetView::setWidget(const Widget &widget)
{
    const bool lookChanged = widget.type != m_widget.type || widget.colors != m_widget.colors
            || widget.numberFormat != m_widget.numberFormat || widget.text != m_widget.text
            || widget.dimensions != m_widget.dimensions;
    m_widget = widget;
    elideTitle();
    m_title->setToolTip(widget.title);
    if (lookChanged && m_run)
        render();
}

void WidgetView::setLoading()
{
    m_state = State::Loading;
    m_status->setText(tr("Loading…"));
    m_status->setToolTip(QString());
    elideTitle();
    // The previous data stays while the new arrives, so that an edit does not blank the canvas.
    if (!m_run)
        showMessage(tr("Loading…"), false);
}

void WidgetView::setRun(const WidgetRun &run)
{
    // Another result starts on its first page; the same one again (a re-resolution that changed
    // only the warnings) keeps the page the analyst is on.
    if (!m_run || m_run->result.rows != run.result.rows)
        m_tablePage = 0;
    m_run = run;
    render();
}

void WidgetView::setForExport(bool forExport)
{
    m_forExport = forExport;
    m_status->setVisible(!forExport);
    render();
}

int WidgetView::heightForAllRows() const
{
    if (m_pages->currentWidget() == m_text)
        return std::max(height(),
                        height() - m_text->height() + m_text->heightForWidth(m_text->width()));
    if (m_pages->currentWidget() != m_table)
        return height();
    // What the table needs to show every row, where it has a scroll range now: its header, the
    // rows and a horizontal scroll bar if the columns are wider than the view.
    const QScrollBar *horizontal = m_table->horizontalScrollBar();
    const int needed = m_table->horizontalHeader()->height() + m_table->verticalHeader()->length()
            + 2 * m_table->frameWidth()
            + (horizontal->maximum() > horizontal->minimum() ? horizontal->sizeHint().height() : 0);
    return std::max(height(), height() - m_table->height() + needed);
}

QList<int> WidgetView::rowBreaks() const
{
    QList<int> breaks;
    if (m_pages->currentWidget() != m_table)
        return breaks;
    const QHeaderView *rows = m_table->verticalHeader();
    const int top = m_table->viewport()->mapTo(this, QPoint()).y();
    for (int row = 0; row + 1 < m_table->model()->rowCount(); ++row)
        breaks.append(top + rows->sectionViewportPosition(row) + rows->sectionSize(row));
    return breaks;
}

void WidgetView::setExportClip(const QRect &clip)
{
    m_exportClip = clip;
}

void WidgetView::paintEvent(QPaintEvent *event)
{
    if (m_exportClip.isNull()) {
        QFrame::paintEvent(event);
        return;
    }
    QPainter painter(this);
    painter.setClipRect(m_exportClip);
    drawFrame(&painter);
}

bool WidgetView::pressControlAt(const QPoint &position)
{
    if (!m_pager->isVisible())
        return false;
    for (QToolButton *button : {m_previousPage, m_nextPage}) {
        const QRect rect(button->mapTo(this, QPoint()), button->size());
        if (rect.contains(position)) {
            if (button->isEnabled())
                button->click();
            return true;
        }
    }
    return false;
}

bool WidgetView::scrollContent(QWheelEvent *event)
{
    if (m_pages->currentWidget() != m_table)
        return false;
    QScrollBar *bar = m_table->verticalScrollBar();
    const int delta = event->angleDelta().y();
    if (delta == 0 || (delta > 0 && bar->value() <= bar->minimum())
        || (delta < 0 && bar->value() >= bar->maximum()))
        return false;
    // As a wheel turn over the table itself would: three rows a notch.
    const int rows = -delta * QApplication::wheelScrollLines() / 120;
    bar->setValue(bar->value() + (rows == 0 ? (delta > 0 ? -1 : 1) : rows) * bar->singleStep());
    return true;
}

QString WidgetView::message() const
{
    return m_pages->currentWidget() == m_message ? m_message->text() : QString();
}

QRect WidgetView::contentRect() const
{
    return m_pages->geometry();
}

void WidgetView::render()
{
    m_status->clear();
    m_status->setToolTip(QString());
    m_pager->hide();
    if (!m_run)
        return;
    const WidgetRun &run = *m_run;
    if (run.resolution.dashboardDenied) {
        // The canvas (or the picture around it) says why once for the whole dashboard; each
        // widget repeating it would bury the dashboard under one long sentence.
        m_state = State::Denied;
        showMessage(tr("Not available to this viewer"), true);
        m_message->setToolTip(run.resolution.denied);
        return;
    }
    if (!run.resolution.denied.isEmpty()) {
        m_state = State::Denied;
        showMessage(tr("No access: %1").arg(run.resolution.denied), true);
        return;
    }
    if (m_widget.type == WidgetType::Text) {
        // The engine's text, not the document's: it gives none to a viewer it denies.
        m_state = State::Data;
        m_text->setText(run.resolution.text);
        QTextDocument document;
        document.setMarkdown(run.resolution.text);
        m_textToolTip = document.toHtml();
        m_pages->setCurrentWidget(m_text);
        markTextOverflow();
        return;
    }
    if (!run.error.isEmpty()) {
        m_state = State::Error;
        showMessage(tr("The query failed: %1").arg(run.error), true);
        return;
    }
    // The widget's own warnings (the resolution engine keeps the dashboard's apart), on the
    // canvas only: an exported file shows the dashboard, not the designer's remarks on it.
    if (!run.resolution.warnings.isEmpty() && !m_forExport) {
        m_status->setText(tr("%n warning(s)", nullptr, int(run.resolution.warnings.size())));
        m_status->setToolTip(run.resolution.warnings.join(u'\n'));
    }
    elideTitle();
    m_state = State::Data;
    const QList<OutputColumn> columns
            = run.resolution.plan ? run.resolution.plan->columns : QList<OutputColumn>();
    if (m_widget.type == WidgetType::Table) {
        showTablePage();
        m_pages->setCurrentWidget(m_table);
    } else if (m_widget.type == WidgetType::Kpi) {
        showKpi();
    } else if (run.result.rows.isEmpty()) {
        showMessage(tr("No data"), false);
    } else {
        QChart *old = m_chartView->chart();
        m_chartView->setChart(ChartFactory::create(m_widget, columns, run.result, m_theme));
        ChartFactory::fitLegend(m_chartView->chart(), m_chartView->size());
        // The legend clips its entries to its own shape, which a PDF page gets wrong: there
        // every entry but the first disappeared. Its entries fit in it (the chart sizes it), so
        // a file is drawn without that clip.
        if (m_forExport)
            m_chartView->chart()->legend()->setFlag(QGraphicsItem::ItemClipsChildrenToShape, false);
        delete old;
        m_pages->setCurrentWidget(m_chartView);
    }
}

void WidgetView::setTheme(const Theme &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    setPalette(CanvasTheme::widgetPalette(QApplication::palette(), theme));
    setFont(CanvasTheme::font(QApplication::font(), theme));
    elideTitle(); // its font is its own (bold, maybe smaller): in the theme's family again
    if (m_run)
        render();
}

void WidgetView::showTablePage()
{
    const WidgetRun &run = *m_run;
    const QList<OutputColumn> columns
            = run.resolution.plan ? run.resolution.plan->columns : QList<OutputColumn>();
    const qsizetype total = run.result.rows.size();
    // An export shows every row; the canvas one page of them.
    if (m_forExport || total <= tableRowsPerPage) {
        m_tablePage = 0;
        m_tableModel->setResult(columns, run.result, m_widget.numberFormat);
        m_pager->hide();
    } else {
        const int pages = int((total + tableRowsPerPage - 1) / tableRowsPerPage);
        m_tablePage = std::clamp(m_tablePage, 0, pages - 1);
        const int first = m_tablePage * tableRowsPerPage;
        QueryResult page = run.result;
        page.rows = run.result.rows.mid(first, tableRowsPerPage);
        m_tableModel->setResult(columns, page, m_widget.numberFormat);
        // A table query brings one page of the source's rows (the plan's limit): when it came
        // back full there may be more than these, unless the widget's own limit is what filled it.
        const bool capped = m_widget.limit > 0 && total >= m_widget.limit;
        const bool more = !capped && run.resolution.plan && run.resolution.plan->limit > 0
                && total >= run.resolution.plan->limit;
        const QString of = more ? tr("%L1+").arg(total) : QLocale().toString(total);
        m_pageLabel->setText(
                tr("%L1–%L2 of %3").arg(first + 1).arg(first + page.rows.size()).arg(of));
        m_previousPage->setEnabled(m_tablePage > 0);
        m_nextPage->setEnabled(m_tablePage < pages - 1);
        m_pager->show();
    }
    m_table->resizeColumnsToContents();
    m_table->scrollToTop();
}

void WidgetView::markTextOverflow()
{
    // A file shows the whole text (the exporter gives the widget the height it needs).
    const bool cut = !m_forExport && m_pages->currentWidget() == m_text
            && m_text->heightForWidth(m_text->width()) > m_text->height();
    m_text->setToolTip(cut ? m_textToolTip : QString());
    if (cut) {
        const int height = std::min(m_text->height(), 28);
        m_textOverflow->setGeometry(0, m_text->height() - height, m_text->width(), height);
        m_textOverflow->raise();
    }
    m_textOverflow->setVisible(cut);
}

void WidgetView::elideTitle()
{
    // The title's own width, once the layout has given it one; until then the whole text. A
    // title a notch too long for a narrow widget ("Total revenue" on a KPI a sixth of a 1024 px
    // canvas wide) is set a little smaller rather than cut; a longer one ends in "…".
    const int width = m_title->width();
    QFont font = this->font();
    font.setBold(true);
    const qreal size = font.pointSizeF();
    if (width > 0 && size > 0) {
        for (const qreal scale : {1.0, 0.92, 0.85}) {
            font.setPointSizeF(size * scale);
            if (QFontMetrics(font).horizontalAdvance(m_widget.title) <= width)
                break;
        }
        if (QFontMetrics(font).horizontalAdvance(m_widget.title) > width)
            font.setPointSizeF(size);
    }
    if (m_title->font() != font)
        m_title->setFont(font);
    m_title->setText(width > 0
                             ? QFontMetrics(font).elidedText(m_widget.title, Qt::ElideRight, width)
                             : m_widget.title);
}

void WidgetView::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setToolTip(problem ? text : QString());
    m_message->setForegroundRole(problem ? QPalette::BrightText : QPalette::PlaceholderText);
    QPalette pal = m_message->palette();
    // Red enough to be seen as a problem on a light or a dark palette.
    pal.setColor(QPalette::BrightText, QColor(0xc0, 0x1c, 0x28));
    m_message->setPalette(pal);
    m_pages->setCurrentWidget(m_message);
}

void WidgetView::showKpi()
{
    const WidgetRun &run = *m_run;
    int measure = -1;
    QString caption;
    if (run.resolution.plan) {
        const auto &columns = run.resolution.plan->columns;
        for (qsizetype i = 0; i < columns.size() && measure < 0; ++i) {
            if (columns[i].role == OutputColumn::Role::Measure) {
                measure = int(i);
                caption = columns[i].label;
            }
        }
    }
    const QVariant value = measure >= 0 && !run.result.rows.isEmpty()
            ? run.result.rows.first().value(measure)
            : QVariant();
    const NumberFormatter formatter(m_widget.numberFormat);
    m_kpiText = formatter.format(value);
    bool number = false;
    const double amount = value.toDouble(&number);
    m_kpiCompact = number && value.isValid() && !value.isNull() ? formatter.formatCompact(amount)
                                                                : m_kpiText;
    m_kpiCaptionText = caption;
    m_pages->setCurrentWidget(m_kpi);
    fitKpiFont();
}

void WidgetView::fitKpiFont()
{
    // As large as the space allows: about half the height, and the whole number across — and
    // never taller than its room, or the centred number is cut at the top and the bottom.
    const QMargins margins = m_kpi->layout()->contentsMargins();
    const int captionHeight = m_kpiCaption->sizeHint().height() + m_kpi->layout()->spacing();
    const int inside = m_kpi->height() - margins.top() - margins.bottom();
    // One row high there is no room for the caption under the number; the title says what it is.
    const bool caption = inside - captionHeight >= 24;
    m_kpiCaption->setVisible(caption);
    const int height = std::max(12, inside - (caption ? captionHeight : 0));
    const int width = std::max(40, m_kpi->width() - margins.left() - margins.right() - 8);
    QFont font = m_kpiValue->font();
    font.setBold(true);
    // All the digits while they fit at a readable size; else the short form ("4.2M", its digits
    // a hover away), and never a number cut at its edges: centred, a cut took the first digits.
    const auto fit = [&](const QString &text) {
        int size = std::clamp(height * 3 / 5, 12, 96);
        font.setPixelSize(size);
        while (size > 12
               && (QFontMetrics(font).horizontalAdvance(text) > width
                   || QFontMetrics(font).height() > height)) {
            size -= 1;
            font.setPixelSize(size);
        }
        return size;
    };
    QString text = m_kpiText;
    int pixelSize = fit(text);
    if (QFontMetrics(font).horizontalAdvance(text) > width && m_kpiCompact != m_kpiText) {
        text = m_kpiCompact;
        pixelSize = fit(text);
    }
    m_kpiValue->setText(QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
    m_kpiValue->setToolTip(text == m_kpiText ? QString() : m_kpiText);
    m_kpiCaption->setText(
            QFontMetrics(m_kpiCaption->font()).elidedText(m_kpiCaptionText, Qt::ElideRight, width));
    m_kpiCaption->setToolTip(m_kpiCaption->text() == m_kpiCaptionText ? QString()
                                                                      : m_kpiCaptionText);
    const bool changed = pixelSize != m_kpiFitted;
    m_kpiFitted = pixelSize;
    if (m_kpiLimit > 0)
        font.setPixelSize(std::min(pixelSize, m_kpiLimit));
    m_kpiValue->setFont(font);
    // Now, not at the next turn of the event loop: a grab or an export may come first.
    m_kpi->layout()->activate();
    if (changed)
        Q_EMIT kpiFitChanged();
}

void WidgetView::setKpiPixelLimit(int pixelSize)
{
    if (m_kpiLimit == pixelSize)
        return;
    m_kpiLimit = pixelSize;
    if (m_widget.type == WidgetType::Kpi && m_kpiFitted > 0) {
        QFont font = m_kpiValue->font();
        font.setPixelSize(m_kpiLimit > 0 ? std::min(m_kpiFitted, m_kpiLimit) : m_kpiFitted);
        m_kpiValue->setFont(font);
        m_kpi->layout()->activate();
    }
}

int WidgetView::kpiPixelSize() const
{
    return m_widget.type == WidgetType::Kpi && m_kpiFitted > 0 ? m_kpiValue->font().pixelSize() : 0;
}

bool WidgetView::eventFilter(QObject *watched, QEvent *event)
{
    // The number's page, not this frame: its size is known only once the layout has run, which
    // may be after the result arrived.
    if (watched == m_kpi && event->type() == QEvent::Resize)
        fitKpiFont();
    if (watched == m_title && event->type() == QEvent::Resize)
        elideTitle();
    if (watched == m_text && event->type() == QEvent::Resize)
        markTextOverflow();
    if (watched == m_chartView && event->type() == QEvent::Resize)
        ChartFactory::fitLegend(m_chartView->chart(), static_cast<QResizeEvent *>(event)->size());

    return QFrame::eventFilter(watched, event);
}

} // namespace Dashwright
