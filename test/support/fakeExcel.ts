/**
 * A strict, recording fake of the part of the Excel JavaScript API the add-in uses.
 *
 * - Writes and method calls are queued and applied only at `context.sync()`, in order, as in Excel.
 * - Reading a property that was not loaded and synced throws (PropertyNotLoaded): stricter than
 *   office-addin-mock, which returns a string.
 * - It counts syncs, queued operations per sync and the request size; it can be told to fail at
 *   sync N, applying the first half of that batch before throwing, to test rollback.
 * - Writing into a protected sheet, adding a sheet or name that exists, or using a missing item
 *   fails at sync like Excel does; `formulasLocal` is not available at all.
 * - A string written through `formulas` is read as Excel reads typed input (en-US): "=..." is a
 *   formula, "12%" or "2026-11-22" a number, "TRUE" a boolean, "-abc" a formula; an apostrophe
 *   prefix keeps text as text. Deleting a very hidden sheet, or the last visible one, fails.
 * - It does not calculate: a formula cell's value is what the optional `evaluate` hook returns.
 * The workbook's state can be snapshotted and compared before and after.
 */
import { cellA1, parseCellA1, parseRangeA1, quoteSheet, rangeA1 } from "../../src/workbook/plan";
import type { RangeRef } from "../../src/workbook/plan";

export interface CellState {
  formula?: string;
  value?: string | number | boolean;
  numberFormat: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  borders: Record<string, { style?: string; color?: string }>;
  locked: boolean;
}

export interface ChartState {
  name: string;
  type: string;
  title?: string;
  series: { name?: string; values?: string; categories?: string; type?: string }[];
  valueAxisTitle?: string;
  /** Category axis settings as written (reversePlotOrder, tickLabelPosition, position). */
  categoryAxis?: { reversePlotOrder?: boolean; tickLabelPosition?: string; position?: string };
  legend?: string;
  position?: [string, string];
}

export interface SheetState {
  id: number;
  name: string;
  visibility: string;
  tabColor: string;
  cells: Map<string, CellState>;
  merges: RangeRef[];
  validations: { rect: RangeRef; rule: unknown; errorAlert?: unknown }[];
  conditionalFormats: { rect: RangeRef; formula?: string; fill?: string; fontColor?: string }[];
  charts: ChartState[];
  protected: boolean;
  freeze: { rows: number; columns: number } | null;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  print: PrintState;
}

export interface PrintState {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number | null };
  titleRows: string | null;
  centerFooter: string;
  /** Zero-based rows before which a manual page break stands. */
  rowBreaks: number[];
}

export interface NameState {
  name: string;
  formula: string;
  comment: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: NameState[];
  active: string | null;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

interface Op {
  apply: () => void;
  bytes: number;
  label: string;
}

const emptyCell = (): CellState => ({ numberFormat: "General", borders: {}, locked: true });
const key = (r: number, c: number) => `${r}:${c}`;

export interface FakeOptions {
  /** The value Excel would calculate for a formula cell (the fake does not calculate). */
  evaluate?: (sheet: string, row: number, col: number, formula: string) => unknown;
}

export class FakeExcel {
  state: WorkbookState = { sheets: [], names: [], active: null };
  syncs = 0;
  /** Operations queued in each sync, in order. */
  opsPerSync: number[] = [];
  /** Approximate request size of each sync (JSON of the arguments). */
  bytesPerSync: number[] = [];
  /** Every operation applied, as a label, for inspection. */
  log: string[] = [];
  /** Fail at this sync (1-based): apply the first part of the batch (`failAfter`, half by default), then throw. */
  failAtSync?: number;
  /** The share of the failing batch applied before the failure (0..1). */
  failAfter = 0.5;
  private nextId = 1;

  constructor(readonly options: FakeOptions = {}) {}

  // ---------- setting up a workbook as a user left it ----------
  addSheet(name: string, cells: Record<string, string | number> = {}): SheetState {
    const sheet = this.newSheet(name);
    this.state.sheets.push(sheet);
    for (const [a1, v] of Object.entries(cells)) {
      const { row, col } = parseCellA1(a1);
      const cell = emptyCell();
      if (typeof v === "string" && v.startsWith("=")) cell.formula = v;
      else cell.value = v;
      sheet.cells.set(key(row, col), cell);
    }
    return sheet;
  }

