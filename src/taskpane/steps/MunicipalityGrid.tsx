/**
 * Volumes per municipality in a grid: rows are municipalities, columns the youth population and,
 * per care form, the current and target volume. Pasting a block copied from Excel fills the grid
 * from the cell pasted into (see state/municipalities.ts for the rules).
 *
 * Each municipality's name has a row of its own above its figures: at 350 px a name column beside
 * the figures cut names such as "Gemeente Voorbeeldstad (fictief)" off. The column numbers (used
 * by paste) stay those of gridColumns, with the name as column 0.
 *
 * The grid can hold 100 municipalities x 20 care forms (4,200 inputs), so its rows are memoized
 * on the plain strings they show: a keystroke re-renders one row, not the whole grid.
 */
import { Button, Field, Input } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { memo, useCallback, useRef, type ClipboardEvent } from "react";
import { formatPath, LIMITS, type Lang } from "../../model";
import { useEditor } from "../components/EditorContext";
import { GroupProblems } from "../components/fields";
import { useLayout } from "../components/layout";
import { formatForInput, formatUnderstood } from "../numbers/format";
import { parseNumber } from "../numbers/parseNumber";
import { asArray, getAt, isObject, removeItem, setNumberText, setValue, type EditorState } from "../state/editorState";
import { addMunicipality, cellSegments, gridColumns, pasteIntoGrid, type GridColumn } from "../state/municipalities";
import { fieldId, problemText, type Checked } from "../state/problems";

/** What one cell shows: all plain strings, so that rows compare cheaply. */
interface CellView {
  id: string;
  label: string;
  text: string;
  hint?: string;
  message?: string;
}

