#pragma once

#include <QByteArray>
#include <QString>

namespace InviteDesk::Test {

// Keeps what a program the tests started wrote (client, command line, server): appended
// to a file of this test process in $INVITEDESK_TEST_LOG_DIR when that is set, for the
// scan for tokens and passwords after all tests (tests/support/scan-logs.sh). Tests
// read a child's output themselves and only show it when they fail; this is the rest.
void keepChildLog(const QString &program, const QByteArray &output);

} // namespace InviteDesk::Test
