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
    <name>ActionForm</name>
    <message>
      <source>Add a follow-up action</source>
      <translation>Add a follow-up action</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>e.g. add a camera over the bike shed</source>
      <translation>e.g. add a camera over the bike shed</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>A person or a department</source>
      <translation>A person or a department</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
  </context>
  <context>
    <name>ActionsModel</name>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Overdue by {n} days</source>
      <translation>Overdue by {n} days</translation>
    </message>
    <message>
      <source>Not done yet</source>
      <translation>Not done yet</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <source>Add user</source>
      <translation>Add user</translation>
    </message>
    <message>
      <source>e.g. zhang.san</source>
      <translation>e.g. zhang.san</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>Repeat password</translation>
    </message>
  </context>
  <context>
    <name>AnalysisChart</name>
    <message>
      <source>{name}: {value}</source>
      <translation>{name}: {value}</translation>
    </message>
    <message>
      <source>Click or press Enter: the complaints</source>
      <translation>Click or press Enter: the complaints</translation>
    </message>
    <message>
      <source>{label} (right, %)</source>
      <translation>{label} (right, %)</translation>
    </message>
  </context>
  <context>
    <name>AnalysisPanel</name>
    <message>
      <source>Show period</source>
      <translation>Show period</translation>
    </message>
    <message>
      <source>&amp;Year</source>
      <translation>&amp;Year</translation>
    </message>
    <message>
      <source>or &amp;from</source>
      <translation>or &amp;from</translation>
    </message>
    <message>
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <source>Every figure opens the complaints behind it: click a count or a bar, or choose a table row and press Enter (double-click). Right-click a table to export it.</source>
      <translation>Every figure opens the complaints behind it: click a count or a bar, or choose a table row and press Enter (double-click). Right-click a table to export it.</translation>
    </message>
    <message>
      <source>By category</source>
      <translation>By category</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>By month</translation>
    </message>
    <message>
      <source>No place complained of 3 times in 90 days</source>
      <translation>No place complained of 3 times in 90 days</translation>
    </message>
    <message>
      <source>Nobody complained 3 times in 90 days</source>
      <translation>Nobody complained 3 times in 90 days</translation>
    </message>
    <message>
      <source>Places: the same unit or area 3 times or more in 90 days</source>
      <translation>Places: the same unit or area 3 times or more in 90 days</translation>
    </message>
    <message>
      <source>Complainants: 3 times or more in 90 days</source>
      <translation>Complainants: 3 times or more in 90 days</translation>
    </message>
    <message>
      <source>Repeats</source>
      <translation>Repeats</translation>
    </message>
    <message>
      <source>By department</source>
      <translation>By department</translation>
    </message>
    <message>
      <source>{first} – {last}: {n} complaints received; overdue as of {as_of}.</source>
      <translation>{first} – {last}: {n} complaints received; overdue as of {as_of}.</translation>
    </message>
    <message>
      <source>Complaints {what} {first}–{last}</source>
      <translation>Complaints {what} {first}–{last}</translation>
    </message>
    <message>
      <source>by category</source>
      <translation>by category</translation>
    </message>
    <message>
      <source>by month</source>
      <translation>by month</translation>
    </message>
    <message>
      <source>repeat places</source>
      <translation>repeat places</translation>
    </message>
    <message>
      <source>repeat complainants</source>
      <translation>repeat complainants</translation>
    </message>
    <message>
      <source>by department</source>
      <translation>by department</translation>
    </message>
  </context>
  <context>
    <name>AnswerComplaintForm</name>
    <message>
      <source>Investigation</source>
      <translation>Investigation</translation>
    </message>
    <message>
      <source>what was found</source>
      <translation>what was found</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>Resolution</translation>
    </message>
    <message>
      <source>what was done or promised</source>
      <translation>what was done or promised</translation>
    </message>
    <message>
      <source>Complainant told</source>
      <translation>Complainant told</translation>
    </message>
  </context>
  <context>
    <name>AnswerForm</name>
    <message>
      <source>Answer inquiry</source>
      <translation>Answer inquiry</translation>
    </message>
    <message>
      <source>Answer given</source>
      <translation>Answer given</translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message>
      <source>New monthly assessment</source>
      <translation>New monthly assessment</translation>
    </message>
    <message>
      <source>&amp;Department</source>
      <translation>&amp;Department</translation>
    </message>
    <message>
      <source>&amp;Month</source>
      <translation>&amp;Month</translation>
    </message>
    <message>
      <source>&amp;Assessor</source>
      <translation>&amp;Assessor</translation>
    </message>
    <message>
      <source>&amp;Remarks</source>
      <translation>&amp;Remarks</translation>
    </message>
  </context>
  <context>
    <name>AssessmentNames</name>
    <message>
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message>
      <source>Finalised</source>
      <translation>Finalised</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>fix reported</source>
      <translation>fix reported</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>closed</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>voided</translation>
    </message>
    <message>
      <source> · overdue</source>
      <translation> · overdue</translation>
    </message>
  </context>
  <context>
    <name>AssessmentPrinting</name>
    <message>
      <source>Assessment sheet: {department} {month}</source>
      <translation>Assessment sheet: {department} {month}</translation>
    </message>
  </context>
  <context>
    <name>AssessmentTableModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Deducted</source>
      <translation>Deducted</translation>
    </message>
    <message>
      <source>Spot checks</source>
      <translation>Spot checks</translation>
    </message>
    <message>
      <source>Assessor</source>
      <translation>Assessor</translation>
    </message>
    <message>
      <source>Assessed</source>
      <translation>Assessed</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
  </context>
  <context>
    <name>AssessmentsTab</name>
    <message>
      <source>Monthly assessments</source>
      <translation>Monthly assessments</translation>
    </message>
    <message>
      <source>All departments</source>
      <translation>All departments</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>Number or assessor</source>
      <translation>Number or assessor</translation>
    </message>
    <message>
      <source>&amp;Department</source>
      <translation>&amp;Department</translation>
    </message>
    <message>
      <source>&amp;Year</source>
      <translation>&amp;Year</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Find</translation>
    </message>
    <message>
      <source>&amp;New assessment…</source>
      <translation>&amp;New assessment…</translation>
    </message>
    <message>
      <source>&amp;Standards…</source>
      <translation>&amp;Standards…</translation>
    </message>
    <message>
      <source>&amp;Blank sheet…</source>
      <translation>&amp;Blank sheet…</translation>
    </message>
    <message>
      <source>Spot &amp;check…</source>
      <translation>Spot &amp;check…</translation>
    </message>
    <message>
      <source>N&amp;otice…</source>
      <translation>N&amp;otice…</translation>
    </message>
    <message>
      <source>&amp;Verify fix</source>
      <translation>&amp;Verify fix</translation>
    </message>
    <message>
      <source>Finalise</source>
      <translation>Finalise</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>&amp;Print sheet…</source>
      <translation>&amp;Print sheet…</translation>
    </message>
    <message>
      <source>Assessments {first}–{last}</source>
      <translation>Assessments {first}–{last}</translation>
    </message>
    <message>
      <source>No assessments</source>
      <translation>No assessments</translation>
    </message>
    <message>
      <source>Choose an assessment, or make a new one.</source>
      <translation>Choose an assessment, or make a new one.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{number}&lt;/b&gt; · {department} · {month} · score &lt;b&gt;{score}&lt;/b&gt; of {total} ({deducted} deducted) · {assessor} · {state}</source>
      <translation>&lt;b&gt;{number}&lt;/b&gt; · {department} · {month} · score &lt;b&gt;{score}&lt;/b&gt; of {total} ({deducted} deducted) · {assessor} · {state}</translation>
    </message>
    <message>
      <source>No department has a standard yet: adopt the defaults under Standards… first.</source>
      <translation>No department has a standard yet: adopt the defaults under Standards… first.</translation>
    </message>
    <message>
      <source>Rectification notice {number} issued.</source>
      <translation>Rectification notice {number} issued.</translation>
    </message>
    <message>
      <source>Closed by this check: {numbers}.</source>
      <translation>Closed by this check: {numbers}.</translation>
    </message>
    <message>
      <source>Opened again by this check: {numbers}.</source>
      <translation>Opened again by this check: {numbers}.</translation>
    </message>
    <message>
      <source>Notice {number} is closed.</source>
      <translation>Notice {number} is closed.</translation>
    </message>
    <message>
      <source>Void assessment {number}</source>
      <translation>Void assessment {number}</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Reason</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Blank sheet</source>
      <translation>Blank sheet</translation>
    </message>
    <message>
      <source>Standards</source>
      <translation>Standards</translation>
    </message>
    <message>
      <source>Default standards adopted for {n} departments: edit them as needed.</source>
      <translation>Default standards adopted for {n} departments: edit them as needed.</translation>
    </message>
  </context>
  <context>
    <name>AssignHandlerForm</name>
    <message>
      <source>Person responsible</source>
      <translation>Person responsible</translation>
    </message>
  </context>
  <context>
    <name>AuditChangesModel</name>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Before</translation>
    </message>
    <message>
      <source>After</source>
      <translation>After</translation>
    </message>
  </context>
  <context>
    <name>AuditNames</name>
    <message>
      <source>created</source>
      <translation>created</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>changed</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>voided</translation>
    </message>
    <message>
      <source>logged in</source>
      <translation>logged in</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>restored</translation>
    </message>
    <message>
      <source>user</source>
      <translation>user</translation>
    </message>
    <message>
      <source>database</source>
      <translation>database</translation>
    </message>
    <message>
      <source>demo data</source>
      <translation>demo data</translation>
    </message>
    <message>
      <source>estate</source>
      <translation>estate</translation>
    </message>
    <message>
      <source>building</source>
      <translation>building</translation>
    </message>
    <message>
      <source>estate setting</source>
      <translation>estate setting</translation>
    </message>
    <message>
      <source>access card</source>
      <translation>access card</translation>
    </message>
    <message>
      <source>vehicle</source>
      <translation>vehicle</translation>
    </message>
    <message>
      <source>staff member</source>
      <translation>staff member</translation>
    </message>
    <message>
      <source>gate record</source>
      <translation>gate record</translation>
    </message>
    <message>
      <source>release slip</source>
      <translation>release slip</translation>
    </message>
    <message>
      <source>shift handover</source>
      <translation>shift handover</translation>
    </message>
    <message>
      <source>repair ticket</source>
      <translation>repair ticket</translation>
    </message>
    <message>
      <source>patrol route</source>
      <translation>patrol route</translation>
    </message>
    <message>
      <source>inquiry</source>
      <translation>inquiry</translation>
    </message>
    <message>
      <source>equipment item</source>
      <translation>equipment item</translation>
    </message>
    <message>
      <source>checklist template</source>
      <translation>checklist template</translation>
    </message>
    <message>
      <source>work-log task</source>
      <translation>work-log task</translation>
    </message>
    <message>
      <source>work-log entry</source>
      <translation>work-log entry</translation>
    </message>
    <message>
      <source>demo data created</source>
      <translation>demo data created</translation>
    </message>
    <message>
      <source>checkpoint</source>
      <translation>checkpoint</translation>
    </message>
    <message>
      <source>patrol round</source>
      <translation>patrol round</translation>
    </message>
    <message>
      <source>patrol finding</source>
      <translation>patrol finding</translation>
    </message>
    <message>
      <source>wand code</source>
      <translation>wand code</translation>
    </message>
    <message>
      <source>wand import</source>
      <translation>wand import</translation>
    </message>
    <message>
      <source>user name</source>
      <translation>user name</translation>
    </message>
    <message>
      <source>name</source>
      <translation>name</translation>
    </message>
    <message>
      <source>role</source>
      <translation>role</translation>
    </message>
    <message>
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <source>password</source>
      <translation>password</translation>
    </message>
    <message>
      <source>file</source>
      <translation>file</translation>
    </message>
    <message>
      <source>previous database kept as</source>
      <translation>previous database kept as</translation>
    </message>
    <message>
      <source>address</source>
      <translation>address</translation>
    </message>
    <message>
      <source>hotline</source>
      <translation>hotline</translation>
    </message>
    <message>
      <source>value</source>
      <translation>value</translation>
    </message>
    <message>
      <source>code</source>
      <translation>code</translation>
    </message>
    <message>
      <source>number</source>
      <translation>number</translation>
    </message>
    <message>
      <source>floors</source>
      <translation>floors</translation>
    </message>
    <message>
      <source>entrance</source>
      <translation>entrance</translation>
    </message>
    <message>
      <source>floor</source>
      <translation>floor</translation>
    </message>
    <message>
      <source>room</source>
      <translation>room</translation>
    </message>
    <message>
      <source>floor area</source>
      <translation>floor area</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>unit</translation>
    </message>
    <message>
      <source>resident</source>
      <translation>resident</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>kind</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>phone</translation>
    </message>
    <message>
      <source>second phone</source>
      <translation>second phone</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>moved in</source>
      <translation>moved in</translation>
    </message>
    <message>
      <source>moved out</source>
      <translation>moved out</translation>
    </message>
    <message>
      <source>status</source>
      <translation>status</translation>
    </message>
    <message>
      <source>issued on</source>
      <translation>issued on</translation>
    </message>
    <message>
      <source>returned on</source>
      <translation>returned on</translation>
    </message>
    <message>
      <source>plate</source>
      <translation>plate</translation>
    </message>
    <message>
      <source>parking space</source>
      <translation>parking space</translation>
    </message>
    <message>
      <source>zone</source>
      <translation>zone</translation>
    </message>
    <message>
      <source>description</source>
      <translation>description</translation>
    </message>
    <message>
      <source>department</source>
      <translation>department</translation>
    </message>
    <message>
      <source>position</source>
      <translation>position</translation>
    </message>
    <message>
      <source>time</source>
      <translation>time</translation>
    </message>
    <message>
      <source>station</source>
      <translation>station</translation>
    </message>
    <message>
      <source>card number</source>
      <translation>card number</translation>
    </message>
    <message>
      <source>pass number</source>
      <translation>pass number</translation>
    </message>
    <message>
      <source>purpose</source>
      <translation>purpose</translation>
    </message>
    <message>
      <source>host confirmed</source>
      <translation>host confirmed</translation>
    </message>
    <message>
      <source>confirmed by</source>
      <translation>confirmed by</translation>
    </message>
    <message>
      <source>entry record</source>
      <translation>entry record</translation>
    </message>
    <message>
      <source>closed at</source>
      <translation>closed at</translation>
    </message>
    <message>
      <source>fee</source>
      <translation>fee</translation>
    </message>
    <message>
      <source>note</source>
      <translation>note</translation>
    </message>
    <message>
      <source>registered vehicle</source>
      <translation>registered vehicle</translation>
    </message>
    <message>
      <source>permit number</source>
      <translation>permit number</translation>
    </message>
    <message>
      <source>exterior check</source>
      <translation>exterior check</translation>
    </message>
    <message>
      <source>permit returned</source>
      <translation>permit returned</translation>
    </message>
    <message>
      <source>stated entry time</source>
      <translation>stated entry time</translation>
    </message>
    <message>
      <source>authorised by (party)</source>
      <translation>authorised by (party)</translation>
    </message>
    <message>
      <source>authorised by</source>
      <translation>authorised by</translation>
    </message>
    <message>
      <source>place</source>
      <translation>place</translation>
    </message>
    <message>
      <source>warning posted</source>
      <translation>warning posted</translation>
    </message>
    <message>
      <source>personal data removed at</source>
      <translation>personal data removed at</translation>
    </message>
    <message>
      <source>valid until</source>
      <translation>valid until</translation>
    </message>
    <message>
      <source>created by</source>
      <translation>created by</translation>
    </message>
    <message>
      <source>used by gate record</source>
      <translation>used by gate record</translation>
    </message>
    <message>
      <source>recorded by</source>
      <translation>recorded by</translation>
    </message>
    <message>
      <source>handed over by</source>
      <translation>handed over by</translation>
    </message>
    <message>
      <source>taken over by</source>
      <translation>taken over by</translation>
    </message>
    <message>
      <source>shift start</source>
      <translation>shift start</translation>
    </message>
    <message>
      <source>shift end</source>
      <translation>shift end</translation>
    </message>
    <message>
      <source>open matters</source>
      <translation>open matters</translation>
    </message>
    <message>
      <source>resident entries</source>
      <translation>resident entries</translation>
    </message>
    <message>
      <source>cards refused</source>
      <translation>cards refused</translation>
    </message>
    <message>
      <source>visitors in</source>
      <translation>visitors in</translation>
    </message>
    <message>
      <source>visitors out</source>
      <translation>visitors out</translation>
    </message>
    <message>
      <source>vehicles in</source>
      <translation>vehicles in</translation>
    </message>
    <message>
      <source>vehicles out</source>
      <translation>vehicles out</translation>
    </message>
    <message>
      <source>fees</source>
      <translation>fees</translation>
    </message>
    <message>
      <source>items in</source>
      <translation>items in</translation>
    </message>
    <message>
      <source>items out</source>
      <translation>items out</translation>
    </message>
    <message>
      <source>parking notices</source>
      <translation>parking notices</translation>
    </message>
    <message>
      <source>records before</source>
      <translation>records before</translation>
    </message>
    <message>
      <source>days kept</source>
      <translation>days kept</translation>
    </message>
    <message>
      <source>gate records cleared</source>
      <translation>gate records cleared</translation>
    </message>
    <message>
      <source>state</source>
      <translation>state</translation>
    </message>
    <message>
      <source>outcome</source>
      <translation>outcome</translation>
    </message>
    <message>
      <source>reported via</source>
      <translation>reported via</translation>
    </message>
    <message>
      <source>category</source>
      <translation>category</translation>
    </message>
    <message>
      <source>priority</source>
      <translation>priority</translation>
    </message>
    <message>
      <source>paid repair</source>
      <translation>paid repair</translation>
    </message>
    <message>
      <source>reporter</source>
      <translation>reporter</translation>
    </message>
    <message>
      <source>reporter's phone</source>
      <translation>reporter's phone</translation>
    </message>
    <message>
      <source>common area</source>
      <translation>common area</translation>
    </message>
    <message>
      <source>technician</source>
      <translation>technician</translation>
    </message>
    <message>
      <source>reported at</source>
      <translation>reported at</translation>
    </message>
    <message>
      <source>arrival due by</source>
      <translation>arrival due by</translation>
    </message>
    <message>
      <source>dispatched at</source>
      <translation>dispatched at</translation>
    </message>
    <message>
      <source>arrived at</source>
      <translation>arrived at</translation>
    </message>
    <message>
      <source>diagnosed at</source>
      <translation>diagnosed at</translation>
    </message>
    <message>
      <source>quoted at</source>
      <translation>quoted at</translation>
    </message>
    <message>
      <source>quote decided at</source>
      <translation>quote decided at</translation>
    </message>
    <message>
      <source>started at</source>
      <translation>started at</translation>
    </message>
    <message>
      <source>completed at</source>
      <translation>completed at</translation>
    </message>
    <message>
      <source>signed off at</source>
      <translation>signed off at</translation>
    </message>
    <message>
      <source>followed up at</source>
      <translation>followed up at</translation>
    </message>
    <message>
      <source>last step at</source>
      <translation>last step at</translation>
    </message>
    <message>
      <source>diagnosis</source>
      <translation>diagnosis</translation>
    </message>
    <message>
      <source>quote: labour</source>
      <translation>quote: labour</translation>
    </message>
    <message>
      <source>quote: materials</source>
      <translation>quote: materials</translation>
    </message>
    <message>
      <source>quote: minutes of work</source>
      <translation>quote: minutes of work</translation>
    </message>
    <message>
      <source>quote approved</source>
      <translation>quote approved</translation>
    </message>
    <message>
      <source>decision note</source>
      <translation>decision note</translation>
    </message>
    <message>
      <source>work done</source>
      <translation>work done</translation>
    </message>
    <message>
      <source>materials used</source>
      <translation>materials used</translation>
    </message>
    <message>
      <source>signed by</source>
      <translation>signed by</translation>
    </message>
    <message>
      <source>rating</source>
      <translation>rating</translation>
    </message>
    <message>
      <source>follow-up comment</source>
      <translation>follow-up comment</translation>
    </message>
    <message>
      <source>reason cancelled</source>
      <translation>reason cancelled</translation>
    </message>
    <message>
      <source>opened from</source>
      <translation>opened from</translation>
    </message>
    <message>
      <source>source record</source>
      <translation>source record</translation>
    </message>
    <message>
      <source>route</source>
      <translation>route</translation>
    </message>
    <message>
      <source>route name</source>
      <translation>route name</translation>
    </message>
    <message>
      <source>checklist</source>
      <translation>checklist</translation>
    </message>
    <message>
      <source>guard</source>
      <translation>guard</translation>
    </message>
    <message>
      <source>guard name</source>
      <translation>guard name</translation>
    </message>
    <message>
      <source>finished at</source>
      <translation>finished at</translation>
    </message>
    <message>
      <source>scheduled for</source>
      <translation>scheduled for</translation>
    </message>
    <message>
      <source>timeliness</source>
      <translation>timeliness</translation>
    </message>
    <message>
      <source>recorded how</source>
      <translation>recorded how</translation>
    </message>
    <message>
      <source>checkpoints on the route</source>
      <translation>checkpoints on the route</translation>
    </message>
    <message>
      <source>checkpoints visited</source>
      <translation>checkpoints visited</translation>
    </message>
    <message>
      <source>issues</source>
      <translation>issues</translation>
    </message>
    <message>
      <source>out of order</source>
      <translation>out of order</translation>
    </message>
    <message>
      <source>too fast</source>
      <translation>too fast</translation>
    </message>
    <message>
      <source>reason abandoned</source>
      <translation>reason abandoned</translation>
    </message>
    <message>
      <source>round</source>
      <translation>round</translation>
    </message>
    <message>
      <source>visit</source>
      <translation>visit</translation>
    </message>
    <message>
      <source>checkpoint name</source>
      <translation>checkpoint name</translation>
    </message>
    <message>
      <source>what was seen</source>
      <translation>what was seen</translation>
    </message>
    <message>
      <source>action taken</source>
      <translation>action taken</translation>
    </message>
    <message>
      <source>seen at</source>
      <translation>seen at</translation>
    </message>
    <message>
      <source>escalated to</source>
      <translation>escalated to</translation>
    </message>
    <message>
      <source>escalated at</source>
      <translation>escalated at</translation>
    </message>
    <message>
      <source>resolved at</source>
      <translation>resolved at</translation>
    </message>
    <message>
      <source>resolution</source>
      <translation>resolution</translation>
    </message>
    <message>
      <source>wand model</source>
      <translation>wand model</translation>
    </message>
    <message>
      <source>swipes</source>
      <translation>swipes</translation>
    </message>
    <message>
      <source>rounds</source>
      <translation>rounds</translation>
    </message>
    <message>
      <source>swipes with a problem</source>
      <translation>swipes with a problem</translation>
    </message>
    <message>
      <source>severity</source>
      <translation>severity</translation>
    </message>
    <message>
      <source>anonymous</source>
      <translation>anonymous</translation>
    </message>
    <message>
      <source>complainant</source>
      <translation>complainant</translation>
    </message>
    <message>
      <source>complainant's phone</source>
      <translation>complainant's phone</translation>
    </message>
    <message>
      <source>received at</source>
      <translation>received at</translation>
    </message>
    <message>
      <source>answer due by</source>
      <translation>answer due by</translation>
    </message>
    <message>
      <source>person responsible</source>
      <translation>person responsible</translation>
    </message>
    <message>
      <source>assigned at</source>
      <translation>assigned at</translation>
    </message>
    <message>
      <source>investigation</source>
      <translation>investigation</translation>
    </message>
    <message>
      <source>first answered at</source>
      <translation>first answered at</translation>
    </message>
    <message>
      <source>answered at</source>
      <translation>answered at</translation>
    </message>
    <message>
      <source>verdict given at</source>
      <translation>verdict given at</translation>
    </message>
    <message>
      <source>root cause</source>
      <translation>root cause</translation>
    </message>
    <message>
      <source>root cause in words</source>
      <translation>root cause in words</translation>
    </message>
    <message>
      <source>corrective action</source>
      <translation>corrective action</translation>
    </message>
    <message>
      <source>closed by a manager</source>
      <translation>closed by a manager</translation>
    </message>
    <message>
      <source>reason closed</source>
      <translation>reason closed</translation>
    </message>
    <message>
      <source>follow-up visit by</source>
      <translation>follow-up visit by</translation>
    </message>
    <message>
      <source>follow-up visit at</source>
      <translation>follow-up visit at</translation>
    </message>
    <message>
      <source>follow-up visit how</source>
      <translation>follow-up visit how</translation>
    </message>
    <message>
      <source>follow-up visit result</source>
      <translation>follow-up visit result</translation>
    </message>
    <message>
      <source>follow-up rating</source>
      <translation>follow-up rating</translation>
    </message>
    <message>
      <source>asked by</source>
      <translation>asked by</translation>
    </message>
    <message>
      <source>asker's phone</source>
      <translation>asker's phone</translation>
    </message>
    <message>
      <source>question</source>
      <translation>question</translation>
    </message>
    <message>
      <source>answer</source>
      <translation>answer</translation>
    </message>
    <message>
      <source>asked at</source>
      <translation>asked at</translation>
    </message>
    <message>
      <source>answer promised by</source>
      <translation>answer promised by</translation>
    </message>
    <message>
      <source>answered by</source>
      <translation>answered by</translation>
    </message>
    <message>
      <source>complaint</source>
      <translation>complaint</translation>
    </message>
    <message>
      <source>passed on at</source>
      <translation>passed on at</translation>
    </message>
    <message>
      <source>checklist version</source>
      <translation>checklist version</translation>
    </message>
    <message>
      <source>checklist version number</source>
      <translation>checklist version number</translation>
    </message>
    <message>
      <source>area</source>
      <translation>area</translation>
    </message>
    <message>
      <source>inspector</source>
      <translation>inspector</translation>
    </message>
    <message>
      <source>inspected at</source>
      <translation>inspected at</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>passed</translation>
    </message>
    <message>
      <source>items passed</source>
      <translation>items passed</translation>
    </message>
    <message>
      <source>items judged</source>
      <translation>items judged</translation>
    </message>
    <message>
      <source>fire equipment items intact</source>
      <translation>fire equipment items intact</translation>
    </message>
    <message>
      <source>fire equipment items inspected</source>
      <translation>fire equipment items inspected</translation>
    </message>
    <message>
      <source>rectification notice</source>
      <translation>rectification notice</translation>
    </message>
    <message>
      <source>template</source>
      <translation>template</translation>
    </message>
    <message>
      <source>version</source>
      <translation>version</translation>
    </message>
    <message>
      <source>frequency</source>
      <translation>frequency</translation>
    </message>
    <message>
      <source>areas</source>
      <translation>areas</translation>
    </message>
    <message>
      <source>item</source>
      <translation>item</translation>
    </message>
    <message>
      <source>what to fix</source>
      <translation>what to fix</translation>
    </message>
    <message>
      <source>issued at</source>
      <translation>issued at</translation>
    </message>
    <message>
      <source>deadline</source>
      <translation>deadline</translation>
    </message>
    <message>
      <source>fix reported by</source>
      <translation>fix reported by</translation>
    </message>
    <message>
      <source>fix reported at</source>
      <translation>fix reported at</translation>
    </message>
    <message>
      <source>what was done</source>
      <translation>what was done</translation>
    </message>
    <message>
      <source>verified by</source>
      <translation>verified by</translation>
    </message>
    <message>
      <source>re-inspection</source>
      <translation>re-inspection</translation>
    </message>
    <message>
      <source>reason voided</source>
      <translation>reason voided</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>notes</translation>
    </message>
    <message>
      <source>inspection</source>
      <translation>inspection</translation>
    </message>
    <message>
      <source>photo added</source>
      <translation>photo added</translation>
    </message>
    <message>
      <source>random seed</source>
      <translation>random seed</translation>
    </message>
    <message>
      <source>scale</source>
      <translation>scale</translation>
    </message>
    <message>
      <source>buildings</source>
      <translation>buildings</translation>
    </message>
    <message>
      <source>units</source>
      <translation>units</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>residents</translation>
    </message>
    <message>
      <source>residents moved out</source>
      <translation>residents moved out</translation>
    </message>
    <message>
      <source>parking spaces</source>
      <translation>parking spaces</translation>
    </message>
    <message>
      <source>vehicles</source>
      <translation>vehicles</translation>
    </message>
    <message>
      <source>access cards</source>
      <translation>access cards</translation>
    </message>
    <message>
      <source>cards lost</source>
      <translation>cards lost</translation>
    </message>
    <message>
      <source>gate records</source>
      <translation>gate records</translation>
    </message>
    <message>
      <source>shift handovers</source>
      <translation>shift handovers</translation>
    </message>
    <message>
      <source>repair tickets</source>
      <translation>repair tickets</translation>
    </message>
    <message>
      <source>patrol rounds</source>
      <translation>patrol rounds</translation>
    </message>
    <message>
      <source>event</source>
      <translation>event</translation>
    </message>
    <message>
      <source>left at</source>
      <translation>left at</translation>
    </message>
    <message>
      <source>relation</source>
      <translation>relation</translation>
    </message>
    <message>
      <source>type</source>
      <translation>type</translation>
    </message>
    <message>
      <source>space number</source>
      <translation>space number</translation>
    </message>
    <message>
      <source>unit code</source>
      <translation>unit code</translation>
    </message>
    <message>
      <source>order</source>
      <translation>order</translation>
    </message>
    <message>
      <source>fault description</source>
      <translation>fault description</translation>
    </message>
    <message>
      <source>repair started at</source>
      <translation>repair started at</translation>
    </message>
    <message>
      <source>items</source>
      <translation>items</translation>
    </message>
    <message>
      <source>received via</source>
      <translation>received via</translation>
    </message>
    <message>
      <source>complainant's verdict</source>
      <translation>complainant's verdict</translation>
    </message>
    <message>
      <source>answer given</source>
      <translation>answer given</translation>
    </message>
    <message>
      <source>question or suggestion</source>
      <translation>question or suggestion</translation>
    </message>
    <message>
      <source>owned</source>
      <translation>owned</translation>
    </message>
    <message>
      <source>rented</source>
      <translation>rented</translation>
    </message>
    <message>
      <source>for visitors</source>
      <translation>for visitors</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>answered</translation>
    </message>
    <message>
      <source>converted</source>
      <translation>converted</translation>
    </message>
    <message>
      <source>reset</source>
      <translation>reset</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>{area} m²</source>
      <translation>{area} m²</translation>
    </message>
  </context>
  <context>
    <name>AuditTab</name>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Clear filters</translation>
    </message>
    <message>
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Record type</source>
      <translation>Record type</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ Previous</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>Next ▶</translation>
    </message>
    <message>
      <source>Verify chain</source>
      <translation>Verify chain</translation>
    </message>
    <message>
      <source>Check that no entry of the audit log was changed, removed or inserted.</source>
      <translation>Check that no entry of the audit log was changed, removed or inserted.</translation>
    </message>
    <message>
      <source>Select an entry to see what it changed.</source>
      <translation>Select an entry to see what it changed.</translation>
    </message>
    <message>
      <source>(all)</source>
      <translation>(all)</translation>
    </message>
    <message>
      <source>{name} ({login})</source>
      <translation>{name} ({login})</translation>
    </message>
    <message>
      <source>Rows {first}–{last} of {total}</source>
      <translation>Rows {first}–{last} of {total}</translation>
    </message>
    <message>
      <source>Written on station {letter}'s own copy, in its own audit chain.</source>
      <translation>Written on station {letter}'s own copy, in its own audit chain.</translation>
    </message>
    <message>
      <source>station {letter}</source>
      <translation>station {letter}</translation>
    </message>
    <message>
      <source>this database</source>
      <translation>this database</translation>
    </message>
    <message>
      <source>The audit trail of {whose}: {n} entries, intact.</source>
      <translation>The audit trail of {whose}: {n} entries, intact.</translation>
    </message>
    <message>
      <source>The audit trail of {whose} was tampered with at entry #{seq} ({reason}). The {n} entries before it are intact.</source>
      <translation>The audit trail of {whose} was tampered with at entry #{seq} ({reason}). The {n} entries before it are intact.</translation>
    </message>
    <message>
      <source>Chain of {whose} broken at #{seq}</source>
      <translation>Chain of {whose} broken at #{seq}</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>backup</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>daily</translation>
    </message>
    <message>
      <source>report</source>
      <translation>report</translation>
    </message>
    <message>
      <source>restore</source>
      <translation>restore</translation>
    </message>
    <message>
      <source>The audit log was changed: it no longer passes through the {kind} anchor of {when} (entry #{seq}, {what}). Entries up to #{seq} were changed and their hashes recomputed, or removed.</source>
      <translation>The audit log was changed: it no longer passes through the {kind} anchor of {when} (entry #{seq}, {what}). Entries up to #{seq} were changed and their hashes recomputed, or removed.</translation>
    </message>
    <message>
      <source>Anchor #{seq} missed</source>
      <translation>Anchor #{seq} missed</translation>
    </message>
    <message>
      <source>No entries</source>
      <translation>No entries</translation>
    </message>
    <message>
      <source>Entry #{seq}: {user} {action} {entity} {id}</source>
      <translation>Entry #{seq}: {user} {action} {entity} {id}</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>Reason: {reason}</translation>
    </message>
    <message>
      <source>The audit log is intact: {n} entries checked.</source>
      <translation>The audit log is intact: {n} entries checked.</translation>
    </message>
    <message>
      <source>Chain intact</source>
      <translation>Chain intact</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <source>It passes through all {n} anchors kept outside the database.</source>
      <translation>It passes through all {n} anchors kept outside the database.</translation>
    </message>
    <message>
      <source>The anchor file {file} could not be read in full; what could not be read was skipped.</source>
      <translation>The anchor file {file} could not be read in full; what could not be read was skipped.</translation>
    </message>
    <message>
      <source>an entry is missing</source>
      <translation>an entry is missing</translation>
    </message>
    <message>
      <source>an entry was inserted or moved</source>
      <translation>an entry was inserted or moved</translation>
    </message>
    <message>
      <source>an entry was changed</source>
      <translation>an entry was changed</translation>
    </message>
    <message>
      <source>The audit log was tampered with at entry #{seq} ({reason}). The {n} entries before it are intact.</source>
      <translation>The audit log was tampered with at entry #{seq} ({reason}). The {n} entries before it are intact.</translation>
    </message>
    <message>
      <source>Chain broken at #{seq}</source>
      <translation>Chain broken at #{seq}</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Station</translation>
    </message>
    <message>
      <source>Record type</source>
      <translation>Record type</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Chain</source>
      <translation>Chain</translation>
    </message>
    <message>
      <source>Written on station {letter}'s own copy, in its own audit chain.</source>
      <translation>Written on station {letter}'s own copy, in its own audit chain.</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>Login: {login}</translation>
    </message>
    <message>
      <source>{record}
ID: {id}</source>
      <translation>{record}
ID: {id}</translation>
    </message>
  </context>
  <context>
    <name>BacklogTableModel</name>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>Technician</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>Age less waits</source>
      <translation>Age less waits</translation>
    </message>
  </context>
  <context>
    <name>BackupSummaryView</name>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Made on</source>
      <translation>Made on</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Estate</source>
      <translation>Estate</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Residents</translation>
    </message>
    <message>
      <source>Gate records</source>
      <translation>Gate records</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>Repair tickets</translation>
    </message>
    <message>
      <source>Patrol rounds</source>
      <translation>Patrol rounds</translation>
    </message>
    <message>
      <source>Newest record</source>
      <translation>Newest record</translation>
    </message>
    <message>
      <source>(no estate set up)</source>
      <translation>(no estate set up)</translation>
    </message>
  </context>
  <context>
    <name>BuildingForm</name>
    <message>
      <source>Building</source>
      <translation>Building</translation>
    </message>
    <message>
      <source>Building number</source>
      <translation>Building number</translation>
    </message>
    <message>
      <source>Its {n} units' numbers start with it.</source>
      <translation>Its {n} units' numbers start with it.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>e.g. 3号楼</source>
      <translation>e.g. 3号楼</translation>
    </message>
    <message>
      <source>Floors</source>
      <translation>Floors</translation>
    </message>
  </context>
  <context>
    <name>BuildingsPanel</name>
    <message>
      <source>Filter buildings by number or name</source>
      <translation>Filter buildings by number or name</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>Buildings</translation>
    </message>
    <message>
      <source>Void building</source>
      <translation>Void building</translation>
    </message>
  </context>
  <context>
    <name>BuildingsTableModel</name>
    <message>
      <source>Building</source>
      <translation>Building</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Floors</source>
      <translation>Floors</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Units</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>Voided because</translation>
    </message>
  </context>
  <context>
    <name>CancelForm</name>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>CardForm</name>
    <message>
      <source>Issue an access card</source>
      <translation>Issue an access card</translation>
    </message>
    <message>
      <source>type or scan the card</source>
      <translation>type or scan the card</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>Card number</translation>
    </message>
    <message>
      <source>Holder</source>
      <translation>Holder</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Issued</translation>
    </message>
  </context>
  <context>
    <name>CardsTableModel</name>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Lost</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Revoked</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>Card number</translation>
    </message>
    <message>
      <source>Holder</source>
      <translation>Holder</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Issued</translation>
    </message>
  </context>
  <context>
    <name>CategoryCaps</name>
    <message>
      <source>no cap</source>
      <translation>no cap</translation>
    </message>
  </context>
  <context>
    <name>ChangeRoleDialog</name>
    <message>
      <source>What {name} ({username}) may do from now on.</source>
      <translation>What {name} ({username}) may do from now on.</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Change role</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
  </context>
  <context>
    <name>CheckDialog</name>
    <message>
      <source>Spot check: {number}</source>
      <translation>Spot check: {number}</translation>
    </message>
    <message>
      <source>{text} ({left} of {points} points left)</source>
      <translation>{text} ({left} of {points} points left)</translation>
    </message>
    <message>
      <source>&amp;Item</source>
      <translation>&amp;Item</translation>
    </message>
    <message>
      <source>&amp;Place</source>
      <translation>&amp;Place</translation>
    </message>
    <message>
      <source>&amp;Finding</source>
      <translation>&amp;Finding</translation>
    </message>
    <message>
      <source>What was found (empty when it passed)</source>
      <translation>What was found (empty when it passed)</translation>
    </message>
    <message>
      <source>Points &amp;deducted</source>
      <translation>Points &amp;deducted</translation>
    </message>
    <message>
      <source>&amp;Checked at</source>
      <translation>&amp;Checked at</translation>
    </message>
    <message>
      <source>Issue a rectification notice</source>
      <translation>Issue a rectification notice</translation>
    </message>
    <message>
      <source>What to &amp;fix</source>
      <translation>What to &amp;fix</translation>
    </message>
    <message>
      <source>Dead&amp;line</source>
      <translation>Dead&amp;line</translation>
    </message>
  </context>
  <context>
    <name>CheckTableModel</name>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>Finding</translation>
    </message>
    <message>
      <source>Deducted</source>
      <translation>Deducted</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>Checked</translation>
    </message>
    <message>
      <source>Rectification notice</source>
      <translation>Rectification notice</translation>
    </message>
  </context>
  <context>
    <name>CheckpointForm</name>
    <message>
      <source>New checkpoint on {route}</source>
      <translation>New checkpoint on {route}</translation>
    </message>
    <message>
      <source>Checkpoint on {route}</source>
      <translation>Checkpoint on {route}</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>e.g. XG-E-01: letters, digits and - _ . /</source>
      <translation>e.g. XG-E-01: letters, digits and - _ . /</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>e.g. Building 1 lobby</source>
      <translation>e.g. Building 1 lobby</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>optional: where the label hangs</source>
      <translation>optional: where the label hangs</translation>
    </message>
    <message>
      <source>one item per line, e.g. fire door closed</source>
      <translation>one item per line, e.g. fire door closed</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation>What to check</translation>
    </message>
    <message>
      <source>A new code needs a new label: print it after saving.</source>
      <translation>A new code needs a new label: print it after saving.</translation>
    </message>
  </context>
  <context>
    <name>CheckpointTableModel</name>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>Checkpoint</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation>What to check</translation>
    </message>
  </context>
  <context>
    <name>CloseComplaintForm</name>
    <message>
      <source>Root cause</source>
      <translation>Root cause</translation>
    </message>
    <message>
      <source>Root cause in words</source>
      <translation>Root cause in words</translation>
    </message>
    <message>
      <source>why it happened</source>
      <translation>why it happened</translation>
    </message>
    <message>
      <source>Corrective action</source>
      <translation>Corrective action</translation>
    </message>
    <message>
      <source>what changes so it does not happen again</source>
      <translation>what changes so it does not happen again</translation>
    </message>
  </context>
  <context>
    <name>CloseForm</name>
    <message>
      <source>Close the incident</source>
      <translation>Close the incident</translation>
    </message>
    <message>
      <source>{n} follow-up actions are not done: say why the incident closes now.</source>
      <translation>{n} follow-up actions are not done: say why the incident closes now.</translation>
    </message>
    <message>
      <source>Every follow-up action is done.</source>
      <translation>Every follow-up action is done.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>ComplainantRepeatModel</name>
    <message>
      <source>Complainant</source>
      <translation>Complainant</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>In 90 days</source>
      <translation>In 90 days</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>In the period</source>
      <translation>In the period</translation>
    </message>
  </context>
  <context>
    <name>ComplaintAnalysis</name>
    <message>
      <source>Complaints by category (Pareto)</source>
      <translation>Complaints by category (Pareto)</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <source>Cumulative share</source>
      <translation>Cumulative share</translation>
    </message>
    <message>
      <source>Complaints by month</source>
      <translation>Complaints by month</translation>
    </message>
    <message>
      <source>Answered in time or not yet judged</source>
      <translation>Answered in time or not yet judged</translation>
    </message>
    <message>
      <source>Answered late or overdue</source>
      <translation>Answered late or overdue</translation>
    </message>
    <message>
      <source>Answered in time</source>
      <translation>Answered in time</translation>
    </message>
    <message>
      <source>(not assigned yet)</source>
      <translation>(not assigned yet)</translation>
    </message>
  </context>
  <context>
    <name>ComplaintDetail</name>
    <message>
      <source>OVERDUE: due {due}, not answered</source>
      <translation>OVERDUE: due {due}, not answered</translation>
    </message>
    <message>
      <source>{due}; answered in time ({at})</source>
      <translation>{due}; answered in time ({at})</translation>
    </message>
    <message>
      <source>{due}; answered late ({at})</source>
      <translation>{due}; answered late ({at})</translation>
    </message>
    <message>
      <source>round {n} (sent back {times}× as not satisfied)</source>
      <translation>round {n} (sent back {times}× as not satisfied)</translation>
    </message>
    <message>
      <source>{cause}: {text}</source>
      <translation>{cause}: {text}</translation>
    </message>
    <message>
      <source>{at} by {who}, {how}: {result} (rating {rating}/5)</source>
      <translation>{at} by {who}, {how}: {result} (rating {rating}/5)</translation>
    </message>
    <message>
      <source>{number} — {state}</source>
      <translation>{number} — {state}</translation>
    </message>
    <message>
      <source>{time} via {channel}</source>
      <translation>{time} via {channel}</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>Complainant</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <source>Answer due</source>
      <translation>Answer due</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <source>Investigation</source>
      <translation>Investigation</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>Resolution</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <source>Rounds</source>
      <translation>Rounds</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>Repair ticket</translation>
    </message>
    <message>
      <source>Root cause</source>
      <translation>Root cause</translation>
    </message>
    <message>
      <source>Corrective action</source>
      <translation>Corrective action</translation>
    </message>
    <message>
      <source>Closed by a manager</source>
      <translation>Closed by a manager</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>Voided because</translation>
    </message>
  </context>
  <context>
    <name>ComplaintDetailPanel</name>
    <message>
      <source>Complaint</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Timeline</translation>
    </message>
    <message>
      <source>Open repair ticket…</source>
      <translation>Open repair ticket…</translation>
    </message>
    <message>
      <source>Link existing ticket…</source>
      <translation>Link existing ticket…</translation>
    </message>
    <message>
      <source>Print handling sheet…</source>
      <translation>Print handling sheet…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Hide the complaint: the list takes the whole height</source>
      <translation>Hide the complaint: the list takes the whole height</translation>
    </message>
    <message>
      <source>{number} — {state}</source>
      <translation>{number} — {state}</translation>
    </message>
    <message>
      <source>Taken by {name} (login: {login})</source>
      <translation>Taken by {name} (login: {login})</translation>
    </message>
  </context>
  <context>
    <name>ComplaintExport</name>
    <message>
      <source>Exporting complaints…</source>
      <translation>Exporting complaints…</translation>
    </message>
    <message>
      <source>Exporting complaints: {n} rows…</source>
      <translation>Exporting complaints: {n} rows…</translation>
    </message>
  </context>
  <context>
    <name>ComplaintFilterBar</name>
    <message>
      <source>Open complaints</source>
      <translation>Open complaints</translation>
    </message>
    <message>
      <source>All complaints</source>
      <translation>All complaints</translation>
    </message>
    <message>
      <source>Any category</source>
      <translation>Any category</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <source>Number, unit, name or phone's last 4 digits</source>
      <translation>Number, unit, name or phone's last 4 digits</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>+ the analysis figure's condition</source>
      <translation>+ the analysis figure's condition</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
  </context>
  <context>
    <name>ComplaintForm</name>
    <message>
      <source>New complaint</source>
      <translation>New complaint</translation>
    </message>
    <message>
      <source>Look up (F4)</source>
      <translation>Look up (F4)</translation>
    </message>
    <message>
      <source>Unit, name or phone, then Enter</source>
      <translation>Unit, name or phone, then Enter</translation>
    </message>
    <message>
      <source>Anonymous: keep no name and no phone</source>
      <translation>Anonymous: keep no name and no phone</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>Complainant</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>e.g. 3-2-1502</translation>
    </message>
    <message>
      <source>Common area</source>
      <translation>Common area</translation>
    </message>
    <message>
      <source>or the common area, e.g. north gate</source>
      <translation>or the common area, e.g. north gate</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Severity</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <source>what happened, where, since when</source>
      <translation>what happened, where, since when</translation>
    </message>
    <message>
      <source>Nobody yet (assign later)</source>
      <translation>Nobody yet (assign later)</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <source>Received via</source>
      <translation>Received via</translation>
    </message>
    <message>
      <source>Change it only for a complaint received earlier.</source>
      <translation>Change it only for a complaint received earlier.</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>From the deadline rules; change it only to promise another time.</source>
      <translation>From the deadline rules; change it only to promise another time.</translation>
    </message>
    <message>
      <source>Answer by</source>
      <translation>Answer by</translation>
    </message>
    <message>
      <source>{who} (match {n} of {total}; F4 for the next)</source>
      <translation>{who} (match {n} of {total}; F4 for the next)</translation>
    </message>
    <message>
      <source>The rules give {hours} h from receipt.</source>
      <translation>The rules give {hours} h from receipt.</translation>
    </message>
  </context>
  <context>
    <name>ComplaintFromInquiryForm</name>
    <message>
      <source>Make a complaint of the inquiry</source>
      <translation>Make a complaint of the inquiry</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Severity</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>or common area</source>
      <translation>or common area</translation>
    </message>
    <message>
      <source>Anonymous: keep no name or phone</source>
      <translation>Anonymous: keep no name or phone</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>Complainant</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>ComplaintListView</name>
    <message>
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <source>Complaints {first}–{last}</source>
      <translation>Complaints {first}–{last}</translation>
    </message>
    <message>
      <source>No complaints</source>
      <translation>No complaints</translation>
    </message>
  </context>
  <context>
    <name>ComplaintNames</name>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>At the front desk</source>
      <translation>At the front desk</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <source>Suggestion box</source>
      <translation>Suggestion box</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>Security</translation>
    </message>
    <message>
      <source>Cleaning</source>
      <translation>Cleaning</translation>
    </message>
    <message>
      <source>Greening</source>
      <translation>Greening</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>Facilities</translation>
    </message>
    <message>
      <source>Noise</source>
      <translation>Noise</translation>
    </message>
    <message>
      <source>Parking</source>
      <translation>Parking</translation>
    </message>
    <message>
      <source>Staff conduct</source>
      <translation>Staff conduct</translation>
    </message>
    <message>
      <source>Fees</source>
      <translation>Fees</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Serious</source>
      <translation>Serious</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>Minor</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Being handled</source>
      <translation>Being handled</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>To be closed</source>
      <translation>To be closed</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>Satisfied</translation>
    </message>
    <message>
      <source>Not satisfied</source>
      <translation>Not satisfied</translation>
    </message>
    <message>
      <source>Staff service</source>
      <translation>Staff service</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>Process</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Equipment</translation>
    </message>
    <message>
      <source>Contractor</source>
      <translation>Contractor</translation>
    </message>
    <message>
      <source>Another resident</source>
      <translation>Another resident</translation>
    </message>
    <message>
      <source>Communication</source>
      <translation>Communication</translation>
    </message>
    <message>
      <source>Design</source>
      <translation>Design</translation>
    </message>
    <message>
      <source>Unfounded</source>
      <translation>Unfounded</translation>
    </message>
    <message>
      <source>By phone</source>
      <translation>By phone</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>In person</translation>
    </message>
    <message>
      <source>By WeChat</source>
      <translation>By WeChat</translation>
    </message>
    <message>
      <source>Assigned</source>
      <translation>Assigned</translation>
    </message>
    <message>
      <source>Reassigned</source>
      <translation>Reassigned</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <source>Closed by a manager</source>
      <translation>Closed by a manager</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>Followed up</translation>
    </message>
    <message>
      <source>Repair ticket linked</source>
      <translation>Repair ticket linked</translation>
    </message>
    <message>
      <source>Assign…</source>
      <translation>Assign…</translation>
    </message>
    <message>
      <source>Reassign…</source>
      <translation>Reassign…</translation>
    </message>
    <message>
      <source>Answer…</source>
      <translation>Answer…</translation>
    </message>
    <message>
      <source>Verdict…</source>
      <translation>Verdict…</translation>
    </message>
    <message>
      <source>Close complaint…</source>
      <translation>Close complaint…</translation>
    </message>
    <message>
      <source>Manager close…</source>
      <translation>Manager close…</translation>
    </message>
    <message>
      <source>Follow-up visit…</source>
      <translation>Follow-up visit…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>Anonymous</translation>
    </message>
  </context>
  <context>
    <name>ComplaintSettingsDialog</name>
    <message>
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <source>Complaint settings</source>
      <translation>Complaint settings</translation>
    </message>
    <message>
      <source>A complaint is answered within, from its receipt:</source>
      <translation>A complaint is answered within, from its receipt:</translation>
    </message>
    <message>
      <source>Serious</source>
      <translation>Serious</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>Minor</translation>
    </message>
    <message>
      <source>At most, for these categories (the shorter of the two applies):</source>
      <translation>At most, for these categories (the shorter of the two applies):</translation>
    </message>
    <message>
      <source>A new limit applies to complaints taken from now on; those taken keep their deadline.</source>
      <translation>A new limit applies to complaints taken from now on; those taken keep their deadline.</translation>
    </message>
  </context>
  <context>
    <name>ComplaintStepForm</name>
    <message>
      <source>{step}: complaint {number}</source>
      <translation>{step}: complaint {number}</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Change it only for a step done earlier (written on paper).</source>
      <translation>Change it only for a step done earlier (written on paper).</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
  </context>
  <context>
    <name>ComplaintStepForms</name>
    <message>
      <source>{name} ({details})</source>
      <translation>{name} ({details})</translation>
    </message>
  </context>
  <context>
    <name>ComplaintTableModel</name>
    <message>
      <source>{time} overdue</source>
      <translation>{time} overdue</translation>
    </message>
    <message>
      <source>First answered {time}</source>
      <translation>First answered {time}</translation>
    </message>
    <message>
      <source>Not answered and past the deadline</source>
      <translation>Not answered and past the deadline</translation>
    </message>
    <message>
      <source>Not answered yet</source>
      <translation>Not answered yet</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>Complainant</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Severity</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Answer due</source>
      <translation>Answer due</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <source>Rounds</source>
      <translation>Rounds</translation>
    </message>
  </context>
  <context>
    <name>ComplaintTimeline</name>
    <message>
      <source>{step}: {verdict}</source>
      <translation>{step}: {verdict}</translation>
    </message>
    <message>
      <source>rating {n}/5</source>
      <translation>rating {n}/5</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>Login: {login}</translation>
    </message>
  </context>
  <context>
    <name>ComplaintTimelineModel</name>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsTab</name>
    <message>
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <source>Inquiries</source>
      <translation>Inquiries</translation>
    </message>
    <message>
      <source>Analysis</source>
      <translation>Analysis</translation>
    </message>
    <message>
      <source>New complaint (F2)</source>
      <translation>New complaint (F2)</translation>
    </message>
    <message>
      <source>Complaint {number} taken: {place}</source>
      <translation>Complaint {number} taken: {place}</translation>
    </message>
    <message>
      <source>Void complaint {number}</source>
      <translation>Void complaint {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Complaint {number}: {step}</source>
      <translation>Complaint {number}: {step}</translation>
    </message>
  </context>
  <context>
    <name>CompleteForm</name>
    <message>
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <source>The site was cleaned up</source>
      <translation>The site was cleaned up</translation>
    </message>
    <message>
      <source>Work done</source>
      <translation>Work done</translation>
    </message>
    <message>
      <source>Materials used</source>
      <translation>Materials used</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>Site</translation>
    </message>
  </context>
  <context>
    <name>CompletionModel</name>
    <message>
      <source>Trade</source>
      <translation>Trade</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Not done</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Missing</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>Completion</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>No data</translation>
    </message>
  </context>
  <context>
    <name>ConflictFieldsModel</name>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>This station (deleted here)</source>
      <translation>This station (deleted here)</translation>
    </message>
    <message>
      <source>This station</source>
      <translation>This station</translation>
    </message>
    <message>
      <source>The server (deleted there)</source>
      <translation>The server (deleted there)</translation>
    </message>
    <message>
      <source>The server</source>
      <translation>The server</translation>
    </message>
  </context>
  <context>
    <name>ConflictListModel</name>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Number or name</source>
      <translation>Number or name</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Found</translation>
    </message>
    <message>
      <source>Also written by</source>
      <translation>Also written by</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>station {letter}</source>
      <translation>station {letter}</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>the server</translation>
    </message>
    <message>
      <source>Refused by the server: {message}</source>
      <translation>Refused by the server: {message}</translation>
    </message>
    <message>
      <source>Changed here and on the server since the last sync</source>
      <translation>Changed here and on the server since the last sync</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <source>Sync conflicts</source>
      <translation>Sync conflicts</translation>
    </message>
    <message>
      <source>A record changed on this station and on the server since the last sync waits here for a person to choose: nothing was overwritten. Rows the server refused are corrected in their own tab.</source>
      <translation>A record changed on this station and on the server since the last sync waits here for a person to choose: nothing was overwritten. Rows the server refused are corrected in their own tab.</translation>
    </message>
    <message>
      <source>No conflicts: everything saved here is on the server.</source>
      <translation>No conflicts: everything saved here is on the server.</translation>
    </message>
    <message>
      <source>Keep this station's</source>
      <translation>Keep this station's</translation>
    </message>
    <message>
      <source>Take the server's</source>
      <translation>Take the server's</translation>
    </message>
    <message>
      <source>Merge as chosen</source>
      <translation>Merge as chosen</translation>
    </message>
    <message>
      <source>{kind} {label}: as saved here</source>
      <translation>{kind} {label}: as saved here</translation>
    </message>
    <message>
      <source>{kind} {label}: both versions</source>
      <translation>{kind} {label}: both versions</translation>
    </message>
    <message>
      <source>The server refused this record: {message}
Correct it in its own tab; this line closes when the server takes it.</source>
      <translation>The server refused this record: {message}
Correct it in its own tab; this line closes when the server takes it.</translation>
    </message>
    <message>
      <source>Your role may view the conflicts but not resolve them.</source>
      <translation>Your role may view the conflicts but not resolve them.</translation>
    </message>
    <message>
      <source>One side deleted the record: keep this station's version or take the server's as a whole.</source>
      <translation>One side deleted the record: keep this station's version or take the server's as a whole.</translation>
    </message>
    <message>
      <source>Marked lines differ. Tick the version to keep on each (Space ticks the other side), then Merge as chosen; or keep or take one version whole.</source>
      <translation>Marked lines differ. Tick the version to keep on each (Space ticks the other side), then Merge as chosen; or keep or take one version whole.</translation>
    </message>
    <message>
      <source>Take the server's version of {label}? The changes made to it on this station are replaced (the audit trail keeps them).</source>
      <translation>Take the server's version of {label}? The changes made to it on this station are replaced (the audit trail keeps them).</translation>
    </message>
  </context>
  <context>
    <name>DamageNotice</name>
    <message>
      <source>The check of the database file found damage: {findings}.

Nothing has been moved or deleted. Do not make backups over the good ones.</source>
      <translation>The check of the database file found damage: {findings}.

Nothing has been moved or deleted. Do not make backups over the good ones.</translation>
    </message>
    <message>
      <source>The backup folder holds no good backup to restore. Keep the database file as it is, and call for help before you close propdesk.</source>
      <translation>The backup folder holds no good backup to restore. Keep the database file as it is, and call for help before you close propdesk.</translation>
    </message>
    <message>
      <source>Restore the newest good backup, {name} (made {when}): choose File → Restore… and pick it. What was saved after it was made must then be entered again.</source>
      <translation>Restore the newest good backup, {name} (made {when}): choose File → Restore… and pick it. What was saved after it was made must then be entered again.</translation>
    </message>
    <message>
      <source>The database is damaged</source>
      <translation>The database is damaged</translation>
    </message>
  </context>
  <context>
    <name>DashboardPanel</name>
    <message>
      <source>Gate today</source>
      <translation>Gate today</translation>
    </message>
    <message>
      <source>Entries today:</source>
      <translation>Entries today:</translation>
    </message>
    <message>
      <source>residents {residents} · visitors {visitors} · vehicles {vehicles}</source>
      <translation>residents {residents} · visitors {visitors} · vehicles {vehicles}</translation>
    </message>
    <message>
      <source>Visitors inside now:</source>
      <translation>Visitors inside now:</translation>
    </message>
    <message>
      <source>Vehicles inside now:</source>
      <translation>Vehicles inside now:</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>Repair tickets</translation>
    </message>
    <message>
      <source>Open:</source>
      <translation>Open:</translation>
    </message>
    <message>
      <source>Overdue arrival:</source>
      <translation>Overdue arrival:</translation>
    </message>
    <message>
      <source>Show today's gate journal</source>
      <translation>Show today's gate journal</translation>
    </message>
    <message>
      <source>Show who is inside now</source>
      <translation>Show who is inside now</translation>
    </message>
    <message>
      <source>Show the open repair tickets</source>
      <translation>Show the open repair tickets</translation>
    </message>
    <message>
      <source>Show the tickets nobody has reached in time</source>
      <translation>Show the tickets nobody has reached in time</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>Met</translation>
    </message>
    <message>
      <source>Not met</source>
      <translation>Not met</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>No data</translation>
    </message>
    <message>
      <source>Target {value}</source>
      <translation>Target {value}</translation>
    </message>
    <message>
      <source>Updated {time}</source>
      <translation>Updated {time}</translation>
    </message>
    <message>
      <source>Service targets, {month} so far</source>
      <translation>Service targets, {month} so far</translation>
    </message>
    <message>
      <source>Show this month's repair tickets</source>
      <translation>Show this month's repair tickets</translation>
    </message>
    <message>
      <source>Work plan</source>
      <translation>Work plan</translation>
    </message>
    <message>
      <source>Reading today's figures…</source>
      <translation>Reading today's figures…</translation>
    </message>
    <message>
      <source>unexpected error (see the log)</source>
      <translation>unexpected error (see the log)</translation>
    </message>
    <message>
      <source>Could not refresh: {reason}</source>
      <translation>Could not refresh: {reason}</translation>
    </message>
    <message>
      <source>Next round due:</source>
      <translation>Next round due:</translation>
    </message>
    <message>
      <source>{time}, {route}</source>
      <translation>{time}, {route}</translation>
    </message>
    <message>
      <source>Show today's patrol slots</source>
      <translation>Show today's patrol slots</translation>
    </message>
    <message>
      <source>none today</source>
      <translation>none today</translation>
    </message>
    <message>
      <source>Patrol today</source>
      <translation>Patrol today</translation>
    </message>
    <message>
      <source>Missed rounds:</source>
      <translation>Missed rounds:</translation>
    </message>
    <message>
      <source>Open findings:</source>
      <translation>Open findings:</translation>
    </message>
    <message>
      <source>Show the findings not dealt with</source>
      <translation>Show the findings not dealt with</translation>
    </message>
    <message>
      <source>Show the patrol day grid</source>
      <translation>Show the patrol day grid</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Residents</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>Visitors</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>Vehicles</translation>
    </message>
    <message>
      <source>Entries by hour, today</source>
      <translation>Entries by hour, today</translation>
    </message>
    <message>
      <source>Entries, last 7 days</source>
      <translation>Entries, last 7 days</translation>
    </message>
    <message>
      <source>Show the gate journal of these days (a bar: of its day)</source>
      <translation>Show the gate journal of these days (a bar: of its day)</translation>
    </message>
    <message>
      <source>{name}: {value}</source>
      <translation>{name}: {value}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Complaints and inquiries</source>
      <translation>Complaints and inquiries</translation>
    </message>
    <message>
      <source>Open complaints:</source>
      <translation>Open complaints:</translation>
    </message>
    <message>
      <source>Show the open complaints</source>
      <translation>Show the open complaints</translation>
    </message>
    <message>
      <source>Answer overdue:</source>
      <translation>Answer overdue:</translation>
    </message>
    <message>
      <source>Show the complaints not answered by their deadline</source>
      <translation>Show the complaints not answered by their deadline</translation>
    </message>
    <message>
      <source>Inquiry answers due today:</source>
      <translation>Inquiry answers due today:</translation>
    </message>
    <message>
      <source>Show the promised inquiry answers due by today</source>
      <translation>Show the promised inquiry answers due by today</translation>
    </message>
    <message>
      <source>Show this month's complaints</source>
      <translation>Show this month's complaints</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>Inspections</translation>
    </message>
    <message>
      <source>Inspections due today:</source>
      <translation>Inspections due today:</translation>
    </message>
    <message>
      <source>Show the inspections due</source>
      <translation>Show the inspections due</translation>
    </message>
    <message>
      <source>Inspections overdue:</source>
      <translation>Inspections overdue:</translation>
    </message>
    <message>
      <source>Show the overdue inspections</source>
      <translation>Show the overdue inspections</translation>
    </message>
    <message>
      <source>Rectifications open:</source>
      <translation>Rectifications open:</translation>
    </message>
    <message>
      <source>Show the open rectification notices</source>
      <translation>Show the open rectification notices</translation>
    </message>
    <message>
      <source>past the deadline {late}</source>
      <translation>past the deadline {late}</translation>
    </message>
    <message>
      <source>Equipment due within 30 days:</source>
      <translation>Equipment due within 30 days:</translation>
    </message>
    <message>
      <source>Show the equipment due for service or expiring</source>
      <translation>Show the equipment due for service or expiring</translation>
    </message>
    <message>
      <source>overdue or expired {expired}</source>
      <translation>overdue or expired {expired}</translation>
    </message>
    <message>
      <source>Show this month's inspections</source>
      <translation>Show this month's inspections</translation>
    </message>
    <message>
      <source>Drills and training</source>
      <translation>Drills and training</translation>
    </message>
    <message>
      <source>Due this month:</source>
      <translation>Due this month:</translation>
    </message>
    <message>
      <source>Show the year's drill plan</source>
      <translation>Show the year's drill plan</translation>
    </message>
    <message>
      <source>Drills overdue:</source>
      <translation>Drills overdue:</translation>
    </message>
    <message>
      <source>Events this month:</source>
      <translation>Events this month:</translation>
    </message>
    <message>
      <source>{held} held, {planned} planned</source>
      <translation>{held} held, {planned} planned</translation>
    </message>
    <message>
      <source>Show this month's events</source>
      <translation>Show this month's events</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>Community events</translation>
    </message>
    <message>
      <source>Safety incidents</source>
      <translation>Safety incidents</translation>
    </message>
    <message>
      <source>Open incidents:</source>
      <translation>Open incidents:</translation>
    </message>
    <message>
      <source>Show the open incidents</source>
      <translation>Show the open incidents</translation>
    </message>
    <message>
      <source>Follow-ups overdue:</source>
      <translation>Follow-ups overdue:</translation>
    </message>
    <message>
      <source>Show the incidents with a follow-up past its deadline</source>
      <translation>Show the incidents with a follow-up past its deadline</translation>
    </message>
    <message>
      <source>Show this year's incidents</source>
      <translation>Show this year's incidents</translation>
    </message>
    <message>
      <source>Show the year's survey rounds</source>
      <translation>Show the year's survey rounds</translation>
    </message>
    <message>
      <source>Cleaning and greening</source>
      <translation>Cleaning and greening</translation>
    </message>
    <message>
      <source>Done today:</source>
      <translation>Done today:</translation>
    </message>
    <message>
      <source>Show today's work logs</source>
      <translation>Show today's work logs</translation>
    </message>
    <message>
      <source>Missing this week:</source>
      <translation>Missing this week:</translation>
    </message>
    <message>
      <source>Show this week's plan</source>
      <translation>Show this week's plan</translation>
    </message>
  </context>
  <context>
    <name>DayFiguresModel</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Slots</source>
      <translation>Slots</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>On time</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Late</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>Missed</translation>
    </message>
    <message>
      <source>On time %</source>
      <translation>On time %</translation>
    </message>
    <message>
      <source>Enter: the late rounds of this day's slots</source>
      <translation>Enter: the late rounds of this day's slots</translation>
    </message>
    <message>
      <source>A missed slot has no round: Enter shows the day's grid</source>
      <translation>A missed slot has no round: Enter shows the day's grid</translation>
    </message>
  </context>
  <context>
    <name>DayGridModel</name>
    <message>
      <source>Slot</source>
      <translation>Slot</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
  </context>
  <context>
    <name>DayGridPanel</name>
    <message>
      <source>◀ Previous day</source>
      <translation>◀ Previous day</translation>
    </message>
    <message>
      <source>PageUp</source>
      <translation>PageUp</translation>
    </message>
    <message>
      <source>Next day ▶</source>
      <translation>Next day ▶</translation>
    </message>
    <message>
      <source>PageDown</source>
      <translation>PageDown</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>Print patrol log…</source>
      <translation>Print patrol log…</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>&amp;Day</translation>
    </message>
    <message>
      <source>Extra rounds (answering no slot, or abandoned)</source>
      <translation>Extra rounds (answering no slot, or abandoned)</translation>
    </message>
    <message>
      <source>Extra rounds (answering no slot, or abandoned): {n}</source>
      <translation>Extra rounds (answering no slot, or abandoned): {n}</translation>
    </message>
    <message>
      <source>No patrol is scheduled on this day.</source>
      <translation>No patrol is scheduled on this day.</translation>
    </message>
    <message>
      <source>{slots} slots: {on_time} on time, {late} late, {missed} missed, {pending} pending; {extra} extra rounds</source>
      <translation>{slots} slots: {on_time} on time, {late} late, {missed} missed, {pending} pending; {extra} extra rounds</translation>
    </message>
  </context>
  <context>
    <name>DepartmentModel</name>
    <message>
      <source>Department</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>In time</source>
      <translation>In time</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Late</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>In time %</source>
      <translation>In time %</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>Satisfied</translation>
    </message>
    <message>
      <source>Not satisfied</source>
      <translation>Not satisfied</translation>
    </message>
    <message>
      <source>Mean rating</source>
      <translation>Mean rating</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>Followed up</translation>
    </message>
  </context>
  <context>
    <name>DiagnoseForm</name>
    <message>
      <source>what the technician found</source>
      <translation>what the technician found</translation>
    </message>
    <message>
      <source>Diagnosis</source>
      <translation>Diagnosis</translation>
    </message>
  </context>
  <context>
    <name>DispatchForm</name>
    <message>
      <source>Technician</source>
      <translation>Technician</translation>
    </message>
    <message>
      <source>Print the dispatch slip</source>
      <translation>Print the dispatch slip</translation>
    </message>
  </context>
  <context>
    <name>DoneForm</name>
    <message>
      <source>Follow-up action done</source>
      <translation>Follow-up action done</translation>
    </message>
    <message>
      <source>Done by</source>
      <translation>Done by</translation>
    </message>
    <message>
      <source>Change it only when it was done earlier.</source>
      <translation>Change it only when it was done earlier.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>DrillNames</name>
    <message>
      <source>Fire drill</source>
      <translation>Fire drill</translation>
    </message>
    <message>
      <source>Evacuation drill</source>
      <translation>Evacuation drill</translation>
    </message>
    <message>
      <source>Flood drill</source>
      <translation>Flood drill</translation>
    </message>
    <message>
      <source>Lift entrapment drill</source>
      <translation>Lift entrapment drill</translation>
    </message>
    <message>
      <source>Other drill</source>
      <translation>Other drill</translation>
    </message>
    <message>
      <source>Fire safety training</source>
      <translation>Fire safety training</translation>
    </message>
    <message>
      <source>Service manners training</source>
      <translation>Service manners training</translation>
    </message>
    <message>
      <source>Security duties training</source>
      <translation>Security duties training</translation>
    </message>
    <message>
      <source>Equipment operation training</source>
      <translation>Equipment operation training</translation>
    </message>
    <message>
      <source>First aid training</source>
      <translation>First aid training</translation>
    </message>
    <message>
      <source>Other training</source>
      <translation>Other training</translation>
    </message>
    <message>
      <source>Drill</source>
      <translation>Drill</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Done late</source>
      <translation>Done late</translation>
    </message>
    <message>
      <source>At least once every half year</source>
      <translation>At least once every half year</translation>
    </message>
    <message>
      <source>Before the rainy season</source>
      <translation>Before the rainy season</translation>
    </message>
    <message>
      <source>Training every quarter</source>
      <translation>Training every quarter</translation>
    </message>
    <message>
      <source>Once a year</source>
      <translation>Once a year</translation>
    </message>
    <message>
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
  </context>
  <context>
    <name>DrillsTab</name>
    <message>
      <source>Drills and training</source>
      <translation>Drills and training</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <source>Year plan</source>
      <translation>Year plan</translation>
    </message>
    <message>
      <source>Staff history</source>
      <translation>Staff history</translation>
    </message>
    <message>
      <source>New session… (F2)</source>
      <translation>New session… (F2)</translation>
    </message>
    <message>
      <source>{number} recorded.</source>
      <translation>{number} recorded.</translation>
    </message>
  </context>
  <context>
    <name>DueNames</name>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>Not yet due</translation>
    </message>
    <message>
      <source>This period: {first} – {last}</source>
      <translation>This period: {first} – {last}</translation>
    </message>
  </context>
  <context>
    <name>DuePanel</name>
    <message>
      <source>&amp;Overdue only</source>
      <translation>&amp;Overdue only</translation>
    </message>
    <message>
      <source>Enter or a double click: record this inspection</source>
      <translation>Enter or a double click: record this inspection</translation>
    </message>
    <message>
      <source>Nothing is due: no live checklist yet</source>
      <translation>Nothing is due: no live checklist yet</translation>
    </message>
    <message>
      <source>{overdue} overdue · {due} owed now</source>
      <translation>{overdue} overdue · {due} owed now</translation>
    </message>
  </context>
  <context>
    <name>DueTableModel</name>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Overdue since</source>
      <translation>Overdue since</translation>
    </message>
    <message>
      <source>Periods missed</source>
      <translation>Periods missed</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>Frequency</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Last done</source>
      <translation>Last done</translation>
    </message>
  </context>
  <context>
    <name>EntryDetailLabel</name>
    <message>
      <source>Choose an entry to see it whole.</source>
      <translation>Choose an entry to see it whole.</translation>
    </message>
    <message>
      <source>{trade} · {area} · {task}</source>
      <translation>{trade} · {area} · {task}</translation>
    </message>
    <message>
      <source>{day}, {time}, by {staff}: {result}</source>
      <translation>{day}, {time}, by {staff}: {result}</translation>
    </message>
    <message>
      <source>done</source>
      <translation>done</translation>
    </message>
    <message>
      <source>not done</source>
      <translation>not done</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>Reason: {reason}</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Note: {note}</translation>
    </message>
    <message>
      <source>Recorded by {name} at {at}</source>
      <translation>Recorded by {name} at {at}</translation>
    </message>
    <message>
      <source>Voided by {name} at {at}: {reason}</source>
      <translation>Voided by {name} at {at}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>EntryListModel</name>
    <message>
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>Trade</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>Done by</source>
      <translation>Done by</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Reason not done</source>
      <translation>Reason not done</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Not done</translation>
    </message>
  </context>
  <context>
    <name>EntryListPanel</name>
    <message>
      <source>Any trade</source>
      <translation>Any trade</translation>
    </message>
    <message>
      <source>Done or not</source>
      <translation>Done or not</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Not done</translation>
    </message>
    <message>
      <source>Area, task or person; Enter searches</source>
      <translation>Area, task or person; Enter searches</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>Trade</translation>
    </message>
    <message>
      <source>Entries {first}–{last}</source>
      <translation>Entries {first}–{last}</translation>
    </message>
    <message>
      <source>No entries</source>
      <translation>No entries</translation>
    </message>
  </context>
  <context>
    <name>EquipmentForm</name>
    <message>
      <source>New equipment item</source>
      <translation>New equipment item</translation>
    </message>
    <message>
      <source>Equipment item</source>
      <translation>Equipment item</translation>
    </message>
    <message>
      <source>A new code needs a new label: print it after saving.</source>
      <translation>A new code needs a new label: print it after saving.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>e.g. MHQ-3-B1-01: letters, digits and - _ . /</source>
      <translation>e.g. MHQ-3-B1-01: letters, digits and - _ . /</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>e.g. 4 kg ABC dry powder extinguisher</source>
      <translation>e.g. 4 kg ABC dry powder extinguisher</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>optional: the unit it is in, e.g. 3-2-1502</source>
      <translation>optional: the unit it is in, e.g. 3-2-1502</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>e.g. Building 3, B1, by the stairs</source>
      <translation>e.g. Building 3, B1, by the stairs</translation>
    </message>
    <message>
      <source>Installed on</source>
      <translation>Installed on</translation>
    </message>
    <message>
      <source>Last service</source>
      <translation>Last service</translation>
    </message>
    <message>
      <source>Service every</source>
      <translation>Service every</translation>
    </message>
    <message>
      <source>Expires on</source>
      <translation>Expires on</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source> months</source>
      <translation> months</translation>
    </message>
    <message>
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <source>0 and 0: no regular service</source>
      <translation>0 and 0: no regular service</translation>
    </message>
  </context>
  <context>
    <name>EquipmentHistoryDialog</name>
    <message>
      <source>History of {code}</source>
      <translation>History of {code}</translation>
    </message>
    <message>
      <source>{code} · {name} · {place}: {n} inspections</source>
      <translation>{code} · {name} · {place}: {n} inspections</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>Inspection</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Inspector</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>EquipmentLabels</name>
    <message>
      <source>Equipment labels</source>
      <translation>Equipment labels</translation>
    </message>
  </context>
  <context>
    <name>EquipmentNames</name>
    <message>
      <source>Fire extinguisher</source>
      <translation>Fire extinguisher</translation>
    </message>
    <message>
      <source>Hydrant</source>
      <translation>Hydrant</translation>
    </message>
    <message>
      <source>Fire alarm panel</source>
      <translation>Fire alarm panel</translation>
    </message>
    <message>
      <source>Smoke detector</source>
      <translation>Smoke detector</translation>
    </message>
    <message>
      <source>Sprinkler</source>
      <translation>Sprinkler</translation>
    </message>
    <message>
      <source>Emergency light</source>
      <translation>Emergency light</translation>
    </message>
    <message>
      <source>Exit sign</source>
      <translation>Exit sign</translation>
    </message>
    <message>
      <source>Fire door</source>
      <translation>Fire door</translation>
    </message>
    <message>
      <source>Lift</source>
      <translation>Lift</translation>
    </message>
    <message>
      <source>Pump</source>
      <translation>Pump</translation>
    </message>
    <message>
      <source>Water tank</source>
      <translation>Water tank</translation>
    </message>
    <message>
      <source>Switchgear</source>
      <translation>Switchgear</translation>
    </message>
    <message>
      <source>Generator</source>
      <translation>Generator</translation>
    </message>
    <message>
      <source>CCTV</source>
      <translation>CCTV</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>No date</translation>
    </message>
    <message>
      <source>In date</source>
      <translation>In date</translation>
    </message>
    <message>
      <source>Expiring</source>
      <translation>Expiring</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Expired</translation>
    </message>
    <message>
      <source>All items</source>
      <translation>All items</translation>
    </message>
    <message>
      <source>Expiring within {days} days</source>
      <translation>Expiring within {days} days</translation>
    </message>
  </context>
  <context>
    <name>EquipmentPanel</name>
    <message>
      <source>Any kind</source>
      <translation>Any kind</translation>
    </message>
    <message>
      <source>Code, name or place; Enter searches</source>
      <translation>Code, name or place; Enter searches</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>First</source>
      <translation>First</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ Previous</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>Next ▶</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Print labels of the selected…</source>
      <translation>Print labels of the selected…</translation>
    </message>
    <message>
      <source>Print labels of all found…</source>
      <translation>Print labels of all found…</translation>
    </message>
    <message>
      <source>Every item the filter finds, on every page</source>
      <translation>Every item the filter finds, on every page</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>History…</translation>
    </message>
    <message>
      <source>Every inspection of the chosen item</source>
      <translation>Every inspection of the chosen item</translation>
    </message>
    <message>
      <source>Ctrl+N: add</source>
      <translation>Ctrl+N: add</translation>
    </message>
    <message>
      <source>Enter: edit</source>
      <translation>Enter: edit</translation>
    </message>
    <message>
      <source>Delete: void</source>
      <translation>Delete: void</translation>
    </message>
    <message>
      <source>Items {first}–{last}</source>
      <translation>Items {first}–{last}</translation>
    </message>
    <message>
      <source>No items</source>
      <translation>No items</translation>
    </message>
    <message>
      <source>Void {code} {name}</source>
      <translation>Void {code} {name}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>EquipmentTableModel</name>
    <message>
      <source>Next service {date}</source>
      <translation>Next service {date}</translation>
    </message>
    <message>
      <source>Expires {date}</source>
      <translation>Expires {date}</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Installed</source>
      <translation>Installed</translation>
    </message>
    <message>
      <source>Last service</source>
      <translation>Last service</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>Next due</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
  </context>
  <context>
    <name>EscalateForm</name>
    <message>
      <source>Escalate finding</source>
      <translation>Escalate finding</translation>
    </message>
    <message>
      <source>Who was told</source>
      <translation>Who was told</translation>
    </message>
    <message>
      <source>e.g. the duty manager's name</source>
      <translation>e.g. the duty manager's name</translation>
    </message>
    <message>
      <source>Change it only when they were told earlier.</source>
      <translation>Change it only when they were told earlier.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
  </context>
  <context>
    <name>EstateDialog</name>
    <message>
      <source>Estate</source>
      <translation>Estate</translation>
    </message>
    <message>
      <source>Estate name</source>
      <translation>Estate name</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>24-hour hotline</source>
      <translation>24-hour hotline</translation>
    </message>
  </context>
  <context>
    <name>EventDetailPanel</name>
    <message>
      <source>Event</source>
      <translation>Event</translation>
    </message>
    <message>
      <source>Change plan…</source>
      <translation>Change plan…</translation>
    </message>
    <message>
      <source>Record as held…</source>
      <translation>Record as held…</translation>
    </message>
    <message>
      <source>Cancel event…</source>
      <translation>Cancel event…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>Print notice…</source>
      <translation>Print notice…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Add photo…</source>
      <translation>Add photo…</translation>
    </message>
    <message>
      <source>Attach a photo to {event}</source>
      <translation>Attach a photo to {event}</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Theme</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Content</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Entered by</source>
      <translation>Entered by</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>Actual cost</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>Feedback</translation>
    </message>
    <message>
      <source>Why cancelled</source>
      <translation>Why cancelled</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>Voided because</translation>
    </message>
    <message>
      <source>No photos of this event.</source>
      <translation>No photos of this event.</translation>
    </message>
  </context>
  <context>
    <name>EventExport</name>
    <message>
      <source>Exporting events…</source>
      <translation>Exporting events…</translation>
    </message>
    <message>
      <source>Exporting events: {n} rows…</source>
      <translation>Exporting events: {n} rows…</translation>
    </message>
  </context>
  <context>
    <name>EventFilterBar</name>
    <message>
      <source>All years</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>Any state</source>
      <translation>Any state</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>Any kind</translation>
    </message>
    <message>
      <source>Voided too</source>
      <translation>Voided too</translation>
    </message>
    <message>
      <source>Number, theme, place or organiser</source>
      <translation>Number, theme, place or organiser</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
  </context>
  <context>
    <name>EventForm</name>
    <message>
      <source>New event</source>
      <translation>New event</translation>
    </message>
    <message>
      <source>Change the plan</source>
      <translation>Change the plan</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Theme</translation>
    </message>
    <message>
      <source>e.g. Mid-Autumn garden party</source>
      <translation>e.g. Mid-Autumn garden party</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Starts</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Ends</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>e.g. central garden</source>
      <translation>e.g. central garden</translation>
    </message>
    <message>
      <source>What happens, what to bring; Ctrl+Enter saves.</source>
      <translation>What happens, what to bring; Ctrl+Enter saves.</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Content</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
  </context>
  <context>
    <name>EventListView</name>
    <message>
      <source>Events {first}–{last}</source>
      <translation>Events {first}–{last}</translation>
    </message>
    <message>
      <source>No events</source>
      <translation>No events</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>Community events</translation>
    </message>
  </context>
  <context>
    <name>EventNames</name>
    <message>
      <source>Festival</source>
      <translation>Festival</translation>
    </message>
    <message>
      <source>Culture and sports</source>
      <translation>Culture and sports</translation>
    </message>
    <message>
      <source>Talk or campaign</source>
      <translation>Talk or campaign</translation>
    </message>
    <message>
      <source>Community service</source>
      <translation>Community service</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>Family</translation>
    </message>
    <message>
      <source>For the elderly</source>
      <translation>For the elderly</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Held</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
  </context>
  <context>
    <name>EventTableModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Theme</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>Actual cost</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>Photos</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
  </context>
  <context>
    <name>EventsTab</name>
    <message>
      <source>New event (F2)</source>
      <translation>New event (F2)</translation>
    </message>
    <message>
      <source>Event {number} planned: {theme}</source>
      <translation>Event {number} planned: {theme}</translation>
    </message>
    <message>
      <source>Event {number} changed</source>
      <translation>Event {number} changed</translation>
    </message>
    <message>
      <source>Event {number} recorded as held</source>
      <translation>Event {number} recorded as held</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Cancel event {number}</source>
      <translation>Cancel event {number}</translation>
    </message>
    <message>
      <source>Event {number} cancelled</source>
      <translation>Event {number} cancelled</translation>
    </message>
    <message>
      <source>Void event {number}</source>
      <translation>Void event {number}</translation>
    </message>
    <message>
      <source>Event {number} voided</source>
      <translation>Event {number} voided</translation>
    </message>
  </context>
  <context>
    <name>ExtraRoundsModel</name>
    <message>
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>Guard</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Started</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Ended</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>Checkpoints</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>FigureModel</name>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>(all questions)</source>
      <translation>(all questions)</translation>
    </message>
    <message>
      <source>Very satisfied</source>
      <translation>Very satisfied</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>Satisfied</translation>
    </message>
    <message>
      <source>Neutral</source>
      <translation>Neutral</translation>
    </message>
    <message>
      <source>Dissatisfied</source>
      <translation>Dissatisfied</translation>
    </message>
    <message>
      <source>Very dissatisfied</source>
      <translation>Very dissatisfied</translation>
    </message>
    <message>
      <source>Not answered</source>
      <translation>Not answered</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
  </context>
  <context>
    <name>FiguresPanel</name>
    <message>
      <source>Click or press Enter: the complaints counted</source>
      <translation>Click or press Enter: the complaints counted</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Voided complaints
are not counted.</source>
      <translation>Voided complaints
are not counted.</translation>
    </message>
    <message>
      <source>Response deadlines</source>
      <translation>Response deadlines</translation>
    </message>
    <message>
      <source>Answered in time</source>
      <translation>Answered in time</translation>
    </message>
    <message>
      <source>Answered late</source>
      <translation>Answered late</translation>
    </message>
    <message>
      <source>Overdue, not answered</source>
      <translation>Overdue, not answered</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>Not yet due</translation>
    </message>
    <message>
      <source>In time, of those due</source>
      <translation>In time, of those due</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <source>Satisfied at the first answer</source>
      <translation>Satisfied at the first answer</translation>
    </message>
    <message>
      <source>Satisfied after being sent back</source>
      <translation>Satisfied after being sent back</translation>
    </message>
    <message>
      <source>Still not satisfied</source>
      <translation>Still not satisfied</translation>
    </message>
    <message>
      <source>Satisfied, of verdicts</source>
      <translation>Satisfied, of verdicts</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Followed up, of closed</source>
      <translation>Followed up, of closed</translation>
    </message>
    <message>
      <source>Mean rating</source>
      <translation>Mean rating</translation>
    </message>
    <message>
      <source>Rated 4 or 5</source>
      <translation>Rated 4 or 5</translation>
    </message>
    <message>
      <source>{score}★</source>
      <translation>{score}★</translation>
    </message>
    <message>
      <source>Follow-up ratings</source>
      <translation>Follow-up ratings</translation>
    </message>
  </context>
  <context>
    <name>FindingForm</name>
    <message>
      <source>Issue at {name}</source>
      <translation>Issue at {name}</translation>
    </message>
    <message>
      <source>Round {number}, checkpoint {position}. {name}{place}</source>
      <translation>Round {number}, checkpoint {position}. {name}{place}</translation>
    </message>
    <message>
      <source>Kind of issue</source>
      <translation>Kind of issue</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>Seen</translation>
    </message>
    <message>
      <source>what is wrong, exactly where</source>
      <translation>what is wrong, exactly where</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>what you did about it, if anything</source>
      <translation>what you did about it, if anything</translation>
    </message>
    <message>
      <source>Told</source>
      <translation>Told</translation>
    </message>
    <message>
      <source>the duty manager you told, if anyone</source>
      <translation>the duty manager you told, if anyone</translation>
    </message>
    <message>
      <source>Open a repair ticket for it</source>
      <translation>Open a repair ticket for it</translation>
    </message>
    <message>
      <source>Repair</source>
      <translation>Repair</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>Repair category</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <source>The issue is recorded, but the repair ticket was not opened. Change what is marked and press OK again, or Cancel to leave it without a ticket.</source>
      <translation>The issue is recorded, but the repair ticket was not opened. Change what is marked and press OK again, or Cancel to leave it without a ticket.</translation>
    </message>
  </context>
  <context>
    <name>FindingsModel</name>
    <message>
      <source>Seen at</source>
      <translation>Seen at</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>Finding</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>Checkpoint</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>What was seen</source>
      <translation>What was seen</translation>
    </message>
    <message>
      <source>Action taken</source>
      <translation>Action taken</translation>
    </message>
    <message>
      <source>Told</source>
      <translation>Told</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>Repair ticket</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
  </context>
  <context>
    <name>FindingsPanel</name>
    <message>
      <source>Escalate…</source>
      <translation>Escalate…</translation>
    </message>
    <message>
      <source>Record who was told (the duty manager)</source>
      <translation>Record who was told (the duty manager)</translation>
    </message>
    <message>
      <source>Open repair ticket…</source>
      <translation>Open repair ticket…</translation>
    </message>
    <message>
      <source>Open incident…</source>
      <translation>Open incident…</translation>
    </message>
    <message>
      <source>Dealt with…</source>
      <translation>Dealt with…</translation>
    </message>
    <message>
      <source>Show round</source>
      <translation>Show round</translation>
    </message>
    <message>
      <source>{n} open findings</source>
      <translation>{n} open findings</translation>
    </message>
    <message>
      <source>From finding {number} · {checkpoint} · {seen}</source>
      <translation>From finding {number} · {checkpoint} · {seen}</translation>
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
    <message>
      <source>e.g. admin</source>
      <translation>e.g. admin</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>Repeat password</translation>
    </message>
    <message>
      <source>The first administrator: this person logs in next, adds the other users and gives them their roles.</source>
      <translation>The first administrator: this person logs in next, adds the other users and gives them their roles.</translation>
    </message>
  </context>
  <context>
    <name>FixReportDialog</name>
    <message>
      <source>Fix reported: {number}</source>
      <translation>Fix reported: {number}</translation>
    </message>
    <message>
      <source>{item} ({area}) is reported fixed now. The notice closes only when a re-inspection by someone else passes the item.</source>
      <translation>{item} ({area}) is reported fixed now. The notice closes only when a re-inspection by someone else passes the item.</translation>
    </message>
    <message>
      <source>What was done (optional)</source>
      <translation>What was done (optional)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>FollowUpForm</name>
    <message>
      <source>1 (very unhappy) to 5 (very satisfied)</source>
      <translation>1 (very unhappy) to 5 (very satisfied)</translation>
    </message>
    <message>
      <source>what the resident said</source>
      <translation>what the resident said</translation>
    </message>
    <message>
      <source>Rating (1–5)</source>
      <translation>Rating (1–5)</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
  </context>
  <context>
    <name>FollowUpVisitForm</name>
    <message>
      <source>Visited</source>
      <translation>Visited</translation>
    </message>
    <message>
      <source>Visited by</source>
      <translation>Visited by</translation>
    </message>
    <message>
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>what the complainant said</source>
      <translation>what the complainant said</translation>
    </message>
    <message>
      <source>1 (very unhappy) to 5 (very satisfied)</source>
      <translation>1 (very unhappy) to 5 (very satisfied)</translation>
    </message>
    <message>
      <source>Rating (1–5)</source>
      <translation>Rating (1–5)</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Your role may view these settings but not change them.</source>
      <translation>Your role may view these settings but not change them.</translation>
    </message>
  </context>
  <context>
    <name>GateForm</name>
    <message>
      <source>must be filled in</source>
      <translation>must be filled in</translation>
    </message>
  </context>
  <context>
    <name>GateSettingsDialog</name>
    <message>
      <source>Gate settings</source>
      <translation>Gate settings</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>A stay this long is free; a longer one is charged from the entry.</source>
      <translation>A stay this long is free; a longer one is charged from the entry.</translation>
    </message>
    <message>
      <source>Charged for every started hour.</source>
      <translation>Charged for every started hour.</translation>
    </message>
    <message>
      <source>At most this much per 24 hours from the entry.</source>
      <translation>At most this much per 24 hours from the entry.</translation>
    </message>
    <message>
      <source>Residents' vehicles park free</source>
      <translation>Residents' vehicles park free</translation>
    </message>
    <message>
      <source>Visitors and visitors' vehicles still inside after this hour on the day they came, or on any later day, are flagged.</source>
      <translation>Visitors and visitors' vehicles still inside after this hour on the day they came, or on any later day, are flagged.</translation>
    </message>
    <message>
      <source>Flag visitors and their vehicles still inside after</source>
      <translation>Flag visitors and their vehicles still inside after</translation>
    </message>
    <message>
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <source>Free parking</source>
      <translation>Free parking</translation>
    </message>
    <message>
      <source>Hourly rate</source>
      <translation>Hourly rate</translation>
    </message>
    <message>
      <source>Cap per 24 hours</source>
      <translation>Cap per 24 hours</translation>
    </message>
    <message>
      <source>Keep visitor data for</source>
      <translation>Keep visitor data for</translation>
    </message>
    <message>
      <source>After that, visitors' names, phones and ID numbers are blanked; the counts in reports stay.</source>
      <translation>After that, visitors' names, phones and ID numbers are blanked; the counts in reports stay.</translation>
    </message>
  </context>
  <context>
    <name>GateTab</name>
    <message>
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <source>reported lost</source>
      <translation>reported lost</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>revoked</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>returned</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Scan or type the card number, then Enter</source>
      <translation>Scan or type the card number, then Enter</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>Card number</translation>
    </message>
    <message>
      <source>New visitor (F2)</source>
      <translation>New visitor (F2)</translation>
    </message>
    <message>
      <source>Visitor leaves</source>
      <translation>Visitor leaves</translation>
    </message>
    <message>
      <source>Type or scan the pass number, then Enter</source>
      <translation>Type or scan the pass number, then Enter</translation>
    </message>
    <message>
      <source>Pass number</source>
      <translation>Pass number</translation>
    </message>
    <message>
      <source>Items out (F5)</source>
      <translation>Items out (F5)</translation>
    </message>
    <message>
      <source>Materials in (Shift+F5)</source>
      <translation>Materials in (Shift+F5)</translation>
    </message>
    <message>
      <source>New release slip (F7)</source>
      <translation>New release slip (F7)</translation>
    </message>
    <message>
      <source>Parking notice (F6)</source>
      <translation>Parking notice (F6)</translation>
    </message>
    <message>
      <source>Hand over shift (F8)</source>
      <translation>Hand over shift (F8)</translation>
    </message>
    <message>
      <source>Plates: F3 in, F4 out · Quick search: Ctrl+K</source>
      <translation>Plates: F3 in, F4 out · Quick search: Ctrl+K</translation>
    </message>
    <message>
      <source>Visitors inside now</source>
      <translation>Visitors inside now</translation>
    </message>
    <message>
      <source>Vehicles inside now</source>
      <translation>Vehicles inside now</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>Visitors</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>Vehicles</translation>
    </message>
    <message>
      <source>Inside now</source>
      <translation>Inside now</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
    <message>
      <source>Open release slips</source>
      <translation>Open release slips</translation>
    </message>
    <message>
      <source>Handovers</source>
      <translation>Handovers</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Press F2 to register a visitor.</source>
      <translation>Press F2 to register a visitor.</translation>
    </message>
    <message>
      <source>Welcome, {name} ({unit})</source>
      <translation>Welcome, {name} ({unit})</translation>
    </message>
    <message>
      <source>no holder</source>
      <translation>no holder</translation>
    </message>
    <message>
      <source>STOP — card {number} of {name} ({unit}) is {status}. Do not let in.</source>
      <translation>STOP — card {number} of {name} ({unit}) is {status}. Do not let in.</translation>
    </message>
    <message>
      <source>Pass {number} issued to {name} for {unit}</source>
      <translation>Pass {number} issued to {name} for {unit}</translation>
    </message>
    <message>
      <source>Items out on slip {number}: {description}</source>
      <translation>Items out on slip {number}: {description}</translation>
    </message>
    <message>
      <source>Materials in for {unit}: {description}</source>
      <translation>Materials in for {unit}: {description}</translation>
    </message>
    <message>
      <source>Release slip {number} recorded for {unit}</source>
      <translation>Release slip {number} recorded for {unit}</translation>
    </message>
    <message>
      <source>Notice {number} for {plate} at {place}</source>
      <translation>Notice {number} for {plate} at {place}</translation>
    </message>
    <message>
      <source>Shift handed over to {name} ({number})</source>
      <translation>Shift handed over to {name} ({number})</translation>
    </message>
    <message>
      <source>{name} left (pass {number})</source>
      <translation>{name} left (pass {number})</translation>
    </message>
  </context>
  <context>
    <name>GuardFiguresModel</name>
    <message>
      <source>Guard</source>
      <translation>Guard</translation>
    </message>
    <message>
      <source>Rounds</source>
      <translation>Rounds</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>On time</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Late</translation>
    </message>
    <message>
      <source>Too fast</source>
      <translation>Too fast</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Findings</translation>
    </message>
    <message>
      <source>Enter: this guard's rounds on time</source>
      <translation>Enter: this guard's rounds on time</translation>
    </message>
    <message>
      <source>Enter: this guard's late rounds</source>
      <translation>Enter: this guard's late rounds</translation>
    </message>
    <message>
      <source>Enter: this guard's rounds walked too fast</source>
      <translation>Enter: this guard's rounds walked too fast</translation>
    </message>
    <message>
      <source>Enter: all this guard's rounds of the month</source>
      <translation>Enter: all this guard's rounds of the month</translation>
    </message>
  </context>
  <context>
    <name>HandoverForm</name>
    <message>
      <source>Hand over the shift</source>
      <translation>Hand over the shift</translation>
    </message>
    <message>
      <source>{station}, from {start} until now</source>
      <translation>{station}, from {start} until now</translation>
    </message>
    <message>
      <source>One matter per line; leave empty if none. Ctrl+Enter saves.</source>
      <translation>One matter per line; leave empty if none. Ctrl+Enter saves.</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <source>Handed over by</source>
      <translation>Handed over by</translation>
    </message>
    <message>
      <source>This shift</source>
      <translation>This shift</translation>
    </message>
    <message>
      <source>Taken over by</source>
      <translation>Taken over by</translation>
    </message>
    <message>
      <source>Open matters</source>
      <translation>Open matters</translation>
    </message>
    <message>
      <source>Residents in: {residents}, refused cards: {refused}
Visitors in/out: {visitors_in}/{visitors_out}
Vehicles in/out: {vehicles_in}/{vehicles_out}, fees collected: {fees}
Items in/out: {items_in}/{items_out}, parking notices: {notices}</source>
      <translation>Residents in: {residents}, refused cards: {refused}
Visitors in/out: {visitors_in}/{visitors_out}
Vehicles in/out: {vehicles_in}/{vehicles_out}, fees collected: {fees}
Items in/out: {items_in}/{items_out}, parking notices: {notices}</translation>
    </message>
  </context>
  <context>
    <name>HandoverTableModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Station</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <source>Handed over by</source>
      <translation>Handed over by</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>Login: {login}</translation>
    </message>
    <message>
      <source>Taken over by</source>
      <translation>Taken over by</translation>
    </message>
    <message>
      <source>Fees collected</source>
      <translation>Fees collected</translation>
    </message>
    <message>
      <source>Open matters</source>
      <translation>Open matters</translation>
    </message>
  </context>
  <context>
    <name>HeldForm</name>
    <message>
      <source>Record the event as held</source>
      <translation>Record the event as held</translation>
    </message>
    <message>
      <source>{number} · {theme} · {when}</source>
      <translation>{number} · {theme} · {when}</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>Actual cost</translation>
    </message>
    <message>
      <source>What residents said, what to do better; Ctrl+Enter saves.</source>
      <translation>What residents said, what to do better; Ctrl+Enter saves.</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>Feedback</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Held</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <source>Took part</source>
      <translation>Took part</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Export to Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <source>Training history {name}</source>
      <translation>Training history {name}</translation>
    </message>
    <message>
      <source>(left)</source>
      <translation>(left)</translation>
    </message>
    <message>
      <source>{drills} drills, {trainings} trainings, {minutes} minutes in all</source>
      <translation>{drills} drills, {trainings} trainings, {minutes} minutes in all</translation>
    </message>
  </context>
  <context>
    <name>HomeTab</name>
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
    <name>IdleLockDialog</name>
    <message>
      <source>Auto-lock</source>
      <translation>Auto-lock</translation>
    </message>
    <message>
      <source>Lock the window when nobody has used the keyboard or mouse for this many minutes. 0 turns auto-lock off.</source>
      <translation>Lock the window when nobody has used the keyboard or mouse for this many minutes. 0 turns auto-lock off.</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Off</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Lock after</source>
      <translation>Lock after</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import from Excel</source>
      <translation>Import from Excel</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Units</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Residents</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>Vehicles</translation>
    </message>
    <message>
      <source>Access cards</source>
      <translation>Access cards</translation>
    </message>
    <message>
      <source>Download template…</source>
      <translation>Download template…</translation>
    </message>
    <message>
      <source>Choose file and preview…</source>
      <translation>Choose file and preview…</translation>
    </message>
    <message>
      <source>Choose what to import, then the file.</source>
      <translation>Choose what to import, then the file.</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Save error list…</source>
      <translation>Save error list…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Choose the file to import</source>
      <translation>Choose the file to import</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Reading the file…</translation>
    </message>
    <message>
      <source>Imported: {c} created, {u} updated, {n} unchanged.</source>
      <translation>Imported: {c} created, {u} updated, {n} unchanged.</translation>
    </message>
    <message>
      <source>{t} rows: {c} will be created, {u} updated, {n} unchanged. Nothing has been written yet; press Import.</source>
      <translation>{t} rows: {c} will be created, {u} updated, {n} unchanged. Nothing has been written yet; press Import.</translation>
    </message>
    <message>
      <source>{t} rows, {e} problems. Nothing will be written until every row is right: fix the rows below (or save the error list) and choose the file again.</source>
      <translation>{t} rows, {e} problems. Nothing will be written until every row is right: fix the rows below (or save the error list) and choose the file again.</translation>
    </message>
    <message>
      <source>Save error list</source>
      <translation>Save error list</translation>
    </message>
  </context>
  <context>
    <name>IncidentDetail</name>
    <message>
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <source>No follow-up actions</source>
      <translation>No follow-up actions</translation>
    </message>
    <message>
      <source>Patrol finding {number}</source>
      <translation>Patrol finding {number}</translation>
    </message>
    <message>
      <source>Gate entry {number}</source>
      <translation>Gate entry {number}</translation>
    </message>
    <message>
      <source>Not called</source>
      <translation>Not called</translation>
    </message>
    <message>
      <source>Called, report no. {number}</source>
      <translation>Called, report no. {number}</translation>
    </message>
    <message>
      <source>Choose an incident in the list.</source>
      <translation>Choose an incident in the list.</translation>
    </message>
    <message>
      <source>{state}, {n} follow-ups overdue</source>
      <translation>{state}, {n} follow-ups overdue</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Where</translation>
    </message>
    <message>
      <source>Opened from</source>
      <translation>Opened from</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>What happened</translation>
    </message>
    <message>
      <source>Who responded</source>
      <translation>Who responded</translation>
    </message>
    <message>
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Police</translation>
    </message>
    <message>
      <source>Fire brigade</source>
      <translation>Fire brigade</translation>
    </message>
    <message>
      <source>Injuries</source>
      <translation>Injuries</translation>
    </message>
    <message>
      <source>Losses</source>
      <translation>Losses</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>Voided because</translation>
    </message>
  </context>
  <context>
    <name>IncidentForm</name>
    <message>
      <source>Record a safety incident</source>
      <translation>Record a safety incident</translation>
    </message>
    <message>
      <source>Incident {number}</source>
      <translation>Incident {number}</translation>
    </message>
    <message>
      <source>Ctrl+Enter saves; Esc cancels.</source>
      <translation>Ctrl+Enter saves; Esc cancels.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>e.g. bicycle stolen from the bike shed</source>
      <translation>e.g. bicycle stolen from the bike shed</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Where</translation>
    </message>
    <message>
      <source>e.g. car park B1 of building 3</source>
      <translation>e.g. car park B1 of building 3</translation>
    </message>
    <message>
      <source>What happened, in order</source>
      <translation>What happened, in order</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>What happened</translation>
    </message>
    <message>
      <source>Who responded</source>
      <translation>Who responded</translation>
    </message>
    <message>
      <source>e.g. guard Wang, shift leader Zhao</source>
      <translation>e.g. guard Wang, shift leader Zhao</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>What was done</translation>
    </message>
    <message>
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <source>Police called</source>
      <translation>Police called</translation>
    </message>
    <message>
      <source>Police report no.</source>
      <translation>Police report no.</translation>
    </message>
    <message>
      <source>Fire brigade called</source>
      <translation>Fire brigade called</translation>
    </message>
    <message>
      <source>Fire report no.</source>
      <translation>Fire report no.</translation>
    </message>
    <message>
      <source>Injuries</source>
      <translation>Injuries</translation>
    </message>
    <message>
      <source>None, or who and how</source>
      <translation>None, or who and how</translation>
    </message>
    <message>
      <source>Losses</source>
      <translation>Losses</translation>
    </message>
    <message>
      <source>What was lost or damaged</source>
      <translation>What was lost or damaged</translation>
    </message>
    <message>
      <source> yuan</source>
      <translation> yuan</translation>
    </message>
    <message>
      <source>Estimated loss</source>
      <translation>Estimated loss</translation>
    </message>
  </context>
  <context>
    <name>IncidentListModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Follow-ups open</source>
      <translation>Follow-ups open</translation>
    </message>
    <message>
      <source>Report no.</source>
      <translation>Report no.</translation>
    </message>
    <message>
      <source>{state}, {n} follow-ups overdue</source>
      <translation>{state}, {n} follow-ups overdue</translation>
    </message>
  </context>
  <context>
    <name>IncidentListView</name>
    <message>
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Follow-up overdue</source>
      <translation>Follow-up overdue</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>All kinds</translation>
    </message>
    <message>
      <source>Number, title or place</source>
      <translation>Number, title or place</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>No incidents</source>
      <translation>No incidents</translation>
    </message>
    <message>
      <source>Rows {first}–{last} of {total}</source>
      <translation>Rows {first}–{last} of {total}</translation>
    </message>
  </context>
  <context>
    <name>IncidentNames</name>
    <message>
      <source>Theft</source>
      <translation>Theft</translation>
    </message>
    <message>
      <source>Intrusion</source>
      <translation>Intrusion</translation>
    </message>
    <message>
      <source>Fight</source>
      <translation>Fight</translation>
    </message>
    <message>
      <source>Fire</source>
      <translation>Fire</translation>
    </message>
    <message>
      <source>Natural disaster</source>
      <translation>Natural disaster</translation>
    </message>
    <message>
      <source>Accident</source>
      <translation>Accident</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message>
      <source>{number} (closed)</source>
      <translation>{number} (closed)</translation>
    </message>
  </context>
  <context>
    <name>IncidentsTab</name>
    <message>
      <source>New incident (F2)</source>
      <translation>New incident (F2)</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Add follow-up…</source>
      <translation>Add follow-up…</translation>
    </message>
    <message>
      <source>Follow-up done…</source>
      <translation>Follow-up done…</translation>
    </message>
    <message>
      <source>Close…</source>
      <translation>Close…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Void incident {number}</source>
      <translation>Void incident {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>The incident stays on file, marked void, and is left out of every count. Your name, the time and the reason are kept with it.</source>
      <translation>The incident stays on file, marked void, and is left out of every count. Your name, the time and the reason are kept with it.</translation>
    </message>
    <message>
      <source>Safety incidents</source>
      <translation>Safety incidents</translation>
    </message>
    <message>
      <source>Exporting incidents…</source>
      <translation>Exporting incidents…</translation>
    </message>
    <message>
      <source>Exporting incidents: {n} rows…</source>
      <translation>Exporting incidents: {n} rows…</translation>
    </message>
  </context>
  <context>
    <name>InquiryEntry</name>
    <message>
      <source>&amp;Question</source>
      <translation>&amp;Question</translation>
    </message>
    <message>
      <source>What was asked or suggested</source>
      <translation>What was asked or suggested</translation>
    </message>
    <message>
      <source>&amp;Answer</source>
      <translation>&amp;Answer</translation>
    </message>
    <message>
      <source>The answer given on the spot</source>
      <translation>The answer given on the spot</translation>
    </message>
    <message>
      <source>Answer &amp;promised by</source>
      <translation>Answer &amp;promised by</translation>
    </message>
    <message>
      <source>Not answered yet</source>
      <translation>Not answered yet</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <source>P&amp;hone</source>
      <translation>P&amp;hone</translation>
    </message>
    <message>
      <source>&amp;Unit</source>
      <translation>&amp;Unit</translation>
    </message>
    <message>
      <source>&amp;Kind, channel</source>
      <translation>&amp;Kind, channel</translation>
    </message>
    <message>
      <source>&amp;Log (Enter)</source>
      <translation>&amp;Log (Enter)</translation>
    </message>
    <message>
      <source>Enter in any field</source>
      <translation>Enter in any field</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>Logged {number}.</source>
      <translation>Logged {number}.</translation>
    </message>
  </context>
  <context>
    <name>InquiryFilterBar</name>
    <message>
      <source>Open: answer promised</source>
      <translation>Open: answer promised</translation>
    </message>
    <message>
      <source>Due by the day's end</source>
      <translation>Due by the day's end</translation>
    </message>
    <message>
      <source>All inquiries</source>
      <translation>All inquiries</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Show</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation>Due by</translation>
    </message>
  </context>
  <context>
    <name>InquiryListView</name>
    <message>
      <source>Inquiries and suggestions</source>
      <translation>Inquiries and suggestions</translation>
    </message>
    <message>
      <source>Inquiries {first}–{last}</source>
      <translation>Inquiries {first}–{last}</translation>
    </message>
    <message>
      <source>No inquiries</source>
      <translation>No inquiries</translation>
    </message>
  </context>
  <context>
    <name>InquiryNames</name>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>Suggestion</translation>
    </message>
    <message>
      <source>OVERDUE: answer promised by {time}</source>
      <translation>OVERDUE: answer promised by {time}</translation>
    </message>
    <message>
      <source>Answer promised</source>
      <translation>Answer promised</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>Became a complaint</source>
      <translation>Became a complaint</translation>
    </message>
    <message>
      <source>Became a repair ticket</source>
      <translation>Became a repair ticket</translation>
    </message>
  </context>
  <context>
    <name>InquiryPanel</name>
    <message>
      <source>Log an inquiry or suggestion</source>
      <translation>Log an inquiry or suggestion</translation>
    </message>
    <message>
      <source>Answer…</source>
      <translation>Answer…</translation>
    </message>
    <message>
      <source>The promised answer given</source>
      <translation>The promised answer given</translation>
    </message>
    <message>
      <source>Promise by…</source>
      <translation>Promise by…</translation>
    </message>
    <message>
      <source>Move the promise</source>
      <translation>Move the promise</translation>
    </message>
    <message>
      <source>Make a complaint…</source>
      <translation>Make a complaint…</translation>
    </message>
    <message>
      <source>Make a repair ticket…</source>
      <translation>Make a repair ticket…</translation>
    </message>
    <message>
      <source>Inquiry log</source>
      <translation>Inquiry log</translation>
    </message>
    <message>
      <source>Inquiry {inquiry} became repair ticket {ticket}.</source>
      <translation>Inquiry {inquiry} became repair ticket {ticket}.</translation>
    </message>
  </context>
  <context>
    <name>InquiryTableModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>Asked at</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Asked by</source>
      <translation>Asked by</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Question or suggestion</source>
      <translation>Question or suggestion</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Answer</translation>
    </message>
    <message>
      <source>Promised by</source>
      <translation>Promised by</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
  </context>
  <context>
    <name>InsideNowTableModel</name>
    <message>
      <source>{days} d {hours} h</source>
      <translation>{days} d {hours} h</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>Time inside</source>
      <translation>Time inside</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>overdue</translation>
    </message>
    <message>
      <source>Pass number</source>
      <translation>Pass number</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Since</translation>
    </message>
    <message>
      <source>Flag</source>
      <translation>Flag</translation>
    </message>
  </context>
  <context>
    <name>InspectionDetailItemsModel</name>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>Text / note</source>
      <translation>Text / note</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Equipment</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>Notice</translation>
    </message>
    <message>
      <source>Notice state</source>
      <translation>Notice state</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <source>Photos</source>
      <translation>Photos</translation>
    </message>
  </context>
  <context>
    <name>InspectionDetailPanel</name>
    <message>
      <source>Rectification notice…</source>
      <translation>Rectification notice…</translation>
    </message>
    <message>
      <source>Repair ticket…</source>
      <translation>Repair ticket…</translation>
    </message>
    <message>
      <source>Choose a failed item for a notice or a ticket.</source>
      <translation>Choose a failed item for a notice or a ticket.</translation>
    </message>
    <message>
      <source>Inspected at</source>
      <translation>Inspected at</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Inspector</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Re-inspection of</source>
      <translation>Re-inspection of</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Add photo…</source>
      <translation>Add photo…</translation>
    </message>
    <message>
      <source>Choose an inspection in the list.</source>
      <translation>Choose an inspection in the list.</translation>
    </message>
    <message>
      <source>Inspection {number}</source>
      <translation>Inspection {number}</translation>
    </message>
    <message>
      <source>Inspection {number} (voided)</source>
      <translation>Inspection {number} (voided)</translation>
    </message>
    <message>
      <source>{name} (version {version})</source>
      <translation>{name} (version {version})</translation>
    </message>
    <message>
      <source>Choose an item to see its photos.</source>
      <translation>Choose an item to see its photos.</translation>
    </message>
    <message>
      <source>No photos of this item.</source>
      <translation>No photos of this item.</translation>
    </message>
    <message>
      <source>Attach a photo to {item}</source>
      <translation>Attach a photo to {item}</translation>
    </message>
    <message>
      <source>Photos ({patterns});;All files (*)</source>
      <translation>Photos ({patterns});;All files (*)</translation>
    </message>
  </context>
  <context>
    <name>InspectionEntryDialog</name>
    <message>
      <source>Inspection: {name}</source>
      <translation>Inspection: {name}</translation>
    </message>
    <message>
      <source>{name} · {kind} · version {version}</source>
      <translation>{name} · {kind} · version {version}</translation>
    </message>
    <message>
      <source>Re-inspection for {number}</source>
      <translation>Re-inspection for {number}</translation>
    </message>
    <message>
      <source>Notice {number} · {item} · found: {finding}</source>
      <translation>Notice {number} · {item} · found: {finding}</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Inspector</translation>
    </message>
    <message>
      <source>Change it only for an inspection made earlier (from paper).</source>
      <translation>Change it only for an inspection made earlier (from paper).</translation>
    </message>
    <message>
      <source>Inspected at</source>
      <translation>Inspected at</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>optional: anything else seen</source>
      <translation>optional: anything else seen</translation>
    </message>
    <message>
      <source>↑/↓ item · P/F/N or 1/2/3: pass / fail / n.a. · digits: the reading · F2: note · Ctrl+Return: save</source>
      <translation>↑/↓ item · P/F/N or 1/2/3: pass / fail / n.a. · digits: the reading · F2: note · Ctrl+Return: save</translation>
    </message>
    <message>
      <source>All pass ({key})</source>
      <translation>All pass ({key})</translation>
    </message>
    <message>
      <source>Every check item not yet marked passes; then mark the exceptions.</source>
      <translation>Every check item not yet marked passes; then mark the exceptions.</translation>
    </message>
    <message>
      <source>Print blank checklist…</source>
      <translation>Print blank checklist…</translation>
    </message>
    <message>
      <source>The checklist on paper, for the round; type the results in afterwards.</source>
      <translation>The checklist on paper, for the round; type the results in afterwards.</translation>
    </message>
    <message>
      <source>Save (Ctrl+Return)</source>
      <translation>Save (Ctrl+Return)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Me ({name})</source>
      <translation>Me ({name})</translation>
    </message>
  </context>
  <context>
    <name>InspectionItemsModel</name>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Equipment code</source>
      <translation>Equipment code</translation>
    </message>
  </context>
  <context>
    <name>InspectionListModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Inspector</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Re-inspection</source>
      <translation>Re-inspection</translation>
    </message>
  </context>
  <context>
    <name>InspectionListPanel</name>
    <message>
      <source>Any kind</source>
      <translation>Any kind</translation>
    </message>
    <message>
      <source>Failed only</source>
      <translation>Failed only</translation>
    </message>
    <message>
      <source>Number, area or inspector; Enter searches</source>
      <translation>Number, area or inspector; Enter searches</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Inspections {first}–{last}</source>
      <translation>Inspections {first}–{last}</translation>
    </message>
    <message>
      <source>No inspections</source>
      <translation>No inspections</translation>
    </message>
  </context>
  <context>
    <name>InspectionNames</name>
    <message>
      <source>Fire equipment</source>
      <translation>Fire equipment</translation>
    </message>
    <message>
      <source>Building fabric</source>
      <translation>Building fabric</translation>
    </message>
    <message>
      <source>Water and drainage</source>
      <translation>Water and drainage</translation>
    </message>
    <message>
      <source>Power supply</source>
      <translation>Power supply</translation>
    </message>
    <message>
      <source>Lifts</source>
      <translation>Lifts</translation>
    </message>
    <message>
      <source>Fire safety in public areas</source>
      <translation>Fire safety in public areas</translation>
    </message>
    <message>
      <source>Cleaning</source>
      <translation>Cleaning</translation>
    </message>
    <message>
      <source>Greening</source>
      <translation>Greening</translation>
    </message>
    <message>
      <source>Garbage sorting</source>
      <translation>Garbage sorting</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>Daily</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Weekly</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Monthly</translation>
    </message>
    <message>
      <source>Quarterly</source>
      <translation>Quarterly</translation>
    </message>
    <message>
      <source>Pass</source>
      <translation>Pass</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>Fail</translation>
    </message>
    <message>
      <source>N/A</source>
      <translation>N/A</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Fixed, awaiting re-inspection</source>
      <translation>Fixed, awaiting re-inspection</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>Passed</translation>
    </message>
    <message>
      <source>{n} failed</source>
      <translation>{n} failed</translation>
    </message>
  </context>
  <context>
    <name>InspectionPrinting</name>
    <message>
      <source>Blank checklist: {name}</source>
      <translation>Blank checklist: {name}</translation>
    </message>
  </context>
  <context>
    <name>InspectionsTab</name>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>Inspections</translation>
    </message>
    <message>
      <source>Rectifications</source>
      <translation>Rectifications</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Equipment</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>Templates</translation>
    </message>
    <message>
      <source>New inspection… (F2)</source>
      <translation>New inspection… (F2)</translation>
    </message>
    <message>
      <source>Inspection {number} recorded: {name}, {area}</source>
      <translation>Inspection {number} recorded: {name}, {area}</translation>
    </message>
    <message>
      <source>Notice {number} issued to {department}</source>
      <translation>Notice {number} issued to {department}</translation>
    </message>
  </context>
  <context>
    <name>ItemForms</name>
    <message>
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Management</source>
      <translation>Management</translation>
    </message>
  </context>
  <context>
    <name>ItemInForm</name>
    <message>
      <source>Materials or large items coming in</source>
      <translation>Materials or large items coming in</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>e.g. 3-2-1502</translation>
    </message>
    <message>
      <source>e.g. tiles, 20 boxes</source>
      <translation>e.g. tiles, 20 boxes</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
  </context>
  <context>
    <name>ItemOutForm</name>
    <message>
      <source>Items going out</source>
      <translation>Items going out</translation>
    </message>
    <message>
      <source>Scan or type the release slip number</source>
      <translation>Scan or type the release slip number</translation>
    </message>
    <message>
      <source>Release slip</source>
      <translation>Release slip</translation>
    </message>
    <message>
      <source>The slip allows</source>
      <translation>The slip allows</translation>
    </message>
    <message>
      <source>{unit}: {description} — authorised by {who} ({kind}), valid until {date}</source>
      <translation>{unit}: {description} — authorised by {who} ({kind}), valid until {date}</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>owner</translation>
    </message>
    <message>
      <source>management</source>
      <translation>management</translation>
    </message>
  </context>
  <context>
    <name>JournalModel</name>
    <message>
      <source>Resident entry</source>
      <translation>Resident entry</translation>
    </message>
    <message>
      <source>Card refused</source>
      <translation>Card refused</translation>
    </message>
    <message>
      <source>Visitor in</source>
      <translation>Visitor in</translation>
    </message>
    <message>
      <source>Visitor out</source>
      <translation>Visitor out</translation>
    </message>
    <message>
      <source>Vehicle in</source>
      <translation>Vehicle in</translation>
    </message>
    <message>
      <source>Vehicle out</source>
      <translation>Vehicle out</translation>
    </message>
    <message>
      <source>Items in</source>
      <translation>Items in</translation>
    </message>
    <message>
      <source>Items out</source>
      <translation>Items out</translation>
    </message>
    <message>
      <source>Parking notice</source>
      <translation>Parking notice</translation>
    </message>
    <message>
      <source>card reported lost</source>
      <translation>card reported lost</translation>
    </message>
    <message>
      <source>card revoked</source>
      <translation>card revoked</translation>
    </message>
    <message>
      <source>card returned</source>
      <translation>card returned</translation>
    </message>
    <message>
      <source>card not registered</source>
      <translation>card not registered</translation>
    </message>
    <message>
      <source>resident's vehicle</source>
      <translation>resident's vehicle</translation>
    </message>
    <message>
      <source>visitor's vehicle</source>
      <translation>visitor's vehicle</translation>
    </message>
    <message>
      <source>fee {fee}</source>
      <translation>fee {fee}</translation>
    </message>
    <message>
      <source>no entry on record, came in {time}</source>
      <translation>no entry on record, came in {time}</translation>
    </message>
    <message>
      <source>permit not returned</source>
      <translation>permit not returned</translation>
    </message>
    <message>
      <source>voided by {name} at {time}: {reason}</source>
      <translation>voided by {name} at {time}: {reason}</translation>
    </message>
    <message>
      <source>{kind} (voided)</source>
      <translation>{kind} (voided)</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>owner</translation>
    </message>
    <message>
      <source>management</source>
      <translation>management</translation>
    </message>
    <message>
      <source>authorised by {name} ({who})</source>
      <translation>authorised by {name} ({who})</translation>
    </message>
    <message>
      <source>warning posted</source>
      <translation>warning posted</translation>
    </message>
    <message>
      <source>personal data removed (retention)</source>
      <translation>personal data removed (retention)</translation>
    </message>
  </context>
  <context>
    <name>JournalTableModel</name>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>Plate</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Station</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>Guard</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>Login: {login}</translation>
    </message>
  </context>
  <context>
    <name>JournalView</name>
    <message>
      <source>Void entry…</source>
      <translation>Void entry…</translation>
    </message>
    <message>
      <source>Open incident…</source>
      <translation>Open incident…</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>All kinds</translation>
    </message>
    <message>
      <source>Name, plate, unit, pass or card</source>
      <translation>Name, plate, unit, pass or card</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>No entries</source>
      <translation>No entries</translation>
    </message>
    <message>
      <source>Rows {first}–{last} of {total}</source>
      <translation>Rows {first}–{last} of {total}</translation>
    </message>
    <message>
      <source>Rows {first}–{last}</source>
      <translation>Rows {first}–{last}</translation>
    </message>
    <message>
      <source>Incident {number}</source>
      <translation>Incident {number}</translation>
    </message>
    <message>
      <source>From the gate entry: {entry}</source>
      <translation>From the gate entry: {entry}</translation>
    </message>
    <message>
      <source>Void gate entry: {kind}, {time}</source>
      <translation>Void gate entry: {kind}, {time}</translation>
    </message>
    <message>
      <source>Gate journal</source>
      <translation>Gate journal</translation>
    </message>
    <message>
      <source>Exporting the gate journal…</source>
      <translation>Exporting the gate journal…</translation>
    </message>
    <message>
      <source>Exporting the gate journal: {n} rows…</source>
      <translation>Exporting the gate journal: {n} rows…</translation>
    </message>
  </context>
  <context>
    <name>KeysetPager</name>
    <message>
      <source>Newest</source>
      <translation>Newest</translation>
    </message>
    <message>
      <source>◀ Newer</source>
      <translation>◀ Newer</translation>
    </message>
    <message>
      <source>Older ▶</source>
      <translation>Older ▶</translation>
    </message>
  </context>
  <context>
    <name>LinkRepairForm</name>
    <message>
      <source>Link a repair ticket: complaint {number}</source>
      <translation>Link a repair ticket: complaint {number}</translation>
    </message>
    <message>
      <source>Ticket number</source>
      <translation>Ticket number</translation>
    </message>
    <message>
      <source>e.g. WX202612-0001</source>
      <translation>e.g. WX202612-0001</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>propdesk is locked</source>
      <translation>propdesk is locked</translation>
    </message>
    <message>
      <source>Station {station}: nothing was closed. Log in to carry on; at a change of shift the next person logs in here.</source>
      <translation>Station {station}: nothing was closed. Log in to carry on; at a change of shift the next person logs in here.</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Log in to propdesk</source>
      <translation>Log in to propdesk</translation>
    </message>
    <message>
      <source>Log in with your user name and password.</source>
      <translation>Log in with your user name and password.</translation>
    </message>
    <message>
      <source>{estate}, station {station}</source>
      <translation>{estate}, station {station}</translation>
    </message>
  </context>
  <context>
    <name>LoginPanel</name>
    <message>
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Log in</translation>
    </message>
    <message>
      <source>Quit propdesk</source>
      <translation>Quit propdesk</translation>
    </message>
    <message>
      <source>Opening the station…</source>
      <translation>Opening the station…</translation>
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
      <source>&amp;Quick search…</source>
      <translation>&amp;Quick search…</translation>
    </message>
    <message>
      <source>&amp;Backup now</source>
      <translation>&amp;Backup now</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>&amp;Restore…</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Lock</translation>
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
      <source>&amp;Estate…</source>
      <translation>&amp;Estate…</translation>
    </message>
    <message>
      <source>&amp;Station…</source>
      <translation>&amp;Station…</translation>
    </message>
    <message>
      <source>&amp;Auto-lock…</source>
      <translation>&amp;Auto-lock…</translation>
    </message>
    <message>
      <source>Sync &amp;conflicts…</source>
      <translation>Sync &amp;conflicts…</translation>
    </message>
    <message>
      <source>Storage: own copy, synced with the server</source>
      <translation>Storage: own copy, synced with the server</translation>
    </message>
    <message>
      <source>That record cannot be shown here.</source>
      <translation>That record cannot be shown here.</translation>
    </message>
    <message>
      <source>&amp;Gate…</source>
      <translation>&amp;Gate…</translation>
    </message>
    <message>
      <source>Service &amp;targets…</source>
      <translation>Service &amp;targets…</translation>
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
      <source>Lock</source>
      <translation>Lock</translation>
    </message>
    <message>
      <source>Lock the window for a change of shift (Ctrl+L)</source>
      <translation>Lock the window for a change of shift (Ctrl+L)</translation>
    </message>
    <message>
      <source>Gate</source>
      <translation>Gate</translation>
    </message>
    <message>
      <source>Repairs</source>
      <translation>Repairs</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Residents &amp;&amp; units</source>
      <translation>Residents &amp;&amp; units</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <source>Locked after {n} minutes without use.</source>
      <translation>Locked after {n} minutes without use.</translation>
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
      <source>Locked</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>User: {name} ({role})</source>
      <translation>User: {name} ({role})</translation>
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
      <source>The daily backup failed: {reason}</source>
      <translation>The daily backup failed: {reason}</translation>
    </message>
    <message>
      <source>Daily backup written: {name}</source>
      <translation>Daily backup written: {name}</translation>
    </message>
    <message>
      <source>Old visitor data blanked: {n} records.</source>
      <translation>Old visitor data blanked: {n} records.</translation>
    </message>
    <message>
      <source>Removing old visitor data failed: {reason}</source>
      <translation>Removing old visitor data failed: {reason}</translation>
    </message>
    <message>
      <source>Backup written and verified:
{path}</source>
      <translation>Backup written and verified:
{path}</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <source>propdesk backups (*.db)</source>
      <translation>propdesk backups (*.db)</translation>
    </message>
    <message>
      <source>Replace the database with the backup {name}?

Everything saved after that backup was made is replaced. The database as it is now is kept in the backup folder first.</source>
      <translation>Replace the database with the backup {name}?

Everything saved after that backup was made is replaced. The database as it is now is kept in the backup folder first.</translation>
    </message>
    <message>
      <source>The backup {name} was restored. The database as it was before is kept as:
{kept}</source>
      <translation>The backup {name} was restored. The database as it was before is kept as:
{kept}</translation>
    </message>
    <message>
      <source>Your account is different in the restored database: log in again.</source>
      <translation>Your account is different in the restored database: log in again.</translation>
    </message>
    <message>
      <source>The new language is used after propdesk is restarted.</source>
      <translation>The new language is used after propdesk is restarted.</translation>
    </message>
    <message>
      <source>Restart to apply</source>
      <translation>Restart to apply</translation>
    </message>
    <message>
      <source>Patrol</source>
      <translation>Patrol</translation>
    </message>
    <message>
      <source>&amp;Patrol schedule…</source>
      <translation>&amp;Patrol schedule…</translation>
    </message>
    <message>
      <source>Patrol &amp;routes and checkpoints…</source>
      <translation>Patrol &amp;routes and checkpoints…</translation>
    </message>
    <message>
      <source>&amp;Repairs…</source>
      <translation>&amp;Repairs…</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <source>&amp;Complaints…</source>
      <translation>&amp;Complaints…</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>Inspections</translation>
    </message>
    <message>
      <source>Assessments</source>
      <translation>Assessments</translation>
    </message>
    <message>
      <source>Work plan</source>
      <translation>Work plan</translation>
    </message>
    <message>
      <source>Drills and training</source>
      <translation>Drills and training</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>Community events</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Incidents</translation>
    </message>
    <message>
      <source>Surveys</source>
      <translation>Surveys</translation>
    </message>
    <message>
      <source>Work logs</source>
      <translation>Work logs</translation>
    </message>
  </context>
  <context>
    <name>ManagerCloseForm</name>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>why it closes without satisfaction</source>
      <translation>why it closes without satisfaction</translation>
    </message>
  </context>
  <context>
    <name>MinutesBox</name>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
  </context>
  <context>
    <name>MonthModel</name>
    <message>
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>In time</source>
      <translation>In time</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Late</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>Not yet due</translation>
    </message>
    <message>
      <source>In time %</source>
      <translation>In time %</translation>
    </message>
  </context>
  <context>
    <name>MonthPanel</name>
    <message>
      <source>◀ Previous month</source>
      <translation>◀ Previous month</translation>
    </message>
    <message>
      <source>PageUp</source>
      <translation>PageUp</translation>
    </message>
    <message>
      <source>Next month ▶</source>
      <translation>Next month ▶</translation>
    </message>
    <message>
      <source>PageDown</source>
      <translation>PageDown</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <source>Rounds of the month…</source>
      <translation>Rounds of the month…</translation>
    </message>
    <message>
      <source>Every round started in the month, the abandoned ones included</source>
      <translation>Every round started in the month, the abandoned ones included</translation>
    </message>
    <message>
      <source>&amp;Month</source>
      <translation>&amp;Month</translation>
    </message>
    <message>
      <source>Enter or double-click: on a day its grid, on its late figure the late rounds; on a guard the rounds behind the figure. PageUp/PageDown: another month.</source>
      <translation>Enter or double-click: on a day its grid, on its late figure the late rounds; on a guard the rounds behind the figure. PageUp/PageDown: another month.</translation>
    </message>
    <message>
      <source>Per day</source>
      <translation>Per day</translation>
    </message>
    <message>
      <source>Per guard</source>
      <translation>Per guard</translation>
    </message>
    <message>
      <source>Patrol {title} {month}</source>
      <translation>Patrol {title} {month}</translation>
    </message>
    <message>
      <source>{month}: {slots} slots due: {on_time} on time, {late} late, {missed} missed ({percent} on time). {rounds} rounds walked, {extra} of them extra (no slot); {abandoned} abandoned.</source>
      <translation>{month}: {slots} slots due: {on_time} on time, {late} late, {missed} missed ({percent} on time). {rounds} rounds walked, {extra} of them extra (no slot); {abandoned} abandoned.</translation>
    </message>
    <message>
      <source>No patrol rounds are on record for this month.</source>
      <translation>No patrol rounds are on record for this month.</translation>
    </message>
    <message>
      <source>{guard} — rounds on time {month}</source>
      <translation>{guard} — rounds on time {month}</translation>
    </message>
    <message>
      <source>{guard} — late rounds {month}</source>
      <translation>{guard} — late rounds {month}</translation>
    </message>
    <message>
      <source>{guard} — rounds walked too fast {month}</source>
      <translation>{guard} — rounds walked too fast {month}</translation>
    </message>
    <message>
      <source>{guard} — rounds {month}</source>
      <translation>{guard} — rounds {month}</translation>
    </message>
    <message>
      <source>Late rounds of the slots of {day}</source>
      <translation>Late rounds of the slots of {day}</translation>
    </message>
    <message>
      <source>Patrol rounds of {month}</source>
      <translation>Patrol rounds of {month}</translation>
    </message>
  </context>
  <context>
    <name>NoticeDialog</name>
    <message>
      <source>Rectification notice</source>
      <translation>Rectification notice</translation>
    </message>
    <message>
      <source>{item} · {place}: {finding}</source>
      <translation>{item} · {place}: {finding}</translation>
    </message>
    <message>
      <source>What to &amp;fix</source>
      <translation>What to &amp;fix</translation>
    </message>
    <message>
      <source>Dead&amp;line</source>
      <translation>Dead&amp;line</translation>
    </message>
  </context>
  <context>
    <name>NoticeFacts</name>
    <message>
      <source>Notice</source>
      <translation>Notice</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>Inspection</translation>
    </message>
    <message>
      <source>Checklist and area</source>
      <translation>Checklist and area</translation>
    </message>
    <message>
      <source>Failed item</source>
      <translation>Failed item</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Equipment</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>Finding</translation>
    </message>
    <message>
      <source>What to fix</source>
      <translation>What to fix</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Issued</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Fix reported</source>
      <translation>Fix reported</translation>
    </message>
    <message>
      <source>Fix note</source>
      <translation>Fix note</translation>
    </message>
    <message>
      <source>Closed by re-inspection</source>
      <translation>Closed by re-inspection</translation>
    </message>
    <message>
      <source>Void reason</source>
      <translation>Void reason</translation>
    </message>
    <message>
      <source>{number} on {time} by {person}</source>
      <translation>{number} on {time} by {person}</translation>
    </message>
  </context>
  <context>
    <name>NoticeForm</name>
    <message>
      <source>Parking notice</source>
      <translation>Parking notice</translation>
    </message>
    <message>
      <source>e.g. fire lane behind building 5</source>
      <translation>e.g. fire lane behind building 5</translation>
    </message>
    <message>
      <source>Warning put on the windscreen</source>
      <translation>Warning put on the windscreen</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>Plate</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Where</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Rectification notice</source>
      <translation>Rectification notice</translation>
    </message>
    <message>
      <source>{number} · {area} · failed: {item}</source>
      <translation>{number} · {area} · failed: {item}</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>What to fix</source>
      <translation>What to fix</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Event notice</source>
      <translation>Event notice</translation>
    </message>
    <message>
      <source>The notice for the lobby: {theme}. A QR code is printed when you give its text.</source>
      <translation>The notice for the lobby: {theme}. A QR code is printed when you give its text.</translation>
    </message>
    <message>
      <source>QR code</source>
      <translation>QR code</translation>
    </message>
    <message>
      <source>sign-up link or phone number (optional)</source>
      <translation>sign-up link or phone number (optional)</translation>
    </message>
  </context>
  <context>
    <name>OpenIncidentDialog</name>
    <message>
      <source>Open safety incident</source>
      <translation>Open safety incident</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>e.g. bicycle stolen from the bike shed</source>
      <translation>e.g. bicycle stolen from the bike shed</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>What happened</translation>
    </message>
  </context>
  <context>
    <name>OpenRepairForm</name>
    <message>
      <source>Open a repair ticket: complaint {number}</source>
      <translation>Open a repair ticket: complaint {number}</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>Repair category</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>Fault</translation>
    </message>
  </context>
  <context>
    <name>OpenRoundsModel</name>
    <message>
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>Guard</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Started</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>Reached</translation>
    </message>
    <message>
      <source>{visited} of {total}</source>
      <translation>{visited} of {total}</translation>
    </message>
  </context>
  <context>
    <name>OpenTicketForm</name>
    <message>
      <source>Open repair ticket</source>
      <translation>Open repair ticket</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>Repair category</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
  </context>
  <context>
    <name>PaperRoundDialog</name>
    <message>
      <source>Enter a paper round</source>
      <translation>Enter a paper round</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>Guard</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Started</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Ended</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>Checkpoints</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>Checkpoint</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>HH:MM</source>
      <translation>HH:MM</translation>
    </message>
    <message>
      <source>The time on the sheet; empty: not reached</source>
      <translation>The time on the sheet; empty: not reached</translation>
    </message>
    <message>
      <source>Issue</source>
      <translation>Issue</translation>
    </message>
  </context>
  <context>
    <name>ParetoModel</name>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <source>Cumulative</source>
      <translation>Cumulative</translation>
    </message>
    <message>
      <source>Vital few</source>
      <translation>Vital few</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>The categories that together make up the first 80% of complaints</source>
      <translation>The categories that together make up the first 80% of complaints</translation>
    </message>
  </context>
  <context>
    <name>ParkingPanel</name>
    <message>
      <source>Filter by space, zone or plate</source>
      <translation>Filter by space, zone or plate</translation>
    </message>
    <message>
      <source>Parking spaces</source>
      <translation>Parking spaces</translation>
    </message>
    <message>
      <source>Void parking space</source>
      <translation>Void parking space</translation>
    </message>
  </context>
  <context>
    <name>ParkingSpaceForm</name>
    <message>
      <source>Parking space</source>
      <translation>Parking space</translation>
    </message>
    <message>
      <source>Space code</source>
      <translation>Space code</translation>
    </message>
    <message>
      <source>Zone</source>
      <translation>Zone</translation>
    </message>
    <message>
      <source>e.g. 地下二层</source>
      <translation>e.g. 地下二层</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
  </context>
  <context>
    <name>ParkingSpaces</name>
    <message>
      <source>Owned</source>
      <translation>Owned</translation>
    </message>
    <message>
      <source>Rented</source>
      <translation>Rented</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>Visitors</translation>
    </message>
  </context>
  <context>
    <name>ParkingSpacesTableModel</name>
    <message>
      <source>Parking space</source>
      <translation>Parking space</translation>
    </message>
    <message>
      <source>Zone</source>
      <translation>Zone</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>Vehicles</translation>
    </message>
    <message>
      <source>Voided because</source>
      <translation>Voided because</translation>
    </message>
  </context>
  <context>
    <name>PatrolGrid</name>
    <message>
      <source>Pending</source>
      <translation>Pending</translation>
    </message>
    <message>
      <source>{time} (next day)</source>
      <translation>{time} (next day)</translation>
    </message>
    <message>
      <source>under way {visited}/{total}</source>
      <translation>under way {visited}/{total}</translation>
    </message>
    <message>
      <source>{skipped} skipped</source>
      <translation>{skipped} skipped</translation>
    </message>
    <message>
      <source>out of order</source>
      <translation>out of order</translation>
    </message>
    <message>
      <source>too fast</source>
      <translation>too fast</translation>
    </message>
    <message>
      <source>entered later</source>
      <translation>entered later</translation>
    </message>
    <message>
      <source>{n} issue(s)</source>
      <translation>{n} issue(s)</translation>
    </message>
  </context>
  <context>
    <name>PatrolMonth</name>
    <message>
      <source>given up: {reason}</source>
      <translation>given up: {reason}</translation>
    </message>
  </context>
  <context>
    <name>PatrolNames</name>
    <message>
      <source>Under way</source>
      <translation>Under way</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Finished</translation>
    </message>
    <message>
      <source>Abandoned</source>
      <translation>Abandoned</translation>
    </message>
    <message>
      <source>Extra round (no slot)</source>
      <translation>Extra round (no slot)</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>On time</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Late</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>Missed</translation>
    </message>
    <message>
      <source>Scanned at the station</source>
      <translation>Scanned at the station</translation>
    </message>
    <message>
      <source>Entered later from paper</source>
      <translation>Entered later from paper</translation>
    </message>
    <message>
      <source>Imported from a patrol wand</source>
      <translation>Imported from a patrol wand</translation>
    </message>
    <message>
      <source>Scanned</source>
      <translation>Scanned</translation>
    </message>
    <message>
      <source>Ticked by hand</source>
      <translation>Ticked by hand</translation>
    </message>
    <message>
      <source>From paper</source>
      <translation>From paper</translation>
    </message>
    <message>
      <source>From the wand</source>
      <translation>From the wand</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>Not yet</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Skipped</translation>
    </message>
    <message>
      <source>{how}, issue</source>
      <translation>{how}, issue</translation>
    </message>
    <message>
      <source>out of order</source>
      <translation>out of order</translation>
    </message>
    <message>
      <source>too fast</source>
      <translation>too fast</translation>
    </message>
    <message>
      <source>checkpoints out of order</source>
      <translation>checkpoints out of order</translation>
    </message>
    <message>
      <source>walked too fast</source>
      <translation>walked too fast</translation>
    </message>
    <message>
      <source>entered later</source>
      <translation>entered later</translation>
    </message>
    <message>
      <source>Doors and windows</source>
      <translation>Doors and windows</translation>
    </message>
    <message>
      <source>Fire equipment</source>
      <translation>Fire equipment</translation>
    </message>
    <message>
      <source>Lighting</source>
      <translation>Lighting</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>Facilities</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>Security</translation>
    </message>
    <message>
      <source>Hygiene</source>
      <translation>Hygiene</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>{number} ({state})</source>
      <translation>{number} ({state})</translation>
    </message>
  </context>
  <context>
    <name>PatrolPrinting</name>
    <message>
      <source>Checkpoint labels</source>
      <translation>Checkpoint labels</translation>
    </message>
    <message>
      <source>Patrol log {day}</source>
      <translation>Patrol log {day}</translation>
    </message>
  </context>
  <context>
    <name>PatrolSchedule</name>
    <message>
      <source>{window} every {minutes} min</source>
      <translation>{window} every {minutes} min</translation>
    </message>
    <message>
      <source>late after {late} min, missed after {missed} min, at least {walk} min between checkpoints</source>
      <translation>late after {late} min, missed after {missed} min, at least {walk} min between checkpoints</translation>
    </message>
    <message>
      <source>No schedule is in force today.</source>
      <translation>No schedule is in force today.</translation>
    </message>
    <message>
      <source>From {day}: {schedule}</source>
      <translation>From {day}: {schedule}</translation>
    </message>
  </context>
  <context>
    <name>PatrolTab</name>
    <message>
      <source>Enter paper round…</source>
      <translation>Enter paper round…</translation>
    </message>
    <message>
      <source>A round walked with a paper sheet, entered afterwards with its times</source>
      <translation>A round walked with a paper sheet, entered afterwards with its times</translation>
    </message>
    <message>
      <source>Import wand records…</source>
      <translation>Import wand records…</translation>
    </message>
    <message>
      <source>Rounds recorded by patrol wands, from the file their software exports</source>
      <translation>Rounds recorded by patrol wands, from the file their software exports</translation>
    </message>
    <message>
      <source>Routes and labels…</source>
      <translation>Routes and labels…</translation>
    </message>
    <message>
      <source>The routes, their checkpoints and the QR label sheets to print</source>
      <translation>The routes, their checkpoints and the QR label sheets to print</translation>
    </message>
    <message>
      <source>Day grid</source>
      <translation>Day grid</translation>
    </message>
    <message>
      <source>Open findings</source>
      <translation>Open findings</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>Paper round {number} of {route} entered: {verdict}.</source>
      <translation>Paper round {number} of {route} entered: {verdict}.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>Print {title}</source>
      <translation>Print {title}</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <source>Print preview: {title}</source>
      <translation>Print preview: {title}</translation>
    </message>
  </context>
  <context>
    <name>PhotoFileChoice</name>
    <message>
      <source>Photos ({patterns});;All files (*)</source>
      <translation>Photos ({patterns});;All files (*)</translation>
    </message>
  </context>
  <context>
    <name>PhotoListModel</name>
    <message>
      <source>Missing</source>
      <translation>Missing</translation>
    </message>
    <message>
      <source>Cannot be read</source>
      <translation>Cannot be read</translation>
    </message>
    <message>
      <source>Missing: the file is not in this console's photo folder (a backup restored without its photos, or the file was deleted).</source>
      <translation>Missing: the file is not in this console's photo folder (a backup restored without its photos, or the file was deleted).</translation>
    </message>
    <message>
      <source>Cannot be read: the file is damaged or cut short.</source>
      <translation>Cannot be read: the file is damaged or cut short.</translation>
    </message>
    <message>
      <source>Cannot be read: this computer cannot show {kind} pictures.</source>
      <translation>Cannot be read: this computer cannot show {kind} pictures.</translation>
    </message>
  </context>
  <context>
    <name>PhotoViewer</name>
    <message>
      <source>This photo cannot be read.</source>
      <translation>This photo cannot be read.</translation>
    </message>
  </context>
  <context>
    <name>PlaceRepeatModel</name>
    <message>
      <source>Unit or area</source>
      <translation>Unit or area</translation>
    </message>
    <message>
      <source>In 90 days</source>
      <translation>In 90 days</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>In the period</source>
      <translation>In the period</translation>
    </message>
  </context>
  <context>
    <name>PlanEntryForm</name>
    <message>
      <source>Change plan entry</source>
      <translation>Change plan entry</translation>
    </message>
    <message>
      <source>New plan entry</source>
      <translation>New plan entry</translation>
    </message>
    <message>
      <source>Topic:</source>
      <translation>Topic:</translation>
    </message>
    <message>
      <source>Due by:</source>
      <translation>Due by:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Notes:</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation>Due by</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Done by session</source>
      <translation>Done by session</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Done on</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>PlanPanel</name>
    <message>
      <source>Adopt the default plan</source>
      <translation>Adopt the default plan</translation>
    </message>
    <message>
      <source>Add entry…</source>
      <translation>Add entry…</translation>
    </message>
    <message>
      <source>Void entry…</source>
      <translation>Void entry…</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>{total} entries: {done} done, {due} due, {overdue} overdue</source>
      <translation>{total} entries: {done} done, {due} due, {overdue} overdue</translation>
    </message>
    <message>
      <source>No plan for this year yet.</source>
      <translation>No plan for this year yet.</translation>
    </message>
    <message>
      <source>Void plan entry</source>
      <translation>Void plan entry</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Reason:</translation>
    </message>
  </context>
  <context>
    <name>PromiseForm</name>
    <message>
      <source>Promise an answer by</source>
      <translation>Promise an answer by</translation>
    </message>
    <message>
      <source>Answer promised by</source>
      <translation>Answer promised by</translation>
    </message>
  </context>
  <context>
    <name>PurposePicks</name>
    <message>
      <source>Delivery</source>
      <translation>Delivery</translation>
    </message>
    <message>
      <source>Food delivery</source>
      <translation>Food delivery</translation>
    </message>
    <message>
      <source>Visiting friends</source>
      <translation>Visiting friends</translation>
    </message>
    <message>
      <source>Housekeeping</source>
      <translation>Housekeeping</translation>
    </message>
    <message>
      <source>Renovation</source>
      <translation>Renovation</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
  </context>
  <context>
    <name>QuickEntryDialog</name>
    <message>
      <source>Log an area's day</source>
      <translation>Log an area's day</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Every row is done unless flipped: Space toggles, N marks not done and asks the reason; F2 edits a cell; Ctrl+Enter saves them all, Esc cancels.</source>
      <translation>Every row is done unless flipped: Space toggles, N marks not done and asks the reason; F2 edits a cell; Ctrl+Enter saves them all, Esc cancels.</translation>
    </message>
    <message>
      <source>Save all (Ctrl+Enter)</source>
      <translation>Save all (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Every task of this area is logged for that day.</source>
      <translation>Every task of this area is logged for that day.</translation>
    </message>
    <message>
      <source>No task is planned for this area that day.</source>
      <translation>No task is planned for this area that day.</translation>
    </message>
    <message>
      <source>Enter the time as hours and minutes, e.g. 7:30.</source>
      <translation>Enter the time as hours and minutes, e.g. 7:30.</translation>
    </message>
  </context>
  <context>
    <name>QuickEntryModel</name>
    <message>
      <source>Task</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>Trade</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Done by</source>
      <translation>Done by</translation>
    </message>
    <message>
      <source>Reason not done</source>
      <translation>Reason not done</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Space: done / not done; N: not done and type the reason</source>
      <translation>Space: done / not done; N: not done and type the reason</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Not done</translation>
    </message>
    <message>
      <source>{result} (logged)</source>
      <translation>{result} (logged)</translation>
    </message>
  </context>
  <context>
    <name>QuickSearch</name>
    <message>
      <source>Units</source>
      <translation>Units</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Residents</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>Vehicles</translation>
    </message>
    <message>
      <source>Access cards</source>
      <translation>Access cards</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>owner</translation>
    </message>
    <message>
      <source>tenant</source>
      <translation>tenant</translation>
    </message>
    <message>
      <source>family</source>
      <translation>family</translation>
    </message>
    <message>
      <source>moved out</source>
      <translation>moved out</translation>
    </message>
    <message>
      <source>lost</source>
      <translation>lost</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>revoked</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>returned</translation>
    </message>
    <message>
      <source>inside now</source>
      <translation>inside now</translation>
    </message>
    <message>
      <source>used</source>
      <translation>used</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>expired</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>failed</translation>
    </message>
    <message>
      <source>Showing the first {shown} of {total} — type more to narrow it</source>
      <translation>Showing the first {shown} of {total} — type more to narrow it</translation>
    </message>
    <message>
      <source>Patrol rounds</source>
      <translation>Patrol rounds</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>Checkpoints</translation>
    </message>
    <message>
      <source>Inside now</source>
      <translation>Inside now</translation>
    </message>
    <message>
      <source>Visitor passes</source>
      <translation>Visitor passes</translation>
    </message>
    <message>
      <source>Vehicle permits</source>
      <translation>Vehicle permits</translation>
    </message>
    <message>
      <source>Release slips</source>
      <translation>Release slips</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>Repair tickets</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <source>Inquiries</source>
      <translation>Inquiries</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>Inspections</translation>
    </message>
    <message>
      <source>Rectification notices</source>
      <translation>Rectification notices</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Equipment</translation>
    </message>
    <message>
      <source>Monthly assessments</source>
      <translation>Monthly assessments</translation>
    </message>
    <message>
      <source>Drills and training</source>
      <translation>Drills and training</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>Community events</translation>
    </message>
    <message>
      <source>Safety incidents</source>
      <translation>Safety incidents</translation>
    </message>
    <message>
      <source>Survey rounds</source>
      <translation>Survey rounds</translation>
    </message>
    <message>
      <source>Work logs</source>
      <translation>Work logs</translation>
    </message>
  </context>
  <context>
    <name>QuickSearchDialog</name>
    <message>
      <source>Quick search</source>
      <translation>Quick search</translation>
    </message>
    <message>
      <source>Unit, name, pinyin, phone tail, plate, card, or a number (FK, CL, FX, WX…)</source>
      <translation>Unit, name, pinyin, phone tail, plate, card, or a number (FK, CL, FX, WX…)</translation>
    </message>
    <message>
      <source>{n} found</source>
      <translation>{n} found</translation>
    </message>
  </context>
  <context>
    <name>QuoteForm</name>
    <message>
      <source>yuan, e.g. 85.50</source>
      <translation>yuan, e.g. 85.50</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Labour (¥)</source>
      <translation>Labour (¥)</translation>
    </message>
    <message>
      <source>Materials (¥)</source>
      <translation>Materials (¥)</translation>
    </message>
    <message>
      <source>Expected duration</source>
      <translation>Expected duration</translation>
    </message>
  </context>
  <context>
    <name>RecordTable</name>
    <message>
      <source>Nothing to show</source>
      <translation>Nothing to show</translation>
    </message>
  </context>
  <context>
    <name>RectificationNames</name>
    <message>
      <source>{state} · overdue</source>
      <translation>{state} · overdue</translation>
    </message>
    <message>
      <source>Monthly assessment {number}</source>
      <translation>Monthly assessment {number}</translation>
    </message>
    <message>
      <source>Monthly assessment</source>
      <translation>Monthly assessment</translation>
    </message>
    <message>
      <source>Live: open or awaiting re-inspection</source>
      <translation>Live: open or awaiting re-inspection</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>All notices</source>
      <translation>All notices</translation>
    </message>
  </context>
  <context>
    <name>RectificationPanel</name>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Show</translation>
    </message>
    <message>
      <source>Fix reported…</source>
      <translation>Fix reported…</translation>
    </message>
    <message>
      <source>Re-inspection…</source>
      <translation>Re-inspection…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>Print notice…</source>
      <translation>Print notice…</translation>
    </message>
    <message>
      <source>Notices {first}–{last}</source>
      <translation>Notices {first}–{last}</translation>
    </message>
    <message>
      <source>No notices</source>
      <translation>No notices</translation>
    </message>
  </context>
  <context>
    <name>RectificationTableModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Issued</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>Inspection</translation>
    </message>
  </context>
  <context>
    <name>RefuseForm</name>
    <message>
      <source>optional: why the resident refused</source>
      <translation>optional: why the resident refused</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>RegisterPanel</name>
    <message>
      <source>Show voided</source>
      <translation>Show voided</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>{n} in all</source>
      <translation>{n} in all</translation>
    </message>
    <message>
      <source>{shown} of {total} shown</source>
      <translation>{shown} of {total} shown</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>ReleaseSlipForm</name>
    <message>
      <source>New release slip</source>
      <translation>New release slip</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>e.g. 3-2-1502</translation>
    </message>
    <message>
      <source>the owner, or the manager who approved</source>
      <translation>the owner, or the manager who approved</translation>
    </message>
    <message>
      <source>e.g. an old sofa and two chairs</source>
      <translation>e.g. an old sofa and two chairs</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>Authorised by</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
  </context>
  <context>
    <name>ReleaseSlipTableModel</name>
    <message>
      <source>owner</source>
      <translation>owner</translation>
    </message>
    <message>
      <source>management</source>
      <translation>management</translation>
    </message>
    <message>
      <source>Slip number</source>
      <translation>Slip number</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>Authorised by</source>
      <translation>Authorised by</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
  </context>
  <context>
    <name>ReleaseSlipsPanel</name>
    <message>
      <source>New release slip…</source>
      <translation>New release slip…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Void slip…</source>
      <translation>Void slip…</translation>
    </message>
    <message>
      <source>Void release slip {number}</source>
      <translation>Void release slip {number}</translation>
    </message>
  </context>
  <context>
    <name>RepairDetail</name>
    <message>
      <source>paid repair</source>
      <translation>paid repair</translation>
    </message>
    <message>
      <source>free repair</source>
      <translation>free repair</translation>
    </message>
    <message>
      <source>{location} ({charge})</source>
      <translation>{location} ({charge})</translation>
    </message>
    <message>
      <source>labour {labour} + materials {materials} = {total}, about {time}</source>
      <translation>labour {labour} + materials {materials} = {total}, about {time}</translation>
    </message>
    <message>
      <source>approved {time}</source>
      <translation>approved {time}</translation>
    </message>
    <message>
      <source>refused {time}</source>
      <translation>refused {time}</translation>
    </message>
    <message>
      <source>waiting for the resident's answer</source>
      <translation>waiting for the resident's answer</translation>
    </message>
    <message>
      <source>{quote}; {answer}</source>
      <translation>{quote}; {answer}</translation>
    </message>
    <message>
      <source>materials: {list}</source>
      <translation>materials: {list}</translation>
    </message>
    <message>
      <source>{time}, {channel}, taken by {user}</source>
      <translation>{time}, {channel}, taken by {user}</translation>
    </message>
    <message>
      <source>Reported on</source>
      <translation>Reported on</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>Reporter</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>Fault</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>Technician</translation>
    </message>
    <message>
      <source>Diagnosis</source>
      <translation>Diagnosis</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>Quote</translation>
    </message>
    <message>
      <source>Resident's answer</source>
      <translation>Resident's answer</translation>
    </message>
    <message>
      <source>Work done</source>
      <translation>Work done</translation>
    </message>
    <message>
      <source>Signed off by</source>
      <translation>Signed off by</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>Cancelled because</source>
      <translation>Cancelled because</translation>
    </message>
    <message>
      <source>arrived after {time}, within the limit</source>
      <translation>arrived after {time}, within the limit</translation>
    </message>
    <message>
      <source>arrived after {time}, {late} late</source>
      <translation>arrived after {time}, {late} late</translation>
    </message>
    <message>
      <source>OVERDUE by {time} (due {due})</source>
      <translation>OVERDUE by {time} (due {due})</translation>
    </message>
    <message>
      <source>nobody went (ended before the arrival)</source>
      <translation>nobody went (ended before the arrival)</translation>
    </message>
    <message>
      <source>{time} left (due {due})</source>
      <translation>{time} left (due {due})</translation>
    </message>
    <message>
      <source>paused: waiting for the resident since {time}</source>
      <translation>paused: waiting for the resident since {time}</translation>
    </message>
    <message>
      <source>{time} waiting for the resident (not counted)</source>
      <translation>{time} waiting for the resident (not counted)</translation>
    </message>
    <message>
      <source>nothing recorded since {time}</source>
      <translation>nothing recorded since {time}</translation>
    </message>
    <message>
      <source>Arrival</source>
      <translation>Arrival</translation>
    </message>
    <message>
      <source>Elapsed</source>
      <translation>Elapsed</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Paused</translation>
    </message>
    <message>
      <source>Elapsed less waits</source>
      <translation>Elapsed less waits</translation>
    </message>
    <message>
      <source>Stale</source>
      <translation>Stale</translation>
    </message>
  </context>
  <context>
    <name>RepairFromInquiryForm</name>
    <message>
      <source>Make a repair ticket of the inquiry</source>
      <translation>Make a repair ticket of the inquiry</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>Repair category</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <source>Common area</source>
      <translation>Common area</translation>
    </message>
    <message>
      <source>Where, as the asker gave no unit</source>
      <translation>Where, as the asker gave no unit</translation>
    </message>
  </context>
  <context>
    <name>RepairNames</name>
    <message>
      <source>Reported</source>
      <translation>Reported</translation>
    </message>
    <message>
      <source>Dispatched</source>
      <translation>Dispatched</translation>
    </message>
    <message>
      <source>Technician on site</source>
      <translation>Technician on site</translation>
    </message>
    <message>
      <source>Diagnosed</source>
      <translation>Diagnosed</translation>
    </message>
    <message>
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
    </message>
    <message>
      <source>Quote approved</source>
      <translation>Quote approved</translation>
    </message>
    <message>
      <source>Being repaired</source>
      <translation>Being repaired</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>Signed off</source>
      <translation>Signed off</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>Followed up</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>resolved</translation>
    </message>
    <message>
      <source>quote refused</source>
      <translation>quote refused</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <source>Emergency</source>
      <translation>Emergency</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>Plumbing</source>
      <translation>Plumbing</translation>
    </message>
    <message>
      <source>Electrical</source>
      <translation>Electrical</translation>
    </message>
    <message>
      <source>Lift</source>
      <translation>Lift</translation>
    </message>
    <message>
      <source>Doors and locks</source>
      <translation>Doors and locks</translation>
    </message>
    <message>
      <source>Leaks and cracks</source>
      <translation>Leaks and cracks</translation>
    </message>
    <message>
      <source>Fire equipment</source>
      <translation>Fire equipment</translation>
    </message>
    <message>
      <source>Public facilities</source>
      <translation>Public facilities</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Hotline</source>
      <translation>Hotline</translation>
    </message>
    <message>
      <source>At the front desk</source>
      <translation>At the front desk</translation>
    </message>
    <message>
      <source>Found on patrol</source>
      <translation>Found on patrol</translation>
    </message>
    <message>
      <source>Found in an inspection</source>
      <translation>Found in an inspection</translation>
    </message>
    <message>
      <source>From a complaint</source>
      <translation>From a complaint</translation>
    </message>
    <message>
      <source>Reassigned</source>
      <translation>Reassigned</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>Arrived</translation>
    </message>
    <message>
      <source>Quoted</source>
      <translation>Quoted</translation>
    </message>
    <message>
      <source>Quote refused</source>
      <translation>Quote refused</translation>
    </message>
    <message>
      <source>Repair started</source>
      <translation>Repair started</translation>
    </message>
    <message>
      <source>Dispatch…</source>
      <translation>Dispatch…</translation>
    </message>
    <message>
      <source>Reassign…</source>
      <translation>Reassign…</translation>
    </message>
    <message>
      <source>Diagnose…</source>
      <translation>Diagnose…</translation>
    </message>
    <message>
      <source>Quote…</source>
      <translation>Quote…</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>Refused…</source>
      <translation>Refused…</translation>
    </message>
    <message>
      <source>Start repair</source>
      <translation>Start repair</translation>
    </message>
    <message>
      <source>Completed…</source>
      <translation>Completed…</translation>
    </message>
    <message>
      <source>Sign off…</source>
      <translation>Sign off…</translation>
    </message>
    <message>
      <source>Follow-up…</source>
      <translation>Follow-up…</translation>
    </message>
    <message>
      <source>Close ticket</source>
      <translation>Close ticket</translation>
    </message>
    <message>
      <source>Cancel…</source>
      <translation>Cancel…</translation>
    </message>
    <message>
      <source>{days} d {hours} h</source>
      <translation>{days} d {hours} h</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
  </context>
  <context>
    <name>RepairSettingsDialog</name>
    <message>
      <source>Repair settings</source>
      <translation>Repair settings</translation>
    </message>
    <message>
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <source>An open ticket with no step recorded for this long is flagged; one waiting for the resident's answer to a quote is not.</source>
      <translation>An open ticket with no step recorded for this long is flagged; one waiting for the resident's answer to a quote is not.</translation>
    </message>
    <message>
      <source>A technician arrives within, from the report:</source>
      <translation>A technician arrives within, from the report:</translation>
    </message>
    <message>
      <source>Emergency</source>
      <translation>Emergency</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>Flag as stale after</source>
      <translation>Flag as stale after</translation>
    </message>
    <message>
      <source>A new limit applies to tickets reported from now on; open tickets keep the arrival time they were given.</source>
      <translation>A new limit applies to tickets reported from now on; open tickets keep the arrival time they were given.</translation>
    </message>
  </context>
  <context>
    <name>RepairTickets</name>
    <message>
      <source>{state} ({outcome})</source>
      <translation>{state} ({outcome})</translation>
    </message>
    <message>
      <source>Arrival overdue (due {time})</source>
      <translation>Arrival overdue (due {time})</translation>
    </message>
    <message>
      <source>Nothing recorded since {time}</source>
      <translation>Nothing recorded since {time}</translation>
    </message>
    <message>
      <source>Arrival due {time}</source>
      <translation>Arrival due {time}</translation>
    </message>
  </context>
  <context>
    <name>RepairsTab</name>
    <message>
      <source>New ticket (F2)</source>
      <translation>New ticket (F2)</translation>
    </message>
    <message>
      <source>Tickets</source>
      <translation>Tickets</translation>
    </message>
    <message>
      <source>Double-click: this technician's open tickets</source>
      <translation>Double-click: this technician's open tickets</translation>
    </message>
    <message>
      <source>Workload</source>
      <translation>Workload</translation>
    </message>
    <message>
      <source>Backlog</source>
      <translation>Backlog</translation>
    </message>
    <message>
      <source>Repair workload</source>
      <translation>Repair workload</translation>
    </message>
    <message>
      <source>Repair backlog</source>
      <translation>Repair backlog</translation>
    </message>
    <message>
      <source>Ticket {number} opened: {location}</source>
      <translation>Ticket {number} opened: {location}</translation>
    </message>
    <message>
      <source>Ticket {number}: {step}</source>
      <translation>Ticket {number}: {step}</translation>
    </message>
  </context>
  <context>
    <name>ReportOptions</name>
    <message>
      <source>The month to report; the latest is the current one</source>
      <translation>The month to report; the latest is the current one</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>PDF document</translation>
    </message>
    <message>
      <source>Excel workbook</source>
      <translation>Excel workbook</translation>
    </message>
    <message>
      <source>&amp;Month:</source>
      <translation>&amp;Month:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Format:</translation>
    </message>
  </context>
  <context>
    <name>ReportsTab</name>
    <message>
      <source>Your role may read reports here but not make them.</source>
      <translation>Your role may read reports here but not make them.</translation>
    </message>
    <message>
      <source>Monthly operations report</source>
      <translation>Monthly operations report</translation>
    </message>
    <message>
      <source>The month's service targets, gate traffic, repairs and open tickets, with the signature block (PDF). The workbook adds the gate by day and the month's gate journal and repair tickets, without names or phones.</source>
      <translation>The month's service targets, gate traffic, repairs and open tickets, with the signature block (PDF). The workbook adds the gate by day and the month's gate journal and repair tickets, without names or phones.</translation>
    </message>
    <message>
      <source>Pre&amp;view…</source>
      <translation>Pre&amp;view…</translation>
    </message>
    <message>
      <source>Show the PDF's pages before printing</source>
      <translation>Show the PDF's pages before printing</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>Print the PDF on a printer you choose</source>
      <translation>Print the PDF on a printer you choose</translation>
    </message>
    <message>
      <source>&amp;Save as…</source>
      <translation>&amp;Save as…</translation>
    </message>
    <message>
      <source>Save the PDF or the workbook in a file</source>
      <translation>Save the PDF or the workbook in a file</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <source>Monthly workbook {month}</source>
      <translation>Monthly workbook {month}</translation>
    </message>
    <message>
      <source>Monthly report {month}</source>
      <translation>Monthly report {month}</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Stopping…</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Save the monthly report</source>
      <translation>Save the monthly report</translation>
    </message>
    <message>
      <source>Making the report for {month}…</source>
      <translation>Making the report for {month}…</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Saved {path}</translation>
    </message>
    <message>
      <source>Choose a printer…</source>
      <translation>Choose a printer…</translation>
    </message>
    <message>
      <source>Printing cancelled.</source>
      <translation>Printing cancelled.</translation>
    </message>
    <message>
      <source>The printer could not be started; nothing was printed.</source>
      <translation>The printer could not be started; nothing was printed.</translation>
    </message>
    <message>
      <source>Sent {n} pages to the printer.</source>
      <translation>Sent {n} pages to the printer.</translation>
    </message>
    <message>
      <source>Cancelled; nothing was written.</source>
      <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
      <source>The report could not be made.</source>
      <translation>The report could not be made.</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>New password for {name} ({username}). Tell it to them in person.</source>
      <translation>New password for {name} ({username}). Tell it to them in person.</translation>
    </message>
    <message>
      <source>Reset password</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>New password</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>Repeat password</translation>
    </message>
  </context>
  <context>
    <name>ResidentForm</name>
    <message>
      <source>Resident of {unit}</source>
      <translation>Resident of {unit}</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Tenant</source>
      <translation>Tenant</translation>
    </message>
    <message>
      <source>Family member</source>
      <translation>Family member</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Second phone</source>
      <translation>Second phone</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>(key missing)</source>
      <translation>(key missing)</translation>
    </message>
    <message>
      <source>Moved in</source>
      <translation>Moved in</translation>
    </message>
  </context>
  <context>
    <name>ResidentsTab</name>
    <message>
      <source>Filter units, e.g. 3-2-15</source>
      <translation>Filter units, e.g. 3-2-15</translation>
    </message>
    <message>
      <source>Add unit…</source>
      <translation>Add unit…</translation>
    </message>
    <message>
      <source>Add resident…</source>
      <translation>Add resident…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Moved out today</source>
      <translation>Moved out today</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>Issue card…</source>
      <translation>Issue card…</translation>
    </message>
    <message>
      <source>Report lost…</source>
      <translation>Report lost…</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>Revoke…</translation>
    </message>
    <message>
      <source>Register vehicle…</source>
      <translation>Register vehicle…</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Residents</translation>
    </message>
    <message>
      <source>Units and residents</source>
      <translation>Units and residents</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>Buildings</translation>
    </message>
    <message>
      <source>Parking spaces</source>
      <translation>Parking spaces</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Units</translation>
    </message>
    <message>
      <source>Access cards</source>
      <translation>Access cards</translation>
    </message>
    <message>
      <source>Vehicles</source>
      <translation>Vehicles</translation>
    </message>
    <message>
      <source>Import from Excel…</source>
      <translation>Import from Excel…</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>History…</translation>
    </message>
    <message>
      <source>All buildings</source>
      <translation>All buildings</translation>
    </message>
    <message>
      <source>Building {code}</source>
      <translation>Building {code}</translation>
    </message>
    <message>
      <source>Select a unit</source>
      <translation>Select a unit</translation>
    </message>
    <message>
      <source>, {area} m²</source>
      <translation>, {area} m²</translation>
    </message>
    <message>
      <source>Unit {code}</source>
      <translation>Unit {code}</translation>
    </message>
    <message>
      <source>Record that {name} moved out of {unit} today?</source>
      <translation>Record that {name} moved out of {unit} today?</translation>
    </message>
    <message>
      <source>Void resident</source>
      <translation>Void resident</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>issued</translation>
    </message>
    <message>
      <source>Excel import</source>
      <translation>Excel import</translation>
    </message>
    <message>
      <source>{when}: {old} → {new} ({reason}, {user})</source>
      <translation>{when}: {old} → {new} ({reason}, {user})</translation>
    </message>
    <message>
      <source>No changes recorded.</source>
      <translation>No changes recorded.</translation>
    </message>
    <message>
      <source>Card {number}</source>
      <translation>Card {number}</translation>
    </message>
    <message>
      <source>Report card lost</source>
      <translation>Report card lost</translation>
    </message>
    <message>
      <source>Revoke card</source>
      <translation>Revoke card</translation>
    </message>
    <message>
      <source>Void vehicle</source>
      <translation>Void vehicle</translation>
    </message>
  </context>
  <context>
    <name>ResidentsTableModel</name>
    <message>
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Tenant</source>
      <translation>Tenant</translation>
    </message>
    <message>
      <source>Family member</source>
      <translation>Family member</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>Moved in</source>
      <translation>Moved in</translation>
    </message>
    <message>
      <source>Moved out</source>
      <translation>Moved out</translation>
    </message>
  </context>
  <context>
    <name>ResolveForm</name>
    <message>
      <source>Finding dealt with</source>
      <translation>Finding dealt with</translation>
    </message>
    <message>
      <source>How it was dealt with</source>
      <translation>How it was dealt with</translation>
    </message>
    <message>
      <source>e.g. door locked again</source>
      <translation>e.g. door locked again</translation>
    </message>
  </context>
  <context>
    <name>ResponseEntryDialog</name>
    <message>
      <source>Responses: {name}</source>
      <translation>Responses: {name}</translation>
    </message>
    <message>
      <source>Type the unit, then one digit per question ({n} questions): 5 very satisfied, 4 satisfied, 3 neutral, 2 dissatisfied, 1 very dissatisfied, 0 not answered. Enter saves and starts the next form; Esc closes.</source>
      <translation>Type the unit, then one digit per question ({n} questions): 5 very satisfied, 4 satisfied, 3 neutral, 2 dissatisfied, 1 very dissatisfied, 0 not answered. Enter saves and starts the next form; Esc closes.</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Answers</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Comment about</source>
      <translation>Comment about</translation>
    </message>
    <message>
      <source>nobody registered</source>
      <translation>nobody registered</translation>
    </message>
    <message>
      <source>already answered on {day}</source>
      <translation>already answered on {day}</translation>
    </message>
    <message>
      <source>{typed} of {n} typed</source>
      <translation>{typed} of {n} typed</translation>
    </message>
    <message>
      <source>only 0–5</source>
      <translation>only 0–5</translation>
    </message>
    <message>
      <source>Unit {unit} has already answered this round. Does this form replace its earlier response?</source>
      <translation>Unit {unit} has already answered this round. Does this form replace its earlier response?</translation>
    </message>
    <message>
      <source>Saved {unit} ({n} this session).</source>
      <translation>Saved {unit} ({n} this session).</translation>
    </message>
  </context>
  <context>
    <name>ResponseModel</name>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Answers</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Answered</translation>
    </message>
    <message>
      <source>Comment about</source>
      <translation>Comment about</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Entered</source>
      <translation>Entered</translation>
    </message>
    <message>
      <source>Entered by</source>
      <translation>Entered by</translation>
    </message>
    <message>
      <source>Void reason</source>
      <translation>Void reason</translation>
    </message>
  </context>
  <context>
    <name>RestoreOfferDialog</name>
    <message>
      <source>The database is damaged</source>
      <translation>The database is damaged</translation>
    </message>
    <message>
      <source>Restoring copies this backup in as the database; then propdesk starts as usual and asks you to log in. What was saved after the backup was made is not in it.</source>
      <translation>Restoring copies this backup in as the database; then propdesk starts as usual and asks you to log in. What was saved after the backup was made is not in it.</translation>
    </message>
    <message>
      <source>This file holds no estate: restoring it starts with an empty office.</source>
      <translation>This file holds no estate: restoring it starts with an empty office.</translation>
    </message>
    <message>
      <source>Restore this backup and start</source>
      <translation>Restore this backup and start</translation>
    </message>
    <message>
      <source>Choose another backup file…</source>
      <translation>Choose another backup file…</translation>
    </message>
    <message>
      <source>Start a new empty database…</source>
      <translation>Start a new empty database…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>Looking for the newest backup of this office in {folder}…</source>
      <translation>Looking for the newest backup of this office in {folder}…</translation>
    </message>
    <message>
      <source>Restoring {name}: its copy is checked in full, then the database is opened (for a large office this takes a few minutes)…</source>
      <translation>Restoring {name}: its copy is checked in full, then the database is opened (for a large office this takes a few minutes)…</translation>
    </message>
    <message>
      <source>The database file could not be read: it is damaged or is not a propdesk database. It was moved aside and kept; nothing was deleted:
{path}</source>
      <translation>The database file could not be read: it is damaged or is not a propdesk database. It was moved aside and kept; nothing was deleted:
{path}</translation>
    </message>
    <message>
      <source>The database file could not be read: it is damaged or is not a propdesk database. Nothing was deleted; before a backup replaces it, a copy of it is kept in the backup folder:
{path}</source>
      <translation>The database file could not be read: it is damaged or is not a propdesk database. Nothing was deleted; before a backup replaces it, a copy of it is kept in the backup folder:
{path}</translation>
    </message>
    <message>
      <source>No backup holding this office's data was found in the backup folder:
{folder}

What to do: copy a backup file of this office (a .db file, for example from a USB stick or another computer) into that folder and choose it with “Choose another backup file…”. Start a new empty database only when this office has no backup anywhere: its residents, gate records, repair tickets and patrol rounds would start from nothing.</source>
      <translation>No backup holding this office's data was found in the backup folder:
{folder}

What to do: copy a backup file of this office (a .db file, for example from a USB stick or another computer) into that folder and choose it with “Choose another backup file…”. Start a new empty database only when this office has no backup anywhere: its residents, gate records, repair tickets and patrol rounds would start from nothing.</translation>
    </message>
    <message>
      <source>The newest good backup</source>
      <translation>The newest good backup</translation>
    </message>
    <message>
      <source>The chosen backup</source>
      <translation>The chosen backup</translation>
    </message>
    <message>
      <source>Choose a backup to restore</source>
      <translation>Choose a backup to restore</translation>
    </message>
    <message>
      <source>propdesk backups (*.db);;All files (*)</source>
      <translation>propdesk backups (*.db);;All files (*)</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>Checking {name}…</translation>
    </message>
    <message>
      <source>Start with a new, empty database?

None of this office's records are in it: residents, gate records, repair tickets and patrol rounds start from nothing. The damaged file stays where it was kept. Do this only when this office has no backup anywhere.</source>
      <translation>Start with a new, empty database?

None of this office's records are in it: residents, gate records, repair tickets and patrol rounds start from nothing. The damaged file stays where it was kept. Do this only when this office has no backup anywhere.</translation>
    </message>
    <message>
      <source>Start a new empty database</source>
      <translation>Start a new empty database</translation>
    </message>
    <message>
      <source>Making a new, empty database…</source>
      <translation>Making a new, empty database…</translation>
    </message>
  </context>
  <context>
    <name>ResultExport</name>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <source>Clerk</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>Guard</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>Technician</translation>
    </message>
    <message>
      <source>Owners' committee</source>
      <translation>Owners' committee</translation>
    </message>
  </context>
  <context>
    <name>RoundCheckpointsModel</name>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>Checkpoint</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Flags</translation>
    </message>
  </context>
  <context>
    <name>RoundDetailDialog</name>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>Guard</translation>
    </message>
    <message>
      <source>Walked</source>
      <translation>Walked</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>Slot</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Flags</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Skipped</translation>
    </message>
    <message>
      <source>Abandoned because</source>
      <translation>Abandoned because</translation>
    </message>
    <message>
      <source>Void because</source>
      <translation>Void because</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>Checkpoints</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Findings</translation>
    </message>
    <message>
      <source>Void round…</source>
      <translation>Void round…</translation>
    </message>
    <message>
      <source>Patrol round {number}</source>
      <translation>Patrol round {number}</translation>
    </message>
    <message>
      <source>{number} — {state}</source>
      <translation>{number} — {state}</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>not yet</translation>
    </message>
    <message>
      <source>{time}, {verdict}</source>
      <translation>{time}, {verdict}</translation>
    </message>
    <message>
      <source>{start} – {end} · {visited} of {total} checkpoints reached</source>
      <translation>{start} – {end} · {visited} of {total} checkpoints reached</translation>
    </message>
    <message>
      <source>{source}, by {user}</source>
      <translation>{source}, by {user}</translation>
    </message>
    <message>
      <source>Void round {number}</source>
      <translation>Void round {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>RoundFindingsModel</name>
    <message>
      <source>Finding</source>
      <translation>Finding</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>Checkpoint</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>Seen</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Told</source>
      <translation>Told</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>Repair ticket</translation>
    </message>
    <message>
      <source>Dealt with</source>
      <translation>Dealt with</translation>
    </message>
    <message>
      <source>{who} at {time}</source>
      <translation>{who} at {time}</translation>
    </message>
    <message>
      <source>void</source>
      <translation>void</translation>
    </message>
    <message>
      <source>ticket closed</source>
      <translation>ticket closed</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
  </context>
  <context>
    <name>RoundForm</name>
    <message>
      <source>New survey round</source>
      <translation>New survey round</translation>
    </message>
    <message>
      <source>The round keeps its own copy of these questions: changing them for a later round leaves this one as it is.</source>
      <translation>The round keeps its own copy of these questions: changing them for a later round leaves this one as it is.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>{year} residents' satisfaction survey</source>
      <translation>{year} residents' satisfaction survey</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>First day</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Last day</translation>
    </message>
    <message>
      <source>Default questions</source>
      <translation>Default questions</translation>
    </message>
  </context>
  <context>
    <name>RoundModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>Survey</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>First day</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Last day</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Forms</source>
      <translation>Forms</translation>
    </message>
    <message>
      <source>Response rate</source>
      <translation>Response rate</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
  </context>
  <context>
    <name>RoundPanel</name>
    <message>
      <source>Start a round</source>
      <translation>Start a round</translation>
    </message>
    <message>
      <source>&amp;Route</source>
      <translation>&amp;Route</translation>
    </message>
    <message>
      <source>&amp;Guard</source>
      <translation>&amp;Guard</translation>
    </message>
    <message>
      <source>Start round ({key})</source>
      <translation>Start round ({key})</translation>
    </message>
    <message>
      <source>Me ({name})</source>
      <translation>Me ({name})</translation>
    </message>
    <message>
      <source>Round under way</source>
      <translation>Round under way</translation>
    </message>
    <message>
      <source>Scan the checkpoint's label, or type its code</source>
      <translation>Scan the checkpoint's label, or type its code</translation>
    </message>
    <message>
      <source>Checkpoint code</source>
      <translation>Checkpoint code</translation>
    </message>
    <message>
      <source>Tick by hand ({key})</source>
      <translation>Tick by hand ({key})</translation>
    </message>
    <message>
      <source>For a checkpoint whose label cannot be read</source>
      <translation>For a checkpoint whose label cannot be read</translation>
    </message>
    <message>
      <source>Issue… ({key})</source>
      <translation>Issue… ({key})</translation>
    </message>
    <message>
      <source>Finish round ({key})</source>
      <translation>Finish round ({key})</translation>
    </message>
    <message>
      <source>Abandon… ({key})</source>
      <translation>Abandon… ({key})</translation>
    </message>
    <message>
      <source>Continue this round</source>
      <translation>Continue this round</translation>
    </message>
    <message>
      <source>Open rounds</source>
      <translation>Open rounds</translation>
    </message>
    <message>
      <source>No round under way here: start one ({key}), or continue an open round below. A scanned code also finds its open round.</source>
      <translation>No round under way here: start one ({key}), or continue an open round below. A scanned code also finds its open round.</translation>
    </message>
    <message>
      <source>{time} slot, {verdict}</source>
      <translation>{time} slot, {verdict}</translation>
    </message>
    <message>
      <source>{number} · {route} · {guard} · started {time} · {slot}</source>
      <translation>{number} · {route} · {guard} · started {time} · {slot}</translation>
    </message>
    <message>
      <source>{visited} of {total} reached</source>
      <translation>{visited} of {total} reached</translation>
    </message>
    <message>
      <source>Select a checkpoint to see what to check there.</source>
      <translation>Select a checkpoint to see what to check there.</translation>
    </message>
    <message>
      <source>Nothing listed to check at {name}.</source>
      <translation>Nothing listed to check at {name}.</translation>
    </message>
    <message>
      <source>To check at {name}:</source>
      <translation>To check at {name}:</translation>
    </message>
    <message>
      <source>Round {number} of {route} started: scan the first checkpoint.</source>
      <translation>Round {number} of {route} started: scan the first checkpoint.</translation>
    </message>
    <message>
      <source>✓ {position}. {name} at {time} — {visited} of {total}</source>
      <translation>✓ {position}. {name} at {time} — {visited} of {total}</translation>
    </message>
    <message>
      <source>Issue {number} recorded at {name}.</source>
      <translation>Issue {number} recorded at {name}.</translation>
    </message>
    <message>
      <source>Repair ticket {ticket} opened.</source>
      <translation>Repair ticket {ticket} opened.</translation>
    </message>
    <message>
      <source>Round {number} finished: {visited} of {total} reached, {verdict}.</source>
      <translation>Round {number} finished: {visited} of {total} reached, {verdict}.</translation>
    </message>
    <message>
      <source>Round {number} abandoned.</source>
      <translation>Round {number} abandoned.</translation>
    </message>
    <message>
      <source>Abandon round {number}</source>
      <translation>Abandon round {number}</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>Continuing round {number}: scan the next checkpoint.</source>
      <translation>Continuing round {number}: scan the next checkpoint.</translation>
    </message>
  </context>
  <context>
    <name>RoundRowsModel</name>
    <message>
      <source>Round</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>Guard</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>Slot</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Started</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Finished</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <source>Reached</source>
      <translation>Reached</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>RoundsListDialog</name>
    <message>
      <source>Enter or double-click: the round's detail.</source>
      <translation>Enter or double-click: the round's detail.</translation>
    </message>
    <message>
      <source>No rounds.</source>
      <translation>No rounds.</translation>
    </message>
    <message>
      <source>{n} rounds, oldest first.</source>
      <translation>{n} rounds, oldest first.</translation>
    </message>
    <message>
      <source>{n} of them abandoned (they count nowhere).</source>
      <translation>{n} of them abandoned (they count nowhere).</translation>
    </message>
    <message>
      <source>More rounds match: only the first {limit} are listed.</source>
      <translation>More rounds match: only the first {limit} are listed.</translation>
    </message>
  </context>
  <context>
    <name>RouteForm</name>
    <message>
      <source>New patrol route</source>
      <translation>New patrol route</translation>
    </message>
    <message>
      <source>Rename patrol route</source>
      <translation>Rename patrol route</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>e.g. East night round</source>
      <translation>e.g. East night round</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>optional</translation>
    </message>
  </context>
  <context>
    <name>RouteTableModel</name>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>Checkpoints</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>RoutesDialog</name>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Patrol routes and checkpoints</source>
      <translation>Patrol routes and checkpoints</translation>
    </message>
    <message>
      <source>Routes</source>
      <translation>Routes</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>Checkpoints</translation>
    </message>
    <message>
      <source>Insert: add · Enter or F2: edit · Delete: void · Ctrl+Up / Ctrl+Down: move a checkpoint along its route</source>
      <translation>Insert: add · Enter or F2: edit · Delete: void · Ctrl+Up / Ctrl+Down: move a checkpoint along its route</translation>
    </message>
    <message>
      <source>Your role may view the routes but not change them.</source>
      <translation>Your role may view the routes but not change them.</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <source>Insert</source>
      <translation>Insert</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <source>F2</source>
      <translation>F2</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Enter, F2</source>
      <translation>Enter, F2</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Ctrl+Up</source>
      <translation>Ctrl+Up</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Ctrl+Down</source>
      <translation>Ctrl+Down</translation>
    </message>
    <message>
      <source>Print the route's labels…</source>
      <translation>Print the route's labels…</translation>
    </message>
    <message>
      <source>Print labels of the selected…</source>
      <translation>Print labels of the selected…</translation>
    </message>
    <message>
      <source>Checkpoints of {route}</source>
      <translation>Checkpoints of {route}</translation>
    </message>
    <message>
      <source>Void route {name}</source>
      <translation>Void route {name}</translation>
    </message>
    <message>
      <source>Void checkpoint {code} {name}</source>
      <translation>Void checkpoint {code} {name}</translation>
    </message>
  </context>
  <context>
    <name>ScheduleDialog</name>
    <message>
      <source>Patrol schedule</source>
      <translation>Patrol schedule</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>A round started later than this after its slot is late.</source>
      <translation>A round started later than this after its slot is late.</translation>
    </message>
    <message>
      <source>No round started within this after its slot: the slot was missed.</source>
      <translation>No round started within this after its slot: the slot was missed.</translation>
    </message>
    <message>
      <source>Two checkpoints reached quicker than this are flagged as too fast.</source>
      <translation>Two checkpoints reached quicker than this are flagged as too fast.</translation>
    </message>
    <message>
      <source>Patrol windows</source>
      <translation>Patrol windows</translation>
    </message>
    <message>
      <source>Late after</source>
      <translation>Late after</translation>
    </message>
    <message>
      <source>Missed after</source>
      <translation>Missed after</translation>
    </message>
    <message>
      <source>Minimum walk</source>
      <translation>Minimum walk</translation>
    </message>
    <message>
      <source>Applies from</source>
      <translation>Applies from</translation>
    </message>
    <message>
      <source>Add window</source>
      <translation>Add window</translation>
    </message>
    <message>
      <source>Remove window</source>
      <translation>Remove window</translation>
    </message>
    <message>
      <source>In force today: {schedule}</source>
      <translation>In force today: {schedule}</translation>
    </message>
    <message>
      <source>No change is planned.</source>
      <translation>No change is planned.</translation>
    </message>
  </context>
  <context>
    <name>SessionDetailPanel</name>
    <message>
      <source>Held:</source>
      <translation>Held:</translation>
    </message>
    <message>
      <source>Topic:</source>
      <translation>Topic:</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>Place:</translation>
    </message>
    <message>
      <source>Organiser:</source>
      <translation>Organiser:</translation>
    </message>
    <message>
      <source>Taking part:</source>
      <translation>Taking part:</translation>
    </message>
    <message>
      <source>Recorded by:</source>
      <translation>Recorded by:</translation>
    </message>
    <message>
      <source>Print record…</source>
      <translation>Print record…</translation>
    </message>
    <message>
      <source>Sign-in sheet…</source>
      <translation>Sign-in sheet…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>Add photo…</source>
      <translation>Add photo…</translation>
    </message>
    <message>
      <source>A photo of the session or of its signed sign-in sheet</source>
      <translation>A photo of the session or of its signed sign-in sheet</translation>
    </message>
    <message>
      <source>Attach a photo to {number}</source>
      <translation>Attach a photo to {number}</translation>
    </message>
    <message>
      <source>No photos of this session.</source>
      <translation>No photos of this session.</translation>
    </message>
    <message>
      <source>Choose a session in the list.</source>
      <translation>Choose a session in the list.</translation>
    </message>
    <message>
      <source>(voided: {reason})</source>
      <translation>(voided: {reason})</translation>
    </message>
    <message>
      <source>{staff} staff, {residents} residents</source>
      <translation>{staff} staff, {residents} residents</translation>
    </message>
    <message>
      <source>What was practised</source>
      <translation>What was practised</translation>
    </message>
    <message>
      <source>Problems found</source>
      <translation>Problems found</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>Void session {number}</source>
      <translation>Void session {number}</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Reason:</translation>
    </message>
  </context>
  <context>
    <name>SessionForm</name>
    <message>
      <source>New drill or training</source>
      <translation>New drill or training</translation>
    </message>
    <message>
      <source>Topic:</source>
      <translation>Topic:</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Title:</translation>
    </message>
    <message>
      <source>Held:</source>
      <translation>Held:</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Duration:</source>
      <translation>Duration:</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>Place:</translation>
    </message>
    <message>
      <source>Organiser:</source>
      <translation>Organiser:</translation>
    </message>
    <message>
      <source>Residents taking part:</source>
      <translation>Residents taking part:</translation>
    </message>
    <message>
      <source>Sign-in sheet…</source>
      <translation>Sign-in sheet…</translation>
    </message>
    <message>
      <source>Space ticks the staff member chosen</source>
      <translation>Space ticks the staff member chosen</translation>
    </message>
    <message>
      <source>Staff taking part:</source>
      <translation>Staff taking part:</translation>
    </message>
    <message>
      <source>What was practised:</source>
      <translation>What was practised:</translation>
    </message>
    <message>
      <source>Problems found:</source>
      <translation>Problems found:</translation>
    </message>
    <message>
      <source>Actions:</source>
      <translation>Actions:</translation>
    </message>
  </context>
  <context>
    <name>SessionListPanel</name>
    <message>
      <source>Drills and trainings</source>
      <translation>Drills and trainings</translation>
    </message>
    <message>
      <source>Any topic</source>
      <translation>Any topic</translation>
    </message>
    <message>
      <source>Number, title or organiser; Enter searches</source>
      <translation>Number, title or organiser; Enter searches</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>Sessions {first}–{last}</source>
      <translation>Sessions {first}–{last}</translation>
    </message>
    <message>
      <source>No sessions</source>
      <translation>No sessions</translation>
    </message>
  </context>
  <context>
    <name>SessionModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Held</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Residents</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
  </context>
  <context>
    <name>SetActiveDialog</name>
    <message>
      <source>Enable {name} ({username}) so they can log in again.</source>
      <translation>Enable {name} ({username}) so they can log in again.</translation>
    </message>
    <message>
      <source>Disable {name} ({username}): they can no longer log in. The account and everything it did stay on record.</source>
      <translation>Disable {name} ({username}): they can no longer log in. The account and everything it did stay on record.</translation>
    </message>
    <message>
      <source>Enable user</source>
      <translation>Enable user</translation>
    </message>
    <message>
      <source>Disable user</source>
      <translation>Disable user</translation>
    </message>
    <message>
      <source>e.g. left the company</source>
      <translation>e.g. left the company</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>SignOffForm</name>
    <message>
      <source>Signed by</source>
      <translation>Signed by</translation>
    </message>
  </context>
  <context>
    <name>SlipPreviewDialog</name>
    <message>
      <source>Print preview: {title}</source>
      <translation>Print preview: {title}</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <source>Save the slip as a PDF file</source>
      <translation>Save the slip as a PDF file</translation>
    </message>
  </context>
  <context>
    <name>SlipPrinting</name>
    <message>
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Saved {path}</translation>
    </message>
  </context>
  <context>
    <name>StaffForm</name>
    <message>
      <source>Staff member</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <source>e.g. 保安队长</source>
      <translation>e.g. 保安队长</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>StaffTab</name>
    <message>
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>All departments</source>
      <translation>All departments</translation>
    </message>
    <message>
      <source>Void staff member</source>
      <translation>Void staff member</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>StaffTableModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>StandardDialog</name>
    <message>
      <source>Standard: {department}</source>
      <translation>Standard: {department}</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <source>&amp;Items</source>
      <translation>&amp;Items</translation>
    </message>
    <message>
      <source>Add item</source>
      <translation>Add item</translation>
    </message>
    <message>
      <source>Remove item</source>
      <translation>Remove item</translation>
    </message>
    <message>
      <source>Full score: {total} points</source>
      <translation>Full score: {total} points</translation>
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
    <message>
      <source>Storage</source>
      <translation>Storage</translation>
    </message>
    <message>
      <source>Where this station keeps its data:</source>
      <translation>Where this station keeps its data:</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Test connection</translation>
    </message>
    <message>
      <source>This PC only</source>
      <translation>This PC only</translation>
    </message>
    <message>
      <source>One file on this PC. For an office with one PC.</source>
      <translation>One file on this PC. For an office with one PC.</translation>
    </message>
    <message>
      <source>On the office server (needs the network)</source>
      <translation>On the office server (needs the network)</translation>
    </message>
    <message>
      <source>Works on the shared server directly; without the network it cannot save.</source>
      <translation>Works on the shared server directly; without the network it cannot save.</translation>
    </message>
    <message>
      <source>Its own copy, synced with the office server (keeps working when the network is down)</source>
      <translation>Its own copy, synced with the office server (keeps working when the network is down)</translation>
    </message>
    <message>
      <source>Saves here and sends to the server within seconds; what waits goes up when the network is back. For the gatehouse.</source>
      <translation>Saves here and sends to the server within seconds; what waits goes up when the network is back. For the gatehouse.</translation>
    </message>
    <message>
      <source>PROPDESK_DATABASE_URL chooses this station's database; change or remove it there to choose here.</source>
      <translation>PROPDESK_DATABASE_URL chooses this station's database; change or remove it there to choose here.</translation>
    </message>
    <message>
      <source>Only an administrator can change where this station keeps its data.</source>
      <translation>Only an administrator can change where this station keeps its data.</translation>
    </message>
    <message>
      <source>Connecting to {server}…</source>
      <translation>Connecting to {server}…</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, an empty database (propdesk sets it up)</source>
      <translation>Connected: PostgreSQL {version}, an empty database (propdesk sets it up)</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, propdesk schema {schema}, 1 station syncing</source>
      <translation>Connected: PostgreSQL {version}, propdesk schema {schema}, 1 station syncing</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, propdesk schema {schema}, no station syncing yet</source>
      <translation>Connected: PostgreSQL {version}, propdesk schema {schema}, no station syncing yet</translation>
    </message>
    <message>
      <source>Connected: PostgreSQL {version}, propdesk schema {schema}, {n} stations syncing</source>
      <translation>Connected: PostgreSQL {version}, propdesk schema {schema}, {n} stations syncing</translation>
    </message>
    <message>
      <source>This station now keeps its data on this PC only.</source>
      <translation>This station now keeps its data on this PC only.</translation>
    </message>
    <message>
      <source>Join the server {server}? This station's data is replaced by a copy of the server's; the file it works on now is kept in the backup folder. Joining takes up to a minute.</source>
      <translation>Join the server {server}? This station's data is replaced by a copy of the server's; the file it works on now is kept in the backup folder. Joining takes up to a minute.</translation>
    </message>
    <message>
      <source>Copying the server's data…</source>
      <translation>Copying the server's data…</translation>
    </message>
    <message>
      <source>This station now works on the server {server}.</source>
      <translation>This station now works on the server {server}.</translation>
    </message>
    <message>
      <source>This station is station {letter}; {rows} records copied; your previous file was kept at {kept}.</source>
      <translation>This station is station {letter}; {rows} records copied; your previous file was kept at {kept}.</translation>
    </message>
    <message>
      <source>This station is station {letter}; {rows} records copied.</source>
      <translation>This station is station {letter}; {rows} records copied.</translation>
    </message>
    <message>
      <source>propdesk closes now; start it again to work on the copy.</source>
      <translation>propdesk closes now; start it again to work on the copy.</translation>
    </message>
    <message>
      <source>propdesk closes now; start it again to use it.</source>
      <translation>propdesk closes now; start it again to use it.</translation>
    </message>
  </context>
  <context>
    <name>StepForm</name>
    <message>
      <source>{step}: ticket {number}</source>
      <translation>{step}: ticket {number}</translation>
    </message>
    <message>
      <source>Change it only for a step done earlier (paper slip).</source>
      <translation>Change it only for a step done earlier (paper slip).</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>StepForms</name>
    <message>
      <source>{name} ({details})</source>
      <translation>{name} ({details})</translation>
    </message>
  </context>
  <context>
    <name>SurveyNames</name>
    <message>
      <source>Security</source>
      <translation>Security</translation>
    </message>
    <message>
      <source>Cleaning</source>
      <translation>Cleaning</translation>
    </message>
    <message>
      <source>Landscaping</source>
      <translation>Landscaping</translation>
    </message>
    <message>
      <source>Engineering and repairs</source>
      <translation>Engineering and repairs</translation>
    </message>
    <message>
      <source>Customer service</source>
      <translation>Customer service</translation>
    </message>
    <message>
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
  </context>
  <context>
    <name>SurveyPrinting</name>
    <message>
      <source>Blank questionnaire: {name}</source>
      <translation>Blank questionnaire: {name}</translation>
    </message>
    <message>
      <source>Survey results: {name}</source>
      <translation>Survey results: {name}</translation>
    </message>
  </context>
  <context>
    <name>SurveysTab</name>
    <message>
      <source>Number or name</source>
      <translation>Number or name</translation>
    </message>
    <message>
      <source>Any year</source>
      <translation>Any year</translation>
    </message>
    <message>
      <source>Voided too</source>
      <translation>Voided too</translation>
    </message>
    <message>
      <source>New round…</source>
      <translation>New round…</translation>
    </message>
    <message>
      <source>Enter responses… (F2)</source>
      <translation>Enter responses… (F2)</translation>
    </message>
    <message>
      <source>Blank questionnaire…</source>
      <translation>Blank questionnaire…</translation>
    </message>
    <message>
      <source>Result summary…</source>
      <translation>Result summary…</translation>
    </message>
    <message>
      <source>Close round</source>
      <translation>Close round</translation>
    </message>
    <message>
      <source>Void round…</source>
      <translation>Void round…</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Figures</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Comments only</source>
      <translation>Comments only</translation>
    </message>
    <message>
      <source>Any area</source>
      <translation>Any area</translation>
    </message>
    <message>
      <source>Void response…</source>
      <translation>Void response…</translation>
    </message>
    <message>
      <source>Survey responses</source>
      <translation>Survey responses</translation>
    </message>
    <message>
      <source>Responses</source>
      <translation>Responses</translation>
    </message>
    <message>
      <source>No survey round yet: open one with New round…</source>
      <translation>No survey round yet: open one with New round…</translation>
    </message>
    <message>
      <source>{number} {name}: {responses} forms of {occupied} occupied units (response rate {rate}); satisfaction {share} of {answers} answers.</source>
      <translation>{number} {name}: {responses} forms of {occupied} occupied units (response rate {rate}); satisfaction {share} of {answers} answers.</translation>
    </message>
    <message>
      <source>Round {number} opened.</source>
      <translation>Round {number} opened.</translation>
    </message>
    <message>
      <source>Response of {unit} saved.</source>
      <translation>Response of {unit} saved.</translation>
    </message>
    <message>
      <source>Round {number} closed.</source>
      <translation>Round {number} closed.</translation>
    </message>
    <message>
      <source>Void round {number}</source>
      <translation>Void round {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Void the response of {unit}</source>
      <translation>Void the response of {unit}</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <source>Connecting to the server…</source>
      <translation>Connecting to the server…</translation>
    </message>
    <message>
      <source>Sending 1 record…</source>
      <translation>Sending 1 record…</translation>
    </message>
    <message>
      <source>Sending {n} records…</source>
      <translation>Sending {n} records…</translation>
    </message>
    <message>
      <source>Synced {time}</source>
      <translation>Synced {time}</translation>
    </message>
    <message>
      <source>Offline since {time}</source>
      <translation>Offline since {time}</translation>
    </message>
    <message>
      <source>Offline since {time}, 1 record waiting</source>
      <translation>Offline since {time}, 1 record waiting</translation>
    </message>
    <message>
      <source>Offline since {time}, {n} records waiting</source>
      <translation>Offline since {time}, {n} records waiting</translation>
    </message>
    <message>
      <source>1 conflict</source>
      <translation>1 conflict</translation>
    </message>
    <message>
      <source>{n} conflicts</source>
      <translation>{n} conflicts</translation>
    </message>
    <message>
      <source>1 record refused by the server</source>
      <translation>1 record refused by the server</translation>
    </message>
    <message>
      <source>{n} records refused by the server</source>
      <translation>{n} records refused by the server</translation>
    </message>
    <message>
      <source>Server: {server}</source>
      <translation>Server: {server}</translation>
    </message>
    <message>
      <source>This station's letter: {letter}</source>
      <translation>This station's letter: {letter}</translation>
    </message>
    <message>
      <source>Last synced: {time}</source>
      <translation>Last synced: {time}</translation>
    </message>
    <message>
      <source>Last error: {error}</source>
      <translation>Last error: {error}</translation>
    </message>
    <message>
      <source>Click to open the conflicts list.</source>
      <translation>Click to open the conflicts list.</translation>
    </message>
    <message>
      <source>Sync status unknown</source>
      <translation>Sync status unknown</translation>
    </message>
  </context>
  <context>
    <name>SyncTableNames</name>
    <message>
      <source>Repair ticket</source>
      <translation>Repair ticket</translation>
    </message>
    <message>
      <source>Repair ticket step</source>
      <translation>Repair ticket step</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <source>Complaint step</source>
      <translation>Complaint step</translation>
    </message>
    <message>
      <source>Inquiry</source>
      <translation>Inquiry</translation>
    </message>
    <message>
      <source>Gate record</source>
      <translation>Gate record</translation>
    </message>
    <message>
      <source>Item release authorisation</source>
      <translation>Item release authorisation</translation>
    </message>
    <message>
      <source>Shift handover</source>
      <translation>Shift handover</translation>
    </message>
    <message>
      <source>Estate</source>
      <translation>Estate</translation>
    </message>
    <message>
      <source>Estate setting</source>
      <translation>Estate setting</translation>
    </message>
    <message>
      <source>Building</source>
      <translation>Building</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>Resident</translation>
    </message>
    <message>
      <source>Access card</source>
      <translation>Access card</translation>
    </message>
    <message>
      <source>Access card status change</source>
      <translation>Access card status change</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>Vehicle</translation>
    </message>
    <message>
      <source>Parking space</source>
      <translation>Parking space</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <source>User account</source>
      <translation>User account</translation>
    </message>
    <message>
      <source>Patrol route</source>
      <translation>Patrol route</translation>
    </message>
    <message>
      <source>Checkpoint</source>
      <translation>Checkpoint</translation>
    </message>
    <message>
      <source>Patrol round</source>
      <translation>Patrol round</translation>
    </message>
    <message>
      <source>Checkpoint visit</source>
      <translation>Checkpoint visit</translation>
    </message>
    <message>
      <source>Patrol finding</source>
      <translation>Patrol finding</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Equipment</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>Inspection</translation>
    </message>
    <message>
      <source>Rectification notice</source>
      <translation>Rectification notice</translation>
    </message>
    <message>
      <source>Safety incident</source>
      <translation>Safety incident</translation>
    </message>
    <message>
      <source>Incident action</source>
      <translation>Incident action</translation>
    </message>
    <message>
      <source>Drill or training session</source>
      <translation>Drill or training session</translation>
    </message>
    <message>
      <source>Community event</source>
      <translation>Community event</translation>
    </message>
    <message>
      <source>Satisfaction survey</source>
      <translation>Satisfaction survey</translation>
    </message>
    <message>
      <source>Survey response</source>
      <translation>Survey response</translation>
    </message>
    <message>
      <source>Monthly assessment</source>
      <translation>Monthly assessment</translation>
    </message>
    <message>
      <source>Work log entry</source>
      <translation>Work log entry</translation>
    </message>
    <message>
      <source>Audit trail line</source>
      <translation>Audit trail line</translation>
    </message>
  </context>
  <context>
    <name>TableExport</name>
    <message>
      <source>Export to Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>{n} rows exported to {path}</source>
      <translation>{n} rows exported to {path}</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
  </context>
  <context>
    <name>TargetNames</name>
    <message>
      <source>Safety incidents</source>
      <translation>Safety incidents</translation>
    </message>
    <message>
      <source>Fire equipment intact</source>
      <translation>Fire equipment intact</translation>
    </message>
    <message>
      <source>Cleaning compliance</source>
      <translation>Cleaning compliance</translation>
    </message>
    <message>
      <source>Greening compliance</source>
      <translation>Greening compliance</translation>
    </message>
    <message>
      <source>Owner satisfaction</source>
      <translation>Owner satisfaction</translation>
    </message>
    <message>
      <source>Satisfaction surveys</source>
      <translation>Satisfaction surveys</translation>
    </message>
    <message>
      <source>Community events</source>
      <translation>Community events</translation>
    </message>
    <message>
      <source>Patrols on schedule</source>
      <translation>Patrols on schedule</translation>
    </message>
    <message>
      <source>Repairs reached in time</source>
      <translation>Repairs reached in time</translation>
    </message>
    <message>
      <source>Complaints answered in time</source>
      <translation>Complaints answered in time</translation>
    </message>
  </context>
  <context>
    <name>TargetsSettingsDialog</name>
    <message>
      <source>Service targets</source>
      <translation>Service targets</translation>
    </message>
    <message>
      <source>A target is met when the month's figure reaches its value (safety incidents: stay at or below it). The plan's values are the defaults.</source>
      <translation>A target is met when the month's figure reaches its value (safety incidents: stay at or below it). The plan's values are the defaults.</translation>
    </message>
    <message>
      <source>plan: {value}</source>
      <translation>plan: {value}</translation>
    </message>
    <message>
      <source>Restore defaults</source>
      <translation>Restore defaults</translation>
    </message>
    <message>
      <source> a year</source>
      <translation> a year</translation>
    </message>
    <message>
      <source> a month</source>
      <translation> a month</translation>
    </message>
  </context>
  <context>
    <name>TaskForm</name>
    <message>
      <source>New work-log task</source>
      <translation>New work-log task</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>Trade</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>How often</translation>
    </message>
    <message>
      <source>On</source>
      <translation>On</translation>
    </message>
    <message>
      <source>Day of the month</source>
      <translation>Day of the month</translation>
    </message>
    <message>
      <source>Usual time</source>
      <translation>Usual time</translation>
    </message>
    <message>
      <source>Usually done by</source>
      <translation>Usually done by</translation>
    </message>
    <message>
      <source>Nobody in particular</source>
      <translation>Nobody in particular</translation>
    </message>
  </context>
  <context>
    <name>TaskModel</name>
    <message>
      <source>Trade</source>
      <translation>Trade</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>Frequency</translation>
    </message>
    <message>
      <source>Usual time</source>
      <translation>Usual time</translation>
    </message>
    <message>
      <source>Usually done by</source>
      <translation>Usually done by</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Since</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>Retired</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>Live</translation>
    </message>
  </context>
  <context>
    <name>TaskPanel</name>
    <message>
      <source>Show retired tasks</source>
      <translation>Show retired tasks</translation>
    </message>
    <message>
      <source>New task… (Ctrl+N)</source>
      <translation>New task… (Ctrl+N)</translation>
    </message>
    <message>
      <source>Retire task</source>
      <translation>Retire task</translation>
    </message>
    <message>
      <source>Load the default tasks</source>
      <translation>Load the default tasks</translation>
    </message>
    <message>
      <source>Retire “{task}” of {area}? It is planned no more from today.</source>
      <translation>Retire “{task}” of {area}? It is planned no more from today.</translation>
    </message>
    <message>
      <source>{n} default tasks added.</source>
      <translation>{n} default tasks added.</translation>
    </message>
  </context>
  <context>
    <name>TemplateChoiceDialog</name>
    <message>
      <source>New inspection</source>
      <translation>New inspection</translation>
    </message>
    <message>
      <source>{name} · {kind} · {frequency}</source>
      <translation>{name} · {kind} · {frequency}</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
  </context>
  <context>
    <name>TemplateEditDialog</name>
    <message>
      <source>Edit checklist: {name}</source>
      <translation>Edit checklist: {name}</translation>
    </message>
    <message>
      <source>New checklist</source>
      <translation>New checklist</translation>
    </message>
    <message>
      <source>Saving makes version {next} of this checklist. Inspections already recorded keep version {current} as they were made.</source>
      <translation>Saving makes version {next} of this checklist. Inspections already recorded keep version {current} as they were made.</translation>
    </message>
    <message>
      <source>The new checklist is owed from today in each of its areas.</source>
      <translation>The new checklist is owed from today in each of its areas.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Inspects</source>
      <translation>Inspects</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>Frequency</translation>
    </message>
    <message>
      <source>One area a line</source>
      <translation>One area a line</translation>
    </message>
    <message>
      <source>Areas (one a line)</source>
      <translation>Areas (one a line)</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
  </context>
  <context>
    <name>TemplateFile</name>
    <message>
      <source>Save template</source>
      <translation>Save template</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Template saved to {path}</source>
      <translation>Template saved to {path}</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsDelegate</name>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsEditModel</name>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Low limit</source>
      <translation>Low limit</translation>
    </message>
    <message>
      <source>High limit</source>
      <translation>High limit</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Required</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Equipment</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsEditor</name>
    <message>
      <source>No items yet: Ctrl+N adds one</source>
      <translation>No items yet: Ctrl+N adds one</translation>
    </message>
    <message>
      <source>Add item</source>
      <translation>Add item</translation>
    </message>
    <message>
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Ctrl+Up</source>
      <translation>Ctrl+Up</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Ctrl+Down</source>
      <translation>Ctrl+Down</translation>
    </message>
    <message>
      <source>Type or F2: edit a cell · Space: required or not · Ctrl+N: add · Delete: remove · Ctrl+Up / Ctrl+Down: move</source>
      <translation>Type or F2: edit a cell · Space: required or not · Ctrl+N: add · Delete: remove · Ctrl+Up / Ctrl+Down: move</translation>
    </message>
    <message>
      <source>No. {n}</source>
      <translation>No. {n}</translation>
    </message>
  </context>
  <context>
    <name>TemplateItemsModel</name>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Unit and limits</source>
      <translation>Unit and limits</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Answer</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Equipment</translation>
    </message>
  </context>
  <context>
    <name>TemplateNames</name>
    <message>
      <source>Pass / fail</source>
      <translation>Pass / fail</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Required</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Optional</translation>
    </message>
  </context>
  <context>
    <name>TemplatePanel</name>
    <message>
      <source>Show &amp;retired templates</source>
      <translation>Show &amp;retired templates</translation>
    </message>
    <message>
      <source>Load default templates</source>
      <translation>Load default templates</translation>
    </message>
    <message>
      <source>New template…</source>
      <translation>New template…</translation>
    </message>
    <message>
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Retire…</source>
      <translation>Retire…</translation>
    </message>
    <message>
      <source>No checklist templates yet: a manager loads the default ones</source>
      <translation>No checklist templates yet: a manager loads the default ones</translation>
    </message>
    <message>
      <source>Items of {name}, version {version}</source>
      <translation>Items of {name}, version {version}</translation>
    </message>
    <message>
      <source>Default templates added: {n}.</source>
      <translation>Default templates added: {n}.</translation>
    </message>
    <message>
      <source>Every kind of inspection has a template already.</source>
      <translation>Every kind of inspection has a template already.</translation>
    </message>
    <message>
      <source>Retire the checklist “{name}”? It is no longer due or offered for new inspections; the inspections made with it stay.</source>
      <translation>Retire the checklist “{name}”? It is no longer due or offered for new inspections; the inspections made with it stay.</translation>
    </message>
  </context>
  <context>
    <name>TemplateTableModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>Frequency</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Areas</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Owed from</source>
      <translation>Owed from</translation>
    </message>
  </context>
  <context>
    <name>TicketDetailPanel</name>
    <message>
      <source>Ticket</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Timeline</translation>
    </message>
    <message>
      <source>Print dispatch slip…</source>
      <translation>Print dispatch slip…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Hide the ticket: the list takes the whole height</source>
      <translation>Hide the ticket: the list takes the whole height</translation>
    </message>
    <message>
      <source>{number} — {state}</source>
      <translation>{number} — {state}</translation>
    </message>
    <message>
      <source>Login: {login}</source>
      <translation>Login: {login}</translation>
    </message>
  </context>
  <context>
    <name>TicketExport</name>
    <message>
      <source>Exporting repair tickets…</source>
      <translation>Exporting repair tickets…</translation>
    </message>
    <message>
      <source>Exporting repair tickets: {n} rows…</source>
      <translation>Exporting repair tickets: {n} rows…</translation>
    </message>
  </context>
  <context>
    <name>TicketFilterBar</name>
    <message>
      <source>Open tickets</source>
      <translation>Open tickets</translation>
    </message>
    <message>
      <source>All tickets</source>
      <translation>All tickets</translation>
    </message>
    <message>
      <source>Any priority</source>
      <translation>Any priority</translation>
    </message>
    <message>
      <source>Any category</source>
      <translation>Any category</translation>
    </message>
    <message>
      <source>My tickets ({name})</source>
      <translation>My tickets ({name})</translation>
    </message>
    <message>
      <source>Any technician</source>
      <translation>Any technician</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <source>Stale only</source>
      <translation>Stale only</translation>
    </message>
    <message>
      <source>Ticket number, unit, name or phone</source>
      <translation>Ticket number, unit, name or phone</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>Technician</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
  </context>
  <context>
    <name>TicketForm</name>
    <message>
      <source>New repair ticket</source>
      <translation>New repair ticket</translation>
    </message>
    <message>
      <source>Unit, name or phone, then Enter</source>
      <translation>Unit, name or phone, then Enter</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>e.g. 3-2-1502</translation>
    </message>
    <message>
      <source>or the common area, e.g. lift of building 5</source>
      <translation>or the common area, e.g. lift of building 5</translation>
    </message>
    <message>
      <source>Paid repair (the resident pays)</source>
      <translation>Paid repair (the resident pays)</translation>
    </message>
    <message>
      <source>what is wrong, where exactly</source>
      <translation>what is wrong, where exactly</translation>
    </message>
    <message>
      <source>Look up (F4)</source>
      <translation>Look up (F4)</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>Reporter</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Common area</source>
      <translation>Common area</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Repair ticket</source>
      <translation>Repair ticket</translation>
    </message>
    <message>
      <source>{number} · {area} · failed: {item}</source>
      <translation>{number} · {area} · failed: {item}</translation>
    </message>
    <message>
      <source>Repair category</source>
      <translation>Repair category</translation>
    </message>
    <message>
      <source>What is wrong</source>
      <translation>What is wrong</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <source>Charge</source>
      <translation>Charge</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>Fault</translation>
    </message>
    <message>
      <source>Reported via</source>
      <translation>Reported via</translation>
    </message>
    <message>
      <source>{who} (match {n} of {total}; F4 for the next)</source>
      <translation>{who} (match {n} of {total}; F4 for the next)</translation>
    </message>
  </context>
  <context>
    <name>TicketListView</name>
    <message>
      <source>Tickets {first}–{last}</source>
      <translation>Tickets {first}–{last}</translation>
    </message>
    <message>
      <source>No tickets</source>
      <translation>No tickets</translation>
    </message>
    <message>
      <source>Repair tickets</source>
      <translation>Repair tickets</translation>
    </message>
  </context>
  <context>
    <name>TicketTableModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Reported at</source>
      <translation>Reported at</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Fault</source>
      <translation>Fault</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>Reporter</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>Technician</translation>
    </message>
    <message>
      <source>Time used</source>
      <translation>Time used</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Time left</translation>
    </message>
    <message>
      <source>Overdue by</source>
      <translation>Overdue by</translation>
    </message>
  </context>
  <context>
    <name>TimelineTableModel</name>
    <message>
      <source>Login: {login}</source>
      <translation>Login: {login}</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>From → to</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>TrendChart</name>
    <message>
      <source>Monthly scores, {year}</source>
      <translation>Monthly scores, {year}</translation>
    </message>
  </context>
  <context>
    <name>UnitForm</name>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>from the room number</source>
      <translation>from the room number</translation>
    </message>
    <message>
      <source>Building</source>
      <translation>Building</translation>
    </message>
    <message>
      <source>Entrance</source>
      <translation>Entrance</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Room</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>Floor</translation>
    </message>
    <message>
      <source>Area (m²)</source>
      <translation>Area (m²)</translation>
    </message>
  </context>
  <context>
    <name>UnitsTableModel</name>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>Floor</translation>
    </message>
    <message>
      <source>Area (m²)</source>
      <translation>Area (m²)</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <source>Users</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>Add user…</translation>
    </message>
    <message>
      <source>Disable…</source>
      <translation>Disable…</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>Reset password…</translation>
    </message>
    <message>
      <source>Change role…</source>
      <translation>Change role…</translation>
    </message>
    <message>
      <source>Enable…</source>
      <translation>Enable…</translation>
    </message>
  </context>
  <context>
    <name>UsersTableModel</name>
    <message>
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Last login</source>
      <translation>Last login</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <source>never</source>
      <translation>never</translation>
    </message>
  </context>
  <context>
    <name>VehicleExitDialog</name>
    <message>
      <source>Vehicle leaves</source>
      <translation>Vehicle leaves</translation>
    </message>
    <message>
      <source>Confirm exit</source>
      <translation>Confirm exit</translation>
    </message>
    <message>
      <source>e.g. no new scratches</source>
      <translation>e.g. no new scratches</translation>
    </message>
    <message>
      <source>Permit handed back</source>
      <translation>Permit handed back</translation>
    </message>
    <message>
      <source>Print a receipt</source>
      <translation>Print a receipt</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>Plate</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>Vehicle</translation>
    </message>
    <message>
      <source>Entered at (ask the driver)</source>
      <translation>Entered at (ask the driver)</translation>
    </message>
    <message>
      <source>No entry on record: the time the driver states is recorded.</source>
      <translation>No entry on record: the time the driver states is recorded.</translation>
    </message>
    <message>
      <source>Entered at</source>
      <translation>Entered at</translation>
    </message>
    <message>
      <source>Time inside</source>
      <translation>Time inside</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Fee</translation>
    </message>
    <message>
      <source>Exterior check</source>
      <translation>Exterior check</translation>
    </message>
    <message>
      <source>Permit</source>
      <translation>Permit</translation>
    </message>
    <message>
      <source>free: resident's vehicle</source>
      <translation>free: resident's vehicle</translation>
    </message>
    <message>
      <source>free: within the free minutes</source>
      <translation>free: within the free minutes</translation>
    </message>
    <message>
      <source>free: no time inside</source>
      <translation>free: no time inside</translation>
    </message>
    <message>
      <source>daily cap applied</source>
      <translation>daily cap applied</translation>
    </message>
    <message>
      <source>Registered vehicle</source>
      <translation>Registered vehicle</translation>
    </message>
    <message>
      <source>Visitor vehicle, permit {permit}</source>
      <translation>Visitor vehicle, permit {permit}</translation>
    </message>
    <message>
      <source>Visitor vehicle</source>
      <translation>Visitor vehicle</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
  </context>
  <context>
    <name>VehicleForm</name>
    <message>
      <source>Register a vehicle</source>
      <translation>Register a vehicle</translation>
    </message>
    <message>
      <source>e.g. 粤B12345 or 粤BD12345</source>
      <translation>e.g. 粤B12345 or 粤BD12345</translation>
    </message>
    <message>
      <source>brand and colour</source>
      <translation>brand and colour</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>Plate</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Parking space</source>
      <translation>Parking space</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
  </context>
  <context>
    <name>VehiclePanel</name>
    <message>
      <source>Vehicles</source>
      <translation>Vehicles</translation>
    </message>
    <message>
      <source>Plate coming in, then Enter</source>
      <translation>Plate coming in, then Enter</translation>
    </message>
    <message>
      <source>Plate going out, then Enter</source>
      <translation>Plate going out, then Enter</translation>
    </message>
    <message>
      <source>In (F3)</source>
      <translation>In (F3)</translation>
    </message>
    <message>
      <source>Out (F4)</source>
      <translation>Out (F4)</translation>
    </message>
    <message>
      <source>{plate} in: visitor's vehicle for {unit} ({purpose})</source>
      <translation>{plate} in: visitor's vehicle for {unit} ({purpose})</translation>
    </message>
    <message>
      <source>Hand over permit {permit}.</source>
      <translation>Hand over permit {permit}.</translation>
    </message>
    <message>
      <source>{plate} in: registered to {name} ({unit})</source>
      <translation>{plate} in: registered to {name} ({unit})</translation>
    </message>
    <message>
      <source>{plate} out: {fee} collected</source>
      <translation>{plate} out: {fee} collected</translation>
    </message>
  </context>
  <context>
    <name>VehiclesInsideTableModel</name>
    <message>
      <source>registered</source>
      <translation>registered</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Owner / purpose</source>
      <translation>Owner / purpose</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>Plate</translation>
    </message>
    <message>
      <source>Permit</source>
      <translation>Permit</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Since</translation>
    </message>
  </context>
  <context>
    <name>VehiclesTableModel</name>
    <message>
      <source>Plate</source>
      <translation>Plate</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Parking space</source>
      <translation>Parking space</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
  </context>
  <context>
    <name>VerdictForm</name>
    <message>
      <source>The complainant is</source>
      <translation>The complainant is</translation>
    </message>
  </context>
  <context>
    <name>VisitorCarForm</name>
    <message>
      <source>Visitor's vehicle</source>
      <translation>Visitor's vehicle</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>Plate</translation>
    </message>
    <message>
      <source>Unit visited</source>
      <translation>Unit visited</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>e.g. 3-2-1502</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Purpose</translation>
    </message>
  </context>
  <context>
    <name>VisitorForm</name>
    <message>
      <source>New visitor</source>
      <translation>New visitor</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <source>e.g. 3-2-1502</source>
      <translation>e.g. 3-2-1502</translation>
    </message>
    <message>
      <source>By phone</source>
      <translation>By phone</translation>
    </message>
    <message>
      <source>By intercom</source>
      <translation>By intercom</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>In person</translation>
    </message>
    <message>
      <source>the resident who agreed</source>
      <translation>the resident who agreed</translation>
    </message>
    <message>
      <source>Visitor's name</source>
      <translation>Visitor's name</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>Unit visited</source>
      <translation>Unit visited</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <source>How confirmed</source>
      <translation>How confirmed</translation>
    </message>
    <message>
      <source>Confirmed by</source>
      <translation>Confirmed by</translation>
    </message>
  </context>
  <context>
    <name>VoidNoticeDialog</name>
    <message>
      <source>Void notice {number}</source>
      <translation>Void notice {number}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>VoidRow</name>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>The record stays on file, marked void, and is left out of every count. Your name, the time and the reason are kept with it.</source>
      <translation>The record stays on file, marked void, and is left out of every count. Your name, the time and the reason are kept with it.</translation>
    </message>
  </context>
  <context>
    <name>WandCodesModel</name>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Swipes</source>
      <translation>Swipes</translation>
    </message>
    <message>
      <source>Wands</source>
      <translation>Wands</translation>
    </message>
    <message>
      <source>Mapped to</source>
      <translation>Mapped to</translation>
    </message>
    <message>
      <source>not mapped</source>
      <translation>not mapped</translation>
    </message>
  </context>
  <context>
    <name>WandCodesPage</name>
    <message>
      <source>Map each new code to the checkpoint its tag is fixed at, or to the guard whose card it is. Mappings are kept for every later file; a code left unmapped is listed with its swipes, not made part of a round.</source>
      <translation>Map each new code to the checkpoint its tag is fixed at, or to the guard whose card it is. Mappings are kept for every later file; a code left unmapped is listed with its swipes, not made part of a round.</translation>
    </message>
    <message>
      <source>Map to this checkpoint</source>
      <translation>Map to this checkpoint</translation>
    </message>
    <message>
      <source>Map to this guard</source>
      <translation>Map to this guard</translation>
    </message>
    <message>
      <source>Leave unmapped</source>
      <translation>Leave unmapped</translation>
    </message>
    <message>
      <source>Checkpoint (a tag)</source>
      <translation>Checkpoint (a tag)</translation>
    </message>
    <message>
      <source>Guard (a card)</source>
      <translation>Guard (a card)</translation>
    </message>
  </context>
  <context>
    <name>WandColumnsPage</name>
    <message>
      <source>Wand model</source>
      <translation>Wand model</translation>
    </message>
    <message>
      <source>e.g. L-9000: the columns are remembered under this name</source>
      <translation>e.g. L-9000: the columns are remembered under this name</translation>
    </message>
    <message>
      <source>Device (wand number)</source>
      <translation>Device (wand number)</translation>
    </message>
    <message>
      <source>Card or tag code</source>
      <translation>Card or tag code</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Date (when apart from the time)</source>
      <translation>Date (when apart from the time)</translation>
    </message>
    <message>
      <source>The file's first rows:</source>
      <translation>The file's first rows:</translation>
    </message>
    <message>
      <source>Which column of {file} holds what? The choice is remembered for the wand model named below, so its next file is read without asking.</source>
      <translation>Which column of {file} holds what? The choice is remembered for the wand model named below, so its next file is read without asking.</translation>
    </message>
    <message>
      <source>— none: the time column holds the date —</source>
      <translation>— none: the time column holds the date —</translation>
    </message>
  </context>
  <context>
    <name>WandImportDialog</name>
    <message>
      <source>Import patrol wand records</source>
      <translation>Import patrol wand records</translation>
    </message>
    <message>
      <source>Choose the wand model, then the file its software exported (CSV or Excel). The columns of a new model and each new code are asked about once; the same file imported again adds nothing.</source>
      <translation>Choose the wand model, then the file its software exported (CSV or Excel). The columns of a new model and each new code are asked about once; the same file imported again adds nothing.</translation>
    </message>
    <message>
      <source>The template's columns ({columns})</source>
      <translation>The template's columns ({columns})</translation>
    </message>
    <message>
      <source>Choose a model, or type the name of a new one</source>
      <translation>Choose a model, or type the name of a new one</translation>
    </message>
    <message>
      <source>Wand &amp;model</source>
      <translation>Wand &amp;model</translation>
    </message>
    <message>
      <source>Download template…</source>
      <translation>Download template…</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <source>Change code mappings…</source>
      <translation>Change code mappings…</translation>
    </message>
    <message>
      <source>&lt; Back</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <source>Next &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Save and preview &gt;</source>
      <translation>Save and preview &gt;</translation>
    </message>
    <message>
      <source>Preview &gt;</source>
      <translation>Preview &gt;</translation>
    </message>
    <message>
      <source>Choose the wand's file</source>
      <translation>Choose the wand's file</translation>
    </message>
    <message>
      <source>Wand records (*.csv *.txt *.xlsx);;All files (*)</source>
      <translation>Wand records (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
      <source>Rounds ({n})</source>
      <translation>Rounds ({n})</translation>
    </message>
    <message>
      <source>Swipes listed ({n})</source>
      <translation>Swipes listed ({n})</translation>
    </message>
    <message>
      <source>Rows not read ({n})</source>
      <translation>Rows not read ({n})</translation>
    </message>
    <message>
      <source>Imported from {file}: {r} rounds made; {l} swipes listed with a problem.</source>
      <translation>Imported from {file}: {r} rounds made; {l} swipes listed with a problem.</translation>
    </message>
    <message>
      <source>{e} of the {t} rows of {file} cannot be read. Nothing will be imported until every row is right: correct the file (or choose other columns) and choose it again.</source>
      <translation>{e} of the {t} rows of {file} cannot be read. Nothing will be imported until every row is right: correct the file (or choose other columns) and choose it again.</translation>
    </message>
    <message>
      <source>{file}, {t} rows: {r} rounds will be made; {l} swipes are listed with a problem. Nothing has been written yet: press Import.</source>
      <translation>{file}, {t} rows: {r} rounds will be made; {l} swipes are listed with a problem. Nothing has been written yet: press Import.</translation>
    </message>
    <message>
      <source>Already imported: {n} swipes (they add nothing).</source>
      <translation>Already imported: {n} swipes (they add nothing).</translation>
    </message>
    <message>
      <source>{n} rows repeat another row of the file.</source>
      <translation>{n} rows repeat another row of the file.</translation>
    </message>
    <message>
      <source>{n} codes are not mapped: their swipes are kept and listed, not made rounds.</source>
      <translation>{n} codes are not mapped: their swipes are kept and listed, not made rounds.</translation>
    </message>
  </context>
  <context>
    <name>WandListedModel</name>
    <message>
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Wand</source>
      <translation>Wand</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
  </context>
  <context>
    <name>WandNames</name>
    <message>
      <source>Code not mapped</source>
      <translation>Code not mapped</translation>
    </message>
    <message>
      <source>Checkpoint out of service</source>
      <translation>Checkpoint out of service</translation>
    </message>
    <message>
      <source>Guard card, no checkpoint after it</source>
      <translation>Guard card, no checkpoint after it</translation>
    </message>
    <message>
      <source>Touched twice</source>
      <translation>Touched twice</translation>
    </message>
    <message>
      <source>No guard card before it</source>
      <translation>No guard card before it</translation>
    </message>
    <message>
      <source>Slot already answered</source>
      <translation>Slot already answered</translation>
    </message>
    <message>
      <source>Wand clock wrong (future or too old)</source>
      <translation>Wand clock wrong (future or too old)</translation>
    </message>
    <message>
      <source>Slot already answered by round {number}</source>
      <translation>Slot already answered by round {number}</translation>
    </message>
    <message>
      <source>Slot already answered by another round of this file</source>
      <translation>Slot already answered by another round of this file</translation>
    </message>
  </context>
  <context>
    <name>WandRoundsModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Wand</source>
      <translation>Wand</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Guard</source>
      <translation>Guard</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Started</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>Slot</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <source>Checkpoints</source>
      <translation>Checkpoints</translation>
    </message>
    <message>
      <source>{name} (no guard card)</source>
      <translation>{name} (no guard card)</translation>
    </message>
    <message>
      <source>({n} touched twice)</source>
      <translation>({n} touched twice)</translation>
    </message>
  </context>
  <context>
    <name>WandRowErrorsModel</name>
    <message>
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
  </context>
  <context>
    <name>WandSampleModel</name>
    <message>
      <source>Row</source>
      <translation>Row</translation>
    </message>
  </context>
  <context>
    <name>WeekModel</name>
    <message>
      <source>Trade</source>
      <translation>Trade</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>Frequency</translation>
    </message>
  </context>
  <context>
    <name>WeekPanel</name>
    <message>
      <source>◀ Previous week</source>
      <translation>◀ Previous week</translation>
    </message>
    <message>
      <source>Next week ▶</source>
      <translation>Next week ▶</translation>
    </message>
    <message>
      <source>Both trades</source>
      <translation>Both trades</translation>
    </message>
    <message>
      <source>Print week sheet…</source>
      <translation>Print week sheet…</translation>
    </message>
    <message>
      <source>Week of</source>
      <translation>Week of</translation>
    </message>
    <message>
      <source>Trade</source>
      <translation>Trade</translation>
    </message>
    <message>
      <source>{first} to {last}</source>
      <translation>{first} to {last}</translation>
    </message>
  </context>
  <context>
    <name>WindowsDelegate</name>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
  </context>
  <context>
    <name>WindowsTableModel</name>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Every (min)</source>
      <translation>Every (min)</translation>
    </message>
  </context>
  <context>
    <name>WorkloadTableModel</name>
    <message>
      <source>Technician</source>
      <translation>Technician</translation>
    </message>
    <message>
      <source>(not dispatched yet)</source>
      <translation>(not dispatched yet)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Stale</source>
      <translation>Stale</translation>
    </message>
  </context>
  <context>
    <name>WorklogNames</name>
    <message>
      <source>Cleaning</source>
      <translation>Cleaning</translation>
    </message>
    <message>
      <source>Greening</source>
      <translation>Greening</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Not done</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Missing</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <source>Extra</source>
      <translation>Extra</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>Daily</translation>
    </message>
    <message>
      <source>On weekdays</source>
      <translation>On weekdays</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Weekly</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Monthly</translation>
    </message>
    <message>
      <source>Monthly: day {day}</source>
      <translation>Monthly: day {day}</translation>
    </message>
    <message>
      <source>Weekly: {days}</source>
      <translation>Weekly: {days}</translation>
    </message>
  </context>
  <context>
    <name>WorklogPrinting</name>
    <message>
      <source>Week's work sheet from {monday}</source>
      <translation>Week's work sheet from {monday}</translation>
    </message>
  </context>
  <context>
    <name>WorklogsTab</name>
    <message>
      <source>Entries</source>
      <translation>Entries</translation>
    </message>
    <message>
      <source>Week plan</source>
      <translation>Week plan</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>Tasks</translation>
    </message>
    <message>
      <source>Log an area… (F2)</source>
      <translation>Log an area… (F2)</translation>
    </message>
    <message>
      <source>Work logs</source>
      <translation>Work logs</translation>
    </message>
    <message>
      <source>Void entry…</source>
      <translation>Void entry…</translation>
    </message>
    <message>
      <source>No tasks yet: add them on the Tasks page.</source>
      <translation>No tasks yet: add them on the Tasks page.</translation>
    </message>
    <message>
      <source>{n} entries saved.</source>
      <translation>{n} entries saved.</translation>
    </message>
    <message>
      <source>Void {task} of {area} on {day}</source>
      <translation>Void {task} of {area} on {day}</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>_FindingForm</name>
    <message>
      <source>{number} · {checkpoint} {place} · {category}: {seen} ({at})</source>
      <translation>{number} · {checkpoint} {place} · {category}: {seen} ({at})</translation>
    </message>
  </context>
  <context>
    <name>_InquiryForm</name>
    <message>
      <source>{number} · {kind} · {at}: {question}</source>
      <translation>{number} · {kind} · {at}: {question}</translation>
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
      <source>The database server cannot be reached. Nothing was saved; check this station's network cable and that the server is on, then try again.</source>
      <translation>The database server cannot be reached. Nothing was saved; check this station's network cable and that the server is on, then try again.</translation>
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
      <source>The data folder {folder} cannot be written to ({reason}). Choose another folder with --data-dir or fix its permissions.</source>
      <translation>The data folder {folder} cannot be written to ({reason}). Choose another folder with --data-dir or fix its permissions.</translation>
    </message>
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
      <source>The address can have at most 200 characters.</source>
      <translation>The address can have at most 200 characters.</translation>
    </message>
    <message>
      <source>The hotline is a phone number, e.g. 0755-12345678.</source>
      <translation>The hotline is a phone number, e.g. 0755-12345678.</translation>
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
    <message>
      <source>Enter 0 (never) or a number of minutes from 1 to {limit}.</source>
      <translation>Enter 0 (never) or a number of minutes from 1 to {limit}.</translation>
    </message>
    <message>
      <source>Give the admin password in PROPDESK_ADMIN_PASSWORD or type it.</source>
      <translation>Give the admin password in PROPDESK_ADMIN_PASSWORD or type it.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <source>{text} is not a valid number (e.g. WX202611-0001).</source>
      <translation>{text} is not a valid number (e.g. WX202611-0001).</translation>
    </message>
    <message>
      <source>Not a valid ID card number (18 characters, the last a digit or X, with a matching check digit).</source>
      <translation>Not a valid ID card number (18 characters, the last a digit or X, with a matching check digit).</translation>
    </message>
    <message>
      <source>Not a valid phone number (a mobile has 11 digits starting with 1).</source>
      <translation>Not a valid phone number (a mobile has 11 digits starting with 1).</translation>
    </message>
    <message>
      <source>This text contains a character that cannot be stored; retype it.</source>
      <translation>This text contains a character that cannot be stored; retype it.</translation>
    </message>
    <message>
      <source>A plate has 7 characters (8 for new-energy vehicles).</source>
      <translation>A plate has 7 characters (8 for new-energy vehicles).</translation>
    </message>
    <message>
      <source>Enter the plate number.</source>
      <translation>Enter the plate number.</translation>
    </message>
    <message>
      <source>{plate}: a plate starts with a province character such as 粤 or 京.</source>
      <translation>{plate}: a plate starts with a province character such as 粤 or 京.</translation>
    </message>
    <message>
      <source>{plate}: a plate has 7 characters (8 for new-energy vehicles), not {n}.</source>
      <translation>{plate}: a plate has 7 characters (8 for new-energy vehicles), not {n}.</translation>
    </message>
    <message>
      <source>{plate}: plates never use the letters I or O (use 1 or 0).</source>
      <translation>{plate}: plates never use the letters I or O (use 1 or 0).</translation>
    </message>
    <message>
      <source>{plate}: a new-energy plate has D or F after the city letter (粤BD12345) or at the end (粤B12345D).</source>
      <translation>{plate}: a new-energy plate has D or F after the city letter (粤BD12345) or at the end (粤B12345D).</translation>
    </message>
    <message>
      <source>{plate}: after the province comes the city letter, then 5 letters or digits.</source>
      <translation>{plate}: after the province comes the city letter, then 5 letters or digits.</translation>
    </message>
    <message>
      <source>There are no columns to export.</source>
      <translation>There are no columns to export.</translation>
    </message>
    <message>
      <source>The sheet {title} would have more than {limit} rows, more than Excel can open. Export fewer days at a time.</source>
      <translation>The sheet {title} would have more than {limit} rows, more than Excel can open. Export fewer days at a time.</translation>
    </message>
    <message>
      <source>The export was cancelled.</source>
      <translation>The export was cancelled.</translation>
    </message>
    <message>
      <source>{path} cannot be written. Check that the folder exists and may be written to, that the file is not open in another program, and that the disk is not full.</source>
      <translation>{path} cannot be written. Check that the folder exists and may be written to, that the file is not open in another program, and that the disk is not full.</translation>
    </message>
    <message>
      <source>The user name needs 2 to 40 letters, digits, dots, dashes or underscores.</source>
      <translation>The user name needs 2 to 40 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
      <source>Enter the person's name (at most 60 characters).</source>
      <translation>Enter the person's name (at most 60 characters).</translation>
    </message>
    <message>
      <source>The password needs at least {n} characters.</source>
      <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
      <source>The password can have at most {limit} characters.</source>
      <translation>The password can have at most {limit} characters.</translation>
    </message>
    <message>
      <source>Choose a role from the list.</source>
      <translation>Choose a role from the list.</translation>
    </message>
    <message>
      <source>The reason can have at most {limit} characters.</source>
      <translation>The reason can have at most {limit} characters.</translation>
    </message>
    <message>
      <source>An administrator already exists.</source>
      <translation>An administrator already exists.</translation>
    </message>
    <message>
      <source>Wrong user name or password.</source>
      <translation>Wrong user name or password.</translation>
    </message>
    <message>
      <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
      <translation>Too many wrong passwords. Try again in {seconds} seconds.</translation>
    </message>
    <message>
      <source>The user name {name} is taken.</source>
      <translation>The user name {name} is taken.</translation>
    </message>
    <message>
      <source>No such user.</source>
      <translation>No such user.</translation>
    </message>
    <message>
      <source>You cannot disable yourself or take away your own admin role.</source>
      <translation>You cannot disable yourself or take away your own admin role.</translation>
    </message>
    <message>
      <source>At least one active administrator must remain.</source>
      <translation>At least one active administrator must remain.</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this ({module}: {action}).</source>
      <translation>Your role ({role}) may not do this ({module}: {action}).</translation>
    </message>
    <message>
      <source>The database file is damaged or is not a propdesk database. It was moved aside unchanged as {aside}; restore the newest backup.</source>
      <translation>The database file is damaged or is not a propdesk database. It was moved aside unchanged as {aside}; restore the newest backup.</translation>
    </message>
    <message>
      <source>There is nothing to back up yet: no estate is set up in this database. Set up the estate first, or restore a backup.</source>
      <translation>There is nothing to back up yet: no estate is set up in this database. Set up the estate first, or restore a backup.</translation>
    </message>
    <message>
      <source>The database itself is damaged ({finding}), so no backup was made. Do not back up over the backups you have: restore the newest good backup, {backup} ({when}).</source>
      <translation>The database itself is damaged ({finding}), so no backup was made. Do not back up over the backups you have: restore the newest good backup, {backup} ({when}).</translation>
    </message>
    <message>
      <source>The database itself is damaged ({finding}), so no backup was made, and the backup folder holds no good backup to restore. Keep the database file as it is and call for help.</source>
      <translation>The database itself is damaged ({finding}), so no backup was made, and the backup folder holds no good backup to restore. Keep the database file as it is and call for help.</translation>
    </message>
    <message>
      <source>The file {name} does not exist.</source>
      <translation>The file {name} does not exist.</translation>
    </message>
    <message>
      <source>{name} is not a usable propdesk backup (damaged or not a database).</source>
      <translation>{name} is not a usable propdesk backup (damaged or not a database).</translation>
    </message>
    <message>
      <source>Enter the building number (at most 10 characters).</source>
      <translation>Enter the building number (at most 10 characters).</translation>
    </message>
    <message>
      <source>The building name can have at most 60 characters.</source>
      <translation>The building name can have at most 60 characters.</translation>
    </message>
    <message>
      <source>Floors must be between 1 and {max}.</source>
      <translation>Floors must be between 1 and {max}.</translation>
    </message>
    <message>
      <source>Building {code} already exists.</source>
      <translation>Building {code} already exists.</translation>
    </message>
    <message>
      <source>Building {code} has {n} units whose numbers start with its code: it keeps its code.</source>
      <translation>Building {code} has {n} units whose numbers start with its code: it keeps its code.</translation>
    </message>
    <message>
      <source>Building {code} still has {n} units: it cannot be voided.</source>
      <translation>Building {code} still has {n} units: it cannot be voided.</translation>
    </message>
    <message>
      <source>No such building.</source>
      <translation>No such building.</translation>
    </message>
    <message>
      <source>The scale must be above 0 and at most {max}.</source>
      <translation>The scale must be above 0 and at most {max}.</translation>
    </message>
    <message>
      <source>The years of gate traffic must be 0 to {max}.</source>
      <translation>The years of gate traffic must be 0 to {max}.</translation>
    </message>
    <message>
      <source>The database already has buildings or residents; demo data goes only into an empty one.</source>
      <translation>The database already has buildings or residents; demo data goes only into an empty one.</translation>
    </message>
    <message>
      <source>A card number has 4 to 32 letters or digits.</source>
      <translation>A card number has 4 to 32 letters or digits.</translation>
    </message>
    <message>
      <source>{name} is not a resident of {unit}.</source>
      <translation>{name} is not a resident of {unit}.</translation>
    </message>
    <message>
      <source>Choose the card's status from the list.</source>
      <translation>Choose the card's status from the list.</translation>
    </message>
    <message>
      <source>Card {number} is already registered.</source>
      <translation>Card {number} is already registered.</translation>
    </message>
    <message>
      <source>Say why the card's status changes.</source>
      <translation>Say why the card's status changes.</translation>
    </message>
    <message>
      <source>No such card.</source>
      <translation>No such card.</translation>
    </message>
    <message>
      <source>Nobody handles this complaint yet: assign it first.</source>
      <translation>Nobody handles this complaint yet: assign it first.</translation>
    </message>
    <message>
      <source>Assign the complaint to a department and a person before answering it.</source>
      <translation>Assign the complaint to a department and a person before answering it.</translation>
    </message>
    <message>
      <source>Record the answer given before the complainant's verdict.</source>
      <translation>Record the answer given before the complainant's verdict.</translation>
    </message>
    <message>
      <source>A complaint closes when the complainant is satisfied; otherwise a manager closes it with a reason.</source>
      <translation>A complaint closes when the complainant is satisfied; otherwise a manager closes it with a reason.</translation>
    </message>
    <message>
      <source>The follow-up visit is recorded after the complaint is closed.</source>
      <translation>The follow-up visit is recorded after the complaint is closed.</translation>
    </message>
    <message>
      <source>This step has already been recorded for this complaint.</source>
      <translation>This step has already been recorded for this complaint.</translation>
    </message>
    <message>
      <source>This complaint was voided; no further step is possible.</source>
      <translation>This complaint was voided; no further step is possible.</translation>
    </message>
    <message>
      <source>A complaint is received once, when it is taken.</source>
      <translation>A complaint is received once, when it is taken.</translation>
    </message>
    <message>
      <source>The complaint is already assigned: reassign it instead.</source>
      <translation>The complaint is already assigned: reassign it instead.</translation>
    </message>
    <message>
      <source>The complainant is satisfied: close the complaint with its root cause.</source>
      <translation>The complainant is satisfied: close the complaint with its root cause.</translation>
    </message>
    <message>
      <source>This complaint is closed; only its follow-up visit can be recorded.</source>
      <translation>This complaint is closed; only its follow-up visit can be recorded.</translation>
    </message>
    <message>
      <source>Choose the department responsible.</source>
      <translation>Choose the department responsible.</translation>
    </message>
    <message>
      <source>Choose the person responsible.</source>
      <translation>Choose the person responsible.</translation>
    </message>
    <message>
      <source>Describe what the investigation found.</source>
      <translation>Describe what the investigation found.</translation>
    </message>
    <message>
      <source>Describe the resolution given to the complainant.</source>
      <translation>Describe the resolution given to the complainant.</translation>
    </message>
    <message>
      <source>Record whether the complainant is satisfied.</source>
      <translation>Record whether the complainant is satisfied.</translation>
    </message>
    <message>
      <source>Give the reason for closing without satisfaction.</source>
      <translation>Give the reason for closing without satisfaction.</translation>
    </message>
    <message>
      <source>Choose the root cause.</source>
      <translation>Choose the root cause.</translation>
    </message>
    <message>
      <source>Describe the root cause.</source>
      <translation>Describe the root cause.</translation>
    </message>
    <message>
      <source>Describe the corrective action.</source>
      <translation>Describe the corrective action.</translation>
    </message>
    <message>
      <source>Give a reason for voiding.</source>
      <translation>Give a reason for voiding.</translation>
    </message>
    <message>
      <source>Enter who made the follow-up visit.</source>
      <translation>Enter who made the follow-up visit.</translation>
    </message>
    <message>
      <source>Choose how the follow-up was made.</source>
      <translation>Choose how the follow-up was made.</translation>
    </message>
    <message>
      <source>Describe the result of the follow-up.</source>
      <translation>Describe the result of the follow-up.</translation>
    </message>
    <message>
      <source>Enter the resident's name (at most 40 characters).</source>
      <translation>Enter the resident's name (at most 40 characters).</translation>
    </message>
    <message>
      <source>An ID document number has 6 to 30 characters (ID card: 18).</source>
      <translation>An ID document number has 6 to 30 characters (ID card: 18).</translation>
    </message>
    <message>
      <source>Choose owner, tenant or family member.</source>
      <translation>Choose owner, tenant or family member.</translation>
    </message>
    <message>
      <source>The move-out date is before the move-in date.</source>
      <translation>The move-out date is before the move-in date.</translation>
    </message>
    <message>
      <source>This ID number is already recorded for {name} of {unit}.</source>
      <translation>This ID number is already recorded for {name} of {unit}.</translation>
    </message>
    <message>
      <source>No such resident.</source>
      <translation>No such resident.</translation>
    </message>
    <message>
      <source>Use 1 to {limit} letters or digits.</source>
      <translation>Use 1 to {limit} letters or digits.</translation>
    </message>
    <message>
      <source>Area is a number of square metres, e.g. 89.5 (at most 2 decimals).</source>
      <translation>Area is a number of square metres, e.g. 89.5 (at most 2 decimals).</translation>
    </message>
    <message>
      <source>The unit number {code} is longer than {limit} characters.</source>
      <translation>The unit number {code} is longer than {limit} characters.</translation>
    </message>
    <message>
      <source>Floor must be between -5 and 200 (not 0).</source>
      <translation>Floor must be between -5 and 200 (not 0).</translation>
    </message>
    <message>
      <source>Enter a date.</source>
      <translation>Enter a date.</translation>
    </message>
    <message>
      <source>Enter the code: 1 to {limit} letters or digits, with - . / _ between them.</source>
      <translation>Enter the code: 1 to {limit} letters or digits, with - . / _ between them.</translation>
    </message>
    <message>
      <source>Enter the name (at most {limit} characters).</source>
      <translation>Enter the name (at most {limit} characters).</translation>
    </message>
    <message>
      <source>There is no unit {code}.</source>
      <translation>There is no unit {code}.</translation>
    </message>
    <message>
      <source>Give the unit, or describe the place.</source>
      <translation>Give the unit, or describe the place.</translation>
    </message>
    <message>
      <source>No such unit.</source>
      <translation>No such unit.</translation>
    </message>
    <message>
      <source>A parking space code has up to 20 letters or digits.</source>
      <translation>A parking space code has up to 20 letters or digits.</translation>
    </message>
    <message>
      <source>No such vehicle.</source>
      <translation>No such vehicle.</translation>
    </message>
    <message>
      <source>Enter the reason.</source>
      <translation>Enter the reason.</translation>
    </message>
    <message>
      <source>This cell must be filled in.</source>
      <translation>This cell must be filled in.</translation>
    </message>
    <message>
      <source>{value} is too long for Excel to keep as a number: format the column as text and type it again.</source>
      <translation>{value} is too long for Excel to keep as a number: format the column as text and type it again.</translation>
    </message>
    <message>
      <source>Excel turned this cell into a date; format the column as text and type it again.</source>
      <translation>Excel turned this cell into a date; format the column as text and type it again.</translation>
    </message>
    <message>
      <source>Enter a whole number here.</source>
      <translation>Enter a whole number here.</translation>
    </message>
    <message>
      <source>Enter a number here, not a date.</source>
      <translation>Enter a number here, not a date.</translation>
    </message>
    <message>
      <source>{value} is not a date; enter a date such as 2026-11-03.</source>
      <translation>{value} is not a date; enter a date such as 2026-11-03.</translation>
    </message>
    <message>
      <source>{value} is not one of: {choices}.</source>
      <translation>{value} is not one of: {choices}.</translation>
    </message>
    <message>
      <source>The column {column} appears twice.</source>
      <translation>The column {column} appears twice.</translation>
    </message>
    <message>
      <source>Unknown columns: {columns}. Use the column headers of the template.</source>
      <translation>Unknown columns: {columns}. Use the column headers of the template.</translation>
    </message>
    <message>
      <source>Required columns are missing: {columns}.</source>
      <translation>Required columns are missing: {columns}.</translation>
    </message>
    <message>
      <source>Column {column} has data (row {row}) but no header.</source>
      <translation>Column {column} has data (row {row}) but no header.</translation>
    </message>
    <message>
      <source>This row clashes with a record already stored (perhaps a voided one with the same number).</source>
      <translation>This row clashes with a record already stored (perhaps a voided one with the same number).</translation>
    </message>
    <message>
      <source>This row repeats row {row}.</source>
      <translation>This row repeats row {row}.</translation>
    </message>
    <message>
      <source>The import was cancelled.</source>
      <translation>The import was cancelled.</translation>
    </message>
    <message>
      <source>{name} is not an Excel workbook (.xlsx). Save the sheet in Excel as an .xlsx workbook (a .csv or .xls file cannot be imported).</source>
      <translation>{name} is not an Excel workbook (.xlsx). Save the sheet in Excel as an .xlsx workbook (a .csv or .xls file cannot be imported).</translation>
    </message>
    <message>
      <source>{name} could not be read as an Excel workbook (.xlsx). Open it in Excel and save it again.</source>
      <translation>{name} could not be read as an Excel workbook (.xlsx). Open it in Excel and save it again.</translation>
    </message>
    <message>
      <source>{name} has more than {limit} rows. Split it into files of at most {limit} rows.</source>
      <translation>{name} has more than {limit} rows. Split it into files of at most {limit} rows.</translation>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>The file {path} does not exist.</translation>
    </message>
    <message>
      <source>The file {path} cannot be read.</source>
      <translation>The file {path} cannot be read.</translation>
    </message>
    <message>
      <source>{name} is encrypted (password-protected) or an old .xls workbook. Open it in Excel, remove the password if it has one, and save it as an .xlsx workbook.</source>
      <translation>{name} is encrypted (password-protected) or an old .xls workbook. Open it in Excel, remove the password if it has one, and save it as an .xlsx workbook.</translation>
    </message>
    <message>
      <source>{name} is too large to import (over {limit} MB of sheet data).</source>
      <translation>{name} is too large to import (over {limit} MB of sheet data).</translation>
    </message>
    <message>
      <source>The header row of {name} has merged cells ({cells}). Unmerge them so that every column has its own header.</source>
      <translation>The header row of {name} has merged cells ({cells}). Unmerge them so that every column has its own header.</translation>
    </message>
    <message>
      <source>{name} has merged cells ({cells}). Unmerge them and fill in every cell.</source>
      <translation>{name} has merged cells ({cells}). Unmerge them and fill in every cell.</translation>
    </message>
    <message>
      <source>{name} contains XML that is refused for safety (entity declarations), so it was not saved by Excel. Open it in Excel and save it again.</source>
      <translation>{name} contains XML that is refused for safety (entity declarations), so it was not saved by Excel. Open it in Excel and save it again.</translation>
    </message>
    <message>
      <source>{name} has no worksheet.</source>
      <translation>{name} has no worksheet.</translation>
    </message>
    <message>
      <source>The first sheet of {name} is empty: its first row must hold the column headers.</source>
      <translation>The first sheet of {name} is empty: its first row must hold the column headers.</translation>
    </message>
    <message>
      <source>The first sheet of {name} has column headers but no rows to import.</source>
      <translation>The first sheet of {name} has column headers but no rows to import.</translation>
    </message>
    <message>
      <source>Free minutes must be a whole number from 0 to {limit} (24 hours).</source>
      <translation>Free minutes must be a whole number from 0 to {limit} (24 hours).</translation>
    </message>
    <message>
      <source>The hourly rate must be an amount from 0.00 to {most} yuan.</source>
      <translation>The hourly rate must be an amount from 0.00 to {most} yuan.</translation>
    </message>
    <message>
      <source>The daily cap must be an amount from 0.00 to {most} yuan.</source>
      <translation>The daily cap must be an amount from 0.00 to {most} yuan.</translation>
    </message>
    <message>
      <source>Choose whether residents' vehicles park free.</source>
      <translation>Choose whether residents' vehicles park free.</translation>
    </message>
    <message>
      <source>The exit time is before the entry time; check the clock and the times entered.</source>
      <translation>The exit time is before the entry time; check the clock and the times entered.</translation>
    </message>
    <message>
      <source>Enter the staff member's name (at most 40 characters).</source>
      <translation>Enter the staff member's name (at most 40 characters).</translation>
    </message>
    <message>
      <source>A position has at most 40 characters.</source>
      <translation>A position has at most 40 characters.</translation>
    </message>
    <message>
      <source>No department {code}.</source>
      <translation>No department {code}.</translation>
    </message>
    <message>
      <source>No such staff member.</source>
      <translation>No such staff member.</translation>
    </message>
    <message>
      <source>Enter the visitor's name (at most {limit} characters).</source>
      <translation>Enter the visitor's name (at most {limit} characters).</translation>
    </message>
    <message>
      <source>Say how the host confirmed the visit: by phone, intercom or in person.</source>
      <translation>Say how the host confirmed the visit: by phone, intercom or in person.</translation>
    </message>
    <message>
      <source>Enter who confirmed the visit (at most {limit} characters).</source>
      <translation>Enter who confirmed the visit (at most {limit} characters).</translation>
    </message>
    <message>
      <source>An ID number has at most {limit} characters.</source>
      <translation>An ID number has at most {limit} characters.</translation>
    </message>
    <message>
      <source>Card {number} is not registered.</source>
      <translation>Card {number} is not registered.</translation>
    </message>
    <message>
      <source>There is no visitor pass {number}.</source>
      <translation>There is no visitor pass {number}.</translation>
    </message>
    <message>
      <source>The visitor on pass {number} has already left.</source>
      <translation>The visitor on pass {number} has already left.</translation>
    </message>
    <message>
      <source>Enter who takes over the shift (at most {limit} characters).</source>
      <translation>Enter who takes over the shift (at most {limit} characters).</translation>
    </message>
    <message>
      <source>Open matters can have at most {limit} characters.</source>
      <translation>Open matters can have at most {limit} characters.</translation>
    </message>
    <message>
      <source>That handover is not on record.</source>
      <translation>That handover is not on record.</translation>
    </message>
    <message>
      <source>Describe the items (at most {limit} characters).</source>
      <translation>Describe the items (at most {limit} characters).</translation>
    </message>
    <message>
      <source>Choose who authorised it: the owner or the management.</source>
      <translation>Choose who authorised it: the owner or the management.</translation>
    </message>
    <message>
      <source>Enter who authorised it (at most {limit} characters).</source>
      <translation>Enter who authorised it (at most {limit} characters).</translation>
    </message>
    <message>
      <source>The slip must be valid from today for at most {days} days.</source>
      <translation>The slip must be valid from today for at most {days} days.</translation>
    </message>
    <message>
      <source>Release slip {number} has already been used.</source>
      <translation>Release slip {number} has already been used.</translation>
    </message>
    <message>
      <source>Release slip {number} expired on {date}. The items may not leave.</source>
      <translation>Release slip {number} expired on {date}. The items may not leave.</translation>
    </message>
    <message>
      <source>There is no release authorisation {number} on record. Items may not leave without one.</source>
      <translation>There is no release authorisation {number} on record. Items may not leave without one.</translation>
    </message>
    <message>
      <source>Enter where the vehicle is parked (at most {limit} characters).</source>
      <translation>Enter where the vehicle is parked (at most {limit} characters).</translation>
    </message>
    <message>
      <source>The note can have at most {limit} characters.</source>
      <translation>The note can have at most {limit} characters.</translation>
    </message>
    <message>
      <source>That notice is not on record.</source>
      <translation>That notice is not on record.</translation>
    </message>
    <message>
      <source>The exterior check can have at most {limit} characters.</source>
      <translation>The exterior check can have at most {limit} characters.</translation>
    </message>
    <message>
      <source>{plate} is a visitor's vehicle: enter the unit it visits and the purpose.</source>
      <translation>{plate} is a visitor's vehicle: enter the unit it visits and the purpose.</translation>
    </message>
    <message>
      <source>{plate} is already inside (entered {time}). Record its exit first.</source>
      <translation>{plate} is already inside (entered {time}). Record its exit first.</translation>
    </message>
    <message>
      <source>{plate} has no entry on record. Ask the driver when it came in and enter that time.</source>
      <translation>{plate} has no entry on record. Ask the driver when it came in and enter that time.</translation>
    </message>
    <message>
      <source>This fee was quoted too long ago. Check the exit again.</source>
      <translation>This fee was quoted too long ago. Check the exit again.</translation>
    </message>
    <message>
      <source>{plate} has already left.</source>
      <translation>{plate} has already left.</translation>
    </message>
    <message>
      <source>{plate} now has an entry on record. Check the exit again.</source>
      <translation>{plate} now has an entry on record. Check the exit again.</translation>
    </message>
    <message>
      <source>That exit is not on record.</source>
      <translation>That exit is not on record.</translation>
    </message>
    <message>
      <source>The entry time cannot be in the future.</source>
      <translation>The entry time cannot be in the future.</translation>
    </message>
    <message>
      <source>The entry time is more than {days} days ago; check the date.</source>
      <translation>The entry time is more than {days} days ago; check the date.</translation>
    </message>
    <message>
      <source>The hour visitors are flagged after must be a whole hour from 0 to 23.</source>
      <translation>The hour visitors are flagged after must be a whole hour from 0 to 23.</translation>
    </message>
    <message>
      <source>Visitor data must be kept for {low} to {high} days (a whole number).</source>
      <translation>Visitor data must be kept for {low} to {high} days (a whole number).</translation>
    </message>
    <message>
      <source>An arrival limit must be a whole number of minutes from 1 to {max} (7 days).</source>
      <translation>An arrival limit must be a whole number of minutes from 1 to {max} (7 days).</translation>
    </message>
    <message>
      <source>The limits must not grow with urgency: emergency ≤ urgent ≤ normal.</source>
      <translation>The limits must not grow with urgency: emergency ≤ urgent ≤ normal.</translation>
    </message>
    <message>
      <source>Stale after must be a whole number of days from 1 to {max}.</source>
      <translation>Stale after must be a whole number of days from 1 to {max}.</translation>
    </message>
    <message>
      <source>The time is before the ticket's previous step ({time}); check it.</source>
      <translation>The time is before the ticket's previous step ({time}); check it.</translation>
    </message>
    <message>
      <source>This step has already been recorded for this ticket.</source>
      <translation>This step has already been recorded for this ticket.</translation>
    </message>
    <message>
      <source>Dispatch a technician before recording the arrival.</source>
      <translation>Dispatch a technician before recording the arrival.</translation>
    </message>
    <message>
      <source>The technician must arrive before the diagnosis is recorded.</source>
      <translation>The technician must arrive before the diagnosis is recorded.</translation>
    </message>
    <message>
      <source>Diagnose the fault before giving a quote.</source>
      <translation>Diagnose the fault before giving a quote.</translation>
    </message>
    <message>
      <source>There is no quote yet: record the quote before the resident approves or refuses it.</source>
      <translation>There is no quote yet: record the quote before the resident approves or refuses it.</translation>
    </message>
    <message>
      <source>Diagnose the fault before starting the repair.</source>
      <translation>Diagnose the fault before starting the repair.</translation>
    </message>
    <message>
      <source>Start the repair before completing it.</source>
      <translation>Start the repair before completing it.</translation>
    </message>
    <message>
      <source>The resident signs off only after the repair is completed.</source>
      <translation>The resident signs off only after the repair is completed.</translation>
    </message>
    <message>
      <source>The follow-up call comes after the resident's sign-off.</source>
      <translation>The follow-up call comes after the resident's sign-off.</translation>
    </message>
    <message>
      <source>Record the follow-up call before closing the ticket.</source>
      <translation>Record the follow-up call before closing the ticket.</translation>
    </message>
    <message>
      <source>This ticket is closed; no further step is possible.</source>
      <translation>This ticket is closed; no further step is possible.</translation>
    </message>
    <message>
      <source>This ticket was cancelled; no further step is possible.</source>
      <translation>This ticket was cancelled; no further step is possible.</translation>
    </message>
    <message>
      <source>A free (common-area) repair has no quote or approval: start the repair after the diagnosis.</source>
      <translation>A free (common-area) repair has no quote or approval: start the repair after the diagnosis.</translation>
    </message>
    <message>
      <source>The resident has not approved the quote yet: the repair cannot start.</source>
      <translation>The resident has not approved the quote yet: the repair cannot start.</translation>
    </message>
    <message>
      <source>A ticket is reported once, when it is opened.</source>
      <translation>A ticket is reported once, when it is opened.</translation>
    </message>
    <message>
      <source>The repair is done and can no longer be cancelled; record the sign-off and the follow-up instead.</source>
      <translation>The repair is done and can no longer be cancelled; record the sign-off and the follow-up instead.</translation>
    </message>
    <message>
      <source>No technician is dispatched yet: dispatch one instead.</source>
      <translation>No technician is dispatched yet: dispatch one instead.</translation>
    </message>
    <message>
      <source>The repair is done; the technician can no longer be changed.</source>
      <translation>The repair is done; the technician can no longer be changed.</translation>
    </message>
    <message>
      <source>A technician is already dispatched: reassign the ticket instead.</source>
      <translation>A technician is already dispatched: reassign the ticket instead.</translation>
    </message>
    <message>
      <source>Choose the technician to send.</source>
      <translation>Choose the technician to send.</translation>
    </message>
    <message>
      <source>Describe what the technician found.</source>
      <translation>Describe what the technician found.</translation>
    </message>
    <message>
      <source>The expected duration must be a whole number of minutes from 1 to {max}.</source>
      <translation>The expected duration must be a whole number of minutes from 1 to {max}.</translation>
    </message>
    <message>
      <source>Describe the work done.</source>
      <translation>Describe the work done.</translation>
    </message>
    <message>
      <source>Confirm that the site was cleaned up after the repair.</source>
      <translation>Confirm that the site was cleaned up after the repair.</translation>
    </message>
    <message>
      <source>Enter the name of the person who signed off.</source>
      <translation>Enter the name of the person who signed off.</translation>
    </message>
    <message>
      <source>The rating must be a whole number from 1 to 5.</source>
      <translation>The rating must be a whole number from 1 to 5.</translation>
    </message>
    <message>
      <source>Give a reason for cancelling.</source>
      <translation>Give a reason for cancelling.</translation>
    </message>
    <message>
      <source>Enter an amount from ¥0.00 to {max}.</source>
      <translation>Enter an amount from ¥0.00 to {max}.</translation>
    </message>
    <message>
      <source>Choose one of the listed values.</source>
      <translation>Choose one of the listed values.</translation>
    </message>
    <message>
      <source>At most {limit} characters.</source>
      <translation>At most {limit} characters.</translation>
    </message>
    <message>
      <source>The time cannot be in the future.</source>
      <translation>The time cannot be in the future.</translation>
    </message>
    <message>
      <source>That time is more than {days} days ago; check the date.</source>
      <translation>That time is more than {days} days ago; check the date.</translation>
    </message>
    <message>
      <source>Enter the checkpoint's code.</source>
      <translation>Enter the checkpoint's code.</translation>
    </message>
    <message>
      <source>A checkpoint code is 1 to {limit} letters, digits and - _ . / (e.g. XG-E-01).</source>
      <translation>A checkpoint code is 1 to {limit} letters, digits and - _ . / (e.g. XG-E-01).</translation>
    </message>
    <message>
      <source>Enter the route's name.</source>
      <translation>Enter the route's name.</translation>
    </message>
    <message>
      <source>Enter the checkpoint's name.</source>
      <translation>Enter the checkpoint's name.</translation>
    </message>
    <message>
      <source>Choose what kind of issue it is.</source>
      <translation>Choose what kind of issue it is.</translation>
    </message>
    <message>
      <source>Say what was seen.</source>
      <translation>Say what was seen.</translation>
    </message>
    <message>
      <source>Give a reason.</source>
      <translation>Give a reason.</translation>
    </message>
    <message>
      <source>Enter who reported the fault.</source>
      <translation>Enter who reported the fault.</translation>
    </message>
    <message>
      <source>Enter a phone number to reach the reporter.</source>
      <translation>Enter a phone number to reach the reporter.</translation>
    </message>
    <message>
      <source>Give the unit, or describe the common area.</source>
      <translation>Give the unit, or describe the common area.</translation>
    </message>
    <message>
      <source>Give either a unit or a common area, not both.</source>
      <translation>Give either a unit or a common area, not both.</translation>
    </message>
    <message>
      <source>An anonymous complaint keeps no name or phone: leave it empty.</source>
      <translation>An anonymous complaint keeps no name or phone: leave it empty.</translation>
    </message>
    <message>
      <source>Enter who complains, or mark the complaint anonymous.</source>
      <translation>Enter who complains, or mark the complaint anonymous.</translation>
    </message>
    <message>
      <source>Describe the complaint.</source>
      <translation>Describe the complaint.</translation>
    </message>
    <message>
      <source>The time received is more than {days} days ago; check the date.</source>
      <translation>The time received is more than {days} days ago; check the date.</translation>
    </message>
    <message>
      <source>Enter the question or suggestion.</source>
      <translation>Enter the question or suggestion.</translation>
    </message>
    <message>
      <source>The time asked is more than {days} days ago; check the date.</source>
      <translation>The time asked is more than {days} days ago; check the date.</translation>
    </message>
    <message>
      <source>Enter the answer given.</source>
      <translation>Enter the answer given.</translation>
    </message>
    <message>
      <source>Describe the fault.</source>
      <translation>Describe the fault.</translation>
    </message>
    <message>
      <source>The report time is more than {days} days ago; check the date.</source>
      <translation>The report time is more than {days} days ago; check the date.</translation>
    </message>
    <message>
      <source>The record the ticket comes from is missing.</source>
      <translation>The record the ticket comes from is missing.</translation>
    </message>
    <message>
      <source>Ticket {number} was already opened from this record.</source>
      <translation>Ticket {number} was already opened from this record.</translation>
    </message>
    <message>
      <source>That complaint is not on record.</source>
      <translation>That complaint is not on record.</translation>
    </message>
    <message>
      <source>That resident is not in the register.</source>
      <translation>That resident is not in the register.</translation>
    </message>
    <message>
      <source>The time is before the complaint's previous step ({time}); check it.</source>
      <translation>The time is before the complaint's previous step ({time}); check it.</translation>
    </message>
    <message>
      <source>That person is not on the staff list.</source>
      <translation>That person is not on the staff list.</translation>
    </message>
    <message>
      <source>{name} does not work in that department.</source>
      <translation>{name} does not work in that department.</translation>
    </message>
    <message>
      <source>The complaint is already with {name}.</source>
      <translation>The complaint is already with {name}.</translation>
    </message>
    <message>
      <source>No complaint has the number {number}.</source>
      <translation>No complaint has the number {number}.</translation>
    </message>
    <message>
      <source>That resident does not live in unit {code}.</source>
      <translation>That resident does not live in unit {code}.</translation>
    </message>
    <message>
      <source>That technician is not on the staff list.</source>
      <translation>That technician is not on the staff list.</translation>
    </message>
    <message>
      <source>The ticket is already with {name}.</source>
      <translation>The ticket is already with {name}.</translation>
    </message>
    <message>
      <source>That repair ticket is not on record.</source>
      <translation>That repair ticket is not on record.</translation>
    </message>
    <message>
      <source>Enter an amount in yuan, e.g. 120 or 85.50.</source>
      <translation>Enter an amount in yuan, e.g. 120 or 85.50.</translation>
    </message>
    <message>
      <source>Nobody in the register matches “{text}”.</source>
      <translation>Nobody in the register matches “{text}”.</translation>
    </message>
    <message>
      <source>{text} is not a month; write the year and the month, e.g. 2026-10.</source>
      <translation>{text} is not a month; write the year and the month, e.g. 2026-10.</translation>
    </message>
    <message>
      <source>A target share must be from 0 to 100 % with at most one decimal.</source>
      <translation>A target share must be from 0 to 100 % with at most one decimal.</translation>
    </message>
    <message>
      <source>This target must be a whole number from {low} to {high}.</source>
      <translation>This target must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
      <source>The report was cancelled.</source>
      <translation>The report was cancelled.</translation>
    </message>
    <message>
      <source>{month} has not begun yet; choose a past month.</source>
      <translation>{month} has not begun yet; choose a past month.</translation>
    </message>
    <message>
      <source>The estate is not set up yet, so there is nothing to report.</source>
      <translation>The estate is not set up yet, so there is nothing to report.</translation>
    </message>
    <message>
      <source>The estate has no records yet (no units, gate events or repair tickets), so there is nothing to report.</source>
      <translation>The estate has no records yet (no units, gate events or repair tickets), so there is nothing to report.</translation>
    </message>
    <message>
      <source>The end date {end} is before the start {start}.</source>
      <translation>The end date {end} is before the start {start}.</translation>
    </message>
    <message>
      <source>Choose the first and the last day to export.</source>
      <translation>Choose the first and the last day to export.</translation>
    </message>
    <message>
      <source>The estate has no units yet, so there is nothing to export.</source>
      <translation>The estate has no units yet, so there is nothing to export.</translation>
    </message>
    <message>
      <source>The estate has no residents yet, so there is nothing to export.</source>
      <translation>The estate has no residents yet, so there is nothing to export.</translation>
    </message>
    <message>
      <source>The estate has no access cards yet, so there is nothing to export.</source>
      <translation>The estate has no access cards yet, so there is nothing to export.</translation>
    </message>
    <message>
      <source>The interval of the {window} window must be a whole number of minutes from 1 to {limit}.</source>
      <translation>The interval of the {window} window must be a whole number of minutes from 1 to {limit}.</translation>
    </message>
    <message>
      <source>The minimum walking time between two checkpoints must be a whole number of minutes, 0 or more.</source>
      <translation>The minimum walking time between two checkpoints must be a whole number of minutes, 0 or more.</translation>
    </message>
    <message>
      <source>Add at least one patrol window.</source>
      <translation>Add at least one patrol window.</translation>
    </message>
    <message>
      <source>The patrol windows {first} and {second} overlap; each time of day may belong to one window only.</source>
      <translation>The patrol windows {first} and {second} overlap; each time of day may belong to one window only.</translation>
    </message>
    <message>
      <source>The minutes after which a round counts late must be a whole number, 0 or more.</source>
      <translation>The minutes after which a round counts late must be a whole number, 0 or more.</translation>
    </message>
    <message>
      <source>The minutes after which a round counts missed must be a whole number of at least {late} (when it counts late).</source>
      <translation>The minutes after which a round counts missed must be a whole number of at least {late} (when it counts late).</translation>
    </message>
    <message>
      <source>{grace} minutes is longer than the {interval}-minute interval of the {window} window.</source>
      <translation>{grace} minutes is longer than the {interval}-minute interval of the {window} window.</translation>
    </message>
    <message>
      <source>A schedule change can start today or later; past days keep the schedule they had.</source>
      <translation>A schedule change can start today or later; past days keep the schedule they had.</translation>
    </message>
    <message>
      <source>That patrol round is not on record.</source>
      <translation>That patrol round is not on record.</translation>
    </message>
    <message>
      <source>That checkpoint is not on this round's route.</source>
      <translation>That checkpoint is not on this round's route.</translation>
    </message>
    <message>
      <source>The round did not reach that checkpoint; a finished round is not changed.</source>
      <translation>The round did not reach that checkpoint; a finished round is not changed.</translation>
    </message>
    <message>
      <source>Say who was told.</source>
      <translation>Say who was told.</translation>
    </message>
    <message>
      <source>Say how it was dealt with.</source>
      <translation>Say how it was dealt with.</translation>
    </message>
    <message>
      <source>That finding is already dealt with.</source>
      <translation>That finding is already dealt with.</translation>
    </message>
    <message>
      <source>Repair tickets are not part of this console.</source>
      <translation>Repair tickets are not part of this console.</translation>
    </message>
    <message>
      <source>No repair ticket has the number {number}.</source>
      <translation>No repair ticket has the number {number}.</translation>
    </message>
    <message>
      <source>This complaint already has a repair ticket.</source>
      <translation>This complaint already has a repair ticket.</translation>
    </message>
    <message>
      <source>That finding is not on record.</source>
      <translation>That finding is not on record.</translation>
    </message>
    <message>
      <source>Choose at least one checkpoint in service.</source>
      <translation>Choose at least one checkpoint in service.</translation>
    </message>
    <message>
      <source>That guard is not on the staff list.</source>
      <translation>That guard is not on the staff list.</translation>
    </message>
    <message>
      <source>No checkpoint has the code {code}.</source>
      <translation>No checkpoint has the code {code}.</translation>
    </message>
    <message>
      <source>The checkpoint {name} ({code}) was taken out of service.</source>
      <translation>The checkpoint {name} ({code}) was taken out of service.</translation>
    </message>
    <message>
      <source>No round of this checkpoint's route is open: start a round first.</source>
      <translation>No round of this checkpoint's route is open: start a round first.</translation>
    </message>
    <message>
      <source>That round is not open any more.</source>
      <translation>That round is not open any more.</translation>
    </message>
    <message>
      <source>{code} is the checkpoint {name} of another route, not of {route}.</source>
      <translation>{code} is the checkpoint {name} of another route, not of {route}.</translation>
    </message>
    <message>
      <source>The checkpoint {name} was already reached at {time}.</source>
      <translation>The checkpoint {name} was already reached at {time}.</translation>
    </message>
    <message>
      <source>No checkpoint was reached: scan one, or abandon the round with a reason.</source>
      <translation>No checkpoint was reached: scan one, or abandon the round with a reason.</translation>
    </message>
    <message>
      <source>That round is already void.</source>
      <translation>That round is already void.</translation>
    </message>
    <message>
      <source>The round cannot end before it started.</source>
      <translation>The round cannot end before it started.</translation>
    </message>
    <message>
      <source>Enter the time of at least one checkpoint.</source>
      <translation>Enter the time of at least one checkpoint.</translation>
    </message>
    <message>
      <source>Every checkpoint's time must lie between the round's start and end.</source>
      <translation>Every checkpoint's time must lie between the round's start and end.</translation>
    </message>
    <message>
      <source>A checkpoint is entered twice.</source>
      <translation>A checkpoint is entered twice.</translation>
    </message>
    <message>
      <source>Round {number} is over; a finished round is not changed (void it and enter it again).</source>
      <translation>Round {number} is over; a finished round is not changed (void it and enter it again).</translation>
    </message>
    <message>
      <source>The route {name} has no checkpoints yet.</source>
      <translation>The route {name} has no checkpoints yet.</translation>
    </message>
    <message>
      <source>Round {number} of this route already answers the {time} slot.</source>
      <translation>Round {number} of this route already answers the {time} slot.</translation>
    </message>
    <message>
      <source>A checkpoint cannot be reached before the round started.</source>
      <translation>A checkpoint cannot be reached before the round started.</translation>
    </message>
    <message>
      <source>That checkpoint was already reached in this round.</source>
      <translation>That checkpoint was already reached in this round.</translation>
    </message>
    <message>
      <source>That patrol route is not on record.</source>
      <translation>That patrol route is not on record.</translation>
    </message>
    <message>
      <source>The route {name} was taken out of service.</source>
      <translation>The route {name} was taken out of service.</translation>
    </message>
    <message>
      <source>There is already a route named {name}.</source>
      <translation>There is already a route named {name}.</translation>
    </message>
    <message>
      <source>That checkpoint is not in service.</source>
      <translation>That checkpoint is not in service.</translation>
    </message>
    <message>
      <source>The code {code} is already used by the checkpoint {name}.</source>
      <translation>The code {code} is already used by the checkpoint {name}.</translation>
    </message>
    <message>
      <source>{value} is not a date and time such as 2026-12-05 22:03:15.</source>
      <translation>{value} is not a date and time such as 2026-12-05 22:03:15.</translation>
    </message>
    <message>
      <source>{value} is not a time of day such as 22:03:15.</source>
      <translation>{value} is not a time of day such as 22:03:15.</translation>
    </message>
    <message>
      <source>Choose the column that holds this.</source>
      <translation>Choose the column that holds this.</translation>
    </message>
    <message>
      <source>The file has no column {column}.</source>
      <translation>The file has no column {column}.</translation>
    </message>
    <message>
      <source>That column is already chosen for another value.</source>
      <translation>That column is already chosen for another value.</translation>
    </message>
    <message>
      <source>{name} could not be read as text. Save it as CSV (UTF-8 or GBK) or as an Excel workbook (.xlsx).</source>
      <translation>{name} could not be read as text. Save it as CSV (UTF-8 or GBK) or as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
      <source>{name} holds no swipes: its first row must hold the column headers and the rows under it one swipe each.</source>
      <translation>{name} holds no swipes: its first row must hold the column headers and the rows under it one swipe each.</translation>
    </message>
    <message>
      <source>A code is mapped twice.</source>
      <translation>A code is mapped twice.</translation>
    </message>
    <message>
      <source>Map the code {code} to one checkpoint or to one guard.</source>
      <translation>Map the code {code} to one checkpoint or to one guard.</translation>
    </message>
    <message>
      <source>Choose the route that was walked.</source>
      <translation>Choose the route that was walked.</translation>
    </message>
    <message>
      <source>Choose the guard who walked the round.</source>
      <translation>Choose the guard who walked the round.</translation>
    </message>
    <message>
      <source>{time} is not a time: type it as on the sheet, e.g. 08:15.</source>
      <translation>{time} is not a time: type it as on the sheet, e.g. 08:15.</translation>
    </message>
    <message>
      <source>No such gate record.</source>
      <translation>No such gate record.</translation>
    </message>
    <message>
      <source>Enter the purpose of the visit (at most {limit} characters).</source>
      <translation>Enter the purpose of the visit (at most {limit} characters).</translation>
    </message>
    <message>
      <source>Enter the unit visited (e.g. 3-2-1502).</source>
      <translation>Enter the unit visited (e.g. 3-2-1502).</translation>
    </message>
    <message>
      <source>Safety incidents are not part of this console.</source>
      <translation>Safety incidents are not part of this console.</translation>
    </message>
    <message>
      <source>That gate entry is not on record.</source>
      <translation>That gate entry is not on record.</translation>
    </message>
    <message>
      <source>That gate entry is void already.</source>
      <translation>That gate entry is void already.</translation>
    </message>
    <message>
      <source>The exit of this entry is on record: void the exit first, then the entry.</source>
      <translation>The exit of this entry is on record: void the exit first, then the entry.</translation>
    </message>
    <message>
      <source>That release slip is not on record.</source>
      <translation>That release slip is not on record.</translation>
    </message>
    <message>
      <source>Release slip {number} is void already.</source>
      <translation>Release slip {number} is void already.</translation>
    </message>
    <message>
      <source>Release slip {number} was used at the gate: void that items-out entry first, then the slip.</source>
      <translation>Release slip {number} was used at the gate: void that items-out entry first, then the slip.</translation>
    </message>
    <message>
      <source>No such parking space.</source>
      <translation>No such parking space.</translation>
    </message>
    <message>
      <source>Enter the parking space code (e.g. B2-017).</source>
      <translation>Enter the parking space code (e.g. B2-017).</translation>
    </message>
    <message>
      <source>The zone can have at most {max} characters.</source>
      <translation>The zone can have at most {max} characters.</translation>
    </message>
    <message>
      <source>Choose whose the space is.</source>
      <translation>Choose whose the space is.</translation>
    </message>
    <message>
      <source>Parking space {code} already exists (or was voided).</source>
      <translation>Parking space {code} already exists (or was voided).</translation>
    </message>
    <message>
      <source>Parking space {code} is in use by {plates}: register those vehicles elsewhere or void them first.</source>
      <translation>Parking space {code} is in use by {plates}: register those vehicles elsewhere or void them first.</translation>
    </message>
    <message>
      <source>Choose at most {days} days.</source>
      <translation>Choose at most {days} days.</translation>
    </message>
    <message>
      <source>Enter a date from {earliest} to {latest}; check the year.</source>
      <translation>Enter a date from {earliest} to {latest}; check the year.</translation>
    </message>
    <message>
      <source>This file is not a propdesk ID number key.</source>
      <translation>This file is not a propdesk ID number key.</translation>
    </message>
    <message>
      <source>The ID number key file {file} cannot be read or written ({reason}).</source>
      <translation>The ID number key file {file} cannot be read or written ({reason}).</translation>
    </message>
    <message>
      <source>This station does not have the key the ID numbers were written with; import it (propdesk id-key import FILE).</source>
      <translation>This station does not have the key the ID numbers were written with; import it (propdesk id-key import FILE).</translation>
    </message>
    <message>
      <source>This is not the key the ID numbers in this database were written with; nothing was changed. Import the key file exported from the station that wrote them.</source>
      <translation>This is not the key the ID numbers in this database were written with; nothing was changed. Import the key file exported from the station that wrote them.</translation>
    </message>
    <message>
      <source>No ID number has been stored yet, so this station has no key to export.</source>
      <translation>No ID number has been stored yet, so this station has no key to export.</translation>
    </message>
    <message>
      <source>There is no such service target.</source>
      <translation>There is no such service target.</translation>
    </message>
    <message>
      <source>The database cannot be written to: {file} is read-only and belongs to another user. Nothing was saved; make it writable for this user (do not delete it: it holds the latest saves), then start propdesk again.</source>
      <translation>The database cannot be written to: {file} is read-only and belongs to another user. Nothing was saved; make it writable for this user (do not delete it: it holds the latest saves), then start propdesk again.</translation>
    </message>
    <message>
      <source>The database cannot be written to: {file} is read-only and belongs to another user. Nothing was saved; make it writable for this user, or delete it while no propdesk is running, then start propdesk again.</source>
      <translation>The database cannot be written to: {file} is read-only and belongs to another user. Nothing was saved; make it writable for this user, or delete it while no propdesk is running, then start propdesk again.</translation>
    </message>
    <message>
      <source>A text is longer than the database allows. Nothing was saved; shorten it.</source>
      <translation>A text is longer than the database allows. Nothing was saved; shorten it.</translation>
    </message>
    <message>
      <source>A response time must be a whole number of hours from 1 to {max}.</source>
      <translation>A response time must be a whole number of hours from 1 to {max}.</translation>
    </message>
    <message>
      <source>The response times must not grow with severity: serious ≤ normal ≤ minor.</source>
      <translation>The response times must not grow with severity: serious ≤ normal ≤ minor.</translation>
    </message>
    <message>
      <source>The deadline must be after the time received ({time}); check it.</source>
      <translation>The deadline must be after the time received ({time}); check it.</translation>
    </message>
    <message>
      <source>An inquiry answered on the spot needs no promised time.</source>
      <translation>An inquiry answered on the spot needs no promised time.</translation>
    </message>
    <message>
      <source>Give the answer, or the time by which an answer is promised.</source>
      <translation>Give the answer, or the time by which an answer is promised.</translation>
    </message>
    <message>
      <source>This inquiry has already become a complaint or a repair ticket.</source>
      <translation>This inquiry has already become a complaint or a repair ticket.</translation>
    </message>
    <message>
      <source>This inquiry has already been answered.</source>
      <translation>This inquiry has already been answered.</translation>
    </message>
    <message>
      <source>A repair ticket needs the name and phone of who asked.</source>
      <translation>A repair ticket needs the name and phone of who asked.</translation>
    </message>
    <message>
      <source>That inquiry is not on record.</source>
      <translation>That inquiry is not on record.</translation>
    </message>
    <message>
      <source>The database file is damaged: {findings}. Nothing was moved or changed. Do not back up over the backups you have; restore the newest good backup.</source>
      <translation>The database file is damaged: {findings}. Nothing was moved or changed. Do not back up over the backups you have; restore the newest good backup.</translation>
    </message>
    <message>
      <source>The database {name} itself is damaged ({finding}): no sound copy of it can be made. The copy was discarded; nothing was changed.</source>
      <translation>The database {name} itself is damaged ({finding}): no sound copy of it can be made. The copy was discarded; nothing was changed.</translation>
    </message>
    <message>
      <source>The backup copy failed its integrity check and was discarded; the database itself was not changed.</source>
      <translation>The backup copy failed its integrity check and was discarded; the database itself was not changed.</translation>
    </message>
    <message>
      <source>A service interval is 1 day to {max_months} months; check it.</source>
      <translation>A service interval is 1 day to {max_months} months; check it.</translation>
    </message>
    <message>
      <source>The expiry date must not be before the install date ({date}).</source>
      <translation>The expiry date must not be before the install date ({date}).</translation>
    </message>
    <message>
      <source>The last service must not be before the install date ({date}).</source>
      <translation>The last service must not be before the install date ({date}).</translation>
    </message>
    <message>
      <source>The last service cannot be in the future.</source>
      <translation>The last service cannot be in the future.</translation>
    </message>
    <message>
      <source>The deadline must be after the notice's time ({time}); check it.</source>
      <translation>The deadline must be after the notice's time ({time}); check it.</translation>
    </message>
    <message>
      <source>The fix of this notice is already reported.</source>
      <translation>The fix of this notice is already reported.</translation>
    </message>
    <message>
      <source>This rectification notice is closed or voided: it cannot change.</source>
      <translation>This rectification notice is closed or voided: it cannot change.</translation>
    </message>
    <message>
      <source>The fix cannot be before the notice's time ({time}).</source>
      <translation>The fix cannot be before the notice's time ({time}).</translation>
    </message>
    <message>
      <source>Report the fix before recording its re-inspection.</source>
      <translation>Report the fix before recording its re-inspection.</translation>
    </message>
    <message>
      <source>The re-inspection must be of the item {item} this notice is for.</source>
      <translation>The re-inspection must be of the item {item} this notice is for.</translation>
    </message>
    <message>
      <source>The re-inspection cannot be before the fix ({time}).</source>
      <translation>The re-inspection cannot be before the fix ({time}).</translation>
    </message>
    <message>
      <source>The re-inspection must be recorded by someone other than who fixed it.</source>
      <translation>The re-inspection must be recorded by someone other than who fixed it.</translation>
    </message>
    <message>
      <source>A re-inspection must pass or fail the item.</source>
      <translation>A re-inspection must pass or fail the item.</translation>
    </message>
    <message>
      <source>Give a reason of 1 to {limit} characters.</source>
      <translation>Give a reason of 1 to {limit} characters.</translation>
    </message>
    <message>
      <source>This checklist has no item {item}.</source>
      <translation>This checklist has no item {item}.</translation>
    </message>
    <message>
      <source>Item “{item}”: a note is at most {limit} characters.</source>
      <translation>Item “{item}”: a note is at most {limit} characters.</translation>
    </message>
    <message>
      <source>Item “{item}” takes a result, not a text or a number.</source>
      <translation>Item “{item}” takes a result, not a text or a number.</translation>
    </message>
    <message>
      <source>Item “{item}”: enter the reading, or mark it n.a.</source>
      <translation>Item “{item}”: enter the reading, or mark it n.a.</translation>
    </message>
    <message>
      <source>Item “{item}”: choose a result.</source>
      <translation>Item “{item}”: choose a result.</translation>
    </message>
    <message>
      <source>Item “{item}” needs a result.</source>
      <translation>Item “{item}” needs a result.</translation>
    </message>
    <message>
      <source>Item “{item}”: a reading must be a number from {floor} to {ceiling}{unit}.</source>
      <translation>Item “{item}”: a reading must be a number from {floor} to {ceiling}{unit}.</translation>
    </message>
    <message>
      <source>Item “{item}” takes a text, not a result.</source>
      <translation>Item “{item}” takes a text, not a result.</translation>
    </message>
    <message>
      <source>Item “{item}”: at most {limit} characters.</source>
      <translation>Item “{item}”: at most {limit} characters.</translation>
    </message>
    <message>
      <source>Item “{item}” needs a text.</source>
      <translation>Item “{item}” needs a text.</translation>
    </message>
    <message>
      <source>An item key is 1 to 40 lower-case letters, digits or underscores.</source>
      <translation>An item key is 1 to 40 lower-case letters, digits or underscores.</translation>
    </message>
    <message>
      <source>Item “{item}”: the text is 1 to {limit} characters.</source>
      <translation>Item “{item}”: the text is 1 to {limit} characters.</translation>
    </message>
    <message>
      <source>Item “{item}”: choose its kind.</source>
      <translation>Item “{item}”: choose its kind.</translation>
    </message>
    <message>
      <source>Item “{item}”: only a number item has a unit and limits.</source>
      <translation>Item “{item}”: only a number item has a unit and limits.</translation>
    </message>
    <message>
      <source>Item “{item}”: the unit is at most {limit} characters.</source>
      <translation>Item “{item}”: the unit is at most {limit} characters.</translation>
    </message>
    <message>
      <source>Item “{item}”: a limit must be a number from {floor} to {ceiling}.</source>
      <translation>Item “{item}”: a limit must be a number from {floor} to {ceiling}.</translation>
    </message>
    <message>
      <source>Item “{item}”: the low limit must not be above the high limit.</source>
      <translation>Item “{item}”: the low limit must not be above the high limit.</translation>
    </message>
    <message>
      <source>A template's name is 1 to {limit} characters.</source>
      <translation>A template's name is 1 to {limit} characters.</translation>
    </message>
    <message>
      <source>Choose what the checklist inspects.</source>
      <translation>Choose what the checklist inspects.</translation>
    </message>
    <message>
      <source>Choose how often it is due.</source>
      <translation>Choose how often it is due.</translation>
    </message>
    <message>
      <source>Name at least one area the template covers.</source>
      <translation>Name at least one area the template covers.</translation>
    </message>
    <message>
      <source>An area's name is 1 to {limit} characters.</source>
      <translation>An area's name is 1 to {limit} characters.</translation>
    </message>
    <message>
      <source>The area {area} is listed twice.</source>
      <translation>The area {area} is listed twice.</translation>
    </message>
    <message>
      <source>A checklist needs at least one item.</source>
      <translation>A checklist needs at least one item.</translation>
    </message>
    <message>
      <source>A checklist has at most {limit} items.</source>
      <translation>A checklist has at most {limit} items.</translation>
    </message>
    <message>
      <source>The item key {item} is used twice.</source>
      <translation>The item key {item} is used twice.</translation>
    </message>
    <message>
      <source>No such equipment item.</source>
      <translation>No such equipment item.</translation>
    </message>
    <message>
      <source>The code {code} belonged to a voided item; give a new code.</source>
      <translation>The code {code} belonged to a voided item; give a new code.</translation>
    </message>
    <message>
      <source>The code {code} is already registered.</source>
      <translation>The code {code} is already registered.</translation>
    </message>
    <message>
      <source>The equipment register has no items yet, so there is nothing to export.</source>
      <translation>The equipment register has no items yet, so there is nothing to export.</translation>
    </message>
    <message>
      <source>Choose the area inspected.</source>
      <translation>Choose the area inspected.</translation>
    </message>
    <message>
      <source>The checklist does not cover the area {area}.</source>
      <translation>The checklist does not cover the area {area}.</translation>
    </message>
    <message>
      <source>That inspector is not on the staff register.</source>
      <translation>That inspector is not on the staff register.</translation>
    </message>
    <message>
      <source>Item “{item}”: no equipment {code} in the register.</source>
      <translation>Item “{item}”: no equipment {code} in the register.</translation>
    </message>
    <message>
      <source>Item “{item}”: {code} is not the kind of equipment it inspects.</source>
      <translation>Item “{item}”: {code} is not the kind of equipment it inspects.</translation>
    </message>
    <message>
      <source>The inspection time is in the future; check it.</source>
      <translation>The inspection time is in the future; check it.</translation>
    </message>
    <message>
      <source>That inspection is not on record.</source>
      <translation>That inspection is not on record.</translation>
    </message>
    <message>
      <source>Choose a kind of inspection, or any.</source>
      <translation>Choose a kind of inspection, or any.</translation>
    </message>
    <message>
      <source>This checklist is retired; choose another.</source>
      <translation>This checklist is retired; choose another.</translation>
    </message>
    <message>
      <source>No inspection {number}.</source>
      <translation>No inspection {number}.</translation>
    </message>
    <message>
      <source>Only a failed item opens a repair ticket.</source>
      <translation>Only a failed item opens a repair ticket.</translation>
    </message>
    <message>
      <source>This console keeps no photos.</source>
      <translation>This console keeps no photos.</translation>
    </message>
    <message>
      <source>An item holds at most {limit} photos.</source>
      <translation>An item holds at most {limit} photos.</translation>
    </message>
    <message>
      <source>That assessment is not on record.</source>
      <translation>That assessment is not on record.</translation>
    </message>
    <message>
      <source>This assessment is voided.</source>
      <translation>This assessment is voided.</translation>
    </message>
    <message>
      <source>This assessment is finalised: it cannot change.</source>
      <translation>This assessment is finalised: it cannot change.</translation>
    </message>
    <message>
      <source>No assessment {number}.</source>
      <translation>No assessment {number}.</translation>
    </message>
    <message>
      <source>Choose which assessments to list.</source>
      <translation>Choose which assessments to list.</translation>
    </message>
    <message>
      <source>Choose the department.</source>
      <translation>Choose the department.</translation>
    </message>
    <message>
      <source>Choose a year from 2000 on.</source>
      <translation>Choose a year from 2000 on.</translation>
    </message>
    <message>
      <source>Name the assessor (at most {limit} characters).</source>
      <translation>Name the assessor (at most {limit} characters).</translation>
    </message>
    <message>
      <source>The assessment's time is in the future; check it.</source>
      <translation>The assessment's time is in the future; check it.</translation>
    </message>
    <message>
      <source>The assessment cannot be before its month.</source>
      <translation>The assessment cannot be before its month.</translation>
    </message>
    <message>
      <source>The department has no standard yet: adopt or write one first.</source>
      <translation>The department has no standard yet: adopt or write one first.</translation>
    </message>
    <message>
      <source>{department} is already assessed for {month} ({number}).</source>
      <translation>{department} is already assessed for {month} ({number}).</translation>
    </message>
    <message>
      <source>The check's time is in the future; check it.</source>
      <translation>The check's time is in the future; check it.</translation>
    </message>
    <message>
      <source>The check cannot be before the assessment's month.</source>
      <translation>The check cannot be before the assessment's month.</translation>
    </message>
    <message>
      <source>Say what was found that cost the points.</source>
      <translation>Say what was found that cost the points.</translation>
    </message>
    <message>
      <source>Only a check that deducts points gets a notice.</source>
      <translation>Only a check that deducts points gets a notice.</translation>
    </message>
    <message>
      <source>The deadline must be after the check.</source>
      <translation>The deadline must be after the check.</translation>
    </message>
    <message>
      <source>Rectification notices are not available here.</source>
      <translation>Rectification notices are not available here.</translation>
    </message>
    <message>
      <source>That spot check is not on record.</source>
      <translation>That spot check is not on record.</translation>
    </message>
    <message>
      <source>That rectification notice is not on record.</source>
      <translation>That rectification notice is not on record.</translation>
    </message>
    <message>
      <source>The checklist no longer has the item {item}.</source>
      <translation>The checklist no longer has the item {item}.</translation>
    </message>
    <message>
      <source>Say what is to be fixed.</source>
      <translation>Say what is to be fixed.</translation>
    </message>
    <message>
      <source>The notice's time is in the future; check it.</source>
      <translation>The notice's time is in the future; check it.</translation>
    </message>
    <message>
      <source>Give the deadline.</source>
      <translation>Give the deadline.</translation>
    </message>
    <message>
      <source>Only a failed item gets a rectification notice.</source>
      <translation>Only a failed item gets a rectification notice.</translation>
    </message>
    <message>
      <source>Choose the department that is to fix it.</source>
      <translation>Choose the department that is to fix it.</translation>
    </message>
    <message>
      <source>Notice {number} is already open for this item.</source>
      <translation>Notice {number} is already open for this item.</translation>
    </message>
    <message>
      <source>The fix's time is in the future; check it.</source>
      <translation>The fix's time is in the future; check it.</translation>
    </message>
    <message>
      <source>No rectification notice {number}.</source>
      <translation>No rectification notice {number}.</translation>
    </message>
    <message>
      <source>Choose which notices to list.</source>
      <translation>Choose which notices to list.</translation>
    </message>
    <message>
      <source>That checklist template is not on record.</source>
      <translation>That checklist template is not on record.</translation>
    </message>
    <message>
      <source>This template is retired: it cannot change.</source>
      <translation>This template is retired: it cannot change.</translation>
    </message>
    <message>
      <source>{name} is not a photo propdesk can keep: only JPEG, PNG, HEIC/HEIF and WebP pictures can be attached.</source>
      <translation>{name} is not a photo propdesk can keep: only JPEG, PNG, HEIC/HEIF and WebP pictures can be attached.</translation>
    </message>
    <message>
      <source>{name} is {size} MB; a photo may be at most {limit} MB. Attach a smaller copy (most phones can share a photo at a lower size).</source>
      <translation>{name} is {size} MB; a photo may be at most {limit} MB. Attach a smaller copy (most phones can share a photo at a lower size).</translation>
    </message>
    <message>
      <source>The file {name} cannot be read ({reason}). Nothing was attached.</source>
      <translation>The file {name} cannot be read ({reason}). Nothing was attached.</translation>
    </message>
    <message>
      <source>The photo folder {folder} cannot be written to ({reason}). Nothing was saved; check the folder's permissions.</source>
      <translation>The photo folder {folder} cannot be written to ({reason}). Nothing was saved; check the folder's permissions.</translation>
    </message>
    <message>
      <source>There is no checklist template yet: a manager loads the default ones on the Templates page.</source>
      <translation>There is no checklist template yet: a manager loads the default ones on the Templates page.</translation>
    </message>
    <message>
      <source>Give the month as year and month, e.g. 2026-11.</source>
      <translation>Give the month as year and month, e.g. 2026-11.</translation>
    </message>
    <message>
      <source>That month has not begun yet.</source>
      <translation>That month has not begun yet.</translation>
    </message>
    <message>
      <source>Choose an item of the department's standard.</source>
      <translation>Choose an item of the department's standard.</translation>
    </message>
    <message>
      <source>Deduct a whole number of points, 0 or more.</source>
      <translation>Deduct a whole number of points, 0 or more.</translation>
    </message>
    <message>
      <source>The item is worth {points} points: deduct at most that.</source>
      <translation>The item is worth {points} points: deduct at most that.</translation>
    </message>
    <message>
      <source>Only {left} of the item's {points} points are left to deduct.</source>
      <translation>Only {left} of the item's {points} points are left to deduct.</translation>
    </message>
    <message>
      <source>Name the standard (at most {limit} characters).</source>
      <translation>Name the standard (at most {limit} characters).</translation>
    </message>
    <message>
      <source>A standard has 1 to {limit} items.</source>
      <translation>A standard has 1 to {limit} items.</translation>
    </message>
    <message>
      <source>Each item needs a key of its own.</source>
      <translation>Each item needs a key of its own.</translation>
    </message>
    <message>
      <source>Describe the item (at most {limit} characters).</source>
      <translation>Describe the item (at most {limit} characters).</translation>
    </message>
    <message>
      <source>An item is worth 1 to {limit} points.</source>
      <translation>An item is worth 1 to {limit} points.</translation>
    </message>
    <message>
      <source>The event must end after it starts.</source>
      <translation>The event must end after it starts.</translation>
    </message>
    <message>
      <source>An event lasts at most {days} days; check the end.</source>
      <translation>An event lasts at most {days} days; check the end.</translation>
    </message>
    <message>
      <source>Plan events at most {days} days back or ahead; check the year.</source>
      <translation>Plan events at most {days} days back or ahead; check the year.</translation>
    </message>
    <message>
      <source>Enter an amount from 0 to {most} yuan.</source>
      <translation>Enter an amount from 0 to {most} yuan.</translation>
    </message>
    <message>
      <source>Enter how many took part, from 0 to {most}.</source>
      <translation>Enter how many took part, from 0 to {most}.</translation>
    </message>
    <message>
      <source>The event has not begun yet: record it as held once it has.</source>
      <translation>The event has not begun yet: record it as held once it has.</translation>
    </message>
    <message>
      <source>This event was held: its record is archived and cannot change.</source>
      <translation>This event was held: its record is archived and cannot change.</translation>
    </message>
    <message>
      <source>This event was cancelled: it cannot change.</source>
      <translation>This event was cancelled: it cannot change.</translation>
    </message>
    <message>
      <source>The deadline must be after the incident.</source>
      <translation>The deadline must be after the incident.</translation>
    </message>
    <message>
      <source>The deadline is more than a year after the incident; check it.</source>
      <translation>The deadline is more than a year after the incident; check it.</translation>
    </message>
    <message>
      <source>The action cannot be done before the incident.</source>
      <translation>The action cannot be done before the incident.</translation>
    </message>
    <message>
      <source>{n} follow-up actions are not done; finish them or give a reason for closing now.</source>
      <translation>{n} follow-up actions are not done; finish them or give a reason for closing now.</translation>
    </message>
    <message>
      <source>Ask at least one question.</source>
      <translation>Ask at least one question.</translation>
    </message>
    <message>
      <source>Ask at most {limit} questions.</source>
      <translation>Ask at most {limit} questions.</translation>
    </message>
    <message>
      <source>Write each question in at most {limit} characters.</source>
      <translation>Write each question in at most {limit} characters.</translation>
    </message>
    <message>
      <source>Type one digit per question: 5 very satisfied … 1 very dissatisfied, 0 not answered.</source>
      <translation>Type one digit per question: 5 very satisfied … 1 very dissatisfied, 0 not answered.</translation>
    </message>
    <message>
      <source>Type {questions} digits, one per question (you typed {typed}).</source>
      <translation>Type {questions} digits, one per question (you typed {typed}).</translation>
    </message>
    <message>
      <source>The last day comes on or after the first.</source>
      <translation>The last day comes on or after the first.</translation>
    </message>
    <message>
      <source>A round runs at most {days} days.</source>
      <translation>A round runs at most {days} days.</translation>
    </message>
    <message>
      <source>Choose how often the task is due.</source>
      <translation>Choose how often the task is due.</translation>
    </message>
    <message>
      <source>Choose a day of the month from 1 to {last}.</source>
      <translation>Choose a day of the month from 1 to {last}.</translation>
    </message>
    <message>
      <source>Choose the weekdays the task is due.</source>
      <translation>Choose the weekdays the task is due.</translation>
    </message>
    <message>
      <source>A weekly task is due on one weekday; choose one.</source>
      <translation>A weekly task is due on one weekday; choose one.</translation>
    </message>
    <message>
      <source>Enter a title for the session.</source>
      <translation>Enter a title for the session.</translation>
    </message>
    <message>
      <source>Choose who organised the session.</source>
      <translation>Choose who organised the session.</translation>
    </message>
    <message>
      <source>Choose the staff who took part.</source>
      <translation>Choose the staff who took part.</translation>
    </message>
    <message>
      <source>Choose the drill or training topic.</source>
      <translation>Choose the drill or training topic.</translation>
    </message>
    <message>
      <source>That person is not on the staff register.</source>
      <translation>That person is not on the staff register.</translation>
    </message>
    <message>
      <source>Enter when the session was held.</source>
      <translation>Enter when the session was held.</translation>
    </message>
    <message>
      <source>The session's time is in the future; check it.</source>
      <translation>The session's time is in the future; check it.</translation>
    </message>
    <message>
      <source>Enter the duration in minutes, from {low} to {high}.</source>
      <translation>Enter the duration in minutes, from {low} to {high}.</translation>
    </message>
    <message>
      <source>Enter the residents who joined, from {low} to {high}.</source>
      <translation>Enter the residents who joined, from {low} to {high}.</translation>
    </message>
    <message>
      <source>At most {limit} staff can be named.</source>
      <translation>At most {limit} staff can be named.</translation>
    </message>
    <message>
      <source>Name the staff who took part, or count the residents.</source>
      <translation>Name the staff who took part, or count the residents.</translation>
    </message>
    <message>
      <source>That session is not on record.</source>
      <translation>That session is not on record.</translation>
    </message>
    <message>
      <source>A session holds at most {limit} photos.</source>
      <translation>A session holds at most {limit} photos.</translation>
    </message>
    <message>
      <source>Enter a year from {first} to {last}.</source>
      <translation>Enter a year from {first} to {last}.</translation>
    </message>
    <message>
      <source>Enter the day it is due by.</source>
      <translation>Enter the day it is due by.</translation>
    </message>
    <message>
      <source>{year} has a plan already; change its entries instead.</source>
      <translation>{year} has a plan already; change its entries instead.</translation>
    </message>
    <message>
      <source>Keep the day within {year}.</source>
      <translation>Keep the day within {year}.</translation>
    </message>
    <message>
      <source>That plan entry is not on record.</source>
      <translation>That plan entry is not on record.</translation>
    </message>
    <message>
      <source>Choose drills, trainings, or any.</source>
      <translation>Choose drills, trainings, or any.</translation>
    </message>
    <message>
      <source>No session {number}.</source>
      <translation>No session {number}.</translation>
    </message>
    <message>
      <source>That event is not on record.</source>
      <translation>That event is not on record.</translation>
    </message>
    <message>
      <source>This event was voided: it cannot change.</source>
      <translation>This event was voided: it cannot change.</translation>
    </message>
    <message>
      <source>Choose which events to list.</source>
      <translation>Choose which events to list.</translation>
    </message>
    <message>
      <source>The last day comes before the first.</source>
      <translation>The last day comes before the first.</translation>
    </message>
    <message>
      <source>Choose the kind of event.</source>
      <translation>Choose the kind of event.</translation>
    </message>
    <message>
      <source>No event {number}.</source>
      <translation>No event {number}.</translation>
    </message>
    <message>
      <source>Enter the event's theme.</source>
      <translation>Enter the event's theme.</translation>
    </message>
    <message>
      <source>Give the start time.</source>
      <translation>Give the start time.</translation>
    </message>
    <message>
      <source>Give the end time.</source>
      <translation>Give the end time.</translation>
    </message>
    <message>
      <source>Enter where the event takes place.</source>
      <translation>Enter where the event takes place.</translation>
    </message>
    <message>
      <source>Enter who organises it.</source>
      <translation>Enter who organises it.</translation>
    </message>
    <message>
      <source>Say why the event is cancelled.</source>
      <translation>Say why the event is cancelled.</translation>
    </message>
    <message>
      <source>This event was voided: it is not announced.</source>
      <translation>This event was voided: it is not announced.</translation>
    </message>
    <message>
      <source>An event holds at most {limit} photos.</source>
      <translation>An event holds at most {limit} photos.</translation>
    </message>
    <message>
      <source>This incident is voided: it cannot change.</source>
      <translation>This incident is voided: it cannot change.</translation>
    </message>
    <message>
      <source>This incident is closed: it cannot change.</source>
      <translation>This incident is closed: it cannot change.</translation>
    </message>
    <message>
      <source>Choose which incidents to list.</source>
      <translation>Choose which incidents to list.</translation>
    </message>
    <message>
      <source>The last day is before the first.</source>
      <translation>The last day is before the first.</translation>
    </message>
    <message>
      <source>Incidents are opened from a patrol finding or a gate entry.</source>
      <translation>Incidents are opened from a patrol finding or a gate entry.</translation>
    </message>
    <message>
      <source>Incident {number} is already on record for it.</source>
      <translation>Incident {number} is already on record for it.</translation>
    </message>
    <message>
      <source>A follow-up's deadline would be before the incident.</source>
      <translation>A follow-up's deadline would be before the incident.</translation>
    </message>
    <message>
      <source>Say who did it.</source>
      <translation>Say who did it.</translation>
    </message>
    <message>
      <source>That follow-up action is not on record.</source>
      <translation>That follow-up action is not on record.</translation>
    </message>
    <message>
      <source>That follow-up action is already done.</source>
      <translation>That follow-up action is already done.</translation>
    </message>
    <message>
      <source>This incident is voided already.</source>
      <translation>This incident is voided already.</translation>
    </message>
    <message>
      <source>No incident has the number {number}.</source>
      <translation>No incident has the number {number}.</translation>
    </message>
    <message>
      <source>Choose the kind of incident.</source>
      <translation>Choose the kind of incident.</translation>
    </message>
    <message>
      <source>Give the date and time.</source>
      <translation>Give the date and time.</translation>
    </message>
    <message>
      <source>The time is in the future; check it.</source>
      <translation>The time is in the future; check it.</translation>
    </message>
    <message>
      <source>The date is more than {days} days ago; check it.</source>
      <translation>The date is more than {days} days ago; check it.</translation>
    </message>
    <message>
      <source>This must be text.</source>
      <translation>This must be text.</translation>
    </message>
    <message>
      <source>Say yes or no.</source>
      <translation>Say yes or no.</translation>
    </message>
    <message>
      <source>The loss is an amount in yuan from 0 to 10,000,000.</source>
      <translation>The loss is an amount in yuan from 0 to 10,000,000.</translation>
    </message>
    <message>
      <source>Give the incident a short title.</source>
      <translation>Give the incident a short title.</translation>
    </message>
    <message>
      <source>Say where it happened.</source>
      <translation>Say where it happened.</translation>
    </message>
    <message>
      <source>Say what happened.</source>
      <translation>Say what happened.</translation>
    </message>
    <message>
      <source>A report number means the police were called.</source>
      <translation>A report number means the police were called.</translation>
    </message>
    <message>
      <source>A report number means the fire brigade was called.</source>
      <translation>A report number means the fire brigade was called.</translation>
    </message>
    <message>
      <source>Say what is to be done.</source>
      <translation>Say what is to be done.</translation>
    </message>
    <message>
      <source>Say who (a person or a department) is to do it.</source>
      <translation>Say who (a person or a department) is to do it.</translation>
    </message>
    <message>
      <source>Type the incident's number.</source>
      <translation>Type the incident's number.</translation>
    </message>
    <message>
      <source>That incident is not on record.</source>
      <translation>That incident is not on record.</translation>
    </message>
    <message>
      <source>Give 5 (very satisfied) to 1 (very dissatisfied), or 0 or nothing.</source>
      <translation>Give 5 (very satisfied) to 1 (very dissatisfied), or 0 or nothing.</translation>
    </message>
    <message>
      <source>No survey round {number}.</source>
      <translation>No survey round {number}.</translation>
    </message>
    <message>
      <source>This round asks {questions} questions; leave this column empty.</source>
      <translation>This round asks {questions} questions; leave this column empty.</translation>
    </message>
    <message>
      <source>Name the round (at most {limit} characters).</source>
      <translation>Name the round (at most {limit} characters).</translation>
    </message>
    <message>
      <source>Enter the round's first and last day.</source>
      <translation>Enter the round's first and last day.</translation>
    </message>
    <message>
      <source>Choose what the comment is about, or nothing.</source>
      <translation>Choose what the comment is about, or nothing.</translation>
    </message>
    <message>
      <source>Type the unit, e.g. 3-2-1502.</source>
      <translation>Type the unit, e.g. 3-2-1502.</translation>
    </message>
    <message>
      <source>Replaced by a new entry of the same form.</source>
      <translation>Replaced by a new entry of the same form.</translation>
    </message>
    <message>
      <source>This survey round was voided.</source>
      <translation>This survey round was voided.</translation>
    </message>
    <message>
      <source>This survey round is closed: it takes no more responses.</source>
      <translation>This survey round is closed: it takes no more responses.</translation>
    </message>
    <message>
      <source>Unit {unit} has already answered this round; replace its response only if this form is the right one.</source>
      <translation>Unit {unit} has already answered this round; replace its response only if this form is the right one.</translation>
    </message>
    <message>
      <source>That survey response is not on record.</source>
      <translation>That survey response is not on record.</translation>
    </message>
    <message>
      <source>Choose an area, or any.</source>
      <translation>Choose an area, or any.</translation>
    </message>
    <message>
      <source>That survey round is not on record.</source>
      <translation>That survey round is not on record.</translation>
    </message>
    <message>
      <source>Choose a year from 2000 to 2100, or any.</source>
      <translation>Choose a year from 2000 to 2100, or any.</translation>
    </message>
    <message>
      <source>The task {task} is not for the area {area}.</source>
      <translation>The task {task} is not for the area {area}.</translation>
    </message>
    <message>
      <source>The task {task} was not on the books on {day}.</source>
      <translation>The task {task} was not on the books on {day}.</translation>
    </message>
    <message>
      <source>{task} in {area} is already logged for {day}; void that entry to log it again.</source>
      <translation>{task} in {area} is already logged for {day}; void that entry to log it again.</translation>
    </message>
    <message>
      <source>That work-log entry is not on record.</source>
      <translation>That work-log entry is not on record.</translation>
    </message>
    <message>
      <source>Choose both the first and the last day, or neither.</source>
      <translation>Choose both the first and the last day, or neither.</translation>
    </message>
    <message>
      <source>Choose cleaning or greening, or any.</source>
      <translation>Choose cleaning or greening, or any.</translation>
    </message>
    <message>
      <source>Choose the area.</source>
      <translation>Choose the area.</translation>
    </message>
    <message>
      <source>Nothing to log: the area has no open task that day.</source>
      <translation>Nothing to log: the area has no open task that day.</translation>
    </message>
    <message>
      <source>At most {limit} rows at once.</source>
      <translation>At most {limit} rows at once.</translation>
    </message>
    <message>
      <source>Every row is for the day chosen.</source>
      <translation>Every row is for the day chosen.</translation>
    </message>
    <message>
      <source>A task is logged once a day.</source>
      <translation>A task is logged once a day.</translation>
    </message>
    <message>
      <source>Choose cleaning or greening.</source>
      <translation>Choose cleaning or greening.</translation>
    </message>
    <message>
      <source>Enter the area (a building or a common area).</source>
      <translation>Enter the area (a building or a common area).</translation>
    </message>
    <message>
      <source>Enter the task.</source>
      <translation>Enter the task.</translation>
    </message>
    <message>
      <source>Enter the usual time as hours and minutes.</source>
      <translation>Enter the usual time as hours and minutes.</translation>
    </message>
    <message>
      <source>Choose who did the work.</source>
      <translation>Choose who did the work.</translation>
    </message>
    <message>
      <source>{name} is not in the department that does this work.</source>
      <translation>{name} is not in the department that does this work.</translation>
    </message>
    <message>
      <source>Enter the day.</source>
      <translation>Enter the day.</translation>
    </message>
    <message>
      <source>The day is in the future; work is logged once done.</source>
      <translation>The day is in the future; work is logged once done.</translation>
    </message>
    <message>
      <source>Enter the time as hours and minutes.</source>
      <translation>Enter the time as hours and minutes.</translation>
    </message>
    <message>
      <source>Say why the task was not done.</source>
      <translation>Say why the task was not done.</translation>
    </message>
    <message>
      <source>That work-log task is not on record.</source>
      <translation>That work-log task is not on record.</translation>
    </message>
    <message>
      <source>The area {area} already has the task {task}.</source>
      <translation>The area {area} already has the task {task}.</translation>
    </message>
    <message>
      <source>This conflict was already resolved.</source>
      <translation>This conflict was already resolved.</translation>
    </message>
    <message>
      <source>Choose this station's version or the server's.</source>
      <translation>Choose this station's version or the server's.</translation>
    </message>
    <message>
      <source>One side deleted the record: keep this station's version or the server's as a whole.</source>
      <translation>One side deleted the record: keep this station's version or the server's as a whole.</translation>
    </message>
    <message>
      <source>Enter the server's name or IP address.</source>
      <translation>Enter the server's name or IP address.</translation>
    </message>
    <message>
      <source>The port is a number from 1 to 65535.</source>
      <translation>The port is a number from 1 to 65535.</translation>
    </message>
    <message>
      <source>Enter the database's name.</source>
      <translation>Enter the database's name.</translation>
    </message>
    <message>
      <source>Enter the user name on the server.</source>
      <translation>Enter the user name on the server.</translation>
    </message>
    <message>
      <source>The server {server} cannot be reached: check the address, the network cable and that the server is on.</source>
      <translation>The server {server} cannot be reached: check the address, the network cable and that the server is on.</translation>
    </message>
    <message>
      <source>The server refused the user name or password for {server}.</source>
      <translation>The server refused the user name or password for {server}.</translation>
    </message>
    <message>
      <source>The server {server} has no database of that name.</source>
      <translation>The server {server} has no database of that name.</translation>
    </message>
    <message>
      <source>The server {server} holds data of a newer propdesk (schema {schema}): install the newer version on this station first.</source>
      <translation>The server {server} holds data of a newer propdesk (schema {schema}): install the newer version on this station first.</translation>
    </message>
    <message>
      <source>The server {server} answered with an error: {detail}</source>
      <translation>The server {server} answered with an error: {detail}</translation>
    </message>
    <message>
      <source>Enter the server's name (letters, digits, dots and dashes) or its IP address.</source>
      <translation>Enter the server's name (letters, digits, dots and dashes) or its IP address.</translation>
    </message>
    <message>
      <source>This name cannot contain control characters.</source>
      <translation>This name cannot contain control characters.</translation>
    </message>
    <message>
      <source>PostgreSQL names are at most 63 bytes long (21 Chinese characters).</source>
      <translation>PostgreSQL names are at most 63 bytes long (21 Chinese characters).</translation>
    </message>
    <message>
      <source>The password can have at most {limit} characters and no control characters.</source>
      <translation>The password can have at most {limit} characters and no control characters.</translation>
    </message>
    <message>
      <source>PROPDESK_DATABASE_URL chooses this station's database; change or remove it there to choose here.</source>
      <translation>PROPDESK_DATABASE_URL chooses this station's database; change or remove it there to choose here.</translation>
    </message>
    <message>
      <source>{n} records saved on this station have not reached the server yet. Wait until the status bar says synced (the server must be reachable), then choose again.</source>
      <translation>{n} records saved on this station have not reached the server yet. Wait until the status bar says synced (the server must be reachable), then choose again.</translation>
    </message>
    <message>
      <source>{n} conflicts are open on this station: resolve them in Settings → Sync conflicts first, then choose again.</source>
      <translation>{n} conflicts are open on this station: resolve them in Settings → Sync conflicts first, then choose again.</translation>
    </message>
  </context>
</TS>
