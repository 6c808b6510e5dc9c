#!/usr/bin/env python3
"""Generate recap's base service catalog from the AWS SDK for JavaScript v2 service models.

usage: generate.py [--package DIR] [--version V] [--out FILE]

Without --package, runs `npm pack aws-sdk@V` (default V: 2.1693.0, the last v2 release) in a temporary
directory and reads the tarball. Every `apis/<name>-<apiVersion>.min.json` holds a `metadata` object with
`serviceId`, `serviceFullName` and (sometimes) `serviceAbbreviation`; API versions and variants of one service
(`cloudfront-2016-11-25`, `cloudfront-2020-05-31`; `WAFV2`, `WAF`) collapse into one row, named after the
newest version. The output is mechanical: no judgement, no hand-made lists. Curation (ids people expect,
categories, aliases, ambiguity, folds, services newer than the package) lives in catalog-curated.tsv, which
this script never touches. See tools/catalog/README.md.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

DEFAULT_VERSION = "2.1693.0"
DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "parser", "src", "main",
                           "resources", "io", "recap", "parser", "catalog-base.tsv")
VERSIONED = re.compile(r"(\s*[vV]2|\s+2)$")
VENDOR = re.compile(r"^(AWS|Amazon)\s*(?=[A-Z0-9])")


def squeeze(s):
    return " ".join((s or "").split())


def split_glued_vendor(name):
    """'AmazonApiGatewayManagementApi' -> 'Amazon ApiGatewayManagementApi'; 'AWSBillingConductor' -> 'AWS ...'."""
    m = re.match(r"^(AWS|Amazon)(?=[A-Z][a-z])", name)
    if m and not name.startswith(m.group(1) + " "):
        return m.group(1) + " " + name[len(m.group(1)):]
    return name


def strip_vendor(name):
    return VENDOR.sub("", name).strip()


def service_id(sid):
    """A stable id from the SDK's serviceId: lower case, version suffix (' V2', 'V2') dropped, alphanumerics only."""
    s = re.sub(r"\s*[vV]2$", "", sid.strip())
    s = re.sub(r"\s+2$", "", s)
    return re.sub(r"[^0-9a-z]", "", s.lower())


def version_key(uid):
    m = re.search(r"(\d{4}-\d{2}-\d{2})$", uid)
    return m.group(1) if m else ""


def read_models(package_dir):
    models = []
    for path in sorted(glob.glob(os.path.join(package_dir, "apis", "*.min.json"))):
        with open(path, encoding="utf-8") as f:
            meta = json.load(f).get("metadata", {})
        uid = os.path.basename(path)[: -len(".min.json")]
        sid = meta.get("serviceId") or meta.get("endpointPrefix")
        models.append({
            "uid": uid,
            "serviceId": squeeze(sid),
            "fullName": split_glued_vendor(squeeze(meta.get("serviceFullName") or sid)),
            "abbreviation": split_glued_vendor(squeeze(meta.get("serviceAbbreviation") or "")),
            "apiVersion": meta.get("apiVersion") or version_key(uid),
        })
    return models


def rows(models):
    groups = {}
    for m in models:
        groups.setdefault(service_id(m["serviceId"]), []).append(m)
    out = []
    for sid, ms in sorted(groups.items()):
        # the primary model: an unversioned serviceId ("WAF" before "WAFV2"), then the newest API version
        ms.sort(key=lambda m: (not VERSIONED.search(m["serviceId"]), m["apiVersion"], m["uid"]), reverse=True)
        primary = ms[0]
        name = primary["fullName"]
        short = strip_vendor(name)
        if primary["abbreviation"]:
            abbreviation = strip_vendor(primary["abbreviation"])
        elif len(short.split()) <= 3:
            abbreviation = short
        elif primary["serviceId"][:1].isupper():
            abbreviation = primary["serviceId"]
        else:
            abbreviation = ""
        aliases = []
        seen = {name.lower(), abbreviation.lower()}

        def add(a):
            a = squeeze(a)
            if a and a.lower() not in seen:
                seen.add(a.lower())
                aliases.append(a)

        for m in ms:
            add(m["fullName"])
            add(strip_vendor(m["fullName"]))
            if m["abbreviation"]:
                add(strip_vendor(m["abbreviation"]))
            if m["serviceId"][:1].isupper():
                add(m["serviceId"])
        sources = sorted({m["uid"].rsplit("-", 3)[0] for m in ms})
        out.append((sid, name, abbreviation, "", "", "|".join(aliases), ",".join(sources)))
    return out


def fetch(version, workdir):
    subprocess.run(["npm", "pack", "--silent", f"aws-sdk@{version}"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = os.path.join(workdir, f"aws-sdk-{version}.tgz")
    with tarfile.open(tgz) as t:
        members = [m for m in t.getmembers() if m.name.startswith("package/apis/") and m.name.endswith(".min.json")
                   or m.name == "package/package.json"]
        t.extractall(workdir, members=members)
    return os.path.join(workdir, "package")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package", help="an unpacked aws-sdk npm package (default: npm pack into a temp dir)")
    ap.add_argument("--version", default=DEFAULT_VERSION)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        package = args.package or fetch(args.version, tmp)
        with open(os.path.join(package, "package.json"), encoding="utf-8") as f:
            version = json.load(f)["version"]
        models = read_models(package)
        table = rows(models)
    if not models:
        sys.exit("no apis/*.min.json found")
    lines = [
        "# recap service catalog, base layer: GENERATED by tools/catalog/generate.py; do not edit by hand.",
        f"# source: npm aws-sdk@{version}, apis/*.min.json metadata ({len(models)} API models, {len(table)} services)",
        "# format: recap-catalog 1 (TAB-separated; see catalog-curated.tsv for the columns and the curation on top)",
        "#",
        "# id\tname\tabbreviation\tcategory\tflags\taliases\tsource",
    ]
    for r in table:
        lines.append("\t".join(r))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(table)} services from {len(models)} API models of aws-sdk@{version} to {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
