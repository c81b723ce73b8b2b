<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>InviteDesk::AgeText</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s) ago</source>
        <translation>
            <numerusform>%Ln week ago</numerusform>
            <numerusform>%Ln weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>%Ln month ago</numerusform>
            <numerusform>%Ln months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>%Ln year ago</numerusform>
            <numerusform>%Ln years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::ApiClient</name>
    <message>
        <source>The server sent a reply InviteDesk cannot read (%1).</source>
        <translation>The server sent a reply InviteDesk cannot read (%1).</translation>
    </message>
    <message>
        <source>The server could not read the request InviteDesk sent.</source>
        <translation>The server could not read the request InviteDesk sent.</translation>
    </message>
    <message>
        <source>The server did not accept the request InviteDesk sent.</source>
        <translation>The server did not accept the request InviteDesk sent.</translation>
    </message>
    <message>
        <source>The server did not accept a detail of the request InviteDesk sent.</source>
        <translation>The server did not accept a detail of the request InviteDesk sent.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid; sign in again.</source>
        <translation>Your sign-in is no longer valid; sign in again.</translation>
    </message>
    <message>
        <source>The server refused the request because its repeat protection was missing.</source>
        <translation>The server refused the request because its repeat protection was missing.</translation>
    </message>
    <message>
        <source>The server refused the request because it looked like a repeat of a different one.</source>
        <translation>The server refused the request because it looked like a repeat of a different one.</translation>
    </message>
    <message>
        <source>The server no longer has what InviteDesk asked for.</source>
        <translation>The server no longer has what InviteDesk asked for.</translation>
    </message>
    <message>
        <source>This person is no longer on the network.</source>
        <translation>This person is no longer on the network.</translation>
    </message>
    <message>
        <source>An invitation between you and this person is already pending.</source>
        <translation>An invitation between you and this person is already pending.</translation>
    </message>
    <message>
        <source>You are already connected with this person.</source>
        <translation>You are already connected with this person.</translation>
    </message>
    <message>
        <source>You withdrew an invitation to this person recently; you can invite them again from %1.</source>
        <translation>You withdrew an invitation to this person recently; you can invite them again from %1.</translation>
    </message>
    <message>
        <source>You withdrew an invitation to this person recently; you cannot invite them again yet.</source>
        <translation>You withdrew an invitation to this person recently; you cannot invite them again yet.</translation>
    </message>
    <message>
        <source>This invitation was already accepted.</source>
        <translation>This invitation was already accepted.</translation>
    </message>
    <message>
        <source>This invitation was already ignored.</source>
        <translation>This invitation was already ignored.</translation>
    </message>
    <message>
        <source>This invitation was already withdrawn.</source>
        <translation>This invitation was already withdrawn.</translation>
    </message>
    <message>
        <source>This invitation has expired.</source>
        <translation>This invitation has expired.</translation>
    </message>
    <message>
        <source>This invitation is no longer pending.</source>
        <translation>This invitation is no longer pending.</translation>
    </message>
    <message numerus="yes">
        <source>The note is %n character(s) too long for the network.</source>
        <translation>
            <numerusform>The note is %n character too long for the network.</numerusform>
            <numerusform>The note is %n characters too long for the network.</numerusform>
        </translation>
    </message>
    <message>
        <source>The note is too long for the network.</source>
        <translation>The note is too long for the network.</translation>
    </message>
    <message>
        <source>You cannot invite yourself.</source>
        <translation>You cannot invite yourself.</translation>
    </message>
    <message>
        <source>The server no longer knows where the last sync ended; everything is fetched again.</source>
        <translation>The server no longer knows where the last sync ended; everything is fetched again.</translation>
    </message>
    <message>
        <source>The server refused a request that did not say how long it is.</source>
        <translation>The server refused a request that did not say how long it is.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>The request was too large for the server.</translation>
    </message>
    <message numerus="yes">
        <source>The server asked InviteDesk to slow down for %n second(s).</source>
        <translation>
            <numerusform>The server asked InviteDesk to slow down for %n second.</numerusform>
            <numerusform>The server asked InviteDesk to slow down for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asked InviteDesk to slow down.</source>
        <translation>The server asked InviteDesk to slow down.</translation>
    </message>
    <message>
        <source>This week&apos;s invitations are used up; you can send more from %1.</source>
        <translation>This week&apos;s invitations are used up; you can send more from %1.</translation>
    </message>
    <message>
        <source>This week&apos;s invitations are used up.</source>
        <translation>This week&apos;s invitations are used up.</translation>
    </message>
    <message>
        <source>The server ran into an error of its own (HTTP %1); try again later.</source>
        <translation>The server ran into an error of its own (HTTP %1); try again later.</translation>
    </message>
    <message>
        <source>The server could not complete the request (HTTP %1); try again later.</source>
        <translation>The server could not complete the request (HTTP %1); try again later.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it looks like https://host/api/v1.</source>
        <translation>&quot;%1&quot; is not a server address; it looks like https://host/api/v1.</translation>
    </message>
    <message>
        <source>Plain http would send your password unencrypted; use https:// for %1.</source>
        <translation>Plain http would send your password unencrypted; use https:// for %1.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// on this computer).</source>
        <translation>The server address must start with https:// (or http:// on this computer).</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <translation>The server at %1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2).</source>
        <translation>Cannot reach the server at %1 (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>The secure connection to %1 failed (%2).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation>The server&apos;s certificate is not trusted: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this user lately; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords for this user lately; try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords for this user lately; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong passwords for this user lately; try again shortly.</source>
        <translation>Too many wrong passwords for this user lately; try again shortly.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::BudgetText</name>
    <message numerus="yes">
        <source>%1 of %Ln invitation(s) used this week</source>
        <translation>
            <numerusform>%1 of %Ln invitation used this week</numerusform>
            <numerusform>%1 of %Ln invitations used this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln invitation(s) used this week — you can send more from %2</source>
        <translation>
            <numerusform>%1 of %Ln invitation used this week — you can send more from %2</numerusform>
            <numerusform>%1 of %Ln invitations used this week — you can send more from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::BulkProgressPanel</name>
    <message>
        <source>Bulk withdrawal</source>
        <translation>Bulk withdrawal</translation>
    </message>
    <message>
        <source>Bulk withdrawal progress</source>
        <translation>Bulk withdrawal progress</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancel the bulk withdrawal</source>
        <translation>Cancel the bulk withdrawal</translation>
    </message>
    <message>
        <source>Stop: invitations not sent yet stay pending</source>
        <translation>Stop: invitations not sent yet stay pending</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Retr&amp;y failed</translation>
    </message>
    <message>
        <source>Retry failed withdrawals</source>
        <translation>Retry failed withdrawals</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the result for each person</source>
        <translation>Show the result for each person</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the bulk withdrawal results</source>
        <translation>Dismiss the bulk withdrawal results</translation>
    </message>
    <message>
        <source>Result for each person</source>
        <translation>Result for each person</translation>
    </message>
    <message>
        <source>Select all results</source>
        <translation>Select all results</translation>
    </message>
    <message>
        <source>Bulk withdrawal finished: %1.</source>
        <comment>the summary of the results</comment>
        <translation>Bulk withdrawal finished: %1.</translation>
    </message>
    <message>
        <source>Withdrawing: %1 of %2 done · %3 failed</source>
        <translation>Withdrawing: %1 of %2 done · %3 failed</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>the progress, then why it waits</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>InviteDesk::BulkRunModel</name>
    <message>
        <source>The invitation no longer exists.</source>
        <translation>The invitation no longer exists.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelled before it was sent.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Already answered</source>
        <translation>Already answered</translation>
    </message>
    <message>
        <source>No longer exists</source>
        <translation>No longer exists</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Still pending</translation>
    </message>
    <message>
        <source>Already accepted</source>
        <translation>Already accepted</translation>
    </message>
    <message>
        <source>Already ignored</source>
        <translation>Already ignored</translation>
    </message>
    <message>
        <source>Already withdrawn</source>
        <translation>Already withdrawn</translation>
    </message>
    <message>
        <source>Already expired</source>
        <translation>Already expired</translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln withdrawn</numerusform>
            <numerusform>%Ln withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already answered</source>
        <translation>
            <numerusform>%Ln already answered</numerusform>
            <numerusform>%Ln already answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer exist(s)</source>
        <translation>
            <numerusform>%Ln no longer exists</numerusform>
            <numerusform>%Ln no longer exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a bulk withdrawal&apos;s summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>InviteDesk::BulkWithdrawDialog</name>
    <message numerus="yes">
        <source>Withdraw %Ln invitation(s)?</source>
        <translation>
            <numerusform>Withdraw %Ln invitation?</numerusform>
            <numerusform>Withdraw %Ln invitations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) will be withdrawn.</source>
        <translation>
            <numerusform>%Ln invitation will be withdrawn.</numerusform>
            <numerusform>%Ln invitations will be withdrawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody is told. You cannot invite any of these people again for %Ln day(s) (until %1).</source>
        <translation>
            <numerusform>Nobody is told. You cannot invite any of these people again for %Ln day (until %1).</numerusform>
            <numerusform>Nobody is told. You cannot invite any of these people again for %Ln days (until %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 of them were sent less than %Ln day(s) ago (marked &quot;Recent&quot;); most people answer within a few weeks.</source>
        <translation>
            <numerusform>⚠ %1 of them were sent less than %Ln day ago (marked &quot;Recent&quot;); most people answer within a few weeks.</numerusform>
            <numerusform>⚠ %1 of them were sent less than %Ln days ago (marked &quot;Recent&quot;); most people answer within a few weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations to withdraw</source>
        <translation>Invitations to withdraw</translation>
    </message>
    <message>
        <source>Corner</source>
        <translation>Corner</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Withdraw %Ln invitation(s)</source>
        <translation>
            <numerusform>&amp;Withdraw %Ln invitation</numerusform>
            <numerusform>&amp;Withdraw %Ln invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %Ln invitation(s)</source>
        <translation>
            <numerusform>Withdraw %Ln invitation</numerusform>
            <numerusform>Withdraw %Ln invitations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::CaCertificates</name>
    <message>
        <source>The certificate file %1 cannot be read (%2).</source>
        <translation>The certificate file %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>The certificate file %1 is too large to be a list of certificate authorities.</source>
        <translation>The certificate file %1 is too large to be a list of certificate authorities.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM format (-----BEGIN CERTIFICATE-----).</source>
        <translation>The file %1 holds no certificate in PEM format (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The file %1 holds a certificate that is damaged or not in PEM format.</source>
        <translation>The file %1 holds a certificate that is damaged or not in PEM format.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::Cache</name>
    <message>
        <source>The cache %1 cannot be opened (%2).</source>
        <translation>The cache %1 cannot be opened (%2).</translation>
    </message>
    <message>
        <source>%1 is not a usable cache (%2).</source>
        <translation>%1 is not a usable cache (%2).</translation>
    </message>
    <message>
        <source>The local cache is busy or read-only (%1).</source>
        <translation>The local cache is busy or read-only (%1).</translation>
    </message>
    <message>
        <source>That invitation is no longer pending.</source>
        <translation>That invitation is no longer pending.</translation>
    </message>
    <message>
        <source>Too late to undo: the action has already been sent.</source>
        <translation>Too late to undo: the action has already been sent.</translation>
    </message>
    <message>
        <source>The local cache could not be read (%1).</source>
        <translation>The local cache could not be read (%1).</translation>
    </message>
    <message>
        <source>The local cache could not be written (%1).</source>
        <translation>The local cache could not be written (%1).</translation>
    </message>
    <message>
        <source>The cache could not be updated (%1).</source>
        <translation>The cache could not be updated (%1).</translation>
    </message>
    <message>
        <source>The cache file cannot be read (%1). It may be damaged or not a cache.</source>
        <translation>The cache file cannot be read (%1). It may be damaged or not a cache.</translation>
    </message>
    <message>
        <source>The cache is locked by another program (%1).</source>
        <translation>The cache is locked by another program (%1).</translation>
    </message>
    <message>
        <source>%1 is not an InviteDesk cache.</source>
        <translation>%1 is not an InviteDesk cache.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer InviteDesk (schema %2, this one knows %3). Update InviteDesk or choose another data folder.</source>
        <translation>The cache %1 was written by a newer InviteDesk (schema %2, this one knows %3). Update InviteDesk or choose another data folder.</translation>
    </message>
    <message>
        <source>The cache file cannot be read (no SQLite connection).</source>
        <translation>The cache file cannot be read (no SQLite connection).</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: it is not a database any more.</source>
        <translation>The cache %1 is damaged: it is not a database any more.</translation>
    </message>
    <message>
        <source>%1 is not an InviteDesk cache (another program&apos;s database).</source>
        <translation>%1 is not an InviteDesk cache (another program&apos;s database).</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer InviteDesk (schema %2, this one knows %3).</source>
        <translation>The cache %1 was written by a newer InviteDesk (schema %2, this one knows %3).</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: some of its pages cannot be read.</source>
        <translation>The cache %1 is damaged: some of its pages cannot be read.</translation>
    </message>
    <message>
        <source>%1 The damaged file cannot be moved aside to %2.</source>
        <translation>%1 The damaged file cannot be moved aside to %2.</translation>
    </message>
    <message>
        <source>The queued actions cannot be copied into the new cache (%1).</source>
        <translation>The queued actions cannot be copied into the new cache (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 It was kept as %2 and InviteDesk fetches everything again from the server; %n queued action(s) were kept and will be sent.</source>
        <translation>
            <numerusform>%1 It was kept as %2 and InviteDesk fetches everything again from the server; %n queued action was kept and will be sent.</numerusform>
            <numerusform>%1 It was kept as %2 and InviteDesk fetches everything again from the server; %n queued actions were kept and will be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 It was kept as %2 and InviteDesk fetches everything again from the server.</source>
        <translation>%1 It was kept as %2 and InviteDesk fetches everything again from the server.</translation>
    </message>
    <message>
        <source>%1 It was kept as %2 and InviteDesk fetches everything again from the server; the actions that were waiting to be sent could not be read from it.</source>
        <translation>%1 It was kept as %2 and InviteDesk fetches everything again from the server; the actions that were waiting to be sent could not be read from it.</translation>
    </message>
    <message>
        <source>The disk that holds the cache (%1) is full: nothing new can be saved until there is room again; what you see and what is queued are kept.</source>
        <translation>The disk that holds the cache (%1) is full: nothing new can be saved until there is room again; what you see and what is queued are kept.</translation>
    </message>
    <message>
        <source>The disk that holds the cache (%1) fails to write: nothing new can be saved until it works again; what you see and what is queued are kept.</source>
        <translation>The disk that holds the cache (%1) fails to write: nothing new can be saved until it works again; what you see and what is queued are kept.</translation>
    </message>
    <message>
        <source>The cache in %1 has become read-only: nothing new can be saved until it can be written again; what you see and what is queued are kept.</source>
        <translation>The cache in %1 has become read-only: nothing new can be saved until it can be written again; what you see and what is queued are kept.</translation>
    </message>
    <message>
        <source>The disk that holds the cache (%1) is full: the cache cannot be opened until there is room again; nothing in it is lost.</source>
        <translation>The disk that holds the cache (%1) is full: the cache cannot be opened until there is room again; nothing in it is lost.</translation>
    </message>
    <message>
        <source>The disk that holds the cache (%1) fails: the cache cannot be opened until it works again; nothing in it is lost.</source>
        <translation>The disk that holds the cache (%1) fails: the cache cannot be opened until it works again; nothing in it is lost.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::Cli::CliApp</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>not changed: it is %1 now</source>
        <translation>not changed: it is %1 now</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>not changed: it no longer exists</source>
        <translation>not changed: it no longer exists</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>No account yet: sign in first with &quot;invitedesk-cli sign-in --server URL --user NAME&quot;.</source>
        <translation>No account yet: sign in first with &quot;invitedesk-cli sign-in --server URL --user NAME&quot;.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>The password file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>signed in with --password-file for this run</source>
        <translation>signed in with --password-file for this run</translation>
    </message>
    <message>
        <source>No terminal to ask for the password on: give --password-file FILE.</source>
        <translation>No terminal to ask for the password on: give --password-file FILE.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Signed in as %1 on %2.</translation>
    </message>
    <message>
        <source>Not asking without a terminal: add --yes to go ahead.</source>
        <translation>Not asking without a terminal: add --yes to go ahead.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>No invitation has been pending for more than %n day(s).</source>
        <translation>
            <numerusform>No invitation has been pending for more than %n day.</numerusform>
            <numerusform>No invitation has been pending for more than %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of your sent invitations; nothing was withdrawn.</source>
        <translation>%1 is not one of your sent invitations; nothing was withdrawn.</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer pending; nothing was withdrawn.</source>
        <translation>%1 (%2) is no longer pending; nothing was withdrawn.</translation>
    </message>
    <message>
        <source>Nothing to withdraw.</source>
        <translation>Nothing to withdraw.</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n invitation(s):</source>
        <translation>
            <numerusform>Withdraw %n invitation:</numerusform>
            <numerusform>Withdraw %n invitations:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1  %2 (%3), pending %n day(s)</source>
        <translation>
            <numerusform>  %1  %2 (%3), pending %n day</numerusform>
            <numerusform>  %1  %2 (%3), pending %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>They can be invited again from %1.</source>
        <translation>They can be invited again from %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Dry run: nothing was sent.</translation>
    </message>
    <message>
        <source>Withdraw them?</source>
        <translation>Withdraw them?</translation>
    </message>
    <message>
        <source>%1 is not a pending invitation you received; nothing was changed.</source>
        <translation>%1 is not a pending invitation you received; nothing was changed.</translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <translation>[%1/%2] %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n of them did not go as asked.</source>
        <translation>
            <numerusform>%n of them did not go as asked.</numerusform>
            <numerusform>%n of them did not go as asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Sign in with &quot;invitedesk-cli sign-in&quot; or --password-file; %n action(s) wait in the outbox.</source>
        <translation>
            <numerusform>%1 Sign in with &quot;invitedesk-cli sign-in&quot; or --password-file; %n action waits in the outbox.</numerusform>
            <numerusform>%1 Sign in with &quot;invitedesk-cli sign-in&quot; or --password-file; %n actions wait in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %1 %n action(s) wait in the outbox and go with the next sync.</source>
        <translation>
            <numerusform>Offline: %1 %n action waits in the outbox and goes with the next sync.</numerusform>
            <numerusform>Offline: %1 %n actions wait in the outbox and go with the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s).</source>
        <translation>
            <numerusform>Synced: %n change.</numerusform>
            <numerusform>Synced: %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account:    %1 on %2</source>
        <translation>Account:    %1 on %2</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connection: %1</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline (%1)</source>
        <translation>offline (%1)</translation>
    </message>
    <message>
        <source>Last sync:  %1</source>
        <translation>Last sync:  %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>Queued:     %n action(s)</source>
        <translation>
            <numerusform>Queued:     %n action</numerusform>
            <numerusform>Queued:     %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending:    %1 received, %2 sent</source>
        <translation>Pending:    %1 received, %2 sent</translation>
    </message>
    <message>
        <source>This week:  %1 of %2 invitations sent</source>
        <translation>This week:  %1 of %2 invitations sent</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>%1 is neither a suggested person nor someone you withdrew an invitation from; nothing was sent.</source>
        <translation>%1 is neither a suggested person nor someone you withdrew an invitation from; nothing was sent.</translation>
    </message>
    <message>
        <source>%1 cannot be invited now; nothing was sent.</source>
        <translation>%1 cannot be invited now; nothing was sent.</translation>
    </message>
    <message>
        <source>Inviting %1 (%2).</source>
        <translation>Inviting %1 (%2).</translation>
    </message>
    <message>
        <source>This week&apos;s %1 invitations are used up; you can send more from %2.</source>
        <translation>This week&apos;s %1 invitations are used up; you can send more from %2.</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 done, %3 failed</source>
        <translation>Sending: %1 of %2 done, %3 failed</translation>
    </message>
    <message>
        <source>taken back in the other InviteDesk program</source>
        <translation>taken back in the other InviteDesk program</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %1 %n action(s) wait in the outbox; the other InviteDesk program sends them when it can.</source>
        <translation>
            <numerusform>Not sent yet: %1 %n action waits in the outbox; the other InviteDesk program sends it when it can.</numerusform>
            <numerusform>Not sent yet: %1 %n actions wait in the outbox; the other InviteDesk program sends them when it can.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) wait in the outbox; the other InviteDesk program sends them.</source>
        <translation>
            <numerusform>%n action waits in the outbox; the other InviteDesk program sends it.</numerusform>
            <numerusform>%n actions wait in the outbox; the other InviteDesk program sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>synced by another InviteDesk program (%1)</source>
        <translation>synced by another InviteDesk program (%1)</translation>
    </message>
    <message>
        <source>Signed out of %1 on %2; what is queued stays until you sign in again.</source>
        <translation>Signed out of %1 on %2; what is queued stays until you sign in again.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Note: %1.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (%2).</source>
        <translation>The data folder %1 cannot be used (%2).</translation>
    </message>
</context>
<context>
    <name>InviteDesk::Cli::CliOptions</name>
    <message>
        <source>--%1 takes a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 takes a whole number of at least %2, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>One of: %1.</translation>
    </message>
    <message>
        <source>The window&apos;s data folder (cache and settings) in DIR.</source>
        <translation>The window&apos;s data folder (cache and settings) in DIR.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Use this account instead of the last one used.</source>
        <translation>Use this account instead of the last one used.</translation>
    </message>
    <message>
        <source>USER@SERVER</source>
        <translation>USER@SERVER</translation>
    </message>
    <message>
        <source>sign-in: the Invitations API at URL.</source>
        <translation>sign-in: the Invitations API at URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>sign-in: the user name.</source>
        <translation>sign-in: the user name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Sign in with the password on FILE&apos;s first line; the token stays in memory.</source>
        <translation>Sign in with the password on FILE&apos;s first line; the token stays in memory.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM).</source>
        <translation>Also trust the certificate authorities in FILE (PEM).</translation>
    </message>
    <message>
        <source>list, export: table, csv or json.</source>
        <translation>list, export: table, csv or json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Only invitations pending more than DAYS days.</source>
        <translation>Only invitations pending more than DAYS days.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>list: only this company (part of its name).</source>
        <translation>list: only this company (part of its name).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>list: every word in name, headline or company.</source>
        <translation>list: every word in name, headline or company.</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>WORDS</translation>
    </message>
    <message>
        <source>list: only invitations about to expire.</source>
        <translation>list: only invitations about to expire.</translation>
    </message>
    <message>
        <source>withdraw: at most N, oldest first.</source>
        <translation>withdraw: at most N, oldest first.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>withdraw: show who would go, send nothing.</source>
        <translation>withdraw: show who would go, send nothing.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Do not ask for confirmation.</translation>
    </message>
    <message>
        <source>Say what to do: %1 (see --help).</source>
        <translation>Say what to do: %1 (see --help).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands are %2.</source>
        <translation>Unknown command &quot;%1&quot;; the commands are %2.</translation>
    </message>
    <message>
        <source>--account takes USER@SERVER, e.g. alice@https://invitations.example.com/api/v1.</source>
        <translation>--account takes USER@SERVER, e.g. alice@https://invitations.example.com/api/v1.</translation>
    </message>
    <message>
        <source>sign-in needs --server URL and --user NAME.</source>
        <translation>sign-in needs --server URL and --user NAME.</translation>
    </message>
    <message>
        <source>--format takes table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format takes table, csv or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 does not apply to %2.</translation>
    </message>
    <message>
        <source>list takes one of received, sent or withdrawn.</source>
        <translation>list takes one of received, sent or withdrawn.</translation>
    </message>
    <message>
        <source>withdraw takes invitation ids or --older-than DAYS, one of the two.</source>
        <translation>withdraw takes invitation ids or --older-than DAYS, one of the two.</translation>
    </message>
    <message>
        <source>--older-than cannot be negative.</source>
        <translation>--older-than cannot be negative.</translation>
    </message>
    <message>
        <source>%1 takes the ids of received invitations.</source>
        <translation>%1 takes the ids of received invitations.</translation>
    </message>
    <message>
        <source>%1 takes no arguments, but was given &quot;%2&quot;.</source>
        <translation>%1 takes no arguments, but was given &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>invite: a note for the invitation.</source>
        <translation>invite: a note for the invitation.</translation>
    </message>
    <message>
        <source>invite takes one person id.</source>
        <translation>invite takes one person id.</translation>
    </message>
    <message>
        <source>When the window sends this account&apos;s actions, queue them and exit 3 at once.</source>
        <translation>When the window sends this account&apos;s actions, queue them and exit 3 at once.</translation>
    </message>
    <message>
        <source>Your InviteDesk invitations from a terminal or a script: the same cache, outbox and rules as the window.

