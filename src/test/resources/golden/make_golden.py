#!/usr/bin/env python3
"""Writes the golden cell files <seed>.csv of this folder from the seed reports themselves.

Run once, by hand, from the project root (the build never runs it; the goldens are committed):
    python3 src/test/resources/golden/make_golden.py

It does NOT use the Java extractor. It walks the seed's value cells in reading order -- every tab-separated field of
every line that contains a tab, from the first 第二十条第（一）项 line to the end of the file -- and pairs the k-th
value with the k-th category of codes.tsv (template order: T1, T2, T3). A value cell is a field whose whole text
is a number: optional sign, digits, optional decimals, optional unit 元/万元. The number of values found must equal
the number of template cells minus the cells listed by hand in BLANK (checked by eye in the report), else it stops.
The pairing was checked by eye: each value's preceding label is printed on stderr (row label vs category).
"""
import csv
import os
import re
import sys
from decimal import Decimal

VALUE = re.compile(r'^([+-]?)(\d+(?:\.\d+)?)(元|万元)?$')
ROOT = os.path.dirname(os.path.abspath(__file__))
CODES = 'src/main/resources/xxgk/codes.tsv'
SAMPLES = 'data/samples'

# seed -> (template, cells printed without any value cell -> source_line to record (the row label's line), notes)
SEEDS = {
    '000_94da31ab61563a3e': ('V2019', {}, [
        '吉林市船营区北极街道办事处 2020, V2019, one cell per line (tab-prefixed, blank line ends a row).',
        'Every value cell of T1, T2 and T3 prints 0: 198 REPORTED cells.',
        'Line 101 (发布总数量…：43个) follows T1 and is metadata (disclosure_total_count), not a cell.',
        'Typos read as their rows: line 273 3.䃼正后申请内容仍不明确 = RESULT.UNABLE.UNCLEAR; line 284',
        '1.信访举报投诉诉求类申请 = RESULT.NOT_PROCESSED.PETITION. T3 header labels carry inner spaces (结果  维持).',
        'Rules hold trivially (all zeros).',
    ]),
    '001_5bf9956e543a31f7': ('V2019', {}, [
        '盐池县盐州路街道办事处 2020, V2019, tab-separated rows: every value of a row has that row\'s line.',
        'Every value cell prints 0: 198 REPORTED cells. T1 A20_8 header is split over lines 56 and 58',
        '(上一年 / 项目数量). T2 columns are labelled 商业机构 and 社会组织 (= LP.COMMERCIAL, LP.NONPROFIT);',
        'row 四、结转下年度继续办理 (line 92) has two empty cells before its 7 values; all 15 T3 values are on line 99.',
        'Rules hold trivially (all zeros).',
    ]),
    '002_1cb59e66f00bcffe': ('V2019', {
        'A20_9.CENTRAL_PROCUREMENT|PROJECT_COUNT': 82,
        'A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT': 82,
    }, [
        '江源区 2020, V2019, one cell per line. 196 REPORTED cells and 2 BLANK.',
        'T1 A20_5/A20_6/A20_8 hold real figures; 本年增/减 is signed: +2, +56 are read as 2 and 56 (value_raw keeps',
        'the sign as printed), -5 as -5.',
        '政府集中采购 (line 82) is printed without value cells: both cells BLANK, value_raw empty, never 0. There is no',
        'value cell to point to, so source_line is the row label\'s line 82; unit stays the template unit (个; empty',
        'for 采购总金额, whose unit the template leaves to the cell text). Line 83 (" \\t…发布总数量…：4267") sits in the',
        'value slot but is the Jilin metadata sentence (disclosure_total_count 4267), not a value.',
        'Rules hold trivially (T2/T3 all zeros).',
    ]),
    '003_ae5e98d31dd755d7': ('V2021', {}, [
        '南关区全安街道 2023, V2021, one cell per line: 200 REPORTED cells, all 0.',
        'T2 三、本年度办理结果 follows an empty cell and 12 blank lines (lines 93-106); （六）其他处理 (line 303) is',
        'a group label with no values, its three sub-rows are at lines 304, 315, 326. T1 A20_8 is 本年收费金额（单位：万元）',
        '(unit 万元). Rules hold trivially (all zeros).',
    ]),
    '004_2008f0193b0e469e': ('V2019', {}, [
        '青阳街道办事处 (晋江市) 2020, V2019, one cell per line: 198 REPORTED cells.',
        'Header cells broken over blank lines (上一年/项目数量 lines 56-58, 采购项目/数量 lines 106-108). Line 113',
        '8808257.32元 = 8808257.32 with unit 元. T2 repeats 三、本年度办理结果 at line 337 (page break) before row',
        '5.要求行政机关确认…; the repeat is a label, not a row. Non-zero: 规范性文件 5/5/10; 政府集中采购 71,',
        '8808257.32元; T2 NEW, UNABLE.NOT_HELD and RESULT.TOTAL each NP 2, TOTAL 2 (text, line 29: 2 applications,',
        'both outside the office\'s remit = 本机关不掌握). R1-R4 hold with these figures: 2+0 = 2+0 (NP, TOTAL).',
    ]),
}

