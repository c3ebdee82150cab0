<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>propdesk</source>
      <translation>propdesk 物業前台</translation>
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
      <translation>資料庫結構版本</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>資料庫</translation>
    </message>
    <message>
      <source>About propdesk</source>
      <translation>關於 propdesk</translation>
    </message>
    <message>
      <source>&lt;p&gt;propdesk: the console of a property-service centre.&lt;/p&gt;</source>
      <translation>&lt;p&gt;propdesk：物業服務中心工作台。&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <source>Welcome to propdesk</source>
      <translation>歡迎使用 propdesk</translation>
    </message>
    <message>
      <source>Tell propdesk which estate this office serves and what this computer is (for example the gatehouse or the front desk).</source>
      <translation>請填寫本服務中心所服務的小區，以及這台電腦的崗位（例如崗亭或客服中心）。</translation>
    </message>
    <message>
      <source>e.g. Green Lake Gardens</source>
      <translation>例如：翠湖花園</translation>
    </message>
    <message>
      <source>Gatehouse</source>
      <translation>崗亭</translation>
    </message>
    <message>
      <source>Front desk</source>
      <translation>客服中心</translation>
    </message>
    <message>
      <source>Estate name</source>
      <translation>小區名稱</translation>
    </message>
    <message>
      <source>Station name</source>
      <translation>工作站名稱</translation>
    </message>
  </context>
  <context>
    <name>HomeTab</name>
    <message>
      <source>This station</source>
      <translation>本工作站</translation>
    </message>
    <message>
      <source>Station:</source>
      <translation>工作站：</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>資料庫：</translation>
    </message>
    <message>
      <source>Backup folder:</source>
      <translation>備份資料夾：</translation>
    </message>
    <message>
      <source>Latest backup:</source>
      <translation>最近備份：</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>開啟資料夾</translation>
    </message>
    <message>
      <source>(no estate set up)</source>
      <translation>（尚未設定小區）</translation>
    </message>
    <message>
      <source>{name}, {when:%Y-%m-%d %H:%M}</source>
      <translation>{name}，{when:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>暫無</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Home</source>
      <translation>首頁</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>檔案(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Backup now</source>
      <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>結束(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>設定(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>語言(&amp;L)</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>跟隨系統</translation>
    </message>
    <message>
      <source>&amp;Station…</source>
      <translation>工作站(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>說明(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About propdesk</source>
      <translation>關於 propdesk(&amp;A)</translation>
    </message>
    <message>
      <source>propdesk — {estate} — {station}</source>
      <translation>propdesk — {estate} — {station}</translation>
    </message>
    <message>
      <source>Station: {name}</source>
      <translation>工作站：{name}</translation>
    </message>
    <message>
      <source>User: {name}</source>
      <translation>使用者：{name}</translation>
    </message>
    <message>
      <source>Database: {file}</source>
      <translation>資料庫：{file}</translation>
    </message>
    <message>
      <source>Storage: this PC (SQLite)</source>
      <translation>儲存：本機（SQLite）</translation>
    </message>
    <message>
      <source>Storage: server ({kind})</source>
      <translation>儲存：伺服器（{kind}）</translation>
    </message>
    <message>
      <source>Backup written and verified:
{path}</source>
      <translation>備份已寫入並驗證通過：
{path}</translation>
    </message>
    <message>
      <source>The new language is used after propdesk is restarted.</source>
      <translation>新語言將在重新啟動 propdesk 後生效。</translation>
    </message>
    <message>
      <source>Restart to apply</source>
      <translation>重新啟動後生效</translation>
    </message>
  </context>
  <context>
    <name>StationDialog</name>
    <message>
      <source>Station</source>
      <translation>工作站</translation>
    </message>
    <message>
      <source>Station name</source>
      <translation>工作站名稱</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <source>The database is busy or locked by another program. Nothing was saved; close the other program (or wait a moment) and try again.</source>
      <translation>資料庫正忙或被其他程式鎖定。本次未儲存任何內容；請關閉其他程式（或稍候）後重試。</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was saved; free some space and try again. Records saved earlier are safe.</source>
      <translation>磁碟已滿。本次未儲存任何內容；請釋放一些空間後重試。之前儲存的記錄安全無損。</translation>
    </message>
    <message>
      <source>The database or its folder cannot be written to (read-only). Nothing was saved; check the folder's permissions or choose another data folder.</source>
      <translation>資料庫或其所在資料夾無法寫入（唯讀）。本次未儲存任何內容；請檢查資料夾權限或選擇其他資料夾。</translation>
    </message>
    <message>
      <source>The database file is damaged or is not a propdesk database. It has not been changed; restore the newest backup.</source>
      <translation>資料庫檔案已損壞或不是 propdesk 資料庫。該檔案未被改動；請還原最新的備份。</translation>
    </message>
    <message>
      <source>This database was written by a newer version of propdesk. Install the newer version; the file was not changed.</source>
      <translation>此資料庫由較新版本的 propdesk 寫入。請安裝新版本；該檔案未被改動。</translation>
    </message>
    <message>
      <source>The database could not be opened.</source>
      <translation>無法開啟資料庫。</translation>
    </message>
    <message>
      <source>propdesk</source>
      <translation>propdesk 物業前台</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>意外錯誤</translation>
    </message>
    <message>
      <source>Something went wrong that propdesk did not expect. What you saved before is safe. The details were written to the log file; please pass them on.</source>
      <translation>發生了 propdesk 未預料的問題。之前儲存的內容是安全的。詳細資訊已寫入記錄檔，請轉交技術支援。</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>The settings file could not be read ({reason}). It was kept as {aside} and the default settings are used.</source>
      <translation>無法讀取設定檔（{reason}）。該檔案已另存為 {aside}，現使用預設設定。</translation>
    </message>
    <message>
      <source>Enter the estate name.</source>
      <translation>請輸入小區名稱。</translation>
    </message>
    <message>
      <source>The estate name can have at most {limit} characters.</source>
      <translation>小區名稱最多 {limit} 個字元。</translation>
    </message>
    <message>
      <source>Enter the station name.</source>
      <translation>請輸入工作站名稱。</translation>
    </message>
    <message>
      <source>The station name can have at most {limit} characters.</source>
      <translation>工作站名稱最多 {limit} 個字元。</translation>
    </message>
    <message>
      <source>Unknown language {language}.</source>
      <translation>未知語言 {language}。</translation>
    </message>
  </context>
</TS>
