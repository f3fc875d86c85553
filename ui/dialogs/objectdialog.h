// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QLabel;

namespace Dashwright {

// What the dialogs that add or edit one document object share: a status line (test results,
// previews, refusals), and an OK that applies the dialog as one undo step or stays open saying
// why it cannot.
class ObjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ObjectDialog(QWidget *parent = nullptr);

    QString statusText() const;
    void accept() override;

protected:
    // Changes the document (and the keystore); false with *error when nothing could be applied.
    virtual bool apply(QString *error) = 0;

    QLabel *statusLabel() const { return m_status; }
    void showStatus(const QString &text, bool error);
    static QString newId();

private:
    QLabel *m_status;
};

} // namespace Dashwright
