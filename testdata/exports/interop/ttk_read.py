# Reads a TMX or TBX file with translate-toolkit and prints its units as JSON:
# python3 ttk_read.py tmx|tbx FILE
import sys, json
from translate.storage import tmx, tbx
from translate.misc.xml_helpers import getXMLlang
kind, path = sys.argv[1], sys.argv[2]
cls = tmx.tmxfile if kind == "tmx" else tbx.tbxfile
with open(path, "rb") as f:
    store = cls(f)
units = [{"id": u.getid(), "source": u.source, "target": u.target,
          "langs": [getXMLlang(n) for n in u.getlanguageNodes()]} for u in store.units]
print(json.dumps({"units": units}, ensure_ascii=False))
