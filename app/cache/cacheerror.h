#pragma once

#include "core/result.h"

#include <QString>

namespace InviteDesk {

// Why the cache could not be read or written, in one sentence for the user.
struct CacheError
{
    QString message;
};

// What a read of the cache gave, or why it could not: never an empty list in
// disguise.
template<typename T>
using CacheResult = Result<T, CacheError>;

} // namespace InviteDesk