  /** Replaces everything on a sheet by these rows from A1, as a user retyping it would (used to damage BC_Meta). */
  replaceRows(name: string, rows: readonly (readonly (string | number | null)[])[]): void {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    sheet.cells.clear();
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null) return;
        const cell = emptyCell();
        cell.value = v;
        sheet.cells.set(key(r, c), cell);
      }),
    );
  }

  addName(name: string, formula: string, comment = ""): void {
    this.state.names.push({ name, formula, comment });
  }

  sheet(name: string): SheetState | undefined {
    return this.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cell(sheet: string, a1: string): CellState | undefined {
    const { row, col } = parseCellA1(a1);
    return this.sheet(sheet)?.cells.get(key(row, col));
  }

  /**
   * A deep, comparable copy of the workbook as a user sees it (names in alphabetical order, as the
   * Name Manager lists them; without the fake's internal sheet ids, which a user cannot see).
   */
  snapshot(): unknown {
    const names = [...this.state.names].sort((a, b) => a.name.localeCompare(b.name));
    return JSON.parse(
      JSON.stringify({ ...this.state, names }, (k, v) => {
        if (k === "id") return undefined;
        if (v instanceof Map) return [...v.entries()].sort(([a], [b]) => String(a).localeCompare(String(b)));
        return v;
      }),
    );
  }

  get totalOps(): number {
    return this.opsPerSync.reduce((s, n) => s + n, 0);
  }

  // ---------- the API ----------
  /** Stands in for Excel.run (with or without options). */
  run = async <T>(a: unknown, b?: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const batch = (typeof a === "function" ? a : b) as (context: Excel.RequestContext) => Promise<T>;
    const context = this.context();
    return batch(context as unknown as Excel.RequestContext);
  };

  context(): FakeContext {
    return new FakeContext(this);
  }

  newSheet(name: string): SheetState {
    return {
      id: this.nextId++,
      name,
      visibility: "Visible",
      tabColor: "",
      cells: new Map(),
      merges: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
      protected: false,
      freeze: null,
      columnWidths: new Map(),
      rowHeights: new Map(),
      print: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, titleRows: null, centerFooter: "", rowBreaks: [] },
    };
  }

  async sync(queue: Op[]): Promise<void> {
    this.syncs++;
    this.opsPerSync.push(queue.length);
    this.bytesPerSync.push(queue.reduce((s, o) => s + o.bytes, 0));
    const ops = queue.splice(0, queue.length);
    const failing = this.failAtSync === this.syncs;
    const limit = failing ? Math.floor(ops.length * this.failAfter) : ops.length;
    for (let i = 0; i < limit; i++) {
      this.log.push(ops[i].label);
      ops[i].apply();
    }
    if (failing) throw new FakeExcelError("GeneralException", `the fake was told to fail at sync ${this.syncs}`);
  }

  resolveNameRange(formula: string): { sheet: SheetState; rect: RangeRef } | null {
    const m = /^=(?:'((?:[^']|'')+)'|([^!'#]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(formula);
    if (!m) return null;
    const sheet = this.sheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
    if (!sheet) return null;
    return { sheet, rect: parseRangeA1(m[3].replace(/\$/g, "")) };
  }
}

