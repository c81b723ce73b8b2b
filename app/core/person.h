#pragma once

#include <QString>

namespace InviteDesk {

// Someone on the network: the other party of an invitation, a connection, a suggestion.
struct Person
{
    QString id;
    QString name;
    QString headline;
    QString company;
    QString location; // empty when unknown

    friend bool operator==(const Person &, const Person &) = default;
};

} // namespace InviteDesk
