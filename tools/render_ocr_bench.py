#!/usr/bin/env python3
"""Renders the OCR benchmark pages from the sample plans (docs/ocr.md).

Output (bench/data/ocr/, gitignored, never committed):
  pages/<variant>/<font>-<plan>-p<N>.<png|jpg>   page images
  pages/<variant>/<...>.gt.txt                  the text rendered on that page
  pdf/<variant>-<font>.pdf                      image-only PDFs bundling a variant
  table/<font>-p<N>.png, table/<font>.gt.json    Phụ lục I as a ruled table
  manifest.json                                 every page with its split

Pages: A4 at 300 dpi, text by pango-view in DejaVu Serif and Liberation Serif
(fonts-liberation2), 12 pt. Splits: "tune" = pages of
hy-qd-chuong-trinh-khcn-dmst-cds-2025 lines < 1487 (its tune part, before the
appendix), "heldout" = hy-kh-trien-khai-qd840-cong-nghiep-cns-2026 (held out
entirely, see docs/gold-format.md). Table rows come from the hy-qd gold file
(33 rows) and the appendix group headings in the plan.

Variants (ImageMagick; deterministic seeds):
  clean     300 dpi grey PNG
  office    rotated ±0.5–1.5°, Gaussian noise, blur 0.6, JPEG q75
  hard      200 dpi, dark gradient across the page, 2–3° skew with dark
            corners, salt-and-pepper speckle, blur 1.0, JPEG q50
  rot180    the office page upside down
  rot90     the office page turned 90° clockwise
Usage: python3 tools/render_ocr_bench.py [--out bench/data/ocr] [--tune-pages 2,10]
"""
import argparse
import json
import os
import random
import struct
import subprocess
import sys
import textwrap
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONTS = {"dejavu": "DejaVu Serif 12", "liberation": "Liberation Serif 12"}
TABLE_FONTS = {"dejavu": "DejaVu Serif 10", "liberation": "Liberation Serif 11"}
A4 = (2480, 3508)
MARGIN = 236
LINES_PER_PAGE = 36
WRAP = 78
TUNE_PLAN = "hy-qd-chuong-trinh-khcn-dmst-cds-2025"
HELDOUT_PLAN = "hy-kh-trien-khai-qd840-cong-nghiep-cns-2026"
APPENDIX_LINE = 1487


def run(cmd):
    subprocess.run(cmd, check=True)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    return struct.unpack(">II", head[16:24])


