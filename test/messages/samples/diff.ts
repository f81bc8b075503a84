import type { Samples } from "./types.js";

/** Samples of what `diff` says: every case of each message (absent params, each change and status). */
export const DIFF_SAMPLES = {
  "diff.header": [
    { file: "000-model-post.json", items: ["修改“优质服务示范岗 一级示范岗”（000 §六(二)）：名额 3→4"] },
    { file: "000-model-post.json", items: [] },
  ],
  "diff.item": [
    { change: "changed", name: "优质服务示范岗 一级示范岗", citation: "000 §六(二)", values: ["名额 3→4"] },
    { change: "removed", name: "近两年内服务对象表扬经查属实3次以上", citation: "005 第四条(二)", values: [] },
    { change: "added", name: "made.up", citation: "000 §一", values: [] },
  ],
  "diff.field": [{ field: "quota.value" }, { field: "reward.value" }, { field: "value" }, { field: "where" }],
  "diff.value": [{ field: "名额", before: "3", after: "4" }],
  "diff.absent": [{}],
  "diff.moved": [{ moved: 1, unchanged: 5 }],
  "diff.person": [{ id: "R-05", name: "王芳" }],
  "diff.outcome": [
    { status: "qualified", category: "优秀保洁员", level: "二等优秀保洁员" },
    { status: "notQualified" },
    { status: "pendingReview" },
    { status: "refused" },
    { status: "notApplied" },
  ],
  "diff.cause": [
    { name: "近两年内服务对象表扬经查属实3次以上", change: "changed", before: "fail", after: "pass" },
    { name: "近两年内服务对象表扬经查属实3次以上", change: "removed", before: "fail" },
    { name: "近两年内服务对象表扬经查属实3次以上", change: "added", after: "unknown" },
    { name: "近两年内服务对象表扬经查属实3次以上", change: "changed" },
  ],
  "diff.outcomeChange": [
    { person: "王芳（R-05）", before: "符合条件 优秀保洁员 二等优秀保洁员", after: "符合条件 优秀保洁员 一等优秀保洁员", causes: ["“表扬”不符合→符合"] },
    { person: "R-05", before: "不符合条件", after: "不符合条件", causes: [] },
  ],
  "diff.count": [{ level: "优秀保洁员 一等优秀保洁员", before: 3, after: 4 }],
  "diff.round": [
    { changes: 1, placedBefore: 5, placedAfter: 5, statusBefore: "final", statusAfter: "final" },
    { changes: 0, placedBefore: 0, placedAfter: 0, statusBefore: "provisional", statusAfter: "provisional" },
  ],
  "diff.placement": [
    { status: "placed", level: "一级示范岗" },
    { status: "proposed", grade: "优秀" },
    { status: "provisional" },
    { status: "notPlaced" },
    { status: "notApplied" },
    { status: "refused" },
    { status: "notQualified" },
    { status: "pendingReview" },
    { status: "vetoed" },
    { status: "ineligible" },
  ],
  "diff.roundCause": [{ name: "优质服务示范岗 一级示范岗", citation: "000 §六(二)" }],
  "diff.placementChange": [
    { person: "王芳（R-03）", kind: "moved", before: "入选 二等", after: "入选 一等", causes: ["“优秀保洁员 一等优秀保洁员”（005 第一条）"] },
    { person: "R-03", kind: "gained", before: "未入选", after: "入选", causes: [] },
    { person: "R-03", kind: "lost", before: "入选", after: "未入选", causes: [] },
    { person: "R-03", kind: "provisional", before: "暂定", after: "入选", causes: [] },
    { person: "R-03", kind: "other", before: "待审核", after: "不符合条件", causes: [] },
  ],
  "diff.quotaLine": [
    { held: 2, quota: 2, last: "R-02", rank: 2, of: 3 },
    { held: 2, quota: 3, note: "符合一等优秀保洁员条件的竞争者仅 2 名，1 个名额空缺" },
    { held: 4, cutScore: "88.5" },
    { held: 1 },
  ],
  "diff.noLine": [{}],
  "diff.cut": [{ key: "一等优秀保洁员", before: "2/2", after: "2/3" }],
} satisfies Partial<Samples>;
