#pragma once

#include <QFrame>
#include <QTimer>

#include <chrono>

class QLabel;
class QPushButton;

namespace InviteDesk {

// A strip above the lists: "Invitation to NAME withdrawn — Undo" for a few seconds, or
// a plain message (why a queued action ended differently) until dismissed.
class UndoBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit UndoBanner(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(UndoBanner)

    // Shows `text` with an Undo button for `window`; undoRequested() if it is pressed.
    void showUndo(const QString &text, std::chrono::milliseconds window);
    void showMessage(const QString &text);
    QString text() const;
    bool isUndoOffered() const;
    QPushButton *undoButton() const { return m_undo; }

Q_SIGNALS:
    void undoRequested();

private:
    QLabel *m_label;
    QPushButton *m_undo;
    QPushButton *m_close;
    QTimer m_timer;
};

} // namespace InviteDesk
