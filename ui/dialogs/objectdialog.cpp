// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectdialog.h"

#include <QLabel>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Dashwright {

ObjectDialog::ObjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(this))
{
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QString ObjectDialog::statusText() const
{
    return m_status->text();
}

void ObjectDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // Red, as people expect of an error; the text says it in words too.
    m_status->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

QString ObjectDialog::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ObjectDialog::accept()
{
    QString error;
    if (!apply(&error)) {
        showStatus(error, true);
        return;
    }
    QDialog::accept();
}

} // namespace Dashwright
