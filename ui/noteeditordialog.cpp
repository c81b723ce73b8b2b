#include "ui/noteeditordialog.h"

#include "core/domainrules.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace InviteDesk {

NoteEditorDialog::NoteEditorDialog(const Person &person, int maxChars, QWidget *parent)
    : QDialog(parent), m_maxChars(maxChars)
{
    setWindowTitle(tr("Invite %1").arg(person.name));
    auto *intro = new QLabel(
        tr("Add a note to your invitation to <b>%1</b> (optional).").arg(person.name.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    m_editor = new QPlainTextEdit(this);
    m_editor->setAccessibleName(tr("Note to %1").arg(person.name));
    m_editor->setTabChangesFocus(true);
    intro->setBuddy(m_editor);
    m_counter = new QLabel(this);
    m_counter->setAlignment(Qt::AlignRight);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *send = m_buttons->addButton(tr("&Send invitation"), QDialogButtonBox::AcceptRole);
    send->setAccessibleName(tr("Send invitation to %1").arg(person.name));
    send->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NoteEditorDialog::updateCounter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor);
    layout->addWidget(m_counter);
    layout->addWidget(m_buttons);
    resize(460, 280);
    updateCounter();
}

std::optional<QString> NoteEditorDialog::note() const
{
    const QString text = m_editor->toPlainText().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

bool NoteEditorDialog::canSend() const
{
    return codePointCount(m_editor->toPlainText().trimmed()) <= m_maxChars;
}

void NoteEditorDialog::updateCounter()
{
    const auto used = codePointCount(m_editor->toPlainText().trimmed());
    const bool fits = used <= m_maxChars;
    const QLocale locale;
    const QString usedText = locale.toString(used);
    const QString maxText = locale.toString(m_maxChars);
    m_counter->setText(fits ? tr("%1 / %2", "characters used / allowed").arg(usedText, maxText)
                            : tr("%1 / %2 — %Ln too many", "characters used / allowed",
                                 static_cast<int>(used - m_maxChars))
                                  .arg(usedText, maxText));
    m_counter->setAccessibleName(tr("Note length: %1 of %Ln character(s)", nullptr, m_maxChars).arg(usedText));
    QPalette palette = m_counter->palette();
    palette.setColor(QPalette::WindowText, fits ? this->palette().color(QPalette::WindowText) : QColor(0xc0, 0x1c, 0x28));
    m_counter->setPalette(palette);
    for (auto *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(fits);
    }
}

} // namespace InviteDesk
