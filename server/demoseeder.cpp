#include "server/demoseeder.h"

#include "core/clock.h"
#include "server/accountstore.h"
#include "server/databaseerror.h"
#include "server/ids.h"
#include "server/serverdatabase.h"
#include "server/statement.h"
#include "server/writetransaction.h"

#include <QRandomGenerator>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace InviteDesk::Server {

namespace {

// Names from many places, including right-to-left and non-Latin scripts, so every
// screen meets them early.
const QStringList firstNames{
    u"Ada"_s,    u"Amara"_s,  u"Björn"_s,  u"Chen"_s,  u"Dmitri"_s, u"Elif"_s,  u"Fatima"_s, u"Grace"_s,
    u"Hiroshi"_s, u"Ines"_s,  u"José"_s,   u"Kwame"_s, u"Lena"_s,   u"Łukasz"_s, u"Maya"_s,  u"Nadia"_s,
    u"Olu"_s,    u"Priya"_s,  u"Quentin"_s, u"Rosa"_s, u"Sanjay"_s, u"Tomás"_s, u"Uma"_s,    u"Viktor"_s,
    u"Wei"_s,    u"Ximena"_s, u"Yusuf"_s,  u"Zoë"_s,   u"محمد"_s,   u"李"_s,     u"Noa"_s,    u"Aoife"_s,
};
const QStringList lastNames{
    u"Abadi"_s,  u"Berg"_s,    u"Castillo"_s, u"Dubois"_s,  u"Eriksen"_s, u"Fischer"_s, u"García"_s,
    u"Hughes"_s, u"Ivanova"_s, u"Jensen"_s,   u"Kowalski"_s, u"Lindqvist"_s, u"Mensah"_s, u"Nakamura"_s,
    u"O'Brien"_s, u"Patel"_s,  u"Quinn"_s,    u"Rossi"_s,   u"Silva"_s,   u"Tanaka"_s,  u"Umar"_s,
    u"Varga"_s,  u"Wójcik"_s,  u"Nguyễn"_s,   u"Yilmaz"_s,  u"Zhang"_s,   u"العلي"_s,   u"Okafor"_s,
};
const QStringList headlines{
    u"Senior Software Engineer"_s, u"Product Manager"_s,      u"Data Scientist"_s,
    u"Engineering Manager"_s,      u"UX Researcher"_s,        u"Recruiter — Tech & Product"_s,
    u"Site Reliability Engineer"_s, u"Head of Marketing"_s,   u"Founder & CEO"_s,
    u"Qt/C++ Developer"_s,         u"Security Analyst"_s,     u"Solutions Architect"_s,
    u"Talent Partner"_s,           u"Mobile Developer (iOS)"_s, u"VP Sales, EMEA"_s,
    u"Embedded Systems Engineer"_s, u"Technical Writer"_s,    u"Machine Learning Engineer"_s,
};
const QStringList companies{
    u"Northwind Systems"_s, u"Blue Fjord AB"_s, u"Acme Robotics"_s,  u"Lumen Health"_s, u"Kestrel Labs"_s,
    u"Orbital Freight"_s,   u"Papaya Pay"_s,    u"Quanta Analytics"_s, u"Riverstone Bank"_s, u"Solace Games"_s,
    u"Tessellate"_s,        u"Umbra Security"_s, u"Verdant Energy"_s, u"Wavelength Media"_s, u"Zephyr Mobility"_s,
    u"Café & Código"_s,     u"Nordlicht GmbH"_s, u"Freelance"_s,
};
const QStringList locations{
    u"Berlin, Germany"_s, u"Lagos, Nigeria"_s,   u"São Paulo, Brazil"_s, u"Toronto, Canada"_s,
    u"Bengaluru, India"_s, u"Stockholm, Sweden"_s, u"Tokyo, Japan"_s,     u"Cairo, Egypt"_s,
    u"Warsaw, Poland"_s,  u"Austin, Texas"_s,    u"Remote"_s,            QString(),
};
const QStringList notes{
    u"Hi %1, we met at the Qt World Summit — would love to stay in touch."_s,
    u"Hello %1! I enjoyed your talk on embedded UIs. Let's connect."_s,
    u"Hi %1, I'm hiring for a C++ role on my team and thought of you."_s,
    u"%1, great working with you on the migration project 🚀"_s,
    u"Hi %1 — fellow alumni here. Happy to connect! 😊"_s,
};

struct PersonRow
{
    QString id;
    QString name;
};

} // namespace

