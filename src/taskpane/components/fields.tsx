/**
 * Fields bound to a path of the case. Each shows the problems at its path (Fluent Field's
 * validationMessage) as the user types. A number field keeps the text as typed; the case gets the
 * number only when the text parses, and the hint shows what was understood ("= € 1.234,56").
 */
import { Field, Input, Select, Textarea, type InputProps } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { formatPath, type PathSegment } from "../../model";
import { formatForInput, formatUnderstood, type NumberKind } from "../numbers/format";
import { parseNumber } from "../numbers/parseNumber";
import { getAt, setNumberText, setValue } from "../state/editorState";
import { fieldId, problemText } from "../state/problems";
import { isOutdated, setSource, sourcePath, sourceText, type SourceRef } from "../state/sources";
import { useEditor } from "./EditorContext";

interface Common {
  segments: PathSegment[];
  label: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  /** In a table whose headers say what the column is: no visible label, the label becomes the control's aria-label. */
  labelHidden?: boolean;
  /** Extra props for the input itself (e.g. a paste handler in the municipalities grid). */
  inputProps?: Partial<InputProps>;
}

/** Controls fill their field and may shrink below their natural width (tables in a 350 px pane). */
const FILL = { width: "100%", minWidth: 0, maxWidth: "100%", boxSizing: "border-box" } as const;

function useProblems(segments: PathSegment[]): string | undefined {
  const { checked, lang } = useEditor();
  const problems = checked.byPath.get(formatPath(segments));
  if (!problems || problems.length === 0) return undefined;
  return problems.map((p) => problemText(p, lang)).join("; ");
}

/** A figure far outside the normal range: said beside the field, the case still goes on. */
function useWarnings(segments: PathSegment[]): string | undefined {
  const { checked, lang } = useEditor();
  const warnings = checked.warnings.get(formatPath(segments));
  return warnings && warnings.length > 0 ? warnings.map((w) => w[lang]).join(" ") : undefined;
}

/** The Fluent Field around a bound control: label (or none in a table), the problems at its path, the hint. */
function BoundField({
  segments,
  label,
  hint,
  required,
  className,
  labelHidden,
  children,
}: Pick<Common, "segments" | "label" | "hint" | "required" | "className" | "labelHidden"> & { children: ReactNode }) {
  const message = useProblems(segments);
  const warning = useWarnings(segments);
  return (
    <Field
      className={className}
      label={labelHidden ? undefined : { children: label, htmlFor: fieldId(segments) }}
      required={required}
      validationMessage={message ?? warning}
      validationState={message ? "error" : warning ? "warning" : "none"}
      hint={hint === undefined ? undefined : { children: hint }}
      size="small"
    >
      {children}
    </Field>
  );
}

/** The text a number field shows: what was typed, else the case's value in the user's notation. */
export function useNumberText(segments: PathSegment[], kind: NumberKind): { text: string; understood?: string } {
  const { state, lang } = useEditor();
  const raw = state.raw[formatPath(segments)];
  const value = getAt(state.doc, segments);
  if (raw) {
    const understood = !raw.invalid && typeof value === "number" && raw.text.trim() !== "" ? formatUnderstood(value, kind, lang) : undefined;
    return { text: raw.text, understood };
  }
  if (typeof value === "number") return { text: formatForInput(value, kind, lang) };
  // A value of the wrong type (read back from a workbook cell, say) is shown as it is, so the user sees what to fix.
  if (typeof value === "string") return { text: value };
  return { text: "" };
}

export function useNumberChange(segments: PathSegment[], kind: NumberKind): (text: string) => void {
  const { edit, touch, lang } = useEditor();
  return (text: string) => {
    edit((st) => setNumberText(st, segments, text, parseNumber(text, lang, { allowPercent: kind === "share" })));
    touch(segments);
  };
}

export function NumberField({
  segments,
  label,
  hint,
  required,
  className,
  kind,
  placeholder,
  labelHidden,
  inputProps,
}: Common & { kind: NumberKind; placeholder?: string }) {
  const { text, understood } = useNumberText(segments, kind);
  const change = useNumberChange(segments, kind);
  const { touch } = useEditor();
  const id = fieldId(segments);
  const hintContent =
    understood || hint ? (
      <>
        {understood && <span data-testid={`${id}-understood`}>{understood}</span>}
        {understood && hint ? <br /> : null}
        {hint}
      </>
    ) : undefined;
  return (
    <BoundField segments={segments} label={label} hint={hintContent} required={required} className={className} labelHidden={labelHidden}>
      <Input
        id={id}
        style={FILL}
        aria-label={labelHidden ? label : undefined}
        size="small"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        placeholder={placeholder}
        onChange={(_, d) => change(d.value)}
        onBlur={() => touch(segments)}
        {...inputProps}
      />
    </BoundField>
  );
}