def plan_lines(name, end=None):
    """Non-blank lines of a plan; paragraphs written on one long line (as in
    hy-kh) are wrapped at WRAP characters so that every page's text fits on
    the page (pango would wrap them anyway, and text beyond the page bottom
    would be cut off while staying in the reference)."""
    with open(os.path.join(ROOT, "corpus/plans", name + ".txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if end:
        lines = lines[: end - 1]
    out = []
    for l in lines:
        if l.strip():
            out.extend(textwrap.wrap(l.strip(), WRAP))
    return out


def chunk(lines, n):
    return [lines[i:i + n] for i in range(0, len(lines), n)]


def render_text_page(text, font, out_png, tmp):
    txt = tmp + ".txt"
    with open(txt, "w", encoding="utf-8") as f:
        f.write(text)
    raw = tmp + ".raw.png"
    width_pt = (A4[0] - 2 * MARGIN) * 72 // 300
    run(["pango-view", "--no-display", "--font=" + font, "--dpi=300", "--margin=0",
         "--width=%d" % width_pt, "--wrap=word", "-o", raw, txt])
    run(["convert", raw, "-background", "white", "-flatten", "-colorspace", "Gray",
         "-gravity", "northwest", "-splice", "%dx%d" % (MARGIN, MARGIN),
         "-extent", "%dx%d" % A4, "-units", "PixelsPerInch", "-density", "300",
         "-depth", "8", out_png])
    os.remove(txt)
    os.remove(raw)


def degrade(src, variant, out, rng):
    if variant == "office":
        angle = rng.choice([-1, 1]) * rng.uniform(0.5, 1.5)
        run(["convert", src, "-background", "white", "-rotate", "%.2f" % angle,
             "-gravity", "center", "-extent", "%dx%d" % A4, "-seed", str(rng.randint(1, 10**6)),
             "-attenuate", "0.4", "+noise", "Gaussian", "-blur", "0x0.6", "-colorspace", "Gray",
             "-units", "PixelsPerInch", "-density", "300", "-quality", "75", out])
        return {"angle": angle}
    if variant == "hard":
        angle = rng.choice([-1, 1]) * rng.uniform(2.0, 3.0)
        w, h = A4[0] * 2 // 3, A4[1] * 2 // 3
        run(["convert", src, "-resize", "%dx%d!" % (w, h), "-background", "gray15",
             "-rotate", "%.2f" % angle, "-gravity", "center", "-extent", "%dx%d" % (w, h),
             "(", "-size", "%dx%d" % (h, w), "gradient:white-gray45", "-rotate", "90", ")",
             "-compose", "multiply", "-composite",
             "-seed", str(rng.randint(1, 10**6)), "-attenuate", "0.25", "+noise", "Impulse",
             "-blur", "0x1.0", "-colorspace", "Gray",
             "-units", "PixelsPerInch", "-density", "200", "-quality", "50", out])
        return {"angle": angle}
    if variant in ("rot180", "rot90"):
        run(["convert", src, "-rotate", "180" if variant == "rot180" else "90", out])
        return {}
    raise ValueError(variant)


def write_image_pdf(images, out, tmpdir):
    """An image-only PDF: one page per image, the image embedded as JPEG
    (DCTDecode, JPEG files as they are) or as Flate-compressed grey pixels."""
    objs = []
    page_ids = []

    def add(body):
        objs.append(body)
        return len(objs)

    kids_placeholder = add(b"")  # 1: pages
    for path in images:
        w, h = map(int, subprocess.run(["identify", "-format", "%w %h", path], check=True,
                                       capture_output=True, text=True).stdout.split())
        dpi = 200 if "/hard/" in path else 300
        if path.endswith(".jpg"):
            with open(path, "rb") as f:
                data = f.read()
            filt = b"/DCTDecode"
        else:
            raw = subprocess.run(["convert", path, "-depth", "8", "gray:-"], check=True,
                                 capture_output=True).stdout
            data = zlib.compress(raw, 6)
            filt = b"/FlateDecode"
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                  b"/BitsPerComponent 8 /Filter %s /Length %d >>\nstream\n" % (w, h, filt, len(data))
                  + data + b"\nendstream")
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        c = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent 1 0 R /MediaBox [0 0 %.2f %.2f] "
                            b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                            % (pw, ph, img, c)))
    objs[kids_placeholder - 1] = (b"<< /Type /Pages /Kids [" +
                                  b" ".join(b"%d 0 R" % i for i in page_ids) +
                                  b"] /Count %d >>" % len(page_ids))
    catalog = add(b"<< /Type /Catalog /Pages 1 0 R >>")
    out_bytes = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out_bytes))
        out_bytes += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out_bytes)
    out_bytes += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out_bytes += b"%010d 00000 n \n" % off
    out_bytes += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, xref)
    with open(out, "wb") as f:
        f.write(out_bytes)


# ---------------------------------------------------------------- the table

COLUMNS = [("TT", 120), ("Tên nhiệm vụ", 800), ("Cơ quan chủ trì", 330),
           ("Cơ quan phối hợp", 330), ("Kết quả", 300), ("Thời gian hoàn thành", 250)]
PAD = 14