Commands:
  list received|sent|withdrawn   what the cache holds (offline too)
  withdraw ID...                 withdraw these sent invitations
  withdraw --older-than DAYS     withdraw every one pending longer (--limit N, --dry-run)
  accept ID... | ignore ID...    answer received invitations
  invite PERSON_ID [--note TEXT] invite a suggested person, or one withdrawn earlier
  sync                           send what is queued and fetch what changed
  status                         account, connection, last sync, queued actions, weekly budget
  sign-in --server URL --user NAME   sign in (password from the terminal or --password-file)
  sign-out                       forget the sign-in (what is queued stays)
  export                         every invitation (--format csv|json)

While the InviteDesk window is open on the same data folder, it sends what the command line
queues, and the command line reports each result as the window gets it (or, with --no-wait,
exits 3 at once).

Exit status: 0 done; 1 some actions were refused or failed; 2 usage error;
3 offline or sent by the window later, actions still queued; 4 sign-in needed.</source>
        <translation>Your InviteDesk invitations from a terminal or a script: the same cache, outbox and rules as the window.

Commands:
  list received|sent|withdrawn   what the cache holds (offline too)
  withdraw ID...                 withdraw these sent invitations
  withdraw --older-than DAYS     withdraw every one pending longer (--limit N, --dry-run)
  accept ID... | ignore ID...    answer received invitations
  invite PERSON_ID [--note TEXT] invite a suggested person, or one withdrawn earlier
  sync                           send what is queued and fetch what changed
  status                         account, connection, last sync, queued actions, weekly budget
  sign-in --server URL --user NAME   sign in (password from the terminal or --password-file)
  sign-out                       forget the sign-in (what is queued stays)
  export                         every invitation (--format csv|json)

