#pragma once

#include "cache/cacheerror.h"
#include "core/accountsnapshot.h"
#include "core/clock.h"
#include "core/domainrules.h"
#include "core/suggestion.h"

#include <QObject>

#include <optional>

namespace InviteDesk {

class CacheDatabase;

// The account in the cache: who it is, the server's rules, the weekly budget, the
// connection count and the people suggested to invite, and the figures My Network and
// the status bar show (the snapshot).
class AccountStore final : public QObject
{
    Q_OBJECT
public:
    AccountStore(CacheDatabase &db, const Clock &clock, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AccountStore)

    // The server's rules as it last published them (the product's defaults before the
    // first answer); every date and check of the client uses these, offline too.
    const DomainRules &rules() const { return m_rules; }
    // Counting pending invitations reads every row (~40 ms at 100,000): the window has
    // them counted in its lists already and asks without.
    enum class PendingCounts { Counted, Skipped };
    CacheResult<AccountSnapshot> snapshot(PendingCounts counts = PendingCounts::Counted) const;
    CacheResult<QList<Suggestion>> suggestions() const;

    // `rules`: what the server published (nullopt from an older server: keep ours).
    bool saveAccount(const QString &userName, int weeklyUsed, int weeklyLimit,
                     const std::optional<DomainRules> &rules, QString *error);
    bool saveSuggestions(const QList<Suggestion> &suggestions, QString *error);
    bool saveConnectionCount(int count, QString *error);
    // What the app does once a day for the account, and when it last did it (invalid
    // before the first time): in the cache beside the outbox, so it is the account's and
    // survives a crash.
    enum class DailyTask { AutoWithdrawal, ExpiryReminder };
    CacheResult<QDateTime> lastDone(DailyTask task) const;
    bool saveLastDone(DailyTask task, const QDateTime &time, QString *error);

    // Inside the outbox's transactions: a person invited leaves the suggestions, and
    // comes back when that invitation is taken back or refused.
    bool dropSuggestion(const QString &personId, QString *error);
    bool restoreSuggestion(const QString &placeholderInvitationId, QString *error);
    void announceChanged() { Q_EMIT accountChanged(); }
    // Another process wrote the cache: reads the rules again and says what changed.
    void reloadAfterChangeElsewhere();

Q_SIGNALS:
    void accountChanged();
    // The server's rules changed: dates and checks that depend on them are stale.
    void rulesChanged();

private:
    void loadRules();

    CacheDatabase &m_db;
    const Clock &m_clock;
    DomainRules m_rules;
};

} // namespace InviteDesk
