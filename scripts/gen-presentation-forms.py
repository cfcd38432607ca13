#!/usr/bin/env python3
"""Regenerates the presentation-forms section of src/Hadath.Arabic/Normalization/CharMap.tsv.

Folds ARABIC PRESENTATION FORMS-A (U+FB50-FDFF) and -B (U+FE70-FEFF) to base letters by NFKC. The space NFKC
puts before isolated harakat (U+FE70 -> U+0020 U+064B) is dropped: a mark is not a word break. Multi-word
ligatures (U+FDFA, U+FDFB) keep their spaces. Usage: python3 scripts/gen-presentation-forms.py
"""
import pathlib, unicodedata

path = pathlib.Path(__file__).resolve().parent.parent / "src/Hadath.Arabic/Normalization/CharMap.tsv"
lines = [l for l in path.read_text(encoding="utf-8").splitlines() if not l.startswith("presentation-forms\t")]
for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
    c = chr(cp)
    if unicodedata.category(c) == "Cn":
        continue
    folded = unicodedata.normalize("NFKC", c)
    if folded == c:
        continue
    if folded.startswith(" ") and all(unicodedata.category(x) == "Mn" for x in folded[1:]):
        folded = folded[1:]
    target = " ".join(f"{ord(x):04X}" for x in folded)
    lines.append(f"presentation-forms\t{cp:04X}\t{target}\t{unicodedata.name(c, '')}")
path.write_text("\n".join(lines) + "\n", encoding="utf-8")