While the InviteDesk window is open on the same data folder, it sends what the command line
queues, and the command line reports each result as the window gets it (or, with --no-wait,
exits 3 at once).

Exit status: 0 done; 1 some actions were refused or failed; 2 usage error;
3 offline or sent by the window later, actions still queued; 4 sign-in needed.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::Cli::InvitationPrinter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>AGE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>COMPANY</translation>
    </message>
    <message>
        <source>HEADLINE</source>
        <translation>HEADLINE</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source> (queued)</source>
        <translation> (queued)</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::ClientApp</name>
    <message>
        <source>Nothing is cached for this server yet; start InviteDesk without --offline once to sign in.</source>
        <translation>Nothing is cached for this server yet; start InviteDesk without --offline once to sign in.</translation>
    </message>
    <message>
        <source>started offline; press F5 to connect</source>
        <translation>started offline; press F5 to connect</translation>
    </message>
    <message>
        <source>This window shows %1&apos;s invitations; to use another account, choose File → Sign in as another user.</source>
        <translation>This window shows %1&apos;s invitations; to use another account, choose File → Sign in as another user.</translation>
    </message>
    <message>
        <source>Use another server?</source>
        <translation>Use another server?</translation>
    </message>
    <message>
        <source>InviteDesk was started again for %1. Sign in there instead of staying with %2?</source>
        <translation>InviteDesk was started again for %1. Sign in there instead of staying with %2?</translation>
    </message>
    <message>
        <source>&amp;Sign in there</source>
        <translation>&amp;Sign in there</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Stay</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (%2).</source>
        <translation>The data folder %1 cannot be used (%2).</translation>
    </message>
    <message>
        <source>The cache could not be opened again after it was set aside.</source>
        <translation>The cache could not be opened again after it was set aside.</translation>
    </message>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>The cache was set aside</source>
        <translation>The cache was set aside</translation>
    </message>
