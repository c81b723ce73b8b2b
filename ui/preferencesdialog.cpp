#include "ui/preferencesdialog.h"

#include "session/appsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QSystemTrayIcon>

#include <algorithm>

namespace InviteDesk {

PreferencesDialog::PreferencesDialog(AppSettings &settings, int courtesyDays, int expiryDays, QWidget *parent)
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

    const auto automatic = settings.autoWithdrawal();
    m_autoWithdraw = new QCheckBox(
        tr("&Withdraw invitations automatically when they have been pending for more than"), this);
    m_autoWithdraw->setChecked(automatic.enabled);
    m_autoDays = new QSpinBox(this);
    // Never below the courtesy rule; an invitation past the expiry is gone by itself.
    m_autoDays->setRange(AppSettings::AutoWithdrawal::minimumDays,
                         std::max(AppSettings::AutoWithdrawal::minimumDays, expiryDays - 1));
    m_autoDays->setSuffix(tr(" days", "after the number"));
    m_autoDays->setValue(automatic.days);
    m_autoDays->setAccessibleName(tr("Days pending before an invitation is withdrawn automatically"));
    m_capped = new QCheckBox(tr("At &most"), this);
    m_capped->setChecked(automatic.capped);
    m_cap = new QSpinBox(this);
    m_cap->setRange(1, 1000);
    m_cap->setSuffix(tr(" a day", "invitations, after the number"));
    m_cap->setValue(automatic.cap);
    m_cap->setAccessibleName(tr("Most invitations withdrawn automatically in a day"));
    connect(m_autoWithdraw, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    connect(m_capped, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    updateEnabled();

    m_tray = new QCheckBox(tr("Show an icon in the system &tray; closing the window keeps InviteDesk syncing"), this);
    m_tray->setChecked(settings.trayIcon());
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->setEnabled(false);
        m_tray->setToolTip(tr("This desktop has no system tray."));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *automaticLine = new QHBoxLayout;
    automaticLine->addWidget(m_autoWithdraw);
    automaticLine->addWidget(m_autoDays);
    automaticLine->addStretch();
    auto *capLine = new QHBoxLayout;
    capLine->setContentsMargins(24, 0, 0, 0);
    capLine->addWidget(m_capped);
    capLine->addWidget(m_cap);
    capLine->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Undo time after an action:"), m_undoSeconds);
    form->addRow(m_confirmYoung);
    form->addRow(automaticLine);
    form->addRow(capLine);
    form->addRow(m_tray);
    form->addRow(buttons);
}

void PreferencesDialog::updateEnabled()
{
    const bool automatic = m_autoWithdraw->isChecked();
    m_autoDays->setEnabled(automatic);
    m_capped->setEnabled(automatic);
    m_cap->setEnabled(automatic && m_capped->isChecked());
}

void PreferencesDialog::accept()
{
    m_settings.setUndoWindow(std::chrono::seconds(m_undoSeconds->value()));
    m_settings.setConfirmYoungWithdrawals(m_confirmYoung->isChecked());
    if (m_tray->isEnabled())
        m_settings.setTrayIcon(m_tray->isChecked());
    m_settings.setAutoWithdrawal({m_autoWithdraw->isChecked(), m_autoDays->value(), m_capped->isChecked(),
                                  m_cap->value()});
    QDialog::accept();
}

} // namespace InviteDesk
