#!/usr/bin/env python3
"""Builds the QtRedis API reference with qdoc and checks it.

Called by the CMake target "docs" (docs/CMakeLists.txt), which passes the
paths, the check mode and, after "--", qdoc's include flags.

1. qdoc writes the HTML into --html-dir (emptied first); its log goes to <work-dir>/qdoc.log.
2. qdoc runs again with --showinternal into <work-dir>/internal: that index
   also holds what has no documentation (qdoc itself does not warn about an
   undocumented class or member: it leaves it out).
3. The report (<work-dir>/report.txt, also printed) lists qdoc's warnings per
   file, then the public API without documentation per header: classes,
   namespaces, members and free functions declared in --public-header files,
   and the QML types registered in --qml-dir.

Exit status, by --check:
  report    0 unless qdoc fails to run;
  comments  1 also when qdoc warns about a comment itself; warnings that are
            only a link to something without documentation ("Can't link to")
            and undocumented API are listed, not fatal;
  complete  1 on any qdoc warning and on any undocumented public API.
"""

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

WARNING_RE = re.compile(r"^(?P<file>.*?):(?P<line>\d+): \(qdoc\) (?P<kind>warning|error): (?P<text>.*)$")
BARE_WARNING_RE = re.compile(r"\(qdoc\) (?P<kind>warning|error): (?P<text>.*)$")
LINK_WARNING_RE = re.compile(r"^Can't link to ")
ACCESS_RE = re.compile(r"^\s*(public|protected|private)\s*(Q_SLOTS|slots)?\s*:(?!:)")
SIGNALS_RE = re.compile(r"^\s*(Q_SIGNALS|signals)\s*:")
RESET_TO_PRIVATE_RE = re.compile(r"^\s*(Q_OBJECT|Q_GADGET|Q_GADGET_EXPORT\(.*\))\s*$")
QML_NAMED_RE = re.compile(r"QML_NAMED_ELEMENT\(\s*(\w+)\s*\)")
QML_ELEMENT_CLASS_RE = re.compile(r"^\s*(?:class|struct)\s+(?:\w+\s+)?(\w+)\b[^;]*$")


def run_qdoc(qdoc, config, outputdir, extra, log_path):
    # qdoc warns about an output directory that is not empty, and stale
    # pages of removed classes would stay: start from nothing.
    if os.path.isdir(outputdir):
        shutil.rmtree(outputdir)
    command = [qdoc, config, "--outputdir", outputdir] + extra
    with open(log_path, "w", encoding="utf-8") as log:
        result = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT)
    with open(log_path, encoding="utf-8", errors="replace") as log:
        return result.returncode, log.read().splitlines()


def parse_warnings(lines, source_dir):
    """qdoc's warnings as (file relative to the source tree, line, text)."""
    warnings = []
    for line in lines:
        m = WARNING_RE.match(line)
        if m:
            path = os.path.relpath(m.group("file"), source_dir) if os.path.isabs(m.group("file")) else m.group("file")
            warnings.append([path, int(m.group("line")), m.group("text")])
            continue
        if warnings and line.startswith("    ") and not line.startswith("qt.qdoc"):
            warnings[-1][2] += " " + line.strip()   # a continuation line of the previous warning
            continue
        m = BARE_WARNING_RE.search(line)
        if m:
            warnings.append(["(no file)", 0, m.group("text")])
    return warnings