</context>
<context>
    <name>InviteDesk::CommandLine</name>
    <message>
        <source>Review the invitations you received and the ones you sent, online or offline.</source>
        <translation>Review the invitations you received and the ones you sent, online or offline.</translation>
    </message>
    <message>
        <source>Start the bundled demo server with sample data and use it.</source>
        <translation>Start the bundled demo server with sample data and use it.</translation>
    </message>
    <message>
        <source>Use the Invitations API at URL (https://…/api/v1).</source>
        <translation>Use the Invitations API at URL (https://…/api/v1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep the cache and settings in DIR.</source>
        <translation>Keep the cache and settings in DIR.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Start from the cache without contacting the server.</source>
        <translation>Start from the cache without contacting the server.</translation>
    </message>
    <message>
        <source>invitedesk: --demo and --server exclude each other</source>
        <translation>invitedesk: --demo and --server exclude each other</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM) for the server&apos;s certificate.</source>
        <translation>Also trust the certificate authorities in FILE (PEM) for the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>InviteDesk is already running with this data folder; its window is now in front.</source>
        <translation>InviteDesk is already running with this data folder; its window is now in front.</translation>
    </message>
    <message>
        <source>invitedesk: InviteDesk is already running with this data folder but does not answer (%1). Close it, or start with another --data-dir.</source>
        <translation>invitedesk: InviteDesk is already running with this data folder but does not answer (%1). Close it, or start with another --data-dir.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::DemoServer</name>
    <message>
        <source>The demo server %1 is missing; build the invitedesk-server target.</source>
        <translation>The demo server %1 is missing; build the invitedesk-server target.</translation>
    </message>
    <message>
        <source>The demo server could not start (%1).</source>
        <translation>The demo server could not start (%1).</translation>
    </message>
    <message>
        <source>The demo server did not report its address within 30 seconds.</source>
        <translation>The demo server did not report its address within 30 seconds.</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1); its messages are above.</source>
        <translation>The demo server stopped (exit code %1); its messages are above.</translation>
    </message>
    <message>
        <source>The demo server said something unexpected: %1</source>
        <translation>The demo server said something unexpected: %1</translation>
    </message>
