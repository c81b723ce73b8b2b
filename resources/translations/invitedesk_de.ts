<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InviteDesk::AgeText</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s) ago</source>
        <translation>
            <numerusform>vor %Ln Woche</numerusform>
            <numerusform>vor %Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) ago</source>
        <translation>
            <numerusform>vor %Ln Monat</numerusform>
            <numerusform>vor %Ln Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) ago</source>
        <translation>
            <numerusform>vor %Ln Jahr</numerusform>
            <numerusform>vor %Ln Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::ApiClient</name>
    <message>
        <source>The server sent a reply InviteDesk cannot read (%1).</source>
        <translation>Der Server hat eine Antwort geschickt, die InviteDesk nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>The server could not read the request InviteDesk sent.</source>
        <translation>Der Server konnte die Anfrage von InviteDesk nicht lesen.</translation>
    </message>
    <message>
        <source>The server did not accept the request InviteDesk sent.</source>
        <translation>Der Server hat die Anfrage von InviteDesk nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server did not accept a detail of the request InviteDesk sent.</source>
        <translation>Der Server hat eine Angabe in der Anfrage von InviteDesk nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid; sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server refused the request because its repeat protection was missing.</source>
        <translation>Der Server hat die Anfrage abgelehnt, weil ihr Wiederholungsschutz fehlte.</translation>
    </message>
    <message>
        <source>The server refused the request because it looked like a repeat of a different one.</source>
        <translation>Der Server hat die Anfrage abgelehnt, weil sie wie die Wiederholung einer anderen aussah.</translation>
    </message>
    <message>
        <source>The server no longer has what InviteDesk asked for.</source>
        <translation>Was InviteDesk angefragt hat, gibt es auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>This person is no longer on the network.</source>
        <translation>Diese Person ist nicht mehr im Netzwerk.</translation>
    </message>
    <message>
        <source>An invitation between you and this person is already pending.</source>
        <translation>Zwischen Ihnen und dieser Person steht bereits eine Einladung aus.</translation>
    </message>
    <message>
        <source>You are already connected with this person.</source>
        <translation>Sie sind mit dieser Person bereits vernetzt.</translation>
    </message>
    <message>
        <source>You withdrew an invitation to this person recently; you can invite them again from %1.</source>
        <translation>Sie haben vor Kurzem eine Einladung an diese Person zurückgezogen; ab %1 können Sie sie erneut einladen.</translation>
    </message>
    <message>
        <source>You withdrew an invitation to this person recently; you cannot invite them again yet.</source>
        <translation>Sie haben vor Kurzem eine Einladung an diese Person zurückgezogen; Sie können sie noch nicht erneut einladen.</translation>
    </message>
    <message>
        <source>This invitation was already accepted.</source>
        <translation>Diese Einladung wurde bereits angenommen.</translation>
    </message>
    <message>
        <source>This invitation was already ignored.</source>
        <translation>Diese Einladung wurde bereits ignoriert.</translation>
    </message>
    <message>
        <source>This invitation was already withdrawn.</source>
        <translation>Diese Einladung wurde bereits zurückgezogen.</translation>
    </message>
    <message>
        <source>This invitation has expired.</source>
        <translation>Diese Einladung ist abgelaufen.</translation>
    </message>
    <message>
        <source>This invitation is no longer pending.</source>
        <translation>Diese Einladung steht nicht mehr aus.</translation>
    </message>
    <message numerus="yes">
        <source>The note is %n character(s) too long for the network.</source>
        <translation>
            <numerusform>Die Notiz ist %n Zeichen zu lang für das Netzwerk.</numerusform>
            <numerusform>Die Notiz ist %n Zeichen zu lang für das Netzwerk.</numerusform>
        </translation>
    </message>
    <message>
        <source>The note is too long for the network.</source>
        <translation>Die Notiz ist zu lang für das Netzwerk.</translation>
    </message>
    <message>
        <source>You cannot invite yourself.</source>
        <translation>Sie können sich nicht selbst einladen.</translation>
    </message>
    <message>
        <source>The server no longer knows where the last sync ended; everything is fetched again.</source>
        <translation>Der Server weiß nicht mehr, wo die letzte Synchronisierung endete; alles wird neu abgerufen.</translation>
    </message>
    <message>
        <source>The server refused a request that did not say how long it is.</source>
        <translation>Der Server hat eine Anfrage ohne Längenangabe abgelehnt.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>Die Anfrage war zu groß für den Server.</translation>
    </message>
    <message numerus="yes">
        <source>The server asked InviteDesk to slow down for %n second(s).</source>
        <translation>
            <numerusform>Der Server hat InviteDesk gebeten, %n Sekunde zu warten.</numerusform>
            <numerusform>Der Server hat InviteDesk gebeten, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asked InviteDesk to slow down.</source>
        <translation>Der Server hat InviteDesk gebeten, weniger Anfragen zu senden.</translation>
    </message>
    <message>
        <source>This week&apos;s invitations are used up; you can send more from %1.</source>
        <translation>Die Einladungen dieser Woche sind aufgebraucht; ab %1 können Sie weitere senden.</translation>
    </message>
    <message>
        <source>This week&apos;s invitations are used up.</source>
        <translation>Die Einladungen dieser Woche sind aufgebraucht.</translation>
    </message>
    <message>
        <source>The server ran into an error of its own (HTTP %1); try again later.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server could not complete the request (HTTP %1); try again later.</source>
        <translation>Der Server konnte die Anfrage nicht ausführen (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it looks like https://host/api/v1.</source>
        <translation>„%1“ ist keine Serveradresse; eine sieht so aus: https://host/api/v1.</translation>
    </message>
    <message>
        <source>Plain http would send your password unencrypted; use https:// for %1.</source>
        <translation>Mit einfachem http würde Ihr Passwort unverschlüsselt gesendet; verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// on this computer).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (oder mit http:// auf diesem Computer).</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <translation>Der Server %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2).</source>
        <translation>Der Server %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this user lately; try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter für diesen Benutzer in letzter Zeit; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche Passwörter für diesen Benutzer in letzter Zeit; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong passwords for this user lately; try again shortly.</source>
        <translation>Zu viele falsche Passwörter für diesen Benutzer in letzter Zeit; versuchen Sie es gleich erneut.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::BudgetText</name>
    <message numerus="yes">
        <source>%1 of %Ln invitation(s) used this week</source>
        <translation>
            <numerusform>%1 von %Ln Einladung diese Woche genutzt</numerusform>
            <numerusform>%1 von %Ln Einladungen diese Woche genutzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln invitation(s) used this week — you can send more from %2</source>
        <translation>
            <numerusform>%1 von %Ln Einladung diese Woche genutzt — ab %2 können Sie weitere senden</numerusform>
            <numerusform>%1 von %Ln Einladungen diese Woche genutzt — ab %2 können Sie weitere senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::BulkProgressPanel</name>
    <message>
        <source>Bulk withdrawal</source>
        <translation>Zurückziehen mehrerer Einladungen</translation>
    </message>
    <message>
        <source>Bulk withdrawal progress</source>
        <translation>Fortschritt beim Zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the bulk withdrawal</source>
        <translation>Das Zurückziehen mehrerer Einladungen abbrechen</translation>
    </message>
    <message>
        <source>Stop: invitations not sent yet stay pending</source>
        <translation>Anhalten: noch nicht gesendete Einladungen bleiben ausstehend</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Retry failed withdrawals</source>
        <translation>Fehlgeschlagenes Zurückziehen wiederholen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Detai&amp;ls</translation>
    </message>
    <message>
        <source>Show the result for each person</source>
        <translation>Das Ergebnis für jede Person zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the bulk withdrawal results</source>
        <translation>Die Ergebnisse des Zurückziehens schließen</translation>
    </message>
    <message>
        <source>Result for each person</source>
        <translation>Ergebnis für jede Person</translation>
    </message>
    <message>
        <source>Select all results</source>
        <translation>Alle Ergebnisse auswählen</translation>
    </message>
    <message>
        <source>Bulk withdrawal finished: %1.</source>
        <comment>the summary of the results</comment>
        <translation>Zurückziehen abgeschlossen: %1.</translation>
    </message>
    <message>
        <source>Withdrawing: %1 of %2 done · %3 failed</source>
        <translation>Zurückziehen: %1 von %2 erledigt · %3 fehlgeschlagen</translation>
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
        <translation>Die Einladung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor sie gesendet wurde.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Already answered</source>
        <translation>Bereits beantwortet</translation>
    </message>
    <message>
        <source>No longer exists</source>
        <translation>Existiert nicht mehr</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Noch ausstehend</translation>
    </message>
    <message>
        <source>Already accepted</source>
        <translation>Bereits angenommen</translation>
    </message>
    <message>
        <source>Already ignored</source>
        <translation>Bereits ignoriert</translation>
    </message>
    <message>
        <source>Already withdrawn</source>
        <translation>Bereits zurückgezogen</translation>
    </message>
    <message>
        <source>Already expired</source>
        <translation>Bereits abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln zurückgezogen</numerusform>
            <numerusform>%Ln zurückgezogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already answered</source>
        <translation>
            <numerusform>%Ln bereits beantwortet</numerusform>
            <numerusform>%Ln bereits beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer exist(s)</source>
        <translation>
            <numerusform>%Ln existiert nicht mehr</numerusform>
            <numerusform>%Ln existieren nicht mehr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln abgebrochen</numerusform>
            <numerusform>%Ln abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln wartet</numerusform>
            <numerusform>%Ln warten</numerusform>
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
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>InviteDesk::BulkWithdrawDialog</name>
    <message numerus="yes">
        <source>Withdraw %Ln invitation(s)?</source>
        <translation>
            <numerusform>%Ln Einladung zurückziehen?</numerusform>
            <numerusform>%Ln Einladungen zurückziehen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) will be withdrawn.</source>
        <translation>
            <numerusform>%Ln Einladung wird zurückgezogen.</numerusform>
            <numerusform>%Ln Einladungen werden zurückgezogen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody is told. You cannot invite any of these people again for %Ln day(s) (until %1).</source>
        <translation>
            <numerusform>Niemand wird benachrichtigt. Sie können keine dieser Personen %Ln Tag lang erneut einladen (bis %1).</numerusform>
            <numerusform>Niemand wird benachrichtigt. Sie können keine dieser Personen %Ln Tage lang erneut einladen (bis %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 of them were sent less than %Ln day(s) ago (marked &quot;Recent&quot;); most people answer within a few weeks.</source>
        <translation>
            <numerusform>⚠ %1 davon wurden vor weniger als %Ln Tag gesendet (als „Kürzlich“ markiert); die meisten Personen antworten innerhalb weniger Wochen.</numerusform>
            <numerusform>⚠ %1 davon wurden vor weniger als %Ln Tagen gesendet (als „Kürzlich“ markiert); die meisten Personen antworten innerhalb weniger Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations to withdraw</source>
        <translation>Zurückzuziehende Einladungen</translation>
    </message>
    <message>
        <source>Corner</source>
        <translation>Ecke</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Withdraw %Ln invitation(s)</source>
        <translation>
            <numerusform>%Ln Einladung &amp;zurückziehen</numerusform>
            <numerusform>%Ln Einladungen &amp;zurückziehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %Ln invitation(s)</source>
        <translation>
            <numerusform>%Ln Einladung zurückziehen</numerusform>
            <numerusform>%Ln Einladungen zurückziehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::CaCertificates</name>
    <message>
        <source>The certificate file %1 cannot be read (%2).</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The certificate file %1 is too large to be a list of certificate authorities.</source>
        <translation>Die Zertifikatsdatei %1 ist zu groß für eine Liste von Zertifizierungsstellen.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM format (-----BEGIN CERTIFICATE-----).</source>
        <translation>Die Datei %1 enthält kein Zertifikat im PEM-Format (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The file %1 holds a certificate that is damaged or not in PEM format.</source>
        <translation>Die Datei %1 enthält ein Zertifikat, das beschädigt oder nicht im PEM-Format ist.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::Cache</name>
    <message>
        <source>The cache %1 cannot be opened (%2).</source>
        <translation>Der Zwischenspeicher %1 lässt sich nicht öffnen (%2).</translation>
    </message>
    <message>
        <source>%1 is not a usable cache (%2).</source>
        <translation>%1 ist kein brauchbarer Zwischenspeicher (%2).</translation>
    </message>
    <message>
        <source>The local cache is busy or read-only (%1).</source>
        <translation>Der lokale Zwischenspeicher ist belegt oder schreibgeschützt (%1).</translation>
    </message>
    <message>
        <source>That invitation is no longer pending.</source>
        <translation>Diese Einladung ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>Too late to undo: the action has already been sent.</source>
        <translation>Zu spät zum Rückgängigmachen: Die Aktion wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>The local cache could not be read (%1).</source>
        <translation>Der lokale Zwischenspeicher konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The local cache could not be written (%1).</source>
        <translation>In den lokalen Zwischenspeicher konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The cache could not be updated (%1).</source>
        <translation>Der Zwischenspeicher konnte nicht aktualisiert werden (%1).</translation>
    </message>
    <message>
        <source>The cache file cannot be read (%1). It may be damaged or not a cache.</source>
        <translation>Die Datei des Zwischenspeichers lässt sich nicht lesen (%1). Sie ist vielleicht beschädigt oder kein Zwischenspeicher.</translation>
    </message>
    <message>
        <source>The cache is locked by another program (%1).</source>
        <translation>Der Zwischenspeicher ist von einem anderen Programm gesperrt (%1).</translation>
    </message>
    <message>
        <source>%1 is not an InviteDesk cache.</source>
        <translation>%1 ist kein Zwischenspeicher von InviteDesk.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer InviteDesk (schema %2, this one knows %3). Update InviteDesk or choose another data folder.</source>
        <translation>Der Zwischenspeicher %1 stammt von einer neueren InviteDesk-Version (Schema %2, diese kennt %3). Aktualisieren Sie InviteDesk oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The cache file cannot be read (no SQLite connection).</source>
        <translation>Die Zwischenspeicherdatei kann nicht gelesen werden (keine SQLite-Verbindung).</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: it is not a database any more.</source>
        <translation>Der Zwischenspeicher %1 ist beschädigt: Er ist keine Datenbank mehr.</translation>
    </message>
    <message>
        <source>%1 is not an InviteDesk cache (another program&apos;s database).</source>
        <translation>%1 ist kein InviteDesk-Zwischenspeicher (die Datenbank eines anderen Programms).</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer InviteDesk (schema %2, this one knows %3).</source>
        <translation>Der Zwischenspeicher %1 wurde von einem neueren InviteDesk geschrieben (Schema %2, dieses kennt %3).</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: some of its pages cannot be read.</source>
        <translation>Der Zwischenspeicher %1 ist beschädigt: Einige seiner Seiten können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 The damaged file cannot be moved aside to %2.</source>
        <translation>%1 Die beschädigte Datei kann nicht nach %2 beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The queued actions cannot be copied into the new cache (%1).</source>
        <translation>Die wartenden Aktionen können nicht in den neuen Zwischenspeicher kopiert werden (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 It was kept as %2 and InviteDesk fetches everything again from the server; %n queued action(s) were kept and will be sent.</source>
        <translation>
            <numerusform>%1 Sie wurde als %2 aufbewahrt, und InviteDesk holt alles erneut vom Server; %n wartende Aktion wurde behalten und wird gesendet.</numerusform>
            <numerusform>%1 Sie wurde als %2 aufbewahrt, und InviteDesk holt alles erneut vom Server; %n wartende Aktionen wurden behalten und werden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 It was kept as %2 and InviteDesk fetches everything again from the server.</source>
        <translation>%1 Sie wurde als %2 aufbewahrt, und InviteDesk holt alles erneut vom Server.</translation>
    </message>
    <message>
        <source>%1 It was kept as %2 and InviteDesk fetches everything again from the server; the actions that were waiting to be sent could not be read from it.</source>
        <translation>%1 Sie wurde als %2 aufbewahrt, und InviteDesk holt alles erneut vom Server; die Aktionen, die auf das Senden warteten, konnten nicht aus ihr gelesen werden.</translation>
    </message>
    <message>
        <source>The disk that holds the cache (%1) is full: nothing new can be saved until there is room again; what you see and what is queued are kept.</source>
        <translation>Der Datenträger mit dem Zwischenspeicher (%1) ist voll: Neues kann erst wieder gespeichert werden, wenn Platz frei ist; was Sie sehen und was in der Warteschlange steht, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The disk that holds the cache (%1) fails to write: nothing new can be saved until it works again; what you see and what is queued are kept.</source>
        <translation>Der Datenträger mit dem Zwischenspeicher (%1) kann nicht schreiben: Neues kann erst wieder gespeichert werden, wenn er wieder funktioniert; was Sie sehen und was in der Warteschlange steht, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The cache in %1 has become read-only: nothing new can be saved until it can be written again; what you see and what is queued are kept.</source>
        <translation>Der Zwischenspeicher in %1 ist schreibgeschützt geworden: Neues kann erst wieder gespeichert werden, wenn er wieder beschreibbar ist; was Sie sehen und was in der Warteschlange steht, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The disk that holds the cache (%1) is full: the cache cannot be opened until there is room again; nothing in it is lost.</source>
        <translation>Der Datenträger mit dem Zwischenspeicher (%1) ist voll: Der Zwischenspeicher lässt sich erst öffnen, wenn wieder Platz frei ist; nichts darin geht verloren.</translation>
    </message>
    <message>
        <source>The disk that holds the cache (%1) fails: the cache cannot be opened until it works again; nothing in it is lost.</source>
        <translation>Der Datenträger mit dem Zwischenspeicher (%1) versagt: Der Zwischenspeicher lässt sich erst öffnen, wenn er wieder funktioniert; nichts darin geht verloren.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::Cli::CliApp</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not changed: it is %1 now</source>
        <translation>nicht geändert: sie ist jetzt %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>not changed: it no longer exists</source>
        <translation>nicht geändert: sie existiert nicht mehr</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No account yet: sign in first with &quot;invitedesk-cli sign-in --server URL --user NAME&quot;.</source>
        <translation>Noch kein Konto: Melden Sie sich zuerst mit „invitedesk-cli sign-in --server URL --user NAME“ an.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>signed in with --password-file for this run</source>
        <translation>für diesen Lauf mit --password-file angemeldet</translation>
    </message>
    <message>
        <source>No terminal to ask for the password on: give --password-file FILE.</source>
        <translation>Kein Terminal, um nach dem Passwort zu fragen: Geben Sie --password-file DATEI an.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Als %1 bei %2 angemeldet.</translation>
    </message>
    <message>
        <source>Not asking without a terminal: add --yes to go ahead.</source>
        <translation>Ohne Terminal wird nicht gefragt: Fügen Sie --yes hinzu, um fortzufahren.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>No invitation has been pending for more than %n day(s).</source>
        <translation>
            <numerusform>Keine Einladung ist länger als %n Tag offen.</numerusform>
            <numerusform>Keine Einladung ist länger als %n Tage offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of your sent invitations; nothing was withdrawn.</source>
        <translation>%1 ist keine Ihrer gesendeten Einladungen; nichts wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer pending; nothing was withdrawn.</source>
        <translation>%1 (%2) ist nicht mehr offen; nichts wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Nothing to withdraw.</source>
        <translation>Nichts zurückzuziehen.</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n invitation(s):</source>
        <translation>
            <numerusform>%n Einladung zurückziehen:</numerusform>
            <numerusform>%n Einladungen zurückziehen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1  %2 (%3), pending %n day(s)</source>
        <translation>
            <numerusform>  %1  %2 (%3), seit %n Tag offen</numerusform>
            <numerusform>  %1  %2 (%3), seit %n Tagen offen</numerusform>
        </translation>
    </message>
    <message>
        <source>They can be invited again from %1.</source>
        <translation>Sie können ab %1 wieder eingeladen werden.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Withdraw them?</source>
        <translation>Zurückziehen?</translation>
    </message>
    <message>
        <source>%1 is not a pending invitation you received; nothing was changed.</source>
        <translation>%1 ist keine offene Einladung an Sie; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <translation>[%1/%2] %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n of them did not go as asked.</source>
        <translation>
            <numerusform>%n davon lief nicht wie gewünscht.</numerusform>
            <numerusform>%n davon liefen nicht wie gewünscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Sign in with &quot;invitedesk-cli sign-in&quot; or --password-file; %n action(s) wait in the outbox.</source>
        <translation>
            <numerusform>%1 Melden Sie sich mit „invitedesk-cli sign-in“ oder --password-file an; %n Aktion wartet im Ausgang.</numerusform>
            <numerusform>%1 Melden Sie sich mit „invitedesk-cli sign-in“ oder --password-file an; %n Aktionen warten im Ausgang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %1 %n action(s) wait in the outbox and go with the next sync.</source>
        <translation>
            <numerusform>Offline: %1 %n Aktion wartet im Ausgang und geht beim nächsten Abgleich.</numerusform>
            <numerusform>Offline: %1 %n Aktionen warten im Ausgang und gehen beim nächsten Abgleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s).</source>
        <translation>
            <numerusform>Abgeglichen: %n Änderung.</numerusform>
            <numerusform>Abgeglichen: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account:    %1 on %2</source>
        <translation>Konto:      %1 bei %2</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
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
        <translation>Letzter Abgleich: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>Queued:     %n action(s)</source>
        <translation>
            <numerusform>Vorgemerkt: %n Aktion</numerusform>
            <numerusform>Vorgemerkt: %n Aktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending:    %1 received, %2 sent</source>
        <translation>Offen:      %1 erhalten, %2 gesendet</translation>
    </message>
    <message>
        <source>This week:  %1 of %2 invitations sent</source>
        <translation>Diese Woche: %1 von %2 Einladungen gesendet</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>%1 is neither a suggested person nor someone you withdrew an invitation from; nothing was sent.</source>
        <translation>%1 ist weder eine vorgeschlagene Person noch jemand, dessen Einladung Sie zurückgezogen haben; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>%1 cannot be invited now; nothing was sent.</source>
        <translation>%1 kann jetzt nicht eingeladen werden; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Inviting %1 (%2).</source>
        <translation>%1 (%2) wird eingeladen.</translation>
    </message>
    <message>
        <source>This week&apos;s %1 invitations are used up; you can send more from %2.</source>
        <translation>Die %1 Einladungen dieser Woche sind aufgebraucht; ab %2 können Sie weitere senden.</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 done, %3 failed</source>
        <translation>Senden: %1 von %2 erledigt, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>taken back in the other InviteDesk program</source>
        <translation>im anderen InviteDesk-Programm zurückgenommen</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %1 %n action(s) wait in the outbox; the other InviteDesk program sends them when it can.</source>
        <translation>
            <numerusform>Noch nicht gesendet: %1 %n Aktion wartet im Ausgang; das andere InviteDesk-Programm sendet sie, sobald es kann.</numerusform>
            <numerusform>Noch nicht gesendet: %1 %n Aktionen warten im Ausgang; das andere InviteDesk-Programm sendet sie, sobald es kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) wait in the outbox; the other InviteDesk program sends them.</source>
        <translation>
            <numerusform>%n Aktion wartet im Ausgang; das andere InviteDesk-Programm sendet sie.</numerusform>
            <numerusform>%n Aktionen warten im Ausgang; das andere InviteDesk-Programm sendet sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>synced by another InviteDesk program (%1)</source>
        <translation>abgeglichen von einem anderen InviteDesk-Programm (%1)</translation>
    </message>
    <message>
        <source>Signed out of %1 on %2; what is queued stays until you sign in again.</source>
        <translation>Von %1 auf %2 abgemeldet; Vorgemerktes bleibt, bis Sie sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (%2).</source>
        <translation>Der Datenordner %1 kann nicht verwendet werden (%2).</translation>
    </message>
</context>
<context>
    <name>InviteDesk::Cli::CliOptions</name>
    <message>
        <source>--%1 takes a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl ab %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>The window&apos;s data folder (cache and settings) in DIR.</source>
        <translation>Der Datenordner des Fensters (Cache und Einstellungen) in VERZ.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Use this account instead of the last one used.</source>
        <translation>Dieses Konto statt des zuletzt benutzten verwenden.</translation>
    </message>
    <message>
        <source>USER@SERVER</source>
        <translation>BENUTZER@SERVER</translation>
    </message>
    <message>
        <source>sign-in: the Invitations API at URL.</source>
        <translation>sign-in: die Invitations-API unter URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>sign-in: the user name.</source>
        <translation>sign-in: der Benutzername.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Sign in with the password on FILE&apos;s first line; the token stays in memory.</source>
        <translation>Mit dem Passwort aus der ersten Zeile von DATEI anmelden; das Token bleibt nur im Speicher.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM).</source>
        <translation>Auch den Zertifizierungsstellen in DATEI (PEM) vertrauen.</translation>
    </message>
    <message>
        <source>list, export: table, csv or json.</source>
        <translation>list, export: table, csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Only invitations pending more than DAYS days.</source>
        <translation>Nur Einladungen, die länger als TAGE Tage offen sind.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>list: only this company (part of its name).</source>
        <translation>list: nur diese Firma (Teil des Namens).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>list: every word in name, headline or company.</source>
        <translation>list: jedes Wort in Name, Titel oder Firma.</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>WÖRTER</translation>
    </message>
    <message>
        <source>list: only invitations about to expire.</source>
        <translation>list: nur bald ablaufende Einladungen.</translation>
    </message>
    <message>
        <source>withdraw: at most N, oldest first.</source>
        <translation>withdraw: höchstens N, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>withdraw: show who would go, send nothing.</source>
        <translation>withdraw: zeigen, wer ginge, nichts senden.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht um Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Say what to do: %1 (see --help).</source>
        <translation>Sagen Sie, was zu tun ist: %1 (siehe --help).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; the commands are %2.</source>
        <translation>Unbekannter Befehl „%1“; die Befehle sind %2.</translation>
    </message>
    <message>
        <source>--account takes USER@SERVER, e.g. alice@https://invitations.example.com/api/v1.</source>
        <translation>--account erwartet BENUTZER@SERVER, z. B. alice@https://invitations.example.com/api/v1.</translation>
    </message>
    <message>
        <source>sign-in needs --server URL and --user NAME.</source>
        <translation>sign-in braucht --server URL und --user NAME.</translation>
    </message>
    <message>
        <source>--format takes table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format erwartet table, csv oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 gilt nicht für %2.</translation>
    </message>
    <message>
        <source>list takes one of received, sent or withdrawn.</source>
        <translation>list erwartet received, sent oder withdrawn.</translation>
    </message>
    <message>
        <source>withdraw takes invitation ids or --older-than DAYS, one of the two.</source>
        <translation>withdraw erwartet Einladungs-IDs oder --older-than TAGE, eines von beiden.</translation>
    </message>
    <message>
        <source>--older-than cannot be negative.</source>
        <translation>--older-than kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 takes the ids of received invitations.</source>
        <translation>%1 erwartet die IDs erhaltener Einladungen.</translation>
    </message>
    <message>
        <source>%1 takes no arguments, but was given &quot;%2&quot;.</source>
        <translation>%1 erwartet keine Argumente, bekam aber „%2“.</translation>
    </message>
    <message>
        <source>invite: a note for the invitation.</source>
        <translation>invite: eine Nachricht zur Einladung.</translation>
    </message>
    <message>
        <source>invite takes one person id.</source>
        <translation>invite erwartet eine Personen-ID.</translation>
    </message>
    <message>
        <source>When the window sends this account&apos;s actions, queue them and exit 3 at once.</source>
        <translation>Sendet das Fenster die Aktionen dieses Kontos: nur vormerken und sofort mit 3 enden.</translation>
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
        <translation>Ihre InviteDesk-Einladungen aus einem Terminal oder Skript: derselbe Cache, derselbe Ausgang und dieselben Regeln wie im Fenster.

