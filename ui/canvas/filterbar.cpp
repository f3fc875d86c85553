// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "canvasdatacontroller.h"
#include "document/projectdocument.h"
#include "flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

const Dashboard *shownDashboard(const ProjectDocument *document,
                                const CanvasDataController *controller)
{
    return document->dashboard(controller->dashboardId());
}

bool editable(const Filter &filter)
{
    // What the engine lets a viewer set (Resolver::Options::filterValues) and the web component
    // offers; a filter that compares with nothing ("is null") has no value to pick.
    return filter.viewerEditable && filter.parameterId.isEmpty()
            && filterExpressionArity(filter.expression) != 0;
}

bool isList(FilterExpression expression)
{
    return expression == FilterExpression::In || expression == FilterExpression::NotIn;
}

QString valueText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return FilterBar::tr("(empty)");
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? FilterBar::tr("true") : FilterBar::tr("false");
    return value.toString();
}

bool unset(const QVariant &value)
{
    return !value.isValid() || value.isNull()
            || (value.typeId() == QMetaType::QVariantList && value.toList().isEmpty());
}

QString filterName(const Filter &filter, const Project &project)
{
    if (!filter.label.isEmpty())
        return filter.label;
    const Dataset *dataset = project.dataset(filter.datasetId);
    const Column *column = dataset ? dataset->column(filter.columnId) : nullptr;
    return column ? column->name : filter.id;
}

// The items of a single-value combo: "All" (the filter cleared), then the choices; the current
// value too when the choices lack it (an initial value no row has now).
void fillCombo(QComboBox *combo, const QString &noneText, const QVariantList &choices)
{
    combo->addItem(noneText, QVariant());
    for (const QVariant &choice : choices)
        combo->addItem(valueText(choice), choice);
}

