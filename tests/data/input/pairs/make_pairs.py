#!/usr/bin/env python3
"""Writes the small report pairs of tests/cli/tst_cli_compare.cpp (fictional agencies, numbers
chosen so that every report is internally consistent unless a mismatch is planted on purpose).
Layout: one table row per line, cells separated by tabs, as in seed 000.
Run from this folder: python3 make_pairs.py"""

COLS = 7

APPLY_2021 = [
    ("一、本年新收政府信息公开申请数量", "", "new"),
    ("二、上年结转政府信息公开申请数量", "", "carried_over"),
    ("三、本年度办理结果", "(一) 予以公开", "granted"),
    ("", "(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)", "partial"),
    ("", "(三) 不予公开\t1. 属于国家秘密", "denied.state_secret"),
    ("", "\t2. 其他法律行政法规禁止公开", "denied.prohibited"),
    ("", "\t3. 危及“三安全一稳定”", "denied.security"),
    ("", "\t4. 保护第三方合法权益", "denied.third_party"),
    ("", "\t5. 属于三类内部事务信息", "denied.internal"),
    ("", "\t6. 属于四类过程性信息", "denied.process"),
    ("", "\t7. 属于行政执法案卷", "denied.enforcement_file"),
    ("", "\t8. 属于行政查询事项", "denied.query"),
    ("", "(四) 无法提供\t1. 本机关不掌握相关政府信息", "unavailable.not_held"),
    ("", "\t2. 没有现成信息需要另行制作", "unavailable.needs_creation"),
    ("", "\t3. 补正后申请内容仍不明确", "unavailable.unclear"),
    ("", "(五) 不予处理\t1. 信访举报投诉类申请", "not_processed.complaint"),
    ("", "\t2. 重复申请", "not_processed.duplicate"),
    ("", "\t3. 要求提供公开出版物", "not_processed.publication"),
    ("", "\t4. 无正当理由大量反复申请", "not_processed.excessive"),
    ("", "\t5. 要求行政机关确认或重新出具已获取信息", "not_processed.confirmation"),
    ("", "(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other_handling.no_correction"),
    ("", "\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other_handling.no_fee"),
    ("", "\t3. 其他", "other_handling.other"),
    ("", "(七) 总计", "total"),
    ("四、结转下年度继续办理", "", "carried_forward"),
]

APPLY_2019 = [r for r in APPLY_2021 if not r[2].startswith("other_handling")]
APPLY_2019.insert(20, ("", "(六) 其他处理", "other_handling"))


def apply_table(rows, values):
    out = ["(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t",
           "\t\t自然人\t法人或其他组织\t\t\t\t\t\t",
           "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t"]
    for first, second, key in rows:
        v = values.get(key, [0] * COLS)
        assert len(v) == COLS, key
        label = first + "\t" + second if second else first + "\t"
        out.append(label + "\t" + "\t".join(str(x) for x in v))
    return "\n".join(out)


def review_table(review):
    header = ("行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\n"
              "结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n"
              "\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计")
    assert len(review) == 15
    return header + "\n" + "\t".join(str(x) for x in review)


def active_2021(a):
    return f"""第二十条第（一）项\t\t\t
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
规章\t{a['reg'][0]}\t{a['reg'][1]}\t{a['reg'][2]}
行政规范性文件\t{a['norm'][0]}\t{a['norm'][1]}\t{a['norm'][2]}
第二十条第（五）项\t\t\t
信息内容\t本年处理决定数量\t\t
行政许可\t{a['licensing']}\t\t
第二十条第（六）项\t\t\t
信息内容\t本年处理决定数量\t\t
行政处罚\t{a['penalty']}\t\t
行政强制\t{a['coercion']}\t\t
第二十条第（八）项\t\t\t
信息内容\t本年收费金额（单位：万元）\t\t
行政事业性收费\t{a['fees']}\t\t"""


def active_2019(a):
    return f"""第二十条第（一）项\t\t\t
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t{a['reg'][0]}\t{a['reg'][1]}\t{a['reg'][2]}
规范性文件\t{a['norm'][0]}\t{a['norm'][1]}\t{a['norm'][2]}
第二十条第（五）项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政许可\t{a['licensing'][0]}\t{a['licensing'][1]}\t{a['licensing'][2]}
其他对外管理服务事项\t0\t0\t0
第二十条第（六）项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政处罚\t{a['penalty'][0]}\t{a['penalty'][1]}\t{a['penalty'][2]}
行政强制\t0\t0\t0
第二十条第（八）项\t\t\t
信息内容\t上一年项目数量\t本年增/减\t
行政事业性收费\t0\t0\t
第二十条第（九）项\t\t\t
信息内容\t采购项目数量\t采购总金额\t
政府集中采购\t0\t0\t"""