Befehle:
  list received|sent|withdrawn   was der Cache hält (auch offline)
  withdraw ID...                 diese gesendeten Einladungen zurückziehen
  withdraw --older-than TAGE     alle länger offenen zurückziehen (--limit N, --dry-run)
  accept ID... | ignore ID...    erhaltene Einladungen beantworten
  invite PERSON_ID [--note TEXT] eine vorgeschlagene oder früher zurückgezogene Person einladen
  sync                           Vorgemerktes senden und Änderungen holen
  status                         Konto, Verbindung, letzter Abgleich, vorgemerkte Aktionen, Wochenbudget
  sign-in --server URL --user NAME   anmelden (Passwort vom Terminal oder --password-file)
  sign-out                       die Anmeldung vergessen (Vorgemerktes bleibt)
  export                         alle Einladungen (--format csv|json)

Ist das InviteDesk-Fenster mit demselben Datenordner offen, sendet es, was die Befehlszeile
vormerkt, und die Befehlszeile meldet jedes Ergebnis, sobald das Fenster es erhält (oder endet
mit --no-wait sofort mit 3).

Exit-Status: 0 erledigt; 1 einige Aktionen abgelehnt oder fehlgeschlagen; 2 Bedienfehler;
3 offline oder später vom Fenster gesendet, Aktionen noch vorgemerkt; 4 Anmeldung nötig.</translation>
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
        <translation>ALTER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>FIRMA</translation>
    </message>
    <message>
        <source>HEADLINE</source>
        <translation>TITEL</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source> (queued)</source>
        <translation> (vorgemerkt)</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung</numerusform>
            <numerusform>%n Einladungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::ClientApp</name>
    <message>
        <source>Nothing is cached for this server yet; start InviteDesk without --offline once to sign in.</source>
        <translation>Für diesen Server ist noch nichts zwischengespeichert; starten Sie InviteDesk einmal ohne --offline, um sich anzumelden.</translation>
    </message>
    <message>
        <source>started offline; press F5 to connect</source>
        <translation>offline gestartet; zum Verbinden F5 drücken</translation>
    </message>
    <message>
        <source>This window shows %1&apos;s invitations; to use another account, choose File → Sign in as another user.</source>
        <translation>Dieses Fenster zeigt die Einladungen von %1; um ein anderes Konto zu verwenden, wählen Sie Datei → Als anderer Benutzer anmelden.</translation>
    </message>
    <message>
        <source>Use another server?</source>
        <translation>Einen anderen Server verwenden?</translation>
    </message>
    <message>
        <source>InviteDesk was started again for %1. Sign in there instead of staying with %2?</source>
        <translation>InviteDesk wurde erneut für %1 gestartet. Dort anmelden, statt bei %2 zu bleiben?</translation>
    </message>
    <message>
        <source>&amp;Sign in there</source>
        <translation>Dort &amp;anmelden</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (%2).</source>
        <translation>Der Datenordner %1 kann nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <source>The cache could not be opened again after it was set aside.</source>
        <translation>Der Zwischenspeicher konnte nach dem Beiseitelegen nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>The cache was set aside</source>
        <translation>Der Zwischenspeicher wurde beiseitegelegt</translation>
    </message>
