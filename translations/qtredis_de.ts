<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BrowserCodec</name>
    <message>
        <source>unbalanced quotes, or a closing quote not followed by a space</source>
        <translation type="vanished">unausgeglichene Anführungszeichen oder ein schließendes Anführungszeichen ohne folgendes Leerzeichen</translation>
    </message>
    <message>
        <location filename="../examples/browser/glue/browsercodec.cpp" line="+320"/>
        <source>Not hex: use two digits 0-9, a-f per byte (spaces and line breaks are ignored).</source>
        <translation>Kein Hex: zwei Ziffern 0-9, a-f pro Byte verwenden (Leerzeichen und Zeilenumbrüche werden ignoriert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid JSON (an object or an array).</source>
        <translation>Kein gültiges JSON (ein Objekt oder ein Array).</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+11"/>
        <location line="+30"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>no expiry</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key does not exist</source>
        <translation>Schlüssel existiert nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ChatMessage</name>
    <message>
        <location filename="../examples/quick-pubsub/ChatMessage.qml" line="+21"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <location filename="../examples/browser/values/CollectionView.qml" line="+116"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/ConfirmDialog.qml" line="+15"/>
        <location line="+10"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <location filename="../examples/browser/glue/connectionconfig.cpp" line="+222"/>
        <source>cluster · 1 seed</source>
        <extracomment>The connection list: a Redis Cluster reached through one seed node.</extracomment>
        <translation>Cluster · 1 Seed-Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster · %1 seeds</source>
        <translation>Cluster · %1 Seed-Knoten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sentinel · %1 · 1 sentinel</source>
        <extracomment>The connection list: the master %1 found through one sentinel.</extracomment>
        <translation>Sentinel · %1 · 1 Sentinel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sentinel · %1 · %2 sentinels</source>
        <extracomment>The connection list: the master %1 found through %2 (&gt; 1) sentinels.</extracomment>
        <translation>Sentinel · %1 · %2 Sentinels</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/ConnectionDialog.qml" line="+48"/>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>asked for when connecting</source>
        <translation>wird beim Verbinden abgefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PEM and key files (*.pem *.crt *.cer *.key id_*)</source>
        <translation>PEM- und Schlüsseldateien (*.pem *.crt *.cer *.key id_*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Local Redis</source>
        <translation>Lokales Redis</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a host name or address.</source>
        <translation>Geben Sie einen Hostnamen oder eine Adresse ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the path of the unix socket.</source>
        <translation>Geben Sie den Pfad des Unix-Sockets ein.</translation>
    </message>
    <message>
        <source>Enter a redis://host:port/db or unix:///path/to/socket URL.</source>
        <translation type="vanished">Geben Sie eine URL redis://host:port/db oder unix:///path/to/socket ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A saved connection named “%1” exists already.</source>
        <translation>Es gibt bereits eine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: PONG in %1 ms (average of 5), Redis %2</source>
        <translation type="vanished">Verbunden: PONG in %1 ms (Mittel aus 5), Redis %2</translation>
    </message>
    <message>
        <source>Connected: PONG in %1 ms (average of 5)</source>
        <translation type="vanished">Verbunden: PONG in %1 ms (Mittel aus 5)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Enter a redis://host:port/db, rediss://host:port/db or unix:///path/to/socket URL.</source>
        <translation>Geben Sie eine URL der Form redis://host:port/db, rediss://host:port/db oder unix:///pfad/zum/socket ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the master the sentinels monitor.</source>
        <translation>Geben Sie den Namen des Masters ein, den die Sentinels überwachen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the SSH server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des SSH-Servers ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the SSH key file.</source>
        <translation>Wählen Sie die SSH-Schlüsseldatei.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Connected: PONG in %1 (average of 5), Redis %2</source>
        <translation>Verbunden: PONG in %1 (Mittel aus 5), Redis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected: PONG in %1 (average of 5)</source>
        <translation>Verbunden: PONG in %1 (Mittel aus 5)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect to</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host and port</source>
        <translation>Host und Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix socket</source>
        <translation>Unix-Socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standalone</source>
        <translation>Einzelserver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sentinel</source>
        <translation>Sentinel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First seed node</source>
        <translation>Erster Seed-Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First sentinel</source>
        <translation>Erster Sentinel</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+223"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Other sentinels</source>
        <translation>Weitere Sentinels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other seed nodes</source>
        <translation>Weitere Seed-Knoten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Master name</source>
        <translation>Master-Name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sentinel user</source>
        <translation>Sentinel-Benutzer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sentinel password</source>
        <translation>Sentinel-Passwort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect to a replica</source>
        <translation>Mit einem Replikat verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from replicas</source>
        <translation>Von Replikaten lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+159"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="-650"/>
        <location line="+441"/>
        <location line="+72"/>
        <location line="+8"/>
        <location line="+23"/>
        <location line="+8"/>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Remember password (stored unencrypted in the settings file)</source>
        <translation type="vanished">Passwort merken (unverschlüsselt in der Einstellungsdatei gespeichert)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client name</source>
        <translation>Client-Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key separator</source>
        <translation>Schlüssel-Trennzeichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use TLS (rediss://)</source>
        <translation>TLS verwenden (rediss://)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the system&apos;s CA certificates</source>
        <translation>die CA-Zertifikate des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate (PEM)</source>
        <translation>CA-Zertifikat (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client key (PEM)</source>
        <translation>Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Server name (SNI)</source>
        <translation>Servername (SNI)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the host name</source>
        <translation>der Hostname</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do not verify the server&apos;s certificate (insecure)</source>
        <translation>Zertifikat des Servers nicht prüfen (unsicher)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: anyone between you and the server can read and change the traffic, passwords included. Use this only for a test server.</source>
        <translation>Warnung: Jeder zwischen Ihnen und dem Server kann den Datenverkehr mitlesen und verändern, Passwörter eingeschlossen. Nur für einen Testserver verwenden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connect through an SSH tunnel</source>
        <translation>Über einen SSH-Tunnel verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Redis host and port above are as the SSH server sees them.</source>
        <translation>Redis-Host und -Port oben gelten so, wie der SSH-Server sie sieht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH server</source>
        <translation>SSH-Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SSH user</source>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>as in the SSH configuration</source>
        <translation>wie in der SSH-Konfiguration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH private key</source>
        <translation>Privater SSH-Schlüssel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Known hosts file</source>
        <translation>Datei bekannter Hosts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Known keys only (strict)</source>
        <translation>Nur bekannte Schlüssel (strikt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept and record new keys</source>
        <translation>Neue Schlüssel annehmen und speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept any key (insecure)</source>
        <translation>Jeden Schlüssel annehmen (unsicher)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: any server can pretend to be this one. Use this only for a test server.</source>
        <translation>Warnung: Jeder Server kann sich als dieser ausgeben. Nur für einen Testserver verwenden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save passwords and passphrases in the system keychain</source>
        <translation>Passwörter und Passphrasen im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No keychain service is available: passwords and passphrases are not saved. The browser asks for them when it connects.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar: Passwörter und Passphrasen werden nicht gespeichert. Der Browser fragt beim Verbinden danach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords and passphrases are not saved: the browser asks for them when it connects.</source>
        <translation>Passwörter und Passphrasen werden nicht gespeichert: Der Browser fragt beim Verbinden danach.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Trust this host key (fingerprint %1) and connect</source>
        <translation>Diesem Host-Schlüssel (Fingerabdruck %1) vertrauen und verbinden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SSH server&apos;s host key has changed. Someone may be intercepting the connection, or the server was reinstalled. Check the new key with the server&apos;s administrator, then remove the old key from the known hosts file.</source>
        <translation>Der Host-Schlüssel des SSH-Servers hat sich geändert. Jemand könnte die Verbindung abfangen, oder der Server wurde neu installiert. Prüfen Sie den neuen Schlüssel mit dem Administrator des Servers und entfernen Sie dann den alten Schlüssel aus der Datei bekannter Hosts.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and connect</source>
        <translation>Speichern und verbinden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <location filename="../examples/browser/glue/connectionstore.cpp" line="+537"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <location filename="../examples/browser/pages/ConnectionView.qml" line="+251"/>
        <source>This server is a Redis Cluster node. Connect to it as a cluster, to see the keys of every node?</source>
        <translation>Dieser Server ist ein Redis-Cluster-Knoten. Als Cluster verbinden, um die Schlüssel aller Knoten zu sehen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switch to Cluster</source>
        <translation>Zu Cluster wechseln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pub/Sub</source>
        <translation>Pub/Sub</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <location filename="../examples/browser/ConnectionsPanel.qml" line="+60"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+50"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close connection</source>
        <translation>Verbindung schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No saved connections yet.</source>
        <translation>Noch keine gespeicherten Verbindungen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New connection (Ctrl+N)</source>
        <translation>Neue Verbindung (Strg+N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the selected connection (Enter)</source>
        <translation>Die ausgewählte Verbindung öffnen (Eingabe)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the selected connection</source>
        <translation>Die ausgewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected saved connection</source>
        <translation>Die ausgewählte gespeicherte Verbindung löschen</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../examples/browser/pages/ConsolePage.qml" line="+66"/>
        <source>(error) Invalid argument(s): %1</source>
        <translation>(error) Ungültige Argumente: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(error) ERR DB index is out of range</source>
        <translation>(error) ERR DB index is out of range</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(error) %1 is not available in the console: use the Pub/Sub page.</source>
        <translation>(error) %1 ist in der Konsole nicht verfügbar: Verwenden Sie die Seite Pub/Sub.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type a command below, e.g. SCAN 0 MATCH user:* COUNT 100. &quot;CLEAR&quot; clears this.</source>
        <translation>Geben Sie unten einen Befehl ein, z. B. SCAN 0 MATCH user:* COUNT 100. „CLEAR“ leert diese Ausgabe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Command (Up/Down: history)</source>
        <translation>Befehl (Hoch/Runter: Verlauf)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../examples/widgets-console/consolewindow.cpp" line="+56"/>
        <source>Type a Redis command, or &quot;help&quot;</source>
        <translation>Redis-Befehl eingeben oder „help“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Last command: -</source>
        <translation>Letzter Befehl: -</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+247"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>(client) %1</source>
        <translation>(client) %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>(error) Invalid argument(s): unbalanced quotes</source>
        <translation>(error) Ungültige Argumente: Anführungszeichen nicht geschlossen</translation>
    </message>
    <message>
        <source>Type Redis commands as in redis-cli, for example: SET key &quot;a\x00b&quot;
Built-in commands:
  help                   show this help
  clear                  clear the output
  connect &lt;url&gt;          connect to redis://[user:password@]host[:port][/db]
                         or unix://[user:password@]/path/to/socket[?db=N]
  connect &lt;host&gt; [port]  connect to host:port (port 6379 by default)
  connect &lt;/path&gt;        connect to a unix socket
  connect                reconnect with the current settings
  disconnect             close the connection
  subscribe, psubscribe, ssubscribe &lt;name&gt;...  listen (on a pub/sub connection)
  unsubscribe, punsubscribe, sunsubscribe [&lt;name&gt;...]  stop (all without names)
  monitor [stop]         show every command the server runs
  quit, exit             leave the console
Up and Down walk the command history.</source>
        <translation type="vanished">Redis-Befehle wie in redis-cli eingeben, zum Beispiel: SET key &quot;a\x00b&quot;
Eingebaute Befehle:
  help                   diese Hilfe anzeigen
  clear                  die Ausgabe leeren
  connect &lt;url&gt;          mit redis://[user:password@]host[:port][/db] verbinden
                         oder mit unix://[user:password@]/path/to/socket[?db=N]
  connect &lt;host&gt; [port]  mit host:port verbinden (Port standardmäßig 6379)
  connect &lt;/path&gt;        mit einem Unix-Socket verbinden
  connect                mit den aktuellen Einstellungen neu verbinden
  disconnect             die Verbindung schließen
  subscribe, psubscribe, ssubscribe &lt;name&gt;...  Nachrichten empfangen (auf einer Pub/Sub-Verbindung)
  unsubscribe, punsubscribe, sunsubscribe [&lt;name&gt;...]  Empfang beenden (ohne Namen: alle)
  monitor [stop]         jeden Befehl anzeigen, den der Server ausführt
  quit, exit             die Konsole verlassen
Mit den Pfeiltasten Hoch und Runter durch den Befehlsverlauf blättern.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type Redis commands as in redis-cli, for example: SET key &quot;a\x00b&quot;
Built-in commands:
  help                   show this help
  clear                  clear the output
  connect &lt;url&gt;          connect to redis://[user:password@]host[:port][/db],
                         rediss://... (TLS; ?cacert=&amp;cert=&amp;key=&amp;sni=&amp;insecure=1)
                         or unix://[user:password@]/path/to/socket[?db=N]
  connect &lt;host&gt; [port]  connect to host:port (port 6379 by default)
  connect &lt;/path&gt;        connect to a unix socket
  connect                reconnect with the current settings
  disconnect             close the connection
  subscribe, psubscribe, ssubscribe &lt;name&gt;...  listen (on a pub/sub connection)
  unsubscribe, punsubscribe, sunsubscribe [&lt;name&gt;...]  stop (all without names)
  monitor [stop]         show every command the server runs
  quit, exit             leave the console
Up and Down walk the command history. Passwords in AUTH, HELLO, CONFIG SET,
ACL SETUSER, MIGRATE and connect URLs are shown and kept as ********.</source>
        <translation>Redis-Befehle wie in redis-cli eingeben, zum Beispiel: SET key &quot;a\x00b&quot;
Eingebaute Befehle:
  help                   diese Hilfe anzeigen
  clear                  die Ausgabe leeren
  connect &lt;url&gt;          mit redis://[user:password@]host[:port][/db],
                         rediss://... (TLS; ?cacert=&amp;cert=&amp;key=&amp;sni=&amp;insecure=1)
                         oder unix://[user:password@]/path/to/socket[?db=N] verbinden
  connect &lt;host&gt; [port]  mit host:port verbinden (Port standardmäßig 6379)
  connect &lt;/path&gt;        mit einem Unix-Socket verbinden
  connect                mit den aktuellen Einstellungen neu verbinden
  disconnect             die Verbindung schließen
  subscribe, psubscribe, ssubscribe &lt;name&gt;...  Nachrichten empfangen (auf einer Pub/Sub-Verbindung)
  unsubscribe, punsubscribe, sunsubscribe [&lt;name&gt;...]  Empfang beenden (ohne Namen: alle)
  monitor [stop]         jeden Befehl anzeigen, den der Server ausführt
  quit, exit             die Konsole verlassen
Mit den Pfeiltasten Hoch und Runter durch den Befehlsverlauf blättern. Passwörter in AUTH, HELLO, CONFIG SET,
ACL SETUSER, MIGRATE und connect-URLs werden als ******** angezeigt und gespeichert.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>MONITOR stopped</source>
        <translation>MONITOR angehalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(error) MONITOR: %1</source>
        <translation>(error) MONITOR: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MONITOR started (&quot;monitor stop&quot; stops it)</source>
        <translation>MONITOR gestartet („monitor stop“ hält ihn an)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(error) ERR wrong number of arguments for &apos;%1&apos; command</source>
        <translation>(error) ERR wrong number of arguments for &apos;%1&apos; command</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+18"/>
        <source>(error) %1</source>
        <translation>(error) %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(error) Usage: connect &lt;url&gt; | connect &lt;host&gt; [port] | connect &lt;/path&gt;</source>
        <translation>(error) Aufruf: connect &lt;url&gt; | connect &lt;host&gt; [port] | connect &lt;/path&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last command: %1 ms</source>
        <translation>Letzter Befehl: %1 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(client) (error) %1</source>
        <translation>(client) (error) %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnecting</source>
        <translation>Verbindung wird getrennt</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Reconnecting in %n s (attempt %1)</source>
        <translation>
            <numerusform>Erneute Verbindung in %n Sekunde (Versuch %1)</numerusform>
            <numerusform>Erneute Verbindung in %n Sekunden (Versuch %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QtRedis Console - %1</source>
        <translation>QtRedis-Konsole - %1</translation>
    </message>
</context>
<context>
    <name>Handshake</name>
    <message>
        <location filename="../src/connection/handshake.cpp" line="+34"/>
        <source>node of unknown role</source>
        <translation>Knoten mit unbekannter Rolle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Authentication with %1 failed: %2</source>
        <translation>Authentifizierung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection: %2</source>
        <translation>%1 hat die Verbindung abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>HashValueView</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="vanished">
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/values/HashValueView.qml" line="+22"/>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+39"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit field</source>
        <translation>Feld bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete field</source>
        <translation>Feld löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this field?</source>
        <translation>Dieses Feld löschen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add field…</source>
        <translation>Feld hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>HiredisTransport</name>
    <message>
        <location filename="../src/transport/hiredistransport.cpp" line="+82"/>
        <source>cannot attach to the event loop</source>
        <translation>Anbindung an die Ereignisschleife nicht möglich</translation>
    </message>
</context>
<context>
    <name>KeyTree</name>
    <message>
        <location filename="../examples/browser/pages/KeyTree.qml" line="+41"/>
        <source>Loading… %1 of about %2 keys</source>
        <translation>Wird geladen… %1 von etwa %2 Schlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading… %1 keys</source>
        <translation>Wird geladen… %1 Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 keys (stopped: %2)</source>
        <translation>%1 Schlüssel (abgebrochen: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matching keys of %2</source>
        <translation>%1 passende von %2 Schlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Filter: text or glob (user:*)</source>
        <translation>Filter: Text oder Glob (user:*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strings</source>
        <translation>Strings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashes</source>
        <translation>Hashes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted sets</source>
        <translation>Sorted Sets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show keys of one type only (SCAN TYPE)</source>
        <translation>Nur Schlüssel eines Typs anzeigen (SCAN TYPE)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Refresh keys (F5)</source>
        <translation>Schlüssel aktualisieren (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+ Key</source>
        <translation>+ Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New key (Ctrl+K)</source>
        <translation>Neuer Schlüssel (Strg+K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys are grouped into namespaces at this separator (empty: no grouping)</source>
        <translation>Schlüssel werden an diesem Trennzeichen in Namensräume gruppiert (leer: keine Gruppierung)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No keys</source>
        <translation>Keine Schlüssel</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>db%1 (%2 keys)</source>
        <translation>db%1 (%2 Schlüssel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>db%1</source>
        <translation>db%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>LinkFailure</name>
    <message>
        <location filename="../src/connection/linkfailure.cpp" line="+16"/>
        <source>The connection to %1 was closed</source>
        <translation>Die Verbindung mit %1 wurde geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection: %2</source>
        <translation>%1 hat die Verbindung geschlossen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol error from %1: %2</source>
        <translation>Protokollfehler von %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol error from %1: it sent a reply to no command</source>
        <translation>Protokollfehler von %1: Antwort ohne zugehörigen Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol error from %1: it announced an array of more than %2 elements</source>
        <translation>Protokollfehler von %1: angekündigtes Array mit mehr als %2 Elementen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection to %1 failed: %2</source>
        <translation>Verbindung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of memory</source>
        <translation>Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection without answering: it may accept TLS connections only (rediss://)</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen: Vielleicht nimmt es nur TLS-Verbindungen an (rediss://)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection to %1 failed</source>
        <translation>Verbindung mit %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host %1 not found: %2</source>
        <translation>Host %1 nicht gefunden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1 timed out after %2 ms</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1 nach %2 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer a PING within %2 ms</source>
        <translation>%1 hat nicht innerhalb von %2 ms auf PING geantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protocol error from %1: unexpected message (%2)</source>
        <translation>Protokollfehler von %1: unerwartete Nachricht (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol error from %1: an error reply to no command: %2</source>
        <translation>Protokollfehler von %1: Fehlerantwort ohne zugehörigen Befehl: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS with %1 cannot start: %2</source>
        <translation>TLS mit %1 kann nicht beginnen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer the TLS handshake within %2 ms: is it a plain-text port (redis:// instead of rediss://)?</source>
        <translation>%1 hat den TLS-Handshake nicht innerhalb von %2 ms beantwortet: Ist es ein Klartext-Port (redis:// statt rediss://)?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No SSH tunnel to %1 is available for this connection</source>
        <translation>Für diese Verbindung ist kein SSH-Tunnel zu %1 verfügbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the sentinels moved master &apos;%1&apos; to %2</source>
        <translation>die Sentinels haben den Master „%1“ nach %2 verlegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a %2, not a replica of &apos;%3&apos;</source>
        <translation>%1 ist ein %2, kein Replikat von „%3“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a %2, not the master of &apos;%3&apos;</source>
        <translation>%1 ist ein %2, nicht der Master von „%3“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Sentinel topology cannot be used through an SSH tunnel</source>
        <translation>Die Sentinel-Topologie kann nicht über einen SSH-Tunnel verwendet werden</translation>
    </message>
</context>
<context>
    <name>ListValueView</name>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation type="vanished">
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/values/ListValueView.qml" line="+23"/>
        <source>Elements: %1</source>
        <translation>Elemente: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Push to the head</source>
        <translation>Am Anfang einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Push to the tail</source>
        <translation>Am Ende anhängen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Push</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+39"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Edit element %1</source>
        <translation>Element %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove element</source>
        <translation>Element entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the element at index %1?</source>
        <translation>Das Element an Index %1 entfernen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Push head…</source>
        <translation>Am Anfang einfügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push tail…</source>
        <translation>Am Ende anhängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../examples/quick-pubsub/Main.qml" line="+22"/>
        <source>QtRedis chat: %1</source>
        <translation>QtRedis-Chat: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unusable URL: %1</source>
        <translation>unbrauchbare URL: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>subscription failed: %1</source>
        <translation>Abonnement fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n Byte Binärdaten)</numerusform>
            <numerusform>(%n Byte Binärdaten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not send: %1</source>
        <translation>Senden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1, in room %2</source>
        <translation>Verbunden mit %1, im Raum %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1, joining room %2…</source>
        <translation>Verbunden mit %1, Raum %2 wird betreten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost, reconnecting…</source>
        <translation>Verbindung verloren, neuer Verbindungsversuch…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no message back within 10 s</source>
        <translation>keine Nachricht innerhalb von 10 s zurückerhalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nickname:</source>
        <translation>Spitzname:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>guest%1</source>
        <translation>Gast%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your nickname</source>
        <translation>Spitzname eingeben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A redis-cli like console built on QtRedis. Connects to 127.0.0.1:6379 unless told otherwise.</source>
        <translation type="vanished">Eine Konsole wie redis-cli, gebaut mit QtRedis. Verbindet sich mit 127.0.0.1:6379, sofern nicht anders angegeben.</translation>
    </message>
    <message>
        <source>Server URL: redis://[user[:password]@]host[:port][/db] or unix://[user[:password]@]/path[?db=N].</source>
        <translation type="vanished">Server-URL: redis://[user[:password]@]host[:port][/db] oder unix://[user[:password]@]/path[?db=N].</translation>
    </message>
    <message>
        <location filename="../examples/widgets-console/consolecommandline.cpp" line="+90"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server host name (default 127.0.0.1).</source>
        <translation>Hostname des Servers (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server port (default 6379).</source>
        <translation>Port des Servers (Standard: 6379).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server unix socket path.</source>
        <translation>Pfad des Unix-Sockets des Servers.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Password sent with AUTH (overrides the one in --url).</source>
        <translation type="vanished">Mit AUTH gesendetes Passwort (ersetzt das aus --url).</translation>
    </message>
    <message>
        <source>A redis-cli like console built on QtRedis. Connects to 127.0.0.1:6379 unless told otherwise.
Options given with --url override what the URL says.
Secrets are not taken as option values, since other users of the machine can read a program&apos;s command line: the TLS key passphrase, the SSH password and the SSH key passphrase come from the environment variables QTREDIS_TLS_KEY_PASSPHRASE, QTREDIS_SSH_PASSWORD and QTREDIS_SSH_PASSPHRASE.</source>
        <translation type="vanished">Eine Konsole wie redis-cli, gebaut mit QtRedis. Verbindet sich mit 127.0.0.1:6379, sofern nicht anders angegeben.
Zusammen mit --url angegebene Optionen ersetzen, was in der URL steht.
Geheimnisse werden nicht als Optionswerte angenommen, da andere Benutzer des Rechners die Befehlszeile eines Programms lesen können: Die Passphrase des TLS-Schlüssels, das SSH-Passwort und die Passphrase des SSH-Schlüssels kommen aus den Umgebungsvariablen QTREDIS_TLS_KEY_PASSPHRASE, QTREDIS_SSH_PASSWORD und QTREDIS_SSH_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Server URL: redis://[user[:password]@]host[:port][/db], rediss://... for TLS (with ?cacert=file&amp;cert=file&amp;key=file&amp;sni=name&amp;insecure=1) or unix://[user[:password]@]/path[?db=N].</source>
        <translation type="vanished">Server-URL: redis://[user[:password]@]host[:port][/db], rediss://... für TLS (mit ?cacert=file&amp;cert=file&amp;key=file&amp;sni=name&amp;insecure=1) oder unix://[user[:password]@]/path[?db=N].</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A redis-cli like console built on QtRedis. Connects to 127.0.0.1:6379 unless told otherwise.
Options given with --url override what the URL says.
Secrets are not taken as option values, since other users of the machine can read a program&apos;s command line: the TLS key passphrase, the SSH password and the SSH key passphrase come from the environment variables QTREDIS_TLS_KEY_PASSPHRASE, QTREDIS_SSH_PASSWORD and QTREDIS_SSH_PASSPHRASE, the sentinels&apos; password from QTREDIS_SENTINEL_PASSWORD.</source>
        <translation>Eine Konsole wie redis-cli, gebaut mit QtRedis. Verbindet sich mit 127.0.0.1:6379, sofern nicht anders angegeben.
Zusammen mit --url angegebene Optionen ersetzen, was in der URL steht.
Geheimnisse werden nicht als Optionswerte angenommen, da andere Benutzer des Rechners die Befehlszeile eines Programms lesen können: Die Passphrase des TLS-Schlüssels, das SSH-Passwort und die Passphrase des SSH-Schlüssels kommen aus den Umgebungsvariablen QTREDIS_TLS_KEY_PASSPHRASE, QTREDIS_SSH_PASSWORD und QTREDIS_SSH_PASSPHRASE, das Passwort der Sentinels aus QTREDIS_SENTINEL_PASSWORD.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server URL: redis://[user[:password]@]host[:port][/db], rediss://... for TLS (with ?cacert=file&amp;cert=file&amp;key=file&amp;sni=name&amp;insecure=1), unix://[user[:password]@]/path[?db=N], redis-cluster://[user[:password]@]host[:port][?node=host:port&amp;...] for a cluster or redis-sentinel://[user[:password]@]host[:port][/db][?node=host:port&amp;...]#master for a master found through sentinels (rediss-cluster://, rediss-sentinel:// with TLS).</source>
        <translation>Server-URL: redis://[user[:password]@]host[:port][/db], rediss://... für TLS (mit ?cacert=file&amp;cert=file&amp;key=file&amp;sni=name&amp;insecure=1), unix://[user[:password]@]/path[?db=N], redis-cluster://[user[:password]@]host[:port][?node=host:port&amp;...] für einen Cluster oder redis-sentinel://[user[:password]@]host[:port][/db][?node=host:port&amp;...]#master für einen über Sentinels gefundenen Master (rediss-cluster://, rediss-sentinel:// mit TLS).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password sent with AUTH (overrides the one in --url). Other users of the machine can read it on the command line.</source>
        <translation>Mit AUTH gesendetes Passwort (ersetzt das aus --url). Andere Benutzer des Rechners können es in der Befehlszeile lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database number to SELECT (overrides the one in --url).</source>
        <translation>Mit SELECT auszuwählende Datenbanknummer (ersetzt die aus --url).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run a command line at startup and print its reply to stdout (repeatable).</source>
        <translation>Beim Start eine Befehlszeile ausführen und ihre Antwort auf stdout ausgeben (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command</source>
        <translation>befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit once the --exec commands are done: exit code 0 if all succeeded, 1 otherwise.</source>
        <translation>Beenden, sobald die --exec-Befehle ausgeführt sind: Exit-Code 0, wenn alle erfolgreich waren, sonst 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with TLS (as a rediss:// URL does).</source>
        <translation>Mit TLS verbinden (wie mit einer rediss://-URL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate(s) (PEM) the server&apos;s certificate is verified with, instead of the system&apos;s.</source>
        <translation>CA-Zertifikat(e) (PEM), mit denen das Zertifikat des Servers geprüft wird, statt der des Systems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Client certificate (PEM), for servers that require one.</source>
        <translation>Client-Zertifikat (PEM), für Server, die eines verlangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key (PEM) of --cert. If it is encrypted, its passphrase is read from the environment variable QTREDIS_TLS_KEY_PASSPHRASE.</source>
        <translation>Privater Schlüssel (PEM) zu --cert. Ist er verschlüsselt, wird seine Passphrase aus der Umgebungsvariablen QTREDIS_TLS_KEY_PASSPHRASE gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name sent in the TLS handshake (SNI) and verified in the certificate (default: the host).</source>
        <translation>Servername, der im TLS-Handshake gesendet (SNI) und im Zertifikat geprüft wird (Standard: der Host).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Do not verify the server&apos;s certificate (anyone in between can read and change the traffic).</source>
        <translation>Das Zertifikat des Servers nicht prüfen (jeder dazwischen kann den Datenverkehr mitlesen und verändern).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect through an SSH tunnel to this server; the Redis host and port are then as the SSH server sees them. An SSH password is read from the environment variable QTREDIS_SSH_PASSWORD.</source>
        <translation>Über einen SSH-Tunnel zu diesem Server verbinden; Redis-Host und -Port gelten dann so, wie der SSH-Server sie sieht. Ein SSH-Passwort wird aus der Umgebungsvariablen QTREDIS_SSH_PASSWORD gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[user@]host[:port]</source>
        <translation>[user@]host[:port]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH private key file. If it is encrypted, its passphrase is read from the environment variable QTREDIS_SSH_PASSPHRASE.</source>
        <translation>Datei mit dem privaten SSH-Schlüssel. Ist er verschlüsselt, wird seine Passphrase aus der Umgebungsvariablen QTREDIS_SSH_PASSPHRASE gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Known hosts file the SSH server&apos;s key is checked against (default: ssh&apos;s, ~/.ssh/known_hosts).</source>
        <translation>Datei bekannter Hosts, mit der der Schlüssel des SSH-Servers geprüft wird (Standard: die von ssh, ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept and record the SSH server&apos;s key if it is not known yet (a changed key is still refused).</source>
        <translation>Den Schlüssel des SSH-Servers annehmen und speichern, wenn er noch nicht bekannt ist (ein geänderter Schlüssel wird weiterhin abgelehnt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ssh configuration file (default: ~/.ssh/config; &quot;none&quot;: none).</source>
        <translation>ssh-Konfigurationsdatei (Standard: ~/.ssh/config; „none“: keine).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to the Redis Cluster that the server (and each --node) belongs to; commands are routed by hash slot.</source>
        <translation>Mit dem Redis-Cluster verbinden, zu dem der Server (und jeder --node) gehört; Befehle werden nach Hash-Slot weitergeleitet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One more cluster seed node or sentinel, besides the server (repeatable).</source>
        <translation>Ein weiterer Cluster-Startknoten oder Sentinel neben dem Server (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the master of this name, found through the sentinel at the server&apos;s address (port 26379 by default) and each --node. The sentinels&apos; password is read from the environment variable QTREDIS_SENTINEL_PASSWORD.</source>
        <translation>Mit dem Master dieses Namens verbinden, gefunden über den Sentinel an der Adresse des Servers (standardmäßig Port 26379) und jeden --node. Das Passwort der Sentinels wird aus der Umgebungsvariablen QTREDIS_SENTINEL_PASSWORD gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ACL user on the sentinels (the URL&apos;s user and --password are the data nodes&apos;).</source>
        <translation>ACL-Benutzer auf den Sentinels (der Benutzer der URL und --password gelten für die Datenknoten).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from replicas: with --cluster, read-only commands go to replicas; with --sentinel-master, the console connects to a replica instead of the master.</source>
        <translation>Von Replikaten lesen: Mit --cluster gehen nur lesende Befehle an Replikate; mit --sentinel-master verbindet sich die Konsole mit einem Replikat statt mit dem Master.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--url cannot be combined with --host, --port or --socket.</source>
        <translation>--url kann nicht mit --host, --port oder --socket kombiniert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--socket cannot be combined with --host or --port.</source>
        <translation>--socket kann nicht mit --host oder --port kombiniert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --url: %1</source>
        <translation>Ungültiger Wert für --url: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --port: %1</source>
        <translation>Ungültiger Wert für --port: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid --db: %1</source>
        <translation>Ungültiger Wert für --db: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--cluster and --sentinel-master cannot be combined.</source>
        <translation>--cluster und --sentinel-master können nicht kombiniert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cluster and --sentinel-master need a host and port, not a unix socket.</source>
        <translation>--cluster und --sentinel-master brauchen Host und Port, keinen Unix-Socket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cluster cannot be combined with a redis-sentinel:// URL.</source>
        <translation>--cluster kann nicht mit einer redis-sentinel://-URL kombiniert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sentinel-master cannot be combined with a redis-cluster:// URL.</source>
        <translation>--sentinel-master kann nicht mit einer redis-cluster://-URL kombiniert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sentinel-master needs the name of the master.</source>
        <translation>--sentinel-master braucht den Namen des Masters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid --node: %1 (use host:port)</source>
        <translation>Ungültiges --node: %1 (verwenden Sie host:port)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--node needs --cluster, --sentinel-master, or a redis-cluster:// or redis-sentinel:// URL.</source>
        <translation>--node braucht --cluster, --sentinel-master oder eine redis-cluster://- oder redis-sentinel://-URL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--replica needs --cluster, --sentinel-master, or a redis-cluster:// or redis-sentinel:// URL.</source>
        <translation>--replica braucht --cluster, --sentinel-master oder eine redis-cluster://- oder redis-sentinel://-URL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sentinel-user needs --sentinel-master or a redis-sentinel:// URL.</source>
        <translation>--sentinel-user braucht --sentinel-master oder eine redis-sentinel://-URL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A cluster has database 0 only (database %1 was given).</source>
        <translation>Ein Cluster hat nur die Datenbank 0 (angegeben wurde Datenbank %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--cacert, --cert, --key, --sni and --insecure need --tls or a rediss:// URL.</source>
        <translation>--cacert, --cert, --key, --sni und --insecure brauchen --tls oder eine rediss://-URL.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--ssh-key, --ssh-known-hosts, --ssh-accept-new-host-key and --ssh-config need --ssh.</source>
        <translation>--ssh-key, --ssh-known-hosts, --ssh-accept-new-host-key und --ssh-config brauchen --ssh.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid --ssh: %1 (use [user@]host[:port])</source>
        <translation>Ungültiges --ssh: %1 (verwenden Sie [user@]host[:port])</translation>
    </message>
    <message>
        <location filename="../examples/browser/Main.qml" line="+40"/>
        <source>%1 — QtRedis Browser</source>
        <translation>%1 — QtRedis Browser</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+408"/>
        <source>QtRedis Browser</source>
        <translation>QtRedis Browser</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The connection could not be saved: the name is empty or taken.</source>
        <translation>Die Verbindung konnte nicht gespeichert werden: Der Name ist leer oder schon vergeben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SSH host key refused</source>
        <translation>SSH-Host-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSH server&apos;s host key has changed. Someone may be intercepting the connection, or the server was reinstalled. Check the new key with the server&apos;s administrator, then remove the old key from the known hosts file.

%1</source>
        <translation>Der Host-Schlüssel des SSH-Servers hat sich geändert. Jemand könnte die Verbindung abfangen, oder der Server wurde neu installiert. Prüfen Sie den neuen Schlüssel mit dem Administrator des Servers und entfernen Sie dann den alten Schlüssel aus der Datei bekannter Hosts.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown SSH host key</source>
        <translation>Unbekannter SSH-Host-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSH server of “%1” is not known yet. Compare the fingerprint with the one the server&apos;s administrator gives you before you trust it.</source>
        <translation>Der SSH-Server von „%1“ ist noch nicht bekannt. Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this host key (fingerprint %1) and connect</source>
        <translation>Diesem Host-Schlüssel (Fingerabdruck %1) vertrauen und verbinden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no saved connection named “%1”</source>
        <translation>keine gespeicherte Verbindung namens „%1“</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close connection</source>
        <translation>Verbindung &amp;schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh keys</source>
        <translation>Schlüssel &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find keys…</source>
        <translation>Schlüssel &amp;suchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;name key…</source>
        <translation>Schlüssel &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete key…</source>
        <translation>Schlüssel &amp;löschen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onsole</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pub/Sub</source>
        <translation>&amp;Pub/Sub</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About QtRedis Browser</source>
        <translation>Über QtRedis Browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QtRedis Browser: an asynchronous Redis browser built with Qt Quick and QtRedis.
Settings: %1</source>
        <translation>QtRedis Browser: ein asynchroner Redis-Browser, gebaut mit Qt Quick und QtRedis.
Einstellungen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+N  new connection</source>
        <translation>Strg+N  neue Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+W  close connection</source>
        <translation>Strg+W  Verbindung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K  new key</source>
        <translation>Strg+K  neuer Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F5  refresh keys</source>
        <translation>F5  Schlüssel aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F  filter keys</source>
        <translation>Strg+F  Schlüssel filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2  rename key</source>
        <translation>F2  Schlüssel umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete  delete the selected key (in the key tree)</source>
        <translation>Entf  den ausgewählten Schlüssel löschen (im Schlüsselbaum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1…4  Keys, Console, Server, Pub/Sub</source>
        <translation>Strg+1…4  Schlüssel, Konsole, Server, Pub/Sub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up/Down in the console  command history</source>
        <translation>Hoch/Runter in der Konsole  Befehlsverlauf</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved connection “%1”?</source>
        <translation>Die gespeicherte Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close connection</source>
        <translation>Verbindung schließen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Open a saved connection on the left, or create a new one.</source>
        <translation>Öffnen Sie links eine gespeicherte Verbindung oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New connection…</source>
        <translation>Neue Verbindung…</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/MessageDialog.qml" line="+28"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/NewKeyDialog.qml" line="+29"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the key&apos;s name.</source>
        <translation>Geben Sie den Namen des Schlüssels ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Enter the first field&apos;s name.</source>
        <translation>Geben Sie den Namen des ersten Felds ein.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The score must be a number.</source>
        <translation>Der Score muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <source>A key with this name exists already.</source>
        <translation>Ein Schlüssel mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. user:42 (HH escapes allowed)</source>
        <translation type="vanished">z. B. user:42 (\xHH-Escapes erlaubt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. user:42 (%1 escapes allowed)</source>
        <translation>z. B. user:42 (%1-Escapes erlaubt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted set</source>
        <translation>Sorted Set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream ID</source>
        <translation>Stream-ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expire after</source>
        <translation>Ablauf nach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/PasswordDialog.qml" line="+18"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The passphrase of the TLS client key for “%1” is not saved. Enter it to connect:</source>
        <translation>Die Passphrase des TLS-Client-Schlüssels für „%1“ ist nicht gespeichert. Geben Sie sie zum Verbinden ein:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH password for “%1” is not saved. Enter it to connect:</source>
        <translation>Das SSH-Passwort für „%1“ ist nicht gespeichert. Geben Sie es zum Verbinden ein:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase of the SSH key for “%1” is not saved. Enter it to connect:</source>
        <translation>Die Passphrase des SSH-Schlüssels für „%1“ ist nicht gespeichert. Geben Sie sie zum Verbinden ein:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sentinels&apos; password for “%1” is not saved. Enter it to connect:</source>
        <translation>Das Passwort der Sentinels für „%1“ ist nicht gespeichert. Geben Sie es zum Verbinden ein:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password for “%1” is not saved. Enter it to connect:</source>
        <translation>Das Passwort für „%1“ ist nicht gespeichert. Zum Verbinden eingeben:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PubSubPage</name>
    <message numerus="yes">
        <source>Delivered to %n subscriber(s)</source>
        <translation type="vanished">
            <numerusform>An %n Abonnenten zugestellt</numerusform>
            <numerusform>An %n Abonnenten zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/pages/PubSubPage.qml" line="+70"/>
        <source>Subscribers that received it: %1</source>
        <translation>Abonnenten, die sie empfangen haben: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscribed</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsubscribing</source>
        <translation>wird abbestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsubscribed</source>
        <translation>abbestellt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+121"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>news</source>
        <translation>news</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>news.*</source>
        <translation>news.*</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>pattern %1</source>
        <translation>Muster %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not subscribed to anything.</source>
        <translation>Nichts abonniert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Messages (%1)</source>
        <translation>Nachrichten (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payload</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Publish to</source>
        <translation>Veröffentlichen in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decode %1 escapes in the message</source>
        <translation>Escapes %1 in der Nachricht dekodieren</translation>
    </message>
    <message>
        <source>Decode HH, 
, 	 and \ escapes in the message</source>
        <translation type="obsolete">\xHH-, 
-, 	- und \-Escapes in der Nachricht dekodieren</translation>
    </message>
</context>
<context>
    <name>RedisClient</name>
    <message>
        <source>Connecting to %1 timed out after %2 ms</source>
        <translation type="vanished">Zeitüberschreitung beim Verbinden mit %1 nach %2 ms</translation>
    </message>
    <message>
        <location filename="../src/client/commandqueue.cpp" line="+24"/>
        <location filename="../src/cluster/clusterrouter.cpp" line="+505"/>
        <source>Empty command</source>
        <translation>Leerer Befehl</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cluster/clusterrouter.cpp" line="+5"/>
        <source>%1 cannot be sent with command(): it turns the connection into a stream of messages</source>
        <translation>%1 kann nicht mit command() gesendet werden: Der Befehl macht die Verbindung zu einem Nachrichtenstrom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HELLO %1: this client speaks RESP2 only (use HELLO 2, or HELLO without a version)</source>
        <translation>HELLO %1: Dieser Client spricht nur RESP2 (verwenden Sie HELLO 2 oder HELLO ohne Version)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+70"/>
        <source>The connection is closing</source>
        <translation>Die Verbindung wird geschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="-80"/>
        <location filename="../src/cluster/clusterrouter.cpp" line="+51"/>
        <source>%n command(s) already wait for the connection</source>
        <translation>
            <numerusform>%n Befehl wartet bereits auf die Verbindung</numerusform>
            <numerusform>%n Befehle warten bereits auf die Verbindung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/client/redisclient.cpp" line="+350"/>
        <location filename="../src/cluster/clusterrouter.cpp" line="-337"/>
        <location line="+293"/>
        <source>The client was destroyed</source>
        <translation>Der Client wurde zerstört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected to a Redis server</source>
        <translation>Nicht mit einem Redis-Server verbunden</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No reply from %1 in time; the command may or may not have been executed</source>
        <translation>Keine rechtzeitige Antwort von %1; der Befehl wurde möglicherweise ausgeführt, möglicherweise nicht</translation>
    </message>
    <message>
        <source>Host %1 not found: %2</source>
        <translation type="vanished">Host %1 nicht gefunden: %2</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation type="vanished">Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="vanished">Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot attach to the event loop</source>
        <translation type="vanished">Anbindung an die Ereignisschleife nicht möglich</translation>
    </message>
    <message>
        <source>Authentication with %1 failed: %2</source>
        <translation type="vanished">Authentifizierung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation type="vanished">%1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>Protocol error from %1: it sent a reply to no command</source>
        <translation type="vanished">Protokollfehler von %1: Antwort ohne zugehörigen Befehl</translation>
    </message>
    <message>
        <source>Protocol error from %1: it announced an array of more than %2 elements</source>
        <translation type="vanished">Protokollfehler von %1: angekündigtes Array mit mehr als %2 Elementen</translation>
    </message>
    <message>
        <source>Protocol error from %1: %2</source>
        <translation type="vanished">Protokollfehler von %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation type="vanished">%1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation type="vanished">%1 hat die Verbindung geschlossen: %2</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation type="vanished">Verbindung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed</source>
        <translation type="vanished">Die Verbindung mit %1 wurde geschlossen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Connection lost before the reply arrived; the command may or may not have been executed (%1)</source>
        <translation>Verbindung verloren, bevor die Antwort eintraf; der Befehl wurde möglicherweise ausgeführt, möglicherweise nicht (%1)</translation>
    </message>
    <message>
        <source>%1 did not answer a PING within %2 ms</source>
        <translation type="vanished">%1 hat nicht innerhalb von %2 ms auf PING geantwortet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database number</source>
        <translation type="vanished">„%1“ ist keine Datenbanknummer</translation>
    </message>
    <message>
        <source>The URL is not valid: %1</source>
        <translation type="vanished">Die URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>Invalid port</source>
        <translation type="vanished">Ungültiger Port</translation>
    </message>
    <message>
        <source>A unix:// URL needs a socket path</source>
        <translation type="vanished">Eine unix://-URL braucht einen Socket-Pfad</translation>
    </message>
    <message>
        <source>TLS (rediss://) is not supported yet</source>
        <translation type="vanished">TLS (rediss://) wird noch nicht unterstützt</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &apos;%1&apos;: use redis:// or unix://</source>
        <translation type="vanished">Nicht unterstütztes URL-Schema „%1“: redis:// oder unix:// verwenden</translation>
    </message>
    <message>
        <location filename="../src/client/redisclient.cpp" line="-280"/>
        <source>commandOnNode() needs a cluster client (connectToCluster())</source>
        <translation>commandOnNode() braucht einen Cluster-Client (connectToCluster())</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Disconnected from the cluster</source>
        <translation>Vom Cluster getrennt</translation>
    </message>
    <message>
        <location line="+569"/>
        <location line="+11"/>
        <source>Connecting to another server</source>
        <translation>Verbindung mit einem anderen Server wird hergestellt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Disconnected by the application</source>
        <translation>Von der Anwendung getrennt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aborted by the application</source>
        <translation>Von der Anwendung abgebrochen</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+50"/>
        <source>RedisClient::command() was called from a thread other than the client&apos;s</source>
        <translation>RedisClient::command() wurde aus einem anderen Thread als dem des Clients aufgerufen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>RedisClient::commandFuture() was called from a thread other than the client&apos;s</source>
        <translation>RedisClient::commandFuture() wurde aus einem anderen Thread als dem des Clients aufgerufen</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 ms</source>
        <translation type="vanished">Keine Verbindung mit %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="vanished">Keine Verbindung mit %1 möglich: %2</translation>
    </message>
    <message>
        <source>The server closed the connection (%1)</source>
        <translation type="vanished">Der Server hat die Verbindung geschlossen (%1)</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation type="vanished">Die Verbindung mit %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>The server announced an array of more than %1 elements</source>
        <translation type="vanished">Der Server hat ein Array mit mehr als %1 Elementen angekündigt</translation>
    </message>
    <message>
        <source>%1 refused the connection setup: %2</source>
        <translation type="vanished">%1 hat die Einrichtung der Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 sent an error: %2</source>
        <translation type="vanished">%1 hat einen Fehler gesendet: %2</translation>
    </message>
    <message>
        <source>Protocol error from %1: unexpected pub/sub message (%2)</source>
        <translation type="vanished">Protokollfehler von %1: unerwartete Pub/Sub-Nachricht (%2)</translation>
    </message>
    <message>
        <location filename="../src/pubsub/subscriptionsession.cpp" line="+318"/>
        <source>array of %1</source>
        <translation>Array mit %1 Elementen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply type %1</source>
        <translation>Antworttyp %1</translation>
    </message>
    <message>
        <location filename="../src/pubsub/monitorsession.cpp" line="+37"/>
        <source>MONITOR refused: %1</source>
        <translation>MONITOR abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protocol error from %1: unexpected reply to MONITOR</source>
        <translation>Protokollfehler von %1: unerwartete Antwort auf MONITOR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Protocol error from %1: unexpected MONITOR output</source>
        <translation>Protokollfehler von %1: unerwartete MONITOR-Ausgabe</translation>
    </message>
    <message>
        <location filename="../src/cluster/clusterrouter.cpp" line="-136"/>
        <source>%1 is not a cluster node (cluster support is disabled): connect to it with connectToHost()</source>
        <translation>%1 ist kein Cluster-Knoten (Cluster-Unterstützung ist abgeschaltet): verbinden Sie sich mit connectToHost()</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not give the slot map: %2</source>
        <translation>%1 hat die Slot-Zuordnung nicht geliefert: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sent an unusable slot map: %2</source>
        <translation>%1 hat eine unbrauchbare Slot-Zuordnung gesendet: %2</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Not connected to a Redis cluster</source>
        <translation>Nicht mit einem Redis-Cluster verbunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be used on a cluster client: %2</source>
        <translation>%1 kann auf einem Cluster-Client nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The keys of %1 map to different hash slots; use a hash tag ({...}) to keep them in one slot</source>
        <translation>Die Schlüssel von %1 liegen in verschiedenen Hash-Slots; verwenden Sie ein Hash-Tag ({...}), um sie in einem Slot zu halten</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+236"/>
        <source>no node serves hash slot %1</source>
        <translation>kein Knoten bedient den Hash-Slot %1</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>No reply from the cluster in time; the command did not run</source>
        <translation>Keine rechtzeitige Antwort vom Cluster; der Befehl wurde nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Gave up after %1 redirects or retries; the command did not run (last: %2)</source>
        <translation>Nach %1 Umleitungen oder Wiederholungen aufgegeben; der Befehl wurde nicht ausgeführt (zuletzt: %2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No slot map from the cluster in time; the command did not run</source>
        <translation>Keine rechtzeitige Slot-Zuordnung vom Cluster; der Befehl wurde nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>The cluster has no master</source>
        <translation>Der Cluster hat keinen Master</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invalid SCAN cursor for this cluster</source>
        <translation>Ungültiger SCAN-Cursor für diesen Cluster</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A node&apos;s SCAN cursor is too large to join</source>
        <translation>Der SCAN-Cursor eines Knotens ist zu groß zum Zusammenfügen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No such node in the cluster</source>
        <translation>Kein solcher Knoten im Cluster</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a node of the cluster</source>
        <translation>%1 ist kein Knoten des Clusters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commandOnNode() needs a command that is not a stream command</source>
        <translation>commandOnNode() braucht einen Befehl, der kein Stream-Befehl ist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client is disconnecting</source>
        <translation>Der Client trennt die Verbindung</translation>
    </message>
</context>
<context>
    <name>RedisClientQmlExtension</name>
    <message>
        <location filename="../qml/redisqmlclient.cpp" line="+442"/>
        <source>The callback of cliCommand() is not a function</source>
        <translation>Der Callback von cliCommand() ist keine Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The callback of command() is not a function</source>
        <translation>Der Callback von command() ist keine Funktion</translation>
    </message>
</context>
<context>
    <name>RedisConnectionOptions</name>
    <message>
        <location filename="../src/core/redisconnectionoptions.cpp" line="+302"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A client certificate needs both a certificate file and a key file</source>
        <translation>Ein Client-Zertifikat braucht sowohl eine Zertifikatsdatei als auch eine Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no usable private key (is it encrypted?)</source>
        <translation>%1 enthält keinen verwendbaren privaten Schlüssel (ist er verschlüsselt?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no usable private key, or the passphrase is wrong</source>
        <translation>%1 enthält keinen verwendbaren privaten Schlüssel, oder die Passphrase ist falsch</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>&apos;%1&apos; is not a database number</source>
        <translation>„%1“ ist keine Datenbanknummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The URL is not valid: %1</source>
        <translation>Die URL ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>node= is for redis-cluster:// and redis-sentinel:// URLs</source>
        <translation>node= ist für redis-cluster://- und redis-sentinel://-URLs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a node address (host:port)</source>
        <translation>„%1“ ist keine Knotenadresse (host:port)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid port</source>
        <translation>Ungültiger Port</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A unix:// URL needs a socket path</source>
        <translation>Eine unix://-URL braucht einen Socket-Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported URL scheme &apos;%1&apos;: use redis://, rediss://, unix://, redis-cluster:// or redis-sentinel://</source>
        <translation>Nicht unterstütztes URL-Schema „%1“: Verwenden Sie redis://, rediss://, unix://, redis-cluster:// oder redis-sentinel://</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A cluster has database 0 only</source>
        <translation>Ein Cluster hat nur die Datenbank 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A redis-sentinel:// URL needs the master&apos;s name (#name or ?master=name)</source>
        <translation>Eine redis-sentinel://-URL braucht den Namen des Masters (#name oder ?master=name)</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &apos;%1&apos;: use redis://, rediss:// or unix://</source>
        <translation type="vanished">Nicht unterstütztes URL-Schema „%1“: Verwenden Sie redis://, rediss:// oder unix://</translation>
    </message>
    <message>
        <source>TLS (rediss://) is not supported yet</source>
        <translation type="vanished">TLS (rediss://) wird noch nicht unterstützt</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &apos;%1&apos;: use redis:// or unix://</source>
        <translation type="vanished">Nicht unterstütztes URL-Schema „%1“: redis:// oder unix:// verwenden</translation>
    </message>
</context>
<context>
    <name>RedisHashModel</name>
    <message>
        <location filename="../src/models/redishashmodel.cpp" line="+192"/>
        <source>The hash has no such field</source>
        <translation>Der Hash hat kein solches Feld</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>RedisKeysModel</name>
    <message>
        <location filename="../src/models/rediskeysloading.cpp" line="+75"/>
        <source>No Redis client is set</source>
        <translation>Kein Redis-Client festgelegt</translation>
    </message>
    <message>
        <source>The Redis client was destroyed</source>
        <translation type="vanished">Der Redis-Client wurde zerstört</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>SCAN failed: %1</source>
        <translation>SCAN fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>SCAN failed: unexpected reply</source>
        <translation type="vanished">SCAN fehlgeschlagen: unerwartete Antwort</translation>
    </message>
    <message>
        <location filename="../src/models/rediskeysmodel.cpp" line="+541"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>RedisListModel</name>
    <message>
        <location filename="../src/models/redislistmodel.cpp" line="+154"/>
        <source>The list is empty</source>
        <translation>Die Liste ist leer</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+7"/>
        <source>The element was not removed</source>
        <translation>Das Element wurde nicht entfernt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>RedisQmlText</name>
    <message>
        <location filename="../qml/redisqmltext.cpp" line="+49"/>
        <source>unbalanced quotes, or a closing quote not followed by a space</source>
        <translation>unausgeglichene Anführungszeichen oder ein schließendes Anführungszeichen ohne folgendes Leerzeichen</translation>
    </message>
</context>
<context>
    <name>RedisQmlValue</name>
    <message>
        <location filename="../qml/redisqmlvalue.cpp" line="+83"/>
        <source>command() takes an array of arguments, e.g. [&quot;GET&quot;, &quot;key&quot;]</source>
        <translation>command() erwartet ein Array von Argumenten, z. B. [&quot;GET&quot;, &quot;key&quot;]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Argument %1 of command() is not a string, a number or an ArrayBuffer</source>
        <translation>Argument %1 von command() ist weder ein String noch eine Zahl noch ein ArrayBuffer</translation>
    </message>
</context>
<context>
    <name>RedisReply</name>
    <message>
        <location filename="../src/client/redisreply.cpp" line="+76"/>
        <source>The request was aborted</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>RedisScan</name>
    <message>
        <location filename="../src/helpers/redisscanner.cpp" line="+148"/>
        <source>expected an array of two elements</source>
        <translation>Array mit zwei Elementen erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cursor is not a decimal number</source>
        <translation>der Cursor ist keine Dezimalzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the elements are not an array</source>
        <translation>die Elemente sind kein Array</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an odd number of elements where pairs were expected</source>
        <translation>ungerade Anzahl von Elementen, wo Paare erwartet wurden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>element %1 is not a string</source>
        <translation>Element %1 ist kein String</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>The scan has no client</source>
        <translation>Der Scan hat keinen Client</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unexpected reply to %1: %2</source>
        <translation>Unerwartete Antwort auf %1: %2</translation>
    </message>
</context>
<context>
    <name>RedisScript</name>
    <message>
        <location filename="../src/helpers/redisscript.cpp" line="+147"/>
        <source>RedisScript::run() was called without a client</source>
        <translation>RedisScript::run() wurde ohne Client aufgerufen</translation>
    </message>
</context>
<context>
    <name>RedisSetModel</name>
    <message>
        <location filename="../src/models/redissetmodel.cpp" line="+143"/>
        <source>The set has no such member</source>
        <translation>Das Set hat kein solches Element</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Member</source>
        <translation>Element</translation>
    </message>
</context>
<context>
    <name>RedisSortedSetModel</name>
    <message>
        <location filename="../src/models/redissortedsetmodel.cpp" line="+36"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an odd number of elements where pairs were expected</source>
        <translation>ungerade Anzahl von Elementen, wo Paare erwartet wurden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element %1 is not a member and a score</source>
        <translation>Element %1 besteht nicht aus Element und Score</translation>
    </message>
    <message>
        <location line="+162"/>
        <location line="+16"/>
        <source>The sorted set has no such member</source>
        <translation>Das Sorted Set hat kein solches Element</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Member</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>RedisStreamModel</name>
    <message>
        <location filename="../src/models/redisstreammodel.cpp" line="+21"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 is not an ID and fields</source>
        <translation>Eintrag %1 besteht nicht aus ID und Feldern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1 has an odd number of fields and values</source>
        <translation>Eintrag %1 hat eine ungerade Anzahl von Feldern und Werten</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>An entry needs field and value pairs</source>
        <translation>Ein Eintrag braucht Paare aus Feld und Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An entry needs an ID (&quot;*&quot;: the server chooses one)</source>
        <translation>Ein Eintrag braucht eine ID („*“: der Server wählt eine)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>XADD did not return an ID</source>
        <translation>XADD hat keine ID zurückgegeben</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fields and values must be strings</source>
        <translation>Felder und Werte müssen Strings sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The stream has no such entry</source>
        <translation>Der Stream hat keinen solchen Eintrag</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>RedisStringValue</name>
    <message>
        <location filename="../src/models/redisstringvalue.cpp" line="+140"/>
        <location line="+284"/>
        <source>No key is set</source>
        <translation>Kein Schlüssel festgelegt</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+280"/>
        <source>No client is set</source>
        <translation>Kein Client festgelegt</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Unexpected reply to the value&apos;s transaction</source>
        <translation>Unerwartete Antwort auf die Transaktion des Werts</translation>
    </message>
</context>
<context>
    <name>RedisSubscription</name>
    <message>
        <location filename="../qml/redisqmlsubscription.cpp" line="+86"/>
        <source>Set either channel or pattern, not both</source>
        <translation>Entweder Kanal oder Muster festlegen, nicht beides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client belongs to another thread</source>
        <translation>Der Client gehört zu einem anderen Thread</translation>
    </message>
</context>
<context>
    <name>RedisTransaction</name>
    <message>
        <location filename="../src/helpers/redistransaction.cpp" line="+120"/>
        <source>%1; the transaction was not sent</source>
        <translation>%1; die Transaktion wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection attempt was cancelled; the transaction was not sent</source>
        <translation>Der Verbindungsversuch wurde abgebrochen; die Transaktion wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The connection was lost after WATCH, so the watched keys are no longer watched; the transaction was not sent</source>
        <translation>Die Verbindung ging nach WATCH verloren, daher werden die beobachteten Schlüssel nicht mehr beobachtet; die Transaktion wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The keys of the transaction map to different hash slots; use a hash tag ({...}) to keep them in one slot. The transaction was not sent</source>
        <translation>Die Schlüssel der Transaktion liegen in verschiedenen Hash-Slots; verwenden Sie ein Hash-Tag ({...}), um sie in einem Slot zu halten. Die Transaktion wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No node of the cluster serves the transaction&apos;s keys; it was not sent</source>
        <translation>Kein Knoten des Clusters bedient die Schlüssel der Transaktion; sie wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>MULTI failed: %1</source>
        <translation>MULTI fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>EXEC returned %1 replies for %2 queued commands</source>
        <translation>EXEC lieferte %1 Antworten für %2 eingereihte Befehle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected reply to EXEC: %1</source>
        <translation>Unerwartete Antwort auf EXEC: %1</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Not connected within %1 ms; the transaction was not sent</source>
        <translation>Innerhalb von %1 ms keine Verbindung; die Transaktion wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client was destroyed; the transaction was not sent</source>
        <translation>Der Client wurde zerstört; die Transaktion wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+89"/>
        <source>The transaction has no client; it was not sent</source>
        <translation>Die Transaktion hat keinen Client; sie wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No node of the cluster serves the watched keys; the transaction was not sent</source>
        <translation>Kein Knoten des Clusters bedient die beobachteten Schlüssel; die Transaktion wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The watched keys map to different hash slots; the transaction was not sent</source>
        <translation>Die beobachteten Schlüssel liegen in verschiedenen Hash-Slots; die Transaktion wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WATCH failed (%1); the transaction was not sent</source>
        <translation>WATCH fehlgeschlagen (%1); die Transaktion wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>RedisTransaction::exec() was called from a thread other than the client&apos;s</source>
        <translation>RedisTransaction::exec() wurde aus einem anderen Thread als dem des Clients aufgerufen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not connected to the server the WATCH was sent to; the transaction was not sent</source>
        <translation>Nicht mit dem Server verbunden, an den WATCH gesendet wurde; die Transaktion wurde nicht gesendet</translation>
    </message>
</context>
<context>
    <name>RedisValueModel</name>
    <message>
        <location filename="../src/models/redisvaluemodel.cpp" line="+62"/>
        <source>this model does not read its rows again</source>
        <translation>dieses Modell liest seine Zeilen nicht erneut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>element %1 is not a string</source>
        <translation>Element %1 ist kein String</translation>
    </message>
    <message>
        <source>expected a cursor and an array</source>
        <translation type="vanished">Cursor und Array erwartet</translation>
    </message>
    <message>
        <source>the cursor is not a number</source>
        <translation type="vanished">der Cursor ist keine Zahl</translation>
    </message>
    <message>
        <source>an odd number of elements where pairs were expected</source>
        <translation type="vanished">ungerade Anzahl von Elementen, wo Paare erwartet wurden</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>this model pages with SCAN</source>
        <translation>dieses Modell liest seine Seiten mit SCAN</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>Unexpected reply to %1: %2</source>
        <translation>Unerwartete Antwort auf %1: %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The model has no client</source>
        <translation>Das Modell hat keinen Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model has no key</source>
        <translation>Das Modell hat keinen Schlüssel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unexpected reply to the edit</source>
        <translation>Unerwartete Antwort auf die Änderung</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/RenameDialog.qml" line="+19"/>
        <source>Rename key</source>
        <translation>Schlüssel umbenennen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 are escapes. If the name is taken you are asked before it is replaced.</source>
        <translation>%1 sind Escapes. Ist der Name schon vergeben, werden Sie vor dem Ersetzen gefragt.</translation>
    </message>
    <message>
        <source>HH, 
, 	 and \ are escapes. If the name is taken you are asked before it is replaced.</source>
        <translation type="obsolete">\xHH, 
, 	 und \ sind Escapes. Ist der Name vergeben, werden Sie vor dem Ersetzen gefragt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <location filename="../examples/browser/main.cpp" line="+57"/>
        <source>the initial data did not load within 30 s</source>
        <translation>die anfänglichen Daten wurden nicht innerhalb von 30 s geladen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>could not save the screenshot to %1</source>
        <translation>der Screenshot konnte nicht unter %1 gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>screenshot saved to %1 (%2x%3)</source>
        <translation>Screenshot unter %1 gespeichert (%2x%3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no screenshot: %1</source>
        <translation>kein Screenshot: %1</translation>
    </message>
</context>
<context>
    <name>SentinelLocator</name>
    <message>
        <location filename="../src/connection/sentinellocator.cpp" line="+59"/>
        <source>it refused the command</source>
        <translation>er hat den Befehl abgelehnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the sentinels do not know a master named &apos;%1&apos;</source>
        <translation>die Sentinels kennen keinen Master namens „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sentinels %1 refused the credentials: %2</source>
        <translation>die Sentinels %1 haben die Anmeldedaten abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sentinel of %1 could be reached: %2</source>
        <translation>kein Sentinel von %1 war erreichbar: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+16"/>
        <source>%1 does not know the master</source>
        <translation>%1 kennt den Master nicht</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 knows no healthy replica of &apos;%2&apos;</source>
        <translation>%1 kennt kein funktionsfähiges Replikat von „%2“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 sent an answer of the wrong shape</source>
        <translation>%1 hat eine Antwort in falscher Form gesendet</translation>
    </message>
</context>
<context>
    <name>SentinelWatcher</name>
    <message>
        <location filename="../src/connection/sentinelwatcher.cpp" line="+120"/>
        <source>%1 refused SUBSCRIBE</source>
        <translation>%1 hat SUBSCRIBE abgelehnt</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../examples/browser/pages/ServerPage.qml" line="+78"/>
        <source>master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replica of %1</source>
        <translation>Replikat von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients (%1)</source>
        <translation>Clients (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow log (%1)</source>
        <translation>Slow Log (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nodes (%1)</source>
        <translation>Knoten (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh every 5 s</source>
        <translation>Alle 5 s aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter fields, e.g. memory</source>
        <translation>Felder filtern, z. B. memory</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Press Refresh to read INFO.</source>
        <translation>Klicken Sie auf „Aktualisieren“, um INFO zu lesen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+56"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (s)</source>
        <translation>Alter (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle (s)</source>
        <translation>Leerlauf (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last command</source>
        <translation>Letzter Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The slow log is empty.</source>
        <translation>Der Slow Log ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (µs)</source>
        <translation>Dauer (µs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current master (named by the sentinels): %1</source>
        <translation>Aktueller Master (von den Sentinels genannt): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No master known yet.</source>
        <translation>Noch kein Master bekannt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The slot map is not loaded yet.</source>
        <translation>Die Slot-Zuordnung ist noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot count</source>
        <translation>Anzahl Slots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a node to see its INFO.</source>
        <translation>Wählen Sie einen Knoten, um sein INFO zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: loading INFO…</source>
        <translation>%1: INFO wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: memory used %2</source>
        <translation>%1: Speicher belegt %2</translation>
    </message>
</context>
<context>
    <name>SetValueView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="vanished">
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/values/SetValueView.qml" line="+23"/>
        <source>Members: %1</source>
        <translation>Elemente: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add member</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+43"/>
        <source>Member</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace member</source>
        <translation>Element ersetzen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove member</source>
        <translation>Element entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this member?</source>
        <translation>Dieses Element entfernen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add member…</source>
        <translation>Element hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
</context>
<context>
    <name>SimpleTable</name>
    <message>
        <location filename="../examples/browser/components/SimpleTable.qml" line="+13"/>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
</context>
<context>
    <name>SortedSetValueView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="vanished">
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/values/SortedSetValueView.qml" line="+23"/>
        <source>Members: %1</source>
        <translation>Elemente: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add member</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+39"/>
        <source>Member</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change score</source>
        <translation>Score ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove member</source>
        <translation>Element entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this member?</source>
        <translation>Dieses Element entfernen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add member…</source>
        <translation>Element hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change score…</source>
        <translation>Score ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>SSH tunnels are not available</source>
        <translation type="vanished">SSH-Tunnel sind nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../examples/browser/glue/connectionconfig.cpp" line="+242"/>
        <location filename="../src/connection/sshtunnel.cpp" line="+468"/>
        <source>The host key of the SSH server %1 has changed: it sent %2, which differs from the key in the known hosts file</source>
        <translation>Der Host-Schlüssel des SSH-Servers %1 hat sich geändert: Er hat %2 gesendet, was vom Schlüssel in der Datei bekannter Hosts abweicht</translation>
    </message>
    <message>
        <location filename="../src/connection/sshtunnel.cpp" line="-150"/>
        <source>Cannot open an SSH tunnel to %1: the OpenSSH client (ssh) is not installed</source>
        <translation>Kein SSH-Tunnel zu %1 möglich: Der OpenSSH-Client (ssh) ist nicht installiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open an SSH tunnel to %1: no private directory in %2 (%3)</source>
        <translation>Kein SSH-Tunnel zu %1 möglich: kein privates Verzeichnis in %2 (%3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot open an SSH tunnel to %1: cannot prepare the askpass helper for the password or passphrase</source>
        <translation>Kein SSH-Tunnel zu %1 möglich: Das askpass-Hilfsprogramm für Passwort oder Passphrase kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>SSH to %1 did not create the tunnel&apos;s socket %2</source>
        <translation>SSH zu %1 hat den Socket %2 des Tunnels nicht angelegt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>ssh was ended by a signal</source>
        <translation>ssh wurde durch ein Signal beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ssh exited with code %1</source>
        <translation>ssh wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an unknown key</source>
        <translation>einen unbekannten Schlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The host key of the SSH server %1 is unknown: it is not in the known hosts file</source>
        <translation>Der Host-Schlüssel des SSH-Servers %1 ist unbekannt: Er steht nicht in der Datei bekannter Hosts</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <source>The host key of the SSH server %1 is unknown: %2 is not in the known hosts file</source>
        <translation>Der Host-Schlüssel des SSH-Servers %1 ist unbekannt: %2 steht nicht in der Datei bekannter Hosts</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The host key of the SSH server %1 was rejected: %2</source>
        <translation>Der Host-Schlüssel des SSH-Servers %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH authentication to %1 failed: %2</source>
        <translation>SSH-Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open an SSH tunnel to %1: %2</source>
        <translation>Kein SSH-Tunnel zu %1 möglich: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH tunnel to %1 failed: %2</source>
        <translation>SSH-Tunnel zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open an SSH tunnel to %1: ssh did not start (%2)</source>
        <translation>Kein SSH-Tunnel zu %1 möglich: ssh ist nicht gestartet (%2)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>SSH to %1 did not open the tunnel within %2 ms</source>
        <translation>SSH zu %1 hat den Tunnel nicht innerhalb von %2 ms geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH to %1 did not open the tunnel within %2 ms: %3</source>
        <translation>SSH zu %1 hat den Tunnel nicht innerhalb von %2 ms geöffnet: %3</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The SSH tunnel to %1 was restarted for other options</source>
        <translation>Der SSH-Tunnel zu %1 wurde für andere Optionen neu gestartet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The SSH tunnel was closed</source>
        <translation>Der SSH-Tunnel wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../examples/browser/StatusBar.qml" line="+20"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection lost: reconnecting in %1 s (attempt %2)</source>
        <translation>Verbindung verloren: neuer Versuch in %1 s (Versuch %2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Round trip: %1</source>
        <translation>Antwortzeit: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost: reconnecting in %n s (attempt %1)</source>
        <translation type="vanished">
            <numerusform>Verbindung verloren: neuer Versuch in %n Sekunde (Versuch %1)</numerusform>
            <numerusform>Verbindung verloren: neuer Versuch in %n Sekunden (Versuch %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+12"/>
        <source>Disconnected: %1</source>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Round trip: %1 ms</source>
        <translation type="vanished">Antwortzeit: %1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>db%1</source>
        <translation>db%1</translation>
    </message>
</context>
<context>
    <name>StreamEntryDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/StreamEntryDialog.qml" line="+25"/>
        <source>Add stream entry</source>
        <translation>Stream-Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stream entry %1</source>
        <translation>Stream-Eintrag %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every value needs a field name.</source>
        <translation>Jeder Wert braucht einen Feldnamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add at least one field.</source>
        <translation>Fügen Sie mindestens ein Feld hinzu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>* lets the server choose the ID</source>
        <translation>* lässt den Server die ID wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fields and values take %1 escapes.</source>
        <translation>Felder und Werte erlauben die Escapes %1.</translation>
    </message>
    <message>
        <source>Fields and values take HH, 
, 	 and \ escapes.</source>
        <translation type="obsolete">Felder und Werte erlauben die Escapes \xHH, 
, 	 und \.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StreamValueView</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation type="vanished">
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../examples/browser/values/StreamValueView.qml" line="+24"/>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this stream entry?</source>
        <translation>Diesen Stream-Eintrag löschen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add entry…</source>
        <translation>Eintrag hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View…</source>
        <translation>Anzeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>StringValueView</name>
    <message>
        <location filename="../examples/browser/values/StringValueView.qml" line="+22"/>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Showing the first %1 of %2 (read only). Loading all of it may take a while.</source>
        <translation>Die ersten %1 von %2 werden angezeigt (schreibgeschützt). Alles zu laden kann eine Weile dauern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load all</source>
        <translation>Alles laden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving keeps the TTL (SET … KEEPTTL).</source>
        <translation>Beim Speichern bleibt die TTL erhalten (SET … KEEPTTL).</translation>
    </message>
</context>
<context>
    <name>TlsRelayTransport</name>
    <message>
        <location filename="../src/transport/tlsrelaytransport.cpp" line="+185"/>
        <source>cannot create a private directory for the TLS relay</source>
        <translation>kann kein privates Verzeichnis für das TLS-Relais anlegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TLS relay&apos;s socket path is too long</source>
        <translation>der Socket-Pfad des TLS-Relais ist zu lang</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the TLS relay cannot listen: %1</source>
        <translation>das TLS-Relais kann nicht lauschen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the TLS relay did not get hiredis&apos;s connection: %1</source>
        <translation>das TLS-Relais hat die Verbindung von hiredis nicht erhalten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TLS relay was reached by another process</source>
        <translation>das TLS-Relais wurde von einem anderen Prozess erreicht</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>TLS relay: %1</source>
        <translation>TLS-Relais: %1</translation>
    </message>
</context>
<context>
    <name>TlsSession</name>
    <message>
        <location filename="../src/transport/tlssupport.cpp" line="+39"/>
        <source>The socket path is too long</source>
        <translation>Der Socket-Pfad ist zu lang</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the server does not speak TLS on this port (is it a plain-text port?)</source>
        <translation>der Server spricht auf diesem Port kein TLS (ist es ein Klartext-Port?)</translation>
    </message>
    <message>
        <source>the server requires a client certificate</source>
        <translation type="vanished">der Server verlangt ein Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the handshake failed: %1</source>
        <translation>der Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+19"/>
        <source>the server requires a client certificate (tls-auth-clients): set a certificate and a key</source>
        <translation>der Server verlangt ein Client-Zertifikat (tls-auth-clients): Geben Sie ein Zertifikat und einen Schlüssel an</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the server closed the connection during the TLS handshake (it may have too many clients, or not accept TLS here)</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen (vielleicht hat er zu viele Clients, oder er nimmt hier kein TLS an)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>the server refused the client certificate (%1)</source>
        <translation>der Server hat das Client-Zertifikat abgelehnt (%1)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the server&apos;s certificate (issued by &quot;%1&quot;) is not signed by a trusted CA; set the CA file</source>
        <translation>das Zertifikat des Servers (ausgestellt von „%1“) ist nicht von einer vertrauenswürdigen CA signiert; geben Sie die CA-Datei an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s certificate is for %1, not %2</source>
        <translation>das Zertifikat des Servers gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s certificate expired on %1</source>
        <translation>das Zertifikat des Servers ist am %1 abgelaufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server&apos;s certificate is not valid before %1</source>
        <translation>das Zertifikat des Servers ist erst ab %1 gültig</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../src/cluster/slotmap.cpp" line="+58"/>
        <source>CLUSTER SLOTS did not answer with a list</source>
        <translation>CLUSTER SLOTS hat nicht mit einer Liste geantwortet</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>CLUSTER SLOTS sent a slot range without a master</source>
        <translation>CLUSTER SLOTS hat einen Slot-Bereich ohne Master gesendet</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>CLUSTER SLOTS sent an invalid slot range</source>
        <translation>CLUSTER SLOTS hat einen ungültigen Slot-Bereich gesendet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>CLUSTER SHARDS did not answer with a list</source>
        <translation>CLUSTER SHARDS hat nicht mit einer Liste geantwortet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>CLUSTER SHARDS sent an invalid slot range</source>
        <translation>CLUSTER SHARDS hat einen ungültigen Slot-Bereich gesendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cluster reported no nodes</source>
        <translation>Der Cluster hat keine Knoten gemeldet</translation>
    </message>
</context>
<context>
    <name>TtlDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/TtlDialog.qml" line="+15"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Expire in (seconds)</source>
        <translation>Ablauf in (Sekunden)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set expiry</source>
        <translation>Ablauf festlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove expiry</source>
        <translation>Ablauf entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../examples/browser/values/ValueEditor.qml" line="+31"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (escaped)</source>
        <translation>Text (maskiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>View as</source>
        <translation>Anzeigen als</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="vanished">
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>ValueEditorDialog</name>
    <message>
        <location filename="../examples/browser/dialogs/ValueEditorDialog.qml" line="+32"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The score must be a number (or inf, -inf).</source>
        <translation>Der Score muss eine Zahl sein (oder inf, -inf).</translation>
    </message>
    <message>
        <source>HH, 
, 	 and \ are escapes</source>
        <translation type="vanished">\xHH, 
, 	 und \ sind Escapes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 are escapes</source>
        <translation>%1 sind Escapes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ValuePane</name>
    <message>
        <location filename="../examples/browser/values/ValuePane.qml" line="+149"/>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this key? This cannot be undone.</source>
        <translation>Diesen Schlüssel löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <source>Not renamed</source>
        <translation>Nicht umbenannt</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Replace key</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key with the new name exists already. Replace it? Its value is lost.</source>
        <translation>Ein Schlüssel mit dem neuen Namen existiert bereits. Ersetzen? Sein Wert geht verloren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expires in %1</source>
        <translation>Läuft ab in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry removed</source>
        <translation>Ablaufzeit entfernt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Reload the value</source>
        <translation>Den Wert neu laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the key (F2)</source>
        <translation>Den Schlüssel umbenennen (F2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TTL…</source>
        <translation>TTL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set or remove the expiry</source>
        <translation>Ablaufzeit festlegen oder entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the key</source>
        <translation>Den Schlüssel löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TTL: %1</source>
        <translation>TTL: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expiry</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding: %1</source>
        <translation>Kodierung: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Slot %1 on node %2</source>
        <translation>Slot %1 auf Knoten %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot %1 (node not known yet)</source>
        <translation>Slot %1 (Knoten noch nicht bekannt)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a key to see its value.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seinen Wert zu sehen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This key does not exist (any more).</source>
        <translation>Dieser Schlüssel existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keys of type “%1” cannot be shown here; use the console.</source>
        <translation>Schlüssel vom Typ „%1“ können hier nicht angezeigt werden; verwenden Sie die Konsole.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../examples/quick-pubsub/main.cpp" line="+29"/>
        <source>QtRedis chat</source>
        <translation>QtRedis-Chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chat over Redis pub/sub, written in QML.</source>
        <translation>Ein Chat über Redis Pub/Sub, geschrieben in QML.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Redis server (redis:// or unix:// URL).</source>
        <translation>Der Redis-Server (redis://- oder unix://-URL).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chat room (the channel is chat:&lt;room&gt;).</source>
        <translation>Der Chatraum (der Kanal ist chat:&lt;room&gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish one message, wait for it to come back, print it and exit (exit code 1 on an error or after 10 s).</source>
        <translation>Eine Nachricht veröffentlichen, auf ihre Rückkehr warten, sie ausgeben und beenden (Exit-Code 1 bei einem Fehler oder nach 10 s).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a URL: %1</source>
        <translation>Keine URL: %1</translation>
    </message>
    <message>
        <location filename="../examples/browser/main.cpp" line="+22"/>
        <source>QtRedis Browser</source>
        <translation>QtRedis Browser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Redis browser.</source>
        <translation>Ein Browser für Redis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this connection at start (redis:// or unix:// URL).</source>
        <translation>Diese Verbindung beim Start öffnen (redis://- oder unix://-URL).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The interface language: en, de or zh_CN (default: the system&apos;s).</source>
        <translation>Die Sprache der Oberfläche: en, de oder zh_CN (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this key once the connection is open (\xHH escapes allowed).</source>
        <translation>Diesen Schlüssel anzeigen, sobald die Verbindung offen ist (\xHH-Escapes erlaubt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the window to this image file once the initial data is shown, then exit (exit code 1 on a failure or after 30 s).</source>
        <translation>Das Fenster in dieser Bilddatei speichern, sobald die anfänglichen Daten angezeigt werden, und dann beenden (Exit-Code 1 bei einem Fehler oder nach 30 s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window size, e.g. 1280x800.</source>
        <translation>Die Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep saved connections in this INI file instead of the user&apos;s settings.</source>
        <translation>Gespeicherte Verbindungen in dieser INI-Datei statt in den Einstellungen des Benutzers ablegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the connection dialog on this saved connection at start.</source>
        <translation>Beim Start den Verbindungsdialog für diese gespeicherte Verbindung öffnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--url cannot be used: %1</source>
        <translation>--url kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>not a redis:// or unix:// URL: %1</source>
        <translation type="vanished">keine redis://- oder unix://-URL: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size wants WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1280x800</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot braucht einen Dateinamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no display: the window is not shown (use --screenshot FILE)</source>
        <translation>keine Anzeige: das Fenster wird nicht angezeigt (--screenshot DATEI verwenden)</translation>
    </message>
</context>
</TS>