</context>
<context>
    <name>InviteDesk::FreedesktopNotifier</name>
    <message>
        <source>Open InviteDesk</source>
        <translation>Open InviteDesk</translation>
    </message>
</context>
<context>
    <name>InviteDesk::InvitationActions</name>
    <message>
        <source>A bulk withdrawal is still running; wait for it or cancel it first.</source>
        <translation>A bulk withdrawal is still running; wait for it or cancel it first.</translation>
    </message>
    <message>
        <source>Too late to undo: the action has already been sent.</source>
        <translation>Too late to undo: the action has already been sent.</translation>
    </message>
    <message numerus="yes">
        <source>You can invite %1 again from %2 (%n day(s) after a withdrawal).</source>
        <translation>
            <numerusform>You can invite %1 again from %2 (%n day after a withdrawal).</numerusform>
            <numerusform>You can invite %1 again from %2 (%n days after a withdrawal).</numerusform>
        </translation>
    </message>
    <message>
        <source>You withdrew an invitation to %1 recently; you can invite them again from %2.</source>
        <translation>You withdrew an invitation to %1 recently; you can invite them again from %2.</translation>
    </message>
    <message>
        <source>Select one person to re-invite; each invitation gets its own note.</source>
        <translation>Select one person to re-invite; each invitation gets its own note.</translation>
    </message>
    <message numerus="yes">
        <source>The note is %n character(s) too long; the network allows %1.</source>
        <translation>
            <numerusform>The note is %n character too long; the network allows %1.</numerusform>
            <numerusform>The note is %n characters too long; the network allows %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::InvitationListModel</name>
    <message>
        <source>Re-invite</source>
        <translation>Re-invite</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Accept or Ignore</source>
        <translation>Accept or Ignore</translation>
    </message>
    <message>
        <source>now</source>
        <comment>can re-invite: now</comment>
        <translation>now</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <comment>a date and time</comment>
        <translation>Withdrawn %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <comment>a date and time</comment>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>You can invite %1 again from %2.</source>
        <translation>You can invite %1 again from %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>column: when it was withdrawn</comment>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>column: when it was sent</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>column: when it was received</comment>
        <translation>Received</translation>
    </message>
    <message>
        <source>Can re-invite</source>
        <translation>Can re-invite</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>InviteDesk::InvitationListPage</name>
    <message>
        <source>Search by name, headline or company (Ctrl+F)</source>
        <translation>Search by name, headline or company (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search withdrawn invitations</source>
        <translation>Search withdrawn invitations</translation>
    </message>
    <message>
        <source>Search sent invitations</source>
        <translation>Search sent invitations</translation>
    </message>
    <message>
        <source>Search received invitations</source>
        <translation>Search received invitations</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Filter by company</source>
        <translation>Filter by company</translation>
    </message>
    <message>
        <source>Clear company filter</source>
        <translation>Clear company filter</translation>
    </message>
    <message>
        <source>any</source>
        <comment>age filter: no limit</comment>
        <translation>any</translation>
    </message>
    <message>
        <source>Sent at least this many days ago</source>
        <translation>Sent at least this many days ago</translation>
    </message>
    <message>
        <source>Sent at most this many days ago</source>
        <translation>Sent at most this many days ago</translation>
    </message>
    <message>
        <source>E&amp;xpiring soon</source>
        <translation>E&amp;xpiring soon</translation>
    </message>
    <message numerus="yes">
        <source>Only invitations within %Ln day(s) of expiring</source>
        <translation>
            <numerusform>Only invitations within %Ln day of expiring</numerusform>
            <numerusform>Only invitations within %Ln days of expiring</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Age (da&amp;ys):</source>
        <translation>Age (da&amp;ys):</translation>
    </message>
    <message>
        <source>to</source>
        <comment>age from … to …</comment>
        <translation>to</translation>
    </message>
    <message>
        <source>Number of withdrawn invitations shown</source>
        <translation>Number of withdrawn invitations shown</translation>
    </message>
    <message>
        <source>Number of sent invitations shown</source>
        <translation>Number of sent invitations shown</translation>
    </message>
    <message>
        <source>Number of received invitations shown</source>
        <translation>Number of received invitations shown</translation>
    </message>
    <message>
        <source>Withdrawn invitations</source>
        <translation>Withdrawn invitations</translation>
    </message>
    <message>
        <source>Sent invitations</source>
        <translation>Sent invitations</translation>
    </message>
    <message>
        <source>Received invitations</source>
        <translation>Received invitations</translation>
    </message>
    <message>
        <source>Select all withdrawn invitations</source>
        <translation>Select all withdrawn invitations</translation>
    </message>
    <message>
        <source>Select all sent invitations</source>
        <translation>Select all sent invitations</translation>
    </message>
    <message>
        <source>Select all received invitations</source>
        <translation>Select all received invitations</translation>
    </message>
    <message>
        <source>Re-invite</source>
        <translation>Re-invite</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Se&amp;lect stale…</source>
        <translation>Se&amp;lect stale…</translation>
    </message>
    <message>
        <source>Select stale invitations</source>
        <translation>Select stale invitations</translation>
    </message>
    <message>
        <source>Select every invitation shown that has been pending longer than a number of days</source>
        <translation>Select every invitation shown that has been pending longer than a number of days</translation>
    </message>
    <message>
        <source>Re-&amp;invite selected</source>
        <translation>Re-&amp;invite selected</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected</source>
        <translation>&amp;Withdraw selected</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>&amp;Accept selected</translation>
    </message>
    <message>
        <source>&amp;Ignore selected</source>
        <translation>&amp;Ignore selected</translation>
    </message>
    <message>
        <source>Shows who would be withdrawn, then withdraws them; you can undo for a few seconds.</source>
        <translation>Shows who would be withdrawn, then withdraws them; you can undo for a few seconds.</translation>
    </message>
    <message>
        <source>Applies to the invitations selected in the list.</source>
        <translation>Applies to the invitations selected in the list.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln withdrawn</numerusform>
            <numerusform>%Ln withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending sent</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln pending sent</numerusform>
            <numerusform>%Ln pending sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending received</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln pending received</numerusform>
            <numerusform>%Ln pending received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 withdrawn match(es)</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln of %1 withdrawn matches</numerusform>
            <numerusform>%Ln of %1 withdrawn match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 pending sent match(es)</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln of %1 pending sent matches</numerusform>
            <numerusform>%Ln of %1 pending sent match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 pending received match(es)</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln of %1 pending received matches</numerusform>
            <numerusform>%Ln of %1 pending received match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Withdraw selected (%Ln)</source>
        <translation>
            <numerusform>&amp;Withdraw selected (%Ln)</numerusform>
            <numerusform>&amp;Withdraw selected (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln invitation(s) from the cache…</source>
        <translation>
            <numerusform>Reading %Ln invitation from the cache…</numerusform>
            <numerusform>Reading %Ln invitations from the cache…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::InvitationStats</name>
    <message>
        <source>%1–%2 days</source>
        <comment>an age range of invitations</comment>
        <translation>%1–%2 days</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>expiring soon</translation>
    </message>
</context>
<context>
    <name>InviteDesk::MainWindow</name>
    <message>
        <source>Received or sent invitations</source>
        <translation>Received or sent invitations</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>&amp;Sent</translation>
    </message>
    <message>
        <source>Wit&amp;hdrawn</source>
        <translation>Wit&amp;hdrawn</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>My &amp;Network</source>
        <translation>My &amp;Network</translation>
    </message>
    <message>
        <source>Mana&amp;ge</source>
        <translation>Mana&amp;ge</translation>
    </message>
    <message>
        <source>S&amp;tats</source>
        <translation>S&amp;tats</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Connection status</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Actions waiting to be sent</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to send queued actions and fetch changes</source>
        <translation>Sign in to send queued actions and fetch changes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln change(s) received</source>
        <translation>
            <numerusform>Syncing… %Ln change received</numerusform>
            <numerusform>Syncing… %Ln changes received</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send queued actions and fetch changes (F5)</source>
        <translation>Send queued actions and fetch changes (F5)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>&amp;Export list as CSV…</translation>
    </message>
    <message>
        <source>Save the Manage list on screen, with its filters, as a CSV file (Ctrl+E)</source>
        <translation>Save the Manage list on screen, with its filters, as a CSV file (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export withdrawn invitations</source>
        <translation>Export withdrawn invitations</translation>
    </message>
    <message>
        <source>Export sent invitations</source>
        <translation>Export sent invitations</translation>
    </message>
    <message>
        <source>Export received invitations</source>
        <translation>Export received invitations</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Sign &amp;in as another user…</source>
        <translation>Sign &amp;in as another user…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln invitation(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln invitation to %1.</numerusform>
            <numerusform>Exported %Ln invitations to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>data from %1</source>
        <translation>data from %1</translation>
    </message>
    <message>
        <source>nothing synced yet</source>
        <translation>nothing synced yet</translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <comment>what the cache holds</comment>
        <translation>Connecting… (%1)</translation>
    </message>
    <message>
        <source>Online · last synced %1</source>
        <comment>how long ago</comment>
        <translation>Online · last synced %1</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <comment>why the server is slow</comment>
        <translation>Online · %1</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <comment>what the cache holds</comment>
        <translation>Offline — %1</translation>
    </message>
    <message>
        <source>Sign-in needed — %1</source>
        <comment>what the cache holds</comment>
        <translation>Sign-in needed — %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>status, then a note on the connection</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>waiting for the server to be reachable</source>
        <translation>waiting for the server to be reachable</translation>
    </message>
    <message>
        <source>waiting for you to sign in</source>
        <translation>waiting for you to sign in</translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued action(s)</source>
        <translation>
            <numerusform>%Ln queued action</numerusform>
            <numerusform>%Ln queued actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have used all %Ln invitation(s) of this week; you can send more from %1.</source>
        <translation>
            <numerusform>You have used all %Ln invitation of this week; you can send more from %1.</numerusform>
            <numerusform>You have used all %Ln invitations of this week; you can send more from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 withdrawn — you can re-invite them after %2.</source>
        <translation>Invitation to %1 withdrawn — you can re-invite them after %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) withdrawn — you can re-invite them after %1.</source>
        <translation>
            <numerusform>%Ln invitation withdrawn — you can re-invite them after %1.</numerusform>
            <numerusform>%Ln invitations withdrawn — you can re-invite them after %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted the invitation from %1.</source>
        <translation>Accepted the invitation from %1.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %Ln invitation(s).</source>
        <translation>
            <numerusform>Accepted %Ln invitation.</numerusform>
            <numerusform>Accepted %Ln invitations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored the invitation from %1.</source>
        <translation>Ignored the invitation from %1.</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %Ln invitation(s).</source>
        <translation>
            <numerusform>Ignored %Ln invitation.</numerusform>
            <numerusform>Ignored %Ln invitations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 sent.</source>
        <translation>Invitation to %1 sent.</translation>
    </message>
    <message>
        <source>Your invitation to %1 was sent %2.</source>
        <comment>a name, then how long ago</comment>
        <translation>Your invitation to %1 was sent %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of these invitations were sent less than %Ln day(s) ago.</source>
        <translation>
            <numerusform>%1 of these invitations were sent less than %Ln day ago.</numerusform>
            <numerusform>%1 of these invitations were sent less than %Ln days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most people answer within a few weeks; after a withdrawal you cannot invite them again for %Ln day(s).</source>
        <translation>
            <numerusform>Most people answer within a few weeks; after a withdrawal you cannot invite them again for %Ln day.</numerusform>
            <numerusform>Most people answer within a few weeks; after a withdrawal you cannot invite them again for %Ln days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw a recent invitation?</source>
        <translation>Withdraw a recent invitation?</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>who was sent when, then the advice</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Don&apos;t ask again</translation>
    </message>
    <message>
        <source>Select stale invitations</source>
        <translation>Select stale invitations</translation>
    </message>
    <message>
        <source>Select every invitation shown that has been pending for more than this many days:</source>
        <translation>Select every invitation shown that has been pending for more than this many days:</translation>
    </message>
    <message numerus="yes">
        <source>No invitation shown has been pending for more than %Ln day(s).</source>
        <translation>
            <numerusform>No invitation shown has been pending for more than %Ln day.</numerusform>
            <numerusform>No invitation shown has been pending for more than %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %1 pending for more than %Ln day(s).</source>
        <comment>%1 is the count of invitations</comment>
        <translation>
            <numerusform>Selected %1 pending for more than %Ln day.</numerusform>
            <numerusform>Selected %1 pending for more than %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s)</source>
        <translation>
            <numerusform>%Ln invitation</numerusform>
            <numerusform>%Ln invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced by another InviteDesk program — %1</source>
        <comment>what the cache holds</comment>
        <translation>Synced by another InviteDesk program — %1</translation>
    </message>
    <message>
        <source>The list is still being read from the cache. Try again in a moment.</source>
        <translation>The list is still being read from the cache. Try again in a moment.</translation>
    </message>
    <message>
        <source>An action was not done</source>
        <translation>An action was not done</translation>
    </message>
    <message>
        <source>Bulk withdrawal finished</source>
        <translation>Bulk withdrawal finished</translation>
    </message>
    <message>
        <source>Bulk withdrawal finished: %1.</source>
        <comment>the summary of the results</comment>
        <translation>Bulk withdrawal finished: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) will be withdrawn at %1</source>
        <translation>
            <numerusform>%Ln invitation will be withdrawn at %1</numerusform>
            <numerusform>%Ln invitations will be withdrawn at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic withdrawal</source>
        <translation>Automatic withdrawal</translation>
    </message>
    <message>
        <source>Today&apos;s automatic withdrawal is skipped.</source>
        <translation>Today&apos;s automatic withdrawal is skipped.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) you sent will expire within %1 days; “Expiring soon” on the Sent tab shows them.</source>
        <translation>
            <numerusform>%Ln invitation you sent will expire within %1 days; “Expiring soon” on the Sent tab shows them.</numerusform>
            <numerusform>%Ln invitations you sent will expire within %1 days; “Expiring soon” on the Sent tab shows them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations about to expire</source>
        <translation>Invitations about to expire</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Forget your sign-in on this computer; queued actions wait for the next one</source>
        <translation>Forget your sign-in on this computer; queued actions wait for the next one</translation>
    </message>
    <message>
        <source>InviteDesk: %1 received and %2 sent pending · %3</source>
        <comment>counts, then the queued actions</comment>
        <translation>InviteDesk: %1 received and %2 sent pending · %3</translation>
    </message>
    <message>
        <source>&amp;Show InviteDesk</source>
        <translation>&amp;Show InviteDesk</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Close window</translation>
    </message>