</context>
<context>
    <name>InviteDesk::CommandLine</name>
    <message>
        <source>Review the invitations you received and the ones you sent, online or offline.</source>
        <translation>Erhaltene und gesendete Einladungen verwalten, online oder offline.</translation>
    </message>
    <message>
        <source>Start the bundled demo server with sample data and use it.</source>
        <translation>Den mitgelieferten Demo-Server mit Beispieldaten starten und verwenden.</translation>
    </message>
    <message>
        <source>Use the Invitations API at URL (https://…/api/v1).</source>
        <translation>Die Einladungs-API unter URL verwenden (https://…/api/v1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep the cache and settings in DIR.</source>
        <translation>Zwischenspeicher und Einstellungen in ORDNER ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Start from the cache without contacting the server.</source>
        <translation>Aus dem Zwischenspeicher starten, ohne den Server zu kontaktieren.</translation>
    </message>
    <message>
        <source>invitedesk: --demo and --server exclude each other</source>
        <translation>invitedesk: --demo und --server schließen einander aus</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM) for the server&apos;s certificate.</source>
        <translation>Für das Zertifikat des Servers auch den Zertifizierungsstellen in DATEI (PEM) vertrauen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>InviteDesk is already running with this data folder; its window is now in front.</source>
        <translation>InviteDesk läuft bereits mit diesem Datenordner; sein Fenster ist jetzt im Vordergrund.</translation>
    </message>
    <message>
        <source>invitedesk: InviteDesk is already running with this data folder but does not answer (%1). Close it, or start with another --data-dir.</source>
        <translation>invitedesk: InviteDesk läuft bereits mit diesem Datenordner, antwortet aber nicht (%1). Schließen Sie es oder starten Sie mit einem anderen --data-dir.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::DemoServer</name>
    <message>
        <source>The demo server %1 is missing; build the invitedesk-server target.</source>
        <translation>Der Demo-Server %1 fehlt; bauen Sie das Ziel invitedesk-server.</translation>
    </message>
    <message>
        <source>The demo server could not start (%1).</source>
        <translation>Der Demo-Server konnte nicht starten (%1).</translation>
    </message>
    <message>
        <source>The demo server did not report its address within 30 seconds.</source>
        <translation>Der Demo-Server hat seine Adresse nicht innerhalb von 30 Sekunden gemeldet.</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1); its messages are above.</source>
        <translation>Der Demo-Server wurde beendet (Exit-Code %1); seine Meldungen stehen weiter oben.</translation>
    </message>
    <message>
        <source>The demo server said something unexpected: %1</source>
        <translation>Der Demo-Server hat etwas Unerwartetes gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>InviteDesk::FreedesktopNotifier</name>
    <message>
        <source>Open InviteDesk</source>
        <translation>InviteDesk öffnen</translation>
    </message>