class HeaderAccess:
    """Which access a declaration at a given line of a header has, read from
    the header's text: qdoc's index loses it for undocumented members."""

    def __init__(self):
        self.cache = {}

    def lines(self, path):
        if path not in self.cache:
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    self.cache[path] = f.read().splitlines()
            except OSError:
                self.cache[path] = []
        return self.cache[path]

    @staticmethod
    def strip(line, in_comment):
        out = []
        i = 0
        while i < len(line):
            if in_comment:
                end = line.find("*/", i)
                if end < 0:
                    return "".join(out), True
                i = end + 2
                in_comment = False
            elif line.startswith("//", i):
                break
            elif line.startswith("/*", i):
                in_comment = True
                i += 2
            elif line[i] in "\"'":
                quote = line[i]
                j = i + 1
                while j < len(line) and line[j] != quote:
                    j += 2 if line[j] == "\\" else 1
                out.append(quote + quote)
                i = j + 1
            else:
                out.append(line[i])
                i += 1
        return "".join(out), in_comment

    def access(self, path, class_line, is_struct, member_line):
        """'public', 'protected', 'private' or 'signal' for the declaration at
        member_line of the class declared at class_line (1-based)."""
        lines = self.lines(path)
        access = "public" if is_struct else "private"
        depth = 0
        opened = False
        in_comment = False
        for number in range(class_line, min(member_line, len(lines)) + 1):
            text, in_comment = self.strip(lines[number - 1], in_comment)
            if number == member_line:
                break
            if opened and depth == 1:
                if RESET_TO_PRIVATE_RE.match(text):
                    access = "private"
                m = ACCESS_RE.match(text)
                if m:
                    access = m.group(1)
                elif SIGNALS_RE.match(text):
                    access = "signal"
            for ch in text:
                if ch == "{":
                    depth += 1
                    opened = True
                elif ch == "}":
                    depth -= 1
        return access

    def names_on_line(self, path, line, name):
        """True if the declaration's own line spells its name: declarations a
        macro made (moc's, Q_DECLARE_SHARED's, ...) do not."""
        lines = self.lines(path)
        if not 0 < line <= len(lines):
            return False
        bare = name.split("::")[-1].lstrip("~")
        if bare.startswith("operator"):
            return "operator" in lines[line - 1]
        return re.search(r"\b" + re.escape(bare) + r"\b", lines[line - 1]) is not None


def undocumented_api(index_path, public_headers, source_dir):
    """Public C++ API without documentation, as {header: [items]}."""
    missing = collections.defaultdict(list)
    try:
        root = ET.parse(index_path).getroot()
    except (OSError, ET.ParseError) as e:
        missing["(index)"].append(f"cannot read {index_path}: {e}")
        return missing
    headers = {os.path.realpath(h) for h in public_headers}
    access = HeaderAccess()

    def rel(path):
        return os.path.relpath(path, source_dir)

    def is_public_decl(node):
        path = node.get("filepath")
        return path is not None and os.path.realpath(path) in headers

    def member_kind(node):
        if node.tag == "function":
            return {"signal": "signal", "slot": "slot"}.get(node.get("meta"), "function")
        return node.tag

    def check_members(aggregate, path, is_struct, qualified):
        items = []
        class_line = int(aggregate.get("lineno", "0"))
        for child in aggregate:
            if child.tag not in ("function", "enum", "property", "typedef", "variable", "class", "struct", "union"):
                continue
            if child.get("documented") == "true" or child.get("status") != "internal":
                continue   # documented, or shown with something documented (a property's accessors)
            child_path = child.get("filepath")
            line = int(child.get("lineno", "0"))
            name = child.get("name", "")
            if not child_path or not access.names_on_line(child_path, line, name):
                continue
            if child.tag != "property" and aggregate.tag != "namespace":
                if access.access(child_path, class_line, is_struct, line) == "private":
                    continue
            label = child.get("signature") or name
            items.append(f"{member_kind(child)} {qualified}::{label}")
        return items

    def visit(node, scope):
        for child in node:
            name = child.get("name", "")
            if child.tag in ("class", "struct", "union", "namespace"):
                qualified = f"{scope}::{name}" if scope else name
                if name.endswith("Private") or child.tag == "namespace" and not name:
                    continue
                if not is_public_decl(child):
                    if child.tag == "namespace":
                        visit(child, qualified)
                    continue
                path = child.get("filepath")
                is_struct = child.tag == "struct"
                if child.get("documented") != "true":
                    if child.tag == "namespace" or access.names_on_line(path, int(child.get("lineno", "0")), name):
                        members = check_members(child, path, is_struct, qualified)
                        missing[rel(path)].append(
                            f"{child.tag} {qualified} (and its {len(members)} public members)")
                    continue
                missing[rel(path)].extend(check_members(child, path, is_struct, qualified))
                visit(child, qualified)
            elif child.tag == "function" and scope == "" and is_public_decl(child):
                if child.get("documented") != "true" and access.names_on_line(
                        child.get("filepath"), int(child.get("lineno", "0")), name):
                    missing[rel(child.get("filepath"))].append(f"function {child.get('signature') or name}")

    visit(root.find("namespace") if root.find("namespace") is not None else root, "")
    return missing