/** Base of every proxy: loaded properties and the strict read. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new FakeExcelError("PropertyNotLoaded", `${this.constructor.name}.${prop} was read before load() and sync()`);
    return this.loaded.get(prop) as T;
  }
  protected queue(label: string, apply: () => void, args: unknown = null): void {
    this.ctx.queue.push({ label, apply, bytes: args === null ? 16 : JSON.stringify(args).length });
  }
  protected queueLoad(props: string[], read: () => Record<string, unknown>): void {
    this.queue(`load ${this.constructor.name} ${props.join(",")}`, () => {
      const values = read();
      for (const p of props) this.loaded.set(p, values[p]);
      // As in Office.js, a loaded object also knows whether it is a null object.
      this.loaded.set("isNullObject", values.isNullObject ?? false);
    });
  }
}

export class FakeContext {
  readonly queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }
  sync(): Promise<void> {
    return this.fake.sync(this.queue);
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNameCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNameCollection(ctx);
  }
}

type SheetRef = () => SheetState | undefined;

class FakeWorksheetCollection extends Proxy {
  load(what: string): this {
    const props = parseLoad(what);
    this.queue("load worksheets", () => {
      this.loaded.set(
        "items",
        this.ctx.fake.state.sheets.map((s, position) => {
          const ws = new FakeWorksheet(this.ctx, () => this.ctx.fake.state.sheets.find((x) => x.id === s.id));
          ws.setLoaded({ name: s.name, position, visibility: s.visibility }, props);
          return ws;
        }),
      );
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.read("items");
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.fake.sheet(name);
      if (!s) throw new FakeExcelError("ItemNotFound", `no sheet ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.fake.sheet(name), true);
  }
  add(name: string): FakeWorksheet {
    let created: SheetState | undefined;
    const ws = new FakeWorksheet(this.ctx, () => created);
    this.queue(
      `add sheet ${name}`,
      () => {
        if (this.ctx.fake.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`);
        if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeExcelError("InvalidArgument", `sheet name ${name}`);
        created = this.ctx.fake.newSheet(name);
        this.ctx.fake.state.sheets.push(created);
      },
      name,
    );
    return ws;
  }
}

export class FakeWorksheet extends Proxy {
  readonly protection: { protect: (options?: unknown) => void; unprotect: () => void };
  readonly freezePanes: { freezeAt: (r: FakeRange) => void; freezeRows: (n: number) => void; freezeColumns: (n: number) => void; unfreeze: () => void };
  readonly charts: FakeChartCollection;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreakCollection;

  constructor(
    ctx: FakeContext,
    readonly ref: SheetRef,
    private readonly orNull = false,
  ) {
    super(ctx);
    const sheet = () => this.must();
    this.protection = {
      protect: (options?: unknown) => this.queue("protect", () => void (sheet().protected = true), options ?? {}),
      unprotect: () => this.queue("unprotect", () => void (sheet().protected = false)),
    };
    this.freezePanes = {
      freezeAt: (r: FakeRange) =>
        this.queue("freezeAt", () => {
          const rect = r.rect();
          sheet().freeze = { rows: rect.row + rect.rowCount, columns: rect.col + rect.colCount };
        }),
      freezeRows: (n: number) => this.queue("freezeRows", () => void (sheet().freeze = { rows: n, columns: 0 })),
      freezeColumns: (n: number) => this.queue("freezeColumns", () => void (sheet().freeze = { rows: 0, columns: n })),
      unfreeze: () => this.queue("unfreeze", () => void (sheet().freeze = null)),
    };
    this.charts = new FakeChartCollection(ctx, () => this.must());
    this.pageLayout = new FakePageLayout(ctx, () => this.must());
    this.horizontalPageBreaks = new FakePageBreakCollection(ctx, () => this.must());
  }

  setLoaded(values: Record<string, unknown>, props: string[]): void {
    for (const p of props) this.loaded.set(p, values[p]);
  }

  must(): SheetState {
    const s = this.ref();
    if (!s) throw new FakeExcelError("ItemNotFound", "the worksheet does not exist");
    return s;
  }

  load(what: string): this {
    const props = parseLoad(what);
    this.queueLoad(props, () => {
      const s = this.ref();
      return { name: s?.name, position: s ? this.ctx.fake.state.sheets.indexOf(s) : undefined, visibility: s?.visibility, isNullObject: !s };
    });
    return this;
  }
  get name(): string {
    return this.read("name");
  }
  get position(): number {
    return this.read("position");
  }
  set position(p: number) {
    this.queue(
      "position",
      () => {
        const list = this.ctx.fake.state.sheets;
        const s = this.must();
        list.splice(list.indexOf(s), 1);
        list.splice(Math.min(p, list.length), 0, s);
      },
      p,
    );
  }
  set visibility(v: string) {
    this.queue(
      "visibility",
      () => {
        const s = this.must();
        if (v !== "Visible" && s.visibility === "Visible" && visibleCount(this.ctx.fake.state) === 1)
          throw new FakeExcelError("InvalidOperation", "a workbook keeps at least one visible sheet");
        s.visibility = v;
      },
      v,
    );
  }
  set tabColor(c: string) {
    this.queue("tabColor", () => void (this.must().tabColor = c), c);
  }
  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.read("isNullObject");
  }
  delete(): void {
    this.queue("delete sheet", () => {
      const s = this.must();
      // As documented for Worksheet.delete: a very hidden sheet cannot be deleted.
      if (s.visibility === "VeryHidden") throw new FakeExcelError("InvalidOperation", `sheet ${s.name} is very hidden`);
      if (s.visibility === "Visible" && visibleCount(this.ctx.fake.state) === 1)
        throw new FakeExcelError("InvalidOperation", "a workbook keeps at least one visible sheet");
      const list = this.ctx.fake.state.sheets;
      list.splice(list.indexOf(s), 1);
      // Names that pointed at the sheet now point nowhere, as in Excel.
      for (const n of this.ctx.fake.state.names) {
        const r = /^=(?:'((?:[^']|'')+)'|([^!'#]+))!(.*)$/.exec(n.formula);
        const sheetName = r ? (r[1] !== undefined ? r[1].replace(/''/g, "'") : r[2]) : undefined;
        if (sheetName && sheetName.toLowerCase() === s.name.toLowerCase()) n.formula = `=#REF!${r![3]}`;
      }
      if (this.ctx.fake.state.active === s.name) this.ctx.fake.state.active = null;
    });
  }
  activate(): void {
    this.queue("activate", () => void (this.ctx.fake.state.active = this.must().name));
  }
  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    return new FakeRange(
      this.ctx,
      () => this.must(),
      () => ({ row, col, rowCount, colCount }),
    );
  }
  getRange(address: string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => this.must(),
      () => parseRangeA1(address.replace(/\$/g, "")),
    );
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      () => this.must(),
      address.split(",").map((a) => parseRangeA1(a.trim().replace(/\$/g, ""))),
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const used = () => {
      const s = this.ref();
      if (!s) return null;
      let minR = Infinity,
        minC = Infinity,
        maxR = -1,
        maxC = -1;
      for (const [k, cell] of s.cells) {
        if (valuesOnly && cell.formula === undefined && (cell.value === undefined || cell.value === "")) continue;
        const [r, c] = k.split(":").map(Number);
        minR = Math.min(minR, r);
        minC = Math.min(minC, c);
        maxR = Math.max(maxR, r);
        maxC = Math.max(maxC, c);
      }
      return maxR < 0 ? null : { row: minR, col: minC, rowCount: maxR - minR + 1, colCount: maxC - minC + 1 };
    };
    return new FakeRange(
      this.ctx,
      () => this.must(),
      () => used() ?? { row: 0, col: 0, rowCount: 1, colCount: 1 },
      () => !this.ref() || used() === null,
    );
  }
}

function visibleCount(state: WorkbookState): number {
  return state.sheets.filter((s) => s.visibility === "Visible").length;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A string as Excel (en-US) reads it when it is written through `formulas` or `values`. */