def table_rows():
    with open(os.path.join(ROOT, "corpus/gold", TUNE_PLAN + ".json"), encoding="utf-8") as f:
        gold = json.load(f)
    rows = [t for t in gold["tasks"] if t["kind"] == "table_row"]
    plan = open(os.path.join(ROOT, "corpus/plans", TUNE_PLAN + ".txt"), encoding="utf-8").read().split("\n")
    headings = []  # (line, numeral, text)
    import re
    for i in range(APPENDIX_LINE, len(plan)):
        m = re.match(r"^\s*(I|II|III|IV|V|VI)(?:\.|\s|$)\s*(.*)$", plan[i])
        if not m:
            continue
        text = m.group(2).strip()
        j = i + 1
        while j < len(plan) and not re.match(r"^\s*\d+\.\s", plan[j]) and len(text) < 200:
            if plan[j].strip():
                text = (text + " " + plan[j].strip()).strip()
            j += 1
        headings.append((i + 1, m.group(1), text))
    out = []
    for line, numeral, text in headings:
        out.append({"line": line, "group": numeral, "text": text})
    for t in rows:
        n = t["section"].split(".")[-1]
        out.append({"line": t["line"], "tt": n, "text": t["text"],
                    "lead": "; ".join(t["lead"]), "support": "; ".join(t["support"]),
                    "output": t["output"] or "", "deadline": t["deadline"]["text"] or ""})
    out.sort(key=lambda r: r["line"])
    return out


