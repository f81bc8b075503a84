import type { Samples } from "./types.js";

const level1 = { zh: "一级示范岗", en: "level-1 model post" };
const staff = { zh: "员工示范岗", en: "staff model post" };
const award = { zh: "优质服务示范岗", en: "quality service model post" };
const star = { zh: "服务之星", en: "service star" };
const catering = { zh: "饮食服务科", en: "catering" };
const leaders = { zh: "后勤处领导班子", en: "the division's leading group" };
const excellent = { zh: "优秀", en: "excellent" };
const qualified = { zh: "合格", en: "qualified" };
const place = { zh: "第 2 名（一级示范岗竞争者共 4 名）；一级示范岗限 3 名", en: "2nd of 4 level-1 contenders; level 1 holds 3" };
const bonusEffect = { zh: "发放年度考核奖", en: "the appraisal bonus is paid" };
const noComplaint = { zh: "近三年无经查属实的投诉", en: "no verified complaint in the last 3 years" };
const cite = "000 §五(二)";

/** Samples of the reasons and notes results carry: outcomes, scores and grades, places in a round, holders after it, gaps. */
export const REASON_SAMPLES = {
  "outcome.qualified": [
    { category: staff, level: level1, reward: { value: 400, unit: "CNY per person" }, rewardZh: "每人 400 元" },
    { category: staff, level: level1, reward: null, rewardZh: null },
    { category: null, level: null, reward: null, rewardZh: null },
  ],
  "outcome.refused": [{ reasons: [{ zh: "所在部门“后勤”不在文件所列参评科室之内", en: "department “后勤” is not listed" }] }],
  "outcome.pending": [
    { missing: ["annualAppraisals[2024]"], missingWords: { zh: "“年度考核结果（2024）”", en: "annual appraisals (2024)" } },
    { missing: [], missingWords: { zh: "", en: "" } },
  ],
  "outcome.notQualified": [{ award }],
  "outcome.notApplied": [
    { award, citation: "000 §五(一)", ifApplied: { zh: "符合员工示范岗一级示范岗条件。", en: "Qualifies for level 1." } },
    { award, citation: null, ifApplied: { zh: "不符合任何等级的条件。", en: "Does not qualify." } },
  ],
  "participants.outside": [
    { field: "department", value: "ELSEWHERE", kind: "department", citation: "003 附1 一" },
    { field: "team", value: null, kind: "team", citation: "004 篇14 二(二)" },
    { field: "id", value: "U-9", kind: "serviceUnit", citation: "003 附2" },
  ],
  "missing.scoreTotal": [{}],
  "missing.scoreOf": [{ label: { zh: "服务态度", en: "service attitude" } }],
  "missing.scorePart": [
    { key: "3", part: "items" },
    { key: "2", part: "components" },
  ],
  "scored.vetoed": [{ vetoes: [{ label: { zh: "发生食品安全事故", en: "a food safety accident" }, citation: "001 §四" }] }],
  "scored.refused": [{ reasons: [{ zh: "岗位不在评选对象之内", en: "the post is not covered" }] }],
  "scored.ineligible": [{ award: star }],
  "scored.score": [
    { award: star, score: 87, rubric: 80, bonus: 7, grade: excellent, missingWords: null, effects: [bonusEffect], open: [] },
    {
      award: star,
      score: null,
      rubric: null,
      bonus: null,
      grade: null,
      missingWords: { zh: "“评分总分”", en: "total score" },
      effects: [],
      open: [{ zh: "年度考核奖", en: "appraisal bonus" }],
    },
    { award: star, score: 80, rubric: 80, bonus: null, grade: null, missingWords: null, effects: [], open: [] },
  ],
  "scored.pendingUnscored": [{ award: star, missingWords: { zh: "“近一年的投诉”", en: "complaints" } }],
  "scored.eligibleUnscored": [{ award: star }],
  "scored.followsUnscored": [
    { award: star, grade: excellent, effects: [bonusEffect], open: [] },
    { award: star, grade: null, effects: [], open: [{ zh: "年度考核奖", en: "appraisal bonus" }] },
  ],
  "grade.band": [
    { score: 84.5, read: 85, printed: "85-100", label: excellent, holds: true, citation: "004 篇11 三" },
    { score: 84, read: 84, printed: "85-100", label: excellent, holds: false, citation: "004 篇11 三" },
  ],
  "grade.noBand": [{ score: 59 }],
  "grade.setTo": [{ reason: { zh: "受过处分 ✓ (004 篇11 四)", en: "disciplined ✓ (004 篇11 四)" }, grade: qualified }],
  "grade.vetoed": [{ vetoes: ["004 篇11 四(一)", "004 篇11 四(二)"], grade: { zh: "不合格", en: "unqualified" }, citation: "004 篇11 四" }],
  "bonus.deploymentSet": [
    { label: { zh: "创新加分", en: "innovation bonus" }, points: 3, citation: "001 §三" },
    { label: { zh: "创新加分", en: "innovation bonus" }, points: null, citation: "001 §三" },
  ],
  "bonus.perUnit": [
    {
      label: { zh: "表扬加分", en: "praise bonus" },
      read: { zh: "表扬 3 次", en: "3 praises" },
      pointsPerUnit: 2,
      beforeCap: 6,
      cap: 5,
      afterCap: 5,
      citation: "001 §三",
    },
    { label: { zh: "表扬加分", en: "praise bonus" }, read: { zh: "未知", en: "unknown" }, pointsPerUnit: 2, beforeCap: null, cap: 5, afterCap: null, citation: "001 §三" },
  ],
  "consequence.byGrade": [
    { label: { zh: "年度考核奖", en: "appraisal bonus" }, grades: [excellent, qualified], effect: bonusEffect, status: "pass", citation: "004 篇11 五" },
    { label: { zh: "年度考核奖", en: "appraisal bonus" }, grades: [excellent], effect: bonusEffect, status: "fail", citation: "004 篇11 五" },
    { label: { zh: "年度考核奖", en: "appraisal bonus" }, grades: [excellent], effect: bonusEffect, status: "unknown", citation: "004 篇11 五" },
  ],
  "place.level": [
    { label: level1, level: 1, position: 2, contenders: 4, quota: 3, room: null },
    { label: level1, level: 1, position: 12, contenders: 14, quota: null, room: null },
    { label: level1, level: 1, position: 1, contenders: 4, quota: 3, room: 2 },
  ],
  "place.bucket": [
    { what: star, bucket: "all", position: 3, contenders: 21, places: 20 },
    { what: star, bucket: "catering", position: 1, contenders: 2, places: null },
  ],
  "tie.undecided": [
    { named: ["R-1", "R-2"], more: 0, count: 2, places: 1, what: { zh: "一级示范岗名额", en: "level-1 place(s)" }, citation: cite },
    { named: ["R-01", "R-02"], more: 3, count: 5, places: 1, what: { zh: "一级示范岗名额", en: "level-1 place(s)" }, citation: cite },
  ],
  "tie.levelPlaces": [{ label: level1, level: 1 }],
  "tie.groupPlaces": [
    { group: "catering", label: catering },
    { group: "catering", label: null },
  ],
  "tie.bucketPlaces": [
    { bucket: "all", what: star },
    { bucket: "catering", what: star },
  ],
  "limit.refusedByRank": [
    { group: "catering", label: catering, count: 5, limit: 3, citation: "000 §五(一)" },
    { group: "clinic", label: { zh: "医务室", en: "clinic" }, count: 5, limit: 3, citation: "000 §五(一)" },
  ],
  "limit.keptByRank": [{ group: "catering", label: catering, count: 5, limit: 3, position: 2, citation: "000 §五(一)" }],
  "tie.option": [
    { outcome: "level", level: 1 },
    { outcome: "placed", level: null },
    { outcome: "notPlaced", level: null },
    { outcome: "refused", level: null },
    { outcome: "kept", level: null },
    { outcome: "unknown", level: null },
  ],
  "tie.dependsOn": [
    {
      keys: ["level 1"],
      lines: [{ zh: "一级示范岗名额线", en: "the quota line of level-1 model post" }],
      options: [
        { zh: "获评1级", en: "level 1" },
        { zh: "未获评", en: "no place" },
      ],
      citation: cite,
    },
    { keys: ["level 1", "catering limit"], lines: [], options: [{ zh: "获评1级", en: "level 1" }], citation: cite },
  ],
  "tie.lineOf": [{ label: level1 }],
  "tie.limitOf": [{ label: catering }],
  "tie.tooManyToWork": [{}],
  "quota.roundShort": [{ room: 1, empty: 2, label: level1, level: 1 }],
  "quota.fewAtLevel": [{ contenders: 1, empty: 2, label: level1, level: 1 }],
  "quota.roundTotal": [{}],
  "quota.roundPlacesEmpty": [{ empty: 2 }],
  "quota.shareGivesNone": [{ percent: 10 }],
  "quota.noPlaces": [{}],
  "quota.nobodyPutForward": [{ empty: 1 }],
  "quota.fewQualified": [{ contenders: 1, empty: 2 }],
  "place.noShare": [
    { percent: 10, of: { zh: "科室在岗人数", en: "the department's staff" }, bucket: "clinic", rounding: "floor", citation: "004 篇11 三" },
    { percent: 10, of: { zh: "科室在岗人数", en: "the department's staff" }, bucket: "clinic", rounding: "halfUp", citation: "004 篇11 三" },
  ],
  "place.none": [{ bucket: "clinic", citation: "004 篇14 二" }],
  "place.atLevel": [{ place, level: 1 }],
  "place.movedDown": [{ place, level: 2 }],
  "place.levelFull": [
    { place, leaveOut: true },
    { place, leaveOut: false },
  ],
  "place.placed": [{ place }],
  "place.overGradeQuota": [{ place, grade: qualified }],
  "place.quotaFull": [{ place }],
  "round.noLevel": [{}],
  "round.revokedClaimOverridden": [{ claimed: true }, { claimed: false }],
  "round.scoreOutsideBands": [{ score: 59.5 }],
  "round.tooManyTies": [{}],
  "round.repeatApplication": [
    { allowed: 1, kept: ["R-1"], citation: "000 §三(二)" },
    { allowed: 1, kept: ["R-1"], citation: null },
  ],
  "committee.decidedLate": [{ date: "2026-12-02", due: "2026-11-30", citation: cite }],
  "committee.decidedAwarded": [{ body: leaders, date: "2026-11-28", what: level1, citation: cite }],
  "committee.decidedNotAwarded": [{ body: leaders, date: "2026-11-28", citation: cite }],
  "committee.levelWord": [
    { level: 1, label: level1 },
    { level: 2, label: null },
  ],
  "committee.body": [{}],
  "committee.approved": [{ body: leaders, date: "2026-11-28", citation: cite }],
  "committee.awaitsApproval": [{ body: leaders, citation: cite }],
  "committee.toDecide": [{ body: leaders, citation: cite }],
  "holder.passed": [{ date: "2027-01-10", citation: "000 §六" }],
  "holder.passedEffect": [{ effect: { zh: "优先推荐参加上级评选", en: "recommended first for higher awards" }, citation: "000 §六" }],
  "holder.problemsFound": [{ date: "2027-01-10", effect: { zh: "督促整改", en: "urged to put it right" }, citation: "000 §六" }],
  "holder.revoked": [
    { date: "2027-01-10", barred: true, citation: "000 §六" },
    { date: "2027-01-10", barred: false, citation: "000 §六" },
  ],
  "holder.failedNotRevoked": [{ date: "2027-01-10", citation: "000 §六" }],
  "holder.left": [{ date: "2027-03-01" }],
  "holder.vacancy": [
    { recordId: "R-1", left: true, refill: false, citation: "000 §六" },
    { recordId: "R-1", left: false, refill: true, citation: "000 §六" },
  ],
  "holder.termEnded": [{ date: "2027-11-30", citation: "000 §七" }],
  "holder.reviewsOnCalendar": [
    { dates: ["2027-01-15", "2027-07-15"], citation: "000 §六" },
    { dates: [], citation: "000 §六" },
  ],
  "holder.reviewsEachSemester": [{ citation: "000 §六" }],
  "gap.step": [
    { label: noComplaint, unknown: false, missing: [], clearsOn: "2027-05-20", citation: "000 §四(二)1(3)" },
    { label: noComplaint, unknown: true, missing: ["complaints"], clearsOn: null, citation: "000 §四(二)1(3)" },
    { label: noComplaint, unknown: true, missing: [], clearsOn: null, citation: "000 §四(二)1(3)" },
    { label: noComplaint, unknown: false, missing: [], clearsOn: null, citation: "000 §四(二)1(3)" },
  ],
  "gap.needsOneOf": [
    {
      category: staff,
      level: level1,
      options: [
        [{ zh: "甲 (000 §四)", en: "a (000 §四)" }],
        [
          { zh: "乙", en: "b" },
          { zh: "丙", en: "c" },
        ],
      ],
      partial: false,
    },
    { category: staff, level: level1, options: [[{ zh: "甲", en: "a" }]], partial: true },
  ],
  "gap.topGrade": [{}],
  "gap.pointsToGrade": [
    { grade: excellent, strictly: false, need: 1, rooms: [{ label: { zh: "考核得分", en: "appraisal score" }, room: 16 }], blockers: [] },
    { grade: excellent, strictly: true, need: null, rooms: [], blockers: [{ zh: "受过处分", en: "disciplined" }] },
  ],
} satisfies Partial<Samples>;
