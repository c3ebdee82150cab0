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
    <name>ActionForm</name>
    <message>
      <source>Add a follow-up action</source>
      <translation>添加后续措施</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>措施</translation>
    </message>
    <message>
      <source>e.g. add a camera over the bike shed</source>
      <translation>例如：自行车棚加装监控</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>责任人/部门</translation>
    </message>
    <message>
      <source>A person or a department</source>
      <translation>责任人或责任部门</translation>
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
      <translation>责任人/部门</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>完成期限</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成情况</translation>
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
      <translation>添加用户</translation>
    </message>
    <message>
      <source>e.g. zhang.san</source>
      <translation>例如：zhang.san</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
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
      <translation>密码</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>确认密码</translation>
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
      <translation>点击或按 Enter：查看这些投诉</translation>
    </message>
    <message>
      <source>{label} (right, %)</source>
      <translation>{label}（右轴，%）</translation>
    </message>
  </context>
  <context>
    <name>AnalysisPanel</name>
    <message>
      <source>Show period</source>
      <translation>按期间查看</translation>
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
      <translation>每个数字都能打开对应的投诉：点击数字或柱形，或选中表格中的一行后按 Enter（或双击）。右键单击表格可将其导出。</translation>
    </message>
    <message>
      <source>By category</source>
      <translation>按类别</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>按月份</translation>
    </message>
    <message>
      <source>No place complained of 3 times in 90 days</source>
      <translation>没有地点在 90 天内被投诉 3 次及以上</translation>
    </message>
    <message>
      <source>Nobody complained 3 times in 90 days</source>
      <translation>没有人在 90 天内投诉 3 次及以上</translation>
    </message>
    <message>
      <source>Places: the same unit or area 3 times or more in 90 days</source>
      <translation>地点：同一房号或区域 90 天内被投诉 3 次及以上</translation>
    </message>
    <message>
      <source>Complainants: 3 times or more in 90 days</source>
      <translation>投诉人：90 天内投诉 3 次及以上</translation>
    </message>
    <message>
      <source>Repeats</source>
      <translation>重复投诉</translation>
    </message>
    <message>
      <source>By department</source>
      <translation>按部门</translation>
    </message>
    <message>
      <source>{first} – {last}: {n} complaints received; overdue as of {as_of}.</source>
      <translation>{first} – {last}：受理投诉 {n} 件；逾期情况截至 {as_of}。</translation>
    </message>
    <message>
      <source>Complaints {what} {first}–{last}</source>
      <translation>{what} {first}–{last}</translation>
    </message>
    <message>
      <source>by category</source>
      <translation>投诉类别统计</translation>
    </message>
    <message>
      <source>by month</source>
      <translation>投诉月度统计</translation>
    </message>
    <message>
      <source>repeat places</source>
      <translation>重复投诉地点</translation>
    </message>
    <message>
      <source>repeat complainants</source>
      <translation>重复投诉人</translation>
    </message>
    <message>
      <source>by department</source>
      <translation>投诉部门统计</translation>
    </message>
  </context>
  <context>
    <name>AnswerComplaintForm</name>
    <message>
      <source>Investigation</source>
      <translation>调查情况</translation>
    </message>
    <message>
      <source>what was found</source>
      <translation>查明的情况</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <source>what was done or promised</source>
      <translation>已采取或承诺的措施</translation>
    </message>
    <message>
      <source>Complainant told</source>
      <translation>答复时间</translation>
    </message>
  </context>
  <context>
    <name>AnswerForm</name>
    <message>
      <source>Answer inquiry</source>
      <translation>答复咨询</translation>
    </message>
    <message>
      <source>Answer given</source>
      <translation>答复内容</translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message>
      <source>New monthly assessment</source>
      <translation>新建月度考核</translation>
    </message>
    <message>
      <source>&amp;Department</source>
      <translation>部门(&amp;D)</translation>
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
      <translation>备注(&amp;R)</translation>
    </message>
  </context>
  <context>
    <name>AssessmentNames</name>
    <message>
      <source>Voided</source>
      <translation>已作废</translation>
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
      <translation>已报整改</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>已作废</translation>
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
      <translation>编号</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部门</translation>
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
      <translation>抽查次数</translation>
    </message>
    <message>
      <source>Assessor</source>
      <translation>考核人</translation>
    </message>
    <message>
      <source>Assessed</source>
      <translation>考核时间</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
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
      <translation>全部部门</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>全部年份</translation>
    </message>
    <message>
      <source>Number or assessor</source>
      <translation>编号或考核人</translation>
    </message>
    <message>
      <source>&amp;Department</source>
      <translation>部门(&amp;D)</translation>
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
      <translation>新建考核(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Standards…</source>
      <translation>考核标准(&amp;S)…</translation>
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
      <translation>验收整改(&amp;V)</translation>
    </message>
    <message>
      <source>Finalise</source>
      <translation>定稿</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>&amp;Print sheet…</source>
      <translation>打印考核表(&amp;P)…</translation>
    </message>
    <message>
      <source>Assessments {first}–{last}</source>
      <translation>考核 {first}–{last}</translation>
    </message>
    <message>
      <source>No assessments</source>
      <translation>没有考核记录</translation>
    </message>
    <message>
      <source>Choose an assessment, or make a new one.</source>
      <translation>请选择一条考核，或新建考核。</translation>
    </message>
    <message>
      <source>&lt;b&gt;{number}&lt;/b&gt; · {department} · {month} · score &lt;b&gt;{score}&lt;/b&gt; of {total} ({deducted} deducted) · {assessor} · {state}</source>
      <translation>&lt;b&gt;{number}&lt;/b&gt; · {department} · {month} · 得分 &lt;b&gt;{score}&lt;/b&gt;／{total}（扣 {deducted} 分）· {assessor} · {state}</translation>
    </message>
    <message>
      <source>No department has a standard yet: adopt the defaults under Standards… first.</source>
      <translation>还没有部门设置考核标准：请先在“考核标准…”中采用默认标准。</translation>
    </message>
    <message>
      <source>Rectification notice {number} issued.</source>
      <translation>已开具整改通知单 {number}。</translation>
    </message>
    <message>
      <source>Closed by this check: {numbers}.</source>
      <translation>本次抽查合格，已关闭：{numbers}。</translation>
    </message>
    <message>
      <source>Opened again by this check: {numbers}.</source>
      <translation>本次抽查仍不合格，已重新打开：{numbers}。</translation>
    </message>
    <message>
      <source>Notice {number} is closed.</source>
      <translation>整改通知单 {number} 已关闭。</translation>
    </message>
    <message>
      <source>Void assessment {number}</source>
      <translation>作废考核 {number}</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>原因(&amp;R)</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <source>Blank sheet</source>
      <translation>空白考核表</translation>
    </message>
    <message>
      <source>Standards</source>
      <translation>考核标准</translation>
    </message>
    <message>
      <source>Default standards adopted for {n} departments: edit them as needed.</source>
      <translation>已为 {n} 个部门采用默认考核标准，可按需修改。</translation>
    </message>
  </context>
  <context>
    <name>AssignHandlerForm</name>
    <message>
      <source>Person responsible</source>
      <translation>责任人</translation>
    </message>
  </context>
  <context>
    <name>AuditChangesModel</name>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>修改前</translation>
    </message>
    <message>
      <source>After</source>
      <translation>修改后</translation>
    </message>
  </context>
  <context>
    <name>AuditNames</name>
    <message>
      <source>created</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>作废</translation>
    </message>
    <message>
      <source>logged in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>user</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <source>demo data</source>
      <translation>演示数据</translation>
    </message>
    <message>
      <source>estate</source>
      <translation>小区</translation>
    </message>
    <message>
      <source>building</source>
      <translation>楼栋</translation>
    </message>
    <message>
      <source>estate setting</source>
      <translation>小区设置</translation>
    </message>
    <message>
      <source>access card</source>
      <translation>门禁卡</translation>
    </message>
    <message>
      <source>vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>gate record</source>
      <translation>门岗记录</translation>
    </message>
    <message>
      <source>release slip</source>
      <translation>放行条</translation>
    </message>
    <message>
      <source>shift handover</source>
      <translation>交接班记录</translation>
    </message>
    <message>
      <source>repair ticket</source>
      <translation>报修工单</translation>
    </message>
    <message>
      <source>patrol route</source>
      <translation>巡逻路线</translation>
    </message>
    <message>
      <source>inquiry</source>
      <translation>咨询</translation>
    </message>
    <message>
      <source>equipment item</source>
      <translation>设施设备</translation>
    </message>
    <message>
      <source>checklist template</source>
      <translation>检查表模板</translation>
    </message>
    <message>
      <source>work-log task</source>
      <translation>保洁绿化任务</translation>
    </message>
    <message>
      <source>work-log entry</source>
      <translation>保洁绿化日志记录</translation>
    </message>
    <message>
      <source>demo data created</source>
      <translation>创建演示数据</translation>
    </message>
    <message>
      <source>checkpoint</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>patrol round</source>
      <translation>巡逻单</translation>
    </message>
    <message>
      <source>patrol finding</source>
      <translation>巡逻发现</translation>
    </message>
    <message>
      <source>wand code</source>
      <translation>巡更棒编码</translation>
    </message>
    <message>
      <source>wand import</source>
      <translation>巡更棒导入</translation>
    </message>
    <message>
      <source>user name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>name</source>
      <translation>名称</translation>
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
      <translation>密码</translation>
    </message>
    <message>
      <source>file</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>previous database kept as</source>
      <translation>原数据库保存为</translation>
    </message>
    <message>
      <source>address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>hotline</source>
      <translation>服务热线</translation>
    </message>
    <message>
      <source>value</source>
      <translation>设定值</translation>
    </message>
    <message>
      <source>code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>floors</source>
      <translation>楼层数</translation>
    </message>
    <message>
      <source>entrance</source>
      <translation>单元</translation>
    </message>
    <message>
      <source>floor</source>
      <translation>楼层</translation>
    </message>
    <message>
      <source>room</source>
      <translation>室</translation>
    </message>
    <message>
      <source>floor area</source>
      <translation>面积</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>resident</source>
      <translation>住户</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>second phone</source>
      <translation>备用电话</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <source>moved in</source>
      <translation>入住日期</translation>
    </message>
    <message>
      <source>moved out</source>
      <translation>迁出日期</translation>
    </message>
    <message>
      <source>status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>issued on</source>
      <translation>发卡日期</translation>
    </message>
    <message>
      <source>returned on</source>
      <translation>退卡日期</translation>
    </message>
    <message>
      <source>plate</source>
      <translation>车牌号</translation>
    </message>
    <message>
      <source>parking space</source>
      <translation>车位</translation>
    </message>
    <message>
      <source>zone</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>department</source>
      <translation>部门</translation>
    </message>
    <message>
      <source>position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>station</source>
      <translation>工作站</translation>
    </message>
    <message>
      <source>card number</source>
      <translation>卡号</translation>
    </message>
    <message>
      <source>pass number</source>
      <translation>临时出入证号</translation>
    </message>
    <message>
      <source>purpose</source>
      <translation>来访事由</translation>
    </message>
    <message>
      <source>host confirmed</source>
      <translation>住户确认方式</translation>
    </message>
    <message>
      <source>confirmed by</source>
      <translation>确认人</translation>
    </message>
    <message>
      <source>entry record</source>
      <translation>入场记录</translation>
    </message>
    <message>
      <source>closed at</source>
      <translation>关闭时间</translation>
    </message>
    <message>
      <source>fee</source>
      <translation>应收费用</translation>
    </message>
    <message>
      <source>note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>registered vehicle</source>
      <translation>登记车辆</translation>
    </message>
    <message>
      <source>permit number</source>
      <translation>临时停车证号</translation>
    </message>
    <message>
      <source>exterior check</source>
      <translation>车况检查</translation>
    </message>
    <message>
      <source>permit returned</source>
      <translation>临时停车证已交回</translation>
    </message>
    <message>
      <source>stated entry time</source>
      <translation>自述入场时间</translation>
    </message>
    <message>
      <source>authorised by (party)</source>
      <translation>授权方</translation>
    </message>
    <message>
      <source>authorised by</source>
      <translation>授权人</translation>
    </message>
    <message>
      <source>place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>warning posted</source>
      <translation>已张贴告知单</translation>
    </message>
    <message>
      <source>personal data removed at</source>
      <translation>个人信息清除时间</translation>
    </message>
    <message>
      <source>valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>created by</source>
      <translation>开单人</translation>
    </message>
    <message>
      <source>used by gate record</source>
      <translation>门岗使用记录</translation>
    </message>
    <message>
      <source>recorded by</source>
      <translation>记录人</translation>
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
      <translation>班次开始</translation>
    </message>
    <message>
      <source>shift end</source>
      <translation>班次结束</translation>
    </message>
    <message>
      <source>open matters</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <source>resident entries</source>
      <translation>住户刷卡</translation>
    </message>
    <message>
      <source>cards refused</source>
      <translation>刷卡被拒</translation>
    </message>
    <message>
      <source>visitors in</source>
      <translation>访客进入</translation>
    </message>
    <message>
      <source>visitors out</source>
      <translation>访客离开</translation>
    </message>
    <message>
      <source>vehicles in</source>
      <translation>车辆入场</translation>
    </message>
    <message>
      <source>vehicles out</source>
      <translation>车辆出场</translation>
    </message>
    <message>
      <source>fees</source>
      <translation>收费金额</translation>
    </message>
    <message>
      <source>items in</source>
      <translation>物品进入</translation>
    </message>
    <message>
      <source>items out</source>
      <translation>物品放行</translation>
    </message>
    <message>
      <source>parking notices</source>
      <translation>违停告知单</translation>
    </message>
    <message>
      <source>records before</source>
      <translation>清除此前记录</translation>
    </message>
    <message>
      <source>days kept</source>
      <translation>保留天数</translation>
    </message>
    <message>
      <source>gate records cleared</source>
      <translation>已清除门岗记录数</translation>
    </message>
    <message>
      <source>state</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>reported via</source>
      <translation>报修渠道</translation>
    </message>
    <message>
      <source>category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>priority</source>
      <translation>紧急程度</translation>
    </message>
    <message>
      <source>paid repair</source>
      <translation>有偿维修</translation>
    </message>
    <message>
      <source>reporter</source>
      <translation>报修人</translation>
    </message>
    <message>
      <source>reporter's phone</source>
      <translation>报修人电话</translation>
    </message>
    <message>
      <source>common area</source>
      <translation>公共区域</translation>
    </message>
    <message>
      <source>technician</source>
      <translation>维修工</translation>
    </message>
    <message>
      <source>reported at</source>
      <translation>报修时间</translation>
    </message>
    <message>
      <source>arrival due by</source>
      <translation>应到场时间</translation>
    </message>
    <message>
      <source>dispatched at</source>
      <translation>派工时间</translation>
    </message>
    <message>
      <source>arrived at</source>
      <translation>到场时间</translation>
    </message>
    <message>
      <source>diagnosed at</source>
      <translation>诊断时间</translation>
    </message>
    <message>
      <source>quoted at</source>
      <translation>报价时间</translation>
    </message>
    <message>
      <source>quote decided at</source>
      <translation>住户答复时间</translation>
    </message>
    <message>
      <source>started at</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>completed at</source>
      <translation>完工时间</translation>
    </message>
    <message>
      <source>signed off at</source>
      <translation>签字确认时间</translation>
    </message>
    <message>
      <source>followed up at</source>
      <translation>回访时间</translation>
    </message>
    <message>
      <source>last step at</source>
      <translation>最近处理时间</translation>
    </message>
    <message>
      <source>diagnosis</source>
      <translation>诊断结果</translation>
    </message>
    <message>
      <source>quote: labour</source>
      <translation>报价：人工费</translation>
    </message>
    <message>
      <source>quote: materials</source>
      <translation>报价：材料费</translation>
    </message>
    <message>
      <source>quote: minutes of work</source>
      <translation>报价：工时（分钟）</translation>
    </message>
    <message>
      <source>quote approved</source>
      <translation>报价已确认</translation>
    </message>
    <message>
      <source>decision note</source>
      <translation>住户答复说明</translation>
    </message>
    <message>
      <source>work done</source>
      <translation>维修内容</translation>
    </message>
    <message>
      <source>materials used</source>
      <translation>所用材料</translation>
    </message>
    <message>
      <source>signed by</source>
      <translation>签字人</translation>
    </message>
    <message>
      <source>rating</source>
      <translation>满意度评分</translation>
    </message>
    <message>
      <source>follow-up comment</source>
      <translation>回访意见</translation>
    </message>
    <message>
      <source>reason cancelled</source>
      <translation>取消原因</translation>
    </message>
    <message>
      <source>opened from</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>source record</source>
      <translation>来源记录</translation>
    </message>
    <message>
      <source>route</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>route name</source>
      <translation>路线名称</translation>
    </message>
    <message>
      <source>checklist</source>
      <translation>检查项目</translation>
    </message>
    <message>
      <source>guard</source>
      <translation>巡逻人员</translation>
    </message>
    <message>
      <source>guard name</source>
      <translation>巡逻人员姓名</translation>
    </message>
    <message>
      <source>finished at</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <source>scheduled for</source>
      <translation>应巡时段</translation>
    </message>
    <message>
      <source>timeliness</source>
      <translation>准时情况</translation>
    </message>
    <message>
      <source>recorded how</source>
      <translation>记录方式</translation>
    </message>
    <message>
      <source>checkpoints on the route</source>
      <translation>路线巡逻点数</translation>
    </message>
    <message>
      <source>checkpoints visited</source>
      <translation>已到巡逻点数</translation>
    </message>
    <message>
      <source>issues</source>
      <translation>异常数</translation>
    </message>
    <message>
      <source>out of order</source>
      <translation>顺序异常</translation>
    </message>
    <message>
      <source>too fast</source>
      <translation>过快</translation>
    </message>
    <message>
      <source>reason abandoned</source>
      <translation>中止原因</translation>
    </message>
    <message>
      <source>round</source>
      <translation>巡逻单</translation>
    </message>
    <message>
      <source>visit</source>
      <translation>到点记录</translation>
    </message>
    <message>
      <source>checkpoint name</source>
      <translation>巡逻点名称</translation>
    </message>
    <message>
      <source>what was seen</source>
      <translation>发现情况</translation>
    </message>
    <message>
      <source>action taken</source>
      <translation>处理措施</translation>
    </message>
    <message>
      <source>seen at</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <source>escalated to</source>
      <translation>上报对象</translation>
    </message>
    <message>
      <source>escalated at</source>
      <translation>上报时间</translation>
    </message>
    <message>
      <source>resolved at</source>
      <translation>解决时间</translation>
    </message>
    <message>
      <source>resolution</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <source>wand model</source>
      <translation>巡更棒型号</translation>
    </message>
    <message>
      <source>swipes</source>
      <translation>刷卡记录数</translation>
    </message>
    <message>
      <source>rounds</source>
      <translation>巡逻单</translation>
    </message>
    <message>
      <source>swipes with a problem</source>
      <translation>有问题的刷卡记录数</translation>
    </message>
    <message>
      <source>severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <source>complainant's phone</source>
      <translation>投诉人电话</translation>
    </message>
    <message>
      <source>received at</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>answer due by</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <source>person responsible</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>assigned at</source>
      <translation>派单时间</translation>
    </message>
    <message>
      <source>investigation</source>
      <translation>调查情况</translation>
    </message>
    <message>
      <source>first answered at</source>
      <translation>首次答复时间</translation>
    </message>
    <message>
      <source>answered at</source>
      <translation>答复时间</translation>
    </message>
    <message>
      <source>verdict given at</source>
      <translation>投诉人意见时间</translation>
    </message>
    <message>
      <source>root cause</source>
      <translation>根本原因</translation>
    </message>
    <message>
      <source>root cause in words</source>
      <translation>原因说明</translation>
    </message>
    <message>
      <source>corrective action</source>
      <translation>整改措施</translation>
    </message>
    <message>
      <source>closed by a manager</source>
      <translation>经理结案</translation>
    </message>
    <message>
      <source>reason closed</source>
      <translation>结案原因</translation>
    </message>
    <message>
      <source>follow-up visit by</source>
      <translation>回访人</translation>
    </message>
    <message>
      <source>follow-up visit at</source>
      <translation>回访时间</translation>
    </message>
    <message>
      <source>follow-up visit how</source>
      <translation>回访方式</translation>
    </message>
    <message>
      <source>follow-up visit result</source>
      <translation>回访结果</translation>
    </message>
    <message>
      <source>follow-up rating</source>
      <translation>回访评分</translation>
    </message>
    <message>
      <source>asked by</source>
      <translation>咨询人</translation>
    </message>
    <message>
      <source>asker's phone</source>
      <translation>咨询人电话</translation>
    </message>
    <message>
      <source>question</source>
      <translation>咨询内容</translation>
    </message>
    <message>
      <source>answer</source>
      <translation>答复内容</translation>
    </message>
    <message>
      <source>asked at</source>
      <translation>咨询时间</translation>
    </message>
    <message>
      <source>answer promised by</source>
      <translation>承诺答复时间</translation>
    </message>
    <message>
      <source>answered by</source>
      <translation>答复人</translation>
    </message>
    <message>
      <source>complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>passed on at</source>
      <translation>转办时间</translation>
    </message>
    <message>
      <source>checklist version</source>
      <translation>检查表版本</translation>
    </message>
    <message>
      <source>checklist version number</source>
      <translation>检查表版本号</translation>
    </message>
    <message>
      <source>area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>inspector</source>
      <translation>巡检人</translation>
    </message>
    <message>
      <source>inspected at</source>
      <translation>巡检时间</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>items passed</source>
      <translation>合格项数</translation>
    </message>
    <message>
      <source>items judged</source>
      <translation>已判定项数</translation>
    </message>
    <message>
      <source>fire equipment items intact</source>
      <translation>消防设施完好项数</translation>
    </message>
    <message>
      <source>fire equipment items inspected</source>
      <translation>消防设施检查项数</translation>
    </message>
    <message>
      <source>rectification notice</source>
      <translation>整改通知单</translation>
    </message>
    <message>
      <source>template</source>
      <translation>模板</translation>
    </message>
    <message>
      <source>version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>frequency</source>
      <translation>频次</translation>
    </message>
    <message>
      <source>areas</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>item</source>
      <translation>检查项目</translation>
    </message>
    <message>
      <source>what to fix</source>
      <translation>整改内容</translation>
    </message>
    <message>
      <source>issued at</source>
      <translation>开具时间</translation>
    </message>
    <message>
      <source>deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>fix reported by</source>
      <translation>整改报告人</translation>
    </message>
    <message>
      <source>fix reported at</source>
      <translation>整改报告时间</translation>
    </message>
    <message>
      <source>what was done</source>
      <translation>整改情况</translation>
    </message>
    <message>
      <source>verified by</source>
      <translation>复检人</translation>
    </message>
    <message>
      <source>re-inspection</source>
      <translation>复检</translation>
    </message>
    <message>
      <source>reason voided</source>
      <translation>作废原因</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>inspection</source>
      <translation>巡检记录</translation>
    </message>
    <message>
      <source>photo added</source>
      <translation>添加照片</translation>
    </message>
    <message>
      <source>random seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <source>scale</source>
      <translation>规模</translation>
    </message>
    <message>
      <source>buildings</source>
      <translation>楼栋数</translation>
    </message>
    <message>
      <source>units</source>
      <translation>房屋数</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>住户数</translation>
    </message>
    <message>
      <source>residents moved out</source>
      <translation>已迁出住户数</translation>
    </message>
    <message>
      <source>parking spaces</source>
      <translation>车位数</translation>
    </message>
    <message>
      <source>vehicles</source>
      <translation>车辆数</translation>
    </message>
    <message>
      <source>access cards</source>
      <translation>门禁卡数</translation>
    </message>
    <message>
      <source>cards lost</source>
      <translation>挂失卡数</translation>
    </message>
    <message>
      <source>gate records</source>
      <translation>门岗记录数</translation>
    </message>
    <message>
      <source>shift handovers</source>
      <translation>交接班记录数</translation>
    </message>
    <message>
      <source>repair tickets</source>
      <translation>报修工单数</translation>
    </message>
    <message>
      <source>patrol rounds</source>
      <translation>巡逻单数</translation>
    </message>
    <message>
      <source>event</source>
      <translation>事件</translation>
    </message>
    <message>
      <source>left at</source>
      <translation>离开时间</translation>
    </message>
    <message>
      <source>relation</source>
      <translation>住户类型</translation>
    </message>
    <message>
      <source>type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>space number</source>
      <translation>车位编号</translation>
    </message>
    <message>
      <source>unit code</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>order</source>
      <translation>顺序</translation>
    </message>
    <message>
      <source>fault description</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <source>repair started at</source>
      <translation>开始维修时间</translation>
    </message>
    <message>
      <source>items</source>
      <translation>物品</translation>
    </message>
    <message>
      <source>received via</source>
      <translation>受理渠道</translation>
    </message>
    <message>
      <source>complainant's verdict</source>
      <translation>投诉人意见</translation>
    </message>
    <message>
      <source>answer given</source>
      <translation>答复内容</translation>
    </message>
    <message>
      <source>question or suggestion</source>
      <translation>咨询或建议</translation>
    </message>
    <message>
      <source>owned</source>
      <translation>产权车位</translation>
    </message>
    <message>
      <source>rented</source>
      <translation>租用车位</translation>
    </message>
    <message>
      <source>for visitors</source>
      <translation>访客车位</translation>
    </message>
    <message>
      <source>open</source>
      <translation>待答复</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>已答复</translation>
    </message>
    <message>
      <source>converted</source>
      <translation>已转办</translation>
    </message>
    <message>
      <source>reset</source>
      <translation>已重置</translation>
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
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>清除筛选</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Record type</source>
      <translation>记录类型</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ 上一页</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>下一页 ▶</translation>
    </message>
    <message>
      <source>Verify chain</source>
      <translation>校验日志链</translation>
    </message>
    <message>
      <source>Check that no entry of the audit log was changed, removed or inserted.</source>
      <translation>检查审计日志中没有任何条目被修改、删除或插入。</translation>
    </message>
    <message>
      <source>Select an entry to see what it changed.</source>
      <translation>选择一条记录以查看其改动。</translation>
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
      <translation>第 {first}–{last} 条，共 {total} 条</translation>
    </message>
    <message>
      <source>Written on station {letter}'s own copy, in its own audit chain.</source>
      <translation>由{letter}号工作站在其本地副本上记录，属于该工作站自己的审计日志链。</translation>
    </message>
    <message>
      <source>station {letter}</source>
      <translation>{letter}号工作站</translation>
    </message>
    <message>
      <source>this database</source>
      <translation>本数据库</translation>
    </message>
    <message>
      <source>The audit trail of {whose}: {n} entries, intact.</source>
      <translation>{whose}的审计日志：{n} 条记录，完整。</translation>
    </message>
    <message>
      <source>The audit trail of {whose} was tampered with at entry #{seq} ({reason}). The {n} entries before it are intact.</source>
      <translation>{whose}的审计日志在第 {seq} 条处被篡改（{reason}）。此前的 {n} 条记录完整。</translation>
    </message>
    <message>
      <source>Chain of {whose} broken at #{seq}</source>
      <translation>{whose}的日志链在第 {seq} 条断开</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>每日</translation>
    </message>
    <message>
      <source>report</source>
      <translation>报表</translation>
    </message>
    <message>
      <source>restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>The audit log was changed: it no longer passes through the {kind} anchor of {when} (entry #{seq}, {what}). Entries up to #{seq} were changed and their hashes recomputed, or removed.</source>
      <translation>审计日志已被改动：审计链不再经过 {when} 的{kind}锚点（第 {seq} 条记录，{what}）。第 {seq} 条及之前的记录被修改后重算了校验值，或已被删除。</translation>
    </message>
    <message>
      <source>Anchor #{seq} missed</source>
      <translation>未经过第 {seq} 号锚点</translation>
    </message>
    <message>
      <source>No entries</source>
      <translation>没有记录</translation>
    </message>
    <message>
      <source>Entry #{seq}: {user} {action} {entity} {id}</source>
      <translation>第 {seq} 条：{user} {action} {entity} {id}</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>原因：{reason}</translation>
    </message>
    <message>
      <source>The audit log is intact: {n} entries checked.</source>
      <translation>审计日志完整：已校验 {n} 条记录。</translation>
    </message>
    <message>
      <source>Chain intact</source>
      <translation>日志链完整</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>It passes through all {n} anchors kept outside the database.</source>
      <translation>审计链经过数据库外保存的全部 {n} 个锚点。</translation>
    </message>
    <message>
      <source>The anchor file {file} could not be read in full; what could not be read was skipped.</source>
      <translation>锚点文件 {file} 未能完整读取；无法读取的部分已跳过。</translation>
    </message>
    <message>
      <source>an entry is missing</source>
      <translation>有记录缺失</translation>
    </message>
    <message>
      <source>an entry was inserted or moved</source>
      <translation>有记录被插入或移动</translation>
    </message>
    <message>
      <source>an entry was changed</source>
      <translation>有记录被修改</translation>
    </message>
    <message>
      <source>The audit log was tampered with at entry #{seq} ({reason}). The {n} entries before it are intact.</source>
      <translation>审计日志在第 {seq} 条处被篡改（{reason}）。此前的 {n} 条记录完整。</translation>
    </message>
    <message>
      <source>Chain broken at #{seq}</source>
      <translation>日志链在第 {seq} 条断开</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <source>#</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>工作站</translation>
    </message>
    <message>
      <source>Record type</source>
      <translation>记录类型</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
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
      <translation>日志链</translation>
    </message>
    <message>
      <source>Written on station {letter}'s own copy, in its own audit chain.</source>
      <translation>由{letter}号工作站在其本地副本上记录，属于该工作站自己的审计日志链。</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>用户名：{login}</translation>
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
      <translation>状态</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>维修工</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>已用时</translation>
    </message>
    <message>
      <source>Age less waits</source>
      <translation>扣除等待后用时</translation>
    </message>
  </context>
  <context>
    <name>BackupSummaryView</name>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Made on</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Estate</source>
      <translation>小区</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住户</translation>
    </message>
    <message>
      <source>Gate records</source>
      <translation>门岗记录</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>报修工单</translation>
    </message>
    <message>
      <source>Patrol rounds</source>
      <translation>巡逻记录</translation>
    </message>
    <message>
      <source>Newest record</source>
      <translation>最新记录</translation>
    </message>
    <message>
      <source>(no estate set up)</source>
      <translation>（尚未设置小区）</translation>
    </message>
  </context>
  <context>
    <name>BuildingForm</name>
    <message>
      <source>Building</source>
      <translation>楼栋</translation>
    </message>
    <message>
      <source>Building number</source>
      <translation>楼栋编号</translation>
    </message>
    <message>
      <source>Its {n} units' numbers start with it.</source>
      <translation>本楼栋 {n} 个房号均以此编号开头。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>e.g. 3号楼</source>
      <translation>例如：3号楼</translation>
    </message>
    <message>
      <source>Floors</source>
      <translation>楼层数</translation>
    </message>
  </context>
  <context>
    <name>BuildingsPanel</name>
    <message>
      <source>Filter buildings by number or name</source>
      <translation>按编号或名称筛选楼栋</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>楼栋</translation>
    </message>
    <message>
      <source>Void building</source>
      <translation>作废楼栋</translation>
    </message>
  </context>
  <context>
    <name>BuildingsTableModel</name>
    <message>
      <source>Building</source>
      <translation>楼栋</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Floors</source>
      <translation>楼层数</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>房屋数</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>作废原因</translation>
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
      <translation>发放门禁卡</translation>
    </message>
    <message>
      <source>type or scan the card</source>
      <translation>输入或刷卡</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>卡号</translation>
    </message>
    <message>
      <source>Holder</source>
      <translation>持卡人</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>发卡日期</translation>
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
      <translation>挂失</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>注销</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>已退卡</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>卡号</translation>
    </message>
    <message>
      <source>Holder</source>
      <translation>持卡人</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>发卡日期</translation>
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
      <translation>{name}（{username}）今后的权限。</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>更改角色</translation>
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
      <translation>{text}（{points} 分，剩余 {left} 分）</translation>
    </message>
    <message>
      <source>&amp;Item</source>
      <translation>考核项目(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Place</source>
      <translation>抽查地点(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Finding</source>
      <translation>发现问题(&amp;F)</translation>
    </message>
    <message>
      <source>What was found (empty when it passed)</source>
      <translation>发现的问题（合格则留空）</translation>
    </message>
    <message>
      <source>Points &amp;deducted</source>
      <translation>扣分(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Checked at</source>
      <translation>抽查时间(&amp;C)</translation>
    </message>
    <message>
      <source>Issue a rectification notice</source>
      <translation>开具整改通知单</translation>
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
      <translation>序号</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>考核项目</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>抽查地点</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>发现问题</translation>
    </message>
    <message>
      <source>Deducted</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>抽查时间</translation>
    </message>
    <message>
      <source>Rectification notice</source>
      <translation>整改通知单</translation>
    </message>
  </context>
  <context>
    <name>CheckpointForm</name>
    <message>
      <source>New checkpoint on {route}</source>
      <translation>新建巡逻点（{route}）</translation>
    </message>
    <message>
      <source>Checkpoint on {route}</source>
      <translation>巡逻点（{route}）</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>e.g. XG-E-01: letters, digits and - _ . /</source>
      <translation>例如 XG-E-01：可用字母、数字及 - _ . /</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>e.g. Building 1 lobby</source>
      <translation>例如：1 号楼大堂</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>optional: where the label hangs</source>
      <translation>选填：标签张贴的位置</translation>
    </message>
    <message>
      <source>one item per line, e.g. fire door closed</source>
      <translation>每行一项，例如：防火门已关闭</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation>检查项目</translation>
    </message>
    <message>
      <source>A new code needs a new label: print it after saving.</source>
      <translation>改了编号就要换新标签：保存后请打印。</translation>
    </message>
  </context>
  <context>
    <name>CheckpointTableModel</name>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation>检查项目</translation>
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
      <translation>原因说明</translation>
    </message>
    <message>
      <source>why it happened</source>
      <translation>问题发生的原因</translation>
    </message>
    <message>
      <source>Corrective action</source>
      <translation>整改措施</translation>
    </message>
    <message>
      <source>what changes so it does not happen again</source>
      <translation>做出哪些改进，避免再次发生</translation>
    </message>
  </context>
  <context>
    <name>CloseForm</name>
    <message>
      <source>Close the incident</source>
      <translation>事件结案</translation>
    </message>
    <message>
      <source>{n} follow-up actions are not done: say why the incident closes now.</source>
      <translation>尚有 {n} 项后续措施未完成，请说明现在结案的理由。</translation>
    </message>
    <message>
      <source>Every follow-up action is done.</source>
      <translation>所有后续措施均已完成。</translation>
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
      <translation>投诉人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>In 90 days</source>
      <translation>90 天内次数</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>In the period</source>
      <translation>期内合计</translation>
    </message>
  </context>
  <context>
    <name>ComplaintAnalysis</name>
    <message>
      <source>Complaints by category (Pareto)</source>
      <translation>投诉按类别（帕累托）</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Cumulative share</source>
      <translation>累计占比</translation>
    </message>
    <message>
      <source>Complaints by month</source>
      <translation>每月投诉</translation>
    </message>
    <message>
      <source>Answered in time or not yet judged</source>
      <translation>按时答复或尚未到期</translation>
    </message>
    <message>
      <source>Answered late or overdue</source>
      <translation>逾期答复或已超期</translation>
    </message>
    <message>
      <source>Answered in time</source>
      <translation>按时答复</translation>
    </message>
    <message>
      <source>(not assigned yet)</source>
      <translation>（尚未派单）</translation>
    </message>
  </context>
  <context>
    <name>ComplaintDetail</name>
    <message>
      <source>OVERDUE: due {due}, not answered</source>
      <translation>逾期未答复：应于 {due} 前答复</translation>
    </message>
    <message>
      <source>{due}; answered in time ({at})</source>
      <translation>{due}；按时答复（{at}）</translation>
    </message>
    <message>
      <source>{due}; answered late ({at})</source>
      <translation>{due}；超时答复（{at}）</translation>
    </message>
    <message>
      <source>round {n} (sent back {times}× as not satisfied)</source>
      <translation>第 {n} 轮（因不满意退回 {times} 次）</translation>
    </message>
    <message>
      <source>{cause}: {text}</source>
      <translation>{cause}：{text}</translation>
    </message>
    <message>
      <source>{at} by {who}, {how}: {result} (rating {rating}/5)</source>
      <translation>{at}，{who}（{how}）：{result}（评分 {rating}/5）</translation>
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
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>投诉类别</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉内容</translation>
    </message>
    <message>
      <source>Answer due</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Investigation</source>
      <translation>调查情况</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>投诉人意见</translation>
    </message>
    <message>
      <source>Rounds</source>
      <translation>处理轮次</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>报修工单</translation>
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
      <translation>经理结案</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>回访</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>作废原因</translation>
    </message>
  </context>
  <context>
    <name>ComplaintDetailPanel</name>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <source>Open repair ticket…</source>
      <translation>开报修工单…</translation>
    </message>
    <message>
      <source>Link existing ticket…</source>
      <translation>关联已有工单…</translation>
    </message>
    <message>
      <source>Print handling sheet…</source>
      <translation>打印投诉处理单…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Hide the complaint: the list takes the whole height</source>
      <translation>隐藏投诉详情，列表占满整个高度</translation>
    </message>
    <message>
      <source>{number} — {state}</source>
      <translation>{number} — {state}</translation>
    </message>
    <message>
      <source>Taken by {name} (login: {login})</source>
      <translation>受理人：{name}（用户名：{login}）</translation>
    </message>
  </context>
  <context>
    <name>ComplaintExport</name>
    <message>
      <source>Exporting complaints…</source>
      <translation>正在导出投诉…</translation>
    </message>
    <message>
      <source>Exporting complaints: {n} rows…</source>
      <translation>正在导出投诉：{n} 行…</translation>
    </message>
  </context>
  <context>
    <name>ComplaintFilterBar</name>
    <message>
      <source>Open complaints</source>
      <translation>未结案投诉</translation>
    </message>
    <message>
      <source>All complaints</source>
      <translation>全部投诉</translation>
    </message>
    <message>
      <source>Any category</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>仅超时</translation>
    </message>
    <message>
      <source>Number, unit, name or phone's last 4 digits</source>
      <translation>编号、房号、姓名或电话后 4 位</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>+ the analysis figure's condition</source>
      <translation>+ 分析中所选数字的条件</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
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
      <translation>新建投诉</translation>
    </message>
    <message>
      <source>Look up (F4)</source>
      <translation>查找住户 (F4)</translation>
    </message>
    <message>
      <source>Unit, name or phone, then Enter</source>
      <translation>输入房号、姓名或电话后按回车</translation>
    </message>
    <message>
      <source>Anonymous: keep no name and no phone</source>
      <translation>匿名：不记录姓名和电话</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如 3-2-1502</translation>
    </message>
    <message>
      <source>Common area</source>
      <translation>公共区域</translation>
    </message>
    <message>
      <source>or the common area, e.g. north gate</source>
      <translation>或公共区域，例如北门</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉内容</translation>
    </message>
    <message>
      <source>what happened, where, since when</source>
      <translation>发生了什么、在哪里、从何时开始</translation>
    </message>
    <message>
      <source>Nobody yet (assign later)</source>
      <translation>暂不指定（稍后派单）</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Received via</source>
      <translation>投诉渠道</translation>
    </message>
    <message>
      <source>Change it only for a complaint received earlier.</source>
      <translation>仅在补录较早受理的投诉时修改。</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>From the deadline rules; change it only to promise another time.</source>
      <translation>按答复期限规则计算；仅在承诺其他时间时修改。</translation>
    </message>
    <message>
      <source>Answer by</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <source>{who} (match {n} of {total}; F4 for the next)</source>
      <translation>{who}（第 {n}/{total} 个结果；按 F4 看下一个）</translation>
    </message>
    <message>
      <source>The rules give {hours} h from receipt.</source>
      <translation>按规则，应自受理起 {hours} 小时内答复。</translation>
    </message>
  </context>
  <context>
    <name>ComplaintFromInquiryForm</name>
    <message>
      <source>Make a complaint of the inquiry</source>
      <translation>咨询转为投诉</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉内容</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>or common area</source>
      <translation>或公共区域</translation>
    </message>
    <message>
      <source>Anonymous: keep no name or phone</source>
      <translation>匿名：不记录姓名和电话</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
  </context>
  <context>
    <name>ComplaintListView</name>
    <message>
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Complaints {first}–{last}</source>
      <translation>投诉 {first}–{last}</translation>
    </message>
    <message>
      <source>No complaints</source>
      <translation>没有投诉</translation>
    </message>
  </context>
  <context>
    <name>ComplaintNames</name>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>At the front desk</source>
      <translation>来访</translation>
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
      <translation>意见箱</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>安全秩序</translation>
    </message>
    <message>
      <source>Cleaning</source>
      <translation>保洁</translation>
    </message>
    <message>
      <source>Greening</source>
      <translation>绿化</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>设施设备</translation>
    </message>
    <message>
      <source>Noise</source>
      <translation>噪音</translation>
    </message>
    <message>
      <source>Parking</source>
      <translation>停车</translation>
    </message>
    <message>
      <source>Staff conduct</source>
      <translation>员工服务</translation>
    </message>
    <message>
      <source>Fees</source>
      <translation>收费</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Serious</source>
      <translation>严重</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>轻微</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已受理</translation>
    </message>
    <message>
      <source>Being handled</source>
      <translation>处理中</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已答复</translation>
    </message>
    <message>
      <source>To be closed</source>
      <translation>待结案</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作废</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>Not satisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <source>Staff service</source>
      <translation>员工服务</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>制度流程</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>设施设备</translation>
    </message>
    <message>
      <source>Contractor</source>
      <translation>外包单位</translation>
    </message>
    <message>
      <source>Another resident</source>
      <translation>其他住户</translation>
    </message>
    <message>
      <source>Communication</source>
      <translation>沟通告知</translation>
    </message>
    <message>
      <source>Design</source>
      <translation>规划设计</translation>
    </message>
    <message>
      <source>Unfounded</source>
      <translation>投诉不成立</translation>
    </message>
    <message>
      <source>By phone</source>
      <translation>电话回访</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>上门回访</translation>
    </message>
    <message>
      <source>By WeChat</source>
      <translation>微信回访</translation>
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
      <translation>投诉人意见</translation>
    </message>
    <message>
      <source>Closed by a manager</source>
      <translation>经理结案</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>已回访</translation>
    </message>
    <message>
      <source>Repair ticket linked</source>
      <translation>已关联报修工单</translation>
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
      <translation>答复…</translation>
    </message>
    <message>
      <source>Verdict…</source>
      <translation>投诉人意见…</translation>
    </message>
    <message>
      <source>Close complaint…</source>
      <translation>结案…</translation>
    </message>
    <message>
      <source>Manager close…</source>
      <translation>经理结案…</translation>
    </message>
    <message>
      <source>Follow-up visit…</source>
      <translation>回访…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
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
      <translation> 小时</translation>
    </message>
    <message>
      <source>Complaint settings</source>
      <translation>投诉设置</translation>
    </message>
    <message>
      <source>A complaint is answered within, from its receipt:</source>
      <translation>投诉答复时限（自受理起计）：</translation>
    </message>
    <message>
      <source>Serious</source>
      <translation>严重</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>轻微</translation>
    </message>
    <message>
      <source>At most, for these categories (the shorter of the two applies):</source>
      <translation>以下类别的最长时限（取两者中较短者）：</translation>
    </message>
    <message>
      <source>A new limit applies to complaints taken from now on; those taken keep their deadline.</source>
      <translation>新时限仅适用于此后受理的投诉；已受理的投诉仍按原定答复期限计算。</translation>
    </message>
  </context>
  <context>
    <name>ComplaintStepForm</name>
    <message>
      <source>{step}: complaint {number}</source>
      <translation>{step}：投诉 {number}</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Change it only for a step done earlier (written on paper).</source>
      <translation>仅在补录之前完成的步骤（纸质记录）时修改。</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
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
      <translation>首次答复：{time}</translation>
    </message>
    <message>
      <source>Not answered and past the deadline</source>
      <translation>已过答复期限，仍未答复</translation>
    </message>
    <message>
      <source>Not answered yet</source>
      <translation>尚未答复</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉内容</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Answer due</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Rounds</source>
      <translation>处理轮次</translation>
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
      <translation>评分 {n}/5</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>用户名：{login}</translation>
    </message>
  </context>
  <context>
    <name>ComplaintTimelineModel</name>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>环节</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>经办人</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>轮次</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsTab</name>
    <message>
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Inquiries</source>
      <translation>咨询</translation>
    </message>
    <message>
      <source>Analysis</source>
      <translation>统计分析</translation>
    </message>
    <message>
      <source>New complaint (F2)</source>
      <translation>新建投诉 (F2)</translation>
    </message>
    <message>
      <source>Complaint {number} taken: {place}</source>
      <translation>已受理投诉 {number}：{place}</translation>
    </message>
    <message>
      <source>Void complaint {number}</source>
      <translation>作废投诉 {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Complaint {number}: {step}</source>
      <translation>投诉 {number}：{step}</translation>
    </message>
  </context>
  <context>
    <name>CompleteForm</name>
    <message>
      <source>optional</source>
      <translation>选填</translation>
    </message>
    <message>
      <source>The site was cleaned up</source>
      <translation>现场已清理</translation>
    </message>
    <message>
      <source>Work done</source>
      <translation>维修内容</translation>
    </message>
    <message>
      <source>Materials used</source>
      <translation>所用材料</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>现场</translation>
    </message>
  </context>
  <context>
    <name>CompletionModel</name>
    <message>
      <source>Trade</source>
      <translation>工种</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
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
      <translation>缺记录</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>完成率</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>暂无数据</translation>
    </message>
  </context>
  <context>
    <name>ConflictFieldsModel</name>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>This station (deleted here)</source>
      <translation>本工作站（已在此删除）</translation>
    </message>
    <message>
      <source>This station</source>
      <translation>本工作站</translation>
    </message>
    <message>
      <source>The server (deleted there)</source>
      <translation>服务器（已在服务器删除）</translation>
    </message>
    <message>
      <source>The server</source>
      <translation>服务器</translation>
    </message>
  </context>
  <context>
    <name>ConflictListModel</name>
    <message>
      <source>Record</source>
      <translation>记录类型</translation>
    </message>
    <message>
      <source>Number or name</source>
      <translation>编号或名称</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <source>Also written by</source>
      <translation>另一方</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>station {letter}</source>
      <translation>{letter}号工作站</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <source>Refused by the server: {message}</source>
      <translation>服务器拒收：{message}</translation>
    </message>
    <message>
      <source>Changed here and on the server since the last sync</source>
      <translation>上次同步后本机和服务器都修改过</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <source>Sync conflicts</source>
      <translation>同步冲突</translation>
    </message>
    <message>
      <source>A record changed on this station and on the server since the last sync waits here for a person to choose: nothing was overwritten. Rows the server refused are corrected in their own tab.</source>
      <translation>上次同步后在本工作站和服务器上都被修改的记录在此等待人工选择，没有任何内容被覆盖。服务器拒收的记录请在其所属页面中更正。</translation>
    </message>
    <message>
      <source>No conflicts: everything saved here is on the server.</source>
      <translation>没有冲突：本机保存的内容都已在服务器上。</translation>
    </message>
    <message>
      <source>Keep this station's</source>
      <translation>保留本工作站的</translation>
    </message>
    <message>
      <source>Take the server's</source>
      <translation>采用服务器的</translation>
    </message>
    <message>
      <source>Merge as chosen</source>
      <translation>按勾选合并</translation>
    </message>
    <message>
      <source>{kind} {label}: as saved here</source>
      <translation>{kind} {label}：本机保存的版本</translation>
    </message>
    <message>
      <source>{kind} {label}: both versions</source>
      <translation>{kind} {label}：两个版本</translation>
    </message>
    <message>
      <source>The server refused this record: {message}
Correct it in its own tab; this line closes when the server takes it.</source>
      <translation>服务器拒收了这条记录：{message}
请在其所属页面中更正；服务器接收后此行自动关闭。</translation>
    </message>
    <message>
      <source>Your role may view the conflicts but not resolve them.</source>
      <translation>您的角色可以查看冲突，但不能处理。</translation>
    </message>
    <message>
      <source>One side deleted the record: keep this station's version or take the server's as a whole.</source>
      <translation>其中一方已删除该记录：请整体保留本工作站的版本或采用服务器的版本。</translation>
    </message>
    <message>
      <source>Marked lines differ. Tick the version to keep on each (Space ticks the other side), then Merge as chosen; or keep or take one version whole.</source>
      <translation>标记的行两边不同。逐行勾选要保留的版本（空格键切换到另一边），再点“按勾选合并”；也可整体保留或采用一个版本。</translation>
    </message>
    <message>
      <source>Take the server's version of {label}? The changes made to it on this station are replaced (the audit trail keeps them).</source>
      <translation>采用服务器上 {label} 的版本？本工作站对它所做的修改将被替换（审计日志中仍有记录）。</translation>
    </message>
  </context>
  <context>
    <name>DamageNotice</name>
    <message>
      <source>The check of the database file found damage: {findings}.

Nothing has been moved or deleted. Do not make backups over the good ones.</source>
      <translation>检查数据库文件时发现损坏：{findings}。

没有移动或删除任何内容。不要用新的备份覆盖完好的备份。</translation>
    </message>
    <message>
      <source>The backup folder holds no good backup to restore. Keep the database file as it is, and call for help before you close propdesk.</source>
      <translation>备份文件夹中没有可恢复的完好备份。请保持数据库文件原样，并在关闭 propdesk 之前寻求技术支持。</translation>
    </message>
    <message>
      <source>Restore the newest good backup, {name} (made {when}): choose File → Restore… and pick it. What was saved after it was made must then be entered again.</source>
      <translation>请恢复最新的完好备份 {name}（备份于 {when}）：选择“文件 → 恢复备份…”并选中它。备份之后保存的内容需要重新录入。</translation>
    </message>
    <message>
      <source>The database is damaged</source>
      <translation>数据库已损坏</translation>
    </message>
  </context>
  <context>
    <name>DashboardPanel</name>
    <message>
      <source>Gate today</source>
      <translation>今日门岗</translation>
    </message>
    <message>
      <source>Entries today:</source>
      <translation>今日进入：</translation>
    </message>
    <message>
      <source>residents {residents} · visitors {visitors} · vehicles {vehicles}</source>
      <translation>住户 {residents} · 访客 {visitors} · 车辆 {vehicles}</translation>
    </message>
    <message>
      <source>Visitors inside now:</source>
      <translation>当前在场访客：</translation>
    </message>
    <message>
      <source>Vehicles inside now:</source>
      <translation>当前在场车辆：</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>报修工单</translation>
    </message>
    <message>
      <source>Open:</source>
      <translation>未完成：</translation>
    </message>
    <message>
      <source>Overdue arrival:</source>
      <translation>逾期未到场：</translation>
    </message>
    <message>
      <source>Show today's gate journal</source>
      <translation>查看今日门岗日志</translation>
    </message>
    <message>
      <source>Show who is inside now</source>
      <translation>查看当前在场</translation>
    </message>
    <message>
      <source>Show the open repair tickets</source>
      <translation>查看未完成的报修工单</translation>
    </message>
    <message>
      <source>Show the tickets nobody has reached in time</source>
      <translation>查看逾期未到场的工单</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>达标</translation>
    </message>
    <message>
      <source>Not met</source>
      <translation>未达标</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>暂无数据</translation>
    </message>
    <message>
      <source>Target {value}</source>
      <translation>目标 {value}</translation>
    </message>
    <message>
      <source>Updated {time}</source>
      <translation>更新于 {time}</translation>
    </message>
    <message>
      <source>Service targets, {month} so far</source>
      <translation>服务目标（{month}，截至目前）</translation>
    </message>
    <message>
      <source>Show this month's repair tickets</source>
      <translation>查看本月报修工单</translation>
    </message>
    <message>
      <source>Work plan</source>
      <translation>工作计划</translation>
    </message>
    <message>
      <source>Reading today's figures…</source>
      <translation>正在读取今日数据…</translation>
    </message>
    <message>
      <source>unexpected error (see the log)</source>
      <translation>意外错误（详见日志）</translation>
    </message>
    <message>
      <source>Could not refresh: {reason}</source>
      <translation>无法刷新：{reason}</translation>
    </message>
    <message>
      <source>Next round due:</source>
      <translation>下一轮巡逻：</translation>
    </message>
    <message>
      <source>{time}, {route}</source>
      <translation>{time}，{route}</translation>
    </message>
    <message>
      <source>Show today's patrol slots</source>
      <translation>查看今日应巡时段</translation>
    </message>
    <message>
      <source>none today</source>
      <translation>今日无</translation>
    </message>
    <message>
      <source>Patrol today</source>
      <translation>今日巡逻</translation>
    </message>
    <message>
      <source>Missed rounds:</source>
      <translation>漏巡：</translation>
    </message>
    <message>
      <source>Open findings:</source>
      <translation>未处理发现：</translation>
    </message>
    <message>
      <source>Show the findings not dealt with</source>
      <translation>查看未处理的巡逻发现</translation>
    </message>
    <message>
      <source>Show the patrol day grid</source>
      <translation>查看当日巡逻表</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住户</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>访客</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Entries by hour, today</source>
      <translation>今日每小时进入</translation>
    </message>
    <message>
      <source>Entries, last 7 days</source>
      <translation>近 7 天进入</translation>
    </message>
    <message>
      <source>Show the gate journal of these days (a bar: of its day)</source>
      <translation>查看这几天的门岗日志（点某一柱：查看当天）</translation>
    </message>
    <message>
      <source>{name}: {value}</source>
      <translation>{name}：{value}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Complaints and inquiries</source>
      <translation>投诉与咨询</translation>
    </message>
    <message>
      <source>Open complaints:</source>
      <translation>未结案投诉：</translation>
    </message>
    <message>
      <source>Show the open complaints</source>
      <translation>查看未结案的投诉</translation>
    </message>
    <message>
      <source>Answer overdue:</source>
      <translation>逾期未答复：</translation>
    </message>
    <message>
      <source>Show the complaints not answered by their deadline</source>
      <translation>查看逾期未答复的投诉</translation>
    </message>
    <message>
      <source>Inquiry answers due today:</source>
      <translation>今日应答复咨询：</translation>
    </message>
    <message>
      <source>Show the promised inquiry answers due by today</source>
      <translation>查看截至今日应兑现承诺答复的咨询</translation>
    </message>
    <message>
      <source>Show this month's complaints</source>
      <translation>查看本月投诉</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>巡检记录</translation>
    </message>
    <message>
      <source>Inspections due today:</source>
      <translation>今日待检：</translation>
    </message>
    <message>
      <source>Show the inspections due</source>
      <translation>查看待检项目</translation>
    </message>
    <message>
      <source>Inspections overdue:</source>
      <translation>逾期未检：</translation>
    </message>
    <message>
      <source>Show the overdue inspections</source>
      <translation>查看逾期未检项目</translation>
    </message>
    <message>
      <source>Rectifications open:</source>
      <translation>未关闭整改通知单：</translation>
    </message>
    <message>
      <source>Show the open rectification notices</source>
      <translation>查看未关闭的整改通知单</translation>
    </message>
    <message>
      <source>past the deadline {late}</source>
      <translation>已过整改期限 {late}</translation>
    </message>
    <message>
      <source>Equipment due within 30 days:</source>
      <translation>30 天内到期设施设备：</translation>
    </message>
    <message>
      <source>Show the equipment due for service or expiring</source>
      <translation>查看待维保或即将到期的设施设备</translation>
    </message>
    <message>
      <source>overdue or expired {expired}</source>
      <translation>已逾期或过期 {expired}</translation>
    </message>
    <message>
      <source>Show this month's inspections</source>
      <translation>查看本月巡检记录</translation>
    </message>
    <message>
      <source>Drills and training</source>
      <translation>演练培训</translation>
    </message>
    <message>
      <source>Due this month:</source>
      <translation>本月应完成：</translation>
    </message>
    <message>
      <source>Show the year's drill plan</source>
      <translation>查看年度演练培训计划</translation>
    </message>
    <message>
      <source>Drills overdue:</source>
      <translation>演练培训逾期：</translation>
    </message>
    <message>
      <source>Events this month:</source>
      <translation>本月活动：</translation>
    </message>
    <message>
      <source>{held} held, {planned} planned</source>
      <translation>已举办 {held}，计划中 {planned}</translation>
    </message>
    <message>
      <source>Show this month's events</source>
      <translation>查看本月活动</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>社区活动</translation>
    </message>
    <message>
      <source>Safety incidents</source>
      <translation>安全事件</translation>
    </message>
    <message>
      <source>Open incidents:</source>
      <translation>处理中的事件：</translation>
    </message>
    <message>
      <source>Show the open incidents</source>
      <translation>查看处理中的安全事件</translation>
    </message>
    <message>
      <source>Follow-ups overdue:</source>
      <translation>逾期后续措施：</translation>
    </message>
    <message>
      <source>Show the incidents with a follow-up past its deadline</source>
      <translation>查看后续措施已逾期的事件</translation>
    </message>
    <message>
      <source>Show this year's incidents</source>
      <translation>查看本年安全事件</translation>
    </message>
    <message>
      <source>Show the year's survey rounds</source>
      <translation>查看本年度满意度调查</translation>
    </message>
    <message>
      <source>Cleaning and greening</source>
      <translation>保洁与绿化</translation>
    </message>
    <message>
      <source>Done today:</source>
      <translation>今日已完成：</translation>
    </message>
    <message>
      <source>Show today's work logs</source>
      <translation>查看今日日志</translation>
    </message>
    <message>
      <source>Missing this week:</source>
      <translation>本周缺记录：</translation>
    </message>
    <message>
      <source>Show this week's plan</source>
      <translation>查看本周计划</translation>
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
      <translation>应巡时段</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>准时</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>迟到</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>漏巡</translation>
    </message>
    <message>
      <source>On time %</source>
      <translation>准时率</translation>
    </message>
    <message>
      <source>Enter: the late rounds of this day's slots</source>
      <translation>Enter：查看当天各时段的迟到巡逻</translation>
    </message>
    <message>
      <source>A missed slot has no round: Enter shows the day's grid</source>
      <translation>漏巡的时段没有巡逻记录：Enter 显示当日巡逻表</translation>
    </message>
  </context>
  <context>
    <name>DayGridModel</name>
    <message>
      <source>Slot</source>
      <translation>时段</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
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
      <translation>后一天 ▶</translation>
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
      <translation>打印巡逻日志…</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>日期(&amp;D)</translation>
    </message>
    <message>
      <source>Extra rounds (answering no slot, or abandoned)</source>
      <translation>额外巡逻（无对应时段或已中止）</translation>
    </message>
    <message>
      <source>Extra rounds (answering no slot, or abandoned): {n}</source>
      <translation>额外巡逻（无对应时段或已中止）：{n}</translation>
    </message>
    <message>
      <source>No patrol is scheduled on this day.</source>
      <translation>当天没有排定巡逻。</translation>
    </message>
    <message>
      <source>{slots} slots: {on_time} on time, {late} late, {missed} missed, {pending} pending; {extra} extra rounds</source>
      <translation>{slots} 个时段：准时 {on_time}，迟到 {late}，漏巡 {missed}，待巡 {pending}；额外巡逻 {extra} 次</translation>
    </message>
  </context>
  <context>
    <name>DepartmentModel</name>
    <message>
      <source>Department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理数</translation>
    </message>
    <message>
      <source>In time</source>
      <translation>按时答复</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>超时答复</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期未答复</translation>
    </message>
    <message>
      <source>In time %</source>
      <translation>按时答复率</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>Not satisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <source>Mean rating</source>
      <translation>平均评分</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>已回访</translation>
    </message>
  </context>
  <context>
    <name>DiagnoseForm</name>
    <message>
      <source>what the technician found</source>
      <translation>维修工查明的情况</translation>
    </message>
    <message>
      <source>Diagnosis</source>
      <translation>诊断结果</translation>
    </message>
  </context>
  <context>
    <name>DispatchForm</name>
    <message>
      <source>Technician</source>
      <translation>维修工</translation>
    </message>
    <message>
      <source>Print the dispatch slip</source>
      <translation>打印派工单</translation>
    </message>
  </context>
  <context>
    <name>DoneForm</name>
    <message>
      <source>Follow-up action done</source>
      <translation>后续措施完成</translation>
    </message>
    <message>
      <source>Done by</source>
      <translation>完成人</translation>
    </message>
    <message>
      <source>Change it only when it was done earlier.</source>
      <translation>如实际完成时间更早，再修改此处。</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>说明</translation>
    </message>
  </context>
  <context>
    <name>DrillNames</name>
    <message>
      <source>Fire drill</source>
      <translation>消防演练</translation>
    </message>
    <message>
      <source>Evacuation drill</source>
      <translation>疏散演练</translation>
    </message>
    <message>
      <source>Flood drill</source>
      <translation>防汛演练</translation>
    </message>
    <message>
      <source>Lift entrapment drill</source>
      <translation>电梯困人救援演练</translation>
    </message>
    <message>
      <source>Other drill</source>
      <translation>其他应急演练</translation>
    </message>
    <message>
      <source>Fire safety training</source>
      <translation>消防安全知识培训</translation>
    </message>
    <message>
      <source>Service manners training</source>
      <translation>服务礼仪培训</translation>
    </message>
    <message>
      <source>Security duties training</source>
      <translation>安全防范培训</translation>
    </message>
    <message>
      <source>Equipment operation training</source>
      <translation>设施设备操作培训</translation>
    </message>
    <message>
      <source>First aid training</source>
      <translation>急救知识培训</translation>
    </message>
    <message>
      <source>Other training</source>
      <translation>其他培训</translation>
    </message>
    <message>
      <source>Drill</source>
      <translation>应急演练</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>员工培训</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>计划中</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>即将到期</translation>
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
      <translation>每季度培训</translation>
    </message>
    <message>
      <source>Once a year</source>
      <translation>每年一次</translation>
    </message>
    <message>
      <source>{n} min</source>
      <translation>{n} 分钟</translation>
    </message>
  </context>
  <context>
    <name>DrillsTab</name>
    <message>
      <source>Drills and training</source>
      <translation>演练培训</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>演练与培训记录</translation>
    </message>
    <message>
      <source>Year plan</source>
      <translation>年度计划</translation>
    </message>
    <message>
      <source>Staff history</source>
      <translation>员工培训档案</translation>
    </message>
    <message>
      <source>New session… (F2)</source>
      <translation>新增记录…（F2）</translation>
    </message>
    <message>
      <source>{number} recorded.</source>
      <translation>{number} 已登记。</translation>
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
      <translation>待检</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已检</translation>
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
      <translation>仅逾期(&amp;O)</translation>
    </message>
    <message>
      <source>Enter or a double click: record this inspection</source>
      <translation>Enter 或双击：登记这次巡检</translation>
    </message>
    <message>
      <source>Nothing is due: no live checklist yet</source>
      <translation>暂无待检项目：还没有启用中的检查表</translation>
    </message>
    <message>
      <source>{overdue} overdue · {due} owed now</source>
      <translation>逾期 {overdue} · 待检 {due}</translation>
    </message>
  </context>
  <context>
    <name>DueTableModel</name>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Overdue since</source>
      <translation>逾期起始日</translation>
    </message>
    <message>
      <source>Periods missed</source>
      <translation>漏检期数</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查表</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>频次</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Last done</source>
      <translation>上次巡检</translation>
    </message>
  </context>
  <context>
    <name>EntryDetailLabel</name>
    <message>
      <source>Choose an entry to see it whole.</source>
      <translation>选择一条记录查看详情。</translation>
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
      <translation>备注：{note}</translation>
    </message>
    <message>
      <source>Recorded by {name} at {at}</source>
      <translation>{name} 于 {at} 录入</translation>
    </message>
    <message>
      <source>Voided by {name} at {at}: {reason}</source>
      <translation>{name} 于 {at} 作废：{reason}</translation>
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
      <translation>时间</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>工种</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>工作内容</translation>
    </message>
    <message>
      <source>Done by</source>
      <translation>执行人</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>完成情况</translation>
    </message>
    <message>
      <source>Reason not done</source>
      <translation>未完成原因</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作废</translation>
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
      <translation>全部工种</translation>
    </message>
    <message>
      <source>Done or not</source>
      <translation>完成与否</translation>
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
      <translation>区域、工作内容或人员；按回车搜索</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>工种</translation>
    </message>
    <message>
      <source>Entries {first}–{last}</source>
      <translation>第 {first}–{last} 条记录</translation>
    </message>
    <message>
      <source>No entries</source>
      <translation>没有记录</translation>
    </message>
  </context>
  <context>
    <name>EquipmentForm</name>
    <message>
      <source>New equipment item</source>
      <translation>新建设施设备</translation>
    </message>
    <message>
      <source>Equipment item</source>
      <translation>设施设备</translation>
    </message>
    <message>
      <source>A new code needs a new label: print it after saving.</source>
      <translation>改了编号就要换新标签：保存后请打印。</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>e.g. MHQ-3-B1-01: letters, digits and - _ . /</source>
      <translation>例如 MHQ-3-B1-01：可用字母、数字及 - _ . /</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>e.g. 4 kg ABC dry powder extinguisher</source>
      <translation>例如：4 kg ABC 干粉灭火器</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>optional: the unit it is in, e.g. 3-2-1502</source>
      <translation>选填：所在房号，例如 3-2-1502</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>e.g. Building 3, B1, by the stairs</source>
      <translation>例如：3 号楼 B1 楼梯旁</translation>
    </message>
    <message>
      <source>Installed on</source>
      <translation>安装日期</translation>
    </message>
    <message>
      <source>Last service</source>
      <translation>上次维保</translation>
    </message>
    <message>
      <source>Service every</source>
      <translation>维保周期</translation>
    </message>
    <message>
      <source>Expires on</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source> months</source>
      <translation> 个月</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>0 and 0: no regular service</source>
      <translation>0 个月 0 天：无定期维保</translation>
    </message>
  </context>
  <context>
    <name>EquipmentHistoryDialog</name>
    <message>
      <source>History of {code}</source>
      <translation>{code} 的巡检记录</translation>
    </message>
    <message>
      <source>{code} · {name} · {place}: {n} inspections</source>
      <translation>{code} · {name} · {place}：巡检 {n} 次</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>巡检单号</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查表</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>巡检人</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>检查项目</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>检查结果</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>读数</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>EquipmentLabels</name>
    <message>
      <source>Equipment labels</source>
      <translation>设施设备标签</translation>
    </message>
  </context>
  <context>
    <name>EquipmentNames</name>
    <message>
      <source>Fire extinguisher</source>
      <translation>灭火器</translation>
    </message>
    <message>
      <source>Hydrant</source>
      <translation>消火栓</translation>
    </message>
    <message>
      <source>Fire alarm panel</source>
      <translation>火灾报警控制器</translation>
    </message>
    <message>
      <source>Smoke detector</source>
      <translation>烟感探测器</translation>
    </message>
    <message>
      <source>Sprinkler</source>
      <translation>喷淋头</translation>
    </message>
    <message>
      <source>Emergency light</source>
      <translation>应急照明灯</translation>
    </message>
    <message>
      <source>Exit sign</source>
      <translation>安全出口标志</translation>
    </message>
    <message>
      <source>Fire door</source>
      <translation>防火门</translation>
    </message>
    <message>
      <source>Lift</source>
      <translation>电梯</translation>
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
      <translation>配电柜</translation>
    </message>
    <message>
      <source>Generator</source>
      <translation>发电机</translation>
    </message>
    <message>
      <source>CCTV</source>
      <translation>监控摄像头</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>无有效期</translation>
    </message>
    <message>
      <source>In date</source>
      <translation>在有效期内</translation>
    </message>
    <message>
      <source>Expiring</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <source>All items</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Expiring within {days} days</source>
      <translation>{days} 天内到期</translation>
    </message>
  </context>
  <context>
    <name>EquipmentPanel</name>
    <message>
      <source>Any kind</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>Code, name or place; Enter searches</source>
      <translation>编号、名称或位置；按 Enter 搜索</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期</translation>
    </message>
    <message>
      <source>First</source>
      <translation>首页</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ 上一页</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>下一页 ▶</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Print labels of the selected…</source>
      <translation>打印所选设施设备的标签…</translation>
    </message>
    <message>
      <source>Print labels of all found…</source>
      <translation>打印全部查询结果的标签…</translation>
    </message>
    <message>
      <source>Every item the filter finds, on every page</source>
      <translation>筛选出的全部设施设备（含所有页）</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>巡检记录…</translation>
    </message>
    <message>
      <source>Every inspection of the chosen item</source>
      <translation>所选设施设备的全部巡检记录</translation>
    </message>
    <message>
      <source>Ctrl+N: add</source>
      <translation>Ctrl+N：添加</translation>
    </message>
    <message>
      <source>Enter: edit</source>
      <translation>Enter：编辑</translation>
    </message>
    <message>
      <source>Delete: void</source>
      <translation>Delete：作废</translation>
    </message>
    <message>
      <source>Items {first}–{last}</source>
      <translation>设施设备 {first}–{last}</translation>
    </message>
    <message>
      <source>No items</source>
      <translation>没有设施设备</translation>
    </message>
    <message>
      <source>Void {code} {name}</source>
      <translation>作废设施设备 {code} {name}</translation>
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
      <translation>下次维保 {date}</translation>
    </message>
    <message>
      <source>Expires {date}</source>
      <translation>{date} 到期</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Installed</source>
      <translation>安装日期</translation>
    </message>
    <message>
      <source>Last service</source>
      <translation>上次维保</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>下次到期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
  </context>
  <context>
    <name>EscalateForm</name>
    <message>
      <source>Escalate finding</source>
      <translation>上报值班主管</translation>
    </message>
    <message>
      <source>Who was told</source>
      <translation>告知对象</translation>
    </message>
    <message>
      <source>e.g. the duty manager's name</source>
      <translation>例如：值班主管姓名</translation>
    </message>
    <message>
      <source>Change it only when they were told earlier.</source>
      <translation>仅在之前已告知时才需修改。</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
  </context>
  <context>
    <name>EstateDialog</name>
    <message>
      <source>Estate</source>
      <translation>小区信息</translation>
    </message>
    <message>
      <source>Estate name</source>
      <translation>小区名称</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>24-hour hotline</source>
      <translation>24小时服务热线</translation>
    </message>
  </context>
  <context>
    <name>EventDetailPanel</name>
    <message>
      <source>Event</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>Change plan…</source>
      <translation>修改计划…</translation>
    </message>
    <message>
      <source>Record as held…</source>
      <translation>登记已举办…</translation>
    </message>
    <message>
      <source>Cancel event…</source>
      <translation>取消活动…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Print notice…</source>
      <translation>打印活动通知…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Add photo…</source>
      <translation>添加照片…</translation>
    </message>
    <message>
      <source>Attach a photo to {event}</source>
      <translation>为“{event}”添加照片</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作废</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>活动内容</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>组织者</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Entered by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参与人数</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>实际费用</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>反馈</translation>
    </message>
    <message>
      <source>Why cancelled</source>
      <translation>取消原因</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>作废原因</translation>
    </message>
    <message>
      <source>No photos of this event.</source>
      <translation>本活动还没有照片。</translation>
    </message>
  </context>
  <context>
    <name>EventExport</name>
    <message>
      <source>Exporting events…</source>
      <translation>正在导出社区活动…</translation>
    </message>
    <message>
      <source>Exporting events: {n} rows…</source>
      <translation>正在导出社区活动：{n} 行…</translation>
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
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Voided too</source>
      <translation>含已作废</translation>
    </message>
    <message>
      <source>Number, theme, place or organiser</source>
      <translation>编号、主题、地点或组织者</translation>
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
      <translation>新建活动</translation>
    </message>
    <message>
      <source>Change the plan</source>
      <translation>修改活动计划</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>e.g. Mid-Autumn garden party</source>
      <translation>例如：中秋游园会</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>e.g. central garden</source>
      <translation>例如：中心花园</translation>
    </message>
    <message>
      <source>What happens, what to bring; Ctrl+Enter saves.</source>
      <translation>活动安排、需携带的物品；Ctrl+Enter 保存。</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>活动内容</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>组织者</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
  </context>
  <context>
    <name>EventListView</name>
    <message>
      <source>Events {first}–{last}</source>
      <translation>活动 {first}–{last}</translation>
    </message>
    <message>
      <source>No events</source>
      <translation>没有活动</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>社区活动</translation>
    </message>
  </context>
  <context>
    <name>EventNames</name>
    <message>
      <source>Festival</source>
      <translation>节日活动</translation>
    </message>
    <message>
      <source>Culture and sports</source>
      <translation>文体活动</translation>
    </message>
    <message>
      <source>Talk or campaign</source>
      <translation>讲座宣传</translation>
    </message>
    <message>
      <source>Community service</source>
      <translation>便民服务</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>亲子活动</translation>
    </message>
    <message>
      <source>For the elderly</source>
      <translation>敬老活动</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>计划中</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>已举办</translation>
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
      <translation>编号</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>组织者</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参与人数</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>实际费用</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作废</translation>
    </message>
  </context>
  <context>
    <name>EventsTab</name>
    <message>
      <source>New event (F2)</source>
      <translation>新建活动 (F2)</translation>
    </message>
    <message>
      <source>Event {number} planned: {theme}</source>
      <translation>活动 {number} 已登记计划：{theme}</translation>
    </message>
    <message>
      <source>Event {number} changed</source>
      <translation>活动 {number} 已修改</translation>
    </message>
    <message>
      <source>Event {number} recorded as held</source>
      <translation>活动 {number} 已登记为已举办</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Cancel event {number}</source>
      <translation>取消活动 {number}</translation>
    </message>
    <message>
      <source>Event {number} cancelled</source>
      <translation>活动 {number} 已取消</translation>
    </message>
    <message>
      <source>Void event {number}</source>
      <translation>作废活动 {number}</translation>
    </message>
    <message>
      <source>Event {number} voided</source>
      <translation>活动 {number} 已作废</translation>
    </message>
  </context>
  <context>
    <name>ExtraRoundsModel</name>
    <message>
      <source>Round</source>
      <translation>巡逻单号</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡逻人员</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>标记</translation>
    </message>
  </context>
  <context>
    <name>FigureModel</name>
    <message>
      <source>Area</source>
      <translation>服务部门</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>评价项目</translation>
    </message>
    <message>
      <source>(all questions)</source>
      <translation>（全部项目）</translation>
    </message>
    <message>
      <source>Very satisfied</source>
      <translation>非常满意</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>Neutral</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Dissatisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <source>Very dissatisfied</source>
      <translation>非常不满意</translation>
    </message>
    <message>
      <source>Not answered</source>
      <translation>未作答</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意率</translation>
    </message>
  </context>
  <context>
    <name>FiguresPanel</name>
    <message>
      <source>Click or press Enter: the complaints counted</source>
      <translation>点击或按 Enter：查看计入的投诉</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理</translation>
    </message>
    <message>
      <source>Voided complaints
are not counted.</source>
      <translation>已作废的投诉
不计入统计。</translation>
    </message>
    <message>
      <source>Response deadlines</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <source>Answered in time</source>
      <translation>按时答复</translation>
    </message>
    <message>
      <source>Answered late</source>
      <translation>超时答复</translation>
    </message>
    <message>
      <source>Overdue, not answered</source>
      <translation>逾期未答复</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>未到答复期限</translation>
    </message>
    <message>
      <source>In time, of those due</source>
      <translation>按时答复率（已到期）</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Satisfied at the first answer</source>
      <translation>首次答复即满意</translation>
    </message>
    <message>
      <source>Satisfied after being sent back</source>
      <translation>退回重办后满意</translation>
    </message>
    <message>
      <source>Still not satisfied</source>
      <translation>仍不满意</translation>
    </message>
    <message>
      <source>Satisfied, of verdicts</source>
      <translation>投诉人满意率</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <source>Followed up, of closed</source>
      <translation>回访率（已结案）</translation>
    </message>
    <message>
      <source>Mean rating</source>
      <translation>平均评分</translation>
    </message>
    <message>
      <source>Rated 4 or 5</source>
      <translation>评 4 分或 5 分</translation>
    </message>
    <message>
      <source>{score}★</source>
      <translation>{score}★</translation>
    </message>
    <message>
      <source>Follow-up ratings</source>
      <translation>回访评分</translation>
    </message>
  </context>
  <context>
    <name>FindingForm</name>
    <message>
      <source>Issue at {name}</source>
      <translation>{name}：发现问题</translation>
    </message>
    <message>
      <source>Round {number}, checkpoint {position}. {name}{place}</source>
      <translation>巡逻单 {number}，第 {position} 个巡逻点：{name}{place}</translation>
    </message>
    <message>
      <source>Kind of issue</source>
      <translation>问题类型</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>发现情况</translation>
    </message>
    <message>
      <source>what is wrong, exactly where</source>
      <translation>什么问题，具体在哪里</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>现场处理</translation>
    </message>
    <message>
      <source>what you did about it, if anything</source>
      <translation>已做的处理（如有）</translation>
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
      <translation>为此开报修工单</translation>
    </message>
    <message>
      <source>Repair</source>
      <translation>报修</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>报修类别</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>紧急程度</translation>
    </message>
    <message>
      <source>The issue is recorded, but the repair ticket was not opened. Change what is marked and press OK again, or Cancel to leave it without a ticket.</source>
      <translation>问题已登记，但报修工单未能开出。请修改标出的内容后再按“确定”，或按“取消”不开工单。</translation>
    </message>
  </context>
  <context>
    <name>FindingsModel</name>
    <message>
      <source>Seen at</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>巡逻单号</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>发现编号</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>What was seen</source>
      <translation>发现情况</translation>
    </message>
    <message>
      <source>Action taken</source>
      <translation>处理措施</translation>
    </message>
    <message>
      <source>Told</source>
      <translation>已告知</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>报修工单</translation>
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
      <translation>上报值班主管…</translation>
    </message>
    <message>
      <source>Record who was told (the duty manager)</source>
      <translation>登记已告知的人（值班主管）</translation>
    </message>
    <message>
      <source>Open repair ticket…</source>
      <translation>开报修工单…</translation>
    </message>
    <message>
      <source>Open incident…</source>
      <translation>转安全事件…</translation>
    </message>
    <message>
      <source>Dealt with…</source>
      <translation>已处理…</translation>
    </message>
    <message>
      <source>Show round</source>
      <translation>查看巡逻单</translation>
    </message>
    <message>
      <source>{n} open findings</source>
      <translation>{n} 条未处理发现</translation>
    </message>
    <message>
      <source>From finding {number} · {checkpoint} · {seen}</source>
      <translation>来自巡逻发现 {number} · {checkpoint} · {seen}</translation>
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
    <message>
      <source>e.g. admin</source>
      <translation>例如：admin</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>确认密码</translation>
    </message>
    <message>
      <source>The first administrator: this person logs in next, adds the other users and gives them their roles.</source>
      <translation>第一位管理员：接下来由此人登录，添加其他用户并分配角色。</translation>
    </message>
  </context>
  <context>
    <name>FixReportDialog</name>
    <message>
      <source>Fix reported: {number}</source>
      <translation>报告整改完成：{number}</translation>
    </message>
    <message>
      <source>{item} ({area}) is reported fixed now. The notice closes only when a re-inspection by someone else passes the item.</source>
      <translation>现报告 {item}（{area}）已整改完成。须由其他人员复检该项目合格后，通知单才会关闭。</translation>
    </message>
    <message>
      <source>What was done (optional)</source>
      <translation>整改情况（选填）</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>FollowUpForm</name>
    <message>
      <source>1 (very unhappy) to 5 (very satisfied)</source>
      <translation>1（很不满意）到 5（非常满意）</translation>
    </message>
    <message>
      <source>what the resident said</source>
      <translation>住户的反馈</translation>
    </message>
    <message>
      <source>Rating (1–5)</source>
      <translation>满意度（1–5）</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意见</translation>
    </message>
  </context>
  <context>
    <name>FollowUpVisitForm</name>
    <message>
      <source>Visited</source>
      <translation>回访时间</translation>
    </message>
    <message>
      <source>Visited by</source>
      <translation>回访人</translation>
    </message>
    <message>
      <source>How</source>
      <translation>回访方式</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>回访结果</translation>
    </message>
    <message>
      <source>what the complainant said</source>
      <translation>投诉人的反馈</translation>
    </message>
    <message>
      <source>1 (very unhappy) to 5 (very satisfied)</source>
      <translation>1（很不满意）到 5（非常满意）</translation>
    </message>
    <message>
      <source>Rating (1–5)</source>
      <translation>满意度（1–5）</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Your role may view these settings but not change them.</source>
      <translation>您的角色只能查看这些设置，不能修改。</translation>
    </message>
  </context>
  <context>
    <name>GateForm</name>
    <message>
      <source>must be filled in</source>
      <translation>为必填项</translation>
    </message>
  </context>
  <context>
    <name>GateSettingsDialog</name>
    <message>
      <source>Gate settings</source>
      <translation>门岗设置</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>A stay this long is free; a longer one is charged from the entry.</source>
      <translation>停车不超过此时长免费；超过则从入场时起计费。</translation>
    </message>
    <message>
      <source>Charged for every started hour.</source>
      <translation>不足一小时按一小时计费。</translation>
    </message>
    <message>
      <source>At most this much per 24 hours from the entry.</source>
      <translation>自入场起每24小时最多收取此金额。</translation>
    </message>
    <message>
      <source>Residents' vehicles park free</source>
      <translation>住户车辆免费停车</translation>
    </message>
    <message>
      <source>Visitors and visitors' vehicles still inside after this hour on the day they came, or on any later day, are flagged.</source>
      <translation>访客及外来车辆在来访当天超过此时刻仍在场，或跨天仍在场的，将被标记提醒。</translation>
    </message>
    <message>
      <source>Flag visitors and their vehicles still inside after</source>
      <translation>访客及外来车辆超时提醒时间</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>Free parking</source>
      <translation>免费停车时长</translation>
    </message>
    <message>
      <source>Hourly rate</source>
      <translation>每小时收费</translation>
    </message>
    <message>
      <source>Cap per 24 hours</source>
      <translation>每24小时封顶</translation>
    </message>
    <message>
      <source>Keep visitor data for</source>
      <translation>访客信息保留</translation>
    </message>
    <message>
      <source>After that, visitors' names, phones and ID numbers are blanked; the counts in reports stay.</source>
      <translation>超过保留期后，访客的姓名、电话和证件号将被清除，报表统计数量不变。</translation>
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
      <translation>已挂失</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>已注销</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>已退卡</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>门禁卡</translation>
    </message>
    <message>
      <source>Scan or type the card number, then Enter</source>
      <translation>刷卡或输入卡号，然后按回车</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>卡号</translation>
    </message>
    <message>
      <source>New visitor (F2)</source>
      <translation>访客登记 (F2)</translation>
    </message>
    <message>
      <source>Visitor leaves</source>
      <translation>访客离开</translation>
    </message>
    <message>
      <source>Type or scan the pass number, then Enter</source>
      <translation>输入或扫描临时出入证号，然后按回车</translation>
    </message>
    <message>
      <source>Pass number</source>
      <translation>临时出入证号</translation>
    </message>
    <message>
      <source>Items out (F5)</source>
      <translation>物品放行 (F5)</translation>
    </message>
    <message>
      <source>Materials in (Shift+F5)</source>
      <translation>材料进场 (Shift+F5)</translation>
    </message>
    <message>
      <source>New release slip (F7)</source>
      <translation>开具放行条 (F7)</translation>
    </message>
    <message>
      <source>Parking notice (F6)</source>
      <translation>违停告知单 (F6)</translation>
    </message>
    <message>
      <source>Hand over shift (F8)</source>
      <translation>交接班 (F8)</translation>
    </message>
    <message>
      <source>Plates: F3 in, F4 out · Quick search: Ctrl+K</source>
      <translation>车牌：F3 入场，F4 出场 · 快速查找：Ctrl+K</translation>
    </message>
    <message>
      <source>Visitors inside now</source>
      <translation>在场访客</translation>
    </message>
    <message>
      <source>Vehicles inside now</source>
      <translation>在场车辆</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>访客</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Inside now</source>
      <translation>当前在场</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>门岗日志</translation>
    </message>
    <message>
      <source>Open release slips</source>
      <translation>未使用的放行条</translation>
    </message>
    <message>
      <source>Handovers</source>
      <translation>交接班记录</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Press F2 to register a visitor.</source>
      <translation>按 F2 登记访客。</translation>
    </message>
    <message>
      <source>Welcome, {name} ({unit})</source>
      <translation>欢迎回家，{name}（{unit}）</translation>
    </message>
    <message>
      <source>no holder</source>
      <translation>无持卡人</translation>
    </message>
    <message>
      <source>STOP — card {number} of {name} ({unit}) is {status}. Do not let in.</source>
      <translation>拦截 — {name}（{unit}）的门禁卡 {number} {status}，请勿放行。</translation>
    </message>
    <message>
      <source>Pass {number} issued to {name} for {unit}</source>
      <translation>已为 {name}（到访 {unit}）发放临时出入证 {number}</translation>
    </message>
    <message>
      <source>Items out on slip {number}: {description}</source>
      <translation>凭放行条 {number} 放行：{description}</translation>
    </message>
    <message>
      <source>Materials in for {unit}: {description}</source>
      <translation>{unit} 材料进场：{description}</translation>
    </message>
    <message>
      <source>Release slip {number} recorded for {unit}</source>
      <translation>已为 {unit} 开具放行条 {number}</translation>
    </message>
    <message>
      <source>Notice {number} for {plate} at {place}</source>
      <translation>告知单 {number}：{plate}，{place}</translation>
    </message>
    <message>
      <source>Shift handed over to {name} ({number})</source>
      <translation>已交班给 {name}（{number}）</translation>
    </message>
    <message>
      <source>{name} left (pass {number})</source>
      <translation>{name} 已离开（临时出入证 {number}）</translation>
    </message>
  </context>
  <context>
    <name>GuardFiguresModel</name>
    <message>
      <source>Guard</source>
      <translation>巡逻人员</translation>
    </message>
    <message>
      <source>Rounds</source>
      <translation>巡逻次数</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>准时</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>迟到</translation>
    </message>
    <message>
      <source>Too fast</source>
      <translation>过快</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>发现问题</translation>
    </message>
    <message>
      <source>Enter: this guard's rounds on time</source>
      <translation>Enter：查看该人员的准时巡逻</translation>
    </message>
    <message>
      <source>Enter: this guard's late rounds</source>
      <translation>Enter：查看该人员的迟到巡逻</translation>
    </message>
    <message>
      <source>Enter: this guard's rounds walked too fast</source>
      <translation>Enter：查看该人员打点过快的巡逻</translation>
    </message>
    <message>
      <source>Enter: all this guard's rounds of the month</source>
      <translation>Enter：查看该人员本月的全部巡逻</translation>
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
      <translation>每行一项；没有则留空。Ctrl+回车保存。</translation>
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
      <translation>本班统计</translation>
    </message>
    <message>
      <source>Taken over by</source>
      <translation>接班人</translation>
    </message>
    <message>
      <source>Open matters</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <source>Residents in: {residents}, refused cards: {refused}
Visitors in/out: {visitors_in}/{visitors_out}
Vehicles in/out: {vehicles_in}/{vehicles_out}, fees collected: {fees}
Items in/out: {items_in}/{items_out}, parking notices: {notices}</source>
      <translation>住户刷卡：{residents}，刷卡被拒：{refused}
访客进入/离开：{visitors_in}/{visitors_out}
车辆入场/出场：{vehicles_in}/{vehicles_out}，收费：{fees}
物品进入/放行：{items_in}/{items_out}，违停告知单：{notices}</translation>
    </message>
  </context>
  <context>
    <name>HandoverTableModel</name>
    <message>
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>岗位</translation>
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
      <translation>用户名：{login}</translation>
    </message>
    <message>
      <source>Taken over by</source>
      <translation>接班人</translation>
    </message>
    <message>
      <source>Fees collected</source>
      <translation>收费金额</translation>
    </message>
    <message>
      <source>Open matters</source>
      <translation>待办事项</translation>
    </message>
  </context>
  <context>
    <name>HeldForm</name>
    <message>
      <source>Record the event as held</source>
      <translation>登记活动已举办</translation>
    </message>
    <message>
      <source>{number} · {theme} · {when}</source>
      <translation>{number} · {theme} · {when}</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参与人数</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>实际费用</translation>
    </message>
    <message>
      <source>What residents said, what to do better; Ctrl+Enter saves.</source>
      <translation>业主的反馈、需改进之处；Ctrl+Enter 保存。</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>反馈</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>时长（分钟）</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>组织人</translation>
    </message>
    <message>
      <source>Took part</source>
      <translation>参加</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>Training history {name}</source>
      <translation>培训档案 {name}</translation>
    </message>
    <message>
      <source>(left)</source>
      <translation>（已离职）</translation>
    </message>
    <message>
      <source>{drills} drills, {trainings} trainings, {minutes} minutes in all</source>
      <translation>演练 {drills} 次，培训 {trainings} 次，合计 {minutes} 分钟</translation>
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
    <name>IdleLockDialog</name>
    <message>
      <source>Auto-lock</source>
      <translation>自动锁定</translation>
    </message>
    <message>
      <source>Lock the window when nobody has used the keyboard or mouse for this many minutes. 0 turns auto-lock off.</source>
      <translation>键盘和鼠标闲置达到此分钟数后锁定窗口。设为 0 则关闭自动锁定。</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>Lock after</source>
      <translation>闲置多久后锁定</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import from Excel</source>
      <translation>从 Excel 导入</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住户</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Access cards</source>
      <translation>门禁卡</translation>
    </message>
    <message>
      <source>Download template…</source>
      <translation>下载模板…</translation>
    </message>
    <message>
      <source>Choose file and preview…</source>
      <translation>选择文件并预览…</translation>
    </message>
    <message>
      <source>Choose what to import, then the file.</source>
      <translation>请先选择要导入的内容，再选择文件。</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Save error list…</source>
      <translation>保存错误清单…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Choose the file to import</source>
      <translation>选择要导入的文件</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>正在读取文件…</translation>
    </message>
    <message>
      <source>Imported: {c} created, {u} updated, {n} unchanged.</source>
      <translation>已导入：新增 {c} 条，更新 {u} 条，未变 {n} 条。</translation>
    </message>
    <message>
      <source>{t} rows: {c} will be created, {u} updated, {n} unchanged. Nothing has been written yet; press Import.</source>
      <translation>共 {t} 行：将新增 {c} 条，更新 {u} 条，未变 {n} 条。尚未写入任何内容；请点击“导入”。</translation>
    </message>
    <message>
      <source>{t} rows, {e} problems. Nothing will be written until every row is right: fix the rows below (or save the error list) and choose the file again.</source>
      <translation>共 {t} 行，发现 {e} 个问题。所有行都正确之前不会写入任何内容：请修改下列各行（或保存错误清单）后重新选择文件。</translation>
    </message>
    <message>
      <source>Save error list</source>
      <translation>保存错误清单</translation>
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
      <translation>无后续措施</translation>
    </message>
    <message>
      <source>Patrol finding {number}</source>
      <translation>巡逻发现 {number}</translation>
    </message>
    <message>
      <source>Gate entry {number}</source>
      <translation>门岗记录 {number}</translation>
    </message>
    <message>
      <source>Not called</source>
      <translation>未报警</translation>
    </message>
    <message>
      <source>Called, report no. {number}</source>
      <translation>已报警，回执号 {number}</translation>
    </message>
    <message>
      <source>Choose an incident in the list.</source>
      <translation>请在列表中选择一起事件。</translation>
    </message>
    <message>
      <source>{state}, {n} follow-ups overdue</source>
      <translation>{state}，{n} 项后续措施逾期</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>事件名称</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Opened from</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>事件经过</translation>
    </message>
    <message>
      <source>Who responded</source>
      <translation>处置人员</translation>
    </message>
    <message>
      <source>How</source>
      <translation>处置情况</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>公安报警</translation>
    </message>
    <message>
      <source>Fire brigade</source>
      <translation>消防报警</translation>
    </message>
    <message>
      <source>Injuries</source>
      <translation>人员伤亡</translation>
    </message>
    <message>
      <source>Losses</source>
      <translation>财产损失</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>作废原因</translation>
    </message>
  </context>
  <context>
    <name>IncidentForm</name>
    <message>
      <source>Record a safety incident</source>
      <translation>登记安全事件</translation>
    </message>
    <message>
      <source>Incident {number}</source>
      <translation>安全事件 {number}</translation>
    </message>
    <message>
      <source>Ctrl+Enter saves; Esc cancels.</source>
      <translation>Ctrl+Enter 保存；Esc 取消。</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>事件名称</translation>
    </message>
    <message>
      <source>e.g. bicycle stolen from the bike shed</source>
      <translation>例如：车棚自行车被盗</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>e.g. car park B1 of building 3</source>
      <translation>例如：3栋地下车库B1</translation>
    </message>
    <message>
      <source>What happened, in order</source>
      <translation>按时间顺序填写事件经过</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>事件经过</translation>
    </message>
    <message>
      <source>Who responded</source>
      <translation>处置人员</translation>
    </message>
    <message>
      <source>e.g. guard Wang, shift leader Zhao</source>
      <translation>例如：王保安、赵班长</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>采取了哪些处置</translation>
    </message>
    <message>
      <source>How</source>
      <translation>处置情况</translation>
    </message>
    <message>
      <source>Police called</source>
      <translation>已报警（公安）</translation>
    </message>
    <message>
      <source>Police report no.</source>
      <translation>公安回执号</translation>
    </message>
    <message>
      <source>Fire brigade called</source>
      <translation>已报火警（消防）</translation>
    </message>
    <message>
      <source>Fire report no.</source>
      <translation>消防回执号</translation>
    </message>
    <message>
      <source>Injuries</source>
      <translation>人员伤亡</translation>
    </message>
    <message>
      <source>None, or who and how</source>
      <translation>无；或填写受伤人员及伤情</translation>
    </message>
    <message>
      <source>Losses</source>
      <translation>财产损失</translation>
    </message>
    <message>
      <source>What was lost or damaged</source>
      <translation>丢失或损坏的财物</translation>
    </message>
    <message>
      <source> yuan</source>
      <translation> 元</translation>
    </message>
    <message>
      <source>Estimated loss</source>
      <translation>估计损失</translation>
    </message>
  </context>
  <context>
    <name>IncidentListModel</name>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>事件名称</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Follow-ups open</source>
      <translation>未完成措施</translation>
    </message>
    <message>
      <source>Report no.</source>
      <translation>报警回执号</translation>
    </message>
    <message>
      <source>{state}, {n} follow-ups overdue</source>
      <translation>{state}，{n} 项后续措施逾期</translation>
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
      <translation>处理中</translation>
    </message>
    <message>
      <source>Follow-up overdue</source>
      <translation>后续措施逾期</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Number, title or place</source>
      <translation>编号、名称或地点</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>No incidents</source>
      <translation>无安全事件</translation>
    </message>
    <message>
      <source>Rows {first}–{last} of {total}</source>
      <translation>第 {first}–{last} 行，共 {total} 行</translation>
    </message>
  </context>
  <context>
    <name>IncidentNames</name>
    <message>
      <source>Theft</source>
      <translation>盗窃</translation>
    </message>
    <message>
      <source>Intrusion</source>
      <translation>非法闯入</translation>
    </message>
    <message>
      <source>Fight</source>
      <translation>打架斗殴</translation>
    </message>
    <message>
      <source>Fire</source>
      <translation>火灾</translation>
    </message>
    <message>
      <source>Natural disaster</source>
      <translation>自然灾害</translation>
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
      <translation>处理中</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作废</translation>
    </message>
    <message>
      <source>{number} (closed)</source>
      <translation>{number}（已结案）</translation>
    </message>
  </context>
  <context>
    <name>IncidentsTab</name>
    <message>
      <source>New incident (F2)</source>
      <translation>登记事件 (F2)</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <source>Add follow-up…</source>
      <translation>添加后续措施…</translation>
    </message>
    <message>
      <source>Follow-up done…</source>
      <translation>措施完成…</translation>
    </message>
    <message>
      <source>Close…</source>
      <translation>结案…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Void incident {number}</source>
      <translation>作废安全事件 {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>The incident stays on file, marked void, and is left out of every count. Your name, the time and the reason are kept with it.</source>
      <translation>该事件仍保留在档案中，标记为作废，不计入任何统计。您的姓名、作废时间和原因将一并记录。</translation>
    </message>
    <message>
      <source>Safety incidents</source>
      <translation>安全事件</translation>
    </message>
    <message>
      <source>Exporting incidents…</source>
      <translation>正在导出安全事件…</translation>
    </message>
    <message>
      <source>Exporting incidents: {n} rows…</source>
      <translation>正在导出安全事件：已写 {n} 行…</translation>
    </message>
  </context>
  <context>
    <name>InquiryEntry</name>
    <message>
      <source>&amp;Question</source>
      <translation>咨询内容(&amp;Q)</translation>
    </message>
    <message>
      <source>What was asked or suggested</source>
      <translation>咨询或建议的内容</translation>
    </message>
    <message>
      <source>&amp;Answer</source>
      <translation>答复内容(&amp;A)</translation>
    </message>
    <message>
      <source>The answer given on the spot</source>
      <translation>当场给出的答复</translation>
    </message>
    <message>
      <source>Answer &amp;promised by</source>
      <translation>承诺答复时间(&amp;P)</translation>
    </message>
    <message>
      <source>Not answered yet</source>
      <translation>尚未答复</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>姓名(&amp;N)</translation>
    </message>
    <message>
      <source>P&amp;hone</source>
      <translation>电话(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Unit</source>
      <translation>房号(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Kind, channel</source>
      <translation>类型、渠道(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Log (Enter)</source>
      <translation>登记(&amp;L) (Enter)</translation>
    </message>
    <message>
      <source>Enter in any field</source>
      <translation>在任一输入框中按 Enter</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>Logged {number}.</source>
      <translation>已登记 {number}。</translation>
    </message>
  </context>
  <context>
    <name>InquiryFilterBar</name>
    <message>
      <source>Open: answer promised</source>
      <translation>待答复</translation>
    </message>
    <message>
      <source>Due by the day's end</source>
      <translation>截至当日应答复</translation>
    </message>
    <message>
      <source>All inquiries</source>
      <translation>全部咨询</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>显示(&amp;S)</translation>
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
      <translation>咨询与建议</translation>
    </message>
    <message>
      <source>Inquiries {first}–{last}</source>
      <translation>咨询 {first}–{last}</translation>
    </message>
    <message>
      <source>No inquiries</source>
      <translation>没有咨询</translation>
    </message>
  </context>
  <context>
    <name>InquiryNames</name>
    <message>
      <source>Question</source>
      <translation>咨询</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>OVERDUE: answer promised by {time}</source>
      <translation>已逾期：承诺于 {time} 前答复</translation>
    </message>
    <message>
      <source>Answer promised</source>
      <translation>待答复</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已答复</translation>
    </message>
    <message>
      <source>Became a complaint</source>
      <translation>已转投诉</translation>
    </message>
    <message>
      <source>Became a repair ticket</source>
      <translation>已转报修</translation>
    </message>
  </context>
  <context>
    <name>InquiryPanel</name>
    <message>
      <source>Log an inquiry or suggestion</source>
      <translation>登记咨询或建议</translation>
    </message>
    <message>
      <source>Answer…</source>
      <translation>答复…</translation>
    </message>
    <message>
      <source>The promised answer given</source>
      <translation>登记兑现承诺的答复</translation>
    </message>
    <message>
      <source>Promise by…</source>
      <translation>承诺答复时间…</translation>
    </message>
    <message>
      <source>Move the promise</source>
      <translation>更改承诺答复时间</translation>
    </message>
    <message>
      <source>Make a complaint…</source>
      <translation>转为投诉…</translation>
    </message>
    <message>
      <source>Make a repair ticket…</source>
      <translation>转为报修工单…</translation>
    </message>
    <message>
      <source>Inquiry log</source>
      <translation>咨询登记</translation>
    </message>
    <message>
      <source>Inquiry {inquiry} became repair ticket {ticket}.</source>
      <translation>咨询 {inquiry} 已转为报修工单 {ticket}。</translation>
    </message>
  </context>
  <context>
    <name>InquiryTableModel</name>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>咨询时间</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Asked by</source>
      <translation>咨询人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Question or suggestion</source>
      <translation>咨询或建议</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>答复</translation>
    </message>
    <message>
      <source>Promised by</source>
      <translation>承诺答复时间</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
  </context>
  <context>
    <name>InsideNowTableModel</name>
    <message>
      <source>{days} d {hours} h</source>
      <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} 分钟</translation>
    </message>
    <message>
      <source>Time inside</source>
      <translation>在场时长</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>逾时未离</translation>
    </message>
    <message>
      <source>Pass number</source>
      <translation>临时出入证号</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>访客</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>进入时间</translation>
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
      <translation>序号</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>检查项目</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>检查结果</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>读数</translation>
    </message>
    <message>
      <source>Text / note</source>
      <translation>文字/备注</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>设施设备</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>通知单</translation>
    </message>
    <message>
      <source>Notice state</source>
      <translation>通知单状态</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>工单</translation>
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
      <translation>开整改通知单…</translation>
    </message>
    <message>
      <source>Repair ticket…</source>
      <translation>开报修工单…</translation>
    </message>
    <message>
      <source>Choose a failed item for a notice or a ticket.</source>
      <translation>选择一个不合格项目，以开整改通知单或报修工单。</translation>
    </message>
    <message>
      <source>Inspected at</source>
      <translation>巡检时间</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查表</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>巡检人</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>记录人</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>检查结果</translation>
    </message>
    <message>
      <source>Re-inspection of</source>
      <translation>复检对应通知单</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Add photo…</source>
      <translation>添加照片…</translation>
    </message>
    <message>
      <source>Choose an inspection in the list.</source>
      <translation>请在列表中选择一条巡检记录。</translation>
    </message>
    <message>
      <source>Inspection {number}</source>
      <translation>巡检记录 {number}</translation>
    </message>
    <message>
      <source>Inspection {number} (voided)</source>
      <translation>巡检记录 {number}（已作废）</translation>
    </message>
    <message>
      <source>{name} (version {version})</source>
      <translation>{name}（第 {version} 版）</translation>
    </message>
    <message>
      <source>Choose an item to see its photos.</source>
      <translation>选择一个项目以查看其照片。</translation>
    </message>
    <message>
      <source>No photos of this item.</source>
      <translation>此项目没有照片。</translation>
    </message>
    <message>
      <source>Attach a photo to {item}</source>
      <translation>为“{item}”添加照片</translation>
    </message>
    <message>
      <source>Photos ({patterns});;All files (*)</source>
      <translation>照片 ({patterns});;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>InspectionEntryDialog</name>
    <message>
      <source>Inspection: {name}</source>
      <translation>巡检：{name}</translation>
    </message>
    <message>
      <source>{name} · {kind} · version {version}</source>
      <translation>{name} · {kind} · 第 {version} 版</translation>
    </message>
    <message>
      <source>Re-inspection for {number}</source>
      <translation>复检：整改通知单 {number}</translation>
    </message>
    <message>
      <source>Notice {number} · {item} · found: {finding}</source>
      <translation>通知单 {number} · {item} · 发现问题：{finding}</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>巡检人</translation>
    </message>
    <message>
      <source>Change it only for an inspection made earlier (from paper).</source>
      <translation>仅在补录之前完成的巡检（纸质记录）时修改。</translation>
    </message>
    <message>
      <source>Inspected at</source>
      <translation>巡检时间</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>optional: anything else seen</source>
      <translation>选填：其他发现的情况</translation>
    </message>
    <message>
      <source>↑/↓ item · P/F/N or 1/2/3: pass / fail / n.a. · digits: the reading · F2: note · Ctrl+Return: save</source>
      <translation>↑/↓：切换项目 · P/F/N 或 1/2/3：合格／不合格／不适用 · 数字：读数 · F2：备注 · Ctrl+Return：保存</translation>
    </message>
    <message>
      <source>All pass ({key})</source>
      <translation>全部合格 ({key})</translation>
    </message>
    <message>
      <source>Every check item not yet marked passes; then mark the exceptions.</source>
      <translation>将所有尚未标记的检查项目设为合格，再逐项标记例外。</translation>
    </message>
    <message>
      <source>Print blank checklist…</source>
      <translation>打印空白检查表…</translation>
    </message>
    <message>
      <source>The checklist on paper, for the round; type the results in afterwards.</source>
      <translation>打印纸质检查表供巡检时填写，之后再录入结果。</translation>
    </message>
    <message>
      <source>Save (Ctrl+Return)</source>
      <translation>保存 (Ctrl+Return)</translation>
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
      <translation>序号</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>检查项目</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>检查结果</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>读数</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>文字</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Equipment code</source>
      <translation>设施设备编号</translation>
    </message>
  </context>
  <context>
    <name>InspectionListModel</name>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查表</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>巡检人</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>检查结果</translation>
    </message>
    <message>
      <source>Re-inspection</source>
      <translation>复检</translation>
    </message>
  </context>
  <context>
    <name>InspectionListPanel</name>
    <message>
      <source>Any kind</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>Failed only</source>
      <translation>仅不合格</translation>
    </message>
    <message>
      <source>Number, area or inspector; Enter searches</source>
      <translation>编号、区域或巡检人；按 Enter 搜索</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Inspections {first}–{last}</source>
      <translation>巡检记录 {first}–{last}</translation>
    </message>
    <message>
      <source>No inspections</source>
      <translation>没有巡检记录</translation>
    </message>
  </context>
  <context>
    <name>InspectionNames</name>
    <message>
      <source>Fire equipment</source>
      <translation>消防设施</translation>
    </message>
    <message>
      <source>Building fabric</source>
      <translation>房屋本体</translation>
    </message>
    <message>
      <source>Water and drainage</source>
      <translation>给排水</translation>
    </message>
    <message>
      <source>Power supply</source>
      <translation>供配电</translation>
    </message>
    <message>
      <source>Lifts</source>
      <translation>电梯</translation>
    </message>
    <message>
      <source>Fire safety in public areas</source>
      <translation>公共区域消防</translation>
    </message>
    <message>
      <source>Cleaning</source>
      <translation>保洁</translation>
    </message>
    <message>
      <source>Greening</source>
      <translation>绿化</translation>
    </message>
    <message>
      <source>Garbage sorting</source>
      <translation>垃圾分类</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>每日</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>每周</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <source>Quarterly</source>
      <translation>每季度</translation>
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
      <translation>不适用</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>待整改</translation>
    </message>
    <message>
      <source>Fixed, awaiting re-inspection</source>
      <translation>已整改，待复检</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作废</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>{n} failed</source>
      <translation>{n} 项不合格</translation>
    </message>
  </context>
  <context>
    <name>InspectionPrinting</name>
    <message>
      <source>Blank checklist: {name}</source>
      <translation>空白检查表：{name}</translation>
    </message>
  </context>
  <context>
    <name>InspectionsTab</name>
    <message>
      <source>Due</source>
      <translation>待检</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>巡检记录</translation>
    </message>
    <message>
      <source>Rectifications</source>
      <translation>整改通知单</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>设施设备</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>检查表模板</translation>
    </message>
    <message>
      <source>New inspection… (F2)</source>
      <translation>新建巡检… (F2)</translation>
    </message>
    <message>
      <source>Inspection {number} recorded: {name}, {area}</source>
      <translation>已登记巡检记录 {number}：{name}，{area}</translation>
    </message>
    <message>
      <source>Notice {number} issued to {department}</source>
      <translation>已向 {department} 开具整改通知单 {number}</translation>
    </message>
  </context>
  <context>
    <name>ItemForms</name>
    <message>
      <source>Owner</source>
      <translation>业主</translation>
    </message>
    <message>
      <source>Management</source>
      <translation>物业</translation>
    </message>
  </context>
  <context>
    <name>ItemInForm</name>
    <message>
      <source>Materials or large items coming in</source>
      <translation>装修材料/大件物品进场</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如 3-2-1502</translation>
    </message>
    <message>
      <source>e.g. tiles, 20 boxes</source>
      <translation>例如：瓷砖 20 箱</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
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
      <translation>物品出门放行</translation>
    </message>
    <message>
      <source>Scan or type the release slip number</source>
      <translation>扫描或输入放行条编号</translation>
    </message>
    <message>
      <source>Release slip</source>
      <translation>放行条</translation>
    </message>
    <message>
      <source>The slip allows</source>
      <translation>放行内容</translation>
    </message>
    <message>
      <source>{unit}: {description} — authorised by {who} ({kind}), valid until {date}</source>
      <translation>{unit}：{description} —— 授权人 {who}（{kind}），有效期至 {date}</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>业主</translation>
    </message>
    <message>
      <source>management</source>
      <translation>物业</translation>
    </message>
  </context>
  <context>
    <name>JournalModel</name>
    <message>
      <source>Resident entry</source>
      <translation>住户刷卡</translation>
    </message>
    <message>
      <source>Card refused</source>
      <translation>刷卡被拒</translation>
    </message>
    <message>
      <source>Visitor in</source>
      <translation>访客进入</translation>
    </message>
    <message>
      <source>Visitor out</source>
      <translation>访客离开</translation>
    </message>
    <message>
      <source>Vehicle in</source>
      <translation>车辆入场</translation>
    </message>
    <message>
      <source>Vehicle out</source>
      <translation>车辆出场</translation>
    </message>
    <message>
      <source>Items in</source>
      <translation>物品进入</translation>
    </message>
    <message>
      <source>Items out</source>
      <translation>物品放行</translation>
    </message>
    <message>
      <source>Parking notice</source>
      <translation>违停告知单</translation>
    </message>
    <message>
      <source>card reported lost</source>
      <translation>卡已挂失</translation>
    </message>
    <message>
      <source>card revoked</source>
      <translation>卡已注销</translation>
    </message>
    <message>
      <source>card returned</source>
      <translation>已退卡</translation>
    </message>
    <message>
      <source>card not registered</source>
      <translation>卡未登记</translation>
    </message>
    <message>
      <source>resident's vehicle</source>
      <translation>住户车辆</translation>
    </message>
    <message>
      <source>visitor's vehicle</source>
      <translation>外来车辆</translation>
    </message>
    <message>
      <source>fee {fee}</source>
      <translation>收费 {fee}</translation>
    </message>
    <message>
      <source>no entry on record, came in {time}</source>
      <translation>无入场记录，自述 {time} 入场</translation>
    </message>
    <message>
      <source>permit not returned</source>
      <translation>临时停车证未交回</translation>
    </message>
    <message>
      <source>voided by {name} at {time}: {reason}</source>
      <translation>{name} 于 {time} 作废：{reason}</translation>
    </message>
    <message>
      <source>{kind} (voided)</source>
      <translation>{kind}（已作废）</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>业主</translation>
    </message>
    <message>
      <source>management</source>
      <translation>物业</translation>
    </message>
    <message>
      <source>authorised by {name} ({who})</source>
      <translation>{name}（{who}）授权</translation>
    </message>
    <message>
      <source>warning posted</source>
      <translation>已张贴警示</translation>
    </message>
    <message>
      <source>personal data removed (retention)</source>
      <translation>个人信息已按保存期限删除</translation>
    </message>
  </context>
  <context>
    <name>JournalTableModel</name>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>车牌</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>卡号</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>值班员</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>用户名：{login}</translation>
    </message>
  </context>
  <context>
    <name>JournalView</name>
    <message>
      <source>Void entry…</source>
      <translation>作废记录…</translation>
    </message>
    <message>
      <source>Open incident…</source>
      <translation>转安全事件…</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>Name, plate, unit, pass or card</source>
      <translation>姓名、车牌、房号、单号或卡号</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>No entries</source>
      <translation>没有记录</translation>
    </message>
    <message>
      <source>Rows {first}–{last} of {total}</source>
      <translation>第 {first}–{last} 条，共 {total} 条</translation>
    </message>
    <message>
      <source>Rows {first}–{last}</source>
      <translation>第 {first}–{last} 条</translation>
    </message>
    <message>
      <source>Incident {number}</source>
      <translation>安全事件 {number}</translation>
    </message>
    <message>
      <source>From the gate entry: {entry}</source>
      <translation>来自门岗记录：{entry}</translation>
    </message>
    <message>
      <source>Void gate entry: {kind}, {time}</source>
      <translation>作废门岗记录：{kind}，{time}</translation>
    </message>
    <message>
      <source>Gate journal</source>
      <translation>门岗日志</translation>
    </message>
    <message>
      <source>Exporting the gate journal…</source>
      <translation>正在导出门岗日志…</translation>
    </message>
    <message>
      <source>Exporting the gate journal: {n} rows…</source>
      <translation>正在导出门岗日志：已写入 {n} 行…</translation>
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
      <translation>◀ 较新</translation>
    </message>
    <message>
      <source>Older ▶</source>
      <translation>较早 ▶</translation>
    </message>
  </context>
  <context>
    <name>LinkRepairForm</name>
    <message>
      <source>Link a repair ticket: complaint {number}</source>
      <translation>关联报修工单：投诉 {number}</translation>
    </message>
    <message>
      <source>Ticket number</source>
      <translation>工单号</translation>
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
      <translation>propdesk 已锁定</translation>
    </message>
    <message>
      <source>Station {station}: nothing was closed. Log in to carry on; at a change of shift the next person logs in here.</source>
      <translation>工作站 {station}：所有内容均未关闭。登录后即可继续；交接班时由下一位同事在此登录。</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Log in to propdesk</source>
      <translation>登录 propdesk</translation>
    </message>
    <message>
      <source>Log in with your user name and password.</source>
      <translation>请输入用户名和密码登录。</translation>
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
      <translation>用户名</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>Quit propdesk</source>
      <translation>退出 propdesk</translation>
    </message>
    <message>
      <source>Opening the station…</source>
      <translation>正在打开本站数据…</translation>
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
      <source>&amp;Quick search…</source>
      <translation>快速查找(&amp;Q)…</translation>
    </message>
    <message>
      <source>&amp;Backup now</source>
      <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>锁定(&amp;L)</translation>
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
      <source>&amp;Estate…</source>
      <translation>小区信息(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Station…</source>
      <translation>工作站(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Auto-lock…</source>
      <translation>自动锁定(&amp;A)…</translation>
    </message>
    <message>
      <source>Sync &amp;conflicts…</source>
      <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
      <source>Storage: own copy, synced with the server</source>
      <translation>存储：本机副本，与服务器同步</translation>
    </message>
    <message>
      <source>That record cannot be shown here.</source>
      <translation>此处无法显示该记录。</translation>
    </message>
    <message>
      <source>&amp;Gate…</source>
      <translation>门岗(&amp;G)…</translation>
    </message>
    <message>
      <source>Service &amp;targets…</source>
      <translation>服务目标(&amp;T)…</translation>
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
      <source>Lock</source>
      <translation>锁定</translation>
    </message>
    <message>
      <source>Lock the window for a change of shift (Ctrl+L)</source>
      <translation>交接班时锁定窗口（Ctrl+L）</translation>
    </message>
    <message>
      <source>Gate</source>
      <translation>门岗</translation>
    </message>
    <message>
      <source>Repairs</source>
      <translation>报修工单</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <source>Residents &amp;&amp; units</source>
      <translation>住户与房号</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Locked after {n} minutes without use.</source>
      <translation>闲置 {n} 分钟后已自动锁定。</translation>
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
      <translation>已锁定</translation>
    </message>
    <message>
      <source>User: {name} ({role})</source>
      <translation>用户：{name}（{role}）</translation>
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
      <source>The daily backup failed: {reason}</source>
      <translation>每日备份失败：{reason}</translation>
    </message>
    <message>
      <source>Daily backup written: {name}</source>
      <translation>每日备份已写入：{name}</translation>
    </message>
    <message>
      <source>Old visitor data blanked: {n} records.</source>
      <translation>已清除过期访客信息：{n} 条记录。</translation>
    </message>
    <message>
      <source>Removing old visitor data failed: {reason}</source>
      <translation>清除过期访客信息失败：{reason}</translation>
    </message>
    <message>
      <source>Backup written and verified:
{path}</source>
      <translation>备份已写入并校验通过：
{path}</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <source>propdesk backups (*.db)</source>
      <translation>propdesk 备份 (*.db)</translation>
    </message>
    <message>
      <source>Replace the database with the backup {name}?

Everything saved after that backup was made is replaced. The database as it is now is kept in the backup folder first.</source>
      <translation>用备份 {name} 替换当前数据库吗？

该备份之后保存的所有内容都将被替换。当前数据库会先保存到备份文件夹中。</translation>
    </message>
    <message>
      <source>The backup {name} was restored. The database as it was before is kept as:
{kept}</source>
      <translation>已恢复备份 {name}。恢复前的数据库保存为：
{kept}</translation>
    </message>
    <message>
      <source>Your account is different in the restored database: log in again.</source>
      <translation>恢复后的数据库中您的账号有所不同：请重新登录。</translation>
    </message>
    <message>
      <source>The new language is used after propdesk is restarted.</source>
      <translation>新语言将在重新启动 propdesk 后生效。</translation>
    </message>
    <message>
      <source>Restart to apply</source>
      <translation>重启后生效</translation>
    </message>
    <message>
      <source>Patrol</source>
      <translation>巡逻记录</translation>
    </message>
    <message>
      <source>&amp;Patrol schedule…</source>
      <translation>巡逻计划(&amp;P)…</translation>
    </message>
    <message>
      <source>Patrol &amp;routes and checkpoints…</source>
      <translation>巡逻路线与巡逻点(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Repairs…</source>
      <translation>报修(&amp;R)…</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>&amp;Complaints…</source>
      <translation>投诉(&amp;C)…</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>巡检记录</translation>
    </message>
    <message>
      <source>Assessments</source>
      <translation>月度考核</translation>
    </message>
    <message>
      <source>Work plan</source>
      <translation>工作计划</translation>
    </message>
    <message>
      <source>Drills and training</source>
      <translation>演练培训</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>社区活动</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>安全事件</translation>
    </message>
    <message>
      <source>Surveys</source>
      <translation>满意度调查</translation>
    </message>
    <message>
      <source>Work logs</source>
      <translation>保洁绿化日志</translation>
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
      <translation>投诉人不满意仍结案的原因</translation>
    </message>
  </context>
  <context>
    <name>MinutesBox</name>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
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
      <translation>受理数</translation>
    </message>
    <message>
      <source>In time</source>
      <translation>按时答复</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>超时答复</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期未答复</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>未到答复期限</translation>
    </message>
    <message>
      <source>In time %</source>
      <translation>按时答复率</translation>
    </message>
  </context>
  <context>
    <name>MonthPanel</name>
    <message>
      <source>◀ Previous month</source>
      <translation>◀ 上个月</translation>
    </message>
    <message>
      <source>PageUp</source>
      <translation>PageUp</translation>
    </message>
    <message>
      <source>Next month ▶</source>
      <translation>下个月 ▶</translation>
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
      <translation>本月巡逻…</translation>
    </message>
    <message>
      <source>Every round started in the month, the abandoned ones included</source>
      <translation>本月开始的全部巡逻，含已中止的</translation>
    </message>
    <message>
      <source>&amp;Month</source>
      <translation>月份(&amp;M)</translation>
    </message>
    <message>
      <source>Enter or double-click: on a day its grid, on its late figure the late rounds; on a guard the rounds behind the figure. PageUp/PageDown: another month.</source>
      <translation>Enter 或双击：在某天上显示当日巡逻表，在其迟到数上显示迟到的巡逻；在巡逻人员上显示该数字对应的巡逻。PageUp/PageDown：切换月份。</translation>
    </message>
    <message>
      <source>Per day</source>
      <translation>按日</translation>
    </message>
    <message>
      <source>Per guard</source>
      <translation>按巡逻人员</translation>
    </message>
    <message>
      <source>Patrol {title} {month}</source>
      <translation>巡逻{title} {month}</translation>
    </message>
    <message>
      <source>{month}: {slots} slots due: {on_time} on time, {late} late, {missed} missed ({percent} on time). {rounds} rounds walked, {extra} of them extra (no slot); {abandoned} abandoned.</source>
      <translation>{month}：应巡 {slots} 个时段：准时 {on_time}，迟到 {late}，漏巡 {missed}（准时率 {percent}）。实际巡逻 {rounds} 次，其中额外巡逻 {extra} 次（无对应时段）；中止 {abandoned} 次。</translation>
    </message>
    <message>
      <source>No patrol rounds are on record for this month.</source>
      <translation>本月没有巡逻记录。</translation>
    </message>
    <message>
      <source>{guard} — rounds on time {month}</source>
      <translation>{guard} — {month} 准时的巡逻</translation>
    </message>
    <message>
      <source>{guard} — late rounds {month}</source>
      <translation>{guard} — {month} 迟到的巡逻</translation>
    </message>
    <message>
      <source>{guard} — rounds walked too fast {month}</source>
      <translation>{guard} — {month} 打点过快的巡逻</translation>
    </message>
    <message>
      <source>{guard} — rounds {month}</source>
      <translation>{guard} — {month} 的巡逻</translation>
    </message>
    <message>
      <source>Late rounds of the slots of {day}</source>
      <translation>{day} 各时段的迟到巡逻</translation>
    </message>
    <message>
      <source>Patrol rounds of {month}</source>
      <translation>{month} 的巡逻</translation>
    </message>
  </context>
  <context>
    <name>NoticeDialog</name>
    <message>
      <source>Rectification notice</source>
      <translation>整改通知单</translation>
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
      <translation>通知单</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>巡检单号</translation>
    </message>
    <message>
      <source>Checklist and area</source>
      <translation>检查表及区域</translation>
    </message>
    <message>
      <source>Failed item</source>
      <translation>不合格项目</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>设施设备</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>发现问题</translation>
    </message>
    <message>
      <source>What to fix</source>
      <translation>整改内容</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>开具时间</translation>
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
      <translation>整改说明</translation>
    </message>
    <message>
      <source>Closed by re-inspection</source>
      <translation>复检关闭</translation>
    </message>
    <message>
      <source>Void reason</source>
      <translation>作废原因</translation>
    </message>
    <message>
      <source>{number} on {time} by {person}</source>
      <translation>{person} 于 {time} 复检（{number}）</translation>
    </message>
  </context>
  <context>
    <name>NoticeForm</name>
    <message>
      <source>Parking notice</source>
      <translation>违停告知单</translation>
    </message>
    <message>
      <source>e.g. fire lane behind building 5</source>
      <translation>例如：5 号楼后消防通道</translation>
    </message>
    <message>
      <source>Warning put on the windscreen</source>
      <translation>已在挡风玻璃上张贴告知单</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>选填</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>车牌</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>告知</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Rectification notice</source>
      <translation>整改通知单</translation>
    </message>
    <message>
      <source>{number} · {area} · failed: {item}</source>
      <translation>{number} · {area} · 不合格：{item}</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <source>What to fix</source>
      <translation>整改内容</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Event notice</source>
      <translation>活动通知</translation>
    </message>
    <message>
      <source>The notice for the lobby: {theme}. A QR code is printed when you give its text.</source>
      <translation>张贴在大堂的活动通知：{theme}。填写二维码内容后，通知上会印出二维码。</translation>
    </message>
    <message>
      <source>QR code</source>
      <translation>二维码</translation>
    </message>
    <message>
      <source>sign-up link or phone number (optional)</source>
      <translation>报名链接或电话（可不填）</translation>
    </message>
  </context>
  <context>
    <name>OpenIncidentDialog</name>
    <message>
      <source>Open safety incident</source>
      <translation>转为安全事件</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>e.g. bicycle stolen from the bike shed</source>
      <translation>例如：车棚自行车被盗</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>事件经过</translation>
    </message>
  </context>
  <context>
    <name>OpenRepairForm</name>
    <message>
      <source>Open a repair ticket: complaint {number}</source>
      <translation>开报修工单：投诉 {number}</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>报修类别</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>紧急程度</translation>
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
      <translation>巡逻单号</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡逻人员</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>已到点</translation>
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
      <translation>开报修工单</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>报修类别</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>紧急程度</translation>
    </message>
  </context>
  <context>
    <name>PaperRoundDialog</name>
    <message>
      <source>Enter a paper round</source>
      <translation>纸质补录巡逻</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡逻人员</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>HH:MM</source>
      <translation>HH:MM</translation>
    </message>
    <message>
      <source>The time on the sheet; empty: not reached</source>
      <translation>纸质表上的时间；留空表示未到</translation>
    </message>
    <message>
      <source>Issue</source>
      <translation>有问题</translation>
    </message>
  </context>
  <context>
    <name>ParetoModel</name>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <source>Cumulative</source>
      <translation>累计占比</translation>
    </message>
    <message>
      <source>Vital few</source>
      <translation>关键少数</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>The categories that together make up the first 80% of complaints</source>
      <translation>累计占投诉总数前 80% 的类别</translation>
    </message>
  </context>
  <context>
    <name>ParkingPanel</name>
    <message>
      <source>Filter by space, zone or plate</source>
      <translation>按车位、区域或车牌筛选</translation>
    </message>
    <message>
      <source>Parking spaces</source>
      <translation>车位</translation>
    </message>
    <message>
      <source>Void parking space</source>
      <translation>作废车位</translation>
    </message>
  </context>
  <context>
    <name>ParkingSpaceForm</name>
    <message>
      <source>Parking space</source>
      <translation>车位</translation>
    </message>
    <message>
      <source>Space code</source>
      <translation>车位编号</translation>
    </message>
    <message>
      <source>Zone</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>e.g. 地下二层</source>
      <translation>例如：地下二层</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
  </context>
  <context>
    <name>ParkingSpaces</name>
    <message>
      <source>Owned</source>
      <translation>产权车位</translation>
    </message>
    <message>
      <source>Rented</source>
      <translation>租赁车位</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>访客</translation>
    </message>
  </context>
  <context>
    <name>ParkingSpacesTableModel</name>
    <message>
      <source>Parking space</source>
      <translation>车位</translation>
    </message>
    <message>
      <source>Zone</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>作废原因</translation>
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
      <translation>进行中 {visited}/{total}</translation>
    </message>
    <message>
      <source>{skipped} skipped</source>
      <translation>漏打点 {skipped} 个</translation>
    </message>
    <message>
      <source>out of order</source>
      <translation>顺序异常</translation>
    </message>
    <message>
      <source>too fast</source>
      <translation>过快</translation>
    </message>
    <message>
      <source>entered later</source>
      <translation>补录</translation>
    </message>
    <message>
      <source>{n} issue(s)</source>
      <translation>{n} 个问题</translation>
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
      <translation>进行中</translation>
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
      <translation>额外巡逻（无对应时段）</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>准时</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>迟到</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>漏巡</translation>
    </message>
    <message>
      <source>Scanned at the station</source>
      <translation>工作站扫码</translation>
    </message>
    <message>
      <source>Entered later from paper</source>
      <translation>纸质补录</translation>
    </message>
    <message>
      <source>Imported from a patrol wand</source>
      <translation>巡更棒导入</translation>
    </message>
    <message>
      <source>Scanned</source>
      <translation>扫码</translation>
    </message>
    <message>
      <source>Ticked by hand</source>
      <translation>手动勾选</translation>
    </message>
    <message>
      <source>From paper</source>
      <translation>纸质</translation>
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
      <translation>漏打点</translation>
    </message>
    <message>
      <source>{how}, issue</source>
      <translation>{how}，有问题</translation>
    </message>
    <message>
      <source>out of order</source>
      <translation>顺序异常</translation>
    </message>
    <message>
      <source>too fast</source>
      <translation>过快</translation>
    </message>
    <message>
      <source>checkpoints out of order</source>
      <translation>打点顺序异常</translation>
    </message>
    <message>
      <source>walked too fast</source>
      <translation>打点过快</translation>
    </message>
    <message>
      <source>entered later</source>
      <translation>补录</translation>
    </message>
    <message>
      <source>Doors and windows</source>
      <translation>门窗</translation>
    </message>
    <message>
      <source>Fire equipment</source>
      <translation>消防设施</translation>
    </message>
    <message>
      <source>Lighting</source>
      <translation>照明</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>公共设施</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>治安</translation>
    </message>
    <message>
      <source>Hygiene</source>
      <translation>环境卫生</translation>
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
      <translation>巡逻点标签</translation>
    </message>
    <message>
      <source>Patrol log {day}</source>
      <translation>巡逻日志 {day}</translation>
    </message>
  </context>
  <context>
    <name>PatrolSchedule</name>
    <message>
      <source>{window} every {minutes} min</source>
      <translation>{window} 每 {minutes} 分钟一轮</translation>
    </message>
    <message>
      <source>late after {late} min, missed after {missed} min, at least {walk} min between checkpoints</source>
      <translation>超过 {late} 分钟算迟到，超过 {missed} 分钟算漏巡，两个巡逻点之间至少 {walk} 分钟</translation>
    </message>
    <message>
      <source>No schedule is in force today.</source>
      <translation>今天没有生效的巡逻计划。</translation>
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
      <translation>纸质补录…</translation>
    </message>
    <message>
      <source>A round walked with a paper sheet, entered afterwards with its times</source>
      <translation>用纸质巡逻表完成的巡逻，事后按表上时间补录</translation>
    </message>
    <message>
      <source>Import wand records…</source>
      <translation>导入巡更棒记录…</translation>
    </message>
    <message>
      <source>Rounds recorded by patrol wands, from the file their software exports</source>
      <translation>巡更棒记录的巡逻，从其配套软件导出的文件导入</translation>
    </message>
    <message>
      <source>Routes and labels…</source>
      <translation>路线与标签…</translation>
    </message>
    <message>
      <source>The routes, their checkpoints and the QR label sheets to print</source>
      <translation>巡逻路线、巡逻点，以及要打印的二维码标签页</translation>
    </message>
    <message>
      <source>Day grid</source>
      <translation>当日巡逻表</translation>
    </message>
    <message>
      <source>Open findings</source>
      <translation>未处理发现</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月度统计</translation>
    </message>
    <message>
      <source>Paper round {number} of {route} entered: {verdict}.</source>
      <translation>已补录纸质巡逻 {number}（{route}）：{verdict}。</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>Print {title}</source>
      <translation>打印 {title}</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <source>Print preview: {title}</source>
      <translation>打印预览：{title}</translation>
    </message>
  </context>
  <context>
    <name>PhotoFileChoice</name>
    <message>
      <source>Photos ({patterns});;All files (*)</source>
      <translation>照片 ({patterns});;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>PhotoListModel</name>
    <message>
      <source>Missing</source>
      <translation>文件缺失</translation>
    </message>
    <message>
      <source>Cannot be read</source>
      <translation>无法读取</translation>
    </message>
    <message>
      <source>Missing: the file is not in this console's photo folder (a backup restored without its photos, or the file was deleted).</source>
      <translation>文件缺失：本机的照片文件夹中没有此文件（恢复的备份可能不含照片，或文件已被删除）。</translation>
    </message>
    <message>
      <source>Cannot be read: the file is damaged or cut short.</source>
      <translation>无法读取：文件已损坏或不完整。</translation>
    </message>
    <message>
      <source>Cannot be read: this computer cannot show {kind} pictures.</source>
      <translation>无法读取：本机无法显示 {kind} 格式的图片。</translation>
    </message>
  </context>
  <context>
    <name>PhotoViewer</name>
    <message>
      <source>This photo cannot be read.</source>
      <translation>无法读取此照片。</translation>
    </message>
  </context>
  <context>
    <name>PlaceRepeatModel</name>
    <message>
      <source>Unit or area</source>
      <translation>房号或区域</translation>
    </message>
    <message>
      <source>In 90 days</source>
      <translation>90 天内次数</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>In the period</source>
      <translation>期内合计</translation>
    </message>
  </context>
  <context>
    <name>PlanEntryForm</name>
    <message>
      <source>Change plan entry</source>
      <translation>修改计划项目</translation>
    </message>
    <message>
      <source>New plan entry</source>
      <translation>新增计划项目</translation>
    </message>
    <message>
      <source>Topic:</source>
      <translation>类别：</translation>
    </message>
    <message>
      <source>Due by:</source>
      <translation>完成期限：</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>备注：</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <source>Topic</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation>完成期限</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Done by session</source>
      <translation>完成记录</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>PlanPanel</name>
    <message>
      <source>Adopt the default plan</source>
      <translation>采用默认计划</translation>
    </message>
    <message>
      <source>Add entry…</source>
      <translation>新增项目…</translation>
    </message>
    <message>
      <source>Void entry…</source>
      <translation>作废项目…</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>{total} entries: {done} done, {due} due, {overdue} overdue</source>
      <translation>共 {total} 项：已完成 {done}，即将到期 {due}，已逾期 {overdue}</translation>
    </message>
    <message>
      <source>No plan for this year yet.</source>
      <translation>本年度尚未制定计划。</translation>
    </message>
    <message>
      <source>Void plan entry</source>
      <translation>作废计划项目</translation>
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
      <translation>设定承诺答复时间</translation>
    </message>
    <message>
      <source>Answer promised by</source>
      <translation>承诺答复时间</translation>
    </message>
  </context>
  <context>
    <name>PurposePicks</name>
    <message>
      <source>Delivery</source>
      <translation>快递</translation>
    </message>
    <message>
      <source>Food delivery</source>
      <translation>外卖</translation>
    </message>
    <message>
      <source>Visiting friends</source>
      <translation>访友</translation>
    </message>
    <message>
      <source>Housekeeping</source>
      <translation>家政</translation>
    </message>
    <message>
      <source>Renovation</source>
      <translation>装修</translation>
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
      <translation>整区录入</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Every row is done unless flipped: Space toggles, N marks not done and asks the reason; F2 edits a cell; Ctrl+Enter saves them all, Esc cancels.</source>
      <translation>每行默认为已完成：空格键切换完成/未完成，N 标为未完成并填写原因；F2 编辑单元格；Ctrl+Enter 全部保存，Esc 取消。</translation>
    </message>
    <message>
      <source>Save all (Ctrl+Enter)</source>
      <translation>全部保存（Ctrl+Enter）</translation>
    </message>
    <message>
      <source>Every task of this area is logged for that day.</source>
      <translation>该区域当天的任务已全部记录。</translation>
    </message>
    <message>
      <source>No task is planned for this area that day.</source>
      <translation>该区域当天没有计划任务。</translation>
    </message>
    <message>
      <source>Enter the time as hours and minutes, e.g. 7:30.</source>
      <translation>请按时:分输入时间，例如 7:30。</translation>
    </message>
  </context>
  <context>
    <name>QuickEntryModel</name>
    <message>
      <source>Task</source>
      <translation>工作内容</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>工种</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>完成情况</translation>
    </message>
    <message>
      <source>Done by</source>
      <translation>执行人</translation>
    </message>
    <message>
      <source>Reason not done</source>
      <translation>未完成原因</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Space: done / not done; N: not done and type the reason</source>
      <translation>空格：完成/未完成；N：未完成并填写原因</translation>
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
      <translation>{result}（已记录）</translation>
    </message>
  </context>
  <context>
    <name>QuickSearch</name>
    <message>
      <source>Units</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住户</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Access cards</source>
      <translation>门禁卡</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>业主</translation>
    </message>
    <message>
      <source>tenant</source>
      <translation>租户</translation>
    </message>
    <message>
      <source>family</source>
      <translation>家庭成员</translation>
    </message>
    <message>
      <source>moved out</source>
      <translation>已迁出</translation>
    </message>
    <message>
      <source>lost</source>
      <translation>已挂失</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>已注销</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>已退卡</translation>
    </message>
    <message>
      <source>inside now</source>
      <translation>在场</translation>
    </message>
    <message>
      <source>used</source>
      <translation>已使用</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>不合格</translation>
    </message>
    <message>
      <source>Showing the first {shown} of {total} — type more to narrow it</source>
      <translation>共 {total} 条，仅显示前 {shown} 条 — 继续输入可缩小范围</translation>
    </message>
    <message>
      <source>Patrol rounds</source>
      <translation>巡逻记录</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>Inside now</source>
      <translation>当前在场</translation>
    </message>
    <message>
      <source>Visitor passes</source>
      <translation>临时出入证</translation>
    </message>
    <message>
      <source>Vehicle permits</source>
      <translation>临时停车证</translation>
    </message>
    <message>
      <source>Release slips</source>
      <translation>放行条</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>报修工单</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Inquiries</source>
      <translation>咨询</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>巡检记录</translation>
    </message>
    <message>
      <source>Rectification notices</source>
      <translation>整改通知单</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>设施设备</translation>
    </message>
    <message>
      <source>Monthly assessments</source>
      <translation>月度考核</translation>
    </message>
    <message>
      <source>Drills and training</source>
      <translation>演练培训</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>社区活动</translation>
    </message>
    <message>
      <source>Safety incidents</source>
      <translation>安全事件</translation>
    </message>
    <message>
      <source>Survey rounds</source>
      <translation>满意度调查</translation>
    </message>
    <message>
      <source>Work logs</source>
      <translation>保洁绿化日志</translation>
    </message>
  </context>
  <context>
    <name>QuickSearchDialog</name>
    <message>
      <source>Quick search</source>
      <translation>快速查找</translation>
    </message>
    <message>
      <source>Unit, name, pinyin, phone tail, plate, card, or a number (FK, CL, FX, WX…)</source>
      <translation>房号、姓名、拼音、电话尾号、车牌、卡号或单号（FK、CL、FX、WX…）</translation>
    </message>
    <message>
      <source>{n} found</source>
      <translation>找到 {n} 条</translation>
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
      <translation> 分钟</translation>
    </message>
    <message>
      <source>Labour (¥)</source>
      <translation>人工费（元）</translation>
    </message>
    <message>
      <source>Materials (¥)</source>
      <translation>材料费（元）</translation>
    </message>
    <message>
      <source>Expected duration</source>
      <translation>预计工时</translation>
    </message>
  </context>
  <context>
    <name>RecordTable</name>
    <message>
      <source>Nothing to show</source>
      <translation>暂无</translation>
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
      <translation>未关闭：待整改或待复检</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <source>All notices</source>
      <translation>全部通知单</translation>
    </message>
  </context>
  <context>
    <name>RectificationPanel</name>
    <message>
      <source>&amp;Show</source>
      <translation>显示(&amp;S)</translation>
    </message>
    <message>
      <source>Fix reported…</source>
      <translation>报告整改完成…</translation>
    </message>
    <message>
      <source>Re-inspection…</source>
      <translation>复检…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Print notice…</source>
      <translation>打印通知单…</translation>
    </message>
    <message>
      <source>Notices {first}–{last}</source>
      <translation>通知单 {first}–{last}</translation>
    </message>
    <message>
      <source>No notices</source>
      <translation>没有整改通知单</translation>
    </message>
  </context>
  <context>
    <name>RectificationTableModel</name>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查表</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>检查项目</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>开具时间</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>巡检单号</translation>
    </message>
  </context>
  <context>
    <name>RefuseForm</name>
    <message>
      <source>optional: why the resident refused</source>
      <translation>选填：住户拒绝的原因</translation>
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
      <translation>显示已作废</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>{n} in all</source>
      <translation>共 {n} 条</translation>
    </message>
    <message>
      <source>{shown} of {total} shown</source>
      <translation>显示 {shown} 条，共 {total} 条</translation>
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
      <translation>开具放行条</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如 3-2-1502</translation>
    </message>
    <message>
      <source>the owner, or the manager who approved</source>
      <translation>业主本人，或批准的物业经理</translation>
    </message>
    <message>
      <source>e.g. an old sofa and two chairs</source>
      <translation>例如：旧沙发一张、椅子两把</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>授权方</translation>
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
      <translation>业主</translation>
    </message>
    <message>
      <source>management</source>
      <translation>物业</translation>
    </message>
    <message>
      <source>Slip number</source>
      <translation>放行条编号</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>物品</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>授权方</translation>
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
      <translation>开具放行条…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Void slip…</source>
      <translation>作废放行条…</translation>
    </message>
    <message>
      <source>Void release slip {number}</source>
      <translation>作废放行条 {number}</translation>
    </message>
  </context>
  <context>
    <name>RepairDetail</name>
    <message>
      <source>paid repair</source>
      <translation>有偿维修</translation>
    </message>
    <message>
      <source>free repair</source>
      <translation>免费维修</translation>
    </message>
    <message>
      <source>{location} ({charge})</source>
      <translation>{location}（{charge}）</translation>
    </message>
    <message>
      <source>labour {labour} + materials {materials} = {total}, about {time}</source>
      <translation>人工费 {labour} + 材料费 {materials} = {total}，预计 {time}</translation>
    </message>
    <message>
      <source>approved {time}</source>
      <translation>{time} 已同意</translation>
    </message>
    <message>
      <source>refused {time}</source>
      <translation>{time} 已拒绝</translation>
    </message>
    <message>
      <source>waiting for the resident's answer</source>
      <translation>等待住户答复</translation>
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
      <translation>报修</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>报修人</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>维修工</translation>
    </message>
    <message>
      <source>Diagnosis</source>
      <translation>诊断结果</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>报价</translation>
    </message>
    <message>
      <source>Resident's answer</source>
      <translation>住户答复</translation>
    </message>
    <message>
      <source>Work done</source>
      <translation>维修内容</translation>
    </message>
    <message>
      <source>Signed off by</source>
      <translation>签字人</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>回访</translation>
    </message>
    <message>
      <source>Cancelled because</source>
      <translation>取消原因</translation>
    </message>
    <message>
      <source>arrived after {time}, within the limit</source>
      <translation>{time} 后到场，未超时</translation>
    </message>
    <message>
      <source>arrived after {time}, {late} late</source>
      <translation>{time} 后到场，超时 {late}</translation>
    </message>
    <message>
      <source>OVERDUE by {time} (due {due})</source>
      <translation>已超时 {time}（应于 {due} 前到场）</translation>
    </message>
    <message>
      <source>nobody went (ended before the arrival)</source>
      <translation>未到场（到场前已结束）</translation>
    </message>
    <message>
      <source>{time} left (due {due})</source>
      <translation>剩余 {time}（应于 {due} 前到场）</translation>
    </message>
    <message>
      <source>paused: waiting for the resident since {time}</source>
      <translation>计时暂停：自 {time} 起等待住户确认</translation>
    </message>
    <message>
      <source>{time} waiting for the resident (not counted)</source>
      <translation>等待住户 {time}（不计入）</translation>
    </message>
    <message>
      <source>nothing recorded since {time}</source>
      <translation>自 {time} 起无处理记录</translation>
    </message>
    <message>
      <source>Arrival</source>
      <translation>到场</translation>
    </message>
    <message>
      <source>Elapsed</source>
      <translation>已用时</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>暂停</translation>
    </message>
    <message>
      <source>Elapsed less waits</source>
      <translation>扣除等待后用时</translation>
    </message>
    <message>
      <source>Stale</source>
      <translation>久未处理</translation>
    </message>
  </context>
  <context>
    <name>RepairFromInquiryForm</name>
    <message>
      <source>Make a repair ticket of the inquiry</source>
      <translation>咨询转为报修工单</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>报修类别</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>紧急程度</translation>
    </message>
    <message>
      <source>Common area</source>
      <translation>公共区域</translation>
    </message>
    <message>
      <source>Where, as the asker gave no unit</source>
      <translation>咨询人未提供房号，请填写地点</translation>
    </message>
  </context>
  <context>
    <name>RepairNames</name>
    <message>
      <source>Reported</source>
      <translation>已报修</translation>
    </message>
    <message>
      <source>Dispatched</source>
      <translation>已派工</translation>
    </message>
    <message>
      <source>Technician on site</source>
      <translation>已到场</translation>
    </message>
    <message>
      <source>Diagnosed</source>
      <translation>已诊断</translation>
    </message>
    <message>
      <source>Waiting for approval</source>
      <translation>待住户确认报价</translation>
    </message>
    <message>
      <source>Quote approved</source>
      <translation>报价已确认</translation>
    </message>
    <message>
      <source>Being repaired</source>
      <translation>维修中</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>已完工</translation>
    </message>
    <message>
      <source>Signed off</source>
      <translation>已签字确认</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>已回访</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <source>quote refused</source>
      <translation>住户拒绝报价</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Emergency</source>
      <translation>紧急</translation>
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
      <translation>给排水</translation>
    </message>
    <message>
      <source>Electrical</source>
      <translation>电路电器</translation>
    </message>
    <message>
      <source>Lift</source>
      <translation>电梯</translation>
    </message>
    <message>
      <source>Doors and locks</source>
      <translation>门窗锁具</translation>
    </message>
    <message>
      <source>Leaks and cracks</source>
      <translation>渗漏裂缝</translation>
    </message>
    <message>
      <source>Fire equipment</source>
      <translation>消防设施</translation>
    </message>
    <message>
      <source>Public facilities</source>
      <translation>公共设施</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Hotline</source>
      <translation>服务热线</translation>
    </message>
    <message>
      <source>At the front desk</source>
      <translation>前台来访</translation>
    </message>
    <message>
      <source>Found on patrol</source>
      <translation>巡逻发现</translation>
    </message>
    <message>
      <source>Found in an inspection</source>
      <translation>巡检发现</translation>
    </message>
    <message>
      <source>From a complaint</source>
      <translation>投诉转报修</translation>
    </message>
    <message>
      <source>Reassigned</source>
      <translation>已改派</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>已到场</translation>
    </message>
    <message>
      <source>Quoted</source>
      <translation>已报价</translation>
    </message>
    <message>
      <source>Quote refused</source>
      <translation>住户拒绝报价</translation>
    </message>
    <message>
      <source>Repair started</source>
      <translation>开始维修</translation>
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
      <translation>诊断…</translation>
    </message>
    <message>
      <source>Quote…</source>
      <translation>报价…</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>住户同意</translation>
    </message>
    <message>
      <source>Refused…</source>
      <translation>住户拒绝…</translation>
    </message>
    <message>
      <source>Start repair</source>
      <translation>开始维修</translation>
    </message>
    <message>
      <source>Completed…</source>
      <translation>完工…</translation>
    </message>
    <message>
      <source>Sign off…</source>
      <translation>签字确认…</translation>
    </message>
    <message>
      <source>Follow-up…</source>
      <translation>回访…</translation>
    </message>
    <message>
      <source>Close ticket</source>
      <translation>关闭工单</translation>
    </message>
    <message>
      <source>Cancel…</source>
      <translation>取消工单…</translation>
    </message>
    <message>
      <source>{days} d {hours} h</source>
      <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} 分钟</translation>
    </message>
  </context>
  <context>
    <name>RepairSettingsDialog</name>
    <message>
      <source>Repair settings</source>
      <translation>报修设置</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>An open ticket with no step recorded for this long is flagged; one waiting for the resident's answer to a quote is not.</source>
      <translation>未完成的工单超过此时长无任何处理记录，即标记为久未处理；等待住户确认报价的工单除外。</translation>
    </message>
    <message>
      <source>A technician arrives within, from the report:</source>
      <translation>维修工到场时限（自报修起计）：</translation>
    </message>
    <message>
      <source>Emergency</source>
      <translation>紧急</translation>
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
      <translation>久未处理判定时长</translation>
    </message>
    <message>
      <source>A new limit applies to tickets reported from now on; open tickets keep the arrival time they were given.</source>
      <translation>新时限仅适用于此后报修的工单；未完成的工单仍按原定到场时间计算。</translation>
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
      <translation>到场已超时（应于 {time} 前到场）</translation>
    </message>
    <message>
      <source>Nothing recorded since {time}</source>
      <translation>自 {time} 起无任何处理记录</translation>
    </message>
    <message>
      <source>Arrival due {time}</source>
      <translation>应于 {time} 前到场</translation>
    </message>
  </context>
  <context>
    <name>RepairsTab</name>
    <message>
      <source>New ticket (F2)</source>
      <translation>新建报修 (F2)</translation>
    </message>
    <message>
      <source>Tickets</source>
      <translation>工单列表</translation>
    </message>
    <message>
      <source>Double-click: this technician's open tickets</source>
      <translation>双击：查看该维修工的未完成工单</translation>
    </message>
    <message>
      <source>Workload</source>
      <translation>工作量</translation>
    </message>
    <message>
      <source>Backlog</source>
      <translation>积压工单</translation>
    </message>
    <message>
      <source>Repair workload</source>
      <translation>维修工作量</translation>
    </message>
    <message>
      <source>Repair backlog</source>
      <translation>积压的报修工单</translation>
    </message>
    <message>
      <source>Ticket {number} opened: {location}</source>
      <translation>已新建工单 {number}：{location}</translation>
    </message>
    <message>
      <source>Ticket {number}: {step}</source>
      <translation>工单 {number}：{step}</translation>
    </message>
  </context>
  <context>
    <name>ReportOptions</name>
    <message>
      <source>The month to report; the latest is the current one</source>
      <translation>报告的月份；最晚可选当月</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>PDF 文档</translation>
    </message>
    <message>
      <source>Excel workbook</source>
      <translation>Excel 工作簿</translation>
    </message>
    <message>
      <source>&amp;Month:</source>
      <translation>月份(&amp;M)：</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>语言(&amp;L)：</translation>
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
      <translation>您的角色可以查看报表，但不能生成报表。</translation>
    </message>
    <message>
      <source>Monthly operations report</source>
      <translation>月度运营报告</translation>
    </message>
    <message>
      <source>The month's service targets, gate traffic, repairs and open tickets, with the signature block (PDF). The workbook adds the gate by day and the month's gate journal and repair tickets, without names or phones.</source>
      <translation>当月的服务目标、门岗出入、报修及未完成工单，附签字栏（PDF）。工作簿另含门岗每日统计及当月的门岗日志和报修工单，不含姓名和电话。</translation>
    </message>
    <message>
      <source>Pre&amp;view…</source>
      <translation>预览(&amp;V)…</translation>
    </message>
    <message>
      <source>Show the PDF's pages before printing</source>
      <translation>打印前查看 PDF 的各页</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <source>Print the PDF on a printer you choose</source>
      <translation>在所选打印机上打印 PDF</translation>
    </message>
    <message>
      <source>&amp;Save as…</source>
      <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
      <source>Save the PDF or the workbook in a file</source>
      <translation>将 PDF 或工作簿保存为文件</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>取消(&amp;C)</translation>
    </message>
    <message>
      <source>Monthly workbook {month}</source>
      <translation>月度工作簿 {month}</translation>
    </message>
    <message>
      <source>Monthly report {month}</source>
      <translation>月度报告 {month}</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Save the monthly report</source>
      <translation>保存月度报告</translation>
    </message>
    <message>
      <source>Making the report for {month}…</source>
      <translation>正在生成 {month} 的报告…</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>已保存：{path}</translation>
    </message>
    <message>
      <source>Choose a printer…</source>
      <translation>请选择打印机…</translation>
    </message>
    <message>
      <source>Printing cancelled.</source>
      <translation>已取消打印。</translation>
    </message>
    <message>
      <source>The printer could not be started; nothing was printed.</source>
      <translation>无法启动打印机，未打印任何内容。</translation>
    </message>
    <message>
      <source>Sent {n} pages to the printer.</source>
      <translation>已将 {n} 页发送到打印机。</translation>
    </message>
    <message>
      <source>Cancelled; nothing was written.</source>
      <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
      <source>The report could not be made.</source>
      <translation>无法生成报告。</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>New password for {name} ({username}). Tell it to them in person.</source>
      <translation>为 {name}（{username}）设置新密码。请当面告知本人。</translation>
    </message>
    <message>
      <source>Reset password</source>
      <translation>重置密码</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>确认密码</translation>
    </message>
  </context>
  <context>
    <name>ResidentForm</name>
    <message>
      <source>Resident of {unit}</source>
      <translation>{unit} 的住户</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>业主</translation>
    </message>
    <message>
      <source>Tenant</source>
      <translation>租户</translation>
    </message>
    <message>
      <source>Family member</source>
      <translation>家庭成员</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>选填</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>住户类型</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Second phone</source>
      <translation>备用电话</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <source>(key missing)</source>
      <translation>（缺少密钥）</translation>
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
      <translation>筛选房号，例如 3-2-15</translation>
    </message>
    <message>
      <source>Add unit…</source>
      <translation>添加房号…</translation>
    </message>
    <message>
      <source>Add resident…</source>
      <translation>添加住户…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Moved out today</source>
      <translation>今日迁出</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Issue card…</source>
      <translation>发卡…</translation>
    </message>
    <message>
      <source>Report lost…</source>
      <translation>挂失…</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>注销…</translation>
    </message>
    <message>
      <source>Register vehicle…</source>
      <translation>登记车辆…</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住户</translation>
    </message>
    <message>
      <source>Units and residents</source>
      <translation>房号与住户</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>楼栋</translation>
    </message>
    <message>
      <source>Parking spaces</source>
      <translation>车位</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Access cards</source>
      <translation>门禁卡</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Import from Excel…</source>
      <translation>从 Excel 导入…</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>变更记录…</translation>
    </message>
    <message>
      <source>All buildings</source>
      <translation>全部楼栋</translation>
    </message>
    <message>
      <source>Building {code}</source>
      <translation>{code} 栋</translation>
    </message>
    <message>
      <source>Select a unit</source>
      <translation>请选择房号</translation>
    </message>
    <message>
      <source>, {area} m²</source>
      <translation>，{area} ㎡</translation>
    </message>
    <message>
      <source>Unit {code}</source>
      <translation>房号 {code}</translation>
    </message>
    <message>
      <source>Record that {name} moved out of {unit} today?</source>
      <translation>登记 {name} 今天从 {unit} 迁出？</translation>
    </message>
    <message>
      <source>Void resident</source>
      <translation>作废住户</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>发卡</translation>
    </message>
    <message>
      <source>Excel import</source>
      <translation>Excel 导入</translation>
    </message>
    <message>
      <source>{when}: {old} → {new} ({reason}, {user})</source>
      <translation>{when}：{old} → {new}（{reason}，{user}）</translation>
    </message>
    <message>
      <source>No changes recorded.</source>
      <translation>没有变更记录。</translation>
    </message>
    <message>
      <source>Card {number}</source>
      <translation>门禁卡 {number}</translation>
    </message>
    <message>
      <source>Report card lost</source>
      <translation>门禁卡挂失</translation>
    </message>
    <message>
      <source>Revoke card</source>
      <translation>注销门禁卡</translation>
    </message>
    <message>
      <source>Void vehicle</source>
      <translation>作废车辆</translation>
    </message>
  </context>
  <context>
    <name>ResidentsTableModel</name>
    <message>
      <source>Owner</source>
      <translation>业主</translation>
    </message>
    <message>
      <source>Tenant</source>
      <translation>租户</translation>
    </message>
    <message>
      <source>Family member</source>
      <translation>家庭成员</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>住户类型</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <source>Moved in</source>
      <translation>入住日期</translation>
    </message>
    <message>
      <source>Moved out</source>
      <translation>迁出日期</translation>
    </message>
  </context>
  <context>
    <name>ResolveForm</name>
    <message>
      <source>Finding dealt with</source>
      <translation>巡逻发现已处理</translation>
    </message>
    <message>
      <source>How it was dealt with</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <source>e.g. door locked again</source>
      <translation>例如：已重新锁门</translation>
    </message>
  </context>
  <context>
    <name>ResponseEntryDialog</name>
    <message>
      <source>Responses: {name}</source>
      <translation>录入问卷：{name}</translation>
    </message>
    <message>
      <source>Type the unit, then one digit per question ({n} questions): 5 very satisfied, 4 satisfied, 3 neutral, 2 dissatisfied, 1 very dissatisfied, 0 not answered. Enter saves and starts the next form; Esc closes.</source>
      <translation>先输入房号，再每题输入一个数字（共 {n} 题）：5 非常满意、4 满意、3 一般、2 不满意、1 非常不满意、0 未作答。按 Enter 保存并录入下一份；按 Esc 关闭。</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>评价</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意见</translation>
    </message>
    <message>
      <source>Comment about</source>
      <translation>意见涉及</translation>
    </message>
    <message>
      <source>nobody registered</source>
      <translation>无登记住户</translation>
    </message>
    <message>
      <source>already answered on {day}</source>
      <translation>已于 {day} 提交</translation>
    </message>
    <message>
      <source>{typed} of {n} typed</source>
      <translation>已输入 {typed} / {n}</translation>
    </message>
    <message>
      <source>only 0–5</source>
      <translation>只能输入 0–5</translation>
    </message>
    <message>
      <source>Unit {unit} has already answered this round. Does this form replace its earlier response?</source>
      <translation>房号 {unit} 已提交过本次问卷。是否用这份问卷替换原问卷？</translation>
    </message>
    <message>
      <source>Saved {unit} ({n} this session).</source>
      <translation>已保存 {unit}（本次共 {n} 份）。</translation>
    </message>
  </context>
  <context>
    <name>ResponseModel</name>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>评价</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已作答</translation>
    </message>
    <message>
      <source>Comment about</source>
      <translation>意见涉及</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意见</translation>
    </message>
    <message>
      <source>Entered</source>
      <translation>录入时间</translation>
    </message>
    <message>
      <source>Entered by</source>
      <translation>录入人</translation>
    </message>
    <message>
      <source>Void reason</source>
      <translation>作废原因</translation>
    </message>
  </context>
  <context>
    <name>RestoreOfferDialog</name>
    <message>
      <source>The database is damaged</source>
      <translation>数据库已损坏</translation>
    </message>
    <message>
      <source>Restoring copies this backup in as the database; then propdesk starts as usual and asks you to log in. What was saved after the backup was made is not in it.</source>
      <translation>恢复时会把此备份复制为数据库，然后 propdesk 照常启动并要求登录。备份之后保存的内容不在其中。</translation>
    </message>
    <message>
      <source>This file holds no estate: restoring it starts with an empty office.</source>
      <translation>此文件中没有设置小区：恢复后服务中心将从空白数据开始。</translation>
    </message>
    <message>
      <source>Restore this backup and start</source>
      <translation>恢复此备份并启动</translation>
    </message>
    <message>
      <source>Choose another backup file…</source>
      <translation>选择其他备份文件…</translation>
    </message>
    <message>
      <source>Start a new empty database…</source>
      <translation>新建空数据库…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Looking for the newest backup of this office in {folder}…</source>
      <translation>正在 {folder} 中查找本服务中心最新的备份…</translation>
    </message>
    <message>
      <source>Restoring {name}: its copy is checked in full, then the database is opened (for a large office this takes a few minutes)…</source>
      <translation>正在恢复 {name}：先完整检查其副本，再打开数据库（数据量大的服务中心需要几分钟）…</translation>
    </message>
    <message>
      <source>The database file could not be read: it is damaged or is not a propdesk database. It was moved aside and kept; nothing was deleted:
{path}</source>
      <translation>无法读取数据库文件：文件已损坏或不是 propdesk 数据库。该文件已移到别处保留，没有删除任何内容：
{path}</translation>
    </message>
    <message>
      <source>The database file could not be read: it is damaged or is not a propdesk database. Nothing was deleted; before a backup replaces it, a copy of it is kept in the backup folder:
{path}</source>
      <translation>无法读取数据库文件：文件已损坏或不是 propdesk 数据库。没有删除任何内容；用备份替换它之前，会先在备份文件夹中保留一份副本：
{path}</translation>
    </message>
    <message>
      <source>No backup holding this office's data was found in the backup folder:
{folder}

What to do: copy a backup file of this office (a .db file, for example from a USB stick or another computer) into that folder and choose it with “Choose another backup file…”. Start a new empty database only when this office has no backup anywhere: its residents, gate records, repair tickets and patrol rounds would start from nothing.</source>
      <translation>备份文件夹中没有找到本服务中心数据的备份：
{folder}

处理方法：将本服务中心的备份文件（.db 文件，例如从 U 盘或其他电脑上）复制到该文件夹，然后通过“选择其他备份文件…”选择它。只有在本服务中心任何地方都没有备份时，才新建空数据库：住户、门岗记录、报修工单和巡逻记录都将从零开始。</translation>
    </message>
    <message>
      <source>The newest good backup</source>
      <translation>最新的完好备份</translation>
    </message>
    <message>
      <source>The chosen backup</source>
      <translation>所选备份</translation>
    </message>
    <message>
      <source>Choose a backup to restore</source>
      <translation>选择要恢复的备份</translation>
    </message>
    <message>
      <source>propdesk backups (*.db);;All files (*)</source>
      <translation>propdesk 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>正在校验 {name}…</translation>
    </message>
    <message>
      <source>Start with a new, empty database?

None of this office's records are in it: residents, gate records, repair tickets and patrol rounds start from nothing. The damaged file stays where it was kept. Do this only when this office has no backup anywhere.</source>
      <translation>要使用一个新的空数据库开始吗？

其中没有本服务中心的任何记录：住户、门岗记录、报修工单和巡逻记录都将从零开始。损坏的文件仍保留在原保存位置。只有在本服务中心任何地方都没有备份时才这样做。</translation>
    </message>
    <message>
      <source>Start a new empty database</source>
      <translation>新建空数据库</translation>
    </message>
    <message>
      <source>Making a new, empty database…</source>
      <translation>正在新建空数据库…</translation>
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
      <translation>管理员</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>经理</translation>
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
      <translation>维修工</translation>
    </message>
    <message>
      <source>Owners' committee</source>
      <translation>业委会</translation>
    </message>
  </context>
  <context>
    <name>RoundCheckpointsModel</name>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>异常标记</translation>
    </message>
  </context>
  <context>
    <name>RoundDetailDialog</name>
    <message>
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡逻人员</translation>
    </message>
    <message>
      <source>Walked</source>
      <translation>巡逻时间</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>时段</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>记录方式</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>异常标记</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>漏打点</translation>
    </message>
    <message>
      <source>Abandoned because</source>
      <translation>中止原因</translation>
    </message>
    <message>
      <source>Void because</source>
      <translation>作废原因</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>巡逻发现</translation>
    </message>
    <message>
      <source>Void round…</source>
      <translation>作废巡逻单…</translation>
    </message>
    <message>
      <source>Patrol round {number}</source>
      <translation>巡逻单 {number}</translation>
    </message>
    <message>
      <source>{number} — {state}</source>
      <translation>{number} — {state}</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>尚未结束</translation>
    </message>
    <message>
      <source>{time}, {verdict}</source>
      <translation>{time}，{verdict}</translation>
    </message>
    <message>
      <source>{start} – {end} · {visited} of {total} checkpoints reached</source>
      <translation>{start} – {end} · 已到 {visited}/{total} 个巡逻点</translation>
    </message>
    <message>
      <source>{source}, by {user}</source>
      <translation>{source}，操作人：{user}</translation>
    </message>
    <message>
      <source>Void round {number}</source>
      <translation>作废巡逻单 {number}</translation>
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
      <translation>发现编号</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>发现情况</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>现场处理</translation>
    </message>
    <message>
      <source>Told</source>
      <translation>已告知</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>报修工单</translation>
    </message>
    <message>
      <source>Dealt with</source>
      <translation>处理情况</translation>
    </message>
    <message>
      <source>{who} at {time}</source>
      <translation>{who}（{time}）</translation>
    </message>
    <message>
      <source>void</source>
      <translation>已作废</translation>
    </message>
    <message>
      <source>ticket closed</source>
      <translation>工单已关闭</translation>
    </message>
    <message>
      <source>open</source>
      <translation>未处理</translation>
    </message>
  </context>
  <context>
    <name>RoundForm</name>
    <message>
      <source>New survey round</source>
      <translation>新建满意度调查</translation>
    </message>
    <message>
      <source>The round keeps its own copy of these questions: changing them for a later round leaves this one as it is.</source>
      <translation>本次调查保存这些题目的副本：以后调查修改题目，不影响本次调查。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>{year} residents' satisfaction survey</source>
      <translation>{year}年业主满意度调查</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>Default questions</source>
      <translation>默认题目</translation>
    </message>
  </context>
  <context>
    <name>RoundModel</name>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>调查</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Forms</source>
      <translation>回收问卷</translation>
    </message>
    <message>
      <source>Response rate</source>
      <translation>回收率</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意率</translation>
    </message>
  </context>
  <context>
    <name>RoundPanel</name>
    <message>
      <source>Start a round</source>
      <translation>开始巡逻</translation>
    </message>
    <message>
      <source>&amp;Route</source>
      <translation>路线(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Guard</source>
      <translation>保安(&amp;G)</translation>
    </message>
    <message>
      <source>Start round ({key})</source>
      <translation>开始巡逻 ({key})</translation>
    </message>
    <message>
      <source>Me ({name})</source>
      <translation>本人（{name}）</translation>
    </message>
    <message>
      <source>Round under way</source>
      <translation>进行中的巡逻</translation>
    </message>
    <message>
      <source>Scan the checkpoint's label, or type its code</source>
      <translation>扫描巡逻点标签，或输入巡逻点编码</translation>
    </message>
    <message>
      <source>Checkpoint code</source>
      <translation>巡逻点编码</translation>
    </message>
    <message>
      <source>Tick by hand ({key})</source>
      <translation>手动打卡 ({key})</translation>
    </message>
    <message>
      <source>For a checkpoint whose label cannot be read</source>
      <translation>用于标签无法读取的巡逻点</translation>
    </message>
    <message>
      <source>Issue… ({key})</source>
      <translation>记录问题… ({key})</translation>
    </message>
    <message>
      <source>Finish round ({key})</source>
      <translation>结束巡逻 ({key})</translation>
    </message>
    <message>
      <source>Abandon… ({key})</source>
      <translation>中止… ({key})</translation>
    </message>
    <message>
      <source>Continue this round</source>
      <translation>继续此巡逻</translation>
    </message>
    <message>
      <source>Open rounds</source>
      <translation>未完成的巡逻</translation>
    </message>
    <message>
      <source>No round under way here: start one ({key}), or continue an open round below. A scanned code also finds its open round.</source>
      <translation>此处没有进行中的巡逻：请开始巡逻（{key}），或在下方继续未完成的巡逻。扫描巡逻点编码也可找到对应的未完成巡逻。</translation>
    </message>
    <message>
      <source>{time} slot, {verdict}</source>
      <translation>{time} 时段，{verdict}</translation>
    </message>
    <message>
      <source>{number} · {route} · {guard} · started {time} · {slot}</source>
      <translation>{number} · {route} · {guard} · {time} 开始 · {slot}</translation>
    </message>
    <message>
      <source>{visited} of {total} reached</source>
      <translation>已巡 {visited}/{total} 个点</translation>
    </message>
    <message>
      <source>Select a checkpoint to see what to check there.</source>
      <translation>选择巡逻点，可查看该处的检查项目。</translation>
    </message>
    <message>
      <source>Nothing listed to check at {name}.</source>
      <translation>{name} 没有列出检查项目。</translation>
    </message>
    <message>
      <source>To check at {name}:</source>
      <translation>{name} 的检查项目：</translation>
    </message>
    <message>
      <source>Round {number} of {route} started: scan the first checkpoint.</source>
      <translation>{route} 的巡逻 {number} 已开始：请扫描第一个巡逻点。</translation>
    </message>
    <message>
      <source>✓ {position}. {name} at {time} — {visited} of {total}</source>
      <translation>✓ {position}. {name} {time} — 已巡 {visited}/{total}</translation>
    </message>
    <message>
      <source>Issue {number} recorded at {name}.</source>
      <translation>已在 {name} 记录问题 {number}。</translation>
    </message>
    <message>
      <source>Repair ticket {ticket} opened.</source>
      <translation>已创建报修工单 {ticket}。</translation>
    </message>
    <message>
      <source>Round {number} finished: {visited} of {total} reached, {verdict}.</source>
      <translation>巡逻 {number} 已结束：已巡 {visited}/{total} 个点，{verdict}。</translation>
    </message>
    <message>
      <source>Round {number} abandoned.</source>
      <translation>巡逻 {number} 已中止。</translation>
    </message>
    <message>
      <source>Abandon round {number}</source>
      <translation>中止巡逻 {number}</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Continuing round {number}: scan the next checkpoint.</source>
      <translation>继续巡逻 {number}：请扫描下一个巡逻点。</translation>
    </message>
  </context>
  <context>
    <name>RoundRowsModel</name>
    <message>
      <source>Round</source>
      <translation>巡逻单号</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡逻人员</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>时段</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>考核结果</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>已到点</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>标记</translation>
    </message>
  </context>
  <context>
    <name>RoundsListDialog</name>
    <message>
      <source>Enter or double-click: the round's detail.</source>
      <translation>Enter 或双击：查看该次巡逻详情。</translation>
    </message>
    <message>
      <source>No rounds.</source>
      <translation>没有巡逻。</translation>
    </message>
    <message>
      <source>{n} rounds, oldest first.</source>
      <translation>共 {n} 次巡逻，按时间先后排列。</translation>
    </message>
    <message>
      <source>{n} of them abandoned (they count nowhere).</source>
      <translation>其中 {n} 次已中止（不计入任何统计）。</translation>
    </message>
    <message>
      <source>More rounds match: only the first {limit} are listed.</source>
      <translation>符合条件的巡逻更多：仅列出前 {limit} 次。</translation>
    </message>
  </context>
  <context>
    <name>RouteForm</name>
    <message>
      <source>New patrol route</source>
      <translation>新建巡逻路线</translation>
    </message>
    <message>
      <source>Rename patrol route</source>
      <translation>重命名巡逻路线</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>e.g. East night round</source>
      <translation>例如：东区夜巡</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>选填</translation>
    </message>
  </context>
  <context>
    <name>RouteTableModel</name>
    <message>
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
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
      <translation>巡逻路线与巡逻点</translation>
    </message>
    <message>
      <source>Routes</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>Insert: add · Enter or F2: edit · Delete: void · Ctrl+Up / Ctrl+Down: move a checkpoint along its route</source>
      <translation>Insert：添加 · Enter 或 F2：编辑 · Delete：作废 · Ctrl+Up / Ctrl+Down：在路线中上移／下移巡逻点</translation>
    </message>
    <message>
      <source>Your role may view the routes but not change them.</source>
      <translation>您的角色只能查看路线，不能修改。</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <source>Insert</source>
      <translation>Insert</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <source>F2</source>
      <translation>F2</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
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
      <translation>打印本路线的标签…</translation>
    </message>
    <message>
      <source>Print labels of the selected…</source>
      <translation>打印所选巡逻点的标签…</translation>
    </message>
    <message>
      <source>Checkpoints of {route}</source>
      <translation>{route} 的巡逻点</translation>
    </message>
    <message>
      <source>Void route {name}</source>
      <translation>作废路线 {name}</translation>
    </message>
    <message>
      <source>Void checkpoint {code} {name}</source>
      <translation>作废巡逻点 {code} {name}</translation>
    </message>
  </context>
  <context>
    <name>ScheduleDialog</name>
    <message>
      <source>Patrol schedule</source>
      <translation>巡逻排班</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>A round started later than this after its slot is late.</source>
      <translation>时段开始后超过此时间才开始巡逻，算迟到。</translation>
    </message>
    <message>
      <source>No round started within this after its slot: the slot was missed.</source>
      <translation>时段开始后在此时间内未开始巡逻，该时段算漏巡。</translation>
    </message>
    <message>
      <source>Two checkpoints reached quicker than this are flagged as too fast.</source>
      <translation>两个巡逻点之间用时少于此时间，标记为过快。</translation>
    </message>
    <message>
      <source>Patrol windows</source>
      <translation>巡逻时段</translation>
    </message>
    <message>
      <source>Late after</source>
      <translation>超过即迟到</translation>
    </message>
    <message>
      <source>Missed after</source>
      <translation>超过即漏巡</translation>
    </message>
    <message>
      <source>Minimum walk</source>
      <translation>最短步行时间</translation>
    </message>
    <message>
      <source>Applies from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Add window</source>
      <translation>添加时段</translation>
    </message>
    <message>
      <source>Remove window</source>
      <translation>删除时段</translation>
    </message>
    <message>
      <source>In force today: {schedule}</source>
      <translation>今日执行：{schedule}</translation>
    </message>
    <message>
      <source>No change is planned.</source>
      <translation>暂无计划中的变更。</translation>
    </message>
  </context>
  <context>
    <name>SessionDetailPanel</name>
    <message>
      <source>Held:</source>
      <translation>时间：</translation>
    </message>
    <message>
      <source>Topic:</source>
      <translation>类别：</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>地点：</translation>
    </message>
    <message>
      <source>Organiser:</source>
      <translation>组织人：</translation>
    </message>
    <message>
      <source>Taking part:</source>
      <translation>参加人员：</translation>
    </message>
    <message>
      <source>Recorded by:</source>
      <translation>登记人：</translation>
    </message>
    <message>
      <source>Print record…</source>
      <translation>打印记录…</translation>
    </message>
    <message>
      <source>Sign-in sheet…</source>
      <translation>签到表…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Add photo…</source>
      <translation>添加照片…</translation>
    </message>
    <message>
      <source>A photo of the session or of its signed sign-in sheet</source>
      <translation>现场照片或已签名的签到表照片</translation>
    </message>
    <message>
      <source>Attach a photo to {number}</source>
      <translation>为 {number} 添加照片</translation>
    </message>
    <message>
      <source>No photos of this session.</source>
      <translation>本场没有照片。</translation>
    </message>
    <message>
      <source>Choose a session in the list.</source>
      <translation>请在列表中选择一场演练或培训。</translation>
    </message>
    <message>
      <source>(voided: {reason})</source>
      <translation>（已作废：{reason}）</translation>
    </message>
    <message>
      <source>{staff} staff, {residents} residents</source>
      <translation>员工 {staff} 人，住户 {residents} 人</translation>
    </message>
    <message>
      <source>What was practised</source>
      <translation>演练/培训内容</translation>
    </message>
    <message>
      <source>Problems found</source>
      <translation>发现的问题</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>整改措施</translation>
    </message>
    <message>
      <source>Void session {number}</source>
      <translation>作废 {number}</translation>
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
      <translation>新增演练或培训</translation>
    </message>
    <message>
      <source>Topic:</source>
      <translation>类别：</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>主题：</translation>
    </message>
    <message>
      <source>Held:</source>
      <translation>时间：</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>Duration:</source>
      <translation>时长：</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>地点：</translation>
    </message>
    <message>
      <source>Organiser:</source>
      <translation>组织人：</translation>
    </message>
    <message>
      <source>Residents taking part:</source>
      <translation>住户参加人数：</translation>
    </message>
    <message>
      <source>Sign-in sheet…</source>
      <translation>签到表…</translation>
    </message>
    <message>
      <source>Space ticks the staff member chosen</source>
      <translation>按空格键勾选所选员工</translation>
    </message>
    <message>
      <source>Staff taking part:</source>
      <translation>参加员工：</translation>
    </message>
    <message>
      <source>What was practised:</source>
      <translation>演练/培训内容：</translation>
    </message>
    <message>
      <source>Problems found:</source>
      <translation>发现的问题：</translation>
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
      <translation>演练和培训</translation>
    </message>
    <message>
      <source>Any topic</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Number, title or organiser; Enter searches</source>
      <translation>编号、主题或组织人；回车搜索</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Sessions {first}–{last}</source>
      <translation>第 {first}–{last} 场</translation>
    </message>
    <message>
      <source>No sessions</source>
      <translation>没有记录</translation>
    </message>
  </context>
  <context>
    <name>SessionModel</name>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>组织人</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>员工人数</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>住户人数</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>时长（分钟）</translation>
    </message>
  </context>
  <context>
    <name>SetActiveDialog</name>
    <message>
      <source>Enable {name} ({username}) so they can log in again.</source>
      <translation>启用 {name}（{username}），使其可以再次登录。</translation>
    </message>
    <message>
      <source>Disable {name} ({username}): they can no longer log in. The account and everything it did stay on record.</source>
      <translation>停用 {name}（{username}）：此人将无法再登录。账号及其所有操作记录都会保留。</translation>
    </message>
    <message>
      <source>Enable user</source>
      <translation>启用用户</translation>
    </message>
    <message>
      <source>Disable user</source>
      <translation>停用用户</translation>
    </message>
    <message>
      <source>e.g. left the company</source>
      <translation>例如：已离职</translation>
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
      <translation>签字人</translation>
    </message>
  </context>
  <context>
    <name>SlipPreviewDialog</name>
    <message>
      <source>Print preview: {title}</source>
      <translation>打印预览：{title}</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <source>Save the slip as a PDF file</source>
      <translation>将单据保存为 PDF 文件</translation>
    </message>
  </context>
  <context>
    <name>SlipPrinting</name>
    <message>
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>已保存：{path}</translation>
    </message>
  </context>
  <context>
    <name>StaffForm</name>
    <message>
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>e.g. 保安队长</source>
      <translation>例如：保安队长</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
  </context>
  <context>
    <name>StaffTab</name>
    <message>
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>All departments</source>
      <translation>全部部门</translation>
    </message>
    <message>
      <source>Void staff member</source>
      <translation>作废员工</translation>
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
      <translation>部门</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
  </context>
  <context>
    <name>StandardDialog</name>
    <message>
      <source>Standard: {department}</source>
      <translation>考核标准：{department}</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>名称(&amp;N)</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>考核项目</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>&amp;Items</source>
      <translation>考核项目(&amp;I)</translation>
    </message>
    <message>
      <source>Add item</source>
      <translation>添加项目</translation>
    </message>
    <message>
      <source>Remove item</source>
      <translation>删除项目</translation>
    </message>
    <message>
      <source>Full score: {total} points</source>
      <translation>满分：{total} 分</translation>
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
    <message>
      <source>Storage</source>
      <translation>数据存放</translation>
    </message>
    <message>
      <source>Where this station keeps its data:</source>
      <translation>本工作站的数据存放在：</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <source>This PC only</source>
      <translation>仅本机</translation>
    </message>
    <message>
      <source>One file on this PC. For an office with one PC.</source>
      <translation>数据存于本机的一个文件中。适合只有一台电脑的服务中心。</translation>
    </message>
    <message>
      <source>On the office server (needs the network)</source>
      <translation>在办公室服务器上（需要网络）</translation>
    </message>
    <message>
      <source>Works on the shared server directly; without the network it cannot save.</source>
      <translation>直接在共用服务器上工作；断网时无法保存。</translation>
    </message>
    <message>
      <source>Its own copy, synced with the office server (keeps working when the network is down)</source>
      <translation>本机副本，与办公室服务器同步（断网时照常工作）</translation>
    </message>
    <message>
      <source>Saves here and sends to the server within seconds; what waits goes up when the network is back. For the gatehouse.</source>
      <translation>先保存在本机，几秒内发送到服务器；断网期间待发送的记录在网络恢复后自动上传。适合岗亭。</translation>
    </message>
    <message>
      <source>PROPDESK_DATABASE_URL chooses this station's database; change or remove it there to choose here.</source>
      <translation>本工作站的数据库由环境变量 PROPDESK_DATABASE_URL 指定；请先在那里修改或删除它，才能在此选择。</translation>
    </message>
    <message>
      <source>Only an administrator can change where this station keeps its data.</source>
      <translation>只有管理员可以更改本工作站的数据存放位置。</translation>
    </message>
    <message>
      <source>Connecting to {server}…</source>
      <translation>正在连接 {server}…</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, an empty database (propdesk sets it up)</source>
      <translation>已连接：PostgreSQL {version}，空数据库（propdesk 将自动建立）</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, propdesk schema {schema}, 1 station syncing</source>
      <translation>已连接：PostgreSQL {version}，propdesk 数据结构 {schema}，1 个工作站在同步</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, propdesk schema {schema}, no station syncing yet</source>
      <translation>已连接：PostgreSQL {version}，propdesk 数据结构 {schema}，尚无工作站同步</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, propdesk schema {schema}, {n} stations syncing</source>
      <translation>已连接：PostgreSQL {version}，propdesk 数据结构 {schema}，{n} 个工作站在同步</translation>
    </message>
    <message>
      <source>This station now keeps its data on this PC only.</source>
      <translation>本工作站现在只把数据存放在本机。</translation>
    </message>
    <message>
      <source>Join the server {server}? This station's data is replaced by a copy of the server's; the file it works on now is kept in the backup folder. Joining takes up to a minute.</source>
      <translation>加入服务器 {server}？本工作站的数据将被服务器数据的副本替换；当前使用的文件会保存在备份文件夹中。加入最多需要一分钟。</translation>
    </message>
    <message>
      <source>Copying the server's data…</source>
      <translation>正在复制服务器的数据…</translation>
    </message>
    <message>
      <source>This station now works on the server {server}.</source>
      <translation>本工作站现在直接使用服务器 {server}。</translation>
    </message>
    <message>
      <source>This station is station {letter}; {rows} records copied; your previous file was kept at {kept}.</source>
      <translation>本工作站编号为 {letter}；已复制 {rows} 条记录；原来的文件保存在 {kept}。</translation>
    </message>
    <message>
      <source>This station is station {letter}; {rows} records copied.</source>
      <translation>本工作站编号为 {letter}；已复制 {rows} 条记录。</translation>
    </message>
    <message>
      <source>propdesk closes now; start it again to work on the copy.</source>
      <translation>propdesk 现在关闭；请重新启动以使用本机副本。</translation>
    </message>
    <message>
      <source>propdesk closes now; start it again to use it.</source>
      <translation>propdesk 现在关闭；请重新启动后使用。</translation>
    </message>
  </context>
  <context>
    <name>StepForm</name>
    <message>
      <source>{step}: ticket {number}</source>
      <translation>{step}：工单 {number}</translation>
    </message>
    <message>
      <source>Change it only for a step done earlier (paper slip).</source>
      <translation>仅在补录之前完成的步骤（纸质单据）时修改。</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
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
      <translation>秩序维护</translation>
    </message>
    <message>
      <source>Cleaning</source>
      <translation>保洁</translation>
    </message>
    <message>
      <source>Landscaping</source>
      <translation>绿化</translation>
    </message>
    <message>
      <source>Engineering and repairs</source>
      <translation>工程维修</translation>
    </message>
    <message>
      <source>Customer service</source>
      <translation>客户服务</translation>
    </message>
    <message>
      <source>General</source>
      <translation>综合</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已结束</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>已作废</translation>
    </message>
  </context>
  <context>
    <name>SurveyPrinting</name>
    <message>
      <source>Blank questionnaire: {name}</source>
      <translation>空白问卷：{name}</translation>
    </message>
    <message>
      <source>Survey results: {name}</source>
      <translation>调查结果：{name}</translation>
    </message>
  </context>
  <context>
    <name>SurveysTab</name>
    <message>
      <source>Number or name</source>
      <translation>编号或名称</translation>
    </message>
    <message>
      <source>Any year</source>
      <translation>全部年份</translation>
    </message>
    <message>
      <source>Voided too</source>
      <translation>含已作废</translation>
    </message>
    <message>
      <source>New round…</source>
      <translation>新建调查…</translation>
    </message>
    <message>
      <source>Enter responses… (F2)</source>
      <translation>录入问卷…（F2）</translation>
    </message>
    <message>
      <source>Blank questionnaire…</source>
      <translation>空白问卷…</translation>
    </message>
    <message>
      <source>Result summary…</source>
      <translation>调查结果…</translation>
    </message>
    <message>
      <source>Close round</source>
      <translation>结束调查</translation>
    </message>
    <message>
      <source>Void round…</source>
      <translation>作废调查…</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>统计</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Comments only</source>
      <translation>仅看意见</translation>
    </message>
    <message>
      <source>Any area</source>
      <translation>全部部门</translation>
    </message>
    <message>
      <source>Void response…</source>
      <translation>作废问卷…</translation>
    </message>
    <message>
      <source>Survey responses</source>
      <translation>满意度调查问卷</translation>
    </message>
    <message>
      <source>Responses</source>
      <translation>问卷</translation>
    </message>
    <message>
      <source>No survey round yet: open one with New round…</source>
      <translation>还没有满意度调查：点击“新建调查…”开始。</translation>
    </message>
    <message>
      <source>{number} {name}: {responses} forms of {occupied} occupied units (response rate {rate}); satisfaction {share} of {answers} answers.</source>
      <translation>{number} {name}：入住 {occupied} 户，回收问卷 {responses} 份（回收率 {rate}）；{answers} 项有效评价，满意率 {share}。</translation>
    </message>
    <message>
      <source>Round {number} opened.</source>
      <translation>调查 {number} 已创建。</translation>
    </message>
    <message>
      <source>Response of {unit} saved.</source>
      <translation>{unit} 的问卷已保存。</translation>
    </message>
    <message>
      <source>Round {number} closed.</source>
      <translation>调查 {number} 已结束。</translation>
    </message>
    <message>
      <source>Void round {number}</source>
      <translation>作废调查 {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Void the response of {unit}</source>
      <translation>作废 {unit} 的问卷</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <source>Connecting to the server…</source>
      <translation>正在连接服务器…</translation>
    </message>
    <message>
      <source>Sending 1 record…</source>
      <translation>正在发送 1 条记录…</translation>
    </message>
    <message>
      <source>Sending {n} records…</source>
      <translation>正在发送 {n} 条记录…</translation>
    </message>
    <message>
      <source>Synced {time}</source>
      <translation>已同步 {time}</translation>
    </message>
    <message>
      <source>Offline since {time}</source>
      <translation>自 {time} 起离线</translation>
    </message>
    <message>
      <source>Offline since {time}, 1 record waiting</source>
      <translation>自 {time} 起离线，1 条记录待发送</translation>
    </message>
    <message>
      <source>Offline since {time}, {n} records waiting</source>
      <translation>自 {time} 起离线，{n} 条记录待发送</translation>
    </message>
    <message>
      <source>1 conflict</source>
      <translation>1 个冲突</translation>
    </message>
    <message>
      <source>{n} conflicts</source>
      <translation>{n} 个冲突</translation>
    </message>
    <message>
      <source>1 record refused by the server</source>
      <translation>1 条记录被服务器拒收</translation>
    </message>
    <message>
      <source>{n} records refused by the server</source>
      <translation>{n} 条记录被服务器拒收</translation>
    </message>
    <message>
      <source>Server: {server}</source>
      <translation>服务器：{server}</translation>
    </message>
    <message>
      <source>This station's letter: {letter}</source>
      <translation>本工作站编号：{letter}</translation>
    </message>
    <message>
      <source>Last synced: {time}</source>
      <translation>上次同步：{time}</translation>
    </message>
    <message>
      <source>Last error: {error}</source>
      <translation>上次错误：{error}</translation>
    </message>
    <message>
      <source>Click to open the conflicts list.</source>
      <translation>点击打开冲突列表。</translation>
    </message>
    <message>
      <source>Sync status unknown</source>
      <translation>同步状态未知</translation>
    </message>
  </context>
  <context>
    <name>SyncTableNames</name>
    <message>
      <source>Repair ticket</source>
      <translation>报修单</translation>
    </message>
    <message>
      <source>Repair ticket step</source>
      <translation>报修单处理步骤</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Complaint step</source>
      <translation>投诉处理步骤</translation>
    </message>
    <message>
      <source>Inquiry</source>
      <translation>咨询</translation>
    </message>
    <message>
      <source>Gate record</source>
      <translation>门岗记录</translation>
    </message>
    <message>
      <source>Item release authorisation</source>
      <translation>物品放行授权</translation>
    </message>
    <message>
      <source>Shift handover</source>
      <translation>交接班</translation>
    </message>
    <message>
      <source>Estate</source>
      <translation>小区</translation>
    </message>
    <message>
      <source>Estate setting</source>
      <translation>小区设置</translation>
    </message>
    <message>
      <source>Building</source>
      <translation>楼栋</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>住户</translation>
    </message>
    <message>
      <source>Access card</source>
      <translation>门禁卡</translation>
    </message>
    <message>
      <source>Access card status change</source>
      <translation>门禁卡状态变更</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Parking space</source>
      <translation>车位</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>User account</source>
      <translation>用户账号</translation>
    </message>
    <message>
      <source>Patrol route</source>
      <translation>巡逻路线</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>巡更点</translation>
    </message>
    <message>
      <source>Patrol round</source>
      <translation>巡逻记录</translation>
    </message>
    <message>
      <source>Checkpoint visit</source>
      <translation>巡更点打卡</translation>
    </message>
    <message>
      <source>Patrol finding</source>
      <translation>巡逻发现问题</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>设施设备</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查表</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>巡检</translation>
    </message>
    <message>
      <source>Rectification notice</source>
      <translation>整改通知单</translation>
    </message>
    <message>
      <source>Safety incident</source>
      <translation>安全事件</translation>
    </message>
    <message>
      <source>Incident action</source>
      <translation>事件处置措施</translation>
    </message>
    <message>
      <source>Drill or training session</source>
      <translation>演练或培训</translation>
    </message>
    <message>
      <source>Community event</source>
      <translation>社区活动</translation>
    </message>
    <message>
      <source>Satisfaction survey</source>
      <translation>满意度调查</translation>
    </message>
    <message>
      <source>Survey response</source>
      <translation>调查问卷</translation>
    </message>
    <message>
      <source>Monthly assessment</source>
      <translation>月度考核</translation>
    </message>
    <message>
      <source>Work log entry</source>
      <translation>工作日志</translation>
    </message>
    <message>
      <source>Audit trail line</source>
      <translation>审计日志条目</translation>
    </message>
  </context>
  <context>
    <name>TableExport</name>
    <message>
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>{n} rows exported to {path}</source>
      <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
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
      <translation>消防设施完好率</translation>
    </message>
    <message>
      <source>Cleaning compliance</source>
      <translation>保洁合格率</translation>
    </message>
    <message>
      <source>Greening compliance</source>
      <translation>绿化合格率</translation>
    </message>
    <message>
      <source>Owner satisfaction</source>
      <translation>业主满意率</translation>
    </message>
    <message>
      <source>Satisfaction surveys</source>
      <translation>满意度调查</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>社区活动</translation>
    </message>
    <message>
      <source>Patrols on schedule</source>
      <translation>巡逻按时完成率</translation>
    </message>
    <message>
      <source>Repairs reached in time</source>
      <translation>维修及时到场率</translation>
    </message>
    <message>
      <source>Complaints answered in time</source>
      <translation>投诉及时处理率</translation>
    </message>
  </context>
  <context>
    <name>TargetsSettingsDialog</name>
    <message>
      <source>Service targets</source>
      <translation>服务目标</translation>
    </message>
    <message>
      <source>A target is met when the month's figure reaches its value (safety incidents: stay at or below it). The plan's values are the defaults.</source>
      <translation>当月数值达到设定值即为达标（安全事故：不超过设定值）。默认值为工作计划中的数值。</translation>
    </message>
    <message>
      <source>plan: {value}</source>
      <translation>计划值：{value}</translation>
    </message>
    <message>
      <source>Restore defaults</source>
      <translation>恢复默认值</translation>
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
      <translation>新增保洁绿化任务</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>工种</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>工作内容</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>频次</translation>
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
      <translation>通常时间</translation>
    </message>
    <message>
      <source>Usually done by</source>
      <translation>通常执行人</translation>
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
      <translation>工种</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>工作内容</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>频次</translation>
    </message>
    <message>
      <source>Usual time</source>
      <translation>通常时间</translation>
    </message>
    <message>
      <source>Usually done by</source>
      <translation>通常执行人</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>启用日期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>在用</translation>
    </message>
  </context>
  <context>
    <name>TaskPanel</name>
    <message>
      <source>Show retired tasks</source>
      <translation>显示已停用的任务</translation>
    </message>
    <message>
      <source>New task… (Ctrl+N)</source>
      <translation>新增任务…（Ctrl+N）</translation>
    </message>
    <message>
      <source>Retire task</source>
      <translation>停用任务</translation>
    </message>
    <message>
      <source>Load the default tasks</source>
      <translation>载入默认任务</translation>
    </message>
    <message>
      <source>Retire “{task}” of {area}? It is planned no more from today.</source>
      <translation>停用 {area} 的“{task}”？从今天起不再列入计划。</translation>
    </message>
    <message>
      <source>{n} default tasks added.</source>
      <translation>已添加 {n} 项默认任务。</translation>
    </message>
  </context>
  <context>
    <name>TemplateChoiceDialog</name>
    <message>
      <source>New inspection</source>
      <translation>新建巡检</translation>
    </message>
    <message>
      <source>{name} · {kind} · {frequency}</source>
      <translation>{name} · {kind} · {frequency}</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查表</translation>
    </message>
  </context>
  <context>
    <name>TemplateEditDialog</name>
    <message>
      <source>Edit checklist: {name}</source>
      <translation>编辑检查表：{name}</translation>
    </message>
    <message>
      <source>New checklist</source>
      <translation>新建检查表</translation>
    </message>
    <message>
      <source>Saving makes version {next} of this checklist. Inspections already recorded keep version {current} as they were made.</source>
      <translation>保存后将生成此检查表的第 {next} 版。已登记的巡检记录仍保留当时所用的第 {current} 版。</translation>
    </message>
    <message>
      <source>The new checklist is owed from today in each of its areas.</source>
      <translation>新检查表自今天起在其各区域应检。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Inspects</source>
      <translation>检查类别</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>频次</translation>
    </message>
    <message>
      <source>One area a line</source>
      <translation>每行一个区域</translation>
    </message>
    <message>
      <source>Areas (one a line)</source>
      <translation>区域（每行一个）</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>检查项目</translation>
    </message>
  </context>
  <context>
    <name>TemplateFile</name>
    <message>
      <source>Save template</source>
      <translation>保存模板</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Template saved to {path}</source>
      <translation>模板已保存到 {path}</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsDelegate</name>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsEditModel</name>
    <message>
      <source>Item</source>
      <translation>检查项目</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
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
      <translation>设施设备</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsEditor</name>
    <message>
      <source>No items yet: Ctrl+N adds one</source>
      <translation>尚无检查项目：按 Ctrl+N 添加</translation>
    </message>
    <message>
      <source>Add item</source>
      <translation>添加项目</translation>
    </message>
    <message>
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
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
      <translation>直接输入或 F2：编辑单元格 · 空格：是否必填 · Ctrl+N：添加 · Delete：删除 · Ctrl+Up / Ctrl+Down：移动</translation>
    </message>
    <message>
      <source>No. {n}</source>
      <translation>第 {n} 项</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsModel</name>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>检查项目</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Unit and limits</source>
      <translation>单位及上下限</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>是否必填</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>设施设备</translation>
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
      <translation>读数</translation>
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
      <translation>选填</translation>
    </message>
  </context>
  <context>
    <name>TemplatePanel</name>
    <message>
      <source>Show &amp;retired templates</source>
      <translation>显示已停用的模板(&amp;R)</translation>
    </message>
    <message>
      <source>Load default templates</source>
      <translation>载入默认模板</translation>
    </message>
    <message>
      <source>New template…</source>
      <translation>新建模板…</translation>
    </message>
    <message>
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Retire…</source>
      <translation>停用…</translation>
    </message>
    <message>
      <source>No checklist templates yet: a manager loads the default ones</source>
      <translation>还没有检查表模板：请由经理载入默认模板</translation>
    </message>
    <message>
      <source>Items of {name}, version {version}</source>
      <translation>{name}（第 {version} 版）的检查项目</translation>
    </message>
    <message>
      <source>Default templates added: {n}.</source>
      <translation>已添加默认模板：{n} 个。</translation>
    </message>
    <message>
      <source>Every kind of inspection has a template already.</source>
      <translation>每类巡检都已有模板。</translation>
    </message>
    <message>
      <source>Retire the checklist “{name}”? It is no longer due or offered for new inspections; the inspections made with it stay.</source>
      <translation>停用检查表“{name}”吗？停用后不再列入待检，也不能用于新的巡检；已用它完成的巡检记录仍保留。</translation>
    </message>
  </context>
  <context>
    <name>TemplateTableModel</name>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>频次</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>项目数</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Owed from</source>
      <translation>起检日期</translation>
    </message>
  </context>
  <context>
    <name>TicketDetailPanel</name>
    <message>
      <source>Ticket</source>
      <translation>工单</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <source>Print dispatch slip…</source>
      <translation>打印派工单…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Hide the ticket: the list takes the whole height</source>
      <translation>隐藏工单详情，列表占满整个高度</translation>
    </message>
    <message>
      <source>{number} — {state}</source>
      <translation>{number} — {state}</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>用户名：{login}</translation>
    </message>
  </context>
  <context>
    <name>TicketExport</name>
    <message>
      <source>Exporting repair tickets…</source>
      <translation>正在导出报修工单…</translation>
    </message>
    <message>
      <source>Exporting repair tickets: {n} rows…</source>
      <translation>正在导出报修工单：{n} 行…</translation>
    </message>
  </context>
  <context>
    <name>TicketFilterBar</name>
    <message>
      <source>Open tickets</source>
      <translation>未完成工单</translation>
    </message>
    <message>
      <source>All tickets</source>
      <translation>全部工单</translation>
    </message>
    <message>
      <source>Any priority</source>
      <translation>全部紧急程度</translation>
    </message>
    <message>
      <source>Any category</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>My tickets ({name})</source>
      <translation>我的工单（{name}）</translation>
    </message>
    <message>
      <source>Any technician</source>
      <translation>全部维修工</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>仅超时</translation>
    </message>
    <message>
      <source>Stale only</source>
      <translation>仅久未处理</translation>
    </message>
    <message>
      <source>Ticket number, unit, name or phone</source>
      <translation>工单号、房号、姓名或电话</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>紧急程度</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>维修工</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
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
      <translation>新建报修工单</translation>
    </message>
    <message>
      <source>Unit, name or phone, then Enter</source>
      <translation>输入房号、姓名或电话后按回车</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如 3-2-1502</translation>
    </message>
    <message>
      <source>or the common area, e.g. lift of building 5</source>
      <translation>或公共区域，例如 5 栋电梯</translation>
    </message>
    <message>
      <source>Paid repair (the resident pays)</source>
      <translation>有偿维修（住户付费）</translation>
    </message>
    <message>
      <source>what is wrong, where exactly</source>
      <translation>故障情况及具体位置</translation>
    </message>
    <message>
      <source>Look up (F4)</source>
      <translation>查找住户 (F4)</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>报修人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Common area</source>
      <translation>公共区域</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>报修工单</translation>
    </message>
    <message>
      <source>{number} · {area} · failed: {item}</source>
      <translation>{number} · {area} · 不合格：{item}</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>报修类别</translation>
    </message>
    <message>
      <source>What is wrong</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>紧急程度</translation>
    </message>
    <message>
      <source>Charge</source>
      <translation>收费</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <source>Reported via</source>
      <translation>报修渠道</translation>
    </message>
    <message>
      <source>{who} (match {n} of {total}; F4 for the next)</source>
      <translation>{who}（第 {n}/{total} 个结果；按 F4 看下一个）</translation>
    </message>
  </context>
  <context>
    <name>TicketListView</name>
    <message>
      <source>Tickets {first}–{last}</source>
      <translation>工单 {first}–{last}</translation>
    </message>
    <message>
      <source>No tickets</source>
      <translation>没有工单</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>报修工单</translation>
    </message>
  </context>
  <context>
    <name>TicketTableModel</name>
    <message>
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <source>Reported at</source>
      <translation>报修时间</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>紧急程度</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>报修人</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>维修工</translation>
    </message>
    <message>
      <source>Time used</source>
      <translation>已用时</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>剩余时间</translation>
    </message>
    <message>
      <source>Overdue by</source>
      <translation>已超时</translation>
    </message>
  </context>
  <context>
    <name>TimelineTableModel</name>
    <message>
      <source>Login: {login}</source>
      <translation>用户名：{login}</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>状态变化</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
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
      <translation>房号</translation>
    </message>
    <message>
      <source>from the room number</source>
      <translation>按房号推算</translation>
    </message>
    <message>
      <source>Building</source>
      <translation>楼栋</translation>
    </message>
    <message>
      <source>Entrance</source>
      <translation>单元</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>室</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>楼层</translation>
    </message>
    <message>
      <source>Area (m²)</source>
      <translation>面积(㎡)</translation>
    </message>
  </context>
  <context>
    <name>UnitsTableModel</name>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>楼层</translation>
    </message>
    <message>
      <source>Area (m²)</source>
      <translation>面积(㎡)</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>添加用户…</translation>
    </message>
    <message>
      <source>Disable…</source>
      <translation>停用…</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>重置密码…</translation>
    </message>
    <message>
      <source>Change role…</source>
      <translation>更改角色…</translation>
    </message>
    <message>
      <source>Enable…</source>
      <translation>启用…</translation>
    </message>
  </context>
  <context>
    <name>UsersTableModel</name>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
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
      <translation>状态</translation>
    </message>
    <message>
      <source>Last login</source>
      <translation>最近登录</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从未</translation>
    </message>
  </context>
  <context>
    <name>VehicleExitDialog</name>
    <message>
      <source>Vehicle leaves</source>
      <translation>车辆出场</translation>
    </message>
    <message>
      <source>Confirm exit</source>
      <translation>确认出场</translation>
    </message>
    <message>
      <source>e.g. no new scratches</source>
      <translation>例如：无新增刮痕</translation>
    </message>
    <message>
      <source>Permit handed back</source>
      <translation>临时停车证已收回</translation>
    </message>
    <message>
      <source>Print a receipt</source>
      <translation>打印收费凭据</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>车牌</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Entered at (ask the driver)</source>
      <translation>入场时间（询问司机）</translation>
    </message>
    <message>
      <source>No entry on record: the time the driver states is recorded.</source>
      <translation>没有入场记录：将按司机所述时间登记。</translation>
    </message>
    <message>
      <source>Entered at</source>
      <translation>入场时间</translation>
    </message>
    <message>
      <source>Time inside</source>
      <translation>停放时长</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>应收费用</translation>
    </message>
    <message>
      <source>Exterior check</source>
      <translation>车况检查</translation>
    </message>
    <message>
      <source>Permit</source>
      <translation>临时停车证</translation>
    </message>
    <message>
      <source>free: resident's vehicle</source>
      <translation>免费：住户车辆</translation>
    </message>
    <message>
      <source>free: within the free minutes</source>
      <translation>免费：在免费时长内</translation>
    </message>
    <message>
      <source>free: no time inside</source>
      <translation>免费：未停放</translation>
    </message>
    <message>
      <source>daily cap applied</source>
      <translation>已按每日封顶收费</translation>
    </message>
    <message>
      <source>Registered vehicle</source>
      <translation>登记车辆</translation>
    </message>
    <message>
      <source>Visitor vehicle, permit {permit}</source>
      <translation>外来车辆，临时停车证 {permit}</translation>
    </message>
    <message>
      <source>Visitor vehicle</source>
      <translation>外来车辆</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
  </context>
  <context>
    <name>VehicleForm</name>
    <message>
      <source>Register a vehicle</source>
      <translation>登记车辆</translation>
    </message>
    <message>
      <source>e.g. 粤B12345 or 粤BD12345</source>
      <translation>例如：粤B12345 或 粤BD12345</translation>
    </message>
    <message>
      <source>brand and colour</source>
      <translation>品牌和颜色</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>车牌号</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>车主</translation>
    </message>
    <message>
      <source>Parking space</source>
      <translation>车位</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>车辆描述</translation>
    </message>
  </context>
  <context>
    <name>VehiclePanel</name>
    <message>
      <source>Vehicles</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Plate coming in, then Enter</source>
      <translation>入场车牌，然后按回车</translation>
    </message>
    <message>
      <source>Plate going out, then Enter</source>
      <translation>出场车牌，然后按回车</translation>
    </message>
    <message>
      <source>In (F3)</source>
      <translation>入场 (F3)</translation>
    </message>
    <message>
      <source>Out (F4)</source>
      <translation>出场 (F4)</translation>
    </message>
    <message>
      <source>{plate} in: visitor's vehicle for {unit} ({purpose})</source>
      <translation>{plate} 入场：外来车辆，到访 {unit}（{purpose}）</translation>
    </message>
    <message>
      <source>Hand over permit {permit}.</source>
      <translation>请发放临时停车证 {permit}。</translation>
    </message>
    <message>
      <source>{plate} in: registered to {name} ({unit})</source>
      <translation>{plate} 入场：登记车主 {name}（{unit}）</translation>
    </message>
    <message>
      <source>{plate} out: {fee} collected</source>
      <translation>{plate} 出场：收费 {fee}</translation>
    </message>
  </context>
  <context>
    <name>VehiclesInsideTableModel</name>
    <message>
      <source>registered</source>
      <translation>登记车辆</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>房号</translation>
    </message>
    <message>
      <source>Owner / purpose</source>
      <translation>车主 / 事由</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>车牌</translation>
    </message>
    <message>
      <source>Permit</source>
      <translation>临时停车证</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>进入时间</translation>
    </message>
  </context>
  <context>
    <name>VehiclesTableModel</name>
    <message>
      <source>Plate</source>
      <translation>车牌号</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>车主</translation>
    </message>
    <message>
      <source>Parking space</source>
      <translation>车位</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>车辆描述</translation>
    </message>
  </context>
  <context>
    <name>VerdictForm</name>
    <message>
      <source>The complainant is</source>
      <translation>投诉人意见</translation>
    </message>
  </context>
  <context>
    <name>VisitorCarForm</name>
    <message>
      <source>Visitor's vehicle</source>
      <translation>外来车辆登记</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>车牌</translation>
    </message>
    <message>
      <source>Unit visited</source>
      <translation>到访房号</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如 3-2-1502</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>来访事由</translation>
    </message>
  </context>
  <context>
    <name>VisitorForm</name>
    <message>
      <source>New visitor</source>
      <translation>访客登记</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>选填</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>例如：3-2-1502</translation>
    </message>
    <message>
      <source>By phone</source>
      <translation>电话确认</translation>
    </message>
    <message>
      <source>By intercom</source>
      <translation>对讲确认</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>当面确认</translation>
    </message>
    <message>
      <source>the resident who agreed</source>
      <translation>同意来访的住户</translation>
    </message>
    <message>
      <source>Visitor's name</source>
      <translation>访客姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <source>Unit visited</source>
      <translation>到访房号</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>来访事由</translation>
    </message>
    <message>
      <source>How confirmed</source>
      <translation>确认方式</translation>
    </message>
    <message>
      <source>Confirmed by</source>
      <translation>确认人</translation>
    </message>
  </context>
  <context>
    <name>VoidNoticeDialog</name>
    <message>
      <source>Void notice {number}</source>
      <translation>作废通知单 {number}</translation>
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
      <translation>该记录仍会保留并标记为作废，不计入任何统计。您的姓名、作废时间和原因将一并记录。</translation>
    </message>
  </context>
  <context>
    <name>WandCodesModel</name>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Swipes</source>
      <translation>刷卡次数</translation>
    </message>
    <message>
      <source>Wands</source>
      <translation>巡更棒</translation>
    </message>
    <message>
      <source>Mapped to</source>
      <translation>对应到</translation>
    </message>
    <message>
      <source>not mapped</source>
      <translation>未对应</translation>
    </message>
  </context>
  <context>
    <name>WandCodesPage</name>
    <message>
      <source>Map each new code to the checkpoint its tag is fixed at, or to the guard whose card it is. Mappings are kept for every later file; a code left unmapped is listed with its swipes, not made part of a round.</source>
      <translation>请将每个新编码对应到其标签所在的巡逻点，或对应到持有该人员卡的保安。对应关系会保留，用于以后的所有文件；未对应的编码会连同其刷卡记录列出，不计入巡逻。</translation>
    </message>
    <message>
      <source>Map to this checkpoint</source>
      <translation>对应到此巡逻点</translation>
    </message>
    <message>
      <source>Map to this guard</source>
      <translation>对应到此保安</translation>
    </message>
    <message>
      <source>Leave unmapped</source>
      <translation>暂不对应</translation>
    </message>
    <message>
      <source>Checkpoint (a tag)</source>
      <translation>巡逻点（标签）</translation>
    </message>
    <message>
      <source>Guard (a card)</source>
      <translation>保安（人员卡）</translation>
    </message>
  </context>
  <context>
    <name>WandColumnsPage</name>
    <message>
      <source>Wand model</source>
      <translation>巡更棒型号</translation>
    </message>
    <message>
      <source>e.g. L-9000: the columns are remembered under this name</source>
      <translation>例如 L-9000：列的设置按此名称保存</translation>
    </message>
    <message>
      <source>Device (wand number)</source>
      <translation>设备号（巡更棒编号）</translation>
    </message>
    <message>
      <source>Card or tag code</source>
      <translation>卡号或标签号</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Date (when apart from the time)</source>
      <translation>日期（与时间分列时）</translation>
    </message>
    <message>
      <source>The file's first rows:</source>
      <translation>文件的前几行：</translation>
    </message>
    <message>
      <source>Which column of {file} holds what? The choice is remembered for the wand model named below, so its next file is read without asking.</source>
      <translation>{file} 的各列分别是什么内容？所选设置将按下方的巡更棒型号保存，该型号的下一个文件将直接读取，不再询问。</translation>
    </message>
    <message>
      <source>— none: the time column holds the date —</source>
      <translation>— 无：时间列已含日期 —</translation>
    </message>
  </context>
  <context>
    <name>WandImportDialog</name>
    <message>
      <source>Import patrol wand records</source>
      <translation>导入巡更棒记录</translation>
    </message>
    <message>
      <source>Choose the wand model, then the file its software exported (CSV or Excel). The columns of a new model and each new code are asked about once; the same file imported again adds nothing.</source>
      <translation>先选择巡更棒型号，再选择其配套软件导出的文件（CSV 或 Excel）。新型号的列和每个新编码只需设置一次；同一文件再次导入不会重复添加。</translation>
    </message>
    <message>
      <source>The template's columns ({columns})</source>
      <translation>模板的列（{columns}）</translation>
    </message>
    <message>
      <source>Choose a model, or type the name of a new one</source>
      <translation>选择型号，或输入新型号的名称</translation>
    </message>
    <message>
      <source>Wand &amp;model</source>
      <translation>巡更棒型号(&amp;M)</translation>
    </message>
    <message>
      <source>Download template…</source>
      <translation>下载模板…</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <source>Change code mappings…</source>
      <translation>修改编码对应…</translation>
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
      <translation>导入</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Save and preview &gt;</source>
      <translation>保存并预览 &gt;</translation>
    </message>
    <message>
      <source>Preview &gt;</source>
      <translation>预览 &gt;</translation>
    </message>
    <message>
      <source>Choose the wand's file</source>
      <translation>选择巡更棒导出的文件</translation>
    </message>
    <message>
      <source>Wand records (*.csv *.txt *.xlsx);;All files (*)</source>
      <translation>巡更棒记录 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Rounds ({n})</source>
      <translation>巡逻 ({n})</translation>
    </message>
    <message>
      <source>Swipes listed ({n})</source>
      <translation>有问题的刷卡记录 ({n})</translation>
    </message>
    <message>
      <source>Rows not read ({n})</source>
      <translation>无法读取的行 ({n})</translation>
    </message>
    <message>
      <source>Imported from {file}: {r} rounds made; {l} swipes listed with a problem.</source>
      <translation>已从 {file} 导入：生成 {r} 次巡逻；{l} 条刷卡记录有问题，已列出。</translation>
    </message>
    <message>
      <source>{e} of the {t} rows of {file} cannot be read. Nothing will be imported until every row is right: correct the file (or choose other columns) and choose it again.</source>
      <translation>{file} 共 {t} 行，其中 {e} 行无法读取。所有行都正确之前不会导入任何内容：请修正文件（或改选其他列）后重新选择该文件。</translation>
    </message>
    <message>
      <source>{file}, {t} rows: {r} rounds will be made; {l} swipes are listed with a problem. Nothing has been written yet: press Import.</source>
      <translation>{file}，共 {t} 行：将生成 {r} 次巡逻；{l} 条刷卡记录有问题，已列出。尚未写入任何内容：请点击“导入”。</translation>
    </message>
    <message>
      <source>Already imported: {n} swipes (they add nothing).</source>
      <translation>已导入过：{n} 条刷卡记录（不会重复添加）。</translation>
    </message>
    <message>
      <source>{n} rows repeat another row of the file.</source>
      <translation>{n} 行与文件中的其他行重复。</translation>
    </message>
    <message>
      <source>{n} codes are not mapped: their swipes are kept and listed, not made rounds.</source>
      <translation>{n} 个编码未对应：其刷卡记录会保留并列出，但不生成巡逻。</translation>
    </message>
  </context>
  <context>
    <name>WandListedModel</name>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Wand</source>
      <translation>巡更棒</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
  </context>
  <context>
    <name>WandNames</name>
    <message>
      <source>Code not mapped</source>
      <translation>编码未对应</translation>
    </message>
    <message>
      <source>Checkpoint out of service</source>
      <translation>巡逻点已停用</translation>
    </message>
    <message>
      <source>Guard card, no checkpoint after it</source>
      <translation>刷了人员卡，之后没有巡逻点</translation>
    </message>
    <message>
      <source>Touched twice</source>
      <translation>重复刷卡</translation>
    </message>
    <message>
      <source>No guard card before it</source>
      <translation>之前没有刷人员卡</translation>
    </message>
    <message>
      <source>Slot already answered</source>
      <translation>该时段已有巡逻</translation>
    </message>
    <message>
      <source>Wand clock wrong (future or too old)</source>
      <translation>巡更棒时钟有误（时间在未来或过早）</translation>
    </message>
    <message>
      <source>Slot already answered by round {number}</source>
      <translation>该时段已有巡逻 {number}</translation>
    </message>
    <message>
      <source>Slot already answered by another round of this file</source>
      <translation>该时段已有本文件中的另一次巡逻</translation>
    </message>
  </context>
  <context>
    <name>WandRoundsModel</name>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Wand</source>
      <translation>巡更棒</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>巡逻人员</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>时段</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>巡逻点</translation>
    </message>
    <message>
      <source>{name} (no guard card)</source>
      <translation>{name}（未刷人员卡）</translation>
    </message>
    <message>
      <source>({n} touched twice)</source>
      <translation>（重复刷卡 {n} 次）</translation>
    </message>
  </context>
  <context>
    <name>WandRowErrorsModel</name>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
  </context>
  <context>
    <name>WandSampleModel</name>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
  </context>
  <context>
    <name>WeekModel</name>
    <message>
      <source>Trade</source>
      <translation>工种</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>工作内容</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>频次</translation>
    </message>
  </context>
  <context>
    <name>WeekPanel</name>
    <message>
      <source>◀ Previous week</source>
      <translation>◀ 上一周</translation>
    </message>
    <message>
      <source>Next week ▶</source>
      <translation>下一周 ▶</translation>
    </message>
    <message>
      <source>Both trades</source>
      <translation>保洁与绿化</translation>
    </message>
    <message>
      <source>Print week sheet…</source>
      <translation>打印周工作表…</translation>
    </message>
    <message>
      <source>Week of</source>
      <translation>所在周</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>工种</translation>
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
      <translation> 分钟</translation>
    </message>
  </context>
  <context>
    <name>WindowsTableModel</name>
    <message>
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>End</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Every (min)</source>
      <translation>间隔（分钟）</translation>
    </message>
  </context>
  <context>
    <name>WorkloadTableModel</name>
    <message>
      <source>Technician</source>
      <translation>维修工</translation>
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
      <translation>超时</translation>
    </message>
    <message>
      <source>Stale</source>
      <translation>久未处理</translation>
    </message>
  </context>
  <context>
    <name>WorklogNames</name>
    <message>
      <source>Cleaning</source>
      <translation>保洁</translation>
    </message>
    <message>
      <source>Greening</source>
      <translation>绿化</translation>
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
      <translation>缺记录</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>待做</translation>
    </message>
    <message>
      <source>Extra</source>
      <translation>计划外</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>每天</translation>
    </message>
    <message>
      <source>On weekdays</source>
      <translation>每周指定几天</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>每周一次</translation>
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
      <translation>每周一次：{days}</translation>
    </message>
  </context>
  <context>
    <name>WorklogPrinting</name>
    <message>
      <source>Week's work sheet from {monday}</source>
      <translation>周工作表（{monday} 起）</translation>
    </message>
  </context>
  <context>
    <name>WorklogsTab</name>
    <message>
      <source>Entries</source>
      <translation>日志记录</translation>
    </message>
    <message>
      <source>Week plan</source>
      <translation>周计划</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>任务</translation>
    </message>
    <message>
      <source>Log an area… (F2)</source>
      <translation>整区录入…（F2）</translation>
    </message>
    <message>
      <source>Work logs</source>
      <translation>保洁绿化日志</translation>
    </message>
    <message>
      <source>Void entry…</source>
      <translation>作废记录…</translation>
    </message>
    <message>
      <source>No tasks yet: add them on the Tasks page.</source>
      <translation>尚无任务：请在“任务”页添加。</translation>
    </message>
    <message>
      <source>{n} entries saved.</source>
      <translation>已保存 {n} 条记录。</translation>
    </message>
    <message>
      <source>Void {task} of {area} on {day}</source>
      <translation>作废 {day} {area} 的“{task}”</translation>
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
      <source>The database server cannot be reached. Nothing was saved; check this station's network cable and that the server is on, then try again.</source>
      <translation>无法连接数据库服务器。未保存任何内容；请检查本工作站的网线以及服务器是否已开机，然后重试。</translation>
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
      <source>The data folder {folder} cannot be written to ({reason}). Choose another folder with --data-dir or fix its permissions.</source>
      <translation>数据文件夹 {folder} 无法写入（{reason}）。请用 --data-dir 选择其他文件夹，或修正其权限。</translation>
    </message>
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
      <source>The address can have at most 200 characters.</source>
      <translation>地址最多 200 个字符。</translation>
    </message>
    <message>
      <source>The hotline is a phone number, e.g. 0755-12345678.</source>
      <translation>服务热线应为电话号码，例如 0755-12345678。</translation>
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
    <message>
      <source>Enter 0 (never) or a number of minutes from 1 to {limit}.</source>
      <translation>请输入 0（不锁定）或 1 到 {limit} 之间的分钟数。</translation>
    </message>
    <message>
      <source>Give the admin password in PROPDESK_ADMIN_PASSWORD or type it.</source>
      <translation>请通过 PROPDESK_ADMIN_PASSWORD 提供管理员密码，或直接输入。</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <source>{text} is not a valid number (e.g. WX202611-0001).</source>
      <translation>{text} 不是有效的编号（例如 WX202611-0001）。</translation>
    </message>
    <message>
      <source>Not a valid ID card number (18 characters, the last a digit or X, with a matching check digit).</source>
      <translation>身份证号码无效（应为 18 位，最后一位为数字或 X，且校验位正确）。</translation>
    </message>
    <message>
      <source>Not a valid phone number (a mobile has 11 digits starting with 1).</source>
      <translation>电话号码无效（手机号为以 1 开头的 11 位数字）。</translation>
    </message>
    <message>
      <source>This text contains a character that cannot be stored; retype it.</source>
      <translation>此文本包含无法保存的字符，请重新输入。</translation>
    </message>
    <message>
      <source>A plate has 7 characters (8 for new-energy vehicles).</source>
      <translation>车牌应为 7 位（新能源车为 8 位）。</translation>
    </message>
    <message>
      <source>Enter the plate number.</source>
      <translation>请输入车牌号。</translation>
    </message>
    <message>
      <source>{plate}: a plate starts with a province character such as 粤 or 京.</source>
      <translation>{plate}：车牌应以省份简称开头，例如 粤 或 京。</translation>
    </message>
    <message>
      <source>{plate}: a plate has 7 characters (8 for new-energy vehicles), not {n}.</source>
      <translation>{plate}：车牌应为 7 位（新能源车为 8 位），而不是 {n} 位。</translation>
    </message>
    <message>
      <source>{plate}: plates never use the letters I or O (use 1 or 0).</source>
      <translation>{plate}：车牌不使用字母 I 或 O（请用 1 或 0）。</translation>
    </message>
    <message>
      <source>{plate}: a new-energy plate has D or F after the city letter (粤BD12345) or at the end (粤B12345D).</source>
      <translation>{plate}：新能源车牌的 D 或 F 位于城市字母之后（粤BD12345）或末尾（粤B12345D）。</translation>
    </message>
    <message>
      <source>{plate}: after the province comes the city letter, then 5 letters or digits.</source>
      <translation>{plate}：省份简称后应为城市字母，再接 5 位字母或数字。</translation>
    </message>
    <message>
      <source>There are no columns to export.</source>
      <translation>没有可导出的列。</translation>
    </message>
    <message>
      <source>The sheet {title} would have more than {limit} rows, more than Excel can open. Export fewer days at a time.</source>
      <translation>工作表“{title}”将超过 {limit} 行，Excel 无法打开。请每次导出较少的天数。</translation>
    </message>
    <message>
      <source>The export was cancelled.</source>
      <translation>导出已取消。</translation>
    </message>
    <message>
      <source>{path} cannot be written. Check that the folder exists and may be written to, that the file is not open in another program, and that the disk is not full.</source>
      <translation>无法写入 {path}。请检查文件夹是否存在且可写入、文件未被其他程序打开，以及磁盘未满。</translation>
    </message>
    <message>
      <source>The user name needs 2 to 40 letters, digits, dots, dashes or underscores.</source>
      <translation>用户名须为 2 到 40 个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
      <source>Enter the person's name (at most 60 characters).</source>
      <translation>请输入姓名（最多 60 个字符）。</translation>
    </message>
    <message>
      <source>The password needs at least {n} characters.</source>
      <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
      <source>The password can have at most {limit} characters.</source>
      <translation>密码最多 {limit} 个字符。</translation>
    </message>
    <message>
      <source>Choose a role from the list.</source>
      <translation>请从列表中选择角色。</translation>
    </message>
    <message>
      <source>The reason can have at most {limit} characters.</source>
      <translation>原因最多 {limit} 个字符。</translation>
    </message>
    <message>
      <source>An administrator already exists.</source>
      <translation>管理员已存在。</translation>
    </message>
    <message>
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
      <translation>密码错误次数过多。请 {seconds} 秒后再试。</translation>
    </message>
    <message>
      <source>The user name {name} is taken.</source>
      <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
      <source>No such user.</source>
      <translation>用户不存在。</translation>
    </message>
    <message>
      <source>You cannot disable yourself or take away your own admin role.</source>
      <translation>不能停用自己，也不能取消自己的管理员角色。</translation>
    </message>
    <message>
      <source>At least one active administrator must remain.</source>
      <translation>必须保留至少一位有效的管理员。</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this ({module}: {action}).</source>
      <translation>您的角色（{role}）无权执行此操作（{module}：{action}）。</translation>
    </message>
    <message>
      <source>The database file is damaged or is not a propdesk database. It was moved aside unchanged as {aside}; restore the newest backup.</source>
      <translation>数据库文件已损坏或不是 propdesk 数据库。该文件已原样另存为 {aside}；请恢复最新的备份。</translation>
    </message>
    <message>
      <source>There is nothing to back up yet: no estate is set up in this database. Set up the estate first, or restore a backup.</source>
      <translation>目前没有可备份的内容：此数据库中尚未设置小区。请先设置小区，或恢复备份。</translation>
    </message>
    <message>
      <source>The database itself is damaged ({finding}), so no backup was made. Do not back up over the backups you have: restore the newest good backup, {backup} ({when}).</source>
      <translation>数据库本身已损坏（{finding}），因此未进行备份。请勿用新备份覆盖现有备份：请恢复最新的完好备份 {backup}（{when}）。</translation>
    </message>
    <message>
      <source>The database itself is damaged ({finding}), so no backup was made, and the backup folder holds no good backup to restore. Keep the database file as it is and call for help.</source>
      <translation>数据库本身已损坏（{finding}），因此未进行备份，且备份文件夹中没有可恢复的完好备份。请保持数据库文件原样，并寻求技术支持。</translation>
    </message>
    <message>
      <source>The file {name} does not exist.</source>
      <translation>文件 {name} 不存在。</translation>
    </message>
    <message>
      <source>{name} is not a usable propdesk backup (damaged or not a database).</source>
      <translation>{name} 不是可用的 propdesk 备份（已损坏或不是数据库）。</translation>
    </message>
    <message>
      <source>Enter the building number (at most 10 characters).</source>
      <translation>请输入楼栋编号（最多 10 个字符）。</translation>
    </message>
    <message>
      <source>The building name can have at most 60 characters.</source>
      <translation>楼栋名称最多 60 个字符。</translation>
    </message>
    <message>
      <source>Floors must be between 1 and {max}.</source>
      <translation>楼层数须在 1 到 {max} 之间。</translation>
    </message>
    <message>
      <source>Building {code} already exists.</source>
      <translation>楼栋 {code} 已存在。</translation>
    </message>
    <message>
      <source>Building {code} has {n} units whose numbers start with its code: it keeps its code.</source>
      <translation>楼栋 {code} 有 {n} 个房号以该楼栋编号开头，因此楼栋编号不能修改。</translation>
    </message>
    <message>
      <source>Building {code} still has {n} units: it cannot be voided.</source>
      <translation>楼栋 {code} 仍有 {n} 个房号，不能作废。</translation>
    </message>
    <message>
      <source>No such building.</source>
      <translation>楼栋不存在。</translation>
    </message>
    <message>
      <source>The scale must be above 0 and at most {max}.</source>
      <translation>规模须大于 0 且不超过 {max}。</translation>
    </message>
    <message>
      <source>The years of gate traffic must be 0 to {max}.</source>
      <translation>门岗流量的年数必须在 0 到 {max} 之间。</translation>
    </message>
    <message>
      <source>The database already has buildings or residents; demo data goes only into an empty one.</source>
      <translation>数据库中已有楼栋或住户；演示数据只能写入空数据库。</translation>
    </message>
    <message>
      <source>A card number has 4 to 32 letters or digits.</source>
      <translation>卡号须为 4 到 32 位字母或数字。</translation>
    </message>
    <message>
      <source>{name} is not a resident of {unit}.</source>
      <translation>{name} 不是 {unit} 的住户。</translation>
    </message>
    <message>
      <source>Choose the card's status from the list.</source>
      <translation>请从列表中选择门禁卡状态。</translation>
    </message>
    <message>
      <source>Card {number} is already registered.</source>
      <translation>卡号 {number} 已登记。</translation>
    </message>
    <message>
      <source>Say why the card's status changes.</source>
      <translation>请说明门禁卡状态变更的原因。</translation>
    </message>
    <message>
      <source>No such card.</source>
      <translation>门禁卡不存在。</translation>
    </message>
    <message>
      <source>Nobody handles this complaint yet: assign it first.</source>
      <translation>此投诉尚无人处理：请先分派。</translation>
    </message>
    <message>
      <source>Assign the complaint to a department and a person before answering it.</source>
      <translation>答复前，请先将投诉分派给部门和责任人。</translation>
    </message>
    <message>
      <source>Record the answer given before the complainant's verdict.</source>
      <translation>请先登记答复内容，再登记投诉人评价。</translation>
    </message>
    <message>
      <source>A complaint closes when the complainant is satisfied; otherwise a manager closes it with a reason.</source>
      <translation>投诉人满意后投诉即关闭；否则由主管填写原因后关闭。</translation>
    </message>
    <message>
      <source>The follow-up visit is recorded after the complaint is closed.</source>
      <translation>投诉关闭后才能登记回访。</translation>
    </message>
    <message>
      <source>This step has already been recorded for this complaint.</source>
      <translation>此投诉已登记过这一步。</translation>
    </message>
    <message>
      <source>This complaint was voided; no further step is possible.</source>
      <translation>此投诉已作废，不能再进行任何操作。</translation>
    </message>
    <message>
      <source>A complaint is received once, when it is taken.</source>
      <translation>投诉仅在受理时接收一次，不能重复登记。</translation>
    </message>
    <message>
      <source>The complaint is already assigned: reassign it instead.</source>
      <translation>该投诉已分派：如需换人请改派。</translation>
    </message>
    <message>
      <source>The complainant is satisfied: close the complaint with its root cause.</source>
      <translation>投诉人已满意：请填写根本原因并关闭投诉。</translation>
    </message>
    <message>
      <source>This complaint is closed; only its follow-up visit can be recorded.</source>
      <translation>此投诉已关闭，只能登记回访。</translation>
    </message>
    <message>
      <source>Choose the department responsible.</source>
      <translation>请选择责任部门。</translation>
    </message>
    <message>
      <source>Choose the person responsible.</source>
      <translation>请选择责任人。</translation>
    </message>
    <message>
      <source>Describe what the investigation found.</source>
      <translation>请填写调查结果。</translation>
    </message>
    <message>
      <source>Describe the resolution given to the complainant.</source>
      <translation>请填写给投诉人的处理结果。</translation>
    </message>
    <message>
      <source>Record whether the complainant is satisfied.</source>
      <translation>请登记投诉人是否满意。</translation>
    </message>
    <message>
      <source>Give the reason for closing without satisfaction.</source>
      <translation>请填写投诉人不满意仍关闭的原因。</translation>
    </message>
    <message>
      <source>Choose the root cause.</source>
      <translation>请选择根本原因。</translation>
    </message>
    <message>
      <source>Describe the root cause.</source>
      <translation>请描述根本原因。</translation>
    </message>
    <message>
      <source>Describe the corrective action.</source>
      <translation>请填写纠正措施。</translation>
    </message>
    <message>
      <source>Give a reason for voiding.</source>
      <translation>请填写作废原因。</translation>
    </message>
    <message>
      <source>Enter who made the follow-up visit.</source>
      <translation>请输入回访人。</translation>
    </message>
    <message>
      <source>Choose how the follow-up was made.</source>
      <translation>请选择回访方式。</translation>
    </message>
    <message>
      <source>Describe the result of the follow-up.</source>
      <translation>请填写回访结果。</translation>
    </message>
    <message>
      <source>Enter the resident's name (at most 40 characters).</source>
      <translation>请输入住户姓名（最多 40 个字符）。</translation>
    </message>
    <message>
      <source>An ID document number has 6 to 30 characters (ID card: 18).</source>
      <translation>证件号码须为 6 到 30 个字符（身份证为 18 位）。</translation>
    </message>
    <message>
      <source>Choose owner, tenant or family member.</source>
      <translation>请选择业主、租户或家庭成员。</translation>
    </message>
    <message>
      <source>The move-out date is before the move-in date.</source>
      <translation>迁出日期早于入住日期。</translation>
    </message>
    <message>
      <source>This ID number is already recorded for {name} of {unit}.</source>
      <translation>该身份证号已登记在 {unit} 的 {name} 名下。</translation>
    </message>
    <message>
      <source>No such resident.</source>
      <translation>住户不存在。</translation>
    </message>
    <message>
      <source>Use 1 to {limit} letters or digits.</source>
      <translation>请使用 1 到 {limit} 位字母或数字。</translation>
    </message>
    <message>
      <source>Area is a number of square metres, e.g. 89.5 (at most 2 decimals).</source>
      <translation>面积为平方米数，例如 89.5（最多 2 位小数）。</translation>
    </message>
    <message>
      <source>The unit number {code} is longer than {limit} characters.</source>
      <translation>房号 {code} 超过 {limit} 个字符。</translation>
    </message>
    <message>
      <source>Floor must be between -5 and 200 (not 0).</source>
      <translation>楼层须在 -5 到 200 之间（不能为 0）。</translation>
    </message>
    <message>
      <source>Enter a date.</source>
      <translation>请输入日期。</translation>
    </message>
    <message>
      <source>Enter the code: 1 to {limit} letters or digits, with - . / _ between them.</source>
      <translation>请输入编号：1 到 {limit} 位字母或数字，中间可用 - . / _ 分隔。</translation>
    </message>
    <message>
      <source>Enter the name (at most {limit} characters).</source>
      <translation>请输入名称（最多 {limit} 个字符）。</translation>
    </message>
    <message>
      <source>There is no unit {code}.</source>
      <translation>没有房号 {code}。</translation>
    </message>
    <message>
      <source>Give the unit, or describe the place.</source>
      <translation>请填写房号，或描述所在位置。</translation>
    </message>
    <message>
      <source>No such unit.</source>
      <translation>房号不存在。</translation>
    </message>
    <message>
      <source>A parking space code has up to 20 letters or digits.</source>
      <translation>车位编号最多 20 位字母或数字。</translation>
    </message>
    <message>
      <source>No such vehicle.</source>
      <translation>车辆不存在。</translation>
    </message>
    <message>
      <source>Enter the reason.</source>
      <translation>请输入原因。</translation>
    </message>
    <message>
      <source>This cell must be filled in.</source>
      <translation>此单元格必须填写。</translation>
    </message>
    <message>
      <source>{value} is too long for Excel to keep as a number: format the column as text and type it again.</source>
      <translation>{value} 太长，Excel 无法将其作为数字保存：请将该列设置为文本格式后重新输入。</translation>
    </message>
    <message>
      <source>Excel turned this cell into a date; format the column as text and type it again.</source>
      <translation>Excel 把此单元格变成了日期；请将该列设置为文本格式后重新输入。</translation>
    </message>
    <message>
      <source>Enter a whole number here.</source>
      <translation>此处请输入整数。</translation>
    </message>
    <message>
      <source>Enter a number here, not a date.</source>
      <translation>此处请输入数字，而不是日期。</translation>
    </message>
    <message>
      <source>{value} is not a date; enter a date such as 2026-11-03.</source>
      <translation>{value} 不是日期；请输入类似 2026-11-03 的日期。</translation>
    </message>
    <message>
      <source>{value} is not one of: {choices}.</source>
      <translation>{value} 不在可选值中：{choices}。</translation>
    </message>
    <message>
      <source>The column {column} appears twice.</source>
      <translation>列 {column} 出现了两次。</translation>
    </message>
    <message>
      <source>Unknown columns: {columns}. Use the column headers of the template.</source>
      <translation>未知的列：{columns}。请使用模板中的列标题。</translation>
    </message>
    <message>
      <source>Required columns are missing: {columns}.</source>
      <translation>缺少必填列：{columns}。</translation>
    </message>
    <message>
      <source>Column {column} has data (row {row}) but no header.</source>
      <translation>列 {column} 有数据（第 {row} 行），但没有列标题。</translation>
    </message>
    <message>
      <source>This row clashes with a record already stored (perhaps a voided one with the same number).</source>
      <translation>此行与已保存的记录冲突（可能是编号相同的已作废记录）。</translation>
    </message>
    <message>
      <source>This row repeats row {row}.</source>
      <translation>此行与第 {row} 行重复。</translation>
    </message>
    <message>
      <source>The import was cancelled.</source>
      <translation>导入已取消。</translation>
    </message>
    <message>
      <source>{name} is not an Excel workbook (.xlsx). Save the sheet in Excel as an .xlsx workbook (a .csv or .xls file cannot be imported).</source>
      <translation>{name} 不是 Excel 工作簿（.xlsx）。请在 Excel 中将其另存为 .xlsx 工作簿（无法导入 .csv 或 .xls 文件）。</translation>
    </message>
    <message>
      <source>{name} could not be read as an Excel workbook (.xlsx). Open it in Excel and save it again.</source>
      <translation>无法将 {name} 作为 Excel 工作簿（.xlsx）读取。请在 Excel 中打开并重新保存。</translation>
    </message>
    <message>
      <source>{name} has more than {limit} rows. Split it into files of at most {limit} rows.</source>
      <translation>{name} 超过 {limit} 行。请拆分为每个不超过 {limit} 行的文件。</translation>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
      <source>The file {path} cannot be read.</source>
      <translation>无法读取文件 {path}。</translation>
    </message>
    <message>
      <source>{name} is encrypted (password-protected) or an old .xls workbook. Open it in Excel, remove the password if it has one, and save it as an .xlsx workbook.</source>
      <translation>{name} 已加密（受密码保护）或是旧版 .xls 工作簿。请在 Excel 中打开，如有密码请先移除，然后另存为 .xlsx 工作簿。</translation>
    </message>
    <message>
      <source>{name} is too large to import (over {limit} MB of sheet data).</source>
      <translation>{name} 太大，无法导入（工作表数据超过 {limit} MB）。</translation>
    </message>
    <message>
      <source>The header row of {name} has merged cells ({cells}). Unmerge them so that every column has its own header.</source>
      <translation>{name} 的标题行有合并单元格（{cells}）。请取消合并，使每一列都有自己的标题。</translation>
    </message>
    <message>
      <source>{name} has merged cells ({cells}). Unmerge them and fill in every cell.</source>
      <translation>{name} 有合并单元格（{cells}）。请取消合并并填写每个单元格。</translation>
    </message>
    <message>
      <source>{name} contains XML that is refused for safety (entity declarations), so it was not saved by Excel. Open it in Excel and save it again.</source>
      <translation>{name} 含有出于安全原因被拒绝的 XML（实体声明），因此它不是由 Excel 保存的。请在 Excel 中打开并重新保存。</translation>
    </message>
    <message>
      <source>{name} has no worksheet.</source>
      <translation>{name} 没有工作表。</translation>
    </message>
    <message>
      <source>The first sheet of {name} is empty: its first row must hold the column headers.</source>
      <translation>{name} 的第一个工作表是空的：其第一行必须是列标题。</translation>
    </message>
    <message>
      <source>The first sheet of {name} has column headers but no rows to import.</source>
      <translation>{name} 的第一个工作表只有列标题，没有可导入的行。</translation>
    </message>
    <message>
      <source>Free minutes must be a whole number from 0 to {limit} (24 hours).</source>
      <translation>免费分钟数须为 0 到 {limit}（24 小时）之间的整数。</translation>
    </message>
    <message>
      <source>The hourly rate must be an amount from 0.00 to {most} yuan.</source>
      <translation>每小时收费须为 0.00 到 {most} 元之间的金额。</translation>
    </message>
    <message>
      <source>The daily cap must be an amount from 0.00 to {most} yuan.</source>
      <translation>每日封顶须为 0.00 到 {most} 元之间的金额。</translation>
    </message>
    <message>
      <source>Choose whether residents' vehicles park free.</source>
      <translation>请选择住户车辆是否免费停车。</translation>
    </message>
    <message>
      <source>The exit time is before the entry time; check the clock and the times entered.</source>
      <translation>出场时间早于入场时间；请检查电脑时钟和所填时间。</translation>
    </message>
    <message>
      <source>Enter the staff member's name (at most 40 characters).</source>
      <translation>请输入员工姓名（最多 40 个字符）。</translation>
    </message>
    <message>
      <source>A position has at most 40 characters.</source>
      <translation>职务最多 40 个字符。</translation>
    </message>
    <message>
      <source>No department {code}.</source>
      <translation>没有部门 {code}。</translation>
    </message>
    <message>
      <source>No such staff member.</source>
      <translation>员工不存在。</translation>
    </message>
    <message>
      <source>Enter the visitor's name (at most {limit} characters).</source>
      <translation>请输入访客姓名（最多 {limit} 个字符）。</translation>
    </message>
    <message>
      <source>Say how the host confirmed the visit: by phone, intercom or in person.</source>
      <translation>请说明住户如何确认来访：电话、对讲或当面。</translation>
    </message>
    <message>
      <source>Enter who confirmed the visit (at most {limit} characters).</source>
      <translation>请输入确认来访的人（最多 {limit} 个字符）。</translation>
    </message>
    <message>
      <source>An ID number has at most {limit} characters.</source>
      <translation>证件号码最多 {limit} 个字符。</translation>
    </message>
    <message>
      <source>Card {number} is not registered.</source>
      <translation>卡号 {number} 未登记。</translation>
    </message>
    <message>
      <source>There is no visitor pass {number}.</source>
      <translation>没有编号为 {number} 的临时出入证。</translation>
    </message>
    <message>
      <source>The visitor on pass {number} has already left.</source>
      <translation>临时出入证 {number} 的访客已离开。</translation>
    </message>
    <message>
      <source>Enter who takes over the shift (at most {limit} characters).</source>
      <translation>请填写接班人（最多 {limit} 个字）。</translation>
    </message>
    <message>
      <source>Open matters can have at most {limit} characters.</source>
      <translation>待办事项最多 {limit} 个字。</translation>
    </message>
    <message>
      <source>That handover is not on record.</source>
      <translation>没有这条交接班记录。</translation>
    </message>
    <message>
      <source>Describe the items (at most {limit} characters).</source>
      <translation>请描述物品（最多 {limit} 个字）。</translation>
    </message>
    <message>
      <source>Choose who authorised it: the owner or the management.</source>
      <translation>请选择授权方：业主或物业。</translation>
    </message>
    <message>
      <source>Enter who authorised it (at most {limit} characters).</source>
      <translation>请填写授权人（最多 {limit} 个字）。</translation>
    </message>
    <message>
      <source>The slip must be valid from today for at most {days} days.</source>
      <translation>放行条有效期须从今天起，最长 {days} 天。</translation>
    </message>
    <message>
      <source>Release slip {number} has already been used.</source>
      <translation>放行条 {number} 已经使用过。</translation>
    </message>
    <message>
      <source>Release slip {number} expired on {date}. The items may not leave.</source>
      <translation>放行条 {number} 已于 {date} 过期，物品不得放行。</translation>
    </message>
    <message>
      <source>There is no release authorisation {number} on record. Items may not leave without one.</source>
      <translation>没有放行授权 {number} 的记录。没有授权的物品不得放行。</translation>
    </message>
    <message>
      <source>Enter where the vehicle is parked (at most {limit} characters).</source>
      <translation>请填写车辆停放位置（最多 {limit} 个字）。</translation>
    </message>
    <message>
      <source>The note can have at most {limit} characters.</source>
      <translation>备注最多 {limit} 个字。</translation>
    </message>
    <message>
      <source>That notice is not on record.</source>
      <translation>没有这张告知单的记录。</translation>
    </message>
    <message>
      <source>The exterior check can have at most {limit} characters.</source>
      <translation>车况检查最多 {limit} 个字。</translation>
    </message>
    <message>
      <source>{plate} is a visitor's vehicle: enter the unit it visits and the purpose.</source>
      <translation>{plate} 为外来车辆：请输入到访房号和来访事由。</translation>
    </message>
    <message>
      <source>{plate} is already inside (entered {time}). Record its exit first.</source>
      <translation>{plate} 已在场内（{time} 入场），请先登记出场。</translation>
    </message>
    <message>
      <source>{plate} has no entry on record. Ask the driver when it came in and enter that time.</source>
      <translation>{plate} 没有入场记录。请询问司机入场时间并填写。</translation>
    </message>
    <message>
      <source>This fee was quoted too long ago. Check the exit again.</source>
      <translation>费用计算已过时，请重新核算出场。</translation>
    </message>
    <message>
      <source>{plate} has already left.</source>
      <translation>{plate} 已经出场。</translation>
    </message>
    <message>
      <source>{plate} now has an entry on record. Check the exit again.</source>
      <translation>{plate} 现在有入场记录了，请重新核算出场。</translation>
    </message>
    <message>
      <source>That exit is not on record.</source>
      <translation>没有这条出场记录。</translation>
    </message>
    <message>
      <source>The entry time cannot be in the future.</source>
      <translation>入场时间不能晚于现在。</translation>
    </message>
    <message>
      <source>The entry time is more than {days} days ago; check the date.</source>
      <translation>入场时间早于 {days} 天前，请检查日期。</translation>
    </message>
    <message>
      <source>The hour visitors are flagged after must be a whole hour from 0 to 23.</source>
      <translation>访客超时提醒时间须为 0 到 23 之间的整点。</translation>
    </message>
    <message>
      <source>Visitor data must be kept for {low} to {high} days (a whole number).</source>
      <translation>访客信息须保留 {low} 到 {high} 天（整数）。</translation>
    </message>
    <message>
      <source>An arrival limit must be a whole number of minutes from 1 to {max} (7 days).</source>
      <translation>到场时限须为 1 至 {max} 分钟的整数（7 天）。</translation>
    </message>
    <message>
      <source>The limits must not grow with urgency: emergency ≤ urgent ≤ normal.</source>
      <translation>越紧急时限应越短：紧急 ≤ 加急 ≤ 一般。</translation>
    </message>
    <message>
      <source>Stale after must be a whole number of days from 1 to {max}.</source>
      <translation>停滞天数须为 1 至 {max} 的整数。</translation>
    </message>
    <message>
      <source>The time is before the ticket's previous step ({time}); check it.</source>
      <translation>该时间早于工单的上一步（{time}），请核对。</translation>
    </message>
    <message>
      <source>This step has already been recorded for this ticket.</source>
      <translation>该工单已记录过这一步。</translation>
    </message>
    <message>
      <source>Dispatch a technician before recording the arrival.</source>
      <translation>请先派工，再登记到场。</translation>
    </message>
    <message>
      <source>The technician must arrive before the diagnosis is recorded.</source>
      <translation>维修工到场后才能登记检查结果。</translation>
    </message>
    <message>
      <source>Diagnose the fault before giving a quote.</source>
      <translation>请先检查故障，再报价。</translation>
    </message>
    <message>
      <source>There is no quote yet: record the quote before the resident approves or refuses it.</source>
      <translation>尚无报价：请先登记报价，再由住户同意或拒绝。</translation>
    </message>
    <message>
      <source>Diagnose the fault before starting the repair.</source>
      <translation>请先检查故障，再开始维修。</translation>
    </message>
    <message>
      <source>Start the repair before completing it.</source>
      <translation>请先开始维修，再登记完工。</translation>
    </message>
    <message>
      <source>The resident signs off only after the repair is completed.</source>
      <translation>维修完工后住户才能签字确认。</translation>
    </message>
    <message>
      <source>The follow-up call comes after the resident's sign-off.</source>
      <translation>住户签字确认后才能回访。</translation>
    </message>
    <message>
      <source>Record the follow-up call before closing the ticket.</source>
      <translation>请先登记回访，再关闭工单。</translation>
    </message>
    <message>
      <source>This ticket is closed; no further step is possible.</source>
      <translation>该工单已关闭，不能再操作。</translation>
    </message>
    <message>
      <source>This ticket was cancelled; no further step is possible.</source>
      <translation>该工单已取消，不能再操作。</translation>
    </message>
    <message>
      <source>A free (common-area) repair has no quote or approval: start the repair after the diagnosis.</source>
      <translation>免费（公共区域）维修无需报价和住户同意：检查后直接开始维修。</translation>
    </message>
    <message>
      <source>The resident has not approved the quote yet: the repair cannot start.</source>
      <translation>住户尚未同意报价，不能开始维修。</translation>
    </message>
    <message>
      <source>A ticket is reported once, when it is opened.</source>
      <translation>工单只在新建时登记一次报修。</translation>
    </message>
    <message>
      <source>The repair is done and can no longer be cancelled; record the sign-off and the follow-up instead.</source>
      <translation>维修已完工，不能再取消；请登记签字确认和回访。</translation>
    </message>
    <message>
      <source>No technician is dispatched yet: dispatch one instead.</source>
      <translation>尚未派工：请直接派工。</translation>
    </message>
    <message>
      <source>The repair is done; the technician can no longer be changed.</source>
      <translation>维修已完工，不能再更换维修工。</translation>
    </message>
    <message>
      <source>A technician is already dispatched: reassign the ticket instead.</source>
      <translation>已派工：如需换人请改派。</translation>
    </message>
    <message>
      <source>Choose the technician to send.</source>
      <translation>请选择派往的维修工。</translation>
    </message>
    <message>
      <source>Describe what the technician found.</source>
      <translation>请填写维修工的检查结果。</translation>
    </message>
    <message>
      <source>The expected duration must be a whole number of minutes from 1 to {max}.</source>
      <translation>预计工时须为 1 至 {max} 分钟的整数。</translation>
    </message>
    <message>
      <source>Describe the work done.</source>
      <translation>请填写维修内容。</translation>
    </message>
    <message>
      <source>Confirm that the site was cleaned up after the repair.</source>
      <translation>请确认维修后已清理现场。</translation>
    </message>
    <message>
      <source>Enter the name of the person who signed off.</source>
      <translation>请填写签字确认人姓名。</translation>
    </message>
    <message>
      <source>The rating must be a whole number from 1 to 5.</source>
      <translation>评分须为 1 至 5 的整数。</translation>
    </message>
    <message>
      <source>Give a reason for cancelling.</source>
      <translation>请填写取消原因。</translation>
    </message>
    <message>
      <source>Enter an amount from ¥0.00 to {max}.</source>
      <translation>请输入 ¥0.00 至 {max} 之间的金额。</translation>
    </message>
    <message>
      <source>Choose one of the listed values.</source>
      <translation>请从列表中选择。</translation>
    </message>
    <message>
      <source>At most {limit} characters.</source>
      <translation>最多 {limit} 个字。</translation>
    </message>
    <message>
      <source>The time cannot be in the future.</source>
      <translation>时间不能晚于现在。</translation>
    </message>
    <message>
      <source>That time is more than {days} days ago; check the date.</source>
      <translation>该时间已是 {days} 天以前；请检查日期。</translation>
    </message>
    <message>
      <source>Enter the checkpoint's code.</source>
      <translation>请输入巡逻点编码。</translation>
    </message>
    <message>
      <source>A checkpoint code is 1 to {limit} letters, digits and - _ . / (e.g. XG-E-01).</source>
      <translation>巡逻点编码由 1 到 {limit} 个字母、数字及 - _ . / 组成（例如 XG-E-01）。</translation>
    </message>
    <message>
      <source>Enter the route's name.</source>
      <translation>请输入路线名称。</translation>
    </message>
    <message>
      <source>Enter the checkpoint's name.</source>
      <translation>请输入巡逻点名称。</translation>
    </message>
    <message>
      <source>Choose what kind of issue it is.</source>
      <translation>请选择问题类型。</translation>
    </message>
    <message>
      <source>Say what was seen.</source>
      <translation>请填写发现的情况。</translation>
    </message>
    <message>
      <source>Give a reason.</source>
      <translation>请填写原因。</translation>
    </message>
    <message>
      <source>Enter who reported the fault.</source>
      <translation>请填写报修人。</translation>
    </message>
    <message>
      <source>Enter a phone number to reach the reporter.</source>
      <translation>请填写报修人的联系电话。</translation>
    </message>
    <message>
      <source>Give the unit, or describe the common area.</source>
      <translation>请填写房号，或描述公共区域位置。</translation>
    </message>
    <message>
      <source>Give either a unit or a common area, not both.</source>
      <translation>房号和公共区域只能填写一项。</translation>
    </message>
    <message>
      <source>An anonymous complaint keeps no name or phone: leave it empty.</source>
      <translation>匿名投诉不登记姓名和电话：请留空。</translation>
    </message>
    <message>
      <source>Enter who complains, or mark the complaint anonymous.</source>
      <translation>请输入投诉人，或将投诉标记为匿名。</translation>
    </message>
    <message>
      <source>Describe the complaint.</source>
      <translation>请填写投诉内容。</translation>
    </message>
    <message>
      <source>The time received is more than {days} days ago; check the date.</source>
      <translation>接收时间早于 {days} 天前，请核对日期。</translation>
    </message>
    <message>
      <source>Enter the question or suggestion.</source>
      <translation>请输入咨询或建议内容。</translation>
    </message>
    <message>
      <source>The time asked is more than {days} days ago; check the date.</source>
      <translation>咨询时间早于 {days} 天前，请核对日期。</translation>
    </message>
    <message>
      <source>Enter the answer given.</source>
      <translation>请输入答复内容。</translation>
    </message>
    <message>
      <source>Describe the fault.</source>
      <translation>请描述故障情况。</translation>
    </message>
    <message>
      <source>The report time is more than {days} days ago; check the date.</source>
      <translation>报修时间早于 {days} 天前，请核对日期。</translation>
    </message>
    <message>
      <source>The record the ticket comes from is missing.</source>
      <translation>缺少工单来源记录。</translation>
    </message>
    <message>
      <source>Ticket {number} was already opened from this record.</source>
      <translation>已根据该记录开具工单 {number}。</translation>
    </message>
    <message>
      <source>That complaint is not on record.</source>
      <translation>没有这条投诉记录。</translation>
    </message>
    <message>
      <source>That resident is not in the register.</source>
      <translation>住户档案中没有该住户。</translation>
    </message>
    <message>
      <source>The time is before the complaint's previous step ({time}); check it.</source>
      <translation>该时间早于投诉的上一步（{time}），请核对。</translation>
    </message>
    <message>
      <source>That person is not on the staff list.</source>
      <translation>该人员不在员工名单中。</translation>
    </message>
    <message>
      <source>{name} does not work in that department.</source>
      <translation>{name} 不属于该部门。</translation>
    </message>
    <message>
      <source>The complaint is already with {name}.</source>
      <translation>该投诉已由 {name} 负责。</translation>
    </message>
    <message>
      <source>No complaint has the number {number}.</source>
      <translation>没有编号为 {number} 的投诉。</translation>
    </message>
    <message>
      <source>That resident does not live in unit {code}.</source>
      <translation>该住户不住在 {code}。</translation>
    </message>
    <message>
      <source>That technician is not on the staff list.</source>
      <translation>员工名单中没有该维修工。</translation>
    </message>
    <message>
      <source>The ticket is already with {name}.</source>
      <translation>该工单已由{name}负责。</translation>
    </message>
    <message>
      <source>That repair ticket is not on record.</source>
      <translation>没有这张报修单。</translation>
    </message>
    <message>
      <source>Enter an amount in yuan, e.g. 120 or 85.50.</source>
      <translation>请输入以元为单位的金额，例如 120 或 85.50。</translation>
    </message>
    <message>
      <source>Nobody in the register matches “{text}”.</source>
      <translation>住户登记中没有与“{text}”相符的人。</translation>
    </message>
    <message>
      <source>{text} is not a month; write the year and the month, e.g. 2026-10.</source>
      <translation>{text} 不是有效的月份，请写年和月，例如 2026-10。</translation>
    </message>
    <message>
      <source>A target share must be from 0 to 100 % with at most one decimal.</source>
      <translation>目标比率须在 0 至 100% 之间，最多一位小数。</translation>
    </message>
    <message>
      <source>This target must be a whole number from {low} to {high}.</source>
      <translation>此目标须为 {low} 至 {high} 之间的整数。</translation>
    </message>
    <message>
      <source>The report was cancelled.</source>
      <translation>报告已取消。</translation>
    </message>
    <message>
      <source>{month} has not begun yet; choose a past month.</source>
      <translation>{month} 尚未开始，请选择已过去的月份。</translation>
    </message>
    <message>
      <source>The estate is not set up yet, so there is nothing to report.</source>
      <translation>小区尚未设置，没有可报告的内容。</translation>
    </message>
    <message>
      <source>The estate has no records yet (no units, gate events or repair tickets), so there is nothing to report.</source>
      <translation>小区还没有任何记录（没有房号、门岗登记或报修工单），没有可报告的内容。</translation>
    </message>
    <message>
      <source>The end date {end} is before the start {start}.</source>
      <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
      <source>Choose the first and the last day to export.</source>
      <translation>请选择要导出的第一天和最后一天。</translation>
    </message>
    <message>
      <source>The estate has no units yet, so there is nothing to export.</source>
      <translation>小区还没有登记房号，没有可导出的内容。</translation>
    </message>
    <message>
      <source>The estate has no residents yet, so there is nothing to export.</source>
      <translation>小区还没有登记住户，没有可导出的内容。</translation>
    </message>
    <message>
      <source>The estate has no access cards yet, so there is nothing to export.</source>
      <translation>小区还没有登记门禁卡，没有可导出的内容。</translation>
    </message>
    <message>
      <source>The interval of the {window} window must be a whole number of minutes from 1 to {limit}.</source>
      <translation>{window} 时段的间隔须为 1 到 {limit} 之间的整数分钟。</translation>
    </message>
    <message>
      <source>The minimum walking time between two checkpoints must be a whole number of minutes, 0 or more.</source>
      <translation>两个巡逻点之间的最短步行时间须为 0 或以上的整数分钟。</translation>
    </message>
    <message>
      <source>Add at least one patrol window.</source>
      <translation>请至少添加一个巡逻时段。</translation>
    </message>
    <message>
      <source>The patrol windows {first} and {second} overlap; each time of day may belong to one window only.</source>
      <translation>巡逻时段 {first} 与 {second} 重叠；每个时刻只能属于一个时段。</translation>
    </message>
    <message>
      <source>The minutes after which a round counts late must be a whole number, 0 or more.</source>
      <translation>巡逻开始后超过多少分钟算迟到，须为 0 或以上的整数。</translation>
    </message>
    <message>
      <source>The minutes after which a round counts missed must be a whole number of at least {late} (when it counts late).</source>
      <translation>巡逻开始后超过多少分钟算漏巡，须为不小于 {late}（算迟到的分钟数）的整数。</translation>
    </message>
    <message>
      <source>{grace} minutes is longer than the {interval}-minute interval of the {window} window.</source>
      <translation>{grace} 分钟超过了 {window} 时段 {interval} 分钟的间隔。</translation>
    </message>
    <message>
      <source>A schedule change can start today or later; past days keep the schedule they had.</source>
      <translation>巡逻计划的变更只能从今天或以后开始生效；以往日期保留当时的计划。</translation>
    </message>
    <message>
      <source>That patrol round is not on record.</source>
      <translation>没有该巡逻记录。</translation>
    </message>
    <message>
      <source>That checkpoint is not on this round's route.</source>
      <translation>该巡逻点不在本次巡逻的路线上。</translation>
    </message>
    <message>
      <source>The round did not reach that checkpoint; a finished round is not changed.</source>
      <translation>本次巡逻未到达该巡逻点；已结束的巡逻不能修改。</translation>
    </message>
    <message>
      <source>Say who was told.</source>
      <translation>请填写已告知的人。</translation>
    </message>
    <message>
      <source>Say how it was dealt with.</source>
      <translation>请填写处理情况。</translation>
    </message>
    <message>
      <source>That finding is already dealt with.</source>
      <translation>该巡逻发现已处理。</translation>
    </message>
    <message>
      <source>Repair tickets are not part of this console.</source>
      <translation>本工作台未启用报修工单。</translation>
    </message>
    <message>
      <source>No repair ticket has the number {number}.</source>
      <translation>没有编号为 {number} 的报修工单。</translation>
    </message>
    <message>
      <source>This complaint already has a repair ticket.</source>
      <translation>此投诉已有报修工单。</translation>
    </message>
    <message>
      <source>That finding is not on record.</source>
      <translation>没有该巡逻发现记录。</translation>
    </message>
    <message>
      <source>Choose at least one checkpoint in service.</source>
      <translation>请至少选择一个在用的巡逻点。</translation>
    </message>
    <message>
      <source>That guard is not on the staff list.</source>
      <translation>该保安不在员工名单中。</translation>
    </message>
    <message>
      <source>No checkpoint has the code {code}.</source>
      <translation>没有编码为 {code} 的巡逻点。</translation>
    </message>
    <message>
      <source>The checkpoint {name} ({code}) was taken out of service.</source>
      <translation>巡逻点 {name}（{code}）已停用。</translation>
    </message>
    <message>
      <source>No round of this checkpoint's route is open: start a round first.</source>
      <translation>该巡逻点所属路线没有进行中的巡逻：请先开始巡逻。</translation>
    </message>
    <message>
      <source>That round is not open any more.</source>
      <translation>该巡逻已不在进行中。</translation>
    </message>
    <message>
      <source>{code} is the checkpoint {name} of another route, not of {route}.</source>
      <translation>{code} 是其他路线的巡逻点 {name}，不属于 {route}。</translation>
    </message>
    <message>
      <source>The checkpoint {name} was already reached at {time}.</source>
      <translation>巡逻点 {name} 已于 {time} 巡过。</translation>
    </message>
    <message>
      <source>No checkpoint was reached: scan one, or abandon the round with a reason.</source>
      <translation>尚未到达任何巡逻点：请扫描巡逻点，或填写原因中止巡逻。</translation>
    </message>
    <message>
      <source>That round is already void.</source>
      <translation>该巡逻已作废。</translation>
    </message>
    <message>
      <source>The round cannot end before it started.</source>
      <translation>巡逻的结束时间不能早于开始时间。</translation>
    </message>
    <message>
      <source>Enter the time of at least one checkpoint.</source>
      <translation>请至少填写一个巡逻点的时间。</translation>
    </message>
    <message>
      <source>Every checkpoint's time must lie between the round's start and end.</source>
      <translation>每个巡逻点的时间都必须在巡逻开始与结束之间。</translation>
    </message>
    <message>
      <source>A checkpoint is entered twice.</source>
      <translation>有巡逻点重复填写。</translation>
    </message>
    <message>
      <source>Round {number} is over; a finished round is not changed (void it and enter it again).</source>
      <translation>巡逻 {number} 已结束；已结束的巡逻不能修改（可作废后重新录入）。</translation>
    </message>
    <message>
      <source>The route {name} has no checkpoints yet.</source>
      <translation>路线 {name} 还没有巡逻点。</translation>
    </message>
    <message>
      <source>Round {number} of this route already answers the {time} slot.</source>
      <translation>本路线的巡逻 {number} 已对应 {time} 时段。</translation>
    </message>
    <message>
      <source>A checkpoint cannot be reached before the round started.</source>
      <translation>巡逻点的到达时间不能早于巡逻开始时间。</translation>
    </message>
    <message>
      <source>That checkpoint was already reached in this round.</source>
      <translation>本次巡逻已巡过该巡逻点。</translation>
    </message>
    <message>
      <source>That patrol route is not on record.</source>
      <translation>没有该巡逻路线。</translation>
    </message>
    <message>
      <source>The route {name} was taken out of service.</source>
      <translation>路线 {name} 已停用。</translation>
    </message>
    <message>
      <source>There is already a route named {name}.</source>
      <translation>已有名为 {name} 的路线。</translation>
    </message>
    <message>
      <source>That checkpoint is not in service.</source>
      <translation>该巡逻点已停用。</translation>
    </message>
    <message>
      <source>The code {code} is already used by the checkpoint {name}.</source>
      <translation>编码 {code} 已被巡逻点 {name} 使用。</translation>
    </message>
    <message>
      <source>{value} is not a date and time such as 2026-12-05 22:03:15.</source>
      <translation>{value} 不是日期时间；请输入类似 2026-12-05 22:03:15 的日期时间。</translation>
    </message>
    <message>
      <source>{value} is not a time of day such as 22:03:15.</source>
      <translation>{value} 不是时刻；请输入类似 22:03:15 的时刻。</translation>
    </message>
    <message>
      <source>Choose the column that holds this.</source>
      <translation>请选择包含此项的列。</translation>
    </message>
    <message>
      <source>The file has no column {column}.</source>
      <translation>文件中没有列 {column}。</translation>
    </message>
    <message>
      <source>That column is already chosen for another value.</source>
      <translation>该列已被选作其他项。</translation>
    </message>
    <message>
      <source>{name} could not be read as text. Save it as CSV (UTF-8 or GBK) or as an Excel workbook (.xlsx).</source>
      <translation>无法将 {name} 作为文本读取。请另存为 CSV（UTF-8 或 GBK）或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
      <source>{name} holds no swipes: its first row must hold the column headers and the rows under it one swipe each.</source>
      <translation>{name} 中没有刷卡记录：第一行必须是列标题，其下每行一条刷卡记录。</translation>
    </message>
    <message>
      <source>A code is mapped twice.</source>
      <translation>有编码被重复对应。</translation>
    </message>
    <message>
      <source>Map the code {code} to one checkpoint or to one guard.</source>
      <translation>请将编码 {code} 对应到一个巡逻点或一名保安。</translation>
    </message>
    <message>
      <source>Choose the route that was walked.</source>
      <translation>请选择所巡的路线。</translation>
    </message>
    <message>
      <source>Choose the guard who walked the round.</source>
      <translation>请选择执行巡逻的保安。</translation>
    </message>
    <message>
      <source>{time} is not a time: type it as on the sheet, e.g. 08:15.</source>
      <translation>{time} 不是有效时间：请按纸质记录填写，例如 08:15。</translation>
    </message>
    <message>
      <source>No such gate record.</source>
      <translation>门岗记录不存在。</translation>
    </message>
    <message>
      <source>Enter the purpose of the visit (at most {limit} characters).</source>
      <translation>请输入来访事由（最多 {limit} 个字符）。</translation>
    </message>
    <message>
      <source>Enter the unit visited (e.g. 3-2-1502).</source>
      <translation>请输入到访房号（例如 3-2-1502）。</translation>
    </message>
    <message>
      <source>Safety incidents are not part of this console.</source>
      <translation>本系统未启用安全事件模块。</translation>
    </message>
    <message>
      <source>That gate entry is not on record.</source>
      <translation>没有这条门岗记录。</translation>
    </message>
    <message>
      <source>That gate entry is void already.</source>
      <translation>该门岗记录已作废。</translation>
    </message>
    <message>
      <source>The exit of this entry is on record: void the exit first, then the entry.</source>
      <translation>该记录已有对应的离场记录：请先作废离场记录，再作废该记录。</translation>
    </message>
    <message>
      <source>That release slip is not on record.</source>
      <translation>没有这张放行条的记录。</translation>
    </message>
    <message>
      <source>Release slip {number} is void already.</source>
      <translation>放行条 {number} 已作废。</translation>
    </message>
    <message>
      <source>Release slip {number} was used at the gate: void that items-out entry first, then the slip.</source>
      <translation>放行条 {number} 已在门岗使用：请先作废对应的物品放行记录，再作废放行条。</translation>
    </message>
    <message>
      <source>No such parking space.</source>
      <translation>车位不存在。</translation>
    </message>
    <message>
      <source>Enter the parking space code (e.g. B2-017).</source>
      <translation>请输入车位编号（例如 B2-017）。</translation>
    </message>
    <message>
      <source>The zone can have at most {max} characters.</source>
      <translation>区域最多 {max} 个字符。</translation>
    </message>
    <message>
      <source>Choose whose the space is.</source>
      <translation>请选择车位归属（产权或租赁）。</translation>
    </message>
    <message>
      <source>Parking space {code} already exists (or was voided).</source>
      <translation>车位 {code} 已存在（或已作废）。</translation>
    </message>
    <message>
      <source>Parking space {code} is in use by {plates}: register those vehicles elsewhere or void them first.</source>
      <translation>车位 {code} 正由 {plates} 使用：请先将这些车辆改登记到其他车位，或将其作废。</translation>
    </message>
    <message>
      <source>Choose at most {days} days.</source>
      <translation>最多只能选择 {days} 天。</translation>
    </message>
    <message>
      <source>Enter a date from {earliest} to {latest}; check the year.</source>
      <translation>请输入 {earliest} 至 {latest} 之间的日期；请检查年份。</translation>
    </message>
    <message>
      <source>This file is not a propdesk ID number key.</source>
      <translation>此文件不是 propdesk 身份证号码密钥。</translation>
    </message>
    <message>
      <source>The ID number key file {file} cannot be read or written ({reason}).</source>
      <translation>无法读取或写入身份证号码密钥文件 {file}（{reason}）。</translation>
    </message>
    <message>
      <source>This station does not have the key the ID numbers were written with; import it (propdesk id-key import FILE).</source>
      <translation>本工作站没有写入这些身份证号时所用的密钥；请导入该密钥（propdesk id-key import FILE）。</translation>
    </message>
    <message>
      <source>This is not the key the ID numbers in this database were written with; nothing was changed. Import the key file exported from the station that wrote them.</source>
      <translation>这不是本数据库中身份证号写入时所用的密钥；未做任何更改。请导入从写入这些号码的工作站导出的密钥文件。</translation>
    </message>
    <message>
      <source>No ID number has been stored yet, so this station has no key to export.</source>
      <translation>尚未保存任何身份证号，因此本工作站没有可导出的密钥。</translation>
    </message>
    <message>
      <source>There is no such service target.</source>
      <translation>没有该服务目标。</translation>
    </message>
    <message>
      <source>The database cannot be written to: {file} is read-only and belongs to another user. Nothing was saved; make it writable for this user (do not delete it: it holds the latest saves), then start propdesk again.</source>
      <translation>数据库无法写入：{file} 为只读，且属于其他用户。本次未保存任何内容；请将其改为当前用户可写（不要删除：其中有最近保存的内容），然后重新启动 propdesk。</translation>
    </message>
    <message>
      <source>The database cannot be written to: {file} is read-only and belongs to another user. Nothing was saved; make it writable for this user, or delete it while no propdesk is running, then start propdesk again.</source>
      <translation>数据库无法写入：{file} 为只读，且属于其他用户。本次未保存任何内容；请将其改为当前用户可写，或在没有 propdesk 运行时将其删除，然后重新启动 propdesk。</translation>
    </message>
    <message>
      <source>A text is longer than the database allows. Nothing was saved; shorten it.</source>
      <translation>文本长度超出数据库允许的范围。本次未保存任何内容；请缩短文本。</translation>
    </message>
    <message>
      <source>A response time must be a whole number of hours from 1 to {max}.</source>
      <translation>答复时限须为 1 至 {max} 小时的整数。</translation>
    </message>
    <message>
      <source>The response times must not grow with severity: serious ≤ normal ≤ minor.</source>
      <translation>越严重时限应越短：严重 ≤ 一般 ≤ 轻微。</translation>
    </message>
    <message>
      <source>The deadline must be after the time received ({time}); check it.</source>
      <translation>答复期限须晚于接收时间（{time}），请核对。</translation>
    </message>
    <message>
      <source>An inquiry answered on the spot needs no promised time.</source>
      <translation>当场答复的咨询无需填写承诺答复时间。</translation>
    </message>
    <message>
      <source>Give the answer, or the time by which an answer is promised.</source>
      <translation>请填写答复内容，或承诺答复的时间。</translation>
    </message>
    <message>
      <source>This inquiry has already become a complaint or a repair ticket.</source>
      <translation>此咨询已转为投诉或报修工单。</translation>
    </message>
    <message>
      <source>This inquiry has already been answered.</source>
      <translation>此咨询已答复。</translation>
    </message>
    <message>
      <source>A repair ticket needs the name and phone of who asked.</source>
      <translation>报修工单需要填写咨询人的姓名和电话。</translation>
    </message>
    <message>
      <source>That inquiry is not on record.</source>
      <translation>没有这条咨询记录。</translation>
    </message>
    <message>
      <source>The database file is damaged: {findings}. Nothing was moved or changed. Do not back up over the backups you have; restore the newest good backup.</source>
      <translation>数据库文件已损坏：{findings}。未移动或更改任何内容。请勿用新备份覆盖现有备份；请恢复最新的完好备份。</translation>
    </message>
    <message>
      <source>The database {name} itself is damaged ({finding}): no sound copy of it can be made. The copy was discarded; nothing was changed.</source>
      <translation>数据库 {name} 本身已损坏（{finding}）：无法制作完好的副本。该副本已丢弃，未更改任何内容。</translation>
    </message>
    <message>
      <source>The backup copy failed its integrity check and was discarded; the database itself was not changed.</source>
      <translation>备份副本未通过完整性校验，已丢弃；数据库本身未被更改。</translation>
    </message>
    <message>
      <source>A service interval is 1 day to {max_months} months; check it.</source>
      <translation>维保周期须为 1 天到 {max_months} 个月，请检查。</translation>
    </message>
    <message>
      <source>The expiry date must not be before the install date ({date}).</source>
      <translation>到期日期不能早于安装日期（{date}）。</translation>
    </message>
    <message>
      <source>The last service must not be before the install date ({date}).</source>
      <translation>上次维保日期不能早于安装日期（{date}）。</translation>
    </message>
    <message>
      <source>The last service cannot be in the future.</source>
      <translation>上次维保日期不能晚于今天。</translation>
    </message>
    <message>
      <source>The deadline must be after the notice's time ({time}); check it.</source>
      <translation>整改期限须晚于通知单开具时间（{time}），请检查。</translation>
    </message>
    <message>
      <source>The fix of this notice is already reported.</source>
      <translation>该整改通知单已报告整改完成。</translation>
    </message>
    <message>
      <source>This rectification notice is closed or voided: it cannot change.</source>
      <translation>该整改通知单已关闭或已作废，不能修改。</translation>
    </message>
    <message>
      <source>The fix cannot be before the notice's time ({time}).</source>
      <translation>整改完成时间不能早于通知单开具时间（{time}）。</translation>
    </message>
    <message>
      <source>Report the fix before recording its re-inspection.</source>
      <translation>请先报告整改完成，再登记复检。</translation>
    </message>
    <message>
      <source>The re-inspection must be of the item {item} this notice is for.</source>
      <translation>复检须针对本通知单所涉及的检查项目 {item}。</translation>
    </message>
    <message>
      <source>The re-inspection cannot be before the fix ({time}).</source>
      <translation>复检时间不能早于整改完成时间（{time}）。</translation>
    </message>
    <message>
      <source>The re-inspection must be recorded by someone other than who fixed it.</source>
      <translation>复检须由整改人以外的人员登记。</translation>
    </message>
    <message>
      <source>A re-inspection must pass or fail the item.</source>
      <translation>复检须判定该项目合格或不合格。</translation>
    </message>
    <message>
      <source>Give a reason of 1 to {limit} characters.</source>
      <translation>请填写原因（1 到 {limit} 个字符）。</translation>
    </message>
    <message>
      <source>This checklist has no item {item}.</source>
      <translation>该检查表没有检查项目 {item}。</translation>
    </message>
    <message>
      <source>Item “{item}”: a note is at most {limit} characters.</source>
      <translation>检查项目“{item}”：备注最多 {limit} 个字符。</translation>
    </message>
    <message>
      <source>Item “{item}” takes a result, not a text or a number.</source>
      <translation>检查项目“{item}”应填写检查结果，而不是文字或数值。</translation>
    </message>
    <message>
      <source>Item “{item}”: enter the reading, or mark it n.a.</source>
      <translation>检查项目“{item}”：请输入读数，或标记为不适用。</translation>
    </message>
    <message>
      <source>Item “{item}”: choose a result.</source>
      <translation>检查项目“{item}”：请选择检查结果。</translation>
    </message>
    <message>
      <source>Item “{item}” needs a result.</source>
      <translation>检查项目“{item}”须填写检查结果。</translation>
    </message>
    <message>
      <source>Item “{item}”: a reading must be a number from {floor} to {ceiling}{unit}.</source>
      <translation>检查项目“{item}”：读数须为 {floor} 到 {ceiling}{unit} 之间的数值。</translation>
    </message>
    <message>
      <source>Item “{item}” takes a text, not a result.</source>
      <translation>检查项目“{item}”应填写文字，而不是检查结果。</translation>
    </message>
    <message>
      <source>Item “{item}”: at most {limit} characters.</source>
      <translation>检查项目“{item}”：最多 {limit} 个字符。</translation>
    </message>
    <message>
      <source>Item “{item}” needs a text.</source>
      <translation>检查项目“{item}”须填写文字。</translation>
    </message>
    <message>
      <source>An item key is 1 to 40 lower-case letters, digits or underscores.</source>
      <translation>项目代码须为 1 到 40 位小写字母、数字或下划线。</translation>
    </message>
    <message>
      <source>Item “{item}”: the text is 1 to {limit} characters.</source>
      <translation>检查项目“{item}”：文字须为 1 到 {limit} 个字符。</translation>
    </message>
    <message>
      <source>Item “{item}”: choose its kind.</source>
      <translation>检查项目“{item}”：请选择项目类型。</translation>
    </message>
    <message>
      <source>Item “{item}”: only a number item has a unit and limits.</source>
      <translation>检查项目“{item}”：只有数值类项目才有单位和上下限。</translation>
    </message>
    <message>
      <source>Item “{item}”: the unit is at most {limit} characters.</source>
      <translation>检查项目“{item}”：单位最多 {limit} 个字符。</translation>
    </message>
    <message>
      <source>Item “{item}”: a limit must be a number from {floor} to {ceiling}.</source>
      <translation>检查项目“{item}”：上下限须为 {floor} 到 {ceiling} 之间的数值。</translation>
    </message>
    <message>
      <source>Item “{item}”: the low limit must not be above the high limit.</source>
      <translation>检查项目“{item}”：下限不能高于上限。</translation>
    </message>
    <message>
      <source>A template's name is 1 to {limit} characters.</source>
      <translation>模板名称须为 1 到 {limit} 个字符。</translation>
    </message>
    <message>
      <source>Choose what the checklist inspects.</source>
      <translation>请选择检查表的检查类别。</translation>
    </message>
    <message>
      <source>Choose how often it is due.</source>
      <translation>请选择检查频次。</translation>
    </message>
    <message>
      <source>Name at least one area the template covers.</source>
      <translation>请至少填写一个该模板适用的区域。</translation>
    </message>
    <message>
      <source>An area's name is 1 to {limit} characters.</source>
      <translation>区域名称须为 1 到 {limit} 个字符。</translation>
    </message>
    <message>
      <source>The area {area} is listed twice.</source>
      <translation>区域 {area} 重复列出。</translation>
    </message>
    <message>
      <source>A checklist needs at least one item.</source>
      <translation>检查表至少需要一个检查项目。</translation>
    </message>
    <message>
      <source>A checklist has at most {limit} items.</source>
      <translation>检查表最多 {limit} 个检查项目。</translation>
    </message>
    <message>
      <source>The item key {item} is used twice.</source>
      <translation>项目代码 {item} 重复使用。</translation>
    </message>
    <message>
      <source>No such equipment item.</source>
      <translation>设施设备不存在。</translation>
    </message>
    <message>
      <source>The code {code} belonged to a voided item; give a new code.</source>
      <translation>编号 {code} 属于已作废的设施设备，请另填新编号。</translation>
    </message>
    <message>
      <source>The code {code} is already registered.</source>
      <translation>编号 {code} 已登记。</translation>
    </message>
    <message>
      <source>The equipment register has no items yet, so there is nothing to export.</source>
      <translation>设施设备档案中还没有任何设施设备，没有可导出的内容。</translation>
    </message>
    <message>
      <source>Choose the area inspected.</source>
      <translation>请选择巡检区域。</translation>
    </message>
    <message>
      <source>The checklist does not cover the area {area}.</source>
      <translation>该检查表不适用于区域 {area}。</translation>
    </message>
    <message>
      <source>That inspector is not on the staff register.</source>
      <translation>员工名单中没有该巡检人。</translation>
    </message>
    <message>
      <source>Item “{item}”: no equipment {code} in the register.</source>
      <translation>检查项目“{item}”：设施设备档案中没有 {code}。</translation>
    </message>
    <message>
      <source>Item “{item}”: {code} is not the kind of equipment it inspects.</source>
      <translation>检查项目“{item}”：{code} 不属于该项目所检查的设施设备类型。</translation>
    </message>
    <message>
      <source>The inspection time is in the future; check it.</source>
      <translation>巡检时间晚于现在，请核对。</translation>
    </message>
    <message>
      <source>That inspection is not on record.</source>
      <translation>没有该巡检记录。</translation>
    </message>
    <message>
      <source>Choose a kind of inspection, or any.</source>
      <translation>请选择巡检类别，或选“全部”。</translation>
    </message>
    <message>
      <source>This checklist is retired; choose another.</source>
      <translation>该检查表已停用，请另选一个。</translation>
    </message>
    <message>
      <source>No inspection {number}.</source>
      <translation>没有巡检记录 {number}。</translation>
    </message>
    <message>
      <source>Only a failed item opens a repair ticket.</source>
      <translation>只有不合格项目才能开报修工单。</translation>
    </message>
    <message>
      <source>This console keeps no photos.</source>
      <translation>本工作台不保存照片。</translation>
    </message>
    <message>
      <source>An item holds at most {limit} photos.</source>
      <translation>每个检查项目最多 {limit} 张照片。</translation>
    </message>
    <message>
      <source>That assessment is not on record.</source>
      <translation>没有这条考核记录。</translation>
    </message>
    <message>
      <source>This assessment is voided.</source>
      <translation>这条考核已作废。</translation>
    </message>
    <message>
      <source>This assessment is finalised: it cannot change.</source>
      <translation>这条考核已定稿，不能再修改。</translation>
    </message>
    <message>
      <source>No assessment {number}.</source>
      <translation>没有考核 {number}。</translation>
    </message>
    <message>
      <source>Choose which assessments to list.</source>
      <translation>请选择要列出的考核。</translation>
    </message>
    <message>
      <source>Choose the department.</source>
      <translation>请选择部门。</translation>
    </message>
    <message>
      <source>Choose a year from 2000 on.</source>
      <translation>请选择 2000 年以后的年份。</translation>
    </message>
    <message>
      <source>Name the assessor (at most {limit} characters).</source>
      <translation>请填写考核人（最多 {limit} 个字）。</translation>
    </message>
    <message>
      <source>The assessment's time is in the future; check it.</source>
      <translation>考核时间晚于现在，请核对。</translation>
    </message>
    <message>
      <source>The assessment cannot be before its month.</source>
      <translation>考核时间不能早于考核月份。</translation>
    </message>
    <message>
      <source>The department has no standard yet: adopt or write one first.</source>
      <translation>该部门还没有考核标准：请先采用或编写标准。</translation>
    </message>
    <message>
      <source>{department} is already assessed for {month} ({number}).</source>
      <translation>{department} {month} 已有考核（{number}）。</translation>
    </message>
    <message>
      <source>The check's time is in the future; check it.</source>
      <translation>抽查时间晚于现在，请核对。</translation>
    </message>
    <message>
      <source>The check cannot be before the assessment's month.</source>
      <translation>抽查时间不能早于考核月份。</translation>
    </message>
    <message>
      <source>Say what was found that cost the points.</source>
      <translation>请写明扣分的原因（发现的问题）。</translation>
    </message>
    <message>
      <source>Only a check that deducts points gets a notice.</source>
      <translation>只有扣分的抽查才开具整改通知单。</translation>
    </message>
    <message>
      <source>The deadline must be after the check.</source>
      <translation>整改期限必须晚于抽查时间。</translation>
    </message>
    <message>
      <source>Rectification notices are not available here.</source>
      <translation>此处不能开具整改通知单。</translation>
    </message>
    <message>
      <source>That spot check is not on record.</source>
      <translation>没有这条抽查记录。</translation>
    </message>
    <message>
      <source>That rectification notice is not on record.</source>
      <translation>没有该整改通知单。</translation>
    </message>
    <message>
      <source>The checklist no longer has the item {item}.</source>
      <translation>该检查表已没有检查项目 {item}。</translation>
    </message>
    <message>
      <source>Say what is to be fixed.</source>
      <translation>请填写整改内容。</translation>
    </message>
    <message>
      <source>The notice's time is in the future; check it.</source>
      <translation>通知单开具时间晚于现在，请核对。</translation>
    </message>
    <message>
      <source>Give the deadline.</source>
      <translation>请填写整改期限。</translation>
    </message>
    <message>
      <source>Only a failed item gets a rectification notice.</source>
      <translation>只有不合格项目才能开具整改通知单。</translation>
    </message>
    <message>
      <source>Choose the department that is to fix it.</source>
      <translation>请选择负责整改的部门。</translation>
    </message>
    <message>
      <source>Notice {number} is already open for this item.</source>
      <translation>该项目已有未关闭的整改通知单 {number}。</translation>
    </message>
    <message>
      <source>The fix's time is in the future; check it.</source>
      <translation>整改完成时间晚于现在，请核对。</translation>
    </message>
    <message>
      <source>No rectification notice {number}.</source>
      <translation>没有整改通知单 {number}。</translation>
    </message>
    <message>
      <source>Choose which notices to list.</source>
      <translation>请选择要列出的整改通知单。</translation>
    </message>
    <message>
      <source>That checklist template is not on record.</source>
      <translation>没有该检查表模板。</translation>
    </message>
    <message>
      <source>This template is retired: it cannot change.</source>
      <translation>该模板已停用，不能修改。</translation>
    </message>
    <message>
      <source>{name} is not a photo propdesk can keep: only JPEG, PNG, HEIC/HEIF and WebP pictures can be attached.</source>
      <translation>{name} 不是 propdesk 可保存的照片：只能附加 JPEG、PNG、HEIC/HEIF 和 WebP 格式的图片。</translation>
    </message>
    <message>
      <source>{name} is {size} MB; a photo may be at most {limit} MB. Attach a smaller copy (most phones can share a photo at a lower size).</source>
      <translation>{name} 为 {size} MB，照片最大 {limit} MB。请附加较小的副本（大多数手机分享照片时可选择较小尺寸）。</translation>
    </message>
    <message>
      <source>The file {name} cannot be read ({reason}). Nothing was attached.</source>
      <translation>无法读取文件 {name}（{reason}）。未附加任何内容。</translation>
    </message>
    <message>
      <source>The photo folder {folder} cannot be written to ({reason}). Nothing was saved; check the folder's permissions.</source>
      <translation>照片文件夹 {folder} 无法写入（{reason}）。本次未保存任何内容；请检查文件夹权限。</translation>
    </message>
    <message>
      <source>There is no checklist template yet: a manager loads the default ones on the Templates page.</source>
      <translation>还没有检查表模板：请由经理在“检查表模板”页载入默认模板。</translation>
    </message>
    <message>
      <source>Give the month as year and month, e.g. 2026-11.</source>
      <translation>请按年月填写月份，例如 2026-11。</translation>
    </message>
    <message>
      <source>That month has not begun yet.</source>
      <translation>该月份尚未开始。</translation>
    </message>
    <message>
      <source>Choose an item of the department's standard.</source>
      <translation>请选择该部门考核标准中的项目。</translation>
    </message>
    <message>
      <source>Deduct a whole number of points, 0 or more.</source>
      <translation>扣分须为 0 或以上的整数。</translation>
    </message>
    <message>
      <source>The item is worth {points} points: deduct at most that.</source>
      <translation>该项目分值为 {points} 分，扣分不能超过分值。</translation>
    </message>
    <message>
      <source>Only {left} of the item's {points} points are left to deduct.</source>
      <translation>该项目 {points} 分中只剩 {left} 分可扣。</translation>
    </message>
    <message>
      <source>Name the standard (at most {limit} characters).</source>
      <translation>请填写标准名称（最多 {limit} 个字）。</translation>
    </message>
    <message>
      <source>A standard has 1 to {limit} items.</source>
      <translation>考核标准应有 1 至 {limit} 个项目。</translation>
    </message>
    <message>
      <source>Each item needs a key of its own.</source>
      <translation>每个项目须有各自的编码。</translation>
    </message>
    <message>
      <source>Describe the item (at most {limit} characters).</source>
      <translation>请填写项目内容（最多 {limit} 个字）。</translation>
    </message>
    <message>
      <source>An item is worth 1 to {limit} points.</source>
      <translation>项目分值应为 1 至 {limit} 分。</translation>
    </message>
    <message>
      <source>The event must end after it starts.</source>
      <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
      <source>An event lasts at most {days} days; check the end.</source>
      <translation>活动最长 {days} 天，请检查结束时间。</translation>
    </message>
    <message>
      <source>Plan events at most {days} days back or ahead; check the year.</source>
      <translation>活动时间须在前后 {days} 天之内，请检查年份。</translation>
    </message>
    <message>
      <source>Enter an amount from 0 to {most} yuan.</source>
      <translation>请填写 0 至 {most} 元之间的金额。</translation>
    </message>
    <message>
      <source>Enter how many took part, from 0 to {most}.</source>
      <translation>请填写参与人数（0 至 {most}）。</translation>
    </message>
    <message>
      <source>The event has not begun yet: record it as held once it has.</source>
      <translation>活动尚未开始，开始后才能登记为已举办。</translation>
    </message>
    <message>
      <source>This event was held: its record is archived and cannot change.</source>
      <translation>该活动已举办，记录已归档，不能再修改。</translation>
    </message>
    <message>
      <source>This event was cancelled: it cannot change.</source>
      <translation>该活动已取消，不能再修改。</translation>
    </message>
    <message>
      <source>The deadline must be after the incident.</source>
      <translation>完成期限须晚于事件发生时间。</translation>
    </message>
    <message>
      <source>The deadline is more than a year after the incident; check it.</source>
      <translation>完成期限距事件发生已超过一年，请核对。</translation>
    </message>
    <message>
      <source>The action cannot be done before the incident.</source>
      <translation>措施的完成时间不能早于事件发生时间。</translation>
    </message>
    <message>
      <source>{n} follow-up actions are not done; finish them or give a reason for closing now.</source>
      <translation>尚有 {n} 项后续措施未完成；请先完成，或填写现在结案的理由。</translation>
    </message>
    <message>
      <source>Ask at least one question.</source>
      <translation>至少要有一道题目。</translation>
    </message>
    <message>
      <source>Ask at most {limit} questions.</source>
      <translation>题目最多 {limit} 道。</translation>
    </message>
    <message>
      <source>Write each question in at most {limit} characters.</source>
      <translation>每道题目最多 {limit} 个字。</translation>
    </message>
    <message>
      <source>Type one digit per question: 5 very satisfied … 1 very dissatisfied, 0 not answered.</source>
      <translation>每题输入一个数字：5 非常满意 … 1 非常不满意，0 未作答。</translation>
    </message>
    <message>
      <source>Type {questions} digits, one per question (you typed {typed}).</source>
      <translation>请输入 {questions} 个数字，每题一个（已输入 {typed} 个）。</translation>
    </message>
    <message>
      <source>The last day comes on or after the first.</source>
      <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
      <source>A round runs at most {days} days.</source>
      <translation>一次调查最长 {days} 天。</translation>
    </message>
    <message>
      <source>Choose how often the task is due.</source>
      <translation>请选择任务的频次。</translation>
    </message>
    <message>
      <source>Choose a day of the month from 1 to {last}.</source>
      <translation>请选择每月的 1 至 {last} 日。</translation>
    </message>
    <message>
      <source>Choose the weekdays the task is due.</source>
      <translation>请选择任务在星期几进行。</translation>
    </message>
    <message>
      <source>A weekly task is due on one weekday; choose one.</source>
      <translation>每周任务只在一个星期几进行，请选择一天。</translation>
    </message>
    <message>
      <source>Enter a title for the session.</source>
      <translation>请填写主题。</translation>
    </message>
    <message>
      <source>Choose who organised the session.</source>
      <translation>请选择组织人。</translation>
    </message>
    <message>
      <source>Choose the staff who took part.</source>
      <translation>请选择参加的员工。</translation>
    </message>
    <message>
      <source>Choose the drill or training topic.</source>
      <translation>请选择演练或培训类别。</translation>
    </message>
    <message>
      <source>That person is not on the staff register.</source>
      <translation>员工名册中没有此人。</translation>
    </message>
    <message>
      <source>Enter when the session was held.</source>
      <translation>请填写举行时间。</translation>
    </message>
    <message>
      <source>The session's time is in the future; check it.</source>
      <translation>举行时间晚于现在，请核对。</translation>
    </message>
    <message>
      <source>Enter the duration in minutes, from {low} to {high}.</source>
      <translation>请填写时长（分钟），{low} 至 {high}。</translation>
    </message>
    <message>
      <source>Enter the residents who joined, from {low} to {high}.</source>
      <translation>请填写住户参加人数，{low} 至 {high}。</translation>
    </message>
    <message>
      <source>At most {limit} staff can be named.</source>
      <translation>最多可填写 {limit} 名员工。</translation>
    </message>
    <message>
      <source>Name the staff who took part, or count the residents.</source>
      <translation>请选择参加的员工，或填写住户参加人数。</translation>
    </message>
    <message>
      <source>That session is not on record.</source>
      <translation>没有这条演练或培训记录。</translation>
    </message>
    <message>
      <source>A session holds at most {limit} photos.</source>
      <translation>每场最多 {limit} 张照片。</translation>
    </message>
    <message>
      <source>Enter a year from {first} to {last}.</source>
      <translation>请填写 {first} 至 {last} 之间的年份。</translation>
    </message>
    <message>
      <source>Enter the day it is due by.</source>
      <translation>请填写完成期限。</translation>
    </message>
    <message>
      <source>{year} has a plan already; change its entries instead.</source>
      <translation>{year} 年已有计划，请修改其中的项目。</translation>
    </message>
    <message>
      <source>Keep the day within {year}.</source>
      <translation>日期须在 {year} 年内。</translation>
    </message>
    <message>
      <source>That plan entry is not on record.</source>
      <translation>没有这个计划项目。</translation>
    </message>
    <message>
      <source>Choose drills, trainings, or any.</source>
      <translation>请选择演练、培训或全部。</translation>
    </message>
    <message>
      <source>No session {number}.</source>
      <translation>没有编号为 {number} 的记录。</translation>
    </message>
    <message>
      <source>That event is not on record.</source>
      <translation>系统中没有该活动。</translation>
    </message>
    <message>
      <source>This event was voided: it cannot change.</source>
      <translation>该活动已作废，不能再修改。</translation>
    </message>
    <message>
      <source>Choose which events to list.</source>
      <translation>请选择要列出的活动。</translation>
    </message>
    <message>
      <source>The last day comes before the first.</source>
      <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
      <source>Choose the kind of event.</source>
      <translation>请选择活动类别。</translation>
    </message>
    <message>
      <source>No event {number}.</source>
      <translation>没有编号为 {number} 的活动。</translation>
    </message>
    <message>
      <source>Enter the event's theme.</source>
      <translation>请填写活动主题。</translation>
    </message>
    <message>
      <source>Give the start time.</source>
      <translation>请填写开始时间。</translation>
    </message>
    <message>
      <source>Give the end time.</source>
      <translation>请填写结束时间。</translation>
    </message>
    <message>
      <source>Enter where the event takes place.</source>
      <translation>请填写活动地点。</translation>
    </message>
    <message>
      <source>Enter who organises it.</source>
      <translation>请填写组织者。</translation>
    </message>
    <message>
      <source>Say why the event is cancelled.</source>
      <translation>请填写取消原因。</translation>
    </message>
    <message>
      <source>This event was voided: it is not announced.</source>
      <translation>该活动已作废，不能发布通知。</translation>
    </message>
    <message>
      <source>An event holds at most {limit} photos.</source>
      <translation>每场活动最多 {limit} 张照片。</translation>
    </message>
    <message>
      <source>This incident is voided: it cannot change.</source>
      <translation>该事件已作废，不能再修改。</translation>
    </message>
    <message>
      <source>This incident is closed: it cannot change.</source>
      <translation>该事件已结案，不能再修改。</translation>
    </message>
    <message>
      <source>Choose which incidents to list.</source>
      <translation>请选择要显示的事件。</translation>
    </message>
    <message>
      <source>The last day is before the first.</source>
      <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
      <source>Incidents are opened from a patrol finding or a gate entry.</source>
      <translation>安全事件只能由巡逻发现或门岗记录转入。</translation>
    </message>
    <message>
      <source>Incident {number} is already on record for it.</source>
      <translation>该记录已登记安全事件 {number}。</translation>
    </message>
    <message>
      <source>A follow-up's deadline would be before the incident.</source>
      <translation>修改后，已有后续措施的完成期限将早于事件发生时间。</translation>
    </message>
    <message>
      <source>Say who did it.</source>
      <translation>请填写完成人。</translation>
    </message>
    <message>
      <source>That follow-up action is not on record.</source>
      <translation>查无此后续措施。</translation>
    </message>
    <message>
      <source>That follow-up action is already done.</source>
      <translation>该后续措施已完成。</translation>
    </message>
    <message>
      <source>This incident is voided already.</source>
      <translation>该事件已作废。</translation>
    </message>
    <message>
      <source>No incident has the number {number}.</source>
      <translation>没有编号为 {number} 的安全事件。</translation>
    </message>
    <message>
      <source>Choose the kind of incident.</source>
      <translation>请选择事件类别。</translation>
    </message>
    <message>
      <source>Give the date and time.</source>
      <translation>请填写日期和时间。</translation>
    </message>
    <message>
      <source>The time is in the future; check it.</source>
      <translation>时间晚于当前时间，请核对。</translation>
    </message>
    <message>
      <source>The date is more than {days} days ago; check it.</source>
      <translation>日期早于 {days} 天前，请核对。</translation>
    </message>
    <message>
      <source>This must be text.</source>
      <translation>此处应填写文字。</translation>
    </message>
    <message>
      <source>Say yes or no.</source>
      <translation>请选择是或否。</translation>
    </message>
    <message>
      <source>The loss is an amount in yuan from 0 to 10,000,000.</source>
      <translation>损失金额应在 0 至 10,000,000 元之间。</translation>
    </message>
    <message>
      <source>Give the incident a short title.</source>
      <translation>请填写事件名称（一句话概括）。</translation>
    </message>
    <message>
      <source>Say where it happened.</source>
      <translation>请填写发生地点。</translation>
    </message>
    <message>
      <source>Say what happened.</source>
      <translation>请填写事件经过。</translation>
    </message>
    <message>
      <source>A report number means the police were called.</source>
      <translation>填写了回执号，请勾选“已报警”。</translation>
    </message>
    <message>
      <source>A report number means the fire brigade was called.</source>
      <translation>填写了回执号，请勾选“已报火警”。</translation>
    </message>
    <message>
      <source>Say what is to be done.</source>
      <translation>请填写要采取的措施。</translation>
    </message>
    <message>
      <source>Say who (a person or a department) is to do it.</source>
      <translation>请填写责任人或责任部门。</translation>
    </message>
    <message>
      <source>Type the incident's number.</source>
      <translation>请输入事件编号。</translation>
    </message>
    <message>
      <source>That incident is not on record.</source>
      <translation>查无此安全事件。</translation>
    </message>
    <message>
      <source>Give 5 (very satisfied) to 1 (very dissatisfied), or 0 or nothing.</source>
      <translation>请填 5（非常满意）至 1（非常不满意），或填 0、留空。</translation>
    </message>
    <message>
      <source>No survey round {number}.</source>
      <translation>没有调查 {number}。</translation>
    </message>
    <message>
      <source>This round asks {questions} questions; leave this column empty.</source>
      <translation>本次调查只有 {questions} 道题，此列请留空。</translation>
    </message>
    <message>
      <source>Name the round (at most {limit} characters).</source>
      <translation>请填写调查名称（最多 {limit} 个字）。</translation>
    </message>
    <message>
      <source>Enter the round's first and last day.</source>
      <translation>请填写调查的开始和结束日期。</translation>
    </message>
    <message>
      <source>Choose what the comment is about, or nothing.</source>
      <translation>请选择意见涉及的部门，或不选。</translation>
    </message>
    <message>
      <source>Type the unit, e.g. 3-2-1502.</source>
      <translation>请输入房号，如 3-2-1502。</translation>
    </message>
    <message>
      <source>Replaced by a new entry of the same form.</source>
      <translation>已按同一问卷重新录入替换。</translation>
    </message>
    <message>
      <source>This survey round was voided.</source>
      <translation>该调查已作废。</translation>
    </message>
    <message>
      <source>This survey round is closed: it takes no more responses.</source>
      <translation>该调查已结束，不再录入问卷。</translation>
    </message>
    <message>
      <source>Unit {unit} has already answered this round; replace its response only if this form is the right one.</source>
      <translation>房号 {unit} 已提交过本次问卷；只有确认这份问卷无误时才替换原问卷。</translation>
    </message>
    <message>
      <source>That survey response is not on record.</source>
      <translation>没有这份问卷记录。</translation>
    </message>
    <message>
      <source>Choose an area, or any.</source>
      <translation>请选择部门，或选择全部。</translation>
    </message>
    <message>
      <source>That survey round is not on record.</source>
      <translation>没有这次调查的记录。</translation>
    </message>
    <message>
      <source>Choose a year from 2000 to 2100, or any.</source>
      <translation>请选择 2000 至 2100 年之间的年份，或选择全部。</translation>
    </message>
    <message>
      <source>The task {task} is not for the area {area}.</source>
      <translation>任务“{task}”不属于区域 {area}。</translation>
    </message>
    <message>
      <source>The task {task} was not on the books on {day}.</source>
      <translation>{day} 时任务“{task}”尚未启用或已停用。</translation>
    </message>
    <message>
      <source>{task} in {area} is already logged for {day}; void that entry to log it again.</source>
      <translation>{area} 的“{task}”在 {day} 已有记录；如需重新记录，请先作废该记录。</translation>
    </message>
    <message>
      <source>That work-log entry is not on record.</source>
      <translation>没有这条保洁绿化日志记录。</translation>
    </message>
    <message>
      <source>Choose both the first and the last day, or neither.</source>
      <translation>请同时选择起止日期，或都不选。</translation>
    </message>
    <message>
      <source>Choose cleaning or greening, or any.</source>
      <translation>请选择保洁、绿化或全部。</translation>
    </message>
    <message>
      <source>Choose the area.</source>
      <translation>请选择区域。</translation>
    </message>
    <message>
      <source>Nothing to log: the area has no open task that day.</source>
      <translation>没有可记录的内容：该区域当天没有待记录的任务。</translation>
    </message>
    <message>
      <source>At most {limit} rows at once.</source>
      <translation>一次最多 {limit} 行。</translation>
    </message>
    <message>
      <source>Every row is for the day chosen.</source>
      <translation>每一行都须为所选日期。</translation>
    </message>
    <message>
      <source>A task is logged once a day.</source>
      <translation>一项任务每天只记录一次。</translation>
    </message>
    <message>
      <source>Choose cleaning or greening.</source>
      <translation>请选择保洁或绿化。</translation>
    </message>
    <message>
      <source>Enter the area (a building or a common area).</source>
      <translation>请输入区域（楼栋或公共区域）。</translation>
    </message>
    <message>
      <source>Enter the task.</source>
      <translation>请输入工作内容。</translation>
    </message>
    <message>
      <source>Enter the usual time as hours and minutes.</source>
      <translation>请按时:分输入通常的作业时间。</translation>
    </message>
    <message>
      <source>Choose who did the work.</source>
      <translation>请选择执行人。</translation>
    </message>
    <message>
      <source>{name} is not in the department that does this work.</source>
      <translation>{name} 不属于负责此项工作的部门。</translation>
    </message>
    <message>
      <source>Enter the day.</source>
      <translation>请输入日期。</translation>
    </message>
    <message>
      <source>The day is in the future; work is logged once done.</source>
      <translation>日期在未来；工作完成后才能记录。</translation>
    </message>
    <message>
      <source>Enter the time as hours and minutes.</source>
      <translation>请按时:分输入时间。</translation>
    </message>
    <message>
      <source>Say why the task was not done.</source>
      <translation>请填写未完成的原因。</translation>
    </message>
    <message>
      <source>That work-log task is not on record.</source>
      <translation>没有这项保洁绿化任务。</translation>
    </message>
    <message>
      <source>The area {area} already has the task {task}.</source>
      <translation>区域 {area} 已有任务“{task}”。</translation>
    </message>
    <message>
      <source>This conflict was already resolved.</source>
      <translation>这个冲突已经处理过了。</translation>
    </message>
    <message>
      <source>Choose this station's version or the server's.</source>
      <translation>请选择本工作站的版本或服务器的版本。</translation>
    </message>
    <message>
      <source>One side deleted the record: keep this station's version or the server's as a whole.</source>
      <translation>有一方删除了这条记录：请整体保留本工作站的版本或服务器的版本。</translation>
    </message>
    <message>
      <source>Enter the server's name or IP address.</source>
      <translation>请输入服务器的名称或 IP 地址。</translation>
    </message>
    <message>
      <source>The port is a number from 1 to 65535.</source>
      <translation>端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
      <source>Enter the database's name.</source>
      <translation>请输入数据库名称。</translation>
    </message>
    <message>
      <source>Enter the user name on the server.</source>
      <translation>请输入服务器上的用户名。</translation>
    </message>
    <message>
      <source>The server {server} cannot be reached: check the address, the network cable and that the server is on.</source>
      <translation>无法连接服务器 {server}：请检查地址、网线，以及服务器是否开机。</translation>
    </message>
    <message>
      <source>The server refused the user name or password for {server}.</source>
      <translation>服务器 {server} 拒绝了用户名或密码。</translation>
    </message>
    <message>
      <source>The server {server} has no database of that name.</source>
      <translation>服务器 {server} 上没有这个名称的数据库。</translation>
    </message>
    <message>
      <source>The server {server} holds data of a newer propdesk (schema {schema}): install the newer version on this station first.</source>
      <translation>服务器 {server} 上的数据来自更新版本的 propdesk（结构版本 {schema}）：请先在本工作站安装新版本。</translation>
    </message>
    <message>
      <source>The server {server} answered with an error: {detail}</source>
      <translation>服务器 {server} 返回错误：{detail}</translation>
    </message>
    <message>
      <source>Enter the server's name (letters, digits, dots and dashes) or its IP address.</source>
      <translation>请输入服务器名称（字母、数字、点和连字符）或 IP 地址。</translation>
    </message>
    <message>
      <source>This name cannot contain control characters.</source>
      <translation>名称中不能包含控制字符。</translation>
    </message>
    <message>
      <source>PostgreSQL names are at most 63 bytes long (21 Chinese characters).</source>
      <translation>PostgreSQL 名称最长 63 字节（21 个汉字）。</translation>
    </message>
    <message>
      <source>The password can have at most {limit} characters and no control characters.</source>
      <translation>密码最多 {limit} 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
      <source>PROPDESK_DATABASE_URL chooses this station's database; change or remove it there to choose here.</source>
      <translation>本工作站的数据库由环境变量 PROPDESK_DATABASE_URL 指定；请先在那里修改或删除它，才能在此选择。</translation>
    </message>
    <message>
      <source>{n} records saved on this station have not reached the server yet. Wait until the status bar says synced (the server must be reachable), then choose again.</source>
      <translation>本工作站保存的 {n} 条记录尚未送达服务器。请等到状态栏显示“已同步”（服务器须可连接）后再选择。</translation>
    </message>
    <message>
      <source>{n} conflicts are open on this station: resolve them in Settings → Sync conflicts first, then choose again.</source>
      <translation>本工作站有 {n} 个未处理的冲突：请先在“设置 → 同步冲突”中处理，再重新选择。</translation>
    </message>
  </context>
</TS>