def render_cell(text, font, width_px, tmpdir, key):
    if not text:
        return None, (0, 0)
    path = os.path.join(tmpdir, key + ".png")
    txt = path + ".txt"
    with open(txt, "w", encoding="utf-8") as f:
        f.write(text)
    run(["pango-view", "--no-display", "--font=" + font, "--dpi=300", "--margin=0",
         "--width=%d" % ((width_px - 2 * PAD) * 72 // 300), "--wrap=word", "-o", path, txt])
    os.remove(txt)
    return path, png_size(path)


def render_table(font_key, outdir, tmpdir):
    font = TABLE_FONTS[font_key]
    xs = [MARGIN // 2]
    for _, w in COLUMNS:
        xs.append(xs[-1] + w)
    header = [render_cell(name, font.replace(" 1", " Bold 1"), w, tmpdir, "h%d" % i)
              for i, (name, w) in enumerate(COLUMNS)]
    header_h = max(s[1] for _, s in header) + 2 * PAD
    body = []
    for k, r in enumerate(table_rows()):
        if "group" in r:
            span_w = sum(w for _, w in COLUMNS[1:])
            cells = [render_cell(r["group"], font, COLUMNS[0][1], tmpdir, "g%d" % k),
                     render_cell(r["text"], font, span_w, tmpdir, "gt%d" % k)]
        else:
            vals = [r["tt"] + ".", r["text"], r["lead"], r["support"], r["output"], r["deadline"]]
            cells = [render_cell(v, font, COLUMNS[i][1], tmpdir, "c%d_%d" % (k, i))
                     for i, v in enumerate(vals)]
        h = max(s[1] for _, s in cells) + 2 * PAD
        body.append((r, cells, h))

    # Lay rows out on pages; merge equal lead/deadline cells of consecutive
    # task rows on the same page (merged cells, as plans write them).
    pages, cur, y = [], [], MARGIN + header_h
    for row in body:
        if cur and y + row[2] > A4[1] - MARGIN:
            pages.append(cur)
            cur, y = [], MARGIN + header_h
        cur.append(row)
        y += row[2]
    pages.append(cur)
    gt_rows = []
    for pno, page in enumerate(pages, 1):
        draw = ["-stroke", "black", "-strokewidth", "3", "-fill", "none"]
        comp = []
        y = MARGIN
        top = y

        def place(path, x, yy):
            if path:
                comp.extend([path, "-geometry", "+%d+%d" % (x + PAD, yy + PAD), "-composite"])

        for i, (path, _) in enumerate(header):
            place(path, xs[i], y)
        y += header_h
        draw += ["-draw", "line %d,%d %d,%d" % (xs[0], y, xs[-1], y)]
        spans = {}  # column -> (value, start y, start index)
        ys = []
        for idx, (r, cells, h) in enumerate(page):
            ys.append(y)
            if "group" in r:
                place(cells[0][0], xs[0], y)
                place(cells[1][0], xs[1], y)
            y += h
        ys.append(y)
        # Row boundaries with merges.
        for idx, (r, cells, h) in enumerate(page):
            if "group" in r:
                draw += ["-draw", "line %d,%d %d,%d" % (xs[0], ys[idx + 1], xs[-1], ys[idx + 1])]
                gt_rows.append({"page": pno, "group": r["group"], "text": r["text"]})
                continue
            nxt = page[idx + 1][0] if idx + 1 < len(page) else None
            for c in range(6):
                if c in (2, 5):  # lead, deadline may merge downwards
                    key = "lead" if c == 2 else "deadline"
                    start = spans.get(c)
                    if start is None:
                        spans[c] = idx
                        start = idx
                    same_next = (nxt is not None and "group" not in nxt and nxt[key] == r[key]
                                 and r[key] != "")
                    if same_next:
                        continue  # no boundary below; text placed when the span ends
                    y0, y1 = ys[start], ys[idx + 1]
                    path, size = page[start][1][c]
                    if path:
                        comp.extend([path, "-geometry", "+%d+%d" % (
                            xs[c] + PAD, y0 + max(PAD, (y1 - y0 - size[1]) // 2)), "-composite"])
                    del spans[c]
                else:
                    place(cells[c][0], xs[c], ys[idx])
                draw += ["-draw", "line %d,%d %d,%d" % (xs[c], ys[idx + 1], xs[c + 1], ys[idx + 1])]
            gt_rows.append({"page": pno, "tt": r["tt"], "text": r["text"], "lead": r["lead"],
                            "support": r["support"], "output": r["output"],
                            "deadline": r["deadline"]})
        # Vertical rules: outer ones full height; inner ones except through group rows.
        for c, x in enumerate(xs):
            if c in (0, len(xs) - 1):
                draw += ["-draw", "line %d,%d %d,%d" % (x, top, x, y)]
                continue
            seg_start = top
            for idx, (r, _, _) in enumerate(page):
                if "group" in r and c > 1:
                    draw += ["-draw", "line %d,%d %d,%d" % (x, seg_start, x, ys[idx])]
                    seg_start = ys[idx + 1]
            draw += ["-draw", "line %d,%d %d,%d" % (x, seg_start, x, y)]
        draw += ["-draw", "line %d,%d %d,%d" % (xs[0], top, xs[-1], top)]
        out = os.path.join(outdir, "%s-p%d.png" % (font_key, pno))
        run(["convert", "-size", "%dx%d" % A4, "xc:white"] + comp + draw +
            ["-colorspace", "Gray", "-units", "PixelsPerInch", "-density", "300", "-depth", "8", out])
    with open(os.path.join(outdir, font_key + ".gt.json"), "w", encoding="utf-8") as f:
        json.dump({"rows": gt_rows, "pages": len(pages)}, f, ensure_ascii=False, indent=1)
    return ["%s-p%d.png" % (font_key, p) for p in range(1, len(pages) + 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(ROOT, "bench/data/ocr"))
    ap.add_argument("--tune-pages", default="2,10", help="1-based pages of the hy-qd plan")
    ap.add_argument("--heldout-pages", default="1,4,8", help="1-based pages of the hy-kh plan")
    ap.add_argument("--only-table", action="store_true", help="re-render the table pages only")
    args = ap.parse_args()
    out = args.out
    tmpdir = os.path.join(out, "tmp")
    os.makedirs(tmpdir, exist_ok=True)
    rng = random.Random(20250705)

    sources = []  # (split, plan short name, page number, lines)
    qd = chunk(plan_lines(TUNE_PLAN, APPENDIX_LINE), LINES_PER_PAGE)
    for p in map(int, args.tune_pages.split(",")):
        sources.append(("tune", "hyqd", p, qd[p - 1]))
    kh = chunk(plan_lines(HELDOUT_PLAN), LINES_PER_PAGE)
    for p in map(int, args.heldout_pages.split(",")):
        sources.append(("heldout", "hykh", p, kh[p - 1]))

    manifest = {"pages": [], "pdfs": {}, "tables": {}}
    if args.only_table:
        with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
            manifest = json.load(f)
        sources = []
    variants = ["clean", "office", "hard", "rot180", "rot90"]
    for v in variants:
        os.makedirs(os.path.join(out, "pages", v), exist_ok=True)
    for font_key, font in FONTS.items():
        for split, plan, pno, lines in sources:
            stem = "%s-%s-p%d" % (font_key, plan, pno)
            text = "\n".join(lines) + "\n"
            clean = os.path.join(out, "pages/clean", stem + ".png")
            render_text_page(text, font, clean, os.path.join(tmpdir, stem))
            office = os.path.join(out, "pages/office", stem + ".jpg")
            for v in variants:
                img = clean if v == "clean" else os.path.join(out, "pages", v, stem + ".jpg")
                info = {}
                if v == "office" or v == "hard":
                    info = degrade(clean, v, img, rng)
                elif v in ("rot180", "rot90"):
                    info = degrade(office, v, img, rng)
                with open(os.path.join(out, "pages", v, stem + ".gt.txt"), "w", encoding="utf-8") as f:
                    f.write(text)
                manifest["pages"].append({"variant": v, "font": font_key, "split": split,
                                          "image": os.path.relpath(img, out),
                                          "gt": os.path.relpath(os.path.join(out, "pages", v, stem + ".gt.txt"), out),
                                          **info})
            print("rendered", stem, file=sys.stderr)
    os.makedirs(os.path.join(out, "pdf"), exist_ok=True)
    for v in variants if sources else []:
        for font_key in FONTS:
            imgs = [os.path.join(out, p["image"]) for p in manifest["pages"]
                    if p["variant"] == v and p["font"] == font_key]
            pdf = os.path.join(out, "pdf", "%s-%s.pdf" % (v, font_key))
            write_image_pdf(imgs, pdf, tmpdir)
            manifest["pdfs"]["%s-%s" % (v, font_key)] = {
                "pdf": os.path.relpath(pdf, out), "pages": [os.path.relpath(i, out) for i in imgs]}
    # The whole held-out plan as image-only PDFs (clean and office scan), for
    # the ingest-and-evaluate comparison with its text (docs/ocr.md).
    if sources:
        pdir = os.path.join(out, "plan")
        os.makedirs(pdir, exist_ok=True)
        manifest["plans"] = {}
        for v in ("clean", "office"):
            imgs = []
            for p, lines in enumerate(kh, 1):
                clean = os.path.join(pdir, "dejavu-hykh-p%d.png" % p)
                if not os.path.exists(clean):
                    render_text_page("\n".join(lines) + "\n", FONTS["dejavu"], clean,
                                     os.path.join(tmpdir, "plan%d" % p))
                img = clean
                if v == "office":
                    img = os.path.join(pdir, "office-hykh-p%d.jpg" % p)
                    degrade(clean, "office", img, rng)
                imgs.append(img)
            pdf = os.path.join(out, "pdf", "plan-hykh-%s.pdf" % v)
            write_image_pdf(imgs, pdf, tmpdir)
            manifest["plans"][v] = os.path.relpath(pdf, out)
        print("rendered the held-out plan,", len(kh), "pages", file=sys.stderr)
    tdir = os.path.join(out, "table")
    os.makedirs(tdir, exist_ok=True)
    for font_key in FONTS:
        pages = render_table(font_key, tdir, tmpdir)
        pdf = os.path.join(out, "pdf", "table-%s.pdf" % font_key)
        write_image_pdf([os.path.join(tdir, p) for p in pages], pdf, tmpdir)
        manifest["tables"][font_key] = {"pdf": os.path.relpath(pdf, out),
                                        "pages": ["table/" + p for p in pages],
                                        "gt": "table/%s.gt.json" % font_key}
        print("rendered table", font_key, len(pages), "pages", file=sys.stderr)
    for f in os.listdir(tmpdir):
        os.remove(os.path.join(tmpdir, f))
    os.rmdir(tmpdir)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
