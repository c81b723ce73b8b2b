#include "ui/preferencesdialog.h"

#include "session/appsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace InviteDesk {

PreferencesDialog::PreferencesDialog(AppSettings &settings, int courtesyDays, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(u"Preferences"_s);
    m_undoSeconds = new QSpinBox(this);
    m_undoSeconds->setRange(0, 60);
    m_undoSeconds->setSuffix(u" s"_s);
    m_undoSeconds->setValue(static_cast<int>(settings.undoWindow().count() / 1000));
    m_undoSeconds->setAccessibleName(u"Seconds to undo an action before it is sent"_s);
    m_confirmYoung = new QCheckBox(u"&Ask before withdrawing an invitation younger than %1 days"_s.arg(courtesyDays), this);
    m_confirmYoung->setChecked(settings.confirmYoungWithdrawals());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(u"&Undo time after an action:"_s, m_undoSeconds);
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
