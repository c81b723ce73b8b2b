#pragma once

#include "api/apierror.h"
#include "core/result.h"

namespace InviteDesk {

// What a request gave, or why it did not.
template<typename T>
using ApiResult = Result<T, ApiError>;

} // namespace InviteDesk