def report(agency, year, fmt, active, apply, review):
    notice = "国办公开办函〔2021〕30号" if fmt == "2021" else "国办公开办函〔2019〕60号"
    problems = "五、存在的主要问题及改进情况" if fmt == "2021" else "五、政府信息公开工作存在的主要问题及改进情况"
    active_text = active_2021(active) if fmt == "2021" else active_2019(active)
    rows = APPLY_2021 if fmt == "2021" else APPLY_2019
    received = apply["new"][6]
    return f"""{agency}{year}年政府信息公开工作年度报告

一、总体情况

本报告根据《中华人民共和国政府信息公开条例》和{notice}的要求编制。本报告数据统计期限自{year}年1月1日至{year}年12月31日。

{year}年，{agency}共收到政府信息公开申请{received}件，均已按期答复。

二、主动公开政府信息情况

{active_text}

三、收到和处理政府信息公开申请情况

{apply_table(rows, apply)}

四、政府信息公开行政复议、行政诉讼情况

{review_table(review)}

{problems}

信息公开的及时性仍需提高。下一步将加强培训，规范答复流程。

六、其他需要报告的事项

本年度未收取信息处理费。
"""


def z(**rows):
    return rows


SIFA, CAIZHENG = "青山县司法局", "青山县财政局"

Y2022 = dict(
    active=dict(reg=(0, 0, 5), norm=(2, 2, 10), licensing=120, penalty=35, coercion=2, fees=0),
    apply=z(new=[10, 2, 0, 0, 0, 0, 12], carried_over=[1, 0, 0, 0, 0, 0, 1],
            granted=[6, 1, 0, 0, 0, 0, 7], partial=[2, 0, 0, 0, 0, 0, 2],
            **{"unavailable.not_held": [2, 1, 0, 0, 0, 0, 3]},
            total=[10, 2, 0, 0, 0, 0, 12], carried_forward=[1, 0, 0, 0, 0, 0, 1]),
    review=[1, 0, 0, 0, 1] + [0] * 10)

Y2023 = dict(
    active=dict(reg=(1, 0, 6), norm=(3, 1, 12), licensing=150, penalty=20, coercion=0, fees=0),
    apply=z(new=[20, 3, 1, 0, 0, 0, 24], carried_over=[1, 0, 0, 0, 0, 0, 1],
            granted=[14, 2, 1, 0, 0, 0, 17], partial=[3, 0, 0, 0, 0, 0, 3],
            **{"not_processed.duplicate": [1, 0, 0, 0, 0, 0, 1],
               "unavailable.not_held": [2, 1, 0, 0, 0, 0, 3]},
            total=[20, 3, 1, 0, 0, 0, 24], carried_forward=[1, 0, 0, 0, 0, 0, 1]),
    review=[1, 1, 0, 0, 2] + [0] * 10)

# The same 2023 report with one typing error: 上年结转·商业企业 1 instead of 0.
Y2023_MISMATCH = dict(Y2023, apply=dict(Y2023["apply"], carried_over=[1, 1, 0, 0, 0, 0, 1]))

# 2019 format, 2020: one （六）其他处理 row.
Y2020 = dict(
    active=dict(reg=(0, 0, 3), norm=(1, 1, 1), licensing=(10, 2, 12), penalty=(4, 0, 30)),
    apply=z(new=[5, 0, 0, 0, 0, 0, 5], granted=[1, 0, 0, 0, 0, 0, 1],
            other_handling=[3, 0, 0, 0, 0, 0, 3],
            total=[4, 0, 0, 0, 0, 0, 4], carried_forward=[1, 0, 0, 0, 0, 0, 1]),
    review=[0] * 15)

# 2021 format, 2021: （六） split in three rows that sum to 2020's single row (3).
Y2021 = dict(
    active=dict(reg=(0, 0, 3), norm=(2, 0, 9), licensing=14, penalty=28, coercion=0, fees=1.5),
    apply=z(new=[6, 1, 0, 0, 0, 0, 7], carried_over=[1, 0, 0, 0, 0, 0, 1],
            granted=[2, 1, 0, 0, 0, 0, 3],
            **{"other_handling.no_correction": [1, 0, 0, 0, 0, 0, 1],
               "other_handling.other": [2, 0, 0, 0, 0, 0, 2]},
            total=[5, 1, 0, 0, 0, 0, 6], carried_forward=[2, 0, 0, 0, 0, 0, 2]),
    review=[0] * 15)

FILES = {
    "sifa_2022.txt": (SIFA, 2022, "2021", Y2022),
    "sifa_2023.txt": (SIFA, 2023, "2021", Y2023),
    "sifa_2023_carried_mismatch.txt": (SIFA, 2023, "2021", Y2023_MISMATCH),
    "caizheng_2023.txt": (CAIZHENG, 2023, "2021", Y2023),
    "sifa_2020_format2019.txt": (SIFA, 2020, "2019", Y2020),
    "sifa_2021.txt": (SIFA, 2021, "2021", Y2021),
}

if __name__ == "__main__":
    for name, (agency, year, fmt, data) in FILES.items():
        with open(name, "w", encoding="utf-8") as f:
            f.write(report(agency, year, fmt, data["active"], data["apply"], data["review"]))