</context>
<context>
    <name>InviteDesk::MyNetworkPage</name>
    <message>
        <source>&amp;Manage invitations</source>
        <translation>&amp;Manage invitations</translation>
    </message>
    <message>
        <source>Manage invitations</source>
        <translation>Manage invitations</translation>
    </message>
    <message>
        <source>Newest invitations for you</source>
        <translation>Newest invitations for you</translation>
    </message>
    <message>
        <source>Newest received invitations</source>
        <translation>Newest received invitations</translation>
    </message>
    <message>
        <source>Select all received invitations</source>
        <translation>Select all received invitations</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Accept selected</source>
        <translation>Accept selected</translation>
    </message>
    <message>
        <source>Ignore selected</source>
        <translation>Ignore selected</translation>
    </message>
    <message>
        <source>People you may know</source>
        <translation>People you may know</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connect…</translation>
    </message>
    <message>
        <source>Connect with the selected person</source>
        <translation>Connect with the selected person</translation>
    </message>
    <message>
        <source>My Network</source>
        <translation>My Network</translation>
    </message>
    <message>
        <source>My Network — %1</source>
        <translation>My Network — %1</translation>
    </message>
    <message>
        <source>Pending received</source>
        <translation>Pending received</translation>
    </message>
    <message numerus="yes">
        <source>Pending received: %Ln</source>
        <translation>
            <numerusform>Pending received: %Ln</numerusform>
            <numerusform>Pending received: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending sent</source>
        <translation>Pending sent</translation>
    </message>
    <message numerus="yes">
        <source>Pending sent: %Ln</source>
        <translation>
            <numerusform>Pending sent: %Ln</numerusform>
            <numerusform>Pending sent: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message numerus="yes">
        <source>Connections: %Ln</source>
        <translation>
            <numerusform>Connections: %Ln</numerusform>
            <numerusform>Connections: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::NoteEditorDialog</name>
    <message>
        <source>Invite %1</source>
        <translation>Invite %1</translation>
    </message>
    <message>
        <source>Add a note to your invitation to &lt;b&gt;%1&lt;/b&gt; (optional).</source>
        <translation>Add a note to your invitation to &lt;b&gt;%1&lt;/b&gt; (optional).</translation>
    </message>
    <message>
        <source>Note to %1</source>
        <translation>Note to %1</translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation>&amp;Send invitation</translation>
    </message>
    <message>
        <source>Send invitation to %1</source>
        <translation>Send invitation to %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>characters used / allowed</comment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 — %Ln too many</source>
        <comment>characters used / allowed</comment>
        <translation>
            <numerusform>%1 / %2 — %Ln too many</numerusform>
            <numerusform>%1 / %2 — %Ln too many</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note length: %1 of %Ln character(s)</source>
        <translation>
            <numerusform>Note length: %1 of %Ln character</numerusform>
            <numerusform>Note length: %1 of %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after the number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to undo an action before it is sent</source>
        <translation>Seconds to undo an action before it is sent</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Ask before withdrawing an invitation younger than %Ln day(s)</source>
        <translation>
            <numerusform>&amp;Ask before withdrawing an invitation younger than %Ln day</numerusform>
            <numerusform>&amp;Ask before withdrawing an invitation younger than %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo time after an action:</source>
        <translation>&amp;Undo time after an action:</translation>
    </message>
    <message>
        <source>&amp;Withdraw invitations automatically when they have been pending for more than</source>
        <translation>&amp;Withdraw invitations automatically when they have been pending for more than</translation>
    </message>
    <message>
        <source> days</source>
        <comment>after the number</comment>
        <translation> days</translation>
    </message>
    <message>
        <source>Days pending before an invitation is withdrawn automatically</source>
        <translation>Days pending before an invitation is withdrawn automatically</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>At &amp;most</translation>
    </message>
    <message>
        <source> a day</source>
        <comment>invitations, after the number</comment>
        <translation> a day</translation>
    </message>
    <message>
        <source>Most invitations withdrawn automatically in a day</source>
        <translation>Most invitations withdrawn automatically in a day</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray; closing the window keeps InviteDesk syncing</source>
        <translation>Show an icon in the system &amp;tray; closing the window keeps InviteDesk syncing</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>This desktop has no system tray.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::Session</name>
    <message>
        <source>no keyring found: your sign-in is kept for this session only</source>
        <translation>no keyring found: your sign-in is kept for this session only</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>the keyring did not keep your sign-in: you will be asked again next time</source>
        <translation>the keyring did not keep your sign-in: you will be asked again next time</translation>
    </message>
    <message>
        <source>demo server</source>
        <translation>demo server</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>process %1</translation>
    </message>
    <message>
        <source>Another InviteDesk program sends and syncs this account; this one shows what it does and takes over when it ends.</source>
        <translation>Another InviteDesk program sends and syncs this account; this one shows what it does and takes over when it ends.</translation>
    </message>
    <message>
        <source>Another InviteDesk program (%1) sends and syncs this account; this one shows what it does and takes over when it ends.</source>
        <translation>Another InviteDesk program (%1) sends and syncs this account; this one shows what it does and takes over when it ends.</translation>
    </message>
    <message>
        <source>signed out on this computer only: the server could not be told, so the old sign-in stays valid there until it expires</source>
        <translation>signed out on this computer only: the server could not be told, so the old sign-in stays valid there until it expires</translation>
    </message>
