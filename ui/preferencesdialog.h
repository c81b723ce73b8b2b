#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace InviteDesk {

class AppSettings;

// The undo window after an action, the courtesy question for recent invitations, and
// the automatic withdrawal of stale ones (its age never below the courtesy rule's 14
// days, nor past the server's expiry), and the tray icon (where the desktop has a tray).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(AppSettings &settings, int courtesyDays, int expiryDays, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

    void accept() override;

    QCheckBox *autoWithdrawBox() const { return m_autoWithdraw; }
    QSpinBox *autoWithdrawDaysBox() const { return m_autoDays; }
    QCheckBox *autoWithdrawCappedBox() const { return m_capped; }
    QSpinBox *autoWithdrawCapBox() const { return m_cap; }
    QCheckBox *trayIconBox() const { return m_tray; }

private:
    void updateEnabled();

    AppSettings &m_settings;
    QSpinBox *m_undoSeconds;
    QCheckBox *m_confirmYoung;
    QCheckBox *m_autoWithdraw;
    QSpinBox *m_autoDays;
    QCheckBox *m_capped;
    QSpinBox *m_cap;
    QCheckBox *m_tray;
};

} // namespace InviteDesk
