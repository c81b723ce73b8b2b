#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cstring>
#include <string>

namespace InviteDesk::Test {

// Collects what QAbstractItemModelTester reports in Warning mode (category qt.modeltest);
// every message still reaches the handler installed before, unless told otherwise.
class ModelTestLog
{
public:
    explicit ModelTestLog(bool forward = true) : m_forward(forward)
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&ModelTestLog::handle);
    }
    ~ModelTestLog()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    Q_DISABLE_COPY_MOVE(ModelTestLog)

    const QStringList &messages() const { return m_messages; }
    std::string report() const { return m_messages.join(u'\n').toStdString(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        ModelTestLog *log = s_current;
        if (!log)
            return;
        // The tester's failures are warnings; its debug chatter is not a failure.
        if (type != QtDebugMsg && type != QtInfoMsg && context.category
            && std::strcmp(context.category, "qt.modeltest") == 0) {
            log->m_messages.append(message);
            if (!log->m_forward)
                return;
        }
        if (log->m_previous)
            log->m_previous(type, context, message);
    }

    static inline ModelTestLog *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    bool m_forward;
    QStringList m_messages;
};

} // namespace InviteDesk::Test