export function excelInput(text: string): { formula: string } | { value: string | number | boolean } {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=")) return { formula: text };
  const t = text.trim();
  const number = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(e[+-]?\d+)?(%?)$/i.exec(t);
  if (number) {
    const n = Number(`${number[1]}${number[2].replace(/,/g, "")}${number[3] ?? ""}`);
    return { value: number[4] ? n / 100 : n };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const date = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : null;
  if (date) {
    const [y, m, d] = date.map(Number);
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { value: Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY_MS) };
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  if (/^[+-]/.test(t)) return { formula: `=${t}` };
  return { value: text };
}

function parseLoad(what: string): string[] {
  return what.split(",").map((p) => p.trim().replace(/^items\//, ""));
}

class FakeFormat {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean; italic: boolean; size: number };
  readonly protection: { locked: boolean };
  readonly borders: { getItem: (edge: string) => { style: string; color: string } };
  constructor(
    private readonly apply: (label: string, change: (cell: CellState, at: { row: number; col: number; rect: RangeRef }) => void, arg: unknown) => void,
    onColumnWidth: (w: number) => void,
    onRowHeight: (h: number | "standard") => void,
  ) {
    this.fill = setters({ color: null }, { color: (v) => this.apply("fill.color", (c) => void (c.fill = v as string), v) });
    this.font = setters(
      { color: null, bold: null, italic: null, size: null },
      {
        color: (v) => this.apply("font.color", (c) => void (c.fontColor = v as string), v),
        bold: (v) => this.apply("font.bold", (c) => void (c.bold = v as boolean), v),
        italic: (v) => this.apply("font.italic", (c) => void (c.italic = v as boolean), v),
        size: (v) => this.apply("font.size", (c) => void (c.size = v as number), v),
      },
    );
    this.protection = setters({ locked: null }, { locked: (v) => this.apply("protection.locked", (c) => void (c.locked = v as boolean), v) });
    this.borders = {
      getItem: (edge: string) =>
        setters(
          { style: null, color: null },
          {
            style: (v) => this.apply(`border ${edge}.style`, (c, at) => borderEdges(edge, at).forEach((e) => ((c.borders[e] ??= {}).style = v as string)), v),
            color: (v) => this.apply(`border ${edge}.color`, (c, at) => borderEdges(edge, at).forEach((e) => ((c.borders[e] ??= {}).color = v as string)), v),
          },
        ),
    };
    Object.defineProperty(this, "wrapText", { set: (v: boolean) => this.apply("wrapText", (c) => void (c.wrap = v), v), get: () => notLoaded("wrapText") });
    Object.defineProperty(this, "horizontalAlignment", {
      set: (v: string) => this.apply("horizontalAlignment", (c) => void (c.hAlign = v), v),
      get: () => notLoaded("horizontalAlignment"),
    });
    Object.defineProperty(this, "verticalAlignment", {
      set: (v: string) => this.apply("verticalAlignment", (c) => void (c.vAlign = v), v),
      get: () => notLoaded("verticalAlignment"),
    });
    Object.defineProperty(this, "columnWidth", { set: (v: number) => onColumnWidth(v), get: () => notLoaded("columnWidth") });
    Object.defineProperty(this, "rowHeight", { set: (v: number) => onRowHeight(v), get: () => notLoaded("rowHeight") });
    Object.defineProperty(this, "useStandardHeight", {
      set: (v: boolean) => {
        // Only true resets a height; false is not something Excel can do by itself.
        if (v !== true) throw new FakeExcelError("InvalidArgument", "useStandardHeight can only be set to true");
        onRowHeight("standard");
      },
      get: () => notLoaded("useStandardHeight"),
    });
  }
}

/** Which sides of a cell an Excel border index touches, given the cell's place in the range. */
function borderEdges(edge: string, at: { row: number; col: number; rect: RangeRef }): string[] {
  const top = at.row === at.rect.row;
  const bottom = at.row === at.rect.row + at.rect.rowCount - 1;
  const left = at.col === at.rect.col;
  const right = at.col === at.rect.col + at.rect.colCount - 1;
  switch (edge) {
    case "EdgeTop":
      return top ? ["top"] : [];
    case "EdgeBottom":
      return bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return left ? ["left"] : [];
    case "EdgeRight":
      return right ? ["right"] : [];
    case "InsideHorizontal":
      return [...(top ? [] : ["top"]), ...(bottom ? [] : ["bottom"])];
    case "InsideVertical":
      return [...(left ? [] : ["left"]), ...(right ? [] : ["right"])];
    default:
      throw new FakeExcelError("InvalidArgument", `border ${edge}`);
  }
}

function notLoaded(prop: string): never {
  throw new FakeExcelError("PropertyNotLoaded", `${prop} was read before load() and sync()`);
}

/** An object whose listed properties can only be set (reading them throws, as nothing was loaded). */
function setters<T extends object>(shape: Record<string, unknown>, set: Record<string, (v: unknown) => void>): T {
  const o = {} as T;
  for (const p of Object.keys(shape)) Object.defineProperty(o, p, { set: set[p], get: () => notLoaded(p), enumerable: true });
  return o;
}

class FakeRangeAreas extends Proxy {
  readonly format: FakeFormat;
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly rects: RangeRef[],
  ) {
    super(ctx);
    this.format = new FakeFormat(
      (label, change, arg) =>
        this.queue(
          `areas.format.${label}`,
          () => {
            const s = this.sheet();
            for (const rect of this.rects) forCells(s, rect, (cell, row, col) => change(cell, { row, col, rect }), { write: true });
          },
          arg,
        ),
      () => {
        throw new FakeExcelError("InvalidOperation", "columnWidth on RangeAreas");
      },
      () => {
        throw new FakeExcelError("InvalidOperation", "rowHeight on RangeAreas (not used by the writer)");
      },
    );
  }
}

/** Calls `f` for each cell of a rectangle, creating cells; a write into a protected sheet fails. */
function forCells(s: SheetState, rect: RangeRef, f: (cell: CellState, row: number, col: number) => void, opts: { write: boolean }): void {
  if (opts.write && s.protected) throw new FakeExcelError("InvalidOperation", `sheet ${s.name} is protected`);
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    for (let c = rect.col; c < rect.col + rect.colCount; c++) {
      let cell = s.cells.get(key(r, c));
      if (!cell) s.cells.set(key(r, c), (cell = emptyCell()));
      f(cell, r, c);
    }
  }
}

