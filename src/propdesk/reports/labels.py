"""Text written into workbooks (import templates, notes, drop-downs, error reports).

Workbooks are files a person opens in Excel, away from the app's Qt catalogues, so
their words live here in the three languages the app speaks. An import recognises a
header in any of them, so a template downloaded in Chinese imports on an English
station.
"""

from __future__ import annotations

LANGS = ("zh_CN", "zh_TW", "en")
DEFAULT_LANG = "zh_CN"

Trilingual = dict[str, str]  # one text by language code (LANGS)


def trilingual(zh_cn: str, zh_tw: str, en: str) -> Trilingual:
    """One text in the three languages; every table of fixed words is made of these."""
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


_t = trilingual  # short: every entry below calls it

LABELS: dict[str, Trilingual] = {
    # Column headers of the import templates.
    "col.building": _t("楼栋", "樓棟", "Building"),
    "col.entrance": _t("单元", "單元", "Entrance"),
    "col.room": _t("室", "室", "Room"),
    "col.floor": _t("楼层", "樓層", "Floor"),
    "col.area": _t("面积(㎡)", "面積(㎡)", "Area (m²)"),
    "col.unit": _t("房号", "房號", "Unit"),
    "col.resident_kind": _t("住户类型", "住戶類型", "Resident type"),
    "col.name": _t("姓名", "姓名", "Name"),
    "col.phone": _t("电话", "電話", "Phone"),
    "col.phone2": _t("备用电话", "備用電話", "Second phone"),
    "col.id_number": _t("证件号码", "證件號碼", "ID number"),
    "col.move_in": _t("入住日期", "入住日期", "Move-in date"),
    "col.move_out": _t("迁出日期", "遷出日期", "Move-out date"),
    "col.plate": _t("车牌号", "車牌號", "Plate number"),
    "col.owner_name": _t("车主姓名", "車主姓名", "Owner's name"),
    "col.parking_space": _t("车位", "車位", "Parking space"),
    "col.description": _t("车辆描述", "車輛描述", "Vehicle description"),
    "col.card_number": _t("卡号", "卡號", "Card number"),
    "col.holder_name": _t("持卡人", "持卡人", "Cardholder"),
    "col.card_status": _t("卡状态", "卡狀態", "Card status"),
    "col.issued_on": _t("发卡日期", "發卡日期", "Issued on"),
    # Drop-down values.
    "kind.owner": _t("业主", "業主", "Owner"),
    "kind.tenant": _t("租户", "租戶", "Tenant"),
    "kind.family": _t("家庭成员", "家庭成員", "Family member"),
    # A card's state, in the glossary's words: written out, as the glossary imports this
    # module (tests/unit/test_glossary.py holds the two equal).
    "status.active": _t("有效", "有效", "Active"),
    "status.lost": _t("挂失", "掛失", "Lost"),
    "status.revoked": _t("注销", "註銷", "Revoked"),
    "status.returned": _t("已退卡", "已退卡", "Returned"),
    # Sheet names (at most 31 characters, none of : \ / ? * [ ]).
    "sheet.units": _t("房号", "房號", "Units"),
    "sheet.residents": _t("住户", "住戶", "Residents"),
    "sheet.vehicles": _t("车辆", "車輛", "Vehicles"),
    "sheet.cards": _t("门禁卡", "門禁卡", "Access cards"),
    "sheet.notes": _t("填写说明", "填寫說明", "Notes"),
    "sheet.errors": _t("导入错误", "匯入錯誤", "Import errors"),
    # The notes sheet.
    "notes.column": _t("列", "欄位", "Column"),
    "notes.required": _t("必填", "必填", "Required"),
    "notes.explanation": _t("说明", "說明", "Explanation"),
    "notes.example": _t("示例", "範例", "Example"),
    "notes.yes": _t("是", "是", "yes"),
    "notes.no": _t("否", "否", "no"),
    "notes.choose": _t(
        "请从下拉列表中选择。", "請從下拉選單中選擇。", "Pick a value from the list."
    ),
    "notes.intro": _t(
        "第一行是列标题，请勿修改（列的顺序可以调整）；从第二行起每行一条记录。"
        "第二行是示例，导入前请覆盖或删除。再次导入同一文件不会重复建立记录。",
        "第一列是欄位標題，請勿修改（欄位順序可以調整）；從第二列起每列一筆記錄。"
        "第二列是範例，匯入前請覆蓋或刪除。再次匯入同一檔案不會重複建立記錄。",
        "Row 1 holds the column headers: keep their text (the order may change). Each "
        "following row is one record. Row 2 is an example: overwrite or delete it before "
        "importing. Importing the same file again creates nothing twice.",
    ),
    "notes.limit": _t(
        "每个文件最多 {limit} 行。有任何一行出错时不会写入任何记录，请按错误报告修改后再导入。",
        "每個檔案最多 {limit} 列。任何一列有錯時不會寫入任何記錄，請依錯誤報告修改後再匯入。",
        "At most {limit} rows per file. If any row has an error nothing is written: correct "
        "the rows named in the error report and import again.",
    ),
    # Explanations of each column, on the notes sheet.
    "note.building": _t(
        "楼栋编号，1–8 位字母或数字，如 3。新楼栋会自动建立。",
        "樓棟編號，1–8 位字母或數字，如 3。新樓棟會自動建立。",
        "Building code, 1–8 letters or digits, e.g. 3. A new building is created for you.",
    ),
    "note.entrance": _t(
        "单元号，1–8 位字母或数字；没有单元时留空。",
        "單元號，1–8 位字母或數字；沒有單元時留空。",
        "Entrance (单元), 1–8 letters or digits; leave empty when the building has none.",
    ),
    "note.room": _t(
        "室号，如 1502。房号由 楼栋-单元-室 组成，如 3-2-1502。",
        "室號，如 1502。房號由 樓棟-單元-室 組成，如 3-2-1502。",
        "Room, e.g. 1502. The unit code is building-entrance-room, e.g. 3-2-1502.",
    ),
    "note.floor": _t(
        "楼层，整数（-5 至 200，不能为 0）；留空时由室号推算（1502 → 15）。",
        "樓層，整數（-5 至 200，不能為 0）；留空時由室號推算（1502 → 15）。",
        "Floor, a whole number from -5 to 200 (not 0); when empty it comes from the room "
        "(1502 → 15).",
    ),
    "note.area": _t(
        "建筑面积，平方米，最多两位小数，如 89.5。",
        "建築面積，平方公尺，最多兩位小數，如 89.5。",
        "Floor area in square metres, at most 2 decimals, e.g. 89.5.",
    ),
    "note.unit": _t(
        "房号，如 3-2-1502（没有单元时 3-1502）；须已登记在房号表中。",
        "房號，如 3-2-1502（沒有單元時 3-1502）；須已登記在房號表中。",
        "Unit code, e.g. 3-2-1502 (3-1502 without an entrance); the unit must be "
        "registered already.",
    ),
    "note.resident_kind": _t(
        "业主、租户或家庭成员，从下拉列表选择。",
        "業主、租戶或家庭成員，從下拉選單選擇。",
        "Owner, tenant or family member: pick from the drop-down list.",
    ),
    "note.name": _t(
        "姓名，最多 40 个字。同一房号下按姓名识别同一个人。",
        "姓名，最多 40 個字。同一房號下依姓名識別同一個人。",
        "Name, at most 40 characters. Within a unit a person is recognised by name.",
    ),
    "note.phone": _t(
        "手机 11 位，或座机（可带区号）。",
        "手機 11 位，或市話（可帶區號）。",
        "Mobile (11 digits) or landline (area code allowed).",
    ),
    "note.phone2": _t(
        "第二个电话，格式同上，可留空。",
        "第二個電話，格式同上，可留空。",
        "A second phone, same format, may be empty.",
    ),
    "note.id_number": _t(
        "身份证 18 位（校验位须正确），或其他证件 6–30 位；请以文本格式填写。"
        "系统中只显示遮盖后的号码；留空不会清除已登记的号码。",
        "身分證 18 位（檢查碼須正確），或其他證件 6–30 位；請以文字格式填寫。"
        "系統中只顯示遮蓋後的號碼；留空不會清除已登記的號碼。",
        "ID card (18 characters, valid check digit) or another document (6–30 characters); "
        "type it as text. It is only ever shown masked; an empty cell keeps the number on "
        "record.",
    ),
    "note.move_in": _t(
        "日期，如 2026-11-03 或 2026/11/3。",
        "日期，如 2026-11-03 或 2026/11/3。",
        "A date, e.g. 2026-11-03 or 2026/11/3.",
    ),
    "note.move_out": _t(
        "迁出日期，不得早于入住日期；仍居住时留空。",
        "遷出日期，不得早於入住日期；仍居住時留空。",
        "Move-out date, not before the move-in date; empty while the person lives here.",
    ),
    "note.plate": _t(
        "车牌号，如 粤B12345；新能源车 8 位，如 粤BD12345。",
        "車牌號，如 粤B12345；新能源車 8 位，如 粤BD12345。",
        "Plate, e.g. 粤B12345; new-energy vehicles have 8 characters, e.g. 粤BD12345.",
    ),
    "note.owner_name": _t(
        "车主姓名，须是该房号已登记的住户。",
        "車主姓名，須是該房號已登記的住戶。",
        "The owner's name; must be a registered resident of the unit.",
    ),
    "note.parking_space": _t(
        "车位编号，最多 20 位字母、数字或 -，如 B2-017；新车位会自动建立。可留空。",
        "車位編號，最多 20 位字母、數字或 -，如 B2-017；新車位會自動建立。可留空。",
        "Parking space code, up to 20 letters, digits or -, e.g. B2-017; a new space is "
        "created for you. May be empty.",
    ),
    "note.description": _t(
        "品牌、颜色等，最多 60 个字。",
        "品牌、顏色等，最多 60 個字。",
        "Brand, colour and so on, at most 60 characters.",
    ),
    "note.card_number": _t(
        "卡号，4–32 位字母或数字；请以文本格式填写，以保留开头的 0。",
        "卡號，4–32 位字母或數字；請以文字格式填寫，以保留開頭的 0。",
        "Card number, 4–32 letters or digits; type it as text so leading zeros are kept.",
    ),
    "note.holder_name": _t(
        "持卡人姓名，须是该房号已登记的住户。",
        "持卡人姓名，須是該房號已登記的住戶。",
        "The cardholder's name; must be a registered resident of the unit.",
    ),
    "note.card_status": _t(
        "有效、挂失、注销或已退卡，从下拉列表选择；留空时新卡为有效，已登记的卡保持原状态。",
        "有效、掛失、註銷或已退卡，從下拉選單選擇；留空時新卡為有效，已登記的卡維持原狀態。",
        "Active, lost, revoked or returned, from the drop-down list; when empty a new card "
        "is active and a registered card keeps its status.",
    ),
    "note.issued_on": _t(
        "发卡日期，如 2026-01-05，可留空。",
        "發卡日期，如 2026-01-05，可留空。",
        "The day the card was issued, e.g. 2026-01-05; may be empty.",
    ),
    # The error report.
    "report.row": _t("行号", "列號", "Row"),
    "report.problem": _t("问题", "問題", "Problem"),
}


def normalise_lang(lang: str | None) -> str:
    """zh_CN, zh_TW or en for any locale name (zh_HK and zh_Hant read Traditional)."""
    text = (lang or "").replace("-", "_")
    if text.lower().startswith("en"):
        return "en"
    if text.lower().startswith(("zh_tw", "zh_hk", "zh_mo", "zh_hant")):
        return "zh_TW"
    return DEFAULT_LANG


def label(key: str, lang: str | None) -> str:
    """The text of `key` in `lang`; KeyError for a key that is not in the catalogue."""
    return LABELS[key][normalise_lang(lang)]


def all_texts(key: str) -> tuple[str, ...]:
    """The key's text in every language (what an import recognises)."""
    return tuple(LABELS[key][lang] for lang in LANGS)
