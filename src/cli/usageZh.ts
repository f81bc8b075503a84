const FILES = `  读取的每个文件都须是普通文件（不能是文件夹、管道或设备）；整个读入的文件（规则文件、记录、记录的
  JSON 数组、测试、--populations、--previous-round）至多 64 MB，NDJSON 的每一行至多 1 MB。`;

/**
 * The usage of each command in Chinese (the CLI's default language), and the words after the list.
 *
 * @example
 * ```ts
 * ZH_USAGE.evaluate.startsWith("用法："); // true
 * ```
 */
export const ZH_USAGE = {
  evaluate: `用法：award-rules evaluate <记录.json|表格.xlsx|表格.csv> [--as-of 日期] [--award 奖项] [--rulebook 规则 | --rules 文件] [--lang zh|en] [--format text|json|md]
  评定一条记录并说明理由。文件里是一条记录，或一个测试文件（其 \`input\` 即记录，其 \`asOf\`、\`rulebook\`、\`award\` 即默认值）。
  --rulebook 指定内置规则（默认 \`model-post-000\`；另有 \`service-model-post-001\`、\`party-model-post-002\`、
  \`service-month-2017-003\`、\`logistics-plans-004\`）；--rules 读取规则文件。
  表格（.xlsx，或 UTF-8、GB18030 编码的 .csv，表头同 \`inputs --template\` 生成的模板）每行一条记录，逐行评定并说明；
  列表的逐项内容填在同名工作表中，或（用 .csv 时）作为列表文件跟在记录文件之后给出（见 \`batch\`）。
${FILES}`,
  batch: `用法：award-rules batch <记录.json|.ndjson|.xlsx|.csv> [列表.csv …] --as-of 日期 [--award 奖项] [--rulebook 规则 | --rules 文件]
                          [--populations 文件] [--previous-round 文件] [--committee 文件] [--out 文件.md|.csv|.xlsx]
                          [--lang zh|en] [--format text|json|md]
  按名额评定一整轮，按记录编号顺序列出每人的结果。NDJSON（.ndjson、.jsonl）分块读取、边算边输出，
  百万条记录的一轮也只占有限内存；JSON 数组整个读入。每 1,000 条记录在标准错误输出报告一次进度。
  --populations 是 JSON 文件 \`{ "total"?: 人数, "byDepartment"?: { "<部门>": 人数 } }\`，
  --previous-round 是 \`{ "revoked": ["<编号>", …] }\`（或上一轮的 \`{ "ledger": … }\`），
  --committee 是 \`{ "date": "YYYY-MM-DD", "decisions"?: [{ "recordId", "awarded", "level"? }], "approveProposals"?: true }\`。
  表格（.xlsx，或 UTF-8、GB18030 编码的 .csv，表头同 \`inputs --template\` 生成的模板）每行一条记录；表中每处问题一次全部报出，写明行号和列名。
  列表（被投诉记录、个人荣誉等）逐项填在同名工作表中，每项一行（记录编号和该项各栏）；用 .csv 时每个列表一个文件，
  跟在记录文件之后给出，文件名为列表名（\`被投诉记录.csv\`，或 \`申报表.被投诉记录.csv\`）。
  --out 写出公示名单：.md 供张贴（标题、日期、名单、待定事项）；.xlsx 为一个工作簿，含“公示名单”“全部结果”“待定事项”三张表；
  .csv 只含公示名单（带字节顺序标记的 UTF-8），其余两部分见本轮的文字或 JSON 输出。--format md 直接显示 .md 的内容。
${FILES}`,
  lint: `用法：award-rules lint <规则文件夹或文件> [--strict] [--lang zh|en]
  检查规则文件；有错误时（加 --strict 时有警告也算）退出码为 1。
${FILES}`,
  diff: `用法：award-rules diff <修改前的规则> <修改后的规则> <记录.json|.ndjson> --as-of 日期 [--award 奖项] [--round]
                         [--populations 文件] [--previous-round 文件] [--committee 文件] [--lang zh|en] [--format text|json]
  比较两版规则下谁的结果变了；有人变动时退出码为 1。
${FILES}`,
  render: `用法：award-rules render <规则文件夹或文件> [--out docs/rules] [--lang zh|en]
  为每个规则文件写一页审阅页，另写索引页。--out 不能在 /proc、/sys 或 /dev 之下。
  未给 --lang 时审阅页为英文；--lang zh 时标题和固定语句为中文。
${FILES}`,
  inputs: `用法：award-rules inputs [--rulebook 规则 | --rules 文件] [--award 奖项] [--category 类别] [--level 等级] [--skeleton]
                          [--template 文件.xlsx|.csv [--as-of 日期]] [--lang zh|en] [--format text|json]
  列出某奖项读取的每项信息和审核认定；加 --skeleton 时给出一条待填写的 JSON 记录。--template 写出待填写的表格：
  每项信息一列，以其名称为表头，附下拉选项、每个列表一张同名表（被投诉记录、个人荣誉等：记录编号和该项各栏）和“说明”表（.xlsx），
  或只有表头一行（.csv，带字节顺序标记的 UTF-8），另为每个列表写一个文件（文件名.列表名.csv）；
  逐年的列为 --as-of 所在年份之前的三年。
${FILES}`,
  test: `用法：award-rules test <测试文件或文件夹> [--rules <规则文件夹或文件>] [--coverage] [--mutate] [--lang zh|en] [--format text|json]
       award-rules test --rulebook <规则文件或规则编号> [<测试文件夹>] [--coverage] [--mutate] [--lang zh|en] [--format text|json]
  运行政策测试；有测试未通过时退出码为 1。测试的 \`recordsFile\` 只从测试文件所在文件夹及其子文件夹读取。
  --rulebook 运行某一规则的全部测试（规则文件按其中的编号查找，修改后的副本运行原规则的测试；也可给内置规则编号）：
  单人测试与整轮测试都在内，在给出的文件夹中查找，未给出时在 fixtures/ 中查找。
${FILES}`,
  footer: `  award-rules <命令> --help 显示该命令的用法和选项。
${FILES}
  退出码：0 正常；1 有发现（检查出错误，或加 --strict 时有警告；比较时有人变动；有测试未通过）；
  2 输入有误（提示中写明文件、文件中的位置和问题）。
`,
} as const;
