/** Stand-ins for the modules a component test must not load: the chart (d3 is ESM-only) and the workbook service. */
export function ChartStub() {
  return <div data-testid="chart-stub" />;
}
