#include "core/invitationsearch.h"

#include <QStringTokenizer>

namespace InviteDesk {

bool matchesSearch(const Person &person, QStringView query)
{
    for (const auto word : QStringTokenizer(query, u' ', Qt::SkipEmptyParts)) {
        if (!person.name.contains(word, Qt::CaseInsensitive) && !person.headline.contains(word, Qt::CaseInsensitive)
            && !person.company.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace InviteDesk
