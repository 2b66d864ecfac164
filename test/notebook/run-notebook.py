"""Executes a notebook headless with nbclient and prints, for each code cell, its outputs' types and MIME types as JSON."""
import json
import sys

import nbclient
import nbformat

path, kernel, cwd = sys.argv[1], sys.argv[2], sys.argv[3]
notebook = nbformat.read(path, as_version=4)
client = nbclient.NotebookClient(notebook, kernel_name=kernel, timeout=180, resources={"metadata": {"path": cwd}})
try:
    client.execute()
except nbclient.exceptions.CellExecutionError as error:
    print(json.dumps({"error": str(error)[-2000:]}))
    sys.exit(0)
cells = []
for cell in notebook.cells:
    if cell.cell_type != "code":
        continue
    cells.append([{"type": o.output_type, "mime": sorted(o.get("data", {}).keys()), "data": {k: v for k, v in o.get("data", {}).items() if k == "text/plain"}} for o in cell.outputs])
print(json.dumps({"cells": cells}))
