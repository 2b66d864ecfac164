"""Executes a notebook headless with nbclient and prints, for each code cell, its outputs' types and MIME types as JSON.

Deno's kernel, on a loaded machine, now and then delivers a cell's result after nbclient has finished the cell, and
the output is lost without an error. A code cell that shows nothing at all is therefore executed again, in the same
kernel (its state kept), up to three more times; the number of cells run again is printed, so that the test can say
how often it happened. A run in which some cell still shows nothing is made again from the start, up to three runs.
"""
import json
import sys

import nbclient
import nbformat

path, kernel, cwd = sys.argv[1], sys.argv[2], sys.argv[3]
retried = 0
for attempt in range(1, 4):
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook, kernel_name=kernel, timeout=180, iopub_timeout=60, raise_on_iopub_timeout=True, resources={"metadata": {"path": cwd}}
    )
    try:
        with client.setup_kernel():
            for index, cell in enumerate(notebook.cells):
                client.execute_cell(cell, index)
                for _ in range(3):
                    if cell.cell_type != "code" or cell.outputs:
                        break
                    retried += 1
                    client.execute_cell(cell, index)
    except nbclient.exceptions.CellExecutionError as error:
        print(json.dumps({"error": str(error)[-2000:]}))
        sys.exit(0)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    if all(cell.outputs for cell in code):
        break
cells = [
    [{"type": o.output_type, "mime": sorted(o.get("data", {}).keys()), "data": {k: v for k, v in o.get("data", {}).items() if k == "text/plain"}} for o in cell.outputs]
    for cell in code
]
print(json.dumps({"cells": cells, "runs": attempt, "retried": retried}))
