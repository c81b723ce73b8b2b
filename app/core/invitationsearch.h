#pragma once

#include "core/person.h"

#include <QStringView>

namespace InviteDesk {

// The search box's rule: every word of the query appears (case-insensitively) in the
// person's name, headline or company. An empty query matches everyone.
bool matchesSearch(const Person &person, QStringView query);

} // namespace InviteDesk