</context>
<context>
    <name>InviteDesk::InvitationActions</name>
    <message>
        <source>A bulk withdrawal is still running; wait for it or cancel it first.</source>
        <translation>Es werden noch mehrere Einladungen zurückgezogen; warten Sie das Ende ab oder brechen Sie den Vorgang zuerst ab.</translation>
    </message>
    <message>
        <source>Too late to undo: the action has already been sent.</source>
        <translation>Zu spät zum Rückgängigmachen: die Aktion wurde bereits gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>You can invite %1 again from %2 (%n day(s) after a withdrawal).</source>
        <translation>
            <numerusform>Sie können %1 ab %2 erneut einladen (%n Tag nach dem Zurückziehen).</numerusform>
            <numerusform>Sie können %1 ab %2 erneut einladen (%n Tage nach dem Zurückziehen).</numerusform>
        </translation>
    </message>
    <message>
        <source>You withdrew an invitation to %1 recently; you can invite them again from %2.</source>
        <translation>Sie haben vor Kurzem eine Einladung an %1 zurückgezogen; ab %2 können Sie die Person erneut einladen.</translation>
    </message>
    <message>
        <source>Select one person to re-invite; each invitation gets its own note.</source>
        <translation>Wählen Sie eine Person zum erneuten Einladen aus; jede Einladung bekommt ihre eigene Notiz.</translation>
    </message>
    <message numerus="yes">
        <source>The note is %n character(s) too long; the network allows %1.</source>
        <translation>
            <numerusform>Die Notiz ist %n Zeichen zu lang; das Netzwerk erlaubt %1.</numerusform>
            <numerusform>Die Notiz ist %n Zeichen zu lang; das Netzwerk erlaubt %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::InvitationListModel</name>
    <message>
        <source>Re-invite</source>
        <translation>Erneut einladen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Accept or Ignore</source>
        <translation>Annehmen oder ignorieren</translation>
    </message>
    <message>
        <source>now</source>
        <comment>can re-invite: now</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <comment>a date and time</comment>
        <translation>Zurückgezogen am %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <comment>a date and time</comment>
        <translation>Gesendet am %1</translation>
    </message>
    <message>
        <source>You can invite %1 again from %2.</source>
        <translation>Sie können %1 ab %2 erneut einladen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>column: when it was withdrawn</comment>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>column: when it was sent</comment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>column: when it was received</comment>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Can re-invite</source>
        <translation>Erneut einladen ab</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>InviteDesk::InvitationListPage</name>
    <message>
        <source>Search by name, headline or company (Ctrl+F)</source>
        <translation>Nach Name, Titel oder Unternehmen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search withdrawn invitations</source>
        <translation>Zurückgezogene Einladungen durchsuchen</translation>
    </message>
    <message>
        <source>Search sent invitations</source>
        <translation>Gesendete Einladungen durchsuchen</translation>
    </message>
    <message>
        <source>Search received invitations</source>
        <translation>Erhaltene Einladungen durchsuchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Filter by company</source>
        <translation>Nach Unternehmen filtern</translation>
    </message>
    <message>
        <source>Clear company filter</source>
        <translation>Unternehmensfilter leeren</translation>
    </message>
    <message>
        <source>any</source>
        <comment>age filter: no limit</comment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Sent at least this many days ago</source>
        <translation>Vor mindestens so vielen Tagen gesendet</translation>
    </message>
    <message>
        <source>Sent at most this many days ago</source>
        <translation>Vor höchstens so vielen Tagen gesendet</translation>
    </message>
    <message>
        <source>E&amp;xpiring soon</source>
        <translation>Bald abla&amp;ufend</translation>
    </message>
    <message numerus="yes">
        <source>Only invitations within %Ln day(s) of expiring</source>
        <translation>
            <numerusform>Nur Einladungen, die innerhalb von %Ln Tag ablaufen</numerusform>
            <numerusform>Nur Einladungen, die innerhalb von %Ln Tagen ablaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Age (da&amp;ys):</source>
        <translation>Alter &amp;in Tagen:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>age from … to …</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Number of withdrawn invitations shown</source>
        <translation>Anzahl der angezeigten zurückgezogenen Einladungen</translation>
    </message>
    <message>
        <source>Number of sent invitations shown</source>
        <translation>Anzahl der angezeigten gesendeten Einladungen</translation>
    </message>
    <message>
        <source>Number of received invitations shown</source>
        <translation>Anzahl der angezeigten erhaltenen Einladungen</translation>
    </message>
    <message>
        <source>Withdrawn invitations</source>
        <translation>Zurückgezogene Einladungen</translation>
    </message>
    <message>
        <source>Sent invitations</source>
        <translation>Gesendete Einladungen</translation>
    </message>
    <message>
        <source>Received invitations</source>
        <translation>Erhaltene Einladungen</translation>
    </message>
    <message>
        <source>Select all withdrawn invitations</source>
        <translation>Alle zurückgezogenen Einladungen auswählen</translation>
    </message>
    <message>
        <source>Select all sent invitations</source>
        <translation>Alle gesendeten Einladungen auswählen</translation>
    </message>
    <message>
        <source>Select all received invitations</source>
        <translation>Alle erhaltenen Einladungen auswählen</translation>
    </message>
    <message>
        <source>Re-invite</source>
        <translation>Erneut einladen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Se&amp;lect stale…</source>
        <translation>Veraltete au&amp;swählen…</translation>
    </message>
    <message>
        <source>Select stale invitations</source>
        <translation>Veraltete Einladungen auswählen</translation>
    </message>
    <message>
        <source>Select every invitation shown that has been pending longer than a number of days</source>
        <translation>Jede angezeigte Einladung auswählen, die länger als eine bestimmte Zahl von Tagen aussteht</translation>
    </message>
    <message>
        <source>Re-&amp;invite selected</source>
        <translation>Au&amp;sgewählte erneut einladen</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected</source>
        <translation>Ausgewählte zurückzie&amp;hen</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>Ausgewählte anneh&amp;men</translation>
    </message>
    <message>
        <source>&amp;Ignore selected</source>
        <translation>Ausgewählte ign&amp;orieren</translation>
    </message>
    <message>
        <source>Shows who would be withdrawn, then withdraws them; you can undo for a few seconds.</source>
        <translation>Zeigt, welche Einladungen zurückgezogen würden, und zieht sie dann zurück; einige Sekunden lang können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>Applies to the invitations selected in the list.</source>
        <translation>Gilt für die in der Liste ausgewählten Einladungen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln zurückgezogene Einladung</numerusform>
            <numerusform>%Ln zurückgezogene Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending sent</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln gesendete Einladung ausstehend</numerusform>
            <numerusform>%Ln gesendete Einladungen ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending received</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln erhaltene Einladung ausstehend</numerusform>
            <numerusform>%Ln erhaltene Einladungen ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 withdrawn match(es)</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln von %1 zurückgezogenen Einladungen passt</numerusform>
            <numerusform>%Ln von %1 zurückgezogenen Einladungen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 pending sent match(es)</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln von %1 ausstehenden gesendeten Einladungen passt</numerusform>
            <numerusform>%Ln von %1 ausstehenden gesendeten Einladungen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 pending received match(es)</source>
        <comment>invitations in the list</comment>
        <translation>
            <numerusform>%Ln von %1 ausstehenden erhaltenen Einladungen passt</numerusform>
            <numerusform>%Ln von %1 ausstehenden erhaltenen Einladungen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Withdraw selected (%Ln)</source>
        <translation>
            <numerusform>Ausgewählte zurückzie&amp;hen (%Ln)</numerusform>
            <numerusform>Ausgewählte zurückzie&amp;hen (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln invitation(s) from the cache…</source>
        <translation>
            <numerusform>%Ln Einladung wird aus dem Cache gelesen …</numerusform>
            <numerusform>%Ln Einladungen werden aus dem Cache gelesen …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::InvitationStats</name>
    <message>
        <source>%1–%2 days</source>
        <comment>an age range of invitations</comment>
        <translation>%1–%2 Tage</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>läuft bald ab</translation>
    </message>
</context>
<context>
    <name>InviteDesk::MainWindow</name>
    <message>
        <source>Received or sent invitations</source>
        <translation>Erhaltene oder gesendete Einladungen</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Erhalten</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>&amp;Gesendet</translation>
    </message>
    <message>
        <source>Wit&amp;hdrawn</source>
        <translation>&amp;Zurückgezogen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>My &amp;Network</source>
        <translation>Mein &amp;Netzwerk</translation>
    </message>
    <message>
        <source>Mana&amp;ge</source>
        <translation>&amp;Verwalten</translation>
    </message>
    <message>
        <source>S&amp;tats</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Aktionen, die auf das Senden warten</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to send queued actions and fetch changes</source>
        <translation>Anmelden, um wartende Aktionen zu senden und Änderungen abzurufen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln change(s) received</source>
        <translation>
            <numerusform>Synchronisierung… %Ln Änderung erhalten</numerusform>
            <numerusform>Synchronisierung… %Ln Änderungen erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Send queued actions and fetch changes (F5)</source>
        <translation>Wartende Aktionen senden und Änderungen abrufen (F5)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>Liste als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the Manage list on screen, with its filters, as a CSV file (Ctrl+E)</source>
        <translation>Die angezeigte Liste unter Verwalten mit ihren Filtern als CSV-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Export withdrawn invitations</source>
        <translation>Zurückgezogene Einladungen exportieren</translation>
    </message>
    <message>
        <source>Export sent invitations</source>
        <translation>Gesendete Einladungen exportieren</translation>
    </message>
    <message>
        <source>Export received invitations</source>
        <translation>Erhaltene Einladungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Sign &amp;in as another user…</source>
        <translation>Als anderer Benutzer a&amp;nmelden…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln invitation(s) to %1.</source>
        <translation>
            <numerusform>%Ln Einladung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Einladungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>data from %1</source>
        <translation>Daten vom %1</translation>
    </message>
    <message>
        <source>nothing synced yet</source>
        <translation>noch nichts synchronisiert</translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <comment>what the cache holds</comment>
        <translation>Verbindung wird hergestellt… (%1)</translation>
    </message>
    <message>
        <source>Online · last synced %1</source>
        <comment>how long ago</comment>
        <translation>Online · zuletzt synchronisiert %1</translation>
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
        <translation>Anmeldung nötig — %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>status, then a note on the connection</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>waiting for the server to be reachable</source>
        <translation>wartet, bis der Server erreichbar ist</translation>
    </message>
    <message>
        <source>waiting for you to sign in</source>
        <translation>wartet auf Ihre Anmeldung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued action(s)</source>
        <translation>
            <numerusform>%Ln wartende Aktion</numerusform>
            <numerusform>%Ln wartende Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have used all %Ln invitation(s) of this week; you can send more from %1.</source>
        <translation>
            <numerusform>Sie haben Ihre %Ln Einladung dieser Woche genutzt; ab %1 können Sie weitere senden.</numerusform>
            <numerusform>Sie haben alle %Ln Einladungen dieser Woche genutzt; ab %1 können Sie weitere senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 withdrawn — you can re-invite them after %2.</source>
        <translation>Einladung an %1 zurückgezogen — nach dem %2 können Sie die Person erneut einladen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) withdrawn — you can re-invite them after %1.</source>
        <translation>
            <numerusform>%Ln Einladung zurückgezogen — nach dem %1 können Sie die Person erneut einladen.</numerusform>
            <numerusform>%Ln Einladungen zurückgezogen — nach dem %1 können Sie diese Personen erneut einladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted the invitation from %1.</source>
        <translation>Einladung von %1 angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %Ln invitation(s).</source>
        <translation>
            <numerusform>%Ln Einladung angenommen.</numerusform>
            <numerusform>%Ln Einladungen angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored the invitation from %1.</source>
        <translation>Einladung von %1 ignoriert.</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %Ln invitation(s).</source>
        <translation>
            <numerusform>%Ln Einladung ignoriert.</numerusform>
            <numerusform>%Ln Einladungen ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 sent.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message>
        <source>Your invitation to %1 was sent %2.</source>
        <comment>a name, then how long ago</comment>
        <translation>Ihre Einladung an %1 wurde %2 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of these invitations were sent less than %Ln day(s) ago.</source>
        <translation>
            <numerusform>%1 dieser Einladungen wurden vor weniger als %Ln Tag gesendet.</numerusform>
            <numerusform>%1 dieser Einladungen wurden vor weniger als %Ln Tagen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most people answer within a few weeks; after a withdrawal you cannot invite them again for %Ln day(s).</source>
        <translation>
            <numerusform>Die meisten Personen antworten innerhalb weniger Wochen; nach dem Zurückziehen können Sie sie %Ln Tag lang nicht erneut einladen.</numerusform>
            <numerusform>Die meisten Personen antworten innerhalb weniger Wochen; nach dem Zurückziehen können Sie sie %Ln Tage lang nicht erneut einladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw a recent invitation?</source>
        <translation>Eine kürzlich gesendete Einladung zurückziehen?</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>who was sent when, then the advice</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Select stale invitations</source>
        <translation>Veraltete Einladungen auswählen</translation>
    </message>
    <message>
        <source>Select every invitation shown that has been pending for more than this many days:</source>
        <translation>Jede angezeigte Einladung auswählen, die seit mehr als so vielen Tagen aussteht:</translation>
    </message>
    <message numerus="yes">
        <source>No invitation shown has been pending for more than %Ln day(s).</source>
        <translation>
            <numerusform>Keine angezeigte Einladung steht seit mehr als %Ln Tag aus.</numerusform>
            <numerusform>Keine angezeigte Einladung steht seit mehr als %Ln Tagen aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %1 pending for more than %Ln day(s).</source>
        <comment>%1 is the count of invitations</comment>
        <translation>
            <numerusform>Ausgewählt: %1, seit mehr als %Ln Tag ausstehend.</numerusform>
            <numerusform>Ausgewählt: %1, seit mehr als %Ln Tagen ausstehend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s)</source>
        <translation>
            <numerusform>%Ln Einladung</numerusform>
            <numerusform>%Ln Einladungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced by another InviteDesk program — %1</source>
        <comment>what the cache holds</comment>
        <translation>Abgeglichen von einem anderen InviteDesk-Programm — %1</translation>
    </message>
    <message>
        <source>The list is still being read from the cache. Try again in a moment.</source>
        <translation>Die Liste wird noch aus dem Cache gelesen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>An action was not done</source>
        <translation>Eine Aktion wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>Bulk withdrawal finished</source>
        <translation>Zurückziehen abgeschlossen</translation>
    </message>
    <message>
        <source>Bulk withdrawal finished: %1.</source>
        <comment>the summary of the results</comment>
        <translation>Zurückziehen abgeschlossen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) will be withdrawn at %1</source>
        <translation>
            <numerusform>%Ln Einladung wird um %1 zurückgezogen</numerusform>
            <numerusform>%Ln Einladungen werden um %1 zurückgezogen</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic withdrawal</source>
        <translation>Automatisches Zurückziehen</translation>
    </message>
    <message>
        <source>Today&apos;s automatic withdrawal is skipped.</source>
        <translation>Das heutige automatische Zurückziehen entfällt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) you sent will expire within %1 days; “Expiring soon” on the Sent tab shows them.</source>
        <translation>
            <numerusform>%Ln von Ihnen gesendete Einladung läuft in den nächsten %1 Tagen ab; „Bald ablaufend“ auf der Registerkarte Gesendet zeigt sie.</numerusform>
            <numerusform>%Ln von Ihnen gesendete Einladungen laufen in den nächsten %1 Tagen ab; „Bald ablaufend“ auf der Registerkarte Gesendet zeigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations about to expire</source>
        <translation>Einladungen laufen bald ab</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Forget your sign-in on this computer; queued actions wait for the next one</source>
        <translation>Ihre Anmeldung auf diesem Computer vergessen; vorgemerkte Aktionen warten auf die nächste</translation>
    </message>
    <message>
        <source>InviteDesk: %1 received and %2 sent pending · %3</source>
        <comment>counts, then the queued actions</comment>
        <translation>InviteDesk: %1 erhalten und %2 gesendet ausstehend · %3</translation>
    </message>
    <message>
        <source>&amp;Show InviteDesk</source>
        <translation>InviteDesk &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
