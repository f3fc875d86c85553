// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Chart.js configurations for the designer's chart kinds, from a data answer's columns, roles and
// rows. Only the controllers, elements and scales these kinds use are registered (Chart.js's
// "auto" entry registers everything and roughly doubles its share of the bundle). Dates are
// category labels, as the server sends them ("2024-01-01"): the designer also draws one point per
// row, and a time scale would need a date adapter library.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  ScatterController,
  Tooltip,
);

export { Chart };

export const chartTypes = new Set(['bar', 'stacked_bar', 'line', 'area', 'pie', 'donut', 'scatter']);

const emptyLabel = '(empty)';

function label(value) {
  return value === null || value === undefined ? emptyLabel : String(value);
}

function indexesOf(roles, role) {
  const out = [];
  (roles || []).forEach((r, i) => {
    if (r === role) out.push(i);
  });
  return out;
}

// Series colour i: the widget's own colours (the analyst's choice) first, then the theme's.
function colorAt(colors, palette, i) {
  if (Array.isArray(colors) && colors.length > 0) return colors[i % colors.length];
  return palette[i % palette.length];
}

// rows pivoted on two dimensions: one label per distinct first value, one series per distinct
// second value, in the order the rows bring them (the server's ORDER BY).
function pivot(rows, labelIndex, seriesIndex, measureIndex) {
  const labels = [];
  const labelPos = new Map();
  const series = new Map();
  for (const row of rows) {
    const l = label(row[labelIndex]);
    if (!labelPos.has(l)) {
      labelPos.set(l, labels.length);
      labels.push(l);
    }
    const s = label(row[seriesIndex]);
    if (!series.has(s)) series.set(s, new Map());
    series.get(s).set(l, row[measureIndex]);
  }
  const datasets = [...series.entries()].map(([name, values]) => ({
    label: name,
    data: labels.map((l) => (values.has(l) ? values.get(l) : null)),
  }));
  return { labels, datasets };
}

// A Chart.js config for `type` from the data answer `data`; theme: {palette, text, grid, font}.
export function chartConfig(widget, data, theme, format) {
  const rows = data.rows || [];
  const columns = data.columns || [];
  const dims = indexesOf(data.column_roles, 'dimension');
  const measures = indexesOf(data.column_roles, 'measure');
  const type = widget.type;
  const colors = widget.colors;
  const color = (i) => colorAt(colors, theme.palette, i);
  const tick = { color: theme.text, font: theme.font };
  const axis = (extra = {}) => ({
    ticks: { ...tick },
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ...extra,
  });
  const valueAxis = (extra = {}) => axis({ ...extra, ticks: { ...tick, callback: (v) => format(v) } });
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false, // a dashboard refreshes its numbers; animating every refresh distracts
    plugins: {
      legend: { display: false, labels: { color: theme.text, font: theme.font } },
      tooltip: {
        callbacks: {
          label: (ctx) => {
            const name = ctx.dataset.label ? `${ctx.dataset.label}: ` : '';
            const v = ctx.parsed && typeof ctx.parsed === 'object' ? ctx.parsed.y : ctx.parsed;
            return name + format(v);
          },
        },
      },
    },
  };

  if (type === 'pie' || type === 'donut') {
    const l = dims[0] ?? 0;
    const m = measures[0] ?? 1;
    return {
      type: type === 'pie' ? 'pie' : 'doughnut',
      data: {
        labels: rows.map((r) => label(r[l])),
        datasets: [
          {
            label: columns[m] ?? '',
            data: rows.map((r) => r[m]),
            backgroundColor: rows.map((_, i) => color(i)),
            borderColor: theme.background,
          },
        ],
      },
      options: {
        ...common,
        plugins: {
          ...common.plugins,
          legend: { ...common.plugins.legend, display: true, position: 'right' },
          tooltip: { callbacks: { label: (ctx) => `${ctx.label}: ${format(ctx.parsed)}` } },
        },
      },
    };
  }

  if (type === 'scatter') {
    // One point per row: the first two measures are x and y, the first dimension names the point.
    const x = measures[0] ?? 0;
    const y = measures[1] ?? 1;
    const name = dims[0];
    return {
      type: 'scatter',
      data: {
        datasets: [
          {
            label: `${columns[x] ?? ''} / ${columns[y] ?? ''}`,
            data: rows.map((r) => ({ x: r[x], y: r[y], name: name === undefined ? '' : label(r[name]) })),
            backgroundColor: color(0),
            borderColor: color(0),
            pointRadius: 4,
          },
        ],
      },
      options: {
        ...common,
        scales: {
          x: valueAxis({ type: 'linear', title: { display: true, text: columns[x] ?? '', color: theme.text } }),
          y: valueAxis({ title: { display: true, text: columns[y] ?? '', color: theme.text } }),
        },
        plugins: {
          ...common.plugins,
          tooltip: {
            callbacks: {
              label: (ctx) =>
                `${ctx.raw.name ? `${ctx.raw.name}: ` : ''}${format(ctx.parsed.x)}, ${format(ctx.parsed.y)}`,
            },
          },
        },
      },
    };
  }

  // Category charts: bar, stacked bar, line, area.
  let labels;
  let datasets;
  if (dims.length >= 2 && measures.length >= 1) {
    ({ labels, datasets } = pivot(rows, dims[0], dims[1], measures[0]));
  } else {
    const l = dims[0] ?? 0;
    labels = rows.map((r) => label(r[l]));
    datasets = (measures.length ? measures : [1]).map((m) => ({
      label: columns[m] ?? '',
      data: rows.map((r) => r[m]),
    }));
  }
  const stacked = type === 'stacked_bar';
  const chartType = type === 'line' || type === 'area' ? 'line' : 'bar';
  datasets.forEach((ds, i) => {
    const c = color(i);
    ds.backgroundColor = type === 'area' ? withAlpha(c, 0.35) : c;
    ds.borderColor = c;
    if (chartType === 'line') {
      ds.fill = type === 'area' ? 'origin' : false;
      ds.tension = 0.25;
      ds.pointRadius = rows.length > 60 ? 0 : 2;
      ds.borderWidth = 2;
    }
  });
  return {
    type: chartType,
    data: { labels, datasets },
    options: {
      ...common,
      scales: {
        x: axis({ stacked }),
        y: valueAxis({ stacked, beginAtZero: true }),
      },
      plugins: {
        ...common.plugins,
        legend: { ...common.plugins.legend, display: datasets.length > 1 },
      },
    },
  };
}

// "#rrggbb" with an alpha, for area fills; any other colour syntax is returned as it is.
function withAlpha(color, alpha) {
  const m = /^#([0-9a-f]{6})$/i.exec(String(color).trim());
  if (!m) return color;
  const n = parseInt(m[1], 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
