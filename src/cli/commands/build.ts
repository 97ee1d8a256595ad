/**
 * `businesscase build CASE.json|--example --out FILE.xlsx [--lang nl|en] [--force]`: the workbook
 * as an .xlsx file, built from the same plan the add-in writes into Excel.
 */
import type { Case, Lang } from "../../model";
import type { WorkbookPlan } from "../../workbook/plan";
import type { ParsedArgs } from "../args";
import { checkTarget, startDraft } from "../publish";
import type { CliContext } from "../context";
import { caseFromArgs } from "../loadCase";
import { message, UsageError } from "../messages";

export interface WorkbookBuilder {
  buildPlan(c: Case, options: { lang: Lang; addinVersion: string; builtAt: Date }): WorkbookPlan;
  planToXlsx(plan: WorkbookPlan): Promise<Uint8Array>;
}

/**
 * Loaded only when a workbook is built: the workbook library takes a noticeable time to load, and the other
 * commands do not need it.
 */
export async function loadWorkbookBuilder(): Promise<WorkbookBuilder> {
  const [plan, xlsx] = await Promise.all([import("../../workbook/plan"), import("../../workbook/xlsx")]);
  return { buildPlan: plan.buildPlan, planToXlsx: xlsx.planToXlsx };
}

export async function buildCommand(args: ParsedArgs, ctx: CliContext, loadBuilder: () => Promise<WorkbookBuilder> = loadWorkbookBuilder): Promise<number> {
  const out = args.options.out;
  if (typeof out !== "string") throw new UsageError("missingOut", [], [], true);
  if (!/\.xlsx$/i.test(out)) throw new UsageError("outNotXlsx", [out], [], true);
  const force = args.options.force === true;
  const input = args.options.example === true ? undefined : args.positionals[0];
  await checkTarget(ctx.fs, out, { force, input });

  const draft = await startDraft(ctx.fs, out, { force, lang: ctx.lang });
  try {
    const c = await caseFromArgs(ctx.fs, "build", args.positionals, args.options.example === true, ctx.lang, (line) => ctx.err(line));
    let builder: WorkbookBuilder;
    try {
      builder = await loadBuilder();
    } catch (e) {
      throw new UsageError("workbookModulesMissing", [(e as Error).message.split("\n")[0]]);
    }
    const plan = builder.buildPlan(c, { lang: ctx.lang, addinVersion: ctx.version, builtAt: ctx.now() });
    const bytes = await builder.planToXlsx(plan);
    await draft.publish(bytes);
    ctx.out(message("written", ctx.lang, out, Math.max(1, Math.round(bytes.byteLength / 1024))));
    return 0;
  } finally {
    await draft.discard();
  }
}
