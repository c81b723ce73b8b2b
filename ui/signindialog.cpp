#include "ui/signindialog.h"

#include "session/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace InviteDesk {

SignInDialog::SignInDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign in to InviteDesk"));
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(u"https://invitations.example.com/api/v1"_s);
    m_server->setAccessibleName(tr("Server address"));
    m_username = new QLineEdit(this);
    m_username->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c01c28"_s);
    m_error->hide();
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void SignInDialog::setServerUrl(const QUrl &url)
{
    m_server->setText(url.toString());
}

void SignInDialog::setUsername(const QString &name)
{
    m_username->setText(name);
    if (!name.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInDialog::setNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

QUrl SignInDialog::serverUrl() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString SignInDialog::username() const
{
    return m_username->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::accept()
{
    QString error;
    if (!Session::isAcceptableServerUrl(serverUrl(), &error)) {
        setError(error);
        m_server->setFocus();
        return;
    }
    if (username().isEmpty() || password().isEmpty()) {
        setError(tr("Enter your user name and password."));
        (username().isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace InviteDesk
