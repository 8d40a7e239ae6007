#!/usr/bin/env python3
"""Check the Qt Linguist files of QtRedis (the CTest test "translations").

    check_translations.py [--lupdate PATH] [--no-extract] FILE.ts...

Fails (exit code 1) if
  * a current (not vanished/obsolete) message of a .ts file is unfinished
    (type="unfinished") or has an empty translation or numerus form, or has
    the wrong number of numerus forms for its language (de: 2, zh_CN: 1);
  * a translation lacks a %1..%99 placeholder of its source, or adds one;
  * lupdate, run over the current sources (src/, qml/, examples/, the same
    file list as update.sh) into a temporary .ts file, finds a string
    (context + source text + disambiguation) that a .ts file does not hold
    as a current message, i.e. update.sh would add work for translators;
  * a qsTr()/qsTranslate() literal in a .qml/.js file contains an escaped
    backslash ("\\\\", e.g. "\\\\xHH" or "\\\\n" meant literally): lupdate 6.4
    unescapes QML strings twice, so the .ts file gets a different source
    text than the one qsTr() looks up, and the string is never translated.
    Pass such text as an argument instead: qsTr("... %1 ...").arg("\\\\xHH").

Vanished/obsolete entries are fine. Messages of a .ts file that lupdate no
longer finds, a missing %n or accelerator "&", or a different number of line
breaks are reported as warnings only.

Exit code 0: all good, 1: check failed, 2: could not run (e.g. no lupdate).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))

# Number of plural forms Qt expects per language (see Qt's numerus rules).
NUMERUS_FORMS = {"de": 2, "zh": 1, "en": 2}

PLACEHOLDER = re.compile(r"%(\d{1,2}|n)")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def language_of(root):
    lang = root.get("language") or ""
    return lang.split("_")[0].lower()


def text_of(elem):
    """The text of a .ts element, with its <byte value="x0"/> children."""
    if elem is None:
        return ""
    text = elem.text or ""
    for child in elem:
        if child.tag == "byte":
            value = child.get("value", "0")
            text += chr(int(value[1:], 16) if value[:1] in "xX" else int(value))
        text += child.tail or ""
    return text


def messages(path):
    """Yields (context, source, comment, message element) of a .ts file."""
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, text_of(msg.find("source")), text_of(msg.find("comment")), msg


def is_current(msg):
    tr = msg.find("translation")
    return tr is None or tr.get("type") not in ("vanished", "obsolete")


def texts_of(msg):
    """The translation texts of a message: one, or one per numerus form."""
    tr = msg.find("translation")
    if tr is None:
        return []
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        if forms:
            return [text_of(f) for f in forms]
    return [text_of(tr)]


def describe(ctx, src, comment):
    s = "".join(c if c.isprintable() else repr(c)[1:-1] for c in src)
    s = s if len(s) <= 70 else s[:67] + "..."
    return f"[{ctx}] \"{s}\"" + (f" ({comment})" if comment else "")


def check_file(path, errors, warnings):
    root = ET.parse(path).getroot()
    lang = language_of(root)
    expected_forms = NUMERUS_FORMS.get(lang)
    name = os.path.basename(path)
    current = {}
    for ctx, src, comment, msg in messages(path):
        if not is_current(msg):
            continue
        key = (ctx, src, comment)
        current[key] = msg
        where = f"{name}: {describe(ctx, src, comment)}"
        tr = msg.find("translation")
        if tr is None or tr.get("type") == "unfinished":
            errors.append(f"{where}: unfinished")
            continue
        texts = texts_of(msg)
        if any(not t.strip() for t in texts):
            errors.append(f"{where}: empty translation")
            continue
        numerus = msg.get("numerus") == "yes"
        if numerus and expected_forms is not None and len(texts) != expected_forms:
            errors.append(f"{where}: {len(texts)} numerus forms, {lang} needs {expected_forms}")
        src_ph = {p for p in PLACEHOLDER.findall(src) if p != "n"}
        for t in texts:
            t_ph = {p for p in PLACEHOLDER.findall(t) if p != "n"}
            if t_ph != src_ph:
                errors.append(f"{where}: placeholders %{', %'.join(sorted(src_ph)) or '-'}"
                              f" in the source but %{', %'.join(sorted(t_ph)) or '-'}"
                              f" in \"{t}\"")
            if numerus and "%n" in src and "%n" not in t:
                warnings.append(f"{where}: no %n in \"{t}\"")
            if len(ACCELERATOR.findall(src)) != len(ACCELERATOR.findall(t)):
                warnings.append(f"{where}: accelerator '&' differs in \"{t}\"")
            if src.count("\n") != t.count("\n"):
                warnings.append(f"{where}: {src.count(chr(10))} line breaks in the source, "
                                f"{t.count(chr(10))} in the translation")
    return current


QML_TR_CALL = re.compile(
    r"""\b(?:qsTr|qsTranslate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\s*\(((?:\s*(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')\s*,?)+)""")


def check_qml_escapes(update_script, errors):
    """Finds qsTr() literals with an escaped backslash, which lupdate 6.4 mangles."""
    proc = subprocess.run(["sh", update_script, "--list-sources"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{update_script} --list-sources failed: {proc.stderr.strip()}")
    root = os.path.dirname(os.path.dirname(os.path.abspath(update_script)))
    for rel in proc.stdout.split():
        if not rel.endswith((".qml", ".js", ".mjs")):
            continue
        with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
            text = f.read()
        for m in QML_TR_CALL.finditer(text):
            if "\\\\" in m.group(1):
                line = text.count("\n", 0, m.start()) + 1
                call = m.group(0) if len(m.group(0)) <= 80 else m.group(0)[:77] + "..."
                errors.append(f"{rel}:{line}: {call}: an escaped backslash in a QML string is "
                              "extracted wrongly by lupdate, so it is never translated; "
                              "pass it with .arg() instead")


def extract(lupdate, update_script):
    """Runs update.sh (lupdate over the sources) into a new temporary .ts file."""
    with tempfile.TemporaryDirectory(prefix="qtredis-ts-") as tmp:
        fresh = os.path.join(tmp, "fresh_de.ts")
        env = dict(os.environ)
        if lupdate:
            env["LUPDATE"] = lupdate
        env["LUPDATE_OPTIONS"] = "-silent"
        proc = subprocess.run(["sh", update_script, fresh], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if proc.returncode != 0 or not os.path.exists(fresh):
            sys.stderr.write(proc.stdout)
            raise RuntimeError(f"{update_script} failed with exit code {proc.returncode}")
        if proc.stdout.strip():
            # lupdate warnings (e.g. tr() in a class without Q_OBJECT) are worth seeing.
            sys.stdout.write(proc.stdout)
        return {(c, s, m) for c, s, m, _ in messages(fresh)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ts_files", nargs="*", metavar="FILE.ts",
                    default=[os.path.join(HERE, "qtredis_de.ts"),
                             os.path.join(HERE, "qtredis_zh_CN.ts")])
    ap.add_argument("--lupdate", help="lupdate of Qt 6 (default: as update.sh finds it)")
    ap.add_argument("--update-script", default=os.path.join(HERE, "update.sh"))
    ap.add_argument("--no-extract", action="store_true",
                    help="only check the .ts files, do not run lupdate over the sources")
    args = ap.parse_args()

    errors, warnings = [], []
    current = {}
    for ts in args.ts_files:
        if not os.path.exists(ts):
            errors.append(f"{ts}: missing")
            continue
        try:
            current[ts] = check_file(ts, errors, warnings)
        except ET.ParseError as e:
            errors.append(f"{ts}: not valid XML: {e}")

    if not args.no_extract:
        try:
            found = extract(args.lupdate, args.update_script)
        except (RuntimeError, OSError) as e:
            print(f"check_translations: {e}", file=sys.stderr)
            return 2
        for ts, have in current.items():
            name = os.path.basename(ts)
            for key in sorted(found - have.keys()):
                errors.append(f"{name}: {describe(*key)}: new in the sources, "
                              "not in the .ts file (run translations/update.sh and translate)")
            for key in sorted(have.keys() - found):
                warnings.append(f"{name}: {describe(*key)}: no longer in the sources "
                                "(update.sh marks it vanished)")
        print(f"lupdate finds {len(found)} strings in the sources")
        try:
            check_qml_escapes(args.update_script, errors)
        except (RuntimeError, OSError) as e:
            print(f"check_translations: {e}", file=sys.stderr)
            return 2

    for ts, have in current.items():
        print(f"{os.path.basename(ts)}: {len(have)} current messages")
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