</context>
<context>
    <name>InviteDesk::MyNetworkPage</name>
    <message>
        <source>&amp;Manage invitations</source>
        <translation>E&amp;inladungen verwalten</translation>
    </message>
    <message>
        <source>Manage invitations</source>
        <translation>Einladungen verwalten</translation>
    </message>
    <message>
        <source>Newest invitations for you</source>
        <translation>Neueste Einladungen an Sie</translation>
    </message>
    <message>
        <source>Newest received invitations</source>
        <translation>Neueste erhaltene Einladungen</translation>
    </message>
    <message>
        <source>Select all received invitations</source>
        <translation>Alle erhaltenen Einladungen auswählen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Accept selected</source>
        <translation>Ausgewählte annehmen</translation>
    </message>
    <message>
        <source>Ignore selected</source>
        <translation>Ausgewählte ignorieren</translation>
    </message>
    <message>
        <source>People you may know</source>
        <translation>Personen, die Sie vielleicht kennen</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Kontakt aufnehmen…</translation>
    </message>
    <message>
        <source>Connect with the selected person</source>
        <translation>Mit der ausgewählten Person vernetzen</translation>
    </message>
    <message>
        <source>My Network</source>
        <translation>Mein Netzwerk</translation>
    </message>
    <message>
        <source>My Network — %1</source>
        <translation>Mein Netzwerk — %1</translation>
    </message>
    <message>
        <source>Pending received</source>
        <translation>Erhalten, ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>Pending received: %Ln</source>
        <translation>
            <numerusform>Erhalten, ausstehend: %Ln</numerusform>
            <numerusform>Erhalten, ausstehend: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending sent</source>
        <translation>Gesendet, ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>Pending sent: %Ln</source>
        <translation>
            <numerusform>Gesendet, ausstehend: %Ln</numerusform>
            <numerusform>Gesendet, ausstehend: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>Connections: %Ln</source>
        <translation>
            <numerusform>Kontakte: %Ln</numerusform>
            <numerusform>Kontakte: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::NoteEditorDialog</name>
    <message>
        <source>Invite %1</source>
        <translation>%1 einladen</translation>
    </message>
    <message>
        <source>Add a note to your invitation to &lt;b&gt;%1&lt;/b&gt; (optional).</source>
        <translation>Fügen Sie Ihrer Einladung an &lt;b&gt;%1&lt;/b&gt; eine Notiz hinzu (optional).</translation>
    </message>
    <message>
        <source>Note to %1</source>
        <translation>Notiz an %1</translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation>Einladung &amp;senden</translation>
    </message>
    <message>
        <source>Send invitation to %1</source>
        <translation>Einladung an %1 senden</translation>
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
            <numerusform>%1 / %2 — %Ln zu viel</numerusform>
            <numerusform>%1 / %2 — %Ln zu viele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note length: %1 of %Ln character(s)</source>
        <translation>
            <numerusform>Länge der Notiz: %1 von %Ln Zeichen</numerusform>
            <numerusform>Länge der Notiz: %1 von %Ln Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after the number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to undo an action before it is sent</source>
        <translation>Sekunden, in denen sich eine Aktion rückgängig machen lässt, bevor sie gesendet wird</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Ask before withdrawing an invitation younger than %Ln day(s)</source>
        <translation>
            <numerusform>Vor dem Zurückziehen einer Einladung, die jünger als %Ln Tag ist, &amp;fragen</numerusform>
            <numerusform>Vor dem Zurückziehen einer Einladung, die jünger als %Ln Tage ist, &amp;fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo time after an action:</source>
        <translation>Zeit zum &amp;Rückgängigmachen nach einer Aktion:</translation>
    </message>
    <message>
        <source>&amp;Withdraw invitations automatically when they have been pending for more than</source>
        <translation>Einladungen automatisch &amp;zurückziehen, wenn sie länger ausstehen als</translation>
    </message>
    <message>
        <source> days</source>
        <comment>after the number</comment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days pending before an invitation is withdrawn automatically</source>
        <translation>Tage, die eine Einladung aussteht, bevor sie automatisch zurückgezogen wird</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>&amp;Höchstens</translation>
    </message>
    <message>
        <source> a day</source>
        <comment>invitations, after the number</comment>
        <translation> am Tag</translation>
    </message>
    <message>
        <source>Most invitations withdrawn automatically in a day</source>
        <translation>Höchstzahl automatisch zurückgezogener Einladungen am Tag</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray; closing the window keeps InviteDesk syncing</source>
        <translation>Ein Symbol im &amp;Infobereich zeigen; nach dem Schließen des Fensters gleicht InviteDesk weiter ab</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::Session</name>
    <message>
        <source>no keyring found: your sign-in is kept for this session only</source>
        <translation>kein Schlüsselbund gefunden: Ihre Anmeldung gilt nur für diese Sitzung</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>the keyring did not keep your sign-in: you will be asked again next time</source>
        <translation>der Schlüsselbund hat Ihre Anmeldung nicht gespeichert: beim nächsten Mal werden Sie erneut gefragt</translation>
    </message>
    <message>
        <source>demo server</source>
        <translation>Demo-Server</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>Another InviteDesk program sends and syncs this account; this one shows what it does and takes over when it ends.</source>
        <translation>Ein anderes InviteDesk-Programm sendet und gleicht dieses Konto ab; dieses zeigt, was es tut, und übernimmt, wenn es endet.</translation>
    </message>
    <message>
        <source>Another InviteDesk program (%1) sends and syncs this account; this one shows what it does and takes over when it ends.</source>
        <translation>Ein anderes InviteDesk-Programm (%1) sendet und gleicht dieses Konto ab; dieses zeigt, was es tut, und übernimmt, wenn es endet.</translation>
    </message>
    <message>
        <source>signed out on this computer only: the server could not be told, so the old sign-in stays valid there until it expires</source>
        <translation>nur auf diesem Computer abgemeldet: der Server konnte nicht benachrichtigt werden, die alte Anmeldung bleibt dort bis zu ihrem Ablauf gültig</translation>
    </message>