DemoSeeder::DemoSeeder(ServerDatabase &database, const Clock &clock, const DomainRules &rules)
    : m_database(database)
    , m_clock(clock)
    , m_rules(rules)
{
}

std::optional<SeedSummary> DemoSeeder::seed(const SeedOptions &options, QString *error)
{
    if (options.sent < 0 || options.received < 0) {
        *error = u"--sent and --received must not be negative"_s;
        return std::nullopt;
    }
    QRandomGenerator random(options.seed);
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 dayMs = 24LL * 3600 * 1000;
    const auto pick = [&random](const QStringList &list) { return list.at(random.bounded(list.size())); };
    const auto randomName = [&]() -> QString { return pick(firstNames) + u' ' + pick(lastNames); };

    AccountStore accounts(m_database, m_clock);
    const auto user = accounts.addUser(options.username, options.password,
                                       Person{newId(u"per", random), QString(), pick(headlines), pick(companies),
                                              pick(locations)},
                                       error);
    if (!user)
        return std::nullopt;

    // Other accounts to sign in as and see the other side: the newest sent invitation
    // goes to the first, the newest received one comes from the second, the third is
    // a connection.
    SeedSummary summary;
    QList<PersonRow> counterparts;
    for (int i = 0; i < otherAccounts; ++i) {
        const QString name = randomName();
        const QString username = u"%1.demo%2"_s.arg(options.username).arg(i + 1);
        const auto account = accounts.addUser(
            username, options.password,
            Person{newId(u"per", random), name, pick(headlines), pick(companies), pick(locations)}, error);
        if (!account)
            return std::nullopt;
        counterparts.append({account->id, account->name});
    }
    const QStringList roles{u"you invited them"_s, u"they invited you"_s, u"a connection"_s};
    for (int i = 0; i < otherAccounts; ++i) {
        const bool hasRole = (i == 0 && options.sent > 0) || (i == 1 && options.received > 0) || i == 2;
        summary.otherUsers.append(u"%1.demo%2"_s.arg(options.username).arg(i + 1)
                                  + (hasRole ? u" ("_s + roles.at(i) + u')' : QString()));
    }

    const int connectionCount = std::max(12, (options.sent + options.received) / 4);
    const int suggestionPool = 60;
    const int peopleCount = options.sent + options.received + connectionCount + suggestionPool;

    WriteTransaction transaction(m_database);
    const QSqlDatabase &db = transaction.db();

    Statement seqQuery = prepareQuery(db, u"SELECT CAST(value AS BIGINT) FROM meta WHERE key = 'change_seq'"_s + m_database.forUpdate());
    execQuery(seqQuery);
    seqQuery.next();
    qint64 changeSeq = seqQuery.value(0).toLongLong();
    seqQuery.finish();

    Statement insertPerson = prepareQuery(db,
        u"INSERT INTO people(id, name, headline, company, location)"
        " VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''))"_s);
    QList<PersonRow> people;
    people.reserve(peopleCount);
    for (int i = 0; i < peopleCount; ++i) {
        const PersonRow person{newId(u"per", random), randomName()};
        insertPerson.addBindValue(person.id);
        insertPerson.addBindValue(person.name);
        insertPerson.addBindValue(pick(headlines));
        insertPerson.addBindValue(pick(companies));
        insertPerson.addBindValue(pick(locations));
        execQuery(insertPerson);
        people.append(person);
    }
    summary.people = peopleCount + otherAccounts + 1;

    Statement insertConnection = prepareQuery(db,
        u"INSERT INTO connections(person_a, person_b, connected_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
    const auto connect = [&](const QString &other, qint64 at) {
        const auto [first, second] = std::minmax(user->id, other);
        insertConnection.addBindValue(first);
        insertConnection.addBindValue(second);
        insertConnection.addBindValue(at);
        execQuery(insertConnection);
        ++summary.connections;
    };
    Statement insertInvitation = prepareQuery(db,
        u"INSERT INTO invitations(id, sender_id, invitee_id, state, message, sent_at, updated_at, expires_at,"
        " version, change_seq, created_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    Statement insertNotification = prepareQuery(db,
        u"INSERT INTO notifications(person_id, kind, invitation_id, actor_id, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    const auto notify = [&](const QString &to, const QString &kind, const QString &invitationId,
                            const QString &actor, qint64 at) {
        insertNotification.addBindValue(to);
        insertNotification.addBindValue(kind);
        insertNotification.addBindValue(invitationId);
        insertNotification.addBindValue(actor);
        insertNotification.addBindValue(at);
        execQuery(insertNotification);
    };

    // Ages are stratified over the spread, so even a handful of invitations covers
    // fresh, stale, near-expiry and expired.
    const auto seedInvitations = [&](int count, int firstPerson, bool sentByUser, const PersonRow &newestWith) {
        for (int i = 0; i < count; ++i) {
            const PersonRow &other = i == 0 ? newestWith : people.at(firstPerson + i);
            // The first one, the account's, is always from the last week, so it stays pending.
            const double ageDays = (i + random.generateDouble()) / count * (i == 0 ? std::min(spreadDays, 7 * count) : spreadDays);
            const qint64 sentAt = nowMs - static_cast<qint64>(ageDays * dayMs);
            const qint64 expiresAt = sentAt + m_rules.expiryDays * dayMs;
            const qint64 ageMs = nowMs - sentAt;
            const double roll = random.generateDouble();
            QString state = u"pending"_s;
            qint64 updatedAt = sentAt;
            if (expiresAt <= nowMs) {
                state = u"expired"_s;
                updatedAt = expiresAt;
            } else if (i == 0) {
                // The account's side of it stays visible: pending.
            } else if (roll < 0.12) {
                state = u"accepted"_s;
                updatedAt = sentAt + static_cast<qint64>(random.generateDouble() * std::min(ageMs, 30 * dayMs));
            } else if (roll < 0.20) {
                state = u"withdrawn"_s;
                updatedAt = nowMs - static_cast<qint64>(random.generateDouble() * std::min(ageMs, 40 * dayMs));
            } else if (roll < 0.26) {
                state = u"ignored"_s;
                updatedAt = sentAt + static_cast<qint64>(random.generateDouble() * std::min(ageMs, 10 * dayMs));
            }
            const QString id = newId(u"inv", random);
            const QString sender = sentByUser ? user->id : other.id;
            const QString invitee = sentByUser ? other.id : user->id;
            const bool withNote = random.bounded(10) < 6;
            insertInvitation.addBindValue(id);
            insertInvitation.addBindValue(sender);
            insertInvitation.addBindValue(invitee);
            insertInvitation.addBindValue(state);
            insertInvitation.addBindValue(withNote ? QVariant(pick(notes).arg(other.name.section(u' ', 0, 0)))
                                                   : QVariant(QMetaType(QMetaType::QString)));
            insertInvitation.addBindValue(sentAt);
            insertInvitation.addBindValue(updatedAt);
            insertInvitation.addBindValue(expiresAt);
            insertInvitation.addBindValue(state == u"pending" ? 1 : 2);
            ++changeSeq;
            insertInvitation.addBindValue(changeSeq); // change_seq
            insertInvitation.addBindValue(changeSeq); // created_seq
            execQuery(insertInvitation);

            if (state != u"withdrawn")
                notify(invitee, u"invitation_received"_s, id, sender, sentAt);
            if (state == u"accepted") {
                connect(other.id, updatedAt);
                notify(sender, u"invitation_accepted"_s, id, invitee, updatedAt);
            }
        }
    };
    seedInvitations(options.sent, 0, true, counterparts.at(0));
    seedInvitations(options.received, options.sent, false, counterparts.at(1));
    connect(counterparts.at(2).id, nowMs - 90 * dayMs);
    summary.sent = options.sent;
    summary.received = options.received;

    const int firstConnection = options.sent + options.received;
    for (int i = 0; i < connectionCount; ++i)
        connect(people.at(firstConnection + i).id, nowMs - static_cast<qint64>(random.bounded(3 * 365) + 1) * dayMs);

    Statement saveSeq = prepareQuery(db, u"UPDATE meta SET value = ? WHERE key = 'change_seq'"_s);
    saveSeq.addBindValue(QString::number(changeSeq));
    execQuery(saveSeq);
    transaction.commit();
    return summary;
}

} // namespace InviteDesk::Server