export function MunicipalityGrid() {
  const { s, state, edit, touch, lang, checked } = useEditor();
  const ui = useLayout();
  const columns = gridColumns(state.doc);
  const rows = asArray(state.doc.municipalities);
  const forms = asArray(state.doc.careForms);
  const formName = (i: number) => {
    const f = forms[i];
    return isObject(f) && typeof f.name === "string" && f.name.trim() !== "" ? f.name : s.unnamedForm(i + 1);
  };
  const columnTitle = (c: GridColumn) =>
    c.kind === "name" ? s.municipality : c.kind === "population" ? s.municipalityPopulation : s.gridColumnVolume(formName(c.formIndex), c.which);
  const rowName = (r: number) => {
    const name = getAt(state.doc, ["municipalities", r, "name"]);
    return typeof name === "string" && name.trim() !== "" ? name : s.unnamedMunicipality(r + 1);
  };

  // The handlers read the latest state through a ref, so they never change and memoized rows stay put.
  const latest = useRef({ state, columns, lang });
  latest.current = { state, columns, lang };
  const onText = useCallback(
    (row: number, col: number, text: string) => {
      const column = latest.current.columns[col];
      const segments = cellSegments(row, column);
      edit((st) => (column.kind === "name" ? setValue(st, segments, text) : setNumberText(st, segments, text, parseNumber(text, latest.current.lang, {}))));
      touch(segments);
    },
    [edit, touch],
  );
  const onPaste = useCallback(
    (row: number, col: number, e: ClipboardEvent<HTMLInputElement>) => {
      // Worked out here, synchronously, so that the browser's own paste is stopped only when the grid takes the text.
      const next = pasteIntoGrid(latest.current.state, row, col, e.clipboardData.getData("text/plain"), latest.current.lang);
      if (next === null) return;
      e.preventDefault();
      edit(() => next);
      // The pasted cells count as visited: their problems show at once.
      const before = latest.current.state.raw;
      for (const [key, entry] of Object.entries(next.raw)) if (before[key] !== entry) touch(entry.segments);
    },
    [edit, touch],
  );
  const onRemove = useCallback((row: number) => edit((st: EditorState) => removeItem(st, ["municipalities"], row)), [edit]);

  return (
    <section className={ui.stack} aria-labelledby="municipalities-heading">
      <h3 className={ui.subheading} id="municipalities-heading">
        {s.municipalitiesHeading}
      </h3>
      <p className={ui.small}>{s.pasteHint}</p>
      <GroupProblems segments={["municipalities"]} />
      <div className={ui.tableBox} data-testid="municipality-grid">
        <table className={ui.table} aria-labelledby="municipalities-heading">
          <thead>
            <tr>
              {columns.map((c, k) =>
                c.kind === "name" ? null : (
                  <th key={k} scope="col">
                    {columnTitle(c)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((_, r) => (
              <GridRow
                key={r}
                row={r}
                cells={columns.map((c) => cellView(state, checked, r, c, s.gridCell(rowName(r), columnTitle(c)), lang))}
                removeLabel={s.removeMunicipality(rowName(r))}
                canRemove={rows.length > 1}
                cellClass={ui.cellInput}
                onText={onText}
                onPaste={onPaste}
                onRemove={onRemove}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <Button
          size="small"
          icon={<AddRegular />}
          disabled={rows.length >= LIMITS.maxMunicipalities}
          onClick={() => edit((st) => addMunicipality(st, s.newMunicipality(rows.length + 1)))}
        >
          {s.addMunicipality}
        </Button>
      </div>
    </section>
  );
}

function cellView(state: EditorState, checked: Checked, row: number, column: GridColumn, label: string, lang: Lang): CellView {
  const segments = cellSegments(row, column);
  const key = formatPath(segments);
  const raw = state.raw[key];
  const value = getAt(state.doc, segments);
  let text: string;
  let hint: string | undefined;
  if (column.kind === "name") text = typeof value === "string" ? value : "";
  else if (raw) {
    text = raw.text;
    if (!raw.invalid && typeof value === "number" && raw.text.trim() !== "") hint = formatUnderstood(value, "count", lang);
  } else text = typeof value === "number" ? formatForInput(value, "count", lang) : typeof value === "string" ? value : "";
  const problems = checked.byPath.get(key);
  const message = problems && problems.length > 0 ? problems.map((p) => problemText(p, lang)).join("; ") : undefined;
  return { id: fieldId(segments), label, text, hint, message };
}

interface GridRowProps {
  row: number;
  cells: CellView[];
  removeLabel: string;
  canRemove: boolean;
  cellClass: string;
  onText: (row: number, col: number, text: string) => void;
  onPaste: (row: number, col: number, e: ClipboardEvent<HTMLInputElement>) => void;
  onRemove: (row: number) => void;
}

const FILL = { width: "100%", minWidth: 0, maxWidth: "100%", boxSizing: "border-box" } as const;
const NAME_ROW = { display: "flex", alignItems: "flex-start", gap: "4px" } as const;
const NAME_FIELD = { flex: "1 1 auto", minWidth: 0 } as const;

const GridRow = memo(
  function GridRow({ row, cells, removeLabel, canRemove, cellClass, onText, onPaste, onRemove }: GridRowProps) {
    const field = (c: CellView, col: number, className?: string) => (
      <Field className={className} size="small" validationMessage={c.message} validationState={c.message ? "error" : "none"} hint={c.hint}>
        <Input
          id={c.id}
          style={FILL}
          size="small"
          autoComplete="off"
          inputMode={col === 0 ? undefined : "decimal"}
          aria-label={c.label}
          value={c.text}
          onChange={(_, d) => onText(row, col, d.value)}
          onPaste={(e) => onPaste(row, col, e)}
        />
      </Field>
    );
    return (
      <>
        <tr>
          <td colSpan={Math.max(1, cells.length - 1)}>
            <div style={NAME_ROW}>
              <div style={NAME_FIELD}>{field(cells[0], 0)}</div>
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={removeLabel}
                title={removeLabel}
                disabled={!canRemove}
                onClick={() => onRemove(row)}
              />
            </div>
          </td>
        </tr>
        <tr>
          {cells.slice(1).map((c, k) => (
            <td key={k + 1}>{field(c, k + 1, cellClass)}</td>
          ))}
        </tr>
      </>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.removeLabel === b.removeLabel &&
    a.canRemove === b.canRemove &&
    a.cellClass === b.cellClass &&
    a.onText === b.onText &&
    a.onPaste === b.onPaste &&
    a.onRemove === b.onRemove &&
    a.cells.length === b.cells.length &&
    a.cells.every((c, i) => {
      const d = b.cells[i];
      return c.id === d.id && c.label === d.label && c.text === d.text && c.hint === d.hint && c.message === d.message;
    }),
);
