#pragma once

#include "actions/actionresult.h"

#include <QDialog>

class QPushButton;
class QTableView;

namespace InviteDesk {

class WithdrawalPreviewModel;

// The one confirmation of a bulk withdrawal: who goes (name, age), how many, which of
// them are recent, and what it costs (no re-invite for the cooldown). Cancel is the
// default button.
class BulkWithdrawDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit BulkWithdrawDialog(const WithdrawalPreview &preview, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BulkWithdrawDialog)

    WithdrawalPreviewModel *preview() const { return m_preview; }
    QTableView *list() const { return m_list; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QString summaryText() const;

private:
    WithdrawalPreviewModel *m_preview;
    QTableView *m_list;
    QPushButton *m_withdraw;
    QString m_summary;
};

} // namespace InviteDesk
