"""What `propdesk sync …` prints, in the three languages of cli_words."""

from __future__ import annotations

from propdesk.commands.voice import Voice
from propdesk.reports.labels import Trilingual
from propdesk.reports.labels import trilingual as _t

SYNC_WORDS: dict[str, Trilingual] = {
    "sync.not_joined": _t(
        "本工作站没有加入服务器同步（用 propdesk sync join 加入）",
        "本工作站沒有加入伺服器同步（用 propdesk sync join 加入）",
        "this station does not sync with a server (join one with propdesk sync join)",
    ),
    "sync.password": _t(
        "服务器用户 {user} 的密码：",
        "伺服器使用者 {user} 的密碼：",
        "password of {user} on the server: ",
    ),
    "sync.tested": _t(
        "已连接 {server}：PostgreSQL {version}，propdesk 结构版本 {schema}，"
        "{stations} 个同步工作站",
        "已連線 {server}：PostgreSQL {version}，propdesk 結構版本 {schema}，"
        "{stations} 個同步工作站",
        "connected to {server}: PostgreSQL {version}, propdesk schema {schema}, "
        "{stations} syncing stations",
    ),
    "sync.joined": _t(
        "已加入 {server}，本工作站为 {letter} 站；复制了 {rows} 条记录",
        "已加入 {server}，本工作站為 {letter} 站；複製了 {rows} 筆記錄",
        "joined {server} as station {letter}; {rows} records copied",
    ),
    "sync.kept": _t(
        "原数据库文件已另存为 {path}",
        "原資料庫檔案已另存為 {path}",
        "the previous database file was kept as {path}",
    ),
    "sync.status": _t(
        "工作站 {letter}，服务器 {server}：{state}；"
        "待上传 {waiting} 条，冲突 {conflicts} 个，被拒 {refused} 条",
        "工作站 {letter}，伺服器 {server}：{state}；"
        "待上傳 {waiting} 筆，衝突 {conflicts} 個，被拒 {refused} 筆",
        "station {letter}, server {server}: {state}; {waiting} waiting, {conflicts} conflicts, "
        "{refused} refused",
    ),
    "sync.online": _t("已同步 {when}", "已同步 {when}", "synced {when}"),
    "sync.offline": _t("自 {when} 起离线", "自 {when} 起離線", "offline since {when}"),
    "sync.never": _t("尚未同步", "尚未同步", "not synced yet"),
    "sync.error": _t("最近的错误：{error}", "最近的錯誤：{error}", "last error: {error}"),
    "sync.round": _t(
        "同步完成：取回 {pulled} 条，删除 {deleted} 条，上传 {sent} 条，"
        "新冲突 {conflicts} 个，被拒 {refused} 条",
        "同步完成：取回 {pulled} 筆，刪除 {deleted} 筆，上傳 {sent} 筆，"
        "新衝突 {conflicts} 個，被拒 {refused} 筆",
        "synced: {pulled} taken, {deleted} deleted, {sent} sent, {conflicts} new conflicts, "
        "{refused} refused",
    ),
    "sync.failed": _t(
        "无法同步（{error}）；记录都保存在本机，恢复联网后会自动上传",
        "無法同步（{error}）；記錄都保存在本機，恢復連線後會自動上傳",
        "could not sync ({error}); everything is kept on this station and goes up when the "
        "server is back",
    ),
}


def sync_words(voice: Voice, key: str, **params: object) -> str:
    return voice.say_from(SYNC_WORDS, key, **params)