</context>
<context>
    <name>InviteDesk::SignInDialog</name>
    <message>
        <source>Sign in to InviteDesk</source>
        <translation>Sign in to InviteDesk</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::SingleInstance</name>
    <message numerus="yes">
        <source>It did not answer within %n second(s).</source>
        <translation>
            <numerusform>It did not answer within %n second.</numerusform>
            <numerusform>It did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::StatsPage</name>
    <message>
        <source>Pending sent invitations</source>
        <translation>Pending sent invitations</translation>
    </message>
    <message>
        <source>Pending sent invitations by age</source>
        <translation>Pending sent invitations by age</translation>
    </message>
    <message>
        <source>Pending sent invitations by age chart</source>
        <translation>Pending sent invitations by age chart</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Acceptance rate of sent invitations by month</source>
        <translation>Acceptance rate of sent invitations by month</translation>
    </message>
    <message>
        <source>Acceptance rate of sent invitations by month chart</source>
        <translation>Acceptance rate of sent invitations by month chart</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln</source>
        <comment>an age range, then how many invitations</comment>
        <translation>
            <numerusform>%1: %Ln</numerusform>
            <numerusform>%1: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: none sent</source>
        <comment>a month</comment>
        <translation>%1: none sent</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln accepted (%3%)</source>
        <comment>a month, then counts of invitations</comment>
        <translation>
            <numerusform>%1: %2 of %Ln accepted (%3%)</numerusform>
            <numerusform>%1: %2 of %Ln accepted (%3%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::SuggestionListModel</name>
    <message>
        <source>%1 — %2</source>
        <comment>name — headline</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>name — headline, company</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 (can re-invite after %2)</source>
        <comment>a person as above, then a date</comment>
        <translation>%1 (can re-invite after %2)</translation>
    </message>
</context>
<context>
    <name>InviteDesk::SyncEngine</name>
    <message>
        <source>The server asked InviteDesk to slow down; syncing resumes at %1.</source>
        <translation>The server asked InviteDesk to slow down; syncing resumes at %1.</translation>
    </message>
    <message>
        <source>Your session has ended; sign in again to send queued actions.</source>
        <translation>Your session has ended; sign in again to send queued actions.</translation>
    </message>
    <message>
        <source>The invitation to %1 no longer exists; nothing was changed.</source>
        <translation>The invitation to %1 no longer exists; nothing was changed.</translation>
    </message>
    <message>
        <source>The invitation from %1 no longer exists; nothing was changed.</source>
        <translation>The invitation from %1 no longer exists; nothing was changed.</translation>
    </message>
    <message>
        <source>The invitation to %1 is still pending.</source>
        <translation>The invitation to %1 is still pending.</translation>
    </message>
    <message>
        <source>The invitation from %1 is still pending.</source>
        <translation>The invitation from %1 is still pending.</translation>
    </message>
    <message>
        <source>The invitation to %1 was already accepted.</source>
        <translation>The invitation to %1 was already accepted.</translation>
    </message>
    <message>
        <source>The invitation from %1 was already accepted.</source>
        <translation>The invitation from %1 was already accepted.</translation>
    </message>
    <message>
        <source>The invitation to %1 was already ignored.</source>
        <translation>The invitation to %1 was already ignored.</translation>
    </message>
    <message>
        <source>The invitation from %1 was already ignored.</source>
        <translation>The invitation from %1 was already ignored.</translation>
    </message>
    <message>
        <source>The invitation to %1 was already withdrawn.</source>
        <translation>The invitation to %1 was already withdrawn.</translation>
    </message>
    <message>
        <source>The invitation from %1 was already withdrawn.</source>
        <translation>The invitation from %1 was already withdrawn.</translation>
    </message>
    <message>
        <source>The invitation to %1 had already expired.</source>
        <translation>The invitation to %1 had already expired.</translation>
    </message>
    <message>
        <source>The invitation from %1 had already expired.</source>
        <translation>The invitation from %1 had already expired.</translation>
    </message>
    <message>
        <source>The network does not let you invite %1 again yet: you withdrew an invitation to them recently. You can invite them from %2.</source>
        <translation>The network does not let you invite %1 again yet: you withdrew an invitation to them recently. You can invite them from %2.</translation>
    </message>
    <message>
        <source>Your invitation to %1 was not sent: this week&apos;s invitations are used up. You can send more from %2.</source>
        <translation>Your invitation to %1 was not sent: this week&apos;s invitations are used up. You can send more from %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the server kept failing (%n attempt(s); last: %2)</source>
        <translation>
            <numerusform>%1: the server kept failing (%n attempt; last: %2)</numerusform>
            <numerusform>%1: the server kept failing (%n attempts; last: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a person&apos;s name, then the sentence saying why the action was refused</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your session has ended; sign in again.</source>
        <translation>Your session has ended; sign in again.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::UndoBanner</name>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Dismiss notification</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Review the invitations to be withdrawn automatically</source>
        <translation>Review the invitations to be withdrawn automatically</translation>
    </message>
    <message>
        <source>S&amp;kip today</source>
        <translation>S&amp;kip today</translation>
    </message>
    <message>
        <source>Skip today&apos;s automatic withdrawal</source>
        <translation>Skip today&apos;s automatic withdrawal</translation>
    </message>
</context>
<context>
    <name>InviteDesk::ViewExport</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Could not write %1: %2.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::WithdrawalPreviewModel</name>
    <message>
        <source>⚠ Recent</source>
        <translation>⚠ Recent</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <comment>a date and time</comment>
        <translation>Sent %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent less than %n day(s) ago</source>
        <translation>
            <numerusform>Sent less than %n day ago</numerusform>
            <numerusform>Sent less than %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>column: when the invitation was sent</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>column: a warning about the row</comment>
        <translation>Note</translation>
    </message>
</context>
</TS>
