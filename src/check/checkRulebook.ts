import type { BilingualText, Rulebook, ScoredAward } from "../schema/rulebookTypes.js";
import { checkRulebookJson } from "../door/doorRulebook.js";

/** One finding of the rulebook check: where a document's own numbers disagree, or bands leave gaps or overlap. */
export interface Finding {
  code: "printed_section_total" | "printed_total" | "printed_sections_sum" | "band_gap" | "band_overlap";
  awardId: string;
  path: (string | number)[];
  printed: number | null;
  computed: number | null;
  message: BilingualText;
  citation: string;
}

type Band = NonNullable<ScoredAward["grades"]>["bands"][number];

function checkRubric(award: ScoredAward, findings: Finding[]): void {
  const rubric = award.rubric;
  if (!rubric) return;
  let printedSections = 0;
  let allPrinted = true;
  let itemsTotal = 0;
  for (const section of rubric.sections) {
    const sum = section.items.reduce((total, item) => total + item.max, 0);
    itemsTotal += sum;
    if (section.printedMax === undefined) allPrinted = false;
    else {
      printedSections += section.printedMax;
      if (section.printedMax !== sum) {
        findings.push({
          code: "printed_section_total",
          awardId: award.id,
          path: ["rubric", "sections", section.id],
          printed: section.printedMax,
          computed: sum,
          message: {
            zh: `“${section.label.zh}”印为 ${section.printedMax} 分，其各项分值之和为 ${sum} 分`,
            en: `section “${section.label.en}” is printed as ${section.printedMax} points; its items add up to ${sum}`,
          },
          citation: `${section.source.document} ${section.source.clause}`,
        });
      }
    }
  }
  const cite = `${rubric.source.document} ${rubric.source.clause}`;
  if (rubric.printedTotal !== undefined && rubric.printedTotal !== itemsTotal) {
    findings.push({
      code: "printed_total",
      awardId: award.id,
      path: ["rubric"],
      printed: rubric.printedTotal,
      computed: itemsTotal,
      message: {
        zh: `总分印为 ${rubric.printedTotal} 分，各项分值之和为 ${itemsTotal} 分`,
        en: `the total is printed as ${rubric.printedTotal}; the items add up to ${itemsTotal}`,
      },
      citation: cite,
    });
  }
  if (allPrinted && rubric.printedTotal !== undefined && printedSections !== rubric.printedTotal) {
    findings.push({
      code: "printed_sections_sum",
      awardId: award.id,
      path: ["rubric"],
      printed: rubric.printedTotal,
      computed: printedSections,
      message: {
        zh: `各部分印出的分值之和为 ${printedSections} 分，总分印为 ${rubric.printedTotal} 分`,
        en: `the printed section totals add up to ${printedSections}; the total is printed as ${rubric.printedTotal}`,
      },
      citation: cite,
    });
  }
}

const lowerOf = (band: Band): [number, boolean] => (band.min ? [band.min.value, band.min.inclusive] : [Number.NEGATIVE_INFINITY, false]);
const upperOf = (band: Band): [number, boolean] => (band.max ? [band.max.value, band.max.inclusive] : [Number.POSITIVE_INFINITY, false]);

function checkBands(award: ScoredAward, findings: Finding[]): void {
  const bands = [...(award.grades?.bands ?? [])].sort((a, b) => lowerOf(a)[0] - lowerOf(b)[0]);
  for (let index = 1; index < bands.length; index += 1) {
    const below = bands[index - 1] as Band;
    const above = bands[index] as Band;
    const [top, topIn] = upperOf(below);
    const [bottom, bottomIn] = lowerOf(above);
    const cite = `${above.source.document} ${above.source.clause}`;
    const pair = `“${below.printed}” / “${above.printed}”`;
    if (top < bottom || (top === bottom && !topIn && !bottomIn)) {
      findings.push({
        code: "band_gap",
        awardId: award.id,
        path: ["grades", "bands", above.grade],
        printed: null,
        computed: top,
        message: { zh: `等次 ${pair} 之间有空档：${top} 至 ${bottom} 不属任何等次`, en: `bands ${pair} leave a gap: ${top} to ${bottom} is in no band` },
        citation: cite,
      });
    } else if (top > bottom || (topIn && bottomIn)) {
      findings.push({
        code: "band_overlap",
        awardId: award.id,
        path: ["grades", "bands", above.grade],
        printed: null,
        computed: bottom,
        message: { zh: `等次 ${pair} 重叠于 ${bottom}`, en: `bands ${pair} overlap at ${bottom}` },
        citation: cite,
      });
    }
  }
}

/**
 * Checks a rulebook against itself: where a document's printed section maxima or total disagree
 * with the sum of its items, and where grade bands leave gaps or overlap. It reports; it never
 * changes the rule file.
 *
 * @example
 * ```ts
 * checkRulebook(rulebook).map((finding) => finding.message.en);
 * // ["section “创建氛围浓” is printed as 10 points; its items add up to 11", …]
 * ```
 */
export function checkRulebook(rulebook: Rulebook): Finding[] {
  rulebook = checkRulebookJson(rulebook);
  const findings: Finding[] = [];
  for (const award of rulebook.scoredAwards) {
    checkRubric(award, findings);
    checkBands(award, findings);
  }
  return findings;
}
