/**
 * Volumes per municipality in a grid: rows are municipalities, columns the youth population and,
 * per care form, the current and target volume. Pasting a block copied from Excel fills the grid
 * from the cell pasted into (see state/municipalities.ts for the rules).
 */
import { Button } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { ClipboardEvent } from "react";
import { LIMITS } from "../../model";
import { useEditor } from "../components/EditorContext";
import { GroupProblems, NumberField, TextField } from "../components/fields";
import { useLayout } from "../components/layout";
import { asArray, getAt, isObject, removeItem } from "../state/editorState";
import { addMunicipality, cellSegments, gridColumns, pasteIntoGrid, type GridColumn } from "../state/municipalities";

export function MunicipalityGrid() {
  const { s, state, edit, lang } = useEditor();
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
  const onPaste = (row: number, col: number) => (e: ClipboardEvent<HTMLInputElement>) => {
    // Worked out here, synchronously, so that the browser's own paste is stopped only when the grid takes the text.
    const next = pasteIntoGrid(state, row, col, e.clipboardData.getData("text/plain"), lang);
    if (next === null) return;
    e.preventDefault();
    edit(() => next);
  };

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
              {columns.map((c, k) => (
                <th key={k} scope="col">
                  {columnTitle(c)}
                </th>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.map((_, r) => (
              <tr key={r}>
                {columns.map((c, k) => {
                  const segments = cellSegments(r, c);
                  const label = s.gridCell(rowName(r), columnTitle(c));
                  return (
                    <td key={k}>
                      {c.kind === "name" ? (
                        <TextField className={ui.cellInput} segments={segments} label={label} labelHidden inputProps={{ onPaste: onPaste(r, k) }} />
                      ) : (
                        <NumberField className={ui.cellInput} segments={segments} label={label} kind="count" labelHidden inputProps={{ onPaste: onPaste(r, k) }} />
                      )}
                    </td>
                  );
                })}
                <td>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={s.removeMunicipality(rowName(r))}
                    title={s.removeMunicipality(rowName(r))}
                    disabled={rows.length <= 1}
                    onClick={() => edit((st) => removeItem(st, ["municipalities"], r))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <Button size="small" icon={<AddRegular />} disabled={rows.length >= LIMITS.maxMunicipalities} onClick={() => edit((st) => addMunicipality(st, s.newMunicipality(rows.length + 1)))}>
          {s.addMunicipality}
        </Button>
      </div>
    </section>
  );
}
