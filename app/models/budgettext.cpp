#include "models/budgettext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace InviteDesk {

QString describeWeeklyBudget(const AccountSnapshot &snapshot)
{
    const QString used = u"%1 of %2 invitations used this week"_s.arg(snapshot.weeklyInvitesUsed)
                             .arg(snapshot.weeklyInvitesLimit);
    if (!snapshot.nextInviteAllowedAt.isValid())
        return used;
    return u"%1 — you can send more from %2"_s.arg(
        used, QLocale().toString(snapshot.nextInviteAllowedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace InviteDesk
