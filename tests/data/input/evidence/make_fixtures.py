#!/usr/bin/env python3
"""Writes the evidence fixtures: crawler-style reports (every table run together into one
paragraph, values invented for the test) where what the report says settles a run of digits, or
does not; and next to each report its true values (<name>.truth.json, {cell id: value}) for
tools/measure-splits.

Run from this folder: python3 make_fixtures.py"""
import json

APPLY = ("三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
         "一、本年新收政府信息公开申请数量2000002二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开2000002（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000"
         "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”00000004.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷00000008.属于行政查询事项0000000"
         "（四）无法提供1.本机关不掌握相关政府信息00000002.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000"
         "（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000")
OTHER_2021 = ("（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请00000002.申请人逾期未按收费通知要求缴纳费用、"
              "行政机关不再处理其政府信息公开申请00000003.其他0000000")
OTHER_2019 = "（六）其他处理0000000"
TAIL = ("（七）总计2000002四、结转下年度继续办理0000000 四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计000000000000000"
        "五、存在的主要问题及改进情况 一是公开质量有待提高。六、其他需要报告的事项 本年度未收取信息处理费。")
ACTIVE_2021 = ("二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件{normative}"
               "第二十条第（五）项信息内容本年处理决定数量行政许可8第二十条第（六）项信息内容 本年处理决定数量行政处罚3行政强制0"
               "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费1.5")
ACTIVE_2019 = ("二、主动公开政府信息情况 第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件000"
               "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可000其他对外管理服务事项000"
               "第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚{penalty}行政强制000"
               "第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费00"
               "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购{procurement}")

COLUMNS = ["natural", "commercial", "research", "social", "legal", "other", "total"]
DETAILS = ["granted", "partial"] + ["denied." + d for d in (
    "state_secret", "prohibited", "security", "third_party", "internal", "process", "enforcement_file", "query")] + [
    "unavailable." + u for u in ("not_held", "needs_creation", "unclear")] + [
    "not_processed." + n for n in ("complaint", "duplicate", "publication", "excessive", "confirmation")]


def head(agency, year, overview):
    return (f"{agency}{year}年政府信息公开工作年度报告\n{agency}{year}年政府信息公开工作年度报告 "
            f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。一、总体情况 {overview}")


def truth(fmt, active):
    other = (["other_handling.no_correction", "other_handling.no_fee", "other_handling.other"] if fmt == 2021
             else ["other_handling"])
    cells = dict(active)
    for row in ["new", "carried_over"] + DETAILS + other + ["total", "carried_forward"]:
        for col in COLUMNS:
            cells[f"apply.{row}.{col}"] = 2 if row in ("new", "granted", "total") and col in ("natural", "total") else 0
    for group in ("review", "litigation.direct", "litigation.after_review"):
        for col in ("upheld", "corrected", "other", "pending", "total"):
            cells[f"{group}.{col}"] = 0
    return cells


def active2021(normative):
    cells = {f"active.regulations.{c}": 0 for c in ("issued", "repealed", "in_force")}
    cells.update({f"active.normative.{c}": v for c, v in zip(("issued", "repealed", "in_force"), normative)})
    cells.update({"active.licensing.decisions": 8, "active.penalty.decisions": 3, "active.coercion.decisions": 0,
                  "active.fees.amount": 1.5})
    return cells


def active2019(penalty, procurement):
    cells = {}
    for row in ("regulations", "normative"):
        cells.update({f"active.{row}.{c}": 0 for c in ("made", "published", "total_published")})
    for row in ("licensing", "other_services", "penalty", "coercion"):
        cells.update({f"active.{row}.{c}": 0 for c in ("previous", "change", "decisions")})
    cells.update({f"active.penalty.{c}": v for c, v in zip(("previous", "change", "decisions"), penalty)})
    cells.update({"active.fees.previous": 0, "active.fees.change": 0})
    cells.update({"active.procurement.projects": procurement[0], "active.procurement.amount": procurement[1]})
    return cells


FIXTURES = {
    # The prose settles 行政规范性文件 12517 (12|5|17, not 1|25|17 …); a quote of another year and a
    # count of information items are no evidence.
    "prose_2023": (head("甲县司法局", 2023, "2023年，本局制定行政规范性文件12件，废止5件，现行有效17件。"
                                            "2022年制定规范性文件1件。全年公开政府信息125条。")
                   + ACTIVE_2021.format(normative="12517") + APPLY + OTHER_2021 + TAIL,
                   truth(2021, active2021((12, 5, 17)))),
    # Nothing in the report settles 12517: null + alternatives.
    "open_2023": (head("乙县司法局", 2023, "本局认真落实政府信息公开条例。") + ACTIVE_2021.format(normative="12517")
                  + APPLY + OTHER_2021 + TAIL, truth(2021, active2021((12, 5, 17)))),
    # The year before of open_2023: 现行有效 10, so 10 + 12 − 5 = 17 settles 12|5|17.
    "open_2022": (head("乙县司法局", 2022, "本局认真落实政府信息公开条例。") + ACTIVE_2021.format(normative="3 0 10")
                  + APPLY + OTHER_2021 + TAIL, truth(2021, active2021((3, 0, 10)))),
    # Plausibility: 5-318 is 5|-3|18 (5|-31|8 would leave −26 items); 25000元 is 2|5000 (25|000 and the
    # like have a leading zero or an amount of 0 for projects).
    "plausible_2019": (head("丙县人民政府", 2019, "本县认真落实政府信息公开条例。")
                       + ACTIVE_2019.format(penalty="5-318", procurement="25000元") + APPLY + OTHER_2019 + TAIL,
                       truth(2019, active2019((5, -3, 18), (2, 5000)))),
}

for name, (text, cells) in FIXTURES.items():
    with open(name + ".txt", "w", encoding="utf-8") as f:
        f.write(text + "\n")
    with open(name + ".truth.json", "w", encoding="utf-8") as f:
        json.dump(cells, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(name, len(cells), "cells")
