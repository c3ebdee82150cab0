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
    <name>ActionForm</name>
    <message>
      <source>Add a follow-up action</source>
      <translation>新增後續措施</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>措施</translation>
    </message>
    <message>
      <source>e.g. add a camera over the bike shed</source>
      <translation>例如：自行車棚加裝監控</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>責任人/部門</translation>
    </message>
    <message>
      <source>A person or a department</source>
      <translation>責任人或責任部門</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>完成期限</translation>
    </message>
  </context>
  <context>
    <name>ActionsModel</name>
    <message>
      <source>Action</source>
      <translation>措施</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>責任人/部門</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>完成期限</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成情況</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>Overdue by {n} days</source>
      <translation>已逾期 {n} 天</translation>
    </message>
    <message>
      <source>Not done yet</source>
      <translation>未完成</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <source>Add user</source>
      <translation>新增使用者</translation>
    </message>
    <message>
      <source>e.g. zhang.san</source>
      <translation>例如：zhang.san</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>使用者名稱</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密碼</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>確認密碼</translation>
    </message>
  </context>
  <context>
    <name>AnalysisChart</name>
    <message>
      <source>{name}: {value}</source>
      <translation>{name}：{value}</translation>
    </message>
    <message>
      <source>Click or press Enter: the complaints</source>
      <translation>點選或按 Enter：查看這些投訴</translation>
    </message>
    <message>
      <source>{label} (right, %)</source>
      <translation>{label}（右軸，%）</translation>
    </message>
  </context>
  <context>
    <name>AnalysisPanel</name>
    <message>
      <source>Show period</source>
      <translation>按期間查看</translation>
    </message>
    <message>
      <source>&amp;Year</source>
      <translation>年份(&amp;Y)</translation>
    </message>
    <message>
      <source>or &amp;from</source>
      <translation>或自(&amp;F)</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Every figure opens the complaints behind it: click a count or a bar, or choose a table row and press Enter (double-click). Right-click a table to export it.</source>
      <translation>每個數字都能開啟對應的投訴：點選數字或長條，或選取表格中的一列後按 Enter（或雙擊）。在表格上按右鍵可將其匯出。</translation>
    </message>
    <message>
      <source>By category</source>
      <translation>按類別</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>按月份</translation>
    </message>
    <message>
      <source>No place complained of 3 times in 90 days</source>
      <translation>沒有地點在 90 天內被投訴 3 次及以上</translation>
    </message>
    <message>
      <source>Nobody complained 3 times in 90 days</source>
      <translation>沒有人在 90 天內投訴 3 次及以上</translation>
    </message>
    <message>
      <source>Places: the same unit or area 3 times or more in 90 days</source>
      <translation>地點：同一房號或區域 90 天內被投訴 3 次及以上</translation>
    </message>
    <message>
      <source>Complainants: 3 times or more in 90 days</source>
      <translation>投訴人：90 天內投訴 3 次及以上</translation>
    </message>
    <message>
      <source>Repeats</source>
      <translation>重複投訴</translation>
    </message>
    <message>
      <source>By department</source>
      <translation>按部門</translation>
    </message>
    <message>
      <source>{first} – {last}: {n} complaints received; overdue as of {as_of}.</source>
      <translation>{first} – {last}：受理投訴 {n} 件；逾期情況截至 {as_of}。</translation>
    </message>
    <message>
      <source>Complaints {what} {first}–{last}</source>
      <translation>{what} {first}–{last}</translation>
    </message>
    <message>
      <source>by category</source>
      <translation>投訴類別統計</translation>
    </message>
    <message>
      <source>by month</source>
      <translation>投訴月度統計</translation>
    </message>
    <message>
      <source>repeat places</source>
      <translation>重複投訴地點</translation>
    </message>
    <message>
      <source>repeat complainants</source>
      <translation>重複投訴人</translation>
    </message>
    <message>
      <source>by department</source>
      <translation>投訴部門統計</translation>
    </message>
  </context>
  <context>
    <name>AnswerComplaintForm</name>
    <message>
      <source>Investigation</source>
      <translation>調查情況</translation>
    </message>
    <message>
      <source>what was found</source>
      <translation>查明的情況</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>處理結果</translation>
    </message>
    <message>
      <source>what was done or promised</source>
      <translation>已採取或承諾的措施</translation>
    </message>
    <message>
      <source>Complainant told</source>
      <translation>答覆時間</translation>
    </message>
  </context>
  <context>
    <name>AnswerForm</name>
    <message>
      <source>Answer inquiry</source>
      <translation>答覆諮詢</translation>
    </message>
    <message>
      <source>Answer given</source>
      <translation>答覆內容</translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message>
      <source>New monthly assessment</source>
      <translation>新增月度考核</translation>
    </message>
    <message>
      <source>&amp;Department</source>
      <translation>部門(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Month</source>
      <translation>考核月份(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;Assessor</source>
      <translation>考核人(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Remarks</source>
      <translation>備註(&amp;R)</translation>
    </message>
  </context>
  <context>
    <name>AssessmentNames</name>
    <message>
      <source>Voided</source>
      <translation>已作廢</translation>
    </message>
    <message>
      <source>Finalised</source>
      <translation>已定稿</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>考核中</translation>
    </message>
    <message>
      <source>open</source>
      <translation>待整改</translation>
    </message>
    <message>
      <source>fix reported</source>
      <translation>已報整改</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>已關閉</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>已作廢</translation>
    </message>
    <message>
      <source> · overdue</source>
      <translation> · 已逾期</translation>
    </message>
  </context>
  <context>
    <name>AssessmentPrinting</name>
    <message>
      <source>Assessment sheet: {department} {month}</source>
      <translation>考核表：{department} {month}</translation>
    </message>
  </context>
  <context>
    <name>AssessmentTableModel</name>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部門</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Deducted</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Spot checks</source>
      <translation>抽查次數</translation>
    </message>
    <message>
      <source>Assessor</source>
      <translation>考核人</translation>
    </message>
    <message>
      <source>Assessed</source>
      <translation>考核時間</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
  </context>
  <context>
    <name>AssessmentsTab</name>
    <message>
      <source>Monthly assessments</source>
      <translation>月度考核</translation>
    </message>
    <message>
      <source>All departments</source>
      <translation>全部部門</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>全部年份</translation>
    </message>
    <message>
      <source>Number or assessor</source>
      <translation>編號或考核人</translation>
    </message>
    <message>
      <source>&amp;Department</source>
      <translation>部門(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Year</source>
      <translation>年份(&amp;Y)</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>查找(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;New assessment…</source>
      <translation>新增考核(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Standards…</source>
      <translation>考核標準(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Blank sheet…</source>
      <translation>空白考核表(&amp;B)…</translation>
    </message>
    <message>
      <source>Spot &amp;check…</source>
      <translation>抽查(&amp;C)…</translation>
    </message>
    <message>
      <source>N&amp;otice…</source>
      <translation>整改通知(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Verify fix</source>
      <translation>驗收整改(&amp;V)</translation>
    </message>
    <message>
      <source>Finalise</source>
      <translation>定稿</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作廢…</translation>
    </message>
    <message>
      <source>&amp;Print sheet…</source>
      <translation>列印考核表(&amp;P)…</translation>
    </message>
    <message>
      <source>Assessments {first}–{last}</source>
      <translation>考核 {first}–{last}</translation>
    </message>
    <message>
      <source>No assessments</source>
      <translation>沒有考核記錄</translation>
    </message>
    <message>
      <source>Choose an assessment, or make a new one.</source>
      <translation>請選擇一筆考核，或新增考核。</translation>
    </message>
    <message>
      <source>&lt;b&gt;{number}&lt;/b&gt; · {department} · {month} · score &lt;b&gt;{score}&lt;/b&gt; of {total} ({deducted} deducted) · {assessor} · {state}</source>
      <translation>&lt;b&gt;{number}&lt;/b&gt; · {department} · {month} · 得分 &lt;b&gt;{score}&lt;/b&gt;／{total}（扣 {deducted} 分）· {assessor} · {state}</translation>
    </message>
    <message>
      <source>No department has a standard yet: adopt the defaults under Standards… first.</source>
      <translation>尚無部門設定考核標準：請先在「考核標準…」中採用預設標準。</translation>
    </message>
    <message>
      <source>Rectification notice {number} issued.</source>
      <translation>已開立整改通知單 {number}。</translation>
    </message>
    <message>
      <source>Closed by this check: {numbers}.</source>
      <translation>本次抽查合格，已關閉：{numbers}。</translation>
    </message>
    <message>
      <source>Opened again by this check: {numbers}.</source>
      <translation>本次抽查仍不合格，已重新開啟：{numbers}。</translation>
    </message>
    <message>
      <source>Notice {number} is closed.</source>
      <translation>整改通知單 {number} 已關閉。</translation>
    </message>
    <message>
      <source>Void assessment {number}</source>
      <translation>作廢考核 {number}</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>原因(&amp;R)</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部門</translation>
    </message>
    <message>
      <source>Blank sheet</source>
      <translation>空白考核表</translation>
    </message>
    <message>
      <source>Standards</source>
      <translation>考核標準</translation>
    </message>
    <message>
      <source>Default standards adopted for {n} departments: edit them as needed.</source>
      <translation>已為 {n} 個部門採用預設考核標準，可按需修改。</translation>
    </message>
  </context>
  <context>
    <name>AssignHandlerForm</name>
    <message>
      <source>Person responsible</source>
      <translation>責任人</translation>
    </message>
  </context>
  <context>
    <name>AuditChangesModel</name>
    <message>
      <source>Field</source>
      <translation>欄位</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>修改前</translation>
    </message>
    <message>
      <source>After</source>
      <translation>修改後</translation>
    </message>
  </context>
  <context>
    <name>AuditNames</name>
    <message>
      <source>created</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>作廢</translation>
    </message>
    <message>
      <source>logged in</source>
      <translation>登入</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>還原</translation>
    </message>
    <message>
      <source>user</source>
      <translation>使用者</translation>
    </message>
    <message>
      <source>database</source>
      <translation>資料庫</translation>
    </message>
    <message>
      <source>demo data</source>
      <translation>示範資料</translation>
    </message>
    <message>
      <source>estate</source>
      <translation>小區</translation>
    </message>
    <message>
      <source>building</source>
      <translation>樓棟</translation>
    </message>
    <message>
      <source>estate setting</source>
      <translation>小區設定</translation>
    </message>
    <message>
      <source>access card</source>
      <translation>門禁卡</translation>
    </message>
    <message>
      <source>vehicle</source>
      <translation>車輛</translation>
    </message>
    <message>
      <source>staff member</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>gate record</source>
      <translation>門崗記錄</translation>
    </message>
    <message>
      <source>release slip</source>
      <translation>放行條</translation>
    </message>
    <message>
      <source>shift handover</source>
      <translation>交接班記錄</translation>
    </message>
    <message>
      <source>repair ticket</source>
      <translation>報修工單</translation>
    </message>
    <message>
      <source>patrol route</source>
      <translation>巡邏路線</translation>
    </message>
    <message>
      <source>inquiry</source>
      <translation>諮詢</translation>
    </message>
    <message>
      <source>equipment item</source>
      <translation>設施設備</translation>
    </message>
    <message>
      <source>checklist template</source>
      <translation>檢查表範本</translation>
    </message>
    <message>
      <source>work-log task</source>
      <translation>保潔綠化任務</translation>
    </message>
    <message>
      <source>work-log entry</source>
      <translation>保潔綠化日誌記錄</translation>
    </message>
    <message>
      <source>demo data created</source>
      <translation>建立示範資料</translation>
    </message>
    <message>
      <source>checkpoint</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>patrol round</source>
      <translation>巡邏單</translation>
    </message>
    <message>
      <source>patrol finding</source>
      <translation>巡邏發現</translation>
    </message>
    <message>
      <source>wand code</source>
      <translation>巡更棒編碼</translation>
    </message>
    <message>
      <source>wand import</source>
      <translation>巡更棒匯入</translation>
    </message>
    <message>
      <source>user name</source>
      <translation>使用者名稱</translation>
    </message>
    <message>
      <source>name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>active</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>password</source>
      <translation>密碼</translation>
    </message>
    <message>
      <source>file</source>
      <translation>檔案</translation>
    </message>
    <message>
      <source>previous database kept as</source>
      <translation>原資料庫保存為</translation>
    </message>
    <message>
      <source>address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>hotline</source>
      <translation>服務專線</translation>
    </message>
    <message>
      <source>value</source>
      <translation>設定值</translation>
    </message>
    <message>
      <source>code</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>floors</source>
      <translation>樓層數</translation>
    </message>
    <message>
      <source>entrance</source>
      <translation>單元</translation>
    </message>
    <message>
      <source>floor</source>
      <translation>樓層</translation>
    </message>
    <message>
      <source>room</source>
      <translation>室</translation>
    </message>
    <message>
      <source>floor area</source>
      <translation>面積</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>resident</source>
      <translation>住戶</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>second phone</source>
      <translation>備用電話</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>證件號碼</translation>
    </message>
    <message>
      <source>moved in</source>
      <translation>入住日期</translation>
    </message>
    <message>
      <source>moved out</source>
      <translation>遷出日期</translation>
    </message>
    <message>
      <source>status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>issued on</source>
      <translation>發卡日期</translation>
    </message>
    <message>
      <source>returned on</source>
      <translation>退卡日期</translation>
    </message>
    <message>
      <source>plate</source>
      <translation>車牌號</translation>
    </message>
    <message>
      <source>parking space</source>
      <translation>車位</translation>
    </message>
    <message>
      <source>zone</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>description</source>
      <translation>說明</translation>
    </message>
    <message>
      <source>department</source>
      <translation>部門</translation>
    </message>
    <message>
      <source>position</source>
      <translation>職務</translation>
    </message>
    <message>
      <source>time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>station</source>
      <translation>工作站</translation>
    </message>
    <message>
      <source>card number</source>
      <translation>卡號</translation>
    </message>
    <message>
      <source>pass number</source>
      <translation>臨時出入證號</translation>
    </message>
    <message>
      <source>purpose</source>
      <translation>來訪事由</translation>
    </message>
    <message>
      <source>host confirmed</source>
      <translation>住戶確認方式</translation>
    </message>
    <message>
      <source>confirmed by</source>
      <translation>確認人</translation>
    </message>
    <message>
      <source>entry record</source>
      <translation>入場記錄</translation>
    </message>
    <message>
      <source>closed at</source>
      <translation>關閉時間</translation>
    </message>
    <message>
      <source>fee</source>
      <translation>應收費用</translation>
    </message>
    <message>
      <source>note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>registered vehicle</source>
      <translation>登記車輛</translation>
    </message>
    <message>
      <source>permit number</source>
      <translation>臨時停車證號</translation>
    </message>
    <message>
      <source>exterior check</source>
      <translation>車況檢查</translation>
    </message>
    <message>
      <source>permit returned</source>
      <translation>臨時停車證已交回</translation>
    </message>
    <message>
      <source>stated entry time</source>
      <translation>自述入場時間</translation>
    </message>
    <message>
      <source>authorised by (party)</source>
      <translation>授權方</translation>
    </message>
    <message>
      <source>authorised by</source>
      <translation>授權人</translation>
    </message>
    <message>
      <source>place</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>warning posted</source>
      <translation>已張貼告知單</translation>
    </message>
    <message>
      <source>personal data removed at</source>
      <translation>個人資料清除時間</translation>
    </message>
    <message>
      <source>valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>created by</source>
      <translation>開單人</translation>
    </message>
    <message>
      <source>used by gate record</source>
      <translation>門崗使用記錄</translation>
    </message>
    <message>
      <source>recorded by</source>
      <translation>記錄人</translation>
    </message>
    <message>
      <source>handed over by</source>
      <translation>交班人</translation>
    </message>
    <message>
      <source>taken over by</source>
      <translation>接班人</translation>
    </message>
    <message>
      <source>shift start</source>
      <translation>班次開始</translation>
    </message>
    <message>
      <source>shift end</source>
      <translation>班次結束</translation>
    </message>
    <message>
      <source>open matters</source>
      <translation>待辦事項</translation>
    </message>
    <message>
      <source>resident entries</source>
      <translation>住戶刷卡</translation>
    </message>
    <message>
      <source>cards refused</source>
      <translation>刷卡被拒</translation>
    </message>
    <message>
      <source>visitors in</source>
      <translation>訪客進入</translation>
    </message>
    <message>
      <source>visitors out</source>
      <translation>訪客離開</translation>
    </message>
    <message>
      <source>vehicles in</source>
      <translation>車輛入場</translation>
    </message>
    <message>
      <source>vehicles out</source>
      <translation>車輛出場</translation>
    </message>
    <message>
      <source>fees</source>
      <translation>收費金額</translation>
    </message>
    <message>
      <source>items in</source>
      <translation>物品進入</translation>
    </message>
    <message>
      <source>items out</source>
      <translation>物品放行</translation>
    </message>
    <message>
      <source>parking notices</source>
      <translation>違停告知單</translation>
    </message>
    <message>
      <source>records before</source>
      <translation>清除此前記錄</translation>
    </message>
    <message>
      <source>days kept</source>
      <translation>保留天數</translation>
    </message>
    <message>
      <source>gate records cleared</source>
      <translation>已清除門崗記錄數</translation>
    </message>
    <message>
      <source>state</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>reported via</source>
      <translation>報修管道</translation>
    </message>
    <message>
      <source>category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>priority</source>
      <translation>緊急程度</translation>
    </message>
    <message>
      <source>paid repair</source>
      <translation>有償維修</translation>
    </message>
    <message>
      <source>reporter</source>
      <translation>報修人</translation>
    </message>
    <message>
      <source>reporter's phone</source>
      <translation>報修人電話</translation>
    </message>
    <message>
      <source>common area</source>
      <translation>公共區域</translation>
    </message>
    <message>
      <source>technician</source>
      <translation>維修工</translation>
    </message>
    <message>
      <source>reported at</source>
      <translation>報修時間</translation>
    </message>
    <message>
      <source>arrival due by</source>
      <translation>應到場時間</translation>
    </message>
    <message>
      <source>dispatched at</source>
      <translation>派工時間</translation>
    </message>
    <message>
      <source>arrived at</source>
      <translation>到場時間</translation>
    </message>
    <message>
      <source>diagnosed at</source>
      <translation>診斷時間</translation>
    </message>
    <message>
      <source>quoted at</source>
      <translation>報價時間</translation>
    </message>
    <message>
      <source>quote decided at</source>
      <translation>住戶答覆時間</translation>
    </message>
    <message>
      <source>started at</source>
      <translation>開始時間</translation>
    </message>
    <message>
      <source>completed at</source>
      <translation>完工時間</translation>
    </message>
    <message>
      <source>signed off at</source>
      <translation>簽名確認時間</translation>
    </message>
    <message>
      <source>followed up at</source>
      <translation>回訪時間</translation>
    </message>
    <message>
      <source>last step at</source>
      <translation>最近處理時間</translation>
    </message>
    <message>
      <source>diagnosis</source>
      <translation>診斷結果</translation>
    </message>
    <message>
      <source>quote: labour</source>
      <translation>報價：人工費</translation>
    </message>
    <message>
      <source>quote: materials</source>
      <translation>報價：材料費</translation>
    </message>
    <message>
      <source>quote: minutes of work</source>
      <translation>報價：工時（分鐘）</translation>
    </message>
    <message>
      <source>quote approved</source>
      <translation>報價已確認</translation>
    </message>
    <message>
      <source>decision note</source>
      <translation>住戶答覆說明</translation>
    </message>
    <message>
      <source>work done</source>
      <translation>維修內容</translation>
    </message>
    <message>
      <source>materials used</source>
      <translation>所用材料</translation>
    </message>
    <message>
      <source>signed by</source>
      <translation>簽名人</translation>
    </message>
    <message>
      <source>rating</source>
      <translation>滿意度評分</translation>
    </message>
    <message>
      <source>follow-up comment</source>
      <translation>回訪意見</translation>
    </message>
    <message>
      <source>reason cancelled</source>
      <translation>取消原因</translation>
    </message>
    <message>
      <source>opened from</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>source record</source>
      <translation>來源記錄</translation>
    </message>
    <message>
      <source>route</source>
      <translation>路線</translation>
    </message>
    <message>
      <source>route name</source>
      <translation>路線名稱</translation>
    </message>
    <message>
      <source>checklist</source>
      <translation>檢查項目</translation>
    </message>
    <message>
      <source>guard</source>
      <translation>巡邏人員</translation>
    </message>
    <message>
      <source>guard name</source>
      <translation>巡邏人員姓名</translation>
    </message>
    <message>
      <source>finished at</source>
      <translation>結束時間</translation>
    </message>
    <message>
      <source>scheduled for</source>
      <translation>應巡時段</translation>
    </message>
    <message>
      <source>timeliness</source>
      <translation>準時情況</translation>
    </message>
    <message>
      <source>recorded how</source>
      <translation>記錄方式</translation>
    </message>
    <message>
      <source>checkpoints on the route</source>
      <translation>路線巡邏點數</translation>
    </message>
    <message>
      <source>checkpoints visited</source>
      <translation>已到巡邏點數</translation>
    </message>
    <message>
      <source>issues</source>
      <translation>異常數</translation>
    </message>
    <message>
      <source>out of order</source>
      <translation>順序異常</translation>
    </message>
    <message>
      <source>too fast</source>
      <translation>過快</translation>
    </message>
    <message>
      <source>reason abandoned</source>
      <translation>中止原因</translation>
    </message>
    <message>
      <source>round</source>
      <translation>巡邏單</translation>
    </message>
    <message>
      <source>visit</source>
      <translation>到點記錄</translation>
    </message>
    <message>
      <source>checkpoint name</source>
      <translation>巡邏點名稱</translation>
    </message>
    <message>
      <source>what was seen</source>
      <translation>發現情況</translation>
    </message>
    <message>
      <source>action taken</source>
      <translation>處理措施</translation>
    </message>
    <message>
      <source>seen at</source>
      <translation>發現時間</translation>
    </message>
    <message>
      <source>escalated to</source>
      <translation>上報對象</translation>
    </message>
    <message>
      <source>escalated at</source>
      <translation>上報時間</translation>
    </message>
    <message>
      <source>resolved at</source>
      <translation>解決時間</translation>
    </message>
    <message>
      <source>resolution</source>
      <translation>處理結果</translation>
    </message>
    <message>
      <source>wand model</source>
      <translation>巡更棒型號</translation>
    </message>
    <message>
      <source>swipes</source>
      <translation>刷卡記錄數</translation>
    </message>
    <message>
      <source>rounds</source>
      <translation>巡邏單</translation>
    </message>
    <message>
      <source>swipes with a problem</source>
      <translation>有問題的刷卡記錄數</translation>
    </message>
    <message>
      <source>severity</source>
      <translation>嚴重程度</translation>
    </message>
    <message>
      <source>anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>complainant</source>
      <translation>投訴人</translation>
    </message>
    <message>
      <source>complainant's phone</source>
      <translation>投訴人電話</translation>
    </message>
    <message>
      <source>received at</source>
      <translation>受理時間</translation>
    </message>
    <message>
      <source>answer due by</source>
      <translation>答覆期限</translation>
    </message>
    <message>
      <source>person responsible</source>
      <translation>責任人</translation>
    </message>
    <message>
      <source>assigned at</source>
      <translation>派單時間</translation>
    </message>
    <message>
      <source>investigation</source>
      <translation>調查情況</translation>
    </message>
    <message>
      <source>first answered at</source>
      <translation>首次答覆時間</translation>
    </message>
    <message>
      <source>answered at</source>
      <translation>答覆時間</translation>
    </message>
    <message>
      <source>verdict given at</source>
      <translation>投訴人意見時間</translation>
    </message>
    <message>
      <source>root cause</source>
      <translation>根本原因</translation>
    </message>
    <message>
      <source>root cause in words</source>
      <translation>原因說明</translation>
    </message>
    <message>
      <source>corrective action</source>
      <translation>整改措施</translation>
    </message>
    <message>
      <source>closed by a manager</source>
      <translation>經理結案</translation>
    </message>
    <message>
      <source>reason closed</source>
      <translation>結案原因</translation>
    </message>
    <message>
      <source>follow-up visit by</source>
      <translation>回訪人</translation>
    </message>
    <message>
      <source>follow-up visit at</source>
      <translation>回訪時間</translation>
    </message>
    <message>
      <source>follow-up visit how</source>
      <translation>回訪方式</translation>
    </message>
    <message>
      <source>follow-up visit result</source>
      <translation>回訪結果</translation>
    </message>
    <message>
      <source>follow-up rating</source>
      <translation>回訪評分</translation>
    </message>
    <message>
      <source>asked by</source>
      <translation>諮詢人</translation>
    </message>
    <message>
      <source>asker's phone</source>
      <translation>諮詢人電話</translation>
    </message>
    <message>
      <source>question</source>
      <translation>諮詢內容</translation>
    </message>
    <message>
      <source>answer</source>
      <translation>答覆內容</translation>
    </message>
    <message>
      <source>asked at</source>
      <translation>諮詢時間</translation>
    </message>
    <message>
      <source>answer promised by</source>
      <translation>承諾答覆時間</translation>
    </message>
    <message>
      <source>answered by</source>
      <translation>答覆人</translation>
    </message>
    <message>
      <source>complaint</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>passed on at</source>
      <translation>轉辦時間</translation>
    </message>
    <message>
      <source>checklist version</source>
      <translation>檢查表版本</translation>
    </message>
    <message>
      <source>checklist version number</source>
      <translation>檢查表版本號</translation>
    </message>
    <message>
      <source>area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>inspector</source>
      <translation>巡檢人</translation>
    </message>
    <message>
      <source>inspected at</source>
      <translation>巡檢時間</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>items passed</source>
      <translation>合格項數</translation>
    </message>
    <message>
      <source>items judged</source>
      <translation>已判定項數</translation>
    </message>
    <message>
      <source>fire equipment items intact</source>
      <translation>消防設施完好項數</translation>
    </message>
    <message>
      <source>fire equipment items inspected</source>
      <translation>消防設施檢查項數</translation>
    </message>
    <message>
      <source>rectification notice</source>
      <translation>整改通知單</translation>
    </message>
    <message>
      <source>template</source>
      <translation>範本</translation>
    </message>
    <message>
      <source>version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>frequency</source>
      <translation>頻次</translation>
    </message>
    <message>
      <source>areas</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>item</source>
      <translation>檢查項目</translation>
    </message>
    <message>
      <source>what to fix</source>
      <translation>整改內容</translation>
    </message>
    <message>
      <source>issued at</source>
      <translation>開立時間</translation>
    </message>
    <message>
      <source>deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>fix reported by</source>
      <translation>整改回報人</translation>
    </message>
    <message>
      <source>fix reported at</source>
      <translation>整改回報時間</translation>
    </message>
    <message>
      <source>what was done</source>
      <translation>整改情況</translation>
    </message>
    <message>
      <source>verified by</source>
      <translation>複檢人</translation>
    </message>
    <message>
      <source>re-inspection</source>
      <translation>複檢</translation>
    </message>
    <message>
      <source>reason voided</source>
      <translation>作廢原因</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>inspection</source>
      <translation>巡檢記錄</translation>
    </message>
    <message>
      <source>photo added</source>
      <translation>新增照片</translation>
    </message>
    <message>
      <source>random seed</source>
      <translation>亂數種子</translation>
    </message>
    <message>
      <source>scale</source>
      <translation>規模</translation>
    </message>
    <message>
      <source>buildings</source>
      <translation>樓棟數</translation>
    </message>
    <message>
      <source>units</source>
      <translation>房屋數</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>住戶數</translation>
    </message>
    <message>
      <source>residents moved out</source>
      <translation>已遷出住戶數</translation>
    </message>
    <message>
      <source>parking spaces</source>
      <translation>車位數</translation>
    </message>
    <message>
      <source>vehicles</source>
      <translation>車輛數</translation>
    </message>
    <message>
      <source>access cards</source>
      <translation>門禁卡數</translation>
    </message>
    <message>
      <source>cards lost</source>
      <translation>掛失卡數</translation>
    </message>
    <message>
      <source>gate records</source>
      <translation>門崗記錄數</translation>
    </message>
    <message>
      <source>shift handovers</source>
      <translation>交接班記錄數</translation>
    </message>
    <message>
      <source>repair tickets</source>
      <translation>報修工單數</translation>
    </message>
    <message>
      <source>patrol rounds</source>
      <translation>巡邏單數</translation>
    </message>
    <message>
      <source>event</source>
      <translation>事件</translation>
    </message>
    <message>
      <source>left at</source>
      <translation>離開時間</translation>
    </message>
    <message>
      <source>relation</source>
      <translation>住戶類型</translation>
    </message>
    <message>
      <source>type</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>space number</source>
      <translation>車位編號</translation>
    </message>
    <message>
      <source>unit code</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>order</source>
      <translation>順序</translation>
    </message>
    <message>
      <source>fault description</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <source>repair started at</source>
      <translation>開始維修時間</translation>
    </message>
    <message>
      <source>items</source>
      <translation>物品</translation>
    </message>
    <message>
      <source>received via</source>
      <translation>受理管道</translation>
    </message>
    <message>
      <source>complainant's verdict</source>
      <translation>投訴人意見</translation>
    </message>
    <message>
      <source>answer given</source>
      <translation>答覆內容</translation>
    </message>
    <message>
      <source>question or suggestion</source>
      <translation>諮詢或建議</translation>
    </message>
    <message>
      <source>owned</source>
      <translation>產權車位</translation>
    </message>
    <message>
      <source>rented</source>
      <translation>租用車位</translation>
    </message>
    <message>
      <source>for visitors</source>
      <translation>訪客車位</translation>
    </message>
    <message>
      <source>open</source>
      <translation>待答覆</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>已答覆</translation>
    </message>
    <message>
      <source>converted</source>
      <translation>已轉辦</translation>
    </message>
    <message>
      <source>reset</source>
      <translation>已重設</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>{area} m²</source>
      <translation>{area} ㎡</translation>
    </message>
  </context>
  <context>
    <name>AuditTab</name>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>清除篩選</translation>
    </message>
    <message>
      <source>User</source>
      <translation>使用者</translation>
    </message>
    <message>
      <source>Record type</source>
      <translation>記錄類型</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ 上一頁</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>下一頁 ▶</translation>
    </message>
    <message>
      <source>Verify chain</source>
      <translation>驗證日誌鏈</translation>
    </message>
    <message>
      <source>Check that no entry of the audit log was changed, removed or inserted.</source>
      <translation>檢查稽核日誌中沒有任何條目被修改、刪除或插入。</translation>
    </message>
    <message>
      <source>Select an entry to see what it changed.</source>
      <translation>選擇一筆記錄以查看其變更。</translation>
    </message>
    <message>
      <source>(all)</source>
      <translation>（全部）</translation>
    </message>
    <message>
      <source>{name} ({login})</source>
      <translation>{name}（{login}）</translation>
    </message>
    <message>
      <source>Rows {first}–{last} of {total}</source>
      <translation>第 {first}–{last} 筆，共 {total} 筆</translation>
    </message>
    <message>
      <source>Written on station {letter}'s own copy, in its own audit chain.</source>
      <translation>由{letter}號工作站在其本機副本上記錄，屬於該工作站自己的稽核日誌鏈。</translation>
    </message>
    <message>
      <source>station {letter}</source>
      <translation>{letter}號工作站</translation>
    </message>
    <message>
      <source>this database</source>
      <translation>本資料庫</translation>
    </message>
    <message>
      <source>The audit trail of {whose}: {n} entries, intact.</source>
      <translation>{whose}的稽核日誌：{n} 筆記錄，完整。</translation>
    </message>
    <message>
      <source>The audit trail of {whose} was tampered with at entry #{seq} ({reason}). The {n} entries before it are intact.</source>
      <translation>{whose}的稽核日誌在第 {seq} 筆處被竄改（{reason}）。此前的 {n} 筆記錄完整。</translation>
    </message>
    <message>
      <source>Chain of {whose} broken at #{seq}</source>
      <translation>{whose}的日誌鏈在第 {seq} 筆斷開</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>備份</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>每日</translation>
    </message>
    <message>
      <source>report</source>
      <translation>報表</translation>
    </message>
    <message>
      <source>restore</source>
      <translation>還原</translation>
    </message>
    <message>
      <source>The audit log was changed: it no longer passes through the {kind} anchor of {when} (entry #{seq}, {what}). Entries up to #{seq} were changed and their hashes recomputed, or removed.</source>
      <translation>稽核日誌已被改動：稽核鏈不再經過 {when} 的{kind}錨點（第 {seq} 筆記錄，{what}）。第 {seq} 筆及之前的記錄被修改後重算了校驗值，或已被刪除。</translation>
    </message>
    <message>
      <source>Anchor #{seq} missed</source>
      <translation>未經過第 {seq} 號錨點</translation>
    </message>
    <message>
      <source>No entries</source>
      <translation>沒有記錄</translation>
    </message>
    <message>
      <source>Entry #{seq}: {user} {action} {entity} {id}</source>
      <translation>第 {seq} 筆：{user} {action} {entity} {id}</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>原因：{reason}</translation>
    </message>
    <message>
      <source>The audit log is intact: {n} entries checked.</source>
      <translation>稽核日誌完整：已驗證 {n} 筆記錄。</translation>
    </message>
    <message>
      <source>Chain intact</source>
      <translation>日誌鏈完整</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>稽核日誌</translation>
    </message>
    <message>
      <source>It passes through all {n} anchors kept outside the database.</source>
      <translation>稽核鏈經過資料庫外保存的全部 {n} 個錨點。</translation>
    </message>
    <message>
      <source>The anchor file {file} could not be read in full; what could not be read was skipped.</source>
      <translation>錨點檔案 {file} 未能完整讀取；無法讀取的部分已略過。</translation>
    </message>
    <message>
      <source>an entry is missing</source>
      <translation>有記錄缺失</translation>
    </message>
    <message>
      <source>an entry was inserted or moved</source>
      <translation>有記錄被插入或移動</translation>
    </message>
    <message>
      <source>an entry was changed</source>
      <translation>有記錄被修改</translation>
    </message>
    <message>
      <source>The audit log was tampered with at entry #{seq} ({reason}). The {n} entries before it are intact.</source>
      <translation>稽核日誌在第 {seq} 筆處被竄改（{reason}）。此前的 {n} 筆記錄完整。</translation>
    </message>
    <message>
      <source>Chain broken at #{seq}</source>
      <translation>日誌鏈在第 {seq} 筆斷開</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <source>#</source>
      <translation>序號</translation>
    </message>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>User</source>
      <translation>使用者</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>工作站</translation>
    </message>
    <message>
      <source>Record type</source>
      <translation>記錄類型</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>記錄</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Chain</source>
      <translation>日誌鏈</translation>
    </message>
    <message>
      <source>Written on station {letter}'s own copy, in its own audit chain.</source>
      <translation>由{letter}號工作站在其本機副本上記錄，屬於該工作站自己的稽核日誌鏈。</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>使用者名稱：{login}</translation>
    </message>
    <message>
      <source>{record}
ID: {id}</source>
      <translation>{record}
ID：{id}</translation>
    </message>
  </context>
  <context>
    <name>BacklogTableModel</name>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>維修工</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>已用時</translation>
    </message>
    <message>
      <source>Age less waits</source>
      <translation>扣除等待後用時</translation>
    </message>
  </context>
  <context>
    <name>BackupSummaryView</name>
    <message>
      <source>File</source>
      <translation>檔案</translation>
    </message>
    <message>
      <source>Made on</source>
      <translation>備份時間</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Estate</source>
      <translation>小區</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住戶</translation>
    </message>
    <message>
      <source>Gate records</source>
      <translation>門崗記錄</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>報修工單</translation>
    </message>
    <message>
      <source>Patrol rounds</source>
      <translation>巡邏記錄</translation>
    </message>
    <message>
      <source>Newest record</source>
      <translation>最新記錄</translation>
    </message>
    <message>
      <source>(no estate set up)</source>
      <translation>（尚未設定小區）</translation>
    </message>
  </context>
  <context>
    <name>BuildingForm</name>
    <message>
      <source>Building</source>
      <translation>樓棟</translation>
    </message>
    <message>
      <source>Building number</source>
      <translation>樓棟編號</translation>
    </message>
    <message>
      <source>Its {n} units' numbers start with it.</source>
      <translation>本樓棟 {n} 個房號均以此編號開頭。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>e.g. 3号楼</source>
      <translation>例如：3號樓</translation>
    </message>
    <message>
      <source>Floors</source>
      <translation>樓層數</translation>
    </message>
  </context>
  <context>
    <name>BuildingsPanel</name>
    <message>
      <source>Filter buildings by number or name</source>
      <translation>依編號或名稱篩選樓棟</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>樓棟</translation>
    </message>
    <message>
      <source>Void building</source>
      <translation>作廢樓棟</translation>
    </message>
  </context>
  <context>
    <name>BuildingsTableModel</name>
    <message>
      <source>Building</source>
      <translation>樓棟</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>Floors</source>
      <translation>樓層數</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>房屋數</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>作廢原因</translation>
    </message>
  </context>
  <context>
    <name>CancelForm</name>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>CardForm</name>
    <message>
      <source>Issue an access card</source>
      <translation>發放門禁卡</translation>
    </message>
    <message>
      <source>type or scan the card</source>
      <translation>輸入或刷卡</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>卡號</translation>
    </message>
    <message>
      <source>Holder</source>
      <translation>持卡人</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>發卡日期</translation>
    </message>
  </context>
  <context>
    <name>CardsTableModel</name>
    <message>
      <source>Active</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>掛失</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>註銷</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>已退卡</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>卡號</translation>
    </message>
    <message>
      <source>Holder</source>
      <translation>持卡人</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>發卡日期</translation>
    </message>
  </context>
  <context>
    <name>CategoryCaps</name>
    <message>
      <source>no cap</source>
      <translation>不限</translation>
    </message>
  </context>
  <context>
    <name>ChangeRoleDialog</name>
    <message>
      <source>What {name} ({username}) may do from now on.</source>
      <translation>{name}（{username}）今後的權限。</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>變更角色</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
  </context>
  <context>
    <name>CheckDialog</name>
    <message>
      <source>Spot check: {number}</source>
      <translation>抽查：{number}</translation>
    </message>
    <message>
      <source>{text} ({left} of {points} points left)</source>
      <translation>{text}（{points} 分，剩餘 {left} 分）</translation>
    </message>
    <message>
      <source>&amp;Item</source>
      <translation>考核項目(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Place</source>
      <translation>抽查地點(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Finding</source>
      <translation>發現問題(&amp;F)</translation>
    </message>
    <message>
      <source>What was found (empty when it passed)</source>
      <translation>發現的問題（合格則留空）</translation>
    </message>
    <message>
      <source>Points &amp;deducted</source>
      <translation>扣分(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Checked at</source>
      <translation>抽查時間(&amp;C)</translation>
    </message>
    <message>
      <source>Issue a rectification notice</source>
      <translation>開立整改通知單</translation>
    </message>
    <message>
      <source>What to &amp;fix</source>
      <translation>整改要求(&amp;F)</translation>
    </message>
    <message>
      <source>Dead&amp;line</source>
      <translation>整改期限(&amp;L)</translation>
    </message>
  </context>
  <context>
    <name>CheckTableModel</name>
    <message>
      <source>No.</source>
      <translation>序號</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>考核項目</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>抽查地點</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>發現問題</translation>
    </message>
    <message>
      <source>Deducted</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>抽查時間</translation>
    </message>
    <message>
      <source>Rectification notice</source>
      <translation>整改通知單</translation>
    </message>
  </context>
  <context>
    <name>CheckpointForm</name>
    <message>
      <source>New checkpoint on {route}</source>
      <translation>新增巡邏點（{route}）</translation>
    </message>
    <message>
      <source>Checkpoint on {route}</source>
      <translation>巡邏點（{route}）</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>e.g. XG-E-01: letters, digits and - _ . /</source>
      <translation>例如 XG-E-01：可用字母、數字及 - _ . /</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>e.g. Building 1 lobby</source>
      <translation>例如：1 號樓大廳</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>optional: where the label hangs</source>
      <translation>選填：標籤張貼的位置</translation>
    </message>
    <message>
      <source>one item per line, e.g. fire door closed</source>
      <translation>每行一項，例如：防火門已關閉</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation>檢查項目</translation>
    </message>
    <message>
      <source>A new code needs a new label: print it after saving.</source>
      <translation>改了編號就要換新標籤：儲存後請列印。</translation>
    </message>
  </context>
  <context>
    <name>CheckpointTableModel</name>
    <message>
      <source>Code</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation>檢查項目</translation>
    </message>
  </context>
  <context>
    <name>CloseComplaintForm</name>
    <message>
      <source>Root cause</source>
      <translation>根本原因</translation>
    </message>
    <message>
      <source>Root cause in words</source>
      <translation>原因說明</translation>
    </message>
    <message>
      <source>why it happened</source>
      <translation>問題發生的原因</translation>
    </message>
    <message>
      <source>Corrective action</source>
      <translation>整改措施</translation>
    </message>
    <message>
      <source>what changes so it does not happen again</source>
      <translation>做出哪些改進，避免再次發生</translation>
    </message>
  </context>
  <context>
    <name>CloseForm</name>
    <message>
      <source>Close the incident</source>
      <translation>事件結案</translation>
    </message>
    <message>
      <source>{n} follow-up actions are not done: say why the incident closes now.</source>
      <translation>尚有 {n} 項後續措施未完成，請說明現在結案的理由。</translation>
    </message>
    <message>
      <source>Every follow-up action is done.</source>
      <translation>所有後續措施均已完成。</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>ComplainantRepeatModel</name>
    <message>
      <source>Complainant</source>
      <translation>投訴人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>In 90 days</source>
      <translation>90 天內次數</translation>
    </message>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>In the period</source>
      <translation>期內合計</translation>
    </message>
  </context>
  <context>
    <name>ComplaintAnalysis</name>
    <message>
      <source>Complaints by category (Pareto)</source>
      <translation>投訴按類別（柏拉圖）</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>Cumulative share</source>
      <translation>累計占比</translation>
    </message>
    <message>
      <source>Complaints by month</source>
      <translation>每月投訴</translation>
    </message>
    <message>
      <source>Answered in time or not yet judged</source>
      <translation>按時答覆或尚未到期</translation>
    </message>
    <message>
      <source>Answered late or overdue</source>
      <translation>逾期答覆或已超期</translation>
    </message>
    <message>
      <source>Answered in time</source>
      <translation>按時答覆</translation>
    </message>
    <message>
      <source>(not assigned yet)</source>
      <translation>（尚未派單）</translation>
    </message>
  </context>
  <context>
    <name>ComplaintDetail</name>
    <message>
      <source>OVERDUE: due {due}, not answered</source>
      <translation>逾期未答覆：應於 {due} 前答覆</translation>
    </message>
    <message>
      <source>{due}; answered in time ({at})</source>
      <translation>{due}；按時答覆（{at}）</translation>
    </message>
    <message>
      <source>{due}; answered late ({at})</source>
      <translation>{due}；超時答覆（{at}）</translation>
    </message>
    <message>
      <source>round {n} (sent back {times}× as not satisfied)</source>
      <translation>第 {n} 輪（因不滿意退回 {times} 次）</translation>
    </message>
    <message>
      <source>{cause}: {text}</source>
      <translation>{cause}：{text}</translation>
    </message>
    <message>
      <source>{at} by {who}, {how}: {result} (rating {rating}/5)</source>
      <translation>{at}，{who}（{how}）：{result}（評分 {rating}/5）</translation>
    </message>
    <message>
      <source>{number} — {state}</source>
      <translation>{number} — {state}</translation>
    </message>
    <message>
      <source>{time} via {channel}</source>
      <translation>{time}（{channel}）</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理時間</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投訴人</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>投訴類別</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投訴內容</translation>
    </message>
    <message>
      <source>Answer due</source>
      <translation>答覆期限</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>責任人</translation>
    </message>
    <message>
      <source>Investigation</source>
      <translation>調查情況</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>處理結果</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>投訴人意見</translation>
    </message>
    <message>
      <source>Rounds</source>
      <translation>處理輪次</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>報修工單</translation>
    </message>
    <message>
      <source>Root cause</source>
      <translation>根本原因</translation>
    </message>
    <message>
      <source>Corrective action</source>
      <translation>整改措施</translation>
    </message>
    <message>
      <source>Closed by a manager</source>
      <translation>經理結案</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>回訪</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>作廢原因</translation>
    </message>
  </context>
  <context>
    <name>ComplaintDetailPanel</name>
    <message>
      <source>Complaint</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>處理記錄</translation>
    </message>
    <message>
      <source>Open repair ticket…</source>
      <translation>開報修工單…</translation>
    </message>
    <message>
      <source>Link existing ticket…</source>
      <translation>關聯既有工單…</translation>
    </message>
    <message>
      <source>Print handling sheet…</source>
      <translation>列印投訴處理單…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <source>Hide the complaint: the list takes the whole height</source>
      <translation>隱藏投訴詳情，清單佔滿整個高度</translation>
    </message>
    <message>
      <source>{number} — {state}</source>
      <translation>{number} — {state}</translation>
    </message>
    <message>
      <source>Taken by {name} (login: {login})</source>
      <translation>受理人：{name}（使用者名稱：{login}）</translation>
    </message>
  </context>
  <context>
    <name>ComplaintExport</name>
    <message>
      <source>Exporting complaints…</source>
      <translation>正在匯出投訴…</translation>
    </message>
    <message>
      <source>Exporting complaints: {n} rows…</source>
      <translation>正在匯出投訴：{n} 列…</translation>
    </message>
  </context>
  <context>
    <name>ComplaintFilterBar</name>
    <message>
      <source>Open complaints</source>
      <translation>未結案投訴</translation>
    </message>
    <message>
      <source>All complaints</source>
      <translation>全部投訴</translation>
    </message>
    <message>
      <source>Any category</source>
      <translation>全部類別</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>僅逾時</translation>
    </message>
    <message>
      <source>Number, unit, name or phone's last 4 digits</source>
      <translation>編號、房號、姓名或電話末 4 碼</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜尋</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>+ the analysis figure's condition</source>
      <translation>+ 分析中所選數字的條件</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
  </context>
  <context>
    <name>ComplaintForm</name>
    <message>
      <source>New complaint</source>
      <translation>新增投訴</translation>
    </message>
    <message>
      <source>Look up (F4)</source>
      <translation>查找住戶 (F4)</translation>
    </message>
    <message>
      <source>Unit, name or phone, then Enter</source>
      <translation>輸入房號、姓名或電話後按 Enter</translation>
    </message>
    <message>
      <source>Anonymous: keep no name and no phone</source>
      <translation>匿名：不記錄姓名和電話</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投訴人</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如 3-2-1502</translation>
    </message>
    <message>
      <source>Common area</source>
      <translation>公共區域</translation>
    </message>
    <message>
      <source>or the common area, e.g. north gate</source>
      <translation>或公共區域，例如北門</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>嚴重程度</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投訴內容</translation>
    </message>
    <message>
      <source>what happened, where, since when</source>
      <translation>發生了什麼、在哪裡、從何時開始</translation>
    </message>
    <message>
      <source>Nobody yet (assign later)</source>
      <translation>暫不指定（稍後派單）</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>責任人</translation>
    </message>
    <message>
      <source>Received via</source>
      <translation>投訴管道</translation>
    </message>
    <message>
      <source>Change it only for a complaint received earlier.</source>
      <translation>僅在補錄較早受理的投訴時修改。</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理時間</translation>
    </message>
    <message>
      <source>From the deadline rules; change it only to promise another time.</source>
      <translation>按答覆期限規則計算；僅在承諾其他時間時修改。</translation>
    </message>
    <message>
      <source>Answer by</source>
      <translation>答覆期限</translation>
    </message>
    <message>
      <source>{who} (match {n} of {total}; F4 for the next)</source>
      <translation>{who}（第 {n}/{total} 個結果；按 F4 看下一個）</translation>
    </message>
    <message>
      <source>The rules give {hours} h from receipt.</source>
      <translation>按規則，應自受理起 {hours} 小時內答覆。</translation>
    </message>
  </context>
  <context>
    <name>ComplaintFromInquiryForm</name>
    <message>
      <source>Make a complaint of the inquiry</source>
      <translation>諮詢轉為投訴</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>嚴重程度</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投訴內容</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>or common area</source>
      <translation>或公共區域</translation>
    </message>
    <message>
      <source>Anonymous: keep no name or phone</source>
      <translation>匿名：不記錄姓名和電話</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投訴人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
  </context>
  <context>
    <name>ComplaintListView</name>
    <message>
      <source>Complaints</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>Complaints {first}–{last}</source>
      <translation>投訴 {first}–{last}</translation>
    </message>
    <message>
      <source>No complaints</source>
      <translation>沒有投訴</translation>
    </message>
  </context>
  <context>
    <name>ComplaintNames</name>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>At the front desk</source>
      <translation>來訪</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>信函</translation>
    </message>
    <message>
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <source>Suggestion box</source>
      <translation>意見箱</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>安全秩序</translation>
    </message>
    <message>
      <source>Cleaning</source>
      <translation>清潔</translation>
    </message>
    <message>
      <source>Greening</source>
      <translation>綠化</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>設施設備</translation>
    </message>
    <message>
      <source>Noise</source>
      <translation>噪音</translation>
    </message>
    <message>
      <source>Parking</source>
      <translation>停車</translation>
    </message>
    <message>
      <source>Staff conduct</source>
      <translation>員工服務</translation>
    </message>
    <message>
      <source>Fees</source>
      <translation>收費</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Serious</source>
      <translation>嚴重</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>輕微</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已受理</translation>
    </message>
    <message>
      <source>Being handled</source>
      <translation>處理中</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已答覆</translation>
    </message>
    <message>
      <source>To be closed</source>
      <translation>待結案</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已結案</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作廢</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>滿意</translation>
    </message>
    <message>
      <source>Not satisfied</source>
      <translation>不滿意</translation>
    </message>
    <message>
      <source>Staff service</source>
      <translation>員工服務</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>制度流程</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>設施設備</translation>
    </message>
    <message>
      <source>Contractor</source>
      <translation>外包單位</translation>
    </message>
    <message>
      <source>Another resident</source>
      <translation>其他住戶</translation>
    </message>
    <message>
      <source>Communication</source>
      <translation>溝通告知</translation>
    </message>
    <message>
      <source>Design</source>
      <translation>規劃設計</translation>
    </message>
    <message>
      <source>Unfounded</source>
      <translation>投訴不成立</translation>
    </message>
    <message>
      <source>By phone</source>
      <translation>電話回訪</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>上門回訪</translation>
    </message>
    <message>
      <source>By WeChat</source>
      <translation>微信回訪</translation>
    </message>
    <message>
      <source>Assigned</source>
      <translation>已分派</translation>
    </message>
    <message>
      <source>Reassigned</source>
      <translation>已改派</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>投訴人意見</translation>
    </message>
    <message>
      <source>Closed by a manager</source>
      <translation>經理結案</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>已回訪</translation>
    </message>
    <message>
      <source>Repair ticket linked</source>
      <translation>已關聯報修工單</translation>
    </message>
    <message>
      <source>Assign…</source>
      <translation>分派…</translation>
    </message>
    <message>
      <source>Reassign…</source>
      <translation>改派…</translation>
    </message>
    <message>
      <source>Answer…</source>
      <translation>答覆…</translation>
    </message>
    <message>
      <source>Verdict…</source>
      <translation>投訴人意見…</translation>
    </message>
    <message>
      <source>Close complaint…</source>
      <translation>結案…</translation>
    </message>
    <message>
      <source>Manager close…</source>
      <translation>經理結案…</translation>
    </message>
    <message>
      <source>Follow-up visit…</source>
      <translation>回訪…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作廢…</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
  </context>
  <context>
    <name>ComplaintSettingsDialog</name>
    <message>
      <source> h</source>
      <translation> 小時</translation>
    </message>
    <message>
      <source>Complaint settings</source>
      <translation>投訴設定</translation>
    </message>
    <message>
      <source>A complaint is answered within, from its receipt:</source>
      <translation>投訴答覆時限（自受理起算）：</translation>
    </message>
    <message>
      <source>Serious</source>
      <translation>嚴重</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>輕微</translation>
    </message>
    <message>
      <source>At most, for these categories (the shorter of the two applies):</source>
      <translation>以下類別的最長時限（取兩者中較短者）：</translation>
    </message>
    <message>
      <source>A new limit applies to complaints taken from now on; those taken keep their deadline.</source>
      <translation>新時限僅適用於此後受理的投訴；已受理的投訴仍按原定答覆期限計算。</translation>
    </message>
  </context>
  <context>
    <name>ComplaintStepForm</name>
    <message>
      <source>{step}: complaint {number}</source>
      <translation>{step}：投訴 {number}</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Change it only for a step done earlier (written on paper).</source>
      <translation>僅在補錄之前完成的步驟（紙本記錄）時修改。</translation>
    </message>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
  </context>
  <context>
    <name>ComplaintStepForms</name>
    <message>
      <source>{name} ({details})</source>
      <translation>{name}（{details}）</translation>
    </message>
  </context>
  <context>
    <name>ComplaintTableModel</name>
    <message>
      <source>{time} overdue</source>
      <translation>{time}（已逾期）</translation>
    </message>
    <message>
      <source>First answered {time}</source>
      <translation>首次答覆：{time}</translation>
    </message>
    <message>
      <source>Not answered and past the deadline</source>
      <translation>已過答覆期限，仍未答覆</translation>
    </message>
    <message>
      <source>Not answered yet</source>
      <translation>尚未答覆</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理時間</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>管道</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投訴人</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>嚴重程度</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投訴內容</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Answer due</source>
      <translation>答覆期限</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>責任人</translation>
    </message>
    <message>
      <source>Rounds</source>
      <translation>處理輪次</translation>
    </message>
  </context>
  <context>
    <name>ComplaintTimeline</name>
    <message>
      <source>{step}: {verdict}</source>
      <translation>{step}：{verdict}</translation>
    </message>
    <message>
      <source>rating {n}/5</source>
      <translation>評分 {n}/5</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>使用者名稱：{login}</translation>
    </message>
  </context>
  <context>
    <name>ComplaintTimelineModel</name>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>環節</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>經辦人</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>輪次</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsTab</name>
    <message>
      <source>Complaints</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>Inquiries</source>
      <translation>諮詢</translation>
    </message>
    <message>
      <source>Analysis</source>
      <translation>統計分析</translation>
    </message>
    <message>
      <source>New complaint (F2)</source>
      <translation>新增投訴 (F2)</translation>
    </message>
    <message>
      <source>Complaint {number} taken: {place}</source>
      <translation>已受理投訴 {number}：{place}</translation>
    </message>
    <message>
      <source>Void complaint {number}</source>
      <translation>作廢投訴 {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Complaint {number}: {step}</source>
      <translation>投訴 {number}：{step}</translation>
    </message>
  </context>
  <context>
    <name>CompleteForm</name>
    <message>
      <source>optional</source>
      <translation>選填</translation>
    </message>
    <message>
      <source>The site was cleaned up</source>
      <translation>現場已清理</translation>
    </message>
    <message>
      <source>Work done</source>
      <translation>維修內容</translation>
    </message>
    <message>
      <source>Materials used</source>
      <translation>所用材料</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>現場</translation>
    </message>
  </context>
  <context>
    <name>CompletionModel</name>
    <message>
      <source>Trade</source>
      <translation>工種</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合計</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>待做</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>缺記錄</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>完成率</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>暫無數據</translation>
    </message>
  </context>
  <context>
    <name>ConflictFieldsModel</name>
    <message>
      <source>Field</source>
      <translation>欄位</translation>
    </message>
    <message>
      <source>This station (deleted here)</source>
      <translation>本工作站（已在此刪除）</translation>
    </message>
    <message>
      <source>This station</source>
      <translation>本工作站</translation>
    </message>
    <message>
      <source>The server (deleted there)</source>
      <translation>伺服器（已在伺服器刪除）</translation>
    </message>
    <message>
      <source>The server</source>
      <translation>伺服器</translation>
    </message>
  </context>
  <context>
    <name>ConflictListModel</name>
    <message>
      <source>Record</source>
      <translation>記錄類型</translation>
    </message>
    <message>
      <source>Number or name</source>
      <translation>編號或名稱</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>發現時間</translation>
    </message>
    <message>
      <source>Also written by</source>
      <translation>另一方</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <source>station {letter}</source>
      <translation>{letter}號工作站</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>伺服器</translation>
    </message>
    <message>
      <source>Refused by the server: {message}</source>
      <translation>伺服器拒收：{message}</translation>
    </message>
    <message>
      <source>Changed here and on the server since the last sync</source>
      <translation>上次同步後本機和伺服器都修改過</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <source>Sync conflicts</source>
      <translation>同步衝突</translation>
    </message>
    <message>
      <source>A record changed on this station and on the server since the last sync waits here for a person to choose: nothing was overwritten. Rows the server refused are corrected in their own tab.</source>
      <translation>上次同步後在本工作站和伺服器上都被修改的記錄在此等待人工選擇，沒有任何內容被覆蓋。伺服器拒收的記錄請在其所屬頁面中更正。</translation>
    </message>
    <message>
      <source>No conflicts: everything saved here is on the server.</source>
      <translation>沒有衝突：本機保存的內容都已在伺服器上。</translation>
    </message>
    <message>
      <source>Keep this station's</source>
      <translation>保留本工作站的</translation>
    </message>
    <message>
      <source>Take the server's</source>
      <translation>採用伺服器的</translation>
    </message>
    <message>
      <source>Merge as chosen</source>
      <translation>按勾選合併</translation>
    </message>
    <message>
      <source>{kind} {label}: as saved here</source>
      <translation>{kind} {label}：本機保存的版本</translation>
    </message>
    <message>
      <source>{kind} {label}: both versions</source>
      <translation>{kind} {label}：兩個版本</translation>
    </message>
    <message>
      <source>The server refused this record: {message}
Correct it in its own tab; this line closes when the server takes it.</source>
      <translation>伺服器拒收了這條記錄：{message}
請在其所屬頁面中更正；伺服器接收後此行自動關閉。</translation>
    </message>
    <message>
      <source>Your role may view the conflicts but not resolve them.</source>
      <translation>您的角色可以查看衝突，但不能處理。</translation>
    </message>
    <message>
      <source>One side deleted the record: keep this station's version or take the server's as a whole.</source>
      <translation>其中一方已刪除該記錄：請整體保留本工作站的版本或採用伺服器的版本。</translation>
    </message>
    <message>
      <source>Marked lines differ. Tick the version to keep on each (Space ticks the other side), then Merge as chosen; or keep or take one version whole.</source>
      <translation>標記的行兩邊不同。逐行勾選要保留的版本（空白鍵切換到另一邊），再點「按勾選合併」；也可整體保留或採用一個版本。</translation>
    </message>
    <message>
      <source>Take the server's version of {label}? The changes made to it on this station are replaced (the audit trail keeps them).</source>
      <translation>採用伺服器上 {label} 的版本？本工作站對它所做的修改將被替換（稽核日誌中仍有記錄）。</translation>
    </message>
  </context>
  <context>
    <name>DamageNotice</name>
    <message>
      <source>The check of the database file found damage: {findings}.

Nothing has been moved or deleted. Do not make backups over the good ones.</source>
      <translation>檢查資料庫檔案時發現損壞：{findings}。

沒有移動或刪除任何內容。不要用新的備份覆蓋完好的備份。</translation>
    </message>
    <message>
      <source>The backup folder holds no good backup to restore. Keep the database file as it is, and call for help before you close propdesk.</source>
      <translation>備份資料夾中沒有可還原的完好備份。請保持資料庫檔案原樣，並在關閉 propdesk 之前尋求技術支援。</translation>
    </message>
    <message>
      <source>Restore the newest good backup, {name} (made {when}): choose File → Restore… and pick it. What was saved after it was made must then be entered again.</source>
      <translation>請還原最新的完好備份 {name}（備份於 {when}）：選擇「檔案 → 還原備份…」並選取它。備份之後儲存的內容需要重新輸入。</translation>
    </message>
    <message>
      <source>The database is damaged</source>
      <translation>資料庫已損壞</translation>
    </message>
  </context>
  <context>
    <name>DashboardPanel</name>
    <message>
      <source>Gate today</source>
      <translation>今日門崗</translation>
    </message>
    <message>
      <source>Entries today:</source>
      <translation>今日進入：</translation>
    </message>
    <message>
      <source>residents {residents} · visitors {visitors} · vehicles {vehicles}</source>
      <translation>住戶 {residents} · 訪客 {visitors} · 車輛 {vehicles}</translation>
    </message>
    <message>
      <source>Visitors inside now:</source>
      <translation>目前在場訪客：</translation>
    </message>
    <message>
      <source>Vehicles inside now:</source>
      <translation>目前在場車輛：</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>報修工單</translation>
    </message>
    <message>
      <source>Open:</source>
      <translation>未完成：</translation>
    </message>
    <message>
      <source>Overdue arrival:</source>
      <translation>逾期未到場：</translation>
    </message>
    <message>
      <source>Show today's gate journal</source>
      <translation>查看今日門崗日誌</translation>
    </message>
    <message>
      <source>Show who is inside now</source>
      <translation>查看目前在場</translation>
    </message>
    <message>
      <source>Show the open repair tickets</source>
      <translation>查看未完成的報修工單</translation>
    </message>
    <message>
      <source>Show the tickets nobody has reached in time</source>
      <translation>查看逾期未到場的工單</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>達標</translation>
    </message>
    <message>
      <source>Not met</source>
      <translation>未達標</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>暫無數據</translation>
    </message>
    <message>
      <source>Target {value}</source>
      <translation>目標 {value}</translation>
    </message>
    <message>
      <source>Updated {time}</source>
      <translation>更新於 {time}</translation>
    </message>
    <message>
      <source>Service targets, {month} so far</source>
      <translation>服務目標（{month}，截至目前）</translation>
    </message>
    <message>
      <source>Show this month's repair tickets</source>
      <translation>查看本月報修工單</translation>
    </message>
    <message>
      <source>Work plan</source>
      <translation>工作計劃</translation>
    </message>
    <message>
      <source>Reading today's figures…</source>
      <translation>正在讀取今日數據…</translation>
    </message>
    <message>
      <source>unexpected error (see the log)</source>
      <translation>意外錯誤（詳見日誌）</translation>
    </message>
    <message>
      <source>Could not refresh: {reason}</source>
      <translation>無法重新整理：{reason}</translation>
    </message>
    <message>
      <source>Next round due:</source>
      <translation>下一輪巡邏：</translation>
    </message>
    <message>
      <source>{time}, {route}</source>
      <translation>{time}，{route}</translation>
    </message>
    <message>
      <source>Show today's patrol slots</source>
      <translation>查看今日應巡時段</translation>
    </message>
    <message>
      <source>none today</source>
      <translation>今日無</translation>
    </message>
    <message>
      <source>Patrol today</source>
      <translation>今日巡邏</translation>
    </message>
    <message>
      <source>Missed rounds:</source>
      <translation>漏巡：</translation>
    </message>
    <message>
      <source>Open findings:</source>
      <translation>未處理發現：</translation>
    </message>
    <message>
      <source>Show the findings not dealt with</source>
      <translation>查看未處理的巡邏發現</translation>
    </message>
    <message>
      <source>Show the patrol day grid</source>
      <translation>查看當日巡邏表</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住戶</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>訪客</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>車輛</translation>
    </message>
    <message>
      <source>Entries by hour, today</source>
      <translation>今日每小時進入</translation>
    </message>
    <message>
      <source>Entries, last 7 days</source>
      <translation>近 7 天進入</translation>
    </message>
    <message>
      <source>Show the gate journal of these days (a bar: of its day)</source>
      <translation>查看這幾天的門崗日誌（點某一長條：查看當天）</translation>
    </message>
    <message>
      <source>{name}: {value}</source>
      <translation>{name}：{value}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合計</translation>
    </message>
    <message>
      <source>Complaints and inquiries</source>
      <translation>投訴與諮詢</translation>
    </message>
    <message>
      <source>Open complaints:</source>
      <translation>未結案投訴：</translation>
    </message>
    <message>
      <source>Show the open complaints</source>
      <translation>查看未結案的投訴</translation>
    </message>
    <message>
      <source>Answer overdue:</source>
      <translation>逾期未答覆：</translation>
    </message>
    <message>
      <source>Show the complaints not answered by their deadline</source>
      <translation>查看逾期未答覆的投訴</translation>
    </message>
    <message>
      <source>Inquiry answers due today:</source>
      <translation>今日應答覆諮詢：</translation>
    </message>
    <message>
      <source>Show the promised inquiry answers due by today</source>
      <translation>查看截至今日應兌現承諾答覆的諮詢</translation>
    </message>
    <message>
      <source>Show this month's complaints</source>
      <translation>查看本月投訴</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>巡檢記錄</translation>
    </message>
    <message>
      <source>Inspections due today:</source>
      <translation>今日待檢：</translation>
    </message>
    <message>
      <source>Show the inspections due</source>
      <translation>查看待檢項目</translation>
    </message>
    <message>
      <source>Inspections overdue:</source>
      <translation>逾期未檢：</translation>
    </message>
    <message>
      <source>Show the overdue inspections</source>
      <translation>查看逾期未檢項目</translation>
    </message>
    <message>
      <source>Rectifications open:</source>
      <translation>未關閉整改通知單：</translation>
    </message>
    <message>
      <source>Show the open rectification notices</source>
      <translation>查看未關閉的整改通知單</translation>
    </message>
    <message>
      <source>past the deadline {late}</source>
      <translation>已過整改期限 {late}</translation>
    </message>
    <message>
      <source>Equipment due within 30 days:</source>
      <translation>30 天內到期設施設備：</translation>
    </message>
    <message>
      <source>Show the equipment due for service or expiring</source>
      <translation>查看待保養或即將到期的設施設備</translation>
    </message>
    <message>
      <source>overdue or expired {expired}</source>
      <translation>已逾期或過期 {expired}</translation>
    </message>
    <message>
      <source>Show this month's inspections</source>
      <translation>查看本月巡檢記錄</translation>
    </message>
    <message>
      <source>Drills and training</source>
      <translation>演練培訓</translation>
    </message>
    <message>
      <source>Due this month:</source>
      <translation>本月應完成：</translation>
    </message>
    <message>
      <source>Show the year's drill plan</source>
      <translation>查看年度演練培訓計劃</translation>
    </message>
    <message>
      <source>Drills overdue:</source>
      <translation>演練培訓逾期：</translation>
    </message>
    <message>
      <source>Events this month:</source>
      <translation>本月活動：</translation>
    </message>
    <message>
      <source>{held} held, {planned} planned</source>
      <translation>已舉辦 {held}，計劃中 {planned}</translation>
    </message>
    <message>
      <source>Show this month's events</source>
      <translation>查看本月活動</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>社區活動</translation>
    </message>
    <message>
      <source>Safety incidents</source>
      <translation>安全事件</translation>
    </message>
    <message>
      <source>Open incidents:</source>
      <translation>處理中的事件：</translation>
    </message>
    <message>
      <source>Show the open incidents</source>
      <translation>查看處理中的安全事件</translation>
    </message>
    <message>
      <source>Follow-ups overdue:</source>
      <translation>逾期後續措施：</translation>
    </message>
    <message>
      <source>Show the incidents with a follow-up past its deadline</source>
      <translation>查看後續措施已逾期的事件</translation>
    </message>
    <message>
      <source>Show this year's incidents</source>
      <translation>查看本年安全事件</translation>
    </message>
    <message>
      <source>Show the year's survey rounds</source>
      <translation>查看本年度滿意度調查</translation>
    </message>
    <message>
      <source>Cleaning and greening</source>
      <translation>保潔與綠化</translation>
    </message>
    <message>
      <source>Done today:</source>
      <translation>今日已完成：</translation>
    </message>
    <message>
      <source>Show today's work logs</source>
      <translation>查看今日日誌</translation>
    </message>
    <message>
      <source>Missing this week:</source>
      <translation>本週缺記錄：</translation>
    </message>
    <message>
      <source>Show this week's plan</source>
      <translation>查看本週計劃</translation>
    </message>
  </context>
  <context>
    <name>DayFiguresModel</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Slots</source>
      <translation>應巡時段</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>準時</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>遲到</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>漏巡</translation>
    </message>
    <message>
      <source>On time %</source>
      <translation>準時率</translation>
    </message>
    <message>
      <source>Enter: the late rounds of this day's slots</source>
      <translation>Enter：查看當天各時段的遲到巡邏</translation>
    </message>
    <message>
      <source>A missed slot has no round: Enter shows the day's grid</source>
      <translation>漏巡的時段沒有巡邏記錄：Enter 顯示當日巡邏表</translation>
    </message>
  </context>
  <context>
    <name>DayGridModel</name>
    <message>
      <source>Slot</source>
      <translation>時段</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
  </context>
  <context>
    <name>DayGridPanel</name>
    <message>
      <source>◀ Previous day</source>
      <translation>◀ 前一天</translation>
    </message>
    <message>
      <source>PageUp</source>
      <translation>PageUp</translation>
    </message>
    <message>
      <source>Next day ▶</source>
      <translation>後一天 ▶</translation>
    </message>
    <message>
      <source>PageDown</source>
      <translation>PageDown</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <source>Print patrol log…</source>
      <translation>列印巡邏日誌…</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>日期(&amp;D)</translation>
    </message>
    <message>
      <source>Extra rounds (answering no slot, or abandoned)</source>
      <translation>額外巡邏（無對應時段或已中止）</translation>
    </message>
    <message>
      <source>Extra rounds (answering no slot, or abandoned): {n}</source>
      <translation>額外巡邏（無對應時段或已中止）：{n}</translation>
    </message>
    <message>
      <source>No patrol is scheduled on this day.</source>
      <translation>當天沒有排定巡邏。</translation>
    </message>
    <message>
      <source>{slots} slots: {on_time} on time, {late} late, {missed} missed, {pending} pending; {extra} extra rounds</source>
      <translation>{slots} 個時段：準時 {on_time}，遲到 {late}，漏巡 {missed}，待巡 {pending}；額外巡邏 {extra} 次</translation>
    </message>
  </context>
  <context>
    <name>DepartmentModel</name>
    <message>
      <source>Department</source>
      <translation>責任部門</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理數</translation>
    </message>
    <message>
      <source>In time</source>
      <translation>按時答覆</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>超時答覆</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期未答覆</translation>
    </message>
    <message>
      <source>In time %</source>
      <translation>按時答覆率</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>滿意</translation>
    </message>
    <message>
      <source>Not satisfied</source>
      <translation>不滿意</translation>
    </message>
    <message>
      <source>Mean rating</source>
      <translation>平均評分</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>已回訪</translation>
    </message>
  </context>
  <context>
    <name>DiagnoseForm</name>
    <message>
      <source>what the technician found</source>
      <translation>維修工查明的情況</translation>
    </message>
    <message>
      <source>Diagnosis</source>
      <translation>診斷結果</translation>
    </message>
  </context>
  <context>
    <name>DispatchForm</name>
    <message>
      <source>Technician</source>
      <translation>維修工</translation>
    </message>
    <message>
      <source>Print the dispatch slip</source>
      <translation>列印派工單</translation>
    </message>
  </context>
  <context>
    <name>DoneForm</name>
    <message>
      <source>Follow-up action done</source>
      <translation>後續措施完成</translation>
    </message>
    <message>
      <source>Done by</source>
      <translation>完成人</translation>
    </message>
    <message>
      <source>Change it only when it was done earlier.</source>
      <translation>如實際完成時間更早，再修改此處。</translation>
    </message>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>說明</translation>
    </message>
  </context>
  <context>
    <name>DrillNames</name>
    <message>
      <source>Fire drill</source>
      <translation>消防演練</translation>
    </message>
    <message>
      <source>Evacuation drill</source>
      <translation>疏散演練</translation>
    </message>
    <message>
      <source>Flood drill</source>
      <translation>防汛演練</translation>
    </message>
    <message>
      <source>Lift entrapment drill</source>
      <translation>電梯困人救援演練</translation>
    </message>
    <message>
      <source>Other drill</source>
      <translation>其他應急演練</translation>
    </message>
    <message>
      <source>Fire safety training</source>
      <translation>消防安全知識培訓</translation>
    </message>
    <message>
      <source>Service manners training</source>
      <translation>服務禮儀培訓</translation>
    </message>
    <message>
      <source>Security duties training</source>
      <translation>安全防範培訓</translation>
    </message>
    <message>
      <source>Equipment operation training</source>
      <translation>設施設備操作培訓</translation>
    </message>
    <message>
      <source>First aid training</source>
      <translation>急救知識培訓</translation>
    </message>
    <message>
      <source>Other training</source>
      <translation>其他培訓</translation>
    </message>
    <message>
      <source>Drill</source>
      <translation>應急演練</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>員工培訓</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>計劃中</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>即將到期</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Done late</source>
      <translation>逾期完成</translation>
    </message>
    <message>
      <source>At least once every half year</source>
      <translation>每半年至少一次</translation>
    </message>
    <message>
      <source>Before the rainy season</source>
      <translation>汛期前完成</translation>
    </message>
    <message>
      <source>Training every quarter</source>
      <translation>每季度培訓</translation>
    </message>
    <message>
      <source>Once a year</source>
      <translation>每年一次</translation>
    </message>
    <message>
      <source>{n} min</source>
      <translation>{n} 分鐘</translation>
    </message>
  </context>
  <context>
    <name>DrillsTab</name>
    <message>
      <source>Drills and training</source>
      <translation>演練培訓</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>演練與培訓記錄</translation>
    </message>
    <message>
      <source>Year plan</source>
      <translation>年度計劃</translation>
    </message>
    <message>
      <source>Staff history</source>
      <translation>員工培訓檔案</translation>
    </message>
    <message>
      <source>New session… (F2)</source>
      <translation>新增記錄…（F2）</translation>
    </message>
    <message>
      <source>{number} recorded.</source>
      <translation>{number} 已登記。</translation>
    </message>
  </context>
  <context>
    <name>DueNames</name>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>待檢</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已檢</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>未到期</translation>
    </message>
    <message>
      <source>This period: {first} – {last}</source>
      <translation>本期：{first} – {last}</translation>
    </message>
  </context>
  <context>
    <name>DuePanel</name>
    <message>
      <source>&amp;Overdue only</source>
      <translation>僅逾期(&amp;O)</translation>
    </message>
    <message>
      <source>Enter or a double click: record this inspection</source>
      <translation>Enter 或雙擊：登記這次巡檢</translation>
    </message>
    <message>
      <source>Nothing is due: no live checklist yet</source>
      <translation>暫無待檢項目：尚無啟用中的檢查表</translation>
    </message>
    <message>
      <source>{overdue} overdue · {due} owed now</source>
      <translation>逾期 {overdue} · 待檢 {due}</translation>
    </message>
  </context>
  <context>
    <name>DueTableModel</name>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Overdue since</source>
      <translation>逾期起始日</translation>
    </message>
    <message>
      <source>Periods missed</source>
      <translation>漏檢期數</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>檢查表</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>頻次</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Last done</source>
      <translation>上次巡檢</translation>
    </message>
  </context>
  <context>
    <name>EntryDetailLabel</name>
    <message>
      <source>Choose an entry to see it whole.</source>
      <translation>選擇一筆記錄查看詳情。</translation>
    </message>
    <message>
      <source>{trade} · {area} · {task}</source>
      <translation>{trade} · {area} · {task}</translation>
    </message>
    <message>
      <source>{day}, {time}, by {staff}: {result}</source>
      <translation>{day} {time}，{staff}：{result}</translation>
    </message>
    <message>
      <source>done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>not done</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>原因：{reason}</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>備註：{note}</translation>
    </message>
    <message>
      <source>Recorded by {name} at {at}</source>
      <translation>{name} 於 {at} 錄入</translation>
    </message>
    <message>
      <source>Voided by {name} at {at}: {reason}</source>
      <translation>{name} 於 {at} 作廢：{reason}</translation>
    </message>
  </context>
  <context>
    <name>EntryListModel</name>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>工種</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>工作內容</translation>
    </message>
    <message>
      <source>Done by</source>
      <translation>執行人</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>完成情況</translation>
    </message>
    <message>
      <source>Reason not done</source>
      <translation>未完成原因</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作廢</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>未完成</translation>
    </message>
  </context>
  <context>
    <name>EntryListPanel</name>
    <message>
      <source>Any trade</source>
      <translation>全部工種</translation>
    </message>
    <message>
      <source>Done or not</source>
      <translation>完成與否</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>Area, task or person; Enter searches</source>
      <translation>區域、工作內容或人員；按 Enter 搜尋</translation>
    </message>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>工種</translation>
    </message>
    <message>
      <source>Entries {first}–{last}</source>
      <translation>第 {first}–{last} 筆記錄</translation>
    </message>
    <message>
      <source>No entries</source>
      <translation>沒有記錄</translation>
    </message>
  </context>
  <context>
    <name>EquipmentForm</name>
    <message>
      <source>New equipment item</source>
      <translation>新增設施設備</translation>
    </message>
    <message>
      <source>Equipment item</source>
      <translation>設施設備</translation>
    </message>
    <message>
      <source>A new code needs a new label: print it after saving.</source>
      <translation>改了編號就要換新標籤：儲存後請列印。</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>e.g. MHQ-3-B1-01: letters, digits and - _ . /</source>
      <translation>例如 MHQ-3-B1-01：可用字母、數字及 - _ . /</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>e.g. 4 kg ABC dry powder extinguisher</source>
      <translation>例如：4 kg ABC 乾粉滅火器</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>optional: the unit it is in, e.g. 3-2-1502</source>
      <translation>選填：所在房號，例如 3-2-1502</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>e.g. Building 3, B1, by the stairs</source>
      <translation>例如：3 號樓 B1 樓梯旁</translation>
    </message>
    <message>
      <source>Installed on</source>
      <translation>安裝日期</translation>
    </message>
    <message>
      <source>Last service</source>
      <translation>上次保養</translation>
    </message>
    <message>
      <source>Service every</source>
      <translation>保養週期</translation>
    </message>
    <message>
      <source>Expires on</source>
      <translation>有效期限至</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <source> months</source>
      <translation> 個月</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>0 and 0: no regular service</source>
      <translation>0 個月 0 天：無定期保養</translation>
    </message>
  </context>
  <context>
    <name>EquipmentHistoryDialog</name>
    <message>
      <source>History of {code}</source>
      <translation>{code} 的巡檢記錄</translation>
    </message>
    <message>
      <source>{code} · {name} · {place}: {n} inspections</source>
      <translation>{code} · {name} · {place}：巡檢 {n} 次</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>巡檢單號</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>檢查表</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>巡檢人</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>檢查項目</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>檢查結果</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>讀數</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
  </context>
  <context>
    <name>EquipmentLabels</name>
    <message>
      <source>Equipment labels</source>
      <translation>設施設備標籤</translation>
    </message>
  </context>
  <context>
    <name>EquipmentNames</name>
    <message>
      <source>Fire extinguisher</source>
      <translation>滅火器</translation>
    </message>
    <message>
      <source>Hydrant</source>
      <translation>消防栓</translation>
    </message>
    <message>
      <source>Fire alarm panel</source>
      <translation>火警受信總機</translation>
    </message>
    <message>
      <source>Smoke detector</source>
      <translation>偵煙探測器</translation>
    </message>
    <message>
      <source>Sprinkler</source>
      <translation>灑水頭</translation>
    </message>
    <message>
      <source>Emergency light</source>
      <translation>緊急照明燈</translation>
    </message>
    <message>
      <source>Exit sign</source>
      <translation>出口標示燈</translation>
    </message>
    <message>
      <source>Fire door</source>
      <translation>防火門</translation>
    </message>
    <message>
      <source>Lift</source>
      <translation>電梯</translation>
    </message>
    <message>
      <source>Pump</source>
      <translation>水泵</translation>
    </message>
    <message>
      <source>Water tank</source>
      <translation>水箱</translation>
    </message>
    <message>
      <source>Switchgear</source>
      <translation>配電盤</translation>
    </message>
    <message>
      <source>Generator</source>
      <translation>發電機</translation>
    </message>
    <message>
      <source>CCTV</source>
      <translation>監視攝影機</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>無有效期限</translation>
    </message>
    <message>
      <source>In date</source>
      <translation>在有效期限內</translation>
    </message>
    <message>
      <source>Expiring</source>
      <translation>即將到期</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>已過期</translation>
    </message>
    <message>
      <source>All items</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Expiring within {days} days</source>
      <translation>{days} 天內到期</translation>
    </message>
  </context>
  <context>
    <name>EquipmentPanel</name>
    <message>
      <source>Any kind</source>
      <translation>全部類型</translation>
    </message>
    <message>
      <source>Code, name or place; Enter searches</source>
      <translation>編號、名稱或位置；按 Enter 搜尋</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期</translation>
    </message>
    <message>
      <source>First</source>
      <translation>首頁</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ 上一頁</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>下一頁 ▶</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>編輯…</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作廢…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Print labels of the selected…</source>
      <translation>列印所選設施設備的標籤…</translation>
    </message>
    <message>
      <source>Print labels of all found…</source>
      <translation>列印全部查詢結果的標籤…</translation>
    </message>
    <message>
      <source>Every item the filter finds, on every page</source>
      <translation>篩選出的全部設施設備（含所有頁）</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>巡檢記錄…</translation>
    </message>
    <message>
      <source>Every inspection of the chosen item</source>
      <translation>所選設施設備的全部巡檢記錄</translation>
    </message>
    <message>
      <source>Ctrl+N: add</source>
      <translation>Ctrl+N：新增</translation>
    </message>
    <message>
      <source>Enter: edit</source>
      <translation>Enter：編輯</translation>
    </message>
    <message>
      <source>Delete: void</source>
      <translation>Delete：作廢</translation>
    </message>
    <message>
      <source>Items {first}–{last}</source>
      <translation>設施設備 {first}–{last}</translation>
    </message>
    <message>
      <source>No items</source>
      <translation>沒有設施設備</translation>
    </message>
    <message>
      <source>Void {code} {name}</source>
      <translation>作廢設施設備 {code} {name}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>EquipmentTableModel</name>
    <message>
      <source>Next service {date}</source>
      <translation>下次保養 {date}</translation>
    </message>
    <message>
      <source>Expires {date}</source>
      <translation>{date} 到期</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Installed</source>
      <translation>安裝日期</translation>
    </message>
    <message>
      <source>Last service</source>
      <translation>上次保養</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>下次到期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
  </context>
  <context>
    <name>EscalateForm</name>
    <message>
      <source>Escalate finding</source>
      <translation>上報值班主管</translation>
    </message>
    <message>
      <source>Who was told</source>
      <translation>告知對象</translation>
    </message>
    <message>
      <source>e.g. the duty manager's name</source>
      <translation>例如：值班主管姓名</translation>
    </message>
    <message>
      <source>Change it only when they were told earlier.</source>
      <translation>僅在之前已告知時才需修改。</translation>
    </message>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
  </context>
  <context>
    <name>EstateDialog</name>
    <message>
      <source>Estate</source>
      <translation>小區資訊</translation>
    </message>
    <message>
      <source>Estate name</source>
      <translation>小區名稱</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>24-hour hotline</source>
      <translation>24小時服務專線</translation>
    </message>
  </context>
  <context>
    <name>EventDetailPanel</name>
    <message>
      <source>Event</source>
      <translation>活動</translation>
    </message>
    <message>
      <source>Change plan…</source>
      <translation>修改計劃…</translation>
    </message>
    <message>
      <source>Record as held…</source>
      <translation>登記已舉辦…</translation>
    </message>
    <message>
      <source>Cancel event…</source>
      <translation>取消活動…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作廢…</translation>
    </message>
    <message>
      <source>Print notice…</source>
      <translation>列印活動通知…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <source>Add photo…</source>
      <translation>新增照片…</translation>
    </message>
    <message>
      <source>Attach a photo to {event}</source>
      <translation>為「{event}」新增照片</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作廢</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主題</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>活動內容</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>組織者</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>預算</translation>
    </message>
    <message>
      <source>Entered by</source>
      <translation>登記人</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>參與人數</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>實際費用</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>反饋</translation>
    </message>
    <message>
      <source>Why cancelled</source>
      <translation>取消原因</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>登記時間</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>作廢原因</translation>
    </message>
    <message>
      <source>No photos of this event.</source>
      <translation>本活動還沒有照片。</translation>
    </message>
  </context>
  <context>
    <name>EventExport</name>
    <message>
      <source>Exporting events…</source>
      <translation>正在匯出社區活動…</translation>
    </message>
    <message>
      <source>Exporting events: {n} rows…</source>
      <translation>正在匯出社區活動：{n} 行…</translation>
    </message>
  </context>
  <context>
    <name>EventFilterBar</name>
    <message>
      <source>All years</source>
      <translation>全部年份</translation>
    </message>
    <message>
      <source>Any state</source>
      <translation>全部狀態</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>全部類別</translation>
    </message>
    <message>
      <source>Voided too</source>
      <translation>含已作廢</translation>
    </message>
    <message>
      <source>Number, theme, place or organiser</source>
      <translation>編號、主題、地點或組織者</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
  </context>
  <context>
    <name>EventForm</name>
    <message>
      <source>New event</source>
      <translation>新增活動</translation>
    </message>
    <message>
      <source>Change the plan</source>
      <translation>修改活動計劃</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主題</translation>
    </message>
    <message>
      <source>e.g. Mid-Autumn garden party</source>
      <translation>例如：中秋遊園會</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>開始時間</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>結束時間</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>e.g. central garden</source>
      <translation>例如：中心花園</translation>
    </message>
    <message>
      <source>What happens, what to bring; Ctrl+Enter saves.</source>
      <translation>活動安排、需攜帶的物品；Ctrl+Enter 儲存。</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>活動內容</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>組織者</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>預算</translation>
    </message>
  </context>
  <context>
    <name>EventListView</name>
    <message>
      <source>Events {first}–{last}</source>
      <translation>活動 {first}–{last}</translation>
    </message>
    <message>
      <source>No events</source>
      <translation>沒有活動</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>社區活動</translation>
    </message>
  </context>
  <context>
    <name>EventNames</name>
    <message>
      <source>Festival</source>
      <translation>節日活動</translation>
    </message>
    <message>
      <source>Culture and sports</source>
      <translation>文體活動</translation>
    </message>
    <message>
      <source>Talk or campaign</source>
      <translation>講座宣傳</translation>
    </message>
    <message>
      <source>Community service</source>
      <translation>便民服務</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>親子活動</translation>
    </message>
    <message>
      <source>For the elderly</source>
      <translation>敬老活動</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>計劃中</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>已舉辦</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
  </context>
  <context>
    <name>EventTableModel</name>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主題</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>組織者</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>參與人數</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>預算</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>實際費用</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作廢</translation>
    </message>
  </context>
  <context>
    <name>EventsTab</name>
    <message>
      <source>New event (F2)</source>
      <translation>新增活動 (F2)</translation>
    </message>
    <message>
      <source>Event {number} planned: {theme}</source>
      <translation>活動 {number} 已登記計劃：{theme}</translation>
    </message>
    <message>
      <source>Event {number} changed</source>
      <translation>活動 {number} 已修改</translation>
    </message>
    <message>
      <source>Event {number} recorded as held</source>
      <translation>活動 {number} 已登記為已舉辦</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Cancel event {number}</source>
      <translation>取消活動 {number}</translation>
    </message>
    <message>
      <source>Event {number} cancelled</source>
      <translation>活動 {number} 已取消</translation>
    </message>
    <message>
      <source>Void event {number}</source>
      <translation>作廢活動 {number}</translation>
    </message>
    <message>
      <source>Event {number} voided</source>
      <translation>活動 {number} 已作廢</translation>
    </message>
  </context>
  <context>
    <name>ExtraRoundsModel</name>
    <message>
      <source>Round</source>
      <translation>巡邏單號</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路線</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡邏人員</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>開始時間</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>結束時間</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>標記</translation>
    </message>
  </context>
  <context>
    <name>FigureModel</name>
    <message>
      <source>Area</source>
      <translation>服務部門</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>評價項目</translation>
    </message>
    <message>
      <source>(all questions)</source>
      <translation>（全部項目）</translation>
    </message>
    <message>
      <source>Very satisfied</source>
      <translation>非常滿意</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>滿意</translation>
    </message>
    <message>
      <source>Neutral</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Dissatisfied</source>
      <translation>不滿意</translation>
    </message>
    <message>
      <source>Very dissatisfied</source>
      <translation>非常不滿意</translation>
    </message>
    <message>
      <source>Not answered</source>
      <translation>未作答</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>滿意率</translation>
    </message>
  </context>
  <context>
    <name>FiguresPanel</name>
    <message>
      <source>Click or press Enter: the complaints counted</source>
      <translation>點選或按 Enter：查看計入的投訴</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理</translation>
    </message>
    <message>
      <source>Voided complaints
are not counted.</source>
      <translation>已作廢的投訴
不計入統計。</translation>
    </message>
    <message>
      <source>Response deadlines</source>
      <translation>答覆期限</translation>
    </message>
    <message>
      <source>Answered in time</source>
      <translation>按時答覆</translation>
    </message>
    <message>
      <source>Answered late</source>
      <translation>超時答覆</translation>
    </message>
    <message>
      <source>Overdue, not answered</source>
      <translation>逾期未答覆</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>未到答覆期限</translation>
    </message>
    <message>
      <source>In time, of those due</source>
      <translation>按時答覆率（已到期）</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>滿意度</translation>
    </message>
    <message>
      <source>Satisfied at the first answer</source>
      <translation>首次答覆即滿意</translation>
    </message>
    <message>
      <source>Satisfied after being sent back</source>
      <translation>退回重辦後滿意</translation>
    </message>
    <message>
      <source>Still not satisfied</source>
      <translation>仍不滿意</translation>
    </message>
    <message>
      <source>Satisfied, of verdicts</source>
      <translation>投訴人滿意率</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已結案</translation>
    </message>
    <message>
      <source>Followed up, of closed</source>
      <translation>回訪率（已結案）</translation>
    </message>
    <message>
      <source>Mean rating</source>
      <translation>平均評分</translation>
    </message>
    <message>
      <source>Rated 4 or 5</source>
      <translation>評 4 分或 5 分</translation>
    </message>
    <message>
      <source>{score}★</source>
      <translation>{score}★</translation>
    </message>
    <message>
      <source>Follow-up ratings</source>
      <translation>回訪評分</translation>
    </message>
  </context>
  <context>
    <name>FindingForm</name>
    <message>
      <source>Issue at {name}</source>
      <translation>{name}：發現問題</translation>
    </message>
    <message>
      <source>Round {number}, checkpoint {position}. {name}{place}</source>
      <translation>巡邏單 {number}，第 {position} 個巡邏點：{name}{place}</translation>
    </message>
    <message>
      <source>Kind of issue</source>
      <translation>問題類型</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>發現情況</translation>
    </message>
    <message>
      <source>what is wrong, exactly where</source>
      <translation>什麼問題，具體在哪裡</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>現場處理</translation>
    </message>
    <message>
      <source>what you did about it, if anything</source>
      <translation>已做的處理（如有）</translation>
    </message>
    <message>
      <source>Told</source>
      <translation>已告知</translation>
    </message>
    <message>
      <source>the duty manager you told, if anyone</source>
      <translation>已告知的值班主管（如有）</translation>
    </message>
    <message>
      <source>Open a repair ticket for it</source>
      <translation>為此開報修工單</translation>
    </message>
    <message>
      <source>Repair</source>
      <translation>報修</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>報修類別</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>緊急程度</translation>
    </message>
    <message>
      <source>The issue is recorded, but the repair ticket was not opened. Change what is marked and press OK again, or Cancel to leave it without a ticket.</source>
      <translation>問題已登記，但報修工單未能開出。請修改標出的內容後再按「確定」，或按「取消」不開工單。</translation>
    </message>
  </context>
  <context>
    <name>FindingsModel</name>
    <message>
      <source>Seen at</source>
      <translation>發現時間</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>巡邏單號</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>發現編號</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>What was seen</source>
      <translation>發現情況</translation>
    </message>
    <message>
      <source>Action taken</source>
      <translation>處理措施</translation>
    </message>
    <message>
      <source>Told</source>
      <translation>已告知</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>報修工單</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>安全事件</translation>
    </message>
  </context>
  <context>
    <name>FindingsPanel</name>
    <message>
      <source>Escalate…</source>
      <translation>上報值班主管…</translation>
    </message>
    <message>
      <source>Record who was told (the duty manager)</source>
      <translation>登記已告知的人（值班主管）</translation>
    </message>
    <message>
      <source>Open repair ticket…</source>
      <translation>開報修工單…</translation>
    </message>
    <message>
      <source>Open incident…</source>
      <translation>轉安全事件…</translation>
    </message>
    <message>
      <source>Dealt with…</source>
      <translation>已處理…</translation>
    </message>
    <message>
      <source>Show round</source>
      <translation>查看巡邏單</translation>
    </message>
    <message>
      <source>{n} open findings</source>
      <translation>{n} 筆未處理發現</translation>
    </message>
    <message>
      <source>From finding {number} · {checkpoint} · {seen}</source>
      <translation>來自巡邏發現 {number} · {checkpoint} · {seen}</translation>
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
    <message>
      <source>e.g. admin</source>
      <translation>例如：admin</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>使用者名稱</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密碼</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>確認密碼</translation>
    </message>
    <message>
      <source>The first administrator: this person logs in next, adds the other users and gives them their roles.</source>
      <translation>第一位管理員：接下來由此人登入，新增其他使用者並指派角色。</translation>
    </message>
  </context>
  <context>
    <name>FixReportDialog</name>
    <message>
      <source>Fix reported: {number}</source>
      <translation>回報整改完成：{number}</translation>
    </message>
    <message>
      <source>{item} ({area}) is reported fixed now. The notice closes only when a re-inspection by someone else passes the item.</source>
      <translation>現回報 {item}（{area}）已整改完成。須由其他人員複檢該項目合格後，通知單才會關閉。</translation>
    </message>
    <message>
      <source>What was done (optional)</source>
      <translation>整改情況（選填）</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
  </context>
  <context>
    <name>FollowUpForm</name>
    <message>
      <source>1 (very unhappy) to 5 (very satisfied)</source>
      <translation>1（很不滿意）到 5（非常滿意）</translation>
    </message>
    <message>
      <source>what the resident said</source>
      <translation>住戶的回饋</translation>
    </message>
    <message>
      <source>Rating (1–5)</source>
      <translation>滿意度（1–5）</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意見</translation>
    </message>
  </context>
  <context>
    <name>FollowUpVisitForm</name>
    <message>
      <source>Visited</source>
      <translation>回訪時間</translation>
    </message>
    <message>
      <source>Visited by</source>
      <translation>回訪人</translation>
    </message>
    <message>
      <source>How</source>
      <translation>回訪方式</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>回訪結果</translation>
    </message>
    <message>
      <source>what the complainant said</source>
      <translation>投訴人的回饋</translation>
    </message>
    <message>
      <source>1 (very unhappy) to 5 (very satisfied)</source>
      <translation>1（很不滿意）到 5（非常滿意）</translation>
    </message>
    <message>
      <source>Rating (1–5)</source>
      <translation>滿意度（1–5）</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Your role may view these settings but not change them.</source>
      <translation>您的角色只能檢視這些設定，不能修改。</translation>
    </message>
  </context>
  <context>
    <name>GateForm</name>
    <message>
      <source>must be filled in</source>
      <translation>為必填項</translation>
    </message>
  </context>
  <context>
    <name>GateSettingsDialog</name>
    <message>
      <source>Gate settings</source>
      <translation>門崗設定</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分鐘</translation>
    </message>
    <message>
      <source>A stay this long is free; a longer one is charged from the entry.</source>
      <translation>停車不超過此時長免費；超過則從入場時起計費。</translation>
    </message>
    <message>
      <source>Charged for every started hour.</source>
      <translation>不足一小時按一小時計費。</translation>
    </message>
    <message>
      <source>At most this much per 24 hours from the entry.</source>
      <translation>自入場起每24小時最多收取此金額。</translation>
    </message>
    <message>
      <source>Residents' vehicles park free</source>
      <translation>住戶車輛免費停車</translation>
    </message>
    <message>
      <source>Visitors and visitors' vehicles still inside after this hour on the day they came, or on any later day, are flagged.</source>
      <translation>訪客及外來車輛在來訪當天超過此時刻仍在場，或跨日仍在場者，將被標示提醒。</translation>
    </message>
    <message>
      <source>Flag visitors and their vehicles still inside after</source>
      <translation>訪客及外來車輛逾時提醒時間</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>Free parking</source>
      <translation>免費停車時長</translation>
    </message>
    <message>
      <source>Hourly rate</source>
      <translation>每小時收費</translation>
    </message>
    <message>
      <source>Cap per 24 hours</source>
      <translation>每24小時封頂</translation>
    </message>
    <message>
      <source>Keep visitor data for</source>
      <translation>訪客資料保留</translation>
    </message>
    <message>
      <source>After that, visitors' names, phones and ID numbers are blanked; the counts in reports stay.</source>
      <translation>超過保留期後，訪客的姓名、電話和證件號將被清除，報表統計數量不變。</translation>
    </message>
  </context>
  <context>
    <name>GateTab</name>
    <message>
      <source>active</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>reported lost</source>
      <translation>已掛失</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>已註銷</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>已退卡</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>門禁卡</translation>
    </message>
    <message>
      <source>Scan or type the card number, then Enter</source>
      <translation>刷卡或輸入卡號，然後按 Enter</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>卡號</translation>
    </message>
    <message>
      <source>New visitor (F2)</source>
      <translation>訪客登記 (F2)</translation>
    </message>
    <message>
      <source>Visitor leaves</source>
      <translation>訪客離開</translation>
    </message>
    <message>
      <source>Type or scan the pass number, then Enter</source>
      <translation>輸入或掃描臨時出入證號，然後按 Enter</translation>
    </message>
    <message>
      <source>Pass number</source>
      <translation>臨時出入證號</translation>
    </message>
    <message>
      <source>Items out (F5)</source>
      <translation>物品放行 (F5)</translation>
    </message>
    <message>
      <source>Materials in (Shift+F5)</source>
      <translation>材料進場 (Shift+F5)</translation>
    </message>
    <message>
      <source>New release slip (F7)</source>
      <translation>開具放行條 (F7)</translation>
    </message>
    <message>
      <source>Parking notice (F6)</source>
      <translation>違停告知單 (F6)</translation>
    </message>
    <message>
      <source>Hand over shift (F8)</source>
      <translation>交接班 (F8)</translation>
    </message>
    <message>
      <source>Plates: F3 in, F4 out · Quick search: Ctrl+K</source>
      <translation>車牌：F3 入場，F4 出場 · 快速搜尋：Ctrl+K</translation>
    </message>
    <message>
      <source>Visitors inside now</source>
      <translation>在場訪客</translation>
    </message>
    <message>
      <source>Vehicles inside now</source>
      <translation>在場車輛</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>訪客</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>車輛</translation>
    </message>
    <message>
      <source>Inside now</source>
      <translation>目前在場</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>門崗日誌</translation>
    </message>
    <message>
      <source>Open release slips</source>
      <translation>未使用的放行條</translation>
    </message>
    <message>
      <source>Handovers</source>
      <translation>交接班記錄</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>列印…</translation>
    </message>
    <message>
      <source>Press F2 to register a visitor.</source>
      <translation>按 F2 登記訪客。</translation>
    </message>
    <message>
      <source>Welcome, {name} ({unit})</source>
      <translation>歡迎回家，{name}（{unit}）</translation>
    </message>
    <message>
      <source>no holder</source>
      <translation>無持卡人</translation>
    </message>
    <message>
      <source>STOP — card {number} of {name} ({unit}) is {status}. Do not let in.</source>
      <translation>攔截 — {name}（{unit}）的門禁卡 {number} {status}，請勿放行。</translation>
    </message>
    <message>
      <source>Pass {number} issued to {name} for {unit}</source>
      <translation>已為 {name}（到訪 {unit}）發放臨時出入證 {number}</translation>
    </message>
    <message>
      <source>Items out on slip {number}: {description}</source>
      <translation>憑放行條 {number} 放行：{description}</translation>
    </message>
    <message>
      <source>Materials in for {unit}: {description}</source>
      <translation>{unit} 材料進場：{description}</translation>
    </message>
    <message>
      <source>Release slip {number} recorded for {unit}</source>
      <translation>已為 {unit} 開具放行條 {number}</translation>
    </message>
    <message>
      <source>Notice {number} for {plate} at {place}</source>
      <translation>告知單 {number}：{plate}，{place}</translation>
    </message>
    <message>
      <source>Shift handed over to {name} ({number})</source>
      <translation>已交班給 {name}（{number}）</translation>
    </message>
    <message>
      <source>{name} left (pass {number})</source>
      <translation>{name} 已離開（臨時出入證 {number}）</translation>
    </message>
  </context>
  <context>
    <name>GuardFiguresModel</name>
    <message>
      <source>Guard</source>
      <translation>巡邏人員</translation>
    </message>
    <message>
      <source>Rounds</source>
      <translation>巡邏次數</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>準時</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>遲到</translation>
    </message>
    <message>
      <source>Too fast</source>
      <translation>過快</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>發現問題</translation>
    </message>
    <message>
      <source>Enter: this guard's rounds on time</source>
      <translation>Enter：查看該人員的準時巡邏</translation>
    </message>
    <message>
      <source>Enter: this guard's late rounds</source>
      <translation>Enter：查看該人員的遲到巡邏</translation>
    </message>
    <message>
      <source>Enter: this guard's rounds walked too fast</source>
      <translation>Enter：查看該人員打點過快的巡邏</translation>
    </message>
    <message>
      <source>Enter: all this guard's rounds of the month</source>
      <translation>Enter：查看該人員本月的全部巡邏</translation>
    </message>
  </context>
  <context>
    <name>HandoverForm</name>
    <message>
      <source>Hand over the shift</source>
      <translation>交接班</translation>
    </message>
    <message>
      <source>{station}, from {start} until now</source>
      <translation>{station}，{start} 至今</translation>
    </message>
    <message>
      <source>One matter per line; leave empty if none. Ctrl+Enter saves.</source>
      <translation>每行一項；沒有則留空。Ctrl+Enter 儲存。</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>班次</translation>
    </message>
    <message>
      <source>Handed over by</source>
      <translation>交班人</translation>
    </message>
    <message>
      <source>This shift</source>
      <translation>本班統計</translation>
    </message>
    <message>
      <source>Taken over by</source>
      <translation>接班人</translation>
    </message>
    <message>
      <source>Open matters</source>
      <translation>待辦事項</translation>
    </message>
    <message>
      <source>Residents in: {residents}, refused cards: {refused}
Visitors in/out: {visitors_in}/{visitors_out}
Vehicles in/out: {vehicles_in}/{vehicles_out}, fees collected: {fees}
Items in/out: {items_in}/{items_out}, parking notices: {notices}</source>
      <translation>住戶刷卡：{residents}，刷卡被拒：{refused}
訪客進入/離開：{visitors_in}/{visitors_out}
車輛入場/出場：{vehicles_in}/{vehicles_out}，收費：{fees}
物品進入/放行：{items_in}/{items_out}，違停告知單：{notices}</translation>
    </message>
  </context>
  <context>
    <name>HandoverTableModel</name>
    <message>
      <source>Number</source>
      <translation>單號</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>崗位</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>班次</translation>
    </message>
    <message>
      <source>Handed over by</source>
      <translation>交班人</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>使用者名稱：{login}</translation>
    </message>
    <message>
      <source>Taken over by</source>
      <translation>接班人</translation>
    </message>
    <message>
      <source>Fees collected</source>
      <translation>收費金額</translation>
    </message>
    <message>
      <source>Open matters</source>
      <translation>待辦事項</translation>
    </message>
  </context>
  <context>
    <name>HeldForm</name>
    <message>
      <source>Record the event as held</source>
      <translation>登記活動已舉辦</translation>
    </message>
    <message>
      <source>{number} · {theme} · {when}</source>
      <translation>{number} · {theme} · {when}</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>參與人數</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>實際費用</translation>
    </message>
    <message>
      <source>What residents said, what to do better; Ctrl+Enter saves.</source>
      <translation>業主的反饋、需改進之處；Ctrl+Enter 儲存。</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>反饋</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>主題</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>時長（分鐘）</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>組織人</translation>
    </message>
    <message>
      <source>Took part</source>
      <translation>參加</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Export to Excel…</source>
      <translation>匯出至 Excel…</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>Training history {name}</source>
      <translation>培訓檔案 {name}</translation>
    </message>
    <message>
      <source>(left)</source>
      <translation>（已離職）</translation>
    </message>
    <message>
      <source>{drills} drills, {trainings} trainings, {minutes} minutes in all</source>
      <translation>演練 {drills} 次，培訓 {trainings} 次，合計 {minutes} 分鐘</translation>
    </message>
  </context>
  <context>
    <name>HomeTab</name>
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
    <name>IdleLockDialog</name>
    <message>
      <source>Auto-lock</source>
      <translation>自動鎖定</translation>
    </message>
    <message>
      <source>Lock the window when nobody has used the keyboard or mouse for this many minutes. 0 turns auto-lock off.</source>
      <translation>鍵盤和滑鼠閒置達到此分鐘數後鎖定視窗。設為 0 則關閉自動鎖定。</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>關閉</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分鐘</translation>
    </message>
    <message>
      <source>Lock after</source>
      <translation>閒置多久後鎖定</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import from Excel</source>
      <translation>從 Excel 匯入</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住戶</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>車輛</translation>
    </message>
    <message>
      <source>Access cards</source>
      <translation>門禁卡</translation>
    </message>
    <message>
      <source>Download template…</source>
      <translation>下載範本…</translation>
    </message>
    <message>
      <source>Choose file and preview…</source>
      <translation>選擇檔案並預覽…</translation>
    </message>
    <message>
      <source>Choose what to import, then the file.</source>
      <translation>請先選擇要匯入的內容，再選擇檔案。</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>欄</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <source>Save error list…</source>
      <translation>儲存錯誤清單…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>匯入</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Choose the file to import</source>
      <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>正在讀取檔案…</translation>
    </message>
    <message>
      <source>Imported: {c} created, {u} updated, {n} unchanged.</source>
      <translation>已匯入：新增 {c} 筆，更新 {u} 筆，未變 {n} 筆。</translation>
    </message>
    <message>
      <source>{t} rows: {c} will be created, {u} updated, {n} unchanged. Nothing has been written yet; press Import.</source>
      <translation>共 {t} 列：將新增 {c} 筆，更新 {u} 筆，未變 {n} 筆。尚未寫入任何內容；請按「匯入」。</translation>
    </message>
    <message>
      <source>{t} rows, {e} problems. Nothing will be written until every row is right: fix the rows below (or save the error list) and choose the file again.</source>
      <translation>共 {t} 列，發現 {e} 個問題。所有列都正確之前不會寫入任何內容：請修改下列各列（或儲存錯誤清單）後重新選擇檔案。</translation>
    </message>
    <message>
      <source>Save error list</source>
      <translation>儲存錯誤清單</translation>
    </message>
  </context>
  <context>
    <name>IncidentDetail</name>
    <message>
      <source>Incident</source>
      <translation>安全事件</translation>
    </message>
    <message>
      <source>No follow-up actions</source>
      <translation>無後續措施</translation>
    </message>
    <message>
      <source>Patrol finding {number}</source>
      <translation>巡邏發現 {number}</translation>
    </message>
    <message>
      <source>Gate entry {number}</source>
      <translation>門崗記錄 {number}</translation>
    </message>
    <message>
      <source>Not called</source>
      <translation>未報警</translation>
    </message>
    <message>
      <source>Called, report no. {number}</source>
      <translation>已報警，回執號 {number}</translation>
    </message>
    <message>
      <source>Choose an incident in the list.</source>
      <translation>請在列表中選擇一起事件。</translation>
    </message>
    <message>
      <source>{state}, {n} follow-ups overdue</source>
      <translation>{state}，{n} 項後續措施逾期</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>事件名稱</translation>
    </message>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Opened from</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>事件經過</translation>
    </message>
    <message>
      <source>Who responded</source>
      <translation>處置人員</translation>
    </message>
    <message>
      <source>How</source>
      <translation>處置情況</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>公安報警</translation>
    </message>
    <message>
      <source>Fire brigade</source>
      <translation>消防報警</translation>
    </message>
    <message>
      <source>Injuries</source>
      <translation>人員傷亡</translation>
    </message>
    <message>
      <source>Losses</source>
      <translation>財產損失</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>登記人</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已結案</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>作廢原因</translation>
    </message>
  </context>
  <context>
    <name>IncidentForm</name>
    <message>
      <source>Record a safety incident</source>
      <translation>登記安全事件</translation>
    </message>
    <message>
      <source>Incident {number}</source>
      <translation>安全事件 {number}</translation>
    </message>
    <message>
      <source>Ctrl+Enter saves; Esc cancels.</source>
      <translation>Ctrl+Enter 儲存；Esc 取消。</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>事件名稱</translation>
    </message>
    <message>
      <source>e.g. bicycle stolen from the bike shed</source>
      <translation>例如：車棚自行車被盜</translation>
    </message>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>e.g. car park B1 of building 3</source>
      <translation>例如：3棟地下車庫B1</translation>
    </message>
    <message>
      <source>What happened, in order</source>
      <translation>按時間順序填寫事件經過</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>事件經過</translation>
    </message>
    <message>
      <source>Who responded</source>
      <translation>處置人員</translation>
    </message>
    <message>
      <source>e.g. guard Wang, shift leader Zhao</source>
      <translation>例如：王保安、趙班長</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>採取了哪些處置</translation>
    </message>
    <message>
      <source>How</source>
      <translation>處置情況</translation>
    </message>
    <message>
      <source>Police called</source>
      <translation>已報警（公安）</translation>
    </message>
    <message>
      <source>Police report no.</source>
      <translation>公安回執號</translation>
    </message>
    <message>
      <source>Fire brigade called</source>
      <translation>已報火警（消防）</translation>
    </message>
    <message>
      <source>Fire report no.</source>
      <translation>消防回執號</translation>
    </message>
    <message>
      <source>Injuries</source>
      <translation>人員傷亡</translation>
    </message>
    <message>
      <source>None, or who and how</source>
      <translation>無；或填寫受傷人員及傷情</translation>
    </message>
    <message>
      <source>Losses</source>
      <translation>財產損失</translation>
    </message>
    <message>
      <source>What was lost or damaged</source>
      <translation>遺失或損壞的財物</translation>
    </message>
    <message>
      <source> yuan</source>
      <translation> 元</translation>
    </message>
    <message>
      <source>Estimated loss</source>
      <translation>估計損失</translation>
    </message>
  </context>
  <context>
    <name>IncidentListModel</name>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>事件名稱</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Follow-ups open</source>
      <translation>未完成措施</translation>
    </message>
    <message>
      <source>Report no.</source>
      <translation>報警回執號</translation>
    </message>
    <message>
      <source>{state}, {n} follow-ups overdue</source>
      <translation>{state}，{n} 項後續措施逾期</translation>
    </message>
  </context>
  <context>
    <name>IncidentListView</name>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>處理中</translation>
    </message>
    <message>
      <source>Follow-up overdue</source>
      <translation>後續措施逾期</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已結案</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部類別</translation>
    </message>
    <message>
      <source>Number, title or place</source>
      <translation>編號、名稱或地點</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>顯示</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜尋</translation>
    </message>
    <message>
      <source>No incidents</source>
      <translation>無安全事件</translation>
    </message>
    <message>
      <source>Rows {first}–{last} of {total}</source>
      <translation>第 {first}–{last} 列，共 {total} 列</translation>
    </message>
  </context>
  <context>
    <name>IncidentNames</name>
    <message>
      <source>Theft</source>
      <translation>盜竊</translation>
    </message>
    <message>
      <source>Intrusion</source>
      <translation>非法闖入</translation>
    </message>
    <message>
      <source>Fight</source>
      <translation>打架鬥毆</translation>
    </message>
    <message>
      <source>Fire</source>
      <translation>火災</translation>
    </message>
    <message>
      <source>Natural disaster</source>
      <translation>自然災害</translation>
    </message>
    <message>
      <source>Accident</source>
      <translation>意外事故</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>處理中</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已結案</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作廢</translation>
    </message>
    <message>
      <source>{number} (closed)</source>
      <translation>{number}（已結案）</translation>
    </message>
  </context>
  <context>
    <name>IncidentsTab</name>
    <message>
      <source>New incident (F2)</source>
      <translation>登記事件 (F2)</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <source>Add follow-up…</source>
      <translation>新增後續措施…</translation>
    </message>
    <message>
      <source>Follow-up done…</source>
      <translation>措施完成…</translation>
    </message>
    <message>
      <source>Close…</source>
      <translation>結案…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作廢…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>列印…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>匯出…</translation>
    </message>
    <message>
      <source>Void incident {number}</source>
      <translation>作廢安全事件 {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>The incident stays on file, marked void, and is left out of every count. Your name, the time and the reason are kept with it.</source>
      <translation>該事件仍保留在檔案中，標記為作廢，不計入任何統計。您的姓名、作廢時間和原因將一併記錄。</translation>
    </message>
    <message>
      <source>Safety incidents</source>
      <translation>安全事件</translation>
    </message>
    <message>
      <source>Exporting incidents…</source>
      <translation>正在匯出安全事件…</translation>
    </message>
    <message>
      <source>Exporting incidents: {n} rows…</source>
      <translation>正在匯出安全事件：已寫 {n} 列…</translation>
    </message>
  </context>
  <context>
    <name>InquiryEntry</name>
    <message>
      <source>&amp;Question</source>
      <translation>諮詢內容(&amp;Q)</translation>
    </message>
    <message>
      <source>What was asked or suggested</source>
      <translation>諮詢或建議的內容</translation>
    </message>
    <message>
      <source>&amp;Answer</source>
      <translation>答覆內容(&amp;A)</translation>
    </message>
    <message>
      <source>The answer given on the spot</source>
      <translation>當場給予的答覆</translation>
    </message>
    <message>
      <source>Answer &amp;promised by</source>
      <translation>承諾答覆時間(&amp;P)</translation>
    </message>
    <message>
      <source>Not answered yet</source>
      <translation>尚未答覆</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>姓名(&amp;N)</translation>
    </message>
    <message>
      <source>P&amp;hone</source>
      <translation>電話(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Unit</source>
      <translation>房號(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Kind, channel</source>
      <translation>類型、管道(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Log (Enter)</source>
      <translation>登記(&amp;L) (Enter)</translation>
    </message>
    <message>
      <source>Enter in any field</source>
      <translation>在任一欄位中按 Enter</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>Logged {number}.</source>
      <translation>已登記 {number}。</translation>
    </message>
  </context>
  <context>
    <name>InquiryFilterBar</name>
    <message>
      <source>Open: answer promised</source>
      <translation>待答覆</translation>
    </message>
    <message>
      <source>Due by the day's end</source>
      <translation>截至當日應答覆</translation>
    </message>
    <message>
      <source>All inquiries</source>
      <translation>全部諮詢</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>顯示(&amp;S)</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation>截止日期</translation>
    </message>
  </context>
  <context>
    <name>InquiryListView</name>
    <message>
      <source>Inquiries and suggestions</source>
      <translation>諮詢與建議</translation>
    </message>
    <message>
      <source>Inquiries {first}–{last}</source>
      <translation>諮詢 {first}–{last}</translation>
    </message>
    <message>
      <source>No inquiries</source>
      <translation>沒有諮詢</translation>
    </message>
  </context>
  <context>
    <name>InquiryNames</name>
    <message>
      <source>Question</source>
      <translation>諮詢</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建議</translation>
    </message>
    <message>
      <source>OVERDUE: answer promised by {time}</source>
      <translation>已逾期：承諾於 {time} 前答覆</translation>
    </message>
    <message>
      <source>Answer promised</source>
      <translation>待答覆</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已答覆</translation>
    </message>
    <message>
      <source>Became a complaint</source>
      <translation>已轉投訴</translation>
    </message>
    <message>
      <source>Became a repair ticket</source>
      <translation>已轉報修</translation>
    </message>
  </context>
  <context>
    <name>InquiryPanel</name>
    <message>
      <source>Log an inquiry or suggestion</source>
      <translation>登記諮詢或建議</translation>
    </message>
    <message>
      <source>Answer…</source>
      <translation>答覆…</translation>
    </message>
    <message>
      <source>The promised answer given</source>
      <translation>登記兌現承諾的答覆</translation>
    </message>
    <message>
      <source>Promise by…</source>
      <translation>承諾答覆時間…</translation>
    </message>
    <message>
      <source>Move the promise</source>
      <translation>更改承諾答覆時間</translation>
    </message>
    <message>
      <source>Make a complaint…</source>
      <translation>轉為投訴…</translation>
    </message>
    <message>
      <source>Make a repair ticket…</source>
      <translation>轉為報修工單…</translation>
    </message>
    <message>
      <source>Inquiry log</source>
      <translation>諮詢登記</translation>
    </message>
    <message>
      <source>Inquiry {inquiry} became repair ticket {ticket}.</source>
      <translation>諮詢 {inquiry} 已轉為報修工單 {ticket}。</translation>
    </message>
  </context>
  <context>
    <name>InquiryTableModel</name>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>諮詢時間</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>管道</translation>
    </message>
    <message>
      <source>Asked by</source>
      <translation>諮詢人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>Question or suggestion</source>
      <translation>諮詢或建議</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>答覆</translation>
    </message>
    <message>
      <source>Promised by</source>
      <translation>承諾答覆時間</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
  </context>
  <context>
    <name>InsideNowTableModel</name>
    <message>
      <source>{days} d {hours} h</source>
      <translation>{days} 天 {hours} 小時</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} 小時 {minutes} 分鐘</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} 分鐘</translation>
    </message>
    <message>
      <source>Time inside</source>
      <translation>在場時長</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>逾時未離</translation>
    </message>
    <message>
      <source>Pass number</source>
      <translation>臨時出入證號</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>訪客</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>進入時間</translation>
    </message>
    <message>
      <source>Flag</source>
      <translation>提示</translation>
    </message>
  </context>
  <context>
    <name>InspectionDetailItemsModel</name>
    <message>
      <source>No.</source>
      <translation>序號</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>檢查項目</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>檢查結果</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>讀數</translation>
    </message>
    <message>
      <source>Text / note</source>
      <translation>文字/備註</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>設施設備</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>通知單</translation>
    </message>
    <message>
      <source>Notice state</source>
      <translation>通知單狀態</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>工單</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>照片</translation>
    </message>
  </context>
  <context>
    <name>InspectionDetailPanel</name>
    <message>
      <source>Rectification notice…</source>
      <translation>開整改通知單…</translation>
    </message>
    <message>
      <source>Repair ticket…</source>
      <translation>開報修工單…</translation>
    </message>
    <message>
      <source>Choose a failed item for a notice or a ticket.</source>
      <translation>選擇一個不合格項目，以開整改通知單或報修工單。</translation>
    </message>
    <message>
      <source>Inspected at</source>
      <translation>巡檢時間</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>檢查表</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>巡檢人</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>記錄人</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>檢查結果</translation>
    </message>
    <message>
      <source>Re-inspection of</source>
      <translation>複檢對應通知單</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Add photo…</source>
      <translation>新增照片…</translation>
    </message>
    <message>
      <source>Choose an inspection in the list.</source>
      <translation>請在清單中選擇一筆巡檢記錄。</translation>
    </message>
    <message>
      <source>Inspection {number}</source>
      <translation>巡檢記錄 {number}</translation>
    </message>
    <message>
      <source>Inspection {number} (voided)</source>
      <translation>巡檢記錄 {number}（已作廢）</translation>
    </message>
    <message>
      <source>{name} (version {version})</source>
      <translation>{name}（第 {version} 版）</translation>
    </message>
    <message>
      <source>Choose an item to see its photos.</source>
      <translation>選擇一個項目以檢視其照片。</translation>
    </message>
    <message>
      <source>No photos of this item.</source>
      <translation>此項目沒有照片。</translation>
    </message>
    <message>
      <source>Attach a photo to {item}</source>
      <translation>為「{item}」新增照片</translation>
    </message>
    <message>
      <source>Photos ({patterns});;All files (*)</source>
      <translation>照片 ({patterns});;所有檔案 (*)</translation>
    </message>
  </context>
  <context>
    <name>InspectionEntryDialog</name>
    <message>
      <source>Inspection: {name}</source>
      <translation>巡檢：{name}</translation>
    </message>
    <message>
      <source>{name} · {kind} · version {version}</source>
      <translation>{name} · {kind} · 第 {version} 版</translation>
    </message>
    <message>
      <source>Re-inspection for {number}</source>
      <translation>複檢：整改通知單 {number}</translation>
    </message>
    <message>
      <source>Notice {number} · {item} · found: {finding}</source>
      <translation>通知單 {number} · {item} · 發現問題：{finding}</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>巡檢人</translation>
    </message>
    <message>
      <source>Change it only for an inspection made earlier (from paper).</source>
      <translation>僅在補錄之前完成的巡檢（紙本記錄）時修改。</translation>
    </message>
    <message>
      <source>Inspected at</source>
      <translation>巡檢時間</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>optional: anything else seen</source>
      <translation>選填：其他發現的情況</translation>
    </message>
    <message>
      <source>↑/↓ item · P/F/N or 1/2/3: pass / fail / n.a. · digits: the reading · F2: note · Ctrl+Return: save</source>
      <translation>↑/↓：切換項目 · P/F/N 或 1/2/3：合格／不合格／不適用 · 數字：讀數 · F2：備註 · Ctrl+Return：儲存</translation>
    </message>
    <message>
      <source>All pass ({key})</source>
      <translation>全部合格 ({key})</translation>
    </message>
    <message>
      <source>Every check item not yet marked passes; then mark the exceptions.</source>
      <translation>將所有尚未標記的檢查項目設為合格，再逐項標記例外。</translation>
    </message>
    <message>
      <source>Print blank checklist…</source>
      <translation>列印空白檢查表…</translation>
    </message>
    <message>
      <source>The checklist on paper, for the round; type the results in afterwards.</source>
      <translation>列印紙本檢查表供巡檢時填寫，之後再輸入結果。</translation>
    </message>
    <message>
      <source>Save (Ctrl+Return)</source>
      <translation>儲存 (Ctrl+Return)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Me ({name})</source>
      <translation>本人（{name}）</translation>
    </message>
  </context>
  <context>
    <name>InspectionItemsModel</name>
    <message>
      <source>No.</source>
      <translation>序號</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>檢查項目</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>檢查結果</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>讀數</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>文字</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Equipment code</source>
      <translation>設施設備編號</translation>
    </message>
  </context>
  <context>
    <name>InspectionListModel</name>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>檢查表</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>巡檢人</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>檢查結果</translation>
    </message>
    <message>
      <source>Re-inspection</source>
      <translation>複檢</translation>
    </message>
  </context>
  <context>
    <name>InspectionListPanel</name>
    <message>
      <source>Any kind</source>
      <translation>全部類型</translation>
    </message>
    <message>
      <source>Failed only</source>
      <translation>僅不合格</translation>
    </message>
    <message>
      <source>Number, area or inspector; Enter searches</source>
      <translation>編號、區域或巡檢人；按 Enter 搜尋</translation>
    </message>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Inspections {first}–{last}</source>
      <translation>巡檢記錄 {first}–{last}</translation>
    </message>
    <message>
      <source>No inspections</source>
      <translation>沒有巡檢記錄</translation>
    </message>
  </context>
  <context>
    <name>InspectionNames</name>
    <message>
      <source>Fire equipment</source>
      <translation>消防設施</translation>
    </message>
    <message>
      <source>Building fabric</source>
      <translation>房屋本體</translation>
    </message>
    <message>
      <source>Water and drainage</source>
      <translation>給排水</translation>
    </message>
    <message>
      <source>Power supply</source>
      <translation>供配電</translation>
    </message>
    <message>
      <source>Lifts</source>
      <translation>電梯</translation>
    </message>
    <message>
      <source>Fire safety in public areas</source>
      <translation>公共區域消防</translation>
    </message>
    <message>
      <source>Cleaning</source>
      <translation>清潔</translation>
    </message>
    <message>
      <source>Greening</source>
      <translation>綠化</translation>
    </message>
    <message>
      <source>Garbage sorting</source>
      <translation>垃圾分類</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>每日</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>每週</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <source>Quarterly</source>
      <translation>每季</translation>
    </message>
    <message>
      <source>Pass</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>不合格</translation>
    </message>
    <message>
      <source>N/A</source>
      <translation>不適用</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>待整改</translation>
    </message>
    <message>
      <source>Fixed, awaiting re-inspection</source>
      <translation>已整改，待複檢</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已關閉</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作廢</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>{n} failed</source>
      <translation>{n} 項不合格</translation>
    </message>
  </context>
  <context>
    <name>InspectionPrinting</name>
    <message>
      <source>Blank checklist: {name}</source>
      <translation>空白檢查表：{name}</translation>
    </message>
  </context>
  <context>
    <name>InspectionsTab</name>
    <message>
      <source>Due</source>
      <translation>待檢</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>巡檢記錄</translation>
    </message>
    <message>
      <source>Rectifications</source>
      <translation>整改通知單</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>設施設備</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>檢查表範本</translation>
    </message>
    <message>
      <source>New inspection… (F2)</source>
      <translation>新增巡檢… (F2)</translation>
    </message>
    <message>
      <source>Inspection {number} recorded: {name}, {area}</source>
      <translation>已登記巡檢記錄 {number}：{name}，{area}</translation>
    </message>
    <message>
      <source>Notice {number} issued to {department}</source>
      <translation>已向 {department} 開立整改通知單 {number}</translation>
    </message>
  </context>
  <context>
    <name>ItemForms</name>
    <message>
      <source>Owner</source>
      <translation>業主</translation>
    </message>
    <message>
      <source>Management</source>
      <translation>物業</translation>
    </message>
  </context>
  <context>
    <name>ItemInForm</name>
    <message>
      <source>Materials or large items coming in</source>
      <translation>裝修材料/大件物品進場</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如 3-2-1502</translation>
    </message>
    <message>
      <source>e.g. tiles, 20 boxes</source>
      <translation>例如：瓷磚 20 箱</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>物品</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>批准方</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
  </context>
  <context>
    <name>ItemOutForm</name>
    <message>
      <source>Items going out</source>
      <translation>物品出門放行</translation>
    </message>
    <message>
      <source>Scan or type the release slip number</source>
      <translation>掃描或輸入放行條編號</translation>
    </message>
    <message>
      <source>Release slip</source>
      <translation>放行條</translation>
    </message>
    <message>
      <source>The slip allows</source>
      <translation>放行內容</translation>
    </message>
    <message>
      <source>{unit}: {description} — authorised by {who} ({kind}), valid until {date}</source>
      <translation>{unit}：{description} —— 授權人 {who}（{kind}），有效期至 {date}</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>業主</translation>
    </message>
    <message>
      <source>management</source>
      <translation>物業</translation>
    </message>
  </context>
  <context>
    <name>JournalModel</name>
    <message>
      <source>Resident entry</source>
      <translation>住戶刷卡</translation>
    </message>
    <message>
      <source>Card refused</source>
      <translation>刷卡被拒</translation>
    </message>
    <message>
      <source>Visitor in</source>
      <translation>訪客進入</translation>
    </message>
    <message>
      <source>Visitor out</source>
      <translation>訪客離開</translation>
    </message>
    <message>
      <source>Vehicle in</source>
      <translation>車輛入場</translation>
    </message>
    <message>
      <source>Vehicle out</source>
      <translation>車輛出場</translation>
    </message>
    <message>
      <source>Items in</source>
      <translation>物品進入</translation>
    </message>
    <message>
      <source>Items out</source>
      <translation>物品放行</translation>
    </message>
    <message>
      <source>Parking notice</source>
      <translation>違停告知單</translation>
    </message>
    <message>
      <source>card reported lost</source>
      <translation>卡已掛失</translation>
    </message>
    <message>
      <source>card revoked</source>
      <translation>卡已註銷</translation>
    </message>
    <message>
      <source>card returned</source>
      <translation>已退卡</translation>
    </message>
    <message>
      <source>card not registered</source>
      <translation>卡未登記</translation>
    </message>
    <message>
      <source>resident's vehicle</source>
      <translation>住戶車輛</translation>
    </message>
    <message>
      <source>visitor's vehicle</source>
      <translation>外來車輛</translation>
    </message>
    <message>
      <source>fee {fee}</source>
      <translation>收費 {fee}</translation>
    </message>
    <message>
      <source>no entry on record, came in {time}</source>
      <translation>無入場記錄，自述 {time} 入場</translation>
    </message>
    <message>
      <source>permit not returned</source>
      <translation>臨時停車證未交回</translation>
    </message>
    <message>
      <source>voided by {name} at {time}: {reason}</source>
      <translation>{name} 於 {time} 作廢：{reason}</translation>
    </message>
    <message>
      <source>{kind} (voided)</source>
      <translation>{kind}（已作廢）</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>業主</translation>
    </message>
    <message>
      <source>management</source>
      <translation>物業</translation>
    </message>
    <message>
      <source>authorised by {name} ({who})</source>
      <translation>{name}（{who}）授權</translation>
    </message>
    <message>
      <source>warning posted</source>
      <translation>已張貼警示</translation>
    </message>
    <message>
      <source>personal data removed (retention)</source>
      <translation>個人資料已按保存期限刪除</translation>
    </message>
  </context>
  <context>
    <name>JournalTableModel</name>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>車牌</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>單號</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>卡號</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>詳情</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>崗位</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>值班員</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>使用者名稱：{login}</translation>
    </message>
  </context>
  <context>
    <name>JournalView</name>
    <message>
      <source>Void entry…</source>
      <translation>作廢記錄…</translation>
    </message>
    <message>
      <source>Open incident…</source>
      <translation>轉安全事件…</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部類型</translation>
    </message>
    <message>
      <source>Name, plate, unit, pass or card</source>
      <translation>姓名、車牌、房號、單號或卡號</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜尋</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>No entries</source>
      <translation>沒有記錄</translation>
    </message>
    <message>
      <source>Rows {first}–{last} of {total}</source>
      <translation>第 {first}–{last} 筆，共 {total} 筆</translation>
    </message>
    <message>
      <source>Rows {first}–{last}</source>
      <translation>第 {first}–{last} 筆</translation>
    </message>
    <message>
      <source>Incident {number}</source>
      <translation>安全事件 {number}</translation>
    </message>
    <message>
      <source>From the gate entry: {entry}</source>
      <translation>來自門崗記錄：{entry}</translation>
    </message>
    <message>
      <source>Void gate entry: {kind}, {time}</source>
      <translation>作廢門崗記錄：{kind}，{time}</translation>
    </message>
    <message>
      <source>Gate journal</source>
      <translation>門崗日誌</translation>
    </message>
    <message>
      <source>Exporting the gate journal…</source>
      <translation>正在匯出門崗日誌…</translation>
    </message>
    <message>
      <source>Exporting the gate journal: {n} rows…</source>
      <translation>正在匯出門崗日誌：已寫入 {n} 列…</translation>
    </message>
  </context>
  <context>
    <name>KeysetPager</name>
    <message>
      <source>Newest</source>
      <translation>最新</translation>
    </message>
    <message>
      <source>◀ Newer</source>
      <translation>◀ 較新</translation>
    </message>
    <message>
      <source>Older ▶</source>
      <translation>較早 ▶</translation>
    </message>
  </context>
  <context>
    <name>LinkRepairForm</name>
    <message>
      <source>Link a repair ticket: complaint {number}</source>
      <translation>關聯報修工單：投訴 {number}</translation>
    </message>
    <message>
      <source>Ticket number</source>
      <translation>工單號</translation>
    </message>
    <message>
      <source>e.g. WX202612-0001</source>
      <translation>例如 WX202612-0001</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>propdesk is locked</source>
      <translation>propdesk 已鎖定</translation>
    </message>
    <message>
      <source>Station {station}: nothing was closed. Log in to carry on; at a change of shift the next person logs in here.</source>
      <translation>工作站 {station}：所有內容均未關閉。登入後即可繼續；交接班時由下一位同事在此登入。</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Log in to propdesk</source>
      <translation>登入 propdesk</translation>
    </message>
    <message>
      <source>Log in with your user name and password.</source>
      <translation>請輸入使用者名稱和密碼登入。</translation>
    </message>
    <message>
      <source>{estate}, station {station}</source>
      <translation>{estate}，工作站 {station}</translation>
    </message>
  </context>
  <context>
    <name>LoginPanel</name>
    <message>
      <source>User name</source>
      <translation>使用者名稱</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密碼</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>登入</translation>
    </message>
    <message>
      <source>Quit propdesk</source>
      <translation>結束 propdesk</translation>
    </message>
    <message>
      <source>Opening the station…</source>
      <translation>正在開啟本站資料…</translation>
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
      <source>&amp;Quick search…</source>
      <translation>快速搜尋(&amp;Q)…</translation>
    </message>
    <message>
      <source>&amp;Backup now</source>
      <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>還原備份(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>鎖定(&amp;L)</translation>
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
      <source>&amp;Estate…</source>
      <translation>小區資訊(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Station…</source>
      <translation>工作站(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Auto-lock…</source>
      <translation>自動鎖定(&amp;A)…</translation>
    </message>
    <message>
      <source>Sync &amp;conflicts…</source>
      <translation>同步衝突(&amp;C)…</translation>
    </message>
    <message>
      <source>Storage: own copy, synced with the server</source>
      <translation>儲存：本機副本，與伺服器同步</translation>
    </message>
    <message>
      <source>That record cannot be shown here.</source>
      <translation>此處無法顯示該記錄。</translation>
    </message>
    <message>
      <source>&amp;Gate…</source>
      <translation>門崗(&amp;G)…</translation>
    </message>
    <message>
      <source>Service &amp;targets…</source>
      <translation>服務目標(&amp;T)…</translation>
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
      <source>Lock</source>
      <translation>鎖定</translation>
    </message>
    <message>
      <source>Lock the window for a change of shift (Ctrl+L)</source>
      <translation>交接班時鎖定視窗（Ctrl+L）</translation>
    </message>
    <message>
      <source>Gate</source>
      <translation>門崗</translation>
    </message>
    <message>
      <source>Repairs</source>
      <translation>報修工單</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>報表</translation>
    </message>
    <message>
      <source>Residents &amp;&amp; units</source>
      <translation>住戶與房號</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>使用者</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>稽核日誌</translation>
    </message>
    <message>
      <source>Locked after {n} minutes without use.</source>
      <translation>閒置 {n} 分鐘後已自動鎖定。</translation>
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
      <source>Locked</source>
      <translation>已鎖定</translation>
    </message>
    <message>
      <source>User: {name} ({role})</source>
      <translation>使用者：{name}（{role}）</translation>
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
      <source>The daily backup failed: {reason}</source>
      <translation>每日備份失敗：{reason}</translation>
    </message>
    <message>
      <source>Daily backup written: {name}</source>
      <translation>每日備份已寫入：{name}</translation>
    </message>
    <message>
      <source>Old visitor data blanked: {n} records.</source>
      <translation>已清除過期訪客資料：{n} 筆記錄。</translation>
    </message>
    <message>
      <source>Removing old visitor data failed: {reason}</source>
      <translation>清除過期訪客資料失敗：{reason}</translation>
    </message>
    <message>
      <source>Backup written and verified:
{path}</source>
      <translation>備份已寫入並驗證通過：
{path}</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>還原備份</translation>
    </message>
    <message>
      <source>propdesk backups (*.db)</source>
      <translation>propdesk 備份 (*.db)</translation>
    </message>
    <message>
      <source>Replace the database with the backup {name}?

Everything saved after that backup was made is replaced. The database as it is now is kept in the backup folder first.</source>
      <translation>用備份 {name} 取代目前的資料庫嗎？

該備份之後儲存的所有內容都將被取代。目前的資料庫會先保存到備份資料夾中。</translation>
    </message>
    <message>
      <source>The backup {name} was restored. The database as it was before is kept as:
{kept}</source>
      <translation>已還原備份 {name}。還原前的資料庫保存為：
{kept}</translation>
    </message>
    <message>
      <source>Your account is different in the restored database: log in again.</source>
      <translation>還原後的資料庫中您的帳號有所不同：請重新登入。</translation>
    </message>
    <message>
      <source>The new language is used after propdesk is restarted.</source>
      <translation>新語言將在重新啟動 propdesk 後生效。</translation>
    </message>
    <message>
      <source>Restart to apply</source>
      <translation>重新啟動後生效</translation>
    </message>
    <message>
      <source>Patrol</source>
      <translation>巡邏記錄</translation>
    </message>
    <message>
      <source>&amp;Patrol schedule…</source>
      <translation>巡邏計劃(&amp;P)…</translation>
    </message>
    <message>
      <source>Patrol &amp;routes and checkpoints…</source>
      <translation>巡邏路線與巡邏點(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Repairs…</source>
      <translation>報修(&amp;R)…</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>&amp;Complaints…</source>
      <translation>投訴(&amp;C)…</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>巡檢記錄</translation>
    </message>
    <message>
      <source>Assessments</source>
      <translation>月度考核</translation>
    </message>
    <message>
      <source>Work plan</source>
      <translation>工作計劃</translation>
    </message>
    <message>
      <source>Drills and training</source>
      <translation>演練培訓</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>社區活動</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>安全事件</translation>
    </message>
    <message>
      <source>Surveys</source>
      <translation>滿意度調查</translation>
    </message>
    <message>
      <source>Work logs</source>
      <translation>保潔綠化日誌</translation>
    </message>
  </context>
  <context>
    <name>ManagerCloseForm</name>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>why it closes without satisfaction</source>
      <translation>投訴人不滿意仍結案的原因</translation>
    </message>
  </context>
  <context>
    <name>MinutesBox</name>
    <message>
      <source> min</source>
      <translation> 分鐘</translation>
    </message>
  </context>
  <context>
    <name>MonthModel</name>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理數</translation>
    </message>
    <message>
      <source>In time</source>
      <translation>按時答覆</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>超時答覆</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期未答覆</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>未到答覆期限</translation>
    </message>
    <message>
      <source>In time %</source>
      <translation>按時答覆率</translation>
    </message>
  </context>
  <context>
    <name>MonthPanel</name>
    <message>
      <source>◀ Previous month</source>
      <translation>◀ 上個月</translation>
    </message>
    <message>
      <source>PageUp</source>
      <translation>PageUp</translation>
    </message>
    <message>
      <source>Next month ▶</source>
      <translation>下個月 ▶</translation>
    </message>
    <message>
      <source>PageDown</source>
      <translation>PageDown</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <source>Rounds of the month…</source>
      <translation>本月巡邏…</translation>
    </message>
    <message>
      <source>Every round started in the month, the abandoned ones included</source>
      <translation>本月開始的全部巡邏，含已中止的</translation>
    </message>
    <message>
      <source>&amp;Month</source>
      <translation>月份(&amp;M)</translation>
    </message>
    <message>
      <source>Enter or double-click: on a day its grid, on its late figure the late rounds; on a guard the rounds behind the figure. PageUp/PageDown: another month.</source>
      <translation>Enter 或雙擊：在某天上顯示當日巡邏表，在其遲到數上顯示遲到的巡邏；在巡邏人員上顯示該數字對應的巡邏。PageUp/PageDown：切換月份。</translation>
    </message>
    <message>
      <source>Per day</source>
      <translation>按日</translation>
    </message>
    <message>
      <source>Per guard</source>
      <translation>按巡邏人員</translation>
    </message>
    <message>
      <source>Patrol {title} {month}</source>
      <translation>巡邏{title} {month}</translation>
    </message>
    <message>
      <source>{month}: {slots} slots due: {on_time} on time, {late} late, {missed} missed ({percent} on time). {rounds} rounds walked, {extra} of them extra (no slot); {abandoned} abandoned.</source>
      <translation>{month}：應巡 {slots} 個時段：準時 {on_time}，遲到 {late}，漏巡 {missed}（準時率 {percent}）。實際巡邏 {rounds} 次，其中額外巡邏 {extra} 次（無對應時段）；中止 {abandoned} 次。</translation>
    </message>
    <message>
      <source>No patrol rounds are on record for this month.</source>
      <translation>本月沒有巡邏記錄。</translation>
    </message>
    <message>
      <source>{guard} — rounds on time {month}</source>
      <translation>{guard} — {month} 準時的巡邏</translation>
    </message>
    <message>
      <source>{guard} — late rounds {month}</source>
      <translation>{guard} — {month} 遲到的巡邏</translation>
    </message>
    <message>
      <source>{guard} — rounds walked too fast {month}</source>
      <translation>{guard} — {month} 打點過快的巡邏</translation>
    </message>
    <message>
      <source>{guard} — rounds {month}</source>
      <translation>{guard} — {month} 的巡邏</translation>
    </message>
    <message>
      <source>Late rounds of the slots of {day}</source>
      <translation>{day} 各時段的遲到巡邏</translation>
    </message>
    <message>
      <source>Patrol rounds of {month}</source>
      <translation>{month} 的巡邏</translation>
    </message>
  </context>
  <context>
    <name>NoticeDialog</name>
    <message>
      <source>Rectification notice</source>
      <translation>整改通知單</translation>
    </message>
    <message>
      <source>{item} · {place}: {finding}</source>
      <translation>{item} · {place}：{finding}</translation>
    </message>
    <message>
      <source>What to &amp;fix</source>
      <translation>整改要求(&amp;F)</translation>
    </message>
    <message>
      <source>Dead&amp;line</source>
      <translation>整改期限(&amp;L)</translation>
    </message>
  </context>
  <context>
    <name>NoticeFacts</name>
    <message>
      <source>Notice</source>
      <translation>通知單</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>巡檢單號</translation>
    </message>
    <message>
      <source>Checklist and area</source>
      <translation>檢查表及區域</translation>
    </message>
    <message>
      <source>Failed item</source>
      <translation>不合格項目</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>設施設備</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>發現問題</translation>
    </message>
    <message>
      <source>What to fix</source>
      <translation>整改內容</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>責任部門</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>開立時間</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Fix reported</source>
      <translation>整改完成</translation>
    </message>
    <message>
      <source>Fix note</source>
      <translation>整改說明</translation>
    </message>
    <message>
      <source>Closed by re-inspection</source>
      <translation>複檢關閉</translation>
    </message>
    <message>
      <source>Void reason</source>
      <translation>作廢原因</translation>
    </message>
    <message>
      <source>{number} on {time} by {person}</source>
      <translation>{person} 於 {time} 複檢（{number}）</translation>
    </message>
  </context>
  <context>
    <name>NoticeForm</name>
    <message>
      <source>Parking notice</source>
      <translation>違停告知單</translation>
    </message>
    <message>
      <source>e.g. fire lane behind building 5</source>
      <translation>例如：5 號樓後消防通道</translation>
    </message>
    <message>
      <source>Warning put on the windscreen</source>
      <translation>已在擋風玻璃上張貼告知單</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>選填</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>車牌</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>告知</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Rectification notice</source>
      <translation>整改通知單</translation>
    </message>
    <message>
      <source>{number} · {area} · failed: {item}</source>
      <translation>{number} · {area} · 不合格：{item}</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>責任部門</translation>
    </message>
    <message>
      <source>What to fix</source>
      <translation>整改內容</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Event notice</source>
      <translation>活動通知</translation>
    </message>
    <message>
      <source>The notice for the lobby: {theme}. A QR code is printed when you give its text.</source>
      <translation>張貼在大堂的活動通知：{theme}。填寫二維碼內容後，通知上會印出二維碼。</translation>
    </message>
    <message>
      <source>QR code</source>
      <translation>二維碼</translation>
    </message>
    <message>
      <source>sign-up link or phone number (optional)</source>
      <translation>報名連結或電話（可不填）</translation>
    </message>
  </context>
  <context>
    <name>OpenIncidentDialog</name>
    <message>
      <source>Open safety incident</source>
      <translation>轉為安全事件</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>主題</translation>
    </message>
    <message>
      <source>e.g. bicycle stolen from the bike shed</source>
      <translation>例如：車棚自行車被盜</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>事件經過</translation>
    </message>
  </context>
  <context>
    <name>OpenRepairForm</name>
    <message>
      <source>Open a repair ticket: complaint {number}</source>
      <translation>開報修工單：投訴 {number}</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>報修類別</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>緊急程度</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障描述</translation>
    </message>
  </context>
  <context>
    <name>OpenRoundsModel</name>
    <message>
      <source>Round</source>
      <translation>巡邏單號</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路線</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡邏人員</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>開始時間</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>已到點</translation>
    </message>
    <message>
      <source>{visited} of {total}</source>
      <translation>{visited}/{total}</translation>
    </message>
  </context>
  <context>
    <name>OpenTicketForm</name>
    <message>
      <source>Open repair ticket</source>
      <translation>開報修工單</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>報修類別</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>緊急程度</translation>
    </message>
  </context>
  <context>
    <name>PaperRoundDialog</name>
    <message>
      <source>Enter a paper round</source>
      <translation>紙本補錄巡邏</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路線</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡邏人員</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>開始時間</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>結束時間</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>HH:MM</source>
      <translation>HH:MM</translation>
    </message>
    <message>
      <source>The time on the sheet; empty: not reached</source>
      <translation>紙本表上的時間；留空表示未到</translation>
    </message>
    <message>
      <source>Issue</source>
      <translation>有問題</translation>
    </message>
  </context>
  <context>
    <name>ParetoModel</name>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>佔比</translation>
    </message>
    <message>
      <source>Cumulative</source>
      <translation>累計佔比</translation>
    </message>
    <message>
      <source>Vital few</source>
      <translation>關鍵少數</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>The categories that together make up the first 80% of complaints</source>
      <translation>累計佔投訴總數前 80% 的類別</translation>
    </message>
  </context>
  <context>
    <name>ParkingPanel</name>
    <message>
      <source>Filter by space, zone or plate</source>
      <translation>依車位、區域或車牌篩選</translation>
    </message>
    <message>
      <source>Parking spaces</source>
      <translation>車位</translation>
    </message>
    <message>
      <source>Void parking space</source>
      <translation>作廢車位</translation>
    </message>
  </context>
  <context>
    <name>ParkingSpaceForm</name>
    <message>
      <source>Parking space</source>
      <translation>車位</translation>
    </message>
    <message>
      <source>Space code</source>
      <translation>車位編號</translation>
    </message>
    <message>
      <source>Zone</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>e.g. 地下二层</source>
      <translation>例如：地下二樓</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
  </context>
  <context>
    <name>ParkingSpaces</name>
    <message>
      <source>Owned</source>
      <translation>產權車位</translation>
    </message>
    <message>
      <source>Rented</source>
      <translation>租賃車位</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>訪客</translation>
    </message>
  </context>
  <context>
    <name>ParkingSpacesTableModel</name>
    <message>
      <source>Parking space</source>
      <translation>車位</translation>
    </message>
    <message>
      <source>Zone</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>車輛</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>作廢原因</translation>
    </message>
  </context>
  <context>
    <name>PatrolGrid</name>
    <message>
      <source>Pending</source>
      <translation>待巡</translation>
    </message>
    <message>
      <source>{time} (next day)</source>
      <translation>次日 {time}</translation>
    </message>
    <message>
      <source>under way {visited}/{total}</source>
      <translation>進行中 {visited}/{total}</translation>
    </message>
    <message>
      <source>{skipped} skipped</source>
      <translation>漏打點 {skipped} 個</translation>
    </message>
    <message>
      <source>out of order</source>
      <translation>順序異常</translation>
    </message>
    <message>
      <source>too fast</source>
      <translation>過快</translation>
    </message>
    <message>
      <source>entered later</source>
      <translation>補錄</translation>
    </message>
    <message>
      <source>{n} issue(s)</source>
      <translation>{n} 個問題</translation>
    </message>
  </context>
  <context>
    <name>PatrolMonth</name>
    <message>
      <source>given up: {reason}</source>
      <translation>已中止：{reason}</translation>
    </message>
  </context>
  <context>
    <name>PatrolNames</name>
    <message>
      <source>Under way</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Abandoned</source>
      <translation>已中止</translation>
    </message>
    <message>
      <source>Extra round (no slot)</source>
      <translation>額外巡邏（無對應時段）</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>準時</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>遲到</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>漏巡</translation>
    </message>
    <message>
      <source>Scanned at the station</source>
      <translation>工作站掃碼</translation>
    </message>
    <message>
      <source>Entered later from paper</source>
      <translation>紙本補錄</translation>
    </message>
    <message>
      <source>Imported from a patrol wand</source>
      <translation>巡更棒匯入</translation>
    </message>
    <message>
      <source>Scanned</source>
      <translation>掃碼</translation>
    </message>
    <message>
      <source>Ticked by hand</source>
      <translation>手動勾選</translation>
    </message>
    <message>
      <source>From paper</source>
      <translation>紙本</translation>
    </message>
    <message>
      <source>From the wand</source>
      <translation>巡更棒</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>待巡</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>漏打點</translation>
    </message>
    <message>
      <source>{how}, issue</source>
      <translation>{how}，有問題</translation>
    </message>
    <message>
      <source>out of order</source>
      <translation>順序異常</translation>
    </message>
    <message>
      <source>too fast</source>
      <translation>過快</translation>
    </message>
    <message>
      <source>checkpoints out of order</source>
      <translation>打點順序異常</translation>
    </message>
    <message>
      <source>walked too fast</source>
      <translation>打點過快</translation>
    </message>
    <message>
      <source>entered later</source>
      <translation>補錄</translation>
    </message>
    <message>
      <source>Doors and windows</source>
      <translation>門窗</translation>
    </message>
    <message>
      <source>Fire equipment</source>
      <translation>消防設施</translation>
    </message>
    <message>
      <source>Lighting</source>
      <translation>照明</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>公共設施</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>治安</translation>
    </message>
    <message>
      <source>Hygiene</source>
      <translation>環境衛生</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>{number} ({state})</source>
      <translation>{number}（{state}）</translation>
    </message>
  </context>
  <context>
    <name>PatrolPrinting</name>
    <message>
      <source>Checkpoint labels</source>
      <translation>巡邏點標籤</translation>
    </message>
    <message>
      <source>Patrol log {day}</source>
      <translation>巡邏日誌 {day}</translation>
    </message>
  </context>
  <context>
    <name>PatrolSchedule</name>
    <message>
      <source>{window} every {minutes} min</source>
      <translation>{window} 每 {minutes} 分鐘一輪</translation>
    </message>
    <message>
      <source>late after {late} min, missed after {missed} min, at least {walk} min between checkpoints</source>
      <translation>超過 {late} 分鐘算遲到，超過 {missed} 分鐘算漏巡，兩個巡邏點之間至少 {walk} 分鐘</translation>
    </message>
    <message>
      <source>No schedule is in force today.</source>
      <translation>今天沒有生效的巡邏計劃。</translation>
    </message>
    <message>
      <source>From {day}: {schedule}</source>
      <translation>自 {day} 起：{schedule}</translation>
    </message>
  </context>
  <context>
    <name>PatrolTab</name>
    <message>
      <source>Enter paper round…</source>
      <translation>紙本補錄…</translation>
    </message>
    <message>
      <source>A round walked with a paper sheet, entered afterwards with its times</source>
      <translation>用紙本巡邏表完成的巡邏，事後按表上時間補錄</translation>
    </message>
    <message>
      <source>Import wand records…</source>
      <translation>匯入巡更棒記錄…</translation>
    </message>
    <message>
      <source>Rounds recorded by patrol wands, from the file their software exports</source>
      <translation>巡更棒記錄的巡邏，從其配套軟體匯出的檔案匯入</translation>
    </message>
    <message>
      <source>Routes and labels…</source>
      <translation>路線與標籤…</translation>
    </message>
    <message>
      <source>The routes, their checkpoints and the QR label sheets to print</source>
      <translation>巡邏路線、巡邏點，以及要列印的 QR 碼標籤頁</translation>
    </message>
    <message>
      <source>Day grid</source>
      <translation>當日巡邏表</translation>
    </message>
    <message>
      <source>Open findings</source>
      <translation>未處理發現</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月度統計</translation>
    </message>
    <message>
      <source>Paper round {number} of {route} entered: {verdict}.</source>
      <translation>已補錄紙本巡邏 {number}（{route}）：{verdict}。</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>Print {title}</source>
      <translation>列印 {title}</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <source>Print preview: {title}</source>
      <translation>列印預覽：{title}</translation>
    </message>
  </context>
  <context>
    <name>PhotoFileChoice</name>
    <message>
      <source>Photos ({patterns});;All files (*)</source>
      <translation>照片 ({patterns});;所有檔案 (*)</translation>
    </message>
  </context>
  <context>
    <name>PhotoListModel</name>
    <message>
      <source>Missing</source>
      <translation>檔案遺失</translation>
    </message>
    <message>
      <source>Cannot be read</source>
      <translation>無法讀取</translation>
    </message>
    <message>
      <source>Missing: the file is not in this console's photo folder (a backup restored without its photos, or the file was deleted).</source>
      <translation>檔案遺失：本機的照片資料夾中沒有此檔案（還原的備份可能不含照片，或檔案已被刪除）。</translation>
    </message>
    <message>
      <source>Cannot be read: the file is damaged or cut short.</source>
      <translation>無法讀取：檔案已損毀或不完整。</translation>
    </message>
    <message>
      <source>Cannot be read: this computer cannot show {kind} pictures.</source>
      <translation>無法讀取：本機無法顯示 {kind} 格式的圖片。</translation>
    </message>
  </context>
  <context>
    <name>PhotoViewer</name>
    <message>
      <source>This photo cannot be read.</source>
      <translation>無法讀取此照片。</translation>
    </message>
  </context>
  <context>
    <name>PlaceRepeatModel</name>
    <message>
      <source>Unit or area</source>
      <translation>房號或區域</translation>
    </message>
    <message>
      <source>In 90 days</source>
      <translation>90 天內次數</translation>
    </message>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>In the period</source>
      <translation>期內合計</translation>
    </message>
  </context>
  <context>
    <name>PlanEntryForm</name>
    <message>
      <source>Change plan entry</source>
      <translation>修改計劃項目</translation>
    </message>
    <message>
      <source>New plan entry</source>
      <translation>新增計劃項目</translation>
    </message>
    <message>
      <source>Topic:</source>
      <translation>類別：</translation>
    </message>
    <message>
      <source>Due by:</source>
      <translation>完成期限：</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>備註：</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <source>Topic</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation>完成期限</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Done by session</source>
      <translation>完成記錄</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備註</translation>
    </message>
  </context>
  <context>
    <name>PlanPanel</name>
    <message>
      <source>Adopt the default plan</source>
      <translation>採用預設計劃</translation>
    </message>
    <message>
      <source>Add entry…</source>
      <translation>新增項目…</translation>
    </message>
    <message>
      <source>Void entry…</source>
      <translation>作廢項目…</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>{total} entries: {done} done, {due} due, {overdue} overdue</source>
      <translation>共 {total} 項：已完成 {done}，即將到期 {due}，已逾期 {overdue}</translation>
    </message>
    <message>
      <source>No plan for this year yet.</source>
      <translation>本年度尚未制定計劃。</translation>
    </message>
    <message>
      <source>Void plan entry</source>
      <translation>作廢計劃項目</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>原因：</translation>
    </message>
  </context>
  <context>
    <name>PromiseForm</name>
    <message>
      <source>Promise an answer by</source>
      <translation>設定承諾答覆時間</translation>
    </message>
    <message>
      <source>Answer promised by</source>
      <translation>承諾答覆時間</translation>
    </message>
  </context>
  <context>
    <name>PurposePicks</name>
    <message>
      <source>Delivery</source>
      <translation>快遞</translation>
    </message>
    <message>
      <source>Food delivery</source>
      <translation>外送</translation>
    </message>
    <message>
      <source>Visiting friends</source>
      <translation>訪友</translation>
    </message>
    <message>
      <source>Housekeeping</source>
      <translation>家政</translation>
    </message>
    <message>
      <source>Renovation</source>
      <translation>裝修</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
  </context>
  <context>
    <name>QuickEntryDialog</name>
    <message>
      <source>Log an area's day</source>
      <translation>整區錄入</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Every row is done unless flipped: Space toggles, N marks not done and asks the reason; F2 edits a cell; Ctrl+Enter saves them all, Esc cancels.</source>
      <translation>每行預設為已完成：空白鍵切換完成/未完成，N 標為未完成並填寫原因；F2 編輯儲存格；Ctrl+Enter 全部儲存，Esc 取消。</translation>
    </message>
    <message>
      <source>Save all (Ctrl+Enter)</source>
      <translation>全部儲存（Ctrl+Enter）</translation>
    </message>
    <message>
      <source>Every task of this area is logged for that day.</source>
      <translation>該區域當天的任務已全部記錄。</translation>
    </message>
    <message>
      <source>No task is planned for this area that day.</source>
      <translation>該區域當天沒有計劃任務。</translation>
    </message>
    <message>
      <source>Enter the time as hours and minutes, e.g. 7:30.</source>
      <translation>請按時:分輸入時間，例如 7:30。</translation>
    </message>
  </context>
  <context>
    <name>QuickEntryModel</name>
    <message>
      <source>Task</source>
      <translation>工作內容</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>工種</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>完成情況</translation>
    </message>
    <message>
      <source>Done by</source>
      <translation>執行人</translation>
    </message>
    <message>
      <source>Reason not done</source>
      <translation>未完成原因</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Space: done / not done; N: not done and type the reason</source>
      <translation>空白鍵：完成/未完成；N：未完成並填寫原因</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>{result} (logged)</source>
      <translation>{result}（已記錄）</translation>
    </message>
  </context>
  <context>
    <name>QuickSearch</name>
    <message>
      <source>Units</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住戶</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>車輛</translation>
    </message>
    <message>
      <source>Access cards</source>
      <translation>門禁卡</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>業主</translation>
    </message>
    <message>
      <source>tenant</source>
      <translation>租戶</translation>
    </message>
    <message>
      <source>family</source>
      <translation>家庭成員</translation>
    </message>
    <message>
      <source>moved out</source>
      <translation>已遷出</translation>
    </message>
    <message>
      <source>lost</source>
      <translation>已掛失</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>已註銷</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>已退卡</translation>
    </message>
    <message>
      <source>inside now</source>
      <translation>在場</translation>
    </message>
    <message>
      <source>used</source>
      <translation>已使用</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>已過期</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>不合格</translation>
    </message>
    <message>
      <source>Showing the first {shown} of {total} — type more to narrow it</source>
      <translation>共 {total} 筆，僅顯示前 {shown} 筆 — 繼續輸入可縮小範圍</translation>
    </message>
    <message>
      <source>Patrol rounds</source>
      <translation>巡邏記錄</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>Inside now</source>
      <translation>目前在場</translation>
    </message>
    <message>
      <source>Visitor passes</source>
      <translation>臨時出入證</translation>
    </message>
    <message>
      <source>Vehicle permits</source>
      <translation>臨時停車證</translation>
    </message>
    <message>
      <source>Release slips</source>
      <translation>放行條</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>報修工單</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>Inquiries</source>
      <translation>諮詢</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>巡檢記錄</translation>
    </message>
    <message>
      <source>Rectification notices</source>
      <translation>整改通知單</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>設施設備</translation>
    </message>
    <message>
      <source>Monthly assessments</source>
      <translation>月度考核</translation>
    </message>
    <message>
      <source>Drills and training</source>
      <translation>演練培訓</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>社區活動</translation>
    </message>
    <message>
      <source>Safety incidents</source>
      <translation>安全事件</translation>
    </message>
    <message>
      <source>Survey rounds</source>
      <translation>滿意度調查</translation>
    </message>
    <message>
      <source>Work logs</source>
      <translation>保潔綠化日誌</translation>
    </message>
  </context>
  <context>
    <name>QuickSearchDialog</name>
    <message>
      <source>Quick search</source>
      <translation>快速搜尋</translation>
    </message>
    <message>
      <source>Unit, name, pinyin, phone tail, plate, card, or a number (FK, CL, FX, WX…)</source>
      <translation>房號、姓名、拼音、電話末碼、車牌、卡號或單號（FK、CL、FX、WX…）</translation>
    </message>
    <message>
      <source>{n} found</source>
      <translation>找到 {n} 筆</translation>
    </message>
  </context>
  <context>
    <name>QuoteForm</name>
    <message>
      <source>yuan, e.g. 85.50</source>
      <translation>元，例如 85.50</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分鐘</translation>
    </message>
    <message>
      <source>Labour (¥)</source>
      <translation>人工費（元）</translation>
    </message>
    <message>
      <source>Materials (¥)</source>
      <translation>材料費（元）</translation>
    </message>
    <message>
      <source>Expected duration</source>
      <translation>預計工時</translation>
    </message>
  </context>
  <context>
    <name>RecordTable</name>
    <message>
      <source>Nothing to show</source>
      <translation>暫無</translation>
    </message>
  </context>
  <context>
    <name>RectificationNames</name>
    <message>
      <source>{state} · overdue</source>
      <translation>{state} · 逾期</translation>
    </message>
    <message>
      <source>Monthly assessment {number}</source>
      <translation>月度考核 {number}</translation>
    </message>
    <message>
      <source>Monthly assessment</source>
      <translation>月度考核</translation>
    </message>
    <message>
      <source>Live: open or awaiting re-inspection</source>
      <translation>未關閉：待整改或待複檢</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已關閉</translation>
    </message>
    <message>
      <source>All notices</source>
      <translation>全部通知單</translation>
    </message>
  </context>
  <context>
    <name>RectificationPanel</name>
    <message>
      <source>&amp;Show</source>
      <translation>顯示(&amp;S)</translation>
    </message>
    <message>
      <source>Fix reported…</source>
      <translation>回報整改完成…</translation>
    </message>
    <message>
      <source>Re-inspection…</source>
      <translation>複檢…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作廢…</translation>
    </message>
    <message>
      <source>Print notice…</source>
      <translation>列印通知單…</translation>
    </message>
    <message>
      <source>Notices {first}–{last}</source>
      <translation>通知單 {first}–{last}</translation>
    </message>
    <message>
      <source>No notices</source>
      <translation>沒有整改通知單</translation>
    </message>
  </context>
  <context>
    <name>RectificationTableModel</name>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>責任部門</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>檢查表</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>檢查項目</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>開立時間</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>巡檢單號</translation>
    </message>
  </context>
  <context>
    <name>RefuseForm</name>
    <message>
      <source>optional: why the resident refused</source>
      <translation>選填：住戶拒絕的原因</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>RegisterPanel</name>
    <message>
      <source>Show voided</source>
      <translation>顯示已作廢</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>編輯…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作廢…</translation>
    </message>
    <message>
      <source>{n} in all</source>
      <translation>共 {n} 筆</translation>
    </message>
    <message>
      <source>{shown} of {total} shown</source>
      <translation>顯示 {shown} 筆，共 {total} 筆</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>ReleaseSlipForm</name>
    <message>
      <source>New release slip</source>
      <translation>開具放行條</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如 3-2-1502</translation>
    </message>
    <message>
      <source>the owner, or the manager who approved</source>
      <translation>業主本人，或批准的物業經理</translation>
    </message>
    <message>
      <source>e.g. an old sofa and two chairs</source>
      <translation>例如：舊沙發一張、椅子兩把</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>授權方</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>物品</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
  </context>
  <context>
    <name>ReleaseSlipTableModel</name>
    <message>
      <source>owner</source>
      <translation>業主</translation>
    </message>
    <message>
      <source>management</source>
      <translation>物業</translation>
    </message>
    <message>
      <source>Slip number</source>
      <translation>放行條編號</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>物品</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>授權方</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
  </context>
  <context>
    <name>ReleaseSlipsPanel</name>
    <message>
      <source>New release slip…</source>
      <translation>開具放行條…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>列印…</translation>
    </message>
    <message>
      <source>Void slip…</source>
      <translation>作廢放行條…</translation>
    </message>
    <message>
      <source>Void release slip {number}</source>
      <translation>作廢放行條 {number}</translation>
    </message>
  </context>
  <context>
    <name>RepairDetail</name>
    <message>
      <source>paid repair</source>
      <translation>有償維修</translation>
    </message>
    <message>
      <source>free repair</source>
      <translation>免費維修</translation>
    </message>
    <message>
      <source>{location} ({charge})</source>
      <translation>{location}（{charge}）</translation>
    </message>
    <message>
      <source>labour {labour} + materials {materials} = {total}, about {time}</source>
      <translation>人工費 {labour} + 材料費 {materials} = {total}，預計 {time}</translation>
    </message>
    <message>
      <source>approved {time}</source>
      <translation>{time} 已同意</translation>
    </message>
    <message>
      <source>refused {time}</source>
      <translation>{time} 已拒絕</translation>
    </message>
    <message>
      <source>waiting for the resident's answer</source>
      <translation>等待住戶答覆</translation>
    </message>
    <message>
      <source>{quote}; {answer}</source>
      <translation>{quote}；{answer}</translation>
    </message>
    <message>
      <source>materials: {list}</source>
      <translation>材料：{list}</translation>
    </message>
    <message>
      <source>{time}, {channel}, taken by {user}</source>
      <translation>{time}，{channel}，受理人 {user}</translation>
    </message>
    <message>
      <source>Reported on</source>
      <translation>報修</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>報修人</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>維修工</translation>
    </message>
    <message>
      <source>Diagnosis</source>
      <translation>診斷結果</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>報價</translation>
    </message>
    <message>
      <source>Resident's answer</source>
      <translation>住戶答覆</translation>
    </message>
    <message>
      <source>Work done</source>
      <translation>維修內容</translation>
    </message>
    <message>
      <source>Signed off by</source>
      <translation>簽名人</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>回訪</translation>
    </message>
    <message>
      <source>Cancelled because</source>
      <translation>取消原因</translation>
    </message>
    <message>
      <source>arrived after {time}, within the limit</source>
      <translation>{time} 後到場，未逾時</translation>
    </message>
    <message>
      <source>arrived after {time}, {late} late</source>
      <translation>{time} 後到場，逾時 {late}</translation>
    </message>
    <message>
      <source>OVERDUE by {time} (due {due})</source>
      <translation>已逾時 {time}（應於 {due} 前到場）</translation>
    </message>
    <message>
      <source>nobody went (ended before the arrival)</source>
      <translation>未到場（到場前已結束）</translation>
    </message>
    <message>
      <source>{time} left (due {due})</source>
      <translation>剩餘 {time}（應於 {due} 前到場）</translation>
    </message>
    <message>
      <source>paused: waiting for the resident since {time}</source>
      <translation>計時暫停：自 {time} 起等待住戶確認</translation>
    </message>
    <message>
      <source>{time} waiting for the resident (not counted)</source>
      <translation>等待住戶 {time}（不計入）</translation>
    </message>
    <message>
      <source>nothing recorded since {time}</source>
      <translation>自 {time} 起無處理記錄</translation>
    </message>
    <message>
      <source>Arrival</source>
      <translation>到場</translation>
    </message>
    <message>
      <source>Elapsed</source>
      <translation>已用時</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>暫停</translation>
    </message>
    <message>
      <source>Elapsed less waits</source>
      <translation>扣除等待後用時</translation>
    </message>
    <message>
      <source>Stale</source>
      <translation>久未處理</translation>
    </message>
  </context>
  <context>
    <name>RepairFromInquiryForm</name>
    <message>
      <source>Make a repair ticket of the inquiry</source>
      <translation>諮詢轉為報修工單</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>報修類別</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>緊急程度</translation>
    </message>
    <message>
      <source>Common area</source>
      <translation>公共區域</translation>
    </message>
    <message>
      <source>Where, as the asker gave no unit</source>
      <translation>諮詢人未提供房號，請填寫地點</translation>
    </message>
  </context>
  <context>
    <name>RepairNames</name>
    <message>
      <source>Reported</source>
      <translation>已報修</translation>
    </message>
    <message>
      <source>Dispatched</source>
      <translation>已派工</translation>
    </message>
    <message>
      <source>Technician on site</source>
      <translation>已到場</translation>
    </message>
    <message>
      <source>Diagnosed</source>
      <translation>已診斷</translation>
    </message>
    <message>
      <source>Waiting for approval</source>
      <translation>待住戶確認報價</translation>
    </message>
    <message>
      <source>Quote approved</source>
      <translation>報價已確認</translation>
    </message>
    <message>
      <source>Being repaired</source>
      <translation>維修中</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>已完工</translation>
    </message>
    <message>
      <source>Signed off</source>
      <translation>已簽名確認</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>已回訪</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已關閉</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>已解決</translation>
    </message>
    <message>
      <source>quote refused</source>
      <translation>住戶拒絕報價</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Emergency</source>
      <translation>緊急</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>加急</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Plumbing</source>
      <translation>給排水</translation>
    </message>
    <message>
      <source>Electrical</source>
      <translation>電路電器</translation>
    </message>
    <message>
      <source>Lift</source>
      <translation>電梯</translation>
    </message>
    <message>
      <source>Doors and locks</source>
      <translation>門窗鎖具</translation>
    </message>
    <message>
      <source>Leaks and cracks</source>
      <translation>滲漏裂縫</translation>
    </message>
    <message>
      <source>Fire equipment</source>
      <translation>消防設施</translation>
    </message>
    <message>
      <source>Public facilities</source>
      <translation>公共設施</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Hotline</source>
      <translation>服務專線</translation>
    </message>
    <message>
      <source>At the front desk</source>
      <translation>櫃檯來訪</translation>
    </message>
    <message>
      <source>Found on patrol</source>
      <translation>巡邏發現</translation>
    </message>
    <message>
      <source>Found in an inspection</source>
      <translation>巡檢發現</translation>
    </message>
    <message>
      <source>From a complaint</source>
      <translation>投訴轉報修</translation>
    </message>
    <message>
      <source>Reassigned</source>
      <translation>已改派</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>已到場</translation>
    </message>
    <message>
      <source>Quoted</source>
      <translation>已報價</translation>
    </message>
    <message>
      <source>Quote refused</source>
      <translation>住戶拒絕報價</translation>
    </message>
    <message>
      <source>Repair started</source>
      <translation>開始維修</translation>
    </message>
    <message>
      <source>Dispatch…</source>
      <translation>派工…</translation>
    </message>
    <message>
      <source>Reassign…</source>
      <translation>改派…</translation>
    </message>
    <message>
      <source>Diagnose…</source>
      <translation>診斷…</translation>
    </message>
    <message>
      <source>Quote…</source>
      <translation>報價…</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>住戶同意</translation>
    </message>
    <message>
      <source>Refused…</source>
      <translation>住戶拒絕…</translation>
    </message>
    <message>
      <source>Start repair</source>
      <translation>開始維修</translation>
    </message>
    <message>
      <source>Completed…</source>
      <translation>完工…</translation>
    </message>
    <message>
      <source>Sign off…</source>
      <translation>簽名確認…</translation>
    </message>
    <message>
      <source>Follow-up…</source>
      <translation>回訪…</translation>
    </message>
    <message>
      <source>Close ticket</source>
      <translation>關閉工單</translation>
    </message>
    <message>
      <source>Cancel…</source>
      <translation>取消工單…</translation>
    </message>
    <message>
      <source>{days} d {hours} h</source>
      <translation>{days} 天 {hours} 小時</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} 小時 {minutes} 分鐘</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} 分鐘</translation>
    </message>
  </context>
  <context>
    <name>RepairSettingsDialog</name>
    <message>
      <source>Repair settings</source>
      <translation>報修設定</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>An open ticket with no step recorded for this long is flagged; one waiting for the resident's answer to a quote is not.</source>
      <translation>未完成的工單超過此時長無任何處理記錄，即標記為久未處理；等待住戶確認報價的工單除外。</translation>
    </message>
    <message>
      <source>A technician arrives within, from the report:</source>
      <translation>維修工到場時限（自報修起算）：</translation>
    </message>
    <message>
      <source>Emergency</source>
      <translation>緊急</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>加急</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Flag as stale after</source>
      <translation>久未處理判定時長</translation>
    </message>
    <message>
      <source>A new limit applies to tickets reported from now on; open tickets keep the arrival time they were given.</source>
      <translation>新時限僅適用於此後報修的工單；未完成的工單仍按原定到場時間計算。</translation>
    </message>
  </context>
  <context>
    <name>RepairTickets</name>
    <message>
      <source>{state} ({outcome})</source>
      <translation>{state}（{outcome}）</translation>
    </message>
    <message>
      <source>Arrival overdue (due {time})</source>
      <translation>到場已逾時（應於 {time} 前到場）</translation>
    </message>
    <message>
      <source>Nothing recorded since {time}</source>
      <translation>自 {time} 起無任何處理記錄</translation>
    </message>
    <message>
      <source>Arrival due {time}</source>
      <translation>應於 {time} 前到場</translation>
    </message>
  </context>
  <context>
    <name>RepairsTab</name>
    <message>
      <source>New ticket (F2)</source>
      <translation>新增報修 (F2)</translation>
    </message>
    <message>
      <source>Tickets</source>
      <translation>工單列表</translation>
    </message>
    <message>
      <source>Double-click: this technician's open tickets</source>
      <translation>按兩下：查看該維修工的未完成工單</translation>
    </message>
    <message>
      <source>Workload</source>
      <translation>工作量</translation>
    </message>
    <message>
      <source>Backlog</source>
      <translation>積壓工單</translation>
    </message>
    <message>
      <source>Repair workload</source>
      <translation>維修工作量</translation>
    </message>
    <message>
      <source>Repair backlog</source>
      <translation>積壓的報修工單</translation>
    </message>
    <message>
      <source>Ticket {number} opened: {location}</source>
      <translation>已新增工單 {number}：{location}</translation>
    </message>
    <message>
      <source>Ticket {number}: {step}</source>
      <translation>工單 {number}：{step}</translation>
    </message>
  </context>
  <context>
    <name>ReportOptions</name>
    <message>
      <source>The month to report; the latest is the current one</source>
      <translation>報告的月份；最晚可選當月</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>PDF 文件</translation>
    </message>
    <message>
      <source>Excel workbook</source>
      <translation>Excel 活頁簿</translation>
    </message>
    <message>
      <source>&amp;Month:</source>
      <translation>月份(&amp;M)：</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>語言(&amp;L)：</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>格式(&amp;F)：</translation>
    </message>
  </context>
  <context>
    <name>ReportsTab</name>
    <message>
      <source>Your role may read reports here but not make them.</source>
      <translation>您的角色可以檢視報表，但不能產生報表。</translation>
    </message>
    <message>
      <source>Monthly operations report</source>
      <translation>月度營運報告</translation>
    </message>
    <message>
      <source>The month's service targets, gate traffic, repairs and open tickets, with the signature block (PDF). The workbook adds the gate by day and the month's gate journal and repair tickets, without names or phones.</source>
      <translation>當月的服務目標、門崗出入、報修及未完成工單，附簽名欄（PDF）。活頁簿另含門崗每日統計及當月的門崗日誌和報修工單，不含姓名和電話。</translation>
    </message>
    <message>
      <source>Pre&amp;view…</source>
      <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
      <source>Show the PDF's pages before printing</source>
      <translation>列印前檢視 PDF 的各頁</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>列印(&amp;P)…</translation>
    </message>
    <message>
      <source>Print the PDF on a printer you choose</source>
      <translation>在所選印表機上列印 PDF</translation>
    </message>
    <message>
      <source>&amp;Save as…</source>
      <translation>另存新檔(&amp;S)…</translation>
    </message>
    <message>
      <source>Save the PDF or the workbook in a file</source>
      <translation>將 PDF 或活頁簿儲存為檔案</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>取消(&amp;C)</translation>
    </message>
    <message>
      <source>Monthly workbook {month}</source>
      <translation>月度活頁簿 {month}</translation>
    </message>
    <message>
      <source>Monthly report {month}</source>
      <translation>月度報告 {month}</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Save the monthly report</source>
      <translation>儲存月度報告</translation>
    </message>
    <message>
      <source>Making the report for {month}…</source>
      <translation>正在產生 {month} 的報告…</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>已儲存：{path}</translation>
    </message>
    <message>
      <source>Choose a printer…</source>
      <translation>請選擇印表機…</translation>
    </message>
    <message>
      <source>Printing cancelled.</source>
      <translation>已取消列印。</translation>
    </message>
    <message>
      <source>The printer could not be started; nothing was printed.</source>
      <translation>無法啟動印表機，未列印任何內容。</translation>
    </message>
    <message>
      <source>Sent {n} pages to the printer.</source>
      <translation>已將 {n} 頁傳送到印表機。</translation>
    </message>
    <message>
      <source>Cancelled; nothing was written.</source>
      <translation>已取消，未寫入任何檔案。</translation>
    </message>
    <message>
      <source>The report could not be made.</source>
      <translation>無法產生報告。</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>New password for {name} ({username}). Tell it to them in person.</source>
      <translation>為 {name}（{username}）設定新密碼。請當面告知本人。</translation>
    </message>
    <message>
      <source>Reset password</source>
      <translation>重設密碼</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>新密碼</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>確認密碼</translation>
    </message>
  </context>
  <context>
    <name>ResidentForm</name>
    <message>
      <source>Resident of {unit}</source>
      <translation>{unit} 的住戶</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>業主</translation>
    </message>
    <message>
      <source>Tenant</source>
      <translation>租戶</translation>
    </message>
    <message>
      <source>Family member</source>
      <translation>家庭成員</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>選填</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>住戶類型</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>Second phone</source>
      <translation>備用電話</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>證件號碼</translation>
    </message>
    <message>
      <source>(key missing)</source>
      <translation>（缺少金鑰）</translation>
    </message>
    <message>
      <source>Moved in</source>
      <translation>入住日期</translation>
    </message>
  </context>
  <context>
    <name>ResidentsTab</name>
    <message>
      <source>Filter units, e.g. 3-2-15</source>
      <translation>篩選房號，例如 3-2-15</translation>
    </message>
    <message>
      <source>Add unit…</source>
      <translation>新增房號…</translation>
    </message>
    <message>
      <source>Add resident…</source>
      <translation>新增住戶…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>編輯…</translation>
    </message>
    <message>
      <source>Moved out today</source>
      <translation>今日遷出</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作廢…</translation>
    </message>
    <message>
      <source>Issue card…</source>
      <translation>發卡…</translation>
    </message>
    <message>
      <source>Report lost…</source>
      <translation>掛失…</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>註銷…</translation>
    </message>
    <message>
      <source>Register vehicle…</source>
      <translation>登記車輛…</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住戶</translation>
    </message>
    <message>
      <source>Units and residents</source>
      <translation>房號與住戶</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>樓棟</translation>
    </message>
    <message>
      <source>Parking spaces</source>
      <translation>車位</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Access cards</source>
      <translation>門禁卡</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>車輛</translation>
    </message>
    <message>
      <source>Import from Excel…</source>
      <translation>從 Excel 匯入…</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>變更記錄…</translation>
    </message>
    <message>
      <source>All buildings</source>
      <translation>全部樓棟</translation>
    </message>
    <message>
      <source>Building {code}</source>
      <translation>{code} 棟</translation>
    </message>
    <message>
      <source>Select a unit</source>
      <translation>請選擇房號</translation>
    </message>
    <message>
      <source>, {area} m²</source>
      <translation>，{area} ㎡</translation>
    </message>
    <message>
      <source>Unit {code}</source>
      <translation>房號 {code}</translation>
    </message>
    <message>
      <source>Record that {name} moved out of {unit} today?</source>
      <translation>登記 {name} 今天從 {unit} 遷出？</translation>
    </message>
    <message>
      <source>Void resident</source>
      <translation>作廢住戶</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>發卡</translation>
    </message>
    <message>
      <source>Excel import</source>
      <translation>Excel 匯入</translation>
    </message>
    <message>
      <source>{when}: {old} → {new} ({reason}, {user})</source>
      <translation>{when}：{old} → {new}（{reason}，{user}）</translation>
    </message>
    <message>
      <source>No changes recorded.</source>
      <translation>沒有變更記錄。</translation>
    </message>
    <message>
      <source>Card {number}</source>
      <translation>門禁卡 {number}</translation>
    </message>
    <message>
      <source>Report card lost</source>
      <translation>門禁卡掛失</translation>
    </message>
    <message>
      <source>Revoke card</source>
      <translation>註銷門禁卡</translation>
    </message>
    <message>
      <source>Void vehicle</source>
      <translation>作廢車輛</translation>
    </message>
  </context>
  <context>
    <name>ResidentsTableModel</name>
    <message>
      <source>Owner</source>
      <translation>業主</translation>
    </message>
    <message>
      <source>Tenant</source>
      <translation>租戶</translation>
    </message>
    <message>
      <source>Family member</source>
      <translation>家庭成員</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>住戶類型</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>證件號碼</translation>
    </message>
    <message>
      <source>Moved in</source>
      <translation>入住日期</translation>
    </message>
    <message>
      <source>Moved out</source>
      <translation>遷出日期</translation>
    </message>
  </context>
  <context>
    <name>ResolveForm</name>
    <message>
      <source>Finding dealt with</source>
      <translation>巡邏發現已處理</translation>
    </message>
    <message>
      <source>How it was dealt with</source>
      <translation>處理結果</translation>
    </message>
    <message>
      <source>e.g. door locked again</source>
      <translation>例如：已重新鎖門</translation>
    </message>
  </context>
  <context>
    <name>ResponseEntryDialog</name>
    <message>
      <source>Responses: {name}</source>
      <translation>錄入問卷：{name}</translation>
    </message>
    <message>
      <source>Type the unit, then one digit per question ({n} questions): 5 very satisfied, 4 satisfied, 3 neutral, 2 dissatisfied, 1 very dissatisfied, 0 not answered. Enter saves and starts the next form; Esc closes.</source>
      <translation>先輸入房號，再每題輸入一個數字（共 {n} 題）：5 非常滿意、4 滿意、3 一般、2 不滿意、1 非常不滿意、0 未作答。按 Enter 儲存並錄入下一份；按 Esc 關閉。</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>評價</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意見</translation>
    </message>
    <message>
      <source>Comment about</source>
      <translation>意見涉及</translation>
    </message>
    <message>
      <source>nobody registered</source>
      <translation>無登記住戶</translation>
    </message>
    <message>
      <source>already answered on {day}</source>
      <translation>已於 {day} 提交</translation>
    </message>
    <message>
      <source>{typed} of {n} typed</source>
      <translation>已輸入 {typed} / {n}</translation>
    </message>
    <message>
      <source>only 0–5</source>
      <translation>只能輸入 0–5</translation>
    </message>
    <message>
      <source>Unit {unit} has already answered this round. Does this form replace its earlier response?</source>
      <translation>房號 {unit} 已提交過本次問卷。是否用這份問卷替換原問卷？</translation>
    </message>
    <message>
      <source>Saved {unit} ({n} this session).</source>
      <translation>已儲存 {unit}（本次共 {n} 份）。</translation>
    </message>
  </context>
  <context>
    <name>ResponseModel</name>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>評價</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已作答</translation>
    </message>
    <message>
      <source>Comment about</source>
      <translation>意見涉及</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意見</translation>
    </message>
    <message>
      <source>Entered</source>
      <translation>錄入時間</translation>
    </message>
    <message>
      <source>Entered by</source>
      <translation>錄入人</translation>
    </message>
    <message>
      <source>Void reason</source>
      <translation>作廢原因</translation>
    </message>
  </context>
  <context>
    <name>RestoreOfferDialog</name>
    <message>
      <source>The database is damaged</source>
      <translation>資料庫已損壞</translation>
    </message>
    <message>
      <source>Restoring copies this backup in as the database; then propdesk starts as usual and asks you to log in. What was saved after the backup was made is not in it.</source>
      <translation>還原時會將此備份複製為資料庫，然後 propdesk 照常啟動並要求登入。備份之後儲存的內容不在其中。</translation>
    </message>
    <message>
      <source>This file holds no estate: restoring it starts with an empty office.</source>
      <translation>此檔案中沒有設定小區：還原後服務中心將從空白資料開始。</translation>
    </message>
    <message>
      <source>Restore this backup and start</source>
      <translation>還原此備份並啟動</translation>
    </message>
    <message>
      <source>Choose another backup file…</source>
      <translation>選擇其他備份檔案…</translation>
    </message>
    <message>
      <source>Start a new empty database…</source>
      <translation>建立空白資料庫…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>結束</translation>
    </message>
    <message>
      <source>Looking for the newest backup of this office in {folder}…</source>
      <translation>正在 {folder} 中尋找本服務中心最新的備份…</translation>
    </message>
    <message>
      <source>Restoring {name}: its copy is checked in full, then the database is opened (for a large office this takes a few minutes)…</source>
      <translation>正在還原 {name}：先完整檢查其副本，再開啟資料庫（資料量大的服務中心需要幾分鐘）…</translation>
    </message>
    <message>
      <source>The database file could not be read: it is damaged or is not a propdesk database. It was moved aside and kept; nothing was deleted:
{path}</source>
      <translation>無法讀取資料庫檔案：檔案已損壞或不是 propdesk 資料庫。該檔案已移到別處保留，沒有刪除任何內容：
{path}</translation>
    </message>
    <message>
      <source>The database file could not be read: it is damaged or is not a propdesk database. Nothing was deleted; before a backup replaces it, a copy of it is kept in the backup folder:
{path}</source>
      <translation>無法讀取資料庫檔案：檔案已損壞或不是 propdesk 資料庫。沒有刪除任何內容；用備份取代它之前，會先在備份資料夾中保留一份副本：
{path}</translation>
    </message>
    <message>
      <source>No backup holding this office's data was found in the backup folder:
{folder}

What to do: copy a backup file of this office (a .db file, for example from a USB stick or another computer) into that folder and choose it with “Choose another backup file…”. Start a new empty database only when this office has no backup anywhere: its residents, gate records, repair tickets and patrol rounds would start from nothing.</source>
      <translation>備份資料夾中沒有找到本服務中心資料的備份：
{folder}

處理方法：將本服務中心的備份檔案（.db 檔案，例如從隨身碟或其他電腦上）複製到該資料夾，然後透過「選擇其他備份檔案…」選擇它。只有在本服務中心任何地方都沒有備份時，才建立空白資料庫：住戶、門崗記錄、報修工單和巡邏記錄都將從零開始。</translation>
    </message>
    <message>
      <source>The newest good backup</source>
      <translation>最新的完好備份</translation>
    </message>
    <message>
      <source>The chosen backup</source>
      <translation>所選備份</translation>
    </message>
    <message>
      <source>Choose a backup to restore</source>
      <translation>選擇要還原的備份</translation>
    </message>
    <message>
      <source>propdesk backups (*.db);;All files (*)</source>
      <translation>propdesk 備份 (*.db);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>正在驗證 {name}…</translation>
    </message>
    <message>
      <source>Start with a new, empty database?

None of this office's records are in it: residents, gate records, repair tickets and patrol rounds start from nothing. The damaged file stays where it was kept. Do this only when this office has no backup anywhere.</source>
      <translation>要使用一個新的空白資料庫開始嗎？

其中沒有本服務中心的任何記錄：住戶、門崗記錄、報修工單和巡邏記錄都將從零開始。損壞的檔案仍保留在原保存位置。只有在本服務中心任何地方都沒有備份時才這樣做。</translation>
    </message>
    <message>
      <source>Start a new empty database</source>
      <translation>建立空白資料庫</translation>
    </message>
    <message>
      <source>Making a new, empty database…</source>
      <translation>正在建立空白資料庫…</translation>
    </message>
  </context>
  <context>
    <name>ResultExport</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>Administrator</source>
      <translation>管理員</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>經理</translation>
    </message>
    <message>
      <source>Clerk</source>
      <translation>客服</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>保安</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>維修工</translation>
    </message>
    <message>
      <source>Owners' committee</source>
      <translation>業委會</translation>
    </message>
  </context>
  <context>
    <name>RoundCheckpointsModel</name>
    <message>
      <source>Code</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>異常標記</translation>
    </message>
  </context>
  <context>
    <name>RoundDetailDialog</name>
    <message>
      <source>Route</source>
      <translation>路線</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡邏人員</translation>
    </message>
    <message>
      <source>Walked</source>
      <translation>巡邏時間</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>時段</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>記錄方式</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>異常標記</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>漏打點</translation>
    </message>
    <message>
      <source>Abandoned because</source>
      <translation>中止原因</translation>
    </message>
    <message>
      <source>Void because</source>
      <translation>作廢原因</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>巡邏發現</translation>
    </message>
    <message>
      <source>Void round…</source>
      <translation>作廢巡邏單…</translation>
    </message>
    <message>
      <source>Patrol round {number}</source>
      <translation>巡邏單 {number}</translation>
    </message>
    <message>
      <source>{number} — {state}</source>
      <translation>{number} — {state}</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>尚未結束</translation>
    </message>
    <message>
      <source>{time}, {verdict}</source>
      <translation>{time}，{verdict}</translation>
    </message>
    <message>
      <source>{start} – {end} · {visited} of {total} checkpoints reached</source>
      <translation>{start} – {end} · 已到 {visited}/{total} 個巡邏點</translation>
    </message>
    <message>
      <source>{source}, by {user}</source>
      <translation>{source}，操作人：{user}</translation>
    </message>
    <message>
      <source>Void round {number}</source>
      <translation>作廢巡邏單 {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>RoundFindingsModel</name>
    <message>
      <source>Finding</source>
      <translation>發現編號</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>發現情況</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>現場處理</translation>
    </message>
    <message>
      <source>Told</source>
      <translation>已告知</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>報修工單</translation>
    </message>
    <message>
      <source>Dealt with</source>
      <translation>處理情況</translation>
    </message>
    <message>
      <source>{who} at {time}</source>
      <translation>{who}（{time}）</translation>
    </message>
    <message>
      <source>void</source>
      <translation>已作廢</translation>
    </message>
    <message>
      <source>ticket closed</source>
      <translation>工單已關閉</translation>
    </message>
    <message>
      <source>open</source>
      <translation>未處理</translation>
    </message>
  </context>
  <context>
    <name>RoundForm</name>
    <message>
      <source>New survey round</source>
      <translation>新建滿意度調查</translation>
    </message>
    <message>
      <source>The round keeps its own copy of these questions: changing them for a later round leaves this one as it is.</source>
      <translation>本次調查保存這些題目的副本：以後調查修改題目，不影響本次調查。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>{year} residents' satisfaction survey</source>
      <translation>{year}年業主滿意度調查</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>開始日期</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>結束日期</translation>
    </message>
    <message>
      <source>Default questions</source>
      <translation>預設題目</translation>
    </message>
  </context>
  <context>
    <name>RoundModel</name>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>調查</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>開始日期</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>結束日期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Forms</source>
      <translation>回收問卷</translation>
    </message>
    <message>
      <source>Response rate</source>
      <translation>回收率</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>滿意率</translation>
    </message>
  </context>
  <context>
    <name>RoundPanel</name>
    <message>
      <source>Start a round</source>
      <translation>開始巡邏</translation>
    </message>
    <message>
      <source>&amp;Route</source>
      <translation>路線(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Guard</source>
      <translation>保安(&amp;G)</translation>
    </message>
    <message>
      <source>Start round ({key})</source>
      <translation>開始巡邏 ({key})</translation>
    </message>
    <message>
      <source>Me ({name})</source>
      <translation>本人（{name}）</translation>
    </message>
    <message>
      <source>Round under way</source>
      <translation>進行中的巡邏</translation>
    </message>
    <message>
      <source>Scan the checkpoint's label, or type its code</source>
      <translation>掃描巡邏點標籤，或輸入巡邏點編碼</translation>
    </message>
    <message>
      <source>Checkpoint code</source>
      <translation>巡邏點編碼</translation>
    </message>
    <message>
      <source>Tick by hand ({key})</source>
      <translation>手動打卡 ({key})</translation>
    </message>
    <message>
      <source>For a checkpoint whose label cannot be read</source>
      <translation>用於標籤無法讀取的巡邏點</translation>
    </message>
    <message>
      <source>Issue… ({key})</source>
      <translation>記錄問題… ({key})</translation>
    </message>
    <message>
      <source>Finish round ({key})</source>
      <translation>結束巡邏 ({key})</translation>
    </message>
    <message>
      <source>Abandon… ({key})</source>
      <translation>中止… ({key})</translation>
    </message>
    <message>
      <source>Continue this round</source>
      <translation>繼續此巡邏</translation>
    </message>
    <message>
      <source>Open rounds</source>
      <translation>未完成的巡邏</translation>
    </message>
    <message>
      <source>No round under way here: start one ({key}), or continue an open round below. A scanned code also finds its open round.</source>
      <translation>此處沒有進行中的巡邏：請開始巡邏（{key}），或在下方繼續未完成的巡邏。掃描巡邏點編碼也可找到對應的未完成巡邏。</translation>
    </message>
    <message>
      <source>{time} slot, {verdict}</source>
      <translation>{time} 時段，{verdict}</translation>
    </message>
    <message>
      <source>{number} · {route} · {guard} · started {time} · {slot}</source>
      <translation>{number} · {route} · {guard} · {time} 開始 · {slot}</translation>
    </message>
    <message>
      <source>{visited} of {total} reached</source>
      <translation>已巡 {visited}/{total} 個點</translation>
    </message>
    <message>
      <source>Select a checkpoint to see what to check there.</source>
      <translation>選擇巡邏點，可檢視該處的檢查項目。</translation>
    </message>
    <message>
      <source>Nothing listed to check at {name}.</source>
      <translation>{name} 沒有列出檢查項目。</translation>
    </message>
    <message>
      <source>To check at {name}:</source>
      <translation>{name} 的檢查項目：</translation>
    </message>
    <message>
      <source>Round {number} of {route} started: scan the first checkpoint.</source>
      <translation>{route} 的巡邏 {number} 已開始：請掃描第一個巡邏點。</translation>
    </message>
    <message>
      <source>✓ {position}. {name} at {time} — {visited} of {total}</source>
      <translation>✓ {position}. {name} {time} — 已巡 {visited}/{total}</translation>
    </message>
    <message>
      <source>Issue {number} recorded at {name}.</source>
      <translation>已在 {name} 記錄問題 {number}。</translation>
    </message>
    <message>
      <source>Repair ticket {ticket} opened.</source>
      <translation>已建立報修工單 {ticket}。</translation>
    </message>
    <message>
      <source>Round {number} finished: {visited} of {total} reached, {verdict}.</source>
      <translation>巡邏 {number} 已結束：已巡 {visited}/{total} 個點，{verdict}。</translation>
    </message>
    <message>
      <source>Round {number} abandoned.</source>
      <translation>巡邏 {number} 已中止。</translation>
    </message>
    <message>
      <source>Abandon round {number}</source>
      <translation>中止巡邏 {number}</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Continuing round {number}: scan the next checkpoint.</source>
      <translation>繼續巡邏 {number}：請掃描下一個巡邏點。</translation>
    </message>
  </context>
  <context>
    <name>RoundRowsModel</name>
    <message>
      <source>Round</source>
      <translation>巡邏單號</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路線</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡邏人員</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>時段</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>開始時間</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>結束時間</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>考核結果</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>已到點</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>標記</translation>
    </message>
  </context>
  <context>
    <name>RoundsListDialog</name>
    <message>
      <source>Enter or double-click: the round's detail.</source>
      <translation>Enter 或雙擊：查看該次巡邏詳情。</translation>
    </message>
    <message>
      <source>No rounds.</source>
      <translation>沒有巡邏。</translation>
    </message>
    <message>
      <source>{n} rounds, oldest first.</source>
      <translation>共 {n} 次巡邏，按時間先後排列。</translation>
    </message>
    <message>
      <source>{n} of them abandoned (they count nowhere).</source>
      <translation>其中 {n} 次已中止（不計入任何統計）。</translation>
    </message>
    <message>
      <source>More rounds match: only the first {limit} are listed.</source>
      <translation>符合條件的巡邏更多：僅列出前 {limit} 次。</translation>
    </message>
  </context>
  <context>
    <name>RouteForm</name>
    <message>
      <source>New patrol route</source>
      <translation>新增巡邏路線</translation>
    </message>
    <message>
      <source>Rename patrol route</source>
      <translation>重新命名巡邏路線</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>e.g. East night round</source>
      <translation>例如：東區夜巡</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>選填</translation>
    </message>
  </context>
  <context>
    <name>RouteTableModel</name>
    <message>
      <source>Route</source>
      <translation>路線</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
  </context>
  <context>
    <name>RoutesDialog</name>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Patrol routes and checkpoints</source>
      <translation>巡邏路線與巡邏點</translation>
    </message>
    <message>
      <source>Routes</source>
      <translation>路線</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>Insert: add · Enter or F2: edit · Delete: void · Ctrl+Up / Ctrl+Down: move a checkpoint along its route</source>
      <translation>Insert：新增 · Enter 或 F2：編輯 · Delete：作廢 · Ctrl+Up / Ctrl+Down：在路線中上移／下移巡邏點</translation>
    </message>
    <message>
      <source>Your role may view the routes but not change them.</source>
      <translation>您的角色只能檢視路線，不能修改。</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Insert</source>
      <translation>Insert</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>重新命名…</translation>
    </message>
    <message>
      <source>F2</source>
      <translation>F2</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作廢…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>編輯…</translation>
    </message>
    <message>
      <source>Enter, F2</source>
      <translation>Enter, F2</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Ctrl+Up</source>
      <translation>Ctrl+Up</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Ctrl+Down</source>
      <translation>Ctrl+Down</translation>
    </message>
    <message>
      <source>Print the route's labels…</source>
      <translation>列印本路線的標籤…</translation>
    </message>
    <message>
      <source>Print labels of the selected…</source>
      <translation>列印所選巡邏點的標籤…</translation>
    </message>
    <message>
      <source>Checkpoints of {route}</source>
      <translation>{route} 的巡邏點</translation>
    </message>
    <message>
      <source>Void route {name}</source>
      <translation>作廢路線 {name}</translation>
    </message>
    <message>
      <source>Void checkpoint {code} {name}</source>
      <translation>作廢巡邏點 {code} {name}</translation>
    </message>
  </context>
  <context>
    <name>ScheduleDialog</name>
    <message>
      <source>Patrol schedule</source>
      <translation>巡邏排班</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分鐘</translation>
    </message>
    <message>
      <source>A round started later than this after its slot is late.</source>
      <translation>時段開始後超過此時間才開始巡邏，算遲到。</translation>
    </message>
    <message>
      <source>No round started within this after its slot: the slot was missed.</source>
      <translation>時段開始後在此時間內未開始巡邏，該時段算漏巡。</translation>
    </message>
    <message>
      <source>Two checkpoints reached quicker than this are flagged as too fast.</source>
      <translation>兩個巡邏點之間用時少於此時間，標記為過快。</translation>
    </message>
    <message>
      <source>Patrol windows</source>
      <translation>巡邏時段</translation>
    </message>
    <message>
      <source>Late after</source>
      <translation>超過即遲到</translation>
    </message>
    <message>
      <source>Missed after</source>
      <translation>超過即漏巡</translation>
    </message>
    <message>
      <source>Minimum walk</source>
      <translation>最短步行時間</translation>
    </message>
    <message>
      <source>Applies from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Add window</source>
      <translation>新增時段</translation>
    </message>
    <message>
      <source>Remove window</source>
      <translation>刪除時段</translation>
    </message>
    <message>
      <source>In force today: {schedule}</source>
      <translation>今日執行：{schedule}</translation>
    </message>
    <message>
      <source>No change is planned.</source>
      <translation>暫無計畫中的變更。</translation>
    </message>
  </context>
  <context>
    <name>SessionDetailPanel</name>
    <message>
      <source>Held:</source>
      <translation>時間：</translation>
    </message>
    <message>
      <source>Topic:</source>
      <translation>類別：</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>地點：</translation>
    </message>
    <message>
      <source>Organiser:</source>
      <translation>組織人：</translation>
    </message>
    <message>
      <source>Taking part:</source>
      <translation>參加人員：</translation>
    </message>
    <message>
      <source>Recorded by:</source>
      <translation>登記人：</translation>
    </message>
    <message>
      <source>Print record…</source>
      <translation>列印記錄…</translation>
    </message>
    <message>
      <source>Sign-in sheet…</source>
      <translation>簽到表…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作廢…</translation>
    </message>
    <message>
      <source>Add photo…</source>
      <translation>新增照片…</translation>
    </message>
    <message>
      <source>A photo of the session or of its signed sign-in sheet</source>
      <translation>現場照片或已簽名的簽到表照片</translation>
    </message>
    <message>
      <source>Attach a photo to {number}</source>
      <translation>為 {number} 新增照片</translation>
    </message>
    <message>
      <source>No photos of this session.</source>
      <translation>本場沒有照片。</translation>
    </message>
    <message>
      <source>Choose a session in the list.</source>
      <translation>請在列表中選擇一場演練或培訓。</translation>
    </message>
    <message>
      <source>(voided: {reason})</source>
      <translation>（已作廢：{reason}）</translation>
    </message>
    <message>
      <source>{staff} staff, {residents} residents</source>
      <translation>員工 {staff} 人，住戶 {residents} 人</translation>
    </message>
    <message>
      <source>What was practised</source>
      <translation>演練/培訓內容</translation>
    </message>
    <message>
      <source>Problems found</source>
      <translation>發現的問題</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>整改措施</translation>
    </message>
    <message>
      <source>Void session {number}</source>
      <translation>作廢 {number}</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>原因：</translation>
    </message>
  </context>
  <context>
    <name>SessionForm</name>
    <message>
      <source>New drill or training</source>
      <translation>新增演練或培訓</translation>
    </message>
    <message>
      <source>Topic:</source>
      <translation>類別：</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>主題：</translation>
    </message>
    <message>
      <source>Held:</source>
      <translation>時間：</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分鐘</translation>
    </message>
    <message>
      <source>Duration:</source>
      <translation>時長：</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>地點：</translation>
    </message>
    <message>
      <source>Organiser:</source>
      <translation>組織人：</translation>
    </message>
    <message>
      <source>Residents taking part:</source>
      <translation>住戶參加人數：</translation>
    </message>
    <message>
      <source>Sign-in sheet…</source>
      <translation>簽到表…</translation>
    </message>
    <message>
      <source>Space ticks the staff member chosen</source>
      <translation>按空白鍵勾選所選員工</translation>
    </message>
    <message>
      <source>Staff taking part:</source>
      <translation>參加員工：</translation>
    </message>
    <message>
      <source>What was practised:</source>
      <translation>演練/培訓內容：</translation>
    </message>
    <message>
      <source>Problems found:</source>
      <translation>發現的問題：</translation>
    </message>
    <message>
      <source>Actions:</source>
      <translation>整改措施：</translation>
    </message>
  </context>
  <context>
    <name>SessionListPanel</name>
    <message>
      <source>Drills and trainings</source>
      <translation>演練和培訓</translation>
    </message>
    <message>
      <source>Any topic</source>
      <translation>全部類別</translation>
    </message>
    <message>
      <source>Number, title or organiser; Enter searches</source>
      <translation>編號、主題或組織人；Enter 搜尋</translation>
    </message>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Sessions {first}–{last}</source>
      <translation>第 {first}–{last} 場</translation>
    </message>
    <message>
      <source>No sessions</source>
      <translation>沒有記錄</translation>
    </message>
  </context>
  <context>
    <name>SessionModel</name>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>主題</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>組織人</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>員工人數</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住戶人數</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>時長（分鐘）</translation>
    </message>
  </context>
  <context>
    <name>SetActiveDialog</name>
    <message>
      <source>Enable {name} ({username}) so they can log in again.</source>
      <translation>啟用 {name}（{username}），使其可以再次登入。</translation>
    </message>
    <message>
      <source>Disable {name} ({username}): they can no longer log in. The account and everything it did stay on record.</source>
      <translation>停用 {name}（{username}）：此人將無法再登入。帳號及其所有操作記錄都會保留。</translation>
    </message>
    <message>
      <source>Enable user</source>
      <translation>啟用使用者</translation>
    </message>
    <message>
      <source>Disable user</source>
      <translation>停用使用者</translation>
    </message>
    <message>
      <source>e.g. left the company</source>
      <translation>例如：已離職</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>SignOffForm</name>
    <message>
      <source>Signed by</source>
      <translation>簽名人</translation>
    </message>
  </context>
  <context>
    <name>SlipPreviewDialog</name>
    <message>
      <source>Print preview: {title}</source>
      <translation>列印預覽：{title}</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>另存為 PDF…</translation>
    </message>
    <message>
      <source>Save the slip as a PDF file</source>
      <translation>將單據儲存為 PDF 檔案</translation>
    </message>
  </context>
  <context>
    <name>SlipPrinting</name>
    <message>
      <source>Save as PDF</source>
      <translation>另存為 PDF</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>已儲存：{path}</translation>
    </message>
  </context>
  <context>
    <name>StaffForm</name>
    <message>
      <source>Staff member</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>e.g. 保安队长</source>
      <translation>例如：保安隊長</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部門</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>職務</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
  </context>
  <context>
    <name>StaffTab</name>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>編輯…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作廢…</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>All departments</source>
      <translation>全部部門</translation>
    </message>
    <message>
      <source>Void staff member</source>
      <translation>作廢員工</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>StaffTableModel</name>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部門</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>職務</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
  </context>
  <context>
    <name>StandardDialog</name>
    <message>
      <source>Standard: {department}</source>
      <translation>考核標準：{department}</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>名稱(&amp;N)</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>考核項目</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>&amp;Items</source>
      <translation>考核項目(&amp;I)</translation>
    </message>
    <message>
      <source>Add item</source>
      <translation>新增項目</translation>
    </message>
    <message>
      <source>Remove item</source>
      <translation>刪除項目</translation>
    </message>
    <message>
      <source>Full score: {total} points</source>
      <translation>滿分：{total} 分</translation>
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
    <message>
      <source>Storage</source>
      <translation>資料存放</translation>
    </message>
    <message>
      <source>Where this station keeps its data:</source>
      <translation>本工作站的資料存放在：</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>伺服器</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>連接埠</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>資料庫</translation>
    </message>
    <message>
      <source>User</source>
      <translation>使用者名稱</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密碼</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>測試連線</translation>
    </message>
    <message>
      <source>This PC only</source>
      <translation>僅本機</translation>
    </message>
    <message>
      <source>One file on this PC. For an office with one PC.</source>
      <translation>資料存於本機的一個檔案中。適合只有一台電腦的服務中心。</translation>
    </message>
    <message>
      <source>On the office server (needs the network)</source>
      <translation>在辦公室伺服器上（需要網路）</translation>
    </message>
    <message>
      <source>Works on the shared server directly; without the network it cannot save.</source>
      <translation>直接在共用伺服器上工作；斷網時無法保存。</translation>
    </message>
    <message>
      <source>Its own copy, synced with the office server (keeps working when the network is down)</source>
      <translation>本機副本，與辦公室伺服器同步（斷網時照常工作）</translation>
    </message>
    <message>
      <source>Saves here and sends to the server within seconds; what waits goes up when the network is back. For the gatehouse.</source>
      <translation>先保存在本機，幾秒內傳送到伺服器；斷網期間待傳送的記錄在網路恢復後自動上傳。適合崗亭。</translation>
    </message>
    <message>
      <source>PROPDESK_DATABASE_URL chooses this station's database; change or remove it there to choose here.</source>
      <translation>本工作站的資料庫由環境變數 PROPDESK_DATABASE_URL 指定；請先在那裡修改或刪除它，才能在此選擇。</translation>
    </message>
    <message>
      <source>Only an administrator can change where this station keeps its data.</source>
      <translation>只有管理員可以更改本工作站的資料存放位置。</translation>
    </message>
    <message>
      <source>Connecting to {server}…</source>
      <translation>正在連線 {server}…</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, an empty database (propdesk sets it up)</source>
      <translation>已連線：PostgreSQL {version}，空資料庫（propdesk 將自動建立）</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, propdesk schema {schema}, 1 station syncing</source>
      <translation>已連線：PostgreSQL {version}，propdesk 資料結構 {schema}，1 個工作站在同步</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, propdesk schema {schema}, no station syncing yet</source>
      <translation>已連線：PostgreSQL {version}，propdesk 資料結構 {schema}，尚無工作站同步</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, propdesk schema {schema}, {n} stations syncing</source>
      <translation>已連線：PostgreSQL {version}，propdesk 資料結構 {schema}，{n} 個工作站在同步</translation>
    </message>
    <message>
      <source>This station now keeps its data on this PC only.</source>
      <translation>本工作站現在只把資料存放在本機。</translation>
    </message>
    <message>
      <source>Join the server {server}? This station's data is replaced by a copy of the server's; the file it works on now is kept in the backup folder. Joining takes up to a minute.</source>
      <translation>加入伺服器 {server}？本工作站的資料將被伺服器資料的副本替換；目前使用的檔案會保存在備份資料夾中。加入最多需要一分鐘。</translation>
    </message>
    <message>
      <source>Copying the server's data…</source>
      <translation>正在複製伺服器的資料…</translation>
    </message>
    <message>
      <source>This station now works on the server {server}.</source>
      <translation>本工作站現在直接使用伺服器 {server}。</translation>
    </message>
    <message>
      <source>This station is station {letter}; {rows} records copied; your previous file was kept at {kept}.</source>
      <translation>本工作站編號為 {letter}；已複製 {rows} 筆記錄；原來的檔案保存在 {kept}。</translation>
    </message>
    <message>
      <source>This station is station {letter}; {rows} records copied.</source>
      <translation>本工作站編號為 {letter}；已複製 {rows} 筆記錄。</translation>
    </message>
    <message>
      <source>propdesk closes now; start it again to work on the copy.</source>
      <translation>propdesk 現在關閉；請重新啟動以使用本機副本。</translation>
    </message>
    <message>
      <source>propdesk closes now; start it again to use it.</source>
      <translation>propdesk 現在關閉；請重新啟動後使用。</translation>
    </message>
  </context>
  <context>
    <name>StepForm</name>
    <message>
      <source>{step}: ticket {number}</source>
      <translation>{step}：工單 {number}</translation>
    </message>
    <message>
      <source>Change it only for a step done earlier (paper slip).</source>
      <translation>僅在補錄之前完成的步驟（紙本單據）時修改。</translation>
    </message>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
  </context>
  <context>
    <name>StepForms</name>
    <message>
      <source>{name} ({details})</source>
      <translation>{name}（{details}）</translation>
    </message>
  </context>
  <context>
    <name>SurveyNames</name>
    <message>
      <source>Security</source>
      <translation>秩序維護</translation>
    </message>
    <message>
      <source>Cleaning</source>
      <translation>清潔</translation>
    </message>
    <message>
      <source>Landscaping</source>
      <translation>綠化</translation>
    </message>
    <message>
      <source>Engineering and repairs</source>
      <translation>工程維修</translation>
    </message>
    <message>
      <source>Customer service</source>
      <translation>客戶服務</translation>
    </message>
    <message>
      <source>General</source>
      <translation>綜合</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已結束</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作廢</translation>
    </message>
  </context>
  <context>
    <name>SurveyPrinting</name>
    <message>
      <source>Blank questionnaire: {name}</source>
      <translation>空白問卷：{name}</translation>
    </message>
    <message>
      <source>Survey results: {name}</source>
      <translation>調查結果：{name}</translation>
    </message>
  </context>
  <context>
    <name>SurveysTab</name>
    <message>
      <source>Number or name</source>
      <translation>編號或名稱</translation>
    </message>
    <message>
      <source>Any year</source>
      <translation>全部年份</translation>
    </message>
    <message>
      <source>Voided too</source>
      <translation>含已作廢</translation>
    </message>
    <message>
      <source>New round…</source>
      <translation>新建調查…</translation>
    </message>
    <message>
      <source>Enter responses… (F2)</source>
      <translation>錄入問卷…（F2）</translation>
    </message>
    <message>
      <source>Blank questionnaire…</source>
      <translation>空白問卷…</translation>
    </message>
    <message>
      <source>Result summary…</source>
      <translation>調查結果…</translation>
    </message>
    <message>
      <source>Close round</source>
      <translation>結束調查</translation>
    </message>
    <message>
      <source>Void round…</source>
      <translation>作廢調查…</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>統計</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Comments only</source>
      <translation>僅看意見</translation>
    </message>
    <message>
      <source>Any area</source>
      <translation>全部部門</translation>
    </message>
    <message>
      <source>Void response…</source>
      <translation>作廢問卷…</translation>
    </message>
    <message>
      <source>Survey responses</source>
      <translation>滿意度調查問卷</translation>
    </message>
    <message>
      <source>Responses</source>
      <translation>問卷</translation>
    </message>
    <message>
      <source>No survey round yet: open one with New round…</source>
      <translation>還沒有滿意度調查：點擊「新建調查…」開始。</translation>
    </message>
    <message>
      <source>{number} {name}: {responses} forms of {occupied} occupied units (response rate {rate}); satisfaction {share} of {answers} answers.</source>
      <translation>{number} {name}：入住 {occupied} 戶，回收問卷 {responses} 份（回收率 {rate}）；{answers} 項有效評價，滿意率 {share}。</translation>
    </message>
    <message>
      <source>Round {number} opened.</source>
      <translation>調查 {number} 已建立。</translation>
    </message>
    <message>
      <source>Response of {unit} saved.</source>
      <translation>{unit} 的問卷已儲存。</translation>
    </message>
    <message>
      <source>Round {number} closed.</source>
      <translation>調查 {number} 已結束。</translation>
    </message>
    <message>
      <source>Void round {number}</source>
      <translation>作廢調查 {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Void the response of {unit}</source>
      <translation>作廢 {unit} 的問卷</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <source>Connecting to the server…</source>
      <translation>正在連線伺服器…</translation>
    </message>
    <message>
      <source>Sending 1 record…</source>
      <translation>正在傳送 1 筆記錄…</translation>
    </message>
    <message>
      <source>Sending {n} records…</source>
      <translation>正在傳送 {n} 筆記錄…</translation>
    </message>
    <message>
      <source>Synced {time}</source>
      <translation>已同步 {time}</translation>
    </message>
    <message>
      <source>Offline since {time}</source>
      <translation>自 {time} 起離線</translation>
    </message>
    <message>
      <source>Offline since {time}, 1 record waiting</source>
      <translation>自 {time} 起離線，1 筆記錄待傳送</translation>
    </message>
    <message>
      <source>Offline since {time}, {n} records waiting</source>
      <translation>自 {time} 起離線，{n} 筆記錄待傳送</translation>
    </message>
    <message>
      <source>1 conflict</source>
      <translation>1 個衝突</translation>
    </message>
    <message>
      <source>{n} conflicts</source>
      <translation>{n} 個衝突</translation>
    </message>
    <message>
      <source>1 record refused by the server</source>
      <translation>1 筆記錄被伺服器拒收</translation>
    </message>
    <message>
      <source>{n} records refused by the server</source>
      <translation>{n} 筆記錄被伺服器拒收</translation>
    </message>
    <message>
      <source>Server: {server}</source>
      <translation>伺服器：{server}</translation>
    </message>
    <message>
      <source>This station's letter: {letter}</source>
      <translation>本工作站編號：{letter}</translation>
    </message>
    <message>
      <source>Last synced: {time}</source>
      <translation>上次同步：{time}</translation>
    </message>
    <message>
      <source>Last error: {error}</source>
      <translation>上次錯誤：{error}</translation>
    </message>
    <message>
      <source>Click to open the conflicts list.</source>
      <translation>點擊開啟衝突列表。</translation>
    </message>
    <message>
      <source>Sync status unknown</source>
      <translation>同步狀態未知</translation>
    </message>
  </context>
  <context>
    <name>SyncTableNames</name>
    <message>
      <source>Repair ticket</source>
      <translation>報修單</translation>
    </message>
    <message>
      <source>Repair ticket step</source>
      <translation>報修單處理步驟</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>Complaint step</source>
      <translation>投訴處理步驟</translation>
    </message>
    <message>
      <source>Inquiry</source>
      <translation>諮詢</translation>
    </message>
    <message>
      <source>Gate record</source>
      <translation>門崗記錄</translation>
    </message>
    <message>
      <source>Item release authorisation</source>
      <translation>物品放行授權</translation>
    </message>
    <message>
      <source>Shift handover</source>
      <translation>交接班</translation>
    </message>
    <message>
      <source>Estate</source>
      <translation>小區</translation>
    </message>
    <message>
      <source>Estate setting</source>
      <translation>小區設定</translation>
    </message>
    <message>
      <source>Building</source>
      <translation>樓棟</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>住戶</translation>
    </message>
    <message>
      <source>Access card</source>
      <translation>門禁卡</translation>
    </message>
    <message>
      <source>Access card status change</source>
      <translation>門禁卡狀態變更</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>車輛</translation>
    </message>
    <message>
      <source>Parking space</source>
      <translation>車位</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部門</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>User account</source>
      <translation>使用者帳號</translation>
    </message>
    <message>
      <source>Patrol route</source>
      <translation>巡邏路線</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡更點</translation>
    </message>
    <message>
      <source>Patrol round</source>
      <translation>巡邏記錄</translation>
    </message>
    <message>
      <source>Checkpoint visit</source>
      <translation>巡更點打卡</translation>
    </message>
    <message>
      <source>Patrol finding</source>
      <translation>巡邏發現問題</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>設施設備</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>檢查表</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>巡檢</translation>
    </message>
    <message>
      <source>Rectification notice</source>
      <translation>整改通知單</translation>
    </message>
    <message>
      <source>Safety incident</source>
      <translation>安全事件</translation>
    </message>
    <message>
      <source>Incident action</source>
      <translation>事件處置措施</translation>
    </message>
    <message>
      <source>Drill or training session</source>
      <translation>演練或培訓</translation>
    </message>
    <message>
      <source>Community event</source>
      <translation>社區活動</translation>
    </message>
    <message>
      <source>Satisfaction survey</source>
      <translation>滿意度調查</translation>
    </message>
    <message>
      <source>Survey response</source>
      <translation>調查問卷</translation>
    </message>
    <message>
      <source>Monthly assessment</source>
      <translation>月度考核</translation>
    </message>
    <message>
      <source>Work log entry</source>
      <translation>工作日誌</translation>
    </message>
    <message>
      <source>Audit trail line</source>
      <translation>稽核日誌條目</translation>
    </message>
  </context>
  <context>
    <name>TableExport</name>
    <message>
      <source>Export to Excel</source>
      <translation>匯出至 Excel</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>{n} rows exported to {path}</source>
      <translation>已匯出 {n} 列至 {path}</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>匯出至 Excel…</translation>
    </message>
  </context>
  <context>
    <name>TargetNames</name>
    <message>
      <source>Safety incidents</source>
      <translation>安全事故</translation>
    </message>
    <message>
      <source>Fire equipment intact</source>
      <translation>消防設施完好率</translation>
    </message>
    <message>
      <source>Cleaning compliance</source>
      <translation>保潔合格率</translation>
    </message>
    <message>
      <source>Greening compliance</source>
      <translation>綠化合格率</translation>
    </message>
    <message>
      <source>Owner satisfaction</source>
      <translation>業主滿意率</translation>
    </message>
    <message>
      <source>Satisfaction surveys</source>
      <translation>滿意度調查</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>社區活動</translation>
    </message>
    <message>
      <source>Patrols on schedule</source>
      <translation>巡邏按時完成率</translation>
    </message>
    <message>
      <source>Repairs reached in time</source>
      <translation>維修及時到場率</translation>
    </message>
    <message>
      <source>Complaints answered in time</source>
      <translation>投訴及時處理率</translation>
    </message>
  </context>
  <context>
    <name>TargetsSettingsDialog</name>
    <message>
      <source>Service targets</source>
      <translation>服務目標</translation>
    </message>
    <message>
      <source>A target is met when the month's figure reaches its value (safety incidents: stay at or below it). The plan's values are the defaults.</source>
      <translation>當月數值達到設定值即為達標（安全事故：不超過設定值）。預設值為工作計畫中的數值。</translation>
    </message>
    <message>
      <source>plan: {value}</source>
      <translation>計畫值：{value}</translation>
    </message>
    <message>
      <source>Restore defaults</source>
      <translation>還原預設值</translation>
    </message>
    <message>
      <source> a year</source>
      <translation> 次/年</translation>
    </message>
    <message>
      <source> a month</source>
      <translation> 次/月</translation>
    </message>
  </context>
  <context>
    <name>TaskForm</name>
    <message>
      <source>New work-log task</source>
      <translation>新增保潔綠化任務</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>工種</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>工作內容</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>頻次</translation>
    </message>
    <message>
      <source>On</source>
      <translation>星期</translation>
    </message>
    <message>
      <source>Day of the month</source>
      <translation>每月日期</translation>
    </message>
    <message>
      <source>Usual time</source>
      <translation>通常時間</translation>
    </message>
    <message>
      <source>Usually done by</source>
      <translation>通常執行人</translation>
    </message>
    <message>
      <source>Nobody in particular</source>
      <translation>不指定</translation>
    </message>
  </context>
  <context>
    <name>TaskModel</name>
    <message>
      <source>Trade</source>
      <translation>工種</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>工作內容</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>頻次</translation>
    </message>
    <message>
      <source>Usual time</source>
      <translation>通常時間</translation>
    </message>
    <message>
      <source>Usually done by</source>
      <translation>通常執行人</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>啟用日期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>使用中</translation>
    </message>
  </context>
  <context>
    <name>TaskPanel</name>
    <message>
      <source>Show retired tasks</source>
      <translation>顯示已停用的任務</translation>
    </message>
    <message>
      <source>New task… (Ctrl+N)</source>
      <translation>新增任務…（Ctrl+N）</translation>
    </message>
    <message>
      <source>Retire task</source>
      <translation>停用任務</translation>
    </message>
    <message>
      <source>Load the default tasks</source>
      <translation>載入預設任務</translation>
    </message>
    <message>
      <source>Retire “{task}” of {area}? It is planned no more from today.</source>
      <translation>停用 {area} 的「{task}」？從今天起不再列入計劃。</translation>
    </message>
    <message>
      <source>{n} default tasks added.</source>
      <translation>已新增 {n} 項預設任務。</translation>
    </message>
  </context>
  <context>
    <name>TemplateChoiceDialog</name>
    <message>
      <source>New inspection</source>
      <translation>新增巡檢</translation>
    </message>
    <message>
      <source>{name} · {kind} · {frequency}</source>
      <translation>{name} · {kind} · {frequency}</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>檢查表</translation>
    </message>
  </context>
  <context>
    <name>TemplateEditDialog</name>
    <message>
      <source>Edit checklist: {name}</source>
      <translation>編輯檢查表：{name}</translation>
    </message>
    <message>
      <source>New checklist</source>
      <translation>新增檢查表</translation>
    </message>
    <message>
      <source>Saving makes version {next} of this checklist. Inspections already recorded keep version {current} as they were made.</source>
      <translation>儲存後將產生此檢查表的第 {next} 版。已登記的巡檢記錄仍保留當時所用的第 {current} 版。</translation>
    </message>
    <message>
      <source>The new checklist is owed from today in each of its areas.</source>
      <translation>新檢查表自今天起在其各區域應檢。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>Inspects</source>
      <translation>檢查類別</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>頻次</translation>
    </message>
    <message>
      <source>One area a line</source>
      <translation>每行一個區域</translation>
    </message>
    <message>
      <source>Areas (one a line)</source>
      <translation>區域（每行一個）</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>檢查項目</translation>
    </message>
  </context>
  <context>
    <name>TemplateFile</name>
    <message>
      <source>Save template</source>
      <translation>儲存範本</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Template saved to {path}</source>
      <translation>範本已儲存至 {path}</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsDelegate</name>
    <message>
      <source>(none)</source>
      <translation>（無）</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsEditModel</name>
    <message>
      <source>Item</source>
      <translation>檢查項目</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>單位</translation>
    </message>
    <message>
      <source>Low limit</source>
      <translation>下限</translation>
    </message>
    <message>
      <source>High limit</source>
      <translation>上限</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>必填</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>設施設備</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsEditor</name>
    <message>
      <source>No items yet: Ctrl+N adds one</source>
      <translation>尚無檢查項目：按 Ctrl+N 新增</translation>
    </message>
    <message>
      <source>Add item</source>
      <translation>新增項目</translation>
    </message>
    <message>
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Ctrl+Up</source>
      <translation>Ctrl+Up</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Ctrl+Down</source>
      <translation>Ctrl+Down</translation>
    </message>
    <message>
      <source>Type or F2: edit a cell · Space: required or not · Ctrl+N: add · Delete: remove · Ctrl+Up / Ctrl+Down: move</source>
      <translation>直接輸入或 F2：編輯儲存格 · 空白鍵：是否必填 · Ctrl+N：新增 · Delete：刪除 · Ctrl+Up / Ctrl+Down：移動</translation>
    </message>
    <message>
      <source>No. {n}</source>
      <translation>第 {n} 項</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsModel</name>
    <message>
      <source>No.</source>
      <translation>序號</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>檢查項目</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Unit and limits</source>
      <translation>單位及上下限</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>是否必填</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>設施設備</translation>
    </message>
  </context>
  <context>
    <name>TemplateNames</name>
    <message>
      <source>Pass / fail</source>
      <translation>合格／不合格</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>讀數</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>文字</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>必填</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>選填</translation>
    </message>
  </context>
  <context>
    <name>TemplatePanel</name>
    <message>
      <source>Show &amp;retired templates</source>
      <translation>顯示已停用的範本(&amp;R)</translation>
    </message>
    <message>
      <source>Load default templates</source>
      <translation>載入預設範本</translation>
    </message>
    <message>
      <source>New template…</source>
      <translation>新增範本…</translation>
    </message>
    <message>
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>編輯…</translation>
    </message>
    <message>
      <source>Retire…</source>
      <translation>停用…</translation>
    </message>
    <message>
      <source>No checklist templates yet: a manager loads the default ones</source>
      <translation>尚無檢查表範本：請由經理載入預設範本</translation>
    </message>
    <message>
      <source>Items of {name}, version {version}</source>
      <translation>{name}（第 {version} 版）的檢查項目</translation>
    </message>
    <message>
      <source>Default templates added: {n}.</source>
      <translation>已新增預設範本：{n} 個。</translation>
    </message>
    <message>
      <source>Every kind of inspection has a template already.</source>
      <translation>每類巡檢都已有範本。</translation>
    </message>
    <message>
      <source>Retire the checklist “{name}”? It is no longer due or offered for new inspections; the inspections made with it stay.</source>
      <translation>停用檢查表「{name}」嗎？停用後不再列入待檢，也不能用於新的巡檢；已用它完成的巡檢記錄仍保留。</translation>
    </message>
  </context>
  <context>
    <name>TemplateTableModel</name>
    <message>
      <source>Name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>頻次</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>項目數</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Owed from</source>
      <translation>起檢日期</translation>
    </message>
  </context>
  <context>
    <name>TicketDetailPanel</name>
    <message>
      <source>Ticket</source>
      <translation>工單</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>處理記錄</translation>
    </message>
    <message>
      <source>Print dispatch slip…</source>
      <translation>列印派工單…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <source>Hide the ticket: the list takes the whole height</source>
      <translation>隱藏工單詳情，清單佔滿整個高度</translation>
    </message>
    <message>
      <source>{number} — {state}</source>
      <translation>{number} — {state}</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>使用者名稱：{login}</translation>
    </message>
  </context>
  <context>
    <name>TicketExport</name>
    <message>
      <source>Exporting repair tickets…</source>
      <translation>正在匯出報修工單…</translation>
    </message>
    <message>
      <source>Exporting repair tickets: {n} rows…</source>
      <translation>正在匯出報修工單：{n} 列…</translation>
    </message>
  </context>
  <context>
    <name>TicketFilterBar</name>
    <message>
      <source>Open tickets</source>
      <translation>未完成工單</translation>
    </message>
    <message>
      <source>All tickets</source>
      <translation>全部工單</translation>
    </message>
    <message>
      <source>Any priority</source>
      <translation>全部緊急程度</translation>
    </message>
    <message>
      <source>Any category</source>
      <translation>全部類別</translation>
    </message>
    <message>
      <source>My tickets ({name})</source>
      <translation>我的工單（{name}）</translation>
    </message>
    <message>
      <source>Any technician</source>
      <translation>全部維修工</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>僅逾時</translation>
    </message>
    <message>
      <source>Stale only</source>
      <translation>僅久未處理</translation>
    </message>
    <message>
      <source>Ticket number, unit, name or phone</source>
      <translation>工單號、房號、姓名或電話</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜尋</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>緊急程度</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>維修工</translation>
    </message>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
  </context>
  <context>
    <name>TicketForm</name>
    <message>
      <source>New repair ticket</source>
      <translation>新增報修工單</translation>
    </message>
    <message>
      <source>Unit, name or phone, then Enter</source>
      <translation>輸入房號、姓名或電話後按 Enter</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如 3-2-1502</translation>
    </message>
    <message>
      <source>or the common area, e.g. lift of building 5</source>
      <translation>或公共區域，例如 5 棟電梯</translation>
    </message>
    <message>
      <source>Paid repair (the resident pays)</source>
      <translation>有償維修（住戶付費）</translation>
    </message>
    <message>
      <source>what is wrong, where exactly</source>
      <translation>故障情況及具體位置</translation>
    </message>
    <message>
      <source>Look up (F4)</source>
      <translation>查找住戶 (F4)</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>報修人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Common area</source>
      <translation>公共區域</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>報修工單</translation>
    </message>
    <message>
      <source>{number} · {area} · failed: {item}</source>
      <translation>{number} · {area} · 不合格：{item}</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>報修類別</translation>
    </message>
    <message>
      <source>What is wrong</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>緊急程度</translation>
    </message>
    <message>
      <source>Charge</source>
      <translation>收費</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <source>Reported via</source>
      <translation>報修管道</translation>
    </message>
    <message>
      <source>{who} (match {n} of {total}; F4 for the next)</source>
      <translation>{who}（第 {n}/{total} 個結果；按 F4 看下一個）</translation>
    </message>
  </context>
  <context>
    <name>TicketListView</name>
    <message>
      <source>Tickets {first}–{last}</source>
      <translation>工單 {first}–{last}</translation>
    </message>
    <message>
      <source>No tickets</source>
      <translation>沒有工單</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>報修工單</translation>
    </message>
  </context>
  <context>
    <name>TicketTableModel</name>
    <message>
      <source>Number</source>
      <translation>單號</translation>
    </message>
    <message>
      <source>Reported at</source>
      <translation>報修時間</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>緊急程度</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>報修人</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>維修工</translation>
    </message>
    <message>
      <source>Time used</source>
      <translation>已用時</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>剩餘時間</translation>
    </message>
    <message>
      <source>Overdue by</source>
      <translation>已逾時</translation>
    </message>
  </context>
  <context>
    <name>TimelineTableModel</name>
    <message>
      <source>Login: {login}</source>
      <translation>使用者名稱：{login}</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步驟</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>狀態變化</translation>
    </message>
    <message>
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
  </context>
  <context>
    <name>TrendChart</name>
    <message>
      <source>Monthly scores, {year}</source>
      <translation>{year} 年各月得分</translation>
    </message>
  </context>
  <context>
    <name>UnitForm</name>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>from the room number</source>
      <translation>依房號推算</translation>
    </message>
    <message>
      <source>Building</source>
      <translation>樓棟</translation>
    </message>
    <message>
      <source>Entrance</source>
      <translation>單元</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>室</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>樓層</translation>
    </message>
    <message>
      <source>Area (m²)</source>
      <translation>面積(㎡)</translation>
    </message>
  </context>
  <context>
    <name>UnitsTableModel</name>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>樓層</translation>
    </message>
    <message>
      <source>Area (m²)</source>
      <translation>面積(㎡)</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <source>Users</source>
      <translation>使用者</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>新增使用者…</translation>
    </message>
    <message>
      <source>Disable…</source>
      <translation>停用…</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>重設密碼…</translation>
    </message>
    <message>
      <source>Change role…</source>
      <translation>變更角色…</translation>
    </message>
    <message>
      <source>Enable…</source>
      <translation>啟用…</translation>
    </message>
  </context>
  <context>
    <name>UsersTableModel</name>
    <message>
      <source>User name</source>
      <translation>使用者名稱</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Last login</source>
      <translation>最近登入</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>啟用</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>never</source>
      <translation>從未</translation>
    </message>
  </context>
  <context>
    <name>VehicleExitDialog</name>
    <message>
      <source>Vehicle leaves</source>
      <translation>車輛出場</translation>
    </message>
    <message>
      <source>Confirm exit</source>
      <translation>確認出場</translation>
    </message>
    <message>
      <source>e.g. no new scratches</source>
      <translation>例如：無新增刮痕</translation>
    </message>
    <message>
      <source>Permit handed back</source>
      <translation>臨時停車證已收回</translation>
    </message>
    <message>
      <source>Print a receipt</source>
      <translation>列印收費憑據</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>車牌</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>車輛</translation>
    </message>
    <message>
      <source>Entered at (ask the driver)</source>
      <translation>入場時間（詢問司機）</translation>
    </message>
    <message>
      <source>No entry on record: the time the driver states is recorded.</source>
      <translation>沒有入場記錄：將按司機所述時間登記。</translation>
    </message>
    <message>
      <source>Entered at</source>
      <translation>入場時間</translation>
    </message>
    <message>
      <source>Time inside</source>
      <translation>停放時長</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>應收費用</translation>
    </message>
    <message>
      <source>Exterior check</source>
      <translation>車況檢查</translation>
    </message>
    <message>
      <source>Permit</source>
      <translation>臨時停車證</translation>
    </message>
    <message>
      <source>free: resident's vehicle</source>
      <translation>免費：住戶車輛</translation>
    </message>
    <message>
      <source>free: within the free minutes</source>
      <translation>免費：在免費時長內</translation>
    </message>
    <message>
      <source>free: no time inside</source>
      <translation>免費：未停放</translation>
    </message>
    <message>
      <source>daily cap applied</source>
      <translation>已按每日封頂收費</translation>
    </message>
    <message>
      <source>Registered vehicle</source>
      <translation>登記車輛</translation>
    </message>
    <message>
      <source>Visitor vehicle, permit {permit}</source>
      <translation>外來車輛，臨時停車證 {permit}</translation>
    </message>
    <message>
      <source>Visitor vehicle</source>
      <translation>外來車輛</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} 小時 {minutes} 分鐘</translation>
    </message>
  </context>
  <context>
    <name>VehicleForm</name>
    <message>
      <source>Register a vehicle</source>
      <translation>登記車輛</translation>
    </message>
    <message>
      <source>e.g. 粤B12345 or 粤BD12345</source>
      <translation>例如：粤B12345 或 粤BD12345</translation>
    </message>
    <message>
      <source>brand and colour</source>
      <translation>品牌和顏色</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>車牌號</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>車主</translation>
    </message>
    <message>
      <source>Parking space</source>
      <translation>車位</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>車輛描述</translation>
    </message>
  </context>
  <context>
    <name>VehiclePanel</name>
    <message>
      <source>Vehicles</source>
      <translation>車輛</translation>
    </message>
    <message>
      <source>Plate coming in, then Enter</source>
      <translation>入場車牌，然後按 Enter</translation>
    </message>
    <message>
      <source>Plate going out, then Enter</source>
      <translation>出場車牌，然後按 Enter</translation>
    </message>
    <message>
      <source>In (F3)</source>
      <translation>入場 (F3)</translation>
    </message>
    <message>
      <source>Out (F4)</source>
      <translation>出場 (F4)</translation>
    </message>
    <message>
      <source>{plate} in: visitor's vehicle for {unit} ({purpose})</source>
      <translation>{plate} 入場：外來車輛，到訪 {unit}（{purpose}）</translation>
    </message>
    <message>
      <source>Hand over permit {permit}.</source>
      <translation>請發放臨時停車證 {permit}。</translation>
    </message>
    <message>
      <source>{plate} in: registered to {name} ({unit})</source>
      <translation>{plate} 入場：登記車主 {name}（{unit}）</translation>
    </message>
    <message>
      <source>{plate} out: {fee} collected</source>
      <translation>{plate} 出場：收費 {fee}</translation>
    </message>
  </context>
  <context>
    <name>VehiclesInsideTableModel</name>
    <message>
      <source>registered</source>
      <translation>登記車輛</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房號</translation>
    </message>
    <message>
      <source>Owner / purpose</source>
      <translation>車主 / 事由</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>車牌</translation>
    </message>
    <message>
      <source>Permit</source>
      <translation>臨時停車證</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>進入時間</translation>
    </message>
  </context>
  <context>
    <name>VehiclesTableModel</name>
    <message>
      <source>Plate</source>
      <translation>車牌號</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>車主</translation>
    </message>
    <message>
      <source>Parking space</source>
      <translation>車位</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>車輛描述</translation>
    </message>
  </context>
  <context>
    <name>VerdictForm</name>
    <message>
      <source>The complainant is</source>
      <translation>投訴人意見</translation>
    </message>
  </context>
  <context>
    <name>VisitorCarForm</name>
    <message>
      <source>Visitor's vehicle</source>
      <translation>外來車輛登記</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>車牌</translation>
    </message>
    <message>
      <source>Unit visited</source>
      <translation>到訪房號</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如 3-2-1502</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>來訪事由</translation>
    </message>
  </context>
  <context>
    <name>VisitorForm</name>
    <message>
      <source>New visitor</source>
      <translation>訪客登記</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>選填</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如：3-2-1502</translation>
    </message>
    <message>
      <source>By phone</source>
      <translation>電話確認</translation>
    </message>
    <message>
      <source>By intercom</source>
      <translation>對講確認</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>當面確認</translation>
    </message>
    <message>
      <source>the resident who agreed</source>
      <translation>同意來訪的住戶</translation>
    </message>
    <message>
      <source>Visitor's name</source>
      <translation>訪客姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身分證號</translation>
    </message>
    <message>
      <source>Unit visited</source>
      <translation>到訪房號</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>來訪事由</translation>
    </message>
    <message>
      <source>How confirmed</source>
      <translation>確認方式</translation>
    </message>
    <message>
      <source>Confirmed by</source>
      <translation>確認人</translation>
    </message>
  </context>
  <context>
    <name>VoidNoticeDialog</name>
    <message>
      <source>Void notice {number}</source>
      <translation>作廢通知單 {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>VoidRow</name>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>The record stays on file, marked void, and is left out of every count. Your name, the time and the reason are kept with it.</source>
      <translation>該記錄仍會保留並標記為作廢，不計入任何統計。您的姓名、作廢時間和原因將一併記錄。</translation>
    </message>
  </context>
  <context>
    <name>WandCodesModel</name>
    <message>
      <source>Code</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Swipes</source>
      <translation>刷卡次數</translation>
    </message>
    <message>
      <source>Wands</source>
      <translation>巡更棒</translation>
    </message>
    <message>
      <source>Mapped to</source>
      <translation>對應到</translation>
    </message>
    <message>
      <source>not mapped</source>
      <translation>未對應</translation>
    </message>
  </context>
  <context>
    <name>WandCodesPage</name>
    <message>
      <source>Map each new code to the checkpoint its tag is fixed at, or to the guard whose card it is. Mappings are kept for every later file; a code left unmapped is listed with its swipes, not made part of a round.</source>
      <translation>請將每個新編碼對應到其標籤所在的巡邏點，或對應到持有該人員卡的保安。對應關係會保留，用於以後的所有檔案；未對應的編碼會連同其刷卡記錄列出，不計入巡邏。</translation>
    </message>
    <message>
      <source>Map to this checkpoint</source>
      <translation>對應到此巡邏點</translation>
    </message>
    <message>
      <source>Map to this guard</source>
      <translation>對應到此保安</translation>
    </message>
    <message>
      <source>Leave unmapped</source>
      <translation>暫不對應</translation>
    </message>
    <message>
      <source>Checkpoint (a tag)</source>
      <translation>巡邏點（標籤）</translation>
    </message>
    <message>
      <source>Guard (a card)</source>
      <translation>保安（人員卡）</translation>
    </message>
  </context>
  <context>
    <name>WandColumnsPage</name>
    <message>
      <source>Wand model</source>
      <translation>巡更棒型號</translation>
    </message>
    <message>
      <source>e.g. L-9000: the columns are remembered under this name</source>
      <translation>例如 L-9000：欄位設定按此名稱保存</translation>
    </message>
    <message>
      <source>Device (wand number)</source>
      <translation>設備號（巡更棒編號）</translation>
    </message>
    <message>
      <source>Card or tag code</source>
      <translation>卡號或標籤號</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Date (when apart from the time)</source>
      <translation>日期（與時間分欄時）</translation>
    </message>
    <message>
      <source>The file's first rows:</source>
      <translation>檔案的前幾列：</translation>
    </message>
    <message>
      <source>Which column of {file} holds what? The choice is remembered for the wand model named below, so its next file is read without asking.</source>
      <translation>{file} 的各欄分別是什麼內容？所選設定將按下方的巡更棒型號保存，該型號的下一個檔案將直接讀取，不再詢問。</translation>
    </message>
    <message>
      <source>— none: the time column holds the date —</source>
      <translation>— 無：時間欄已含日期 —</translation>
    </message>
  </context>
  <context>
    <name>WandImportDialog</name>
    <message>
      <source>Import patrol wand records</source>
      <translation>匯入巡更棒記錄</translation>
    </message>
    <message>
      <source>Choose the wand model, then the file its software exported (CSV or Excel). The columns of a new model and each new code are asked about once; the same file imported again adds nothing.</source>
      <translation>先選擇巡更棒型號，再選擇其配套軟體匯出的檔案（CSV 或 Excel）。新型號的欄位和每個新編碼只需設定一次；同一檔案再次匯入不會重複新增。</translation>
    </message>
    <message>
      <source>The template's columns ({columns})</source>
      <translation>範本的欄位（{columns}）</translation>
    </message>
    <message>
      <source>Choose a model, or type the name of a new one</source>
      <translation>選擇型號，或輸入新型號的名稱</translation>
    </message>
    <message>
      <source>Wand &amp;model</source>
      <translation>巡更棒型號(&amp;M)</translation>
    </message>
    <message>
      <source>Download template…</source>
      <translation>下載範本…</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>選擇檔案…</translation>
    </message>
    <message>
      <source>Change code mappings…</source>
      <translation>修改編碼對應…</translation>
    </message>
    <message>
      <source>&lt; Back</source>
      <translation>&lt; 上一步</translation>
    </message>
    <message>
      <source>Next &gt;</source>
      <translation>下一步 &gt;</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>匯入</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <source>Save and preview &gt;</source>
      <translation>儲存並預覽 &gt;</translation>
    </message>
    <message>
      <source>Preview &gt;</source>
      <translation>預覽 &gt;</translation>
    </message>
    <message>
      <source>Choose the wand's file</source>
      <translation>選擇巡更棒匯出的檔案</translation>
    </message>
    <message>
      <source>Wand records (*.csv *.txt *.xlsx);;All files (*)</source>
      <translation>巡更棒記錄 (*.csv *.txt *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Rounds ({n})</source>
      <translation>巡邏 ({n})</translation>
    </message>
    <message>
      <source>Swipes listed ({n})</source>
      <translation>有問題的刷卡記錄 ({n})</translation>
    </message>
    <message>
      <source>Rows not read ({n})</source>
      <translation>無法讀取的列 ({n})</translation>
    </message>
    <message>
      <source>Imported from {file}: {r} rounds made; {l} swipes listed with a problem.</source>
      <translation>已從 {file} 匯入：產生 {r} 次巡邏；{l} 筆刷卡記錄有問題，已列出。</translation>
    </message>
    <message>
      <source>{e} of the {t} rows of {file} cannot be read. Nothing will be imported until every row is right: correct the file (or choose other columns) and choose it again.</source>
      <translation>{file} 共 {t} 列，其中 {e} 列無法讀取。所有列都正確之前不會匯入任何內容：請修正檔案（或改選其他欄位）後重新選擇該檔案。</translation>
    </message>
    <message>
      <source>{file}, {t} rows: {r} rounds will be made; {l} swipes are listed with a problem. Nothing has been written yet: press Import.</source>
      <translation>{file}，共 {t} 列：將產生 {r} 次巡邏；{l} 筆刷卡記錄有問題，已列出。尚未寫入任何內容：請按「匯入」。</translation>
    </message>
    <message>
      <source>Already imported: {n} swipes (they add nothing).</source>
      <translation>已匯入過：{n} 筆刷卡記錄（不會重複新增）。</translation>
    </message>
    <message>
      <source>{n} rows repeat another row of the file.</source>
      <translation>{n} 列與檔案中的其他列重複。</translation>
    </message>
    <message>
      <source>{n} codes are not mapped: their swipes are kept and listed, not made rounds.</source>
      <translation>{n} 個編碼未對應：其刷卡記錄會保留並列出，但不產生巡邏。</translation>
    </message>
  </context>
  <context>
    <name>WandListedModel</name>
    <message>
      <source>Row</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Wand</source>
      <translation>巡更棒</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>問題</translation>
    </message>
  </context>
  <context>
    <name>WandNames</name>
    <message>
      <source>Code not mapped</source>
      <translation>編碼未對應</translation>
    </message>
    <message>
      <source>Checkpoint out of service</source>
      <translation>巡邏點已停用</translation>
    </message>
    <message>
      <source>Guard card, no checkpoint after it</source>
      <translation>刷了人員卡，之後沒有巡邏點</translation>
    </message>
    <message>
      <source>Touched twice</source>
      <translation>重複刷卡</translation>
    </message>
    <message>
      <source>No guard card before it</source>
      <translation>之前沒有刷人員卡</translation>
    </message>
    <message>
      <source>Slot already answered</source>
      <translation>該時段已有巡邏</translation>
    </message>
    <message>
      <source>Wand clock wrong (future or too old)</source>
      <translation>巡更棒時鐘有誤（時間在未來或過早）</translation>
    </message>
    <message>
      <source>Slot already answered by round {number}</source>
      <translation>該時段已有巡邏 {number}</translation>
    </message>
    <message>
      <source>Slot already answered by another round of this file</source>
      <translation>該時段已有本檔案中的另一次巡邏</translation>
    </message>
  </context>
  <context>
    <name>WandRoundsModel</name>
    <message>
      <source>Number</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Wand</source>
      <translation>巡更棒</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路線</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡邏人員</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>開始時間</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>時段</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡邏點</translation>
    </message>
    <message>
      <source>{name} (no guard card)</source>
      <translation>{name}（未刷人員卡）</translation>
    </message>
    <message>
      <source>({n} touched twice)</source>
      <translation>（重複刷卡 {n} 次）</translation>
    </message>
  </context>
  <context>
    <name>WandRowErrorsModel</name>
    <message>
      <source>Row</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>欄</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>問題</translation>
    </message>
  </context>
  <context>
    <name>WandSampleModel</name>
    <message>
      <source>Row</source>
      <translation>列</translation>
    </message>
  </context>
  <context>
    <name>WeekModel</name>
    <message>
      <source>Trade</source>
      <translation>工種</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>工作內容</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>頻次</translation>
    </message>
  </context>
  <context>
    <name>WeekPanel</name>
    <message>
      <source>◀ Previous week</source>
      <translation>◀ 上一週</translation>
    </message>
    <message>
      <source>Next week ▶</source>
      <translation>下一週 ▶</translation>
    </message>
    <message>
      <source>Both trades</source>
      <translation>保潔與綠化</translation>
    </message>
    <message>
      <source>Print week sheet…</source>
      <translation>列印週工作表…</translation>
    </message>
    <message>
      <source>Week of</source>
      <translation>所在週</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>工種</translation>
    </message>
    <message>
      <source>{first} to {last}</source>
      <translation>{first} 至 {last}</translation>
    </message>
  </context>
  <context>
    <name>WindowsDelegate</name>
    <message>
      <source> min</source>
      <translation> 分鐘</translation>
    </message>
  </context>
  <context>
    <name>WindowsTableModel</name>
    <message>
      <source>Start</source>
      <translation>開始</translation>
    </message>
    <message>
      <source>End</source>
      <translation>結束</translation>
    </message>
    <message>
      <source>Every (min)</source>
      <translation>間隔（分鐘）</translation>
    </message>
  </context>
  <context>
    <name>WorkloadTableModel</name>
    <message>
      <source>Technician</source>
      <translation>維修工</translation>
    </message>
    <message>
      <source>(not dispatched yet)</source>
      <translation>（尚未派工）</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾時</translation>
    </message>
    <message>
      <source>Stale</source>
      <translation>久未處理</translation>
    </message>
  </context>
  <context>
    <name>WorklogNames</name>
    <message>
      <source>Cleaning</source>
      <translation>保潔</translation>
    </message>
    <message>
      <source>Greening</source>
      <translation>綠化</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>缺記錄</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>待做</translation>
    </message>
    <message>
      <source>Extra</source>
      <translation>計劃外</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>週一</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>週二</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>週三</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>週四</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>週五</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>週六</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>週日</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>每天</translation>
    </message>
    <message>
      <source>On weekdays</source>
      <translation>每週指定幾天</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>每週一次</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <source>Monthly: day {day}</source>
      <translation>每月 {day} 日</translation>
    </message>
    <message>
      <source>Weekly: {days}</source>
      <translation>每週一次：{days}</translation>
    </message>
  </context>
  <context>
    <name>WorklogPrinting</name>
    <message>
      <source>Week's work sheet from {monday}</source>
      <translation>週工作表（{monday} 起）</translation>
    </message>
  </context>
  <context>
    <name>WorklogsTab</name>
    <message>
      <source>Entries</source>
      <translation>日誌記錄</translation>
    </message>
    <message>
      <source>Week plan</source>
      <translation>週計劃</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>任務</translation>
    </message>
    <message>
      <source>Log an area… (F2)</source>
      <translation>整區錄入…（F2）</translation>
    </message>
    <message>
      <source>Work logs</source>
      <translation>保潔綠化日誌</translation>
    </message>
    <message>
      <source>Void entry…</source>
      <translation>作廢記錄…</translation>
    </message>
    <message>
      <source>No tasks yet: add them on the Tasks page.</source>
      <translation>尚無任務：請在「任務」頁新增。</translation>
    </message>
    <message>
      <source>{n} entries saved.</source>
      <translation>已儲存 {n} 筆記錄。</translation>
    </message>
    <message>
      <source>Void {task} of {area} on {day}</source>
      <translation>作廢 {day} {area} 的「{task}」</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>_FindingForm</name>
    <message>
      <source>{number} · {checkpoint} {place} · {category}: {seen} ({at})</source>
      <translation>{number} · {checkpoint} {place} · {category}：{seen}（{at}）</translation>
    </message>
  </context>
  <context>
    <name>_InquiryForm</name>
    <message>
      <source>{number} · {kind} · {at}: {question}</source>
      <translation>{number} · {kind} · {at}：{question}</translation>
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
      <source>The database server cannot be reached. Nothing was saved; check this station's network cable and that the server is on, then try again.</source>
      <translation>無法連線資料庫伺服器。未儲存任何內容；請檢查本工作站的網路線以及伺服器是否已開機，然後重試。</translation>
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
      <source>The data folder {folder} cannot be written to ({reason}). Choose another folder with --data-dir or fix its permissions.</source>
      <translation>資料夾 {folder} 無法寫入（{reason}）。請用 --data-dir 選擇其他資料夾，或修正其權限。</translation>
    </message>
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
      <source>The address can have at most 200 characters.</source>
      <translation>地址最多 200 個字元。</translation>
    </message>
    <message>
      <source>The hotline is a phone number, e.g. 0755-12345678.</source>
      <translation>服務專線應為電話號碼，例如 0755-12345678。</translation>
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
    <message>
      <source>Enter 0 (never) or a number of minutes from 1 to {limit}.</source>
      <translation>請輸入 0（不鎖定）或 1 到 {limit} 之間的分鐘數。</translation>
    </message>
    <message>
      <source>Give the admin password in PROPDESK_ADMIN_PASSWORD or type it.</source>
      <translation>請透過 PROPDESK_ADMIN_PASSWORD 提供管理員密碼，或直接輸入。</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
      <source>{text} is not a valid number (e.g. WX202611-0001).</source>
      <translation>{text} 不是有效的編號（例如 WX202611-0001）。</translation>
    </message>
    <message>
      <source>Not a valid ID card number (18 characters, the last a digit or X, with a matching check digit).</source>
      <translation>身分證號碼無效（應為 18 位，最後一位為數字或 X，且檢查碼正確）。</translation>
    </message>
    <message>
      <source>Not a valid phone number (a mobile has 11 digits starting with 1).</source>
      <translation>電話號碼無效（手機號碼為以 1 開頭的 11 位數字）。</translation>
    </message>
    <message>
      <source>This text contains a character that cannot be stored; retype it.</source>
      <translation>此文字包含無法儲存的字元，請重新輸入。</translation>
    </message>
    <message>
      <source>A plate has 7 characters (8 for new-energy vehicles).</source>
      <translation>車牌應為 7 位（新能源車為 8 位）。</translation>
    </message>
    <message>
      <source>Enter the plate number.</source>
      <translation>請輸入車牌號。</translation>
    </message>
    <message>
      <source>{plate}: a plate starts with a province character such as 粤 or 京.</source>
      <translation>{plate}：車牌應以省份簡稱開頭，例如 粤 或 京。</translation>
    </message>
    <message>
      <source>{plate}: a plate has 7 characters (8 for new-energy vehicles), not {n}.</source>
      <translation>{plate}：車牌應為 7 位（新能源車為 8 位），而不是 {n} 位。</translation>
    </message>
    <message>
      <source>{plate}: plates never use the letters I or O (use 1 or 0).</source>
      <translation>{plate}：車牌不使用字母 I 或 O（請用 1 或 0）。</translation>
    </message>
    <message>
      <source>{plate}: a new-energy plate has D or F after the city letter (粤BD12345) or at the end (粤B12345D).</source>
      <translation>{plate}：新能源車牌的 D 或 F 位於城市字母之後（粤BD12345）或末尾（粤B12345D）。</translation>
    </message>
    <message>
      <source>{plate}: after the province comes the city letter, then 5 letters or digits.</source>
      <translation>{plate}：省份簡稱後應為城市字母，再接 5 位字母或數字。</translation>
    </message>
    <message>
      <source>There are no columns to export.</source>
      <translation>沒有可匯出的欄位。</translation>
    </message>
    <message>
      <source>The sheet {title} would have more than {limit} rows, more than Excel can open. Export fewer days at a time.</source>
      <translation>工作表「{title}」將超過 {limit} 列，Excel 無法開啟。請每次匯出較少的天數。</translation>
    </message>
    <message>
      <source>The export was cancelled.</source>
      <translation>匯出已取消。</translation>
    </message>
    <message>
      <source>{path} cannot be written. Check that the folder exists and may be written to, that the file is not open in another program, and that the disk is not full.</source>
      <translation>無法寫入 {path}。請檢查資料夾是否存在且可寫入、檔案未被其他程式開啟，以及磁碟未滿。</translation>
    </message>
    <message>
      <source>The user name needs 2 to 40 letters, digits, dots, dashes or underscores.</source>
      <translation>使用者名稱須為 2 到 40 個字母、數字、點、連字號或底線。</translation>
    </message>
    <message>
      <source>Enter the person's name (at most 60 characters).</source>
      <translation>請輸入姓名（最多 60 個字元）。</translation>
    </message>
    <message>
      <source>The password needs at least {n} characters.</source>
      <translation>密碼至少需要 {n} 個字元。</translation>
    </message>
    <message>
      <source>The password can have at most {limit} characters.</source>
      <translation>密碼最多 {limit} 個字元。</translation>
    </message>
    <message>
      <source>Choose a role from the list.</source>
      <translation>請從清單中選擇角色。</translation>
    </message>
    <message>
      <source>The reason can have at most {limit} characters.</source>
      <translation>原因最多 {limit} 個字元。</translation>
    </message>
    <message>
      <source>An administrator already exists.</source>
      <translation>管理員已存在。</translation>
    </message>
    <message>
      <source>Wrong user name or password.</source>
      <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
      <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
      <translation>密碼錯誤次數過多。請 {seconds} 秒後再試。</translation>
    </message>
    <message>
      <source>The user name {name} is taken.</source>
      <translation>使用者名稱 {name} 已被使用。</translation>
    </message>
    <message>
      <source>No such user.</source>
      <translation>使用者不存在。</translation>
    </message>
    <message>
      <source>You cannot disable yourself or take away your own admin role.</source>
      <translation>不能停用自己，也不能取消自己的管理員角色。</translation>
    </message>
    <message>
      <source>At least one active administrator must remain.</source>
      <translation>必須保留至少一位有效的管理員。</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this ({module}: {action}).</source>
      <translation>您的角色（{role}）無權執行此操作（{module}：{action}）。</translation>
    </message>
    <message>
      <source>The database file is damaged or is not a propdesk database. It was moved aside unchanged as {aside}; restore the newest backup.</source>
      <translation>資料庫檔案已損壞或不是 propdesk 資料庫。該檔案已原樣另存為 {aside}；請還原最新的備份。</translation>
    </message>
    <message>
      <source>There is nothing to back up yet: no estate is set up in this database. Set up the estate first, or restore a backup.</source>
      <translation>目前沒有可備份的內容：此資料庫中尚未設定小區。請先設定小區，或還原備份。</translation>
    </message>
    <message>
      <source>The database itself is damaged ({finding}), so no backup was made. Do not back up over the backups you have: restore the newest good backup, {backup} ({when}).</source>
      <translation>資料庫本身已損壞（{finding}），因此未進行備份。請勿用新備份覆蓋現有備份：請還原最新的完好備份 {backup}（{when}）。</translation>
    </message>
    <message>
      <source>The database itself is damaged ({finding}), so no backup was made, and the backup folder holds no good backup to restore. Keep the database file as it is and call for help.</source>
      <translation>資料庫本身已損壞（{finding}），因此未進行備份，且備份資料夾中沒有可還原的完好備份。請保持資料庫檔案原樣，並尋求技術支援。</translation>
    </message>
    <message>
      <source>The file {name} does not exist.</source>
      <translation>檔案 {name} 不存在。</translation>
    </message>
    <message>
      <source>{name} is not a usable propdesk backup (damaged or not a database).</source>
      <translation>{name} 不是可用的 propdesk 備份（已損壞或不是資料庫）。</translation>
    </message>
    <message>
      <source>Enter the building number (at most 10 characters).</source>
      <translation>請輸入樓棟編號（最多 10 個字元）。</translation>
    </message>
    <message>
      <source>The building name can have at most 60 characters.</source>
      <translation>樓棟名稱最多 60 個字元。</translation>
    </message>
    <message>
      <source>Floors must be between 1 and {max}.</source>
      <translation>樓層數須在 1 到 {max} 之間。</translation>
    </message>
    <message>
      <source>Building {code} already exists.</source>
      <translation>樓棟 {code} 已存在。</translation>
    </message>
    <message>
      <source>Building {code} has {n} units whose numbers start with its code: it keeps its code.</source>
      <translation>樓棟 {code} 有 {n} 個房號以該樓棟編號開頭，因此樓棟編號不能修改。</translation>
    </message>
    <message>
      <source>Building {code} still has {n} units: it cannot be voided.</source>
      <translation>樓棟 {code} 仍有 {n} 個房號，不能作廢。</translation>
    </message>
    <message>
      <source>No such building.</source>
      <translation>樓棟不存在。</translation>
    </message>
    <message>
      <source>The scale must be above 0 and at most {max}.</source>
      <translation>規模須大於 0 且不超過 {max}。</translation>
    </message>
    <message>
      <source>The years of gate traffic must be 0 to {max}.</source>
      <translation>門崗流量的年數必須在 0 到 {max} 之間。</translation>
    </message>
    <message>
      <source>The database already has buildings or residents; demo data goes only into an empty one.</source>
      <translation>資料庫中已有樓棟或住戶；示範資料只能寫入空資料庫。</translation>
    </message>
    <message>
      <source>A card number has 4 to 32 letters or digits.</source>
      <translation>卡號須為 4 到 32 位字母或數字。</translation>
    </message>
    <message>
      <source>{name} is not a resident of {unit}.</source>
      <translation>{name} 不是 {unit} 的住戶。</translation>
    </message>
    <message>
      <source>Choose the card's status from the list.</source>
      <translation>請從清單中選擇門禁卡狀態。</translation>
    </message>
    <message>
      <source>Card {number} is already registered.</source>
      <translation>卡號 {number} 已登記。</translation>
    </message>
    <message>
      <source>Say why the card's status changes.</source>
      <translation>請說明門禁卡狀態變更的原因。</translation>
    </message>
    <message>
      <source>No such card.</source>
      <translation>門禁卡不存在。</translation>
    </message>
    <message>
      <source>Nobody handles this complaint yet: assign it first.</source>
      <translation>此投訴尚無人處理：請先分派。</translation>
    </message>
    <message>
      <source>Assign the complaint to a department and a person before answering it.</source>
      <translation>答覆前，請先將投訴分派給部門和責任人。</translation>
    </message>
    <message>
      <source>Record the answer given before the complainant's verdict.</source>
      <translation>請先登記答覆內容，再登記投訴人評價。</translation>
    </message>
    <message>
      <source>A complaint closes when the complainant is satisfied; otherwise a manager closes it with a reason.</source>
      <translation>投訴人滿意後投訴即關閉；否則由主管填寫原因後關閉。</translation>
    </message>
    <message>
      <source>The follow-up visit is recorded after the complaint is closed.</source>
      <translation>投訴關閉後才能登記回訪。</translation>
    </message>
    <message>
      <source>This step has already been recorded for this complaint.</source>
      <translation>此投訴已登記過這一步。</translation>
    </message>
    <message>
      <source>This complaint was voided; no further step is possible.</source>
      <translation>此投訴已作廢，不能再進行任何操作。</translation>
    </message>
    <message>
      <source>A complaint is received once, when it is taken.</source>
      <translation>投訴僅在受理時接收一次，不能重複登記。</translation>
    </message>
    <message>
      <source>The complaint is already assigned: reassign it instead.</source>
      <translation>該投訴已分派：如需換人請改派。</translation>
    </message>
    <message>
      <source>The complainant is satisfied: close the complaint with its root cause.</source>
      <translation>投訴人已滿意：請填寫根本原因並關閉投訴。</translation>
    </message>
    <message>
      <source>This complaint is closed; only its follow-up visit can be recorded.</source>
      <translation>此投訴已關閉，只能登記回訪。</translation>
    </message>
    <message>
      <source>Choose the department responsible.</source>
      <translation>請選擇責任部門。</translation>
    </message>
    <message>
      <source>Choose the person responsible.</source>
      <translation>請選擇責任人。</translation>
    </message>
    <message>
      <source>Describe what the investigation found.</source>
      <translation>請填寫調查結果。</translation>
    </message>
    <message>
      <source>Describe the resolution given to the complainant.</source>
      <translation>請填寫給投訴人的處理結果。</translation>
    </message>
    <message>
      <source>Record whether the complainant is satisfied.</source>
      <translation>請登記投訴人是否滿意。</translation>
    </message>
    <message>
      <source>Give the reason for closing without satisfaction.</source>
      <translation>請填寫投訴人不滿意仍關閉的原因。</translation>
    </message>
    <message>
      <source>Choose the root cause.</source>
      <translation>請選擇根本原因。</translation>
    </message>
    <message>
      <source>Describe the root cause.</source>
      <translation>請描述根本原因。</translation>
    </message>
    <message>
      <source>Describe the corrective action.</source>
      <translation>請填寫糾正措施。</translation>
    </message>
    <message>
      <source>Give a reason for voiding.</source>
      <translation>請填寫作廢原因。</translation>
    </message>
    <message>
      <source>Enter who made the follow-up visit.</source>
      <translation>請輸入回訪人。</translation>
    </message>
    <message>
      <source>Choose how the follow-up was made.</source>
      <translation>請選擇回訪方式。</translation>
    </message>
    <message>
      <source>Describe the result of the follow-up.</source>
      <translation>請填寫回訪結果。</translation>
    </message>
    <message>
      <source>Enter the resident's name (at most 40 characters).</source>
      <translation>請輸入住戶姓名（最多 40 個字元）。</translation>
    </message>
    <message>
      <source>An ID document number has 6 to 30 characters (ID card: 18).</source>
      <translation>證件號碼須為 6 到 30 個字元（身分證為 18 位）。</translation>
    </message>
    <message>
      <source>Choose owner, tenant or family member.</source>
      <translation>請選擇業主、租戶或家庭成員。</translation>
    </message>
    <message>
      <source>The move-out date is before the move-in date.</source>
      <translation>遷出日期早於入住日期。</translation>
    </message>
    <message>
      <source>This ID number is already recorded for {name} of {unit}.</source>
      <translation>該身分證號已登記在 {unit} 的 {name} 名下。</translation>
    </message>
    <message>
      <source>No such resident.</source>
      <translation>住戶不存在。</translation>
    </message>
    <message>
      <source>Use 1 to {limit} letters or digits.</source>
      <translation>請使用 1 到 {limit} 位字母或數字。</translation>
    </message>
    <message>
      <source>Area is a number of square metres, e.g. 89.5 (at most 2 decimals).</source>
      <translation>面積為平方公尺數，例如 89.5（最多 2 位小數）。</translation>
    </message>
    <message>
      <source>The unit number {code} is longer than {limit} characters.</source>
      <translation>房號 {code} 超過 {limit} 個字元。</translation>
    </message>
    <message>
      <source>Floor must be between -5 and 200 (not 0).</source>
      <translation>樓層須在 -5 到 200 之間（不能為 0）。</translation>
    </message>
    <message>
      <source>Enter a date.</source>
      <translation>請輸入日期。</translation>
    </message>
    <message>
      <source>Enter the code: 1 to {limit} letters or digits, with - . / _ between them.</source>
      <translation>請輸入編號：1 到 {limit} 位字母或數字，中間可用 - . / _ 分隔。</translation>
    </message>
    <message>
      <source>Enter the name (at most {limit} characters).</source>
      <translation>請輸入名稱（最多 {limit} 個字元）。</translation>
    </message>
    <message>
      <source>There is no unit {code}.</source>
      <translation>沒有房號 {code}。</translation>
    </message>
    <message>
      <source>Give the unit, or describe the place.</source>
      <translation>請填寫房號，或描述所在位置。</translation>
    </message>
    <message>
      <source>No such unit.</source>
      <translation>房號不存在。</translation>
    </message>
    <message>
      <source>A parking space code has up to 20 letters or digits.</source>
      <translation>車位編號最多 20 位字母或數字。</translation>
    </message>
    <message>
      <source>No such vehicle.</source>
      <translation>車輛不存在。</translation>
    </message>
    <message>
      <source>Enter the reason.</source>
      <translation>請輸入原因。</translation>
    </message>
    <message>
      <source>This cell must be filled in.</source>
      <translation>此儲存格必須填寫。</translation>
    </message>
    <message>
      <source>{value} is too long for Excel to keep as a number: format the column as text and type it again.</source>
      <translation>{value} 太長，Excel 無法將其作為數字保存：請將該欄設定為文字格式後重新輸入。</translation>
    </message>
    <message>
      <source>Excel turned this cell into a date; format the column as text and type it again.</source>
      <translation>Excel 把此儲存格變成了日期；請將該欄設定為文字格式後重新輸入。</translation>
    </message>
    <message>
      <source>Enter a whole number here.</source>
      <translation>此處請輸入整數。</translation>
    </message>
    <message>
      <source>Enter a number here, not a date.</source>
      <translation>此處請輸入數字，而不是日期。</translation>
    </message>
    <message>
      <source>{value} is not a date; enter a date such as 2026-11-03.</source>
      <translation>{value} 不是日期；請輸入類似 2026-11-03 的日期。</translation>
    </message>
    <message>
      <source>{value} is not one of: {choices}.</source>
      <translation>{value} 不在可選值中：{choices}。</translation>
    </message>
    <message>
      <source>The column {column} appears twice.</source>
      <translation>欄位 {column} 出現了兩次。</translation>
    </message>
    <message>
      <source>Unknown columns: {columns}. Use the column headers of the template.</source>
      <translation>未知的欄位：{columns}。請使用範本中的欄位標題。</translation>
    </message>
    <message>
      <source>Required columns are missing: {columns}.</source>
      <translation>缺少必填欄位：{columns}。</translation>
    </message>
    <message>
      <source>Column {column} has data (row {row}) but no header.</source>
      <translation>欄位 {column} 有資料（第 {row} 列），但沒有欄位標題。</translation>
    </message>
    <message>
      <source>This row clashes with a record already stored (perhaps a voided one with the same number).</source>
      <translation>此列與已儲存的記錄衝突（可能是編號相同的已作廢記錄）。</translation>
    </message>
    <message>
      <source>This row repeats row {row}.</source>
      <translation>此列與第 {row} 列重複。</translation>
    </message>
    <message>
      <source>The import was cancelled.</source>
      <translation>匯入已取消。</translation>
    </message>
    <message>
      <source>{name} is not an Excel workbook (.xlsx). Save the sheet in Excel as an .xlsx workbook (a .csv or .xls file cannot be imported).</source>
      <translation>{name} 不是 Excel 活頁簿（.xlsx）。請在 Excel 中將其另存為 .xlsx 活頁簿（無法匯入 .csv 或 .xls 檔案）。</translation>
    </message>
    <message>
      <source>{name} could not be read as an Excel workbook (.xlsx). Open it in Excel and save it again.</source>
      <translation>無法將 {name} 作為 Excel 活頁簿（.xlsx）讀取。請在 Excel 中開啟並重新儲存。</translation>
    </message>
    <message>
      <source>{name} has more than {limit} rows. Split it into files of at most {limit} rows.</source>
      <translation>{name} 超過 {limit} 列。請拆分為每個不超過 {limit} 列的檔案。</translation>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>檔案 {path} 不存在。</translation>
    </message>
    <message>
      <source>The file {path} cannot be read.</source>
      <translation>無法讀取檔案 {path}。</translation>
    </message>
    <message>
      <source>{name} is encrypted (password-protected) or an old .xls workbook. Open it in Excel, remove the password if it has one, and save it as an .xlsx workbook.</source>
      <translation>{name} 已加密（受密碼保護）或是舊版 .xls 活頁簿。請在 Excel 中開啟，如有密碼請先移除，然後另存為 .xlsx 活頁簿。</translation>
    </message>
    <message>
      <source>{name} is too large to import (over {limit} MB of sheet data).</source>
      <translation>{name} 太大，無法匯入（工作表資料超過 {limit} MB）。</translation>
    </message>
    <message>
      <source>The header row of {name} has merged cells ({cells}). Unmerge them so that every column has its own header.</source>
      <translation>{name} 的標題列有合併儲存格（{cells}）。請取消合併，使每一欄都有自己的標題。</translation>
    </message>
    <message>
      <source>{name} has merged cells ({cells}). Unmerge them and fill in every cell.</source>
      <translation>{name} 有合併儲存格（{cells}）。請取消合併並填寫每個儲存格。</translation>
    </message>
    <message>
      <source>{name} contains XML that is refused for safety (entity declarations), so it was not saved by Excel. Open it in Excel and save it again.</source>
      <translation>{name} 含有基於安全原因被拒絕的 XML（實體宣告），因此它不是由 Excel 儲存的。請在 Excel 中開啟並重新儲存。</translation>
    </message>
    <message>
      <source>{name} has no worksheet.</source>
      <translation>{name} 沒有工作表。</translation>
    </message>
    <message>
      <source>The first sheet of {name} is empty: its first row must hold the column headers.</source>
      <translation>{name} 的第一個工作表是空的：其第一列必須是欄位標題。</translation>
    </message>
    <message>
      <source>The first sheet of {name} has column headers but no rows to import.</source>
      <translation>{name} 的第一個工作表只有欄位標題，沒有可匯入的列。</translation>
    </message>
    <message>
      <source>Free minutes must be a whole number from 0 to {limit} (24 hours).</source>
      <translation>免費分鐘數須為 0 到 {limit}（24 小時）之間的整數。</translation>
    </message>
    <message>
      <source>The hourly rate must be an amount from 0.00 to {most} yuan.</source>
      <translation>每小時收費須為 0.00 到 {most} 元之間的金額。</translation>
    </message>
    <message>
      <source>The daily cap must be an amount from 0.00 to {most} yuan.</source>
      <translation>每日封頂須為 0.00 到 {most} 元之間的金額。</translation>
    </message>
    <message>
      <source>Choose whether residents' vehicles park free.</source>
      <translation>請選擇住戶車輛是否免費停車。</translation>
    </message>
    <message>
      <source>The exit time is before the entry time; check the clock and the times entered.</source>
      <translation>出場時間早於入場時間；請檢查電腦時鐘和所填時間。</translation>
    </message>
    <message>
      <source>Enter the staff member's name (at most 40 characters).</source>
      <translation>請輸入員工姓名（最多 40 個字元）。</translation>
    </message>
    <message>
      <source>A position has at most 40 characters.</source>
      <translation>職務最多 40 個字元。</translation>
    </message>
    <message>
      <source>No department {code}.</source>
      <translation>沒有部門 {code}。</translation>
    </message>
    <message>
      <source>No such staff member.</source>
      <translation>員工不存在。</translation>
    </message>
    <message>
      <source>Enter the visitor's name (at most {limit} characters).</source>
      <translation>請輸入訪客姓名（最多 {limit} 個字元）。</translation>
    </message>
    <message>
      <source>Say how the host confirmed the visit: by phone, intercom or in person.</source>
      <translation>請說明住戶如何確認來訪：電話、對講或當面。</translation>
    </message>
    <message>
      <source>Enter who confirmed the visit (at most {limit} characters).</source>
      <translation>請輸入確認來訪的人（最多 {limit} 個字元）。</translation>
    </message>
    <message>
      <source>An ID number has at most {limit} characters.</source>
      <translation>證件號碼最多 {limit} 個字元。</translation>
    </message>
    <message>
      <source>Card {number} is not registered.</source>
      <translation>卡號 {number} 未登記。</translation>
    </message>
    <message>
      <source>There is no visitor pass {number}.</source>
      <translation>沒有編號為 {number} 的臨時出入證。</translation>
    </message>
    <message>
      <source>The visitor on pass {number} has already left.</source>
      <translation>臨時出入證 {number} 的訪客已離開。</translation>
    </message>
    <message>
      <source>Enter who takes over the shift (at most {limit} characters).</source>
      <translation>請填寫接班人（最多 {limit} 個字）。</translation>
    </message>
    <message>
      <source>Open matters can have at most {limit} characters.</source>
      <translation>待辦事項最多 {limit} 個字。</translation>
    </message>
    <message>
      <source>That handover is not on record.</source>
      <translation>沒有這條交接班記錄。</translation>
    </message>
    <message>
      <source>Describe the items (at most {limit} characters).</source>
      <translation>請描述物品（最多 {limit} 個字）。</translation>
    </message>
    <message>
      <source>Choose who authorised it: the owner or the management.</source>
      <translation>請選擇授權方：業主或物業。</translation>
    </message>
    <message>
      <source>Enter who authorised it (at most {limit} characters).</source>
      <translation>請填寫授權人（最多 {limit} 個字）。</translation>
    </message>
    <message>
      <source>The slip must be valid from today for at most {days} days.</source>
      <translation>放行條有效期須從今天起，最長 {days} 天。</translation>
    </message>
    <message>
      <source>Release slip {number} has already been used.</source>
      <translation>放行條 {number} 已經使用過。</translation>
    </message>
    <message>
      <source>Release slip {number} expired on {date}. The items may not leave.</source>
      <translation>放行條 {number} 已於 {date} 過期，物品不得放行。</translation>
    </message>
    <message>
      <source>There is no release authorisation {number} on record. Items may not leave without one.</source>
      <translation>沒有放行授權 {number} 的記錄。沒有授權的物品不得放行。</translation>
    </message>
    <message>
      <source>Enter where the vehicle is parked (at most {limit} characters).</source>
      <translation>請填寫車輛停放位置（最多 {limit} 個字）。</translation>
    </message>
    <message>
      <source>The note can have at most {limit} characters.</source>
      <translation>備註最多 {limit} 個字。</translation>
    </message>
    <message>
      <source>That notice is not on record.</source>
      <translation>沒有這張告知單的記錄。</translation>
    </message>
    <message>
      <source>The exterior check can have at most {limit} characters.</source>
      <translation>車況檢查最多 {limit} 個字。</translation>
    </message>
    <message>
      <source>{plate} is a visitor's vehicle: enter the unit it visits and the purpose.</source>
      <translation>{plate} 為外來車輛：請輸入到訪房號和來訪事由。</translation>
    </message>
    <message>
      <source>{plate} is already inside (entered {time}). Record its exit first.</source>
      <translation>{plate} 已在場內（{time} 入場），請先登記出場。</translation>
    </message>
    <message>
      <source>{plate} has no entry on record. Ask the driver when it came in and enter that time.</source>
      <translation>{plate} 沒有入場記錄。請詢問司機入場時間並填寫。</translation>
    </message>
    <message>
      <source>This fee was quoted too long ago. Check the exit again.</source>
      <translation>費用計算已過時，請重新核算出場。</translation>
    </message>
    <message>
      <source>{plate} has already left.</source>
      <translation>{plate} 已經出場。</translation>
    </message>
    <message>
      <source>{plate} now has an entry on record. Check the exit again.</source>
      <translation>{plate} 現在有入場記錄了，請重新核算出場。</translation>
    </message>
    <message>
      <source>That exit is not on record.</source>
      <translation>沒有這條出場記錄。</translation>
    </message>
    <message>
      <source>The entry time cannot be in the future.</source>
      <translation>入場時間不能晚於現在。</translation>
    </message>
    <message>
      <source>The entry time is more than {days} days ago; check the date.</source>
      <translation>入場時間早於 {days} 天前，請檢查日期。</translation>
    </message>
    <message>
      <source>The hour visitors are flagged after must be a whole hour from 0 to 23.</source>
      <translation>訪客逾時提醒時間須為 0 到 23 之間的整點。</translation>
    </message>
    <message>
      <source>Visitor data must be kept for {low} to {high} days (a whole number).</source>
      <translation>訪客資料須保留 {low} 到 {high} 天（整數）。</translation>
    </message>
    <message>
      <source>An arrival limit must be a whole number of minutes from 1 to {max} (7 days).</source>
      <translation>到場時限須為 1 至 {max} 分鐘的整數（7 天）。</translation>
    </message>
    <message>
      <source>The limits must not grow with urgency: emergency ≤ urgent ≤ normal.</source>
      <translation>越緊急時限應越短：緊急 ≤ 加急 ≤ 一般。</translation>
    </message>
    <message>
      <source>Stale after must be a whole number of days from 1 to {max}.</source>
      <translation>停滯天數須為 1 至 {max} 的整數。</translation>
    </message>
    <message>
      <source>The time is before the ticket's previous step ({time}); check it.</source>
      <translation>該時間早於工單的上一步（{time}），請核對。</translation>
    </message>
    <message>
      <source>This step has already been recorded for this ticket.</source>
      <translation>該工單已記錄過這一步。</translation>
    </message>
    <message>
      <source>Dispatch a technician before recording the arrival.</source>
      <translation>請先派工，再登記到場。</translation>
    </message>
    <message>
      <source>The technician must arrive before the diagnosis is recorded.</source>
      <translation>維修工到場後才能登記檢查結果。</translation>
    </message>
    <message>
      <source>Diagnose the fault before giving a quote.</source>
      <translation>請先檢查故障，再報價。</translation>
    </message>
    <message>
      <source>There is no quote yet: record the quote before the resident approves or refuses it.</source>
      <translation>尚無報價：請先登記報價，再由住戶同意或拒絕。</translation>
    </message>
    <message>
      <source>Diagnose the fault before starting the repair.</source>
      <translation>請先檢查故障，再開始維修。</translation>
    </message>
    <message>
      <source>Start the repair before completing it.</source>
      <translation>請先開始維修，再登記完工。</translation>
    </message>
    <message>
      <source>The resident signs off only after the repair is completed.</source>
      <translation>維修完工後住戶才能簽名確認。</translation>
    </message>
    <message>
      <source>The follow-up call comes after the resident's sign-off.</source>
      <translation>住戶簽名確認後才能回訪。</translation>
    </message>
    <message>
      <source>Record the follow-up call before closing the ticket.</source>
      <translation>請先登記回訪，再關閉工單。</translation>
    </message>
    <message>
      <source>This ticket is closed; no further step is possible.</source>
      <translation>該工單已關閉，不能再操作。</translation>
    </message>
    <message>
      <source>This ticket was cancelled; no further step is possible.</source>
      <translation>該工單已取消，不能再操作。</translation>
    </message>
    <message>
      <source>A free (common-area) repair has no quote or approval: start the repair after the diagnosis.</source>
      <translation>免費（公共區域）維修無需報價和住戶同意：檢查後直接開始維修。</translation>
    </message>
    <message>
      <source>The resident has not approved the quote yet: the repair cannot start.</source>
      <translation>住戶尚未同意報價，不能開始維修。</translation>
    </message>
    <message>
      <source>A ticket is reported once, when it is opened.</source>
      <translation>工單只在新建時登記一次報修。</translation>
    </message>
    <message>
      <source>The repair is done and can no longer be cancelled; record the sign-off and the follow-up instead.</source>
      <translation>維修已完工，不能再取消；請登記簽名確認和回訪。</translation>
    </message>
    <message>
      <source>No technician is dispatched yet: dispatch one instead.</source>
      <translation>尚未派工：請直接派工。</translation>
    </message>
    <message>
      <source>The repair is done; the technician can no longer be changed.</source>
      <translation>維修已完工，不能再更換維修工。</translation>
    </message>
    <message>
      <source>A technician is already dispatched: reassign the ticket instead.</source>
      <translation>已派工：如需換人請改派。</translation>
    </message>
    <message>
      <source>Choose the technician to send.</source>
      <translation>請選擇派往的維修工。</translation>
    </message>
    <message>
      <source>Describe what the technician found.</source>
      <translation>請填寫維修工的檢查結果。</translation>
    </message>
    <message>
      <source>The expected duration must be a whole number of minutes from 1 to {max}.</source>
      <translation>預計工時須為 1 至 {max} 分鐘的整數。</translation>
    </message>
    <message>
      <source>Describe the work done.</source>
      <translation>請填寫維修內容。</translation>
    </message>
    <message>
      <source>Confirm that the site was cleaned up after the repair.</source>
      <translation>請確認維修後已清理現場。</translation>
    </message>
    <message>
      <source>Enter the name of the person who signed off.</source>
      <translation>請填寫簽名確認人姓名。</translation>
    </message>
    <message>
      <source>The rating must be a whole number from 1 to 5.</source>
      <translation>評分須為 1 至 5 的整數。</translation>
    </message>
    <message>
      <source>Give a reason for cancelling.</source>
      <translation>請填寫取消原因。</translation>
    </message>
    <message>
      <source>Enter an amount from ¥0.00 to {max}.</source>
      <translation>請輸入 ¥0.00 至 {max} 之間的金額。</translation>
    </message>
    <message>
      <source>Choose one of the listed values.</source>
      <translation>請從列表中選擇。</translation>
    </message>
    <message>
      <source>At most {limit} characters.</source>
      <translation>最多 {limit} 個字。</translation>
    </message>
    <message>
      <source>The time cannot be in the future.</source>
      <translation>時間不能晚於現在。</translation>
    </message>
    <message>
      <source>That time is more than {days} days ago; check the date.</source>
      <translation>該時間已是 {days} 天以前；請檢查日期。</translation>
    </message>
    <message>
      <source>Enter the checkpoint's code.</source>
      <translation>請輸入巡邏點編碼。</translation>
    </message>
    <message>
      <source>A checkpoint code is 1 to {limit} letters, digits and - _ . / (e.g. XG-E-01).</source>
      <translation>巡邏點編碼由 1 到 {limit} 個字母、數字及 - _ . / 組成（例如 XG-E-01）。</translation>
    </message>
    <message>
      <source>Enter the route's name.</source>
      <translation>請輸入路線名稱。</translation>
    </message>
    <message>
      <source>Enter the checkpoint's name.</source>
      <translation>請輸入巡邏點名稱。</translation>
    </message>
    <message>
      <source>Choose what kind of issue it is.</source>
      <translation>請選擇問題類型。</translation>
    </message>
    <message>
      <source>Say what was seen.</source>
      <translation>請填寫發現的情況。</translation>
    </message>
    <message>
      <source>Give a reason.</source>
      <translation>請填寫原因。</translation>
    </message>
    <message>
      <source>Enter who reported the fault.</source>
      <translation>請填寫報修人。</translation>
    </message>
    <message>
      <source>Enter a phone number to reach the reporter.</source>
      <translation>請填寫報修人的聯絡電話。</translation>
    </message>
    <message>
      <source>Give the unit, or describe the common area.</source>
      <translation>請填寫房號，或描述公共區域位置。</translation>
    </message>
    <message>
      <source>Give either a unit or a common area, not both.</source>
      <translation>房號和公共區域只能填寫一項。</translation>
    </message>
    <message>
      <source>An anonymous complaint keeps no name or phone: leave it empty.</source>
      <translation>匿名投訴不登記姓名和電話：請留空。</translation>
    </message>
    <message>
      <source>Enter who complains, or mark the complaint anonymous.</source>
      <translation>請輸入投訴人，或將投訴標記為匿名。</translation>
    </message>
    <message>
      <source>Describe the complaint.</source>
      <translation>請填寫投訴內容。</translation>
    </message>
    <message>
      <source>The time received is more than {days} days ago; check the date.</source>
      <translation>接收時間早於 {days} 天前，請核對日期。</translation>
    </message>
    <message>
      <source>Enter the question or suggestion.</source>
      <translation>請輸入諮詢或建議內容。</translation>
    </message>
    <message>
      <source>The time asked is more than {days} days ago; check the date.</source>
      <translation>諮詢時間早於 {days} 天前，請核對日期。</translation>
    </message>
    <message>
      <source>Enter the answer given.</source>
      <translation>請輸入答覆內容。</translation>
    </message>
    <message>
      <source>Describe the fault.</source>
      <translation>請描述故障情況。</translation>
    </message>
    <message>
      <source>The report time is more than {days} days ago; check the date.</source>
      <translation>報修時間早於 {days} 天前，請核對日期。</translation>
    </message>
    <message>
      <source>The record the ticket comes from is missing.</source>
      <translation>缺少工單來源記錄。</translation>
    </message>
    <message>
      <source>Ticket {number} was already opened from this record.</source>
      <translation>已根據該記錄開立工單 {number}。</translation>
    </message>
    <message>
      <source>That complaint is not on record.</source>
      <translation>沒有這條投訴記錄。</translation>
    </message>
    <message>
      <source>That resident is not in the register.</source>
      <translation>住戶檔案中沒有該住戶。</translation>
    </message>
    <message>
      <source>The time is before the complaint's previous step ({time}); check it.</source>
      <translation>該時間早於投訴的上一步（{time}），請核對。</translation>
    </message>
    <message>
      <source>That person is not on the staff list.</source>
      <translation>該人員不在員工名單中。</translation>
    </message>
    <message>
      <source>{name} does not work in that department.</source>
      <translation>{name} 不屬於該部門。</translation>
    </message>
    <message>
      <source>The complaint is already with {name}.</source>
      <translation>該投訴已由 {name} 負責。</translation>
    </message>
    <message>
      <source>No complaint has the number {number}.</source>
      <translation>沒有編號為 {number} 的投訴。</translation>
    </message>
    <message>
      <source>That resident does not live in unit {code}.</source>
      <translation>該住戶不住在 {code}。</translation>
    </message>
    <message>
      <source>That technician is not on the staff list.</source>
      <translation>員工名單中沒有該維修工。</translation>
    </message>
    <message>
      <source>The ticket is already with {name}.</source>
      <translation>該工單已由{name}負責。</translation>
    </message>
    <message>
      <source>That repair ticket is not on record.</source>
      <translation>沒有這張報修單。</translation>
    </message>
    <message>
      <source>Enter an amount in yuan, e.g. 120 or 85.50.</source>
      <translation>請輸入以元為單位的金額，例如 120 或 85.50。</translation>
    </message>
    <message>
      <source>Nobody in the register matches “{text}”.</source>
      <translation>住戶登記中沒有與「{text}」相符的人。</translation>
    </message>
    <message>
      <source>{text} is not a month; write the year and the month, e.g. 2026-10.</source>
      <translation>{text} 不是有效的月份，請寫年和月，例如 2026-10。</translation>
    </message>
    <message>
      <source>A target share must be from 0 to 100 % with at most one decimal.</source>
      <translation>目標比率須在 0 至 100% 之間，最多一位小數。</translation>
    </message>
    <message>
      <source>This target must be a whole number from {low} to {high}.</source>
      <translation>此目標須為 {low} 至 {high} 之間的整數。</translation>
    </message>
    <message>
      <source>The report was cancelled.</source>
      <translation>報告已取消。</translation>
    </message>
    <message>
      <source>{month} has not begun yet; choose a past month.</source>
      <translation>{month} 尚未開始，請選擇已過去的月份。</translation>
    </message>
    <message>
      <source>The estate is not set up yet, so there is nothing to report.</source>
      <translation>小區尚未設定，沒有可報告的內容。</translation>
    </message>
    <message>
      <source>The estate has no records yet (no units, gate events or repair tickets), so there is nothing to report.</source>
      <translation>小區還沒有任何記錄（沒有房號、門崗登記或報修工單），沒有可報告的內容。</translation>
    </message>
    <message>
      <source>The end date {end} is before the start {start}.</source>
      <translation>結束日期 {end} 早於開始日期 {start}。</translation>
    </message>
    <message>
      <source>Choose the first and the last day to export.</source>
      <translation>請選擇要匯出的第一天和最後一天。</translation>
    </message>
    <message>
      <source>The estate has no units yet, so there is nothing to export.</source>
      <translation>小區還沒有登記房號，沒有可匯出的內容。</translation>
    </message>
    <message>
      <source>The estate has no residents yet, so there is nothing to export.</source>
      <translation>小區還沒有登記住戶，沒有可匯出的內容。</translation>
    </message>
    <message>
      <source>The estate has no access cards yet, so there is nothing to export.</source>
      <translation>小區還沒有登記門禁卡，沒有可匯出的內容。</translation>
    </message>
    <message>
      <source>The interval of the {window} window must be a whole number of minutes from 1 to {limit}.</source>
      <translation>{window} 時段的間隔須為 1 到 {limit} 之間的整數分鐘。</translation>
    </message>
    <message>
      <source>The minimum walking time between two checkpoints must be a whole number of minutes, 0 or more.</source>
      <translation>兩個巡邏點之間的最短步行時間須為 0 或以上的整數分鐘。</translation>
    </message>
    <message>
      <source>Add at least one patrol window.</source>
      <translation>請至少新增一個巡邏時段。</translation>
    </message>
    <message>
      <source>The patrol windows {first} and {second} overlap; each time of day may belong to one window only.</source>
      <translation>巡邏時段 {first} 與 {second} 重疊；每個時刻只能屬於一個時段。</translation>
    </message>
    <message>
      <source>The minutes after which a round counts late must be a whole number, 0 or more.</source>
      <translation>巡邏開始後超過多少分鐘算遲到，須為 0 或以上的整數。</translation>
    </message>
    <message>
      <source>The minutes after which a round counts missed must be a whole number of at least {late} (when it counts late).</source>
      <translation>巡邏開始後超過多少分鐘算漏巡，須為不小於 {late}（算遲到的分鐘數）的整數。</translation>
    </message>
    <message>
      <source>{grace} minutes is longer than the {interval}-minute interval of the {window} window.</source>
      <translation>{grace} 分鐘超過了 {window} 時段 {interval} 分鐘的間隔。</translation>
    </message>
    <message>
      <source>A schedule change can start today or later; past days keep the schedule they had.</source>
      <translation>巡邏計畫的變更只能從今天或以後開始生效；以往日期保留當時的計畫。</translation>
    </message>
    <message>
      <source>That patrol round is not on record.</source>
      <translation>沒有該巡邏記錄。</translation>
    </message>
    <message>
      <source>That checkpoint is not on this round's route.</source>
      <translation>該巡邏點不在本次巡邏的路線上。</translation>
    </message>
    <message>
      <source>The round did not reach that checkpoint; a finished round is not changed.</source>
      <translation>本次巡邏未到達該巡邏點；已結束的巡邏不能修改。</translation>
    </message>
    <message>
      <source>Say who was told.</source>
      <translation>請填寫已告知的人。</translation>
    </message>
    <message>
      <source>Say how it was dealt with.</source>
      <translation>請填寫處理情況。</translation>
    </message>
    <message>
      <source>That finding is already dealt with.</source>
      <translation>該巡邏發現已處理。</translation>
    </message>
    <message>
      <source>Repair tickets are not part of this console.</source>
      <translation>本工作台未啟用報修工單。</translation>
    </message>
    <message>
      <source>No repair ticket has the number {number}.</source>
      <translation>沒有編號為 {number} 的報修工單。</translation>
    </message>
    <message>
      <source>This complaint already has a repair ticket.</source>
      <translation>此投訴已有報修工單。</translation>
    </message>
    <message>
      <source>That finding is not on record.</source>
      <translation>沒有該巡邏發現記錄。</translation>
    </message>
    <message>
      <source>Choose at least one checkpoint in service.</source>
      <translation>請至少選擇一個使用中的巡邏點。</translation>
    </message>
    <message>
      <source>That guard is not on the staff list.</source>
      <translation>該保安不在員工名單中。</translation>
    </message>
    <message>
      <source>No checkpoint has the code {code}.</source>
      <translation>沒有編碼為 {code} 的巡邏點。</translation>
    </message>
    <message>
      <source>The checkpoint {name} ({code}) was taken out of service.</source>
      <translation>巡邏點 {name}（{code}）已停用。</translation>
    </message>
    <message>
      <source>No round of this checkpoint's route is open: start a round first.</source>
      <translation>該巡邏點所屬路線沒有進行中的巡邏：請先開始巡邏。</translation>
    </message>
    <message>
      <source>That round is not open any more.</source>
      <translation>該巡邏已不在進行中。</translation>
    </message>
    <message>
      <source>{code} is the checkpoint {name} of another route, not of {route}.</source>
      <translation>{code} 是其他路線的巡邏點 {name}，不屬於 {route}。</translation>
    </message>
    <message>
      <source>The checkpoint {name} was already reached at {time}.</source>
      <translation>巡邏點 {name} 已於 {time} 巡過。</translation>
    </message>
    <message>
      <source>No checkpoint was reached: scan one, or abandon the round with a reason.</source>
      <translation>尚未到達任何巡邏點：請掃描巡邏點，或填寫原因中止巡邏。</translation>
    </message>
    <message>
      <source>That round is already void.</source>
      <translation>該巡邏已作廢。</translation>
    </message>
    <message>
      <source>The round cannot end before it started.</source>
      <translation>巡邏的結束時間不能早於開始時間。</translation>
    </message>
    <message>
      <source>Enter the time of at least one checkpoint.</source>
      <translation>請至少填寫一個巡邏點的時間。</translation>
    </message>
    <message>
      <source>Every checkpoint's time must lie between the round's start and end.</source>
      <translation>每個巡邏點的時間都必須在巡邏開始與結束之間。</translation>
    </message>
    <message>
      <source>A checkpoint is entered twice.</source>
      <translation>有巡邏點重複填寫。</translation>
    </message>
    <message>
      <source>Round {number} is over; a finished round is not changed (void it and enter it again).</source>
      <translation>巡邏 {number} 已結束；已結束的巡邏不能修改（可作廢後重新登錄）。</translation>
    </message>
    <message>
      <source>The route {name} has no checkpoints yet.</source>
      <translation>路線 {name} 還沒有巡邏點。</translation>
    </message>
    <message>
      <source>Round {number} of this route already answers the {time} slot.</source>
      <translation>本路線的巡邏 {number} 已對應 {time} 時段。</translation>
    </message>
    <message>
      <source>A checkpoint cannot be reached before the round started.</source>
      <translation>巡邏點的到達時間不能早於巡邏開始時間。</translation>
    </message>
    <message>
      <source>That checkpoint was already reached in this round.</source>
      <translation>本次巡邏已巡過該巡邏點。</translation>
    </message>
    <message>
      <source>That patrol route is not on record.</source>
      <translation>沒有該巡邏路線。</translation>
    </message>
    <message>
      <source>The route {name} was taken out of service.</source>
      <translation>路線 {name} 已停用。</translation>
    </message>
    <message>
      <source>There is already a route named {name}.</source>
      <translation>已有名為 {name} 的路線。</translation>
    </message>
    <message>
      <source>That checkpoint is not in service.</source>
      <translation>該巡邏點已停用。</translation>
    </message>
    <message>
      <source>The code {code} is already used by the checkpoint {name}.</source>
      <translation>編碼 {code} 已被巡邏點 {name} 使用。</translation>
    </message>
    <message>
      <source>{value} is not a date and time such as 2026-12-05 22:03:15.</source>
      <translation>{value} 不是日期時間；請輸入類似 2026-12-05 22:03:15 的日期時間。</translation>
    </message>
    <message>
      <source>{value} is not a time of day such as 22:03:15.</source>
      <translation>{value} 不是時刻；請輸入類似 22:03:15 的時刻。</translation>
    </message>
    <message>
      <source>Choose the column that holds this.</source>
      <translation>請選擇包含此項的欄位。</translation>
    </message>
    <message>
      <source>The file has no column {column}.</source>
      <translation>檔案中沒有欄位 {column}。</translation>
    </message>
    <message>
      <source>That column is already chosen for another value.</source>
      <translation>該欄位已被選作其他項。</translation>
    </message>
    <message>
      <source>{name} could not be read as text. Save it as CSV (UTF-8 or GBK) or as an Excel workbook (.xlsx).</source>
      <translation>無法將 {name} 作為文字讀取。請另存為 CSV（UTF-8 或 GBK）或 Excel 活頁簿（.xlsx）。</translation>
    </message>
    <message>
      <source>{name} holds no swipes: its first row must hold the column headers and the rows under it one swipe each.</source>
      <translation>{name} 中沒有刷卡記錄：第一列必須是欄位標題，其下每列一筆刷卡記錄。</translation>
    </message>
    <message>
      <source>A code is mapped twice.</source>
      <translation>有編碼被重複對應。</translation>
    </message>
    <message>
      <source>Map the code {code} to one checkpoint or to one guard.</source>
      <translation>請將編碼 {code} 對應到一個巡邏點或一名保安。</translation>
    </message>
    <message>
      <source>Choose the route that was walked.</source>
      <translation>請選擇所巡的路線。</translation>
    </message>
    <message>
      <source>Choose the guard who walked the round.</source>
      <translation>請選擇執行巡邏的保安。</translation>
    </message>
    <message>
      <source>{time} is not a time: type it as on the sheet, e.g. 08:15.</source>
      <translation>{time} 不是有效時間：請按紙本記錄填寫，例如 08:15。</translation>
    </message>
    <message>
      <source>No such gate record.</source>
      <translation>門崗記錄不存在。</translation>
    </message>
    <message>
      <source>Enter the purpose of the visit (at most {limit} characters).</source>
      <translation>請輸入來訪事由（最多 {limit} 個字元）。</translation>
    </message>
    <message>
      <source>Enter the unit visited (e.g. 3-2-1502).</source>
      <translation>請輸入到訪房號（例如 3-2-1502）。</translation>
    </message>
    <message>
      <source>Safety incidents are not part of this console.</source>
      <translation>本系統未啟用安全事件模組。</translation>
    </message>
    <message>
      <source>That gate entry is not on record.</source>
      <translation>沒有這條門崗記錄。</translation>
    </message>
    <message>
      <source>That gate entry is void already.</source>
      <translation>該門崗記錄已作廢。</translation>
    </message>
    <message>
      <source>The exit of this entry is on record: void the exit first, then the entry.</source>
      <translation>該記錄已有對應的離場記錄：請先作廢離場記錄，再作廢該記錄。</translation>
    </message>
    <message>
      <source>That release slip is not on record.</source>
      <translation>沒有這張放行條的記錄。</translation>
    </message>
    <message>
      <source>Release slip {number} is void already.</source>
      <translation>放行條 {number} 已作廢。</translation>
    </message>
    <message>
      <source>Release slip {number} was used at the gate: void that items-out entry first, then the slip.</source>
      <translation>放行條 {number} 已在門崗使用：請先作廢對應的物品放行記錄，再作廢放行條。</translation>
    </message>
    <message>
      <source>No such parking space.</source>
      <translation>車位不存在。</translation>
    </message>
    <message>
      <source>Enter the parking space code (e.g. B2-017).</source>
      <translation>請輸入車位編號（例如 B2-017）。</translation>
    </message>
    <message>
      <source>The zone can have at most {max} characters.</source>
      <translation>區域最多 {max} 個字元。</translation>
    </message>
    <message>
      <source>Choose whose the space is.</source>
      <translation>請選擇車位歸屬（產權或租賃）。</translation>
    </message>
    <message>
      <source>Parking space {code} already exists (or was voided).</source>
      <translation>車位 {code} 已存在（或已作廢）。</translation>
    </message>
    <message>
      <source>Parking space {code} is in use by {plates}: register those vehicles elsewhere or void them first.</source>
      <translation>車位 {code} 正由 {plates} 使用：請先將這些車輛改登記到其他車位，或將其作廢。</translation>
    </message>
    <message>
      <source>Choose at most {days} days.</source>
      <translation>最多只能選擇 {days} 天。</translation>
    </message>
    <message>
      <source>Enter a date from {earliest} to {latest}; check the year.</source>
      <translation>請輸入 {earliest} 至 {latest} 之間的日期；請檢查年份。</translation>
    </message>
    <message>
      <source>This file is not a propdesk ID number key.</source>
      <translation>此檔案不是 propdesk 身分證號碼金鑰。</translation>
    </message>
    <message>
      <source>The ID number key file {file} cannot be read or written ({reason}).</source>
      <translation>無法讀取或寫入身分證號碼金鑰檔案 {file}（{reason}）。</translation>
    </message>
    <message>
      <source>This station does not have the key the ID numbers were written with; import it (propdesk id-key import FILE).</source>
      <translation>本工作站沒有寫入這些身分證號時所用的金鑰；請匯入該金鑰（propdesk id-key import FILE）。</translation>
    </message>
    <message>
      <source>This is not the key the ID numbers in this database were written with; nothing was changed. Import the key file exported from the station that wrote them.</source>
      <translation>這不是本資料庫中身分證號寫入時所用的金鑰；未做任何變更。請匯入從寫入這些號碼的工作站匯出的金鑰檔案。</translation>
    </message>
    <message>
      <source>No ID number has been stored yet, so this station has no key to export.</source>
      <translation>尚未儲存任何身分證號，因此本工作站沒有可匯出的金鑰。</translation>
    </message>
    <message>
      <source>There is no such service target.</source>
      <translation>沒有該服務目標。</translation>
    </message>
    <message>
      <source>The database cannot be written to: {file} is read-only and belongs to another user. Nothing was saved; make it writable for this user (do not delete it: it holds the latest saves), then start propdesk again.</source>
      <translation>資料庫無法寫入：{file} 為唯讀，且屬於其他使用者。本次未儲存任何內容；請將其改為目前使用者可寫入（不要刪除：其中有最近儲存的內容），然後重新啟動 propdesk。</translation>
    </message>
    <message>
      <source>The database cannot be written to: {file} is read-only and belongs to another user. Nothing was saved; make it writable for this user, or delete it while no propdesk is running, then start propdesk again.</source>
      <translation>資料庫無法寫入：{file} 為唯讀，且屬於其他使用者。本次未儲存任何內容；請將其改為目前使用者可寫入，或在沒有 propdesk 執行時將其刪除，然後重新啟動 propdesk。</translation>
    </message>
    <message>
      <source>A text is longer than the database allows. Nothing was saved; shorten it.</source>
      <translation>文字長度超出資料庫允許的範圍。本次未儲存任何內容；請縮短文字。</translation>
    </message>
    <message>
      <source>A response time must be a whole number of hours from 1 to {max}.</source>
      <translation>答覆時限須為 1 至 {max} 小時的整數。</translation>
    </message>
    <message>
      <source>The response times must not grow with severity: serious ≤ normal ≤ minor.</source>
      <translation>越嚴重時限應越短：嚴重 ≤ 一般 ≤ 輕微。</translation>
    </message>
    <message>
      <source>The deadline must be after the time received ({time}); check it.</source>
      <translation>答覆期限須晚於接收時間（{time}），請核對。</translation>
    </message>
    <message>
      <source>An inquiry answered on the spot needs no promised time.</source>
      <translation>當場答覆的諮詢無需填寫承諾答覆時間。</translation>
    </message>
    <message>
      <source>Give the answer, or the time by which an answer is promised.</source>
      <translation>請填寫答覆內容，或承諾答覆的時間。</translation>
    </message>
    <message>
      <source>This inquiry has already become a complaint or a repair ticket.</source>
      <translation>此諮詢已轉為投訴或報修工單。</translation>
    </message>
    <message>
      <source>This inquiry has already been answered.</source>
      <translation>此諮詢已答覆。</translation>
    </message>
    <message>
      <source>A repair ticket needs the name and phone of who asked.</source>
      <translation>報修工單需要填寫諮詢人的姓名和電話。</translation>
    </message>
    <message>
      <source>That inquiry is not on record.</source>
      <translation>沒有這條諮詢記錄。</translation>
    </message>
    <message>
      <source>The database file is damaged: {findings}. Nothing was moved or changed. Do not back up over the backups you have; restore the newest good backup.</source>
      <translation>資料庫檔案已損壞：{findings}。未移動或變更任何內容。請勿用新備份覆蓋現有備份；請還原最新的完好備份。</translation>
    </message>
    <message>
      <source>The database {name} itself is damaged ({finding}): no sound copy of it can be made. The copy was discarded; nothing was changed.</source>
      <translation>資料庫 {name} 本身已損壞（{finding}）：無法製作完好的副本。該副本已捨棄，未變更任何內容。</translation>
    </message>
    <message>
      <source>The backup copy failed its integrity check and was discarded; the database itself was not changed.</source>
      <translation>備份副本未通過完整性驗證，已捨棄；資料庫本身未被變更。</translation>
    </message>
    <message>
      <source>A service interval is 1 day to {max_months} months; check it.</source>
      <translation>保養週期須為 1 天到 {max_months} 個月，請檢查。</translation>
    </message>
    <message>
      <source>The expiry date must not be before the install date ({date}).</source>
      <translation>到期日期不能早於安裝日期（{date}）。</translation>
    </message>
    <message>
      <source>The last service must not be before the install date ({date}).</source>
      <translation>上次保養日期不能早於安裝日期（{date}）。</translation>
    </message>
    <message>
      <source>The last service cannot be in the future.</source>
      <translation>上次保養日期不能晚於今天。</translation>
    </message>
    <message>
      <source>The deadline must be after the notice's time ({time}); check it.</source>
      <translation>整改期限須晚於通知單開立時間（{time}），請檢查。</translation>
    </message>
    <message>
      <source>The fix of this notice is already reported.</source>
      <translation>該整改通知單已回報整改完成。</translation>
    </message>
    <message>
      <source>This rectification notice is closed or voided: it cannot change.</source>
      <translation>該整改通知單已關閉或已作廢，不能修改。</translation>
    </message>
    <message>
      <source>The fix cannot be before the notice's time ({time}).</source>
      <translation>整改完成時間不能早於通知單開立時間（{time}）。</translation>
    </message>
    <message>
      <source>Report the fix before recording its re-inspection.</source>
      <translation>請先回報整改完成，再登記複檢。</translation>
    </message>
    <message>
      <source>The re-inspection must be of the item {item} this notice is for.</source>
      <translation>複檢須針對本通知單所涉及的檢查項目 {item}。</translation>
    </message>
    <message>
      <source>The re-inspection cannot be before the fix ({time}).</source>
      <translation>複檢時間不能早於整改完成時間（{time}）。</translation>
    </message>
    <message>
      <source>The re-inspection must be recorded by someone other than who fixed it.</source>
      <translation>複檢須由整改人以外的人員登記。</translation>
    </message>
    <message>
      <source>A re-inspection must pass or fail the item.</source>
      <translation>複檢須判定該項目合格或不合格。</translation>
    </message>
    <message>
      <source>Give a reason of 1 to {limit} characters.</source>
      <translation>請填寫原因（1 到 {limit} 個字元）。</translation>
    </message>
    <message>
      <source>This checklist has no item {item}.</source>
      <translation>該檢查表沒有檢查項目 {item}。</translation>
    </message>
    <message>
      <source>Item “{item}”: a note is at most {limit} characters.</source>
      <translation>檢查項目「{item}」：備註最多 {limit} 個字元。</translation>
    </message>
    <message>
      <source>Item “{item}” takes a result, not a text or a number.</source>
      <translation>檢查項目「{item}」應填寫檢查結果，而不是文字或數值。</translation>
    </message>
    <message>
      <source>Item “{item}”: enter the reading, or mark it n.a.</source>
      <translation>檢查項目「{item}」：請輸入讀數，或標記為不適用。</translation>
    </message>
    <message>
      <source>Item “{item}”: choose a result.</source>
      <translation>檢查項目「{item}」：請選擇檢查結果。</translation>
    </message>
    <message>
      <source>Item “{item}” needs a result.</source>
      <translation>檢查項目「{item}」須填寫檢查結果。</translation>
    </message>
    <message>
      <source>Item “{item}”: a reading must be a number from {floor} to {ceiling}{unit}.</source>
      <translation>檢查項目「{item}」：讀數須為 {floor} 到 {ceiling}{unit} 之間的數值。</translation>
    </message>
    <message>
      <source>Item “{item}” takes a text, not a result.</source>
      <translation>檢查項目「{item}」應填寫文字，而不是檢查結果。</translation>
    </message>
    <message>
      <source>Item “{item}”: at most {limit} characters.</source>
      <translation>檢查項目「{item}」：最多 {limit} 個字元。</translation>
    </message>
    <message>
      <source>Item “{item}” needs a text.</source>
      <translation>檢查項目「{item}」須填寫文字。</translation>
    </message>
    <message>
      <source>An item key is 1 to 40 lower-case letters, digits or underscores.</source>
      <translation>項目代碼須為 1 到 40 位小寫字母、數字或底線。</translation>
    </message>
    <message>
      <source>Item “{item}”: the text is 1 to {limit} characters.</source>
      <translation>檢查項目「{item}」：文字須為 1 到 {limit} 個字元。</translation>
    </message>
    <message>
      <source>Item “{item}”: choose its kind.</source>
      <translation>檢查項目「{item}」：請選擇項目類型。</translation>
    </message>
    <message>
      <source>Item “{item}”: only a number item has a unit and limits.</source>
      <translation>檢查項目「{item}」：只有數值類項目才有單位和上下限。</translation>
    </message>
    <message>
      <source>Item “{item}”: the unit is at most {limit} characters.</source>
      <translation>檢查項目「{item}」：單位最多 {limit} 個字元。</translation>
    </message>
    <message>
      <source>Item “{item}”: a limit must be a number from {floor} to {ceiling}.</source>
      <translation>檢查項目「{item}」：上下限須為 {floor} 到 {ceiling} 之間的數值。</translation>
    </message>
    <message>
      <source>Item “{item}”: the low limit must not be above the high limit.</source>
      <translation>檢查項目「{item}」：下限不能高於上限。</translation>
    </message>
    <message>
      <source>A template's name is 1 to {limit} characters.</source>
      <translation>範本名稱須為 1 到 {limit} 個字元。</translation>
    </message>
    <message>
      <source>Choose what the checklist inspects.</source>
      <translation>請選擇檢查表的檢查類別。</translation>
    </message>
    <message>
      <source>Choose how often it is due.</source>
      <translation>請選擇檢查頻次。</translation>
    </message>
    <message>
      <source>Name at least one area the template covers.</source>
      <translation>請至少填寫一個該範本適用的區域。</translation>
    </message>
    <message>
      <source>An area's name is 1 to {limit} characters.</source>
      <translation>區域名稱須為 1 到 {limit} 個字元。</translation>
    </message>
    <message>
      <source>The area {area} is listed twice.</source>
      <translation>區域 {area} 重複列出。</translation>
    </message>
    <message>
      <source>A checklist needs at least one item.</source>
      <translation>檢查表至少需要一個檢查項目。</translation>
    </message>
    <message>
      <source>A checklist has at most {limit} items.</source>
      <translation>檢查表最多 {limit} 個檢查項目。</translation>
    </message>
    <message>
      <source>The item key {item} is used twice.</source>
      <translation>項目代碼 {item} 重複使用。</translation>
    </message>
    <message>
      <source>No such equipment item.</source>
      <translation>設施設備不存在。</translation>
    </message>
    <message>
      <source>The code {code} belonged to a voided item; give a new code.</source>
      <translation>編號 {code} 屬於已作廢的設施設備，請另填新編號。</translation>
    </message>
    <message>
      <source>The code {code} is already registered.</source>
      <translation>編號 {code} 已登記。</translation>
    </message>
    <message>
      <source>The equipment register has no items yet, so there is nothing to export.</source>
      <translation>設施設備檔案中尚無任何設施設備，沒有可匯出的內容。</translation>
    </message>
    <message>
      <source>Choose the area inspected.</source>
      <translation>請選擇巡檢區域。</translation>
    </message>
    <message>
      <source>The checklist does not cover the area {area}.</source>
      <translation>該檢查表不適用於區域 {area}。</translation>
    </message>
    <message>
      <source>That inspector is not on the staff register.</source>
      <translation>員工名單中沒有該巡檢人。</translation>
    </message>
    <message>
      <source>Item “{item}”: no equipment {code} in the register.</source>
      <translation>檢查項目「{item}」：設施設備檔案中沒有 {code}。</translation>
    </message>
    <message>
      <source>Item “{item}”: {code} is not the kind of equipment it inspects.</source>
      <translation>檢查項目「{item}」：{code} 不屬於該項目所檢查的設施設備類型。</translation>
    </message>
    <message>
      <source>The inspection time is in the future; check it.</source>
      <translation>巡檢時間晚於現在，請核對。</translation>
    </message>
    <message>
      <source>That inspection is not on record.</source>
      <translation>沒有該巡檢記錄。</translation>
    </message>
    <message>
      <source>Choose a kind of inspection, or any.</source>
      <translation>請選擇巡檢類別，或選「全部」。</translation>
    </message>
    <message>
      <source>This checklist is retired; choose another.</source>
      <translation>該檢查表已停用，請另選一個。</translation>
    </message>
    <message>
      <source>No inspection {number}.</source>
      <translation>沒有巡檢記錄 {number}。</translation>
    </message>
    <message>
      <source>Only a failed item opens a repair ticket.</source>
      <translation>只有不合格項目才能開報修工單。</translation>
    </message>
    <message>
      <source>This console keeps no photos.</source>
      <translation>本工作台不儲存照片。</translation>
    </message>
    <message>
      <source>An item holds at most {limit} photos.</source>
      <translation>每個檢查項目最多 {limit} 張照片。</translation>
    </message>
    <message>
      <source>That assessment is not on record.</source>
      <translation>沒有這筆考核記錄。</translation>
    </message>
    <message>
      <source>This assessment is voided.</source>
      <translation>這筆考核已作廢。</translation>
    </message>
    <message>
      <source>This assessment is finalised: it cannot change.</source>
      <translation>這筆考核已定稿，不能再修改。</translation>
    </message>
    <message>
      <source>No assessment {number}.</source>
      <translation>沒有考核 {number}。</translation>
    </message>
    <message>
      <source>Choose which assessments to list.</source>
      <translation>請選擇要列出的考核。</translation>
    </message>
    <message>
      <source>Choose the department.</source>
      <translation>請選擇部門。</translation>
    </message>
    <message>
      <source>Choose a year from 2000 on.</source>
      <translation>請選擇 2000 年以後的年份。</translation>
    </message>
    <message>
      <source>Name the assessor (at most {limit} characters).</source>
      <translation>請填寫考核人（最多 {limit} 個字）。</translation>
    </message>
    <message>
      <source>The assessment's time is in the future; check it.</source>
      <translation>考核時間晚於現在，請核對。</translation>
    </message>
    <message>
      <source>The assessment cannot be before its month.</source>
      <translation>考核時間不能早於考核月份。</translation>
    </message>
    <message>
      <source>The department has no standard yet: adopt or write one first.</source>
      <translation>該部門尚無考核標準：請先採用或編寫標準。</translation>
    </message>
    <message>
      <source>{department} is already assessed for {month} ({number}).</source>
      <translation>{department} {month} 已有考核（{number}）。</translation>
    </message>
    <message>
      <source>The check's time is in the future; check it.</source>
      <translation>抽查時間晚於現在，請核對。</translation>
    </message>
    <message>
      <source>The check cannot be before the assessment's month.</source>
      <translation>抽查時間不能早於考核月份。</translation>
    </message>
    <message>
      <source>Say what was found that cost the points.</source>
      <translation>請寫明扣分的原因（發現的問題）。</translation>
    </message>
    <message>
      <source>Only a check that deducts points gets a notice.</source>
      <translation>只有扣分的抽查才開立整改通知單。</translation>
    </message>
    <message>
      <source>The deadline must be after the check.</source>
      <translation>整改期限必須晚於抽查時間。</translation>
    </message>
    <message>
      <source>Rectification notices are not available here.</source>
      <translation>此處不能開立整改通知單。</translation>
    </message>
    <message>
      <source>That spot check is not on record.</source>
      <translation>沒有這筆抽查記錄。</translation>
    </message>
    <message>
      <source>That rectification notice is not on record.</source>
      <translation>沒有該整改通知單。</translation>
    </message>
    <message>
      <source>The checklist no longer has the item {item}.</source>
      <translation>該檢查表已沒有檢查項目 {item}。</translation>
    </message>
    <message>
      <source>Say what is to be fixed.</source>
      <translation>請填寫整改內容。</translation>
    </message>
    <message>
      <source>The notice's time is in the future; check it.</source>
      <translation>通知單開立時間晚於現在，請核對。</translation>
    </message>
    <message>
      <source>Give the deadline.</source>
      <translation>請填寫整改期限。</translation>
    </message>
    <message>
      <source>Only a failed item gets a rectification notice.</source>
      <translation>只有不合格項目才能開立整改通知單。</translation>
    </message>
    <message>
      <source>Choose the department that is to fix it.</source>
      <translation>請選擇負責整改的部門。</translation>
    </message>
    <message>
      <source>Notice {number} is already open for this item.</source>
      <translation>該項目已有未關閉的整改通知單 {number}。</translation>
    </message>
    <message>
      <source>The fix's time is in the future; check it.</source>
      <translation>整改完成時間晚於現在，請核對。</translation>
    </message>
    <message>
      <source>No rectification notice {number}.</source>
      <translation>沒有整改通知單 {number}。</translation>
    </message>
    <message>
      <source>Choose which notices to list.</source>
      <translation>請選擇要列出的整改通知單。</translation>
    </message>
    <message>
      <source>That checklist template is not on record.</source>
      <translation>沒有該檢查表範本。</translation>
    </message>
    <message>
      <source>This template is retired: it cannot change.</source>
      <translation>該範本已停用，不能修改。</translation>
    </message>
    <message>
      <source>{name} is not a photo propdesk can keep: only JPEG, PNG, HEIC/HEIF and WebP pictures can be attached.</source>
      <translation>{name} 不是 propdesk 可儲存的照片：只能附加 JPEG、PNG、HEIC/HEIF 和 WebP 格式的圖片。</translation>
    </message>
    <message>
      <source>{name} is {size} MB; a photo may be at most {limit} MB. Attach a smaller copy (most phones can share a photo at a lower size).</source>
      <translation>{name} 為 {size} MB，照片最大 {limit} MB。請附加較小的副本（大多數手機分享照片時可選擇較小尺寸）。</translation>
    </message>
    <message>
      <source>The file {name} cannot be read ({reason}). Nothing was attached.</source>
      <translation>無法讀取檔案 {name}（{reason}）。未附加任何內容。</translation>
    </message>
    <message>
      <source>The photo folder {folder} cannot be written to ({reason}). Nothing was saved; check the folder's permissions.</source>
      <translation>照片資料夾 {folder} 無法寫入（{reason}）。本次未儲存任何內容；請檢查資料夾權限。</translation>
    </message>
    <message>
      <source>There is no checklist template yet: a manager loads the default ones on the Templates page.</source>
      <translation>尚無檢查表範本：請由經理在「檢查表範本」頁載入預設範本。</translation>
    </message>
    <message>
      <source>Give the month as year and month, e.g. 2026-11.</source>
      <translation>請按年月填寫月份，例如 2026-11。</translation>
    </message>
    <message>
      <source>That month has not begun yet.</source>
      <translation>該月份尚未開始。</translation>
    </message>
    <message>
      <source>Choose an item of the department's standard.</source>
      <translation>請選擇該部門考核標準中的項目。</translation>
    </message>
    <message>
      <source>Deduct a whole number of points, 0 or more.</source>
      <translation>扣分須為 0 或以上的整數。</translation>
    </message>
    <message>
      <source>The item is worth {points} points: deduct at most that.</source>
      <translation>該項目分值為 {points} 分，扣分不能超過分值。</translation>
    </message>
    <message>
      <source>Only {left} of the item's {points} points are left to deduct.</source>
      <translation>該項目 {points} 分中只剩 {left} 分可扣。</translation>
    </message>
    <message>
      <source>Name the standard (at most {limit} characters).</source>
      <translation>請填寫標準名稱（最多 {limit} 個字）。</translation>
    </message>
    <message>
      <source>A standard has 1 to {limit} items.</source>
      <translation>考核標準應有 1 至 {limit} 個項目。</translation>
    </message>
    <message>
      <source>Each item needs a key of its own.</source>
      <translation>每個項目須有各自的編碼。</translation>
    </message>
    <message>
      <source>Describe the item (at most {limit} characters).</source>
      <translation>請填寫項目內容（最多 {limit} 個字）。</translation>
    </message>
    <message>
      <source>An item is worth 1 to {limit} points.</source>
      <translation>項目分值應為 1 至 {limit} 分。</translation>
    </message>
    <message>
      <source>The event must end after it starts.</source>
      <translation>結束時間必須晚於開始時間。</translation>
    </message>
    <message>
      <source>An event lasts at most {days} days; check the end.</source>
      <translation>活動最長 {days} 天，請檢查結束時間。</translation>
    </message>
    <message>
      <source>Plan events at most {days} days back or ahead; check the year.</source>
      <translation>活動時間須在前後 {days} 天之內，請檢查年份。</translation>
    </message>
    <message>
      <source>Enter an amount from 0 to {most} yuan.</source>
      <translation>請填寫 0 至 {most} 元之間的金額。</translation>
    </message>
    <message>
      <source>Enter how many took part, from 0 to {most}.</source>
      <translation>請填寫參與人數（0 至 {most}）。</translation>
    </message>
    <message>
      <source>The event has not begun yet: record it as held once it has.</source>
      <translation>活動尚未開始，開始後才能登記為已舉辦。</translation>
    </message>
    <message>
      <source>This event was held: its record is archived and cannot change.</source>
      <translation>該活動已舉辦，記錄已歸檔，不能再修改。</translation>
    </message>
    <message>
      <source>This event was cancelled: it cannot change.</source>
      <translation>該活動已取消，不能再修改。</translation>
    </message>
    <message>
      <source>The deadline must be after the incident.</source>
      <translation>完成期限須晚於事件發生時間。</translation>
    </message>
    <message>
      <source>The deadline is more than a year after the incident; check it.</source>
      <translation>完成期限距事件發生已超過一年，請核對。</translation>
    </message>
    <message>
      <source>The action cannot be done before the incident.</source>
      <translation>措施的完成時間不能早於事件發生時間。</translation>
    </message>
    <message>
      <source>{n} follow-up actions are not done; finish them or give a reason for closing now.</source>
      <translation>尚有 {n} 項後續措施未完成；請先完成，或填寫現在結案的理由。</translation>
    </message>
    <message>
      <source>Ask at least one question.</source>
      <translation>至少要有一道題目。</translation>
    </message>
    <message>
      <source>Ask at most {limit} questions.</source>
      <translation>題目最多 {limit} 道。</translation>
    </message>
    <message>
      <source>Write each question in at most {limit} characters.</source>
      <translation>每道題目最多 {limit} 個字。</translation>
    </message>
    <message>
      <source>Type one digit per question: 5 very satisfied … 1 very dissatisfied, 0 not answered.</source>
      <translation>每題輸入一個數字：5 非常滿意 … 1 非常不滿意，0 未作答。</translation>
    </message>
    <message>
      <source>Type {questions} digits, one per question (you typed {typed}).</source>
      <translation>請輸入 {questions} 個數字，每題一個（已輸入 {typed} 個）。</translation>
    </message>
    <message>
      <source>The last day comes on or after the first.</source>
      <translation>結束日期不能早於開始日期。</translation>
    </message>
    <message>
      <source>A round runs at most {days} days.</source>
      <translation>一次調查最長 {days} 天。</translation>
    </message>
    <message>
      <source>Choose how often the task is due.</source>
      <translation>請選擇任務的頻次。</translation>
    </message>
    <message>
      <source>Choose a day of the month from 1 to {last}.</source>
      <translation>請選擇每月的 1 至 {last} 日。</translation>
    </message>
    <message>
      <source>Choose the weekdays the task is due.</source>
      <translation>請選擇任務在星期幾進行。</translation>
    </message>
    <message>
      <source>A weekly task is due on one weekday; choose one.</source>
      <translation>每週任務只在一個星期幾進行，請選擇一天。</translation>
    </message>
    <message>
      <source>Enter a title for the session.</source>
      <translation>請填寫主題。</translation>
    </message>
    <message>
      <source>Choose who organised the session.</source>
      <translation>請選擇組織人。</translation>
    </message>
    <message>
      <source>Choose the staff who took part.</source>
      <translation>請選擇參加的員工。</translation>
    </message>
    <message>
      <source>Choose the drill or training topic.</source>
      <translation>請選擇演練或培訓類別。</translation>
    </message>
    <message>
      <source>That person is not on the staff register.</source>
      <translation>員工名冊中沒有此人。</translation>
    </message>
    <message>
      <source>Enter when the session was held.</source>
      <translation>請填寫舉行時間。</translation>
    </message>
    <message>
      <source>The session's time is in the future; check it.</source>
      <translation>舉行時間晚於現在，請核對。</translation>
    </message>
    <message>
      <source>Enter the duration in minutes, from {low} to {high}.</source>
      <translation>請填寫時長（分鐘），{low} 至 {high}。</translation>
    </message>
    <message>
      <source>Enter the residents who joined, from {low} to {high}.</source>
      <translation>請填寫住戶參加人數，{low} 至 {high}。</translation>
    </message>
    <message>
      <source>At most {limit} staff can be named.</source>
      <translation>最多可填寫 {limit} 名員工。</translation>
    </message>
    <message>
      <source>Name the staff who took part, or count the residents.</source>
      <translation>請選擇參加的員工，或填寫住戶參加人數。</translation>
    </message>
    <message>
      <source>That session is not on record.</source>
      <translation>沒有這條演練或培訓記錄。</translation>
    </message>
    <message>
      <source>A session holds at most {limit} photos.</source>
      <translation>每場最多 {limit} 張照片。</translation>
    </message>
    <message>
      <source>Enter a year from {first} to {last}.</source>
      <translation>請填寫 {first} 至 {last} 之間的年份。</translation>
    </message>
    <message>
      <source>Enter the day it is due by.</source>
      <translation>請填寫完成期限。</translation>
    </message>
    <message>
      <source>{year} has a plan already; change its entries instead.</source>
      <translation>{year} 年已有計劃，請修改其中的項目。</translation>
    </message>
    <message>
      <source>Keep the day within {year}.</source>
      <translation>日期須在 {year} 年內。</translation>
    </message>
    <message>
      <source>That plan entry is not on record.</source>
      <translation>沒有這個計劃項目。</translation>
    </message>
    <message>
      <source>Choose drills, trainings, or any.</source>
      <translation>請選擇演練、培訓或全部。</translation>
    </message>
    <message>
      <source>No session {number}.</source>
      <translation>沒有編號為 {number} 的記錄。</translation>
    </message>
    <message>
      <source>That event is not on record.</source>
      <translation>系統中沒有該活動。</translation>
    </message>
    <message>
      <source>This event was voided: it cannot change.</source>
      <translation>該活動已作廢，不能再修改。</translation>
    </message>
    <message>
      <source>Choose which events to list.</source>
      <translation>請選擇要列出的活動。</translation>
    </message>
    <message>
      <source>The last day comes before the first.</source>
      <translation>結束日期早於開始日期。</translation>
    </message>
    <message>
      <source>Choose the kind of event.</source>
      <translation>請選擇活動類別。</translation>
    </message>
    <message>
      <source>No event {number}.</source>
      <translation>沒有編號為 {number} 的活動。</translation>
    </message>
    <message>
      <source>Enter the event's theme.</source>
      <translation>請填寫活動主題。</translation>
    </message>
    <message>
      <source>Give the start time.</source>
      <translation>請填寫開始時間。</translation>
    </message>
    <message>
      <source>Give the end time.</source>
      <translation>請填寫結束時間。</translation>
    </message>
    <message>
      <source>Enter where the event takes place.</source>
      <translation>請填寫活動地點。</translation>
    </message>
    <message>
      <source>Enter who organises it.</source>
      <translation>請填寫組織者。</translation>
    </message>
    <message>
      <source>Say why the event is cancelled.</source>
      <translation>請填寫取消原因。</translation>
    </message>
    <message>
      <source>This event was voided: it is not announced.</source>
      <translation>該活動已作廢，不能發佈通知。</translation>
    </message>
    <message>
      <source>An event holds at most {limit} photos.</source>
      <translation>每場活動最多 {limit} 張照片。</translation>
    </message>
    <message>
      <source>This incident is voided: it cannot change.</source>
      <translation>該事件已作廢，不能再修改。</translation>
    </message>
    <message>
      <source>This incident is closed: it cannot change.</source>
      <translation>該事件已結案，不能再修改。</translation>
    </message>
    <message>
      <source>Choose which incidents to list.</source>
      <translation>請選擇要顯示的事件。</translation>
    </message>
    <message>
      <source>The last day is before the first.</source>
      <translation>結束日期早於開始日期。</translation>
    </message>
    <message>
      <source>Incidents are opened from a patrol finding or a gate entry.</source>
      <translation>安全事件只能由巡邏發現或門崗記錄轉入。</translation>
    </message>
    <message>
      <source>Incident {number} is already on record for it.</source>
      <translation>該記錄已登記安全事件 {number}。</translation>
    </message>
    <message>
      <source>A follow-up's deadline would be before the incident.</source>
      <translation>修改後，已有後續措施的完成期限將早於事件發生時間。</translation>
    </message>
    <message>
      <source>Say who did it.</source>
      <translation>請填寫完成人。</translation>
    </message>
    <message>
      <source>That follow-up action is not on record.</source>
      <translation>查無此後續措施。</translation>
    </message>
    <message>
      <source>That follow-up action is already done.</source>
      <translation>該後續措施已完成。</translation>
    </message>
    <message>
      <source>This incident is voided already.</source>
      <translation>該事件已作廢。</translation>
    </message>
    <message>
      <source>No incident has the number {number}.</source>
      <translation>沒有編號為 {number} 的安全事件。</translation>
    </message>
    <message>
      <source>Choose the kind of incident.</source>
      <translation>請選擇事件類別。</translation>
    </message>
    <message>
      <source>Give the date and time.</source>
      <translation>請填寫日期和時間。</translation>
    </message>
    <message>
      <source>The time is in the future; check it.</source>
      <translation>時間晚於目前時間，請核對。</translation>
    </message>
    <message>
      <source>The date is more than {days} days ago; check it.</source>
      <translation>日期早於 {days} 天前，請核對。</translation>
    </message>
    <message>
      <source>This must be text.</source>
      <translation>此處應填寫文字。</translation>
    </message>
    <message>
      <source>Say yes or no.</source>
      <translation>請選擇是或否。</translation>
    </message>
    <message>
      <source>The loss is an amount in yuan from 0 to 10,000,000.</source>
      <translation>損失金額應在 0 至 10,000,000 元之間。</translation>
    </message>
    <message>
      <source>Give the incident a short title.</source>
      <translation>請填寫事件名稱（一句話概括）。</translation>
    </message>
    <message>
      <source>Say where it happened.</source>
      <translation>請填寫發生地點。</translation>
    </message>
    <message>
      <source>Say what happened.</source>
      <translation>請填寫事件經過。</translation>
    </message>
    <message>
      <source>A report number means the police were called.</source>
      <translation>填寫了回執號，請勾選「已報警」。</translation>
    </message>
    <message>
      <source>A report number means the fire brigade was called.</source>
      <translation>填寫了回執號，請勾選「已報火警」。</translation>
    </message>
    <message>
      <source>Say what is to be done.</source>
      <translation>請填寫要採取的措施。</translation>
    </message>
    <message>
      <source>Say who (a person or a department) is to do it.</source>
      <translation>請填寫責任人或責任部門。</translation>
    </message>
    <message>
      <source>Type the incident's number.</source>
      <translation>請輸入事件編號。</translation>
    </message>
    <message>
      <source>That incident is not on record.</source>
      <translation>查無此安全事件。</translation>
    </message>
    <message>
      <source>Give 5 (very satisfied) to 1 (very dissatisfied), or 0 or nothing.</source>
      <translation>請填 5（非常滿意）至 1（非常不滿意），或填 0、留空。</translation>
    </message>
    <message>
      <source>No survey round {number}.</source>
      <translation>沒有調查 {number}。</translation>
    </message>
    <message>
      <source>This round asks {questions} questions; leave this column empty.</source>
      <translation>本次調查只有 {questions} 道題，此欄請留空。</translation>
    </message>
    <message>
      <source>Name the round (at most {limit} characters).</source>
      <translation>請填寫調查名稱（最多 {limit} 個字）。</translation>
    </message>
    <message>
      <source>Enter the round's first and last day.</source>
      <translation>請填寫調查的開始和結束日期。</translation>
    </message>
    <message>
      <source>Choose what the comment is about, or nothing.</source>
      <translation>請選擇意見涉及的部門，或不選。</translation>
    </message>
    <message>
      <source>Type the unit, e.g. 3-2-1502.</source>
      <translation>請輸入房號，如 3-2-1502。</translation>
    </message>
    <message>
      <source>Replaced by a new entry of the same form.</source>
      <translation>已按同一問卷重新錄入替換。</translation>
    </message>
    <message>
      <source>This survey round was voided.</source>
      <translation>該調查已作廢。</translation>
    </message>
    <message>
      <source>This survey round is closed: it takes no more responses.</source>
      <translation>該調查已結束，不再錄入問卷。</translation>
    </message>
    <message>
      <source>Unit {unit} has already answered this round; replace its response only if this form is the right one.</source>
      <translation>房號 {unit} 已提交過本次問卷；只有確認這份問卷無誤時才替換原問卷。</translation>
    </message>
    <message>
      <source>That survey response is not on record.</source>
      <translation>沒有這份問卷記錄。</translation>
    </message>
    <message>
      <source>Choose an area, or any.</source>
      <translation>請選擇部門，或選擇全部。</translation>
    </message>
    <message>
      <source>That survey round is not on record.</source>
      <translation>沒有這次調查的記錄。</translation>
    </message>
    <message>
      <source>Choose a year from 2000 to 2100, or any.</source>
      <translation>請選擇 2000 至 2100 年之間的年份，或選擇全部。</translation>
    </message>
    <message>
      <source>The task {task} is not for the area {area}.</source>
      <translation>任務「{task}」不屬於區域 {area}。</translation>
    </message>
    <message>
      <source>The task {task} was not on the books on {day}.</source>
      <translation>{day} 時任務「{task}」尚未啟用或已停用。</translation>
    </message>
    <message>
      <source>{task} in {area} is already logged for {day}; void that entry to log it again.</source>
      <translation>{area} 的「{task}」在 {day} 已有記錄；如需重新記錄，請先作廢該記錄。</translation>
    </message>
    <message>
      <source>That work-log entry is not on record.</source>
      <translation>沒有這筆保潔綠化日誌記錄。</translation>
    </message>
    <message>
      <source>Choose both the first and the last day, or neither.</source>
      <translation>請同時選擇起訖日期，或都不選。</translation>
    </message>
    <message>
      <source>Choose cleaning or greening, or any.</source>
      <translation>請選擇保潔、綠化或全部。</translation>
    </message>
    <message>
      <source>Choose the area.</source>
      <translation>請選擇區域。</translation>
    </message>
    <message>
      <source>Nothing to log: the area has no open task that day.</source>
      <translation>沒有可記錄的內容：該區域當天沒有待記錄的任務。</translation>
    </message>
    <message>
      <source>At most {limit} rows at once.</source>
      <translation>一次最多 {limit} 行。</translation>
    </message>
    <message>
      <source>Every row is for the day chosen.</source>
      <translation>每一行都須為所選日期。</translation>
    </message>
    <message>
      <source>A task is logged once a day.</source>
      <translation>一項任務每天只記錄一次。</translation>
    </message>
    <message>
      <source>Choose cleaning or greening.</source>
      <translation>請選擇保潔或綠化。</translation>
    </message>
    <message>
      <source>Enter the area (a building or a common area).</source>
      <translation>請輸入區域（樓棟或公共區域）。</translation>
    </message>
    <message>
      <source>Enter the task.</source>
      <translation>請輸入工作內容。</translation>
    </message>
    <message>
      <source>Enter the usual time as hours and minutes.</source>
      <translation>請按時:分輸入通常的作業時間。</translation>
    </message>
    <message>
      <source>Choose who did the work.</source>
      <translation>請選擇執行人。</translation>
    </message>
    <message>
      <source>{name} is not in the department that does this work.</source>
      <translation>{name} 不屬於負責此項工作的部門。</translation>
    </message>
    <message>
      <source>Enter the day.</source>
      <translation>請輸入日期。</translation>
    </message>
    <message>
      <source>The day is in the future; work is logged once done.</source>
      <translation>日期在未來；工作完成後才能記錄。</translation>
    </message>
    <message>
      <source>Enter the time as hours and minutes.</source>
      <translation>請按時:分輸入時間。</translation>
    </message>
    <message>
      <source>Say why the task was not done.</source>
      <translation>請填寫未完成的原因。</translation>
    </message>
    <message>
      <source>That work-log task is not on record.</source>
      <translation>沒有這項保潔綠化任務。</translation>
    </message>
    <message>
      <source>The area {area} already has the task {task}.</source>
      <translation>區域 {area} 已有任務「{task}」。</translation>
    </message>
    <message>
      <source>This conflict was already resolved.</source>
      <translation>這個衝突已經處理過了。</translation>
    </message>
    <message>
      <source>Choose this station's version or the server's.</source>
      <translation>請選擇本工作站的版本或伺服器的版本。</translation>
    </message>
    <message>
      <source>One side deleted the record: keep this station's version or the server's as a whole.</source>
      <translation>有一方刪除了這筆記錄：請整體保留本工作站的版本或伺服器的版本。</translation>
    </message>
    <message>
      <source>Enter the server's name or IP address.</source>
      <translation>請輸入伺服器的名稱或 IP 位址。</translation>
    </message>
    <message>
      <source>The port is a number from 1 to 65535.</source>
      <translation>連接埠是 1 到 65535 之間的數字。</translation>
    </message>
    <message>
      <source>Enter the database's name.</source>
      <translation>請輸入資料庫名稱。</translation>
    </message>
    <message>
      <source>Enter the user name on the server.</source>
      <translation>請輸入伺服器上的使用者名稱。</translation>
    </message>
    <message>
      <source>The server {server} cannot be reached: check the address, the network cable and that the server is on.</source>
      <translation>無法連線伺服器 {server}：請檢查位址、網路線，以及伺服器是否開機。</translation>
    </message>
    <message>
      <source>The server refused the user name or password for {server}.</source>
      <translation>伺服器 {server} 拒絕了使用者名稱或密碼。</translation>
    </message>
    <message>
      <source>The server {server} has no database of that name.</source>
      <translation>伺服器 {server} 上沒有這個名稱的資料庫。</translation>
    </message>
    <message>
      <source>The server {server} holds data of a newer propdesk (schema {schema}): install the newer version on this station first.</source>
      <translation>伺服器 {server} 上的資料來自更新版本的 propdesk（結構版本 {schema}）：請先在本工作站安裝新版本。</translation>
    </message>
    <message>
      <source>The server {server} answered with an error: {detail}</source>
      <translation>伺服器 {server} 回傳錯誤：{detail}</translation>
    </message>
    <message>
      <source>Enter the server's name (letters, digits, dots and dashes) or its IP address.</source>
      <translation>請輸入伺服器名稱（字母、數字、點和連字號）或 IP 位址。</translation>
    </message>
    <message>
      <source>This name cannot contain control characters.</source>
      <translation>名稱中不能包含控制字元。</translation>
    </message>
    <message>
      <source>PostgreSQL names are at most 63 bytes long (21 Chinese characters).</source>
      <translation>PostgreSQL 名稱最長 63 位元組（21 個漢字）。</translation>
    </message>
    <message>
      <source>The password can have at most {limit} characters and no control characters.</source>
      <translation>密碼最多 {limit} 個字元，且不能包含控制字元。</translation>
    </message>
    <message>
      <source>PROPDESK_DATABASE_URL chooses this station's database; change or remove it there to choose here.</source>
      <translation>本工作站的資料庫由環境變數 PROPDESK_DATABASE_URL 指定；請先在那裡修改或刪除它，才能在此選擇。</translation>
    </message>
    <message>
      <source>{n} records saved on this station have not reached the server yet. Wait until the status bar says synced (the server must be reachable), then choose again.</source>
      <translation>本工作站保存的 {n} 筆記錄尚未送達伺服器。請等到狀態列顯示「已同步」（伺服器須可連線）後再選擇。</translation>
    </message>
    <message>
      <source>{n} conflicts are open on this station: resolve them in Settings → Sync conflicts first, then choose again.</source>
      <translation>本工作站有 {n} 個未處理的衝突：請先在「設定 → 同步衝突」中處理，再重新選擇。</translation>
    </message>
  </context>
</TS>
