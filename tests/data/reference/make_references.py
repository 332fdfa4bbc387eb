#!/usr/bin/env python3
"""Writes the reference records of the seed reports (the project's acceptance test).

Every value below was read by a person from tests/data/input/seed_*.txt, not produced by the
extractor. A cell not listed for a seed takes the seed's default (0 for the all-zero reports,
null = blank for seed 001). Run from anywhere: python3 make_references.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))


def cell_ids(fmt):
    with open(os.path.join(ROOT, 'resources', f'cells-{fmt}.tsv'), encoding='utf-8') as f:
        lines = f.read().splitlines()[1:]
    return [line.split('\t')[0] for line in lines if line.strip()]


ALL_SECTIONS = ['overview', 'active', 'apply', 'review', 'problems', 'other']

SEEDS = [
    {
        # Tab rows; every cell of the three tables prints 0.
        'file': 'seed_000_ebc2797f3e368fc1.txt',
        'format': '2021', 'agency': '武陟县司法局', 'year': 2023, 'period_year': 2023,
        'default': 0, 'cells': {}, 'blank': [],
        'claims': {'applications': 0, 'review': 0, 'litigation': 0},  # 未收到申请；没有发生…行政复议、行政诉讼
        'sections': ALL_SECTIONS,
    },
    {
        # 2019 trial format, flattened Word table; section 三 and 四 mostly blank (NBSP cells).
        'file': 'seed_001_5eaa7f9da2d83dc7.txt',
        'format': '2019', 'agency': '区司法局', 'year': 2019, 'period_year': 0,
        'default': None,
        'cells': {
            'active.regulations.made': 0, 'active.regulations.published': 0,
            'active.regulations.total_published': 0,
            'active.normative.made': 1, 'active.normative.published': 1,
            'active.normative.total_published': 1,
            'active.licensing.previous': 0, 'active.licensing.change': 0,
            'active.licensing.decisions': 0,
            'active.other_services.previous': 40, 'active.other_services.change': 0,
            'active.other_services.decisions': 40,
            'active.penalty.previous': 0, 'active.penalty.change': 0, 'active.penalty.decisions': 0,
            'active.coercion.previous': 0, 'active.coercion.change': 0,
            'active.coercion.decisions': 0,
            'active.fees.previous': 0, 'active.fees.change': 0,
            'active.procurement.projects': 0, 'active.procurement.amount': 0,
            'apply.new.total': 0, 'apply.carried_over.total': 0, 'apply.total.total': 0,
            'apply.carried_forward.total': 0,
            'review.total': 0, 'litigation.direct.total': 0, 'litigation.after_review.total': 0,
        },
        'blank': 'all-null',  # every null cell of this seed is printed blank
        'claims': {'applications': 0, 'review': 0, 'litigation': 0},  # 没有收到…申请；未接到…复议、诉讼
        'sections': ['overview', 'active', 'apply', 'review', 'problems'],
    },
    {
        # Markdown pipe tables; every cell prints 0.
        'file': 'seed_002_d313710ee9afc711.txt',
        'format': '2021', 'agency': '湛河区司法局', 'year': 2024, 'period_year': 0,
        'default': 0, 'cells': {}, 'blank': [],
        'claims': {'review': 0, 'litigation': 0},  # 未发生…申请行政复议或者行政诉讼
        'sections': ALL_SECTIONS,
    },
    {
        # Tab rows with a shifted row and a blank line inside; 行政许可 1, every other cell 0.
        # The 13 行政复议 cases of section 六 were decided by the agency (复议机关): no claim.
        'file': 'seed_003_ad0933fee798d3b4.txt',
        'format': '2021', 'agency': '重庆市大渡口区司法局', 'year': 2023, 'period_year': 2023,
        'default': 0, 'cells': {'active.licensing.decisions': 1}, 'blank': [],
        'claims': {'applications': 0},  # 收到和处理政府信息公开申请 0 件
        'sections': ALL_SECTIONS,
    },
    {
        # Flattened Word table; title says only 市司法局, the text names 聊城市司法局.
        'file': 'seed_004_80a41c86f4ba9762.txt',
        'format': '2021', 'agency': '聊城市司法局', 'year': 2023, 'period_year': 2023,
        'default': 0,
        'cells': {
            'active.normative.in_force': 2, 'active.licensing.decisions': 408,
            'active.fees.amount': 40.51,
            'apply.new.natural': 3, 'apply.new.total': 3,
            'apply.granted.natural': 2, 'apply.granted.total': 2,
            'apply.unavailable.not_held.natural': 1, 'apply.unavailable.not_held.total': 1,
            'apply.total.natural': 3, 'apply.total.total': 3,
        },
        'blank': [],
        'claims': {'applications': 3},  # 2023年共收到政务信息公开申请3件
        'sections': ALL_SECTIONS,
    },
]


def main():
    for seed in SEEDS:
        ids = cell_ids(seed['format'])
        unknown = set(seed['cells']) - set(ids)
        assert not unknown, unknown
        cells = {i: seed['cells'].get(i, seed['default']) for i in ids}
        blank = [i for i in ids if cells[i] is None] if seed['blank'] == 'all-null' else seed['blank']
        out = {
            'file': seed['file'],
            'format': seed['format'],
            'agency': seed['agency'],
            'year': seed['year'],
            'period_year': seed['period_year'],
            'sections': seed['sections'],
            'claims': seed['claims'],
            'blank': blank,
            'cells': cells,
        }
        path = os.path.join(HERE, seed['file'] + '.json')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(path, len(cells), 'cells')


if __name__ == '__main__':
    main()