def unit_of(spec_unit):
    """The output contract's unit for a codes.tsv unit note (项(signed) -> 项, 个/项 -> 个, as written -> empty)."""
    if spec_unit.startswith('as written'):
        return ''
    if spec_unit.startswith('项'):
        return '项'
    if spec_unit.startswith('个'):
        return '个'
    return spec_unit

def value_tokens(lines):
    start = next(i for i, l in enumerate(lines) if '第二十条第（一）项' in l)
    out, label = [], ''
    for i in range(start, len(lines)):
        if '\t' not in lines[i]:
            continue
        for field in lines[i].split('\t'):
            s = field.strip()
            if VALUE.match(s):
                out.append((i + 1, s, label))
            elif s:
                label = s
    return out

def main():
    with open(CODES, encoding='utf-8') as f:
        codes = list(csv.DictReader(f, delimiter='\t'))
    for seed, (version, blank, notes) in SEEDS.items():
        defs = [d for d in codes if d['version'] == version]
        with open(os.path.join(SAMPLES, seed + '.txt'), encoding='utf-8') as f:
            tokens = value_tokens(f.read().split('\n'))
        assert len(tokens) == len(defs) - len(blank), (seed, len(tokens), len(defs), len(blank))
        rows, k = [], 0
        for d in defs:
            cat = d['category']
            if cat in blank:
                rows.append([cat, d['table'], version, '', '', unit_of(d['unit']), 'BLANK', blank[cat]])
                continue
            line_no, raw, label = tokens[k]
            k += 1
            m = VALUE.match(raw)
            value = Decimal(m.group(2)) * (-1 if m.group(1) == '-' else 1)
            unit = m.group(3) or unit_of(d['unit'])
            rows.append([cat, d['table'], version, raw, format(value, 'f'), unit, 'REPORTED', line_no])
            print(f'{seed[:3]} {cat:50s} {raw:>14s} line {line_no:4d} after {label[:30]}', file=sys.stderr)
        with open(os.path.join(ROOT, seed + '.csv'), 'w', encoding='utf-8', newline='') as f:
            f.write(f'# Golden cells of data/samples/{seed}.txt, written from the report text (see README.md).\n')
            for n in notes:
                f.write('# ' + n + '\n')
            f.write('# rules: R1=ok R2=ok R3=ok R4=ok\n')
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['category', 'table_code', 'template', 'value_raw', 'value', 'unit', 'status', 'source_line'])
            w.writerows(rows)
        print(f'{seed}: {len(rows)} cells, {k} values read', file=sys.stderr)

if __name__ == '__main__':
    main()