def registered_qml_types(qml_dir):
    """{QML type name: header} for the types the headers of qml/ register."""
    types = {}
    for name in sorted(os.listdir(qml_dir)):
        if not name.endswith(".h") or name.endswith("_p.h"):
            continue
        path = os.path.join(qml_dir, name)
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
        last_class = None
        for line in lines:
            m = QML_ELEMENT_CLASS_RE.match(line)
            if m:
                last_class = m.group(1)
            for named in QML_NAMED_RE.findall(line):
                types[named] = path
            if re.search(r"\bQML_ELEMENT\b", line) and last_class:
                types[last_class] = path
    return types


def documented_qml_types(index_path):
    try:
        root = ET.parse(index_path).getroot()
    except (OSError, ET.ParseError):
        return set()
    return {n.get("name") for n in root.iter("qmlclass") if n.get("documented") == "true"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--qdoc", required=True)
    parser.add_argument("--config", required=True)
    parser.add_argument("--html-dir", required=True)
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--check", choices=("report", "comments", "complete"), default="comments")
    parser.add_argument("--public-header", action="append", default=[])
    parser.add_argument("--qml-dir")
    parser.add_argument("qdoc_args", nargs="*", help="after --: include flags for qdoc")
    args = parser.parse_args()

    os.makedirs(args.work_dir, exist_ok=True)
    include_args = [a for a in args.qdoc_args if a not in ("-I", "")]

    status, lines = run_qdoc(args.qdoc, args.config, args.html_dir, include_args,
                             os.path.join(args.work_dir, "qdoc.log"))
    if status != 0:
        print("\n".join(lines))
        print(f"docs: qdoc failed (exit status {status}); log: {os.path.join(args.work_dir, 'qdoc.log')}")
        return 1
    internal_dir = os.path.join(args.work_dir, "internal")
    status, _ = run_qdoc(args.qdoc, args.config, internal_dir, include_args + ["--showinternal"],
                         os.path.join(args.work_dir, "qdoc-internal.log"))
    if status != 0:
        print(f"docs: qdoc --showinternal failed (exit status {status}); log: "
              f"{os.path.join(args.work_dir, 'qdoc-internal.log')}")
        return 1

    warnings = parse_warnings(lines, args.source_dir)
    link_warnings = [w for w in warnings if LINK_WARNING_RE.match(w[2])]
    comment_warnings = [w for w in warnings if not LINK_WARNING_RE.match(w[2])]

    index = os.path.join(internal_dir, "qtredis.index")
    missing = undocumented_api(index, args.public_header, args.source_dir)
    missing_qml = {}
    if args.qml_dir:
        documented = documented_qml_types(index)
        for name, path in registered_qml_types(args.qml_dir).items():
            if name not in documented:
                missing_qml[name] = os.path.relpath(path, args.source_dir)
    for name, path in sorted(missing_qml.items()):
        missing[path].append(f"QML type {name}")
    missing = {path: items for path, items in missing.items() if items}
    missing_count = sum(len(v) for v in missing.values())

    report = []
    report.append(f"qdoc warnings: {len(warnings)} ({len(comment_warnings)} about comments, "
                  f"{len(link_warnings)} links to targets without documentation)")
    by_file = collections.defaultdict(list)
    for w in warnings:
        by_file[w[0]].append(w)
    for path in sorted(by_file):
        report.append(f"  {path}: {len(by_file[path])}")
        for _, line, text in by_file[path]:
            report.append(f"    {path}:{line}: {text}")
    report.append(f"public API without documentation: {missing_count}")
    for path in sorted(missing):
        report.append(f"  {path}: {len(missing[path])}")
        for item in missing[path]:
            report.append(f"    {item}")
    report.append(f"HTML: {os.path.join(args.html_dir, 'index.html')}")
    text = "\n".join(report)
    with open(os.path.join(args.work_dir, "report.txt"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print(text)

    failed = False
    if args.check in ("comments", "complete") and comment_warnings:
        print(f"docs: {len(comment_warnings)} qdoc warning(s) about comments (QTREDIS_DOCS_CHECK={args.check})")
        failed = True
    if args.check == "complete" and (link_warnings or missing_count):
        print(f"docs: {len(link_warnings)} unresolved link(s) and {missing_count} undocumented item(s) "
              f"(QTREDIS_DOCS_CHECK=complete)")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
