<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>propdesk</source>
      <translation>propdesk</translation>
    </message>
    <message>
      <source>Python</source>
      <translation>Python</translation>
    </message>
    <message>
      <source>Qt</source>
      <translation>Qt</translation>
    </message>
    <message>
      <source>SQLite</source>
      <translation>SQLite</translation>
    </message>
    <message>
      <source>Schema revision</source>
      <translation>Schema revision</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>About propdesk</source>
      <translation>About propdesk</translation>
    </message>
    <message>
      <source>&lt;p&gt;propdesk: the console of a property-service centre.&lt;/p&gt;</source>
      <translation>&lt;p&gt;propdesk: the console of a property-service centre.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <source>Welcome to propdesk</source>
      <translation>Welcome to propdesk</translation>
    </message>
    <message>
      <source>Tell propdesk which estate this office serves and what this computer is (for example the gatehouse or the front desk).</source>
      <translation>Tell propdesk which estate this office serves and what this computer is (for example the gatehouse or the front desk).</translation>
    </message>
    <message>
      <source>e.g. Green Lake Gardens</source>
      <translation>e.g. Green Lake Gardens</translation>
    </message>
    <message>
      <source>Gatehouse</source>
      <translation>Gatehouse</translation>
    </message>
    <message>
      <source>Front desk</source>
      <translation>Front desk</translation>
    </message>
    <message>
      <source>Estate name</source>
      <translation>Estate name</translation>
    </message>
    <message>
      <source>Station name</source>
      <translation>Station name</translation>
    </message>
  </context>
  <context>
    <name>HomeTab</name>
    <message>
      <source>This station</source>
      <translation>This station</translation>
    </message>
    <message>
      <source>Station:</source>
      <translation>Station:</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>Database:</translation>
    </message>
    <message>
      <source>Backup folder:</source>
      <translation>Backup folder:</translation>
    </message>
    <message>
      <source>Latest backup:</source>
      <translation>Latest backup:</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Open data folder</translation>
    </message>
    <message>
      <source>(no estate set up)</source>
      <translation>(no estate set up)</translation>
    </message>
    <message>
      <source>{name}, {when:%Y-%m-%d %H:%M}</source>
      <translation>{name}, {when:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>none yet</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Home</source>
      <translation>Home</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Backup now</source>
      <translation>&amp;Backup now</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>System default</translation>
    </message>
    <message>
      <source>&amp;Station…</source>
      <translation>&amp;Station…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;About propdesk</source>
      <translation>&amp;About propdesk</translation>
    </message>
    <message>
      <source>propdesk — {estate} — {station}</source>
      <translation>propdesk — {estate} — {station}</translation>
    </message>
    <message>
      <source>Station: {name}</source>
      <translation>Station: {name}</translation>
    </message>
    <message>
      <source>User: {name}</source>
      <translation>User: {name}</translation>
    </message>
    <message>
      <source>Database: {file}</source>
      <translation>Database: {file}</translation>
    </message>
    <message>
      <source>Storage: this PC (SQLite)</source>
      <translation>Storage: this PC (SQLite)</translation>
    </message>
    <message>
      <source>Storage: server ({kind})</source>
      <translation>Storage: server ({kind})</translation>
    </message>
    <message>
      <source>Backup written and verified:
{path}</source>
      <translation>Backup written and verified:
{path}</translation>
    </message>
    <message>
      <source>The new language is used after propdesk is restarted.</source>
      <translation>The new language is used after propdesk is restarted.</translation>
    </message>
    <message>
      <source>Restart to apply</source>
      <translation>Restart to apply</translation>
    </message>
  </context>
  <context>
    <name>StationDialog</name>
    <message>
      <source>Station</source>
      <translation>Station</translation>
    </message>
    <message>
      <source>Station name</source>
      <translation>Station name</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <source>The database is busy or locked by another program. Nothing was saved; close the other program (or wait a moment) and try again.</source>
      <translation>The database is busy or locked by another program. Nothing was saved; close the other program (or wait a moment) and try again.</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was saved; free some space and try again. Records saved earlier are safe.</source>
      <translation>The disk is full. Nothing was saved; free some space and try again. Records saved earlier are safe.</translation>
    </message>
    <message>
      <source>The database or its folder cannot be written to (read-only). Nothing was saved; check the folder's permissions or choose another data folder.</source>
      <translation>The database or its folder cannot be written to (read-only). Nothing was saved; check the folder's permissions or choose another data folder.</translation>
    </message>
    <message>
      <source>The database file is damaged or is not a propdesk database. It has not been changed; restore the newest backup.</source>
      <translation>The database file is damaged or is not a propdesk database. It has not been changed; restore the newest backup.</translation>
    </message>
    <message>
      <source>This database was written by a newer version of propdesk. Install the newer version; the file was not changed.</source>
      <translation>This database was written by a newer version of propdesk. Install the newer version; the file was not changed.</translation>
    </message>
    <message>
      <source>The database could not be opened.</source>
      <translation>The database could not be opened.</translation>
    </message>
    <message>
      <source>propdesk</source>
      <translation>propdesk</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <source>Something went wrong that propdesk did not expect. What you saved before is safe. The details were written to the log file; please pass them on.</source>
      <translation>Something went wrong that propdesk did not expect. What you saved before is safe. The details were written to the log file; please pass them on.</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>The settings file could not be read ({reason}). It was kept as {aside} and the default settings are used.</source>
      <translation>The settings file could not be read ({reason}). It was kept as {aside} and the default settings are used.</translation>
    </message>
    <message>
      <source>Enter the estate name.</source>
      <translation>Enter the estate name.</translation>
    </message>
    <message>
      <source>The estate name can have at most {limit} characters.</source>
      <translation>The estate name can have at most {limit} characters.</translation>
    </message>
    <message>
      <source>Enter the station name.</source>
      <translation>Enter the station name.</translation>
    </message>
    <message>
      <source>The station name can have at most {limit} characters.</source>
      <translation>The station name can have at most {limit} characters.</translation>
    </message>
    <message>
      <source>Unknown language {language}.</source>
      <translation>Unknown language {language}.</translation>
    </message>
  </context>
</TS>
