"""What the headless commands print, in the three languages the app speaks: a command
run from a scheduled task writes its lines into a log the office reads, so they are
in the station's language like the window. The services' own messages (errors) come
from the window's catalogue instead (qm_catalogue); these are the commands' lines.
Texts with {placeholders} are filled by `Voice.say`."""

from __future__ import annotations

from propdesk.reports.labels import Trilingual
from propdesk.reports.labels import trilingual as _t

CLI_WORDS: dict[str, Trilingual] = {
    # propdesk init, backup, restore, audit, purge (cli.py).
    "init.admin": _t(
        "管理员 {username} 已创建", "管理員 {username} 已建立", "administrator {username} created"
    ),
    "init.data_dir": _t("数据文件夹：{path}", "資料夾：{path}", "data folder: {path}"),
    "init.database": _t(
        "数据库：{database}（结构版本 {revision}）",
        "資料庫：{database}（結構版本 {revision}）",
        "database:    {database} (schema {revision})",
    ),
    "password.prompt": _t(
        "{username} 的密码：", "{username} 的密碼：", "password for {username}: "
    ),
    "password.again": _t("再输入一次：", "再輸入一次：", "again: "),
    "backup.done": _t(
        "备份已写入并校验：{path}",
        "備份已寫入並校驗：{path}",
        "backup written and verified: {path}",
    ),
    "restore.done": _t(
        "数据库已从 {file} 恢复；原数据库已另存为 {kept}",
        "資料庫已從 {file} 還原；原資料庫已另存為 {kept}",
        "database restored from {file}; the previous one was kept as {kept}",
    ),
    "restore.done_no_previous": _t(
        "数据库已从 {file} 恢复（此前没有数据库文件）",
        "資料庫已從 {file} 還原（此前沒有資料庫檔案）",
        "database restored from {file} (there was no database file before)",
    ),
    "audit.intact": _t(
        "审计链完好：共 {checked} 条记录，最新校验值 {hash}",
        "稽核鏈完好：共 {checked} 筆記錄，最新校驗值 {hash}",
        "audit trail intact: {checked} entries, latest hash {hash}",
    ),
    "audit.broken": _t(
        "审计链在第 {seq} 条记录处断开（{reason}）；此前的 {checked} 条记录完好",
        "稽核鏈在第 {seq} 筆記錄處斷開（{reason}）；此前的 {checked} 筆記錄完好",
        "audit trail BROKEN at entry #{seq} ({reason}); {checked} entries before it are intact",
    ),
    # The anchors kept outside the database (commands/audit.py).
    "audit.anchors_intact": _t(
        "审计链经过全部 {count} 个锚点（{file}）",
        "稽核鏈經過全部 {count} 個錨點（{file}）",
        "the chain passes through all {count} anchors ({file})",
    ),
    "audit.no_anchors": _t(
        "还没有锚点（{file}）：只检查了审计链本身",
        "還沒有錨點（{file}）：只檢查了稽核鏈本身",
        "no anchors yet ({file}): only the chain itself was checked",
    ),
    "audit.anchor_missed": _t(
        "审计链不再经过 {when} 的{kind}锚点（第 {seq} 条记录，{what}，校验值 {hash}…）：{why}",
        "稽核鏈不再經過 {when} 的{kind}錨點（第 {seq} 筆記錄，{what}，校驗值 {hash}…）：{why}",
        "audit trail BROKEN: it no longer passes through the {kind} anchor of {when} "
        "(entry #{seq}, {what}, hash {hash}…): {why}",
    ),
    "audit.anchor_changed": _t(
        "第 {seq} 条记录已被改动（其后的校验值被重算）",
        "第 {seq} 筆記錄已被改動（其後的校驗值被重算）",
        "entry #{seq} now has another hash (rows were changed and rehashed)",
    ),
    "audit.anchor_gone": _t(
        "第 {seq} 条记录已不存在",
        "第 {seq} 筆記錄已不存在",
        "there is no entry #{seq} any more",
    ),
    "audit.kind.backup": _t("备份", "備份", "backup"),
    "audit.kind.daily": _t("每日", "每日", "daily"),
    "audit.kind.report": _t("报表", "報表", "report"),
    "audit.kind.restore": _t("恢复", "還原", "restore"),
    "audit.anchor_unreadable": _t(
        "锚点文件 {file} 第 {line} 行无法读取，已跳过",
        "錨點檔案 {file} 第 {line} 行無法讀取，已略過",
        "anchor file {file}: line {line} cannot be read; it was skipped",
    ),
    "audit.anchor_torn": _t(
        "锚点文件 {file} 的最后一行不完整（写入时中断），已跳过",
        "錨點檔案 {file} 的最後一行不完整（寫入時中斷），已略過",
        "anchor file {file}: the last line was cut off (a crash while writing); it was skipped",
    ),
    "audit.anchor_file_unreadable": _t(
        "无法读取锚点文件 {file}（{reason}）：只检查了审计链本身",
        "無法讀取錨點檔案 {file}（{reason}）：只檢查了稽核鏈本身",
        "the anchor file {file} cannot be read ({reason}): only the chain itself was checked",
    ),
    "purge.cutoff": _t(
        "截止时间：{cutoff}（此前的访客记录）",
        "截止時間：{cutoff}（此前的訪客記錄）",
        "cutoff: {cutoff} (visits before it)",
    ),
    "purge.dry_run": _t(
        "将清除个人信息的访客记录：{count} 条（试运行）",
        "將清除個人資料的訪客記錄：{count} 筆（試運行）",
        "visitor records that would be blanked: {count} (dry run)",
    ),
    "purge.done": _t(
        "已清除个人信息的访客记录：{count} 条",
        "已清除個人資料的訪客記錄：{count} 筆",
        "visitor records blanked: {count}",
    ),
    "backup.none": _t(
        "在 {folder} 中没有找到可用的备份",
        "在 {folder} 中沒有找到可用的備份",
        "no usable backup found in {folder}",
    ),
    "backup.offer": _t(
        "最新的完好备份是 {path}（{when}）；恢复命令：{command}",
        "最新的完好備份是 {path}（{when}）；還原指令：{command}",
        "the newest good backup is {path} ({when}); restore it with: {command}",
    ),
    "log.dropped": _t(
        "无法写入 {folder} 中的日志（{reason}）；日志记录已略去",
        "無法寫入 {folder} 中的日誌（{reason}）；日誌記錄已略去",
        "the log in {folder} cannot be written ({reason}); log lines are dropped",
    ),
    "unexpected": _t(
        "发生意外错误；详情见 {folder} 中的日志",
        "發生意外錯誤；詳情見 {folder} 中的日誌",
        "unexpected error; details are in {folder}",
    ),
    # propdesk report monthly.
    "report.progress": _t("月度报告 {month}", "月度報告 {month}", "monthly report {month}"),
    "report.pdf_done": _t(
        "月度报告 {month} 已写入：{path}",
        "月度報告 {month} 已寫入：{path}",
        "monthly report {month} written: {path}",
    ),
    "report.xlsx_done": _t(
        "月度工作簿 {month} 已写入：{path}（{sheets} 张工作表，{rows} 行）",
        "月度活頁簿 {month} 已寫入：{path}（{sheets} 張工作表，{rows} 列）",
        "monthly workbook {month} written: {path} ({sheets} sheets, {rows} rows)",
    ),
    # propdesk export.
    "export.progress": _t("导出 {table}", "匯出 {table}", "export {table}"),
    "export.done": _t(
        "{table}：{rows} 行{days}，已写入：{path}",
        "{table}：{rows} 列{days}，已寫入：{path}",
        "{table}: {rows} rows{days} written: {path}",
    ),
    "export.from_to": _t(
        "（{first} 至 {last}）", "（{first} 至 {last}）", " from {first} to {last}"
    ),
    "export.from": _t("（{first} 起）", "（{first} 起）", " from {first}"),
    "export.to": _t("（至 {last}）", "（至 {last}）", " to {last}"),
    "export.needs_days": _t(
        "{table} 需要 --from 和 --to（第一天和最后一天）",
        "{table} 需要 --from 和 --to（第一天和最後一天）",
        "{table} needs --from and --to (the first and the last day)",
    ),
    # propdesk import and template.
    "import.counts": _t(
        "{kind}：共 {total} 行，新建 {created}，更新 {updated}，未变 {unchanged}",
        "{kind}：共 {total} 列，新增 {created}，更新 {updated}，未變 {unchanged}",
        "{kind}: {total} rows, {created} created, {updated} updated, {unchanged} unchanged",
    ),
    "import.failed": _t(
        "{counts}，{errors} 处错误：未写入任何内容",
        "{counts}，{errors} 處錯誤：未寫入任何內容",
        "{counts}, {errors} errors: nothing was written",
    ),
    "import.dry_run": _t(
        "{counts}（试运行：未写入任何内容）",
        "{counts}（試運行：未寫入任何內容）",
        "{counts} (dry run: nothing was written)",
    ),
    "import.written": _t("{counts}：已写入", "{counts}：已寫入", "{counts}: written"),
    "import.row": _t("第 {row} 行", "第 {row} 列", "row {row}"),
    "import.row_cell": _t(
        "第 {row} 行，{header}（{letter} 列）",
        "第 {row} 列，{header}（{letter} 欄）",
        "row {row}, {header} ({letter})",
    ),
    "import.problem": _t("{where}：{message}", "{where}：{message}", "{where}: {message}"),
    "import.report_done": _t(
        "错误报告已写入：{path}", "錯誤報告已寫入：{path}", "error report written: {path}"
    ),
    "template.done": _t(
        "导入模板已写入：{path}", "匯入範本已寫入：{path}", "template written: {path}"
    ),
    # propdesk demo-data.
    "demo.exists": _t(
        "数据库中已有数据；未添加演示数据",
        "資料庫中已有資料；未加入示範資料",
        "the database already has data; demo data not added",
    ),
    "demo.created": _t(
        "演示小区 {estate} 已在 {seconds} 秒内建成：{buildings} 栋楼，{units} 套房屋，"
        "{residents} 位住户（{moved_out} 位已迁出），{vehicles} 辆车，{spaces} 个车位，"
        "{cards} 张门禁卡（{lost} 张挂失）",
        "示範社區 {estate} 已在 {seconds} 秒內建成：{buildings} 棟樓，{units} 戶，"
        "{residents} 位住戶（{moved_out} 位已遷出），{vehicles} 輛車，{spaces} 個車位，"
        "{cards} 張門禁卡（{lost} 張掛失）",
        "demo estate {estate} created in {seconds} s: {buildings} buildings, {units} units, "
        "{residents} residents ({moved_out} moved out), {vehicles} vehicles, {spaces} parking "
        "spaces, {cards} access cards ({lost} lost)",
    ),
    "demo.gate_events": _t("，{count} 条门岗记录", "，{count} 筆門崗記錄", ", {count} gate events"),
    "demo.repair_tickets": _t(
        "，{count} 张报修工单", "，{count} 張報修工單", ", {count} repair tickets"
    ),
    # propdesk id-key (commands/id_key.py).
    "id_key.exported": _t(
        "身份证号码密钥已导出到 {path}：请与备份分开妥善保管",
        "身分證號碼金鑰已匯出到 {path}：請與備份分開妥善保管",
        "ID number key exported to {path}: keep it safe, apart from the backups",
    ),
    "id_key.imported": _t(
        "身份证号码密钥已导入（指纹 {fingerprint}）",
        "身分證號碼金鑰已匯入（指紋 {fingerprint}）",
        "ID number key imported (fingerprint {fingerprint})",
    ),
    # propdesk check (commands/check.py).
    "check.sound": _t(
        "数据库已逐页检查，未发现损坏：{path}",
        "資料庫已逐頁檢查，未發現損壞：{path}",
        "database checked page by page, no damage found: {path}",
    ),
    "check.server": _t(
        "数据库在 PostgreSQL 服务器上：请在服务器上检查（例如 pg_amcheck）",
        "資料庫在 PostgreSQL 伺服器上：請在伺服器上檢查（例如 pg_amcheck）",
        "the database is on a PostgreSQL server: check it on the server (e.g. pg_amcheck)",
    ),
    "demo.patrol_rounds": _t("，{count} 次巡逻", "，{count} 次巡邏", ", {count} patrol rounds"),
    "demo.complaints": _t("，{count} 件投诉", "，{count} 件投訴", ", {count} complaints"),
    "demo.inquiries": _t("，{count} 条咨询", "，{count} 條諮詢", ", {count} inquiries"),
    "demo.equipment": _t(
        "，{count} 件设施设备", "，{count} 件設施設備", ", {count} equipment items"
    ),
    "demo.inspections": _t("，{count} 次巡检", "，{count} 次巡檢", ", {count} inspections"),
    "demo.rectifications": _t(
        "，{count} 份整改通知单", "，{count} 份整改通知單", ", {count} rectification notices"
    ),
    "demo.incidents": _t(
        "，{count} 起安全事件", "，{count} 起安全事件", ", {count} safety incidents"
    ),
    "demo.drill_sessions": _t(
        "，{count} 次演练与培训", "，{count} 次演練與培訓", ", {count} drills and trainings"
    ),
    "demo.community_events": _t(
        "，{count} 场社区活动", "，{count} 場社區活動", ", {count} community events"
    ),
    "demo.survey_responses": _t(
        "，{count} 份满意度问卷", "，{count} 份滿意度問卷", ", {count} survey responses"
    ),
    "demo.assessments": _t(
        "，{count} 份月度考核", "，{count} 份月度考核", ", {count} monthly assessments"
    ),
    "demo.worklog_entries": _t(
        "，{count} 条保洁绿化日志", "，{count} 筆保潔綠化日誌", ", {count} work log entries"
    ),
    "demo.traffic": _t(
        "门岗流量：{done} / 约 {expected} 条记录",
        "門崗流量：{done} / 約 {expected} 筆記錄",
        "gate traffic: {done} of about {expected} events",
    ),
    "demo.traffic_done": _t(
        "门岗流量：已写入 {done} 条记录；正在建立日志索引并写入报修工单和巡逻记录 …",
        "門崗流量：已寫入 {done} 筆記錄；正在建立日誌索引並寫入報修工單和巡邏記錄 …",
        "gate traffic: {done} events written; now indexing the journal and writing the "
        "repair tickets and patrol rounds …",
    ),
}
