/** Shared layout of the pane: compact spacing for a 350 px wide task pane, nothing wider than the pane. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useLayout = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  tightStack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  // Fields side by side start at the same height: their labels on one line, their inputs on the next,
  // whatever hint or message one of them shows below (aligned at the bottom, a hint pushed its
  // neighbour's input down).
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "flex-start", minWidth: 0 },
  // A field with a button after it (remove): the button stands beside the input, below the label.
  rowWithButton: { alignItems: "flex-end" },
  grow: { flexGrow: 1, flexBasis: "0", minWidth: "96px" },
  // A field that needs the room: a drop-down whose longest option must be readable ("Residentieel
  // (instelling)"), or a pair whose labels would wrap to unequal heights (and put their inputs at
  // different heights): on a line of its own when the pane is narrow.
  growWide: { flexGrow: 1, flexBasis: "0", minWidth: "min(100%, 216px)" },
  narrow: { width: "96px", flexShrink: 0 },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  subsection: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase300 },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  figure: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  // Tables scroll inside their own box when they must; the page itself never scrolls sideways.
  tableBox: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th": {
      textAlign: "left",
      fontWeight: tokens.fontWeightSemibold,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      verticalAlign: "bottom",
    },
    "& td": { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: "top" },
    "& tbody tr": { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  },
  numberCell: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // A table with inputs in its cells: every cell starts at the top, text cells a little lower so
  // that a row's label and figures stand level with its inputs (a small input is 24 px high, its
  // text 16 px), and an input stands at the right of its cell, under its column's right-aligned
  // header and above the right-aligned total, however wide the pane.
  inputTable: { "& tbody th, & tbody td": { verticalAlign: "top" } },
  besideInput: { paddingTop: `calc(${tokens.spacingVerticalXXS} + 4px)` },
  cellInput: { minWidth: "56px", maxWidth: "96px" },
  atCellEnd: { marginLeft: "auto" },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