void selectInCombo(QComboBox *combo, const QVariant &value)
{
    const QSignalBlocker blocker(combo);
    if (unset(value)) {
        combo->setCurrentIndex(0);
        return;
    }
    int index = -1;
    for (int i = 1; i < combo->count(); ++i) {
        if (combo->itemData(i) == value)
            index = i;
    }
    if (index < 0) {
        combo->addItem(valueText(value), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

FilterBar::FilterBar(ProjectDocument *document, CanvasDataController *controller, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_controller(controller)
    , m_layout(new FlowLayout(this))
    , m_reset(new QPushButton(tr("Reset"), this))
{
    setObjectName(u"canvasFilterBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_layout->setContentsMargins(10, 6, 10, 6);
    m_reset->setObjectName(u"filterBarReset"_s);
    m_reset->setToolTip(tr("Return every filter and parameter here to its default value"));
    connect(m_reset, &QPushButton::clicked, controller, &CanvasDataController::resetAll);

    connect(controller, &CanvasDataController::filterChoicesChanged, this, &FilterBar::rebuild);
    connect(controller, &CanvasDataController::valuesChanged, this, &FilterBar::rebuild);
    // The claims (a tenant preview begins or ends) come with a new resolution: valuesChanged.
    connect(controller, &CanvasDataController::dashboardDenialChanged, this, &FilterBar::rebuild);
    connect(document, &ProjectDocument::dashboardChanged, this, &FilterBar::rebuild);
    connect(document, &ProjectDocument::parameterChanged, this, &FilterBar::rebuild);
    connect(document, &ProjectDocument::parameterAdded, this, &FilterBar::rebuild);
    connect(document, &ProjectDocument::parameterRemoved, this, &FilterBar::rebuild);
    connect(document, &ProjectDocument::projectReset, this, &FilterBar::rebuild);
    rebuild();
}

QString FilterBar::structure() const
{
    // What the controls are made of; a change of values alone keeps them (and an open list).
    const Dashboard *dashboard = shownDashboard(m_document, m_controller);
    if (!dashboard)
        return {};
    QStringList parts{dashboard->id, m_controller->claims() ? u"token"_s : u"design"_s};
    for (const Filter &filter : dashboard->filters) {
        if (!editable(filter))
            continue;
        parts << filter.id << filter.label << QString::number(int(filter.expression));
        if (const auto choices = m_controller->filterChoices(filter.id)) {
            for (const QVariant &choice : *choices)
                parts << valueText(choice);
        } else {
            parts << u"denied:"_s + m_controller->choicesDenied(filter.id);
        }
    }
    for (const Parameter &parameter : dashboard->parameters) {
        parts << parameter.id << parameter.label << parameter.name
              << QString::number(int(parameter.type));
        for (const QVariant &value : parameter.allowedValues)
            parts << valueText(value);
    }
    return parts.join(QChar(0x1f));
}

void FilterBar::clearControls()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *widget = item->widget(); widget && widget != m_reset) {
            // Later, not now: this may run in a signal of one of them. Unnamed at once, so that
            // the new controls are the ones found by name.
            widget->hide();
            widget->setObjectName(QString());
            for (QWidget *child : widget->findChildren<QWidget *>())
                child->setObjectName(QString());
            widget->deleteLater();
        }
        delete item;
    }
    m_controls = 0;
}

QLabel *FilterBar::caption(const QString &text, const QString &toolTip)
{
    auto *label = new QLabel(text, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setToolTip(toolTip);
    m_layout->addWidget(label);
    return label;
}

void FilterBar::rebuild()
{
    const Dashboard *dashboard = shownDashboard(m_document, m_controller);
    // A viewer denied the whole dashboard is offered nothing of it (nor is the web component).
    const bool denied = !m_controller->dashboardDenial().isEmpty();
    const QString structure = denied ? QString() : this->structure();
    if (structure != m_structure) {
        m_structure = structure;
        clearControls();
        if (dashboard && !denied) {
            const bool tokenView = m_controller->claims().has_value();
            bool filters = false;
            for (const Filter &filter : dashboard->filters) {
                // The web component leaves out a filter whose choices this viewer may not read.
                if (!editable(filter) || !m_controller->choicesDenied(filter.id).isEmpty())
                    continue;
                if (!filters) {
                    caption(tr("Filters"),
                            tokenView ? tr("What this tenant's viewer can pick in the embedded "
                                           "dashboard, with the choices the tenant is offered. "
                                           "Your picks are this session's only: they are not "
                                           "saved in the project.")
                                      : tr("The dashboard's viewer-editable filters, as a viewer "
                                           "of the embedded dashboard picks them. Your picks are "
                                           "this session's only: they are not saved in the "
                                           "project."));
                    filters = true;
                }
                addFilter(filter);
            }
            if (!dashboard->parameters.isEmpty()) {
                caption(tokenView ? tr("Parameters (token)") : tr("Parameters (design view)"),
                        tokenView ? tr("In a tenant preview the token's overrides set the "
                                       "parameters, else their defaults.")
                                  : tr("The values the design view uses instead of the defaults, "
                                       "for this session only: not saved in the project, and "
                                       "never used for a tenant."));
                for (const Parameter &parameter : dashboard->parameters)
                    addParameter(parameter, tokenView);
            }
        }
        m_layout->addWidget(m_reset);
    }
    updateValues();
    // New controls, or new texts in them: the bar's height on the canvas may differ.
    Q_EMIT controlsChanged();
}

void FilterBar::addLabelled(QLabel *label, QWidget *control)
{
    auto *labelled = new QWidget(this);
    auto *row = new QHBoxLayout(labelled);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(label);
    row->addWidget(control);
    label->setBuddy(control);
    m_layout->addWidget(labelled);
    ++m_controls;
}

QVariant FilterBar::shownFilterValue(const Filter &filter) const
{
    const QHash<QString, QVariant> own = m_controller->filterValues();
    if (own.contains(filter.id))
        return own.value(filter.id);
    // The engine's: an initialization filter of the token, else the filter's own value.
    const QHash<QString, QVariant> &resolved = m_controller->editableFilterValues();
    return resolved.contains(filter.id) ? resolved.value(filter.id) : filter.value;
}

void FilterBar::addFilter(const Filter &filter)
{
    const QString name = filterName(filter, m_document->project());
    auto *label = new QLabel(name + u':', this);
    const std::optional<QVariantList> choices = m_controller->filterChoices(filter.id);
    const QString tip = tr("Choices: the values of the column this viewer may read. Not saved in "
                           "the project; Reset returns to the filter's initial value.");
    const QString id = filter.id;
    QWidget *control = nullptr;
    if (isList(filter.expression)) {
        // Several values, as the web component's list: the menu stays open while they are ticked.
        auto *button = new QPushButton(this);
        button->setMinimumWidth(110);
        auto *menu = new QMenu(button);
        auto *list = new QListWidget(menu);
        list->setObjectName(u"choices"_s);
        list->setMinimumWidth(220);
        for (const QVariant &choice : choices.value_or(QVariantList())) {
            auto *item = new QListWidgetItem(valueText(choice), list);
            item->setData(Qt::UserRole, choice);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setMaximumHeight(std::min(320, 24 * std::max<int>(2, list->count()) + 6));
        auto *action = new QWidgetAction(menu);
        action->setDefaultWidget(list);
        menu->addAction(action);
        button->setMenu(menu);
        connect(list, &QListWidget::itemChanged, this, [this, id, list] {
            QVariantList values;
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    values.append(list->item(i)->data(Qt::UserRole));
            }
            m_controller->setFilterValue(id, values);
        });
        control = button;
    } else if (filter.expression == FilterExpression::Between) {
        // From and to; the filter holds only when both are picked.
        auto *range = new QWidget(this);
        auto *row = new QHBoxLayout(range);
        row->setContentsMargins(0, 0, 0, 0);
        auto *from = new QComboBox(range);
        auto *to = new QComboBox(range);
        from->setObjectName(u"from"_s);
        to->setObjectName(u"to"_s);
        for (QComboBox *combo : {from, to}) {
            fillCombo(combo, tr("Any"), choices.value_or(QVariantList()));
            row->addWidget(combo);
            connect(combo, &QComboBox::activated, this, [this, id, from, to] {
                const QVariant a = from->currentData();
                const QVariant b = to->currentData();
                m_controller->setFilterValue(
                        id, unset(a) || unset(b) ? QVariant() : QVariant(QVariantList{a, b}));
            });
        }
        row->insertWidget(1, new QLabel(tr("to"), range));
        control = range;
    } else {
        auto *combo = new QComboBox(this);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        fillCombo(combo, tr("All"), choices.value_or(QVariantList()));
        connect(combo, &QComboBox::activated, this,
                [this, id, combo] { m_controller->setFilterValue(id, combo->currentData()); });
        control = combo;
    }
    control->setObjectName(u"filter_"_s + filter.id);
    control->setToolTip(choices ? tip : tr("Reading the choices…"));
    control->setEnabled(choices.has_value());
    addLabelled(label, control);
}

void FilterBar::addParameter(const Parameter &parameter, bool tokenView)
{
    auto *label = new QLabel((parameter.label.isEmpty() ? parameter.name : parameter.label) + u':',
                             this);
    const QString id = parameter.id;
    QWidget *control = nullptr;
    if (!parameter.allowedValues.isEmpty()) {
        auto *combo = new QComboBox(this);
        for (const QVariant &value : parameter.allowedValues)
            combo->addItem(valueText(value), value);
        connect(combo, &QComboBox::activated, this, [this, id, combo] {
            m_controller->setDesignParameterValue(id, combo->currentData());
        });
        control = combo;
    } else if (parameter.type == ColumnType::Boolean) {
        auto *check = new QCheckBox(this);
        connect(check, &QCheckBox::clicked, this,
                [this, id](bool on) { m_controller->setDesignParameterValue(id, on); });
        control = check;
    } else {
        auto *edit = new QLineEdit(this);
        edit->setMinimumWidth(100);
        edit->setMaximumWidth(220);
        const ColumnType type = parameter.type;
        if (type == ColumnType::Date)
            edit->setPlaceholderText(tr("YYYY-MM-DD"));
        connect(edit, &QLineEdit::editingFinished, this, [this, id, edit, type] {
            // Typed text becomes a value of the parameter's type, or is refused where it is.
            const std::optional<QVariant> value = coerceValue(edit->text().trimmed(), type);
            if (!value) {
                edit->setStyleSheet(u"QLineEdit { border: 1px solid #c01c28; }"_s);
                edit->setToolTip(tr("Not a valid %1 value").arg(columnTypeName(type)));
                return;
            }
            edit->setStyleSheet(QString());
            m_controller->setDesignParameterValue(id, *value);
        });
        control = edit;
    }
    control->setObjectName(u"parameter_"_s + parameter.id);
    addLabelled(label, control);
    // The token's value wins in a tenant preview: shown, not editable (updateValues says why).
    control->setEnabled(!tokenView);
}

void FilterBar::updateValues()
{
    const Dashboard *dashboard = shownDashboard(m_document, m_controller);
    m_reset->setEnabled(
            !m_controller->filterValues().isEmpty()
            || (!m_controller->claims() && !m_controller->designParameterValues().isEmpty()));
    if (!dashboard)
        return;
    for (const Filter &filter : dashboard->filters) {
        QWidget *control = findChild<QWidget *>(u"filter_"_s + filter.id);
        if (!control)
            continue;
        const QVariant value = shownFilterValue(filter);
        if (auto *button = qobject_cast<QPushButton *>(control)) {
            auto *list = button->menu()->findChild<QListWidget *>(u"choices"_s);
            const QVariantList picked = value.toList();
            const QSignalBlocker blocker(list);
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(picked.contains(list->item(i)->data(Qt::UserRole))
                                                     ? Qt::Checked
                                                     : Qt::Unchecked);
            button->setText(picked.isEmpty() ? tr("All")
                                    : picked.size() == 1
                                    ? valueText(picked.constFirst())
                                    : tr("%n selected", nullptr, int(picked.size())));
        } else if (auto *combo = qobject_cast<QComboBox *>(control)) {
            selectInCombo(combo, value);
        } else {
            const QVariantList pair = value.toList();
            selectInCombo(control->findChild<QComboBox *>(u"from"_s), pair.value(0));
            selectInCombo(control->findChild<QComboBox *>(u"to"_s), pair.value(1));
        }
    }
    const bool tokenView = m_controller->claims().has_value();
    const QHash<QString, QVariant> designValues = m_controller->designParameterValues();
    for (const Parameter &parameter : dashboard->parameters) {
        QWidget *control = findChild<QWidget *>(u"parameter_"_s + parameter.id);
        if (!control)
            continue;
        QVariant value = parameter.defaultValue;
        ResolvedParameter::Source source = ResolvedParameter::Source::Default;
        for (const ResolvedParameter &resolved : m_controller->parameters()) {
            if (resolved.parameterId == parameter.id) {
                value = resolved.value;
                source = resolved.source;
            }
        }
        if (!tokenView && designValues.contains(parameter.id)) {
            value = designValues.value(parameter.id);
            source = ResolvedParameter::Source::DesignValue;
        }
        if (tokenView && source == ResolvedParameter::Source::DesignValue) // never, but say so
            source = ResolvedParameter::Source::Default;
        if (auto *combo = qobject_cast<QComboBox *>(control)) {
            selectInCombo(combo, value);
        } else if (auto *check = qobject_cast<QCheckBox *>(control)) {
            const QSignalBlocker blocker(check);
            check->setChecked(value.toBool());
        } else if (auto *edit = qobject_cast<QLineEdit *>(control); edit && !edit->hasFocus()) {
            edit->setText(valueText(value));
            edit->setStyleSheet(QString());
        }
        QString tip;
        if (tokenView)
            tip = source == ResolvedParameter::Source::Token
                    ? tr("The token sets this value (parameter_overrides): a tenant preview "
                         "shows what the tenant gets, so it cannot be changed here.")
                    : tr("The token does not override this parameter: its default applies. A "
                         "tenant preview never uses the design view's value.");
        else
            tip = source == ResolvedParameter::Source::DesignValue
                    ? tr("The design view's value for this session, instead of the default "
                         "(%1). Not saved in the project; tokens never use it.")
                              .arg(valueText(parameter.defaultValue))
                    : tr("The parameter's default. Change it to see the dashboard with another "
                         "value; it is not saved in the project, and tokens never use it.");
        control->setToolTip(tip);
    }
}

} // namespace Dashwright
