/**
 * The paragraph for the council proposal, sentence by sentence, as formulas on the named results
 * so that it follows the inputs. Numbers go through FIXED, which writes them with the separators
 * of the reader's Excel (TEXT would need a locale-bound format code). No sentence claims more than
 * the numbers show: each one states a figure, and the wording turns with its sign.
 */
import type { LayoutContext } from "../../layoutContext";
import { placedTotalWarning } from "./placedTotalWarning";
import { TEXTS } from "./texts";

export interface Sentence {
  formula: string;
  result: string;
}

export function proposalSentences(m: LayoutContext): Sentence[] {
  const { c, H } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  const locale = m.ctx.lang === "nl" ? "nl-NL" : "en-GB";
  /** What FIXED(x, d) shows in a spreadsheet in the plan's language. */
  const fixed = (x: number, d = 0) => x.toLocaleString(locale, { minimumFractionDigits: d, maximumFractionDigits: d });
  const q = (s: string) => s.replace(/"/g, '""');
  const last = "COLUMNS(BC_Years)";
  const firstYear = c.baseYear;
  const lastYear = c.baseYear + H;
  const decimals = 2;
  const sentences: Sentence[] = [];

  // 1. The plan in numbers of youths.
  {
    const resNow = R.placedByKind.residential[0];
    const resEnd = R.placedByKind.residential[H];
    const famNow = R.placedByKind.familyHome[0] + R.placedByKind.foster[0];
    const famEnd = R.placedByKind.familyHome[H] + R.placedByKind.foster[H];
    const a = t.s1In;
    const b = t.s1Residential;
    const cc = t.s1To;
    const d = t.s1FamilyBased;
    const formula =
      `="${q(a)}"&BC_Region&"${q(b)}"&FIXED(INDEX(BC_Placed_residential,1),0)&" ("&INDEX(BC_Years,1)&")${q(cc)}"` +
      `&FIXED(INDEX(BC_Placed_residential,${last}),0)&" ("&INDEX(BC_Years,${last})&")${q(d)}"` +
      `&FIXED(INDEX(BC_PlacedFamilyBased,1),0)&"${q(cc)}"&FIXED(INDEX(BC_PlacedFamilyBased,${last}),0)&"."`;
    const result = `${a}${c.region}${b}${fixed(resNow)} (${firstYear})${cc}${fixed(resEnd)} (${lastYear})${d}${fixed(famNow)}${cc}${fixed(famEnd)}.`;
    sentences.push({ formula, result });
  }

  // 2. The structural saving, or the structural extra cost.
  {
    const saves = t.s2Saves;
    const savesEnd = t.s2SavesEnd;
    const costs = t.s2Costs;
    const costsEnd = t.s2CostsEnd;
    const formula = `=IF(BC_StructuralSaving>=0,"${q(saves)}"&FIXED(BC_StructuralSaving,0)&"${q(savesEnd)}","${q(costs)}"&FIXED(-BC_StructuralSaving,0)&"${q(costsEnd)}")&BC_BaseYear&")."`;
    const ss = R.structuralSaving;
    const result = ss >= 0 ? `${saves}${fixed(ss)}${savesEnd}${c.baseYear}).` : `${costs}${fixed(-ss)}${costsEnd}${c.baseYear}).`;
    sentences.push({ formula, result });
  }

  // 2a. Let op: the saving includes fewer (or more) placements, when the totals differ.
  sentences.push(placedTotalWarning(m));

  // 3. One-off costs and the year they are earned back.
  {
    const none = t.s3None;
    const some = t.s3Some;
    const someEnd = t.s3SomeEnd;
    const back = t.s3From;
    const backEnd = t.s3FromEnd;
    const notBack = t.s3NotBack;
    const notBackEnd = t.s3NotBackEnd;
    // Break-even in the base year: the cumulative is never below zero, there is no payback period.
    const immediately = t.s3Immediately;
    const formula =
      `=IF(SUM(BC_OneOffReal)=0,"${q(none)}","${q(some)}"&FIXED(SUM(BC_OneOffReal),0)&"${q(someEnd)}"&BC_BaseYear&").")&" "&` +
      `IF(BC_BreakEvenYear="","${q(notBack)}"&INDEX(BC_Years,${last})&"${q(notBackEnd)}",` +
      `IF(BC_BreakEvenYear=BC_BaseYear,"${q(immediately)}","${q(back)}"&BC_BreakEvenYear&"${q(backEnd)}"))`;
    const total = R.oneOffReal.reduce((s, x) => s + x, 0);
    const first = total === 0 ? none : `${some}${fixed(total)}${someEnd}${c.baseYear}).`;
    const second =
      R.breakEvenYear === null ? `${notBack}${lastYear}${notBackEnd}` : R.breakEvenYear === c.baseYear ? immediately : `${back}${R.breakEvenYear}${backEnd}`;
    sentences.push({ formula, result: `${first} ${second}` });
  }

  // 4. The net present value.
  {
    const a = t.s4Npv;
    const b = t.s4Years;
    const cc = t.s4Rate;
    const formula = `="${q(a)}"&BC_Horizon&"${q(b)}"&FIXED(BC_NPV,0)&"${q(cc)}"&FIXED(BC_DiscountRate*100,BC_TextDecimals)&"%."`;
    const result = `${a}${H}${b}${fixed(R.npv)}${cc}${fixed(c.discountRate * 100, decimals)}%.`;
    sentences.push({ formula, result });
  }

  // 5. The switching value, where it means something (more shift, more saving).
  {
    const { structuralSavingFull: full, pvPhase: pv, switching } = m.key;
    const a = t.s5Switching;
    const b = t.s5SwitchingEnd;
    const never = t.s5Never;
    const formula = `=IF(BC_StructuralSavingFull*BC_PVPhase>0,IF(BC_SwitchingRealisation<=1,"${q(a)}"&FIXED(BC_SwitchingRealisation*100,0)&"${q(b)}","${q(never)}"),"")`;
    let result = "";
    if (full * pv > 0 && switching !== null) result = switching <= 1 ? `${a}${fixed(switching * 100)}${b}` : never;
    sentences.push({ formula, result });
  }

  // 6. The share of youths away from home against the national figure.
  if (m.population !== null) {
    const share = R.awayFromHomeShare!;
    const a = t.s6Share;
    const b = t.s6In;
    const cc = t.s6And;
    const d = t.s6National;
    const e = t.s6Year;
    const formula = `="${q(a)}"&FIXED(INDEX(BC_AwayFromHomeShare,1)*100,BC_TextDecimals)&"${q(b)}"&INDEX(BC_Years,1)&"${q(cc)}"&FIXED(INDEX(BC_AwayFromHomeShare,${last})*100,BC_TextDecimals)&"${q(b)}"&INDEX(BC_Years,${last})&"${q(d)}"&FIXED(BC_Ref_NL*100,BC_TextDecimals)&"${q(e)}"`;
    const result = `${a}${fixed(share[0] * 100, decimals)}${b}${firstYear}${cc}${fixed(share[H] * 100, decimals)}${b}${lastYear}${d}${fixed(1.26, decimals)}${e}`;
    sentences.push({ formula, result });
  }

  // 7. Which scenario the figures are for.
  {
    const a = t.s7Scenario;
    const b = t.s7Realisation;
    const formula = `=IF(BC_ScenarioIndex>1,"${q(a)}"&BC_Scenario&"${q(b)}"&FIXED(BC_LiveRealisation*100,0)&"%).","")`;
    const result = m.scenarioActive ? `${a}${m.activeScenarioName}${b}${fixed(R.realisation * 100)}%).` : "";
    sentences.push({ formula, result });
  }
  return sentences;
}
