#include "models/budgettext.h"

#include <QCoreApplication>
#include <QLocale>

namespace InviteDesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InviteDesk::BudgetText)
};

} // namespace

QString describeWeeklyBudget(const AccountSnapshot &snapshot)
{
    const QLocale locale;
    const QString used = locale.toString(snapshot.weeklyInvitesUsed);
    // The limit decides the plural: "1 of 100 invitations".
    if (!snapshot.nextInviteAllowedAt.isValid())
        return Text::tr("%1 of %Ln invitation(s) used this week", nullptr, snapshot.weeklyInvitesLimit).arg(used);
    return Text::tr("%1 of %Ln invitation(s) used this week — you can send more from %2", nullptr,
                    snapshot.weeklyInvitesLimit)
        .arg(used, locale.toString(snapshot.nextInviteAllowedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace InviteDesk
