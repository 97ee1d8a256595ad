/**
 * The chart of the saving per year: bars for the net nominal saving, a line for the cumulative
 * saving. Loaded lazily (React.lazy) so that the charting code (d3) is not part of the pane's first
 * load; the table beside it carries the same figures for screen readers and for jsdom tests.
 */
import { VerticalBarChart, type VerticalBarChartDataPoint } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { Lang } from "../../model";
import { formatEuroRounded } from "../numbers/format";

export interface SavingsChartProps {
  lang: Lang;
  years: number[];
  net: number[];
  cumulative: number[];
  netLabel: string;
  cumulativeLabel: string;
  title: string;
}

export default function SavingsChart({ lang, years, net, cumulative, netLabel, cumulativeLabel, title }: SavingsChartProps) {
  const data: VerticalBarChartDataPoint[] = years.map((year, i) => ({
    x: String(year),
    y: net[i],
    legend: netLabel,
    color: net[i] >= 0 ? tokens.colorPaletteGreenBackground3 : tokens.colorPaletteRedBackground3,
    yAxisCalloutData: formatEuroRounded(net[i], lang),
    lineData: { y: cumulative[i], yAxisCalloutData: formatEuroRounded(cumulative[i], lang) },
  }));
  const axis = roundAxis([...net, ...cumulative], lang);
  // The chart's own legend does not fit 350 px beside two entries; a plain one below does.
  return (
    <div>
      <VerticalBarChart
        data={data}
        chartTitle={title}
        height={220}
        lineLegendText={cumulativeLabel}
        lineLegendColor={LINE_COLOR}
        hideLegend
        hideLabels
        barWidth="auto"
        maxBarWidth={28}
        culture={lang === "nl" ? "nl-NL" : "en-GB"}
        margins={{ left: 64, right: 8, top: 16, bottom: 32 }}
        yAxisTickFormat={axis.format}
        yMinValue={axis.min}
        yMaxValue={axis.max}
        yAxisTickCount={axis.ticks}
      />
      <div style={{ display: "flex", gap: 12, fontSize: tokens.fontSizeBase200, flexWrap: "wrap" }} aria-hidden="true">
        <span>
          <Swatch color={tokens.colorPaletteGreenBackground3} /> {netLabel}
        </span>
        <span>
          <Swatch color={LINE_COLOR} line /> {cumulativeLabel}
        </span>
      </div>
    </div>
  );
}

const LINE_COLOR = "#8a3707";

function Swatch({ color, line }: { color: string; line?: boolean }) {
  return <span style={{ display: "inline-block", width: 12, height: line ? 3 : 10, background: color, verticalAlign: "middle" }} />;
}

/**
 * The value axis: round steps (1, 2, 2,5 or 5 times a power of ten), a domain from a step below
 * the lowest value to a step above the highest, and every tick in one unit (all "mln." or all
 * "K", never "391,5K" beside "1,2 mln."). Short enough for a 350 px pane; the title says euros.
 */
export function roundAxis(values: readonly number[], lang: Lang): { min: number; max: number; ticks: number; format: (v: number) => string } {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  const raw = (high - low) / 4 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((m) => m >= raw) ?? 10 * power;
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const largest = Math.max(Math.abs(min), Math.abs(max));
  const [divisor, suffix] = largest >= 1e6 ? [1e6, lang === "nl" ? " mln." : "m"] : largest >= 1e4 ? [1e3, lang === "nl" ? "K" : "k"] : [1, ""];
  const digits = step / divisor >= 1 ? 0 : step / divisor >= 0.1 ? 1 : 2;
  const f = new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return { min, max, ticks: Math.round((max - min) / step) + 1, format: (v: number) => `${f.format(v / divisor)}${suffix}` };
}
