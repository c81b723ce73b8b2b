#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace InviteDesk {

class AppSettings;

// The undo window after an action and the courtesy question for recent invitations.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(AppSettings &settings, int courtesyDays, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

    void accept() override;

private:
    AppSettings &m_settings;
    QSpinBox *m_undoSeconds;
    QCheckBox *m_confirmYoung;
};

} // namespace InviteDesk
