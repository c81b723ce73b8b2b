#include "cli/invitationprinter.h"

#include "core/csv.h"
#include "core/wirecodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace InviteDesk::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InviteDesk::Cli::InvitationPrinter)
};

QStringList headers()
{
    return {Text::tr("ID"), Text::tr("AGE"), Text::tr("STATE"), Text::tr("NAME"), Text::tr("COMPANY"),
            Text::tr("HEADLINE")};
}

} // namespace

InvitationPrinter::InvitationPrinter(const DomainRules &rules, const QDateTime &now)
    : m_rules(rules)
    , m_now(now)
{
}

QList<QStringList> InvitationPrinter::cells(const QList<CachedInvitation> &rows) const
{
    QList<QStringList> out;
    out.reserve(rows.size());
    for (const CachedInvitation &row : rows) {
        const Invitation &invitation = row.invitation;
        out.append({invitation.id, Text::tr("%n day(s)", nullptr, ageInDays(invitation.sentAt, m_now)),
                    toWireString(invitation.state) + (row.actionQueued ? Text::tr(" (queued)") : QString()),
                    invitation.person.name, invitation.person.company, invitation.person.headline});
    }
    return out;
}

QByteArray InvitationPrinter::print(const QList<CachedInvitation> &rows, CliOptions::Format format) const
{
    switch (format) {
    case CliOptions::Format::Table:
        return table(rows);
    case CliOptions::Format::Csv:
        return csvDocument(QList<QStringList>{headers()} + cells(rows));
    case CliOptions::Format::Json:
        return json(rows);
    }
    return {};
}

QByteArray InvitationPrinter::table(const QList<CachedInvitation> &rows) const
{
    const QList<QStringList> body = cells(rows);
    const QStringList head = headers();
    QList<qsizetype> widths;
    for (const QString &title : head)
        widths.append(title.size());
    for (const QStringList &line : body) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    QString out;
    const auto append = [&](const QStringList &line) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i)
            text += i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i) + 2) : line.at(i);
        out += text.trimmed() + u'\n';
    };
    append(head);
    for (const QStringList &line : body)
        append(line);
    out += Text::tr("%n invitation(s)", nullptr, static_cast<int>(rows.size())) + u'\n';
    return out.toUtf8();
}

QByteArray InvitationPrinter::json(const QList<CachedInvitation> &rows) const
{
    QJsonArray items;
    for (const CachedInvitation &row : rows) {
        // The API's own form of an invitation, plus what the cache knows on top.
        QJsonObject object = Wire::encode(row.invitation);
        object.insert(u"age_days"_s, ageInDays(row.invitation.sentAt, m_now));
        object.insert(u"action_queued"_s, row.actionQueued);
        if (row.invitation.state == InvitationState::Withdrawn)
            object.insert(u"reinvite_available_at"_s,
                          Wire::formatTimestamp(m_rules.reinviteAvailableAt(row.changedAt)));
        items.append(object);
    }
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

} // namespace InviteDesk::Cli