</context>
<context>
    <name>InviteDesk::SignInDialog</name>
    <message>
        <source>Sign in to InviteDesk</source>
        <translation>Bei InviteDesk anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::SingleInstance</name>
    <message numerus="yes">
        <source>It did not answer within %n second(s).</source>
        <translation>
            <numerusform>Es hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Es hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDesk::StatsPage</name>
    <message>
        <source>Pending sent invitations</source>
        <translation>Ausstehende gesendete Einladungen</translation>
    </message>
    <message>
        <source>Pending sent invitations by age</source>
        <translation>Ausstehende gesendete Einladungen nach Alter</translation>
    </message>
    <message>
        <source>Pending sent invitations by age chart</source>
        <translation>Diagramm: ausstehende gesendete Einladungen nach Alter</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Acceptance rate of sent invitations by month</source>
        <translation>Annahmequote gesendeter Einladungen nach Monat</translation>
    </message>
    <message>
        <source>Acceptance rate of sent invitations by month chart</source>
        <translation>Diagramm: Annahmequote gesendeter Einladungen nach Monat</translation>
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
        <translation>%1: keine gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln accepted (%3%)</source>
        <comment>a month, then counts of invitations</comment>
        <translation>
            <numerusform>%1: %2 von %Ln angenommen (%3 %)</numerusform>
            <numerusform>%1: %2 von %Ln angenommen (%3 %)</numerusform>
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
        <translation>%1 (erneut einladbar nach dem %2)</translation>
    </message>