export class FakeRange extends Proxy {
  readonly format: FakeFormat;
  readonly dataValidation: { clear: () => void; rule: unknown; errorAlert: unknown };
  readonly conditionalFormats: {
    add: (type: string) => { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } };
    clearAll: () => void;
  };

  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
    readonly rect: () => RangeRef,
    private readonly nullCheck?: () => boolean,
  ) {
    super(ctx);
    this.format = new FakeFormat(
      (label, change, arg) =>
        this.queue(
          `format.${label}`,
          () => {
            const rect = this.rect();
            forCells(this.sheet(), rect, (cell, row, col) => change(cell, { row, col, rect }), { write: true });
          },
          arg,
        ),
      (w) =>
        this.queue(
          "columnWidth",
          () => {
            const rect = this.rect();
            for (let c = rect.col; c < rect.col + rect.colCount; c++) this.sheet().columnWidths.set(c, w);
          },
          w,
        ),
      (h) =>
        this.queue(
          h === "standard" ? "useStandardHeight" : "rowHeight",
          () => {
            const s = this.sheet();
            if (s.protected) throw new FakeExcelError("InvalidOperation", `sheet ${s.name} is protected`);
            if (h !== "standard" && !(h >= 0 && h <= 409)) throw new FakeExcelError("InvalidArgument", `row height ${h}`);
            const rect = this.rect();
            for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
              if (h === "standard") s.rowHeights.delete(r);
              else s.rowHeights.set(r, h);
            }
          },
          h,
        ),
    );
    const dv = { clear: () => undefined, rule: undefined as unknown, errorAlert: undefined as unknown };
    Object.defineProperty(dv, "clear", {
      value: () =>
        this.queue("dataValidation.clear", () => {
          const s = this.sheet();
          const rect = this.rect();
          s.validations = s.validations.filter((v) => !overlaps(v.rect, rect));
        }),
    });
    Object.defineProperty(dv, "rule", {
      set: (rule: unknown) =>
        this.queue(
          "dataValidation.rule",
          () => {
            const s = this.sheet();
            const rect = this.rect();
            s.validations = s.validations.filter((v) => !overlaps(v.rect, rect));
            s.validations.push({ rect, rule });
          },
          rule,
        ),
      get: () => notLoaded("rule"),
    });
    Object.defineProperty(dv, "errorAlert", {
      set: (alert: unknown) =>
        this.queue(
          "dataValidation.errorAlert",
          () => {
            const rect = this.rect();
            const v = this.sheet().validations.find((x) => sameRect(x.rect, rect));
            if (!v) throw new FakeExcelError("InvalidOperation", "errorAlert before a rule");
            v.errorAlert = alert;
          },
          alert,
        ),
      get: () => notLoaded("errorAlert"),
    });
    this.dataValidation = dv;
    this.conditionalFormats = {
      add: (type: string) => {
        if (type !== "Custom") throw new FakeExcelError("InvalidArgument", `conditional format ${type} is not in the fake`);
        const entry: { rect?: RangeRef; formula?: string; fill?: string; fontColor?: string } = {};
        this.queue("conditionalFormats.add", () => {
          entry.rect = this.rect();
          this.sheet().conditionalFormats.push(entry as SheetState["conditionalFormats"][number]);
        });
        return {
          custom: {
            rule: setters({ formula: null }, { formula: (v) => this.queue("cf.formula", () => void (entry.formula = v as string), v) }),
            format: {
              fill: setters({ color: null }, { color: (v) => this.queue("cf.fill", () => void (entry.fill = v as string), v) }),
              font: setters({ color: null }, { color: (v) => this.queue("cf.font", () => void (entry.fontColor = v as string), v) }),
            },
          },
        };
      },
      clearAll: () =>
        this.queue("conditionalFormats.clearAll", () => {
          const s = this.sheet();
          const rect = this.rect();
          s.conditionalFormats = s.conditionalFormats.filter((x) => !overlaps(x.rect, rect));
        }),
    };
  }

  get isNullObject(): boolean {
    if (!this.nullCheck) return false;
    return this.read("isNullObject");
  }

  load(what: string): this {
    const props = what.split(",").map((p) => p.trim());
    this.queueLoad(props, () => {
      if (this.nullCheck?.()) return { isNullObject: true };
      const s = this.sheet();
      const rect = this.rect();
      const grid = (f: (cell: CellState | undefined, row: number, col: number) => unknown) =>
        Array.from({ length: rect.rowCount }, (_, dr) =>
          Array.from({ length: rect.colCount }, (_, dc) => f(s.cells.get(key(rect.row + dr, rect.col + dc)), rect.row + dr, rect.col + dc)),
        );
      return {
        isNullObject: false,
        values: grid((c, row, col) => (c?.formula !== undefined ? (this.ctx.fake.options.evaluate?.(s.name, row, col, c.formula) ?? "") : (c?.value ?? ""))),
        formulas: grid((c) => c?.formula ?? c?.value ?? ""),
        numberFormat: grid((c) => c?.numberFormat ?? "General"),
        address: `${quoteSheet(s.name)}!${rangeA1(rect)}`,
      };
    });
    return this;
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(grid: unknown[][]) {
    this.queue(
      "formulas",
      () => {
        const rect = this.rect();
        if (grid.length !== rect.rowCount || grid.some((line) => line.length !== rect.colCount))
          throw new FakeExcelError("InvalidArgument", "formulas: the array does not match the range");
        forCells(
          this.sheet(),
          rect,
          (cell, row, col) => {
            const v = grid[row - rect.row][col - rect.col];
            if (v === null || v === undefined) return;
            delete cell.formula;
            delete cell.value;
            if (typeof v === "string") {
              if (v === "") return;
              const read = excelInput(v);
              if ("formula" in read) cell.formula = read.formula;
              else cell.value = read.value;
            } else cell.value = v as number | boolean;
          },
          { write: true },
        );
      },
      grid,
    );
  }
  get formulasLocal(): never {
    throw new FakeExcelError("NotAllowed", "the add-in must not use formulasLocal");
  }
  set formulasLocal(_v: unknown) {
    throw new FakeExcelError("NotAllowed", "the add-in must not use formulasLocal");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: unknown[][]) {
    this.queue(
      "numberFormat",
      () => {
        const rect = this.rect();
        forCells(
          this.sheet(),
          rect,
          (cell, row, col) => {
            const v = grid[row - rect.row]?.[col - rect.col];
            if (v !== null && v !== undefined) cell.numberFormat = String(v);
          },
          { write: true },
        );
      },
      grid,
    );
  }
  get address(): string {
    return this.read("address");
  }
  merge(_across?: boolean): void {
    this.queue("merge", () => {
      const s = this.sheet();
      if (s.protected) throw new FakeExcelError("InvalidOperation", `sheet ${s.name} is protected`);
      s.merges.push(this.rect());
    });
  }
  unmerge(): void {
    this.queue("unmerge", () => {
      const s = this.sheet();
      const rect = this.rect();
      s.merges = s.merges.filter((m) => !overlaps(m, rect));
    });
  }
  clear(applyTo = "All"): void {
    this.queue(`clear ${applyTo}`, () => {
      const s = this.sheet();
      if (s.protected) throw new FakeExcelError("InvalidOperation", `sheet ${s.name} is protected`);
      const rect = this.rect();
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) for (let c = rect.col; c < rect.col + rect.colCount; c++) s.cells.delete(key(r, c));
    });
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const rect = this.rect();
      return { row: rect.row + row, col: rect.col + col, rowCount: 1, colCount: 1 };
    });
  }
  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const rect = this.rect();
      return { ...rect, rowCount: rect.rowCount + deltaRows, colCount: rect.colCount + deltaCols };
    });
  }
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}

