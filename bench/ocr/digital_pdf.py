#!/usr/bin/env python3
"""Makes a digital (text-layer) PDF of a corpus plan for bench/ocr/digital_pdf.sh.

Text pages: the plan cut into chunks of about --chars characters, each rendered
by pango-view (DejaVu Serif 11, A4 text width) into a one-page PDF with a real
text layer. Table pages: --tables pages, each a ruled table (4 columns, 12 rows,
one merged cell per column pair) drawn with PDF line operators and Helvetica
text in its cells, written by hand like tests/minimal_pdf.h does. pdfunite
(poppler-utils) joins them: text pages first, then the table pages.

Usage: digital_pdf.py --plan corpus/plans/X.txt --out /tmp/digital.pdf [--tables 2]
"""
import argparse
import os
import subprocess
import sys
import tempfile


def text_chunks(text, chars):
    chunks, cur = [], []
    size = 0
    for line in text.split("\n"):
        cur.append(line)
        size += len(line) + 1
        if size >= chars:
            chunks.append("\n".join(cur))
            cur, size = [], 0
    if any(l.strip() for l in cur):
        chunks.append("\n".join(cur))
    return chunks


def build_pdf(objects):
    pdf = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % (i + 1) + obj + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        pdf += b"%010d 00000 n \n" % off
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return pdf


def table_page(index):
    """A4 page: a ruled table, 4 columns x 12 rows; rows 3-4 of column 3 merged."""
    xs = [50, 90, 330, 450, 545]
    top, row_h, rows = 780, 40, 12
    ys = [top - r * row_h for r in range(rows + 1)]
    ops = ["1 w"]
    # Horizontal rules; the rule between rows 3 and 4 skips column 3 (merged cell).
    for r, y in enumerate(ys):
        if r == 4:
            ops.append("%d %d m %d %d l S" % (xs[0], y, xs[2], y))
            ops.append("%d %d m %d %d l S" % (xs[3], y, xs[4], y))
        else:
            ops.append("%d %d m %d %d l S" % (xs[0], y, xs[4], y))
    for x in xs:
        ops.append("%d %d m %d %d l S" % (x, ys[0], x, ys[-1]))
    ops.append("BT /F1 9 Tf")
    head = ["TT", "Task %d" % index, "Lead", "Deadline"]
    for r in range(rows):
        for c in range(4):
            if r == 4 and c == 2:
                continue  # merged with the row above
            text = head[c] if r == 0 else ["%d." % r, "Work item %d of table %d" % (r, index),
                                           "Agency %d" % (r % 3), "12/%d" % (2025 + r % 2)][c]
            ops.append("1 0 0 1 %d %d Tm (%s) Tj" % (xs[c] + 4, ys[r] - 24, text))
    ops.append("ET")
    stream = "\n".join(ops).encode()
    return build_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--plan", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--chars", type=int, default=2600)
    ap.add_argument("--tables", type=int, default=2)
    a = ap.parse_args()
    text = open(a.plan, encoding="utf-8").read().replace("**", "")
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for i, chunk in enumerate(text_chunks(text, a.chars)):
            txt = os.path.join(tmp, "p%03d.txt" % i)
            pdf = os.path.join(tmp, "p%03d.pdf" % i)
            with open(txt, "w", encoding="utf-8") as f:
                f.write(chunk)
            subprocess.run(["pango-view", "--no-display", "--font=DejaVu Serif 11", "--width=480",
                            "--margin=56", "--wrap=word", "-o", pdf, txt], check=True)
            parts.append(pdf)
        for t in range(a.tables):
            pdf = os.path.join(tmp, "t%03d.pdf" % t)
            with open(pdf, "wb") as f:
                f.write(table_page(t + 1))
            parts.append(pdf)
        subprocess.run(["pdfunite"] + parts + [a.out], check=True)
    print("%s: %d text pages, %d table pages" % (a.out, len(parts) - a.tables, a.tables), file=sys.stderr)


if __name__ == "__main__":
    main()
