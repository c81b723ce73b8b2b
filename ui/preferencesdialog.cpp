#include "ui/preferencesdialog.h"

#include "session/appsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace InviteDesk {

PreferencesDialog::PreferencesDialog(AppSettings &settings, int courtesyDays, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    m_undoSeconds = new QSpinBox(this);
    m_undoSeconds->setRange(0, 60);
    m_undoSeconds->setSuffix(tr(" s", "seconds, after the number"));
    m_undoSeconds->setValue(static_cast<int>(settings.undoWindow().count() / 1000));
    m_undoSeconds->setAccessibleName(tr("Seconds to undo an action before it is sent"));
    m_confirmYoung = new QCheckBox(
        tr("&Ask before withdrawing an invitation younger than %Ln day(s)", nullptr, courtesyDays), this);
    m_confirmYoung->setChecked(settings.confirmYoungWithdrawals());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Undo time after an action:"), m_undoSeconds);
    form->addRow(m_confirmYoung);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    m_settings.setUndoWindow(std::chrono::seconds(m_undoSeconds->value()));
    m_settings.setConfirmYoungWithdrawals(m_confirmYoung->isChecked());
    QDialog::accept();
}

} // namespace InviteDesk