function sameRect(a: RangeRef, b: RangeRef): boolean {
  return a.row === b.row && a.col === b.col && a.rowCount === b.rowCount && a.colCount === b.colCount;
}

class FakeNameCollection extends Proxy {
  load(what: string): this {
    const props = parseLoad(what);
    this.queue("load names", () => {
      this.loaded.set(
        "items",
        this.ctx.fake.state.names.map((n) => {
          const item = new FakeNamedItem(this.ctx, n.name);
          item.setLoaded({ name: n.name, formula: n.formula }, props);
          return item;
        }),
      );
    });
    return this;
  }
  get items(): FakeNamedItem[] {
    return this.read("items");
  }
  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItem {
    this.queue(
      `add name ${name}`,
      () => {
        if (this.ctx.fake.state.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
          throw new FakeExcelError("ItemAlreadyExists", `name ${name} exists`);
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeExcelError("InvalidArgument", `name ${name}`);
        let formula: string;
        if (typeof reference === "string") formula = reference;
        else {
          const rangeSheet = (reference as unknown as { sheet: () => SheetState }).sheet();
          formula = `=${quoteSheet(rangeSheet.name)}!${rangeA1(reference.rect(), true)}`;
        }
        this.ctx.fake.state.names.push({ name, formula, comment });
      },
      { name, comment },
    );
    return new FakeNamedItem(this.ctx, name);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, true);
  }
}

