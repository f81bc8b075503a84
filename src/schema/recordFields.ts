/**
 * Every field of a candidate record with its name in Chinese and English, for lists of inputs,
 * explanations and errors (test/schema/recordFields.test.ts keeps the keys equal to `CandidateRecordSchema`'s).
 *
 * @example
 * ```ts
 * RECORD_FIELDS.logisticsStartDate.zh; // "后勤工作起始日期"
 * ```
 */
export const RECORD_FIELDS: Readonly<Record<string, { zh: string; en: string }>> = Object.freeze({
  id: { zh: "记录编号", en: "record id" },
  personId: { zh: "人员编号（同一人有多份记录时）", en: "person id (where one person has several records)" },
  name: { zh: "姓名或名称", en: "name" },
  kind: { zh: "参评对象类型", en: "candidate kind" },
  department: { zh: "所在部门（科室）", en: "department" },
  team: { zh: "所在班组", en: "team" },
  employmentType: { zh: "用工性质", en: "employment type" },
  committeeRank: { zh: "评审委员会排名", en: "committee's rank" },
  scores: { zh: "评分", en: "scores" },
  logisticsStartDate: { zh: "后勤工作起始日期", en: "start of work in logistics" },
  partyMember: { zh: "是否党员", en: "party member" },
  role: { zh: "岗位（管理人员、班组长或员工）", en: "role (manager, team leader or staff)" },
  annualAppraisals: { zh: "学校职工年度考核等级", en: "annual appraisal ratings" },
  honours: { zh: "个人荣誉", en: "honours" },
  complaints: { zh: "被投诉记录", en: "complaints on record" },
  commendations: { zh: "服务对象表扬", en: "commendations" },
  leave: { zh: "请假与旷工记录", en: "leave and absence" },
  sanctions: { zh: "处分", en: "sanctions" },
  criminalPenalties: { zh: "拘留或刑事处罚", en: "detention or criminal penalties" },
  hazards: { zh: "安全隐患", en: "safety hazards" },
  administrativePenalties: { zh: "行政处罚", en: "administrative penalties" },
  measures: { zh: "数据", en: "figures" },
  flags: { zh: "情况", en: "yes/no facts" },
  liabilityIncidents: { zh: "自身责任事故", en: "own liability incidents" },
  nonLiabilityAccidents: { zh: "非责任事故", en: "accidents without liability" },
  teamLiabilityIncidents: { zh: "本部门或班组责任事故", en: "department or team liability incidents" },
  competitionPrizes: { zh: "技术比赛获奖", en: "competition prizes" },
  professionalTitle: { zh: "专业技术职称", en: "professional title" },
  economicTargets: { zh: "经济指标及完成情况", en: "economic targets and results" },
  collectiveTitles: { zh: "集体先进称号", en: "collective titles" },
  misconductRecords: { zh: "不良行为记录", en: "misconduct records" },
  revokedInPreviousRound: { zh: "上一轮被撤销示范岗资格", en: "revoked in the previous round" },
  knownAbsent: { zh: "确知为无的年度", en: "years known to have had nothing" },
  attestations: { zh: "审核认定", en: "reviewer's attestations" },
  application: { zh: "申报", en: "application" },
});

/**
 * The fields of the items of a record list (`complaints`, `honours`…) with their name in Chinese
 * and English, for the list sheets of a spreadsheet (test/schema/recordFields.test.ts keeps them
 * equal to the fields the record schema's lists have).
 *
 * @example
 * ```ts
 * ITEM_FIELDS.verified.zh; // "是否经查属实"
 * ```
 */
export const ITEM_FIELDS: Readonly<Record<string, { zh: string; en: string }>> = Object.freeze({
  date: { zh: "日期", en: "date" },
  summary: { zh: "情况说明", en: "summary" },
  kind: { zh: "类型", en: "kind" },
  scope: { zh: "授予单位级别", en: "conferred by" },
  title: { zh: "称号名称", en: "title" },
  verified: { zh: "是否经查属实", en: "verified" },
  serious: { zh: "是否情节严重", en: "serious" },
  serviceQuality: { zh: "是否涉及服务质量", en: "about service quality" },
  workingDays: { zh: "工作日数", en: "working days" },
  lifted: { zh: "是否已撤销", en: "lifted" },
  rectifiedInTime: { zh: "是否及时整改", en: "rectified in time" },
  major: { zh: "是否重大", en: "major" },
  negligentWithLoss: { zh: "是否失职渎职并造成经济损失", en: "negligent, with a loss" },
  organiserTier: { zh: "主办单位级别", en: "organised by" },
  place: { zh: "名次（1 为一等奖或第一名）", en: "place (1 = first)" },
  name: { zh: "比赛名称", en: "competition" },
});
