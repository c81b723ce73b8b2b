#pragma once

#include "core/clock.h"

namespace InviteDesk {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace InviteDesk
