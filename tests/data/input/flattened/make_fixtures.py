#!/usr/bin/env python3
"""Writes the flattened-table fixtures (crawler-style text: the cells of a row run together) and
their reference values. Every value below is invented for the test; the reference records the true
values, the values the tool gives (none when other readings fit), and how many other readings fit (computed here by
brute force, independently of the C++ code).

Run from this folder: python3 make_fixtures.py"""
import itertools
import re

# --- an independent oracle of the reading rules (DigitRunSplitter.h, FlattenedTables.h) ---

def valid(t, k):
    pattern = {'C': r'0|[1-9]\d*', 'S': r'[+-]?(0|[1-9]\d*)', 'A': r'(0|[1-9]\d*)(\.\d+)?'}[k]
    return re.fullmatch(pattern, t) is not None

def all_splits(run, kinds):
    chunks = run.translate({0xFF10 + d: ord('0') + d for d in range(10)}).split()
    out = []
    def rec(ci, pos, cells):
        if len(cells) == len(kinds):
            if ci == len(chunks):
                out.append(list(cells))
            return
        if ci == len(chunks):
            return
        ch = chunks[ci]
        for n in range(1, min(15, len(ch) - pos) + 1):
            t = ch[pos:pos + n]
            if valid(t, kinds[len(cells)]):
                cells.append(t)
                if pos + n == len(ch):
                    rec(ci + 1, 0, cells)
                else:
                    rec(ci, pos + n, cells)
                cells.pop()
    rec(0, 0, [])
    return out

def fits(cells, groups):
    for f, n in groups:
        v = [float(x) for x in cells[f:f + n]]
        if sum(v[:-1]) != v[-1]:
            return False
    return True

def cost(c):
    return (max(len(x) for x in c), sum(1 for x in c if len(x) > 1))

def ranked(run, kinds, groups):
    r = [c for c in all_splits(run, kinds) if fits(c, groups)]
    r.sort(key=lambda c: (cost(c), [-len(x) for x in c]))
    return r

APP = ('C' * 7, [(0, 7)])
REVIEW = ('C' * 15, [(0, 5), (5, 5), (10, 5)])

def solve_table(rows):
    """rows: list of (role, candidates). Brute force over every combination."""
    idx = {}
    for i, (role, _) in enumerate(rows):
        idx.setdefault(role, []).append(i)
    outcomes = idx['outcome']
    n, c, t, f = idx['new'][0], idx['carried'][0], idx['total'][0], idx['forward'][0]
    fitting = []
    for combo in itertools.product(*[range(len(cands)) for _, cands in rows]):
        v = [[int(x) for x in rows[i][1][combo[i]]] for i in range(len(rows))]
        ok = all(v[n][k] + v[c][k] == v[t][k] + v[f][k] for k in range(7)) and \
             all(sum(v[o][k] for o in outcomes) == v[t][k] for k in range(7))
        if ok:
            fitting.append(combo)
    def table_cost(combo):
        # the sums of the rows' costs, then the rows' own ranks from the top of the table down
        s = [0, 0]
        for i, k in enumerate(combo):
            a, b = cost(rows[i][1][k])
            s[0] += a; s[1] += b
        return (s[0], s[1], tuple(combo))
    best_cost = min(table_cost(x) for x in fitting)
    best = [x for x in fitting if table_cost(x) == best_cost]
    usable = [len({x[i] for x in fitting}) for i in range(len(rows))]
    return fitting, best, usable

# --- the reports ---

def j(values):
    return ''.join(str(v) for v in values)

ZERO7 = [0] * 7

