#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace InviteDesk {

// A strip floating over the bottom of its parent (the lists' area), so showing or
// hiding it never moves the rows under the pointer. One line offers Undo for the last action ("Invitation to
// NAME withdrawn — Undo") until the action layer ends its undo window; another tells
// why a queued action ended differently, until dismissed. A message never takes the
// Undo away.
class UndoBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit UndoBanner(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(UndoBanner)

    // Shows `text` with an Undo button; undoRequested() if it is pressed.
    void showUndo(const QString &text);
    // The undo window ended (time is up, or the action left): no more Undo.
    void endUndo();
    void showMessage(const QString &text);
    // What the banner says now, the undo line first.
    QString text() const;
    bool isUndoOffered() const;
    QPushButton *undoButton() const { return m_undo; }

Q_SIGNALS:
    void undoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Along the parent's bottom edge, as tall as the text needs.
    void place();
    void announce(QLabel *label);
    void hideIfEmpty();

    QLabel *m_undoText;
    QLabel *m_message;
    QPushButton *m_undo;
    QPushButton *m_close;
};

} // namespace InviteDesk
