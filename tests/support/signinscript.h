#pragma once

// Plays the user at the sign-in dialog (ui/signindialog.h), found through its
// accessible field names as a screen reader would. Header-only: the tests that use it
// link the widgets.
#include "ui/signindialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QString>
#include <QTimer>

#include <utility>

namespace InviteDesk::Test {

inline QLineEdit *field(QWidget *dialog, const QString &accessibleName)
{
    for (auto *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

inline QString visibleError(QWidget *dialog)
{
    for (auto *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("wrong")))
            return label->text();
    }
    return {};
}

// Plays the user at the sign-in dialog from the event loop (the dialog runs its own):
// one attempt per entry of `attempts`, the next one once the previous error shows.
struct SignInScript
{
    QList<std::pair<QString, QString>> attempts;
    QTimer poll;
    QString prefilledServer;
    QString errorShown;
    int made = 0;

    explicit SignInScript(QList<std::pair<QString, QString>> userAndPassword) : attempts(std::move(userAndPassword))
    {
        QObject::connect(&poll, &QTimer::timeout, &poll, [this] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            if (!dialog || made >= attempts.size())
                return;
            if (made == 0)
                prefilledServer = field(dialog, QStringLiteral("Server address"))->text();
            else if (visibleError(dialog).isEmpty())
                return;
            else
                errorShown = visibleError(dialog);
            field(dialog, QStringLiteral("User name"))->setText(attempts[made].first);
            field(dialog, QStringLiteral("Password"))->setText(attempts[made].second);
            ++made;
            dialog->accept();
        });
        poll.start(20);
    }
};

} // namespace InviteDesk::Test
