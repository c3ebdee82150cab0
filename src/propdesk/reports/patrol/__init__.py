"""The patrol module's printed papers: the A4 sheet of checkpoint labels (QR codes to
stick on walls) and a day's patrol log with its signature lines. Built from plain
values (the services pass strings, numbers and aware datetimes); their words are in
`labels`. The patrol section of the monthly report is in `reports.monthly.patrol_*`."""
