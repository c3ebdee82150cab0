"""`propdesk export complaints|inquiries --from … --to …`: the records of the days
given, with names and phones (an anonymous complaint has none), in the language asked;
the days are required."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from propdesk.cli import EXIT_OK, EXIT_USAGE, run
from propdesk.config import Paths
from propdesk.services.bootstrap import open_services
from propdesk.services.complaints.inputs import InquiryInput
from propdesk.store.base import utcnow
from tests.unit.test_complaints_service import CLERK, Estate


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An estate set up by the real command, then two complaints (one anonymous) and
    an inquiry taken through the services."""
    folder = tmp_path_factory.mktemp("cli-export-complaints")
    assert run(["--data-dir", str(folder), "init", "--estate", "翠湖花园"]) == EXIT_OK
    services = open_services(Paths.resolve(folder), fast_hashing=True)
    try:
        estate = Estate(services)
        estate.complaints.take(CLERK, estate.noise())
        estate.complaints.take(
            CLERK, estate.noise(anonymous=True, complainant_name="", complainant_phone="")
        )
        estate.module.inquiries.log(
            CLERK, InquiryInput("停车月卡怎么办理", answer="到客服中心办理", asker_name="李四")
        )
    finally:
        services.close()
    return folder


def days() -> list[str]:
    today = utcnow().astimezone().date()
    return ["--from", (today - timedelta(days=1)).isoformat(), "--to", today.isoformat()]


def rows(path: Path) -> tuple[str, list[dict[str, object]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        (name,) = wb.sheetnames
        header, *body = list(wb[name].iter_rows(values_only=True))
        return name, [dict(zip(header, row, strict=True)) for row in body]
    finally:
        wb.close()


def test_export_complaints(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "complaints.xlsx"
    code = run(
        ["--data-dir", str(data_dir), "export", "complaints", *days(), "--lang", "zh_CN",
         "-o", str(out)]
    )  # fmt: skip
    assert code == EXIT_OK
    assert "已写入" in capsys.readouterr().out
    name, body = rows(out)
    assert name == "投诉记录"
    assert len(body) == 2
    named, anonymous = sorted(body, key=lambda r: str(r["匿名"]))
    assert (named["匿名"], named["投诉人"], named["电话"]) == ("否", "张三", "13812345678")
    assert (anonymous["匿名"], anonymous["投诉人"], anonymous["电话"]) == ("是", None, None)


def test_export_inquiries(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "inquiries.xlsx"
    code = run(
        ["--data-dir", str(data_dir), "export", "inquiries", *days(), "--lang", "en",
         "-o", str(out)]
    )  # fmt: skip
    assert code == EXIT_OK
    name, body = rows(out)
    assert name == "Inquiries"
    (row,) = body
    assert (row["Question"], row["Answer"], row["Asked by"]) == (
        "停车月卡怎么办理",
        "到客服中心办理",
        "李四",
    )


@pytest.mark.parametrize("table", ["complaints", "inquiries"])
def test_the_days_are_required(data_dir: Path, tmp_path: Path, table: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(["--data-dir", str(data_dir), "export", table, "-o", str(tmp_path / "x.xlsx")])
    assert stopped.value.code == EXIT_USAGE
