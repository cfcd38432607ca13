#!/usr/bin/env python3
"""Builds models/places/places.tsv, the place gazetteer of NameRecoveryStage (see models/places/MODEL_CARD.md).

usage: python3 scripts/build-places.py --data /work/shared/data --out models/places [--zones /usr/share/zoneinfo/zone.tab]

Reads CLDR time-zone exemplar cities (Unicode-3.0) and iso3166-2-db first-level subdivisions (MIT) under
<data>/gazetteers/cities-ar, adds the hand-written models/places/curated.tsv, drops models/places/excluded.tsv
(common words, given names) and one-word names that the NER training text (ANERcorp, AQMAR train) mostly
does not tag as places, and writes one name a line, sorted, with the source of each and its country (ISO 3166
alpha-3, the CAMEO country code): a subdivision's own, a time-zone city's from tzdata's zone.tab (public domain), a
curated name's as written there; none where the sources give a name more than one country. Deterministic.
"""
import argparse, csv, os, re, sys

HARAKAT = re.compile('[\u064B-\u0652\u0670\u0640]')
# Category words that open a subdivision's official name (ولاية جنوب دارفور): the name is what follows.
CATEGORIES = {'ولاية', 'مقاطعة', 'محافظة', 'منطقة', 'إقليم', 'اقليم', 'شعبية', 'بلدية', 'إمارة', 'امارة', 'كانتون',
              'جهة', 'المنطقة', 'مديرية', 'قضاء', 'أوبلاست', 'أوبليس', 'أوكروغ', 'جمهورية', 'مدينة'}
ARABIC_ONLY = re.compile('^[\u0621-\u064A ]+$')
# Countries whose subdivisions are all kept; elsewhere a one-word subdivision needs five letters (short foreign names
# are too often Arabic words: صباح, قدح, بالي, مين).
NEAR = {'DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD',
        'SY', 'TN', 'AE', 'YE', 'IL', 'IR', 'TR', 'AF', 'TD', 'ER', 'ET'}
# Proclitics a word may carry before a place (read as the finder reads them).
CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل']


def fold(word):
    """Close to MatchKey: harakat and tatweel dropped, hamza seats and alef forms folded, ى as ي, ة as ه."""
    word = HARAKAT.sub('', word)
    return word.translate(str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي'}))


def ner_counts(paths):
    """(times seen, times tagged a name of any type) of each folded token in NER training text (token TAG lines)."""
    seen, named = {}, {}
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2:
                    continue
                t = fold(parts[0])
                seen[t] = seen.get(t, 0) + 1
                if parts[1] != 'O':
                    named[t] = named.get(t, 0) + 1
    return seen, named


def common_word(name, seen, loc):
    """A one-word place seen four times or more in the NER training text (bare or with a proclitic), tagged a name in
    fewer than a fifth of them, is mostly a common word there (that text is tagged loosely: بعقوبة is O 5 times of 9)."""
    if ' ' in name:
        return False
    key = fold(name)
    n = sum(seen.get(c + key, 0) for c in CLITICS)
    l = sum(loc.get(c + key, 0) for c in CLITICS)
    return n >= 4 and l * 5 < n


def clean(name):
    name = HARAKAT.sub('', name).strip()
    m = re.match(r'^(.*?)\s*\((.*)\)\s*$', name)   # هيبرون (مدينة الخليل): the gloss is the Arabic name
    if m:
        name = m.group(2).strip()
    words = name.split()
    while words and words[0] in CATEGORIES:
        words = words[1:]
    name = ' '.join(words)
    if not ARABIC_ONLY.match(name) or len(words) > 4 or len(name.replace(' ', '')) < 3:
        return None
    return name


def read_list(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line and not line.startswith('#'):
                rows.append(line.split('\t')[0].strip())
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--zones', default='/usr/share/zoneinfo/zone.tab', help="tzdata's zone.tab: time zone -> ISO country")
    a = ap.parse_args()
    cities = os.path.join(a.data, 'gazetteers', 'cities-ar')
    iso3 = {}
    with open(os.path.join(a.data, 'gazetteers', 'countries-ar', 'countries_ar.tsv'), encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            iso3[row['iso2']] = row['iso3']
    zones = {}
    with open(a.zones, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            parts = line.split('\t')
            zones[parts[2].strip()] = parts[0].strip()
    names, countries, borderless = {}, {}, set()

    def add(n, source, country):
        names.setdefault(n, source)
        countries.setdefault(n, set())
        if country:
            countries[n].add(country)

    with open(os.path.join(cities, 'cldr_tz_exemplar_cities_ar.tsv'), encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            n = clean(row['city_ar'])
            if n:
                add(n, 'cldr', iso3.get(zones.get(row['tz_zone_id'], '')))
    with open(os.path.join(cities, 'subdivisions_iso3166-2_ar.tsv'), encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            if row['name_is_arabic_script'] != '1':
                continue
            n = clean(row['subdivision_name'])
            if n and (row['country_iso2'] in NEAR or ' ' in n or len(n) >= 5):
                add(n, 'iso3166-2', iso3.get(row['country_iso2']))
    with open(os.path.join(a.out, 'curated.tsv'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line and not line.startswith('#'):
                cells = line.split('\t')
                n = HARAKAT.sub('', cells[0].strip())
                add(n, 'curated', cells[1].strip() if len(cells) > 1 else None)
                # البحر الاحمر: a sea, region or river written there with no country has none, whatever subdivision
                # shares its name (Egypt's Red Sea governorate).
                if len(cells) < 2 or not cells[1].strip():
                    borderless.add(fold(n))
    excluded = set(read_list(os.path.join(a.out, 'excluded.tsv')))
    seen, loc = ner_counts([os.path.join(a.data, 'ner', 'anercorp', 'ANERCorp_CamelLab_train.txt'),
                            os.path.join(a.data, 'ner', 'aqmar', 'train.txt')])
    common = sorted(n for n in names if n not in excluded and common_word(n, seen, loc))
    kept = sorted((n, s) for n, s in names.items() if n not in excluded and n not in common)
    path = os.path.join(a.out, 'places.tsv')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Place names for NameRecoveryStage. Built by scripts/build-places.py; see MODEL_CARD.md. name<TAB>source<TAB>country\n')
        for n, s in kept:
            c = countries.get(n, set()) if fold(n) not in borderless else set()
            f.write(f'{n}\t{s}\t{next(iter(c)) if len(c) == 1 else ""}\n')
    by = {}
    for _, s in kept:
        by[s] = by.get(s, 0) + 1
    coded = sum(1 for n, _ in kept if len(countries.get(n, set())) == 1 and fold(n) not in borderless)
    print(f'{len(kept)} places ({", ".join(f"{k} {v}" for k, v in sorted(by.items()))}; {coded} with one country), '
          f'{len(excluded)} excluded by hand, {len(common)} as common words ({" ".join(common)}), {os.path.getsize(path) // 1024} KB', file=sys.stderr)


if __name__ == '__main__':
    main()
