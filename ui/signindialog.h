#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;

namespace InviteDesk {

// Server address, user name and password. The caller tries them and, if the server
// says no, shows the dialog again with the reason.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SignInDialog)

    void setServerUrl(const QUrl &url);
    void setUsername(const QString &name);
    void setError(const QString &message);
    // Shown when tokens cannot be kept (no keyring): the user knows before signing in.
    void setNotice(const QString &message);

    QUrl serverUrl() const;
    QString username() const;
    QString password() const;

    void accept() override;

private:
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_error;
    QLabel *m_notice;
};

} // namespace InviteDesk
