#!/usr/bin/env python3
"""OCR benchmark: kehoach's OCR stage beside the `tesseract` command line, in
one run, on the pages tools/render_ocr_bench.py generates (docs/ocr.md).

For every page image of the chosen variants it runs
    kehoach ocr PAGE --format text -j 1 [--steps S]
    tesseract PAGE - -l vie --tessdata-dir DIR       (OMP_THREAD_LIMIT=1, psm 3)
with the same model, and scores both against the rendered text:
  CER  character edit distance / characters of the reference
  WER  word edit distance / words of the reference
after NFC and whitespace collapsing (line breaks do not count). Edit
distances are exact Levenshtein within the blocks difflib leaves unmatched
(an upper bound of the true distance, equal to it in practice).
Throughput: kehoach ocr on the image-only PDFs of the clean pages with -j N
vs the tesseract CLI run sequentially on the same pages' images.
Tables: kehoach ocr --format json on the table PDFs; a reference row counts as
recovered when a table row with its TT number has exactly its lead agency
and its deadline (whitespace collapsed).

Usage: python3 bench/ocr/run_bench.py [--bin build/cli/kehoach] [--variants clean,office]
       [--steps default,none,...] [--debian-model] [--skip-throughput] [--skip-tables]
"""
import argparse
import concurrent.futures
import difflib
import json
import os
import statistics
import subprocess
import sys
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEBIAN_TESSDATA = "/usr/share/tesseract-ocr/5/tessdata"


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def levenshtein(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def edit_distance(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    d = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "replace":
            d += levenshtein(a[i1:i2], b[j1:j2])
        elif op == "delete":
            d += i2 - i1
        elif op == "insert":
            d += j2 - j1
    return d


def score(ref, hyp):
    r, h = norm(ref), norm(hyp)
    rw, hw = r.split(), h.split()
    return {"char_errors": edit_distance(r, h), "chars": len(r),
            "word_errors": edit_distance(rw, hw), "words": len(rw)}


def run_timed(cmd, env=None):
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, env=env)
    return p, time.perf_counter() - t


def kehoach_text(args, image, steps=None, tessdata=None):
    cmd = [args.bin, "ocr", image, "--format", "text", "-j", "1"]
    if steps and steps != "default":
        cmd += ["--steps", steps]
    env = dict(os.environ)
    if tessdata:
        env["KEHOACH_TESSDATA"] = tessdata
    p, dt = run_timed(cmd, env)
    if p.returncode != 0:
        print("kehoach failed on", image, p.stderr.decode()[:300], file=sys.stderr)
    return p.stdout.decode("utf-8", "replace"), dt


def cli_text(args, image, tessdata):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    p, dt = run_timed(["tesseract", image, "-", "-l", "vie", "--tessdata-dir", tessdata], env)
    return p.stdout.decode("utf-8", "replace"), dt


def rate(acc, errors, total):
    return 100.0 * sum(a[errors] for a in acc) / max(1, sum(a[total] for a in acc))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "bench/data/ocr"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "build/cli/kehoach"))
    ap.add_argument("--tessdata", default=os.path.join(ROOT, "third_party/tessdata"))
    ap.add_argument("--variants", default="clean,office,hard,rot180,rot90")
    ap.add_argument("--steps", default="default",
                    help="comma-free list separated by ';' of --steps settings to compare")
    ap.add_argument("--no-cli", action="store_true", help="skip the tesseract CLI baseline")
    ap.add_argument("--debian-model", action="store_true",
                    help="also run kehoach with Debian's vie model on clean and office")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--skip-tables", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--parallel", type=int, default=1, help="accuracy runs at once")
    ap.add_argument("--split", default="tune,heldout", help="which pages: tune, heldout or both")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench/out/ocr.json"))
    args = ap.parse_args()
    with open(os.path.join(args.data, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    variants = args.variants.split(",")
    step_sets = args.steps.split(";")
    results = {"pages": [], "throughput": None, "tables": {}}

    # Per-page accuracy.
    systems = [("kehoach[%s]" % s, "k", s, None) for s in step_sets]
    if not args.no_cli:
        systems.append(("tesseract-cli", "c", None, None))
    if args.debian_model:
        systems.append(("kehoach[debian-vie]", "k", "default", DEBIAN_TESSDATA))
        if not args.no_cli:
            systems.append(("tesseract-cli[debian-vie]", "c", None, DEBIAN_TESSDATA))
    jobs = []
    for page in manifest["pages"]:
        if page["variant"] not in variants or page["split"] not in args.split.split(","):
            continue
        for system in systems:
            if "debian" in system[0] and page["variant"] not in ("clean", "office"):
                continue
            jobs.append((page, system))

    def one(job):
        page, (name, kind, steps, tessdata) = job
        image = os.path.join(args.data, page["image"])
        with open(os.path.join(args.data, page["gt"]), encoding="utf-8") as f:
            ref = f.read()
        if kind == "k":
            hyp, dt = kehoach_text(args, image, steps, tessdata)
        else:
            hyp, dt = cli_text(args, image, tessdata or args.tessdata)
        s = score(ref, hyp)
        s.update({"system": name, "variant": page["variant"], "split": page["split"],
                  "font": page["font"], "image": page["image"], "seconds": dt})
        print("%-28s %-7s %-8s %-40s CER %6.2f%%" % (
            name, page["variant"], page["split"], page["image"],
            100.0 * s["char_errors"] / max(1, s["chars"])), file=sys.stderr, flush=True)
        return s

    # Accuracy runs may overlap (--parallel); their per-page seconds are then
    # only indicative. Throughput below runs alone.
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.parallel) as pool:
        results["pages"] = list(pool.map(one, jobs))

    # Throughput: same clean pages, kehoach -j N on one multi-page TIFF of them
    # (one document, so no worker idles at the end of a short one) vs the
    # sequential CLI. bench/ocr/throughput.sh is the quick stand-alone version.
    if not args.skip_throughput:
        pdfs = [v for k, v in manifest["pdfs"].items() if k.startswith("clean-")]
        images = [os.path.join(args.data, p) for v in pdfs for p in v["pages"]]
        tiff = os.path.join(os.path.dirname(args.out), "throughput-pages.tif")
        subprocess.run(["convert"] + images + ["-compress", "lzw", tiff], check=True)
        _, t_k = run_timed([args.bin, "ocr", tiff, "--format", "text", "-j", str(args.jobs)])
        os.remove(tiff)
        t_c = 0.0
        for img in images:
            _, dt = cli_text(args, img, args.tessdata)
            t_c += dt
        n = len(images)
        results["throughput"] = {"pages": n, "kehoach_seconds": t_k, "cli_seconds": t_c,
                                 "kehoach_pages_per_s": n / t_k, "cli_pages_per_s": n / t_c,
                                 "ratio": t_c / t_k, "jobs": args.jobs}

    # Tables.
    if not args.skip_tables:
        for font, t in manifest["tables"].items():
            with open(os.path.join(args.data, t["gt"]), encoding="utf-8") as f:
                gt = json.load(f)
            p, dt = run_timed([args.bin, "ocr", os.path.join(args.data, t["pdf"]), "--format",
                               "json", "-j", str(args.jobs)])
            try:
                doc = json.loads(p.stdout.decode("utf-8"))
            except ValueError:
                doc = {"pages": []}
            found = {}
            n_tables = 0
            for pg in doc["pages"]:
                for tab in pg.get("tables", []):
                    n_tables += 1
                    for row in tab["grid"]:
                        if len(row) < 6:
                            continue
                        tt = norm(row[0]).rstrip(".")
                        if tt.isdigit() and tt not in found:
                            found[tt] = row
            ref_rows = [r for r in gt["rows"] if "tt" in r]
            ok, lead_ok, deadline_ok, missing = 0, 0, 0, []
            for r in ref_rows:
                row = found.get(r["tt"])
                l_ok = row is not None and norm(row[2]) == norm(r["lead"])
                d_ok = row is not None and norm(row[5]) == norm(r["deadline"])
                lead_ok += l_ok
                deadline_ok += d_ok
                if l_ok and d_ok:
                    ok += 1
                else:
                    missing.append({"tt": r["tt"], "want": [r["lead"], r["deadline"]],
                                    "got": [row[2], row[5]] if row else None})
            results["tables"][font] = {"rows": len(ref_rows), "recovered": ok,
                                       "lead_ok": lead_ok, "deadline_ok": deadline_ok,
                                       "rows_found": len(found), "tables": n_tables,
                                       "seconds": dt, "misses": missing}

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False, indent=1)

    # Summary.
    print("| system | variant | split | pages | CER % | WER % | median s/page |")
    print("|---|---|---|---|---|---|---|")
    names = []
    for r in results["pages"]:
        if r["system"] not in names:
            names.append(r["system"])
    for v in variants:
        for split in ("tune", "heldout", "all"):
            for name in names:
                acc = [r for r in results["pages"] if r["system"] == name and r["variant"] == v
                       and (split == "all" or r["split"] == split)]
                if not acc:
                    continue
                print("| %s | %s | %s | %d | %.2f | %.2f | %.2f |" % (
                    name, v, split, len(acc), rate(acc, "char_errors", "chars"),
                    rate(acc, "word_errors", "words"),
                    statistics.median(a["seconds"] for a in acc)))
    if results["throughput"]:
        t = results["throughput"]
        print("\nthroughput on %d clean pages: kehoach -j%d %.3f pages/s, tesseract CLI "
              "sequential %.3f pages/s, ratio %.2fx" % (t["pages"], t["jobs"],
                                                        t["kehoach_pages_per_s"],
                                                        t["cli_pages_per_s"], t["ratio"]))
    for font, t in results["tables"].items():
        print("table %s: %d/%d rows recovered with lead and deadline (lead %d, deadline %d, "
              "rows found %d, tables %d)" % (font, t["recovered"], t["rows"], t["lead_ok"],
                                             t["deadline_ok"], t["rows_found"], t["tables"]))


if __name__ == "__main__":
    main()