export function TextField({ segments, label, hint, required, className, onText, inputProps, labelHidden }: Common & { onText?: (text: string) => void }) {
  const { state, edit, touch } = useEditor();
  const value = getAt(state.doc, segments);
  return (
    <BoundField segments={segments} label={label} hint={hint} required={required} className={className} labelHidden={labelHidden}>
      <Input
        id={fieldId(segments)}
        style={FILL}
        aria-label={labelHidden ? label : undefined}
        size="small"
        autoComplete="off"
        value={typeof value === "string" ? value : value === undefined ? "" : String(value)}
        onChange={(_, d) => {
          if (onText) onText(d.value);
          else edit((st) => setValue(st, segments, d.value));
          touch(segments);
        }}
        onBlur={() => touch(segments)}
        {...inputProps}
      />
    </BoundField>
  );
}

/** A text that is often a sentence (where a figure comes from): it wraps, readable whole in a 350 px pane. */
export function SentenceField({ segments, label, hint, className }: Common) {
  const { state, edit, touch } = useEditor();
  const value = getAt(state.doc, segments);
  const text = typeof value === "string" ? value : "";
  return (
    <BoundField segments={segments} label={label} hint={hint} className={className}>
      <Textarea
        id={fieldId(segments)}
        style={FILL}
        size="small"
        resize="vertical"
        rows={Math.max(1, Math.ceil(text.length / 38))}
        value={text}
        onChange={(_, d) => {
          edit((st) => setValue(st, segments, d.value === "" ? undefined : d.value));
          touch(segments);
        }}
        onBlur={() => touch(segments)}
      />
    </BoundField>
  );
}

export function SelectField({
  segments,
  label,
  hint,
  className,
  options,
  emptyOption,
  labelHidden,
}: Common & { options: { value: string; text: string }[]; emptyOption?: string }) {
  const { state, edit, touch } = useEditor();
  const value = getAt(state.doc, segments);
  const current = typeof value === "string" ? value : "";
  const known = options.some((o) => o.value === current);
  return (
    <BoundField segments={segments} label={label} hint={hint} className={className} labelHidden={labelHidden}>
      <Select
        id={fieldId(segments)}
        style={FILL}
        aria-label={labelHidden ? label : undefined}
        size="small"
        value={current}
        onChange={(_, d) => {
          edit((st) => setValue(st, segments, d.value === "" && emptyOption !== undefined ? undefined : d.value));
          touch(segments);
        }}
        onBlur={() => touch(segments)}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {!known && current !== "" && <option value={current}>{current}</option>}
        {!known && current === "" && emptyOption === undefined && <option value="" />}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </BoundField>
  );
}

/** Problems that belong to a list or a group rather than one field (e.g. "must have at least 1 item"). */
export function GroupProblems({ segments }: { segments: PathSegment[] }) {
  const message = useProblems(segments);
  if (!message) return null;
  return (
    <div role="alert" id={fieldId(segments)} tabIndex={-1} style={{ color: "var(--colorPaletteRedForeground1)", fontSize: "var(--fontSizeBase200)" }}>
      {message}
    </div>
  );
}

/**
 * Where the figure comes from: the source of an input, editable. When the value changed after the
 * source was given, the field says that the source belongs to the old value until a new one is typed.
 */
export function SourceField({ source, className }: { source: SourceRef; className?: string }) {
  const { s, state, edit, touch } = useEditor();
  const segments = sourcePath(source);
  const outdated = isOutdated(state.doc, source);
  return (
    <Field
      className={className}
      label={{ children: s.sourceLabel, htmlFor: fieldId(segments) }}
      validationState={outdated ? "warning" : "none"}
      validationMessage={outdated ? s.sourceOutdated : undefined}
      size="small"
    >
      {/* A text that wraps: a source is often a sentence, and must be readable whole in a 350 px pane. */}
      <Textarea
        id={fieldId(segments)}
        style={FILL}
        size="small"
        resize="vertical"
        rows={Math.max(1, Math.ceil(sourceText(state.doc, source).length / 38))}
        placeholder={s.sourcePlaceholder}
        value={sourceText(state.doc, source)}
        onChange={(_, d) => {
          edit((st) => ({ ...st, doc: setSource(st.doc, source, d.value) }));
          touch(segments);
        }}
      />
    </Field>
  );
}
