#include "server/writetransaction.h"

#include "server/databaseerror.h"
#include "server/serverdatabase.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

WriteTransaction::WriteTransaction(ServerDatabase &database)
    : m_lock(database.writeMutex())
    , m_db(database.connection())
{
    execStatement(m_db, u"BEGIN IMMEDIATE"_s);
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

void WriteTransaction::commit()
{
    execStatement(m_db, u"COMMIT"_s);
    m_done = true;
}

} // namespace InviteDesk::Server
