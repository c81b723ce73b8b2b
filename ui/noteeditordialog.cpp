#include "ui/noteeditordialog.h"

#include "core/domainrules.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace InviteDesk {

NoteEditorDialog::NoteEditorDialog(const Person &person, int maxChars, QWidget *parent)
    : QDialog(parent), m_maxChars(maxChars)
{
    setWindowTitle(u"Invite %1"_s.arg(person.name));
    auto *intro = new QLabel(u"Add a note to your invitation to <b>%1</b> (optional)."_s.arg(person.name.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    m_editor = new QPlainTextEdit(this);
    m_editor->setAccessibleName(u"Note to %1"_s.arg(person.name));
    m_editor->setTabChangesFocus(true);
    intro->setBuddy(m_editor);
    m_counter = new QLabel(this);
    m_counter->setAlignment(Qt::AlignRight);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *send = m_buttons->addButton(u"&Send invitation"_s, QDialogButtonBox::AcceptRole);
    send->setAccessibleName(u"Send invitation to %1"_s.arg(person.name));
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
    m_counter->setText(fits ? u"%1 / %2"_s.arg(used).arg(m_maxChars)
                            : u"%1 / %2 — %3 too many"_s.arg(used).arg(m_maxChars).arg(used - m_maxChars));
    m_counter->setAccessibleName(u"Note length: %1 of %2 characters"_s.arg(used).arg(m_maxChars));
    QPalette palette = m_counter->palette();
    palette.setColor(QPalette::WindowText, fits ? this->palette().color(QPalette::WindowText) : QColor(0xc0, 0x1c, 0x28));
    m_counter->setPalette(palette);
    for (auto *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(fits);
    }
}

} // namespace InviteDesk
