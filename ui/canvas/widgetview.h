// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/dashboardrunner.h"
#include "document/theme.h"
#include "document/widget.h"

#include <QFrame>
#include <QString>

#include <optional>

class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;
class QWheelEvent;

namespace Dashwright {

class QueryResultModel;

// One widget on the canvas: its title over its content — a chart, a table, a large formatted
// number, a text — or, while there is none, why: loading, a data-source error that names the
// problem, or a denial with its reason. It only shows what it is given; the canvas positions it
// and the data controller feeds it.
class WidgetView : public QFrame
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Data, Error, Denied };
    Q_ENUM(State)

    explicit WidgetView(const Widget &widget, QWidget *parent = nullptr);

    const Widget &widget() const { return m_widget; }
    // The document's new state of the widget: redraws from the last result when only the look
    // changed (type, colors, number format), without a query.
    void setWidget(const Widget &widget);

    // The project's theme: the card's colours in dark mode, the font, the charts' palette.
    // Redraws from the last result, without a query.
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }

    // A query is on its way; the last data stays visible meanwhile, marked as loading.
    void setLoading();
    // A finished run: data, a data-source error or a denial.
    void setRun(const WidgetRun &run);

    State state() const { return m_state; }
    // What the content area says when it shows no data (loading, error, denied), for tooltips.
    QString message() const;
    // The area below the title, in this view's coordinates: where the chart or table is drawn.
    QRect contentRect() const;

    // A KPI's number is as large as its room allows (kpiFittedPixelSize, 0 for other widgets);
    // the canvas caps it at the smallest of the KPIs beside it so that neighbours read alike.
    int kpiFittedPixelSize() const { return m_kpiFitted; }
    void setKpiPixelLimit(int pixelSize);
    int kpiPixelSize() const;

    // Drawn into a file rather than on the canvas: no warnings badge and no pager (they are the
    // designer's, not the dashboard's), and a table shows all its rows, not one page of them.
    void setForExport(bool forExport);
    // The height this view needs to show every row of its table, or the whole of its text; its
    // own height otherwise.
    int heightForAllRows() const;
    // Where a page may break inside this view, in its own coordinates: between two rows of its
    // table (the header stays with the first). None for other widgets.
    QList<int> rowBreaks() const;
    // The part of this view a file's page shows (its own coordinates; null: all of it). Its
    // frame is drawn within it: the PDF engine keeps no clip for what widgets draw.
    void setExportClip(const QRect &clip);

    // Tables on the canvas show this many rows a page, with a pager under them.
    static constexpr int tableRowsPerPage = 25;
    int tablePage() const { return m_tablePage; }

    // The canvas takes the mouse, not the views (a click selects the widget); it hands them what
    // is theirs. A press, in this view's coordinates, on one of its controls (the pager's
    // buttons): acted on, true. A wheel turn over a table that can scroll that way: scrolled,
    // true; false lets the canvas scroll instead.
    bool pressControlAt(const QPoint &position);
    bool scrollContent(QWheelEvent *event);

Q_SIGNALS:
    // The size the KPI's number could take changed (a new value, a new size).
    void kpiFitChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void render();
    void showMessage(const QString &text, bool problem);
    void showKpi();
    void fitKpiFont();
    void showTablePage();
    void elideTitle();
    void markTextOverflow();

    Widget m_widget;
    Theme m_theme;
    std::optional<WidgetRun> m_run;
    State m_state = State::Empty;
    bool m_forExport = false;
    int m_tablePage = 0;

    QLabel *m_title;
    QLabel *m_status;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QChartView *m_chartView;
    QTableView *m_table;
    QWidget *m_textOverflow = nullptr;
    QString m_textToolTip;
    QString m_kpiText;        // the number with all its digits
    QString m_kpiCompact;     // its short form, for a KPI too narrow for them
    QString m_kpiCaptionText; // the measure's label, before it is elided
    QRect m_exportClip;
    QueryResultModel *m_tableModel;
    QWidget *m_kpi;
    QLabel *m_kpiValue;
    QLabel *m_kpiCaption;
    QLabel *m_text;
    int m_kpiFitted = 0;
    int m_kpiLimit = 0; // 0: none
    QWidget *m_pager;
    QLabel *m_pageLabel;
    QToolButton *m_previousPage;
    QToolButton *m_nextPage;
};

} // namespace Dashwright
