#include "ui/bulkwithdrawdialog.h"

#include "models/withdrawalpreviewmodel.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace InviteDesk {

BulkWithdrawDialog::BulkWithdrawDialog(const WithdrawalPreview &preview, QWidget *parent) : QDialog(parent)
{
    const QLocale locale;
    const auto &rows = preview.rows;
    const auto &rules = preview.rules;
    const QString count = locale.toString(rows.size());
    setWindowTitle(rows.size() == 1 ? u"Withdraw 1 invitation?"_s : u"Withdraw %1 invitations?"_s.arg(count));
    m_preview = new WithdrawalPreviewModel(rows, preview.now, rules, this);

    const QString until = locale.toString(preview.reinviteAvailableAt.toLocalTime().date(), QLocale::LongFormat);
    m_summary = rows.size() == 1 ? u"1 invitation will be withdrawn."_s
                                 : u"%1 invitations will be withdrawn."_s.arg(count);
    m_summary += u" Nobody is told. You cannot invite any of these people again for %1 days (until %2)."_s
                     .arg(rules.reinviteCooldownDays)
                     .arg(until);
    if (const int recent = preview.recentCount; recent > 0)
        m_summary += u"\n⚠ %1 of them were sent less than %2 days ago (marked \"Recent\"); most people answer within a few weeks."_s
                         .arg(locale.toString(recent))
                         .arg(rules.courtesyDays);
    auto *summary = new QLabel(m_summary, this);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_list = new QTableView(this);
    m_list->setModel(m_preview);
    m_list->setAccessibleName(u"Invitations to withdraw"_s);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    if (auto *corner = m_list->findChild<QAbstractButton *>())
        corner->setAccessibleName(u"Corner"_s);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_list->horizontalHeader()->setSectionResizeMode(WithdrawalPreviewModel::NameColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->resizeSection(WithdrawalPreviewModel::SentColumn, 140);
    m_list->horizontalHeader()->resizeSection(WithdrawalPreviewModel::RecentColumn, 100);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_withdraw = buttons->addButton(rows.size() == 1 ? u"&Withdraw 1"_s : u"&Withdraw %1"_s.arg(count),
                                    QDialogButtonBox::AcceptRole);
    m_withdraw->setAccessibleName(u"Withdraw %1 invitations"_s.arg(count));
    m_withdraw->setAutoDefault(false);
    auto *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 460);
    cancel->setFocus();
}

QString BulkWithdrawDialog::summaryText() const
{
    return m_summary;
}

} // namespace InviteDesk
