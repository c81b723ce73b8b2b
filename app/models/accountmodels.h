#pragma once

#include "core/accountsnapshot.h"
#include "core/domainrules.h"
#include "core/invitation.h"
#include "core/invitationstats.h"
#include "core/result.h"
#include "models/invitationlist.h"

#include <QFutureWatcher>
#include <QObject>

#include <vector>

namespace InviteDesk {

class CacheStore;
class Clock;
class SuggestionListModel;

// What the window shows of one account, read from its cache: the Received, Sent and
// Withdrawn lists, the suggestions, the figures of My Network and the status bar, and
// the sent invitations the Stats page counts. Reads nothing until reload().
class AccountModels final : public QObject
{
    Q_OBJECT
public:
    AccountModels(CacheStore &cache, const Clock &clock, QObject *parent = nullptr);
    ~AccountModels() override;
    Q_DISABLE_COPY_MOVE(AccountModels)

    InvitationList &received() const { return *m_received; }
    InvitationList &sent() const { return *m_sent; }
    InvitationList &withdrawn() const { return *m_withdrawn; }
    SuggestionListModel &suggestions() const { return *m_suggestions; }
    const Clock &clock() const { return m_clock; }
    const DomainRules &rules() const;

    // Fills every list from the cache. A long list shows its newest rows and true size at
    // once and is read in full on a worker thread (InvitationList::isComplete()).
    void reload();
    // Each, or the sentence that says why the cache could not be read.
    Result<AccountSnapshot, QString> snapshot() const;
    // The Stats page's figures: every sent invitation in the state the user sees (a queued
    // withdrawal counts as withdrawn), as of now, months in `zone`.
    Result<InvitationStats, QString> sentStats(const QTimeZone &zone) const;

Q_SIGNALS:
    // The snapshot may have changed (invitations, the outbox or the account).
    void snapshotChanged();
    void invitationsChanged();
    // A list could not be read from the cache: what it shows may be out of date.
    void readFailed(const QString &message);

private:
    void reloadLists();
    void onListsRead();

    CacheStore &m_cache;
    const Clock &m_clock;
    InvitationList *m_received;
    InvitationList *m_sent;
    InvitationList *m_withdrawn;
    SuggestionListModel *m_suggestions;
    // The lists being read in full, and whether the cache changed again meanwhile.
    QFutureWatcher<CacheResult<std::vector<InvitationList::Contents>>> m_reading;
    bool m_readAgain = false;
};

} // namespace InviteDesk