class FakeNamedItem extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly itemName: string,
    private readonly orNull = false,
  ) {
    super(ctx);
  }
  load(what: string): this {
    const props = parseLoad(what);
    this.queueLoad(props, () => {
      const n = this.ctx.fake.state.names.find((x) => x.name.toLowerCase() === this.itemName.toLowerCase());
      if (!n && !this.orNull) throw new FakeExcelError("ItemNotFound", `no name ${this.itemName}`);
      return { name: n?.name, formula: n?.formula, comment: n?.comment, isNullObject: !n };
    });
    return this;
  }
  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.read("isNullObject");
  }
  setLoaded(values: Record<string, unknown>, props: string[]): void {
    for (const p of props) this.loaded.set(p, values[p]);
  }
  private must(): NameState {
    const n = this.ctx.fake.state.names.find((x) => x.name.toLowerCase() === this.itemName.toLowerCase());
    if (!n) throw new FakeExcelError("ItemNotFound", `no name ${this.itemName}`);
    return n;
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(f: string) {
    this.queue(`name formula ${this.itemName}`, () => void (this.must().formula = f), f);
  }
  delete(): void {
    this.queue(`delete name ${this.itemName}`, () => {
      const n = this.must();
      this.ctx.fake.state.names.splice(this.ctx.fake.state.names.indexOf(n), 1);
    });
  }
  getRange(): FakeRange {
    const resolved = () => {
      const r = this.ctx.fake.resolveNameRange(this.must().formula);
      if (!r) throw new FakeExcelError("InvalidReference", `name ${this.itemName} does not refer to a range`);
      return r;
    };
    return new FakeRange(
      this.ctx,
      () => resolved().sheet,
      () => resolved().rect,
    );
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9), refusing what Excel refuses: unknown enums, scale mixed with fit-to-pages, bad title rows. */
class FakePageLayout extends Proxy {
  readonly headersFooters: { defaultForAllPages: { centerFooter: string } };

  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx);
    const queue = (label: string, apply: () => void, args: unknown) => this.queue(label, apply, args);
    const sheetOf = this.sheet;
    this.headersFooters = {
      defaultForAllPages: {
        set centerFooter(text: string) {
          queue(
            "centerFooter",
            () => {
              if (typeof text !== "string" || text.length > 255) throw new FakeExcelError("InvalidArgument", "a footer is text of at most 255 characters");
              sheetOf().print.centerFooter = text;
            },
            text,
          );
        },
        get centerFooter(): string {
          throw new Error("read centerFooter after load (not used by the writer)");
        },
      },
    };
  }
  set orientation(o: string) {
    this.queue(
      "orientation",
      () => {
        if (o !== "Portrait" && o !== "Landscape") throw new FakeExcelError("InvalidArgument", `unknown orientation ${o}`);
        this.sheet().print.orientation = o;
      },
      o,
    );
  }
  set paperSize(p: string) {
    this.queue(
      "paperSize",
      () => {
        if (!["A3", "A4", "A5", "Letter", "Legal"].includes(p)) throw new FakeExcelError("InvalidArgument", `unknown paper size ${p}`);
        this.sheet().print.paperSize = p;
      },
      p,
    );
  }
  set zoom(z: PrintState["zoom"]) {
    this.queue(
      "zoom",
      () => {
        const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
        if (fit && z.scale !== undefined && z.scale !== null) throw new FakeExcelError("InvalidArgument", "scale and fit-to-pages together");
        for (const n of [z.horizontalFitToPages, z.verticalFitToPages])
          if (n !== undefined && !(Number.isInteger(n) && n >= 0 && n <= 32767)) throw new FakeExcelError("InvalidArgument", `fit to ${n} pages`);
        if (!fit && (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400)) throw new FakeExcelError("InvalidArgument", `scale ${z.scale}`);
        this.sheet().print.zoom = { ...z };
      },
      z,
    );
  }
  setPrintTitleRows(rows: string): void {
    this.queue(
      "setPrintTitleRows",
      () => {
        const m = /^\$(\d+):\$(\d+)$/.exec(rows);
        if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1])) throw new FakeExcelError("InvalidArgument", `print title rows ${rows}`);
        this.sheet().print.titleRows = rows;
      },
      rows,
    );
  }
}

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): add() puts a break before the range's top-left cell. */
class FakePageBreakCollection extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx);
  }
  add(range: FakeRange): void {
    this.queue(
      "addPageBreak",
      () => {
        const { row, col } = range.rect();
        if (row < 1) throw new FakeExcelError("InvalidArgument", "a page break before the first row");
        if (col !== 0) throw new FakeExcelError("InvalidArgument", "the writer breaks rows before column A");
        const breaks = this.sheet().print.rowBreaks;
        if (!breaks.includes(row)) breaks.push(row);
        breaks.sort((a, b) => a - b);
      },
      range.rect(),
    );
  }
  removePageBreaks(): void {
    this.queue("removePageBreaks", () => void (this.sheet().print.rowBreaks = []));
  }
}

