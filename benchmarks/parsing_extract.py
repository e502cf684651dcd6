"""Micro benchmark: our PDF extraction against pdfminer's own extract_text, on a generated two-page CV.

    .venv/bin/python benchmarks/parsing_extract.py [rounds]

Prints the median time of each and the ratio (target: at most 1.5)."""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pdfminer.high_level import extract_text

from parsing.extract import extract
from tests.parsing.files import one_column_pdf, two_column_pdf


def median_seconds(function, rounds: int) -> float:
    function()  # warm-up: imports, font metrics, caches
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    for label, data in (("two-column, 2 pages", two_column_pdf()), ("one-column, 2 pages", one_column_pdf(pages=2))):
        reference = median_seconds(lambda data=data: extract_text(io.BytesIO(data)), rounds)
        ours = median_seconds(lambda data=data: extract(data, "cv.pdf"), rounds)
        print(
            f"{label}: pdfminer extract_text {reference * 1000:.1f} ms, parsing.extract {ours * 1000:.1f} ms, "
            f"ratio {ours / reference:.2f}"
        )


if __name__ == "__main__":
    main()
