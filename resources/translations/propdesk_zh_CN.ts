<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>propdesk</source>
      <translation>propdesk 物业前台</translation>
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
      <translation>数据库结构版本</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <source>About propdesk</source>
      <translation>关于 propdesk</translation>
    </message>
    <message>
      <source>&lt;p&gt;propdesk: the console of a property-service centre.&lt;/p&gt;</source>
      <translation>&lt;p&gt;propdesk：物业服务中心工作台。&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <source>Welcome to propdesk</source>
      <translation>欢迎使用 propdesk</translation>
    </message>
    <message>
      <source>Tell propdesk which estate this office serves and what this computer is (for example the gatehouse or the front desk).</source>
      <translation>请填写本服务中心所服务的小区，以及这台电脑的岗位（例如岗亭或客服中心）。</translation>
    </message>
    <message>
      <source>e.g. Green Lake Gardens</source>
      <translation>例如：翠湖花园</translation>
    </message>
    <message>
      <source>Gatehouse</source>
      <translation>岗亭</translation>
    </message>
    <message>
      <source>Front desk</source>
      <translation>客服中心</translation>
    </message>
    <message>
      <source>Estate name</source>
      <translation>小区名称</translation>
    </message>
    <message>
      <source>Station name</source>
      <translation>工作站名称</translation>
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
      <translation>数据库：</translation>
    </message>
    <message>
      <source>Backup folder:</source>
      <translation>备份文件夹：</translation>
    </message>
    <message>
      <source>Latest backup:</source>
      <translation>最近备份：</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>打开数据文件夹</translation>
    </message>
    <message>
      <source>(no estate set up)</source>
      <translation>（尚未设置小区）</translation>
    </message>
    <message>
      <source>{name}, {when:%Y-%m-%d %H:%M}</source>
      <translation>{name}，{when:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>暂无</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Home</source>
      <translation>首页</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Backup now</source>
      <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>设置(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>&amp;Station…</source>
      <translation>工作站(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About propdesk</source>
      <translation>关于 propdesk(&amp;A)</translation>
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
      <translation>用户：{name}</translation>
    </message>
    <message>
      <source>Database: {file}</source>
      <translation>数据库：{file}</translation>
    </message>
    <message>
      <source>Storage: this PC (SQLite)</source>
      <translation>存储：本机（SQLite）</translation>
    </message>
    <message>
      <source>Storage: server ({kind})</source>
      <translation>存储：服务器（{kind}）</translation>
    </message>
    <message>
      <source>Backup written and verified:
{path}</source>
      <translation>备份已写入并校验通过：
{path}</translation>
    </message>
    <message>
      <source>The new language is used after propdesk is restarted.</source>
      <translation>新语言将在重新启动 propdesk 后生效。</translation>
    </message>
    <message>
      <source>Restart to apply</source>
      <translation>重启后生效</translation>
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
      <translation>工作站名称</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <source>The database is busy or locked by another program. Nothing was saved; close the other program (or wait a moment) and try again.</source>
      <translation>数据库正忙或被其他程序锁定。本次未保存任何内容；请关闭其他程序（或稍候）后重试。</translation>
    </message>
    <message>
      <source>The disk is full. Nothing was saved; free some space and try again. Records saved earlier are safe.</source>
      <translation>磁盘已满。本次未保存任何内容；请释放一些空间后重试。之前保存的记录安全无损。</translation>
    </message>
    <message>
      <source>The database or its folder cannot be written to (read-only). Nothing was saved; check the folder's permissions or choose another data folder.</source>
      <translation>数据库或其所在文件夹无法写入（只读）。本次未保存任何内容；请检查文件夹权限或选择其他数据文件夹。</translation>
    </message>
    <message>
      <source>The database file is damaged or is not a propdesk database. It has not been changed; restore the newest backup.</source>
      <translation>数据库文件已损坏或不是 propdesk 数据库。该文件未被改动；请恢复最新的备份。</translation>
    </message>
    <message>
      <source>This database was written by a newer version of propdesk. Install the newer version; the file was not changed.</source>
      <translation>此数据库由更新版本的 propdesk 写入。请安装新版本；该文件未被改动。</translation>
    </message>
    <message>
      <source>The database could not be opened.</source>
      <translation>无法打开数据库。</translation>
    </message>
    <message>
      <source>propdesk</source>
      <translation>propdesk 物业前台</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
    <message>
      <source>Something went wrong that propdesk did not expect. What you saved before is safe. The details were written to the log file; please pass them on.</source>
      <translation>发生了 propdesk 未预料的问题。之前保存的内容是安全的。详细信息已写入日志文件，请转交技术支持。</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>The settings file could not be read ({reason}). It was kept as {aside} and the default settings are used.</source>
      <translation>无法读取设置文件（{reason}）。该文件已另存为 {aside}，现使用默认设置。</translation>
    </message>
    <message>
      <source>Enter the estate name.</source>
      <translation>请输入小区名称。</translation>
    </message>
    <message>
      <source>The estate name can have at most {limit} characters.</source>
      <translation>小区名称最多 {limit} 个字符。</translation>
    </message>
    <message>
      <source>Enter the station name.</source>
      <translation>请输入工作站名称。</translation>
    </message>
    <message>
      <source>The station name can have at most {limit} characters.</source>
      <translation>工作站名称最多 {limit} 个字符。</translation>
    </message>
    <message>
      <source>Unknown language {language}.</source>
      <translation>未知语言 {language}。</translation>
    </message>
  </context>
</TS>
