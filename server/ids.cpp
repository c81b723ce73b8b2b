#include "server/ids.h"

namespace InviteDesk::Server {

QString newId(QStringView prefix, QRandomGenerator &random)
{
    return prefix + u'_' + QString::number(random.generate64(), 16).rightJustified(16, u'0');
}

bool isWellFormedId(QStringView id)
{
    if (id.size() < 3 || id.size() > 64)
        return false;
    for (QChar c : id) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                             || c == u'_' || c == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace InviteDesk::Server