class FakeChartCollection extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx);
  }
  /** Loads the items' names, and their title texts only when asked for ("items/title/text"). */
  load(what: string): this {
    const withTitles = what.split(",").some((p) => p.trim() === "items/title/text");
    this.queue("load charts", () => {
      this.loaded.set(
        "items",
        this.sheet().charts.map((c) => {
          const chart = new FakeChart(this.ctx, this.sheet, () => c);
          chart.setLoaded(withTitles ? { name: c.name, "title/text": c.title ?? "" } : { name: c.name });
          return chart;
        }),
      );
    });
    return this;
  }
  get items(): FakeChart[] {
    return this.read("items");
  }
  add(type: string, source: FakeRange, _seriesBy?: string): FakeChart {
    let created: ChartState | undefined;
    this.queue(
      `add chart ${type}`,
      () => {
        const s = this.sheet();
        if (s.protected) throw new FakeExcelError("InvalidOperation", `sheet ${s.name} is protected`);
        created = { name: `Chart ${s.charts.length + 1}`, type, series: [{ values: rangeText(source) }] };
        s.charts.push(created);
      },
      type,
    );
    return new FakeChart(this.ctx, this.sheet, () => {
      if (!created) throw new FakeExcelError("ItemNotFound", "chart");
      return created;
    });
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.ctx, this.sheet, () => {
      const c = this.sheet().charts.find((x) => x.name === name);
      if (!c) throw new FakeExcelError("ItemNotFound", `chart ${name}`);
      return c;
    });
  }
}

function rangeText(r: FakeRange): string {
  const s = (r as unknown as { sheet: () => SheetState }).sheet();
  return `${quoteSheet(s.name)}!${rangeA1(r.rect(), true)}`;
}

class FakeChart extends Proxy {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly axes: { valueAxis: { title: { text: string } }; categoryAxis: { reversePlotOrder: boolean; tickLabelPosition: string; position: string } };
  readonly series: { getItemAt: (i: number) => FakeSeries; add: (name?: string) => FakeSeries };
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly chart: () => ChartState,
  ) {
    super(ctx);
    const queueTitle = (v: string) => this.queue("chart.title", () => void (this.chart().title = v), v);
    const readTitle = () => this.read<string>("title/text");
    this.title = {
      set text(v: string) {
        queueTitle(v);
      },
      get text(): string {
        return readTitle();
      },
    };
    this.legend = setters({ position: null }, { position: (v) => this.queue("chart.legend", () => void (this.chart().legend = v as string), v) });
    this.axes = {
      valueAxis: { title: setters({ text: null }, { text: (v) => this.queue("chart.axis", () => void (this.chart().valueAxisTitle = v as string), v) }) },
      categoryAxis: setters(
        { reversePlotOrder: null, tickLabelPosition: null, position: null },
        {
          reversePlotOrder: (v) =>
            this.queue("chart.categoryAxis", () => void (this.chart().categoryAxis = { ...this.chart().categoryAxis, reversePlotOrder: v as boolean }), v),
          tickLabelPosition: (v) =>
            this.queue(
              "chart.categoryAxis",
              () => {
                if (!["High", "Low", "NextToAxis", "None"].includes(v as string))
                  throw new FakeExcelError("InvalidArgument", `tick label position ${String(v)}`);
                this.chart().categoryAxis = { ...this.chart().categoryAxis, tickLabelPosition: v as string };
              },
              v,
            ),
          position: (v) =>
            this.queue(
              "chart.categoryAxis",
              () => {
                if (!["Automatic", "Maximum", "Minimum", "Custom"].includes(v as string))
                  throw new FakeExcelError("InvalidArgument", `axis position ${String(v)}`);
                this.chart().categoryAxis = { ...this.chart().categoryAxis, position: v as string };
              },
              v,
            ),
        },
      ),
    };
    this.series = {
      getItemAt: (i: number) =>
        new FakeSeries(
          this.ctx,
          () =>
            this.chart().series[i] ??
            (() => {
              throw new FakeExcelError("ItemNotFound", `series ${i}`);
            })(),
        ),
      add: (name?: string) => {
        let created: ChartState["series"][number] | undefined;
        this.queue("series.add", () => {
          created = { name };
          this.chart().series.push(created);
        });
        return new FakeSeries(this.ctx, () => created!);
      },
    };
  }
  setLoaded(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }
  get name(): string {
    return this.read("name");
  }
  set name(n: string) {
    this.queue("chart.name", () => void (this.chart().name = n), n);
  }
  setPosition(start: FakeRange, end: FakeRange): void {
    this.queue("chart.setPosition", () => void (this.chart().position = [cellA1(start.rect().row, start.rect().col), cellA1(end.rect().row, end.rect().col)]));
  }
  delete(): void {
    this.queue("chart.delete", () => {
      const s = this.sheet();
      s.charts.splice(s.charts.indexOf(this.chart()), 1);
    });
  }
}

class FakeSeries extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly series: () => ChartState["series"][number],
  ) {
    super(ctx);
  }
  set name(n: string) {
    this.queue("series.name", () => void (this.series().name = n), n);
  }
  set chartType(t: string) {
    this.queue("series.chartType", () => void (this.series().type = t), t);
  }
  setValues(r: FakeRange): void {
    this.queue("series.setValues", () => void (this.series().values = rangeText(r)));
  }
  setXAxisValues(r: FakeRange): void {
    this.queue("series.setXAxisValues", () => void (this.series().categories = rangeText(r)));
  }
}

/** The fake as the Office.js context type the add-in's code takes. */
export function asContext(fake: FakeExcel): Excel.RequestContext {
  return fake.context() as unknown as Excel.RequestContext;
}
