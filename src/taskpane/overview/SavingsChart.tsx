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
        yAxisTickFormat={(v: number) => compactEuro(v, lang)}
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

/** `1,2 mln.` style ticks that fit a 350 px pane (the title and the table say the unit is euros). */
function compactEuro(v: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", { notation: "compact", maximumFractionDigits: 1 }).format(v);
}
