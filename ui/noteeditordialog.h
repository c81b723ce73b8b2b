#pragma once

#include "core/person.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace InviteDesk {

// Connect: an optional note with a live "N / 300" counter in code points (an emoji
// counts once, as the server counts it); Send stays disabled while the note is too long.
class NoteEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    NoteEditorDialog(const Person &person, int maxChars, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NoteEditorDialog)

    // Empty note: no message at all.
    std::optional<QString> note() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *counter() const { return m_counter; }
    bool canSend() const;

private:
    void updateCounter();

    int m_maxChars;
    QPlainTextEdit *m_editor;
    QLabel *m_counter;
    QDialogButtonBox *m_buttons;
};

} // namespace InviteDesk
