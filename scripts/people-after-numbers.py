#!/usr/bin/env python3
"""Words after a number or a vague crowd quantity in the ANT corpora, by frequency (the source of Lexicons/people.tsv).

Usage: python3 scripts/people-after-numbers.py [LIMIT] > after-numbers.txt
Counts the word after a digit, a number word (ثلاثة … عشرة) or عشرات/مئات/آلاف (past an optional من) in
../shared/data/corpus/ant-*/*.jsonl.gz and prints "count word" for words counts.tsv does not list. The nouns of
people in the list were then picked by hand.
"""
import collections, glob, gzip, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VAGUE = {"عشرات", "مئات", "آلاف", "الاف", "ألاف", "العشرات", "المئات", "الآلاف", "الالاف", "الألاف"}
NUMBER_WORDS = {"ثلاثة", "اربعة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"}


def key(word):
    return re.sub("[أإآ]", "ا", word).replace("ة", "ه").replace("ى", "ي")


def listed():
    with open(os.path.join(ROOT, "src/Hadath.Extraction/Lexicons/counts.tsv"), encoding="utf-8") as f:
        return {key(line.split("\t")[0]) for line in f if line.strip() and not line.startswith("#")}


def main(limit):
    known = listed()
    counts = collections.Counter()
    for path in sorted(glob.glob(os.path.join(ROOT, "../shared/data/corpus/ant-*/*.jsonl.gz"))):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                words = re.findall(r"[\u0621-\u064A0-9]+", json.loads(line).get("text") or "")
                for i, word in enumerate(words[:-2]):
                    if word in VAGUE or word in NUMBER_WORDS or word.isdigit():
                        counts[words[i + 2] if words[i + 1] == "من" else words[i + 1]] += 1
    for word, n in counts.most_common(limit):
        bare = re.sub("^(وال|بال|لل|ال)", "", key(word))
        if n >= 3 and key(word) not in known and bare not in known:
            print(n, word)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