def apply_rows_2021():
    return [
        ('new', '一、本年新收政府信息公开申请数量', [15, 3, 0, 1, 0, 2, 21], None),
        ('carried', '二、上年结转政府信息公开申请数量', [2, 0, 0, 0, 0, 0, 2], '２０００００２'),
        ('outcome', '三、本年度办理结果（一）予以公开', [8, 1, 0, 0, 0, 1, 10], None),
        ('outcome', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [2, 0, 0, 0, 0, 0, 2], None),
        ('outcome', '（三）不予公开1.属于国家秘密', ZERO7, None),
        ('outcome', '2.其他法律行政法规禁止公开', ZERO7, None),
        ('outcome', '3.危及“三安全一稳定”', ZERO7, None),
        ('outcome', '4.保护第三方合法权益', [1, 0, 0, 0, 0, 0, 1], None),
        ('outcome', '5.属于三类内部事务信息', ZERO7, None),
        ('outcome', '6.属于四类过程性信息', [1, 1, 0, 0, 0, 0, 2], None),
        ('outcome', '7.属于行政执法案卷', ZERO7, None),
        ('outcome', '8.属于行政查询事项', ZERO7, None),
        ('outcome', '（四）无法提供1.本机关不掌握相关政府信息', [3, 0, 0, 1, 0, 0, 4], None),
        ('outcome', '2.没有现成信息需要另行制作', ZERO7, None),
        ('outcome', '3.补正后申请内容仍不明确', [1, 0, 0, 0, 0, 0, 1], None),
        ('outcome', '（五）不予处理1.信访举报投诉类申请', ZERO7, None),
        ('outcome', '2.重复申请', ZERO7, None),
        ('outcome', '3.要求提供公开出版物', ZERO7, None),
        ('outcome', '4.无正当理由大量反复申请', ZERO7, None),
        ('outcome', '5.要求行政机关确认或重新出具已获取信息', ZERO7, None),
        ('outcome', '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ZERO7, None),
        ('outcome', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ZERO7, None),
        ('outcome', '3.其他', ZERO7, None),
        ('total', '（七）总计', [16, 2, 0, 1, 0, 1, 20], None),
        ('forward', '四、结转下年度继续办理', [1, 1, 0, 0, 0, 1, 3], '11000 13'),
    ]

def apply_rows_2019():
    rows = []
    for role, label, _, _ in apply_rows_2021():
        if label.startswith('（六）') or label.startswith('2.申请人') or label == '3.其他':
            continue
        rows.append([role, label, ZERO7, None])
    amb_a = [11, 0, 0, 0, 0, 0, 11]
    amb_b = [1, 10, 0, 0, 0, 0, 11]
    for r in rows:
        if r[1].endswith('本机关不掌握相关政府信息'):
            r[2] = amb_a
            r[1] = '三、本年度办理结果（四）无法提供1.本机关不掌握相关政府信息' # a page break repeats the header
        if r[1] == '2.重复申请':
            r[2] = amb_b
    total = [12, 10, 0, 0, 0, 0, 22]
    rows[0][2] = total                       # new
    pos = [i for i, r in enumerate(rows) if r[1].startswith('5.要求行政机关')][0]
    rows.insert(pos + 1, ['outcome', '（六）其他处理', ZERO7, '0 0 0 0 0 00'])
    rows[-2][2] = total                      # （七）总计
    rows[-1][3] = ' 0 0 00 00 0 '           # 四、结转下年度继续办理 with stray spaces
    return [tuple(r) for r in rows]

ACTIVE_2021_HEAD = ('二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数')
ACTIVE_2021 = [
    ('', '规章', ['2', '0', '35'], '2 035', 'CCC'),
    ('', '行政规范性文件', ['5', '1', '12'], '5112', 'CCC'),
    ('第二十条第（五）项信息内容本年处理决定数量', '行政许可', ['356'], '356', 'C'),
    ('第二十条第（六）项信息内容 本年处理决定数量', '行政处罚', ['1234'], '1234', 'C'),
    ('', '行政强制', ['0'], '0', 'C'),
    ('第二十条第（八）项信息内容本年收费金额（单位：万元）', '行政事业性收费', ['12.5'], '12.5', 'A'),
]
ACTIVE_2019_HEAD = ('二、主动公开政府信息情况 第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量')
ACTIVE_2019 = [
    ('', '规章', ['0', '0', '0'], '000', 'CCC'),
    ('', '规范性文件', ['12', '12', '12'], '121212', 'CCC'),
    ('第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量', '行政许可', ['12', '+3', '18'], '12+318', 'CSC'),
    ('', '其他对外管理服务事项', ['0', '0', '0'], '0 0 0', 'CSC'),
    ('第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量', '行政处罚', ['5', '-1', '30'], '5 -1 30', 'CSC'),
    ('', '行政强制', ['0', '0', '0'], '000', 'CSC'),
    ('第二十条第（八）项信息内容上一年项目数量本年增/减', '行政事业性收费', ['3', '-1'], '3-1', 'CS'),
    ('第二十条第（九）项信息内容采购项目数量采购总金额', '政府集中采购', ['4', '1234.5'], '4 1234.5', 'CA'),
]
REVIEW_HEAD = ('四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计'
               '未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计')
APPLY_HEAD = ('三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
              '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他')

GROUP_HEADINGS = ('三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理')

def row_label(label):
    """The row's own label as the reader reports it: the group heading printed before it is not part of it."""
    changed = True
    while changed:
        changed = False
        for heading in GROUP_HEADINGS:
            if label.startswith(heading) and len(label) > len(heading):
                label = label[len(heading):]
                changed = True
    return label

def given(cands):
    # Only a row read one way gets numbers; several readings leave it open (null + alternatives).
    return ' '.join(cands[0]) if len(cands) == 1 else ''


def write(name, year, intro, active_head, active, apply_rows, review_values, review_printed, outro):
    text = [f'某某区{year}年政府信息公开工作年度报告\n', intro, active_head]
    ref = ['# section\trow label as read\ttrue values\tvalues the tool gives (empty: other readings fit, no number)\tother readings that fit']
    for head, label, truth, printed, kinds in active:
        text.append(head + label + printed + ('元' if kinds == 'CA' else ''))
        cands = ranked(printed, kinds, [])
        assert truth in cands, (label, truth, cands)
        ref.append(f'active\t{label}\t{" ".join(truth)}\t{given(cands)}\t{len(cands) - 1}')
    text.append(APPLY_HEAD)
    solver_rows = []
    for role, label, values, printed in apply_rows:
        run = printed if printed is not None else j(values)
        cands = ranked(run, *APP)
        assert [str(v) for v in values] in cands, (label, values, cands)
        solver_rows.append((role, cands))
        text.append(label + run)
    fitting, best, usable = solve_table(solver_rows)
    for i, (role, label, values, printed) in enumerate(apply_rows):
        chosen = [solver_rows[i][1][b[i]] for b in best]
        chosen_text = '|'.join(sorted({' '.join(c) for c in chosen}))
        ref.append(f'apply\t{row_label(label)}\t{" ".join(map(str, values))}\t{chosen_text if usable[i] == 1 else ""}\t{usable[i] - 1}')
    text.append(' ' + REVIEW_HEAD)
    review_run = review_printed if review_printed is not None else j(review_values)
    cands = ranked(review_run, *REVIEW)
    assert [str(v) for v in review_values] in cands
    text.append(review_run)
    ref.append(f'review\t\t{" ".join(map(str, review_values))}\t{given(cands)}\t{len(cands) - 1}')
    ref.append(f'tableReadings\t\t\t{len(fitting)}\t')
    text.append(outro)
    with open(name + '.txt', 'w', encoding='utf-8') as f:
        f.write(''.join(text) + '\n')
    with open(name + '.tsv', 'w', encoding='utf-8') as f:
        f.write('\n'.join(ref) + '\n')
    print(name, 'table readings', len(fitting))

INTRO = ('标题: 某某区政府信息公开工作年度报告 当前位置：首页 政务公开 一、总体情况 本年度共收到申请21件，'
         '本年新收政府信息公开申请数量21件，予以公开10件，规章2件。')
OUTRO = '五、存在的主要问题及改进情况 一是公开质量有待提高。六、其他需要报告的事项 本年度未收取信息处理费。'

write('flat_2021', 2021, INTRO, ACTIVE_2021_HEAD, ACTIVE_2021, apply_rows_2021(),
      [10, 2, 1, 0, 13, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0], None, OUTRO)
write('flat_2019', 2019, INTRO.replace('21件', '22件'), ACTIVE_2019_HEAD, ACTIVE_2019, apply_rows_2019(),
      [2, 1, 0, 0, 3, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0], '21003 0 0 0 1 1 00000', OUTRO)
