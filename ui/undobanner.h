#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace InviteDesk {

// A strip floating over the bottom of its parent (the lists' area), so showing or
// hiding it never moves the rows under the pointer. One line offers Undo for the last
// action ("Invitation to NAME withdrawn — Undo") until the action layer ends its undo
// window; one announces the day's automatic withdrawal with Review and Skip today; one
// tells why a queued action ended differently, until dismissed. A message never takes
// the Undo or the announcement away.
class UndoBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit UndoBanner(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(UndoBanner)

    // The list whose bottom edge it covers (the buttons under a list stay free); the
    // parent's whole area when none.
    void setAnchor(QWidget *anchor);

    // Shows `text` with an Undo button; undoRequested() if it is pressed.
    void showUndo(const QString &text);
    // The undo window ended (time is up, or the action left): no more Undo.
    void endUndo();
    // The automatic withdrawal to come, with Review and Skip today, until it ends.
    void showAnnouncement(const QString &text);
    void endAnnouncement();
    void showMessage(const QString &text);
    // What the banner says now, the undo line first.
    QString text() const;
    bool isUndoOffered() const;
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *skipButton() const { return m_skip; }

Q_SIGNALS:
    void undoRequested();
    void reviewRequested();
    void skipRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Along the parent's bottom edge, as tall as the text needs.
    void place();
    void announce(QLabel *label);
    void hideIfEmpty();
    void makeOpaque();

    QLabel *m_undoText;
    QLabel *m_announcement;
    QLabel *m_message;
    QPushButton *m_undo;
    QPushButton *m_review;
    QPushButton *m_skip;
    QPushButton *m_close;
    QPointer<QWidget> m_anchor;
};

} // namespace InviteDesk