</context>
<context>
    <name>InviteDesk::SyncEngine</name>
    <message>
        <source>The server asked InviteDesk to slow down; syncing resumes at %1.</source>
        <translation>Der Server hat InviteDesk gebeten, weniger Anfragen zu senden; die Synchronisierung geht um %1 weiter.</translation>
    </message>
    <message>
        <source>Your session has ended; sign in again to send queued actions.</source>
        <translation>Ihre Sitzung ist abgelaufen; melden Sie sich erneut an, um wartende Aktionen zu senden.</translation>
    </message>
    <message>
        <source>The invitation to %1 no longer exists; nothing was changed.</source>
        <translation>Die Einladung an %1 existiert nicht mehr; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The invitation from %1 no longer exists; nothing was changed.</source>
        <translation>Die Einladung von %1 existiert nicht mehr; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The invitation to %1 is still pending.</source>
        <translation>Die Einladung an %1 steht noch aus.</translation>
    </message>
    <message>
        <source>The invitation from %1 is still pending.</source>
        <translation>Die Einladung von %1 steht noch aus.</translation>
    </message>
    <message>
        <source>The invitation to %1 was already accepted.</source>
        <translation>Die Einladung an %1 wurde bereits angenommen.</translation>
    </message>
    <message>
        <source>The invitation from %1 was already accepted.</source>
        <translation>Die Einladung von %1 wurde bereits angenommen.</translation>
    </message>
    <message>
        <source>The invitation to %1 was already ignored.</source>
        <translation>Die Einladung an %1 wurde bereits ignoriert.</translation>
    </message>
    <message>
        <source>The invitation from %1 was already ignored.</source>
        <translation>Die Einladung von %1 wurde bereits ignoriert.</translation>
    </message>
    <message>
        <source>The invitation to %1 was already withdrawn.</source>
        <translation>Die Einladung an %1 wurde bereits zurückgezogen.</translation>
    </message>
    <message>
        <source>The invitation from %1 was already withdrawn.</source>
        <translation>Die Einladung von %1 wurde bereits zurückgezogen.</translation>
    </message>
    <message>
        <source>The invitation to %1 had already expired.</source>
        <translation>Die Einladung an %1 war bereits abgelaufen.</translation>
    </message>
    <message>
        <source>The invitation from %1 had already expired.</source>
        <translation>Die Einladung von %1 war bereits abgelaufen.</translation>
    </message>
    <message>
        <source>The network does not let you invite %1 again yet: you withdrew an invitation to them recently. You can invite them from %2.</source>
        <translation>Das Netzwerk lässt Sie %1 noch nicht erneut einladen: Sie haben vor Kurzem eine Einladung an diese Person zurückgezogen. Ab %2 können Sie sie einladen.</translation>
    </message>
    <message>
        <source>Your invitation to %1 was not sent: this week&apos;s invitations are used up. You can send more from %2.</source>
        <translation>Ihre Einladung an %1 wurde nicht gesendet: die Einladungen dieser Woche sind aufgebraucht. Ab %2 können Sie weitere senden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the server kept failing (%n attempt(s); last: %2)</source>
        <translation>
            <numerusform>%1: der Server meldete immer wieder Fehler (%n Versuch; zuletzt: %2)</numerusform>
            <numerusform>%1: der Server meldete immer wieder Fehler (%n Versuche; zuletzt: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a person&apos;s name, then the sentence saying why the action was refused</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your session has ended; sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen; melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::UndoBanner</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Review the invitations to be withdrawn automatically</source>
        <translation>Die automatisch zurückzuziehenden Einladungen prüfen</translation>
    </message>
    <message>
        <source>S&amp;kip today</source>
        <translation>Heute ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip today&apos;s automatic withdrawal</source>
        <translation>Das heutige automatische Zurückziehen überspringen</translation>
    </message>
</context>
<context>
    <name>InviteDesk::ViewExport</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>InviteDesk::WithdrawalPreviewModel</name>
    <message>
        <source>⚠ Recent</source>
        <translation>⚠ Kürzlich</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <comment>a date and time</comment>
        <translation>Gesendet am %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent less than %n day(s) ago</source>
        <translation>
            <numerusform>Vor weniger als %n Tag gesendet</numerusform>
            <numerusform>Vor weniger als %n Tagen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>column: when the invitation was sent</comment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>column: a warning about the row</comment>
        <translation>Hinweis</translation>
    </message>
</context>
</TS>
