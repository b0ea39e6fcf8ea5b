// The bar chart of the portfolio by funder level. ECharts' "simple" build (bars, lines, pies: 0.46 MB, about a third
// of that compressed) is loaded as a classic script on first use: its webjar has an ES module only of the 1 MB full
// build. The chart is a picture for sighted users; the table beside it carries the same numbers for everyone else.
let loading = null;

function echartsLibrary() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = 'webjars/echarts/dist/echarts.simple.min.js';
      script.onload = () => resolve(window.echarts);
      script.onerror = () => reject(new Error('chart library not loaded'));
      document.head.append(script);
    });
  }
  return loading;
}

const charts = new WeakMap();

/**
 * Draws grouped bars: {@code categories} along x, {@code series} [{name, values, color}] as bars, {@code format}
 * for axis labels and tooltips (amounts in the page's language).
 */
export async function barChart(element, { categories, series, format, compact }) {
  const echarts = await echartsLibrary();
  let chart = charts.get(element);
  if (!chart) {
    chart = echarts.init(element, null, { renderer: 'canvas' });
    charts.set(element, chart);
    new ResizeObserver(() => chart.resize()).observe(element);
  }
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: '#1b2733', fontSize: 13 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
    xAxis: { type: 'category', data: categories, axisLabel: { color: '#1b2733', fontSize: 13 } },
    yAxis: { type: 'value', axisLabel: { color: '#3d4b59', formatter: compact } },
    series: series.map((one) => ({
      name: one.name, type: 'bar', data: one.values, itemStyle: { color: one.color }, barMaxWidth: 42,
    })),
  }, true);
}
