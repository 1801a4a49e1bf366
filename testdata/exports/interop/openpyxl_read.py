# Reads an XLSX file with openpyxl and prints the sheet's layout and cells as JSON:
# python3 openpyxl_read.py FILE
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
rows = []
for row in ws.iter_rows():
    rows.append([{"v": c.value, "t": c.data_type} for c in row])
print(json.dumps({
    "title": ws.title,
    "freeze": ws.freeze_panes,
    "filter": ws.auto_filter.ref,
    "font": ws["A2"].font.name if ws.max_row > 1 else None,
    "wrap": bool(ws["A2"].alignment.wrap_text) if ws.max_row > 1 else None,
    "rows": rows,
}, ensure_ascii=False, default=str))
