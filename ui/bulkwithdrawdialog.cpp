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

namespace InviteDesk {

BulkWithdrawDialog::BulkWithdrawDialog(const WithdrawalPreview &preview, QWidget *parent) : QDialog(parent)
{
    const QLocale locale;
    const auto &rows = preview.rows;
    const auto &rules = preview.rules;
    const int count = static_cast<int>(rows.size());
    setWindowTitle(tr("Withdraw %Ln invitation(s)?", nullptr, count));
    m_preview = new WithdrawalPreviewModel(rows, preview.now, rules, this);

    const QString until = locale.toString(preview.reinviteAvailableAt.toLocalTime().date(), QLocale::LongFormat);
    // Sentences of their own: each has its own number to agree with.
    QStringList sentences{tr("%Ln invitation(s) will be withdrawn.", nullptr, count),
                          tr("Nobody is told. You cannot invite any of these people again for %Ln day(s) (until %1).",
                             nullptr, rules.reinviteCooldownDays)
                              .arg(until)};
    m_summary = sentences.join(u' ');
    if (const int recent = preview.recentCount; recent > 0)
        m_summary += u'\n'
                     + tr("⚠ %1 of them were sent less than %Ln day(s) ago (marked \"Recent\"); most people answer "
                          "within a few weeks.",
                          nullptr, rules.courtesyDays)
                           .arg(locale.toString(recent));
    auto *summary = new QLabel(m_summary, this);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_list = new QTableView(this);
    m_list->setModel(m_preview);
    m_list->setAccessibleName(tr("Invitations to withdraw"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    if (auto *corner = m_list->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Corner"));
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_list->horizontalHeader()->setSectionResizeMode(WithdrawalPreviewModel::NameColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->resizeSection(WithdrawalPreviewModel::SentColumn, 140);
    m_list->horizontalHeader()->resizeSection(WithdrawalPreviewModel::RecentColumn, 100);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_withdraw = buttons->addButton(tr("&Withdraw %Ln invitation(s)", nullptr, count), QDialogButtonBox::AcceptRole);
    m_withdraw->setAccessibleName(tr("Withdraw %Ln invitation(s)", nullptr, count));
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
